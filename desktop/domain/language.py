"""The written language of texts made outside Qt: bokmål ("nb", the language the
code is written in) or nynorsk ("nn").

The UI translates with Qt (`tr()`, `QCoreApplication.translate`) from the
compiled catalogue resources/translations/naervaer_nn.qm. Texts made below the
UI — a consent status, a pattern sentence, the headings of a PDF — use
`translate(context, text)` from here, which reads the same catalogue (its `.ts`
source, plain XML) so that one catalogue holds every text and
`./naervaer.sh translations` (pyside6-lupdate) finds these calls too. A text
that only needs marking, because the UI translates it later (a settings label),
is wrapped in `QT_TRANSLATE_NOOP(context, text)`.

Which language: the UI's language, set once at start (`set_ui_language`); a
document for a case written in nynorsk is made inside
`with document_language("nn"):` whatever the UI's language, so a PDF follows
the case. The choice is a ContextVar: a PDF made on a worker thread takes the
language the worker set, never another thread's.

No Qt, no file access: the UI hands over a loader (`set_catalogue_loader`)
that returns the catalogue's bytes for a language.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Callable, Iterator

SOURCE = "nb"
LANGUAGES = ("nb", "nn")

_ui_language = SOURCE
_document: ContextVar[str | None] = ContextVar("document_language", default=None)
_loader: Callable[[str], bytes | None] | None = None
_catalogues: dict[str, "Catalogue"] = {}
_lock = threading.Lock()


@dataclass(slots=True)
class Catalogue:
    """Finished translations by (context, source) and, when the context is not
    known or differs (a text shared by classes), by source alone."""

    by_context: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    by_source: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def lookup(self, context: str, source: str) -> tuple[str, ...] | None:
        found = self.by_context.get((context, source))
        return found if found is not None else self.by_source.get(source)


def parse_ts(data: bytes) -> Catalogue:
    """A Qt Linguist `.ts` file: finished translations only (an unfinished or
    empty one falls back to the source, as Qt does)."""
    import xml.etree.ElementTree as ElementTree  # only when a catalogue is read (start time)

    catalogue = Catalogue()
    root = ElementTree.fromstring(data)
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or node.get("type") in ("unfinished", "obsolete",
                                                                       "vanished"):
                continue
            forms = tuple(f.text or "" for f in node.findall("numerusform")) or (node.text or "",)
            if not all(forms):
                continue
            catalogue.by_context[(name, source)] = forms
            catalogue.by_source.setdefault(source, forms)
    return catalogue


def set_catalogue_loader(loader: Callable[[str], bytes | None]) -> None:
    """Where catalogues come from: `loader(language)` gives the `.ts` bytes or None."""
    global _loader
    with _lock:
        _loader = loader
        _catalogues.clear()


def set_ui_language(language: str) -> None:
    global _ui_language
    _ui_language = language if language in LANGUAGES else SOURCE


def ui_language() -> str:
    return _ui_language


def written(choice: str) -> str:
    """A case's document language: its own choice ("nb", "nn"), else ("") the UI's."""
    return choice if choice in LANGUAGES else _ui_language


def current() -> str:
    """The language texts are made in right now (a document's, else the UI's)."""
    return _document.get() or _ui_language


def document_override() -> str | None:
    """The language a `document_language` block set, or None outside one."""
    return _document.get()


@contextmanager
def document_language(language: str | None) -> Iterator[None]:
    """Texts made inside the block are in `language` (None or unknown: the UI's)."""
    token = _document.set(language if language in LANGUAGES else None)
    try:
        yield
    finally:
        _document.reset(token)


def pick(forms: tuple[str, ...], n: int) -> str:
    """The form for `n` (nynorsk: one, and everything else); the only form when
    the text has no plural."""
    if n >= 0 and len(forms) > 1:
        return forms[0] if n == 1 else forms[1]
    return forms[0]


def catalogue(language: str) -> Catalogue | None:
    with _lock:
        if language not in _catalogues:
            import xml.etree.ElementTree as ElementTree

            data = _loader(language) if _loader is not None else None
            try:
                _catalogues[language] = parse_ts(data) if data else Catalogue()
            except ElementTree.ParseError:
                _catalogues[language] = Catalogue()  # a damaged catalogue: the source texts
        return _catalogues[language]


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the current language; with `n` >= 0, the plural form for n and
    `%n` replaced by n, like Qt's translate."""
    language = current()
    forms: tuple[str, ...] | None = None
    if language != SOURCE:
        found = catalogue(language)
        forms = found.lookup(context, text) if found is not None else None
    result = text if forms is None else pick(forms, n)
    return result.replace("%n", str(n)) if n >= 0 else result


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Marks a text for the catalogue; whoever shows it translates it."""
    return text
