"""Loading and validating the declarative forms in forms/ (conversation guides, tiltakssirkel,
rule sets, plan and agreement templates): file + line for every problem, local overrides by id. No Qt."""
