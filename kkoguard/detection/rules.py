"""Detection rules loaded from `resources/rules/*.toml`: keywords, sections, numbers, merchants, sentences."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from kkoguard.bills.model import Kind
from kkoguard.bills.parse import fold
from kkoguard.paths import resources_dir


@dataclass(frozen=True)
class NamedPatterns:
    name: str
    patterns: tuple[re.Pattern[str], ...]

    def search(self, text: str) -> re.Match[str] | None:
        for pattern in self.patterns:
            m = pattern.search(text)
            if m:
                return m
        return None


@dataclass(frozen=True)
class Rules:
    kind_order: tuple[Kind, ...]
    label_kinds: dict[Kind, tuple[re.Pattern[str], ...]]
    label_shapes: dict[Kind, tuple[re.Pattern[str], ...]]
    """Labels of a kind by their shape ("DV*FUNZONE", "site.fr"): tried after the words, never removed."""
    section_kinds: dict[Kind, tuple[re.Pattern[str], ...]]
    benign: tuple[re.Pattern[str], ...]
    not_third_party: tuple[re.Pattern[str], ...]
    """Parts of a heading or label that say what is NOT collected for others ("(hors collecte pour …)")."""
    plans: tuple[re.Pattern[str], ...]
    """Labels naming the operator's own offer, kind words and all ("Forfait Internet + Appels illimités")."""
    operator_lines: tuple[re.Pattern[str], ...]
    settings: tuple[re.Pattern[str], ...]
    premium_numbers: tuple[re.Pattern[str], ...]
    directory_numbers: tuple[re.Pattern[str], ...]
    call_words: tuple[re.Pattern[str], ...]
    sms_short: re.Pattern[str]
    typical_min: Decimal
    typical_max: Decimal
    aggregators: tuple[NamedPatterns, ...]
    app_stores: tuple[NamedPatterns, ...]
    streaming: tuple[NamedPatterns, ...]
    publishers: tuple[NamedPatterns, ...]
    description_words: frozenset[str]
    legal_suffixes: frozenset[str]
    lead_words: frozenset[str]
    processor_heads: tuple[re.Pattern[str], ...]
    web_address: re.Pattern[str]
    """A whole token that is a web address; group "host" is the address without scheme, "www." or path."""
    reasons: dict[str, dict[str, str]]

    def reason(self, key: str, lang: str, **values: str) -> str:
        table = self.reasons.get(lang) or self.reasons["fr"]
        return table[key].format(**values)


def _compile(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


def _named(entries: list[dict[str, Any]]) -> tuple[NamedPatterns, ...]:
    return tuple(NamedPatterns(e["name"], _compile(e["patterns"])) for e in entries)


def _web_address(suffixes: list[str]) -> re.Pattern[str]:
    ends = "|".join(re.escape(s) for s in suffixes)
    return re.compile(
        rf"^(?:https?://)?(?:www\.)?(?P<host>[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:{ends}))(?:/\S*)?$",
        re.IGNORECASE,
    )


def _load(name: str) -> dict[str, Any]:
    with (resources_dir() / "rules" / name).open("rb") as f:
        return tomllib.load(f)


@cache
def rules() -> Rules:
    kinds, merchants, reasons = _load("kinds.toml"), _load("merchants.toml"), _load("reasons.toml")
    numbers, names = kinds["numbers"], merchants["names"]
    return Rules(
        kind_order=tuple(Kind(k) for k in kinds["order"]),
        label_kinds={Kind(k): _compile(v) for k, v in kinds["label"].items()},
        label_shapes={Kind(k): _compile(v) for k, v in kinds["shape"].items()},
        section_kinds={Kind(k): _compile(v) for k, v in kinds["section"].items()},
        benign=_compile(kinds["benign"]["label"]),
        not_third_party=_compile(kinds["benign"]["not_third_party"]),
        plans=_compile(kinds["benign"]["plan"]),
        operator_lines=_compile(kinds["benign"]["operator"]),
        settings=_compile(kinds["benign"]["settings"]),
        premium_numbers=_compile(numbers["premium"]),
        directory_numbers=_compile(numbers["directory"]),
        call_words=_compile(numbers["call_words"]),
        sms_short=re.compile(numbers["sms_short"]),
        typical_min=Decimal(kinds["amounts"]["typical_min"]),
        typical_max=Decimal(kinds["amounts"]["typical_max"]),
        aggregators=_named(merchants["aggregators"]),
        app_stores=_named(merchants["app_stores"]),
        streaming=_named(merchants["streaming"]),
        publishers=_named(merchants["publishers"]),
        description_words=frozenset(fold(w) for w in names["description_words"]),
        legal_suffixes=frozenset(fold(w) for w in names["legal_suffixes"]),
        lead_words=frozenset(fold(w) for w in names["lead_words"]),
        processor_heads=_compile(names["processor_heads"]),
        web_address=_web_address(names["web_suffixes"]),
        reasons={lang: dict(table) for lang, table in reasons.items() if isinstance(table, dict)},
    )


def merchant_key(name: str | None) -> str:
    """Spellings of one merchant on different bills ("KKO STORE", "Kko Store SAS") share this key."""
    if not name:
        return ""
    suffixes = rules().legal_suffixes
    tokens = [t for t in re.split(r"[^a-z0-9+]+", fold(name)) if t and t not in suffixes]
    return "".join(tokens)
