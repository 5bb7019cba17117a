"""The command line (--version, --demo --screenshot) and demo mode."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog

from desktop.paths import Paths
from desktop.services.app_service import AppService
from desktop.services.demo import DEMO_PASSPHRASE, create_demo
from desktop.ui.dialogs.new_case import NewCaseDialog
from desktop.ui.startup import SCREENSHOT_SIZE
from tests.ui.helpers import all_texts, open_case_from_list, shortcut, unlock

ROOT = Path(__file__).resolve().parents[2]


def run(args: list[str], tmp_path: Path, **env_changes) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(TMPDIR=str(tmp_path), NAERVAER_DATA_DIR=str(tmp_path / "never-used"),
               **env_changes)
    return subprocess.run([sys.executable, "-c", "import sys; from desktop.app import main; "
                           "rc = main(sys.argv[1:]); "
                           "print('qt-loaded' if 'PySide6.QtWidgets' in sys.modules "
                           "else 'no-qt'); sys.exit(rc)", *args],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_version_prints_and_never_starts_qt(tmp_path):
    result = run(["--version"], tmp_path)
    assert result.returncode == 0
    assert result.stdout.splitlines() == ["naervaer 0.1.0", "no-qt"]


def test_demo_screenshots_without_a_display(tmp_path):
    # No DISPLAY and no QT_QPA_PLATFORM: the program chooses offscreen by itself.
    for view in ("list", "case"):
        target = tmp_path / "shots" / f"{view}.png"
        result = run(["--demo", "--screenshot", str(target), "--screenshot-view", view],
                     tmp_path)
        assert result.returncode == 0, result.stderr
        assert str(target) in result.stdout
        image = QImage(str(target))
        assert (image.width(), image.height()) == SCREENSHOT_SIZE  # 1366×768, maximised
    # The throwaway demo folder is gone, and the real data folder was never touched.
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("naervaer-demo-")] == []
    assert not (tmp_path / "never-used").exists()


def demo_service(tmp_path: Path) -> AppService:
    service = AppService(Paths.resolve(tmp_path / "demo"), demo=True)
    service.check_data_dir()
    create_demo(service)
    return service


def test_demo_data_and_titles(qtbot, make_window, tmp_path):
    service = demo_service(tmp_path)
    entries = service.list_cases()
    assert len(entries) == 3
    names = sorted(e.summary.name for e in entries)
    assert any(set(name) & set("áčđŋšŧž") for name in names)
    for entry in entries:
        session = service.open_case(entry.case_id)
        assert session.guardians() and len(session.team()) >= 3
        service.close_case(session)
    interpreters = []
    for entry in entries:
        session = service.open_case(entry.case_id)
        interpreters += [g for g in session.guardians() if g.interpreter_needed]
        service.close_case(session)
    assert interpreters

    window = make_window(service=service, demo_passphrase=DEMO_PASSPHRASE)
    assert window.current_page() is window.list_page  # no passphrase asked
    assert window.windowTitle() == "Nærvær – DEMO"
    shortcut(qtbot, window, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: window.findChild(NewCaseDialog) is not None)
    dialog = window.findChild(NewCaseDialog)
    assert dialog.windowTitle() == "Ny sak – Nærvær – DEMO"
    dialog.reject()
    for action in (window.menu_actions.settings, window.menu_actions.about,
                   window.menu_actions.change_passphrase):
        action.trigger()
        opened = [d for d in window.findChildren(QDialog) if d.isVisible()]
        assert opened and all("DEMO" in d.windowTitle() for d in opened)
        for d in opened:
            d.reject()

    open_case_from_list(qtbot, window, entries[0].case_id)
    assert window.windowTitle() == "Nærvær – DEMO"  # never a pupil's name
    shortcut(qtbot, window, Qt.Key.Key_L)
    assert window.current_page() is window.unlock_page
    hint = window.unlock_page.findChild(type(window.unlock_page.heading), "demoHint")
    assert hint.text() == "Dette er en demo. Passordfrasen er «demo demo demo demo»."
    texts = "\n".join(all_texts(window))
    assert not any(name in texts for name in names)
    unlock(qtbot, window, DEMO_PASSPHRASE)
    assert len(window.list_page.visible_names()) == 3
