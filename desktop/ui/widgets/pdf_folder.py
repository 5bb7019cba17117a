"""Where the "Lagre som PDF" dialog (pdf_save.py) opens: the folder the last PDF
went to, kept in the program's own settings. The main window says how to read
and keep it (`use_pdf_folder`) as it starts; this module is apart from pdf_save
so that the start does not load the file dialog's code for it."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

_get: Callable[[], str] = lambda: ""  # noqa: E731
_remember: Callable[[Path], None] = lambda folder: None  # noqa: E731


def use_pdf_folder(get: Callable[[], str], remember: Callable[[Path], None]) -> None:
    """The main window says where the folder is kept (Settings.pdf_folder)."""
    global _get, _remember
    _get, _remember = get, remember


def last_folder() -> str:
    return _get()


def remember(folder: Path) -> None:
    _remember(folder)
