"""The random bill generator (tests/layoutgen.py) itself: deterministic, printing what its truth says,
covering every layout choice, following the corpus's truth rules. A generator that drifts from its PDFs
would measure the reader against the wrong answers."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from kkoguard.bills.layout import Word
from kkoguard.bills.pdftext import PdfText
from tests.helpers import norm_merchant
from tests.layoutgen import (
    CHOICES,
    STREAMING,
    SUSPICIOUS_KINDS,
    GeneratedBill,
    generate,
    summary_truth,
    write,
)

SEEDS = range(40)


class PageWords(NamedTuple):
    width: float
    height: float
    words: list[Word]


SCORE_PY = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "score.py"
OPTION_MERCHANTS = {merchant for merchant, _, _ in STREAMING}
KIND_WORDS = {
    "internet_plus": "internet+",
    "sms_plus": "sms",
    "gallery": "gallery",
    "multimedia": "multimédia",
}


@pytest.fixture(scope="module")
def bills() -> list[GeneratedBill]:
    return [generate(seed) for seed in SEEDS]


@pytest.fixture(scope="module")
def pages(bills: list[GeneratedBill], tmp_path_factory: pytest.TempPathFactory) -> list[list[PageWords]]:
    """Each bill's pages: their size and PDFium's words (the reader's own text layer)."""
    folder = tmp_path_factory.mktemp("layoutgen")
    out = []
    for bill in bills:
        path = folder / f"{bill.name}.pdf"
        path.write_bytes(bill.pdf)
        with PdfText(str(path)) as pdf:
            sizes = [pdf.document[n].get_size() for n in range(pdf.page_count)]
            out.append([PageWords(w, h, pdf.page(n).words) for n, (w, h) in enumerate(sizes, 1)])
    return out


@pytest.fixture(scope="module")
def texts(pages: list[list[PageWords]]) -> list[list[str]]:
    """Each bill's pages as text: the words joined by spaces."""
    return [[" ".join(w.text for w in page.words) for page in bill] for bill in pages]


def charges(bills: list[GeneratedBill]) -> Iterator[tuple[GeneratedBill, dict[str, Any]]]:
    for bill in bills:
        for charge in bill.truth["charges"]:
            yield bill, charge


def amount_pattern(amount: str) -> str:
    """The amount in any of the generator's formats: "1 249,99", "1249.99", "4€99"; a credit with its mark."""
    units, cents = amount.lstrip("-").split(".")
    grouped = r"[ \u00a0]?".join(re.findall(r"\d{1,3}(?=(?:\d{3})*$)", units))
    number = rf"{grouped}[,.€]{cents}(?!\d)"
    credit_after = r"(?:\s?(?:€|EUR))?(?:-|\)|\sCR)"
    if not amount.startswith("-"):
        return rf"(?<![\d,.(-]){number}(?!{credit_after})"
    return rf"(?:[-(]\S*\s?(?<![\d,.]){number}|(?<![\d,.]){number}{credit_after})"


def test_the_same_seed_gives_the_same_bill() -> None:
    first, again, other = generate(7), generate(7), generate(8)
    assert first.pdf == again.pdf and first.truth == again.truth
    assert other.pdf != first.pdf and other.truth != first.truth


def test_every_layout_choice_is_drawn_within_40_seeds(bills: list[GeneratedBill]) -> None:
    for name, options in CHOICES.items():
        seen = {getattr(bill.layout, name) for bill in bills}
        assert seen == set(options), f"{name}: never drawn {set(options) - seen}"


def test_every_charge_is_printed_on_its_page(bills: list[GeneratedBill], texts: list[list[str]]) -> None:
    checked = 0
    for bill, pages in zip(bills, texts, strict=True):
        for charge in bill.truth["charges"]:
            page = pages[charge["page"] - 1]
            missing = [word for word in charge["label"].split() if word not in page]
            assert not missing, f"{bill.name} p{charge['page']}: {missing} of {charge['label']!r}"
            assert re.search(amount_pattern(charge["amount"]), page), f"{bill.name}: {charge['amount']}"
            checked += 1
    assert checked > 200


def test_the_amount_pattern_tells_amounts_apart() -> None:
    assert re.search(amount_pattern("1249.99"), "Achat 1 249,99 €")
    assert re.search(amount_pattern("4.99"), "jeux 4€99 05/02")
    assert re.search(amount_pattern("-5.00"), "Remise (5,00 EUR)") and re.search(
        amount_pattern("-5.00"), "5,00 CR"
    )
    assert not re.search(amount_pattern("-5.00"), "Remise 5,00 €")
    assert not re.search(amount_pattern("5.00"), "Remise (5,00)") and not re.search(
        amount_pattern("5.00"), "5,00 CR"
    )
    assert not re.search(amount_pattern("4.99"), "14,99 €") and not re.search(amount_pattern("4.99"), "4,999")


def test_the_total_is_the_sum_of_the_charges_and_is_printed(
    bills: list[GeneratedBill], texts: list[list[str]]
) -> None:
    for bill, pages in zip(bills, texts, strict=True):
        total = sum((Decimal(c["amount"]) for c in bill.truth["charges"]), Decimal(0))
        assert Decimal(bill.truth["total"]) == total, bill.name
        assert any(re.search(amount_pattern(bill.truth["total"]), page) for page in pages), bill.name


def test_bills_without_third_party_purchases_have_no_suspicious_charge(bills: list[GeneratedBill]) -> None:
    by_scenario: dict[str, list[GeneratedBill]] = {}
    for bill in bills:
        by_scenario.setdefault(bill.layout.scenario, []).append(bill)
    assert {s: len(b) for s, b in by_scenario.items()} == {"suspicious": 28, "clean": 8, "benign": 4}
    for bill in by_scenario["clean"]:
        assert not any(c["third_party"] or c["suspicious"] for c in bill.truth["charges"]), bill.name
    for bill in by_scenario["benign"]:
        assert any(c["third_party"] for c in bill.truth["charges"]), bill.name
        assert not any(c["suspicious"] for c in bill.truth["charges"]), bill.name
    for bill in by_scenario["suspicious"]:
        assert any(c["suspicious"] for c in bill.truth["charges"]), bill.name


def test_the_truth_follows_the_corpus_rules(bills: list[GeneratedBill]) -> None:
    for bill, c in charges(bills):
        where = f"{bill.name}: {c['label']!r}"
        assert re.fullmatch(r"-?\d+\.\d{2}", c["amount"]) and c["page"] >= 1, where
        assert (
            bill.truth["period_start"]
            <= (c["date"] or bill.truth["period_start"])
            <= bill.truth["period_end"]
        )
        if not c["third_party"]:
            assert (c["suspicious"], c["kind"], c["merchant"], c["short_number"]) == (
                False,
                None,
                None,
                None,
            ), where
            continue
        assert c["merchant"], where
        benign = c["kind"] == "app_store" or c["merchant"] in OPTION_MERCHANTS
        assert c["suspicious"] == (c["kind"] in SUSPICIOUS_KINDS and not benign), where
        if c["merchant"] in OPTION_MERCHANTS:  # an operator's option for a streaming service: no date
            assert (c["kind"], c["date"]) == ("other_third_party", None) and c["label"].startswith(
                "Option"
            ), where
        if c["kind"] in KIND_WORDS:
            assert KIND_WORDS[c["kind"]] in c["label"].lower(), where
        if c["kind"] == "sms_plus":
            assert re.fullmatch(r"\d{5}", c["short_number"]) and c["short_number"] in c["label"], where
        elif c["kind"] == "premium_call" and c["merchant"].startswith("118"):
            assert c["short_number"] == c["merchant"].replace(" ", ""), where
        else:
            assert c["short_number"] is None, where
        if "*" in c["label"] and c["kind"] != "app_store":  # an aggregator prefix: the brand follows the star
            assert str(norm_merchant(c["merchant"])) in str(norm_merchant(c["label"])), where


def test_sample_pages_hold_no_charge(bills: list[GeneratedBill], texts: list[list[str]]) -> None:
    with_sample = 0
    for bill, pages in zip(bills, texts, strict=True):
        samples = {n for n, page in enumerate(pages, 1) if "Mieux comprendre votre facture" in page}
        assert bool(samples) == (bill.layout.sample_page != "none"), bill.name
        assert not samples & {c["page"] for c in bill.truth["charges"]}, bill.name
        with_sample += bool(samples)
    assert with_sample >= 10


def test_landscape_bills_are_wider_than_high(
    bills: list[GeneratedBill], pages: list[list[PageWords]]
) -> None:
    for bill, sizes in zip(bills, pages, strict=True):
        assert all((page.width > page.height) == bill.layout.landscape for page in sizes), bill.name


def test_every_word_lies_inside_its_page(bills: list[GeneratedBill], pages: list[list[PageWords]]) -> None:
    for bill, bill_pages in zip(bills, pages, strict=True):
        for n, page in enumerate(bill_pages, 1):
            outside = [w.text for w in page.words if w.x0 < 20 or w.x1 > page.width - 20 or w.top < 20]
            assert not outside, f"{bill.name} p{n}: {outside}"


def test_summary_counts_weekly_and_monthly_charges_as_recurring() -> None:
    def bill(*charges: tuple[str, str]) -> dict[str, Any]:
        return {
            "charges": [
                {"merchant": m, "amount": "4.99", "date": d, "suspicious": m != "Apple"} for m, d in charges
            ]
        }

    weekly = [("FunZone", f"2026-03-{day:02d}") for day in (2, 9, 16)]
    monthly = [("PlayVOD", d) for d in ("2026-01-05", "2026-02-04", "2026-03-06")]
    odd = [("Top Buzz", d) for d in ("2026-01-05", "2026-01-12", "2026-02-12")]
    summary = summary_truth([bill(*weekly, *odd), bill(*monthly, ("Apple", "2026-03-01"))])
    got = {
        m["merchant"]: (m["count"], m["total"], m["first_date"], m["recurring"]) for m in summary["merchants"]
    }
    assert got == {
        "FunZone": (3, "14.97", "2026-03-02", True),
        "PlayVOD": (3, "14.97", "2026-01-05", True),
        "Top Buzz": (3, "14.97", "2026-01-05", False),
    }
    assert summary["suspicious_total"] == "44.91"
    assert summary_truth([bill(*weekly[:2])])["merchants"][0]["recurring"] is False


@pytest.mark.skipif(not SCORE_PY.exists(), reason="the shared corpus scorer is not next to this checkout")
def test_the_corpus_scorer_accepts_a_folder_of_generated_bills(tmp_path: Path) -> None:
    """score.py's self-test: a scanner answering from the truth files scores 1.000, a wrong one lower."""
    for customer, seeds in (("r1", (0, 1, 2)), ("r2", (3, 4, 5, 6))):
        folder = tmp_path / customer
        truths = [
            json.loads(write(seed, folder).with_suffix(".truth.json").read_text("utf-8")) for seed in seeds
        ]
        (folder / "summary.truth.json").write_text(json.dumps(summary_truth(truths)), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(SCORE_PY), "--self-test", "--corpus", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "self-test PASSED" in run.stdout, run.stdout + run.stderr
