"""The recovery-key sheet: one A4 page, printed once when the dossier is created, kept on paper.

The key is drawn in Courier Bold (unambiguous, monospaced); the rest in the letters' bundled font. Nothing of
the key goes into the PDF's metadata. Moved here from kkoguard.dossier.export, which re-exports it.
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from kkoguard.formatting import format_date
from kkoguard.letters import fonts

__all__ = ["render_recovery_sheet"]

_AUTHOR = "KKO Guard"
_INK = colors.HexColor("#1f2328")
_MUTED = colors.HexColor("#57606a")
_BOX_BG = colors.HexColor("#f3f4f6")
_MARGIN = 18 * mm
_WIDTH = A4[0] - 2 * _MARGIN - 12  # inside the frame's 6 pt padding


@dataclass(frozen=True)
class _SheetWords:
    title: str
    intro: str
    key: str
    dossier: str
    created: str
    when: str
    when_items: tuple[str, ...]
    keep: str
    keep_items: tuple[str, ...]
    how: str


_SHEET = {
    "fr": _SheetWords(
        title="Clé de secours de votre dossier KKO Guard",
        intro="Cette feuille contient la clé qui ouvre votre dossier KKO Guard (factures, courriers, "
        "échanges avec l'opérateur) quand la clé habituelle n'est plus disponible.",
        key="Clé de secours",
        dossier="Dossier",
        created="Créée le",
        when="Quand l'utiliser ?",
        when_items=(
            "Le coffre à mots de passe de votre ordinateur a été perdu ou réinitialisé (réinstallation du "
            "système, nouveau compte utilisateur).",
            "Vous passez à un nouvel ordinateur et y copiez votre dossier.",
            "Vous avez oublié votre phrase secrète.",
        ),
        keep="Comment la garder ?",
        keep_items=(
            "Gardez cette feuille sur papier, en lieu sûr, avec vos papiers importants. Ne la "
            "photographiez pas et ne l'enregistrez pas sur un ordinateur ou dans un courriel.",
            "Toute personne qui a cette clé et une copie de votre dossier peut le lire : ne la "
            "confiez à personne.",
            "Cette clé n'est affichée qu'une seule fois : KKO Guard ne pourra pas vous la montrer à nouveau.",
        ),
        how="Pour l'utiliser, saisissez-la quand KKO Guard vous demande votre phrase secrète ou votre "
        "clé de secours. Les tirets, les espaces et les majuscules ne comptent pas.",
    ),
    "en": _SheetWords(
        title="Recovery key for your KKO Guard dossier",
        intro="This sheet holds the key that opens your KKO Guard dossier (bills, letters, exchanges with "
        "the operator) when the usual key is no longer available.",
        key="Recovery key",
        dossier="Dossier",
        created="Created on",
        when="When to use it",
        when_items=(
            "Your computer's keyring was lost or reset (system reinstalled, new user account).",
            "You move to a new computer and copy your dossier onto it.",
            "You forgot your passphrase.",
        ),
        keep="How to keep it",
        keep_items=(
            "Keep this sheet on paper, in a safe place, with your important papers. Do not photograph "
            "it and do not save it on a computer or in an email.",
            "Anyone who has this key and a copy of your dossier can read it: do not give it to anyone.",
            "This key is shown only once: KKO Guard cannot show it to you again.",
        ),
        how="To use it, type it when KKO Guard asks for your passphrase or recovery key. Dashes, "
        "spaces and capital letters do not matter.",
    ),
}


def _courier(text: str) -> str:
    """The key as Courier can draw it: printable ASCII (a generated key is), anything else as '?'."""
    return "".join(c if " " <= c <= "~" else "?" for c in unicodedata.normalize("NFKC", text))


def _cell(text: str, style: ParagraphStyle) -> Any:
    return Paragraph(escape(fonts.drawable(text)), style)


def _key_lines(key: str, per_line: int) -> list[str]:
    """The key as given, broken between its groups (after a space or a dash) into as few lines of at
    most per_line characters as possible, with the same number of groups on each line."""
    groups: list[str] = []
    for token in re.findall(r"[^\s-]+[\s-]*|[\s-]+", key.strip()):
        while len(token.rstrip(" -")) > per_line:  # a group longer than a line
            groups.append(token[:per_line])
            token = token[per_line:]
        groups.append(token)
    if not groups:
        return []
    for count in range(1, len(groups) + 1):
        size = -(-len(groups) // count)
        lines = [
            re.sub(r"\s+", " ", "".join(groups[i : i + size])).rstrip(" -")
            for i in range(0, len(groups), size)
        ]
        if all(len(line) <= per_line for line in lines):
            return lines
    return [g.rstrip(" -") for g in groups]


def render_recovery_sheet(recovery_key: str, *, created_on: date, dossier_id: str, lang: str = "fr") -> bytes:
    """One page to print and keep: the recovery key in large type, and what it is for.

    Nothing of the key goes into the PDF's metadata.
    """
    words = _SHEET.get(lang, _SHEET["en"])
    family = fonts.register()
    body = ParagraphStyle(
        "sheet",
        fontName=family.regular,
        bulletFontName=family.regular,
        fontSize=10.5,
        leading=15,
        textColor=_INK,
    )
    bullet = ParagraphStyle("sheet_bullet", parent=body, leftIndent=14, bulletIndent=2, spaceAfter=4)
    title = ParagraphStyle(
        "sheet_title", parent=body, fontName=family.bold, fontSize=19, leading=25, spaceAfter=8
    )
    label = ParagraphStyle("sheet_label", parent=body, textColor=_MUTED)
    head = ParagraphStyle(
        "sheet_h2", parent=body, fontName=family.bold, fontSize=12.5, leading=16, spaceBefore=16, spaceAfter=6
    )

    key = _courier(recovery_key)
    size = 26
    while size > 10 and len(_key_lines(key, int((_WIDTH - 40) / (0.6 * size)))) > 5:
        size -= 1
    lines = _key_lines(key, int((_WIDTH - 40) / (0.6 * size)))
    key_style = ParagraphStyle(
        "key", fontName="Courier-Bold", fontSize=size, leading=size * 1.45, textColor=_INK
    )
    key_box = Table([[Paragraph(escape(line), key_style)] for line in lines] or [[""]], colWidths=[_WIDTH])
    key_box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, _INK),
                ("BACKGROUND", (0, 0), (-1, -1), _BOX_BG),
                ("LEFTPADDING", (0, 0), (-1, -1), 18),
                ("TOPPADDING", (0, 0), (0, 0), 12),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 12),
            ]
        )
    )
    day = format_date(created_on, "fr" if lang == "fr" else "en")
    facts = Table(
        [
            [_cell(words.dossier, label), _cell(dossier_id, body)],
            [_cell(words.created, label), _cell(day, body)],
        ],
        colWidths=[_WIDTH * 0.2, _WIDTH * 0.8],
    )
    facts.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    content: list[Any] = [
        Paragraph(escape(words.title), title),
        Paragraph(escape(words.intro), body),
        Spacer(1, 12),
        Paragraph(escape(words.key), ParagraphStyle("key_label", parent=label, spaceAfter=4)),
        key_box,
        Spacer(1, 10),
        facts,
        Paragraph(escape(words.when), head),
        *(Paragraph(escape(item), bullet, bulletText="•") for item in words.when_items),
        Paragraph(escape(words.keep), head),
        *(Paragraph(escape(item), bullet, bulletText="•") for item in words.keep_items),
        Spacer(1, 8),
        Paragraph(escape(words.how), body),
    ]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title=words.title,
        author=_AUTHOR,
        creator=_AUTHOR,
        producer=_AUTHOR,
        subject="",
        keywords="",
        lang="fr-FR" if lang == "fr" else "en",
        displayDocTitle=1,
        invariant=1,
    )
    # Shrunk to fit rather than spilling onto a second sheet that could be lost.
    with fonts.BUILD_LOCK:
        doc.build([KeepInFrame(doc.width, doc.height, content, mode="shrink")])
    return buffer.getvalue()
