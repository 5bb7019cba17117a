"""Reading the files the program did not write itself, or that may have been
changed behind its back (settings.json, vault.key, lock files, local forms).

Every reader goes through here, so one hostile file can cost at most a bounded
amount of time and memory and ends as an `UnsafeInput` the reader turns into
its own message — never a crash, a hang or a silent reset:
- only regular files are opened (a FIFO would block the reader forever, a
  device could be endless), and never more than `max_bytes` are read;
- JSON nesting is counted before the parser sees it (the C parser recurses);
- after parsing, every value is walked once: nesting depth, text length, item
  count and the size of every number are bounded, NaN and infinities refused.
No Qt, no other layer: plain Python the storage, forms and services layers share.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

T = TypeVar("T")


class InputProblem(Enum):
    MISSING = "missing"
    NOT_A_FILE = "not_a_file"  # a folder, a FIFO, a device …
    UNREADABLE = "unreadable"  # no permission, I/O error
    TOO_LARGE = "too_large"
    NOT_TEXT = "not_text"  # not UTF-8
    SYNTAX = "syntax"
    TOO_DEEP = "too_deep"
    TOO_LONG_TEXT = "too_long_text"
    TOO_MANY_ITEMS = "too_many_items"
    BAD_NUMBER = "bad_number"  # out of bounds, NaN or infinite
    BAD_TYPE = "bad_type"  # a field of the wrong type or missing


class UnsafeInput(ValueError):
    """A file that cannot be used as it is. `line` is 1-based, when known.
    The message is English and holds no content of the file (logs)."""

    def __init__(self, problem: InputProblem, detail: str = "", line: int | None = None):
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail
        self.line = line


@dataclass(frozen=True, slots=True)
class Limits:
    """What one kind of file may hold at most."""

    max_bytes: int
    max_depth: int = 8  # containers inside containers
    max_string: int = 10_000  # characters per text (keys included)
    max_items: int = 100_000  # values in the whole document
    max_int: int = 10**12  # |n| for every whole number
    max_float: float = 1e12  # |x| for every decimal number


def is_regular_file(path: Path) -> bool:
    """True for a regular file (symbolic links followed); never opens it."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def open_regular(path: Path) -> BinaryIO:
    """Opens a regular file for reading, or raises UnsafeInput (MISSING,
    NOT_A_FILE, UNREADABLE). Opened non-blocking and checked once open, so a
    FIFO (swapped in or not) can never block the program."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise UnsafeInput(InputProblem.NOT_A_FILE, "not a regular file")
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except UnsafeInput:
        raise
    except FileNotFoundError:
        raise UnsafeInput(InputProblem.MISSING) from None
    except IsADirectoryError:
        raise UnsafeInput(InputProblem.NOT_A_FILE, "a folder") from None
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
        raise UnsafeInput(InputProblem.UNREADABLE, type(exc).__name__) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise UnsafeInput(InputProblem.NOT_A_FILE, "not a regular file")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, if it is a regular file of at most `max_bytes`.
    Raises UnsafeInput (MISSING, NOT_A_FILE, UNREADABLE, TOO_LARGE)."""
    with open_regular(path) as fh:
        try:
            # read(n) reserves n bytes first: ask for no more than the file holds.
            size = os.fstat(fh.fileno()).st_size
            if size > max_bytes:
                raise UnsafeInput(InputProblem.TOO_LARGE, f"more than {max_bytes} bytes")
            data = fh.read(size + 1)
        except OSError as exc:
            raise UnsafeInput(InputProblem.UNREADABLE,
                              f"{type(exc).__name__} errno={exc.errno}") from None
    if len(data) > max_bytes:
        raise UnsafeInput(InputProblem.TOO_LARGE, f"more than {max_bytes} bytes")
    return data


def decode_text(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UnsafeInput(InputProblem.NOT_TEXT, f"not UTF-8 ({exc.reason})") from None


def _json_depth(text: str, limit: int) -> None:
    """Refuses nesting deeper than `limit` before json.loads recurses into it."""
    depth = 0
    # Strings may hold brackets; drop them first (the regex is linear).
    for char in re.sub(r'"(?:[^"\\]|\\.)*"', "", text):
        if char in "[{":
            depth += 1
            if depth > limit:
                raise UnsafeInput(InputProblem.TOO_DEEP, f"nested deeper than {limit}")
        elif char in "]}":
            depth -= 1


def _no_constant(name: str):
    raise UnsafeInput(InputProblem.BAD_NUMBER, f"{name} is not a number")


def parse_json(raw: bytes | str, limits: Limits) -> Any:
    """A JSON document within `limits`; raises UnsafeInput."""
    if len(raw) > limits.max_bytes:
        raise UnsafeInput(InputProblem.TOO_LARGE, f"more than {limits.max_bytes} bytes")
    text = decode_text(raw) if isinstance(raw, bytes) else raw
    _json_depth(text, limits.max_depth)
    try:
        value = json.loads(text, parse_constant=_no_constant)
    except RecursionError:
        raise UnsafeInput(InputProblem.TOO_DEEP) from None
    except ValueError as exc:  # JSONDecodeError, int too long to convert …
        if isinstance(exc, UnsafeInput):
            raise
        line = getattr(exc, "lineno", None)
        raise UnsafeInput(InputProblem.SYNTAX, type(exc).__name__, line) from None
    check_tree(value, limits)
    return value


_TOML_LINE = re.compile(r"line (\d+)")


def parse_toml(text: str, limits: Limits) -> dict[str, Any]:
    """A TOML document within `limits`; raises UnsafeInput (SYNTAX with its line)."""
    if len(text) > limits.max_bytes:
        raise UnsafeInput(InputProblem.TOO_LARGE, f"more than {limits.max_bytes} characters")
    import tomllib  # the forms are read after the start; settings are JSON

    try:
        value = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_LINE.search(str(exc))
        raise UnsafeInput(InputProblem.SYNTAX, str(exc),
                          int(match.group(1)) if match else None) from None
    except RecursionError:
        raise UnsafeInput(InputProblem.TOO_DEEP) from None
    check_tree(value, limits)
    return value


def check_tree(value: Any, limits: Limits) -> None:
    """Walks the parsed value once (no recursion) and refuses what is out of bounds."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    items = 0
    while stack:
        current, depth = stack.pop()
        items += 1
        if items > limits.max_items:
            raise UnsafeInput(InputProblem.TOO_MANY_ITEMS, f"more than {limits.max_items}")
        if isinstance(current, str):
            if len(current) > limits.max_string:
                raise UnsafeInput(InputProblem.TOO_LONG_TEXT,
                                  f"a text longer than {limits.max_string} characters")
        elif isinstance(current, bool) or current is None:
            continue
        elif isinstance(current, int):
            if abs(current) > limits.max_int:
                raise UnsafeInput(InputProblem.BAD_NUMBER, "a whole number out of bounds")
        elif isinstance(current, float):
            if not math.isfinite(current) or abs(current) > limits.max_float:
                raise UnsafeInput(InputProblem.BAD_NUMBER, "a decimal number out of bounds")
        elif isinstance(current, (dict, list)):
            if depth >= limits.max_depth:
                raise UnsafeInput(InputProblem.TOO_DEEP, f"nested deeper than {limits.max_depth}")
            if isinstance(current, dict):
                stack.extend((key, depth + 1) for key in current)
                stack.extend((v, depth + 1) for v in current.values())
            else:
                stack.extend((v, depth + 1) for v in current)
        # dates and times from TOML are bounded by their type


def read_json(path: Path, limits: Limits) -> Any:
    return parse_json(read_bytes(path, limits.max_bytes), limits)


def read_toml(path: Path, limits: Limits) -> dict[str, Any]:
    return parse_toml(decode_text(read_bytes(path, limits.max_bytes)), limits)


def field(doc: Any, key: str, kind: type[T], *, minimum: int | None = None,
          maximum: int | None = None) -> T:
    """doc[key] if doc is a table and the value has the type (bool is not an int)
    and, for numbers, lies within the bounds; else UnsafeInput(BAD_TYPE/BAD_NUMBER)."""
    if not isinstance(doc, dict) or key not in doc:
        raise UnsafeInput(InputProblem.BAD_TYPE, f"'{key}' missing")
    value = doc[key]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise UnsafeInput(InputProblem.BAD_TYPE, f"'{key}' is not {kind.__name__}")
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        raise UnsafeInput(InputProblem.BAD_NUMBER, f"'{key}' out of bounds")
    return value
