"""Tiltakssirkel: the eight boxes around the goal, each with resources, risks
and measures, examples, suggestions from conversations, snapshots and the PDF.
Service: circle_service; follows seed 001 (Otnes 2016, Bærum's example bank)."""
