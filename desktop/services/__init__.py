"""The application layer the UI talks to; no Qt. `app_service.AppService` is the
door to the vault and the case list, `case_session.CaseSession` is one open
case (edits, saves, read-only), and each feature has its service here:
absence_register (Fravær, the follow-up ladder, the contact log),
conversation_service (kartlegging), circle_service (tiltakssirkel),
plan_service (opptrappingsplan), agreement_service (samarbeidsavtaler and
evaluations), meeting_service (møter og referat). Settings and the demo cases
live here too. Every write goes through CaseSession.edit."""

from desktop.domain import language as _language
from desktop.paths import resources_dir as _resources_dir


def read_catalogue(language: str) -> bytes | None:
    """The translation catalogue (.ts) for texts made outside Qt, e.g. a PDF's
    headings in nynorsk (desktop/domain/language.py), or None."""
    path = _resources_dir() / "translations" / f"naervaer_{language}.ts"
    try:
        return path.read_bytes() if path.is_file() else None
    except OSError:
        return None


# Wherever the services are used (the program, a script, a test), documents find
# the catalogue; the UI sets the same loader when it installs its translators.
_language.set_catalogue_loader(read_catalogue)
