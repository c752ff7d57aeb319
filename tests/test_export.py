"""The case export a mediator receives, and the recovery-key sheet: names, contents, what the PDFs say."""

from __future__ import annotations

import hashlib
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest

from kkoguard.dossier.errors import DossierError, DossierErrorCode
from kkoguard.dossier.export import (
    MAX_NAME_CHARS,
    SUMMARY_NAME,
    _drawable,
    export_case,
    render_case_summary,
    render_recovery_sheet,
)
from kkoguard.dossier.model import (
    Case,
    CaseFile,
    CaseStatus,
    Channel,
    ChargeRecord,
    Direction,
    Entry,
    Evidence,
    EvidenceKind,
    Letter,
    LetterKind,
    LetterStatus,
    Party,
    Refund,
)
from tests.conftest import Run

TODAY = date(2026, 5, 15)
KEY = "7K3QX-M9P2A-4TZ8V-HB6WN-R1CYD-5GJ0E-XFSQ3-N8MKT"
TRACKING = ("1A 234 567 8901 2", "1A 987 654 3210 9")


class FakeSource:
    """A CaseSource backed by dicts, as the store will be by the encrypted database."""

    def __init__(self, case_file: CaseFile) -> None:
        self.case_file_value = case_file
        self.blobs: dict[str, bytes] = {}

    def put(self, data: bytes) -> str:
        digest = hashlib.sha256(data).hexdigest()
        self.blobs[digest] = data
        return digest

    def case_file(self, case_id: int) -> CaseFile:
        assert case_id == self.case_file_value.case.id
        return self.case_file_value

    def blob(self, sha256: str) -> bytes:
        return self.blobs[sha256]


def realistic() -> FakeSource:
    """Two bills with three disputed charges, a screenshot, a note, two letters, a reply and a refund."""
    case = Case(
        id=7,
        title="Orange mobile — Internet+ inconnus",
        operator="orange",
        line_number="06 12 34 56 78",
        account_number="1.23456789",
        merchants=["Mobiquiz", "Jeux Fun Premium"],
        status=CaseStatus.WAITING,
        opened_on=date(2026, 3, 20),
        holder_name="Françoise L'Hôte",
        holder_address="12, rue des Œillets\n69003 Lyon",
        claimed=Decimal("1224.57"),
        refunded=Decimal("9.99"),
    )
    source = FakeSource(CaseFile(case, [], [], [], [], []))
    march = Evidence(
        1, 7, EvidenceKind.BILL, "Facture mars 2026", date(2026, 3, 20), "facture_0326.PDF",
        source.put(b"%PDF-1.4 march"), invoice_date=date(2026, 3, 5), total=Decimal("45.97"),
        charges=[
            ChargeRecord(1, 1, "Internet+ Mobile MOBIQUIZ", Decimal("4.99"), date(2026, 2, 7), 2,
                         merchant="Mobiquiz", disputed=True),
            ChargeRecord(2, 1, "Internet+ Mobile MOBIQUIZ", Decimal("4.99"), date(2026, 2, 14), 2,
                         merchant="Mobiquiz", disputed=True),
            ChargeRecord(3, 1, "Forfait 100 Go", Decimal("19.99"), None, 1),
        ],
    )  # fmt: skip
    april = Evidence(
        2, 7, EvidenceKind.BILL, "Facture avril 2026", date(2026, 4, 6), "facture_0426.pdf",
        source.put(b"%PDF-1.4 april"), invoice_date=date(2026, 4, 5), total=Decimal("1250.00"),
        charges=[
            ChargeRecord(4, 2, "SMS+ JEUX FUN PREMIUM 81212", Decimal("1214.59"), date(2026, 3, 28), 3,
                         merchant="Jeux Fun Premium", disputed=True),
        ],
    )  # fmt: skip
    shot = Evidence(
        3, 7, EvidenceKind.SCREENSHOT, "Options actives", date(2026, 3, 21), None, source.put(b"\x89PNG"),
        media_type="image/png", note="Le service apparaît comme actif.",
    )  # fmt: skip
    note = Evidence(4, 7, EvidenceKind.NOTE, "Appel au 3900", date(2026, 3, 22), note="Remboursement refusé.")
    letters = [
        Letter(1, 7, LetterKind.REFUND, Party.CUSTOMER_SERVICE, "Réclamation", LetterStatus.SENT,
               date(2026, 4, 1), source.put(b"%PDF letter 1"), TRACKING[0], date(2026, 4, 2),
               date(2026, 4, 4)),
        Letter(2, 7, LetterKind.ESCALATION, Party.CONSUMER_SERVICE, "Recours", LetterStatus.SENT,
               date(2026, 5, 10), source.put(b"%PDF letter 2"), TRACKING[1], date(2026, 5, 11)),
        Letter(3, 7, LetterKind.MEDIATOR, Party.MEDIATOR, "Saisine", LetterStatus.DRAFT,
               date(2026, 5, 12), source.put(b"%PDF draft")),
    ]  # fmt: skip
    entries = [
        Entry(1, 7, date(2026, 3, 22), Channel.PHONE, Direction.OUTGOING, Party.CUSTOMER_SERVICE, "Kevin",
              "Demande de remboursement."),
        Entry(2, 7, date(2026, 4, 28), Channel.EMAIL, Direction.INCOMING, Party.CUSTOMER_SERVICE,
              "Service clients Orange", "Geste commercial de 9,99 €, le reste est refusé.",
              attachment_sha256=source.put(b"From: orange"), attachment_name="reponse.eml", written=True),
    ]  # fmt: skip
    refunds = [Refund(1, 7, date(2026, 5, 5), Decimal("9.99"), "Avoir sur facture")]
    source.case_file_value = CaseFile(case, [march, april, shot, note], letters, entries, refunds, [])
    return source


EXPECTED_NAMES = [  # in the order the summary lists them
    SUMMARY_NAME,
    "01 Facture 2026-03 Orange.pdf",
    "02 Capture d'écran 2026-03-21 Options actives.png",
    "03 Facture 2026-04 Orange.pdf",
    "Notes.txt",
    "Courrier 2026-04-02 réclamation service clients.pdf",
    "Courrier 2026-05-11 réclamation service consommateurs.pdf",
    "Pièce 2026-04-28 Service clients Orange.eml",
]


def pdf_text(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [(page.extract_text() or "").replace("\xa0", " ") for page in pdf.pages]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text.replace("\xa0", " "))


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10))}


def safe_on_every_system(name: str) -> bool:
    stem = name.split(".")[0].strip().upper()
    return (
        not re.search(r'[<>:"/\\|?*\x00-\x1f]', name)
        and name == name.strip()
        and not name.endswith(".")
        and not name.startswith(".")
        and 0 < len(name) <= MAX_NAME_CHARS
        and stem not in RESERVED
    )


# ------------------------------------------------------------------------------------------------ folder


def test_export_writes_a_folder_with_clear_names_and_the_stored_bytes(tmp_path: Path) -> None:
    source = realistic()
    folder = export_case(source, 7, tmp_path, today=TODAY)

    assert folder.parent == tmp_path
    assert folder.name == "KKO Guard - Orange mobile — Internet+ inconnus - 2026-05-15"
    assert listing(folder) == sorted(EXPECTED_NAMES)
    assert listing(tmp_path) == [folder.name]  # no temporary folder left behind
    written = {h: (folder / n).read_bytes() for n in EXPECTED_NAMES[1:] if n != "Notes.txt" for h in [n]}
    assert sorted(written.values()) == sorted(v for v in source.blobs.values() if v != b"%PDF draft")
    assert (folder / "01 Facture 2026-03 Orange.pdf").read_bytes() == b"%PDF-1.4 march"
    notes = (folder / "Notes.txt").read_text(encoding="utf-8-sig")
    assert "Remboursement refusé." in notes
    assert "Note sur « 02 Capture d'écran 2026-03-21 Options actives.png »" in notes
    assert (folder / SUMMARY_NAME).read_bytes().startswith(b"%PDF")


def test_the_summary_lists_exactly_the_files_written(tmp_path: Path) -> None:
    folder = export_case(realistic(), 7, tmp_path, today=TODAY)
    with pdfplumber.open(folder / SUMMARY_NAME) as pdf:
        page = pdf.pages[-1]
        words = page.extract_words()
        header, contents = next(
            (f, c)
            for f in words
            for c in words
            if f["text"] == "Fichier" and c["text"] == "Contenu" and abs(f["top"] - c["top"]) < 1
        )
        column = page.crop((header["x0"] - 2, header["bottom"] + 1, contents["x0"] - 2, page.height - 60))
        listed = column.extract_text() or ""
    assert squeeze(listed) == squeeze("".join(EXPECTED_NAMES))


def test_zip_mode_holds_the_same_files_under_one_folder(tmp_path: Path) -> None:
    source = realistic()
    archive_path = export_case(source, 7, tmp_path, today=TODAY, as_zip=True)

    assert archive_path.name == "KKO Guard - Orange mobile — Internet+ inconnus - 2026-05-15.zip"
    assert listing(tmp_path) == [archive_path.name]
    with zipfile.ZipFile(archive_path) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
        folder = archive_path.stem
        assert sorted(names) == sorted(f"{folder}/{n}" for n in EXPECTED_NAMES)
        assert archive.read(f"{folder}/03 Facture 2026-04 Orange.pdf") == b"%PDF-1.4 april"
        assert all(info.date_time[:3] == (2026, 5, 15) for info in archive.infolist())


def snapshot(path: Path) -> dict[str, bytes]:
    if path.is_file():
        return {path.name: path.read_bytes()}
    return {p.name: p.read_bytes() for p in path.iterdir()}


@pytest.mark.parametrize("as_zip", [False, True])
def test_an_existing_export_is_never_replaced(tmp_path: Path, as_zip: bool) -> None:
    first = export_case(realistic(), 7, tmp_path, today=TODAY, as_zip=as_zip)
    before = snapshot(first)
    source = realistic()
    source.case_file_value.case.notes = "changed since"
    second = export_case(source, 7, tmp_path, today=TODAY, as_zip=as_zip)
    third = export_case(source, 7, tmp_path, today=TODAY, as_zip=as_zip)

    suffix = ".zip" if as_zip else ""
    assert second.name == f"KKO Guard - Orange mobile — Internet+ inconnus - 2026-05-15 (2){suffix}"
    assert third.name == f"KKO Guard - Orange mobile — Internet+ inconnus - 2026-05-15 (3){suffix}"
    assert snapshot(first) == before
    assert snapshot(second) != before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([first.name, second.name, third.name])


def test_an_empty_folder_with_the_same_name_is_not_reused(tmp_path: Path) -> None:
    (tmp_path / "KKO Guard - Orange mobile — Internet+ inconnus - 2026-05-15").mkdir()
    folder = export_case(realistic(), 7, tmp_path, today=TODAY)
    assert folder.name.endswith(" (2)")
    assert not any((tmp_path / "KKO Guard - Orange mobile — Internet+ inconnus - 2026-05-15").iterdir())


@pytest.mark.parametrize("title", ["../../etc", "CON", "a/b:c*", 'x<y>|"z"?. ', "\u202eexe.pdf", "é" * 300])
@pytest.mark.parametrize("as_zip", [False, True])
def test_hostile_titles_and_file_names_stay_inside_the_output_folder(
    tmp_path: Path, title: str, as_zip: bool
) -> None:
    source = realistic()
    case_file = source.case_file_value
    case_file.case.title = title
    case_file.evidence[2].title = title
    case_file.evidence[2].filename = "../../" + title + ".png"
    case_file.entries[1].who = title
    case_file.entries[1].attachment_name = "C:\\Windows\\" + title
    case_file.letters[0].kind = LetterKind.OTHER
    case_file.letters[0].title = title
    out = tmp_path / "out"

    created = export_case(source, 7, out, today=TODAY, as_zip=as_zip)

    assert created.parent == out
    assert list(out.iterdir()) == [created]
    assert safe_on_every_system(created.name)
    if as_zip:
        with zipfile.ZipFile(created) as archive:
            paths = archive.namelist()
        top = {p.split("/")[0] for p in paths}
        assert len(top) == 1 and safe_on_every_system(top.pop())
        names = [p.split("/", 1)[1] for p in paths]
        assert all(p.count("/") == 1 for p in paths)
    else:
        assert all(p.is_file() and p.parent == created for p in created.rglob("*"))
        names = listing(created)
    assert len(names) == len(EXPECTED_NAMES)
    assert all(safe_on_every_system(n) for n in names), names
    assert len({unicodedata.normalize("NFC", n).casefold() for n in names}) == len(names)


def test_same_names_get_a_number_and_long_names_keep_their_extension(tmp_path: Path) -> None:
    source = realistic()
    case_file = source.case_file_value
    case_file.letters[1].kind = LetterKind.REFUND  # a second complaint posted the same day
    case_file.letters[1].sent_on = date(2026, 4, 2)
    case_file.evidence[2].title = "Très longue description de la capture " * 10
    case_file.evidence[2].filename = "capture.JPEG"

    folder = export_case(source, 7, tmp_path, today=TODAY)
    names = listing(folder)

    assert "Courrier 2026-04-02 réclamation service clients.pdf" in names
    assert "Courrier 2026-04-02 réclamation service clients (2).pdf" in names
    long = next(n for n in names if n.startswith("02 "))
    assert long.endswith(".jpeg") and MAX_NAME_CHARS - 2 <= len(long) <= MAX_NAME_CHARS
    assert not long[:-5].endswith((" ", "."))


def test_case_insensitive_duplicates_are_told_apart(tmp_path: Path) -> None:
    source = realistic()
    source.case_file_value.entries[0].attachment_sha256 = source.put(b"call notes")
    source.case_file_value.entries[0].attachment_name = "notes.TXT"
    source.case_file_value.entries[0].on = date(2026, 4, 28)
    source.case_file_value.entries[0].who = "SERVICE CLIENTS ORANGE"

    names = listing(export_case(source, 7, tmp_path, today=TODAY))

    assert "Pièce 2026-04-28 SERVICE CLIENTS ORANGE.txt" in names
    assert "Pièce 2026-04-28 Service clients Orange.eml" in names
    both = [n for n in names if n.casefold().startswith("pièce 2026-04-28 service clients orange")]
    assert len(both) == 2


def test_a_damaged_piece_stops_the_export_and_leaves_nothing(tmp_path: Path) -> None:
    source = realistic()
    digest = source.case_file_value.letters[1].sha256
    assert digest is not None
    source.blobs[digest] = b"%PDF something else"

    with pytest.raises(DossierError) as caught:
        export_case(source, 7, tmp_path, today=TODAY)
    assert caught.value.code is DossierErrorCode.DAMAGED
    assert "réclamation service consommateurs" in caught.value.where
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------------------------------- summary


def test_the_summary_says_what_a_mediator_needs() -> None:
    source = realistic()
    steps = [("Saisir le médiateur des communications électroniques", date(2026, 7, 2))]
    pages = pdf_text(render_case_summary(source.case_file_value, today=TODAY, next_steps=steps))
    text = "\n".join(pages)

    assert "Dossier de contestation — Orange mobile — Internet+ inconnus" in text.replace("\n", " ")
    assert "1 224,57 €" in text  # the disputed total, French style
    assert "Total contesté (3 prélèvements)" in text
    for number in TRACKING:
        assert text.count(number) >= 2  # in the timeline and in the letters table
    assert "Françoise L'Hôte" in text and "12, rue des Œillets" in text
    assert "Orange" in text and "06 12 34 56 78" in text and "1.23456789" in text
    assert "En attente d'une réponse" in text
    assert "Reste à rembourser 1 214,58 €" in text
    assert "Geste commercial de 9,99 €, le reste est refusé." in text
    assert "2 juillet 2026" in text and "Saisir le médiateur" in text
    assert "Forfait 100 Go" not in text  # not disputed
    for title in ("Chronologie", "Prélèvements contestés", "Courriers envoyés", "Réponses reçues",
                  "Prochaines étapes", "Pièces jointes"):  # fmt: skip
        assert title in text
    assert all(f"Page {n} / {len(pages)}" in page for n, page in enumerate(pages, start=1))
    assert "généré le 15 mai 2026" in pages[0]


def test_the_timeline_is_in_date_order() -> None:
    text = "\n".join(pdf_text(render_case_summary(realistic().case_file_value, today=TODAY)))
    timeline = text[text.index("Chronologie") : text.index("Prélèvements contestés")]
    days = re.findall(r"^(\d\d)/(\d\d)/(\d{4}) ", timeline, flags=re.MULTILINE)
    as_dates = [date(int(y), int(m), int(d)) for d, m, y in days]
    assert len(as_dates) >= 9
    assert as_dates == sorted(as_dates)
    assert "Accusé de réception signé" in timeline and "Remboursement reçu" in timeline


def test_user_text_is_shown_as_written_not_as_markup() -> None:
    source = realistic()
    source.case_file_value.case.title = "<b>gras</b> & <font size=40>x</font> <unknown"
    source.case_file_value.entries[1].summary = "a < b & c > d\nnouvelle ligne"
    text = "\n".join(pdf_text(render_case_summary(source.case_file_value, today=TODAY)))

    assert "<b>gras</b> & <font size=40>x</font> <unknown" in text
    assert "a < b & c > d" in text


def test_characters_the_font_lacks_are_replaced_not_boxed() -> None:
    assert _drawable("1\u202f234,56\u00a0€") == "1\u00a0234,56\u00a0€"
    assert _drawable("Łukasz ą 中\x07") == "Łukasz ą ?"  # DejaVu Sans has no Chinese
    source = realistic()
    source.case_file_value.case.holder_name = "Zbigniew Łukasz 中"
    text = "\n".join(pdf_text(render_case_summary(source.case_file_value, today=TODAY)))
    assert "Zbigniew Łukasz ?" in text


def test_metadata_names_the_document_and_nothing_personal() -> None:
    data = render_case_summary(realistic().case_file_value, today=TODAY)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        meta = pdf.metadata
    assert meta["Title"] == "Dossier de contestation — Orange mobile — Internet+ inconnus"
    assert meta["Author"] == "KKO Guard"
    for field in ("Creator", "Producer", "Subject", "Keywords"):
        assert "Françoise" not in str(meta.get(field, "")) and "06 12" not in str(meta.get(field, ""))


def test_the_summary_is_the_same_bytes_each_time() -> None:
    case_file = realistic().case_file_value
    assert render_case_summary(case_file, today=TODAY) == render_case_summary(case_file, today=TODAY)


def test_an_empty_case_still_renders() -> None:
    case = Case(1, "Vide", None, None, None, [], CaseStatus.OPEN, date(2026, 1, 1))
    text = "\n".join(pdf_text(render_case_summary(CaseFile(case, [], [], [], [], []), today=TODAY)))
    assert "Aucun prélèvement marqué comme contesté." in text
    assert "Aucun courrier envoyé." in text
    assert "non renseigné" in text
    assert "Prochaines étapes" not in text


# ------------------------------------------------------------------------------------------ recovery key


@pytest.mark.parametrize(
    ("lang", "title", "when"),
    [
        ("fr", "Clé de secours de votre dossier KKO Guard", "Vous avez oublié votre phrase secrète."),
        ("en", "Recovery key for your KKO Guard dossier", "You forgot your passphrase."),
    ],
)
def test_the_recovery_sheet_is_one_page_with_the_key(lang: str, title: str, when: str) -> None:
    data = render_recovery_sheet(KEY, created_on=date(2026, 3, 1), dossier_id="d6f1c2a8", lang=lang)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) == 1
        text = pdf.pages[0].extract_text() or ""
        fonts = {c["fontname"] for c in pdf.pages[0].chars if c["text"] == "7"}
        meta = pdf.metadata
    assert title in text and when in text
    assert "d6f1c2a8" in text
    assert ("1er mars 2026" if lang == "fr" else "1 March 2026") in text
    assert re.sub(r"[\s-]", "", KEY) in re.sub(r"[\s-]", "", text)
    assert "7K3QX-M9P2A-4TZ8V-HB6WN" in text  # the groups as given, on one line
    assert fonts == {"Courier-Bold"}
    assert all(KEY[:5] not in str(value) for value in meta.values())


def test_a_long_key_still_fits_on_one_page() -> None:
    key = " ".join(f"{i:04d}" for i in range(400))  # far longer than a real key
    data = render_recovery_sheet(key, created_on=date(2026, 3, 1), dossier_id="x")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) == 1
        text = pdf.pages[0].extract_text() or ""
    assert squeeze(key) in squeeze(text)


def test_the_summary_says_which_lines_the_holder_typed_or_corrected() -> None:
    source = realistic()
    case_file = source.case_file_value
    typed, edited = case_file.evidence[0].charges[0], case_file.evidence[1].charges[0]
    typed.origin, edited.origin = "typed", "edited"
    text = squeeze(" ".join(pdf_text(render_case_summary(case_file, today=TODAY, next_steps=[]))))
    assert "relevée" in text and "corrigée" in text  # the cells wrap: single words are what reads whole
    typed.origin, edited.origin = "read", "read"
    text = squeeze(" ".join(pdf_text(render_case_summary(case_file, today=TODAY, next_steps=[]))))
    assert "relevée" not in text and "corrigée" not in text


# ------------------------------------------------------------------------------- long texts (issue 17)

PASTED_EMAIL = "\n".join(
    f"> Le {n} avril, votre conseiller Orange m'a répondu : « le service Internet+ MOBIQUIZ a bien été "
    f"souscrit depuis votre mobile, aucun remboursement n'est possible » (réf. 2026-04-{n:02d})."
    for n in range(1, 40)
)[:5000]
LONG_HOLDER = ("MARIEFRANÇOISEÉLÉONOREDELATOURDAUVERGNE" * 40)[:1500]  # pasted, its spaces lost
LONG_NOTE_TITLE = ("Appel au 3900 le 22 mars, puis au service consommateurs, " * 400)[:20000]


def letters_only(text: str) -> str:
    """Text without spaces or hyphens: a line may break after a hyphen, which PDFium then drops."""
    return re.sub(r"[\s\-\x02\xad\ufffe]", "", text)


def printed_whole(want: str, text: str) -> bool:
    """`want` is in `text` in order, interrupted at most by page furniture and repeated table headers
    (a few dozen letters a page) where it splits across pages."""
    start = text.find(want[:60])
    if start < 0:
        return False
    rest = iter(text[start : start + len(want) + 150 * (1 + len(want) // 1500)])
    return all(char in rest for char in want)


def pdf_words(data: bytes) -> tuple[int, str]:
    """The page count and the whole text as `letters_only` (PDFium reads a 100-page PDF in a blink)."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    try:
        return len(pdf), letters_only("".join(page.get_textpage().get_text_range() for page in pdf))
    finally:
        pdf.close()


@pytest.mark.parametrize(
    "field",
    ["entry_summary", "holder_name", "note_title"],
)
def test_dossier_export_prints_the_long_texts_a_person_pastes(
    cli: Callable[..., Run], tmp_path: Path, field: str
) -> None:
    """Issue 17: a pasted e-mail in a timeline entry, a 1,500-character name, a 20,000-character note title
    stopped `kkoguard dossier export` with a reportlab LayoutError; they now split across pages, whole."""
    from kkoguard.dossier.store import Dossier

    texts = {"entry_summary": PASTED_EMAIL, "holder_name": LONG_HOLDER, "note_title": LONG_NOTE_TITLE}
    dossier, _ = Dossier.create()
    with dossier:
        case = dossier.create_case(
            "Orange 06",
            operator="orange",
            holder_name=texts["holder_name"] if field == "holder_name" else "Jeanne Martin",
        )
        if field == "entry_summary":
            dossier.add_entry(
                case.id, on=date(2026, 4, 28), channel=Channel.EMAIL, direction=Direction.INCOMING,
                party=Party.CUSTOMER_SERVICE, who="Service clients", summary=PASTED_EMAIL,
            )  # fmt: skip
        if field == "note_title":
            dossier.add_note(case.id, LONG_NOTE_TITLE, "Refus oral.", added_on=date(2026, 3, 22))
    out = tmp_path / "export"
    run = cli("dossier", "export", str(case.id), "--out", str(out))
    assert run.status == 0, run.err
    [folder] = [p for p in out.iterdir() if p.is_dir()]
    pages, text = pdf_words((folder / SUMMARY_NAME).read_bytes())
    assert pages > 1
    assert printed_whole(letters_only(_drawable(texts[field])), text)
