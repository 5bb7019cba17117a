"""The Oslo cases "Tonje" and "Jens" (seed 002) as agreement values, shared by
the domain, storage, PDF and benchmark tests."""

from __future__ import annotations

from datetime import date

from desktop.domain.agreements import Agreement, AgreementMeasure, Participant, SubGoal
from desktop.domain.measure_circle import Party

M, P = AgreementMeasure, Participant


def tonje(held_on: date = date(2026, 3, 2)) -> Agreement:
    return Agreement(
        number=1, place="Bommen skole, møterom 2", held_on=held_on,
        participants=(P("Tonje Ánde", "Elev", Party.PUPIL), P("Per Ánde", "Far", Party.GUARDIANS),
                      P("Kari Ánde", "Mor", Party.GUARDIANS),
                      P("Siv Lund", "Kontaktlærer", Party.CONTACT_TEACHER),
                      P("Ola Šára", "Sosiallærer", Party.LEADERSHIP)),
        long_term_goal="Tonje skal være på skolen hele dagen og trives.",
        sub_goals=(SubGoal("Tonje kommer til skolen og får ekstra voksenstøtte ved oppmøte og "
                           "i overganger", "1 uke"),
                   SubGoal("Tonje går selv til skolen og er selvstendig i overganger")),
        measures=(
            M("Møte Tonje i skoleporten den første uken", Party.CONTACT_TEACHER),
            M("Spise lunsj med Tonje og to venninner mandag og tirsdag", Party.CONTACT_TEACHER),
            M("Sosiallærer møter Tonje i porten hvis kontaktlærer er syk", Party.LEADERSHIP),
            M("Tonje er hos far de tre første dagene; far følger henne til skolen",
              Party.GUARDIANS, "Far"),
            M("Mor følger Tonje de to siste dagene og lager en feiring fredag",
              Party.GUARDIANS, "Mor"),
            M("Øve på å dra hjemmefra og være på skolen", Party.PUPIL)),
        plan_b="Hvis Tonje ikke kommer, bytter far og mor roller; foresatte ringer sosiallærer. "
               "Tonje gjør skolearbeid hjemme i skoletiden.",
        plan_b_responsible="Foresatte og sosiallærer",
        evaluation_on=date(2026, 3, 6),
        contact_routine="Kontaktlærer ringer mor eller far hver ettermiddag første uke.",
        next_meeting="Fredag 6. mars kl. 14 på møterommet")


JENS_STEPS = (
    "To en-til-en-timer med ressurslærer tre dager i uka",
    "En-til-en-timer fire dager i uka, pluss én time i liten gruppe",
    "Liten gruppe alle dager, én time i klassen",
    "Halve dager i klassen med støtte i overganger",
    "Full deltakelse i klassen",
)


def signature_png(width: int = 240, height: int = 60) -> bytes:
    """A small PNG with a scribbled line (no Qt): what the signature pad stores."""
    import struct
    import zlib

    pixels = [[(255, 255, 255, 0)] * width for _ in range(height)]
    for x in range(10, width - 10):
        y = int(height / 2 + (height / 3) * (((x // 20) % 2) * 2 - 1) * ((x % 20) / 20 - 0.5))
        for dy in (-1, 0, 1):
            pixels[max(0, min(height - 1, y + dy))][x] = (16, 42, 96, 255)
    raw = b"".join(b"\x00" + bytes(c for px in row for c in px) for row in pixels)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6,
                                                              0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
