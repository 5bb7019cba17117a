"""Storage-layer tests without Qt (issue 2, "Must show")."""
