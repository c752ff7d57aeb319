"""Letter templates, legal grounds and the letters' fixed words, read from resources/letters/*.toml.

The French of every letter is data: `<kind>.toml` holds the subject, the blocks of the body in order
(paragraphs, lists, the charges table, the legal grounds, the chronology), each with an optional
condition, the closing formula and the attachments; `grounds.toml` the legal texts a letter may cite and
which kinds cite them; `common.toml` the words around them (table headings, warnings, chronology). Each file
is checked when loaded: an unknown key, placeholder or condition is a `TemplateError` that names the file
and the block, so a typo in a template fails the tests rather than a user's letter.
"""

from __future__ import annotations

import string
import tomllib
from collections.abc import Iterable, Mapping, Set
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from kkoguard.paths import resources_dir

KINDS = ("refund", "escalation", "termination", "mediator", "signalconso")
FORMATS = frozenset({"letter", "report"})
ROLES = frozenset({"customer_service", "consumer_service", "mediator", "none"})  # as kkoguard.guides
CONFIDENCES = frozenset({"sure", "likely", "uncertain"})
CITABLE = frozenset({"sure", "likely"})  # law-and-recourse.md: « en application de… » only for these
BLOCK_TYPES = frozenset({"paragraph", "heading", "list", "charges", "grounds", "chronology"})
AUTO_ATTACHMENTS = frozenset({"bills", "letters", "replies", "documents"})

# What compose() can put in a sentence. A template using anything else is refused on load.
PLACEHOLDERS = frozenset(
    {
        "holder",  # the account holder's name
        "address",  # the holder's postal address on one line
        "operator",  # the operator's name (Orange, SFR…)
        "line",  # the phone line concerned
        "account",  # the customer account number
        "total",  # sum of the disputed charges, « 14,97 € »
        "count",  # number of disputed charges
        "first_date",  # date of the first disputed charge, « 3 mars 2026 »
        "last_date",  # date of the last one
        "merchants",  # the services/publishers billed, « Mobiquiz et Jeux Fun »
        "merchant",  # the publisher a termination letter is sent to
        "option",  # the name of the operator's option that blocks third-party purchases
        "today",  # the letter's date
        "deadline",  # one month after the letter's date
        "first_letter_date",  # the first written complaint to the customer service
        "tracking_number",  # its registered-mail number
        "received_date",  # the date on its acknowledgement of receipt
        "reply_date",  # the customer service's reply
        "reply_gist",  # what it said, as the user noted it
        "of_operator",  # « d'Orange », « de SFR »: the operator's name after « de », elided
        "charges",  # « 3 prélèvements », « 1 prélèvement »
        "period",  # « le 3 mars 2026 » or « entre le 3 mars 2026 et le 12 mai 2026 »
        "new_charges",  # disputed charges dated after the first letter, « 2 prélèvements »
        "new_total",
        "refunded",  # already refunded
        "remaining",  # still to refund
        "consumer_letter_date",  # the written complaint to the consumer service
        "consumer_tracking_number",
        "consumer_received_date",
        "consumer_reply_date",
        "consumer_reply_gist",
    }
)
# What a block's `when` can test ("!name" for its absence).
FLAGS = frozenset(
    {
        "line",
        "account",
        "merchant",  # at least one merchant is known
        "several_merchants",
        "option",
        "first_letter",  # a written complaint to the customer service is recorded
        "tracking",  # … with its registered-mail number
        "received",  # … with the date of its acknowledgement of receipt
        "reply",  # the customer service answered after it
        "reply_gist",  # … and the user noted what the answer said
        "new_charges",  # charges dated after the first letter
        "consumer_letter",
        "consumer_tracking",
        "consumer_received",
        "consumer_reply",
        "consumer_reply_gist",
        "sms_plus",  # some disputed charges are SMS+ (STOP cancels them)
        "internet_plus",
        "refunds",  # part of the sum was already refunded
    }
)

# common.toml: each section, its keys, and the placeholders each key may use.
_P = frozenset
COMMON_FIELDS: dict[str, dict[str, frozenset[str]]] = {
    "words": {
        "registered": _P({"number"}),
        "registered_blank": _P(),
        "subject": _P({"subject"}),
        "references": _P(),
        "ref_line": _P({"line"}),
        "ref_account": _P({"account"}),
        "ref_bills": _P({"bills"}),
        "ref_bill": _P({"date"}),
        "ref_bill_number": _P({"number", "date"}),
        "ref_bills_many": _P({"count", "first", "last"}),
        "place_date": _P({"place", "date"}),
        "date_only": _P({"date"}),
        "col_date": _P(),
        "col_label": _P(),
        "col_merchant": _P(),
        "col_amount": _P(),
        "col_number": _P(),
        "total_one": _P({"count"}),
        "total_many": _P({"count"}),
        "col_event_date": _P(),
        "col_event": _P(),
        "attachments": _P(),
        "page": _P({"page", "pages"}),
        "running_head": _P({"holder", "date"}),
        "charge_one": _P({"count"}),
        "charge_many": _P({"count"}),
        "period_one": _P({"date"}),
        "period_many": _P({"first", "last"}),
        "unknown_date": _P(),
        "and": _P(),
        "blank": _P(),
    },
    "party": {
        "customer_service": _P({"of_operator"}),
        "consumer_service": _P({"of_operator"}),
        "mediator": _P(),
        "merchant": _P(),
        "association": _P(),
        "authority": _P(),
        "other": _P(),
    },
    "channel": {
        "phone": _P(),
        "email": _P(),
        "letter": _P(),
        "chat": _P(),
        "web_form": _P(),
        "sms": _P(),
        "in_person": _P(),
    },
    "chronology": {
        "first_charge": _P({"amount", "merchant"}),
        "last_charge": _P({"amount", "merchant"}),
        "letter": _P({"to_party"}),
        "letter_tracked": _P({"to_party", "number"}),
        "received": _P({"date"}),
        "outgoing": _P({"channel", "to_party"}),
        "incoming": _P({"channel", "from_party"}),
        "summary": _P({"text"}),
        "refund": _P({"amount"}),
    },
    "attachment": {
        "bill": _P({"date", "lines"}),
        "bill_number": _P({"date", "number", "lines"}),
        "letter": _P({"date", "to_party"}),
        "letter_tracked": _P({"date", "to_party", "number"}),
        "reply": _P({"date", "from_party"}),
        "document": _P({"title"}),
    },
    "copies": {
        "title": _P(),
        "head": _P({"date", "page", "lines"}),
        "line_one": _P({"numbers"}),
        "line_many": _P({"numbers"}),
        "attached": _P({"numbers"}),
        "range": _P({"first", "last"}),
        "unreadable": _P({"page"}),
        "unlocated": _P({"number", "label", "amount"}),
        "listed": _P({"number", "label", "amount"}),
        "footer": _P(),
    },
    "origin": {
        "typed": _P(),
        "bill": _P(),
        "guide": _P({"confidence"}),
        "none": _P(),
        "sure": _P(),
        "likely": _P(),
        "uncertain": _P(),
        "not_sourced": _P(),
    },
    "warning": {
        "no_holder_name": _P(),
        "no_holder_address": _P(),
        "no_address": _P(),
        "no_merchant_address": _P({"merchant"}),
        "check_address": _P({"check"}),
        "address_uncertain": _P(),
        "mediator_online": _P(),
        "no_charges": _P(),
        "undated_charges": _P({"count"}),
        "several_merchants": _P({"merchants"}),
        "no_first_letter": _P(),
        "too_early": _P({"date"}),
        "mediator_too_early": _P({"date"}),
        "mediator_no_complaint": _P(),
        "mediator_late": _P({"date"}),
        "unknown_values": _P({"names"}),
    },
    "value": {name: _P() for name in PLACEHOLDERS},
}
LANGS = ("fr", "en")
_BILINGUAL = frozenset(
    {"origin", "warning", "value"}
)  # shown to the user: both languages; the rest is French


class TemplateError(ValueError):
    """A letter resource is malformed; the message names the file, the block and what is wrong."""


@dataclass(frozen=True)
class Condition:
    """`when = ["reply", "!option"]`: every flag named must be set, every "!flag" unset."""

    required: frozenset[str] = frozenset()
    excluded: frozenset[str] = frozenset()

    def holds(self, flags: Set[str]) -> bool:
        return self.required <= flags and not (self.excluded & flags)


@dataclass(frozen=True)
class Item:
    text: str
    when: Condition


@dataclass(frozen=True)
class Block:
    type: str
    id: str
    text: str  # the paragraph, the heading, or the sentence introducing a list / table ("" = none)
    when: Condition
    items: tuple[Item, ...] = ()  # a list's items; a paragraph's parts, appended to its text
    numbered: bool = False


@dataclass(frozen=True)
class Attachment:
    text: str  # a fixed line ("" for an automatic list)
    auto: str  # "" or one of AUTO_ATTACHMENTS
    when: Condition


@dataclass(frozen=True)
class Template:
    kind: str
    format: str  # "letter" (PDF with sender, recipient…) or "report" (plain text to paste in a form)
    role: str  # what the operator guide is asked for: customer_service, consumer_service, mediator, none
    title: str  # the letter's name in the dossier
    subject: str
    salutation: str
    closing: str
    blocks: tuple[Block, ...]
    attachments: tuple[Attachment, ...]
    source: str
    checked: date
    path: str


@dataclass(frozen=True)
class Ground:
    id: str
    cite: str  # printed: « Article L. 121-17 du Code de la consommation »
    text: str  # printed: what the text says, in our words
    source: str  # where the statement was checked (not printed)
    confidence: str
    kinds: frozenset[str]
    when: Condition


@dataclass(frozen=True)
class Common:
    words: Mapping[str, str]
    party: Mapping[str, str]
    channel: Mapping[str, str]
    chronology: Mapping[str, str]
    attachment: Mapping[str, str]
    copies: Mapping[str, str]  # the annotated bill copies sent with a letter (letters/enclosures.py)
    origin: Mapping[str, Mapping[str, str]]  # key -> lang -> text
    warning: Mapping[str, Mapping[str, str]]
    value: Mapping[str, Mapping[str, str]]  # placeholder -> lang -> what it is, for "missing: …"


# --- checks -------------------------------------------------------------------------------------------


def fields_of(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _keys(where: str, table: Any, required: Iterable[str], optional: Iterable[str] = ()) -> dict[str, Any]:
    if not isinstance(table, dict):
        raise TemplateError(f"{where}: must be a table")
    required = set(required)
    unknown = sorted(set(table) - required - set(optional))
    if unknown:
        raise TemplateError(f"{where}: unknown key(s) {', '.join(unknown)}")
    missing = sorted(required - set(table))
    if missing:
        raise TemplateError(f"{where}: missing {', '.join(missing)}")
    return table


def _text(where: str, value: Any, allowed: Set[str], *, empty: bool = False) -> str:
    if not isinstance(value, str) or (not empty and not value.strip()):
        raise TemplateError(f"{where}: must be a non-empty text")
    try:
        used = fields_of(value)
    except ValueError as exc:
        raise TemplateError(f"{where}: broken placeholder ({exc}); write {{{{ and }}}} for braces") from None
    bad = sorted(name for name in used if name not in allowed)
    if bad:
        names = ", ".join("{" + n + "}" for n in bad)
        raise TemplateError(f"{where}: unknown placeholder(s) {names}; allowed: {', '.join(sorted(allowed))}")
    return value


def _condition(where: str, value: Any) -> Condition:
    if value is None:
        return Condition()
    names = [value] if isinstance(value, str) else value
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise TemplateError(f"{where}: when must be a flag name or a list of flag names")
    required: set[str] = set()
    excluded: set[str] = set()
    for name in names:
        flag = name.removeprefix("!")
        if flag not in FLAGS:
            raise TemplateError(f"{where}: unknown condition {name!r}; known: {', '.join(sorted(FLAGS))}")
        (excluded if name.startswith("!") else required).add(flag)
    return Condition(frozenset(required), frozenset(excluded))


def _header(where: str, data: Mapping[str, Any]) -> tuple[str, date]:
    source, checked = data.get("source"), data.get("checked")
    if not isinstance(source, str) or len(source.strip()) < 20:
        raise TemplateError(f"{where}: source must say where the facts and the wording come from")
    if not isinstance(checked, date):
        raise TemplateError(f"{where}: checked must be a TOML date (checked = 2026-11-25)")
    return source, checked


def _block(where: str, raw: Any) -> Block:
    table = _keys(where, raw, ("type", "id"), ("text", "when", "item", "part", "numbered"))
    kind, block_id = table["type"], table["id"]
    if not isinstance(block_id, str) or not block_id.strip():
        raise TemplateError(f"{where}: id must name the block")
    where = f"{where} ({block_id!r})"
    if kind not in BLOCK_TYPES:
        raise TemplateError(f"{where}: type {kind!r} is not one of {', '.join(sorted(BLOCK_TYPES))}")
    # A paragraph is its text followed by the parts whose condition holds; a list is its items.
    pieces = {"list": "item", "paragraph": "part"}.get(kind)
    for key in ("item", "part"):
        if key in table and key != pieces:
            raise TemplateError(f"{where}: a {kind} block has no {key}s")
    if kind == "list" and "item" not in table:
        raise TemplateError(f"{where}: a list needs at least one [[block.item]]")
    needs_text = kind == "heading" or (kind == "paragraph" and "part" not in table)
    text = _text(f"{where} text", table.get("text", ""), PLACEHOLDERS, empty=not needs_text)
    items: list[Item] = []
    if pieces and pieces in table:
        if not isinstance(table[pieces], list) or not table[pieces]:
            raise TemplateError(f"{where}: {pieces}s are written [[block.{pieces}]]")
        for index, raw_item in enumerate(table[pieces], 1):
            at = f"{where} {pieces} #{index}"
            item = _keys(at, raw_item, ("text",), ("when",))
            items.append(
                Item(_text(f"{at} text", item["text"], PLACEHOLDERS), _condition(at, item.get("when")))
            )
    numbered = table.get("numbered", False)
    if not isinstance(numbered, bool) or (numbered and kind != "list"):
        raise TemplateError(f"{where}: numbered is true or false, for a list only")
    return Block(kind, block_id, text, _condition(where, table.get("when")), tuple(items), numbered)


def parse_template(data: Mapping[str, Any], where: str) -> Template:
    """Check and read one `<kind>.toml` as loaded; TemplateError says what is wrong and where."""
    _keys(
        where,
        data,
        ("source", "checked", "kind", "format", "recipient_role", "title", "subject", "block"),
        ("salutation", "closing", "attachment"),
    )
    source, checked = _header(where, data)
    kind = data["kind"]
    if kind not in KINDS:
        raise TemplateError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
    fmt = data["format"]
    if fmt not in FORMATS:
        raise TemplateError(f"{where}: format must be letter or report")
    role = data["recipient_role"]
    if role not in ROLES:
        raise TemplateError(f"{where}: recipient_role must be one of {', '.join(sorted(ROLES))}")
    title = _text(f"{where} title", data["title"], frozenset())
    subject = _text(f"{where} subject", data["subject"], PLACEHOLDERS)
    letter = fmt == "letter"
    for key in ("salutation", "closing"):
        if letter and key not in data:
            raise TemplateError(f"{where}: a letter needs a {key}")
    salutation = _text(f"{where} salutation", data.get("salutation", ""), frozenset(), empty=not letter)
    closing = _text(f"{where} closing", data.get("closing", ""), PLACEHOLDERS, empty=not letter)
    if not isinstance(data["block"], list) or not data["block"]:
        raise TemplateError(f"{where}: the body is written as [[block]] tables")
    blocks = [_block(f"{where} block #{i}", raw) for i, raw in enumerate(data["block"], 1)]
    ids = [b.id for b in blocks]
    twice = sorted({i for i in ids if ids.count(i) > 1})
    if twice:
        raise TemplateError(f"{where}: block id(s) used twice: {', '.join(twice)}")
    attachments: list[Attachment] = []
    raw_attachments = data.get("attachment", [])
    if not isinstance(raw_attachments, list):
        raise TemplateError(f"{where}: attachments are written [[attachment]]")
    for index, raw in enumerate(raw_attachments, 1):
        at = f"{where} attachment #{index}"
        table = _keys(at, raw, (), ("text", "auto", "when"))
        if ("text" in table) == ("auto" in table):
            raise TemplateError(f"{at}: give either text or auto")
        auto = table.get("auto", "")
        if auto and auto not in AUTO_ATTACHMENTS:
            raise TemplateError(f"{at}: auto must be one of {', '.join(sorted(AUTO_ATTACHMENTS))}")
        text = _text(f"{at} text", table["text"], PLACEHOLDERS) if "text" in table else ""
        attachments.append(Attachment(text, auto, _condition(at, table.get("when"))))
    return Template(
        kind,
        fmt,
        role,
        title,
        subject,
        salutation,
        closing,
        tuple(blocks),
        tuple(attachments),
        source,
        checked,
        where,
    )


def parse_grounds(data: Mapping[str, Any], where: str) -> tuple[Ground, ...]:
    _keys(where, data, ("source", "checked", "ground"))
    _header(where, data)
    if not isinstance(data["ground"], list):
        raise TemplateError(f"{where}: grounds are written [[ground]]")
    out: list[Ground] = []
    for index, raw in enumerate(data["ground"], 1):
        at = f"{where} ground #{index}"
        table = _keys(at, raw, ("id", "cite", "text", "source", "confidence", "kinds"), ("when",))
        ground_id = table["id"]
        if not isinstance(ground_id, str) or not ground_id:
            raise TemplateError(f"{at}: id must name the ground")
        at = f"{at} ({ground_id!r})"
        if table["confidence"] not in CONFIDENCES:
            raise TemplateError(f"{at}: confidence must be one of {', '.join(sorted(CONFIDENCES))}")
        kinds = table["kinds"]
        if not isinstance(kinds, list) or not all(k in KINDS for k in kinds):
            raise TemplateError(f"{at}: kinds must list letter kinds among {', '.join(KINDS)}")
        if kinds and table["confidence"] not in CITABLE:
            raise TemplateError(
                f"{at}: a ground marked {table['confidence']} cannot be cited in a letter; "
                "leave kinds empty until it is checked"
            )
        if not isinstance(table["source"], str) or len(table["source"].strip()) < 3:
            raise TemplateError(f"{at}: source must say where the text was checked")
        out.append(
            Ground(
                ground_id,
                _text(f"{at} cite", table["cite"], frozenset()),
                _text(f"{at} text", table["text"], PLACEHOLDERS),
                table["source"],
                table["confidence"],
                frozenset(kinds),
                _condition(at, table.get("when")),
            )
        )
    ids = [g.id for g in out]
    twice = sorted({i for i in ids if ids.count(i) > 1})
    if twice:
        raise TemplateError(f"{where}: ground id(s) used twice: {', '.join(twice)}")
    return tuple(out)


def parse_common(data: Mapping[str, Any], where: str) -> Common:
    _keys(where, data, ("source", "checked", *COMMON_FIELDS))
    _header(where, data)
    sections: dict[str, Any] = {}
    for section, fields in COMMON_FIELDS.items():
        at = f"{where} [{section}]"
        table = _keys(at, data[section], fields)
        if section in _BILINGUAL:
            values: dict[str, dict[str, str]] = {}
            for key, allowed in fields.items():
                texts = _keys(f"{at} {key}", table[key], LANGS)
                values[key] = {lang: _text(f"{at} {key}.{lang}", texts[lang], allowed) for lang in LANGS}
                if fields_of(values[key]["fr"]) != fields_of(values[key]["en"]):
                    raise TemplateError(f"{at} {key}: the languages use different placeholders")
            sections[section] = values
        else:
            blank_ok = {"unknown_date", "blank"}
            sections[section] = {
                key: _text(f"{at} {key}", table[key], allowed, empty=key in blank_ok)
                for key, allowed in fields.items()
            }
    return Common(**sections)


# --- loading ------------------------------------------------------------------------------------------


def _load(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(f"{path}: not valid TOML ({exc})") from None
    except OSError as exc:
        raise TemplateError(f"{path}: cannot be read ({exc.strerror}); reinstall KKO Guard") from None


def letters_dir() -> Path:
    return resources_dir() / "letters"


def load_template(path: Path) -> Template:
    template = parse_template(_load(path), path.name)
    if template.kind != path.stem:
        raise TemplateError(f"{path.name}: kind {template.kind!r} does not match the file name")
    return template


@cache
def template(kind: str) -> Template:
    """The bundled template for a kind, read and checked once."""
    if kind not in KINDS:
        raise TemplateError(f"unknown letter kind {kind!r}; known: {', '.join(KINDS)}")
    return load_template(letters_dir() / f"{kind}.toml")


@cache
def grounds() -> tuple[Ground, ...]:
    return parse_grounds(_load(letters_dir() / "grounds.toml"), "grounds.toml")


@cache
def common() -> Common:
    return parse_common(_load(letters_dir() / "common.toml"), "common.toml")


def check_all() -> None:
    """Load every bundled letter resource (tests, and `kkoguard letter` before writing anything)."""
    for kind in KINDS:
        template(kind)
    grounds()
    common()
