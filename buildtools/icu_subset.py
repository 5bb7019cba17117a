"""A smaller ICU data library for the Linux bundle (used by build.spec).

PySide6's wheel ships ICU 73 and libQt6Core links it; libicuuc.so.73 links
libicudata.so.73, a 31 MB library that holds nothing but ICU's data package (one
symbol, ``icudt73_dat``). QtCore cannot load without the file (the bundle then dies
with "libicudata.so.73: cannot open shared object file"), but it uses only a small part
of the data. The ICU functions QtCore imports (``nm -D --undefined-only
libQt6Core.so.6 | grep _73``) are the converters (ucnv_*: QStringConverter by name),
case mapping (u_strToUpper/u_strToLower), the calendar and time-zone names
(ucal_open, ucal_getCanonicalTimeZoneID, ucal_getTimeZoneDisplayName) and collation
(ucol_*: QCollator, which sorts the case list in bokmål and the file dialog's names).
No other Qt library and no plugin imports an ICU symbol. So the package is rewritten
without:
  - locale data for languages other than English and Norwegian (bokmål, nynorsk,
    "no"): another system locale falls back to ICU's root data, i.e. Unicode's default
    sort order, which Qt handles like any missing tailoring;
  - break iteration (brkitr/: its dictionaries alone are 3 MB) and transliteration
    (translit/): no Qt library calls ubrk_* or utrans_*;
  - the multi-byte converter tables (CJK and EBCDIC double-byte code pages, 4.6 MB,
    and the small extension tables that build on them); the single-byte ones (ISO 8859,
    Windows, IBM and Mac code pages) and the aliases stay.
Everything that is not a locale's data (time zones, likely subtags, root collation,
normalisation, aliases …) stays as it is.

The package format ("CmnD": a data header, a table of contents of names and offsets,
then the items, each 16-byte aligned) is ICU's common data file; the new library is
built with the C compiler (an assembler file with ``.incbin``), the way ICU's own
pkgdata does it. Without a compiler, or when anything looks unexpected, the caller
keeps the original library.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

KEEP_LANGUAGES = ("root", "en", "nb", "nn", "no")
DROP_TREES = ("brkitr", "translit")
_LOCALE = re.compile(r"(root|[a-z]{2,3}(_[A-Za-z0-9]*)*)")  # also de__PHONEBOOK
_NOT_LOCALES = ("res_index",)
_PAD = b"\xaa"  # what ICU's own tools pad with


def keep_item(name: str, item: bytes) -> bool:
    """name as in the package's table of contents, e.g. 'icudt73l/coll/nb.res'."""
    parts = name.split("/")[1:]
    tree, file = parts[:-1], parts[-1]
    if tree and tree[0] in DROP_TREES:
        return False
    if file.endswith(".cnv"):
        return _single_byte_converter(item)
    stem, _, ext = file.rpartition(".")
    if ext == "res" and stem not in _NOT_LOCALES and _LOCALE.fullmatch(stem):
        return stem.split("_")[0] in KEEP_LANGUAGES
    return True


def _single_byte_converter(item: bytes) -> bool:
    """An MBCS-type .cnv whose output type is MBCS_OUTPUT_1 (ICU's ucnvmbcs.h): a
    single-byte code page that needs no other table."""
    header_size = struct.unpack_from("<H", item, 0)[0]
    static_size = struct.unpack_from("<I", item, header_size)[0]  # UConverterStaticData
    conversion_type = item[header_size + 4 + 60 + 4 + 1]  # after structSize, name, codepage, platform
    if conversion_type != 2:  # UCNV_MBCS; makeconv writes every table as MBCS
        return False
    # _MBCSHeader: version[4], countStates, countToUFallbacks, offsetToUCodeUnits,
    # offsetFromUTable, offsetFromUBytes, flags (output type in the low byte)
    flags = struct.unpack_from("<I", item, header_size + static_size + 4 + 4 * 5)[0]
    return flags & 0xFF == 0


def read_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(the data header, [(name, item bytes)]) of an ICU common data package."""
    header_size, magic = struct.unpack_from("<H2s", data, 0)
    if magic != b"\xda\x27" or data[12:16] != b"CmnD":
        raise ValueError("not a little-endian ICU common data package")
    count = struct.unpack_from("<I", data, header_size)[0]
    entries = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    names = []
    for name_offset, _ in entries:
        start = header_size + name_offset
        names.append(data[start:data.index(b"\0", start)].decode("ascii"))
    ends = [offset for _, offset in entries[1:]] + [len(data) - header_size]
    items = [(name, data[header_size + offset:header_size + end])
             for name, (_, offset), end in zip(names, entries, ends)]
    return data[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    offset = _align(toc_size + len(names))
    entries, body = [], bytearray()
    name_offset = toc_size
    for name, item in items:
        entries.append(struct.pack("<II", name_offset, offset + len(body)))
        name_offset += len(name) + 1
        body += item + _PAD * (_align(len(item)) - len(item))
    toc = struct.pack("<I", len(items)) + b"".join(entries) + names
    toc += _PAD * (offset - len(toc))
    return header + toc + bytes(body)


def _align(n: int, to: int = 16) -> int:
    return (n + to - 1) // to * to


def subset(data: bytes) -> tuple[bytes, int, int]:
    """The reduced package, and how many items were kept of how many."""
    header, items = read_package(data)
    kept = [(name, item) for name, item in items if keep_item(name, item)]
    return write_package(header, kept), len(kept), len(items)


def build_library(original: Path, out_dir: Path) -> tuple[Path, str]:
    """Writes a reduced copy of libicudata.so.NN into out_dir; returns (path, summary).
    Raises RuntimeError (the caller keeps the original) when it cannot."""
    cc = shutil.which("cc") or shutil.which("gcc")
    nm = shutil.which("nm")
    if not (cc and nm):
        raise RuntimeError("no C compiler or nm")
    symbols = subprocess.run([nm, "-D", "-S", "--defined-only", str(original)],
                             capture_output=True, text=True, check=True).stdout.split()
    # one line: address size type name, e.g. 0000000000001000 0000000001e8bb80 R icudt73_dat
    if len(symbols) != 4 or not re.fullmatch(r"icudt\d+_dat", symbols[3]):
        raise RuntimeError(f"unexpected symbols in {original.name}: {' '.join(symbols)}")
    address, size, symbol = int(symbols[0], 16), int(symbols[1], 16), symbols[3]
    raw = original.read_bytes()
    # the data sits in .rodata, whose file offset equals its address in this library
    package = raw[address:address + size]
    reduced, kept, total = subset(package)
    out_dir.mkdir(parents=True, exist_ok=True)
    dat = out_dir / f"{symbol[:-4]}l.dat"
    dat.write_bytes(reduced)
    source = out_dir / "icudata.S"
    source.write_text(
        '\t.section .note.GNU-stack,"",%progbits\n'
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n"
        f"\t.type {symbol},%object\n"
        "\t.balign 16\n"
        f"{symbol}:\n"
        f'\t.incbin "{dat}"\n'
        f"\t.size {symbol}, .-{symbol}\n", encoding="ascii")
    library = out_dir / original.name
    subprocess.run([cc, "-shared", "-nostdlib", f"-Wl,-soname,{original.name}",
                    "-Wl,-z,noexecstack", "-o", str(library), str(source)],
                   check=True, capture_output=True, text=True)
    summary = (f"{original.name}: {len(package) / 2**20:.1f} MB of data -> "
               f"{len(reduced) / 2**20:.1f} MB ({kept} of {total} items)")
    return library, summary
