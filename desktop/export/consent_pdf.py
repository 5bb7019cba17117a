"""The consent form to print and sign (issue 14, samtykke), as a PDF and as the
HTML the preview and direct printing use: the pupil, the service, what may be
shared and why, how long it holds, that it is voluntary and how it is withdrawn,
and a signature line for each guardian with parental responsibility (and the
pupil from 15; the pupil alone from 18). Seed 004 (Ørland, koordineringsansvar):
"Hente inn aktuelle hjelpetjenester etter samtykke fra elev og foresatte."
The same page header, marking and "side x av y" as the other documents. The
fixed words are bokmål as written and translated as the form is made
(domain/language.py), so a form for a case in nynorsk prints in nynorsk. No Qt."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date
from html import escape
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from desktop.domain.consent import Consent, ConsentService, Giver, service_name
from desktop.domain.language import QT_TRANSLATE_NOOP, translate
from desktop.export.document_base import WIDTH, DocumentHeader, Styles, build, fmt, p


@dataclass(frozen=True)
class ConsentTexts:
    """The fixed words of the form (bokmål; `translated()` gives them in the
    current language — a word the catalogue does not hold prints as given)."""

    title: str = QT_TRANSLATE_NOOP("export", "Samtykke til å dele opplysninger")
    intro: str = QT_TRANSLATE_NOOP(
        "export",
        "Skolen ber om samtykke til å dele opplysninger om eleven med tjenesten "
        "nevnt nedenfor, slik at vi sammen kan gi eleven og familien god hjelp. "
        "Opplysningene deles bare med denne tjenesten, bare det som står under "
        "«Hva som kan deles», og bare til formålet som er nevnt.")
    pupil: str = QT_TRANSLATE_NOOP("export", "Eleven")
    birth: str = QT_TRANSLATE_NOOP("export", "Født")
    service: str = QT_TRANSLATE_NOOP("export", "Opplysningene kan deles med")
    shared: str = QT_TRANSLATE_NOOP("export", "Hva som kan deles")
    purpose: str = QT_TRANSLATE_NOOP("export", "Formål")
    period: str = QT_TRANSLATE_NOOP("export", "Hvor lenge samtykket gjelder")
    period_until: str = QT_TRANSLATE_NOOP("export", "Samtykket gjelder fra %1 til og med %2.")
    period_open: str = QT_TRANSLATE_NOOP(
        "export", "Samtykket gjelder fra %1 til det trekkes tilbake, eller til saken "
                  "er avsluttet.")
    voluntary: str = QT_TRANSLATE_NOOP("export", "Frivillig – og kan trekkes tilbake")
    voluntary_text: str = QT_TRANSLATE_NOOP(
        "export",
        "Det er frivillig å samtykke. Dere kan når som helst trekke samtykket tilbake, helt "
        "eller delvis, uten å begrunne det. Si fra til kontaktlæreren eller skolens ledelse, "
        "muntlig eller skriftlig; skolen skriver ned datoen, og fra da deles ingenting mer. "
        "Det som allerede er delt, kan ikke hentes tilbake. Å la være å samtykke får ingen "
        "følger for elevens rett til opplæring.")
    who: str = QT_TRANSLATE_NOOP("export", "Hvem som samtykker")
    who_text: str = QT_TRANSLATE_NOOP(
        "export", "Alle med foreldreansvar skriver under. Når eleven har fylt 15 år, "
                  "skriver eleven også under; fra 18 år samtykker eleven selv.")
    barnevern_text: str = QT_TRANSLATE_NOOP(
        "export",
        "En bekymringsmelding til barneverntjenesten trenger ikke samtykke: "
        "skolen har plikt til å melde fra når det er grunn til bekymring "
        "(opplysningsplikten til barneverntjenesten). Dette samtykket "
        "gjelder samarbeid om hjelp og tiltak.")
    signatures: str = QT_TRANSLATE_NOOP("export", "Underskrifter")
    signature: str = QT_TRANSLATE_NOOP("export", "Underskrift")
    place_date: str = QT_TRANSLATE_NOOP("export", "Sted og dato")
    pupil_line: str = QT_TRANSLATE_NOOP("export", "eleven")
    guardian_line: str = QT_TRANSLATE_NOOP("export", "foresatt")
    given: str = QT_TRANSLATE_NOOP("export", "Samtykket er registrert gitt %1.")
    withdrawn: str = QT_TRANSLATE_NOOP("export", "Samtykket ble trukket tilbake %1.")
    file_name: str = QT_TRANSLATE_NOOP("export", "samtykke.pdf")

    def translated(self) -> "ConsentTexts":
        """Every word in the current language (the document's, else the UI's)."""
        return replace(self, **{f.name: translate("export", getattr(self, f.name))
                                for f in fields(self)})


def _line_caption(giver: Giver, pupil_name: str, texts: ConsentTexts) -> str:
    if giver.is_pupil:
        return f"{pupil_name} ({texts.pupil_line})" if pupil_name else texts.pupil_line
    return f"{giver.name} ({texts.guardian_line})"


def _period(c: Consent, texts: ConsentTexts) -> str:
    start = fmt(c.given_on) or "________________"
    if c.valid_until:
        return texts.period_until.replace("%1", start).replace("%2", fmt(c.valid_until))
    return texts.period_open.replace("%1", start)


def _status_lines(c: Consent, texts: ConsentTexts) -> list[str]:
    lines = []
    if c.withdrawn_on:
        lines.append(texts.withdrawn.replace("%1", fmt(c.withdrawn_on)))
    return lines


def consent_story(c: Consent, pupil: str, birth: date | None, signers: list[Giver],
                  styles: Styles, texts: ConsentTexts = ConsentTexts()) -> list:
    texts = texts.translated()
    facts = [[p(texts.pupil, styles.h3), p(pupil or "–", styles.normal)],
             [p(texts.birth, styles.h3), p(fmt(birth) or "–", styles.normal)],
             [p(texts.service, styles.h3),
              p(service_name(c.service, c.service_other), styles.normal)]]
    table = Table(facts, colWidths=[WIDTH * 0.3, WIDTH * 0.7])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3,
                                colors.HexColor("#c8c8c0"))]))
    story = [p(texts.title, styles.h1), Spacer(1, 2 * mm), p(texts.intro, styles.normal),
             Spacer(1, 3 * mm), table]
    for line in _status_lines(c, texts):
        story.append(p(line, styles.note))
    story += [KeepTogether([p(texts.shared, styles.h2), p(c.shared.strip() or "–",
                                                          styles.normal)]),
              KeepTogether([p(texts.purpose, styles.h2), p(c.purpose.strip() or "–",
                                                           styles.normal)]),
              KeepTogether([p(texts.period, styles.h2), p(_period(c, texts), styles.normal)]),
              KeepTogether([p(texts.voluntary, styles.h2), p(texts.voluntary_text,
                                                             styles.normal)])]
    if c.service is ConsentService.CHILD_WELFARE:
        story.append(p(texts.barnevern_text, styles.note))
    story.append(KeepTogether([p(texts.who, styles.h2), p(texts.who_text, styles.small)]))
    rows = []
    for giver in signers:
        cells = [[Spacer(1, 14 * mm), "", Spacer(1, 14 * mm)],
                 [p(_line_caption(giver, pupil, texts), styles.normal), "",
                  p(texts.place_date, styles.small)]]
        row = Table(cells, colWidths=[WIDTH * 0.58, WIDTH * 0.04, WIDTH * 0.38])
        row.setStyle(TableStyle([("LINEBELOW", (0, 0), (0, 0), 0.8, colors.black),
                                 ("LINEBELOW", (2, 0), (2, 0), 0.8, colors.black),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 1)]))
        rows.append(row)
    lead = [p(texts.signatures, styles.h2)]
    if rows:
        story.append(KeepTogether(lead + rows[:1]))
        story += rows[1:]
    else:
        story += lead + [p("–", styles.normal)]
    return story


def build_consent_pdf(target: str | Path | BinaryIO, c: Consent, pupil: str,
                      birth: date | None, signers: list[Giver], header: DocumentHeader,
                      texts: ConsentTexts = ConsentTexts()) -> None:
    styles = Styles()
    build(target, consent_story(c, pupil, birth, signers, styles, texts), header,
          texts.translated().title)


def _html(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def consent_html(c: Consent, pupil: str, birth: date | None, signers: list[Giver],
                 header: DocumentHeader, texts: ConsentTexts = ConsentTexts()) -> str:
    """The same form for the preview and for printing without a file."""
    texts = texts.translated()
    out = ["<table width='100%'><tr><td>" + _html("  ·  ".join(header.top_parts())) + "</td>"
           f"<td align='right' style='color:#b3261e; font-weight:bold'>{_html(header.marking())}"
           "</td></tr></table><hr/>", f"<h1>{_html(texts.title)}</h1>", f"<p>{_html(texts.intro)}</p>",
           "<table cellpadding='3'>"
           f"<tr><td><b>{_html(texts.pupil)}</b></td><td>{_html(pupil or '–')}</td></tr>"
           f"<tr><td><b>{_html(texts.birth)}</b></td><td>{_html(fmt(birth) or '–')}</td></tr>"
           f"<tr><td><b>{_html(texts.service)}</b></td>"
           f"<td>{_html(service_name(c.service, c.service_other))}</td></tr></table>"]
    out += [f"<p style='background-color:#fff6d6'>{_html(line)}</p>"
            for line in _status_lines(c, texts)]

    def section(title: str, body: str) -> None:
        out.append(f"<h2 style='color:#1f3b5c'>{_html(title)}</h2><p>{_html(body)}</p>")

    section(texts.shared, c.shared.strip() or "–")
    section(texts.purpose, c.purpose.strip() or "–")
    section(texts.period, _period(c, texts))
    section(texts.voluntary, texts.voluntary_text)
    if c.service is ConsentService.CHILD_WELFARE:
        out.append(f"<p style='background-color:#fff6d6'>{_html(texts.barnevern_text)}</p>")
    section(texts.who, texts.who_text)
    out.append(f"<h2 style='color:#1f3b5c'>{_html(texts.signatures)}</h2>"
               "<table width='100%' cellspacing='12'>")
    for giver in signers:
        out.append("<tr><td width='60%' valign='bottom'>&nbsp;<br/>&nbsp;<hr/>"
                   f"{_html(_line_caption(giver, pupil, texts))}</td>"
                   f"<td width='40%' valign='bottom'>&nbsp;<br/>&nbsp;<hr/>"
                   f"<small>{_html(texts.place_date)}</small></td></tr>")
    out.append("</table>")
    return "\n".join(out)
