"""The referral draft travels inside the case in a handover file (it is a
table of the case), and a handover "without the internal parts" leaves the
draft's internal part behind: the reflection, the Kearney hypotheses and the
case's internal note never go in it as text. No Qt."""

from __future__ import annotations

from desktop.casefile import handover as handover_file
from desktop.casefile import handover_payload as payload
from desktop.domain.handover import Scope
from desktop.domain.referral import PartKey
from desktop.services.handover import HandoverService
from desktop.services.referral_service import ReferralService
from tests.referral import helpers as h

PASSPHRASE = "bjelle fjord kanel pilot sokk vulkan"
QUESTION = "Vi ber om veiledning og utredning."


def _images(path):
    data = handover_file.read_file(path)
    _manifest, cases = payload.unpack(handover_file.open_bytes(data, PASSPHRASE))
    return cases


def _draft_with_internal_ticked(service, case_id):
    session = service.open_case(case_id)
    referral = ReferralService(session)
    referral.start()
    referral.set_text(PartKey.QUESTIONS, QUESTION)
    referral.set_included(PartKey.INTERNAL, True)
    service.close_case(session)


def test_the_draft_goes_with_the_whole_case(service, case_ids, tmp_path):
    _draft_with_internal_ticked(service, case_ids[0])
    path = tmp_path / f"til-ppt{handover_file.SUFFIX}"
    HandoverService(service).export([case_ids[0]], path, PASSPHRASE, scope=Scope.FULL)
    [case] = _images(path)
    conn = payload.open_image(case.image)
    try:
        parts = dict(conn.execute("SELECT part, text FROM referral_part").fetchall())
    finally:
        conn.close()
    assert parts[PartKey.QUESTIONS.value] == QUESTION
    assert h.KEARNEY_NOTE in parts[PartKey.INTERNAL.value]


def test_without_the_internal_parts_the_drafts_internal_part_stays_home(
        service, case_ids, tmp_path):
    _draft_with_internal_ticked(service, case_ids[0])
    path = tmp_path / f"til-ppt{handover_file.SUFFIX}"
    HandoverService(service).export([case_ids[0]], path, PASSPHRASE,
                                    scope=Scope.WITHOUT_INTERNAL)
    [case] = _images(path)
    for secret in (h.KEARNEY_NOTE, h.INTERNAL_REFLECTION):
        assert secret.encode("utf-8") not in case.image  # not even in free pages
    conn = payload.open_image(case.image)
    try:
        parts = dict(conn.execute("SELECT part, text FROM referral_part").fetchall())
    finally:
        conn.close()
    assert PartKey.INTERNAL.value not in parts and parts[PartKey.QUESTIONS.value] == QUESTION
    session = service.open_case(case_ids[0])  # the sender keeps its own draft whole
    assert h.KEARNEY_NOTE in ReferralService(session).draft().part(PartKey.INTERNAL).text
    service.close_case(session)
