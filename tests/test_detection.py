"""Detection on hand-made charges: what is flagged, as what, from whom, why, and how often.

The wordings and merchants here are NOT in the corpus, so these tests check the generic rules rather than
the corpus' spellings.
"""

from __future__ import annotations

import copy
from datetime import date, timedelta
from decimal import Decimal

import pytest

from kkoguard.bills.model import Bill, Charge, Kind
from kkoguard.detection.classify import classify
from kkoguard.detection.summary import analyse
from tests.helpers import norm_merchant

BBOX = (50.0, 100.0, 400.0, 110.0)
PLAYZONE = "Internet+ PLAYZONE MEDIA via Linkmobility - Abonnement hebdo"


def charge(label: str, amount: str = "4.99", when: date | None = None, section: str | None = None) -> Charge:
    return Charge(label, Decimal(amount), when, 1, BBOX, section=section)


def bill(*charges: Charge, number: str = "FA0001", operator: str | None = "orange") -> Bill:
    return Bill(f"{number}.pdf", 1, operator=operator, invoice_number=number, charges=list(charges))


def weekly(label: str, first: date, count: int, amount: str = "4.99", step: int = 7) -> list[Charge]:
    return [charge(label, amount, first + timedelta(days=step * i)) for i in range(count)]


# ---------------------------------------------------------------------------------------------- benign lines


def test_plain_plan_options_discount_and_device_are_not_flagged() -> None:
    charges = [
        charge("Forfait 5G 100 Go", "19.99"),
        charge("Option Multi-SIM", "5.00"),
        charge("Remise fidélité", "-5.00"),
        charge("Achat iPhone 16 Pro 256 Go", "1249.99"),
        charge("Appels vers les DOM", "1.74", date(2026, 3, 4)),
        charge("Communications vers 06 70 63 15 95", "1.20", date(2026, 3, 5)),
        charge("Assurance mobile", "9.99"),
    ]
    summary = analyse([bill(*charges)])
    for c in charges:
        assert not c.third_party and not c.suspicious, c.label
        assert (c.kind, c.merchant, c.short_number, c.reasons) == (None, None, None, []), c.label
    assert summary.merchants == []
    assert summary.suspicious_total == Decimal("0")
    assert type(summary.suspicious_total) is Decimal


@pytest.mark.parametrize(
    ("label", "merchant"),
    [
        ("Google Play - Spotify Premium", "Google Play"),
        ("GOOGLE *Brawl Stars", "Google Play"),
        ("Apple.com/bill - iCloud+ 50 Go", "Apple"),
        ("APPLE.COM/BILL", "Apple"),
    ],
)
def test_app_stores_are_third_party_but_not_suspicious(label: str, merchant: str) -> None:
    c = classify(charge(label, "9.99", date(2026, 3, 2)))
    assert (c.third_party, c.suspicious, c.kind, c.merchant) == (True, False, Kind.APP_STORE, merchant)
    assert c.reasons == []


@pytest.mark.parametrize(
    ("label", "merchant"),
    [
        ("Option Netflix Standard", "Netflix"),
        ("Option Disney+ Standard", "Disney+"),
        ("Option Canal+ Séries", "Canal+"),
        ("Option Deezer Premium", "Deezer"),
    ],
)
def test_operator_streaming_option_is_third_party_not_suspicious(label: str, merchant: str) -> None:
    c = classify(charge(label, "13.49"))
    assert (c.third_party, c.suspicious) == (True, False)
    assert (c.kind, c.merchant) == (Kind.OTHER_THIRD_PARTY, merchant)
    assert c.reasons == []
    assert analyse([bill(c)]).merchants == []


# ---------------------------------------------------------------------------------------------- suspicious


@pytest.mark.parametrize(
    ("label", "kind", "merchant", "short_number"),
    [
        (PLAYZONE, Kind.INTERNET_PLUS, "Playzone Media", None),
        ("Achat Internet+ chez Lumora Games", Kind.INTERNET_PLUS, "Lumora Games", None),
        ("Internet+ Lumora Games via Digital Virgo", Kind.INTERNET_PLUS, "Lumora Games", None),
        ("Achat Internet+ - LUMORA GAMES SARL - Jeux", Kind.INTERNET_PLUS, "Lumora Games", None),
        ("SMS+ 64242 HOROSCOPIX", Kind.SMS_PLUS, "Horoscopix", "64242"),
        ("SMS+ HOROSCOPIX (64242)", Kind.SMS_PLUS, "Horoscopix", "64242"),
        ("Achat SMS+ (62000) Zodiaque Plus", Kind.SMS_PLUS, "Zodiaque Plus", "62000"),
        ("MMS+ 38000 FunPix", Kind.SMS_PLUS, "FunPix", "38000"),
        ("Gallery - LUDOMAX Jeux illimités", Kind.GALLERY, "Ludomax", None),
        ("Achat multimédia NEBULASTREAM - Pack films", Kind.MULTIMEDIA, "Nebulastream", None),
        ("Achat de contenu multimédia Lumora", Kind.MULTIMEDIA, "Lumora", None),
        ("Paiement sur facture - Lumora Games SAS", Kind.OTHER_THIRD_PARTY, "Lumora Games", None),
        ("Appel 0899 12 34 56 Oracle Céleste", Kind.PREMIUM_CALL, "Oracle Céleste", None),
        ("Service à valeur ajoutée 0899 65 43 21 Oracle Céleste", Kind.PREMIUM_CALL, "Oracle Céleste", None),
        ("Appel vers 118 218 Renseignements", Kind.PREMIUM_CALL, "118 218", "118218"),
        ("Appel 118 712", Kind.PREMIUM_CALL, "118 712", "118712"),
    ],
)
def test_third_party_purchases_are_suspicious(
    label: str, kind: Kind, merchant: str, short_number: str | None
) -> None:
    c = classify(charge(label, "6.99", date(2026, 3, 3)))
    assert c.third_party and c.suspicious
    assert c.kind is kind
    assert norm_merchant(c.merchant) == norm_merchant(merchant)
    assert c.short_number == short_number
    assert c.reasons and all(r.strip() for r in c.reasons)


def test_premium_call_to_0899_has_no_short_number_and_names_the_number() -> None:
    c = classify(charge("Appel 08 99 65 43 21 - 10 min", "8.40", date(2026, 3, 3)))
    assert c.kind is Kind.PREMIUM_CALL and c.suspicious
    assert c.short_number is None
    assert any("0899 65 43 21" in r for r in c.reasons), c.reasons


def test_reasons_are_french_by_default_and_english_on_request() -> None:
    label = PLAYZONE
    fr = classify(charge(label, "6.99", date(2026, 3, 3))).reasons
    assert any("Internet+" in r and "forfait" in r for r in fr), fr
    assert any("Linkmobility" in r and "intermédiaire" in r for r in fr), fr
    assert any("6,99" in r for r in fr), fr  # French amounts: comma
    en = classify(charge(label, "6.99", date(2026, 3, 3)), "en").reasons
    assert any("Internet+" in r and "plan" in r for r in en), en
    assert any("€6.99" in r for r in en), en
    assert len(fr) == len(en)
    assert not set(fr) & set(en)


def test_sms_plus_reason_names_the_short_number() -> None:
    c = classify(charge("SMS+ 64242 HOROSCOPIX", "3.00", date(2026, 3, 3)))
    assert any("64242" in r for r in c.reasons), c.reasons


def test_section_heading_makes_an_unnamed_line_third_party() -> None:
    c = classify(charge("TURBOFUN - accès illimité", "6.99", date(2026, 3, 3), section="Services Internet+"))
    assert (c.third_party, c.suspicious, c.kind) == (True, True, Kind.INTERNET_PLUS)
    assert norm_merchant(c.merchant) == "turbofun"
    assert any("Services Internet+" in r for r in c.reasons), c.reasons


def test_hebdo_before_the_merchant_is_not_part_of_its_name() -> None:
    c = classify(charge("Internet+ : Abonnement hebdo PLAYZONE MEDIA", "6.99", date(2026, 3, 3)))
    assert c.kind is Kind.INTERNET_PLUS
    assert c.merchant == "PLAYZONE MEDIA"


# ---------------------------------------------------------------------------------------------- recurrence


def test_weekly_charges_are_recurring_with_a_weekly_reason() -> None:
    label = PLAYZONE
    first = date(2026, 2, 27)
    charges = weekly(label, first, 4, "7.99")
    summary = analyse([bill(*charges[:2], number="A1"), bill(*charges[2:], number="A2")])
    (m,) = summary.merchants
    assert norm_merchant(m.merchant) == "playzonemedia"
    assert m.recurring
    assert (m.count, m.total) == (4, Decimal("31.96"))
    assert (m.first_date, m.last_date) == (first, first + timedelta(days=21))
    assert type(m.total) is Decimal and type(m.first_date) is date
    assert summary.suspicious_total == Decimal("31.96")
    for c in charges:
        assert any("chaque semaine depuis le 27 février 2026" in r for r in c.reasons), c.reasons


def test_weekly_reason_in_english() -> None:
    charges = weekly("SMS+ 64242 HOROSCOPIX", date(2026, 3, 1), 3, "4.50")
    analyse([bill(*charges)], lang="en")
    assert all(any("every week since 1 March 2026" in r for r in c.reasons) for c in charges)


@pytest.mark.parametrize(
    "days",
    [
        [date(2026, 1, 5), date(2026, 2, 5), date(2026, 3, 5), date(2026, 4, 5)],  # 31, 28, 31 days
        [date(2025, 11, 30), date(2025, 12, 30), date(2026, 1, 30)],  # 30, 31 days
    ],
)
def test_monthly_charges_are_recurring(days: list[date]) -> None:
    charges = [charge("Achat multimédia NEBULASTREAM - Pack films", "9.99", d) for d in days]
    (m,) = analyse([bill(*charges)]).merchants
    assert m.recurring
    assert (m.count, m.first_date, m.last_date) == (len(days), days[0], days[-1])
    assert all(any("chaque mois" in r for r in c.reasons) for c in charges)


@pytest.mark.parametrize(
    "days",
    [
        [date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 20)],  # 7 then 11 days
        [date(2026, 3, 2), date(2026, 3, 9), date(2026, 4, 9)],  # weekly then monthly
        [date(2026, 1, 5), date(2026, 2, 5), date(2026, 3, 20)],  # 31 then 43 days
        [date(2026, 3, 2), date(2026, 3, 9)],  # only two
        [date(2026, 3, 2), date(2026, 3, 2), date(2026, 3, 2)],  # same day
    ],
)
def test_irregular_or_too_few_charges_are_not_recurring(days: list[date]) -> None:
    charges = [charge("Gallery - LUDOMAX Jeux illimités", "3.00", d) for d in days]
    (m,) = analyse([bill(*charges)]).merchants
    assert not m.recurring
    assert m.count == len(days)
    assert not any("chaque semaine" in r or "chaque mois" in r for c in charges for r in c.reasons)


def test_weekly_charges_in_any_order_are_recurring() -> None:
    charges = weekly("SMS+ 64242 HOROSCOPIX", date(2026, 3, 1), 5, "4.50")
    (m,) = analyse([bill(*reversed(charges))]).merchants
    assert m.recurring and m.first_date == date(2026, 3, 1) and m.last_date == date(2026, 3, 29)


def test_merchants_are_grouped_across_spellings() -> None:
    a = charge("Internet+ LUMORA GAMES SAS - Abonnement", "4.99", date(2026, 3, 1))
    b = charge("Achat Internet+ chez Lumora Games", "4.99", date(2026, 3, 8))
    c = charge("SMS+ 64242 HOROSCOPIX", "3.00", date(2026, 3, 9))
    summary = analyse([bill(a, c, number="B1"), bill(b, number="B2")])
    groups = {norm_merchant(m.merchant): (m.count, m.total) for m in summary.merchants}
    assert groups == {"lumoragames": (2, Decimal("9.98")), "horoscopix": (1, Decimal("3.00"))}
    assert summary.suspicious_total == Decimal("12.98")
    # the biggest amount first: what a refund claim starts with
    assert norm_merchant(summary.merchants[0].merchant) == "lumoragames"


# ---------------------------------------------------------------------------------------------- duplicates


def _subscription_bill() -> Bill:
    return bill(
        charge("Forfait 5G 100 Go", "19.99"),
        *weekly(PLAYZONE, date(2026, 3, 2), 4, "5.99"),
        number="FA2026-03",
    )


def test_the_same_bill_given_twice_is_counted_once() -> None:
    original = _subscription_bill()
    again = copy.deepcopy(original)  # the same PDF added a second time, read again
    summary = analyse([original, again])
    (m,) = summary.merchants
    assert (m.count, m.total) == (4, Decimal("23.96"))
    assert summary.suspicious_total == Decimal("23.96")
    assert m.recurring


def test_the_same_bill_object_twice_is_counted_once() -> None:
    original = _subscription_bill()
    (m,) = analyse([original, original]).merchants
    assert (m.count, m.total) == (4, Decimal("23.96"))


def test_different_bills_with_the_same_lines_are_both_counted() -> None:
    one = _subscription_bill()
    other = copy.deepcopy(one)
    other.invoice_number = "FA2026-04"
    for c in other.charges:
        if c.date:
            c.date += timedelta(days=28)
    (m,) = analyse([one, other]).merchants
    assert m.count == 8 and m.recurring


def test_both_copies_of_a_duplicate_bill_are_flagged() -> None:
    original = _subscription_bill()
    again = copy.deepcopy(original)
    analyse([original, again])
    assert [c.suspicious for c in again.charges] == [c.suspicious for c in original.charges]
    assert [c.kind for c in again.charges] == [c.kind for c in original.charges]
    assert all(c.reasons for c in again.charges if c.suspicious)


def test_a_bill_of_an_unknown_operator_given_twice_is_counted_once() -> None:
    """Found in review: without an operator, the duplicate check was skipped and the claim doubled."""

    def bill() -> Bill:
        charge = Charge(
            "Internet+ PLAYZONE MEDIA - Abonnement", Decimal("4.99"), date(2026, 3, 3), 1, (0, 0, 1, 1)
        )
        return Bill(path="a.pdf", pages=1, operator=None, invoice_number="FA123456", charges=[charge])

    summary = analyse([bill(), bill()])
    assert summary.suspicious_total == Decimal("4.99")
    assert [m.count for m in summary.merchants] == [1]
