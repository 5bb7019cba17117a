"""Issue 16: every PDF is built on a worker thread with a progress dialog and
Avbryt; a cancelled or failed PDF leaves no file behind."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from desktop.ui.widgets.export_job import export_with_note
from tests.ui.helpers import click, find


def _host(qtbot) -> tuple[QWidget, QLabel, QPushButton]:
    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    return host, QLabel(host), QPushButton(host)


def test_a_slow_pdf_shows_progress_and_can_be_cancelled(qtbot, tmp_path):
    host, note, button = _host(qtbot)
    release = threading.Event()

    def write(target):
        release.wait(10)
        target.write_bytes(b"%PDF-1.4 ...")

    target = tmp_path / "referat.pdf"
    job = export_with_note(host, write, target, note.setText, "ikke laget", button)
    assert note.text() == "Lager PDF …" and not button.isEnabled()
    qtbot.waitUntil(lambda: job.progress.isVisible(), timeout=5_000)  # after a moment
    assert job.progress.objectName() == "exportProgress"
    click(qtbot, find(job.progress, QPushButton, ""))  # Avbryt
    assert note.text() == "Avbrutt. Ingen PDF er lagret." and button.isEnabled()
    release.set()
    job.wait()
    assert list(tmp_path.iterdir()) == []  # neither the PDF nor its part file


def test_a_finished_pdf_replaces_the_target_whole(qtbot, tmp_path):
    host, note, button = _host(qtbot)
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")
    job = export_with_note(host, lambda t: t.write_bytes(b"%PDF new"), target, note.setText,
                           "ikke laget", button)
    qtbot.waitUntil(lambda: job.done, timeout=5_000)
    assert target.read_bytes() == b"%PDF new"
    assert note.text() == (f"PDF lagret i {target}. En PDF er ikke kryptert: oppbevar den som "
                           "papir med taushetsbelagte opplysninger.")  # as every PDF says
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]


def test_a_failing_pdf_keeps_the_old_file_and_says_why(qtbot, tmp_path):
    host, note, button = _host(qtbot)
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")

    def broken(part):
        part.write_bytes(b"half")
        raise ValueError("layout")

    job = export_with_note(host, broken, target, note.setText, "ikke laget", button)
    qtbot.waitUntil(lambda: job.done, timeout=5_000)
    assert note.text() == "ikke laget" and target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]
