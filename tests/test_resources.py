"""The knowledge in resources/ is data a planner edits: each file must load, say where it comes from, and
hold patterns and sentences the engine can use."""

from __future__ import annotations

import re
import string
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kkoguard.bills.model import Kind
from kkoguard.bills.templates import FIELDS, identify_operator, layout, operators
from kkoguard.detection.rules import rules
from kkoguard.paths import resources_dir

TOML_FILES = sorted(resources_dir().glob("*/*.toml"))
SLUG = re.compile(r"^[a-z][a-z0-9_]*$")


def _load(path: Path) -> dict[str, Any]:
    with path.open("rb") as f:
        return tomllib.load(f)


def _patterns(value: Any) -> list[str]:
    """Every string under a key that holds regular expressions."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [p for item in value for p in _patterns(item)]
    if isinstance(value, dict):
        return [p for item in value.values() for p in _patterns(item)]
    return []


@pytest.mark.parametrize("path", TOML_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_resource_names_its_source_and_date(path: Path) -> None:
    data = _load(path)
    assert isinstance(data.get("source"), str) and len(data["source"]) > 20
    assert isinstance(data.get("checked"), date) and data["checked"] <= date.today()


@pytest.mark.parametrize("path", TOML_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_pattern_compiles(path: Path) -> None:
    data = _load(path)
    keys = (
        "keywords",
        "exclude_keywords",
        "patterns",
        "label",
        "section",
        "numbers",
        "fields",
        "not_charges",
    )
    found = []
    for key, value in data.items():
        if key in keys:
            found += _patterns(value)
        elif isinstance(value, dict):
            found += [p for k, v in value.items() if k in keys for p in _patterns(v)]
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            found += [p for entry in value for p in _patterns(entry.get("patterns", []))]
    for pattern in found:
        re.compile(pattern)


def test_operator_templates_are_unique_and_use_the_contract_slugs() -> None:
    slugs = [t.slug for t in operators()]
    assert len(slugs) == len(set(slugs))
    assert all(SLUG.match(s) for s in slugs)
    assert {"orange", "sosh", "sfr", "red", "bouygues", "b_and_you", "free_mobile", "free"} <= set(slugs)
    assert {"la_poste_mobile", "prixtel", "nrj_mobile", "coriolis"} <= set(slugs)
    assert all(t.keywords or t.identifiers for t in operators())


@pytest.mark.parametrize(
    ("printed", "slug"),
    [
        ("Orange SA - RCS Nanterre 380 129 866 - TVA FR89380129866", "orange"),
        ("sosh\nOrange SA - SIREN 380 129 866", "sosh"),
        ("SFR SA - RCS Paris 343 059 564", "sfr"),
        ("RED by SFR\nSFR SA TVA FR71343059564", "red"),
        ("Bouygues Telecom SA - TVA FR74397480930", "bouygues"),
        ("B&You\nBouygues Telecom SA - RCS Paris 397 480 930", "b_and_you"),
        ("Free Mobile SAS - TVA FR25 499 247 138", "free_mobile"),
        ("Free SAS - TVA FR60421938861", "free"),
        ("La Poste Mobile\nOpérateur : SFR SA TVA FR71343059564", "la_poste_mobile"),
        ("Prixtel - réseau SFR", "prixtel"),
        ("NRJ Mobile", "nrj_mobile"),
        ("Coriolis Telecom", "coriolis"),
        ("Mobilia SAS - 3 rue du Port 44000 Nantes", None),
    ],
)
def test_operators_are_recognised_from_what_the_bill_prints(printed: str, slug: str | None) -> None:
    template = identify_operator(printed)
    assert (template.slug if template else None) == slug


def test_every_field_has_labels_and_the_layout_loads() -> None:
    generic = layout()
    assert all(generic.field_labels.get(name) for name in FIELDS)
    assert generic.header_words and generic.call_detail_words and generic.not_charge


def test_detection_rules_cover_every_kind_and_sentences_exist_in_both_languages() -> None:
    r = rules()
    assert set(r.kind_order) | {Kind.APP_STORE, Kind.PREMIUM_CALL} == set(Kind)
    assert r.typical_min < r.typical_max
    fr, en = r.reasons["fr"], r.reasons["en"]
    assert fr.keys() == en.keys()
    for key in fr:
        names = {n for _, n, _, _ in string.Formatter().parse(fr[key]) if n}
        assert names == {n for _, n, _, _ in string.Formatter().parse(en[key]) if n}, key
    for kind in Kind:
        if kind is not Kind.APP_STORE:
            assert kind.value in fr, kind
