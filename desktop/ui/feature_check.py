"""A quicker answer to a question PySide6 asks after every import.

Importing PySide6 replaces Python's import with its own: after each module is
imported it records whether that module uses PySide, so that `from __feature__
import snake_case` (which this program never uses) applies only there. PySide
answers by reading the module's whole source through `inspect.getsource` and
linecache, 0.1–0.6 ms a module: ~7 ms of a start to the first window (60 modules),
which a bare PySide6 window does not pay (issue 18, start time; napari issue 8584
describes the same cost). `install` keeps the question and its answer (does the
source contain "PySide6"?) and reads the file's bytes instead; a module without a
readable .py file gets PySide's own answer.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6  # noqa: F401 - installs the import hook whose question is answered here

_FEATURE_MODULES = ("shibokensupport.feature", "PySide6.support.feature")
_MARK = "_naervaer_quick"


def install() -> bool:
    """Answers PySide's question from the file's bytes from now on; False when
    this PySide has no such question (then nothing is changed)."""
    feature = next((sys.modules[name] for name in _FEATURE_MODULES if name in sys.modules),
                   None)
    original = getattr(feature, "_mod_uses_pyside", None)
    if not callable(original) or getattr(original, _MARK, False):
        return False

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    setattr(uses_pyside, _MARK, True)
    feature._mod_uses_pyside = uses_pyside
    return True
