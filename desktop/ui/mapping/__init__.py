"""The Kartlegging section: the guided kartleggingssamtale, its tools and meeting mode."""
