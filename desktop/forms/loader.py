"""Loading the declarative forms in forms/ (DESIGN.md §2 "Forms are data").

Every form file is TOML with three top-level keys: `id` (str), `version` (int)
and `kind` (str: "rule_set", "conversation", "checklist", "measure_circle" …).
Bundled files come from forms/ (subfolders included); files in the user's
local forms folder override bundled ones with the same id. A broken file is
reported with its file and line and left out; the others still load.

Kinds are checked by validators the features register (`validators` argument):
a validator raises FormError(message, line) or returns nothing.

Languages: the bundled forms are in bokmål; a nynorsk twin of `forms/<path>`
lives at `forms/nn/<path>` with the same id, version, kind and shape (only the
human texts differ). The language folder is never scanned as forms of its own.
With language "nn" (the `language` argument, else the module's form language:
desktop/forms/language.py, "nb" by default) each bundled form that has
a twin is read from the twin, checked by the same validator; a broken twin, or
one whose id, version or kind differ from its bokmål file, is reported as a
problem naming the twin, and the bokmål file is used. Local forms override by
id as before, whatever the language."""

from __future__ import annotations

import copy
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Mapping

from desktop.domain.safe_parse import (
    InputProblem,
    Limits,
    UnsafeInput,
    decode_text,
    parse_toml,
    read_bytes,
)
from desktop.forms.language import LANGUAGES, form_language

# A form is a page of questions or a table of thresholds: 1 MB is a hundred times
# the largest bundled file, and a text of 20 000 characters is pages long. A
# 50 MB string must be refused before it is read, not after it froze the window.
FORM_LIMITS = Limits(max_bytes=1024 * 1024, max_depth=8, max_string=20_000,
                     max_items=50_000, max_int=10**9, max_float=1e9)
_PROBLEM_TEXT = {
    InputProblem.NOT_A_FILE: "not a regular file",
    InputProblem.TOO_LARGE: "larger than 1 MB",
    InputProblem.NOT_TEXT: "not UTF-8 text",
    InputProblem.TOO_DEEP: "nested deeper than 8 levels",
    InputProblem.TOO_LONG_TEXT: f"a text longer than {FORM_LIMITS.max_string} characters",
    InputProblem.TOO_MANY_ITEMS: "too many values",
    InputProblem.BAD_NUMBER: "a number out of bounds (or not finite)",
}

TWIN_FOLDERS = {"nn": "nn"}  # language -> folder of twins under the bundled forms


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
    # For a nynorsk twin: the data of its bokmål form, whose words are the ids of
    # what a case stores against the form (a ticked task keeps its tick whatever
    # the language the list is shown in).
    original: dict[str, Any] | None = field(repr=False, default=None)

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


# Each kind's loader reads every form file to find its own (a case page asks for
# six kinds): a file is parsed once per process while it is unchanged, and each
# caller gets its own copy of the data. Only what parsed well is kept.
_parsed: dict[tuple[str, int, int], tuple[str, dict[str, Any]]] = {}


def _parse(path: Path) -> tuple[str, dict[str, Any]]:
    try:
        info = os.stat(path)
        key = (str(path), info.st_mtime_ns, info.st_size)
    except OSError:
        key = None
    if key is not None and key in _parsed:
        text, data = _parsed[key]
        return text, copy.deepcopy(data)
    text = decode_text(read_bytes(path, FORM_LIMITS.max_bytes))
    data = parse_toml(text, FORM_LIMITS)
    if key is not None:
        _parsed[key] = (text, copy.deepcopy(data))
    return text, data


def read_form(path: Path, local: bool = False) -> FormFile:
    """Reads one file; raises FormError with a line for syntax and header errors,
    and for anything beyond FORM_LIMITS (size, nesting, text length, numbers)."""
    try:
        text, data = _parse(path)
    except UnsafeInput as exc:
        if exc.problem is InputProblem.SYNTAX:
            raise FormError(f"TOML syntax: {exc.detail}", exc.line) from None
        if exc.problem in (InputProblem.MISSING, InputProblem.UNREADABLE):
            raise FormError(f"unreadable ({exc.detail or exc.problem.value})") from None
        raise FormError(_PROBLEM_TEXT.get(exc.problem, exc.problem.value)) from None
    for key, kind in (("id", str), ("version", int), ("kind", str)):
        value = data.get(key)
        if not isinstance(value, kind) or isinstance(value, bool) or value == "":
            raise FormError(f"missing or invalid top-level '{key}'", line_of(text, key) or 1)
    return FormFile(data["id"], data["version"], data["kind"], path, data, text, local)


def _checked(path: Path, is_local: bool,
             validators: Mapping[str, Validator]) -> FormFile | FormProblem:
    """One file read and checked by its kind's validator, or the problem met."""
    try:
        form = read_form(path, is_local)
        check = validators.get(form.kind)
        if check is not None:
            check(form)
    except FormError as exc:
        return FormProblem(path, exc.line, exc.message)
    except (TypeError, AttributeError, KeyError, ValueError, IndexError,
            OverflowError, RecursionError) as exc:
        # A validator met a shape it did not expect (a table where a
        # text belongs, a list inside a list): the file is left out,
        # never the whole program.
        return FormProblem(
            path, None, f"a value has the wrong type or shape ({type(exc).__name__})")
    return form


def _twin(form: FormFile, twin_path: Path,
          validators: Mapping[str, Validator]) -> FormFile | FormProblem:
    """The twin of a valid bokmål form, if it is valid and has the same header."""
    twin = _checked(twin_path, False, validators)
    if isinstance(twin, FormProblem):
        return FormProblem(twin.path, twin.line,
                           f"{twin.message}; the bokmål form {form.path.name} is used")
    for key in ("id", "version", "kind"):
        if twin.data[key] != form.data[key]:
            return FormProblem(
                twin_path, line_of(twin.text, key),
                f"'{key}' is {twin.data[key]!r} but {form.data[key]!r} in the bokmål form "
                f"{form.path.name}, which is used instead")
    return twin


def load_forms(bundled: Path, local: Path | None = None,
               validators: Mapping[str, Validator] | None = None,
               language: str | None = None) -> FormSet:
    """All forms: bundled first (from their twins under bundled/nn/ when the
    language is "nn" and a valid twin exists), then local overrides by id.
    `language` None means form_language(). Never raises for a bad file: it goes
    to `problems` and the others load."""
    language = language or form_language()
    if language not in LANGUAGES:
        raise ValueError(f"unknown form language {language!r}; expected one of {LANGUAGES}")
    twin_folder = TWIN_FOLDERS.get(language)
    result = FormSet()
    validators = validators or {}
    for folder, is_local in ((bundled, False), (local, True)):
        if folder is None or not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*.toml")):
            relative = path.relative_to(folder)
            if not is_local and relative.parts[0] in TWIN_FOLDERS.values():
                continue  # twins are read in place of their bokmål file, below
            form = _checked(path, is_local, validators)
            if isinstance(form, FormProblem):
                result.problems.append(form)
                continue
            if twin_folder is not None and not is_local:
                twin_path = folder / twin_folder / relative
                if twin_path.is_file():
                    twin = _twin(form, twin_path, validators)
                    if isinstance(twin, FormProblem):
                        result.problems.append(twin)
                    else:
                        form = replace(twin, original=form.data)
            earlier = result.forms.get(form.id)
            if earlier is not None and earlier.local == is_local:
                # Two bundled (or two local) files with one id: the first one
                # (by path) stays, the other is reported rather than silently winning.
                result.problems.append(FormProblem(
                    form.path, line_of(form.text, "id"),
                    f"id '{form.id}' also used by {earlier.path.name}; this file is not used"))
                continue
            if earlier is not None and earlier.kind != form.kind:
                # A local file may replace a bundled form, not turn it into
                # another kind: the program would lose the form it needs.
                result.problems.append(FormProblem(
                    form.path, line_of(form.text, "kind"),
                    f"id '{form.id}' belongs to a bundled form of kind '{earlier.kind}'; "
                    "this file is not used"))
                continue
            result.forms[form.id] = form
    return result
