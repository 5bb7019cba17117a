"""Issue 16: where a passphrase is chosen (first start, Bytt passordfrase), one
that a copied key file would give away quickly is refused, and the estimate
is said in words."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPushButton

from desktop.ui.dialogs.change_passphrase import ChangePassphraseDialog
from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import choose_passphrase, click, find, type_into, unlock

STRONG = "gul sykkel tåke rabarbra"


def test_first_start_refuses_a_guessable_passphrase_and_says_how_long(
        qtbot, make_window, data_dir):
    window = make_window(data_dir)
    page = window.first_start_page
    choose_passphrase(qtbot, window, "sommer2026", "sommer2026")
    assert page.error.text() == (
        "Passordfrasen er for lett å gjette: med en kopi av nøkkelfilen ville den tatt "
        "omtrent 15 minutter å gjette. Den må holde i minst 100 år. Bruk gjerne fire eller "
        "fem vanlige ord som ikke hører sammen.")
    assert window.current_page() is page
    assert not window.service.has_vault()

    choose_passphrase(qtbot, window, "a b c d", "a b c d")  # four "words" are not enough
    assert "omtrent 3 timer" in page.error.text()
    assert not window.service.has_vault()

    type_into(qtbot, page.passphrase, STRONG)
    assert page.strength.isVisible()
    assert page.strength.text() == ("Med en kopi av nøkkelfilen ville det tatt mer enn en "
                                    "million år å gjette denne passordfrasen.")
    type_into(qtbot, page.repeat, STRONG)
    click(qtbot, page.button)
    qtbot.waitUntil(lambda: window.current_page() is window.list_page, timeout=10_000)
    assert window.service.has_vault()


def test_change_passphrase_refuses_a_guessable_one(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    window.menu_actions.change_passphrase.trigger()
    dialog = window.findChild(ChangePassphraseDialog)
    before = window.service.paths.vault_file.read_bytes()
    type_into(qtbot, find(dialog, QLineEdit, "oldPassphrase"), PASSPHRASE)
    for weak in ("passord123", "qwertyuiop", "1 2 3 4"):
        type_into(qtbot, find(dialog, QLineEdit, "newPassphrase"), weak)
        type_into(qtbot, find(dialog, QLineEdit, "repeatPassphrase"), weak)
        assert "for lett å gjette" in dialog.strength.text()
        click(qtbot, find(dialog, QPushButton, "acceptButton"))
        assert dialog.error.text().startswith("Passordfrasen er for lett å gjette: med en "
                                              "kopi av nøkkelfilen ville den tatt omtrent ")
        assert dialog.isVisible() and dialog._call is None
    assert window.service.paths.vault_file.read_bytes() == before
