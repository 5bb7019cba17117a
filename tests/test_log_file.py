"""The log file rolls over as logging.handlers.RotatingFileHandler does (it is
not imported at start: desktop/log_file.py says why)."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from desktop.log_file import RotatingLogFile


def _write(handler: logging.Handler, lines: int) -> None:
    log = logging.getLogger(f"test-log-file-{id(handler)}")
    log.propagate = False
    log.setLevel(logging.INFO)
    log.addHandler(handler)
    try:
        for i in range(lines):
            log.info("line %03d: unlocked, case a1b2c3 saved", i)
    finally:
        log.removeHandler(handler)
        handler.close()


def test_the_log_rolls_over_like_the_standard_library(tmp_path):
    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    ours.mkdir(), theirs.mkdir()
    _write(RotatingLogFile(ours / "naervaer.log", 400, 3), 60)
    _write(RotatingFileHandler(theirs / "naervaer.log", maxBytes=400, backupCount=3,
                               encoding="utf-8"), 60)
    names = sorted(p.name for p in theirs.iterdir())
    assert names == ["naervaer.log", "naervaer.log.1", "naervaer.log.2", "naervaer.log.3"]
    assert sorted(p.name for p in ours.iterdir()) == names
    for name in names:
        assert (ours / name).read_text() == (theirs / name).read_text()


def test_a_log_file_appends_across_starts(tmp_path):
    _write(RotatingLogFile(tmp_path / "naervaer.log", 1_000_000, 3), 2)
    _write(RotatingLogFile(tmp_path / "naervaer.log", 1_000_000, 3), 3)
    assert len((tmp_path / "naervaer.log").read_text().splitlines()) == 5
