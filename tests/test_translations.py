"""The nynorsk catalogue (issue 18): every text the code marks for translation is
translated, with the same placeholders, tags and shortcut marks, in nynorsk
rather than bokmål with a few words changed; the compiled .qm is the .ts;
Qt's own nynorsk covers what our bokmål catalogue covers. No window."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from desktop.domain import language
from desktop.services import read_catalogue
from desktop.ui.i18n_check import check_catalogue, check_message

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "naervaer_nn.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent


def _tool(name: str) -> Path:
    """Qt's tools come with PySide6-Essentials: missing, the install is broken."""
    path = BIN / name
    if not path.exists():
        found = shutil.which(name)
        assert found is not None, f"{name} is missing: PySide6-Essentials ships it"
        path = Path(found)
    return path


def test_every_text_in_the_catalogue_is_translated_and_checked():
    count, problems = check_catalogue(TS)
    assert count > 1800
    assert problems == [], "\n".join(map(str, problems[:30]))


def test_the_catalogue_holds_every_text_the_code_marks(tmp_path):
    """lupdate over the code today finds nothing the catalogue lacks: a new tr()
    text fails here until it is translated."""
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))
    subprocess.run([str(_tool("pyside6-lupdate")), "-tr-function-alias", "tr+=_t",
                    "-locations", "none", "-no-obsolete", *sources, "-ts", str(fresh)],
                   cwd=ROOT, check=True, capture_output=True, timeout=120)
    count, problems = check_catalogue(fresh)
    untranslated = [p for p in problems if "not translated" in p.what]
    assert untranslated == [], "texts without nynorsk:\n" + "\n".join(map(str, untranslated[:30]))
    assert count == check_catalogue(TS)[0], "the catalogue holds texts the code no longer has"


def test_the_compiled_catalogue_is_the_source(tmp_path):
    compiled = tmp_path / "nn.qm"
    subprocess.run([str(_tool("pyside6-lrelease")), "-silent", str(TS), "-qm", str(compiled)],
                   check=True, capture_output=True, timeout=60)
    assert compiled.read_bytes() == QM.read_bytes(), "run ./naervaer.sh translations"


@pytest.mark.parametrize(("source", "forms", "numerus", "wanted"), [
    ("Lagre %1", ["Lagre"], False, "placeholders"),
    ("<b>Viktig</b>", ["Viktig"], False, "HTML tags"),
    ("&Fil", ["Fil"], False, "&"),
    ("Ikke lagret", ["Ikke lagra"], False, "bokmål"),
    ("Ikke lagret", [""], False, "not translated"),
    ("%n dager", ["%n dagar"], True, "plural forms"),
])
def test_the_check_catches_what_it_should(source, forms, numerus, wanted):
    problems = check_message("ctx", source, forms, numerus)
    assert any(wanted in p.what for p in problems), problems


def test_a_good_translation_passes_the_check():
    assert check_message("ctx", "Lagre %1 av %2 …", ["Lagre %1 av %2 …"], False) == []
    assert check_message("ctx", "%n dager", ["ein dag", "%n dagar"], True) == []


def test_texts_made_outside_qt_follow_the_language():
    language.set_catalogue_loader(lambda lang: TS.read_bytes() if lang == "nn" else None)
    try:
        language.set_ui_language("nb")
        assert language.translate("MainWindow", "Senere") == "Senere"
        with language.document_language("nn"):
            assert language.translate("MainWindow", "Senere") == "Seinare"
            # a context the catalogue does not know: found by its source alone
            assert language.translate("elsewhere", "Senere") == "Seinare"
            assert language.translate("x", "not in the catalogue") == "not in the catalogue"
        assert language.translate("MainWindow", "Senere") == "Senere"
    finally:
        language.set_ui_language("nb")
        language.set_catalogue_loader(read_catalogue)


def test_a_damaged_catalogue_falls_back_to_the_source():
    language.set_catalogue_loader(lambda lang: b"<TS><context><name>x")
    try:
        with language.document_language("nn"):
            assert language.translate("MainWindow", "Senere") == "Senere"
    finally:
        language.set_catalogue_loader(read_catalogue)


def test_qt_own_texts_in_nynorsk_cover_what_bokmal_covers():
    """Qt's standard buttons, text-field menu and file dialog: every Qt text we
    translate for bokmål has a nynorsk one in our qtbase_nn (the program's norm,
    e-infinitiv), and Qt's own qtbase_nn is there for the rest."""
    pytest.importorskip("PySide6")
    from PySide6.QtCore import QLibraryInfo, QTranslator

    qt = QTranslator()
    assert qt.load("qtbase_nn", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    ours = QTranslator()
    assert ours.load(str(TS.parent / "qtbase_nn.qm"))
    bokmal = ElementTree.parse(TS.parent / "qtbase_nb.ts").getroot()
    missing, norm = [], []
    for context in bokmal.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            text = ours.translate(name, source)
            if not text:
                missing.append(f"{name}: {source}")
            elif text.replace("&", "").split(" ")[0] in ("Lagra", "Opna", "Angra"):
                norm.append(f"{name}: {text}")
    assert missing == [] and norm == []
