"""A case as a mediator, an association or a lawyer reads it; and the recovery-key sheet printed once.

`export_case` writes one folder (or zip) per case: `00 Résumé du dossier.pdf`, a summary in French, then
every stored piece under a name that says what it is (`01 Facture 2026-03 Orange.pdf`,
`Courrier 2026-04-02 réclamation service clients.pdf`, ...). The summary's "Pièces jointes" lists those
same names, so the reader can match a line of the summary with a file.

The summary uses the letters' bundled font (DejaVu Sans), and a character it cannot draw is replaced
before drawing rather than shown as a black box. All user text is treated as untrusted: escaped for
reportlab's paragraph markup, cleaned for file names, and of any length: a table row taller than a page
splits inside the row, and the holder's facts leave the side-by-side block when they are long.
"""

from __future__ import annotations

import hashlib
import io
import mimetypes
import os
import re
import shutil
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from kkoguard.dossier.errors import DossierError, DossierErrorCode
from kkoguard.dossier.model import (
    CaseFile,
    CaseStatus,
    Channel,
    Direction,
    Entry,
    Evidence,
    EvidenceKind,
    Letter,
    LetterKind,
    LetterStatus,
    Party,
)
from kkoguard.formatting import format_date, format_money
from kkoguard.letters import fonts
from kkoguard.letters.recovery import render_recovery_sheet
from kkoguard.paths import make_private_folders, open_private
from kkoguard.report import operator_name

__all__ = ["SUMMARY_NAME", "CaseSource", "export_case", "render_case_summary", "render_recovery_sheet"]

SUMMARY_NAME = "00 Résumé du dossier.pdf"
NOTES_NAME = "Notes.txt"
MAX_NAME_CHARS = 100  # a whole file or folder name, extension included
_MAX_NAME_BYTES = 200  # UTF-8; most file systems stop at 255
_AUTHOR = "KKO Guard"


class CaseSource(Protocol):
    """Where the export reads a case: the dossier store, or a fake in tests."""

    def case_file(self, case_id: int) -> CaseFile: ...

    def blob(self, sha256: str) -> bytes: ...


# ------------------------------------------------------------------------------------------ words (fr)

_STATUS = {
    CaseStatus.OPEN: "En cours",
    CaseStatus.WAITING: "En attente d'une réponse",
    CaseStatus.MEDIATOR: "Soumis au médiateur",
    CaseStatus.REFUNDED: "Remboursé",
    CaseStatus.CLOSED: "Clos",
}
_EVIDENCE_KIND = {
    EvidenceKind.BILL: "Facture",
    EvidenceKind.SCREENSHOT: "Capture d'écran",
    EvidenceKind.PHOTO: "Photo",
    EvidenceKind.DOCUMENT: "Document",
    EvidenceKind.NOTE: "Note",
}
_LETTER_KIND = {  # as a sentence, and as a file name
    LetterKind.REFUND: ("Réclamation au service clients", "réclamation service clients"),
    LetterKind.ESCALATION: ("Réclamation au service consommateurs", "réclamation service consommateurs"),
    LetterKind.TERMINATION: ("Résiliation auprès de l'éditeur", "résiliation"),
    LetterKind.MEDIATOR: ("Saisine du médiateur", "saisine du médiateur"),
    LetterKind.OTHER: ("Courrier", "courrier"),
}
_PARTY = {
    Party.CUSTOMER_SERVICE: "Service clients de l'opérateur",
    Party.CONSUMER_SERVICE: "Service consommateurs de l'opérateur",
    Party.MEDIATOR: "Médiateur des communications électroniques",
    Party.MERCHANT: "Éditeur du service facturé",
    Party.ASSOCIATION: "Association ou avocat",
    Party.AUTHORITY: "Administration (DGCCRF, SignalConso, 33700)",
    Party.OTHER: "Autre interlocuteur",
}
_CHANNEL = {
    Channel.PHONE: "Téléphone",
    Channel.EMAIL: "Courriel",
    Channel.LETTER: "Courrier",
    Channel.CHAT: "Chat",
    Channel.WEB_FORM: "Formulaire en ligne",
    Channel.SMS: "SMS",
    Channel.IN_PERSON: "En personne",
}
_EVENT = {  # (outgoing, incoming)
    Channel.PHONE: ("Appel passé", "Appel reçu"),
    Channel.EMAIL: ("Courriel envoyé", "Courriel reçu"),
    Channel.LETTER: ("Courrier envoyé", "Courrier reçu"),
    Channel.CHAT: ("Échange par chat", "Réponse par chat"),
    Channel.WEB_FORM: ("Formulaire en ligne envoyé", "Réponse au formulaire en ligne"),
    Channel.SMS: ("SMS envoyé", "SMS reçu"),
    Channel.IN_PERSON: ("Démarche en personne", "Entretien en personne"),
}
_UNKNOWN = "non renseigné"
_DASH = "—"

# ------------------------------------------------------------------------------------------------ text


def _drawable(text: str) -> str:
    """Text the bundled font can draw, with no-break spaces reportlab keeps whole."""
    return fonts.drawable(text).replace("\u202f", "\u00a0")


_markup = fonts.markup
_FONT = fonts.Family()


def _money(amount: Decimal) -> str:
    return _drawable(format_money(amount, "fr"))


def _day(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day is not None else _DASH


# ------------------------------------------------------------------------------------------ file names

_FORBIDDEN = str.maketrans(
    {"/": "-", "\\": "-", ":": "-", "|": "-", '"': "'", "<": "", ">": "", "?": "", "*": ""}
)
_RESERVED = re.compile(r"(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])", re.IGNORECASE)
_EXTENSIONS = {
    "application/pdf": ".pdf",
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/webp": ".webp",
    "image/heic": ".heic",
    "image/gif": ".gif",
    "image/tiff": ".tif",
    "text/plain": ".txt",
    "text/html": ".html",
    "message/rfc822": ".eml",
}


def _clean_stem(text: str) -> str:
    """A name part that is safe on Windows, macOS and Linux: no separators, reserved characters,
    control or invisible characters (bidi overrides), no leading or trailing dots and spaces."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(
        " " if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn") else c for c in text
    )
    text = re.sub(r"\s+", " ", text.translate(_FORBIDDEN))
    return text.strip(" .-")


def _extension(filename: str | None, media_type: str | None) -> str:
    """The original extension ('.pdf'), else one for the media type, else none."""
    suffix = Path(filename).suffix if filename else ""
    if re.fullmatch(r"\.[A-Za-z0-9]{1,10}", suffix):
        return suffix.lower()
    if media_type:
        kind = media_type.split(";")[0].strip().lower()
        guessed = _EXTENSIONS.get(kind) or mimetypes.guess_extension(kind, strict=False)
        if guessed and re.fullmatch(r"\.[A-Za-z0-9]{1,10}", guessed):
            return guessed
    return ""


def _fit(stem: str, tail: str) -> str:
    """stem + tail within the length limits, the stem shortened (never the tail)."""
    while stem and (
        len(stem) + len(tail) > MAX_NAME_CHARS or len((stem + tail).encode("utf-8")) > _MAX_NAME_BYTES
    ):
        stem = stem[:-1]
    stem = stem.rstrip(" .-")
    if not stem:
        stem = "sans titre"
    if _RESERVED.fullmatch(stem.split(".")[0].strip()):
        stem = "_" + stem
    return stem + tail


class _Names:
    """Hands out file names that never collide, case and normalisation ignored (Windows, macOS)."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def take(self, stem: str, extension: str = "") -> str:
        stem = _clean_stem(stem)
        n = 1
        while True:
            name = _fit(stem, (f" ({n})" if n > 1 else "") + extension)
            key = unicodedata.normalize("NFC", name).casefold()
            if key not in self._taken:
                self._taken.add(key)
                return name
            n += 1


# ------------------------------------------------------------------------------------------- the plan


@dataclass(frozen=True)
class _Item:
    name: str
    what: str  # what the file is, for "Pièces jointes"
    sha256: str | None = None  # stored content to copy
    data: bytes | None = None  # generated content


@dataclass
class _Plan:
    items: list[_Item]  # the summary excluded
    evidence: dict[int, str]  # evidence id → file name
    letters: dict[int, str]
    entries: dict[int, str]  # entry id → attachment file name


def _evidence_order(ev: Evidence) -> tuple[date, date, int]:
    return (ev.added_on, ev.invoice_date or ev.added_on, ev.id)


def _letter_sent(letter: Letter) -> bool:
    return letter.status is LetterStatus.SENT or letter.sent_on is not None


def _letter_day(letter: Letter) -> date:
    return letter.sent_on or letter.created_on


def _who(entry: Entry) -> str:
    return entry.who.strip() or _PARTY[entry.party]


def _plan(case_file: CaseFile) -> _Plan:
    case = case_file.case
    names = _Names()
    names.take(Path(SUMMARY_NAME).stem, ".pdf")
    items: list[_Item] = []
    by_evidence: dict[int, str] = {}
    by_letter: dict[int, str] = {}
    by_entry: dict[int, str] = {}

    files = sorted((e for e in case_file.evidence if e.sha256), key=_evidence_order)
    width = max(2, len(str(len(files))))
    operator = operator_name(case.operator) or ""
    for number, ev in enumerate(files, start=1):
        kind = _EVIDENCE_KIND[ev.kind] if ev.kind is not EvidenceKind.NOTE else "Document"
        if ev.kind is EvidenceKind.BILL:
            month = ev.invoice_date or ev.period_end or ev.added_on
            stem = f"{number:0{width}d} {kind} {month:%Y-%m} {operator}"
        else:
            stem = f"{number:0{width}d} {kind} {ev.added_on.isoformat()} {ev.title}"
        name = names.take(stem, _extension(ev.filename, ev.media_type))
        by_evidence[ev.id] = name
        items.append(_Item(name, f"{kind} : {ev.title}" if ev.title.strip() else kind, sha256=ev.sha256))

    notes = _notes_text(case_file, by_evidence)
    if notes:
        name = names.take(Path(NOTES_NAME).stem, ".txt")
        items.append(_Item(name, "Notes prises pendant la contestation", data=notes.encode("utf-8-sig")))

    for letter in sorted(case_file.letters, key=lambda x: (_letter_day(x), x.id)):
        if not letter.sha256 or letter.status is LetterStatus.DRAFT:
            continue
        sentence, short = _LETTER_KIND[letter.kind]
        if letter.kind is LetterKind.OTHER and letter.title.strip():
            short = letter.title
        name = names.take(f"Courrier {_letter_day(letter).isoformat()} {short}", ".pdf")
        by_letter[letter.id] = name
        what = f"{sentence} ({_PARTY[letter.recipient].lower()})"
        if letter.sent_on:
            what += f", envoyé le {format_date(letter.sent_on)}"
        if letter.tracking_number:
            what += f", recommandé n° {letter.tracking_number}"
        items.append(_Item(name, what, sha256=letter.sha256))

    for entry in sorted(case_file.entries, key=lambda x: (x.on, x.id)):
        if not entry.attachment_sha256:
            continue
        extension = _extension(entry.attachment_name, None)
        name = names.take(f"Pièce {entry.on.isoformat()} {_who(entry)}", extension)
        by_entry[entry.id] = name
        event = _EVENT[entry.channel][entry.direction is Direction.INCOMING]
        items.append(
            _Item(name, f"{event} le {format_date(entry.on)} : {_who(entry)}", entry.attachment_sha256)
        )
    return _Plan(items, by_evidence, by_letter, by_entry)


def _notes_text(case_file: CaseFile, by_evidence: dict[int, str]) -> str:
    """Notes.txt: the case's notes, the notes kept as pieces, and the notes written on stored files."""
    parts: list[str] = []
    if case_file.case.notes.strip():
        parts.append(f"Notes du dossier\n\n{case_file.case.notes.strip()}")
    for ev in sorted(case_file.evidence, key=_evidence_order):
        note = ev.note.strip()
        if ev.id in by_evidence:
            if note:
                parts.append(f"Note sur « {by_evidence[ev.id]} »\n\n{note}")
        elif note or ev.kind is EvidenceKind.NOTE:
            parts.append(f"{format_date(ev.added_on)} — {ev.title.strip() or 'Note'}\n\n{note}".strip())
    if not parts:
        return ""
    head = f"Dossier de contestation — {case_file.case.title}\n"
    rule = "\n\n" + "-" * 60 + "\n\n"
    return (head + rule + rule.join(parts) + "\n").replace("\r\n", "\n")


# ---------------------------------------------------------------------------------------------- styles

_INK = colors.HexColor("#1f2328")
_MUTED = colors.HexColor("#57606a")
_RULE = colors.HexColor("#c8ccd1")
_HEAD_BG = colors.HexColor("#e8ebef")
_TOTAL_BG = colors.HexColor("#f3f4f6")
_MARGIN = 18 * mm
_WIDTH = A4[0] - 2 * _MARGIN - 12  # inside the frame's 6 pt padding

_BODY = ParagraphStyle("body", fontName=_FONT.regular, fontSize=9, leading=12, textColor=_INK)
_CELL = ParagraphStyle("cell", parent=_BODY, fontSize=8, leading=10)
_CELL_RIGHT = ParagraphStyle("cell_right", parent=_CELL, alignment=TA_RIGHT)
_CELL_HEAD = ParagraphStyle("cell_head", parent=_CELL, fontName=_FONT.bold)
_CELL_HEAD_RIGHT = ParagraphStyle("cell_head_right", parent=_CELL_HEAD, alignment=TA_RIGHT)
_LABEL = ParagraphStyle("label", parent=_BODY, textColor=_MUTED)
_TITLE = ParagraphStyle("title", parent=_BODY, fontName=_FONT.bold, fontSize=16, leading=20, spaceAfter=2)
_SUBTITLE = ParagraphStyle("subtitle", parent=_BODY, textColor=_MUTED, spaceAfter=10)
_H2 = ParagraphStyle(
    "h2", parent=_BODY, fontName=_FONT.bold, fontSize=12, leading=15, spaceBefore=14, spaceAfter=6
)
_SIDE_BY_SIDE_MAX = 110 * mm  # taller facts than this are laid out over the page's width
_EMPTY = ParagraphStyle("empty", parent=_BODY, textColor=_MUTED, fontName=_FONT.italic)


def _cell(text: str, style: ParagraphStyle = _CELL) -> Any:
    return Paragraph(_markup(text), style)


def _rich_cell(markup: str, style: ParagraphStyle = _CELL) -> Any:
    """A cell from markup built here (user parts already passed through _markup)."""
    return Paragraph(markup, style)


def _grid(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
) -> Any:
    """A table with a repeated header row, thin rules and wrapped cells."""
    head = [_cell(h, _CELL_HEAD_RIGHT if i in right else _CELL_HEAD) for i, h in enumerate(header)]
    table = Table([head, *rows], colWidths=list(widths), repeatRows=1, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), _HEAD_BG),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, _RULE),
                ("LINEABOVE", (0, 0), (-1, 0), 0.4, _RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _columns(*fractions: float) -> list[float]:
    return [_WIDTH * f / sum(fractions) for f in fractions]


# --------------------------------------------------------------------------------------------- summary


@dataclass(frozen=True)
class _Event:
    on: date
    rank: int  # order of events on the same day
    what: str  # plain text
    details: str  # markup


def render_case_summary(
    case_file: CaseFile, *, today: date, next_steps: Sequence[tuple[str, date | None]] = ()
) -> bytes:
    """The case summary in French, for a mediator, a consumer association or a lawyer (A4 PDF)."""
    return _render_summary(case_file, _plan(case_file), today, next_steps)


def _render_summary(
    case_file: CaseFile, plan: _Plan, today: date, next_steps: Sequence[tuple[str, date | None]]
) -> bytes:
    title = f"Dossier de contestation — {case_file.case.title}"
    footer_left = f"KKO Guard — document généré le {format_date(today)}"

    def story() -> list[Any]:
        return _summary_story(case_file, plan, today, next_steps)

    return _build_pdf(story, title=title, footer_left=footer_left)


def _build_pdf(story: Callable[[], list[Any]], *, title: str, footer_left: str) -> bytes:
    """Two passes: the first counts the pages so that every footer can say "Page N / M"."""
    fonts.register()
    pages = 0

    def count(canvas: Any, doc: Any) -> None:
        nonlocal pages
        pages = max(pages, doc.page)

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setStrokeColor(_RULE)
        canvas.setLineWidth(0.4)
        canvas.line(_MARGIN, 14 * mm, A4[0] - _MARGIN, 14 * mm)
        canvas.setFont(_FONT.regular, 8)
        canvas.setFillColor(_MUTED)
        canvas.drawString(_MARGIN, 10 * mm, _drawable(footer_left))
        canvas.drawRightString(A4[0] - _MARGIN, 10 * mm, f"Page {doc.page} / {pages}")
        canvas.restoreState()

    for on_page in (count, footer):
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(
            buffer,
            pagesize=A4,
            leftMargin=_MARGIN,
            rightMargin=_MARGIN,
            topMargin=16 * mm,
            bottomMargin=20 * mm,
            title=_drawable(title),
            author=_AUTHOR,
            creator=_AUTHOR,
            producer=_AUTHOR,
            subject="",
            keywords="",
            lang="fr-FR",
            displayDocTitle=1,
            invariant=1,
        )
        with fonts.BUILD_LOCK:
            doc.build(story(), onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue()


def _summary_story(
    case_file: CaseFile, plan: _Plan, today: date, next_steps: Sequence[tuple[str, date | None]]
) -> list[Any]:
    case = case_file.case
    out: list[Any] = [
        Paragraph("Dossier de contestation — " + _markup(case.title), _TITLE),
        Paragraph(
            "Prélèvements de services tiers (Internet+, SMS+) contestés auprès de l'opérateur. "
            f"Résumé établi le {format_date(today)}.",
            _SUBTITLE,
        ),
    ]
    out += _parties(case_file)
    out += _section("Chronologie", _timeline(case_file, plan), "Aucun événement enregistré.")
    out += _section(
        "Prélèvements contestés", _charges(case_file, plan), "Aucun prélèvement marqué comme contesté."
    )
    out += _section("Courriers envoyés", _letters(case_file), "Aucun courrier envoyé.")
    out += _section("Réponses reçues", _replies(case_file, plan), "Aucune réponse reçue à ce jour.")
    if next_steps:
        rows = [[_cell(format_date(on) if on else _DASH), _cell(step)] for step, on in next_steps]
        out += _section("Prochaines étapes", _grid(["Échéance", "Étape"], rows, _columns(1, 4)), "")
    files = [(SUMMARY_NAME, "Ce résumé"), *((item.name, item.what) for item in plan.items)]
    rows = [[_cell(name), _cell(what)] for name, what in files]
    out += _section("Pièces jointes", _grid(["Fichier", "Contenu"], rows, _columns(11, 9)), "")
    return out


def _section(title: str, body: Any | None, empty: str) -> list[Any]:
    """A heading and its table; a new page rather than a heading alone at the bottom of one."""
    shown = body if body is not None else Paragraph(escape(empty), _EMPTY)
    return [CondPageBreak(45 * mm), Paragraph(escape(title), _H2), shown]


def _parties(case_file: CaseFile) -> list[Any]:
    case = case_file.case
    operator = operator_name(case.operator) if case.operator else None
    rows: list[tuple[str, str]] = [
        ("Titulaire de la ligne", case.holder_name or _UNKNOWN),
        ("Adresse", case.holder_address or _UNKNOWN),
        ("Opérateur", operator or _UNKNOWN),
        ("Numéro de ligne", case.line_number or _UNKNOWN),
        ("Numéro de compte client", case.account_number or _UNKNOWN),
        ("Services facturés", ", ".join(m for m in case.merchants if m.strip()) or _UNKNOWN),
        ("Statut", _STATUS[case.status]),
        ("Ouvert le", format_date(case.opened_on)),
    ]
    if case.closed_on:
        rows.append(("Clos le", format_date(case.closed_on)))
    remaining = max(Decimal("0.00"), case.claimed - case.refunded)
    amounts = [
        ("Montant contesté", _money(case.claimed)),
        ("Montant remboursé", _money(case.refunded)),
        ("Reste à rembourser", _money(remaining)),
    ]
    facts = [[_cell(k, _LABEL), _cell(v, _BODY)] for k, v in rows]
    left = Table(facts, colWidths=[_WIDTH * 0.25, _WIDTH * 0.35])
    left.setStyle(_plain_style())
    right = Table(
        [
            [
                _cell(k, _LABEL),
                Paragraph(f"<b>{escape(v)}</b>", ParagraphStyle("amount", parent=_BODY, alignment=TA_RIGHT)),
            ]
            for k, v in amounts
        ],
        colWidths=[_WIDTH * 0.23, _WIDTH * 0.15],
    )
    right.setStyle(
        TableStyle(
            [
                *_plain_style().getCommands(),
                ("BOX", (0, 0), (-1, -1), 0.6, _RULE),
                ("BACKGROUND", (0, 0), (-1, -1), _TOTAL_BG),
                ("LINEABOVE", (0, 2), (-1, 2), 0.4, _RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    if left.wrap(_WIDTH * 0.61, A4[1])[1] > _SIDE_BY_SIDE_MAX:
        # A pasted address or a very long name: side by side, the block could not split across pages.
        # The amounts come first, then the facts over the whole width, split row by row and within rows.
        right.hAlign = "RIGHT"
        whole = Table(facts, colWidths=[_WIDTH * 0.25, _WIDTH * 0.75], splitInRow=1)
        whole.setStyle(_plain_style())
        return [right, Spacer(1, 6), whole]
    both = Table([[left, right]], colWidths=[_WIDTH * 0.61, _WIDTH * 0.39])
    both.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ]
        )
    )
    return [both]


def _plain_style() -> Any:
    return TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]
    )


def _file_ref(name: str | None) -> str:
    return f"<br/><font color='#57606a'>Fichier : {_markup(name)}</font>" if name else ""


def _timeline(case_file: CaseFile, plan: _Plan) -> Any | None:
    case = case_file.case
    letters = {x.id: x for x in case_file.letters}
    events: list[_Event] = [_Event(case.opened_on, 0, "Ouverture du dossier", _markup(case.title))]
    for ev in case_file.evidence:
        kind = _EVIDENCE_KIND[ev.kind]
        details = f"{_markup(kind)} : {_markup(ev.title)}"
        if ev.kind is EvidenceKind.BILL and ev.invoice_date:
            details += f" (facture du {format_date(ev.invoice_date)}"
            details += f", total {_money(ev.total)})" if ev.total is not None else ")"
        if ev.kind is EvidenceKind.NOTE:
            what = "Note ajoutée"
        else:
            what = "Pièce ajoutée"
            details += (
                _file_ref(plan.evidence.get(ev.id)) if ev.sha256 else " <i>(fichier non disponible)</i>"
            )
        events.append(_Event(ev.added_on, 1, what, details))
    merged: dict[int, list[Entry]] = {}
    for entry in case_file.entries:
        letter = letters.get(entry.letter_id) if entry.letter_id is not None else None
        if letter is not None and _letter_sent(letter) and entry.direction is Direction.OUTGOING:
            merged.setdefault(letter.id, []).append(entry)  # told with the letter, not twice
            continue
        event = _EVENT[entry.channel][entry.direction is Direction.INCOMING]
        details = f"<b>{_markup(_who(entry))}</b>"
        if entry.who.strip():
            details += f" ({_markup(_PARTY[entry.party].lower())})"
        if entry.summary.strip():
            details += " : " + _markup(entry.summary.strip())
        if entry.written:
            details += " <i>(trace écrite conservée)</i>"
        events.append(_Event(entry.on, 2, event, details + _file_ref(plan.entries.get(entry.id))))
    for letter in case_file.letters:
        if not _letter_sent(letter):
            continue
        sentence = _LETTER_KIND[letter.kind][0]
        details = f"{_markup(sentence)}<br/>Destinataire : {_markup(_PARTY[letter.recipient])}"
        if letter.tracking_number:
            details += f"<br/>Recommandé n° <b>{_markup(letter.tracking_number)}</b>"
        for entry in merged.get(letter.id, []):
            if entry.summary.strip():
                details += "<br/>" + _markup(entry.summary.strip())
        details += _file_ref(plan.letters.get(letter.id))
        events.append(_Event(_letter_day(letter), 3, "Courrier envoyé", details))
        if letter.received_on:
            ack = f"{_markup(sentence)} envoyé le {format_date(_letter_day(letter))}"
            if letter.tracking_number:
                ack += f", recommandé n° {_markup(letter.tracking_number)}"
            events.append(_Event(letter.received_on, 4, "Accusé de réception signé", ack))
    for refund in case_file.refunds:
        details = f"<b>{_money(refund.amount)}</b>"
        if refund.how.strip():
            details += " — " + _markup(refund.how.strip())
        events.append(_Event(refund.on, 5, "Remboursement reçu", details))
    if case.closed_on:
        events.append(_Event(case.closed_on, 9, "Clôture du dossier", _markup(_STATUS[case.status])))
    events.sort(key=lambda e: (e.on, e.rank))
    rows = [[_cell(_day(e.on)), _cell(e.what), _rich_cell(e.details)] for e in events]
    return _grid(["Date", "Événement", "Détails"], rows, _columns(1.25, 2.75, 6.0))


_BY_PERSON = {
    "typed": "ligne relevée par le titulaire sur sa facture",
    "edited": "corrigée par le titulaire d'après sa facture",
}


def _charges(case_file: CaseFile, plan: _Plan) -> Any | None:
    rows: list[list[Any]] = []
    total = Decimal("0.00")
    disputed = [
        (charge, ev)
        for ev in sorted(case_file.evidence, key=_evidence_order)
        for charge in ev.charges
        if charge.disputed
    ]
    if not disputed:
        return None
    disputed.sort(
        key=lambda pair: (pair[0].charged_on or pair[1].invoice_date or pair[1].added_on, pair[0].id)
    )
    for charge, ev in disputed:
        total += charge.amount
        bill = _markup(ev.title)
        number = plan.evidence.get(ev.id, "")[:3].strip()
        if number.isdigit():
            bill += f" <font color='#57606a'>(pièce {number}, p. {charge.page})</font>"
        label = _markup(charge.label)
        if charge.origin in _BY_PERSON:  # the reader did not give this line as it is: say who did
            label += f" <font color='#57606a'><i>({_BY_PERSON[charge.origin]})</i></font>"
        rows.append(
            [
                _cell(_day(charge.charged_on)),
                _rich_cell(label),
                _cell(charge.merchant or _DASH),
                _rich_cell(_money(charge.amount), _CELL_RIGHT),
                _rich_cell(bill),
            ]
        )
    rows.append(
        [
            _cell(""),
            _rich_cell(
                f"<b>Total contesté ({len(disputed)} prélèvement{'s' if len(disputed) > 1 else ''})</b>"
            ),
            _cell(""),
            _rich_cell(f"<b>{_money(total)}</b>", _CELL_RIGHT),
            _cell(""),
        ]
    )
    table = _grid(
        ["Date", "Libellé sur la facture", "Service", "Montant", "Facture"],
        rows,
        _columns(1.25, 3.2, 1.9, 1.35, 2.6),
        right=(3,),
    )
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, -1), (-1, -1), _TOTAL_BG),
                ("SPAN", (1, -1), (2, -1)),
                ("NOSPLIT", (0, -2), (-1, -1)),  # the total never alone on a page
            ]
        )
    )
    return table


def _letters(case_file: CaseFile) -> Any | None:
    letters = sorted((x for x in case_file.letters if _letter_sent(x)), key=lambda x: (_letter_day(x), x.id))
    if not letters:
        return None
    rows = [
        [
            _cell(_LETTER_KIND[x.kind][0] if x.kind is not LetterKind.OTHER else x.title or "Courrier"),
            _cell(_PARTY[x.recipient]),
            _cell(_day(x.sent_on) if x.sent_on else _UNKNOWN),
            _cell(x.tracking_number or "sans suivi"),
            _cell(_day(x.received_on) if x.received_on else "pas encore reçu"),
        ]
        for x in letters
    ]
    return _grid(
        ["Courrier", "Destinataire", "Envoyé le", "N° de recommandé", "Accusé de réception"],
        rows,
        _columns(2.6, 2.6, 1.3, 2.1, 1.6),
    )


def _replies(case_file: CaseFile, plan: _Plan) -> Any | None:
    replies = sorted(
        (e for e in case_file.entries if e.direction is Direction.INCOMING), key=lambda e: (e.on, e.id)
    )
    if not replies:
        return None
    rows = []
    for entry in replies:
        sender = f"<b>{_markup(_who(entry))}</b>"
        if entry.who.strip():
            sender += f"<br/>{_markup(_PARTY[entry.party])}"
        content = _markup(entry.summary.strip()) or _DASH
        rows.append(
            [
                _cell(_day(entry.on)),
                _cell(_CHANNEL[entry.channel]),
                _rich_cell(sender),
                _rich_cell(content + _file_ref(plan.entries.get(entry.id))),
            ]
        )
    return _grid(["Date", "Canal", "De", "Contenu"], rows, _columns(1.25, 1.5, 2.4, 5.85))


# ------------------------------------------------------------------------------------------------ export


def export_case(
    source: CaseSource,
    case_id: int,
    out: Path,
    *,
    today: date,
    as_zip: bool = False,
    next_steps: Sequence[tuple[str, date | None]] = (),
) -> Path:
    """Write the case as a folder (or a .zip) in `out` and return its path; never replaces anything.

    The folder is built under a hidden temporary name in `out` and renamed when complete, so a failed
    export leaves nothing half-written. Every stored file is checked against its content hash.
    """
    case_file = source.case_file(case_id)
    plan = _plan(case_file)
    summary = _render_summary(case_file, plan, today, next_steps)
    base = _clean_stem(f"KKO Guard - {case_file.case.title}")
    stamp = f" - {today.isoformat()}"
    make_private_folders(out)  # what the app creates is the owner's only (0700, its files 0600)
    try:
        if as_zip:
            return _write_zip(source, plan, summary, out, base, stamp, today)
        return _write_folder(source, plan, summary, out, base, stamp)
    except OSError as exc:
        raise DossierError(DossierErrorCode.WRITE_FAILED, where=str(out), detail=str(exc)) from exc


def _contents(source: CaseSource, plan: _Plan, summary: bytes) -> Iterator[tuple[str, bytes]]:
    yield SUMMARY_NAME, summary
    for item in plan.items:
        if item.data is not None:
            yield item.name, item.data
            continue
        assert item.sha256 is not None
        data = source.blob(item.sha256)
        if hashlib.sha256(data).hexdigest() != item.sha256.lower():
            raise DossierError(DossierErrorCode.DAMAGED, where=item.name, detail="content hash mismatch")
        yield item.name, data


def _candidates(base: str, stamp: str, extension: str) -> Iterator[str]:
    n = 1
    while True:
        yield _fit(base, stamp + (f" ({n})" if n > 1 else "") + extension)
        n += 1


def _write_folder(source: CaseSource, plan: _Plan, summary: bytes, out: Path, base: str, stamp: str) -> Path:
    work = Path(tempfile.mkdtemp(prefix=".kkoguard-export-", dir=out))
    try:
        for name, data in _contents(source, plan, summary):
            with open_private(work / name, "xb") as file:
                file.write(data)
        for name in _candidates(base, stamp, ""):
            target = out / name
            if target.exists():
                continue
            try:
                os.rename(work, target)  # fails on an existing non-empty folder (or any, on Windows)
            except FileExistsError:
                continue
            except OSError:
                if target.exists():
                    continue
                raise
            return target
    finally:
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)
    raise AssertionError("unreachable")


def _write_zip(
    source: CaseSource, plan: _Plan, summary: bytes, out: Path, base: str, stamp: str, today: date
) -> Path:
    handle, temp = tempfile.mkstemp(prefix=".kkoguard-export-", suffix=".zip.part", dir=out)
    os.close(handle)
    work = Path(temp)
    try:
        folder = next(_candidates(base, stamp, ""))
        with zipfile.ZipFile(work, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, data in _contents(source, plan, summary):
                info = zipfile.ZipInfo(
                    f"{folder}/{name}", date_time=(today.year, today.month, today.day, 12, 0, 0)
                )
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                archive.writestr(info, data)
        for name in _candidates(base, stamp, ".zip"):
            target = out / name
            if target.exists():
                continue
            try:
                os.link(work, target)  # atomic and never replaces; not every file system has links
            except FileExistsError:
                continue
            except OSError:
                if target.exists():
                    continue
                os.rename(work, target)
            return target
    finally:
        if work.exists():
            work.unlink()
    raise AssertionError("unreachable")
