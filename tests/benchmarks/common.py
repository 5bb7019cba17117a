"""Shared helpers for the benchmarks: a data folder with N generated cases and
a table printer (median, min, max)."""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

from desktop.domain.people import Guardian, TeamMember, TeamRole
from desktop.paths import Paths
from desktop.services.app_service import AppService

PASSPHRASE = "benk benk benk benk"
CASE_BYTES = 2 * 1024 * 1024


def big_note(index: int, size: int) -> str:
    line = f"Sak {index}: samtale om morgenrutiner, skolevei og trivsel i klassen. "
    return (line * (size // len(line) + 1))[:size]


def make_cases(data_dir: Path, count: int, size: int = CASE_BYTES) -> AppService:
    """Creates (or reuses) a data folder with `count` cases of about `size` bytes."""
    marker = data_dir / "bench.json"
    service = AppService(Paths.resolve(data_dir))
    if marker.exists() and json.loads(marker.read_text()) == {"count": count, "size": size}:
        service.unlock(PASSPHRASE)
        return service
    service.check_data_dir()
    service.create_vault(PASSPHRASE)
    for i in range(count):
        session = service.create_case(f"Elev {i:03d}")
        session.set_pupil_field("grade", str(1 + i % 10))
        session.set_pupil_field("school", "Nordlys skole")
        session.set_pupil_field("note", big_note(i, 10_000))
        # The bulk is spread over many rows, as later sections (absence records,
        # notes, logs) will be, rather than one giant text.
        for g in range(size // 2150):
            session.add_guardian(Guardian(name=f"Foresatt {g}", phone="12345678",
                                          address=big_note(g, 2000)))
        for role in (TeamRole.CONTACT_TEACHER, TeamRole.PPT, TeamRole.HEALTH_NURSE):
            session.add_team_member(TeamMember(role=role, name="Ola Nordmann"))
        service.close_case(session)
    service.lock()
    marker.write_text(json.dumps({"count": count, "size": size}))
    service.unlock(PASSPHRASE)
    return service


def timed(fn, runs: int) -> list[float]:
    results = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        results.append(time.perf_counter() - start)
    return results


def row(name: str, seconds: list[float], goal: str = "", unit: str = "ms") -> dict:
    scale = 1000.0 if unit == "ms" else 1.0
    return {"name": name, "median": statistics.median(seconds) * scale,
            "min": min(seconds) * scale, "max": max(seconds) * scale, "unit": unit,
            "runs": len(seconds), "goal": goal}


def print_table(rows: list[dict]) -> None:
    width = max(len(r["name"]) for r in rows)
    print(f"{'measure':<{width}}  {'median':>9}  {'min':>9}  {'max':>9}  unit  runs  goal")
    for r in rows:
        digits = 2 if r["unit"] == "x" else 1  # a ratio near its goal needs the second
        print(f"{r['name']:<{width}}  {r['median']:>9.{digits}f}  {r['min']:>9.{digits}f}"
              f"  {r['max']:>9.{digits}f}  {r['unit']:<4}  {r['runs']:>4}  {r['goal']}")
