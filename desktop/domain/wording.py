"""Small helpers for texts made below the UI in the current language
(desktop/domain/language.py): filling `%1`, `%2` … into a translated text, and
translating the default words of a document's texts dataclass when it is made.

Documents translate their words when they are made, never at import time, so a
document made inside `document_language("nn")` is in nynorsk whatever the UI's
language. No Qt."""

from __future__ import annotations

import re
from dataclasses import fields

from desktop.domain.language import translate

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(text: str, *values: object) -> str:
    """`%1`, `%2` … replaced in one pass, so a typed name holding "%1" stays as typed."""
    return _PLACEHOLDER.sub(lambda m: str(values[int(m.group(1)) - 1])
                            if 0 < int(m.group(1)) <= len(values) else m.group(0), text)


def translate_defaults(texts: object, context: str = "export") -> None:
    """For a (frozen) dataclass whose string fields default to
    QT_TRANSLATE_NOOP texts: every string field still at its default becomes
    that text in the current language. A word the caller passed stays as given,
    unless it is the bokmål default itself (a UI passing the defaults in
    bokmål still gets a document in the document's language)."""
    for f in fields(texts):  # type: ignore[arg-type]
        value = getattr(texts, f.name)
        if isinstance(f.default, str) and value == f.default and value:
            object.__setattr__(texts, f.name, translate(context, value))
