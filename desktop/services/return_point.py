"""Where to come back to after an unlock: a small value without names.

Locking in meeting mode must not show the case list (every pupil's name) to
the family, so the window remembers which case, which section and which mode
to return to. Only ids and keys: a later design that ends the process at lock
can write this to the next process as text (`to_text` / `from_text`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

_KEY = re.compile(r"^[A-Za-z0-9_.-]{1,100}$")


@dataclass(frozen=True, slots=True)
class ReturnPoint:
    case_id: str  # the case file's random id, never the pupil's name
    section: str  # a section key from the case page's registry, e.g. "absence"
    meeting_mode: bool = True

    def to_text(self) -> str:
        return json.dumps({"case": self.case_id, "section": self.section,
                           "meeting_mode": self.meeting_mode})

    @classmethod
    def from_text(cls, text: str) -> ReturnPoint | None:
        """None for anything that is not a well-formed return point."""
        try:
            data = json.loads(text)
        except (TypeError, ValueError):
            return None
        if not isinstance(data, dict):
            return None
        case_id, section, mode = data.get("case"), data.get("section"), data.get("meeting_mode")
        if not (isinstance(case_id, str) and _KEY.match(case_id)
                and isinstance(section, str) and _KEY.match(section)
                and isinstance(mode, bool)):
            return None
        return cls(case_id, section, mode)
