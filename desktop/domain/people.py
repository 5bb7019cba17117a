"""The pupil, the guardians and the team around the pupil (laget rundt eleven).

Plain dataclasses: the case file stores them, the UI edits them, later issues
(agreements, meetings) refer to them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from enum import Enum


class TeamRole(str, Enum):
    """Roles in the team around the pupil. Values are stable storage codes."""

    CONTACT_TEACHER = "kontaktlaerer"
    # A person's role at the school's leadership: rektor, inspektør, avdelingsleder
    # (issue 15: a principal is rektor, not Ledelse; "ledelsen" is the body, as
    # in Bærum's "Ledelsen og ressursteamet"). "ledelse" stays readable in older
    # files and is shown as "Skoleleder".
    PRINCIPAL = "rektor"
    DEPUTY = "inspektor"
    DEPARTMENT_HEAD = "avdelingsleder"
    LEADERSHIP = "ledelse"
    SOCIAL_TEACHER = "sosiallaerer"  # sosiallærer/rådgiver
    PPT = "ppt"
    HEALTH_NURSE = "helsesykepleier"
    BUP = "bup"
    CHILD_WELFARE = "barnevern"
    GP = "fastlege"
    NAV = "nav"
    LOS = "los"
    OTHER = "annet"


# The grades a case can have: primary and lower secondary (trinn 1–10) and
# upper secondary (vg1–vg3). Codes are stored; labels are shown by the UI.
GRADE_CODES: tuple[str, ...] = tuple(str(n) for n in range(1, 11)) + ("vg1", "vg2", "vg3")


def grade_is_valid(code: str) -> bool:
    """An empty grade means "not given yet"; anything else must be a known code."""
    return code == "" or code in GRADE_CODES


@dataclass(slots=True)
class Pupil:
    """The pupil the case is about. Exactly one per case file."""

    name: str = ""
    birth_date: date | None = None
    grade: str = ""  # one of GRADE_CODES or ""
    school: str = ""
    class_name: str = ""
    contact_teacher: str = ""
    note: str = ""
    # The written language of the case's documents (PDFs): "nb" bokmål, "nn" nynorsk,
    # "" = as the program's own language. A family that writes nynorsk gets its
    # agreement in nynorsk whatever the teacher's screen shows.
    language: str = ""


@dataclass(slots=True)
class Guardian:
    """A guardian (foresatt). A pupil may have several."""

    id: int | None = None
    name: str = ""
    relation: str = ""  # mor, far, fosterforelder … free text
    phone: str = ""
    address: str = ""
    parental_responsibility: bool = True  # foreldreansvar
    interpreter_needed: bool = False
    interpreter_language: str = ""
    position: int = 0


@dataclass(slots=True)
class TeamMember:
    """One person in the team around the pupil (laget rundt eleven)."""

    id: int | None = None
    role: TeamRole = TeamRole.OTHER
    name: str = ""
    organisation: str = ""
    phone: str = ""
    position: int = 0


def field_names(cls: type) -> tuple[str, ...]:
    """Editable field names of a people dataclass (without id and position)."""
    return tuple(f.name for f in fields(cls) if f.name not in ("id", "position"))


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """What the case list shows about a case without opening it.

    Stored encrypted in the case file's summary block so the list can be built
    without decrypting 300 whole databases.
    """

    name: str = ""
    grade: str = ""
    school: str = ""
    phase: str = ""  # filled by the follow-up ladder (a later issue)
    next_due: date | None = None
    archived: bool = False
    updated_at: str = ""  # ISO timestamp of the last save
    # Issue 14: a closed case's closing date and the date it should be deleted by.
    closed_on: date | None = None
    delete_by: date | None = None
    extra: dict = field(default_factory=dict)
