"""What the screenshot scripts (tests/make_*_screenshots.py) share: the
program's own look, a throw-away data folder with one made-up case, the main
window open on it, and tidying up afterwards. Offscreen unless told otherwise."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "resources" / "screenshots"


@contextmanager
def case_window(name: str, fill: Callable, size: tuple[int, int]) -> Iterator[tuple]:
    """(app, window, folder): the window shows the case `name` after `fill(session)`
    wrote its content; `folder` is a temporary folder for files such as PDFs."""
    from PySide6.QtWidgets import QApplication

    from desktop.paths import Paths
    from desktop.services.app_service import AppService
    from desktop.ui.main_window import MainWindow
    from desktop.ui.startup import prepare_app
    app = QApplication.instance() or QApplication(sys.argv)
    prepare_app(app)  # the program's own look: stylesheet, palette, bokmål
    with tempfile.TemporaryDirectory() as folder:
        service = AppService(Paths.resolve(Path(folder) / "data"))
        service.check_data_dir()
        service.create_vault("skjerm skjerm skjerm")
        session = service.create_case(name)
        fill(session)
        service.close_case(session)
        window = MainWindow(service)
        window.resize(*size)
        window.show()
        window.open_case(session.case_id)
        try:
            yield app, window, Path(folder)
        finally:
            window._quit_confirmed = True
            window.close()
            service.lock()
