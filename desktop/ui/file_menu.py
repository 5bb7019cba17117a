"""What the Fil menu opens besides the case: the laptop's school calendar
(Skolerute), blank forms for a meeting held on paper, the open case's anonymous
consultation (Anonym drøfting), its referral to PPT (Henvisning til PPT) and the
check of a document against the utleveringslogg; and the passphrase, the
settings and "Om Nærvær". The dialogs are imported when first used (the first window stays quick)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.i18n import chosen_language


def open_school_calendar(window):
    """Skolerute for every case on this laptop; a case open behind it is drawn again."""
    from desktop.forms.school_calendars import load_calendar_templates
    from desktop.ui.dialogs.school_calendar_dialog import SchoolCalendarDialog

    service = window.service
    templates, _problems = load_calendar_templates(service.paths.config_dir / "forms")
    dialog = SchoolCalendarDialog(window, service.school_calendar(), templates,
                                  service.set_school_calendar, service.calendar_problem)

    def saved(_calendar) -> None:
        if window.case_page is not None:
            window.case_page.refresh_sections()
        window.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "Skoleruta er lagret. Den gjelder alle saker."), 8000)

    dialog.saved.connect(saved)
    dialog.open()
    return dialog


def verify_document(window):
    """Kontroller et dokument … (issue 14): against the open case's
    utleveringslogg, or from the case list against every case."""
    from desktop.ui.dialogs.verify_document import VerifyDocumentDialog

    page = window.case_page
    if page is not None:
        dialog = VerifyDocumentDialog(window, page.disclosure_log,
                                      page.session.pupil().name.strip())
    else:
        dialog = VerifyDocumentDialog(window, None, "", window.service)
    dialog.open()
    return dialog


def save_blank_form(window, kind: str):
    from desktop.ui.dialogs.blank_form import save_blank_form as ask_and_save

    return ask_and_save(window, kind, window.service.paths.config_dir / "forms")


def open_anonymous_consultation(window):
    """Anonym drøfting … for the open case (the action is off without one)."""
    if window.case_page is None:
        return None
    from desktop.services.anonymous_consultation import AnonymousConsultation
    from desktop.ui.dialogs.anonymous_consultation import AnonymousConsultationDialog

    dialog = AnonymousConsultationDialog(window, AnonymousConsultation(window.case_page.session))
    dialog.open()
    return dialog


def forget_case(session) -> None:
    """The case is closed (or locked away): the words typed to remove go too."""
    from desktop.services.anonymous_consultation import forget_words

    forget_words(session)


def open_referral(window, consent_check=None):
    """Henvisning til PPT for the case shown. `consent_check`: the one place a
    consent check is wired in (desktop/services/referral_service.py)."""
    from desktop.ui.dialogs.referral_dialog import ReferralDialog

    page = window.case_page
    if page is None or not window.service.is_unlocked:
        return None
    dialog = ReferralDialog(window, page.session, consent_check)
    dialog.open()
    return dialog


def change_passphrase(window) -> None:
    from desktop.ui.dialogs.change_passphrase import ChangePassphraseDialog

    dialog = ChangePassphraseDialog(window, window.service.change_passphrase)
    dialog.changed.connect(
        lambda: window.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "Passordfrasen er byttet."), 8000))
    dialog.open()


def open_settings(window) -> None:
    """Innstillinger; contrast and text size take effect at once when changed."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui import appearance
    from desktop.ui.dialogs.settings_dialog import SettingsDialog

    settings = window.service.settings
    look = (settings.contrast, settings.text_size)
    language = chosen_language(settings.language)

    def save() -> None:
        window.service.save_settings()
        if (settings.contrast, settings.text_size) != look:
            appearance.apply(QApplication.instance(), settings.contrast, settings.text_size)
        if chosen_language(settings.language) != language:
            ask_restart_for_language(window)

    SettingsDialog(window, settings, save).open()


def ask_restart_for_language(window) -> None:
    """A new language shows after a restart: now (the case is saved first, and the
    unlock comes back to the same place) or the next time Nærvær starts."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.common import message_box

    translate = QCoreApplication.translate
    box = message_box(window, QMessageBox.Icon.Question, translate("MainWindow", "Bytte språk"),
                      translate("MainWindow", "Det nye språket blir brukt når Nærvær starter på "
                                "nytt. Alt blir lagret først, og etter at du har låst opp, kommer "
                                "du tilbake til samme sted."))
    now = box.addButton(translate("MainWindow", "Start på nytt nå"),
                        QMessageBox.ButtonRole.AcceptRole)
    now.setObjectName("restartNowButton")
    later = box.addButton(translate("MainWindow", "Senere"), QMessageBox.ButtonRole.RejectRole)
    later.setObjectName("restartLaterButton")
    box.setDefaultButton(now)
    box.setEscapeButton(later)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.finished.connect(lambda _: window.restart_in_place() if box.clickedButton() is now
                         else None)
    box.open()


def show_about(window) -> None:
    from desktop.ui.dialogs.about import AboutDialog

    AboutDialog(window).open()
