"""Screenshots of Nærvær in nynorsk for the README, on the demo cases.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/make_nynorsk_screenshots.py

Writes resources/screenshots/nynorsk_oversikt.png, nynorsk_fravaer.png and
nynorsk_avtalar.png (the window at 1366×700 with the program in nynorsk) and
nynorsk_avtale_pdf.png (page 1 of a samarbeidsavtale for a case whose documents
are in nynorsk, through pdftoppm)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

from screenshot_window import OUT  # tests/: offscreen, the repo on the path

from desktop.domain import language  # noqa: E402
from desktop.paths import Paths  # noqa: E402
from desktop.services.agreement_service import AgreementService  # noqa: E402
from desktop.services.app_service import AppService  # noqa: E402
from desktop.services.demo import create_demo  # noqa: E402
from desktop.ui.startup import SCREENSHOT_SIZE  # noqa: E402
from tests.agreements.examples import tonje  # noqa: E402


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from desktop.export.agreement_pdf import build_agreement_pdf
    from desktop.forms.agreement_templates import load_templates
    from desktop.forms.language import set_form_language
    from desktop.ui.i18n import install_translators
    from desktop.ui.main_window import MainWindow
    from desktop.ui.startup import prepare_app
    from desktop.ui.widgets.document_output import document_header

    app = QApplication.instance() or QApplication(sys.argv)
    prepare_app(app)
    install_translators(app, "nn")
    set_form_language("nn")
    with tempfile.TemporaryDirectory() as folder:
        service = AppService(Paths.resolve(Path(folder) / "data"))
        service.check_data_dir()
        case_ids = create_demo(service)
        session = service.open_case(case_ids[0])
        agreements = AgreementService(session)
        draft = agreements.new_draft()
        agreements.write(replace(tonje(held_on=date(2026, 11, 23)), id=draft.id))
        session.set_pupil_field("language", "nn")
        agreement = agreements.agreement(draft.id)
        with language.document_language("nn"):
            pdf = Path(folder) / "avtale.pdf"
            build_agreement_pdf(pdf, agreement, load_templates()[0].agreement,
                                document_header(session, agreement.held_on))
        service.close_case(session)
        window = MainWindow(service)
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        window.open_case(case_ids[0])
        for key, name in (("overview", "oversikt"), ("absence", "fravaer"),
                          ("agreements", "avtalar")):
            window.case_page.show_section(key)
            for _ in range(5):
                app.processEvents()
            window.grab().save(str(OUT / f"nynorsk_{name}.png"))
            print("wrote", OUT / f"nynorsk_{name}.png")
        if shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile",
                            str(pdf), str(OUT / "nynorsk_avtale_pdf")], check=True)
            print("wrote", OUT / "nynorsk_avtale_pdf.png")
        window._quit_confirmed = True
        window.close()
        service.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main())
