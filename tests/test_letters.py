"""The letters a user prints and posts: what they say, where the address goes, what the user is warned of.

Golden files (tests/fixtures/letters/<kind>.txt) hold each letter as `render_text` writes it; the PDF must
say the same words in the same order. Regenerate them after a deliberate wording change with
`KKOGUARD_UPDATE_GOLDEN=1 pytest tests/test_letters.py` and read the diff.
"""

from __future__ import annotations

import io
import json
import os
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from kkoguard import guides
from kkoguard.bills.model import Bill, Charge, Kind
from kkoguard.dossier import export
from kkoguard.dossier.model import (
    CaseFile,
    Channel,
    Direction,
    Entry,
    Letter,
    LetterKind,
    LetterStatus,
    Party,
)
from kkoguard.dossier.store import Dossier
from kkoguard.letters import (
    KINDS,
    LetterDraft,
    LetterError,
    TemplateError,
    compose,
    drafting,
    render_pdf,
    render_recovery_sheet,
    render_text,
)
from kkoguard.letters import templates as tpl
from kkoguard.letters.drafting import city_of, format_line, french_spacing, of, with_preposition
from kkoguard.letters.fonts import drawable
from kkoguard.letters.scan_input import case_file_from_scan
from tests.conftest import Run
from tests.fixtures.letters import cases as lc
from tests.helpers import validate_scan

GOLDEN = Path(__file__).parent / "fixtures" / "letters"
UPDATE = os.environ.get("KKOGUARD_UPDATE_GOLDEN") == "1"
Cli = Callable[..., Run]


@dataclass(frozen=True)
class FakeText:
    fr: str
    en: str


@dataclass(frozen=True)
class FakeContact:
    """What kkoguard.guides.recipient returns, fixed so that the goldens do not move with the guides."""

    name: str
    address: tuple[str, ...] | None
    confidence: str
    check: FakeText | None = None


CONTACTS = {
    "customer_service": FakeContact("Opérateur Service Clients", ("Opérateur Service Clients", "TSA 12345",
                                    "75001 PARIS"), "likely"),
    "consumer_service": FakeContact("Opérateur Service Consommateurs", ("Opérateur Service Consommateurs",
                                    "CS 54321", "33000 BORDEAUX CEDEX"), "uncertain",
                                    FakeText("Comparez avec votre facture.", "Compare with your bill.")),
    "mediator": FakeContact("Médiateur test", ("Médiateur test", "CS 00000", "94257 GENTILLY CEDEX"), "sure"),
}  # fmt: skip


@pytest.fixture
def fixed_guides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(drafting, "guide_contact", lambda slug, role, product: CONTACTS.get(role))


# The input of each golden letter: the case, the letter's date, compose()'s options.
GOLDEN_INPUTS: dict[str, tuple[Callable[[], CaseFile], date, dict[str, Any]]] = {
    "refund": (lc.fresh, date(2026, 3, 3), {}),
    "escalation": (lc.after_refund, date(2026, 3, 6), {"option_name": "Blocage des achats multimédia"}),
    "termination": (
        lc.fresh,
        date(2026, 3, 3),
        {"merchant": "Mobiquiz", "recipient_override": ("Mobiquiz SAS", "12 rue du Jeu", "75002 Paris")},
    ),
    "mediator": (lc.after_escalation, date(2026, 4, 27), {"registered_number": "1A 111 222 3334 5"}),
    "signalconso": (lc.after_escalation, date(2026, 4, 27), {}),
}


def draft_of(kind: str, **changes: Any) -> LetterDraft:
    make, today, options = GOLDEN_INPUTS[kind]
    return compose(kind, make(), today=today, **{**options, **changes})


def pdf_pages(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def words(text: str) -> list[str]:
    """Whitespace (no-break spaces included) does not count: the PDF wraps where the text does not; nor
    do the text version's table rules (----), which the PDF draws as lines."""
    return [word for word in text.split() if set(word) != {"-"}]


def flat(text: str) -> str:
    return " ".join(text.split())


def letter_words(draft: LetterDraft, pages: list[str]) -> list[str]:
    """The PDF's words without the page furniture (page numbers, running head)."""
    page = re.compile(r"^Page \d+ / \d+$")
    lines = [
        line
        for text in pages
        for line in text.splitlines()
        if not page.match(line.strip()) and flat(line) != flat(draft.running_head)
    ]
    return words("\n".join(lines))


# --------------------------------------------------------------------------------------------- goldens


@pytest.mark.usefixtures("fixed_guides")
@pytest.mark.parametrize("kind", KINDS)
def test_each_letter_reads_as_its_golden_file_in_text_and_in_the_pdf(kind: str) -> None:
    draft = draft_of(kind)
    text = render_text(draft)
    path = GOLDEN / f"{kind}.txt"
    if UPDATE:
        path.write_text(text, encoding="utf-8")
    expected = path.read_text(encoding="utf-8")
    assert text == expected
    assert letter_words(draft, pdf_pages(render_pdf(draft))) == words(expected)


@pytest.mark.usefixtures("fixed_guides")
def test_the_goldens_say_what_each_letter_must_say() -> None:
    """What letters.md asks of each letter, checked on the golden files themselves."""
    raw = (GOLDEN / "refund.txt").read_text(encoding="utf-8")
    assert "1\u202f224,57\u00a0€" in raw and "Objet\u00a0:" in raw and "3\u00a0mars 2026" in raw
    refund = flat(raw)
    needed = [
        "Lettre recommandée avec accusé de réception n°", "Objet : Contestation",
        "Ligne concernée : 06 12 34 56 78", "N° client : 1.23456789", "facture du 5 janvier 2026",
        "Madame, Monsieur,", "Total (3 prélèvements)", "1 224,57 €", "13/12/2025", "délai d'un mois",
        "service consommateurs", "Article L. 121-17 du Code de la consommation", "Article 1353 du Code civil",
        "Lyon, le 3 mars 2026", "Pièces jointes", "l'expression de mes salutations distinguées.",
    ]  # fmt: skip
    for phrase in needed:
        assert phrase in refund, phrase
    assert "Forfait 100 Go" not in refund  # not disputed
    assert "l'article L224-54 du Code de la consommation" in refund and "« achats multimédia »" in refund
    assert "L. 122-3" not in refund and "L34-2" not in refund  # uncertain, or not to be conceded

    escalation = flat((GOLDEN / "escalation.txt").read_text(encoding="utf-8"))
    assert "n° 1A 234 567 8901 2 du 2 février 2026, reçue par vos services le 4 février 2026" in escalation
    assert "m'a répondu le 18 février 2026 en ces termes : « Les achats ont été validés" in escalation
    assert "option « Blocage des achats multimédia »" in escalation
    assert "Médiateur des communications électroniques" in escalation

    termination = flat((GOLDEN / "termination.txt").read_text(encoding="utf-8"))
    assert "JEUX FUN" not in termination and "Total (2 prélèvements) 9,98 €" in termination
    assert "médiateur de la consommation dont vous relevez" in termination
    assert "preuve de la commande" in termination and "Article L. 616-1" in termination

    mediator = flat((GOLDEN / "mediator.txt").read_text(encoding="utf-8"))
    assert "n° 1A 111 222 3334 5" in mediator
    assert "aucune action en justice n'est en cours" in mediator
    assert "il reste 1 214,59 € en litige" in mediator
    events = [
        "13/12/2025 Premier prélèvement contesté", "02/02/2026 Lettre recommandée au service",
        "04/02/2026 Avis de réception", "18/02/2026 Courriel du service clients d'Orange",
        "20/03/2026 Courrier du service consommateurs", "25/03/2026 Remboursement reçu",
    ]  # fmt: skip
    for event in events:
        assert event in mediator, event

    report = (GOLDEN / "signalconso.txt").read_text(encoding="utf-8")
    assert "Françoise" not in report and "Madame, Monsieur" not in report  # text for a form, not a letter
    assert report.startswith("Prélèvements de services tiers non sollicités sur ma facture d'Orange")


def test_a_template_change_that_breaks_a_golden_is_seen(monkeypatch: pytest.MonkeyPatch) -> None:
    real = tpl.template("refund")
    blocks = tuple(
        replace(b, text="Je constate des prélèvements.") if b.id == "facts" else b for b in real.blocks
    )
    monkeypatch.setattr(tpl, "template", lambda kind: replace(real, blocks=blocks))
    monkeypatch.setattr(drafting, "guide_contact", lambda slug, role, product: CONTACTS.get(role))
    assert render_text(draft_of("refund")) != (GOLDEN / "refund.txt").read_text(encoding="utf-8")


# ------------------------------------------------------------------------------------ the PDF as printed


@pytest.mark.usefixtures("fixed_guides")
def test_french_characters_amounts_and_dates_survive_into_the_pdf() -> None:
    case_file = lc.fresh()
    case_file.evidence[2].title = "SMS « Bienvenue » reçu — cœur, ŒUVRE, Łódź, Ærø"
    data = render_pdf(compose("refund", case_file, today=date(2026, 3, 3)))
    text = "\n".join(pdf_pages(data)).replace("\u00a0", " ")  # however the no-break spaces come out
    needed = [
        "€", "«", "»", "Œillets", "Françoise L'Hôte", "prélèvements", "cœur", "ŒUVRE", "Łódź", "Ærø",
        "4,99 €", "1 224,57 €", "3 mars 2026", "13/12/2025", "Lyon, le 3 mars 2026",
    ]  # fmt: skip
    for phrase in needed:
        assert phrase in text, phrase
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        fonts = {char["fontname"].split("+")[-1] for page in pdf.pages for char in page.chars}
    assert fonts <= {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"}


@pytest.mark.usefixtures("fixed_guides")
def test_the_recipient_sits_in_the_window_of_a_dl_envelope_and_the_sender_outside_it() -> None:
    draft = draft_of("refund")
    with pdfplumber.open(io.BytesIO(render_pdf(draft))) as pdf:
        page = pdf.pages[0]
        mm = 72 / 25.4
        lines = page.extract_text_lines()
    where = {line["text"]: line for line in lines}
    for text in draft.recipient:
        line = next(line for found, line in where.items() if flat(found) == flat(text))
        assert 108 * mm <= line["x0"] <= 112 * mm and line["x1"] <= 197 * mm
        assert 45 * mm <= line["top"] and line["bottom"] <= 85 * mm
    for text in draft.sender:
        line = next(line for found, line in where.items() if flat(found) == flat(text))
        assert line["x1"] < 105 * mm and line["top"] >= 12 * mm
    place = next(line for text, line in where.items() if flat(text) == flat(draft.place_date))
    assert place["x1"] > 190 * mm and place["top"] > 83 * mm  # right-aligned, under the window


@pytest.mark.usefixtures("fixed_guides")
def test_120_charges_split_across_pages_with_the_header_repeated_and_the_total_last() -> None:
    draft = compose("refund", lc.many_charges(120), today=date(2026, 3, 3))
    pages = [text.replace("\u00a0", " ") for text in pdf_pages(render_pdf(draft))]
    assert len(pages) >= 4
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} / {len(pages)}" in text
    with_rows = [i for i, text in enumerate(pages) if re.search(r"^\d+ \d\d/\d\d/\d{4} ", text, re.MULTILINE)]
    assert len(with_rows) >= 3 and with_rows[0] == 0  # the table starts under the opening, not a page later
    for index in with_rows:
        assert "N° Date Libellé sur la facture Service Montant" in pages[index]
    rows = [
        line
        for text in pages
        for line in text.splitlines()
        if re.match(r"\d+ \d\d/\d\d/\d{4} Internet", line)
    ]
    assert [int(line.split()[0]) for line in rows] == list(range(1, 121))  # numbered as the bill copies
    total = "Total (120 prélèvements) 718,80 €"
    assert sum(total in text for text in pages) == 1
    last = with_rows[-1]
    assert total in pages[last]
    assert pages[last].index("Date Libellé") < pages[last].index(total)  # rows above it on its page
    assert re.search(r"^\d+ \d\d/\d\d/\d{4} ", pages[last][: pages[last].index(total)], re.MULTILINE)
    assert draft.charges is not None and sum(r.amount for r in draft.charges.rows) == Decimal("718.80")
    assert "28 factures, du 1er septembre 2023 au 1er décembre 2025" in flat(" ".join(draft.references))


@pytest.mark.usefixtures("fixed_guides")
def test_the_total_row_never_starts_a_page_alone() -> None:
    """With 68 charges the table's last page would begin with the total alone; it takes a row along."""
    pages = pdf_pages(render_pdf(compose("refund", lc.many_charges(68), today=date(2026, 3, 3))))
    [page] = [text for text in pages if "Total (68 prélèvements)" in text]
    above = page[: page.index("Total (68 prélèvements)")]
    assert re.search(r"^\d+ \d\d/\d\d/\d{4} Internet", above, re.MULTILINE)


@pytest.mark.usefixtures("fixed_guides")
def test_user_text_is_printed_as_written_never_as_markup() -> None:
    case_file = lc.fresh()
    case_file.case.holder_name = "<b>Jean</b> & <font size=40>Cie</font>"
    case_file.evidence[0].charges[1].label = "SMS+ <para> & co"
    text = "\n".join(pdf_pages(render_pdf(compose("refund", case_file, today=date(2026, 3, 3)))))
    assert "<b>Jean</b> & <font size=40>Cie</font>" in text
    assert "SMS+ <para> & co" in text


@pytest.mark.usefixtures("fixed_guides")
def test_the_same_letter_is_the_same_bytes_even_from_several_threads() -> None:
    draft = draft_of("mediator")
    first = render_pdf(draft)
    results: list[bytes] = []

    def work() -> None:
        results.append(render_pdf(draft))

    threads = [threading.Thread(target=work) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [first] * 6
    with pdfplumber.open(io.BytesIO(first)) as pdf:
        meta = pdf.metadata
    assert meta["Title"] == "Saisine du médiateur" and meta["Author"] == "KKO Guard"
    assert all("Françoise" not in str(value) and "06 12" not in str(value) for value in meta.values())


def test_characters_the_font_lacks_are_replaced_not_boxed() -> None:
    assert drawable("Zoë 😀 \u4e2d\x07\u202e") == "Zoë 😀 ?"
    assert drawable("a\tb") == "a b"


# ---------------------------------------------------------------------------------- recipient & sender


def test_the_recipient_typed_beats_the_bill_which_beats_the_guide(fixed_guides: None) -> None:
    typed, printed = ("Moi-même", "1 rue A", "75001 Paris"), ("Orange Service Clients", "TSA 1", "33000 BX")
    draft = draft_of("refund", recipient_override=typed, printed_address=printed)
    assert (draft.recipient, draft.recipient_origin) == (typed, "typed")
    assert draft.origin("fr") == "adresse saisie par vous" and draft.origin("en") == "address you typed"
    draft = draft_of("refund", printed_address=printed)
    assert (draft.recipient, draft.recipient_origin) == (printed, "bill")
    draft = draft_of("refund")
    assert draft.recipient == CONTACTS["customer_service"].address
    assert (draft.recipient_origin, draft.recipient_confidence) == ("guide", "likely")
    assert draft.origin("fr") == "adresse du guide KKO Guard (fiabilité : probable)"
    assert not [w for w in draft.warnings if "adresse" in w.fr.lower()]
    draft = draft_of("refund", recipient_override=("  ", ""), printed_address=())
    assert draft.recipient_origin == "guide"  # blank lines are no address


def test_an_address_printed_on_a_stored_bill_is_used_without_being_typed(fixed_guides: None) -> None:
    case_file = lc.fresh()
    printed = ["Orange Service Consommateurs", "TSA 2", "33000 BORDEAUX CEDEX"]
    case_file.evidence[0].printed_contacts = {"consumer_service": printed}
    escalation = compose("escalation", case_file, today=date(2026, 3, 3))
    assert (escalation.recipient, escalation.recipient_origin) == (tuple(printed), "bill")
    refund = compose("refund", case_file, today=date(2026, 3, 3))  # that bill prints no customer service
    assert refund.recipient_origin == "guide"


def test_an_uncertain_guide_address_comes_with_the_guides_own_check_text() -> None:
    contact = guides.recipient("orange", "customer_service", "mobile")
    assert contact is not None and contact.address and contact.check is not None
    draft = draft_of("refund")
    assert draft.recipient[-1] == contact.address[-1]
    assert (draft.recipient_origin, draft.recipient_confidence) == ("guide", contact.confidence)
    if contact.needs_check:
        [warning] = [w for w in draft.warnings if w.code == "check_address"]
        assert contact.check.fr in warning.fr and contact.check.en in warning.en


def test_an_unknown_operator_gets_blank_lines_and_is_told_to_copy_the_bills_address() -> None:
    case_file = lc.fresh()
    case_file.case.operator = "mobilia"
    draft = compose("refund", case_file, today=date(2026, 3, 3))
    assert draft.recipient_origin == "none" and all(set(line) == {"…"} for line in draft.recipient)
    text = " ".join(w.fr for w in draft.warnings)
    assert "facture" in text and ("Recopiez" in text or "recopiez" in text)


def test_without_any_address_the_user_is_told_to_copy_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(drafting, "guide_contact", lambda slug, role, product: None)
    draft = draft_of("refund")
    assert [w.code for w in draft.warnings] == ["no_address"]
    assert "dernière facture ou votre contrat" in draft.warnings[0].fr
    assert draft.origin("fr") == "aucune adresse connue : à écrire à la main"


def test_an_uncertain_address_without_a_check_text_still_warns(monkeypatch: pytest.MonkeyPatch) -> None:
    contact = FakeContact("X", ("X", "1 rue Y", "75001 PARIS"), "uncertain")
    monkeypatch.setattr(drafting, "guide_contact", lambda slug, role, product: contact)
    [warning] = draft_of("refund").warnings
    assert (
        warning.fr
        == "Vérifiez l'adresse sur votre dernière facture ou votre contrat : elle n'a pas pu être confirmée."
    )


@pytest.mark.usefixtures("fixed_guides")
def test_a_publisher_without_an_address_is_found_through_the_sms_or_the_directory() -> None:
    draft = draft_of("termination", recipient_override=None)
    assert draft.recipient_origin == "none"
    [warning] = [w for w in draft.warnings if w.code == "no_merchant_address"]
    assert "Mobiquiz" in warning.fr and "surmafacture.fr" in warning.fr and "surmafacture.fr" in warning.en
    assert "infoconso" not in warning.fr + warning.en  # the old AFMM site (~2012) is no longer used


@pytest.mark.usefixtures("fixed_guides")
@pytest.mark.parametrize("kind", ["refund", "escalation"])
@pytest.mark.parametrize("option", [None, "Blocage des achats multimédia"])
def test_the_letter_asks_for_both_free_blocks_by_name(kind: str, option: str | None) -> None:
    """The legal option (C. consom. L224-54) does not stop Internet+: the letter asks for it and for the
    operator's « achats multimédia » block, by name, and for written confirmation of both."""
    text = flat(render_text(draft_of(kind, option_name=option)))
    legal = (
        "option gratuite de blocage des numéros surtaxés prévue par l'article L224-54 du Code de la "
        "consommation"
    )
    assert legal in text
    assert "blocage des « achats multimédia »" in text or "blocage des achats multimédia" in text
    assert "Internet+" in text and "ces deux blocages sont en place" in text
    if option is not None:
        assert f"option « {option} »" in text
    blocks = (
        text.index("L224-54"),
        text.index("achats multimédia de ma ligne" if option else "« achats multimédia »"),
    )
    assert blocks[0] < blocks[1]  # the legal option first, then the operator's own setting


@pytest.mark.usefixtures("fixed_guides")
def test_a_missing_holder_leaves_lines_to_fill_by_hand_and_says_so() -> None:
    case_file = lc.fresh()
    case_file.case.holder_name = None
    case_file.case.holder_address = "  \n"
    draft = compose("refund", case_file, today=date(2026, 3, 3))
    assert draft.sender == ("……………………",) * 3
    assert draft.signature == "……………………"
    assert flat(draft.place_date) == "Le 3 mars 2026"
    assert {"no_holder_name", "no_holder_address"} <= {w.code for w in draft.warnings}
    assert "unknown_values" not in {w.code for w in draft.warnings}
    text = "\n".join(pdf_pages(render_pdf(draft)))
    assert "Le 3 mars 2026" in text and text.count("……………………") >= 4
    assert flat(compose("refund", case_file, today=date(2026, 3, 3), place="Paris").place_date) == (
        "Paris, le 3 mars 2026"
    )


# --------------------------------------------------------------------------------------- what is said


@pytest.mark.usefixtures("fixed_guides")
def test_the_escalation_without_an_answer_says_so_and_warns_when_it_is_too_early() -> None:
    case_file = lc.after_refund()
    case_file.entries.pop()  # the reply
    draft = compose("escalation", case_file, today=date(2026, 3, 2))
    assert (
        "Plus d'un mois après la réception de ce courrier, je n'ai reçu aucune réponse." in draft.paragraphs
    )
    [early] = [w for w in draft.warnings if w.code == "too_early"]
    assert "4 mars 2026" in flat(early.fr)  # one month after the acknowledgement of receipt
    later = compose("escalation", case_file, today=date(2026, 3, 4))
    assert "too_early" not in {w.code for w in later.warnings}


@pytest.mark.usefixtures("fixed_guides")
def test_the_escalation_without_a_recorded_first_letter_leaves_blanks_and_says_so() -> None:
    draft = compose("escalation", lc.fresh(), today=date(2026, 3, 3))
    first = flat(draft.paragraphs[0])
    assert first.startswith("Par lettre recommandée avec accusé de réception n° …………………… du ……………………,")
    codes = [w.code for w in draft.warnings]
    assert "no_first_letter" in codes and "unknown_values" in codes
    missing = next(w for w in draft.warnings if w.code == "unknown_values")
    assert "numéro de recommandé" in missing.fr and "registered-mail number" in missing.en


@pytest.mark.usefixtures("fixed_guides")
def test_a_letter_sent_without_registered_mail_or_acknowledgement_is_quoted_as_it_was() -> None:
    case_file = lc.after_refund()
    case_file.letters[0] = replace(case_file.letters[0], tracking_number=None)
    first = flat(compose("escalation", case_file, today=date(2026, 3, 6)).paragraphs[0])
    assert first.startswith("Par courrier du 2 février 2026, reçu par vos services le 4 février 2026, j'ai")
    case_file.letters[0] = replace(case_file.letters[0], received_on=None)
    first = flat(compose("escalation", case_file, today=date(2026, 3, 6)).paragraphs[0])
    assert first.startswith("Par courrier du 2 février 2026, j'ai contesté")


@pytest.mark.usefixtures("fixed_guides")
def test_charges_billed_after_the_first_letter_are_counted_apart() -> None:
    case_file = lc.after_refund()
    case_file.evidence[1].charges[2].disputed = True  # 3 January 2026 is before the letter: not new
    case_file.evidence[1].charges[2].charged_on = date(2026, 2, 10)
    draft = compose("escalation", case_file, today=date(2026, 3, 6))
    amount = flat(next(p for p in draft.paragraphs if p.startswith("À ce jour")))
    assert "dont 1 prélèvement pour 4,99 € facturés depuis ma réclamation" in amount
    assert "4 prélèvements" in amount and "1 229,56 €" in amount


@pytest.mark.usefixtures("fixed_guides")
def test_a_partial_refund_turns_the_request_into_the_balance_and_the_option_is_named() -> None:
    draft = draft_of("refund", option_name="Contenus numériques")
    text = render_text(draft)
    assert "option «\u00a0Contenus numériques\u00a0»" in text.replace("\n   ", " ")
    case_file = lc.fresh()
    case_file.case.refunded = Decimal("9.98")
    requests = next(
        b for b in compose("refund", case_file, today=date(2026, 3, 3)).body if b.id == "requests"
    )
    text = flat(" ".join(getattr(requests, "items", ())))
    assert "le solde de 1 214,59 €, 9,98 € m'ayant déjà été remboursés" in text


@pytest.mark.usefixtures("fixed_guides")
def test_a_termination_letter_covers_one_publisher_or_warns() -> None:
    only = draft_of("termination")
    assert only.charges is not None and {r.merchant for r in only.charges.rows} == {"Mobiquiz"}
    everyone = draft_of("termination", merchant=None)
    assert everyone.charges is not None and len(everyone.charges.rows) == 3
    [warning] = [w for w in everyone.warnings if w.code == "several_merchants"]
    assert "Mobiquiz et Jeux Fun Premium" in warning.fr


@pytest.mark.usefixtures("fixed_guides")
def test_the_mediator_is_warned_of_a_missing_complaint_a_late_one_and_an_early_one() -> None:
    assert "mediator_no_complaint" in {
        w.code for w in compose("mediator", lc.fresh(), today=date(2026, 3, 3)).warnings
    }
    late = compose("mediator", lc.after_refund(), today=date(2027, 2, 3))
    [warning] = [w for w in late.warnings if w.code == "mediator_late"]
    assert "2 février 2027" in flat(warning.fr)
    case_file = lc.after_refund()
    case_file.entries.pop()  # no answer yet
    early = compose("mediator", case_file, today=date(2026, 3, 6))
    [warning] = [w for w in early.warnings if w.code == "mediator_too_early"]
    assert "4 avril 2026" in flat(warning.fr)  # two months after the acknowledgement of receipt
    assert "mediator_too_early" not in {
        w.code for w in compose("mediator", case_file, today=date(2026, 4, 4)).warnings
    }


@pytest.mark.usefixtures("fixed_guides")
def test_drafts_and_calls_stay_out_of_the_chronology_but_calls_are_told() -> None:
    case_file = lc.after_escalation()
    case_file.letters.append(
        Letter(9, 7, LetterKind.OTHER, Party.MERCHANT, "Brouillon", LetterStatus.DRAFT, date(2026, 3, 1))
    )
    case_file.entries.append(
        Entry(9, 7, date(2026, 1, 30), Channel.PHONE, Direction.OUTGOING, Party.CUSTOMER_SERVICE,
              "Kevin", "Remboursement refusé au téléphone.")
    )  # fmt: skip
    draft = compose("mediator", case_file, today=date(2026, 4, 27))
    [chronology] = [b for b in draft.body if b.id == "chronology"]
    texts = [e.text for e in getattr(chronology, "events", ())]
    assert "Appel téléphonique au service clients d'Orange" in texts
    assert not any("Brouillon" in t or "éditeur" in t for t in texts)
    days = [e.day for e in getattr(chronology, "events", ())]
    assert days == sorted(days)
    assert (
        sum("Lettre recommandée au service clients" in t for t in texts) == 1
    )  # not twice with its log line


@pytest.mark.usefixtures("fixed_guides")
def test_no_disputed_charge_gives_no_table_and_a_warning() -> None:
    case_file = lc.fresh()
    for evidence in case_file.evidence:
        for charge in evidence.charges:
            charge.disputed = False
    draft = compose("refund", case_file, today=date(2026, 3, 3))
    assert draft.charges is None and "no_charges" in {w.code for w in draft.warnings}
    assert render_pdf(draft).startswith(b"%PDF")


@pytest.mark.usefixtures("fixed_guides")
def test_an_undated_charge_is_shown_with_a_dash_and_a_warning() -> None:
    case_file = lc.fresh()
    case_file.evidence[0].charges[1].charged_on = None
    draft = compose("refund", case_file, today=date(2026, 3, 3))
    assert draft.charges is not None
    [undated] = [row for row in draft.charges.rows if row.day is None]
    assert draft.charges.day_text(undated) == "—" and "  —           Internet+" in render_text(draft)
    [warning] = [w for w in draft.warnings if w.code == "undated_charges"]
    assert warning.fr.startswith("1 prélèvement(s) sans date")


def test_unknown_kinds_and_products_are_refused_in_plain_words() -> None:
    with pytest.raises(LetterError) as error:
        compose("lettre", lc.fresh(), today=date(2026, 3, 3))
    assert error.value.code == "unknown_kind" and "refund" in error.value.message("fr")
    with pytest.raises(LetterError) as error:
        compose("refund", lc.fresh(), today=date(2026, 3, 3), product="fixe")
    assert error.value.code == "unknown_product"


def test_french_helpers() -> None:
    assert [of(x) for x in ("Orange", "SFR", "Free", "Bouygues Telecom", "Éditeur")] == [
        "d'Orange", "de SFR", "de Free", "de Bouygues Telecom", "d'Éditeur"]  # fmt: skip
    assert with_preposition("à", "le service clients") == "au service clients"
    assert with_preposition("de", "le service clients") == "du service clients"
    assert with_preposition("à", "l'éditeur") == "à l'éditeur"
    assert with_preposition("de", "un autre") == "d'un autre"
    assert city_of(["12 rue X", "69003 LYON CEDEX 03"]) == "Lyon"
    assert city_of(["12 rue X", "75001 Paris"]) == "Paris" and city_of(["sans code"]) is None
    assert format_line("06.12.34.56.78") == "06\u00a012\u00a034\u00a056\u00a078"
    assert format_line(" +32  475 ") == "+32 475" and format_line(" ") is None
    assert french_spacing("Objet : « test » ; ok ?") == "Objet\u00a0: «\u00a0test\u00a0»\u202f; ok\u202f?"


# ------------------------------------------------------------------------------------ templates as data


def test_every_bundled_letter_resource_loads_and_cites_only_sure_or_likely_grounds() -> None:
    tpl.check_all()
    for kind in KINDS:
        assert date(2026, 11, 25) <= tpl.template(kind).checked <= date.today()
    assert tpl.template("refund").checked == date(2026, 12, 2)  # blocking wording from operators-verified.md
    cited = [g for g in tpl.grounds() if g.kinds]
    assert cited and all(g.confidence in ("sure", "likely") for g in cited)
    assert {k for g in cited for k in g.kinds} == set(KINDS)


def minimal() -> dict[str, Any]:
    return {
        "source": "a source long enough to say something",
        "checked": date(2026, 11, 25),
        "kind": "refund",
        "format": "letter",
        "recipient_role": "customer_service",
        "title": "Réclamation",
        "subject": "Objet",
        "salutation": "Madame, Monsieur,",
        "closing": "Salutations.",
        "block": [{"type": "paragraph", "id": "facts", "text": "Total : {total}."}],
    }


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"block": [{"type": "paragraph", "id": "facts", "text": "Total : {totl}."}]},
         "refund.toml block #1 ('facts') text: unknown placeholder(s) {totl}"),
        ({"block": [{"type": "paragraph", "id": "facts", "text": "Total : {total."}]},
         "refund.toml block #1 ('facts') text: broken placeholder"),
        ({"block": [{"type": "paragraph", "id": "x", "text": "a", "when": "repli"}]},
         "refund.toml block #1 ('x'): unknown condition 'repli'"),
        ({"block": [{"type": "list", "id": "asks", "item": [{"text": "{nope}"}]}]},
         "refund.toml block #1 ('asks') item #1 text: unknown placeholder(s) {nope}"),
        ({"block": [{"type": "table", "id": "t"}]}, "refund.toml block #1 ('t'): type 'table' is not one of"),
        ({"block": [{"type": "paragraph", "id": "a", "text": "a"},
                    {"type": "heading", "id": "a", "text": "b"}]}, "block id(s) used twice: a"),
        ({"subject": "Objet {operatr}"}, "refund.toml subject: unknown placeholder(s) {operatr}"),
        ({"colour": "red"}, "refund.toml: unknown key(s) colour"),
        ({"closing": None}, "refund.toml: a letter needs a closing"),
        ({"closing": " "}, "refund.toml closing: must be a non-empty text"),
        ({"checked": "2026-11-25"}, "refund.toml: checked must be a TOML date"),
        ({"kind": "lettre"}, "refund.toml: kind 'lettre' is not one of"),
        ({"attachment": [{"text": "x", "auto": "bills"}]},
         "refund.toml attachment #1: give either text or auto"),
    ],
)  # fmt: skip
def test_a_malformed_template_is_refused_naming_the_file_and_the_block(
    change: dict[str, Any], message: str
) -> None:
    data = {k: v for k, v in {**minimal(), **change}.items() if v is not None}
    with pytest.raises(TemplateError) as error:
        tpl.parse_template(data, "refund.toml")
    assert message in str(error.value)
    tpl.parse_template(minimal(), "refund.toml")  # the unchanged template is fine


def test_grounds_and_common_words_are_checked_too() -> None:
    ground = {"id": "x", "cite": "Art. 1", "text": "t", "source": "law", "confidence": "uncertain",
              "kinds": ["refund"]}  # fmt: skip
    with pytest.raises(TemplateError, match=r"grounds.toml ground #1 \('x'\): a ground marked uncertain"):
        tpl.parse_grounds({"source": "a source long enough to count", "checked": date(2026, 1, 1),
                           "ground": [ground]}, "grounds.toml")  # fmt: skip
    tpl.parse_grounds({"source": "a source long enough to count", "checked": date(2026, 1, 1),
                       "ground": [{**ground, "kinds": []}]}, "grounds.toml")  # fmt: skip
    import tomllib

    with (tpl.letters_dir() / "common.toml").open("rb") as f:
        data = tomllib.load(f)
    data["warning"]["no_charges"]["en"] = "No charge {count}."
    with pytest.raises(TemplateError, match=r"\[warning\] no_charges.en: unknown placeholder"):
        tpl.parse_common(data, "common.toml")
    del data["words"]["blank"]
    with pytest.raises(TemplateError, match=r"common.toml \[words\]: missing blank"):
        tpl.parse_common(data, "common.toml")


def test_a_template_whose_kind_differs_from_its_file_name_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "escalation.toml"
    source = (tpl.letters_dir() / "refund.toml").read_text(encoding="utf-8")
    path.write_text(source, encoding="utf-8")
    with pytest.raises(TemplateError, match="kind 'refund' does not match the file name"):
        tpl.load_template(path)
    path.write_text(source + "\n[[block\n", encoding="utf-8")
    with pytest.raises(TemplateError, match="not valid TOML"):
        tpl.load_template(path)


# ------------------------------------------------------------------------------------- recovery sheet


def test_the_recovery_sheet_moved_here_and_export_still_offers_it() -> None:
    assert export.render_recovery_sheet is render_recovery_sheet
    data = render_recovery_sheet("7K3QX-M9P2A", created_on=date(2026, 3, 1), dossier_id="d6", lang="fr")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        chars = pdf.pages[0].chars
    assert {c["fontname"].split("+")[-1] for c in chars if c["text"] == "é"} <= {
        "DejaVuSans",
        "DejaVuSans-Bold",
    }
    assert {c["fontname"] for c in chars if c["text"] == "7"} == {"Courier-Bold"}


# -------------------------------------------------------------------------------------------------- CLI


def scan_json(tmp_path: Path) -> Path:
    """A `kkoguard scan --json` result: one bill, two suspicious charges and one plain."""
    data = {
        "schema": "kkoguard.scan/1",
        "bills": [
            {"file": "facture.pdf", "status": "ok", "error": None, "operator": "sfr",
             "invoice_number": "F-2026-0042", "invoice_date": "2026-02-05", "period_start": None,
             "period_end": None, "account_number": "C123", "line_numbers": ["0698765432"], "total": "39.97",
             "charges": [
                 {"label": "Forfait 5G", "amount": "29.99", "date": None, "page": 1, "bbox": [0, 0, 1, 1],
                  "third_party": False, "suspicious": False, "kind": None, "merchant": None,
                  "short_number": None, "reasons": []},
                 {"label": "Internet+ QUIZZY", "amount": "4.99", "date": "2026-01-12", "page": 2,
                  "bbox": [0, 0, 1, 1], "third_party": True, "suspicious": True, "kind": "internet_plus",
                  "merchant": "Quizzy", "short_number": None, "reasons": ["abonnement"]},
                 {"label": "Internet+ QUIZZY", "amount": "4.99", "date": "2026-01-19", "page": 2,
                  "bbox": [0, 0, 1, 1], "third_party": True, "suspicious": True, "kind": "internet_plus",
                  "merchant": "Quizzy", "short_number": None, "reasons": ["abonnement"]},
             ]},
            {"file": "autre.pdf", "status": "error", "error": {"code": "not_a_pdf", "message": "Pas un PDF."},
             "operator": None, "invoice_number": None, "invoice_date": None, "period_start": None,
             "period_end": None, "account_number": None, "line_numbers": [], "total": None, "charges": []},
        ],
        "summary": {"suspicious_total": "9.98", "merchants": [
            {"merchant": "Quizzy", "total": "9.98", "count": 2, "first_date": "2026-01-12",
             "last_date": "2026-01-19", "recurring": True}]},
    }  # fmt: skip
    text = json.dumps(data, ensure_ascii=False)
    validate_scan(text)
    path = tmp_path / "scan.json"
    path.write_text(text, encoding="utf-8")
    return path


def dossier_with_a_case() -> int:
    dossier, _ = Dossier.create()
    with dossier:
        case = dossier.create_case(
            "Orange 06", operator="orange", line_number="0612345678", account_number="1.2345",
            holder_name="Jeanne Martin", holder_address="3 rue des Lilas\n69003 Lyon",
        )  # fmt: skip
        bill = Bill(
            "facture.pdf", 2, operator="orange", invoice_date=date(2026, 2, 5), line_numbers=["0612345678"],
            charges=[
                Charge("Forfait", Decimal("19.99"), None, 1, (0, 0, 1, 1)),
                Charge("Internet+ MOBIQUIZ", Decimal("4.99"), date(2026, 1, 12), 2, (0, 0, 1, 1),
                       third_party=True, suspicious=True, kind=Kind.INTERNET_PLUS, merchant="Mobiquiz"),
            ],
        )  # fmt: skip
        dossier.add_bill(case.id, b"%PDF-1.4 fake bill", filename="facture.pdf", bill=bill)
        return case.id


def test_cli_writes_the_letter_for_a_case_warns_first_and_keeps_it_as_a_draft(
    cli: Cli, tmp_path: Path
) -> None:
    case_id = dossier_with_a_case()
    out = tmp_path / "reclamation.pdf"
    run = cli("letter", "refund", "--case", str(case_id), "--out", str(out), "--store", "--lang", "fr",
              "--date", "2026-03-03")  # fmt: skip
    assert run.status == 0, run.err
    contact = guides.recipient("orange", "customer_service", "mobile")
    assert contact is not None and contact.check is not None
    assert contact.check.fr.split()[0] in run.err  # the guide's check, before writing
    assert "Courrier écrit" in run.out and "adresse du guide KKO Guard" in run.out
    text = "\n".join(pdf_pages(out.read_bytes()))
    assert "Jeanne Martin" in text and "Lyon, le 3 mars 2026" in text and "Internet+ MOBIQUIZ" in text
    assert "Forfait" not in text
    with Dossier.open() as dossier:
        [letter] = dossier.case_file(case_id).letters
        stored = dossier.blob(letter.sha256 or "")
    assert (letter.kind, letter.recipient, letter.status) == (
        LetterKind.REFUND, Party.CUSTOMER_SERVICE, LetterStatus.DRAFT)  # fmt: skip
    assert stored == out.read_bytes() and letter.created_on == date(2026, 3, 3)


def test_cli_address_typed_by_the_user_and_text_outputs(cli: Cli, tmp_path: Path) -> None:
    case_id = dossier_with_a_case()
    out = tmp_path / "recours.txt"
    run = cli("letter", "escalation", "--case", str(case_id), "--out", str(out),
              "--to", "Orange Service Consommateurs | TSA 999 | 33000 Bordeaux")  # fmt: skip
    assert run.status == 0, run.err
    assert "address you typed" in run.out  # messages in English by default
    letter = out.read_text(encoding="utf-8")
    assert "Orange Service Consommateurs\n" in letter and "TSA 999" in letter
    assert "No written complaint to the customer service is recorded" in run.err
    report = tmp_path / "signalement.txt"
    assert cli("letter", "signalconso", "--case", str(case_id), "--out", str(report)).status == 0
    assert report.read_text(encoding="utf-8").startswith("Prélèvements de services tiers non sollicités")


def test_cli_from_a_scan_result_disputes_the_suspicious_charges(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "lettre.pdf"
    scan = str(scan_json(tmp_path))
    run = cli("letter", "refund", "--scan", scan, "--out", str(out), "--from-name", "Paul Durand",
              "--from-address", "8 avenue Foch|75116 Paris", "--date", "2026-03-03")  # fmt: skip
    assert run.status == 0, run.err
    text = " ".join("\n".join(pdf_pages(out.read_bytes())).split())
    assert "Paul Durand 8 avenue Foch 75116 Paris" in text and "Paris, le 3 mars 2026" in text
    assert "facture n° F-2026-0042 du 5 février 2026" in text and "Ligne concernée : 06 98 76 54 32" in text
    assert "Total (2 prélèvements) 9,98 €" in text and "Forfait 5G" not in text
    assert "Quizzy" in text and "de SFR" in text


def test_case_file_from_a_scan_refuses_what_is_not_a_scan() -> None:
    with pytest.raises(LetterError) as error:
        case_file_from_scan({"schema": "other"}, today=date(2026, 3, 3), where="x.json")
    assert error.value.code == "bad_scan" and "x.json" in error.value.message("fr")
    bad = {
        "schema": "kkoguard.scan/1",
        "bills": [{"status": "ok", "charges": [{"label": "a", "amount": "x"}]}],
    }
    with pytest.raises(LetterError, match="not an amount"):
        case_file_from_scan(bad, today=date(2026, 3, 3))
    bills = [
        {"status": "ok", "operator": "sfr", "charges": []},
        {"status": "ok", "operator": "free", "charges": []},
    ]
    two = {"schema": "kkoguard.scan/1", "bills": bills}
    with pytest.raises(LetterError) as error:
        case_file_from_scan(two, today=date(2026, 3, 3))
    assert error.value.code == "several_operators"


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (("refund", "--case", "1"), "required: --out"),
        (("refund", "--out", "x.pdf"), "one of the arguments --case --scan is required"),
        (("refund", "--case", "1", "--scan", "s.json", "--out", "x.pdf"), "not allowed with argument"),
        (("lettre", "--case", "1", "--out", "x.pdf"), "invalid choice: 'lettre'"),
        (
            ("refund", "--scan", "s.json", "--out", "x.pdf", "--store"),
            "--store keeps the letter in the dossier",
        ),
        (("signalconso", "--case", "1", "--out", "x.pdf"), "write it to a .txt file"),
        (("signalconso", "--case", "1", "--out", "x.txt", "--store"), "--store does not apply"),
        (("refund", "--case", "1", "--out", "x.pdf", "--date", "03/03/2026"), "YYYY-MM-DD"),
    ],
)
def test_cli_usage_errors_exit_2(cli: Cli, argv: tuple[str, ...], said: str, tmp_path: Path) -> None:
    run = cli("letter", *argv)
    assert run.status == 2, run
    assert said in run.err
    assert not (tmp_path / "x.pdf").exists()


def test_cli_help_lists_the_kinds(cli: Cli) -> None:
    run = cli("letter", "--help")
    assert run.status == 0
    assert all(kind in run.out for kind in KINDS) and "--scan" in run.out and "--store" in run.out


def test_cli_failures_exit_1_with_a_sentence(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    run = cli("letter", "refund", "--case", "1", "--out", str(out), "--lang", "fr")  # no dossier yet
    assert run.status == 1 and run.err.strip() and not out.exists()
    case_id = dossier_with_a_case()
    run = cli("letter", "refund", "--case", str(case_id + 41), "--out", str(out))
    assert run.status == 1 and run.err.strip() and not out.exists()
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    run = cli("letter", "refund", "--scan", str(broken), "--out", str(out), "--lang", "fr")
    assert run.status == 1 and "broken.json" in run.err and not out.exists()
    run = cli(
        "letter", "refund", "--scan", str(scan_json(tmp_path)), "--out", str(tmp_path / "nope" / "x.pdf")
    )
    assert run.status == 1 and "Cannot write" in run.err
