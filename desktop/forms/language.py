"""The language the bundled forms are read in: bokmål (the files under forms/) or
nynorsk (their twins under forms/nn/). Apart from the loader so that the start can
set it without importing the loader (issue 18, start time)."""

from __future__ import annotations

from desktop.domain.language import document_override

LANGUAGES = ("nb", "nn")  # bokmål (the bundled files) and nynorsk (their twins)
_form_language = "nb"


def set_form_language(language: str) -> None:
    """The language load_forms uses when called without one ("nb" or "nn").
    Callers that cache forms key their cache by form_language() too."""
    global _form_language
    if language not in LANGUAGES:
        raise ValueError(f"unknown form language {language!r}; expected one of {LANGUAGES}")
    _form_language = language


def form_language() -> str:
    """The language forms are read in: a document's (inside
    `desktop.domain.language.document_language`, so a case written in nynorsk
    prints its forms' texts in nynorsk), else the one set for the program."""
    return document_override() or _form_language
