"""Universal design (issue 18): every text and background pair in the stylesheets
meets WCAG 2.1 AA — 4.5:1, or 3:1 for large text (18 pt, or 14 pt bold) — in the
everyday look and in high contrast; computed from resources/*.qss, not assumed.
Disabled controls are exempt in WCAG 1.4.3 ("text or images of text that are part
of an inactive user interface component ... have no contrast requirement"); the
high-contrast sheet still keeps them above 4.5:1, and the test holds it to that."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
NAMED = {"white": "#ffffff", "black": "#000000"}


def luminance(colour: str) -> float:
    colour = NAMED.get(colour, colour).lstrip("#")
    channels = [int(colour[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def rules(*names: str) -> dict[str, dict[str, str]]:
    """selector → its properties, later sheets and later blocks overriding earlier ones."""
    found: dict[str, dict[str, str]] = {}
    for name in names:
        text = re.sub(r"/\*.*?\*/", "", (RESOURCES / name).read_text(encoding="utf-8"), flags=re.S)
        for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", text):
            props = dict((k.strip(), v.strip()) for k, v in
                         (d.split(":", 1) for d in body.split(";") if ":" in d))
            for selector in selectors.split(","):
                found.setdefault(" ".join(selector.split()), {}).update(props)
    return found


def colour(value: str | None) -> str | None:
    if not value:
        return None
    match = re.match(r"(#[0-9a-fA-F]{6}|white|black)\b", value)
    return match.group(1) if match else None


def needed(props: dict[str, str]) -> float:
    size = float(re.match(r"[\d.]+", props.get("font-size", "11pt")).group())
    bold = props.get("font-weight") == "bold"
    return 3.0 if size >= 18 or (bold and size >= 14) else 4.5


def inherited(sheet: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """A state (QPushButton:default:hover) keeps what its plainer selector
    (QPushButton:default, QPushButton) says unless it says otherwise."""
    result = {}
    for selector in sheet:
        parts = re.split(r"(?<!:):(?!:)", selector)  # single colons: pseudo-states
        merged: dict[str, str] = {}
        for end in range(1, len(parts) + 1):
            merged.update(sheet.get(":".join(parts[:end]), {}))
        result[selector] = merged
    return result


def pairs(sheet: dict[str, dict[str, str]], with_disabled: bool):
    """(where, text colour, background, needed ratio) for every text the sheets colour."""
    text = colour(sheet["QWidget"]["color"])
    sheet = inherited(sheet)
    surfaces = {s: colour(p.get("background")) for s, p in sheet.items()
                if colour(p.get("background")) and not colour(p.get("color"))
                and (with_disabled or ":disabled" not in s)}
    for selector, props in sheet.items():
        if ":disabled" in selector and not with_disabled:
            continue
        fg, bg = colour(props.get("color")), colour(props.get("background"))
        if fg and bg:
            yield selector, fg, bg, needed(props)
        elif fg:  # a label's colour on whatever it lies on
            for surface, under in surfaces.items():
                yield f"{selector} on {surface}", fg, under, needed(props)
        placeholder = colour(props.get("placeholder-text-color"))
        if placeholder and bg:  # the grey hint in an empty field is text too
            yield f"{selector} (placeholder)", placeholder, bg, 4.5
        selected = colour(props.get("selection-color")), colour(props.get("selection-background-color"))
        if all(selected):
            yield f"{selector} (selected text)", *selected, 4.5
    for surface, under in surfaces.items():  # ordinary text on every surface
        yield f"text on {surface}", text, under, 4.5


SHEETS = {"vanlig": ("style.qss",), "høy kontrast": ("style.qss", "style-high-contrast.qss")}


@pytest.mark.parametrize("look", SHEETS)
def test_every_text_meets_wcag_aa(look):
    sheet = rules(*SHEETS[look])
    checked = list(pairs(sheet, with_disabled=look == "høy kontrast"))
    assert len(checked) > 40  # the sheets were read: labels on every surface
    failing = [f"{where}: {fg} on {bg} = {contrast(fg, bg):.2f} < {ratio}"
               for where, fg, bg, ratio in checked if contrast(fg, bg) < ratio]
    assert not failing, "\n".join(failing)


def test_the_check_finds_a_pale_hint():
    """The test is not blind: the hint colour the program had before (#6b7273)
    fails on the navigation's hover colour."""
    assert contrast("#6b7273", "#dfe8e7") < 4.5
    assert contrast("#5c6364", "#dfe8e7") >= 4.5


def test_colours_set_in_the_code_meet_aa_too():
    """Colours a widget sets for itself (banners, an error line) against the
    surfaces they appear on."""
    ui = ROOT / "desktop" / "ui"
    surfaces = ["#f6f5f2", "#ffffff", "#fbfbfa"]
    banners = {"#fff3c4", "#fde2e1"}
    failing = []
    for path in ui.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for match in re.finditer(r"[^-]color:\s*(#[0-9a-fA-F]{6})", source):
            backgrounds = banners if "_BANNER_STYLE" in source[max(0, match.start() - 80):match.start()] \
                else surfaces
            failing += [f"{path.relative_to(ROOT)}: {match.group(1)} on {bg}"
                        for bg in backgrounds if contrast(match.group(1), bg) < 4.5]
    assert not failing, "\n".join(failing)
