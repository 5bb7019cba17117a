"""Translators: bokmål ("nb", the language the code is written in) or nynorsk ("nn").

Our own texts: resources/translations/naervaer_nn.ts, made by
`./naervaer.sh translations` (pyside6-lupdate) and compiled to naervaer_nn.qm
(pyside6-lrelease). Qt's own texts (standard buttons, the text-field menu, the
file dialog): Qt ships qtbase_nn.qm, in another nynorsk norm (a-infinitiv) and
without a few buttons, and no bokmål; resources/translations/qtbase_nn.qm and
qtbase_nb.qm hold the ones the program shows, loaded over Qt's.

Qt looks a text up by the class that calls `self.tr` at run time, while lupdate
files it under the class where the call is written (PySide6 does not walk the
base classes), and it files the module helpers `_t` under no class. So behind the
compiled catalogue sits `_SourceFallback`, which finds a text by its source alone:
a text translated once is translated wherever it shows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.domain import language as doc_language
from desktop.paths import resources_dir
from desktop.services import read_catalogue

LANGUAGES = doc_language.LANGUAGES
_NAME = "naervaerTranslator"  # ours, so that a new language replaces exactly these
_LOCALES = {"nb": QLocale.Language.NorwegianBokmal, "nn": QLocale.Language.NorwegianNynorsk}


def system_language() -> str:
    """nynorsk when the system says so, bokmål otherwise."""
    return "nn" if QLocale.system().language() == QLocale.Language.NorwegianNynorsk else "nb"


def chosen_language(setting: str) -> str:
    """The settings value ("" = follow the system) as a language code."""
    return setting if setting in LANGUAGES else system_language()


class _SourceFallback(QTranslator):
    """Asked only when the compiled catalogue has no entry for (context, text)."""

    def __init__(self, language: str, parent=None):
        super().__init__(parent)
        self.language = language

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D401
        if not source_text:
            return ""
        catalogue = doc_language.catalogue(self.language)
        forms = catalogue.by_source.get(source_text) if catalogue is not None else None
        return doc_language.pick(forms, n) if forms else ""


def install_translators(app: QCoreApplication, language: str = "nb") -> list[QTranslator]:
    """Installs the catalogues for `language` (and remembers the language for texts
    made outside Qt); the translators are parented to the app so they live as long
    as it does. Installing again (a language change in tests) replaces the ones
    installed here before."""
    language = language if language in LANGUAGES else "nb"
    for old in app.findChildren(QTranslator, _NAME):
        app.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()
    doc_language.set_catalogue_loader(read_catalogue)
    doc_language.set_ui_language(language)
    QLocale.setDefault(QLocale(_LOCALES[language], QLocale.Country.Norway))
    installed: list[QTranslator] = []
    folder = resources_dir() / "translations"
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "nb":
        fallback = _SourceFallback(language, app)
        fallback.setObjectName(_NAME)
        app.installTranslator(fallback)  # installed first: asked last
        installed.append(fallback)
    # Qt's own catalogue first, then ours over it: for nynorsk ours holds the texts we
    # show in the program's norm ("Lagre", not Qt's "Lagra"); for bokmål it is all there is.
    candidates = [(f"qtbase_{language}", qt_folder), (f"qtbase_{language}", str(folder)),
                  (f"naervaer_{language}", str(folder))]
    for name, directory in candidates:
        translator = QTranslator(app)
        translator.setObjectName(_NAME)
        if translator.load(name, directory):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed
