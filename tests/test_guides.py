"""Operator guides are data a person follows step by step: every file must load, speak both languages, cite
its sources, never show an unchecked address or number without saying so, and give each person only the
steps that fit their line."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from kkoguard import guides as guides_pkg
from kkoguard.dossier.model import StepProgress
from kkoguard.guides import (
    COMMON,
    CONFIDENCES,
    GENERIC,
    PHASES,
    Contact,
    Guide,
    GuideError,
    Note,
    Profile,
    Step,
    Text,
    all_guides,
    common_guide,
    done_ids,
    guide,
    guides_dir,
    is_french_phone,
    is_source_date,
    is_web_link,
    load_guide,
    now_steps,
    parse_guide,
    reach,
    recipient,
    steps_for,
)
from kkoguard.paths import resources_dir

GUIDE_FILES = sorted(guides_dir().glob("*.toml"))
OPERATOR_SLUGS = sorted(p.stem for p in (resources_dir() / "operators").glob("*.toml") if p.stem != GENERIC)
# The guides written with this module; the others come from a second author and are checked by the same rules.
OWN = ("orange", "sosh", "sfr", "red", "bouygues", "b_and_you")


def _texts(value: object, path: str = "") -> Iterator[tuple[str, Text]]:
    """Every bilingual text inside a guide, with where it sits."""
    if isinstance(value, Text):
        yield path, value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _texts(getattr(value, f.name), f"{path}.{f.name}")
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            yield from _texts(item, f"{path}[{i}]")


def _links(g: Guide) -> list[str]:
    links = [c.url for c in g.contacts if c.url]
    links += [s.where for s in g.steps if s.where and not is_french_phone(s.where)]
    return links


def _valid_link(url: str) -> bool:
    """Independent of the loader: https, a host with a dot, nothing that a browser would choke on."""
    parts = urlsplit(url)
    return (
        parts.scheme == "https"
        and "." in (parts.hostname or "")
        and " " not in url
        and not parts.username
        and parts.netloc == parts.netloc.lower()
    )


# --- the files ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", GUIDE_FILES, ids=lambda p: p.name)
def test_every_guide_file_loads_and_names_its_source(path: Path) -> None:
    g = load_guide(path)
    assert g.operator == path.stem
    assert g.name and g.products and g.steps
    assert len(g.source) > 20
    assert date(2024, 1, 1) <= g.checked <= date.today()
    assert all(s.source for s in g.steps) and all(c.source for c in g.contacts)
    if g.refund_practice is not None:
        assert g.refund_practice.source and g.refund_practice.confidence


@pytest.mark.parametrize("path", GUIDE_FILES, ids=lambda p: p.name)
def test_every_text_is_in_french_and_english(path: Path) -> None:
    g = load_guide(path)
    texts = list(_texts(g))
    assert len(texts) >= 2 * len(g.steps) + 1  # at least bill + title and what of each step
    for where, text in texts:
        assert text.fr.strip() and text.en.strip(), where
        assert text.fr != text.en, f"{where} is not translated"
        assert "  " not in text.fr and "  " not in text.en, f"{where} has a double space"
        assert text.get("fr") == text.fr and text.get("en") == text.en


@pytest.mark.parametrize("path", GUIDE_FILES, ids=lambda p: p.name)
def test_links_and_numbers_are_well_formed(path: Path) -> None:
    g = load_guide(path)
    for url in _links(g):
        assert _valid_link(url), url
    for c in g.contacts:
        if c.phone:
            assert is_french_phone(c.phone), c.phone
    assert "http://" not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", GUIDE_FILES, ids=lambda p: p.name)
def test_weak_contacts_tell_the_user_what_to_check(path: Path) -> None:
    g = load_guide(path)
    for c in g.contacts:
        if c.confidence in ("uncertain", "not_sourced"):
            assert c.check is not None and c.needs_check, c.name
        if c.role in ("customer_service", "consumer_service") and c.address is None:
            assert c.check is not None, c.name
        if c.address:
            assert re.match(r"^\d{5} ", c.address[-1]), c.address


def _facts(g: Guide) -> list[tuple[str, Note | Contact | Step]]:
    """Every fact block of a guide, with where it sits: the bill, the refund practice, contacts, steps."""
    blocks: list[tuple[str, Note | Contact | Step]] = [("bill", g.bill)]
    if g.refund_practice is not None:
        blocks.append(("refund_practice", g.refund_practice))
    blocks += [(f"contact {c.name}", c) for c in g.contacts]
    blocks += [(f"step {s.id}", s) for s in g.steps]
    return blocks


@pytest.mark.parametrize("path", GUIDE_FILES, ids=lambda p: p.name)
def test_every_fact_has_a_source_a_date_and_a_confidence(path: Path) -> None:
    """Operators-verified.md gives each fact its source, the date shown on it and how sure it is; an old or
    weak fact comes with a calm instruction instead of a bare doubt."""
    g = load_guide(path)
    for where, block in _facts(g):
        assert len(block.source) >= 2, where
        assert is_source_date(block.source_date), (where, block.source_date)
        assert block.confidence in CONFIDENCES, where
        if block.old or block.confidence in ("uncertain", "not_sourced"):
            assert block.check is not None and block.check.fr and block.check.en, where
        if block.old and block.source_date != "undated":
            assert int(block.source_date[:4]) < 2020, (where, "old = true is for sources before 2020")


# Phrases that say "we are not sure" inside a text. The page already says a step's or a contact's one doubt
# in its own sentence (`reach(...).doubt`, a contact's `check`): any of these on top is a second mark.
DOUBT_WORDS = re.compile(
    r"non confirm|pas confirm|pas pu confirmer|pas pu vérifier|ont pu changer|a pu changer|peut avoir changé"
    r"|aucune adresse fiable|information non|not confirmed|could not confirm|could not check|may have changed"
    r"|no reliable address|⚠",
    re.IGNORECASE,
)


def _marks(*texts: Text | None) -> int:
    return sum(1 for t in texts if t is not None and (DOUBT_WORDS.search(t.fr) or DOUBT_WORDS.search(t.en)))


@pytest.mark.parametrize("slug", [*OPERATOR_SLUGS, GENERIC])
def test_no_step_or_contact_shows_more_than_one_uncertainty_mark(slug: str) -> None:
    """What is still unknown is said once, calmly: never a warning on every line of a step or a contact."""
    g = guide(slug)
    for profile in _profiles(g):
        for p in steps_for(g, profile):
            s, r = p.step, reach(p, profile.product)
            shown = _marks(s.title, s.what, s.proof, s.cost) + (r.doubt is not None)
            assert shown <= 1, (g.operator, profile, s.id, shown)
            if r.doubt == "step" and s.check is not None:
                assert r.check == s.check  # the step's own instruction, not a general sentence
    for c in [*g.contacts, *common_guide().contacts]:
        shown = _marks(c.phone_note) + (1 if c.needs_check else _marks(c.check))
        assert shown <= 1, (g.operator, c.name)


# operators-verified.md §14: addresses seen only in unverified letter generators, never confirmed by an
# operator page, a bill or a CGV. Their distinctive parts (postcodes, TSA numbers, towns) must appear nowhere
# in resources/.
DO_NOT_USE = (
    "33734",  # « Orange / Sosh – Service Client(s) – 33734 Bordeaux Cedex 9 »
    "TSA 30103",  # « SFR – TSA 30103 – 69947 Lyon Cedex 20 »
    "TSA 20102",  # « SFR – Service Recours Consommateurs – TSA 20102 – 69947 Lyon Cedex 20 »
    "69947",
    "TSA 73917",  # « SFR – Service Résiliation – TSA 73917 – 62978 Arras Cedex 9 » (or 92062 La Défense)
    "62978",
    "92062",
    "60436",  # « Bouygues Telecom – Service Résiliation – 60436 Noailles Cedex »
)


def _resource_texts() -> Iterator[tuple[Path, str]]:
    for path in sorted(resources_dir().rglob("*")):
        if path.is_file() and path.suffix in {
            ".toml",
            ".md",
            ".json",
            ".ts",
            ".txt",
            ".csv",
            ".yaml",
            ".yml",
        }:
            yield path, path.read_text(encoding="utf-8", errors="replace")


def _do_not_use(text: str) -> list[str]:
    """The listed parts found in a text, as whole words, however the spaces inside them are written."""
    return [
        part
        for part in DO_NOT_USE
        if re.search(r"(?<!\w)" + r"\s*".join(map(re.escape, part.split())) + r"(?!\w)", text)
    ]


def test_no_do_not_use_address_appears_in_resources() -> None:
    texts = list(_resource_texts())
    assert any(p.parent.name == "guides" for p, _ in texts)  # the scan does reach the guides
    found = [(str(p.relative_to(resources_dir())), hit) for p, text in texts for hit in _do_not_use(text)]
    assert not found


def test_the_do_not_use_scan_would_see_an_address() -> None:
    """The scan above can fail: the same search finds a listed address written as a guide would write it."""
    sample = 'address = ["SFR Service Clients", "TSA 30103", "69947 Lyon Cedex 20"]'
    assert _do_not_use(sample) == ["TSA 30103", "69947"]
    assert _do_not_use("TSA 301030, 699470") == []  # a longer number is another number


def test_every_operator_has_a_guide() -> None:
    assert OPERATOR_SLUGS
    missing = [s for s in OPERATOR_SLUGS if not (guides_dir() / f"{s}.toml").is_file()]
    assert not missing
    assert {g.operator for g in all_guides()} >= {*OPERATOR_SLUGS, COMMON, GENERIC}


def test_step_ids_never_collide_with_the_common_guide() -> None:
    shared = {s.id for s in common_guide().steps}
    for g in all_guides():
        if g.operator != COMMON:
            assert not shared & {s.id for s in g.steps}, g.operator


@pytest.mark.parametrize("slug", [*OPERATOR_SLUGS, GENERIC])
def test_every_profile_gets_a_full_path(slug: str) -> None:
    """Whatever the product and plan this operator sells, the person can see, stop, block and complain."""
    g = guide(slug)
    plans = ["postpaid", "prepaid"] if g.prepaid else ["postpaid"]
    for product in g.products:
        for plan in plans if product == "mobile" else ["postpaid"]:
            planned = steps_for(g, Profile(product, plan))
            own = {p.step.phase for p in planned if p.guide == g.operator}
            assert {"stop", "block", "complain"} <= own, (product, plan, own)
            assert set(PHASES) <= {p.step.phase for p in planned}, (product, plan)


def _profiles(g: Guide) -> list[Profile]:
    """Every product and plan this operator sells."""
    plans = ["postpaid", "prepaid"] if g.prepaid else ["postpaid"]
    return [Profile(product, plan) for product in g.products for plan in plans]


@pytest.mark.parametrize("slug", [*OPERATOR_SLUGS, GENERIC])
def test_every_profile_starts_with_one_to_three_things_to_do_now(slug: str) -> None:
    """The steps page opens on these: in rank order, never two of the same rank, each with a way to act or
    (when no number or page is known) a contact role that sends the person to their bill; the letter last."""
    g = guide(slug)
    for profile in _profiles(g):
        planned = steps_for(g, profile)
        first = now_steps(planned)
        assert 1 <= len(first) <= 3, profile
        ranks = [p.step.now for p in planned if p.step.now is not None]
        assert len(ranks) == len(set(ranks)) == len(first), (profile, ranks)
        assert [p.step.now for p in first] == sorted(ranks)
        assert all(p.guide == g.operator for p in first)
        for p in first:
            assert not reach(p, profile.product).empty or p.step.contact is not None, (profile, p.step.id)
        assert first[-1].step.id == "complain-service-clients" and first[-1].step.letter


FIRST_BUTTONS = {
    # operator: (step id, number to copy, page to open) for a postpaid mobile line
    "sfr": [  # 1023 is not found in any source (operators-verified.md §15): no number is offered
        ("block-third-party", None, "https://sfr.fr"),
        ("stop-operator", None, None),
        ("complain-service-clients", None, None),
    ],
    "orange": [
        ("block-third-party", None, "https://assistance.sosh.fr/faq/334874"),
        ("stop-operator", "3970", None),
        ("complain-service-clients", None, None),
    ],
    "free_mobile": [
        ("block-third-party", None, "https://mobile.free.fr"),
        ("stop-operator", "3244", None),
        ("complain-service-clients", None, None),
    ],
}


@pytest.mark.parametrize("slug", sorted(FIRST_BUTTONS))
def test_the_first_steps_carry_their_number_or_page(slug: str) -> None:
    first = now_steps(steps_for(guide(slug), Profile()))
    found = [(p.step.id, reach(p).phone, reach(p).url) for p in first]
    assert found == FIRST_BUTTONS[slug]
    assert reach(first[-1]).letter and not any(reach(p).letter for p in first[:-1])


def test_a_doubt_is_named_once_for_the_whole_step() -> None:
    sfr = {p.step.id: p for p in steps_for(guide("sfr"), Profile())}
    assert reach(sfr["complain-service-clients"]).doubt is None
    legal = reach(sfr["legal-blocking-option"])  # the arrêté of 2017 is old: shown with its own check
    assert legal.doubt == "step" and legal.check == common_guide().step("legal-blocking-option").check
    orange = {p.step.id: p for p in steps_for(guide("orange"), Profile())}
    assert reach(orange["block-third-party"]).doubt is None
    auchan = {p.step.id: p for p in steps_for(guide("auchan_telecom"), Profile())}
    assert reach(auchan["complain-service-clients"]).doubt is None
    history = {p.step.id: p for p in steps_for(guide(None), Profile())}["see-history"]  # menus not checked
    assert reach(history).doubt == "step" and reach(history).check == history.step.check is not None


def test_done_first_steps_stay_in_the_list() -> None:
    g = guide("orange")
    first = now_steps(steps_for(g, Profile(), {"block-third-party"}))
    assert (first[0].step.id, first[0].done) == ("block-third-party", True)


@pytest.mark.parametrize("slug", OWN)
def test_own_guides_have_their_own_letter_contacts(slug: str) -> None:
    g = guide(slug)
    assert g.operator == slug
    for product in g.products:
        for role in ("customer_service", "consumer_service"):
            assert g.contacts_for(role, product), (product, role)


def test_the_common_guide_has_the_mediator_and_the_reporting_channels() -> None:
    c = common_guide()
    mediator = c.contacts_for("mediator")[0]
    assert mediator.address == (
        "Médiatrice des Communications Électroniques",
        "CS 30 342",
        "94257 GENTILLY Cedex",
    )
    assert mediator.url == "https://www.mediation-telecom.org/saisir-le-mediateur"
    assert mediator.confidence == "sure"
    urls = {x.url for x in c.contacts}
    assert {"https://signal.conso.gouv.fr", "https://www.surmafacture.fr", "https://www.infosva.org"} <= urls
    assert c.step("mediator").where == "https://www.mediation-telecom.org/saisir-le-mediateur"
    assert "2 mois" in c.step("mediator").what.fr and "2 months" in c.step("mediator").what.en
    assert any(x.phone == "33700" for x in c.contacts)
    assert {"find-publisher", "report-33700", "report-signalconso", "mediator"} <= {s.id for s in c.steps}


def test_no_resource_or_code_still_sends_people_to_the_old_afmm_site() -> None:
    """infoconso-multimedia.fr and its « parcours » date from ~2012: the AF2M directory replaced it."""
    root = resources_dir().parent
    files = [*resources_dir().rglob("*.toml"), *(root / "kkoguard").rglob("*.py")]
    assert len(files) > 20
    assert [str(f) for f in files if "infoconso-multimedia" in f.read_text("utf-8")] == []


def test_who_is_behind_a_number_says_a_report_is_not_a_complaint() -> None:
    step = common_guide().step("find-publisher")
    assert step.where == "https://www.surmafacture.fr" and step.confidence == "sure"
    assert "infosva.org" in step.what.fr and "infosva.org" in step.what.en
    assert "signaler" in step.what.fr and "pas une réclamation" in step.what.fr
    assert "not a complaint" in step.what.en and "write to the company named" in step.what.en


def test_the_legal_free_blocking_option_is_explained_for_everyone() -> None:
    """L224-54: what it blocks, how to ask, what stops working, and that Internet+ needs its own setting."""
    step = common_guide().step("legal-blocking-option")
    assert step.phase == "block" and "L224-54" in step.source and "26 décembre 2017" in step.source
    assert step.old and step.check is not None and "L224-54" in step.check.fr  # arrêté of 2017: with a check
    fr, en = step.what.fr, step.what.en
    for words in ("089", "3xxx (sauf 30xx et 31xx)", "3xxxx à 8xxxx", "1er mars 2018", "espace client"):
        assert words in fr, words
    for words in ("votes", "dons par SMS", "stationnement", "services clients"):
        assert words in fr, words
    assert "ne bloque pas Internet+" in fr and "« achats multimédia »" in fr and "gratuit" in fr
    assert "does not block Internet+" in en and "« achats multimédia »" in en
    assert "9xxxx" not in fr  # the afmm.fr page adds them, the arrêté does not
    generic = guide(None).step("block-third-party")
    assert (
        "L224-54" in generic.what.fr
        and "achats multimédia" in generic.what.fr
        and "Internet+" in generic.what.fr
    )


def test_facts_the_notes_insist_on() -> None:
    """RED's strong block costs Wi-Fi calling; Orange's switches skip Mobicarte; B&You is not verified."""
    red = guide("red").step("block-surcharged")
    assert "Wi-Fi" in red.cost.fr and "Wi-Fi" in red.cost.en  # type: ignore[union-attr]
    assert guide("orange").step("block-third-party").plans == ("postpaid",)
    b_and_you = guide("b_and_you")
    assert all(c.confidence == "uncertain" for c in b_and_you.contacts)
    assert "vérifié" in b_and_you.contacts[0].check.fr  # type: ignore[union-attr]


# --- looking guides up --------------------------------------------------------------------------------------


@pytest.mark.parametrize("slug", [None, "", "unknown_operator", "_common", "_generic", "../orange", "Orange"])
def test_unknown_operators_get_the_generic_guide(slug: str | None) -> None:
    assert guide(slug).operator == GENERIC


def test_known_operators_get_their_own_guide_and_loading_is_cached() -> None:
    assert guide("orange").operator == "orange"
    assert guide("orange") is guide("orange")
    assert common_guide().operator == COMMON


# --- steps for a profile ------------------------------------------------------------------------------------


def test_prepaid_users_do_not_get_postpaid_only_steps() -> None:
    g = guide("orange")
    prepaid = {p.step.id for p in steps_for(g, Profile("mobile", "prepaid"))}
    postpaid = {p.step.id for p in steps_for(g, Profile("mobile", "postpaid"))}
    assert "block-third-party" in postpaid and "block-third-party" not in prepaid
    assert "block-prepaid" in prepaid and "block-prepaid" not in postpaid
    assert "keep-credit-history" in prepaid and "keep-bills" not in prepaid


def test_box_users_do_not_get_mobile_only_steps() -> None:
    g = guide("orange")
    box = steps_for(g, Profile("box"))
    ids = {p.step.id for p in box}
    assert {"stop-sms-stop", "find-publisher", "report-33700", "stop-operator"}.isdisjoint(ids)
    assert {"block-box", "stop-operator-box", "report-signalconso"} <= ids
    assert all(not p.step.products or "box" in p.step.products for p in box)


def test_facts_skip_steps_and_done_marks_them() -> None:
    g = guide("red")
    everything = {p.step.id for p in steps_for(g, Profile())}
    assert {"stop-sms-stop", "block-third-party", "complain-service-clients"} <= everything
    facts = frozenset({"blocked", "sms_stop_sent", "complained"})
    fewer = {p.step.id for p in steps_for(g, Profile(facts=facts))}
    assert {"stop-sms-stop", "block-third-party", "complain-service-clients"}.isdisjoint(fewer)
    assert "complain-service-consommateurs" in fewer
    planned = steps_for(g, Profile(), done={"see-history", "mediator"})
    done = {p.key for p in planned if p.done}
    assert done == {("red", "see-history"), (COMMON, "mediator")}


def test_steps_come_in_phase_order_operator_first_within_a_phase() -> None:
    planned = steps_for(guide("sfr"), Profile())
    ranks = [PHASES.index(p.step.phase) for p in planned]
    assert ranks == sorted(ranks)
    stops = [p.guide for p in planned if p.step.phase == "stop"]
    assert stops[0] == "sfr" and stops[-1] == COMMON
    ids = [p.step.id for p in planned]
    assert ids.index("complain-service-consommateurs") < ids.index("mediator")


def test_the_common_guide_alone_is_not_doubled() -> None:
    planned = steps_for(common_guide(), Profile())
    assert len({p.step.id for p in planned}) == len(planned)
    assert {p.guide for p in planned} == {COMMON}


def test_done_ids_reads_the_dossier_progress() -> None:
    today = date(2026, 11, 25)
    progress = [
        StepProgress("orange", "see-bills", today),
        StepProgress(COMMON, "report-33700", today),
        StepProgress("sfr", "stop-operator", today),
    ]
    assert done_ids(progress, "orange") == {"see-bills"}
    assert done_ids(progress, "orange", COMMON) == {"see-bills", "report-33700"}
    planned = steps_for(guide("orange"), Profile(), done_ids(progress, "orange", COMMON))
    assert {p.step.id for p in planned if p.done} == {"see-bills", "report-33700"}


@pytest.mark.parametrize(
    "kwargs", [{"product": "fibre"}, {"plan": "monthly"}, {"facts": frozenset({"blokked"})}], ids=str
)
def test_profiles_refuse_unknown_values(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        Profile(**kwargs)  # type: ignore[arg-type]


# --- recipients for letters ---------------------------------------------------------------------------------


@pytest.mark.parametrize("slug", [*OPERATOR_SLUGS, None, "unknown_operator"])
@pytest.mark.parametrize("role", ["customer_service", "consumer_service"])
def test_every_operator_has_a_recipient_with_an_address_or_a_check(slug: str | None, role: str) -> None:
    for product in ("mobile", "box"):
        c = recipient(slug, role, product)
        assert isinstance(c, Contact) and c.role == role and c.serves(product)
        assert c.name
        assert c.address or (c.check and c.check.fr and c.check.en)
        if c.needs_check:
            assert c.check is not None


def test_recipients_pick_the_right_contact() -> None:
    orange_mobile = recipient("orange", "customer_service", "mobile")
    orange_box = recipient("orange", "customer_service", "box")
    assert orange_mobile and orange_mobile.address and orange_mobile.address[-1] == "33732 Bordeaux Cedex 9"
    assert orange_box and orange_box.address and orange_box.address[-1] == "59878 Lille Cedex 9"
    bouygues = recipient("bouygues", "customer_service")
    assert bouygues and bouygues.address and bouygues.confidence == "likely"
    sfr = recipient("sfr", "consumer_service")
    assert sfr and sfr.address is None and sfr.check and "facture" in sfr.check.fr
    generic = recipient(None, "customer_service")
    assert generic and generic.address is None and generic.check
    for slug in ("orange", None, "unknown_operator"):
        mediator = recipient(slug, "mediator")
        assert mediator and mediator.address and mediator.address[-1] == "94257 GENTILLY Cedex"


def test_recipient_refuses_unknown_roles_and_products() -> None:
    with pytest.raises(ValueError):
        recipient("orange", "ceo")
    with pytest.raises(ValueError):
        recipient("orange", "customer_service", "fibre")


# --- validators ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    [
        "3970",
        "3900",
        "1023",
        "33700",
        "09 69 39 39 00",
        "0969393900",
        "0 800 100 740",
        "+33 9 69 39 39 00",
        "+33969393900",
        "01 23 45 67 89",
    ],
)
def test_french_phone_numbers_are_accepted(number: str) -> None:
    assert is_french_phone(number)


@pytest.mark.parametrize(
    "number",
    [
        "",
        "397",
        "39700000",
        "2970",
        "09 69 39 39",
        "0969 39 39 00",
        "00 69 39 39 00",
        "+33 0 69 39 39 00",
        "+44 20 7946 0000",
        "3970 ",
        "39 70",
        "09-69-39-39-00",
        "0 800 100 7400",
        "12345",
        "tel:3970",
    ],
)
def test_malformed_phone_numbers_are_refused(number: str) -> None:
    assert not is_french_phone(number)


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://mediation-telecom.org", True),
        ("https://assistance.sosh.fr/faq/334874", True),
        ("http://mediation-telecom.org", False),
        ("https://localhost/x", False),
        ("https://mediation telecom.org", False),
        ("mediation-telecom.org", False),
        ("https://user@evil.example.org", False),
        ("https://.org", False),
        ("", False),
    ],
)
def test_links_must_be_https_with_a_host(url: str, ok: bool) -> None:
    assert is_web_link(url) is ok
    if ok:
        assert _valid_link(url)


# --- strict parsing -----------------------------------------------------------------------------------------

VALID = """
source = "a source long enough to say where things come from"
checked = 2026-01-01
operator = "demo"
name = "Demo"
products = ["mobile"]
prepaid = false
[bill]
fr = "Facture"
en = "Bill"
source = "S7"
source_date = "2024-01-08"
confidence = "likely"
[[contact]]
role = "customer_service"
name = "Demo Service Clients"
phone = "3970"
address = ["Demo Service Clients", "75001 Paris"]
source = "S1"
source_date = "2025-10"
confidence = "likely"
[[step]]
id = "see-bills"
phase = "see"
title = { fr = "Titre", en = "Title" }
what = { fr = "Quoi", en = "What" }
source = "S1"
source_date = "undated"
confidence = "sure"
[[step]]
id = "stop-it"
phase = "stop"
where = "https://example.org/stop"
title = { fr = "Arrêter", en = "Stop" }
what = { fr = "Faire", en = "Do" }
source = "S1"
source_date = "2023"
confidence = "likely"
"""


def _broken(old: str, new: str) -> str:
    assert old in VALID, old
    return VALID.replace(old, new, 1)


def test_the_valid_example_parses() -> None:
    g = parse_guide(VALID, "demo.toml")
    assert g.operator == "demo" and [s.id for s in g.steps] == ["see-bills", "stop-it"]
    assert all(s.now is None and s.contact is None and not s.letter for s in g.steps)
    flagged = parse_guide(
        _broken('phase = "see"', 'phase = "see"\nnow = 2\ncontact = "customer_service"\nletter = true'),
        "d.toml",
    )
    see = flagged.step("see-bills")
    assert (see.now, see.contact, see.letter) == (2, "customer_service", True)
    assert g.contacts[0].address == ("Demo Service Clients", "75001 Paris")
    assert (g.bill.source, g.bill.source_date, g.bill.confidence) == ("S7", "2024-01-08", "likely")
    assert g.contacts[0].source_date == "2025-10" and not g.contacts[0].old
    assert [s.source_date for s in g.steps] == ["undated", "2023"] and not any(s.old for s in g.steps)


def test_an_old_fact_is_kept_with_its_check_and_read_as_a_doubt() -> None:
    text = _broken(
        'source_date = "2023"\nconfidence = "likely"',
        'source_date = "2016"\nold = true\nconfidence = "likely"\n'
        'check = { fr = "Vérifiez dans votre espace client.", en = "Check in your customer area." }',
    )
    g = parse_guide(text, "demo.toml")
    step = g.step("stop-it")
    assert step.old and step.uncertain and step.check is not None
    assert step.check.fr == "Vérifiez dans votre espace client."
    old_contact = parse_guide(
        _broken(
            'source_date = "2025-10"', 'source_date = "2015-04"\nold = true\ncheck = { fr = "a", en = "b" }'
        ),
        "demo.toml",
    ).contacts[0]
    assert old_contact.old and old_contact.needs_check  # shown with its check, like an uncertain contact


@pytest.mark.parametrize("value", ["2026-12-02", "2025-10", "2023", "undated", "2024-02-29"])
def test_source_dates_as_the_sources_show_them(value: str) -> None:
    assert is_source_date(value)


@pytest.mark.parametrize(
    "value", ["", "2026-13", "2026-02-30", "12/2025", "2025-1", "Undated", "~2021", "2025-10-"]
)
def test_malformed_source_dates_are_refused(value: str) -> None:
    assert not is_source_date(value)


BROKEN = [
    (_broken('name = "Demo"\n', 'name = "Demo"\ncolour = "red"\n'), "colour", "unknown key"),
    (_broken('en = "Bill"\n', ""), "bill.en", "missing"),
    (_broken('en = "Title" }', 'en = "" }'), "step[0].title.en", "non-empty"),
    (_broken('phase = "see"', 'phase = "look"'), "step[0].phase", "'look' is not one of"),
    (_broken('role = "customer_service"', 'role = "boss"'), "contact[0].role", "'boss' is not one of"),
    (_broken('confidence = "sure"', 'confidence = "certain"'), "step[0].confidence", "not one of"),
    (_broken('id = "stop-it"', 'id = "see-bills"'), "step[1].id", "earlier step"),
    (_broken('id = "stop-it"', 'id = "Stop It"'), "step[1].id", "lower-case"),
    (
        _broken('confidence = "likely"\n[[step]]', 'confidence = "uncertain"\n[[step]]'),
        "contact[0].check",
        "required",
    ),
    (_broken('phone = "3970"', 'phone = "39 70 12"'), "contact[0].phone", "not a French phone"),
    (
        _broken('where = "https://example.org/stop"', 'where = "http://example.org/stop"'),
        "step[1].where",
        "https",
    ),
    (
        _broken('address = ["Demo Service Clients", "75001 Paris"]', 'address = ["Demo", "Paris"]'),
        "contact[0].address",
        "postcode",
    ),
    (_broken("checked = 2026-01-01", "checked = 2999-01-01"), "checked", "future"),
    (_broken("checked = 2026-01-01", 'checked = "2026-01-01"'), "checked", "date"),
    (_broken('products = ["mobile"]', 'products = ["fax"]'), "products", "'fax' is not one of"),
    (_broken('phase = "see"', 'phase = "see"\nskip_if = ["bored"]'), "step[0].skip_if", "not one of"),
    (_broken("prepaid = false", 'prepaid = "no"'), "prepaid", "true or false"),
    (
        _broken(
            'confidence = "likely"\n[[step]]',
            'confidence = "not_sourced"\ncheck = { fr = "a", en = "b" }\n[[step]]',
        ),
        "contact[0].confidence",
        "must not carry",
    ),
    (
        _broken('source = "a source long enough to say where things come from"', 'source = "S1"'),
        "source",
        "too short",
    ),
    ("operator = [", "(file)", "not valid TOML"),
    (_broken('phase = "stop"', 'phase = "stop"\nnow = 4'), "step[1].now", "must be one of 1, 2, 3"),
    (_broken('phase = "stop"', 'phase = "stop"\nnow = true'), "step[1].now", "must be one of"),
    (_broken('phase = "see"', 'phase = "see"\nnow = 1'), "step[0].now", "something to act with"),
    (_broken('phase = "see"', 'phase = "see"\ncontact = "boss"'), "step[0].contact", "'boss' is not one of"),
    (
        _broken('phase = "see"', 'phase = "see"\ncontact = "mediator"'),
        "step[0].contact",
        "no contact of this guide",
    ),
    (_broken('phase = "see"', 'phase = "see"\nletter = "yes"'), "step[0].letter", "true or false"),
    (_broken('source_date = "undated"\n', ""), "step[0].source_date", "missing"),
    (_broken('source_date = "2025-10"\n', ""), "contact[0].source_date", "missing"),
    (_broken('source_date = "2024-01-08"\n', ""), "bill.source_date", "missing"),
    (_broken('source = "S7"\n', ""), "bill.source", "missing"),
    (_broken('confidence = "likely"\n[[contact]]', "[[contact]]"), "bill.confidence", "missing"),
    (_broken('source_date = "2023"', 'source_date = "03/2023"'), "step[1].source_date", "YYYY-MM-DD"),
    (_broken('source_date = "2023"', "source_date = 2023-01-01"), "step[1].source_date", "non-empty text"),
    (_broken('source_date = "2023"', 'source_date = "2023"\nold = "yes"'), "step[1].old", "true or false"),
    (_broken('source_date = "2023"', 'source_date = "2016"\nold = true'), "step[1].check", "old = true"),
    (
        _broken(
            'source_date = "2023"\nconfidence = "likely"', 'source_date = "2023"\nconfidence = "uncertain"'
        ),
        "step[1].check",
        "'uncertain'",
    ),
    (
        _broken('source_date = "2025-10"', 'source_date = "2015"\nold = true'),
        "contact[0].check",
        "old = true",
    ),
    (
        _broken(
            'source_date = "2024-01-08"\nconfidence = "likely"',
            'source_date = "2014"\nconfidence = "uncertain"',
        ),
        "bill.check",
        "required",
    ),
    (_broken('en = "Bill"', 'en = "Bill"\nseen = "yes"'), "bill.seen", "unknown key"),
]


@pytest.mark.parametrize(
    ("text", "field", "words"), BROKEN, ids=[f"{field}-{words}" for _, field, words in BROKEN]
)
def test_broken_guides_are_refused_with_the_file_and_the_field(text: str, field: str, words: str) -> None:
    with pytest.raises(GuideError) as caught:
        parse_guide(text, "demo.toml")
    assert caught.value.file == "demo.toml"
    assert caught.value.field == field
    assert words in caught.value.message
    assert str(caught.value).startswith(f"demo.toml: {field}: ")


def test_a_customer_service_without_address_needs_a_check() -> None:
    text = _broken('address = ["Demo Service Clients", "75001 Paris"]\n', "")
    with pytest.raises(GuideError) as caught:
        parse_guide(text, "demo.toml")
    assert caught.value.field == "contact[0].check"


def test_checked_may_not_be_in_the_future_relative_to_today() -> None:
    tomorrow = date.today() + timedelta(days=1)
    with pytest.raises(GuideError):
        parse_guide(_broken("checked = 2026-01-01", f"checked = {tomorrow.isoformat()}"), "demo.toml")
    assert parse_guide(VALID, "demo.toml", today=date(2026, 1, 1)).checked == date(2026, 1, 1)


def test_the_file_name_must_match_the_operator(tmp_path: Path) -> None:
    path = tmp_path / "other.toml"
    path.write_text(VALID, encoding="utf-8")
    with pytest.raises(GuideError) as caught:
        load_guide(path)
    assert caught.value.file == "other.toml" and caught.value.field == "operator"


@pytest.fixture
def guide_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A guides folder of our own, with the real common guide, and fresh caches around the test."""
    folder = tmp_path / "guides"
    folder.mkdir()
    (folder / f"{COMMON}.toml").write_text((guides_dir() / f"{COMMON}.toml").read_text("utf-8"), "utf-8")
    monkeypatch.setattr(guides_pkg, "guides_dir", lambda: folder)
    guides_pkg._load.cache_clear()
    yield folder
    guides_pkg._load.cache_clear()


def test_an_operator_step_may_not_reuse_a_common_step_id(guide_folder: Path) -> None:
    (guide_folder / "demo.toml").write_text(_broken('id = "stop-it"', 'id = "mediator"'), "utf-8")
    with pytest.raises(GuideError) as caught:
        guide("demo")
    assert caught.value.file == "demo.toml" and caught.value.field == "step[1].id"
    assert "_common.toml" in caught.value.message


def test_a_missing_contact_falls_back_to_the_generic_guide(guide_folder: Path) -> None:
    (guide_folder / f"{GENERIC}.toml").write_text(
        (guides_dir() / f"{GENERIC}.toml").read_text("utf-8"), "utf-8"
    )
    (guide_folder / "demo.toml").write_text(VALID, "utf-8")
    assert guide("demo").operator == "demo"
    own = recipient("demo", "customer_service")
    assert own and own.name == "Demo Service Clients"
    fallback = recipient("demo", "consumer_service")
    assert fallback and fallback.address is None and fallback.check is not None
