"""A case becomes a letter draft: pure, no I/O but the bundled templates and guides, easy to test.

What goes in each letter is decided here from the case file: which charges (the disputed ones), the first
written complaint and its answer (for the escalation and the mediator), the chronology, the attachments,
the recipient's address and how far it can be trusted. The words come from resources/letters/.

Recipient priority: an address typed by the user > an address printed on the user's own bill > the operator
guide's contact > nothing (blank lines to fill by hand). Whatever is used, the draft says where it came from
and what to check, in `warnings`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from kkoguard.dossier.deadlines import add_months
from kkoguard.dossier.model import (
    CaseFile,
    Channel,
    ChargeRecord,
    Direction,
    Entry,
    Evidence,
    EvidenceKind,
    LetterKind,
    Party,
)
from kkoguard.formatting import format_date, format_money
from kkoguard.letters import templates as tpl
from kkoguard.letters.draft import (
    BodyBlock,
    ChargeRow,
    Charges,
    ChargesTable,
    Chronology,
    Event,
    GroundLine,
    Grounds,
    ItemList,
    LetterDraft,
    Notice,
    Para,
)
from kkoguard.report import operator_name

PRODUCTS = ("mobile", "box")
# How the dossier files each kind: (letter kind, recipient).
FILING: dict[str, tuple[LetterKind, Party]] = {
    "refund": (LetterKind.REFUND, Party.CUSTOMER_SERVICE),
    "escalation": (LetterKind.ESCALATION, Party.CONSUMER_SERVICE),
    "termination": (LetterKind.TERMINATION, Party.MERCHANT),
    "mediator": (LetterKind.MEDIATOR, Party.MEDIATOR),
    "signalconso": (LetterKind.OTHER, Party.AUTHORITY),
}
_WRITTEN = frozenset({Channel.LETTER, Channel.EMAIL, Channel.WEB_FORM, Channel.CHAT})
_OPERATOR = frozenset({Party.CUSTOMER_SERVICE, Party.CONSUMER_SERVICE})
MAX_LISTED_BILLS = 4  # more, and « Réf. : » gives their range instead of each one
_SENDER_ONLY = frozenset({"holder", "address"})  # missing ones have their own warning


class LetterError(ValueError):
    """The letter cannot be composed as asked; `code` for tests and the CLI, a sentence for people."""

    def __init__(self, code: str, fr: str, en: str) -> None:
        super().__init__(en)
        self.code = code
        self.fr = fr
        self.en = en

    def message(self, lang: str = "fr") -> str:
        return self.en if lang.lower().startswith("en") else self.fr


# --- French -------------------------------------------------------------------------------------------

_VOWEL = re.compile(r"^[aeiouyàâäéèêëîïôöùûüœæh]", re.IGNORECASE)
_H_MUET = re.compile(r"^h(?:ôtel|ôpital|abitat|armonie)", re.IGNORECASE)


def of(name: str) -> str:
    """« d'Orange », « de SFR », « de Bouygues Telecom »."""
    if _VOWEL.match(name) and (not name.lower().startswith("h") or _H_MUET.match(name)):
        return f"d'{name}"
    return f"de {name}"


def with_preposition(preposition: str, phrase: str) -> str:
    """« à » or « de » before a noun phrase that starts with its article: au, du, aux, des, à l', d'un."""
    lowered = phrase.lower()
    if lowered.startswith("le "):
        return ("au " if preposition == "à" else "du ") + phrase[3:]
    if lowered.startswith("les "):
        return ("aux " if preposition == "à" else "des ") + phrase[4:]
    if preposition == "de" and _VOWEL.match(phrase) and not lowered.startswith("h"):
        return f"d'{phrase}"
    return f"{preposition} {phrase}"


def join_names(names: Sequence[str], word_and: str) -> str:
    """« A », « A et B », « A, B et C »."""
    names = [n for n in names if n]
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {word_and} {names[-1]}"


_MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}}|1er) ({_MONTHS})\b")


def french_spacing(text: str) -> str:
    """No-break spaces where French typography puts them: before « : », inside « », narrow before ; ! ?,
    after « n° », between a day and its month (« 3 mars » never split over two lines)."""
    text = re.sub(r"\bn° ", "n°\u00a0", text)
    text = _DAY_MONTH.sub("\\1\u00a0\\2", text)
    text = re.sub(r"[ \u00a0\u202f]+:", "\u00a0:", text)
    text = re.sub(r"[ \u00a0\u202f]+([;!?])", "\u202f\\1", text)
    text = re.sub(r"«[ \u00a0\u202f]*", "«\u00a0", text)
    return re.sub(r"[ \u00a0\u202f]*»", "\u00a0»", text)


def format_line(number: str | None) -> str | None:
    """A French number as people write it, never split over two lines: « 06 12 34 56 78 » (no-break
    spaces); anything else as given."""
    if not number or not number.strip():
        return None
    digits = re.sub(r"[\s.-]", "", number)
    if re.fullmatch(r"0\d{9}", digits):
        return "\u00a0".join(digits[i : i + 2] for i in range(0, 10, 2))
    return " ".join(number.split())


def city_of(address: Sequence[str]) -> str | None:
    """The town on an address's « 69003 Lyon » line (CEDEX dropped, capitals softened)."""
    for line in reversed(address):
        match = re.match(r"^\s*(?:F-)?\d{5}\s+(.+?)\s*$", line)
        if match:
            town = re.sub(r"\s+cedex(?:\s*\d+)?$", "", match.group(1), flags=re.IGNORECASE).strip()
            if not town:
                return None
            return town.title() if town.isupper() else town
    return None


def _lines(text: str | Iterable[str] | None) -> tuple[str, ...]:
    if text is None:
        return ()
    raw = text.splitlines() if isinstance(text, str) else list(text)
    return tuple(line.strip() for line in raw if line and line.strip())


# --- the case's history -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Sent:
    """A written complaint: a letter marked sent, or a written entry of the log."""

    on: date
    tracking: str | None
    received: date | None

    @property
    def start(self) -> date:
        """When the answer delay starts: the acknowledgement of receipt if known, else the sending date."""
        return self.received if self.received is not None and self.received >= self.on else self.on


def whole(number: str | None) -> str | None:
    """A registered-mail number as one unbreakable word: « 1A 234 567 8901 2 » is never split."""
    return " ".join(number.split()).replace(" ", "\u00a0") if number and number.strip() else None


def _complaints(case_file: CaseFile, party: Party) -> list[_Sent]:
    sent_letters = {x.id for x in case_file.letters if x.sent_on is not None}
    out = [
        _Sent(x.sent_on, whole(x.tracking_number), x.received_on)
        for x in case_file.letters
        if x.recipient is party and x.sent_on is not None
    ]
    out += [
        _Sent(e.on, None, None)
        for e in case_file.entries
        if e.party is party
        and e.direction is Direction.OUTGOING
        and (e.written or e.channel in _WRITTEN)
        and e.letter_id not in sent_letters
    ]
    return sorted(out, key=lambda s: (s.on, s.tracking is None))


def _reply(case_file: CaseFile, party: Party, after: _Sent | None) -> Entry | None:
    if after is None:
        return None
    replies = [
        e
        for e in case_file.entries
        if e.direction is Direction.INCOMING and e.party is party and e.on >= after.on
    ]
    return min(replies, key=lambda e: (e.on, e.id), default=None)


# --- composing ----------------------------------------------------------------------------------------


class _Notices:
    """The warnings of one draft, in both languages."""

    def __init__(self, words: tpl.Common) -> None:
        self.words = words
        self.items: list[Notice] = []

    def add(self, code: str, **values: str | tuple[str, str]) -> None:
        """A value is one text for both languages, or (French, English)."""
        texts = self.words.warning[code]
        fr = {k: v[0] if isinstance(v, tuple) else v for k, v in values.items()}
        en = {k: v[1] if isinstance(v, tuple) else v for k, v in values.items()}
        self.items.append(Notice(code, texts["fr"].format(**fr), texts["en"].format(**en)))


def _bilingual(text: Any) -> tuple[str, str]:
    """The guide's check text (kkoguard.guides.Text: .fr and .en) as a pair."""
    fr = getattr(text, "fr", None)
    en = getattr(text, "en", None)
    if isinstance(fr, str) and isinstance(en, str):
        return fr, en
    return str(text), str(text)


@dataclass
class _Writer:
    """Fills placeholders and remembers which values were missing."""

    values: Mapping[str, str | None]
    blank: str
    missing: set[str]

    def fill(self, text: str) -> str:
        names = tpl.fields_of(text)
        for name in names:
            if not self.values.get(name):
                self.missing.add(name)
        filled = text.format_map({name: self.values.get(name) or self.blank for name in names})
        return french_spacing(filled)


def _gist(reply: Entry | None) -> str | None:
    """What a reply said, to quote inside « »: one line, without its final full stop."""
    if reply is None:
        return None
    return " ".join(reply.summary.split()).rstrip(".").strip() or None


def _disputed(case_file: CaseFile, merchant: str | None) -> list[tuple[ChargeRecord, Evidence]]:
    wanted = merchant.casefold().strip() if merchant else None
    pairs = [
        (charge, ev)
        for ev in case_file.evidence
        for charge in ev.charges
        if charge.disputed and (wanted is None or (charge.merchant or "").casefold().strip() == wanted)
    ]
    return sorted(
        pairs, key=lambda p: (p[0].charged_on or p[1].invoice_date or p[1].added_on, p[1].id, p[0].id)
    )


def numbered_charges(
    case_file: CaseFile, kind: str = "refund", merchant: str | None = None
) -> list[tuple[int, ChargeRecord, Evidence]]:
    """The disputed charges as the letter of this kind lists them, each with its number in the letter's
    table (from 1): the bill copies sent with the letter number their outlines the same way."""
    pairs = _disputed(case_file, merchant if kind == "termination" else None)
    return [(number, charge, ev) for number, (charge, ev) in enumerate(pairs, start=1)]


def numbers_text(numbers: Sequence[int], words: tpl.Common | None = None) -> str:
    """« 3 », « 3 à 5 », « 1, 3 et 4 »: the numbers of the lines on a bill or a page, as one says them."""
    words = words or tpl.common()
    ordered = sorted(set(numbers))
    if not ordered:
        return ""
    if len(ordered) > 2 and ordered[-1] - ordered[0] == len(ordered) - 1:
        return words.copies["range"].format(first=ordered[0], last=ordered[-1])
    return join_names([str(n) for n in ordered], words.words["and"])


def guide_contact(slug: str | None, role: str, product: str) -> Any | None:
    """The operator guide's contact for this role (None when there is none or the guide is unreadable)."""
    from kkoguard import guides

    try:
        return guides.recipient(slug, role, product)
    except ValueError:  # GuideError included: a damaged guide file means "no address known"
        return None


def compose(
    kind: str,
    case_file: CaseFile,
    *,
    today: date,
    place: str | None = None,
    product: str = "mobile",
    printed_address: Sequence[str] | None = None,
    recipient_override: Sequence[str] | None = None,
    option_name: str | None = None,
    merchant: str | None = None,
    registered_number: str | None = None,
    invoice_numbers: Mapping[int, str] | None = None,
) -> LetterDraft:
    """The letter of this kind for this case, as of `today`.

    `merchant` limits a termination letter to one publisher's charges; `registered_number` is the La Poste
    number when already known (else a blank to fill by hand); `invoice_numbers` maps an evidence id to the
    invoice number printed on that bill, over the one the dossier kept (bills stored since version 3).
    """
    if kind not in tpl.KINDS:
        raise LetterError(
            "unknown_kind",
            f"Type de courrier inconnu : {kind}. Types possibles : {', '.join(tpl.KINDS)}.",
            f"Unknown letter kind: {kind}. Kinds: {', '.join(tpl.KINDS)}.",
        )
    if product not in PRODUCTS:
        raise LetterError(
            "unknown_product",
            f"Produit inconnu : {product} (mobile ou box).",
            f"Unknown product: {product} (mobile or box).",
        )
    template = tpl.template(kind)
    words = tpl.common()
    w = words.words
    case = case_file.case
    letter_kind, party = FILING[kind]
    notices = _Notices(words)
    notice = notices.add

    # The charges.
    only = merchant if kind == "termination" else None
    pairs = _disputed(case_file, only)
    rows = tuple(
        ChargeRow(c.charged_on, c.label.strip(), (c.merchant or "").strip(), c.amount) for c, _ in pairs
    )
    total = sum((r.amount for r in rows), Decimal("0.00"))
    merchants: list[str] = []
    for row in rows:
        if row.merchant and row.merchant.casefold() not in {m.casefold() for m in merchants}:
            merchants.append(row.merchant)
    if not merchants and kind != "termination":
        merchants = [m.strip() for m in case.merchants if m.strip()]
    if merchant and kind == "termination":
        merchants = [merchant.strip()]
    dated = sorted(r.day for r in rows if r.day is not None)

    # The history.
    cs_all = _complaints(case_file, Party.CUSTOMER_SERVICE)
    consumer_all = _complaints(case_file, Party.CONSUMER_SERVICE)
    first = cs_all[0] if cs_all else None
    consumer = consumer_all[0] if consumer_all else None
    reply = _reply(case_file, Party.CUSTOMER_SERVICE, first)
    consumer_reply = _reply(case_file, Party.CONSUMER_SERVICE, consumer)
    new_rows = [r for r in rows if first is not None and r.day is not None and r.day > first.on]
    refunded = case.refunded if kind != "termination" else Decimal("0.00")

    operator = operator_name(case.operator) if case.operator else None
    holder = (case.holder_name or "").strip() or None
    address = _lines(case.holder_address)

    def count_phrase(n: int) -> str:
        return (w["charge_one"] if n == 1 else w["charge_many"]).format(count=n)

    def day(value: date | None) -> str | None:
        return format_date(value) if value is not None else None

    period = None
    if dated:
        period = (
            w["period_one"].format(date=format_date(dated[0]))
            if dated[0] == dated[-1]
            else w["period_many"].format(first=format_date(dated[0]), last=format_date(dated[-1]))
        )
    values: dict[str, str | None] = {
        "holder": holder,
        "address": ", ".join(address) or None,
        "operator": operator,
        "of_operator": of(operator) if operator else None,
        "line": format_line(case.line_number),
        "account": (case.account_number or "").strip() or None,
        "total": format_money(total) if rows else None,
        "count": str(len(rows)) if rows else None,
        "charges": count_phrase(len(rows)) if rows else None,
        "first_date": day(dated[0]) if dated else None,
        "last_date": day(dated[-1]) if dated else None,
        "period": period,
        "merchants": join_names(merchants, w["and"]) or None,
        "merchant": join_names(merchants, w["and"]) or None,
        "option": (option_name or "").strip() or None,
        "today": format_date(today),
        "deadline": format_date(add_months(today, 1)),
        "first_letter_date": day(first.on) if first else None,
        "tracking_number": first.tracking if first else None,
        "received_date": day(first.received) if first else None,
        "reply_date": day(reply.on) if reply else None,
        "reply_gist": _gist(reply),
        "new_charges": count_phrase(len(new_rows)) if new_rows else None,
        "new_total": format_money(sum((r.amount for r in new_rows), Decimal("0.00"))) if new_rows else None,
        "consumer_letter_date": day(consumer.on) if consumer else None,
        "consumer_tracking_number": consumer.tracking if consumer else None,
        "consumer_received_date": day(consumer.received) if consumer else None,
        "consumer_reply_date": day(consumer_reply.on) if consumer_reply else None,
        "consumer_reply_gist": _gist(consumer_reply),
        "refunded": format_money(refunded) if refunded > 0 else None,
        "remaining": format_money(max(Decimal("0.00"), total - refunded)) if refunded > 0 else None,
    }
    assert set(values) == tpl.PLACEHOLDERS, sorted(set(values) ^ tpl.PLACEHOLDERS)
    flags = {
        "line": values["line"] is not None,
        "account": values["account"] is not None,
        "merchant": bool(merchants),
        "several_merchants": len(merchants) > 1,
        "option": values["option"] is not None,
        "first_letter": first is not None,
        "tracking": first is not None and first.tracking is not None,
        "received": first is not None and first.received is not None,
        "reply": reply is not None,
        "reply_gist": values["reply_gist"] is not None,
        "new_charges": bool(new_rows),
        "consumer_letter": consumer is not None,
        "consumer_tracking": consumer is not None and consumer.tracking is not None,
        "consumer_received": consumer is not None and consumer.received is not None,
        "consumer_reply": consumer_reply is not None,
        "consumer_reply_gist": values["consumer_reply_gist"] is not None,
        "sms_plus": any(c.kind == "sms_plus" for c, _ in pairs),
        "internet_plus": any(c.kind == "internet_plus" for c, _ in pairs),
        "refunds": refunded > 0,
    }
    assert set(flags) == tpl.FLAGS, sorted(set(flags) ^ tpl.FLAGS)
    on = {name for name, value in flags.items() if value}
    writer = _Writer(values, w["blank"], set())
    fill = writer.fill

    def party_phrase(who: Party) -> str:
        return french_spacing(words.party[who.value].format(of_operator=values["of_operator"] or w["blank"]))

    # The body.
    body: list[BodyBlock] = []
    for block in template.blocks:
        if not block.when.holds(on):
            continue
        if block.type in ("paragraph", "heading"):
            text = block.text + "".join(part.text for part in block.items if part.when.holds(on))
            body.append(Para(block.id, fill(text), heading=block.type == "heading"))
        elif block.type == "list":
            items = tuple(fill(item.text) for item in block.items if item.when.holds(on))
            if items:
                body.append(ItemList(block.id, fill(block.text) if block.text else "", items, block.numbered))
        elif block.type == "charges":
            if rows:
                label = w["total_one"] if len(rows) == 1 else w["total_many"]
                table = ChargesTable(
                    rows,
                    total,
                    (w["col_date"], w["col_label"], w["col_merchant"], w["col_amount"]),
                    label.format(count=len(rows)),
                    w["unknown_date"],
                    w["col_number"],
                )
                body.append(Charges(block.id, fill(block.text) if block.text else "", table))
        elif block.type == "grounds":
            cited = tuple(
                GroundLine(g.id, g.cite, fill(g.text))
                for g in tpl.grounds()
                if kind in g.kinds and g.confidence in tpl.CITABLE and g.when.holds(on)
            )
            if cited:
                body.append(Grounds(block.id, fill(block.text) if block.text else "", cited))
        elif block.type == "chronology":
            events = _chronology(case_file, rows, words, party_phrase)
            if events:
                headers = (w["col_event_date"], w["col_event"])
                body.append(Chronology(block.id, fill(block.text) if block.text else "", headers, events))

    subject = fill(template.subject)
    closing = fill(template.closing) if template.closing else ""
    attachments: list[str] = []
    for attachment in template.attachments:
        if not attachment.when.holds(on):
            continue
        if attachment.text:
            attachments.append(fill(attachment.text))
        else:
            attachments += _auto_attachments(
                attachment.auto, case_file, pairs, words, party_phrase, invoice_numbers or {}
            )

    letter = template.format == "letter"
    # The sender, the recipient, the place and the references.
    if letter and holder is None:
        notice("no_holder_name")
    if letter and not address:
        notice("no_holder_address")
    sender = ((holder or w["blank"]),) + (address or (w["blank"], w["blank"]))
    recipient: tuple[str, ...] = ()
    origin, confidence = "none", None
    if letter:
        recipient, origin, confidence = _recipient(
            template.role,
            case.operator,
            product,
            _lines(printed_address) or case_file.printed_address(template.role) or (),
            _lines(recipient_override),
            notice,
            kind == "termination",
            values["merchant"] or w["blank"],
        )
        if not recipient:
            recipient = (w["blank"],) * 3
    origin_texts = words.origin[origin]
    if confidence is not None:
        level = words.origin.get(confidence, words.origin["uncertain"])
        origin_pair = (
            origin_texts["fr"].format(confidence=level["fr"]),
            origin_texts["en"].format(confidence=level["en"]),
        )
    else:
        origin_pair = (origin_texts["fr"], origin_texts["en"])
    town = (place or "").strip() or city_of(address)
    place_date = french_spacing(
        w["place_date"].format(place=town, date=format_date(today))
        if town
        else w["date_only"].format(date=format_date(today))
    )
    registered = ""
    if letter:
        number = whole(registered_number)
        line = w["registered"].format(number=number) if number else w["registered_blank"]
        registered = french_spacing(line)
    references: list[str] = []
    if letter:
        if values["line"]:
            references.append(fill(w["ref_line"]))
        if values["account"]:
            references.append(fill(w["ref_account"]))
        bills = _bill_refs(pairs, words, invoice_numbers or {})
        if bills:
            references.append(french_spacing(w["ref_bills"].format(bills=" ; ".join(bills))))

    # What the user should know before printing.
    if not rows:
        notice("no_charges")
    undated = sum(1 for r in rows if r.day is None)
    if undated:
        notice("undated_charges", count=str(undated))
    if kind == "termination" and len(merchants) > 1:
        notice("several_merchants", merchants=join_names(merchants, w["and"]))
    if kind == "escalation":
        if first is None:
            notice("no_first_letter")
        elif reply is None and today < add_months(first.start, 1):
            notice("too_early", date=format_date(add_months(first.start, 1)))
    if kind == "mediator":
        _mediator_notices(first, consumer, reply, consumer_reply, today, notice)
    missing = sorted(writer.missing - _SENDER_ONLY, key=lambda n: list(tpl.PLACEHOLDERS).index(n))
    if missing:
        fr_names = ", ".join(dict.fromkeys(words.value[n]["fr"] for n in missing))
        en_names = ", ".join(dict.fromkeys(words.value[n]["en"] for n in missing))
        notice("unknown_values", names=(fr_names, en_names))

    return LetterDraft(
        kind=kind,
        format=template.format,
        title=template.title,
        letter_kind=letter_kind,
        party=party,
        day=today,
        sender=sender if letter else (),
        recipient=recipient,
        recipient_origin=origin,
        recipient_confidence=confidence,
        origin_text=origin_pair,
        place_date=place_date if letter else "",
        registered=registered,
        subject=french_spacing(w["subject"].format(subject=subject)) if letter else subject,
        references=tuple(references),
        references_label=french_spacing(w["references"]),
        salutation=template.salutation,
        body=tuple(body),
        closing=closing,
        signature=holder or w["blank"],
        attachments_label=french_spacing(w["attachments"]),
        attachments=tuple(dict.fromkeys(attachments)),
        warnings=tuple(notices.items),
        running_head=french_spacing(
            w["running_head"].format(holder=holder or "", date=format_date(today)).strip(" —")
        ),
        page_label=w["page"],
    )


def _recipient(
    role: str,
    operator: str | None,
    product: str,
    printed: tuple[str, ...],
    typed: tuple[str, ...],
    notice: Callable[..., None],
    to_merchant: bool,
    merchant: str,
) -> tuple[tuple[str, ...], str, str | None]:
    """(lines, origin, confidence) by priority: typed > printed on the bill > guide > none."""
    if typed:
        return typed, "typed", None
    if printed:
        return printed, "bill", None
    contact = guide_contact(operator, role, product) if role != "none" else None
    check = getattr(contact, "check", None)
    if contact is not None and contact.address:
        lines = tuple(contact.address)
        if contact.name and not any(contact.name.casefold() in line.casefold() for line in lines):
            lines = (contact.name, *lines)
        confidence = str(contact.confidence)
        if confidence not in ("sure", "likely"):
            if check is not None:
                notice("check_address", check=_bilingual(check))
            else:
                notice("address_uncertain")
        elif role == "mediator":
            notice("mediator_online")
        return lines, "guide", confidence
    if to_merchant:
        notice("no_merchant_address", merchant=merchant)
    elif check is not None:
        notice("check_address", check=_bilingual(check))
    else:
        notice("no_address")
    return (), "none", None


def _mediator_notices(
    first: _Sent | None,
    consumer: _Sent | None,
    reply: Entry | None,
    consumer_reply: Entry | None,
    today: date,
    notice: Callable[..., None],
) -> None:
    earliest = min((s for s in (first, consumer) if s is not None), key=lambda s: s.on, default=None)
    if earliest is None:
        notice("mediator_no_complaint")
        return
    limit = add_months(earliest.on, 12)
    if today > limit:
        notice("mediator_late", date=format_date(limit))
    if reply is None and consumer_reply is None:
        ready = [add_months(first.start, 2)] if first is not None else []
        if consumer is not None:
            ready.append(add_months(consumer.start, 1))
        when = min(ready)
        if today < when:
            notice("mediator_too_early", date=format_date(when))


def _chronology(
    case_file: CaseFile, rows: Sequence[ChargeRow], words: tpl.Common, party_phrase: Callable[[Party], str]
) -> tuple[Event, ...]:
    c = words.chronology
    events: list[tuple[date, int, int, Event]] = []

    def add(day: date, rank: int, text: str, detail: str = "") -> None:
        events.append((day, rank, len(events), Event(day, french_spacing(text), detail)))

    dated = [r for r in rows if r.day is not None]
    if dated:
        one = dated[0]
        merchant = one.merchant or words.words["unknown_date"]
        add(
            one.day or date.min,
            0,
            c["first_charge"].format(amount=format_money(one.amount), merchant=merchant),
        )
    if len(dated) > 1:
        last = dated[-1]
        merchant = last.merchant or words.words["unknown_date"]
        text = c["last_charge"].format(amount=format_money(last.amount), merchant=merchant, count=len(rows))
        add(last.day or date.max, 2, text)
    sent = {x.id: x for x in case_file.letters if x.sent_on is not None}
    for letter in sorted(sent.values(), key=lambda x: (x.sent_on or date.min, x.id)):
        assert letter.sent_on is not None
        to_party = with_to(party_phrase(letter.recipient))
        number = whole(letter.tracking_number)
        text = (
            c["letter_tracked"].format(to_party=to_party, number=number)
            if number
            else c["letter"].format(to_party=to_party)
        )
        add(letter.sent_on, 3, text)
        if letter.received_on is not None:
            add(letter.received_on, 4, c["received"].format(date=format_date(letter.sent_on)))
    for entry in sorted(case_file.entries, key=lambda e: (e.on, e.id)):
        if entry.direction is Direction.OUTGOING and entry.letter_id in sent:
            continue  # told with its letter
        channel = words.channel[entry.channel.value]
        phrase = party_phrase(entry.party)
        if entry.direction is Direction.OUTGOING:
            text = c["outgoing"].format(channel=channel, to_party=with_to(phrase))
        else:
            text = c["incoming"].format(channel=channel, from_party=with_from(phrase))
        summary = " ".join(entry.summary.split())
        detail = french_spacing(c["summary"].format(text=summary)) if summary else ""
        add(entry.on, 5, text, detail)
    for refund in case_file.refunds:
        add(refund.on, 6, c["refund"].format(amount=format_money(refund.amount)))
    return tuple(e for *_, e in sorted(events, key=lambda e: e[:3]))


def with_to(phrase: str) -> str:
    return with_preposition("à", phrase)


def with_from(phrase: str) -> str:
    return with_preposition("de", phrase)


def _bill_refs(
    pairs: Sequence[tuple[ChargeRecord, Evidence]], words: tpl.Common, numbers: Mapping[int, str]
) -> list[str]:
    """The bills the charges are on, for « Réf. : »; a range when there are many (all are attached)."""
    w = words.words
    bills = sorted(
        {ev.id: ev for _, ev in pairs if ev.invoice_date is not None}.values(),
        key=lambda ev: (ev.invoice_date, ev.id),
    )
    dates = [ev.invoice_date for ev in bills if ev.invoice_date is not None]
    if len(bills) > MAX_LISTED_BILLS:
        return [
            w["ref_bills_many"].format(
                count=len(bills), first=format_date(dates[0]), last=format_date(dates[-1])
            )
        ]
    out: list[str] = []
    for ev, when in zip(bills, dates, strict=True):
        number = (numbers.get(ev.id) or ev.invoice_number or "").strip()
        day = format_date(when)
        out.append(
            w["ref_bill_number"].format(number=number, date=day) if number else w["ref_bill"].format(date=day)
        )
    return out


def _auto_attachments(
    auto: str,
    case_file: CaseFile,
    pairs: Sequence[tuple[ChargeRecord, Evidence]],
    words: tpl.Common,
    party_phrase: Callable[[Party], str],
    numbers: Mapping[int, str],
) -> list[str]:
    a = words.attachment
    out: list[str] = []
    if auto == "bills":
        bills = sorted(
            {ev.id: ev for _, ev in pairs}.values(), key=lambda ev: (ev.invoice_date or ev.added_on, ev.id)
        )
        for ev in bills:
            when = format_date(ev.invoice_date or ev.added_on)
            number = (numbers.get(ev.id) or ev.invoice_number or "").strip()
            on_bill = [n for n, (_, other) in enumerate(pairs, start=1) if other.id == ev.id]
            lines = words.copies["attached"].format(numbers=numbers_text(on_bill, words))
            out.append(
                a["bill_number"].format(date=when, number=number, lines=lines)
                if number
                else a["bill"].format(date=when, lines=lines)
            )
    elif auto == "letters":
        sent = sorted(
            (x for x in case_file.letters if x.sent_on is not None), key=lambda x: (x.sent_on, x.id)
        )
        for letter in sent:
            assert letter.sent_on is not None
            to_party = with_to(party_phrase(letter.recipient))
            when = format_date(letter.sent_on)
            tracking = whole(letter.tracking_number)
            out.append(
                a["letter_tracked"].format(date=when, to_party=to_party, number=tracking)
                if tracking
                else a["letter"].format(date=when, to_party=to_party)
            )
    elif auto == "replies":
        replies = sorted(
            (
                e
                for e in case_file.entries
                if e.direction is Direction.INCOMING and (e.written or e.channel in _WRITTEN)
            ),
            key=lambda e: (e.on, e.id),
        )
        for entry in replies:
            out.append(
                a["reply"].format(from_party=with_from(party_phrase(entry.party)), date=format_date(entry.on))
            )
    elif auto == "documents":
        kinds = (EvidenceKind.SCREENSHOT, EvidenceKind.PHOTO, EvidenceKind.DOCUMENT)
        for ev in sorted(case_file.evidence, key=lambda ev: (ev.added_on, ev.id)):
            if ev.kind in kinds and ev.title.strip():
                out.append(a["document"].format(title=" ".join(ev.title.split())))
    return [french_spacing(line) for line in out]
