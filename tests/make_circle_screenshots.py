"""Screenshots of the tiltakssirkel for the README, on a made-up case.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/make_circle_screenshots.py

Writes resources/screenshots/circle_filled.png (the window with a filled
circle) and circle_box_editor.png (the section with a measure chosen)."""

from __future__ import annotations

import sys
from datetime import date

from screenshot_window import (  # tests/: offscreen, the repo on the path
    OUT,
    case_window,
)

from desktop.casefile.suggestions_repo import SuggestionRepository  # noqa: E402
from desktop.domain.measure_circle import EntryKind, MeasureStatus, Party  # noqa: E402
from desktop.domain.people import Guardian, TeamMember, TeamRole  # noqa: E402
from desktop.domain.suggestions import MeasureSuggestion  # noqa: E402
from desktop.ui.startup import SCREENSHOT_SIZE  # noqa: E402

R, K, M = EntryKind.RESOURCE, EntryKind.RISK, EntryKind.MEASURE
CONTENT = {
    "relasjon_voksne": ([
        "God relasjon til kontaktlærer", "Liker musikklæreren"], [
        "Gruer seg til matematikktimene etter en konflikt"], [
        ("Kontaktlærer tar en fast prat med Ánde hver mandag og torsdag",
         Party.CONTACT_TEACHER, "Kari Nilsen", MeasureStatus.IN_PROGRESS),
        ("Rektor hilser vennlig når hun møter Ánde i gangen", Party.LEADERSHIP, "",
         MeasureStatus.AGREED),
        ("Mattelæreren tar initiativ til en samtale for å rydde opp", Party.OTHER, "",
         MeasureStatus.PROPOSED)]),
    "hjemmeforhold": (["Mor kan kjøre til skolen de neste ukene"], [
        "Sene kvelder med skjerm", "Travle morgener"], [
        ("Skjermfri time før leggetid", Party.GUARDIANS, "Sara Eira", MeasureStatus.AGREED),
        ("Helsesykepleier gir familien råd om søvn", Party.HEALTH_NURSE, "",
         MeasureStatus.PROPOSED)]),
    "fritid": (["Spiller fotball på tirsdager", "Går tur med naboens hund"], [], [
        ("Ánde inviterer en klassekamerat hjem en ettermiddag", Party.PUPIL, "",
         MeasureStatus.AGREED)]),
    "mestring_skole": (["Flink i kunst og håndverk"], ["Gruer seg til muntlige presentasjoner"], [
        ("Presenterer for læreren i stedet for for hele klassen", Party.CONTACT_TEACHER,
         "Kari Nilsen", MeasureStatus.DONE)]),
    "relasjon_medelever": (["Har én god venn i klassen"], ["Står ofte alene i storefri"], []),
}


def main() -> int:
    def fill(session) -> None:
        session.set_pupil_field("grade", "7")
        session.add_guardian(Guardian(name="Sara Eira", relation="mor"))
        session.add_team_member(TeamMember(role=TeamRole.CONTACT_TEACHER, name="Kari Nilsen"))
        suggestions = session.repository(SuggestionRepository)
        session.edit(lambda: suggestions.add(MeasureSuggestion(
            None, "relasjon_voksne", "Musikklæreren slår av en prat i friminuttet",
            "conversation", 1, "Kartleggingssamtale 12.03.2026")))

    with case_window("Ánde Sárá Eira", fill, SCREENSHOT_SIZE) as (app, window, folder):
        out = OUT
        page = window.case_page
        page.show_section("circle")
        section = page.section_widgets["circle"]
        circle = section.service
        for box_id, (resources, risks, measures) in CONTENT.items():
            box = circle.box(box_id)
            for text in resources:
                box = box.with_added(circle.new_entry(R, text))
            for text in risks:
                box = box.with_added(circle.new_entry(K, text))
            for text, party, person, status in measures:
                box = box.with_added(circle.new_entry(M, text, party=party, person=person,
                                                      status=status, start=date(2026, 3, 16)))
            from dataclasses import replace  # noqa: PLC0415
            circle.write_box(replace(box, discussed=box_id != "relasjon_medelever"))
        section.refresh()
        section.view.select("relasjon_voksne")
        section.editor.lists[M].list.set_current_row(0)
        app.processEvents()
        window.grab().save(str(out / "circle_filled.png"))
        section.editor.verticalScrollBar().setValue(section.editor.verticalScrollBar().maximum())
        app.processEvents()
        section.grab().save(str(out / "circle_box_editor.png"))
        print("saved", out / "circle_filled.png", out / "circle_box_editor.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
