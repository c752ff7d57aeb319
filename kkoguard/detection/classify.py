"""One charge at a time: billed for someone else? of what kind, by whom, and should the user look at it?"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kkoguard.bills.model import Charge, Kind
from kkoguard.bills.parse import fold
from kkoguard.detection.rules import NamedPatterns, Rules, rules
from kkoguard.formatting import format_money

_SEPARATORS = re.compile(r"\s+[-–—:|]\s+|\s*[()]\s*|^\s*[-–—:]\s*|\s*:\s+")
_DOMAIN = re.compile(r"\.(?:fr|com|net|eu|io|tv|mobi|org)$", re.IGNORECASE)
_ON_BEHALF = re.compile(  # "… souscrit auprès de X", "… facturé pour le compte de X": X follows
    r"^[^-–:|]*?\b(?:auprès\s+d(?:e|u|es)|pour\s+le\s+compte\s+d(?:e|u|es)|chez)\s+", re.IGNORECASE
)
_VIA = re.compile(r"\bvia\s+[^-–()]+", re.IGNORECASE)


@dataclass(frozen=True)
class Verdict:
    third_party: bool
    suspicious: bool
    kind: Kind | None
    merchant: str | None
    short_number: str | None
    aggregator: str | None
    section_hit: bool


def classify(charge: Charge, lang: str = "fr") -> Charge:
    """Fill the charge's detection fields and its plain-language reasons; returns the same object."""
    r = rules()
    verdict = _verdict(charge, r)
    if charge.amount <= 0 and verdict.suspicious:  # a refund or a cancelled purchase is good news
        verdict = replace(verdict, suspicious=False)
    charge.third_party = verdict.third_party
    charge.suspicious = verdict.suspicious
    charge.kind = verdict.kind
    charge.merchant = verdict.merchant
    charge.short_number = verdict.short_number
    charge.reasons = _reasons(charge, verdict, r, lang) if verdict.suspicious else []
    return charge


def _first(named: tuple[NamedPatterns, ...], text: str) -> NamedPatterns | None:
    for entry in named:
        if entry.search(text):
            return entry
    return None


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _verdict(charge: Charge, r: Rules) -> Verdict:
    label = charge.label
    section = charge.section or ""
    protection = any(p.search(label) for p in r.benign)  # "Option Blocage SMS+ et Internet+"
    if protection or (charge.amount <= 0 and any(p.search(label) for p in r.settings)):
        return Verdict(False, False, None, None, None, None, False)
    aggregator = _first(r.aggregators, label)
    agg_name = aggregator.name if aggregator else None

    # Calls to surcharged numbers: the number itself is the evidence.
    directory = next((m for p in r.directory_numbers if (m := p.search(label))), None)
    premium = next((m for p in r.premium_numbers if (m := p.search(label))), None)
    if (directory or premium) and any(p.search(label) for p in r.call_words):
        if directory:
            digits = _digits(directory.group(0))
            name = f"{digits[:3]} {digits[3:]}"
            return Verdict(True, True, Kind.PREMIUM_CALL, name, digits, agg_name, False)
        assert premium is not None
        merchant = extract_merchant(label, r) or _format_number(premium.group(0))
        return Verdict(True, True, Kind.PREMIUM_CALL, merchant, None, agg_name, False)

    store = _first(r.app_stores, label)
    if store:
        return Verdict(True, False, Kind.APP_STORE, store.name, None, agg_name, False)
    streaming = _first(r.streaming, label)
    if streaming and not _label_kind(label, r):
        return Verdict(True, False, Kind.OTHER_THIRD_PARTY, streaming.name, None, agg_name, False)

    kind = _label_kind(label, r)
    section_kind, section_hit = _section_kind(section, r)
    if kind is None and aggregator is not None:
        kind = Kind.OTHER_THIRD_PARTY
    if kind is None and section_kind is not None and any(p.search(label) for p in r.operator_lines):
        return Verdict(
            False, False, None, None, None, None, False
        )  # "Forfait …" under "Achats et abonnements"
    if kind is None:
        kind = section_kind
    if kind is None:
        return Verdict(False, False, None, None, None, None, False)

    short: str | None = None
    if kind is Kind.SMS_PLUS:
        m = r.sms_short.search(label)
        short = next((g for g in m.groups() if g), None) if m else None
    return Verdict(True, True, kind, extract_merchant(label, r), short, agg_name, section_hit)


def _label_kind(label: str, r: Rules) -> Kind | None:
    for kind in r.kind_order:
        if any(p.search(label) for p in r.label_kinds.get(kind, ())):
            return kind
    return None


def _section_kind(section: str, r: Rules) -> tuple[Kind | None, bool]:
    """The kind a section heading implies; a heading naming several kinds only says "third party"."""
    if not section:
        return None, False
    named = [k for k, patterns in r.section_kinds.items() if any(p.search(section) for p in patterns)]
    if not named:
        return None, False
    if len(named) == 1:
        return named[0], True
    return Kind.OTHER_THIRD_PARTY, True


def _format_number(raw: str) -> str:
    digits = _digits(raw)
    return " ".join([digits[:4], *(digits[i : i + 2] for i in range(4, len(digits), 2))])


# ---------------------------------------------------------------------------------------------- merchant


def extract_merchant(label: str, r: Rules | None = None) -> str | None:
    """The company behind a third-party line, read from the operator's wording around it.

    Known names get their usual spelling. Otherwise the operator's wording (kind keywords, "via" an
    aggregator, numbers) is taken away and the label is cut into pieces at its separators; the piece that
    looks most like a company name (a legal form, a web address, capitals, "NAME*descriptor") wins over
    descriptions such as "Quiz hebdo", and the first piece wins a tie.
    """
    r = r or rules()
    known = _first(r.publishers, label)
    if known:
        return known.name
    text = label
    for pattern in (*r.premium_numbers, *r.directory_numbers):
        text = pattern.sub(" ", text)
    text = re.sub(r"\(([^()]*)\)", lambda m: _keep_parenthesis(m.group(1), r), text)
    text = _VIA.sub(" ", text)
    for patterns in r.label_kinds.values():
        for pattern in patterns:
            text = pattern.sub(" ", text)
    text = r.sms_short.sub(" ", text)
    text = _ON_BEHALF.sub("", text, count=1)
    best: tuple[int, str] | None = None
    for piece in _SEPARATORS.split(text):
        name = _name_in(piece, r)
        if name:
            score = _brand_evidence(piece, name, r)
            if best is None or score > best[0]:
                best = (score, name)
    return best[1] if best else None


def _brand_evidence(piece: str, name: str, r: Rules) -> int:
    """How much a piece of a label looks like a company's name rather than a description of the purchase."""
    words = [fold(t).strip(".,:;()") for t in piece.split()]
    score = 0
    if any(w in r.legal_suffixes for w in words[1:]):
        score += 3
    if any(_DOMAIN.search(t.rstrip(".,;:")) for t in piece.split()) or "*" in piece:
        score += 3
    if any(_is_caps(t) for t in name.split()):
        score += 2
    if any(re.search(r"[a-z][A-Z]", t) for t in name.split()):
        score += 1
    first = fold(name.split()[0])
    if first in r.description_words or name[:1].islower():
        score -= 2
    return score


def _keep_parenthesis(inner: str, r: Rules) -> str:
    """Drop "(Internet+ via DIMOCO)" or "(81234)"; keep "(Voyance Astrale)" as a piece of its own."""
    if not re.search(r"[^\W\d_]", inner) or _first(r.aggregators, inner) or _label_kind(inner, r):
        return " "
    return f" - {inner} - "


def _name_in(piece: str, r: Rules) -> str | None:
    tokens = piece.split()
    while tokens and (fold(tokens[0]).strip(".,:;*") in r.lead_words or not re.search(r"\w", tokens[0])):
        tokens.pop(0)
    folded = [fold(t).strip(".,:;()") for t in tokens]
    suffix_at = next((i for i, w in enumerate(folded[:6]) if i and w in r.legal_suffixes), None)
    if suffix_at is not None:  # "Super Jeux Mobiles SAS": the legal form closes the name
        cleaned = " ".join(_DOMAIN.sub("", t) for t in tokens[:suffix_at]).strip(" -–:.,")
        return cleaned or None
    name: list[str] = []
    caps_run = bool(tokens) and _is_caps(tokens[0])
    for at, token in enumerate(tokens):
        word = fold(token).strip(".,:;()")
        after_number = bool(name) and re.fullmatch(r"\d{1,3}", fold(name[-1]))
        if not word:
            continue
        if word in r.legal_suffixes:
            break
        if "*" in token:
            head = token.split("*", 1)[0]
            if head:
                name.append(head)
            break
        if name and not after_number and (word in r.description_words or (caps_run and not _is_caps(token))):
            break
        following = tokens[at + 1] if at + 1 < len(tokens) else ""
        in_name = re.fullmatch(r"\d{1,3}", word) and following[:1].isupper()  # "Top 10 Quiz"
        if name and re.fullmatch(r"\d+\w*", word) and not caps_run and not in_name:
            break
        name.append(_DOMAIN.sub("", token.strip(",;:")))
        if len(name) == 4:
            break
    cleaned = " ".join(name).strip(" -–:.,")
    return cleaned if re.search(r"[^\W\d_]", cleaned) else None


def _is_caps(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# ---------------------------------------------------------------------------------------------- reasons


def _reasons(charge: Charge, verdict: Verdict, r: Rules, lang: str) -> list[str]:
    reasons = []
    kind = verdict.kind
    if kind is Kind.SMS_PLUS and verdict.short_number:
        reasons.append(r.reason("sms_plus_number", lang, short_number=verdict.short_number))
    elif kind is Kind.PREMIUM_CALL:
        if verdict.short_number:
            number = f"{verdict.short_number[:3]} {verdict.short_number[3:]}"
        else:
            number = _format_number(_premium_in(charge.label, r)) or "08 9x"
        reasons.append(r.reason("premium_call", lang, number=number))
    elif kind is not None:
        reasons.append(r.reason(kind.value, lang))
    if verdict.section_hit and charge.section:
        reasons.append(r.reason("section", lang, section=charge.section))
    if verdict.aggregator:
        reasons.append(r.reason("aggregator", lang, aggregator=verdict.aggregator))
    if r.typical_min <= charge.amount <= r.typical_max and kind is not Kind.PREMIUM_CALL:
        reasons.append(r.reason("typical_amount", lang, amount=format_money(charge.amount, lang)))
    return reasons


def _premium_in(label: str, r: Rules) -> str:
    for pattern in r.premium_numbers:
        m = pattern.search(label)
        if m:
            return _digits(m.group(0))
    return ""
