"""The kartleggingssamtale (mapping conversation) as plain data: a guide of
steps and questions (read from forms/kartlegging/*.toml), a conversation held
on a date with the people present, and the answers given.

Seeds: 001 Vedlegg 2:1 and 2:2 (the conversation guide), 002 chapter 2 and
appendix 2 (the three checklists with "forslag til tiltak").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from desktop.domain.language import translate
from desktop.domain.wording import fill


class AnswerType(str, Enum):
    TEXT = "text"
    SCALE = "scale"  # 1–10
    YES_NO_UNSURE = "yes_no_unsure"
    CHOICE = "choice"
    DATE = "date"  # stored ISO yyyy-mm-dd


YES_NO_UNSURE = ("ja", "nei", "usikker")


class Audience(str, Enum):
    """Who a help text or a step's intro is written for. "voksen": coaching for
    the adults (how to ask, what to listen for), not shown in meeting mode."""

    ALL = "alle"
    ADULT = "voksen"


class ConversationStatus(str, Enum):
    ACTIVE = "active"
    PAUSED = "paused"
    FINISHED = "finished"


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    text: str
    help: str
    type: AnswerType
    choices: tuple[str, ...] = ()
    box: str = ""  # suggested tiltakssirkel box for a "forslag til tiltak"
    help_audience: Audience = Audience.ALL

    @property
    def help_for_family(self) -> bool:
        return self.help_audience is Audience.ALL


@dataclass(frozen=True, slots=True)
class Step:
    id: str
    title: str
    intro: str
    questions: tuple[Question, ...]
    internal: bool = False  # the adults' reflection after the meeting
    intro_audience: Audience = Audience.ALL

    @property
    def intro_for_family(self) -> bool:
        return self.intro_audience is Audience.ALL


@dataclass(frozen=True, slots=True)
class Guide:
    """A conversation form: the bundled guide or one of the checklists."""

    id: str
    version: int
    title: str
    description: str
    steps: tuple[Step, ...]
    checklist: bool = False

    def questions(self) -> list[tuple[Step, Question]]:
        return [(step, q) for step in self.steps for q in step.questions]

    def question(self, question_id: str) -> Question | None:
        return next((q for _, q in self.questions() if q.id == question_id), None)

    def step_of(self, question_id: str) -> Step | None:
        return next((s for s, q in self.questions() if q.id == question_id), None)


@dataclass(frozen=True, slots=True)
class Conversation:
    id: int | None
    form_id: str
    form_version: int
    title: str
    held_on: str  # ISO date
    present: tuple[str, ...] = ()
    status: ConversationStatus = ConversationStatus.ACTIVE
    current_step: int = 0
    form_snapshot: dict[str, Any] = field(default_factory=dict, compare=False)
    created_at: str = ""
    # Who gathered the pupil's voice, and when, when the pupil was not there
    # (seed 002 kap. 2: "Dersom eleven ikke er til stede er det viktig at en voksen
    # har kartlagt elevens perspektiv og kan representere dette i møtet").
    voice_by: str = ""
    voice_on: str = ""  # ISO date, or ""

    def voice_line(self) -> str:
        """ "Elevens stemme – samlet inn av kontaktlærer 12.01.2027", or "" when
        nobody is named."""
        return voice_line(self.voice_by, self.voice_on)


def voice_line(by: str, on: str) -> str:
    by = by.strip()
    if not by:
        return ""
    when = ""
    if len(on) == 10:
        year, month, day = on.split("-")
        when = f" {day}.{month}.{year}"
    return fill(translate("export", "Elevens stemme – samlet inn av %1"), by) + when


@dataclass(frozen=True, slots=True)
class Answer:
    """One answer. `question_text` is a snapshot: the conversation still reads
    correctly after the form is reworded."""

    question_id: str
    question_text: str
    value: str = ""
    pupil_voice: bool = False  # "elevens stemme": the pupil's own words
    skipped: bool = False
    skip_reason: str = ""

    @property
    def answered(self) -> bool:
        return bool(self.value.strip()) and not self.skipped


def unanswered(guide: Guide, answers: dict[str, Answer],
               include_internal: bool = True) -> list[tuple[Step, Question]]:
    """Questions with neither an answer nor a reason for skipping them."""
    result = []
    for step, question in guide.questions():
        if step.internal and not include_internal:
            continue
        answer = answers.get(question.id)
        if answer is None or not (answer.answered or answer.skipped):
            result.append((step, question))
    return result


AUDIENCE_KEYS = ("help_audience", "intro_audience")


def marks_audience(data: dict[str, Any]) -> bool:
    """Whether a form (or a conversation's snapshot of it) says who its texts are for."""
    return any(key in step for step in data.get("steps", []) for key in AUDIENCE_KEYS[1:]) \
        or any(key in q for step in data.get("steps", []) for q in step.get("questions", [])
               for key in AUDIENCE_KEYS[:1])


def guide_from_data(data: dict[str, Any]) -> Guide:
    """A Guide from a form's TOML data (already validated). A snapshot taken before
    forms said who a text is for treats every help text and intro as written for
    the adults: in meeting mode it is better to hide a neutral text than to show
    coaching to the family."""
    default = Audience.ALL if marks_audience(data) else Audience.ADULT
    steps = []
    for raw_step in data.get("steps", []):
        questions = tuple(
            Question(id=q["id"], text=q["text"], help=q.get("help", ""),
                     type=AnswerType(q.get("type", "text")),
                     choices=tuple(q.get("choices", ())), box=q.get("box", ""),
                     help_audience=Audience(q.get("help_audience", default)))
            for q in raw_step.get("questions", []))
        steps.append(Step(id=raw_step["id"], title=raw_step["title"],
                          intro=raw_step.get("intro", ""), questions=questions,
                          internal=bool(raw_step.get("internal", False)),
                          intro_audience=Audience(raw_step.get("intro_audience", default))))
    return Guide(id=data["id"], version=data["version"], title=data.get("title", data["id"]),
                 description=data.get("description", ""), steps=tuple(steps),
                 checklist=bool(data.get("checklist", False)))


def display_value(question: Question | None, answer: Answer) -> str:
    """The answer as a person reads it (dates as dd.mm.yyyy, yes/no in words)."""
    value = answer.value
    if question is not None and question.type is AnswerType.DATE and len(value) == 10:
        year, month, day = value.split("-")
        return f"{day}.{month}.{year}"
    if question is not None and question.type is AnswerType.YES_NO_UNSURE:
        words = {"ja": translate("export", "Ja"), "nei": translate("export", "Nei"),
                 "usikker": translate("export", "Usikker")}
        return words.get(value, value)
    if question is not None and question.type is AnswerType.SCALE and value:
        return fill(translate("export", "%1 av 10"), value)
    return value
