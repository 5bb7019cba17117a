"""Anonym drøfting figures without Qt (issue 14): the demo's fullest case
(Ánde, made a school year long: ~190 school days with absence, 40 logged
contacts, 10 meetings, 3 agreements with evaluations, a circle and a
conversation), anonymised as a summary and as the full report.

    .venv/bin/python tests/benchmarks/bench_anonymous.py [--runs 21]

Goal: the anonymised summary ≤ 200 ms (from opening the dialog: reading the
case, its names and places, gathering and anonymising).
"""

from __future__ import annotations

import argparse
import io
import shutil
import sys
import tempfile
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import print_table, row, timed  # noqa: E402

from desktop.casefile.agreements_repo import AgreementRepository  # noqa: E402
from desktop.domain.absence import AbsenceRecord  # noqa: E402
from desktop.domain.agreements import Agreement, AgreementMeasure, Participant, SubGoal  # noqa: E402
from desktop.domain.conversations import Answer  # noqa: E402
from desktop.domain.evaluations import Evaluation, Outcome, RatedItem, Rating  # noqa: E402
from desktop.domain.follow_up import Channel, Contact  # noqa: E402
from desktop.domain.measure_circle import EntryKind, Party  # noqa: E402
from desktop.domain.meetings import Meeting  # noqa: E402
from desktop.export.anonymous_pdf import build_anonymous_pdf  # noqa: E402
from desktop.paths import Paths  # noqa: E402
from desktop.services.absence_register import AbsenceRegister  # noqa: E402
from desktop.services.anonymous_consultation import AnonymousConsultation, Options  # noqa: E402
from desktop.services.app_service import AppService  # noqa: E402
from desktop.services.circle_service import MeasureCircleService, circle_form  # noqa: E402
from desktop.services.conversation_service import ConversationForms, Conversations  # noqa: E402
from desktop.services.demo import create_demo  # noqa: E402

TODAY = date(2027, 6, 18)
START = date(2026, 8, 17)


def _school_days() -> list[date]:
    days, day = [], START
    while day <= TODAY:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def fill_year(service: AppService, case_id: str) -> None:
    session = service.open_case(case_id)
    register = AbsenceRegister(session)
    days = _school_days()
    records = [AbsenceRecord(None, d) for d in days if d.weekday() == 0]
    records += [AbsenceRecord(None, d, whole_day=False, lessons=(1, 2)) for d in days[1::3]
                if d.weekday() != 0]
    records += [AbsenceRecord(None, d, whole_day=False, late_minutes=10) for d in days[2::7]
                if d.weekday() not in (0,) and d not in {r.day for r in records}]
    register.add_records(records)
    for n in range(40):
        register.add_contact(Contact(
            None, datetime.combine(days[n * 4], datetime.min.time()).replace(hour=15),
            "Elle Sárá (mor)", Channel.PHONE, "Ingrid Dahl",
            f"Samtale {n}: Ánde var borte mandag. Elle forteller at Ándes morgener er tunge; "
            f"Mikkal kjører ham til Fjellbakken skole. Ring Elle på 000 00 101 den "
            f"{days[n * 4 + 1].strftime('%d.%m.%Y')}.",
            "Ingrid tar imot Ánde i døra.", "Nytt møte", None))
    people = (Participant("Ánde Sárá", "Elev", Party.PUPIL),
              Participant("Elle Sárá", "Mor", Party.GUARDIANS),
              Participant("Ingrid Dahl", "Kontaktlærer", Party.CONTACT_TEACHER),
              Participant("Siri Holm", "Helsesykepleier", Party.HEALTH_NURSE))
    repo = session.repository(AgreementRepository)

    def records_of_the_year():
        for n in range(10):
            repo.add_meeting(Meeting(None, datetime.combine(days[n * 18], datetime.min.time()),
                                     participants=people, notes=f"Ánde og Elle var med ({n}).",
                                     decisions="Ingrid Dahl følger opp."))
        for n in range(3):
            agreement = repo.add_agreement(Agreement(
                number=n + 1, held_on=days[n * 50 + 20], participants=people,
                long_term_goal="Ánde er på skolen hver dag.",
                sub_goals=tuple(SubGoal(f"Delmål {k} for Ánde", "3 uker") for k in range(4)),
                measures=tuple(AgreementMeasure(f"Tiltak {k}: Ingrid møter Ánde",
                                                Party.CONTACT_TEACHER, "Ingrid Dahl")
                               for k in range(6)),
                plan_b="Mikkal ringer skolen."))
            repo.add_evaluation(Evaluation(
                agreement_id=agreement.id, held_on=days[n * 50 + 35], participants=people,
                goal_note="Elle ser bedring.",
                sub_goals=tuple(RatedItem(f"Delmål {k}", Rating.PARTLY, "Ándes morgener")
                                for k in range(4)),
                outcome=Outcome.NEW_AGREEMENT, finished=True))
    session.edit(records_of_the_year)
    form, _ = circle_form(None)
    circle = MeasureCircleService(session, form)
    for box_id in form.box_ids:
        circle.write_box(replace(circle.box(box_id), entries=tuple(
            circle.new_entry(kind, f"{kind.value} for Ánde i {box_id}", person="Elle Sárá"
                             if kind is EntryKind.MEASURE else "")
            for kind in (EntryKind.RESOURCE, EntryKind.RISK, EntryKind.MEASURE))))
    talks = Conversations(session)
    conversation = talks.start(ConversationForms(), "kartlegging_samtaleguide", days[10],
                               ["Ánde Sárá", "Elle Sárá"])
    for question in ("elev_trivsel", "elev_venner", "elev_fag", "elev_onske"):
        talks.put_answer(conversation.id, Answer(question, question, "Jeg liker sløyd med Ingrid",
                                                 pupil_voice=True))
    service.close_case(session)


def main() -> list[dict]:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="naervaer-anonymous-"))
    service = AppService(Paths.resolve(folder / "data"))
    service.check_data_dir()
    case_id = create_demo(service)[0]
    fill_year(service, case_id)
    session = service.open_case(case_id)
    try:
        summary = timed(lambda: AnonymousConsultation(session, TODAY).report(Options()),
                        args.runs)
        full = timed(lambda: AnonymousConsultation(session, TODAY).report(Options(full=True)),
                     args.runs)
        consultation = AnonymousConsultation(session, TODAY)
        consultation.report(Options())
        words = iter(range(10 ** 6))
        again = timed(lambda: consultation.report(Options(extra_words=(f"ord{next(words)}",))),
                      args.runs)
        report = consultation.report(Options())
        pdf = timed(lambda: build_anonymous_pdf(io.BytesIO(), report), max(3, args.runs // 3))
        text = report.plain_text()
        counts = report.replacements()
    finally:
        service.close_case(session)
        service.lock()
        shutil.rmtree(folder, ignore_errors=True)
    print(f"summary: {len(text)} characters, {sum(counts.values())} replacements")
    return [
        row("anonymised summary (open + gather + anonymise)", summary, "≤ 200 ms"),
        row("anonymised full report", full),
        row("summary again with a new word to remove", again),
        row("summary as PDF (ReportLab)", pdf),
    ]


if __name__ == "__main__":
    print_table(main())
