"""Blank forms to print for a meeting held on paper (no case data in them):
which ones there are, their file names, and writing one. No Qt."""

from __future__ import annotations

from pathlib import Path

from desktop.export.blank_forms import (
    blank_agreement_pdf,
    blank_conversation_pdf,
    blank_evaluation_pdf,
)
from desktop.forms.agreement_templates import load_templates
from desktop.forms.conversation_forms import load_conversation_forms
from desktop.paths import forms_dir

KINDS = ("agreement", "evaluation", "conversation")
FILE_NAMES = {"agreement": "tom-samarbeidsavtale.pdf", "evaluation": "tom-evaluering.pdf",
              "conversation": "tomt-kartleggingsskjema.pdf"}


def write_blank_form(kind: str, path: Path, local_forms: Path | None = None) -> None:
    """Writes the blank form of `kind` (one of KINDS) to `path`, with the
    headings of the forms in use (a local override included)."""
    if kind == "conversation":
        guides, _boxes, _forms = load_conversation_forms(forms_dir(), local_forms)
        guide = next(g for g in guides if not g.checklist)
        blank_conversation_pdf(path, guide)
        return
    templates, _problems = load_templates(local_forms)
    if kind == "agreement":
        blank_agreement_pdf(path, templates.agreement)
    elif kind == "evaluation":
        blank_evaluation_pdf(path, templates.evaluation)
    else:
        raise ValueError(kind)
