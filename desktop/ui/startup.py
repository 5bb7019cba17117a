"""Starting the window: the QApplication with the program's look (stylesheet,
palette, bokmål catalogue, icon), the main window, and the --screenshot path.
desktop/app.py does the rest of the wiring without Qt."""

from __future__ import annotations

import gc
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QTimer, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop import __version__
from desktop.domain import language as doc_language
from desktop.paths import resources_dir
from desktop.services.app_service import AppService
from desktop.ui import appearance, crash_guard
from desktop.ui.i18n import chosen_language, install_translators

if TYPE_CHECKING:
    from desktop.services.lock_restart import LockHandoff

log = logging.getLogger(__name__)

# What a maximised window gets on a 1366×768 school laptop (task bar and title bar off).
SCREENSHOT_SIZE = (1366, 700)
WORKER_WAIT_S = 20.0  # at lock, before the process is replaced: a PDF still being built


def application(on_quit: Callable[[], None] | None = None) -> QApplication:
    _quiet_qt_messages()
    # argv[0] names the program to the window system (WM_CLASS on X11): "naervaer",
    # not "__main__.py" or "python3".
    app = QApplication.instance() or QApplication(["naervaer"])
    prepare_app(app)
    crash_guard.install()  # an error in an event handler is reported, not fatal
    if on_quit is not None:
        app.aboutToQuit.connect(on_quit)
    return app


def run(app: QApplication, service: AppService, demo_passphrase: str,
        screenshot: Path | None, view: str, *, program_args: list[str] | None = None,
        demo_dir: str | None = None, handoff: LockHandoff | None = None) -> int:
    """The window, and (unless a screenshot is made) a lock that replaces the
    process: `ProcessRestart` starts the same program again at the unlock page."""
    from desktop.ui.main_window import MainWindow
    from desktop.ui.system_lock import SystemLockWatcher
    from desktop.ui.when_idle import when_idle

    system_lock = None if screenshot else SystemLockWatcher(listen=False)
    if system_lock is not None:
        when_idle(system_lock.listen)  # D-Bus once the window is shown
    when_idle(collector_back)  # desktop/app.py paused it for the start
    restart = None
    use_language(app, service.settings.language)
    if screenshot is None:
        from desktop.services.lock_restart import ProcessRestart

        settings = service.settings
        appearance.apply(app, settings.contrast, settings.text_size,
                         system_high=settings.system_high_contrast)
        when_idle(lambda: _follow_system_contrast(app, service, watch=True))
        restart = ProcessRestart(program_args or [], demo_dir)
    window = MainWindow(service, demo_passphrase=demo_passphrase, system_lock=system_lock,
                        restart=restart, handoff=handoff, input_filters_when_idle=True)
    window.setWindowIcon(app.windowIcon())
    if screenshot is None:
        from desktop.ui.window_geometry import WindowPlacement

        placement = WindowPlacement(window, lambda: service.settings, service.save_settings)
        placement.place()
        restart.before = lambda: _before_restart(placement)
        _test_control(window)
    if system_lock is not None:
        system_lock.watch_window(int(window.winId()))
    if screenshot is not None:
        return _screenshot(app, window, screenshot, view)
    state = handoff.window if handoff is not None else "normal"
    show = {"maximized": window.showMaximized, "minimized": window.showMinimized,
            "fullscreen": window.showFullScreen}.get(state, window.show)
    show()  # as the window was when a lock replaced the process
    if os.environ.get("NAERVAER_BENCH_SHOWN") == "exit":  # tests/benchmarks/bench_startup.py
        app.processEvents()
        _bench_shown()
        window.close()
        return 0
    if handoff is not None and handoff.return_point is not None:
        QTimer.singleShot(0, warm_up_case_page)
    return app.exec()


def _follow_system_contrast(app: QApplication, service: AppService, watch: bool = False) -> None:
    """Once the window is shown (appearance.py): the system's contrast preference as
    it is now, and from then on whenever the system's setting changes."""
    settings = service.settings
    appearance.follow_system_contrast(app, settings.contrast, settings.text_size,
                                      settings.system_high_contrast,
                                      lambda high: _remember_system_contrast(service, high))
    if watch:
        appearance.on_system_contrast_change(lambda: _follow_system_contrast(app, service))


def _remember_system_contrast(service: AppService, high: bool) -> None:
    service.settings.system_high_contrast = high
    service.save_settings()


def collector_back() -> None:
    """The cycle collector works again after the start (desktop/app.py main paused
    it). What the start made lives as long as the program: frozen out of the
    collector's sight, no later full pass has to walk it all at once."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def use_language(app: QApplication, setting: str) -> str:
    """The settings' language (or the system's) for Qt's texts and ours, and for
    the bundled forms. Set before the first window: a change takes a restart."""
    from desktop.forms.language import set_form_language

    language = chosen_language(setting)
    if language != doc_language.ui_language() or not app.property("naervaerLanguage"):
        install_translators(app, language)
        app.setProperty("naervaerLanguage", language)
    set_form_language(language)
    return language


def _test_control(window) -> None:
    """Tests that run the real program as a child process drive it through stdin
    (desktop/ui/test_control.py). Only with NAERVAER_TEST_CONTROL set; the
    bundle leaves the module (and QtTest) out."""
    if not os.environ.get("NAERVAER_TEST_CONTROL"):
        return
    try:
        from desktop.ui import test_control
    except ImportError:
        log.warning("test control requested but not available")
        return
    test_control.install(window)


def _before_restart(placement) -> None:
    """The next process opens where this one was; no worker is cut off halfway."""
    from desktop.ui.worker import wait_for_workers

    placement.remember()
    if not wait_for_workers(WORKER_WAIT_S):
        log.warning("a worker was still running when the lock replaced the process")


def warm_up_case_page(steps: list[Callable[[], object]] | None = None) -> None:
    """After a lock replaced the process, the unlock goes straight back to a case:
    while the unlock page waits, import the case page and its sections and read
    the forms they cache (code and bundled or local forms only, nothing of any
    case), one step per turn of the event loop so that a key typed meanwhile is
    never held up for long. The fresh process would otherwise pay for these
    between the passphrase and the case; the process that locked had them."""
    if steps is None:
        steps = _warm_up_steps()
    if not steps:
        return
    try:
        steps[0]()
    except Exception as exc:  # noqa: BLE001 - a warm-up is never worth an error
        log.warning("warm-up step failed: %s", type(exc).__name__)
    QTimer.singleShot(0, lambda: warm_up_case_page(steps[1:]))


def _warm_up_steps() -> list[Callable[[], object]]:
    import importlib

    from desktop.ui.sections.registry import SECTION_CLASSES

    names = ["desktop.ui.case_page", "sqlite_utils",
             *(target.split(":")[0] for target in SECTION_CLASSES.values())]
    steps: list[Callable[[], object]] = [
        lambda name=name: importlib.import_module(name) for name in names]

    def forms() -> None:
        from desktop.forms.agreement_templates import load_templates
        from desktop.services.circle_service import circle_form, local_forms_dir

        circle_form(local_forms_dir())
        circle_form(None)
        load_templates()

    return steps + [forms]


def prepare_app(app: QApplication) -> None:
    """The program's own look; also used by the scripts that make README pictures."""
    app.setApplicationName("naervaer")
    app.setOrganizationName("naervaer")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("naervaer")
    if not app.property("naervaerPrepared"):  # main() may run twice in one process (tests)
        app.setProperty("naervaerPrepared", True)
        install_translators(app)
        app.setProperty("naervaerLanguage", "nb")  # use_language need not install it again
    resources = resources_dir()
    # The defaults; the user's contrast and text size follow once settings are read.
    # The system's contrast is not asked here (see appearance.py): a screenshot
    # always shows the normal look.
    appearance.apply(app, system_high=False)
    for name in ("naervaer.png", "naervaer.svg"):  # PNG: no SVG plugin to load at start
        icon_file = resources / "icons" / name
        if icon_file.is_file():
            app.setWindowIcon(QIcon(str(icon_file)))
            break


def _screenshot(app, window, target: Path, view: str) -> int:
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    app.processEvents()
    if os.environ.get("NAERVAER_BENCH_SHOWN"):
        _bench_shown()
    if view == "case" and window.service.is_unlocked:
        case_id = _first_case_id(window)
        if case_id:
            window.open_case(case_id)
    elif view == "unlock":
        window.lock()
    app.processEvents()
    pixmap = window.grab()
    target.parent.mkdir(parents=True, exist_ok=True)
    fmt = "JPG" if target.suffix.lower() in (".jpg", ".jpeg") else "PNG"
    ok = pixmap.save(str(target), fmt, 92 if fmt == "JPG" else -1)
    window.close()
    app.processEvents()
    if not ok:
        print(f"naervaer: kunne ikke lagre skjermbildet i {target}", file=sys.stderr)
        return 1
    print(f"naervaer: skjermbilde lagret i {target}")
    return 0


def _bench_shown() -> None:
    """tests/benchmarks/bench_startup.py: the system's monotonic clock once the
    window's show() has been processed (the benchmark took it before the start)."""
    import time

    print(f"SHOWN {time.monotonic():.6f}", flush=True)


def _quiet_qt_messages() -> None:
    """Qt's own warnings go to stderr as before, minus one the offscreen platform
    prints for every window ("does not support propagateSizeHints")."""
    def handler(_kind, _context, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def _first_case_id(window) -> str | None:
    from desktop.ui.case_list_model import CASE_ID_ROLE, DAMAGED_ROLE

    proxy = window.list_page.proxy
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        if not index.data(DAMAGED_ROLE):
            return index.data(CASE_ID_ROLE)
    return None
