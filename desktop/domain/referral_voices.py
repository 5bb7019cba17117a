"""The parts of the pedagogisk rapport that come from the kartleggingssamtaler:
the pupil's own words, the guardians' view, and the adults' internal part.

Seed 003 (Udir) asks that the pupil's voice is heard: only answers marked
«elevens stemme» (Answer.pupil_voice) go into that part, never an answer
from an internal step. The internal part (the case's note, the reflection
after the meeting, Kearney's functions as hypotheses) is assembled like the
others but printed only when ticked (desktop/domain/referral.py). No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.domain.conversation_tools import Tool, normalised
from desktop.domain.conversations import Answer, Conversation, Guide, display_value
from desktop.domain.language import QT_TRANSLATE_NOOP, translate
from desktop.domain.wording import fill

# Which answers are the guardians' own view: the steps of the bundled
# conversation guide that ask the guardians (forms/kartlegging/samtaleguide.toml,
# steps "foresatte" and "stotte") and the whole checklist "informasjon fra de
# foresatte" (sjekkliste_foresatte.toml). Step and form ids are storage codes.
GUARDIAN_STEPS = frozenset({"foresatte", "stotte"})
GUARDIAN_FORMS = frozenset({"sjekkliste_foresatte"})

# Kearney (2001), as retold in seed 002 chapter 2, in the document's words
# (bokmål; translated where printed).
_KEARNEY = {"1": QT_TRANSLATE_NOOP("export", "unngå ubehag eller vonde følelser knyttet til "
                                   "skolen"),
            "2": QT_TRANSLATE_NOOP("export", "unngå sosiale situasjoner eller å bli vurdert"),
            "3": QT_TRANSLATE_NOOP("export", "få oppmerksomhet fra foreldre eller andre "
                                   "viktige personer"),
            "4": QT_TRANSLATE_NOOP("export", "få goder utenfor skolen")}


@dataclass(frozen=True, slots=True)
class HeldConversation:
    conversation: Conversation
    guide: Guide
    answers: dict[str, Answer]
    tools: dict[Tool, dict] = field(default_factory=dict)


def pupil_voice(conversations: list[HeldConversation]) -> str:
    """Only answers marked «elevens stemme», never from an internal step."""
    lines = []
    for held in conversations:
        for step, question in held.guide.questions():
            answer = held.answers.get(question.id)
            if step.internal or answer is None or not answer.answered or not answer.pupil_voice:
                continue
            asked = answer.question_text or question.text
            lines.append(fill(translate("export", "«%1» (%2; samtale %3)"),
                              display_value(question, answer).strip(), asked.strip(),
                              fmt(_day(held.conversation.held_on))))
    if not lines:
        return translate("export", "(Ingen svar er merket som elevens egne ord i "
                                   "kartleggingssamtalene.)")
    return "\n".join([translate("export", "Elevens egne ord fra kartleggingssamtalene:"), *lines])


def guardians_view(conversations: list[HeldConversation]) -> str:
    lines = []
    for held in conversations:
        guardian_form = held.conversation.form_id in GUARDIAN_FORMS
        for step, question in held.guide.questions():
            answer = held.answers.get(question.id)
            if (step.internal or answer is None or not answer.answered or answer.pupil_voice
                    or not (guardian_form or step.id in GUARDIAN_STEPS)):
                continue
            asked = answer.question_text or question.text
            lines.append(f"– {asked.strip()} {display_value(question, answer).strip()} "
                         f"({fmt(_day(held.conversation.held_on))})")
    if not lines:
        return translate("export", "(Skriv her hvordan de foresatte ser saken. Ingen svar fra "
                                   "de foresatte er registrert i kartleggingssamtalene.)")
    return "\n".join([translate("export", "Fra samtalene med de foresatte:"), *lines])


def internal(note: str, conversations: list[HeldConversation]) -> str:
    lines = []
    if note.strip():
        lines += [translate("export", "Merknad i saken:"), note.strip(), ""]
    for held in conversations:
        for step, question in held.guide.questions():
            answer = held.answers.get(question.id)
            if not step.internal or answer is None or not answer.answered:
                continue
            lines.append(f"– {(answer.question_text or question.text).strip()} "
                         f"{display_value(question, answer).strip()}")
        kearney = held.tools.get(Tool.KEARNEY)
        if kearney:
            for key, value in normalised(Tool.KEARNEY, kearney)["functions"].items():
                if value.get("checked") or str(value.get("note", "")).strip():
                    mark = (translate("export", "hypotese") if value.get("checked")
                            else translate("export", "notat"))
                    function = translate("export", _KEARNEY[key]) if key in _KEARNEY else key
                    lines.append(fill(translate("export", "– Kearney, funksjon %1 (%2), %3: %4"),
                                      key, function, mark,
                                      str(value.get("note", "")).strip() or "–"))
    return "\n".join(lines).strip()


def fmt(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else translate("export", "uten dato")


def _day(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso)
    except ValueError:
        return None
