"""Operator knowledge from `resources/operators/*.toml`: who issued a bill, how its fields are labelled.

Shaped after invoice2data's templates: keywords and identifiers to recognise an issuer, exclude keywords,
a priority to settle brands that print their parent company's legal line, and extra field labels.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kkoguard.bills.parse import fold
from kkoguard.paths import resources_dir

FIELDS = ("invoice_number", "invoice_date", "period", "account_number", "line_numbers", "total")


@dataclass(frozen=True)
class OperatorTemplate:
    slug: str
    name: str
    priority: int
    keywords: tuple[re.Pattern[str], ...]
    identifiers: tuple[str, ...]
    exclude_keywords: tuple[re.Pattern[str], ...]
    field_labels: dict[str, tuple[str, ...]] = field(default_factory=dict)
    plan_keywords: tuple[re.Pattern[str], ...] = ()
    """The brand as a plan's name ("Forfait Sosh 100 Go"): a plan does not say who bills, so these count only
    when nothing on the bill names its issuer."""

    def score(self, text: str, compact: str) -> int:
        """How strongly the bill's text points at this operator; 0 when it does not."""
        if any(p.search(text) for p in self.exclude_keywords):
            return 0
        hits = sum(2 for ident in self.identifiers if ident in compact)
        hits += sum(1 for p in self.keywords if p.search(text))
        return hits

    def plan_score(self, text: str) -> int:
        """How many of this brand's plan names the bill prints; 0 when it does not or is excluded."""
        if not self.plan_keywords or any(p.search(text) for p in self.exclude_keywords):
            return 0
        return sum(1 for p in self.plan_keywords if p.search(text))


@dataclass(frozen=True)
class Layout:
    """What every French bill shares: field labels, table header words, lines that are not charges."""

    field_labels: dict[str, tuple[str, ...]]
    header_words: frozenset[str]
    call_detail_words: tuple[str, ...]
    ttc_words: frozenset[str]
    ht_words: frozenset[str]
    not_charge: tuple[re.Pattern[str], ...]
    label_words: frozenset[str] = frozenset()
    """Column titles of the labels' column: a header without any stands over the amounts only."""
    sample_page: tuple[re.Pattern[str], ...] = ()
    telecom_words: tuple[re.Pattern[str], ...] = ()
    """Words of a phone or internet charge: an unknown operator's bill is a bill when its charges use them."""
    """Signs of a page that explains the bill with a printed example: its amounts are not charges."""


def _compile(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


def _load(path: Path) -> dict[str, object]:
    with path.open("rb") as f:
        return tomllib.load(f)


@cache
def operators() -> tuple[OperatorTemplate, ...]:
    folder = resources_dir() / "operators"
    result = []
    for path in sorted(folder.glob("*.toml")):
        if path.name.startswith("_"):
            continue
        data = _load(path)
        match = data.get("match", {})
        assert isinstance(match, dict)
        labels = data.get("fields", {})
        assert isinstance(labels, dict)
        result.append(
            OperatorTemplate(
                slug=str(data["slug"]),
                name=str(data["name"]),
                priority=int(str(data.get("priority", 0))),
                keywords=_compile(match.get("keywords", [])),
                identifiers=tuple(re.sub(r"\s+", "", i).lower() for i in match.get("identifiers", [])),
                exclude_keywords=_compile(match.get("exclude_keywords", [])),
                field_labels={k: tuple(v) for k, v in labels.items()},
                plan_keywords=_compile(match.get("plan_keywords", [])),
            )
        )
    return tuple(result)


@cache
def layout() -> Layout:
    data = _load(resources_dir() / "operators" / "_generic.toml")
    fields, tables, not_charges = data["fields"], data["tables"], data["not_charges"]
    assert isinstance(fields, dict) and isinstance(tables, dict) and isinstance(not_charges, dict)
    return Layout(
        field_labels={k: tuple(v) for k, v in fields.items()},
        header_words=frozenset(fold(w) for w in tables["header_words"]),
        call_detail_words=tuple(fold(w) for w in tables["call_detail_words"]),
        ttc_words=frozenset(fold(w) for w in tables["ttc_words"]),
        ht_words=frozenset(fold(w) for w in tables["ht_words"]),
        not_charge=_compile(not_charges["labels"]),
        sample_page=_compile(_markers(data.get("sample_pages"))),
        telecom_words=_compile(_markers(data.get("bill_signs"))),
        label_words=frozenset(fold(w) for w in tables.get("label_words", [])),
    )


def _markers(table: object) -> list[str]:
    """The `markers` list of an optional TOML table."""
    markers = table.get("markers", []) if isinstance(table, dict) else []
    return [str(m) for m in markers]


_NETWORK_MENTION = re.compile(
    r"\br[ée]seau(?:\s+mobile)?(?:\s+(?:de|d'|du))?\s*:?\s*[A-Z][\w&]*(?:\s+[A-Z][\w&]*)?", re.IGNORECASE
)


def identify_operator(text: str) -> OperatorTemplate | None:
    """The operator whose name or legal identifiers the bill prints; a brand beats its parent company.

    An MVNO names the network it runs on ("opérée sur le réseau de Bouygues Telecom"): that is not the
    issuer, so such mentions are left out. A brand named only as a plan ("Forfait B&You 60Go" on a Bouygues
    Telecom bill) is not the issuer either; it is the last clue left when nothing names the issuer (a scan
    whose header and legal line could not be read).
    """
    text = _NETWORK_MENTION.sub(" ", text)
    compact = re.sub(r"[\s\u00a0\u202f.]+", "", text).lower()
    best: tuple[int, int, OperatorTemplate] | None = None
    for template in operators():
        hits = template.score(text, compact)
        if hits and (best is None or (template.priority, hits) > best[:2]):
            best = (template.priority, hits, template)
    if best is None:
        for template in operators():
            hits = template.plan_score(text)
            if hits and (best is None or (template.priority, hits) > best[:2]):
                best = (template.priority, hits, template)
    return best[2] if best else None


@cache
def label_patterns(field_name: str, operator_slug: str | None) -> tuple[re.Pattern[str], ...]:
    """The labels printed before a field: the operator's own first, then the generic ones."""
    own: tuple[str, ...] = ()
    for template in operators():
        if template.slug == operator_slug:
            own = template.field_labels.get(field_name, ())
    return _compile([*own, *layout().field_labels[field_name]])
