"""The conversation tools, as plain data stored with a conversation (JSON per
tool). Seeds: 004 (scaling, plus/minus, ambivalence, red/yellow/green
timetable, timeline), 001 Vedlegg 2:2 (the ambivalence matrix), 002 chapter 2
(Kearney's four functions of school refusal, as hypotheses)."""

from __future__ import annotations

from enum import Enum
from typing import Any


class Tool(str, Enum):
    SCALING = "scaling"
    PLUS_MINUS = "plus_minus"
    AMBIVALENCE = "ambivalence"
    TIMETABLE = "timetable"
    TIMELINE = "timeline"
    KEARNEY = "kearney"


# The adults' hypotheses: hidden in meeting mode, left out of the guardians' minutes.
INTERNAL_TOOLS = frozenset({Tool.KEARNEY})

AMBIVALENCE_CELLS = ("home_good", "home_bad", "school_good", "school_bad")

COLOURS = ("", "green", "yellow", "red")  # click order in the timetable: none → … → none
DAYS = 5
LESSONS = 7

# Kearney (2001), as retold in seed 002 chapter 2 ("Skolevegringens funksjon").
KEARNEY_FUNCTIONS = ("1", "2", "3", "4")


def next_colour(colour: str) -> str:
    index = COLOURS.index(colour) if colour in COLOURS else 0
    return COLOURS[(index + 1) % len(COLOURS)]


def cell_key(day: int, lesson: int) -> str:
    return f"{day},{lesson}"


def clamp_scale(value: Any) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return 5
    return min(10, max(1, number))


def empty(tool: Tool) -> dict[str, Any]:
    """The data of a tool nobody has used yet."""
    if tool is Tool.SCALING:
        return {"items": []}
    if tool is Tool.PLUS_MINUS:
        return {"plus": [], "minus": []}
    if tool is Tool.AMBIVALENCE:
        return {cell: "" for cell in AMBIVALENCE_CELLS}
    if tool is Tool.TIMETABLE:
        return {"days": DAYS, "lessons": LESSONS, "cells": {}}
    if tool is Tool.TIMELINE:
        return {"events": []}
    return {"functions": {f: {"checked": False, "note": ""} for f in KEARNEY_FUNCTIONS}}


def normalised(tool: Tool, data: dict[str, Any]) -> dict[str, Any]:
    """Stored data with any missing keys filled in (data from an older version)."""
    result = empty(tool)
    result.update({k: v for k, v in data.items() if k in result})
    if tool is Tool.KEARNEY:
        functions = empty(tool)["functions"]
        functions.update(data.get("functions", {}))
        result["functions"] = functions
    return result


def is_used(tool: Tool, data: dict[str, Any]) -> bool:
    data = normalised(tool, data)
    if tool is Tool.SCALING:
        return bool(data["items"])
    if tool is Tool.PLUS_MINUS:
        return bool(data["plus"] or data["minus"])
    if tool is Tool.AMBIVALENCE:
        return any(data[c].strip() for c in AMBIVALENCE_CELLS)
    if tool is Tool.TIMETABLE:
        return any(data["cells"].values())
    if tool is Tool.TIMELINE:
        return bool(data["events"])
    return any(f["checked"] or f["note"].strip() for f in data["functions"].values())
