"""Postal blocks on a bill: the holder (sender of the letters) and printed complaint addresses (their
recipient), read from a drawn bill whose layout the reader has never seen."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from kkoguard.bills.reader import read_bill

FIXTURES = Path(__file__).parent / "fixtures"


def draw_bill(path: Path, *, contacts: bool) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    _, height = A4
    y = height - 60
    left = ["Opérateur Zéphyr", "Facture n° ZP-2026-0412", "Date : 05/04/2026", "Compte client : 88412377"]
    right = [
        "Mme ÉLISE DU PONT-LÉVÊQUE",
        "Résidence Les Tilleuls, bât. B",
        "12 allée des Lilas",
        "69003 LYON",
    ]
    for left_text, right_text in zip(left, right, strict=True):  # holder beside the header fields
        c.drawString(50, y, left_text)
        c.drawString(330, y, right_text)
        y -= 14
    c.drawString(50, y - 20, "Ligne : 06 12 34 56 78")
    c.drawString(50, y - 60, "Forfait Zéphyr 100 Go")
    c.drawString(450, y - 60, "15,99 €")
    c.drawString(50, y - 74, "Internet+ PLAYZONE MEDIA abonnement")
    c.drawString(450, y - 74, "4,99 €")
    c.drawString(50, y - 100, "Total à payer : 20,98 €")
    if contacts:
        y = 200
        c.drawString(50, y + 16, "Pour nous écrire :")
        for line in ("Zéphyr Service Clients", "TSA 40021", "59878 LILLE CEDEX 9"):
            c.drawString(50, y, line)
            y -= 14
        y = 200
        for line in ("Zéphyr Service Consommateurs", "CS 30 120", "75371 PARIS CEDEX 08"):
            c.drawString(330, y, line)
            y -= 14
    c.drawString(50, 40, "Zéphyr SAS - 3 rue du Port 44000 Nantes - RCS Nantes 123 456 789")
    c.showPage()
    c.save()


def test_holder_and_printed_complaint_addresses_are_read(tmp_path: Path) -> None:
    path = tmp_path / "zephyr.pdf"
    draw_bill(path, contacts=True)
    bill = read_bill(str(path))
    assert bill.holder == [
        "Mme ÉLISE DU PONT-LÉVÊQUE",
        "Résidence Les Tilleuls, bât. B",
        "12 allée des Lilas",
        "69003 LYON",
    ]
    assert bill.contacts == {
        "customer_service": ["Zéphyr Service Clients", "TSA 40021", "59878 LILLE CEDEX 9"],
        "consumer_service": ["Zéphyr Service Consommateurs", "CS 30 120", "75371 PARIS CEDEX 08"],
    }


def test_a_bill_without_complaint_addresses_has_none(tmp_path: Path) -> None:
    path = tmp_path / "zephyr.pdf"
    draw_bill(path, contacts=False)
    bill = read_bill(str(path))
    assert bill.contacts == {} and bill.holder[-1] == "69003 LYON"


def test_corpus_bills_give_the_holder_printed_under_the_header() -> None:
    bill = read_bill(str(sorted((FIXTURES / "c04").glob("*.pdf"))[0]))
    assert len(bill.holder) >= 3 and bill.holder[-1][:5].isdigit()
    assert bill.contacts == {}


def test_a_bill_that_prints_no_address_has_no_holder() -> None:
    bill = read_bill(str(FIXTURES / "unseen" / "nova-2026-03.pdf"))
    assert bill.holder == [] and bill.contacts == {}
