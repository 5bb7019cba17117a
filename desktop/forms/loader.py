"""Loading the declarative forms in forms/ (DESIGN.md §2 "Forms are data").

Every form file is TOML with three top-level keys: `id` (str), `version` (int)
and `kind` (str: "rule_set", "conversation", "checklist", "measure_circle" …).
Bundled files come from forms/ (subfolders included); files in the user's
local forms folder override bundled ones with the same id. A broken file is
reported with its file and line and left out; the others still load.

Kinds are checked by validators the features register (`validators` argument):
a validator raises FormError(message, line) or returns nothing.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping

_TOML_LINE = re.compile(r"line (\d+)")


class FormError(ValueError):
    """A form that does not follow its schema. `line` is 1-based, when known."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line


@dataclass(frozen=True, slots=True)
class FormFile:
    id: str
    version: int
    kind: str
    path: Path
    data: dict[str, Any]
    text: str = field(repr=False, default="")
    local: bool = False  # came from the user's local forms folder

    def line_of(self, *keys: str) -> int | None:
        return line_of(self.text, *keys)


@dataclass(frozen=True, slots=True)
class FormProblem:
    """A form file that could not be used: shown to the user with file and line."""

    path: Path
    line: int | None
    message: str  # English detail for logs; the UI words it in Norwegian

    def __str__(self) -> str:
        where = f"{self.path.name}, line {self.line}" if self.line else self.path.name
        return f"{where}: {self.message}"


Validator = Callable[[FormFile], None]


@dataclass(slots=True)
class FormSet:
    forms: dict[str, FormFile] = field(default_factory=dict)
    problems: list[FormProblem] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[FormFile]:
        return sorted((f for f in self.forms.values() if f.kind == kind), key=lambda f: f.id)


def line_of(text: str, *keys: str) -> int | None:
    """Best-effort line of a key or table in TOML text: the first line that
    mentions the last key as a key or table name, after the earlier keys."""
    start = 0
    lines = text.splitlines()
    for key in keys:
        pattern = re.compile(rf"^\s*(\[\[?\s*([\w.\-\"]*\.)?{re.escape(key)}\s*\]\]?|"
                             rf"\"?{re.escape(key)}\"?\s*=)")
        for number in range(start, len(lines)):
            if pattern.search(lines[number]):
                start = number
                break
        else:
            return None
    return start + 1


def read_form(path: Path, local: bool = False) -> FormFile:
    """Reads one file; raises FormError with a line for syntax and header errors."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise FormError(f"not UTF-8 text ({exc.reason})", None) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_LINE.search(str(exc))
        raise FormError(f"TOML syntax: {exc}", int(match.group(1)) if match else None) from None
    for key, kind in (("id", str), ("version", int), ("kind", str)):
        value = data.get(key)
        if not isinstance(value, kind) or isinstance(value, bool) or value == "":
            raise FormError(f"missing or invalid top-level '{key}'", line_of(text, key) or 1)
    return FormFile(data["id"], data["version"], data["kind"], path, data, text, local)


def load_forms(bundled: Path, local: Path | None = None,
               validators: Mapping[str, Validator] | None = None) -> FormSet:
    """All forms: bundled first, then local overrides by id. Never raises for a
    bad file: it goes to `problems` and the others load."""
    result = FormSet()
    validators = validators or {}
    for folder, is_local in ((bundled, False), (local, True)):
        if folder is None or not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*.toml")):
            try:
                form = read_form(path, is_local)
                check = validators.get(form.kind)
                if check is not None:
                    check(form)
            except FormError as exc:
                result.problems.append(FormProblem(path, exc.line, exc.message))
                continue
            except OSError as exc:
                result.problems.append(FormProblem(path, None, f"unreadable: {exc.strerror}"))
                continue
            if not is_local and form.id in result.forms:
                other = result.forms[form.id].path
                result.problems.append(FormProblem(path, line_of(form.text, "id"),
                                                   f"id '{form.id}' also used by {other.name}"))
                continue
            result.forms[form.id] = form
    return result
