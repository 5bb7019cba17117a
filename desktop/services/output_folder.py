"""Which folder to remember for the next "Lagre som PDF" (issue 16).

Qt's own file dialog wrote the last folder (and its history) to QtProject.conf,
outside the program's control, and a folder is often named after the pupil
("Elever/Ola Nordmann"). The program keeps the folder in its own settings
instead, and never one that names a pupil: the folder is cut back to the last
parent whose names hold no word of any pupil's name. The user's home folder
names the user, not a pupil, and is kept as it is.
"""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import Iterable

_WORD = re.compile(r"\w+", re.UNICODE)


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text) if len(w) >= 2 and not w.isdigit()}


def folder_to_remember(folder: PurePath, pupil_names: Iterable[str],
                       home: PurePath | None = None) -> PurePath | None:
    """`folder`, or its nearest parent that names no pupil; None when even the
    first part does (nothing is remembered then)."""
    banned: set[str] = set()
    for name in pupil_names:
        banned |= _words(name)
    keep = len(home.parts) if home is not None and folder.is_relative_to(home) else 0
    parts = folder.parts
    for index in range(keep, len(parts)):
        if _words(parts[index]) & banned:
            if index == 0:
                return None
            return PurePath(*parts[:index])
    return folder
