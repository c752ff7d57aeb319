"""The guides of the seven operators added on 2026-12-03 (YouPrice, Syma, Lebara, Auchan Telecom, Cdiscount
Mobile, Lycamobile, Réglo Mobile): nothing was found for their phone numbers or postal addresses, so none may
be given, and the guide must say so and send the person to their own bill or contract. The facts that were
found (network host, group, prepaid cards) must be said the way the sources say them."""

from __future__ import annotations

import pytest

from kkoguard.guides import Profile, guide, recipient, steps_for
from kkoguard.paths import resources_dir

NEW = ("youprice", "syma", "lebara", "auchan_telecom", "cdiscount_mobile", "lycamobile", "reglo_mobile")
ON_SFR = ("youprice", "syma", "lebara", "reglo_mobile")  # numerama.com (2025), AFP (2024), Réglo CGU (2016)
EIT = ("auchan_telecom", "cdiscount_mobile")  # Euro-Information Telecom brands, Bouygues Telecom group


@pytest.mark.parametrize("slug", NEW)
def test_the_guide_is_the_operators_own(slug: str) -> None:
    assert (resources_dir() / "operators" / f"{slug}.toml").is_file()
    g = guide(slug)
    assert g.operator == slug
    assert g.products == ("mobile",)
    assert g.prepaid  # prepaid customers are never told their operator has no prepaid card


@pytest.mark.parametrize("slug", NEW)
def test_no_phone_or_address_is_given_and_the_user_is_sent_to_their_bill(slug: str) -> None:
    g = guide(slug)
    for contact in g.contacts:
        assert contact.phone is None and contact.address is None, contact.name
        assert contact.confidence == "not_sourced" and contact.check is not None, contact.name
        assert "facture" in contact.check.fr or "contrat" in contact.check.fr, contact.name
    for role in ("customer_service", "consumer_service"):
        to = recipient(slug, role)
        assert to is not None and to in g.contacts and to.needs_check and to.address is None


@pytest.mark.parametrize("slug", NEW)
def test_the_block_step_relies_on_the_legal_free_option_and_names_internet_plus(slug: str) -> None:
    block = guide(slug).step("block-third-party")
    assert "L224-54" in block.source and "L224-54" in block.cost.fr and "L224-54" in block.cost.en  # type: ignore[union-attr]
    assert "Internet+" in block.what.fr and "Internet+" in block.what.en
    assert block.confidence == "likely"


@pytest.mark.parametrize("slug", NEW)
def test_prepaid_and_postpaid_lines_both_get_the_operators_steps(slug: str) -> None:
    g = guide(slug)
    for plan in ("postpaid", "prepaid"):
        ids = {p.step.id for p in steps_for(g, Profile("mobile", plan)) if p.guide == slug}
        assert {"stop-operator", "block-third-party", "complain-service-clients"} <= ids, plan
    prepaid = {p.step.id for p in steps_for(g, Profile("mobile", "prepaid"))}
    assert "see-bills" not in prepaid and "keep-credit-history" in prepaid


@pytest.mark.parametrize("slug", ON_SFR)
def test_mvnos_on_sfr_say_so_without_promising_sfrs_options(slug: str) -> None:
    g = guide(slug)
    assert "SFR" in g.bill.fr and "SFR" in g.bill.en
    block = g.step("block-third-party")
    assert "options de SFR" in block.what.fr and "not assumed" in block.source


@pytest.mark.parametrize("slug", EIT)
def test_eit_brands_explain_the_bouygues_name_and_never_use_its_addresses(slug: str) -> None:
    g = guide(slug)
    assert "Euro-Information Telecom" in g.bill.fr and "Bouygues Telecom" in g.bill.fr
    for contact in g.contacts:
        assert "Bouygues Telecom" in contact.check.fr  # type: ignore[union-attr]  # "do not use its address"
    shown = [g.bill, *(c.check for c in g.contacts), *(s.what for s in g.steps)]
    assert not any("TSA" in t.fr or "Chantilly" in t.fr for t in shown if t is not None)


def test_lebaras_old_short_numbers_come_with_a_warning() -> None:
    g = guide("lebara")
    stop = g.step("stop-operator")
    assert stop.confidence == "uncertain" and stop.check is not None
    assert "2323" in stop.check.fr and "ont pu changer" in stop.check.fr  # said once, in the step's check
    assert "2323" not in stop.what.fr and "ont pu changer" not in stop.what.fr
    assert "ont pu changer" in g.contacts_for("customer_service")[0].check.fr  # type: ignore[union-attr]


def test_lycamobile_warns_against_other_countries_contacts() -> None:
    check = guide("lycamobile").contacts_for("customer_service")[0].check
    assert check is not None and "Belgique" in check.fr and "Belgium" in check.en
