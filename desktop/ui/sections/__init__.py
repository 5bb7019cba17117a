"""The sections of the case page, one package per feature (overview, absence,
mapping, circle, plan, agreements, meetings, log); registry.py lists them.
Sections do not import each other: what two share lives in ui/widgets/."""
