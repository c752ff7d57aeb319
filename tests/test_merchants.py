"""The company behind a third-party line, as the user will name it in a letter, from wordings never seen."""

from __future__ import annotations

import pytest

from kkoguard.detection.classify import extract_merchant
from kkoguard.detection.rules import merchant_key


@pytest.mark.parametrize(
    ("label", "merchant"),
    [
        ("Internet+ PLAYZONE MEDIA via Linkmobility - Abonnement hebdo", "PLAYZONE MEDIA"),
        ("Abonnement jeux illimités - PLAYZONE MEDIA - Internet+", "PLAYZONE MEDIA"),
        ("Quiz hebdo - QuizzMania.fr - Internet+", "QuizzMania"),
        ("Horoscope du jour - Horoscopix SAS - Internet+", "Horoscopix"),
        ("Prestation FUNBOX*Premium - Accès illimité", "FUNBOX"),
        ("Paiement pour le compte de tiers Super Jeux Mobiles SAS", "Super Jeux Mobiles"),
        ("Achat Internet+ Cinebox Play Film à l'unité", "Cinebox Play"),
        ("Film à l'unité - Cinebox Play", "Cinebox Play"),
        ("Achat SMS+ 64242 - HOROSCOPIX", "HOROSCOPIX"),
        ("SMS+ HOROSCOPIX (64242)", "HOROSCOPIX"),
        ("Appel vers 0899 70 12 34 (Tarot Divin)", "Tarot Divin"),
        ("Communication 08 99 70 12 34 Tarot Divin", "Tarot Divin"),
        ("Service à valeur ajoutée 0899 70 12 34 Tarot Divin", "Tarot Divin"),
        ("Gallery - ZENITH ARENA (DIMOCO)", "ZENITH ARENA"),
        ("Achat tiers : STREAMFLIX LTD via Digital Virgo", "STREAMFLIX"),
    ],
)
def test_merchant_is_read_from_the_label(label: str, merchant: str) -> None:
    assert extract_merchant(label) == merchant


@pytest.mark.parametrize(
    "spellings",
    [
        ["KKO STORE", "Kko Store SAS", "KKOSTORE", "KKO Store"],
        ["CinéBox Play", "CINEBOX PLAY", "Cinebox Play SARL"],
        ["QuizzMania", "QUIZZMANIA", "QuizzMania Ltd"],
    ],
)
def test_spellings_of_one_merchant_are_grouped(spellings: list[str]) -> None:
    assert len({merchant_key(s) for s in spellings}) == 1


def test_different_merchants_stay_apart() -> None:
    assert merchant_key("Zenith Games") != merchant_key("Zenith Arena")
