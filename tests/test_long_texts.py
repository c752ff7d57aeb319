"""Long and odd texts a person can type or paste reach every PDF whole and inside the page (issue 17).

A pasted e-mail, a name without spaces, a 20,000-character note, Arabic or Hebrew, emoji, combining marks,
control characters: the mediator summary, each letter, the recovery sheet and the bill copies render them
without an exception, in a PDF that PDFium opens, with every character drawn inside its page.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdfium2
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kkoguard.dossier.export import render_case_summary
from kkoguard.dossier.model import CaseFile, Evidence, EvidenceKind
from kkoguard.letters import KINDS, compose, render_pdf, render_recovery_sheet
from kkoguard.letters.enclosures import BillCopy, Mark, bill_copies, render_copies
from tests.fixtures.letters import cases as lc
from tests.test_export import TODAY, realistic

# --------------------------------------------------------------------------------------------- the texts

_RTL = ("مرحبا بكم في خدمة العملاء", "שלום, החיוב הזה לא מוכר לי", "فاتورة")
_EMOJI = ("😀", "👍🏽", "👨‍👩‍👧", "🇫🇷", "💶", "❤️")
_COMBINING = ("e\u0301\u0302\u0303\u0304", "Z\u0334\u0321\u0322\u0349a\u0337l\u0338", "n\u0303", "\u0301")
_CONTROL = ("\x00", "\x07", "\x1b[31m", "\t", "\r", "\n", "\u202e", "\u200b", "\ufeff", "\u2028", "\x7f")


def _cycle(pieces: list[str], size: int) -> str:
    text = "".join(pieces) or "x"
    return (text * (size // len(text) + 1))[:size]


@st.composite
def odd_texts(draw: st.DrawFn, max_size: int = 3000) -> str:
    """One of the texts that broke or could break a layout, `max_size` characters at most."""
    size = draw(st.one_of(st.integers(1, 80), st.integers(max_size // 2, max_size)))  # short or long
    kind = draw(st.sampled_from(["no_spaces", "long_words", "rtl", "emoji", "combining", "control", "any"]))
    if kind == "no_spaces":
        return _cycle(
            [draw(st.text(st.characters(categories=["L", "N", "P", "S"]), min_size=1, max_size=12))], size
        )
    if kind == "long_words":
        length = draw(st.integers(40, 500))
        return _cycle([draw(st.sampled_from("WMmé@_-")) * length + " "], size)
    if kind == "rtl":
        return _cycle(draw(st.lists(st.sampled_from(_RTL), min_size=1, max_size=4)), size)
    if kind == "emoji":
        return _cycle(
            draw(st.lists(st.sampled_from([*_EMOJI, "texte ", "ok"]), min_size=1, max_size=6)), size
        )
    if kind == "combining":
        return _cycle(draw(st.lists(st.sampled_from([*_COMBINING, "a"]), min_size=1, max_size=6)), size)
    if kind == "control":
        return _cycle(draw(st.lists(st.sampled_from([*_CONTROL, "mot "]), min_size=1, max_size=8)), size)
    return draw(st.text(max_size=min(size, 400))) or "?"


# ------------------------------------------------------------------------------------------ the checks


def opened_inside(data: bytes) -> int:
    """The number of pages, once PDFium has opened the PDF and found every character inside its page."""
    pdf = pypdfium2.PdfDocument(data)
    try:
        for number, page in enumerate(pdf, start=1):
            width, height = page.get_size()
            text = page.get_textpage()
            for index in range(text.count_chars()):
                left, bottom, right, top = text.get_charbox(index)
                if right - left <= 0 and top - bottom <= 0:
                    continue  # a generated space or line break has no box
                assert left >= -1 and right <= width + 1, (number, index, left, right)
                assert bottom >= -1 and top <= height + 1, (number, index, bottom, top)
        return len(pdf)
    finally:
        pdf.close()


# --------------------------------------------------------------------------------------- every field

CaseChange = Callable[[CaseFile, str], None]


def _note(case_file: CaseFile) -> Evidence:
    notes = [e for e in case_file.evidence if e.kind is EvidenceKind.NOTE]
    if notes:
        return notes[0]
    note = Evidence(
        99, case_file.case.id, EvidenceKind.NOTE, "Appel au 3900", date(2026, 2, 21), note="Refus."
    )
    case_file.evidence.append(note)
    return note


def _set(case_file: CaseFile, field: str, text: str) -> None:
    case = case_file.case
    if field in ("holder_name", "holder_address", "title", "line_number", "account_number"):
        setattr(case, field, text)
    elif field == "merchants":
        case.merchants = [text, "Mobiquiz"]
    elif field in ("entry_summary", "entry_who"):
        for entry in case_file.entries:
            setattr(entry, field.removeprefix("entry_"), text)
    elif field == "note_title":
        _note(case_file).title = text
    elif field == "note_text":
        _note(case_file).note = text
    elif field == "refund_how":
        for refund in case_file.refunds:
            refund.how = text
    elif field in ("charge_label", "charge_merchant"):
        for evidence in case_file.evidence:
            for charge in evidence.charges:
                setattr(charge, field.removeprefix("charge_"), text)
    elif field == "letter_title":
        for letter in case_file.letters:
            letter.title = text
    elif field == "tracking_number":
        for letter in case_file.letters:
            letter.tracking_number = text
    else:
        raise AssertionError(field)


FIELDS = [
    "holder_name", "holder_address", "title", "line_number", "account_number", "merchants", "entry_summary",
    "entry_who", "note_title", "note_text", "refund_how", "charge_label", "charge_merchant", "letter_title",
    "tracking_number",
]  # fmt: skip


def hostile(case_file: CaseFile, field: str, long: str, short: str) -> CaseFile:
    """Every field a person types gets `short`, and `field` gets `long`."""
    for name in FIELDS:
        _set(case_file, name, short)
    _set(case_file, field, long)
    return case_file


LETTER_INPUTS: dict[str, tuple[Callable[[], CaseFile], date]] = {
    "refund": (lc.fresh, date(2026, 3, 3)),
    "escalation": (lc.after_refund, date(2026, 3, 6)),
    "termination": (lc.fresh, date(2026, 3, 3)),
    "mediator": (lc.after_escalation, date(2026, 4, 27)),
    "signalconso": (lc.after_escalation, date(2026, 4, 27)),
}
_FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _small_bill() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(595, 842), invariant=True)
    canvas.drawString(72, 700, "Internet+ Mobile MOBIQUIZ 4,99")
    canvas.showPage()
    canvas.showPage()
    canvas.save()
    return out.getvalue()


SMALL_BILL = _small_bill()


# ------------------------------------------------------------------------------------------ properties


@_FAST
@given(field=st.sampled_from(FIELDS), long=odd_texts(), short=odd_texts(60))
def test_the_mediator_summary_takes_any_text_in_any_field(field: str, long: str, short: str) -> None:
    case_file = hostile(realistic().case_file_value, field, long, short)
    data = render_case_summary(case_file, today=TODAY, next_steps=[(short, None), (long[:500], TODAY)])
    assert opened_inside(data) >= 1


@_FAST
@example(kind="refund", field="charge_label", long="W" * 3000, short="x")  # a row taller than a page
@example(kind="mediator", field="holder_name", long="Jean Marie " * 300, short="x")  # the running head
@given(
    kind=st.sampled_from(KINDS),
    field=st.sampled_from([*FIELDS, "place"]),
    long=odd_texts(),
    short=odd_texts(60),
)
def test_every_letter_takes_any_text_in_any_field(kind: str, field: str, long: str, short: str) -> None:
    make, today = LETTER_INPUTS[kind]
    if field == "place":
        case_file = hostile(make(), "title", short, short)
    else:
        case_file = hostile(make(), field, long, short)
    merchant = case_file.evidence[0].charges[1].merchant if kind == "termination" else None
    place = long if field == "place" else short
    draft = compose(kind, case_file, today=today, place=place, merchant=merchant)
    assert opened_inside(render_pdf(draft)) >= 1


@_FAST
@given(key=odd_texts(600), dossier_id=odd_texts(600))
def test_the_recovery_sheet_stays_one_page_whatever_the_key_and_the_id(key: str, dossier_id: str) -> None:
    data = render_recovery_sheet(key, created_on=date(2026, 3, 1), dossier_id=dossier_id)
    assert opened_inside(data) == 1


@_FAST
@given(
    label=odd_texts(),
    merchant=odd_texts(200),
    count=st.integers(1, 80),
    located=st.booleans(),
    readable=st.booleans(),
)
def test_the_bill_copies_take_any_label_and_any_number_of_lines(
    label: str, merchant: str, count: int, located: bool, readable: bool
) -> None:
    case_file = lc.fresh()
    bill = case_file.evidence[0]
    charge = replace(
        bill.charges[1], label=label, merchant=merchant, bbox=(60, 130, 400, 150) if located else None
    )
    bill.charges[1:] = [replace(charge, id=1000 + n) for n in range(count)]
    copies = bill_copies(case_file, lambda sha: SMALL_BILL if readable else b"not a pdf")
    assert copies
    assert opened_inside(render_copies(copies)) >= len(copies)


# ------------------------------------------------------------------------------------ 20,000 characters

HUGE = {
    "no spaces": "W" * 20_000,
    "pasted e-mail": ("> Bonjour, nous avons bien reçu votre réclamation concernant Internet+.\n" * 300)[
        :20_000
    ],
    "arabic and emoji": ("مرحبا😀שלום👍🏽e\u0301\u0302\x07\u202e" * 2_000)[:20_000],
}


@pytest.mark.slow
@pytest.mark.parametrize("field", [*FIELDS, "place"])
def test_20000_characters_without_a_space_in_any_field_still_print(field: str) -> None:
    text = HUGE["no spaces"]
    if field != "place":
        summary = render_case_summary(hostile(realistic().case_file_value, field, text, "x"), today=TODAY)
        assert opened_inside(summary) >= 1
    case_file = lc.after_escalation()
    hostile(case_file, field if field != "place" else "title", text if field != "place" else "x", "x")
    draft = compose("mediator", case_file, today=date(2026, 4, 27), place=text if field == "place" else None)
    assert opened_inside(render_pdf(draft)) >= 1


@pytest.mark.slow
@pytest.mark.parametrize("text", HUGE.values(), ids=HUGE.keys())
def test_20000_characters_of_any_kind_print_in_every_document(text: str) -> None:
    summary = render_case_summary(
        hostile(realistic().case_file_value, "entry_summary", text, "x"), today=TODAY
    )
    assert opened_inside(summary) > 5
    for kind in KINDS:
        make, today = LETTER_INPUTS[kind]
        case_file = hostile(make(), "charge_label", text, "x")
        merchant = "x" if kind == "termination" else None
        assert opened_inside(render_pdf(compose(kind, case_file, today=today, merchant=merchant))) > 1
    marks = tuple(Mark(n, 1, None, text, Decimal("1214.59")) for n in range(1, 200, 3))
    copies = [BillCopy(1, date(2026, 3, 5), SMALL_BILL, marks), BillCopy(2, date(2026, 4, 5), None, marks)]
    assert opened_inside(render_copies(copies)) > 2
    assert opened_inside(render_recovery_sheet(text, created_on=TODAY, dossier_id=text)) == 1


def test_a_stress_pdf_can_be_looked_at(tmp_path: Path) -> None:
    """The bill copies with long lines to look for: the list continues on a sheet of its own, and the
    header keeps to its band (`pdftoppm -png` on the file shows it)."""
    marks = tuple(Mark(n, 1, None, "W" * 300, Decimal("1214.59")) for n in range(1, 160, 2))
    data = render_copies([BillCopy(1, date(2026, 3, 5), SMALL_BILL, marks)])
    (tmp_path / "copies.pdf").write_bytes(data)
    assert opened_inside(data) == 2  # the page's picture with the first lines, then the rest of the list
    pdf = pypdfium2.PdfDocument(data)
    try:
        first, second = (page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()
    assert first.splitlines()[0].startswith("Facture du 5 mars 2026")
    assert "Ligne 1 (" in first and "Ligne 159 (" in second and "Ligne 159 (" not in first
