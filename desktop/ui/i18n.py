"""Translators. The program's own texts are written in bokmål; Qt's own
strings (standard buttons, the text-field context menu) come from our
resources/translations/qtbase_nb.qm because Qt ships no bokmål catalogue.
A nynorsk catalogue for the program (naervaer_nn.qm) can be dropped in beside it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop.paths import resources_dir


def install_translators(app: QCoreApplication, language: str = "nb") -> list[QTranslator]:
    """Installs the catalogues that exist for `language`; the translators are
    parented to the app so they live as long as it does."""
    QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
    installed = []
    folder = resources_dir() / "translations"
    for name in (f"qtbase_{language}.qm", f"naervaer_{language}.qm"):
        translator = QTranslator(app)
        if translator.load(str(folder / name)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
