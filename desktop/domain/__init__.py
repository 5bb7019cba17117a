"""Plain Python domain objects and rules. Imports nothing from Qt or storage."""
