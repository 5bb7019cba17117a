"""Run by the BUNDLE's own Python, not by pytest: tests/check_bundle.py starts the built
program as `NAERVAER_BUNDLE_CHECK=tests/bundle_smoke.py naervaer OUT_DIR` (the launcher
that build.spec writes runs this file instead of the program), so everything imported
here comes from the bundle. It proves what the bundle's trimming (build.spec,
buildtools/icu_subset.py) must not break, with the program's own code:
  pdf_nb, pdf_nn   a blank agreement written with ReportLab and the bundled DejaVu fonts,
                   in bokmål and in nynorsk (the nynorsk words come from
                   resources/translations/naervaer_nn.ts, read at run time);
  collation        QCollator as the case list makes it (bokmål): Æ, Ø, Å after Z; the
                   same for nynorsk (ICU's collation data);
  case_mapping     QLocale.toUpper of æøå (ICU);
  time_zone        Europe/Oslo's name in bokmål (ICU's time-zone data);
  converters       QStringDecoder opens windows-1252 and ISO-8859-15 (ICU's tables;
                   PySide6 has no decode() to call; Linux only);
  file_dialog      the program's own save dialog for a PDF (ask_pdf_path), in nynorsk,
                   showing a folder of Norwegian file names in Norwegian order, its
                   labels in nynorsk from both .qm catalogues; a picture of it is saved
                   as file-dialog.png.
Writes OUT_DIR/smoke.json: {name: [ok, detail]}; check_bundle.py reads the PDFs' text.
"""

from __future__ import annotations

import json
import sys
import traceback
from pathlib import Path

OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
# Norwegian order: Æ, Ø, Å after Z, and "Aa" is read as "Å" (ICU's root order, used when
# the nb/nn tailoring is missing, would give Aasen, Anne, Ærlig, Åse, Ola, Øyvind, Zara)
# Qt sorts and converts with ICU (the bundle's trimmed copy) on Linux only; Windows and
# macOS use their own collation, so "Aa" = "Å" is asked of Linux alone.
ICU = sys.platform.startswith("linux")
NAMES = ["Åse", "Zara", "Øyvind", "Anne", "Ærlig", "Ola"] + (["Aasen"] if ICU else [])
NORWEGIAN_ORDER = ["Anne", "Ola", "Zara", "Ærlig", "Øyvind", "Åse"] + (["Aasen"] if ICU else [])
results: dict[str, list] = {}


def check(name):
    def run(function):
        try:
            ok, detail = function()
        except Exception as exc:  # noqa: BLE001 - reported, not raised
            ok, detail = False, f"{type(exc).__name__}: {exc} " + traceback.format_exc(-2)
        results[name] = [bool(ok), str(detail)]
        return function
    return run


from PySide6.QtCore import (  # noqa: E402
    QCollator, QDir, QLocale, QStringDecoder, QThread, QTimeZone)
from PySide6.QtWidgets import (  # noqa: E402
    QApplication, QLabel, QPushButton, QTreeView, QWidget)

from desktop.ui import i18n  # noqa: E402

app = QApplication([sys.argv[0]])
i18n.install_translators(app, "nb")  # as the program does: the catalogue loader, nb_NO


@check("pdf_nb")
def _pdf_nb():
    from desktop.services.blank_forms import write_blank_form
    target = OUT / "blank-agreement-nb.pdf"
    write_blank_form("agreement", target)
    data = target.read_bytes()
    return (data.startswith(b"%PDF") and b"/FontFile2" in data and b"DejaVuSans" in data,
            f"{len(data)} bytes")


@check("pdf_nn")
def _pdf_nn():
    from desktop.domain.language import document_language
    from desktop.services.blank_forms import write_blank_form
    target = OUT / "blank-agreement-nn.pdf"
    with document_language("nn"):
        write_blank_form("agreement", target)
    data = target.read_bytes()
    return (data.startswith(b"%PDF") and b"/FontFile2" in data and b"DejaVuSans" in data,
            f"{len(data)} bytes")


@check("collation")
def _collation():
    got = {}
    for language in (QLocale.Language.NorwegianBokmal, QLocale.Language.NorwegianNynorsk):
        collator = QCollator(QLocale(language, QLocale.Country.Norway))
        got[QLocale.languageToCode(language)] = sorted(NAMES, key=collator.sortKey)
    return all(order == NORWEGIAN_ORDER for order in got.values()), json.dumps(
        got, ensure_ascii=False)


@check("case_mapping")
def _case_mapping():
    upper = QLocale(QLocale.Language.NorwegianBokmal).toUpper("ærlig øy på åsen")
    return upper == "ÆRLIG ØY PÅ ÅSEN", upper


@check("time_zone")
def _time_zone():
    name = QTimeZone(b"Europe/Oslo").displayName(
        QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName,
        QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
    return bool(name), name


@check("converters")
def _converters():
    if not ICU:
        return True, "not checked: Qt converts with ICU on Linux only"
    names = {name: QStringDecoder(name) for name in ("windows-1252", "ISO-8859-15")}
    return (all(decoder.isValid() for decoder in names.values()),
            ", ".join(f"{name}: {decoder.isValid() and decoder.name()}"
                      for name, decoder in names.items()))


@check("file_dialog")
def _file_dialog():
    from desktop.ui.widgets.pdf_save import ask_pdf_path
    folder = OUT / "mappe"
    folder.mkdir(exist_ok=True)
    for name in NAMES:
        (folder / f"{name}.pdf").write_bytes(b"%PDF-1.4\n")
    i18n.install_translators(app, "nn")
    host = QWidget()
    host.resize(900, 600)
    host.show()
    QDir.setCurrent(str(folder))
    dialog = ask_pdf_path(host, "Lagre PDF", str(folder / "ny.pdf"), "bundle_smoke_save",
                          lambda path: None)
    dialog.setDirectory(str(folder))
    view = dialog.findChild(QTreeView)
    expected = [f"{name}.pdf" for name in NORWEGIAN_ORDER]
    shown: list[str] = []
    for _ in range(400):  # up to ~4 s for the file system model's thread and its sorting
        app.processEvents()
        model, root = view.model(), view.rootIndex()
        shown = [model.index(row, 0, root).data() for row in range(model.rowCount(root))]
        if shown == expected:
            break
        QThread.msleep(10)
    app.processEvents()
    dialog.grab().save(str(OUT / "file-dialog.png"))
    buttons = [b.text() for b in dialog.findChildren(QPushButton) if b.isVisible()]
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    visible = dialog.isVisible()
    dialog.reject()
    # nynorsk from both catalogues: Qt's "File &name:" from resources/translations/
    # qtbase_nn.qm (bokmål "Fil&navn:") and the program's own label from naervaer_nn.qm
    nynorsk = "Fil&namn:" in labels and "Ein PDF er ikkje kryptert:" in labels
    return (visible and shown == expected and nynorsk,
            f"visible={visible}, listed {shown}, labels {labels}, buttons {buttons}")


# the checks run in the order they are defined (the decorators call them)
(OUT / "smoke.json").write_text(json.dumps(results, ensure_ascii=False, indent=1),
                                encoding="utf-8")
app.quit()
