"""Reading layouts nobody here drew: the bill's own arithmetic decides; a bill that does not add up says so.

Each bill is drawn here with reportlab, line by line at the positions given, then read through the public
API (`read_bill`, and `scan` for the JSON). Amounts are Decimal, the reconciliation is the JSON's extra
field documented in the README.
"""

from __future__ import annotations

import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from kkoguard.bills.model import Status
from kkoguard.bills.parse import money_cells
from kkoguard.bills.reader import read_bill
from kkoguard.cli import scan
from kkoguard.detection.summary import analyse

Row = tuple[float, str] | tuple[float, str, bool]
"""x, text[, bold]: one piece of text on a line; several on one line make its cells."""

HEADER = [
    [(40, "Opérateur Exemple Télécom SA"), (330, "Facture n° EX2026110042")],
    [(330, "Date de facture : 02/11/2026")],
    [(330, "Période : du 01/10/2026 au 31/10/2026")],
    [(330, "Ligne : 06 12 34 56 78")],
]


def draw(path: Path, pages: list[list[list[Row]]], *, wide: bool = False, step: float = 16) -> Path:
    """Pages of lines, each line a list of (x, text) printed on one baseline, `step` pt below the last."""
    size = landscape(A4) if wide else A4
    pdf = canvas.Canvas(str(path), pagesize=size)
    for page in pages:
        y = size[1] - 50
        for line in page:
            for piece in line:
                x, text = piece[0], piece[1]
                pdf.setFont("Helvetica-Bold" if len(piece) > 2 and piece[2] else "Helvetica", 9)
                pdf.drawString(x, y, text)
            y -= step
        pdf.showPage()
    pdf.save()
    return path


def scan_json(*paths: Path) -> dict[str, object]:
    out = io.StringIO()
    scan([str(p) for p in paths], as_json=True, lang="en", out=out)
    return json.loads(out.getvalue())  # type: ignore[no-any-return]


def charges(path: Path) -> list[tuple[str, Decimal]]:
    bill = read_bill(str(path))
    return [(c.label, c.amount) for c in bill.charges]


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("4€99", "4.99"),
        ("-5€00", "-5.00"),
        ("5,00 CR", "-5.00"),
        ("5,00 € CR", "-5.00"),
        ("19.99", "19.99"),  # alone in its cell: a column of amounts printed without a currency
        ("EUR 9,99", "9.99"),
        ("4,99EUR", "4.99"),
        ("(5,00)", "-5.00"),
        ("5,00-", "-5.00"),
    ],
)
def test_amount_formats_of_real_bills(cell: str, value: str) -> None:
    assert money_cells(cell) == [Decimal(value)]


@pytest.mark.parametrize("cell", ["03.12.25", "12/03/2026", "CR", "Remise 5,00"])
def test_not_amounts(cell: str) -> None:
    assert money_cells(cell) is None


def test_a_summary_box_that_repeats_the_detail_is_not_counted(tmp_path: Path) -> None:
    """Page 1 sums up each section, page 2 lists the detail (with a line equal to a summary row): only the
    detail is charged, and the bill balances."""
    page1 = [
        *HEADER,
        [],
        [(40, "Votre forfait"), (300, "19,99 €")],
        [(40, "Achats de contenus et services facturés pour le compte de tiers"), (300, "9,98 €")],
        [(40, "Montant total de votre facture"), (300, "29,97 €")],
    ]
    page2 = [
        [(40, "Le détail")],
        [(40, "Forfait Série Limitée 100 Go"), (480, "19,99 €")],
        [(40, "Jeux Funzone 12/10"), (480, "4,99 €")],
        [(40, "Jeux Funzone 19/10"), (480, "4,99 €")],
    ]
    bill = read_bill(str(draw(tmp_path / "b.pdf", [page1, page2])))
    assert [(c.page, c.amount) for c in bill.charges] == [
        (2, Decimal("19.99")),
        (2, Decimal("4.99")),
        (2, Decimal("4.99")),
    ]
    assert bill.reconciliation is not None and bill.reconciliation.status is Status.BALANCED


def test_subtotals_are_found_by_their_arithmetic(tmp_path: Path) -> None:
    """No table header, no "Sous-total" word: a row equal to the rows above it closes their section."""
    page = [
        *HEADER,
        [],
        [(40, "Abonnement", True)],
        [(40, "Forfait Liberté 50 Go"), (480, "15,99 €")],
        [(40, "Option International"), (480, "3,00 €")],
        [(40, "Ensemble de vos abonnements"), (480, "18,99 €")],
        [(40, "Achats multimédia", True)],
        [(40, "SMS+ 81234 Horoscope Premium"), (480, "3,00 €")],
        [(40, "SMS+ 81234 Horoscope Premium"), (480, "3,00 €")],
        [(40, "Ensemble des achats"), (480, "6,00 €")],
        [(40, "Somme à payer"), (480, "24,99 €")],
    ]
    bill = read_bill(str(draw(tmp_path / "b.pdf", [page])))
    assert sorted(a for _, a in [(c.label, c.amount) for c in bill.charges]) == [
        Decimal("3.00"),
        Decimal("3.00"),
        Decimal("3.00"),
        Decimal("15.99"),
    ]
    assert bill.reconciliation is not None and bill.reconciliation.balanced


def test_amounts_left_of_their_labels_on_a_landscape_page(tmp_path: Path) -> None:
    page = [
        *HEADER,
        [],
        [(60, "7€99"), (120, "Forfait 30 Go du 22/09 au 21/10")],
        [(60, "4€99"), (120, "BOKU*QUIZMANIA"), (600, "24-09-2026")],
        [(60, "4€99"), (120, "BOKU*QUIZMANIA"), (600, "01-10-2026")],
        [(60, "Total dû"), (200, "17€97")],
    ]
    bill = read_bill(str(draw(tmp_path / "b.pdf", [page], wide=True)))
    assert [(c.label, c.amount) for c in bill.charges] == [
        ("Forfait 30 Go du 22/09 au 21/10", Decimal("7.99")),
        ("BOKU*QUIZMANIA", Decimal("4.99")),
        ("BOKU*QUIZMANIA", Decimal("4.99")),
    ]
    assert bill.total == Decimal("17.97")
    assert bill.reconciliation is not None and bill.reconciliation.balanced


def test_two_columns_side_by_side_give_each_their_rows(tmp_path: Path) -> None:
    """A summary on the left, the detail on the right, on the same baselines."""
    page = [
        *HEADER,
        [],
        [(40, "Forfait"), (230, "9,99 €"), (430, "Forfait Coriolis 50 Go"), (740, "9,99 €")],
        [(40, "Services tiers"), (230, "2,00 €"), (430, "Gallery Jeux Mania 03/10"), (740, "2,00 €")],
        [(40, "Total à payer"), (230, "11,99 €")],
    ]
    bill = read_bill(str(draw(tmp_path / "b.pdf", [page], wide=True)))
    labels = [c.label for c in bill.charges]
    assert "Forfait Coriolis 50 Go" in labels and any(
        label.startswith("Gallery Jeux Mania") for label in labels
    )
    assert bill.reconciliation is not None and bill.reconciliation.balanced


def test_a_sample_page_explaining_the_bill_gives_no_charge(tmp_path: Path) -> None:
    page1 = [*HEADER, [], [(40, "Forfait 2h"), (480, "2,00 €")], [(40, "Total à payer"), (480, "2,00 €")]]
    sample = [
        [(40, "Mieux comprendre votre facture")],
        [(40, "Date d'achat : jj/mm/aaaa")],
        [(40, "Internet+ Jeux Exemple"), (480, "4,99 €")],
        [(40, "Total à payer"), (480, "4,99 €")],
    ]
    out = scan_json(draw(tmp_path / "b.pdf", [page1, sample]))
    bill = out["bills"][0]  # type: ignore[index]
    assert [c["label"] for c in bill["charges"]] == ["Forfait 2h"]
    assert bill["reconciliation"]["status"] == "balanced"


def test_the_reconciliation_in_the_json(tmp_path: Path) -> None:
    rows = [[(40, "Forfait 2h"), (480, "2,00 €")], [(40, "Option Data"), (480, "3,00 €")]]
    balanced = draw(tmp_path / "balanced.pdf", [[*HEADER, *rows, [(40, "Total à payer"), (480, "5,00 €")]]])
    short = draw(tmp_path / "short.pdf", [[*HEADER, *rows, [(40, "Total à payer"), (480, "9,99 €")]]])
    no_total = draw(tmp_path / "none.pdf", [[*HEADER, *rows]])
    bills = scan_json(balanced, short, no_total)["bills"]
    found = {Path(b["file"]).stem: b["reconciliation"] for b in bills}  # type: ignore[union-attr]
    assert found["balanced"] == {
        "status": "balanced",
        "charges_sum": "5.00",
        "total": "5.00",
        "difference": "0.00",
    }
    assert found["short"] == {
        "status": "unbalanced",
        "charges_sum": "5.00",
        "total": "9.99",
        "difference": "4.99",
    }
    assert found["none"] == {"status": "no_total", "charges_sum": "5.00", "total": None, "difference": None}


def test_the_sweep_turns_an_unread_third_party_row_into_a_charge(tmp_path: Path) -> None:
    """A table of charges, and below its total a third-party purchase the table reader leaves out: the
    sweep makes it a suspicious charge, and the bill no longer claims to balance."""
    page = [
        *HEADER,
        [],
        [(40, "Désignation"), (480, "Montant TTC")],
        [(40, "Forfait 2h"), (480, "2,00 €")],
        [(40, "Total à payer"), (480, "2,00 €")],
        [],
        [(40, "Internet+ mobile : Astro Destin"), (480, "4,99 €")],
    ]
    bill = read_bill(str(draw(tmp_path / "b.pdf", [page])))
    analyse([bill])
    flagged = [c for c in bill.charges if c.suspicious]
    assert [c.amount for c in flagged] == [Decimal("4.99")]
    assert bill.reconciliation is not None and bill.reconciliation.status is Status.UNBALANCED


def test_a_summary_row_of_counted_third_party_charges_is_explained(tmp_path: Path) -> None:
    """The summary's "Services de tiers" row repeats charges already counted: not a second charge."""
    page = [
        *HEADER,
        [],
        [(40, "Services de tiers"), (300, "9,98 €")],
        [(40, "Total à payer"), (300, "11,98 €")],
        [],
        [(40, "Désignation"), (380, "Date"), (480, "Montant TTC")],
        [(40, "Forfait 2h"), (480, "2,00 €")],
        [(40, "Internet+ Jeux Mania"), (380, "03/10/2026"), (480, "4,99 €")],
        [(40, "Internet+ Jeux Mania"), (380, "10/10/2026"), (480, "4,99 €")],
    ]
    bill = read_bill(str(draw(tmp_path / "b.pdf", [page])))
    analyse([bill])
    assert [c.amount for c in bill.charges] == [Decimal("2.00"), Decimal("4.99"), Decimal("4.99")]
    assert bill.reconciliation is not None and bill.reconciliation.balanced


HEADER_CASES = {
    "sentence": (
        [[(40, "Facture n°562044387 du 02 Juillet 2015")], [(40, "Période du 1er au 31 Juillet 2015")]],
        ("562044387", "2015-07-02", "2015-07-01", "2015-07-31", None),
    ),
    "greeting": (
        [[(40, "Bonjour, voici votre facture du 2 novembre 2019")], [(40, "Facture nº FX12345678")],
         [(40, "Pour le mois à venir (du 02/11 au 01/12)")]],
        ("FX12345678", "2019-11-02", "2019-11-02", "2019-12-01", None),
    ),
    "capitals, values under their labels": (
        [[(40, "VOTRE FACTURE DU 08 MAI 2023")], [(40, "Id.client"), (200, "N° facture")],
         [(40, "10577874"), (200, "F-2023-0042")]],
        ("F-2023-0042", "2023-05-08", None, None, "10577874"),
    ),
    "arrow": (
        [[(40, "Facture n° PX0125098319")], [(40, "Émise le"), (150, "2025-09-03")],
         [(40, "Période"), (150, "2025-08-01 → 2025-08-31")]],
        ("PX0125098319", "2025-09-03", "2025-08-01", "2025-08-31", None),
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", list(HEADER_CASES))
def test_header_fields_where_real_bills_put_them(tmp_path: Path, case: str) -> None:
    """The fields are read, and none of their lines is glued to the first charge's label."""
    head, expected = HEADER_CASES[case]
    rows = [[(40, "Forfait Essentiel", True)], [(40, "Forfait 5 Go"), (400, "12,99 €")]]
    total = [[(40, "Montant prélevé le 16 novembre 2019"), (400, "12,99 €")]]
    bill = read_bill(str(draw(tmp_path / "b.pdf", [[*head, [], *rows, *total]])))
    found = (bill.invoice_number, bill.invoice_date, bill.period_start, bill.period_end, bill.account_number)
    assert tuple(None if v is None else str(v) for v in found) == expected
    assert bill.total == Decimal("12.99")
    assert [c.label for c in bill.charges] == ["Forfait 5 Go"]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("C0326023308", "CCO0326023308", True),  # a stray mark read as a letter, O for 0
        ("NRJ0226011863", "NRJO226011863", True),
        ("PX0125098319", "PX0125098391", True),  # two characters apart
        ("PX0125098319", "PX0125107722", False),  # the next month's bill
        ("FA1234", "FA1243", False),  # too short to tell
    ],
)
def test_pages_of_one_photographed_bill_stay_together_when_ocr_misreads_the_number(
    a: str, b: str, same: bool
) -> None:
    from kkoguard.isolation import _close_numbers, _same_number

    assert _close_numbers(_same_number(a) or "", _same_number(b)) is same


def test_a_bill_is_understood_once_and_again_when_corrected(tmp_path: Path) -> None:
    """The window examines each bill as it arrives; summing up afterwards must not repeat the work nor the
    reasons, but a total the person corrects is looked at again."""
    from kkoguard.detection import examine as examining

    rows = [
        [(40, "Internet+ Jeux Mania"), (380, f"{day:02d}/10/2026"), (480, "4,99 €")] for day in (3, 10, 17)
    ]
    bill = read_bill(
        str(draw(tmp_path / "b.pdf", [[*HEADER, *rows, [(40, "Total à payer"), (480, "14,97 €")]]]))
    )
    calls: list[str] = []
    original = examining.classify

    def counting(charge: object, lang: str = "fr") -> object:
        calls.append(lang)
        return original(charge, lang)  # type: ignore[arg-type]

    examining.classify = counting  # type: ignore[assignment]
    try:
        examining.examine(bill, "fr")
        analyse([bill], "fr")
        analyse([bill], "fr")
        assert len(calls) == 3  # once per charge
        reasons = [list(c.reasons) for c in bill.charges]
        assert all(len(set(r)) == len(r) for r in reasons)  # no sentence twice
        bill.total = Decimal("20.00")
        analyse([bill], "fr")
        assert len(calls) == 6
    finally:
        examining.classify = original  # type: ignore[assignment]


def test_a_total_printed_under_a_label_that_ends_with_a_date(tmp_path: Path) -> None:
    page = [
        *HEADER,
        [(330, "Montant prélevé le 22 décembre 2026")],
        [(430, "€ 105,21")],
        [],
        [(40, "Forfait Azur 40 Go"), (480, "€ 105,21")],
    ]
    bill = read_bill(str(draw(tmp_path / "b.pdf", [page])))
    assert bill.total == Decimal("105.21")
    assert bill.reconciliation is not None and bill.reconciliation.balanced


def test_labels_carrying_their_amount_on_their_last_line_in_two_columns(tmp_path: Path) -> None:
    """Two columns whose labels wrap upwards: the first lines of a label stand above its amount, and the
    right column's first label line is higher than any row of the left column."""
    page = [
        *HEADER,
        [],
        [(40, "Votre forfait", True), (300, "Achats multimédia", True)],
        [(380, "Paiement pour le compte de tiers")],
        [(40, "Forfait"), (300, "1,50 €"), (380, "HOROSCOPIX - Horoscope quotidien")],
        [(40, "12,99 €"), (110, "ajustable 5 Go")],
        [(110, "Appels émis"), (380, "Achat Internet+ StreamVibe")],
        [
            (20, "le 30 sept."),
            (110, "depuis le Royaume-Uni"),
            (240, "9,19 €"),
            (300, "14,99 €"),
            (380, "vidéos"),
        ],
        [(300, "Total à payer"), (480, "38,67 €")],
    ]
    bill = read_bill(str(draw(tmp_path / "b.pdf", [page], step=11)))
    labels = sorted(c.label for c in bill.charges)
    assert "Paiement pour le compte de tiers HOROSCOPIX - Horoscope quotidien" in labels
    assert "Appels émis depuis le Royaume-Uni" in labels
    assert "Achat Internet+ StreamVibe vidéos" in labels
    assert bill.reconciliation is not None and bill.reconciliation.balanced
    analyse([bill])
    flagged = {c.label for c in bill.charges if c.suspicious}
    assert "Paiement pour le compte de tiers HOROSCOPIX - Horoscope quotidien" in flagged


def test_a_left_column_title_that_runs_past_the_gutter(tmp_path: Path) -> None:
    """The left column's long section title shares its baseline with a row of the right column."""
    page = [
        *HEADER,
        [],
        [(40, "Abonnements", True), (330, "Hors forfait", True)],
        [(40, "39,99 €"), (110, "Forfait 130 Go"), (330, "9,31 €"), (400, "Appels depuis le Maroc")],
        [(40, "3,00 €"), (110, "Option Sécurité"), (330, "Avoirs", True)],
        [
            (40, "Achats de contenus et services facturés pour le compte de tiers"),
            (330, "10,00 € CR"),
            (400, "Geste commercial"),
        ],
        [(40, "6,99 €"), (110, "FUNZONE abonnement jeux")],
        [(40, "6,99 €"), (110, "FUNZONE abonnement jeux")],
        [(330, "Total à payer"), (480, "56,28 €")],
    ]
    bill = read_bill(str(draw(tmp_path / "b.pdf", [page])))
    assert ("Geste commercial", Decimal("-10.00")) in [(c.label, c.amount) for c in bill.charges]
    assert bill.reconciliation is not None and bill.reconciliation.balanced
    analyse([bill])
    assert [c.label for c in bill.charges if c.suspicious] == ["FUNZONE abonnement jeux"] * 2


def test_a_credit_printed_left_of_its_label(tmp_path: Path) -> None:
    page = [
        *HEADER,
        [],
        [(40, "Synthèse", True)],
        [(60, "Forfaits et options"), (300, "44,99€")],
        [(60, "Remises"), (300, "5,00€ CR")],
        [(60, "Montant prélevé le 14 novembre 2026"), (300, "39,99€")],
        [],
        [(40, "Détail", True)],
        [(60, "39,99€"), (130, "Forfait ajustable 20 Go")],
        [(60, "5,00€"), (130, "Option International 2h")],
        [(60, "5,00€ CR"), (130, "Remise fidélité")],
    ]
    bill = read_bill(str(draw(tmp_path / "b.pdf", [page])))
    assert [(c.label, c.amount) for c in bill.charges] == [
        ("Forfait ajustable 20 Go", Decimal("39.99")),
        ("Option International 2h", Decimal("5.00")),
        ("Remise fidélité", Decimal("-5.00")),
    ]
    assert bill.reconciliation is not None and bill.reconciliation.balanced


def test_the_operators_part_is_the_total_only_when_the_bill_prints_no_other(tmp_path: Path) -> None:
    first = [
        *HEADER,
        [(60, "Total auprès de Exemple Télécom"), (300, "54,81 €")],
        [(60, "Total auprès d'autres fournisseurs"), (300, "16,98 €")],
    ]
    detail = [
        [(40, "Forfait 5G 130 Go"), (480, "54,81 €")],
        [(40, "Achat Internet+ JEUXFLASH"), (480, "16,98 €")],
        [(300, "Total de la facture TTC"), (480, "71,79 €")],
    ]
    bill = read_bill(str(draw(tmp_path / "b.pdf", [first, detail])))
    assert bill.total == Decimal("71.79")
    alone = read_bill(str(draw(tmp_path / "c.pdf", [first[:-1], detail[:1]])))
    assert alone.total == Decimal("54.81")


def test_a_section_title_over_its_subtitle_names_the_third_party_section(tmp_path: Path) -> None:
    page = [
        *HEADER,
        [],
        [(40, "Facturation pour compte de tiers", True)],
        [(40, "Contenus et services achetés auprès de partenaires")],
        [(40, "Description"), (300, "Date"), (480, "€ TTC")],
        [(40, "JEUXFLASH Pack 500 gemmes"), (300, "02/10/2026"), (480, "6,49")],
        [(330, "Total à payer"), (480, "6,49")],
    ]
    bill = read_bill(str(draw(tmp_path / "b.pdf", [page])))
    analyse([bill])
    assert [c.label for c in bill.charges if c.suspicious] == ["JEUXFLASH Pack 500 gemmes"]


def test_a_section_goes_on_over_the_page_break_under_the_page_header(tmp_path: Path) -> None:
    """Page 2 starts with rows of the third-party section begun on page 1, under a page header that names
    the invoice number: that header is no section title."""
    first = [
        *HEADER,
        [],
        [(40, "Vos services fournis par des tiers", True)],
        [(40, "FUNZONE - Abonnement hebdomadaire"), (300, "06/10/2026"), (480, "4,50")],
    ]
    second = [
        [(40, "Opérateur Exemple Télécom SA"), (330, "Facture n° EX2026110042")],
        [],
        [(40, "STREAMVIBE LTD Accès 24h vidéos"), (300, "07/10/2026"), (480, "4,50")],
        [(40, "STREAMVIBE LTD Accès 24h vidéos"), (300, "14/10/2026"), (480, "4,50")],
        [(330, "Total à payer"), (480, "13,50")],
    ]
    bill = read_bill(str(draw(tmp_path / "b.pdf", [first, second])))
    analyse([bill])
    assert [c.suspicious for c in bill.charges] == [True, True, True]


def test_a_plain_title_between_rows_heads_them_in_a_table(tmp_path: Path) -> None:
    """Section titles printed like the rows (not bold) under one column title over the amounts."""
    page = [
        *HEADER,
        [],
        [(40, "Détail de votre facture", True)],
        [(60, "Total TTC")],
        [(40, "VOTRE FORFAIT")],
        [(60, "10,90€"), (130, "Forfait Exemple 200 Go")],
        [(60, "10,90€"), (130, "Sous-total")],
        [(40, "VOS AUTRES SERVICES TIERS (**)")],
        [(60, "12,00€"), (130, "STREAMVIBE LTD Accès 24h vidéos")],
        [(60, "12,00€"), (130, "Sous-total")],
        [(40, "(**) La TVA n'est pas collectée par Exemple Télécom")],
        [(40, "ACHATS D'APPLICATIONS")],
        [(60, "1,99€"), (130, "GOOGLE *Play Store Achat intégré")],
        [(60, "1,99€"), (130, "Sous-total")],
        [(60, "24,89€"), (130, "Total de la facture TTC")],
    ]
    bill = read_bill(str(draw(tmp_path / "b.pdf", [page])))
    analyse([bill])
    assert [(c.label, c.suspicious) for c in bill.charges] == [
        ("Forfait Exemple 200 Go", False),
        ("STREAMVIBE LTD Accès 24h vidéos", True),
        ("GOOGLE *Play Store Achat intégré", False),
    ]
    assert bill.reconciliation is not None and bill.reconciliation.balanced


def test_a_subtotal_whose_label_wraps_above_its_amount_is_no_charge(tmp_path: Path) -> None:
    page = [
        *HEADER,
        [],
        [(40, "Achats de contenus et services facturés pour le compte de tiers", True)],
        [(40, "2026-10-18"), (120, "EUR 2,99"), (200, "APPLE.COM/BILL - Abonnement iCloud+")],
        [(200, "Sous-total Achats de contenus et")],
        [(120, "EUR 2,99"), (200, "services facturés pour le compte")],
        [(200, "de tiers")],
    ]
    bill = read_bill(str(draw(tmp_path / "b.pdf", [page], step=11)))
    assert [c.amount for c in bill.charges] == [Decimal("2.99")]
