"""PDF/A-2b for every PDF the program writes (issue 14): the documents that
go to the municipality's archive (closing report, signed agreements,
evaluations, minutes) must be in the archive format, and the others cost
nothing more to make the same way.

What is added to a ReportLab document, through its own low-level objects
(ReportLab's open-source edition has no PDF/A switch):
- an XMP metadata stream in the catalog with the PDF/A identification
  (pdfaid:part 2, conformance B) and the document information (title,
  author, subject, keywords, producer, creator tool, dates) written equal to
  the Info dictionary, as PDF/A requires;
- an OutputIntent (GTS_PDFA1) with an sRGB ICC profile, so the DeviceRGB and
  DeviceGray colours the documents use have a defined meaning;
- the first font the canvas sets is DejaVu Sans (pdf_common), not ReportLab's
  default Helvetica, which is never embedded; every font is then embedded.
ReportLab writes the trailer's /ID and a binary comment after the header.

The ICC profile is made here from the sRGB numbers of IEC 61966-2-1 (the D50
primaries after Bradford adaptation, as ICC profiles carry them, and the sRGB
tone curve as a 1024-entry table): an ICC v2 display profile of ~6.6 kB,
ours, so no third-party profile (and licence) is bundled. No Qt."""

from __future__ import annotations

import struct
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFStream,
    PDFString,
    PDFZCompress,
)

OUTPUT_CONDITION = "sRGB IEC61966-2.1"
PRODUCER = "Nærvær (ReportLab)"

# D50 white and the sRGB primaries adapted to D50 (Bradford), as in every
# sRGB ICC profile.
_D50 = (0.9642, 1.0, 0.8249)
_RED = (0.4360747, 0.2225045, 0.0139322)
_GREEN = (0.3850649, 0.7168786, 0.0971045)
_BLUE = (0.1430804, 0.0606169, 0.7141733)
_CURVE_POINTS = 1024


def _s15(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def _xyz(values: tuple[float, float, float]) -> bytes:
    return b"XYZ \0\0\0\0" + b"".join(_s15(v) for v in values)


def _srgb_to_linear(v: float) -> float:
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


def _curve() -> bytes:
    points = [round(_srgb_to_linear(i / (_CURVE_POINTS - 1)) * 65535)
              for i in range(_CURVE_POINTS)]
    return b"curv\0\0\0\0" + struct.pack(">I", len(points)) + struct.pack(
        f">{len(points)}H", *points)


def _desc(text: str) -> bytes:
    ascii_text = text.encode("ascii") + b"\0"
    return (b"desc\0\0\0\0" + struct.pack(">I", len(ascii_text)) + ascii_text
            + struct.pack(">II", 0, 0) + struct.pack(">HB", 0, 0) + b"\0" * 67)


def _text(text: str) -> bytes:
    return b"text\0\0\0\0" + text.encode("ascii") + b"\0"


@lru_cache(maxsize=1)
def srgb_icc_profile() -> bytes:
    """An ICC v2.1 RGB display profile for sRGB (deterministic bytes)."""
    curve = _curve()
    tags = [
        (b"desc", _desc(OUTPUT_CONDITION)),
        (b"cprt", _text("No copyright, use freely")),
        (b"wtpt", _xyz(_D50)),
        (b"rXYZ", _xyz(_RED)),
        (b"gXYZ", _xyz(_GREEN)),
        (b"bXYZ", _xyz(_BLUE)),
        (b"rTRC", curve),
        (b"gTRC", curve),  # the same data: tags may share it, but a copy is simpler
        (b"bTRC", curve),
    ]
    offset = 128 + 4 + 12 * len(tags)
    table, data = b"", b""
    for signature, body in tags:
        table += signature + struct.pack(">II", offset + len(data), len(body))
        data += body + b"\0" * (-len(body) % 4)
    size = offset + len(data)
    header = (struct.pack(">I", size) + b"\0\0\0\0" + bytes([2, 0x10, 0, 0])
              + b"mntrRGB XYZ " + struct.pack(">6H", 2026, 1, 1, 0, 0, 0) + b"acsp"
              + b"\0" * 4  # platform
              + b"\0" * 4 + b"\0" * 4 + b"\0" * 4 + b"\0" * 8  # flags, maker, model, attributes
              + struct.pack(">I", 0)  # rendering intent: perceptual
              + b"".join(_s15(v) for v in _D50) + b"\0" * 4  # illuminant, creator
              + b"\0" * 44)
    assert len(header) == 128
    return header + struct.pack(">I", len(tags)) + table + data


def _xmp_date(timestamp) -> str:
    y, mo, d, h, mi, s = timestamp.YMDhms
    sign = "-" if timestamp.dhh < 0 else "+"
    return (f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}"
            f"{sign}{abs(timestamp.dhh):02d}:{abs(timestamp.dmm):02d}")


def xmp_packet(title: str, author: str, subject: str, keywords: str, creator: str,
               producer: str, created: str) -> bytes:
    """The XMP metadata: PDF/A-2b identification and the document information."""
    e = escape
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{e(title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{e(author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{e(subject)}</rdf:li></rdf:Alt></dc:description>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdf:Producer>{e(producer)}</pdf:Producer>
   <pdf:Keywords>{e(keywords)}</pdf:Keywords>
   <pdf:Trapped>False</pdf:Trapped>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <xmp:CreatorTool>{e(creator)}</xmp:CreatorTool>
   <xmp:CreateDate>{created}</xmp:CreateDate>
   <xmp:ModifyDate>{created}</xmp:ModifyDate>
   <xmp:MetadataDate>{created}</xmp:MetadataDate>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode("utf-8")


def _eol_before_endstream() -> None:
    """PDF/A (ISO 19005-2, 6.1.7.1) wants an end-of-line before every
    `endstream`, not counted in the stream's Length. ReportLab writes the data
    and `endstream` back to back, in one place (PDFStream.format): the line
    break is put in there, once per process."""
    if getattr(PDFStream.format, "_pdfa_eol", False):
        return
    plain = PDFStream.format

    def format(self, document):  # noqa: A001 (ReportLab's name)
        out = plain(self, document)
        if out.endswith(b"endstream\n"):  # Length counts the data only, not this break
            out = out[:-len(b"endstream\n")] + b"\nendstream\n"
        return out

    format._pdfa_eol = True
    PDFStream.format = format


_eol_before_endstream()


def embedded_font_defaults(font: str, bold: str) -> None:
    """ReportLab's defaults name Helvetica (a table cell's text, a paragraph
    style without a font, a bullet, the first state of a drawing), which is
    never embedded: our embedded font stands in for it everywhere, once per
    process."""
    from reportlab import rl_config
    from reportlab.lib.fonts import addMapping
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus.tables import CellStyle

    for is_bold, is_italic in ((0, 0), (1, 0), (0, 1), (1, 1)):
        addMapping(font, is_bold, is_italic, bold if is_bold else font)
    rl_config.defaultGraphicsFontName = font
    rl_config.canvas_basefontname = font
    CellStyle.fontname = font
    ParagraphStyle.defaults["fontName"] = font
    ParagraphStyle.defaults["bulletFontName"] = font


def make_archival(canvas) -> None:
    """Adds the XMP metadata and the sRGB output intent to the document a
    ReportLab canvas is about to save (call it just before `save()`)."""
    doc = canvas._doc
    info = doc.info
    info.producer = PRODUCER
    if info.creator in ("", "anonymous", "(unspecified)", None):
        info.creator = "Nærvær"
    if info.subject in ("unspecified", "(unspecified)", None):
        info.subject = ""
    xmp = xmp_packet(info.title, info.author, info.subject, info.keywords, info.creator,
                     info.producer, _xmp_date(doc._timeStamp))
    # PDF/A: the metadata stream is not filtered (readable without decoding).
    metadata = PDFStream(PDFDictionary({"Type": PDFName("Metadata"),
                                        "Subtype": PDFName("XML")}), xmp)
    profile = PDFStream(PDFDictionary({"N": 3}), srgb_icc_profile(), filters=[PDFZCompress])
    intent = PDFDictionary({
        "Type": PDFName("OutputIntent"), "S": PDFName("GTS_PDFA1"),
        "OutputConditionIdentifier": PDFString(OUTPUT_CONDITION),
        "Info": PDFString(OUTPUT_CONDITION),
        "DestOutputProfile": doc.Reference(profile),
    })
    catalog = doc.Catalog
    catalog.Metadata = doc.Reference(metadata)
    catalog.OutputIntents = PDFArray([intent])
    if "OutputIntents" not in catalog.__NoDefault__:
        catalog.__NoDefault__ = [*catalog.__NoDefault__, "OutputIntents"]
