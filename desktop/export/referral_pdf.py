"""The referral to PPT with its pedagogisk rapport, as a PDF and as the HTML
the preview and direct printing lay out (seed 002 Appendiks 6, point 5: the
school sends "pedagogisk rapport som gir en god beskrivelse av saken").

Same page as the other documents (document_base: pupil, school and date on
every page, "Unntatt offentlighet", "side x av y"). The parts print in the
draft's order, only those ticked and not empty; the user's text goes through
`paragraph`, so a very long part stays fast and any Unicode prints. With the
internal part ticked the document says INTERNT in its title and on every page.
No Qt."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from desktop.domain.language import QT_TRANSLATE_NOOP, translate
from desktop.domain.referral import INTERNAL_MARK, TITLE, ReferralDraft
from desktop.domain.wording import fill
from desktop.export.document_base import DocumentHeader, Styles, build, fmt, p

# Bokmål as written; translate("export", …) where printed.
CLOSING = QT_TRANSLATE_NOOP("export", "Personsensitive opplysninger sendes ikke på e-post. "
                            "Dokumentet er unntatt offentlighet.")
SIGNATURE = QT_TRANSLATE_NOOP("export", "Dato og underskrift (skolens ledelse)")
CONSENT_HEADING = QT_TRANSLATE_NOOP("export", "Samtykke")


def title_of(draft: ReferralDraft) -> str:
    title = translate("export", TITLE)
    return f"{translate('export', INTERNAL_MARK)} – {title.lower()}" if draft.internal else title


def sub_title(header: DocumentHeader) -> str:
    return fill(translate("export", "Til PP-tjenesten fra %1, %2."),
                header.school or translate("export", "skolen"), fmt(header.on))


def build_referral_pdf(target: str | Path | BinaryIO, draft: ReferralDraft,
                       header: DocumentHeader, consent: str = "") -> None:
    """`consent`: the consent on file for PPT, or why it is sent without one."""
    styles = Styles()
    title = title_of(draft)
    story: list = [p(title, styles.h1), p(sub_title(header), styles.small)]
    if draft.internal:
        story.append(p(translate("export", "Inneholder de voksnes interne refleksjon, tatt med "
                                 "etter valg."), styles.note))
    for part in draft.printed():
        story.append(p(part.title, styles.h2))
        story.append(p(part.text.strip(), styles.normal))
    if consent:
        story.append(p(translate("export", CONSENT_HEADING), styles.h2))
        story.append(p(consent, styles.normal))
    story.append(Spacer(1, 14 * mm))
    story.append(p("_" * 48, styles.normal))
    story.append(p(translate("export", SIGNATURE), styles.small))
    story.append(Spacer(1, 6 * mm))
    story.append(p(translate("export", CLOSING), styles.small))
    build(target, story, header, title)


def referral_html(draft: ReferralDraft, header: DocumentHeader, consent: str = "") -> str:
    """The same content for the preview and for printing without a file."""

    def t(text: str) -> str:
        return escape(text).replace("\n", "<br/>")

    parts = [f"{header.pupil_label}: {header.pupil}"]
    if header.school:
        parts.append(f"{header.school_label}: {header.school}")
    parts.append(f"{header.date_label}: {fmt(header.on)}")
    html = ["<html><body>",
            "<table width='100%'><tr><td>" + t("  ·  ".join(parts)) + "</td>"
            f"<td align='right' style='color:#b3261e; font-weight:bold'>{t(header.restricted)}"
            "</td></tr></table><hr/>",
            f"<h1>{t(title_of(draft))}</h1>",
            f"<p style='color:#555555'>{t(sub_title(header))}</p>"]
    for part in draft.printed():
        html.append(f"<h2 style='color:#1f3b5c'>{t(part.title)}</h2>")
        html.append(f"<p>{t(part.text.strip())}</p>")
    if consent:
        html.append(f"<h2 style='color:#1f3b5c'>{t(translate('export', CONSENT_HEADING))}</h2>"
                    f"<p>{t(consent)}</p>")
    html.append("<p><br/><br/>________________________________________________<br/>"
                f"<small>{t(translate('export', SIGNATURE))}</small></p>")
    html.append(f"<p style='color:#555555'><small>{t(translate('export', CLOSING))}</small></p>")
    html.append("</body></html>")
    return "".join(html)
