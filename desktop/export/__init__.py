"""Reserved for later issues (see DESIGN.md §2)."""
