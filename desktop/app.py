"""Wiring: command line, paths, logging, the application service and the window.

    naervaer [--data-dir MAPPE] [--config-dir MAPPE] [--demo] [--screenshot FIL]

The command line speaks Norwegian (help, usage and errors); the log files are
English and hold no personal data.
"""

from __future__ import annotations

import argparse
import atexit
import gc
import logging
import os
import re
import sys
import traceback
from pathlib import Path

from desktop import __version__

log = logging.getLogger("desktop")


SCREENSHOT_FORMATS = (".png", ".jpg", ".jpeg")
ENVIRONMENT_HELP = """miljøvariabler:
  NAERVAER_DATA_DIR     som --data-dir
  NAERVAER_CONFIG_DIR   som --config-dir
  (et valg på kommandolinjen går foran miljøvariabelen)

Loggfilene er på engelsk og inneholder ingen personopplysninger; alt annet
programmet sier, er på norsk."""

# argparse's own words are English; what it can say to a user, in Norwegian
# (patterns compiled when first needed: an error is rare, every start is not).
_ARGPARSE_WORDS = (
    (r"^unrecognized arguments: (.*)$", "ukjente valg: {0}"),
    (r"^argument (\S+): invalid choice: (.*?) \(choose from (.*)\)$",
     "{0}: ugyldig verdi {1} (velg blant {2})"),
    (r"^argument (\S+): expected one argument$", "{0} trenger en verdi"),
    (r"^the following arguments are required: (.*)$", "mangler: {0}"),
    (r"^ambiguous option: (\S+) could match (.*)$",
     "{0} er tvetydig (kan bety {1})"),
)


class _NorwegianHelp(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, prefix="Bruk: ")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # noqa: D401 - argparse's name
        for pattern, words in _ARGPARSE_WORDS:
            found = re.match(pattern, message)
            if found:
                message = words.format(*found.groups())
                break
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: feil: {message}\n")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = _Parser(
        prog="naervaer", add_help=False, formatter_class=_NorwegianHelp,
        description="Nærvær: støtte til møtene rundt en elev med bekymringsfullt skolefravær.",
        epilog=ENVIRONMENT_HELP)
    parser._optionals.title = "valg"
    parser.add_argument("-h", "--help", action="help", help="vis denne hjelpen og avslutt")
    parser.add_argument("--version", action="store_true", help="vis versjonen og avslutt")
    parser.add_argument("--data-dir", metavar="MAPPE",
                        help="mappen for nøkkelfilen og sakene (standard: brukerens datamappe); "
                             "innstillinger og logger havner da også der, om ikke "
                             "--config-dir er gitt")
    parser.add_argument("--config-dir", metavar="MAPPE",
                        help="mappen for innstillingene og lokale skjemaer")
    parser.add_argument("--demo", action="store_true",
                        help="prøv programmet på oppdiktede saker i en midlertidig mappe "
                             "som slettes når programmet avsluttes")
    parser.add_argument("--screenshot", metavar="FIL",
                        help="start, lagre et bilde av hovedvinduet (.png eller .jpg) og "
                             "avslutt; virker også uten skjerm")
    parser.add_argument("--screenshot-view", choices=("list", "case", "unlock"),
                        default="list", metavar="VISNING",
                        help="hva bildet viser med --screenshot: list (sakslisten, "
                             "standard), case (en sak) eller unlock (låst)")
    # Set by a lock that replaced the process (services/lock_restart.py); not for people.
    parser.add_argument("--resume-after-lock", metavar="TEKST", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.screenshot and Path(args.screenshot).suffix.lower() not in SCREENSHOT_FORMATS:
        parser.error(f"--screenshot: {args.screenshot} er verken .png eller .jpg")
    return args


def main(argv: list[str] | None = None) -> int:
    # Python's cycle collector rests while the program starts: the imports and the
    # first window make objects that live as long as the program, and passes over
    # them are only lost time (~15 ms of a start). ui/startup.py lets it work again
    # at the first idle moment, with what the start made frozen out of its sight.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _main(argv)
    finally:
        if collecting and not gc.isenabled():
            gc.enable()


def _main(argv: list[str] | None) -> int:
    program_args = sys.argv[1:] if argv is None else list(argv)
    args = parse_args(program_args)
    if args.version:
        print(f"naervaer {__version__}")
        return 0
    if args.screenshot and _no_display() and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    handoff = None
    if args.resume_after_lock is not None:
        from desktop.services.lock_restart import LockHandoff

        handoff = LockHandoff.from_text(args.resume_after_lock)
        if handoff is None:
            log.warning("hand-over after lock unreadable: starting afresh")
    demo_dir, demo_reused = None, False
    if args.demo:
        import tempfile

        from desktop.services.lock_restart import DEMO_PREFIX, reusable_demo_dir

        demo_dir = reusable_demo_dir(handoff.demo_dir) if handoff is not None else None
        demo_reused = demo_dir is not None
        demo_dir = demo_dir or tempfile.mkdtemp(prefix=DEMO_PREFIX)
    cleanup = _DemoCleanup(demo_dir)
    try:
        return _run(args, demo_dir, cleanup, program_args, handoff, demo_reused)
    finally:
        cleanup()  # not reached when a lock replaces the process: the folder lives on


def _run(args: argparse.Namespace, demo_dir: str | None, cleanup: "_DemoCleanup",
         program_args: list[str], handoff, demo_reused: bool) -> int:
    # The service and Qt are imported here so that --version stays instant.
    from desktop.paths import ENV_CONFIG_DIR, Paths
    from desktop.services.app_service import AppService
    from desktop.services.lock_restart import adopt_handoff
    from desktop.ui import startup

    paths = Paths.resolve(demo_dir or args.data_dir, args.config_dir)
    # Later look-ups (e.g. local form overrides) then agree with the flags.
    os.environ[ENV_CONFIG_DIR] = str(paths.config_dir)
    handler = _setup_logging(paths.log_dir)
    cleanup.handler = handler
    log.info("starting naervaer %s%s%s", __version__, " (demo)" if demo_dir else "",
             " after a lock" if handoff is not None else "")

    app = startup.application(on_quit=cleanup)
    service = AppService(paths, demo=bool(demo_dir))
    demo_passphrase = ""
    if demo_dir:
        from desktop.services.demo import DEMO_PASSPHRASE, create_demo
        if not demo_reused:
            service.check_data_dir()
            create_demo(service)
        demo_passphrase = DEMO_PASSPHRASE
    if handoff is not None:
        adopt_handoff(service, handoff)
    return startup.run(app, service, demo_passphrase,
                       Path(args.screenshot) if args.screenshot else None, args.screenshot_view,
                       program_args=program_args, demo_dir=demo_dir, handoff=handoff)


def _no_display() -> bool:
    return (sys.platform.startswith("linux")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def _setup_logging(log_dir: Path) -> logging.Handler | None:
    """Logs hold no personal data: only random case ids, states and error types."""
    for old in [h for h in log.handlers if getattr(h, "_naervaer", False)]:
        log.removeHandler(old)
        old.close()
    log.setLevel(logging.INFO)
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        from desktop.log_file import RotatingLogFile

        handler: logging.Handler = RotatingLogFile(log_dir / "naervaer.log", 1_000_000, 3)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._naervaer = True  # type: ignore[attr-defined]
    log.addHandler(handler)
    sys.excepthook = _log_unhandled
    return handler


def _log_unhandled(kind, value, tb) -> None:
    # The message of an exception may quote what the user typed; log only the
    # type and where it happened.
    if log.handlers:
        log.error("unhandled %s\n%s", kind.__name__, "".join(traceback.format_tb(tb)))
    sys.__excepthook__(kind, value, tb)


class _DemoCleanup:
    """Deletes the demo folder once: on aboutToQuit, at exit of main(), or atexit."""

    def __init__(self, folder: str | None):
        self.folder = folder
        self.handler: logging.Handler | None = None
        if folder:
            atexit.register(self)

    def __call__(self) -> None:
        if self.handler is not None and self.folder:
            log.removeHandler(self.handler)
            self.handler.close()  # Windows cannot delete an open log file
            self.handler = None
        if self.folder:
            import shutil

            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None

