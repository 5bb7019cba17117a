"""The fields of the pupil, guardian and team forms, as data for FieldForm."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.people import Guardian, TeamMember
from desktop.ui.labels import grade_choices, team_role_choices, team_role_label
from desktop.ui.widgets.field_form import FieldSpec
from desktop.ui.widgets.people_editor import PeopleTexts


def _t(text: str) -> str:
    return QCoreApplication.translate("specs", text)


def pupil_specs() -> list[FieldSpec]:
    return [
        FieldSpec("name", _t("Navn"), "text", "pupilName"),
        FieldSpec("birth_date", _t("Fødselsdato"), "date", "pupilBirthDate",
                  placeholder=_t("dd.mm.åååå")),
        FieldSpec("grade", _t("Trinn"), "choice", "pupilGrade", choices=grade_choices),
        FieldSpec("school", _t("Skole"), "text", "pupilSchool"),
        FieldSpec("class_name", _t("Klasse"), "text", "pupilClass"),
        FieldSpec("contact_teacher", _t("Kontaktlærer"), "text", "pupilContactTeacher"),
        FieldSpec("language", _t("Skriftspråk i dokumenter"), "choice", "pupilLanguage",
                  choices=document_language_choices),
        FieldSpec("note", _t("Merknad"), "multiline", "pupilNote", lines=8),
    ]


def document_language_choices() -> list[tuple[str, str]]:
    """The case's documents (PDFs): as the program, or bokmål or nynorsk on purpose."""
    return [("", _t("Som programmet")), ("nb", _t("Bokmål")), ("nn", _t("Nynorsk"))]


def guardian_specs() -> list[FieldSpec]:
    return [
        FieldSpec("name", _t("Navn"), "text", "guardianName"),
        FieldSpec("relation", _t("Relasjon"), "text", "guardianRelation",
                  placeholder=_t("for eksempel mor, far, fosterforelder")),
        FieldSpec("phone", _t("Telefon"), "text", "guardianPhone"),
        FieldSpec("address", _t("Adresse"), "multiline", "guardianAddress", lines=3),
        FieldSpec("parental_responsibility", _t("Har foreldreansvar"), "bool",
                  "guardianParentalResponsibility"),
        FieldSpec("interpreter_needed", _t("Trenger tolk"), "bool", "guardianInterpreterNeeded"),
        FieldSpec("interpreter_language", _t("Språk for tolk"), "text",
                  "guardianInterpreterLanguage", enabled_by="interpreter_needed"),
    ]


def team_specs() -> list[FieldSpec]:
    return [
        FieldSpec("role", _t("Rolle"), "choice", "teamRole", choices=team_role_choices),
        FieldSpec("name", _t("Navn"), "text", "teamName"),
        FieldSpec("organisation", _t("Organisasjon"), "text", "teamOrganisation"),
        FieldSpec("phone", _t("Telefon"), "text", "teamPhone"),
    ]


def guardian_texts() -> PeopleTexts:
    return PeopleTexts(
        object_prefix="guardian",
        list_name=_t("Foresatte"),
        add=_t("Legg til foresatt"),
        add_accessible=_t("Legg til foresatt"),
        remove=_t("Fjern"),
        remove_accessible=_t("Fjern valgt foresatt"),
        empty=_t("Ingen foresatte er registrert ennå."),
    )


def team_texts() -> PeopleTexts:
    return PeopleTexts(
        object_prefix="team",
        list_name=_t("Laget rundt eleven"),
        add=_t("Legg til person"),
        add_accessible=_t("Legg til person i laget rundt eleven"),
        remove=_t("Fjern"),
        remove_accessible=_t("Fjern valgt person fra laget rundt eleven"),
        empty=_t("Ingen i laget rundt eleven er registrert ennå."),
    )


def guardian_label(guardian: Guardian) -> str:
    name = guardian.name.strip() or _t("(uten navn)")
    return f"{name} ({guardian.relation.strip()})" if guardian.relation.strip() else name


def team_label(member: TeamMember) -> str:
    name = member.name.strip() or _t("(uten navn)")
    return f"{team_role_label(member.role)} – {name}"
