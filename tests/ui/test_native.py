"""The program as a native application: a Norwegian command line, screenshots as
PNG or JPEG, its own name to the window system, and a menu entry for Linux."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from desktop.app import parse_args
from tests.ui.test_cli_and_demo import ROOT, run


def test_help_is_norwegian_and_names_the_environment_variables(capsys):
    try:
        parse_args(["--help"])
    except SystemExit as stop:
        assert stop.code == 0
    text = capsys.readouterr().out
    for english in ("usage:", "options:", "show this help message", "positional arguments"):
        assert english not in text
    assert text.startswith("Bruk: naervaer")
    assert "vis denne hjelpen og avslutt" in text
    assert "NAERVAER_DATA_DIR" in text and "NAERVAER_CONFIG_DIR" in text
    assert "--screenshot-view VISNING" in text and "unlock" in text


def test_command_line_errors_are_norwegian(capsys):
    for argv, words in ((["--bogus"], "ukjente valg: --bogus"),
                        (["--screenshot-view", "x"], "ugyldig verdi 'x'"),
                        (["--data-dir"], "--data-dir trenger en verdi"),
                        (["--screenshot", "bilde.gif"], "er verken .png eller .jpg")):
        try:
            parse_args(argv)
        except SystemExit as stop:
            assert stop.code == 2
        else:
            raise AssertionError(f"{argv} was accepted")
        err = capsys.readouterr().err
        assert "naervaer: feil: " in err and words in err, err
        assert "error:" not in err and "usage:" not in err


def test_a_jpg_screenshot_is_a_jpeg(tmp_path):
    target = tmp_path / "bilde.jpg"
    result = run(["--demo", "--screenshot", str(target)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes()[:3] == b"\xff\xd8\xff"  # JPEG, not a PNG with a .jpg name
    from desktop.ui.startup import SCREENSHOT_SIZE
    assert (QImage(str(target)).width(), QImage(str(target)).height()) == SCREENSHOT_SIZE


def test_the_window_system_knows_the_program_as_naervaer(tmp_path):
    """X11 takes WM_CLASS from argv[0]: "naervaer", not "__main__.py" (checked by hand
    with xprop under Xvfb: WM_CLASS(STRING) = "naervaer", "naervaer")."""
    code = ("from desktop.ui.startup import application; app = application(); "
            "print(app.arguments()[0], app.applicationName(), app.desktopFileName(), "
            "not app.windowIcon().isNull())")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == ["naervaer", "naervaer", "naervaer", "True"], result.stderr


def test_install_desktop_puts_an_entry_in_the_users_menu(tmp_path):
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "share")}
    result = subprocess.run(["bash", str(ROOT / "naervaer.sh"), "install-desktop"], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    entry = (tmp_path / "share" / "applications" / "naervaer.desktop").read_text("utf-8")
    assert f'Exec="{ROOT}/naervaer.sh"' in entry
    assert "StartupWMClass=naervaer" in entry and "Icon=naervaer" in entry
    assert "Name=Nærvær" in entry and "@" not in entry
    icon = tmp_path / "share" / "icons" / "hicolor" / "256x256" / "apps" / "naervaer.png"
    assert QImage(str(icon)).width() == 256


# What the unlock page does not need, and the start must not load (issue 18: start time
# <= 1.5x a bare PySide6 window; tests/benchmarks/bench_startup.py). A package name
# stands for everything under it.
NOT_AT_START = (
    "reportlab", "sqlite_utils", "sqlite3", "cryptography", "argon2", "zxcvbn",
    "desktop.ui.sections", "desktop.ui.case_page", "desktop.ui.pages.case_list_page",
    "desktop.ui.pages.first_start_page", "desktop.ui.widgets.disclosure_fields",
    "desktop.ui.keyboard_access", "desktop.ui.text_limit", "desktop.export.",
    "desktop.casefile.store", "desktop.casefile.vault", "desktop.services.case_session",
    "desktop.services.disclosure", "desktop.forms.agreement_templates", "desktop.forms.loader",
    "desktop.services.passphrase_strength", "logging.handlers", "socket", "xml.etree",
    "tomllib", "secrets",
)


def test_the_start_to_the_unlock_page_leaves_later_work_unloaded(vault_dir, tmp_path):
    """A start with a vault (the unlock page, as every morning) in a child process,
    as --screenshot makes it: what later steps need is not imported yet."""
    code = ("import sys; from desktop.app import main; rc = main(sys.argv[1:]); "
            "print('\\n'.join(sorted(sys.modules))); sys.exit(rc)")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code, "--data-dir", str(vault_dir),
         "--screenshot", str(tmp_path / "unlock.png"), "--screenshot-view", "unlock"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    loaded = set(result.stdout.split())
    assert {"PySide6.QtWidgets", "desktop.ui.main_window", "desktop.ui.pages.unlock_page"} <= loaded
    early = sorted(m for m in loaded if any(m == name.rstrip(".") or m.startswith(name.rstrip(".") + ".")
                                            for name in NOT_AT_START))
    assert early == []


def test_the_input_filters_wait_for_the_first_idle_moment(qtbot, make_window, vault_dir,
                                                          monkeypatch):
    """Start time (issue 18): the real program installs its application-wide event
    filters once the window is shown and the event loop is idle; processEvents()
    (a --screenshot) never gets there, a running event loop does at once."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui.main_window import MainWindow

    calls = []
    original = MainWindow.install_input_filters
    monkeypatch.setattr(MainWindow, "install_input_filters",
                        lambda self: (calls.append(self), original(self)))
    window = make_window(vault_dir, input_filters_when_idle=True)
    QApplication.processEvents()
    assert calls == []
    loop = QEventLoop()
    QTimer.singleShot(200, loop.quit)
    loop.exec()
    assert calls == [window]
    assert window.text_limit in window.findChildren(type(window.text_limit))


def test_the_cycle_collector_works_again_after_the_start():
    """desktop/app.py pauses Python's cycle collector for the start; at the first
    idle moment startup.collector_back lets it work again (and main() does at the
    latest when it returns)."""
    import gc

    from desktop.ui.startup import collector_back

    gc.disable()
    try:
        collector_back()
        assert gc.isenabled()
        collector_back()  # once is enough; again changes nothing
        assert gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()  # the test process's objects back in sight


def test_main_leaves_the_cycle_collector_as_it_found_it(capsys):
    import gc

    from desktop.app import main

    assert gc.isenabled()
    assert main(["--version"]) == 0
    assert gc.isenabled()
    assert capsys.readouterr().out.startswith("naervaer ")


# The child prints whether Qt's namespace exists at the moment the window is shown.
_NAMESPACE_PROBE = """
import sys

import pytest
from PySide6 import QtCore
import desktop.ui.startup as startup
if 'Qt' in QtCore.__dict__:
    print('EAGER')  # this PySide makes its types at import: nothing to prove
shown = startup._bench_shown
startup._bench_shown = lambda: (print('NAMESPACE', 'Qt' in QtCore.__dict__), shown())
from desktop.app import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("how", ["as a person starts it", "--screenshot"])
def test_the_window_is_shown_before_qts_namespace_is_made(vault_dir, tmp_path, how):
    """Creating `Qt` (QtCore's namespace: 93 Python enums) costs ~15 ms, a tenth of a
    bare PySide6 window's start. The start leaves it to the first idle moment: no
    module on the way imports `Qt` at its top, and nothing on the way calls Qt with
    one of its enums (appearance.py, menus.py, common.plain_text)."""
    args = ["--data-dir", str(vault_dir)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NAERVAER_BENCH_SHOWN": "exit"}
    if how == "--screenshot":
        args += ["--screenshot", str(tmp_path / "unlock.png"), "--screenshot-view", "unlock"]
        env["NAERVAER_BENCH_SHOWN"] = "1"
    result = subprocess.run([sys.executable, "-c", _NAMESPACE_PROBE, *args], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    if "EAGER" in result.stdout.split():
        pytest.skip("this PySide6 creates its types at import")
    assert "NAMESPACE False" in result.stdout, result.stdout


def test_pysides_question_after_each_import_gets_its_own_answer_quicker():
    """desktop/ui/feature_check.py: PySide asks after every import whether the module
    uses PySide ("PySide6" in its source); the quicker answer is the same answer."""
    import inspect
    import json
    import types

    import desktop.app
    import desktop.ui.common
    from desktop.ui import feature_check

    feature = next((sys.modules[name] for name in feature_check._FEATURE_MODULES
                    if name in sys.modules), None)
    if feature is None:
        pytest.skip("this PySide6 asks no such question")
    quick = feature._mod_uses_pyside
    assert getattr(quick, feature_check._MARK, False)  # installed with the package
    assert feature_check.install() is False  # once is enough
    for module in (desktop.ui.common, desktop.app, json, os, inspect, feature_check):
        assert quick(module) is ("PySide6" in inspect.getsource(module)), module.__name__
    assert quick(sys) is False  # built in: no file, PySide's own answer
    gone = types.ModuleType("gone")
    gone.__file__ = str(ROOT / "no-such-module.py")
    assert quick(gone) is False
