"""The sections of the case page (Oversikt, Fravær, …), one module each."""
