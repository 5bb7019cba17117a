"""What the tests check of PDF/A-2b, read with pypdf (issue 14).

Checked: the header and its binary comment; the trailer's /ID; no encryption;
every font used on every page (and in form XObjects) embedded (FontFile,
FontFile2 or FontFile3 in its descriptor; for Type0 fonts in the descendant's),
and no standard-14 font referenced; the catalog's XMP metadata stream,
unfiltered, parsing as XML, with pdfaid:part 2 and pdfaid:conformance B, and
its title, creator, producer and dates equal to the Info dictionary; an
OutputIntent GTS_PDFA1 whose DestOutputProfile is an ICC stream with N 3
that a colour-management engine (littlecms, through Pillow) opens as an RGB
display profile; an end-of-line before every `endstream`.
Images: no /Interpolate, /Alternates or /OPI; a soft mask (a signature's
transparent background) is a DeviceGray image, which PDF/A-2 allows.
Not checked (veraPDF's job): the fonts' inner tables and widths, every
operator and colour space of the content streams, transparency groups."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET

import pypdf
from pypdf.generic import IndirectObject

NS = {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
      "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
      "dc": "http://purl.org/dc/elements/1.1/",
      "pdf": "http://ns.adobe.com/pdf/1.3/",
      "xmp": "http://ns.adobe.com/xap/1.0/"}
STANDARD_14 = {"Helvetica", "Times-Roman", "Courier", "Symbol", "ZapfDingbats"}


def _fonts(resources, seen: set) -> list:
    """Every font dictionary reachable from a resources dictionary."""
    found = []
    if resources is None:
        return found
    resources = resources.get_object()
    for font in (resources.get("/Font") or {}).values():
        found.append(font.get_object())
    for xobject in (resources.get("/XObject") or {}).values():
        ref = (xobject.idnum if isinstance(xobject, IndirectObject) else id(xobject))
        if ref in seen:
            continue
        seen.add(ref)
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Form":
            found += _fonts(xobject.get("/Resources"), seen)
    return found


def _images(resources, seen: set) -> list:
    found = []
    if resources is None:
        return found
    for xobject in (resources.get_object().get("/XObject") or {}).values():
        ref = xobject.idnum if isinstance(xobject, IndirectObject) else id(xobject)
        if ref in seen:
            continue
        seen.add(ref)
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Image":
            found.append(xobject)
        elif xobject.get("/Subtype") == "/Form":
            found += _images(xobject.get("/Resources"), seen)
    return found


def _embedded(font) -> bool:
    if font.get("/Subtype") == "/Type0":
        return all(_embedded(d.get_object()) for d in font["/DescendantFonts"])
    if font.get("/Subtype") == "/Type3":
        return True  # glyphs drawn by the content itself
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def _pdf_date(text: str) -> str:
    """D:20261202143710+01'00' → 2026-12-02T14:37:10+01:00"""
    m = re.fullmatch(r"D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)([+-Z])(\d\d)'(\d\d)'?", text)
    assert m, text
    y, mo, d, h, mi, s, sign, th, tm = m.groups()
    return f"{y}-{mo}-{d}T{h}:{mi}:{s}{sign}{th}:{tm}"


def check_pdfa(data: bytes) -> dict:
    """Asserts the PDF/A-2b parts listed above; returns a few facts for the caller."""
    assert data.startswith(b"%PDF-1.")
    second = data.split(b"\n", 2)[1]
    assert second.startswith(b"%") and sum(b > 127 for b in second[1:5]) == 4
    assert not re.search(rb"[^\r\n]endstream", data), "endstream without an EOL before it"
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert not reader.is_encrypted
    ids = reader.trailer.get("/ID")
    assert ids is not None and len(ids) == 2 and len(bytes(ids[0].original_bytes)) >= 16

    fonts = []
    seen: set = set()
    for page in reader.pages:
        fonts += _fonts(page.get("/Resources"), seen)
    assert fonts, "no fonts found"
    for font in fonts:
        base = str(font.get("/BaseFont", "")).lstrip("/")
        assert base not in STANDARD_14, f"standard font {base} referenced"
        assert _embedded(font), f"font {base} not embedded"

    images: list = []
    seen = set()
    for page in reader.pages:
        images += _images(page.get("/Resources"), seen)
    for image in images:  # PDF/A-2 6.2.8: no interpolation, no alternates, no OPI
        assert not image.get("/Interpolate", False)
        assert "/Alternates" not in image and "/OPI" not in image
        mask = image.get("/SMask")
        if mask is not None:  # a soft mask (transparency) is allowed, made the same way
            assert mask.get_object().get("/ColorSpace") == "/DeviceGray"

    root = reader.trailer["/Root"]
    assert "/Metadata" in root and "/OutputIntents" in root, "no XMP or no output intent"
    metadata = root["/Metadata"].get_object()
    assert metadata["/Type"] == "/Metadata" and metadata["/Subtype"] == "/XML"
    assert "/Filter" not in metadata
    xmp = metadata.get_data()
    assert xmp.startswith(b"<?xpacket begin=") and xmp.rstrip().endswith(b"<?xpacket end=\"w\"?>")
    tree = ET.fromstring(re.sub(rb"<\?xpacket[^>]*\?>", b"", xmp))
    assert tree.find(".//pdfaid:part", NS).text == "2"
    assert tree.find(".//pdfaid:conformance", NS).text == "B"
    info = reader.trailer["/Info"].get_object()
    assert tree.find(".//dc:title/rdf:Alt/rdf:li", NS).text == str(info["/Title"])
    assert tree.find(".//dc:creator/rdf:Seq/rdf:li", NS).text == str(info["/Author"])
    assert tree.find(".//pdf:Producer", NS).text == str(info["/Producer"])
    assert tree.find(".//xmp:CreatorTool", NS).text == str(info["/Creator"])
    assert tree.find(".//xmp:CreateDate", NS).text == _pdf_date(str(info["/CreationDate"]))
    assert tree.find(".//xmp:ModifyDate", NS).text == _pdf_date(str(info["/ModDate"]))

    [intent] = root["/OutputIntents"]
    intent = intent.get_object()
    assert intent["/S"] == "/GTS_PDFA1"
    assert str(intent["/OutputConditionIdentifier"])
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == 3
    icc = profile.get_data()
    from PIL import ImageCms

    opened = ImageCms.ImageCmsProfile(io.BytesIO(icc))
    assert opened.profile.xcolor_space.strip() == "RGB"
    assert opened.profile.device_class == "mntr"
    return {"pages": len(reader.pages), "images": len(images), "fonts": {str(f.get("/BaseFont")) for f in fonts},
            "text": " ".join(page.extract_text() for page in reader.pages)}
