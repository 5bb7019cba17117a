"""Checks a translation catalogue (.ts): every text translated, the same
placeholders, tags and shortcut marks as the source, and no bokmål left in the
nynorsk. Used by the tests and by `./naervaer.sh translations`:

    python -m desktop.ui.i18n_check resources/translations/naervaer_nn.ts
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")
# Words that are bokmål and never nynorsk (whole words, any case). "også" is
# good nynorsk too, and words such as "fra" in a name ("Fra-til") are not texts.
BOKMAL_ONLY = re.compile(
    r"\b(ikke|hva|hvem|hvorfor|hvordan|noe|noen|mye|bare|jeg|dere|uke|uker|uken|"
    r"foresatte|skolen|hjemme|ble|sammen|ennå|allerede|mulig|senere|tidligere|"
    r"fravær|fraværet|velg|åpne|læreren|mogelig)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Problem:
    context: str
    source: str
    what: str

    def __str__(self) -> str:
        return f"[{self.context}] {self.source[:70]!r}: {self.what}"


def _same(items_a: list[str], items_b: list[str]) -> bool:
    return sorted(items_a) == sorted(items_b)


def check_message(context: str, source: str, forms: list[str], numerus: bool) -> list[Problem]:
    problems = []
    if not forms or not all(f.strip() or not source.strip() for f in forms):
        return [Problem(context, source, "not translated")]
    if numerus and len(forms) != 2:
        problems.append(Problem(context, source, f"{len(forms)} plural forms, nynorsk has 2"))
    for index, text in enumerate(forms):
        wanted = PLACEHOLDER.findall(source)
        found = PLACEHOLDER.findall(text)
        if numerus and index == 0 and "%n" not in found:
            wanted = [p for p in wanted if p != "%n"]  # "ein dag" may leave out the number
        if not _same(wanted, found):
            problems.append(Problem(context, source, f"placeholders {wanted} ≠ {found}"))
        if not _same(TAG.findall(source), TAG.findall(text)):
            problems.append(Problem(context, source, "HTML tags differ"))
        if source.count("&") != text.count("&"):
            problems.append(Problem(context, source, "the & (shortcut or entity) differs"))
        if source.count("\n") != text.count("\n"):
            problems.append(Problem(context, source, "line breaks differ"))
        bokmal = BOKMAL_ONLY.search(TAG.sub(" ", text))
        if bokmal:
            problems.append(Problem(context, source, f"bokmål word {bokmal.group(0)!r}"))
    return problems


def check_catalogue(path: Path) -> tuple[int, list[Problem]]:
    """(number of messages, problems)."""
    root = ElementTree.parse(path).getroot()
    problems: list[Problem] = []
    count = 0
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source") or ""
            node = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                problems.append(Problem(name, source, "not translated (unfinished)"))
                continue
            forms = ([f.text or "" for f in node.findall("numerusform")] if numerus
                     else [node.text or ""])
            problems += check_message(name, source, forms, numerus)
    return count, problems


def main(argv: list[str]) -> int:
    path = Path(argv[1] if len(argv) > 1 else "resources/translations/naervaer_nn.ts")
    count, problems = check_catalogue(path)
    for problem in problems[:200]:
        print(problem)
    print(f"{path.name}: {count} texts, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
