"""Bad input gets a clear Norwegian message and loses nothing: the unlock pause,
every error type, the data folder, the passphrase rules, an empty case name."""

from __future__ import annotations

import inspect

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton

from desktop.casefile import errors
from desktop.casefile.errors import (
    DamagedFile,
    DamageReason,
    DataDirUnavailable,
    LockHolder,
    NewerFormat,
    SaveFailed,
    SaveProblem,
    WrongPassphrase,
)
from desktop.domain.validation import DateProblem, PassphraseProblem
from desktop.services.unlock_backoff import UnlockBackoff, unlock_delay
from desktop.ui.dialogs.change_passphrase import ChangePassphraseDialog
from desktop.ui.dialogs.new_case import NewCaseDialog
from desktop.ui.messages import message_for
from desktop.ui.pages.unlock_page import UnlockPage
from tests.ui.conftest import PASSPHRASE, new_service
from tests.ui.helpers import activate, click, find, press, shortcut, type_into, unlock

GENERIC = {message_for(errors.CaseFileError()), message_for(RuntimeError())}


def test_wrong_passphrase_pause_counts_down(qtbot, tmp_path):
    attempts = []
    backoff = UnlockBackoff(tmp_path / "unlock-pause.json")

    def refuse(passphrase: str) -> None:
        attempts.append(passphrase)
        backoff.record_failure()
        raise WrongPassphrase()

    # the test says when a second has passed
    page = UnlockPage(refuse, wait=backoff.remaining, tick_ms=3_600_000)
    qtbot.addWidget(page)
    page.show()

    def attempt() -> None:
        type_into(qtbot, page.passphrase, "gjett gjett")
        count = len(attempts)
        press(page.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: len(attempts) > count and page._call is None)
        assert page.error.text() == "Feil passordfrase. Prøv igjen."
        assert page.passphrase.text() == ""

    attempt()
    assert not page.waiting and page.button.isEnabled()  # the first slip costs nothing
    attempt()
    assert page.countdown.text() == "Du kan prøve igjen om 1 sekund."
    assert not page.button.isEnabled()
    type_into(qtbot, page.passphrase, "en gang til")
    press(page.passphrase, Qt.Key.Key_Return)  # ignored while waiting
    assert len(attempts) == 2
    page.tick()
    assert page.button.isEnabled() and page.countdown.isHidden()
    attempt()
    assert page.countdown.text() == "Du kan prøve igjen om 2 sekunder."
    page.tick()
    assert page.countdown.text() == "Du kan prøve igjen om 1 sekund."
    page.tick()
    assert page.button.isEnabled()


def test_a_restarted_program_still_makes_the_user_wait(qtbot, make_window, vault_dir):
    earlier = new_service(vault_dir, unlock=False)  # the run before the restart
    for _ in range(5):
        with pytest.raises(WrongPassphrase):
            earlier.unlock("gjett gjett")
    window = make_window(vault_dir, unlock_delay_fn=unlock_delay)
    page = window.unlock_page
    assert window.current_page() is page
    assert page.waiting and not page.button.isEnabled()
    assert page.countdown.text().startswith("Du kan prøve igjen om ")
    type_into(qtbot, page.passphrase, PASSPHRASE)
    press(page.passphrase, Qt.Key.Key_Return)  # ignored while waiting
    assert window.current_page() is page and page._call is None


def _instances() -> list[errors.CaseFileError]:
    holder = LockHolder("lærerpc", 4242, "kari", "2025-01-07T14:02:00")
    made = [WrongPassphrase(), errors.NotACaseFile(plain_sqlite=True), errors.NotACaseFile(),
            NewerFormat(3, 1), errors.ForeignCase(), errors.KdfParametersRefused(),
            errors.LockedByOther(holder), errors.ChangedOnDisk(), errors.ReadOnlyCase(),
            DataDirUnavailable("/finnes/ikke", missing=True),
            DataDirUnavailable("/skrivebeskyttet", missing=False),
            errors.UnreadableFile("x.naervaer", not_a_file=True),
            errors.UnreadableFile("x.naervaer", not_a_file=False),
            errors.LockedByOther(LockHolder("?", -1, "?", ""))]
    made += [DamagedFile(reason) for reason in DamageReason]
    made += [SaveFailed(problem) for problem in SaveProblem]
    made += [errors.HandoverError(), errors.NotAHandoverFile(), errors.HandoverWrongPassphrase(),
             errors.HandoverDamaged("tag"), errors.HandoverTruncated(),
             errors.HandoverNewerFormat(2, 1), errors.HandoverTooLarge(2 << 30, 1 << 30),
             errors.HandoverCaseExists([])]
    return made


def test_every_error_type_has_its_own_norwegian_message():
    covered = {type(e) for e in _instances()}
    defined = {cls for _, cls in inspect.getmembers(errors, inspect.isclass)
               if issubclass(cls, errors.CaseFileError) and cls is not errors.CaseFileError}
    assert defined <= covered, f"no test instance for {defined - covered}"
    texts = [message_for(e) for e in _instances()]
    assert not set(texts) & GENERIC
    assert len(set(texts)) == len(texts)  # each failure reads differently
    for text in texts:
        assert text.endswith(".") and "error" not in text.lower()
    full = message_for(SaveFailed(SaveProblem.DISK_FULL))
    assert full.startswith("Ikke lagret – disken er full.") and "Ingenting er tapt" in full
    assert message_for(errors.LockedByOther(
        LockHolder("lærerpc", 1, "kari", "2025-01-07T14:02:00"))) == (
        "Saken er åpen på lærerpc (bruker kari) siden 07.01.2025 14:02.")
    assert "nyere versjon" in message_for(NewerFormat(2, 1), about_vault=True)
    assert "Nøkkelfilen" in message_for(DamagedFile(DamageReason.BAD_HEADER), about_vault=True)


@pytest.mark.parametrize("problem", list(PassphraseProblem) + list(DateProblem))
def test_problem_codes_have_messages(problem):
    assert message_for(problem) not in GENERIC
    assert message_for(problem).endswith(".")


def test_data_dir_missing_and_read_only(qtbot, make_window, tmp_path):
    blocker = tmp_path / "minnepinne"
    blocker.write_text("ikke en mappe")  # the data folder cannot be created below a file
    window = make_window(blocker / "naervaer")
    assert window.current_page() is window.data_dir_page
    text = window.data_dir_page.message.text()
    assert "finnes ikke og kan ikke opprettes" in text and str(blocker) in text
    assert not window.menu_actions.new_case.isEnabled()

    blocker.unlink()  # the stick is back
    click(qtbot, find(window.data_dir_page, QPushButton, "retryDataDir"))
    assert window.current_page() is window.first_start_page

    existing = tmp_path / "skrivebeskyttet"
    existing.mkdir()
    assert "kan ikke skrives til" in message_for(DataDirUnavailable(str(existing), missing=False))


def test_new_case_needs_a_name(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    click(qtbot, window.list_page.findChild(QPushButton, "newCaseEmpty"))
    dialog = window.findChild(NewCaseDialog)
    type_into(qtbot, dialog.name_edit, "   ")
    press(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error.text() == "Skriv elevens navn for å opprette saken."
    assert window.service.list_cases() == []
    click(qtbot, find(dialog, QPushButton, "cancelButton"))
    assert window.current_page() is window.list_page


def test_change_passphrase(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    window.menu_actions.change_passphrase.trigger()
    dialog = window.findChild(ChangePassphraseDialog)
    old = find(dialog, QLineEdit, "oldPassphrase")
    new = find(dialog, QLineEdit, "newPassphrase")
    repeat = find(dialog, QLineEdit, "repeatPassphrase")
    accept = find(dialog, QPushButton, "acceptButton")

    type_into(qtbot, old, PASSPHRASE)
    type_into(qtbot, new, "kort")
    type_into(qtbot, repeat, "kort")
    click(qtbot, accept)
    assert dialog.error.text() == (
        "Passordfrasen er for kort. Bruk minst 10 tegn eller minst 4 ord.")

    type_into(qtbot, old, "ikke den riktige")
    type_into(qtbot, new, "sol regn snø vind")
    type_into(qtbot, repeat, "sol regn snø vind")
    click(qtbot, accept)
    qtbot.waitUntil(lambda: dialog.error.text()
                    == "Den nåværende passordfrasen er feil. Prøv igjen.", timeout=10_000)

    type_into(qtbot, old, PASSPHRASE)
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        click(qtbot, accept)
    assert window.statusBar().currentMessage() == "Passordfrasen er byttet."

    activate(qtbot, window)
    shortcut(qtbot, window, Qt.Key.Key_L)
    unlock(qtbot, window, "sol regn snø vind")
    service = new_service(vault_dir, unlock=False)
    service.unlock("sol regn snø vind")
    service.lock()
