"""Who issued a bill: the operator files in resources/operators/ read against what bills print.

The texts are the header and legal-footer lines a bill prints (brand, legal entity, SIREN/RCS, VAT number,
customer-service domain), written for these tests. The operator is the company that bills: a brand named in a
plan's label does not make the bill the brand's; a bill that presents itself as the brand does.
"""

from __future__ import annotations

import pytest

from kkoguard.bills.layout import Word, group_lines
from kkoguard.bills.reader import build_bill
from kkoguard.bills.templates import identify_operator, operators


def slug(text: str) -> str | None:
    template = identify_operator(text)
    return template.slug if template else None


# ------------------------------------------------------------------------------------------ new operators

NEW_OPERATORS = {
    "youprice": "YouPrice",
    "syma": "Syma Mobile",
    "lebara": "Lebara",
    "auchan_telecom": "Auchan Telecom",
    "cdiscount_mobile": "Cdiscount Mobile",
    "lycamobile": "Lycamobile",
    "reglo_mobile": "Réglo Mobile",
}


@pytest.mark.parametrize(("expected", "name"), sorted(NEW_OPERATORS.items()))
def test_every_new_operator_has_a_template_with_its_name(expected: str, name: str) -> None:
    templates = {t.slug: t for t in operators()}
    assert expected in templates
    assert templates[expected].name == name
    assert templates[expected].keywords


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        # YouPrice
        (
            "YouPrice\nLe forfait au juste prix\nFacture n° YP-0425\nYouPrice SAS - Service client par chat",
            "youprice",
        ),
        ("Votre espace client sur youprice.fr\nFacture n° 77120", "youprice"),
        # Syma Mobile (SYMACOM, symamobile.com)
        ("Syma Mobile\nFacture n° SY0425118479\nSyma Mobile - SAS - service client", "syma"),
        ("SYMACOM - www.symamobile.com\nFacture du 03/11/2025", "syma"),
        # Lebara
        ("RELEVÉ DE FACTURE\nLebara Mobile France\nFacture n° : LB0525072815", "lebara"),
        ("Gérez votre ligne sur www.lebara.fr\nTotal dû 15,47 €", "lebara"),
        # Auchan Telecom
        ("Auchan Telecom\nFacture n° AU0626013194\nAuchan Télécom - service client", "auchan_telecom"),
        ("Espace client : www.auchantelecom.fr\nMontant total 22,49 EUR", "auchan_telecom"),
        # Cdiscount Mobile
        (
            "FACTURE\nCdiscount Mobile\nForfaits à petits prix\nRéférence client : CDM-3320981",
            "cdiscount_mobile",
        ),
        # Lycamobile
        ("Lycamobile\nFacture mensuelle\nwww.lycamobile.fr", "lycamobile"),
        ("Lyca Mobile - Forfait national\nFacture n° 5512", "lycamobile"),
        # Réglo Mobile (E.Leclerc), with or without the accent
        ("Réglo Mobile\nFacture n° RM-2025-0142\nwww.reglomobile.fr", "reglo_mobile"),
        ("REGLO MOBILE - Relevé de compte", "reglo_mobile"),
    ],
)
def test_new_operators_are_recognised_from_their_header_and_footer(printed: str, expected: str) -> None:
    assert slug(printed) == expected


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        # MVNOs name the network they run on, or now bill through their host: the brand is the issuer
        ("Réglo Mobile\nService fourni sur le réseau SFR\nSFR SA - RCS Paris 343 059 564", "reglo_mobile"),
        (
            "Auchan Telecom\nPRLV De Bouygues Telecom BUSIN\nBouygues Telecom SA - RCS Paris 397 480 930",
            "auchan_telecom",
        ),
        ("Cdiscount Mobile\nopéré sur le réseau de Bouygues Telecom", "cdiscount_mobile"),
        ("Lebara\nRéseau mobile : Bouygues Telecom", "lebara"),
        # La Poste Telecom's own identifiers (a bill of 2023)
        ("RCS Nanterre n° 525 254 736 - TVA FR 93525254736", "la_poste_mobile"),
    ],
)
def test_an_mvno_beats_the_network_it_names(printed: str, expected: str) -> None:
    assert slug(printed) == expected


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        # the retailer's name alone is a merchant or a payment, not the issuer
        ("Achat Cdiscount 49,99 €\nOrange SA - RCS Nanterre 380 129 866", "orange"),
        ("Centre commercial Auchan\n84000 Avignon", None),
        ("Payé par carte Cdiscount", None),
    ],
)
def test_a_retailer_named_on_the_bill_is_not_its_mobile_brand(printed: str, expected: str | None) -> None:
    assert slug(printed) == expected


# ---------------------------------------------------------------------------- brand versus billing company


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        # a brand's plan on the company's bill: the company bills
        (
            "Bouygues Telecom\nFacture n° 2028414378\nForfait B&You 60Go 19,99 €\n"
            "Bouygues Telecom SA - 37-39 rue Boissière 75116 Paris - RCS Paris 397 480 930",
            "bouygues",
        ),
        ("Forfait B&You 60Go 19,99 €\nBouygues Telecom SA - TVA FR74397480930", "bouygues"),
        ("B&You 60Go 19,99 €\nBouygues Telecom SA - RCS Paris 397 480 930", "bouygues"),
        (
            "Orange\nVotre facture\nSérie Spéciale Sosh 40Go 9,99 €\n"
            "Orange SA au capital de 10 640 226 396 € - RCS Nanterre 380 129 866",
            "orange",
        ),
        ("Série Spéciale Sosh\nOrange SA - TVA FR89380129866", "orange"),
        ("SFR\nForfait RED by SFR 100Go 15,00 €\nSFR SA - RCS Paris 343 059 564", "sfr"),
        ("RED by SFR 5G 100 Go 15,00 €\nSFR SA - TVA FR71343059564", "sfr"),
        # the bill presents itself as the brand: header (logo), domain or app
        ("B&You\nForfait B&You 100 Go 11,99 €\nBouygues Telecom SA - RCS Paris 397 480 930", "b_and_you"),
        ("Période : du 12.08.25 au 11.09.25 B&You\nBouygues Telecom SA - TVA FR74397480930", "b_and_you"),
        # a logo read by OCR may lose its last letter
        (
            "Période : du 12.11.25 au 11.12.25 B&Yo\nForfait B&You 100 Go 11.99 EUR\nBouygues Telecom SA",
            "b_and_you",
        ),
        ("sosh\nForfait Sosh 100 Go 15,99 €\nOrange SA - RCS Nanterre 380 129 866", "sosh"),
        ("Votre facture Sosh\nOrange SA - SIREN 380 129 866", "sosh"),
        ("Retrouvez vos factures sur sosh.fr et dans l'app MySosh\nOrange SA - 380 129 866", "sosh"),
        ("RED by SFR\nForfait RED 5G 130 Go 12,99 €\nSFR SA - RCS Paris 343 059 564", "red"),
        ("Votre espace client : www.red-by-sfr.fr\nSFR SA - TVA FR71343059564", "red"),
    ],
)
def test_the_company_that_bills_wins_over_a_brand_named_as_a_plan(printed: str, expected: str) -> None:
    assert slug(printed) == expected


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        # nothing names the issuer (a scan whose logo and legal line were not read): the plan is the last clue
        ("Facture n° SO52936020\nForfait Sosh 100 Go 15,99 €\nIREN 3 66", "sosh"),
        ("Forfait B&You 100 Go 11,99 €\nTotal de la facture 11,99 €", "b_and_you"),
        # "RED by SFR" names SFR: the plan's words name the company that bills
        ("Forfait RED by SFR 100Go 15,00 €", "sfr"),
        # but the issuer's legal line, when readable, decides
        ("Forfait Sosh 100 Go 15,99 €\nRCS Nanterre 380 129 866 - SIREN 380 129 866", "orange"),
    ],
)
def test_a_brands_plan_is_used_only_when_no_issuer_is_named(printed: str, expected: str) -> None:
    assert slug(printed) == expected


# ------------------------------------------------------------------------------------------------- boxes


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("Votre facture Livebox\nOffre Livebox Fibre 42,99 €", "orange"),
        ("Livebox Up\nOrange SA au capital de 10 640 226 396 € - RCS Nanterre 380 129 866", "orange"),
        ("Freebox Révolution\nFacture n° 123456789", "free"),
        ("Abonnement Freebox Pop 29,99 €\nFree SAS - RCS Paris 421 938 861", "free"),
        ("Free - SAS au capital de 3 441 812 € - 8 rue de la Ville l'Évêque 75008 Paris", "free"),
        ("Bbox Must\nFacture n° 2028414378", "bouygues"),
        ("Votre espace client sur bouyguestelecom.fr\nBbox fibre 32,99 €", "bouygues"),
        ("SFR Box 8 Fibre\nFacture n° 55012", "sfr"),
        ("SFR Fibre\nSociété Française du Radiotéléphone", "sfr"),
        # the Sosh box is Sosh's, even if it names the Livebox it runs on
        ("sosh\nLa Boîte Sosh (Livebox) 23,99 €\nOrange SA - RCS Nanterre 380 129 866", "sosh"),
    ],
)
def test_box_bills_are_the_internet_providers(printed: str, expected: str) -> None:
    assert slug(printed) == expected


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("Free Mobile\nFacture n° 12345", "free_mobile"),
        ("Free Mobile SAS - RCS Paris 499 247 138 - TVA FR25499247138", "free_mobile"),
        ("Gérez votre forfait sur mobile.free.fr", "free_mobile"),
        # a Freebox bill may name Free Mobile (an offer for its subscribers): its legal line decides
        ("Freebox Pop 29,99 €\nAvantage Free Mobile -5,00 €\nFree SAS - RCS Paris 421 938 861", "free"),
        # a Free Mobile bill may advertise the Freebox
        (
            "Forfait Free 5G 19.99\nPassez à la Freebox\nFree Mobile SAS - RCS Paris 499 247 138",
            "free_mobile",
        ),
    ],
)
def test_free_mobile_and_the_freebox_are_two_companies(printed: str, expected: str) -> None:
    assert slug(printed) == expected


# --------------------------------------------------------------------------------------- unknown issuers


@pytest.mark.parametrize(
    "printed",
    [
        "Mobilia SAS - 3 rue du Port 44000 Nantes\nFacture n° MB-2026-0042\nTotal à payer 12,99 €",
        "NovaTel Mobile\nFacture n° FAC-2026-004217\nOffre Nova Illimité 80 Go 17,99 €",
        # Orange the town, in the customer's address
        "M. Jean Dupont\n12 rue de la République\n84100 Orange\nFacture n° 42",
        # free as an English word, or a free call
        "Appels gratuits (free)\nNuméro vert 0 800 00 00 00",
    ],
)
def test_an_operator_without_a_file_is_not_guessed(printed: str) -> None:
    assert slug(printed) is None


# ------------------------------------------------------------------------------------- through the reader


def _page(texts: list[str], page: int) -> list[Word]:
    words: list[Word] = []
    for row, text in enumerate(texts):
        x = 40.0
        top = 60.0 + 14 * row
        for token in text.split():
            words.append(Word(token, x, x + 6 * len(token), top, top + 9))
            x += 6 * len(token) + 4
    return words


def test_a_bill_without_a_template_still_reads_with_no_operator() -> None:
    lines = ["NovaTel Mobile", "Facture n° NV12345", "Total à payer 9,99 €"]
    bill = build_bill("x.pdf", [group_lines(_page(lines, 1), 1)])
    assert bill.operator is None
    assert bill.invoice_number == "NV12345"


def test_the_reader_names_the_issuer_not_the_brand_of_a_plan() -> None:
    page1 = [
        "Bouygues Telecom",
        "Facture n° 2028414378",
        "Forfait B&You 60Go 19,99 €",
        "Total à payer 19,99 €",
        "Bouygues Telecom SA - RCS Paris 397 480 930 - TVA FR74397480930",
    ]
    bill = build_bill("x.pdf", [group_lines(_page(page1, 1), 1)])
    assert bill.operator == "bouygues"
    syma = [
        "Syma Mobile",
        "Facture n° SY0425118479",
        "Total à payer 25,40 €",
        "Syma Mobile - SAS - service client",
    ]
    assert build_bill("y.pdf", [group_lines(_page(syma, 1), 1)]).operator == "syma"
