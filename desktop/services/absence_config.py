"""Where the absence feature finds the user's local rule files and the chosen
rule set. Set once by the main window at start; kept in its own tiny module so
the start does not pay for importing the feature (the first window must be fast)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, TypeVar

from desktop.forms.language import form_language

T = TypeVar("T")

local_forms: Path | None = None
chosen_rule_set: Callable[[], str] = lambda: ""  # noqa: E731 ("" = the bundled default)
generation = 0  # bumped by configure(): rule files are read again


def configure(forms: Path | None, rule_set: Callable[[], str] | None = None) -> None:
    """`forms`: the user's local forms folder (rule files there override bundled
    ones by id). `rule_set`: reads the setting (a callable, so a changed setting
    counts at once)."""
    global local_forms, chosen_rule_set, generation
    local_forms = forms
    chosen_rule_set = rule_set or (lambda: "")
    generation += 1


def per_configuration(load: Callable[[Path | None], T]) -> Callable[[], T]:
    """`load(local_forms)`, read once and again after each configure() or a
    change of the form language (nynorsk twins are other texts)."""
    cache: list = []

    def get() -> T:
        key = (generation, form_language())
        if not cache or cache[0] != key:
            cache[:] = [key, load(local_forms)]
        return cache[1]
    return get
