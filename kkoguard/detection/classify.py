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


def _without(text: str, patterns: tuple[re.Pattern[str], ...]) -> str:
    for pattern in patterns:
        text = pattern.sub(" ", text)
    return text


def _verdict(charge: Charge, r: Rules) -> Verdict:
    # "(hors collecte pour des fournisseurs tiers)" says what is NOT third party: it leaves the words read
    label = _without(charge.label, r.not_third_party)
    section = _without(charge.section or "", r.not_third_party)
    protection = any(p.search(label) for p in r.benign)  # "Option Blocage SMS+ et Internet+"
    if protection or (charge.amount <= 0 and any(p.search(label) for p in r.settings)):
        return Verdict(False, False, None, None, None, None, False)
    aggregator = _first(r.aggregators, label)
    agg_name = aggregator.name if aggregator else None
    publisher = _first(r.publishers, label)  # a service named in complaints about carrier billing
    # the operator's own offer: its kind words say what it includes ("Forfait Internet + Appels illimités")
    plan = aggregator is None and publisher is None and any(p.search(label) for p in r.plans)

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
    if streaming and not _words_kind(label, r):  # "Option Netflix", "NETFLIX.COM"; not "Internet+ … Netflix"
        return Verdict(True, False, Kind.OTHER_THIRD_PARTY, streaming.name, None, agg_name, False)

    kind = None if plan else _label_kind(label, r)
    section_kind, section_hit = _section_kind(section, r)
    if kind is None and aggregator is not None:
        kind = Kind.OTHER_THIRD_PARTY
    if kind is None and section_kind is not None and any(p.search(label) for p in r.operator_lines):
        return Verdict(
            False, False, None, None, None, None, False
        )  # "Forfait …" under "Achats et abonnements"
    if kind is None:
        kind = section_kind
    if kind is None and publisher is not None:
        kind = Kind.OTHER_THIRD_PARTY
    if kind is None:
        return Verdict(False, False, None, None, None, None, False)

    short: str | None = None
    if kind is Kind.SMS_PLUS:
        m = r.sms_short.search(label)
        short = next((g for g in m.groups() if g), None) if m else None
    return Verdict(True, True, kind, extract_merchant(charge.label, r), short, agg_name, section_hit)


def _label_kind(label: str, r: Rules) -> Kind | None:
    """The kind a label's words name; failing that, the kind its shape shows ("DV*FUNZONE", "site.fr")."""
    for table in (r.label_kinds, r.label_shapes):
        for kind in r.kind_order:
            if any(p.search(label) for p in table.get(kind, ())):
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
    aggregator, numbers, a heading's words) is taken away and the label is cut into pieces at its separators;
    the piece that looks most like a company name (a legal form, a web address, capitals, "NAME*descriptor")
    wins over descriptions such as "Quiz hebdo", and the first piece wins a tie. A payment intermediary
    (DIMOCO, Boku, "DV*…") is not the merchant when a brand follows it, but is the best name when nothing else
    is printed. A label that is nothing but a web address is named by that address ("mobi-games.fr").
    """
    r = r or rules()
    known = _first(r.publishers, label)
    if known:
        return known.name
    text = _without(label, r.not_third_party)
    for pattern in (*r.premium_numbers, *r.directory_numbers):
        text = pattern.sub(" ", text)
    text = re.sub(r"\(([^()]*)\)", lambda m: _keep_parenthesis(m.group(1), r), text)
    text = _VIA.sub(" ", text)
    for patterns in r.label_kinds.values():
        text = _without(text, patterns)
    text = r.sms_short.sub(" ", text)
    text = _ON_BEHALF.sub("", text, count=1)
    text = _DESCRIPTOR.sub(lambda m: _descriptor(m.group(1), m.group(2), r), text)
    text = _without_aggregators(text, r)
    address = _only_address(text, r)
    if address:
        return address
    best: tuple[int, str] | None = None
    for piece in _SEPARATORS.split(text):
        name = _name_in(piece, r)
        if name:
            score = _brand_evidence(piece, name, r)
            if best is None or score > best[0]:
                best = (score, name)
    aggregator = _first(r.aggregators, label)
    bare = best is None or (_generic(best[1], r) and " " not in best[1])  # nothing, or a word like "Jeux"
    if aggregator and bare:  # "Internet+ via DIMOCO", "DIMOCO*Jeux"; not "Horoscope Premium via DIMOCO"
        return aggregator.name
    return best[1] if best else None


_DESCRIPTOR = re.compile(r"(?<![\w*])([^\s*()]+)\*\s?([^\s*()]*)")


def _descriptor(head: str, tail: str, r: Rules) -> str:
    """A descriptor "HEAD*NAME" as card statements print it: keep the merchant's side, marked by its star.

    The head is a payment processor ("DV*FUNZONE", "BOKU*QUIZMANIA", "MOBIPAY*CINEFLIX") unless what follows
    the star only describes the purchase ("KKOSTORE*Jeux", "FUNBOX*Premium"): then the head is the merchant.
    """
    folded_head = fold(head)
    tail_word = fold(tail).strip(".,:;")
    if not tail_word or tail_word in r.description_words:
        return f"{head}*"
    if _first(r.aggregators, head) or any(p.search(folded_head) for p in r.processor_heads):
        return f"*{tail}"
    return f"{head}*"


def _without_aggregators(text: str, r: Rules) -> str:
    """Take the names of payment intermediaries out, except one kept as a descriptor's head ("DIMOCO*")."""
    for entry in r.aggregators:
        for pattern in entry.patterns:
            text = pattern.sub(lambda m: m.group(0) if m.string[m.end() : m.end() + 1] == "*" else " ", text)
    return text


def _only_address(text: str, r: Rules) -> str | None:
    """The web address a label is, without the operator's words: "www.Funzone.fr" -> "funzone.fr"."""
    words = [t for t in text.split() if re.search(r"\w", t)]
    tokens = [t for t in words if fold(t).strip(".,:;*()-–") not in r.lead_words]
    if len(tokens) != 1:
        return None
    m = r.web_address.fullmatch(tokens[0].strip(",;:*()–"))
    return m.group("host").lower() if m else None


def _site_name(token: str, r: Rules) -> str:
    """A web address inside a label names the brand: "www.QuizzMania.fr" -> "QuizzMania"."""
    m = r.web_address.fullmatch(token.strip(",;:"))
    if not m:
        return _DOMAIN.sub("", token.strip(",;:"))
    return m.group("host").rsplit(".", 1)[0]


def _generic(name: str, r: Rules) -> bool:
    """A name made only of words that describe a purchase ("Jeux", "Horoscope Premium")."""
    return all(fold(w).strip(".,:;()") in r.description_words for w in name.split())


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
    if not re.search(r"[^\W\d_]", inner) or _first(r.aggregators, inner) or _words_kind(inner, r):
        return " "
    return f" - {inner} - "


def _words_kind(text: str, r: Rules) -> bool:
    return any(p.search(text) for patterns in r.label_kinds.values() for p in patterns)


def _name_in(piece: str, r: Rules) -> str | None:
    tokens = piece.split()
    while tokens and (fold(tokens[0]).strip(".,:;*") in r.lead_words or not re.search(r"\w", tokens[0])):
        tokens.pop(0)
    folded = [fold(t).strip(".,:;()") for t in tokens]
    suffix_at = next((i for i, w in enumerate(folded[:6]) if i and w in r.legal_suffixes), None)
    if suffix_at is not None:  # "Super Jeux Mobiles SAS": the legal form closes the name
        cleaned = " ".join(_site_name(t, r) for t in tokens[:suffix_at]).strip(" -–:.,")
        return cleaned or None
    name: list[str] = []
    caps_run = bool(tokens) and _is_caps(tokens[0].strip("*"))
    for at, token in enumerate(tokens):
        word = fold(token).strip(".,:;()")
        after_number = bool(name) and re.fullmatch(r"\d{1,3}", fold(name[-1]))
        if not word:
            continue
        if word in r.legal_suffixes:
            break
        if "*" in token:  # a descriptor, its merchant side kept by _descriptor: "KKOSTORE*" or "*FUNZONE"
            head, tail = token.split("*", 1)
            if head:
                name.append(head)
                break
            if not tail:
                continue
            token, word = tail, fold(tail).strip(".,:;()")
        # a brand made of common words keeps its capitalised ones: "Horoscope Premium"
        common_brand = _generic(" ".join(name), r) and word in r.description_words and token[:1].isupper()
        ends = word in r.description_words or (caps_run and not _is_caps(token))
        if name and not after_number and ends and not common_brand:
            break
        following = tokens[at + 1] if at + 1 < len(tokens) else ""
        in_name = re.fullmatch(r"\d{1,3}", word) and following[:1].isupper()  # "Top 10 Quiz"
        if name and re.fullmatch(r"\d+\w*", word) and not caps_run and not in_name:
            break
        name.append(_site_name(token, r))
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
            number = _format_number(_premium_in(charge.label, r))
        if number:
            reasons.append(r.reason("premium_call", lang, number=number))
        else:  # "Appels à tarification majorée": the bill does not print the number
            reasons.append(r.reason("premium_call_unnumbered", lang))
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
