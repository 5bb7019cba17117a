"""Logg: every contact with the home about the absence. Service:
absence_register; follows seed 001 fase 2 (the contact must be documented)."""
