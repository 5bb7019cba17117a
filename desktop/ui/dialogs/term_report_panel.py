"""Skoleoversikt → "Rapport til ledelsen": choose the period, see the figures,
save them as a PDF (built on a worker thread, through the one save path with
its "PDF er ikke kryptert" warning) or as a CSV for Excel. No names: the rows
come from export/term_report_table.py, the same for the preview, PDF and CSV."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.term_report import Period, previous_term, school_year_of, term_of
from desktop.export.term_report_table import DEFINITIONS, parts, report_rows, write_csv
from desktop.ui.widgets.export_job import ExportJob, export_with_note
from desktop.ui.widgets.pdf_save import ask_csv_path, ask_pdf_path


def periods(today: date) -> list[tuple[str, Period]]:
    """This and the previous term, this and the previous school year."""
    term = term_of(today)
    year = school_year_of(today)
    last_year = school_year_of(year.start.replace(year=year.start.year - 1))
    t = lambda text: QCoreApplication.translate("term_report", text)  # noqa: E731
    return [(t("Denne terminen"), term), (t("Forrige termin"), previous_term(term)),
            (t("Dette skoleåret"), year), (t("Forrige skoleår"), last_year)]


def _file_stem(period: Period) -> str:
    plain = period.label.casefold().replace("ø", "o").replace("å", "a").replace("æ", "ae")
    return "fravaersrapport-" + "-".join(plain.replace("–", " ").split())


class TermReportPanel(QWidget):
    """Filled by set_scan() once the cases are read."""

    def __init__(self, parent: QWidget, today: date):
        super().__init__(parent)
        self.setObjectName("termReportPanel")
        self._today = today
        self._box_order: tuple[str, ...] = ()
        self._scan = None
        self.job: ExportJob | None = None
        self.period = QComboBox()
        self.period.setObjectName("reportPeriod")
        self.period.setAccessibleName(self.tr("Periode"))
        for name, period in periods(today):
            self.period.addItem(f"{name}: {period.label}", period)
        self.period.currentIndexChanged.connect(self.refresh)
        label = QLabel(self.tr("&Periode:"))
        label.setBuddy(self.period)
        self.preview = QTextBrowser()
        self.preview.setObjectName("reportPreview")
        self.preview.setAccessibleName(self.tr("Rapporten"))
        self.pdf_button = self._button(self.tr("Lagre som PDF …"), "reportPdf")
        self.csv_button = self._button(self.tr("Lagre som CSV …"), "reportCsv")
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.csv_button.clicked.connect(self._ask_csv)
        self.note = QLabel(self.tr("Rapporten har ingen navn. Små tall kan likevel peke ut en "
                                   "elev: del den med omtanke."))
        self.note.setObjectName("reportNote")
        self.note.setWordWrap(True)
        self.note.setProperty("role", "hint")
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.period)
        top.addStretch(1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.note)

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace(" …", ""))
        button.setAutoDefault(False)
        button.setEnabled(False)
        return button

    # --- the figures ----------------------------------------------------------------
    def set_scan(self, scan, box_order: tuple[str, ...] = ()) -> None:
        """`box_order`: the circle's box titles in the form's order."""
        self._scan = scan
        self._box_order = box_order
        self.pdf_button.setEnabled(True)
        self.csv_button.setEnabled(True)
        self.refresh()

    def report(self):
        return self._scan.report(self.period.currentData(), self._box_order)

    def rows(self):
        return report_rows(self.report(), self._today)

    def refresh(self) -> None:
        if self._scan is None:
            return
        html = [f"<p>{escape(DEFINITIONS)}</p>"]
        for part, rows in parts(self.rows()):
            html.append(f"<h3>{escape(part)}</h3>"
                        "<table width='100%' cellspacing='0' cellpadding='2'>")
            html += [f"<tr><td width='50%'>{escape(r.what)}</td><td width='22%'>"
                     f"<b>{escape(r.value)}</b></td><td width='28%'>{escape(r.note)}</td></tr>"
                     for r in rows]
            html.append("</table>")
        self.preview.setHtml("".join(html))

    # --- saving -------------------------------------------------------------------------
    def _ask_pdf(self) -> None:
        ask_pdf_path(self, self.tr("Lagre rapporten som PDF"),
                     _file_stem(self.period.currentData()) + ".pdf", "reportPdfDialog",
                     self.save_pdf_to, self.note.setText)

    def save_pdf_to(self, path: Path) -> ExportJob:
        report, today = self.report(), self._today

        def write(target: Path) -> None:
            # ReportLab is imported here, on the worker, not on the UI thread.
            from desktop.export.term_report_pdf import build_term_report

            build_term_report(target, report, today)

        self.job = export_with_note(
            self, write, path,
            self.note.setText, self.tr("Rapporten kunne ikke lages som PDF."),
            self.pdf_button)
        return self.job

    def _ask_csv(self) -> None:
        ask_csv_path(self, self.tr("Lagre rapporten som CSV"),
                     _file_stem(self.period.currentData()) + ".csv", "reportCsvDialog",
                     self.save_csv_to)

    def save_csv_to(self, path: Path) -> None:
        try:
            write_csv(path, self.rows())
        except OSError:
            self.note.setText(self.tr("CSV-filen kunne ikke lagres i %1. Velg en annen mappe "
                                      "og prøv igjen.").replace("%1", str(path.parent)))
            return
        self.note.setText(self.tr("CSV lagret i %1. Den har ingen navn, men små tall kan peke "
                                  "ut en elev.").replace("%1", str(path)))
