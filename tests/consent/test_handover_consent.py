"""The handover asks the consent rule for every case ticked, open on screen or
not (no Qt): a colleague or the next school needs none; a service without a
valid consent gets a reason, stored in each case it concerns and only there."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.domain.consent import ConsentService, Giver
from desktop.domain.handover import COLLEAGUE
from desktop.domain.people import Guardian
from desktop.services.consent_service import ConsentRecords
from desktop.services.handover import HandoverService

DAY = date(2027, 1, 12)
REASON = "Bekymringsmelding – opplysningsplikten"


def _case(service, name: str, consent_to: ConsentService | None) -> str:
    session = service.create_case(name)
    session.add_guardian(Guardian(name=f"Mor til {name}"))
    if consent_to is not None:
        records = ConsentRecords(session, today=lambda: DAY)
        made = records.new(consent_to)
        records.write(replace(made, givers=(Giver(f"Mor til {name}"),)))
    return session.case_id


def test_problems_for_open_and_closed_cases_and_reasons_stored_per_case(service, tmp_path):
    without = _case(service, "Uten Samtykke", None)
    service.close_case(next(s for s in service.open_sessions() if s.case_id == without))
    covered = _case(service, "Med Samtykke", ConsentService.CHILD_WELFARE)
    handover = HandoverService(service)
    assert handover.consent_problems([without, covered], COLLEAGUE, DAY) == {}
    problems = handover.consent_problems([without, covered], "barnevern", DAY)
    assert list(problems) == [without]  # read from the closed file, decrypted in memory
    assert problems[without].startswith("Det er ikke registrert samtykke til å dele "
                                        "opplysninger med barneverntjenesten.")
    assert list(handover.consent_problems([without, covered], "ppt", DAY)) == [without, covered]

    path = tmp_path / "klasse.naervaer-overforing"
    handover.export([without, covered], path, "bjelle fjord kanel pilot sokk vulkan",
                    recipient="Barneverntjenesten i Nordvidda", recipient_kind="barnevern",
                    consent_reasons={without: REASON})
    open_session = next(s for s in service.open_sessions() if s.case_id == covered)
    [record] = HandoverService.records(open_session)
    assert (record.recipient_kind, record.consent_reason) == ("barnevern", "")
    closed = service.open_case(without)
    [record] = HandoverService.records(closed)
    assert (record.recipient_kind, record.consent_reason) == ("barnevern", REASON)
