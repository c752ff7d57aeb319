"""A letter draft laid out: an A4 PDF for a right-hand window envelope, or plain text.

PDF layout (millimetres from the top-left corner of the A4 sheet, French "DL" 110×220 envelope with the
window on the right, sheet folded in three):

- sender block: top left, from 15 mm, 85 mm wide;
- recipient block: x 110 mm, y 47 mm, 85 mm wide, 36 mm high: inside the window once folded;
- place and date: right-aligned under the recipient, then the registered-mail line, subject, references,
  body, closing formula, signature space with the typed name at the right, attachments at the left;
- fold marks in the left margin at 99 and 198 mm; page numbers « Page 1 / 2 » on every page when there
  are several, with a running head (who, which letter) from page 2 on.

The charges table repeats its header on each page, wraps long labels and never leaves the total row alone
at the top of a page; a row taller than a page (a pasted text, a word without spaces) splits inside the row,
and the running head is cut with « … » at the page's width (the full name is in the letter). Every user
string is cleaned for the font and escaped for reportlab's markup. The output is byte-for-byte the same for
the same draft (reportlab's invariant mode).
"""

from __future__ import annotations

import functools
import io
import textwrap
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    FrameBreak,
    KeepInFrame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kkoguard.formatting import format_money
from kkoguard.letters import fonts
from kkoguard.letters.draft import (
    BodyBlock,
    Charges,
    ChargesTable,
    Chronology,
    Grounds,
    ItemList,
    LetterDraft,
    Para,
)

PAGE_W, PAGE_H = A4
LEFT = 20 * mm
RIGHT = 15 * mm
BODY_W = PAGE_W - LEFT - RIGHT  # 175 mm
SENDER = (LEFT, 15 * mm, 85 * mm, 60 * mm)  # x, y from the top, width, height
WINDOW = (110 * mm, 47 * mm, 85 * mm, 36 * mm)
BODY_TOP_FIRST = 86 * mm
BODY_TOP = 22 * mm
BOTTOM = 20 * mm
FOLDS = (99 * mm, 198 * mm)
_TABLE_START = 45 * mm  # room for a sentence, the header row and a few rows before a table starts
_AUTHOR = "KKO Guard"
_NBSP, _NNBSP = "\u00a0", "\u202f"
_COLON = "\u00a0: "  # between a ground's citation and its text, French style

_INK = colors.HexColor("#1a1a1a")
_MUTED = colors.HexColor("#5a5f66")
_RULE = colors.HexColor("#b8bec6")
_HEAD_BG = colors.HexColor("#e9ecef")
_TOTAL_BG = colors.HexColor("#f4f5f7")


@functools.cache
def _styles() -> dict[str, ParagraphStyle]:
    family = fonts.register()
    body = ParagraphStyle(
        "letter",
        fontName=family.regular,
        bulletFontName=family.regular,
        fontSize=9.5,
        leading=13,
        textColor=_INK,
        spaceAfter=6,
        allowWidows=0,
        allowOrphans=0,
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
    return {
        "body": body,
        "sender": ParagraphStyle("sender", parent=body, spaceAfter=0),
        "recipient": ParagraphStyle("recipient", parent=body, fontSize=10.5, leading=14, spaceAfter=0),
        "place": ParagraphStyle("place", parent=body, alignment=TA_RIGHT, spaceAfter=10),
        "strong": ParagraphStyle("strong", parent=body, fontName=family.bold, spaceAfter=4),
        "ref": ParagraphStyle("ref", parent=body, spaceAfter=0),
        "heading": ParagraphStyle(
            "heading", parent=body, fontName=family.bold, fontSize=10.5, spaceBefore=6, keepWithNext=1
        ),
        "intro": ParagraphStyle("intro", parent=body, keepWithNext=1, spaceAfter=4),
        "item": ParagraphStyle("item", parent=body, leftIndent=18, bulletIndent=2, spaceAfter=3),
        "cell": cell,
        "cell_right": ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        "cell_head": ParagraphStyle("cell_head", parent=cell, fontName=family.bold),
        "cell_head_right": ParagraphStyle(
            "cell_head_right", parent=cell, fontName=family.bold, alignment=TA_RIGHT
        ),
        "cell_bold": ParagraphStyle("cell_bold", parent=cell, fontName=family.bold),
        "cell_bold_right": ParagraphStyle(
            "cell_bold_right", parent=cell, fontName=family.bold, alignment=TA_RIGHT
        ),
        "signature": ParagraphStyle("signature", parent=body, leftIndent=WINDOW[0] - LEFT, spaceAfter=0),
        "attach_head": ParagraphStyle(
            "attach_head", parent=body, keepWithNext=1, spaceBefore=10, spaceAfter=2
        ),
        "attach": ParagraphStyle(
            "attach", parent=body, fontSize=8.5, leading=11, leftIndent=12, bulletIndent=2, spaceAfter=1
        ),
    }


_markup = fonts.markup


def _p(text: str, style: str, **kwargs: Any) -> Paragraph:
    return Paragraph(_markup(text), _styles()[style], **kwargs)


# --- PDF ------------------------------------------------------------------------------------------------


def render_pdf(draft: LetterDraft) -> bytes:
    """The letter as an A4 PDF (bytes). Same draft, same bytes."""
    styles = _styles()
    family = fonts.register()
    story: list[Any] = []
    letter = draft.format == "letter"
    if letter:
        story.append(
            KeepInFrame(SENDER[2], SENDER[3], [_p(line, "sender") for line in draft.sender], mode="shrink")
        )
        story.append(FrameBreak())
        style = _recipient_style(draft.recipient)
        recipient = [Paragraph(_markup(line), style) for line in draft.recipient]
        story.append(KeepInFrame(WINDOW[2], WINDOW[3], recipient, mode="shrink"))
        story.append(FrameBreak())
    story.append(NextPageTemplate("later"))
    if letter:
        story.append(_p(draft.place_date, "place"))
        story.append(_p(draft.registered, "strong"))
        story.append(_p(draft.subject, "strong"))
        if draft.references:
            story.append(_references(draft))
        story.append(Spacer(1, 6))
        story.append(_p(draft.salutation, "body"))
    else:
        story.append(_p(draft.subject, "heading"))
    for index, block in enumerate(draft.body):
        following = draft.body[index + 1] if index + 1 < len(draft.body) else None
        if isinstance(following, (Charges, Chronology)) and not following.intro:
            story.append(CondPageBreak(_TABLE_START))  # a sentence is not left alone above its table
        story += _block(block)
    if letter:
        # The closing, the signature and the list of attachments stay together (they split only when
        # the list alone is longer than a page).
        ending: list[Any] = [_p(draft.closing, "body"), Spacer(1, 20 * mm), _p(draft.signature, "signature")]
        if draft.attachments:
            ending.append(_p(draft.attachments_label, "attach_head"))
            ending += [Paragraph(_markup(a), styles["attach"], bulletText="–") for a in draft.attachments]
        story.append(KeepTogether(ending))

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=BODY_TOP,
        bottomMargin=BOTTOM,
        title=draft.title,
        author=_AUTHOR,
        creator=_AUTHOR,
        producer=_AUTHOR,
        subject="",
        keywords="",
        lang="fr-FR",
        displayDocTitle=1,
        invariant=1,
    )
    top = BODY_TOP_FIRST if letter else BODY_TOP  # a report has no addresses above its text
    first_frames = [_frame("body_first", LEFT, top, BODY_W, PAGE_H - top - BOTTOM)]
    if letter:
        first_frames = [_frame("sender", *SENDER), _frame("window", *WINDOW), *first_frames]
    doc.addPageTemplates(
        [
            PageTemplate("first", frames=first_frames, onPage=_fold_marks if letter else _nothing),
            PageTemplate(
                "later", frames=[_frame("body", LEFT, BODY_TOP, BODY_W, PAGE_H - BODY_TOP - BOTTOM)]
            ),
        ]
    )
    canvasmaker = functools.partial(
        _NumberedCanvas,
        page_label=fonts.drawable(draft.page_label),
        running_head=fonts.drawable(draft.running_head),
        font=family.regular,
    )
    with fonts.BUILD_LOCK:
        doc.build(story, canvasmaker=canvasmaker)
    return buffer.getvalue()


def _recipient_style(lines: Sequence[str]) -> ParagraphStyle:
    """10.5 pt, smaller (down to 8.5 pt) when a line would otherwise wrap in the window."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    base = _styles()["recipient"]
    widest = max((stringWidth(fonts.drawable(x), base.fontName, 1) for x in lines), default=0.0)
    size = base.fontSize
    while size > 8.5 and widest * size > WINDOW[2]:
        size -= 0.5
    if size == base.fontSize:
        return base
    return ParagraphStyle(f"recipient_{size}", parent=base, fontSize=size, leading=size * 1.33)


def _frame(name: str, x: float, top: float, width: float, height: float) -> Frame:
    return Frame(
        x,
        PAGE_H - top - height,
        width,
        height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=name,
    )


def _nothing(canvas: Any, doc: Any) -> None:
    pass


def _fold_marks(canvas: Any, doc: Any) -> None:
    canvas.saveState()
    canvas.setStrokeColor(_RULE)
    canvas.setLineWidth(0.5)
    for y in FOLDS:
        canvas.line(4 * mm, PAGE_H - y, 9 * mm, PAGE_H - y)
    canvas.restoreState()


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Draws « Page n / N » and the running head once the number of pages is known."""

    def __init__(self, *args: Any, page_label: str, running_head: str, font: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._page_label = page_label
        self._running_head = running_head
        self._font = font

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            if total > 1:
                self._furniture(number, total)
            super().showPage()
        super().save()

    def _furniture(self, number: int, total: int) -> None:
        self.saveState()
        self.setFont(self._font, 8)
        self.setFillColor(_MUTED)
        label = self._page_label.format(page=number, pages=total)
        self.drawRightString(PAGE_W - RIGHT, 10 * mm, fonts.one_line(label, self._font, 8, BODY_W))
        if number > 1 and self._running_head:
            self.drawString(LEFT, PAGE_H - 12 * mm, fonts.one_line(self._running_head, self._font, 8, BODY_W))
        self.restoreState()


def _references(draft: LetterDraft) -> Table:
    label = _p(draft.references_label, "ref")
    lines = [_p(line, "ref") for line in draft.references]
    table = Table([[label, lines]], colWidths=[13 * mm, BODY_W - 13 * mm], splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _block(block: BodyBlock, *, keep_with_next: bool = False) -> list[Any]:
    styles = _styles()
    if isinstance(block, Para):
        return [_p(block.text, "heading" if block.heading else "intro" if keep_with_next else "body")]
    out: list[Any] = []
    if block.intro and isinstance(block, (Charges, Chronology)):
        # Keeping the sentence with a whole long table would push both to the next page and leave this
        # one empty: start on a new page only when the sentence and the first rows do not fit.
        out += [CondPageBreak(_TABLE_START), _p(block.intro, "body")]
    elif block.intro:
        out.append(_p(block.intro, "intro"))
    if isinstance(block, ItemList):
        for number, item in enumerate(block.items, start=1):
            bullet = f"{number}." if block.numbered else "•"
            out.append(Paragraph(_markup(item), styles["item"], bulletText=bullet))
        out.append(Spacer(1, 4))
    elif isinstance(block, Charges):
        out.append(_charges_table(block.table))
        out.append(Spacer(1, 8))
    elif isinstance(block, Grounds):
        for ground in block.grounds:
            text = f"<b>{_markup(ground.cite)}</b>{_markup(_COLON + ground.text)}"
            out.append(Paragraph(text, styles["item"], bulletText="•"))
        out.append(Spacer(1, 4))
    elif isinstance(block, Chronology):
        out.append(_chronology_table(block))
        out.append(Spacer(1, 8))
    return out


def _grid(rows: list[list[Any]], widths: Sequence[float]) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=1, splitInRow=1)  # a pasted text splits
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), _HEAD_BG),
                ("LINEABOVE", (0, 0), (-1, 0), 0.4, _RULE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, _RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ]
        )
    )
    return table


def _charges_table(table: ChargesTable) -> Table:
    h = table.headers
    head = [
        _p(table.number_header, "cell_head"),
        _p(h[0], "cell_head"),
        _p(h[1], "cell_head"),
        _p(h[2], "cell_head"),
        _p(h[3], "cell_head_right"),
    ]
    rows: list[list[Any]] = [head]
    for number, row in enumerate(table.rows, start=1):
        rows.append(
            [
                _p(str(number), "cell"),
                _p(table.day_text(row), "cell"),
                _p(row.label, "cell"),
                _p(row.merchant, "cell"),
                _p(format_money(row.amount), "cell_right"),
            ]
        )
    rows.append(
        [_p(table.total_label, "cell_bold"), "", "", "", _p(format_money(table.total), "cell_bold_right")]
    )
    number_w = 9 * mm
    grid = _grid(rows, [number_w, 22 * mm, BODY_W - number_w - 22 * mm - 40 * mm - 25 * mm, 40 * mm, 25 * mm])
    grid.setStyle(
        TableStyle(
            [
                ("SPAN", (0, -1), (3, -1)),
                ("BACKGROUND", (0, -1), (-1, -1), _TOTAL_BG),
                ("NOSPLIT", (0, -2), (-1, -1)),  # the total never alone at the top of a page
            ]
        )
    )
    return grid


def _chronology_table(block: Chronology) -> Table:
    styles = _styles()
    rows: list[list[Any]] = [[_p(block.headers[0], "cell_head"), _p(block.headers[1], "cell_head")]]
    for event in block.events:
        text = _markup(event.text)
        if event.detail:
            text += f"<br/><font color='#5a5f66'>{_markup(event.detail)}</font>"
        rows.append([_p(event.day.strftime("%d/%m/%Y"), "cell"), Paragraph(text, styles["cell"])])
    return _grid(rows, [22 * mm, BODY_W - 22 * mm])


# --- text -----------------------------------------------------------------------------------------------

WIDTH = 78
RIGHT_COLUMN = 44  # where the recipient and the date start in the text version


def _wrap(text: str, indent: str = "", first: str = "") -> list[str]:
    """Wrapped at WIDTH; no-break spaces are kept (and never broken)."""
    lines: list[str] = []
    for part in text.split("\n"):
        lines += textwrap.wrap(
            part,
            WIDTH,
            initial_indent=first or indent,
            subsequent_indent=indent,
            break_on_hyphens=False,
            break_long_words=True,
        ) or [first.rstrip()]
    return lines


def render_text(draft: LetterDraft) -> str:
    """The same content as plain text (UTF-8, LF): a SignalConso report, an e-mail, the golden tests."""
    out: list[str] = []
    letter = draft.format == "letter"
    if letter:
        out += [*list(draft.sender), ""]
        out += [" " * RIGHT_COLUMN + line for line in draft.recipient] + [""]
        out += [" " * RIGHT_COLUMN + draft.place_date, ""]
        out += [*_wrap(draft.registered), ""]
        out += _wrap(draft.subject)
        for index, line in enumerate(draft.references):
            label = draft.references_label + " " if index == 0 else ""
            out += _wrap(
                line, " " * (len(draft.references_label) + 1), label.ljust(len(draft.references_label) + 1)
            )
        out += ["", draft.salutation, ""]
    else:
        out += [*_wrap(draft.subject), ""]
    for block in draft.body:
        out += [*_text_block(block), ""]
    if letter:
        out += [*_wrap(draft.closing), "", "", ""]
        out += [" " * RIGHT_COLUMN + draft.signature]
        if draft.attachments:
            out += ["", draft.attachments_label]
            for item in draft.attachments:
                out += _wrap(item, "  ", "– ")
    while out and not out[-1]:
        out.pop()
    return "\n".join(line.rstrip() for line in out) + "\n"


def _text_block(block: BodyBlock) -> list[str]:
    if isinstance(block, Para):
        return _wrap(block.text)
    out = _wrap(block.intro) if block.intro else []
    if isinstance(block, ItemList):
        for number, item in enumerate(block.items, start=1):
            bullet = f"{number}. " if block.numbered else "• "
            out += _wrap(item, " " * len(bullet), bullet)
    elif isinstance(block, Charges):
        out += _text_table(block.table)
    elif isinstance(block, Grounds):
        for ground in block.grounds:
            out += _wrap(ground.cite + _COLON + ground.text, "  ", "• ")
    elif isinstance(block, Chronology):
        out += [f"{block.headers[0]:<10}  {block.headers[1]}", "-" * WIDTH]
        for event in block.events:
            day = event.day.strftime("%d/%m/%Y")
            out += _wrap(event.text, " " * 12, f"{day}  ")
            if event.detail:
                out += _wrap(event.detail, " " * 12)
    return out


def _text_table(table: ChargesTable) -> list[str]:
    widths = (3, 10, 28, 17, 12)

    def row(cells: Sequence[str]) -> list[str]:
        columns = [
            textwrap.wrap(c, w, break_on_hyphens=False) or [""] for c, w in zip(cells, widths, strict=True)
        ]
        height = max(len(c) for c in columns)
        lines = []
        for i in range(height):
            parts = [c[i] if i < len(c) else "" for c in columns]
            left = "  ".join(f"{p:<{w}}" for p, w in zip(parts[:4], widths[:4], strict=True))
            lines.append(f"{left}  {parts[4]:>{widths[4]}}")
        return lines

    out = row([table.number_header, *table.headers])
    out.append("-" * (sum(widths) + 8))
    for number, r in enumerate(table.rows, start=1):
        out += row([str(number), table.day_text(r), r.label, r.merchant, format_money(r.amount)])
    out.append("-" * (sum(widths) + 8))
    label_width = sum(widths[:4]) + 6
    total = format_money(table.total)
    out.append(f"{table.total_label:<{label_width}}  {total:>{widths[4]}}")
    return out
