"""CSV import: both encodings, both separators, headers, bad lines with their
line numbers, duplicates against the register and within the file."""

from __future__ import annotations

from datetime import date

from desktop.domain.absence import AbsenceRecord, Reason
from desktop.domain.absence_csv import preview
from desktop.domain.school_week import SchoolWeek

WEEK = SchoolWeek()

GOOD = """dato;type;timer;dokumentert;årsak
02.03.2026;dag;;ja;sykdom
2026-03-03;timer;2 3;nei;
04.03.2026;forsent;15;nei;bussen var sen – ŋ
05.03.2026;forlot;5-6;N;
"""


def test_semicolon_utf8_with_header():
    result = preview(GOOD.encode("utf-8"), WEEK, [])
    assert (result.encoding, result.separator, result.errors) == ("UTF-8", ";", 0)
    records = result.records()
    assert [r.day for r in records] == [date(2026, 3, d) for d in (2, 3, 4, 5)]
    assert records[0].whole_day and records[0].documented and records[0].reason is Reason.ILLNESS
    assert records[1].lessons == (2, 3) and not records[1].documented
    assert records[2].late_minutes == 15 and records[2].reason is Reason.OTHER
    assert records[2].reason_text == "bussen var sen – ŋ"
    assert records[3].left_school and records[3].lessons == (5, 6)


def test_comma_windows_1252_without_header_and_quoted_lessons():
    text = '02.03.2026,dag,,ja,permisjon\n03.03.2026,timer,"1,2",nei,Tannlege på Ørland\n'
    result = preview(text.encode("cp1252"), WEEK, [])
    assert (result.encoding, result.separator, result.errors) == ("Windows-1252", ",", 0)
    assert result.records()[1].lessons == (1, 2)
    assert result.records()[1].reason_text == "Tannlege på Ørland"
    assert result.records()[0].reason is Reason.LEAVE


def test_utf8_bom_is_not_part_of_the_header():
    result = preview(("\ufeff" + GOOD).encode("utf-8"), WEEK, [])
    assert len(result.records()) == 4


def test_bad_lines_are_reported_with_their_line_numbers():
    text = ("dato;type;timer;dokumentert;årsak\n"
            "31.02.2026;dag;;ja;\n"       # 2: no such date
            "02.03.2026;ferie;;ja;\n"     # 3: unknown type
            "03.03.2026;timer;;nei;\n"    # 4: lessons missing
            "04.03.2026;timer;9;nei;\n"   # 5: no lesson 9
            "05.03.2026;forsent;x;nei;\n"  # 6: minutes
            "06.03.2026;dag;;kanskje;\n"  # 7: documented?
            "07.03.2026;dag;;ja;\n"       # 8: a Saturday
            "\n"
            "09.03.2026;dag;;ja;sykdom\n")  # 10: good
    result = preview(text.encode("utf-8"), WEEK, [])
    problems = [(line.line, line.error) for line in result.lines if line.error]
    assert problems == [(2, "date"), (3, "type"), (4, "lessons"), (5, "lesson_range"),
                        (6, "minutes"), (7, "documented"), (8, "not_school_day")]
    assert [r.day for r in result.records()] == [date(2026, 3, 9)]


def test_duplicates_against_the_register_and_within_the_file():
    existing = [AbsenceRecord(1, date(2026, 3, 2))]
    text = "02.03.2026;dag;;ja;\n03.03.2026;dag;;nei;\n03.03.2026;dag;;nei;\n"
    result = preview(text.encode("utf-8"), WEEK, existing)
    assert [(line.line, line.duplicate) for line in result.lines] == [(1, True), (2, False),
                                                                       (3, True)]
    assert result.duplicates == 2
    assert [r.day for r in result.records()] == [date(2026, 3, 3)]


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.binary(max_size=400),
                 st.text(alphabet=st.sampled_from(list("0123456789.;,-\n\"dagtimerjnáŋ ")),
                         max_size=300).map(lambda t: t.encode("utf-8"))))
def test_any_file_gives_a_preview_never_an_exception(data):
    result = preview(data, WEEK, [])
    for line in result.lines:
        assert (line.record is None) == bool(line.error)
        assert line.line >= 1


# --- issue 16: mixed encodings, a quote that never closes, huge files -------------------

def test_lines_in_different_encodings_are_read_each_in_its_own():
    utf8 = "02.03.2026;dag;;ja;Tannlege – æøå\n".encode("utf-8")
    windows = "03.03.2026;dag;;ja;Bestemor på Ørland\n".encode("cp1252")
    plain = b"04.03.2026;dag;;ja;sykdom\n"
    result = preview(utf8 + windows + plain + windows.replace(b"03.03", b"05.03"), WEEK, [])
    assert (result.encoding, result.windows_lines) == ("UTF-8", (2, 4))
    texts = [r.reason_text for r in result.records()]
    assert texts == ["Tannlege – æøå", "Bestemor på Ørland", "", "Bestemor på Ørland"]
    assert not any("Ã" in t or "â€" in t for t in texts)  # was "Tannlege â€“ Ã¦Ã¸Ã¥"


def test_a_quote_that_never_closes_does_not_swallow_the_file_into_one_good_line():
    text = "02.03.2026;dag;;ja;\"sykdom\n" + "".join(
        f"{day:02d}.04.2026;dag;;ja;sykdom\n" for day in range(1, 29)) * 40
    result = preview(text.encode("utf-8"), WEEK, [])
    assert result.records() == []
    assert [(line.line, line.error, line.detail) for line in result.lines] == [
        (1, "spans_lines", "1–1121")]


def test_a_record_over_two_lines_and_an_overlong_cell_are_flagged():
    text = ('02.03.2026;dag;;ja;"to\nlinjer"\n'
            "03.03.2026;dag;;ja;" + "x" * 201 + "\n"
            "04.03.2026;dag;;ja;" + "x" * 200 + "\n")
    result = preview(text.encode("utf-8"), WEEK, [])
    assert [(line.line, line.error) for line in result.lines] == [
        (1, "spans_lines"), (3, "too_long"), (4, "")]


def test_the_reader_gives_the_first_lines_before_reading_the_rest():
    from desktop.domain.absence_csv import ImportReader

    data = b"".join(b"02.03.2026;dag;;ja;\n" for _ in range(100_000))
    reader = ImportReader(data, WEEK, [])
    lines = reader.lines()
    first = [next(lines) for _ in range(50)]
    assert first[0].line == 1 and first[0].ok
    assert all(line.duplicate for line in first[1:])
    assert reader.position == 50 and reader.total == 100_000
