"""Small PDFs written byte by byte, for what reportlab does not draw: Type3 fonts, a bold font named "F2",
a page tree that points nowhere. Each object is given without its "N 0 obj" wrapper; the xref is computed."""

from __future__ import annotations


def pdf(*objects: str, root: int = 1) -> bytes:
    """A PDF whose object N (1-based) is `objects[N-1]`; a `None`-like "" leaves the number unused."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets: list[int | None] = []
    for number, body in enumerate(objects, start=1):
        if not body:
            offsets.append(None)
            continue
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += (f"{offset:010d} 00000 n \n" if offset is not None else "0000000000 65535 f \n").encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root {root} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def stream(content: str, extra: str = "") -> str:
    data = content.encode("latin-1")
    return f"<< /Length {len(data)} {extra}>>\nstream\n{content}\nendstream"


def text_page(content: str, fonts: str, *more: str) -> bytes:
    """One A4 page showing `content` with the font resources `fonts` (objects 5 on are `more`)."""
    return pdf(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << {fonts} >> >> "
        "/Contents 4 0 R >>",
        stream(content),
        *more,
    )


GLYPHS = {
    "T": "T",
    "o": "o",
    "t": "t",
    "a": "a",
    "l": "l",
    "1": "one",
    "2": "two",
    ",": "comma",
    "5": "five",
    "0": "zero",
}
"""The characters the Type3 font draws, by glyph name (PDFium and pdfminer map standard names to Unicode)."""


def type3_bill(*, to_unicode: bool) -> bytes:
    """A page written in a Type3 font whose glyphs are little filled boxes named by standard glyph names
    (codes 65 on, "A" to "J"), with or without a ToUnicode map saying which letter each code is."""
    codes = {char: 65 + i for i, char in enumerate(GLYPHS)}
    procs = " ".join(f"/{name} {6 + i} 0 R" for i, name in enumerate(GLYPHS.values()))
    differences = " ".join(f"{codes[c]} /{GLYPHS[c]}" for c in GLYPHS)
    glyph = stream("600 0 0 0 500 700 d1 50 0 400 700 re f")
    mapping = "\n".join(f"<{codes[c]:02X}> <{ord(c):04X}>" for c in GLYPHS)
    cmap = stream(
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T3 def /CMapType 2 def\n"
        "1 begincodespacerange <00> <FF> endcodespacerange\n"
        f"{len(GLYPHS)} beginbfchar\n{mapping}\nendbfchar\nendcmap CMapName currentdict /CMap defineresource "
        "pop end end"
    )
    cmap_number = 6 + len(GLYPHS)

    def show(text: str) -> str:
        return "".join(f"\\{codes[c]:03o}" for c in text)

    content = f"BT /T3 12 Tf 72 700 Td ({show('Total')}) Tj 100 0 Td ({show('12,50')}) Tj ET"
    font = (
        "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 600 700] /FontMatrix [0.001 0 0 0.001 0 0] "
        f"/CharProcs << {procs} >> /Encoding << /Type /Encoding /Differences [{differences}] >> "
        f"/FirstChar 65 /LastChar {65 + len(GLYPHS) - 1} /Widths [{' '.join(['600'] * len(GLYPHS))}] "
        f"{f'/ToUnicode {cmap_number} 0 R ' if to_unicode else ''}>>"
    )
    return text_page(content, "/T3 5 0 R", font, *([glyph] * len(GLYPHS)), cmap)


def bold_named_f2() -> bytes:
    """ "Total" in a font named F2 whose descriptor says bold (ForceBold, a heavy stem), then a plain word."""
    descriptor = (
        "<< /Type /FontDescriptor /FontName /F2 /Flags 262176 /FontBBox [-166 -225 1000 931] /ItalicAngle 0 "
        "/Ascent 718 /Descent -207 /CapHeight 718 /StemV 140 /FontWeight 700 >>"
    )
    widths = " ".join(["600"] * 95)
    bold = f"<< /Type /Font /Subtype /Type1 /BaseFont /F2 /FirstChar 32 /LastChar 126 /Widths [{widths}] /FontDescriptor 6 0 R /Encoding /WinAnsiEncoding >>"  # noqa: E501
    plain = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    content = "BT /F2 12 Tf 72 700 Td (Total) Tj ET BT /F1 12 Tf 200 700 Td (12,50) Tj ET"
    return text_page(content, "/F2 5 0 R /F1 7 0 R", bold, descriptor, plain)


def page_tree_to_nowhere() -> bytes:
    """Two pages announced; the second is a reference to an object that is not a page."""
    return pdf(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 6 0 R >> >> "
        "/Contents 4 0 R >>",
        stream("BT /F1 12 Tf 72 700 Td (Facture 12,50) Tj ET"),
        "(not a page)",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    )


def empty_pages(count: int = 2) -> bytes:
    kids = " ".join(f"{3 + i} 0 R" for i in range(count))
    return pdf(
        "<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count} >>",
        *["<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"] * count,
    )
