"""The encrypted case-file container, vault, schema and repositories. No Qt."""
