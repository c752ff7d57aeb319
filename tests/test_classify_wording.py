"""Classification on the wording real bills print: their third-party headings, the Internet+ channels, SMS+
short numbers, and the merchant a registered letter will name.

The merchants here are invented (except services named in the press); the headings and channel names are
those that real bills and publishers print (resources/rules/kinds.toml says where each comes from).
"""

from __future__ import annotations

import tomllib
from datetime import date
from decimal import Decimal

import pytest

from kkoguard.bills.model import Bill, Charge, Kind
from kkoguard.detection.classify import classify, extract_merchant
from kkoguard.detection.summary import analyse
from kkoguard.paths import resources_dir
from tests.helpers import norm_merchant

BBOX = (50.0, 100.0, 400.0, 110.0)


def charge(label: str, section: str | None = None, amount: str = "4.99") -> Charge:
    return classify(Charge(label, Decimal(amount), date(2026, 3, 3), 1, BBOX, section=section))


def verdict(c: Charge) -> tuple[bool, bool, Kind | None]:
    return (c.third_party, c.suspicious, c.kind)


# ---------------------------------------------------------------------------------------------- headings

THIRD_PARTY_HEADINGS = [
    "Vos services fournis par des tiers",
    "Vos autres services tiers (**)",
    "Vos autres services tiers (**) (**) La TVA n'est pas collectée par Bouygues Telecom",
    "Facturation pour compte de tiers",
    "Sommes encaissées pour le compte des éditeurs de services",
    "Achats de contenus et services facturés pour le compte de tiers",
    "Services de tiers",
    "Achats via votre opérateur",
]


@pytest.mark.parametrize("section", THIRD_PARTY_HEADINGS)
def test_a_line_under_a_third_party_heading_is_suspicious(section: str) -> None:
    c = charge("ORBITAL QUEST abonnement", section)
    assert verdict(c) == (True, True, Kind.OTHER_THIRD_PARTY)
    assert norm_merchant(c.merchant) == "orbitalquest"
    assert any(section in r for r in c.reasons), c.reasons


@pytest.mark.parametrize("section", THIRD_PARTY_HEADINGS)
@pytest.mark.parametrize(
    ("label", "merchant"),
    [
        ("Option beIN SPORTS", "beIN Sports"),
        ("Option Canal+ Séries", "Canal+"),
        ("Option Deezer Premium", "Deezer"),
    ],
)
def test_an_operator_sold_option_under_a_third_party_heading_is_not_suspicious(
    section: str, label: str, merchant: str
) -> None:
    c = charge(label, section, "10.99")
    assert verdict(c) == (True, False, Kind.OTHER_THIRD_PARTY)
    assert c.merchant == merchant and c.reasons == []


@pytest.mark.parametrize("section", THIRD_PARTY_HEADINGS)
def test_the_operators_own_plan_under_a_third_party_heading_stays_the_operators(section: str) -> None:
    assert verdict(charge("Forfait 5G 100 Go", section, "19.99")) == (False, False, None)


@pytest.mark.parametrize(
    "section",
    [
        "Total abonnements (hors collecte pour des fournisseurs tiers)",
        "Montant de votre facture (hors collecte pour des fournisseurs tiers)*",
        "Vos services La Poste Mobile (hors collecte pour des fournisseurs tiers)",
    ],
)
@pytest.mark.parametrize(
    "label", ["Option Europe 10 Go", "Appels hors forfait", "Communications vers l'étranger"]
)
def test_hors_collecte_pour_des_fournisseurs_tiers_is_not_a_third_party_heading(
    section: str, label: str
) -> None:
    c = charge(label, section, "3.00")
    assert verdict(c) == (False, False, None)
    assert (c.merchant, c.reasons) == (None, [])


def test_a_subtotal_that_excludes_third_party_collections_is_not_third_party() -> None:
    c = charge("Total abonnements (hors collecte pour des fournisseurs tiers)", None, "24.98")
    assert verdict(c) == (False, False, None)


# ---------------------------------------------------------------------------------------------- Internet+


@pytest.mark.parametrize(
    "label",
    [
        "Internet + mobile ORBITAL QUEST",
        "Internet+ mobile ORBITAL QUEST",
        "Internet+ Mobile - Orbital Quest - abonnement hebdo",
        "Internet+ Box ORBITAL QUEST",
        "Achat Internet+ Box - Orbital Quest",
    ],
)
def test_internet_plus_mobile_and_box_are_internet_plus_and_never_the_merchant(label: str) -> None:
    c = charge(label)
    assert verdict(c) == (True, True, Kind.INTERNET_PLUS)
    assert norm_merchant(c.merchant) == "orbitalquest"


@pytest.mark.parametrize("label", ["Internet+ Box", "Internet+ mobile", "Achat Internet+ Box"])
def test_the_internet_plus_channel_alone_names_no_merchant(label: str) -> None:
    c = charge(label)
    assert verdict(c) == (True, True, Kind.INTERNET_PLUS)
    assert c.merchant is None


@pytest.mark.parametrize(
    ("label", "amount"),
    [
        ("Forfait Internet + Appels illimités", "29.99"),
        ("Forfait Internet + Mobile 100 Go", "39.99"),
        ("Pack Internet + Mobile", "49.99"),
        ("Remise Internet + Mobile", "-5.00"),
        ("Offre Internet + TV", "34.99"),
        ("Abonnement Internet + TV", "34.99"),
        ("Abonnement Box + Mobile", "44.99"),
    ],
)
def test_the_operators_plans_that_name_internet_are_not_internet_plus(label: str, amount: str) -> None:
    c = charge(label, None, amount)
    assert verdict(c) == (False, False, None)
    assert c.merchant is None


def test_a_line_starting_like_an_offer_under_a_third_party_heading_is_still_third_party() -> None:
    c = charge("Offre découverte ORBITAL QUEST", "Vos services fournis par des tiers")
    assert verdict(c) == (True, True, Kind.OTHER_THIRD_PARTY)


@pytest.mark.parametrize("section", ["Internet + TV", "Internet + TV + Téléphone", "Internet + Mobile"])
@pytest.mark.parametrize("label", ["Appels vers les mobiles", "Location décodeur TV", "Option Multi-TV"])
def test_a_bundle_heading_does_not_make_its_lines_internet_plus(section: str, label: str) -> None:
    assert verdict(charge(label, section)) == (False, False, None)


def test_a_line_under_an_internet_plus_heading_is_internet_plus() -> None:
    c = charge("ORBITAL QUEST", "Vos achats Internet+ Mobile")
    assert verdict(c) == (True, True, Kind.INTERNET_PLUS)
    assert norm_merchant(c.merchant) == "orbitalquest"


# ---------------------------------------------------------------------------------------------- SMS+


@pytest.mark.parametrize(
    ("label", "short"),
    [
        ("SMS+ 31234 ORBITAL", "31234"),
        ("SMS+ 41234 ORBITAL", "41234"),
        ("SMS+ 61234 ORBITAL", "61234"),
        ("SMS+ 71234 ORBITAL", "71234"),
        ("SMS+ 81234 ORBITAL", "81234"),
        ("SMS+ 91234 ORBITAL", "91234"),
        ("SMS+ ORBITAL (92200)", "92200"),
        ("SMS 84455 ORBITAL", "84455"),
        ("SMS vers le 97100 ORBITAL", "97100"),
        ("MMS 38000 ORBITAL", "38000"),
    ],
)
def test_sms_plus_short_numbers_of_every_tier_are_read(label: str, short: str) -> None:
    c = charge(label, None, "3.00")
    assert verdict(c) == (True, True, Kind.SMS_PLUS)
    assert c.short_number == short
    assert norm_merchant(c.merchant) == "orbital"
    assert any(short in r for r in c.reasons), c.reasons


def test_a_short_number_is_read_from_a_line_under_an_sms_plus_heading() -> None:
    c = charge("ORBITAL 91234", "Achats SMS+", "3.00")
    assert (c.kind, c.short_number) == (Kind.SMS_PLUS, "91234")


@pytest.mark.parametrize(
    "label",
    [
        "Livraison colis 75001 Paris",
        "Appels vers 69007 Lyon",
        "SMS vers 06 12 34 56 78",
        "SMS internationaux",
        "SMS illimités (hors SMS surtaxés)",
        "Appels illimités (hors numéros surtaxés)",
        "Communications 33700",
    ],
)
def test_five_digits_without_sms_plus_context_are_no_short_number(label: str) -> None:
    c = charge(label, None, "1.50")
    assert verdict(c) == (False, False, None)
    assert c.short_number is None


@pytest.mark.parametrize("label", ["SMS+ 123456 ORBITAL", "SMS+ 2345 ORBITAL", "SMS+ 12345 ORBITAL"])
def test_only_five_digits_of_the_sms_plus_tiers_are_a_short_number(label: str) -> None:
    c = charge(label, None, "3.00")
    assert c.kind is Kind.SMS_PLUS
    assert c.short_number is None


# ---------------------------------------------------------------------------------------------- merchants


@pytest.mark.parametrize(
    ("label", "merchant"),
    [
        ("DV*FUNZONE abonnement", "FunZone"),
        ("DV*FUNZONE Abonnement hebdomadaire", "FunZone"),
        ("NTH*ORBITALQUEST", "OrbitalQuest"),
        ("BOKU*QUIZMANIA", "QuizMania"),
        ("MOBIPAY*CINEFLIX abo mensuel", "Cineflix"),
        ("DIMOCO*ORBITALQUEST Abonnement hebdomadaire", "OrbitalQuest"),
        ("Digital Virgo Orbital Quest abonnement", "Orbital Quest"),
        ("Internet+ Orbital Quest via Allopass", "Orbital Quest"),
        ("ORBITALQUEST*Jeux", "OrbitalQuest"),
        ("Gallery Horoscope Premium", "Horoscope Premium"),
        ("Gallery Horoscope Premium via DIMOCO", "Horoscope Premium"),
        ("Option paiement mobile Zenvo Fit - coaching (mensuel)", "Zenvo Fit"),
        ("Contenus et services multimédia Option paiement mobile Zenvo Fit", "Zenvo Fit"),
        ("Vos autres services tiers ORBITAL QUEST", "Orbital Quest"),
    ],
)
def test_the_merchant_is_the_brand_without_its_aggregator_or_the_bills_wording(
    label: str, merchant: str
) -> None:
    assert norm_merchant(extract_merchant(label)) == norm_merchant(merchant)


@pytest.mark.parametrize(
    ("label", "merchant"),
    [
        ("Internet+ via DIMOCO", "DIMOCO"),
        ("DIMOCO*Jeux", "DIMOCO"),
        ("Paiement Mobiyo", "Mobiyo"),
        ("Digital Virgo", "Digital Virgo"),
    ],
)
def test_an_aggregator_is_the_merchant_only_when_nothing_else_is_printed(label: str, merchant: str) -> None:
    assert extract_merchant(label) == merchant


@pytest.mark.parametrize(
    "label",
    [
        "Vos services fournis par des tiers",
        "Contenus et services multimédia",
        "Applications - contenus - services",
        "Services",
        "Achat",
        "Vos services fournis par des tiers - Appels a tarification majorée",
    ],
)
def test_a_headings_words_are_never_a_merchant(label: str) -> None:
    assert extract_merchant(label) is None


@pytest.mark.parametrize(
    ("label", "merchant"),
    [
        ("Achat Internet+ CHIPSTIME abonnement", "Chipstime"),
        ("ChipsTime hebdo", "Chipstime"),
        ("Internet+ TOP BUZZ (Mobile Media Com)", "Top Buzz"),
        ("PLAYVOD abonnement hebdomadaire", "PlayVOD"),
        ("Internet+ Playzer", "Playzer"),
        ("3G TV - 3,99 EUR/semaine", "3GTV"),
        ("Internet+ 360 VR TUBE", "360 VR Tube"),
        ("REPLAY TV FRANCE MMC", "Replay TV France"),
        ("Echovox SMS", "Echovox"),
        ("Mobile Media Com - abonnement", "Mobile Media Com"),
    ],
)
def test_services_named_in_the_press_get_their_usual_name(label: str, merchant: str) -> None:
    assert norm_merchant(extract_merchant(label)) == norm_merchant(merchant)


@pytest.mark.parametrize("label", ["CHIPSTIME abonnement", "Top Buzz", "PlayVOD"])
def test_a_service_named_in_the_press_is_third_party_even_without_a_heading(label: str) -> None:
    assert verdict(charge(label)) == (True, True, Kind.OTHER_THIRD_PARTY)


def test_services_added_from_the_press_name_their_sources() -> None:
    with (resources_dir() / "rules" / "merchants.toml").open("rb") as f:
        publishers = tomllib.load(f)["publishers"]
    for entry in publishers:
        if entry["name"] != "KKO Store":  # issue 3, the file's own source
            assert len(entry.get("source", "")) > 20 and isinstance(entry.get("checked"), date), entry["name"]


# ---------------------------------------------------------------------------------------------- web addresses


@pytest.mark.parametrize(
    ("label", "merchant"),
    [
        ("mobi-games.fr", "mobi-games.fr"),
        ("www.funzone.fr", "funzone.fr"),
        ("https://www.Jeux-Mobile.com/abo", "jeux-mobile.com"),
        ("Achat Internet+ www.funzone.fr", "funzone.fr"),
    ],
)
def test_a_merchant_known_only_by_its_web_address_is_named_by_it(label: str, merchant: str) -> None:
    c = charge(label)
    assert c.third_party and c.suspicious
    assert c.merchant == merchant


def test_a_web_address_among_other_words_gives_the_brand() -> None:
    assert extract_merchant("Internet+ www.QuizzMania.fr - Quiz hebdo") == "QuizzMania"


def test_a_sentence_with_a_web_address_is_not_a_purchase() -> None:
    assert verdict(charge("Service client par chat sur youprice.fr", None, "0.00")) == (False, False, None)


# ---------------------------------------------------------------------------------------------- calls


def test_a_call_at_a_surcharged_rate_without_its_number_is_a_premium_call() -> None:
    c = charge("Vos services fournis par des tiers - Appels a tarification majorée", None, "2.99")
    assert verdict(c) == (True, True, Kind.PREMIUM_CALL)
    assert c.merchant is None
    assert c.reasons and not any("08 9x" in r for r in c.reasons), c.reasons


# ---------------------------------------------------------------------------------------------- whole bill


def test_a_customer_without_third_party_charges_gets_no_suspicious_line() -> None:
    own = "Vos services La Poste Mobile (hors collecte pour des fournisseurs tiers)"
    lines = [
        ("Forfait Internet + Appels illimités 100 Go", own, "19.99"),
        ("Pack Internet + Mobile", own, "10.00"),
        ("Option Europe 10 Go", own, "3.00"),
        ("Remise fidélité", own, "-5.00"),
        ("Appels vers 69007 Lyon", "Communications", "1.20"),
        ("SMS internationaux", "Communications", "0.35"),
        ("SMS illimités (hors SMS surtaxés)", "Options", "0.00"),
        ("Location décodeur TV", "Internet + TV", "5.00"),
        ("Total abonnements (hors collecte pour des fournisseurs tiers)", None, "32.99"),
    ]
    charges = [Charge(label, Decimal(a), None, 1, BBOX, section=s) for label, s, a in lines]
    summary = analyse([Bill("clean.pdf", 1, operator=None, invoice_number="F1", charges=charges)])
    assert [c.label for c in charges if c.third_party or c.suspicious or c.reasons] == []
    assert summary.merchants == [] and summary.suspicious_total == Decimal("0")
