"""Every name, school, place, address and phone number one case knows, each
with the role word that stands in its place in an anonymous consultation
("eleven", "mor", "foresatt 2", "kontaktlærer", "skole A", "[sted]"). The
pupil, the guardians and the team first; then everyone the records name (the
contact log, meetings, agreements, evaluations, conversations, the circle, the
stafett, phase decisions, handover records). No Qt."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.casefile.agreements_repo import AgreementRepository
from desktop.casefile.conversations_repo import ConversationRepository
from desktop.casefile.follow_up_repo import FollowUpRepository
from desktop.domain.anonymise import Kind, Term, clean, fold_marks, key, person_terms
from desktop.domain.people import TeamRole
from desktop.services.case_session import CaseSession

PUPIL_WORD = "eleven"
TEAM_WORDS = {
    TeamRole.CONTACT_TEACHER: "kontaktlærer", TeamRole.LEADERSHIP: "skoleleder",
    TeamRole.SOCIAL_TEACHER: "sosiallærer", TeamRole.PPT: "PPT-rådgiver",
    TeamRole.HEALTH_NURSE: "helsesykepleier", TeamRole.BUP: "BUP-behandler",
    TeamRole.CHILD_WELFARE: "barnevernskonsulent", TeamRole.GP: "fastlege",
    TeamRole.NAV: "NAV-veileder", TeamRole.LOS: "los", TeamRole.OTHER: "annen voksen",
}
RELATION_WORDS = ("mor", "far", "stemor", "stefar", "fostermor", "fosterfar", "fosterforelder",
                  "bestemor", "bestefar", "verge", "tante", "onkel", "søster", "bror")
# Words of a school's or service's name that say what it is, not where it is.
GENERIC_WORDS = frozenset("""
skole skule skolen skulen barneskole ungdomsskole ungdomsskolen videregående vgs oppvekstsenter
helsestasjon helsestasjonen skolehelsetjenesten skolehelsetjeneste ppt ppt-kontoret pp-tjenesten
bup nav kommune kommunen fylkeskommune barnevern barnevernet barnevernstjenesten legekontor
legesenter sykehus avdeling tjeneste tjenesten senter og i på for av the school
""".split())
# Words that are never a name on their own, though the records may write them
# where a name goes ("Kontaktlærer", "ledelsen ved skolen", "mor og far").
NOT_NAMES = GENERIC_WORDS | frozenset(RELATION_WORDS) | frozenset(
    w.casefold() for w in TEAM_WORDS.values()) | frozenset("""
elev eleven elevens foresatt foresatte foreldre foreldrene ledelse ledelsen rektor
inspektør avdelingsleder sosiallærer miljøterapeut lærer lærere kontaktlærer tolk
ppt-rådgiver pp-rådgiver rådgiver helsesøster lege psykolog alle begge ved med til fra
hjemme hjemmet skolen team teamet laget familien meg deg oss dere han hun de ingen annen
andre
""".split())


@dataclass(slots=True)
class Person:
    name: str
    word: str  # the role word before numbering ("mor", "kontaktlærer")
    order: int


@dataclass(slots=True)
class Roster:
    """The people and places of one case, with their replacements."""

    people: list[Person] = field(default_factory=list)
    places: list[Term] = field(default_factory=list)
    _known: dict[str, Person] = field(default_factory=dict)
    _unnamed: int = 0

    def add(self, name: str, word: str) -> None:
        name = " ".join(clean(name).split())
        if len(name) < 2 or key(name) in self._known:
            return
        person = Person(name, word, len(self.people))
        self.people.append(person)
        self._known[key(name)] = person

    def add_mention(self, text: str, role: str = "") -> None:
        """A name as the records write it: "Elle Sárá (mor)", "Ingrid Dahl,
        kontaktlærer" or just a name; unknown people get their role or
        "person A", "person B" …"""
        name, hint = split_role(text)
        role = role.strip() or hint
        if not name or key(name) in self._known or not looks_like_name(name):
            return
        word = role_word(role) if role else ""
        if not word:
            word = f"person {chr(ord('A') + self._unnamed % 26)}"
            self._unnamed += 1
        self.add(name, word)

    def words(self) -> dict[str, str]:
        """Each person's final role word, numbered where two share one."""
        count: dict[str, int] = {}
        for person in self.people:
            count[person.word] = count.get(person.word, 0) + 1
        seen: dict[str, int] = {}
        out = {}
        for person in self.people:
            word = person.word
            if count[word] > 1 and not word.startswith("person "):
                seen[word] = seen.get(word, 0) + 1
                word = f"{word} {seen[word]}"
            out[person.name] = word
        return out

    def terms(self) -> list[Term]:
        words = self.words()
        found: list[Term] = []
        for person in self.people:
            found += [t for t in person_terms(person.name, words[person.name])
                      if t.text.split()[0].casefold() not in NOT_NAMES
                      and t.text.split()[-1].casefold() not in NOT_NAMES]
        return found + self.places


def looks_like_name(text: str) -> bool:
    """A mention is a name when one of its words is capitalised and not a
    role or a common word ("Mor", "Ledelsen ved skolen" are not names)."""
    return any(w[:1].isupper() and w.casefold() not in NOT_NAMES
               for w in re.split(r"[\s-]+", text))


def split_role(text: str) -> tuple[str, str]:
    """ "Elle Sárá (mor)" → ("Elle Sárá", "mor"); "Kari, kontaktlærer" → ("Kari",
    "kontaktlærer")."""
    text = " ".join(clean(text).split())
    m = re.fullmatch(r"(.*?)\s*\((.*)\)\s*", text)
    if m:
        return m.group(1).strip(), m.group(2).strip()
    if "," in text:
        name, role = text.split(",", 1)
        return name.strip(), role.strip()
    return text, ""


def role_word(role: str) -> str:
    """A typed role as the word in the text: "Mor" → "mor", "PPT" stays."""
    role = " ".join(role.split())
    if not role:
        return ""
    if len(role) > 1 and role[:2].isupper():
        return role
    return role[:1].lower() + role[1:]


def _guardian_words(guardians) -> list[str]:
    words, unnamed = [], 0
    for guardian in guardians:
        relation = guardian.relation.strip().casefold()
        if relation in RELATION_WORDS:
            words.append(relation)
        else:
            unnamed += 1
            words.append(f"foresatt {unnamed}")
    return words


def place_terms(names: list[str], school: str) -> list[Term]:
    """The pupil's school is "skole A"; other schools "skole B", "skole C";
    other services "[tjeneste]"; each distinctive word of their names
    ("Fjellbakken", "Nordvidda") is a place: "[sted]"."""
    terms: list[Term] = []
    schools = [school.strip()] if school.strip() else []
    for name in names:
        name = name.strip()
        if not name or key(name) in {key(s) for s in schools}:
            continue
        if any(word in name.casefold() for word in ("skole", "skule", "skuvla")):
            schools.append(name)
        else:
            terms.append(Term(name, "[tjeneste]", Kind.PLACE))
    for index, name in enumerate(schools):
        letter = chr(ord("A") + index % 26)
        terms.append(Term(name, f"skole {letter}", Kind.PLACE))
    for name in [*schools, *names]:
        terms += _place_words(name)
    return terms


def _place_words(text: str) -> list[Term]:
    """The capitalised words of a name or an address line as places, each also
    by its hyphenated halves and without Sámi marks ("Sis-Finnmárku",
    "Finnmárku", "Finnmarku")."""
    found = []
    for word in re.split(r"[\s,/]+", clean(text)):
        word = word.strip(".()")
        for part in {word, *re.split(r"[-\u2010\u2011]", word)}:
            if len(part) >= 2 and part[:1].isupper() and part.casefold() not in GENERIC_WORDS:
                found += [Term(part, "[sted]", Kind.PLACE), Term(fold_marks(part), "[sted]",
                                                                  Kind.PLACE)]
    return found


def address_terms(address: str) -> list[Term]:
    """Each line of an address is "[adresse]", each of its place names "[sted]"."""
    terms = []
    for line in clean(address).splitlines():
        line = " ".join(line.split())
        if len(line) < 3:
            continue
        terms.append(Term(line, "[adresse]", Kind.PLACE))
        terms += _place_words(line)
    return terms


def case_roster(session: CaseSession) -> Roster:
    """Everyone and every place the case knows."""
    roster = Roster()
    pupil = session.pupil()
    roster.add(pupil.name, PUPIL_WORD)
    guardians = session.guardians()
    for guardian, word in zip(guardians, _guardian_words(guardians)):
        roster.add(guardian.name, word)
    team = session.team()
    for member in team:
        roster.add(member.name, TEAM_WORDS.get(member.role, "annen voksen"))
    roster.add(pupil.contact_teacher, "kontaktlærer")
    _mentions(session, roster)

    places = place_terms([m.organisation for m in team], pupil.school)
    for guardian in guardians:
        places += address_terms(guardian.address)
        if guardian.phone.strip():
            places.append(Term(guardian.phone, "[telefon]", Kind.PHONE))
    for member in team:
        if member.phone.strip():
            places.append(Term(member.phone, "[telefon]", Kind.PHONE))
    if len(pupil.class_name.strip()) >= 2:
        places.append(Term(pupil.class_name, "[klasse]", Kind.PLACE))
    roster.places = places
    return roster


def _mentions(session: CaseSession, roster: Roster) -> None:
    follow = session.repository(FollowUpRepository)
    for contact in follow.contacts():
        roster.add_mention(contact.with_whom)
        roster.add_mention(contact.by_whom)
    for handover in follow.handovers():
        roster.add_mention(handover.to_name, handover.to_role)
        roster.add_mention(handover.from_name)
    for decision in follow.decisions():
        roster.add_mention(decision.decided_by)
    agreements = session.repository(AgreementRepository)
    for agreement in agreements.agreements():
        for person in agreement.participants:
            roster.add_mention(person.name, person.role)
        for measure in agreement.measures:
            roster.add_mention(measure.person)
        roster.add_mention(agreement.plan_b_responsible)
        for signed in (*agreement.signatures, *agreement.declines):
            roster.add_mention(signed.name)
    for evaluation in agreements.evaluations():
        for person in evaluation.participants:
            roster.add_mention(person.name, person.role)
        for signed in (*evaluation.signatures, *evaluation.declines):
            roster.add_mention(signed.name)
    for meeting in agreements.meetings():
        for person in (*meeting.participants, *meeting.absent):
            roster.add_mention(person.name, person.role)
        if meeting.interpreter is not None:
            roster.add_mention(meeting.interpreter.name, "tolk")
            roster.add_mention(meeting.interpreter.for_whom)
        for task in meeting.tasks:
            roster.add_mention(task.responsible)
    for conversation in session.repository(ConversationRepository).list():
        for name in conversation.present:
            roster.add_mention(name)
    _circle_mentions(session, roster)
    _handover_mentions(session, roster)


def _circle_mentions(session: CaseSession, roster: Roster) -> None:
    from desktop.services.circle_service import MeasureCircleService, circle_form, local_forms_dir

    form, _problems = circle_form(local_forms_dir())
    for _box, entry in MeasureCircleService(session, form).circle.measures():
        roster.add_mention(entry.person)


def _handover_mentions(session: CaseSession, roster: Roster) -> None:
    from desktop.services.handover import HandoverService

    for record in HandoverService.records(session):
        roster.add_mention(record.sender)
        roster.add_mention(record.recipient)
