"""What should I do next, and by when? The complaint ladder's time limits applied to one case's log.

The limits (durations, what starts each clock, the sentences and their legal sources) are data in
`resources/deadlines/ladder.toml`; this module only reads the correspondence log to find when each clock
started. How the log is read:

- a *written complaint* is an outgoing entry with a written trace (`written`, or a letter, e-mail, web form
  or chat) to the customer service (step 1), the consumer service (step 2) or the mediator (the referral); a
  letter marked sent with a date but missing from the log counts too. Phone calls never count;
- an answer delay runs from the date on the acknowledgement of receipt when the entry's letter has one, else
  from the sending date; the mediator's one-year limit runs from the sending date of the first written
  complaint to the operator;
- an incoming entry from the same party after a complaint is its reply; the first incoming entry from the
  mediator after the referral is taken as its admissibility notice.
"""

from __future__ import annotations

import calendar
import string
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from kkoguard.dossier.model import (
    CaseFile,
    CaseStatus,
    Channel,
    Direction,
    Entry,
    Letter,
    LetterStatus,
    Party,
)
from kkoguard.formatting import format_date, format_money
from kkoguard.paths import resources_dir

LANGS = ("fr", "en")
CONFIDENCES = frozenset({"sure", "likely", "uncertain"})
WRITTEN_CHANNELS = frozenset({Channel.LETTER, Channel.EMAIL, Channel.WEB_FORM, Channel.CHAT})
OPERATOR = frozenset({Party.CUSTOMER_SERVICE, Party.CONSUMER_SERVICE})
LADDER_PARTIES = OPERATOR | {Party.MEDIATOR}

# What can start a clock (see ladder.toml for the meaning of each).
STARTS = frozenset(
    {
        "payment",
        "cs_complaint_received",
        "consumer_complaint_received",
        "first_written_complaint",
        "mediator_referral_received",
        "mediator_notice",
    }
)
# The rules the engine reads; ladder.toml must define exactly these.
RULE_IDS = frozenset(
    {
        "payment_limit",
        "cs_answer",
        "escalate_consumer",
        "mediator_direct",
        "consumer_answer",
        "mediator_after_consumer",
        "mediator_limit",
        "mediator_rejection",
        "mediator_outcome",
    }
)
# Each step and phrase, and the placeholders the engine fills in for it.
STEP_FIELDS: dict[str, frozenset[str]] = {
    "all_refunded": frozenset({"refunded", "claimed"}),
    "send_refund": frozenset(),
    "send_letter": frozenset({"title"}),
    "print_letter": frozenset({"title"}),
    "date_letter": frozenset({"title"}),
    "cs_wait": frozenset({"date"}),
    "escalate_consumer": frozenset({"due", "direct"}),
    "mediator_direct": frozenset({"due"}),
    "cs_replied": frozenset({"reply"}),
    "consumer_wait": frozenset({"date"}),
    "mediator_after_consumer": frozenset({"due"}),
    "consumer_replied": frozenset({"reply"}),
    "mediator_before_limit": frozenset({"limit", "due"}),
    "mediator_limit_passed": frozenset({"limit"}),
    "mediator_wait_admissibility": frozenset({"date"}),
    "mediator_no_news": frozenset({"due"}),
    "mediator_wait_outcome": frozenset({"date", "notice"}),
    "mediator_late": frozenset({"due"}),
    "mediator_answered": frozenset({"reply"}),
    "mediator_unlogged": frozenset(),
}
PHRASE_FIELDS: dict[str, frozenset[str]] = {
    "from_received": frozenset({"start"}),
    "from_sent": frozenset({"start"}),
    "calls_only": frozenset(),
    "waiting_unlogged": frozenset(),
    "payment_note": frozenset({"paid", "date"}),
    "payment_passed": frozenset({"paid", "date"}),
    "no_dated_charges": frozenset(),
    "limit_note": frozenset({"limit"}),
    "meanwhile": frozenset({"next"}),
}


class LadderError(ValueError):
    """ladder.toml is malformed; the message names the file, the entry and what is wrong."""


@dataclass(frozen=True)
class Rule:
    """One time limit of the ladder, as written in ladder.toml."""

    id: str
    starts: str
    months: int
    days: int
    source: str
    confidence: str
    titles: Mapping[str, str]  # language -> title
    actions: Mapping[str, str]  # language -> action sentence

    def due(self, start: date) -> date:
        return add_months(start, self.months) + timedelta(days=self.days)


@dataclass(frozen=True)
class Ladder:
    source: str
    checked: date
    urgent_days: int
    rules: Mapping[str, Rule]  # in file order
    steps: Mapping[str, Mapping[str, tuple[str, str]]]  # step -> language -> (action, why)
    phrases: Mapping[str, Mapping[str, str]]  # phrase -> language -> sentence


@dataclass(frozen=True)
class Deadline:
    """A dated limit that applies to the case. `done`: the step it waits for already happened."""

    rule: str
    due: date
    title: str
    action: str
    source: str
    done: bool
    start: date  # what started the clock (a charge date, a complaint's receipt, a notice…)
    confidence: str  # sure / likely / uncertain, as in ladder.toml
    amount: Decimal | None = None  # payment_limit: the disputed amount charged on `start`


@dataclass(frozen=True)
class NextStep:
    """The single answer to "what should I do next, and by when?"."""

    action: str
    by: date | None  # do it (or wait) until this date; None when no date applies
    rule: str | None  # the ladder rule `by` comes from
    why: str
    urgent: bool  # a limit that costs the user something is near or passed
    step: str = ""  # the situation, as named in ladder.toml [step.*] (for tests and the UI)
    letter_id: int | None = None  # the prepared letter to send, for send_letter / print_letter


# --- dates ------------------------------------------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    """`day` plus calendar months; a day the target month lacks becomes its last (31 Jan + 1 = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# --- loading ----------------------------------------------------------------------------------------------


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _check_keys(
    where: str, table: Mapping[str, Any], required: Iterable[str], optional: Iterable[str] = ()
) -> None:
    required = set(required)
    unknown = sorted(set(table) - required - set(optional))
    if unknown:
        raise LadderError(f"{where}: unknown key(s) {', '.join(unknown)}")
    missing = sorted(required - set(table))
    if missing:
        raise LadderError(f"{where}: missing {', '.join(missing)}")


def _text(where: str, value: Any, allowed: frozenset[str]) -> str:
    if not isinstance(value, str) or not value.strip():
        raise LadderError(f"{where}: must be a non-empty sentence")
    try:
        used = _fields(value)
    except ValueError as exc:
        raise LadderError(f"{where}: broken placeholder ({exc})") from None
    if not used <= allowed:
        extra = ", ".join("{" + n + "}" for n in sorted(used - allowed))
        raise LadderError(f"{where}: unknown placeholder(s) {extra}; allowed: {sorted(allowed)}")
    return value


def _same_fields(where: str, texts: Mapping[str, str]) -> None:
    fields = {lang: _fields(text) for lang, text in texts.items()}
    if len({frozenset(f) for f in fields.values()}) > 1:
        raise LadderError(f"{where}: the languages use different placeholders {fields}")


def _rule(where: str, raw: Any) -> Rule:
    if not isinstance(raw, dict):
        raise LadderError(f"{where}: must be a table")
    _check_keys(where, raw, ("id", "starts", "source", "confidence", *LANGS), ("days", "months"))
    rule_id = raw["id"]
    where = f"{where} ({rule_id})"
    if rule_id not in RULE_IDS:
        raise LadderError(f"{where}: unknown rule id; the engine knows {sorted(RULE_IDS)}")
    if raw["starts"] not in STARTS:
        raise LadderError(f"{where}: starts = {raw['starts']!r} is not one of {sorted(STARTS)}")
    if "days" not in raw and "months" not in raw:
        raise LadderError(f"{where}: give a duration (days or months)")
    months, days = raw.get("months", 0), raw.get("days", 0)
    for name, value in (("months", months), ("days", days)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise LadderError(f"{where}: {name} must be a whole number of at least 0")
    if months + days == 0:
        raise LadderError(f"{where}: the duration is zero")
    if not isinstance(raw["source"], str) or len(raw["source"].strip()) < 3:
        raise LadderError(f"{where}: source must name the legal source")
    if raw["confidence"] not in CONFIDENCES:
        raise LadderError(f"{where}: confidence must be one of {sorted(CONFIDENCES)}")
    allowed = frozenset({"start", "amount"} if raw["starts"] == "payment" else {"start"})
    titles, actions = {}, {}
    for lang in LANGS:
        texts = raw[lang]
        if not isinstance(texts, dict):
            raise LadderError(f"{where}: {lang} must be a table with title and action")
        _check_keys(f"{where} {lang}", texts, ("title", "action"))
        titles[lang] = _text(f"{where} {lang}.title", texts["title"], allowed)
        actions[lang] = _text(f"{where} {lang}.action", texts["action"], allowed)
    _same_fields(f"{where} title", titles)
    _same_fields(f"{where} action", actions)
    return Rule(rule_id, raw["starts"], months, days, raw["source"], raw["confidence"], titles, actions)


def _table(where: str, raw: Any) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise LadderError(f"{where}: must be a table")
    return raw


def parse_ladder(data: Mapping[str, Any], where: str = "ladder.toml") -> Ladder:
    """Check and read the ladder as loaded from TOML; LadderError says what is wrong and where."""
    _check_keys(where, data, ("source", "checked", "urgent_days", "rule", "step", "phrase"))
    if not isinstance(data["source"], str) or len(data["source"].strip()) < 20:
        raise LadderError(f"{where}: source must say where the facts come from")
    if not isinstance(data["checked"], date):
        raise LadderError(f"{where}: checked must be a TOML date (checked = 2026-11-25)")
    urgent_days = data["urgent_days"]
    if not isinstance(urgent_days, int) or isinstance(urgent_days, bool) or urgent_days < 0:
        raise LadderError(f"{where}: urgent_days must be a whole number of days")
    if not isinstance(data["rule"], list):
        raise LadderError(f"{where}: rules are written [[rule]]")
    rules: dict[str, Rule] = {}
    for index, raw in enumerate(data["rule"], 1):
        rule = _rule(f"{where} rule #{index}", raw)
        if rule.id in rules:
            raise LadderError(f"{where}: rule {rule.id} is defined twice")
        rules[rule.id] = rule
    missing = sorted(RULE_IDS - set(rules))
    if missing:
        raise LadderError(f"{where}: missing rule(s) {', '.join(missing)}")

    steps_raw = _table(f"{where} [step]", data["step"])
    _check_keys(f"{where} [step]", steps_raw, STEP_FIELDS)
    steps: dict[str, dict[str, tuple[str, str]]] = {}
    for name, allowed in STEP_FIELDS.items():
        at = f"{where} [step.{name}]"
        table = _table(at, steps_raw[name])
        _check_keys(at, table, LANGS)
        steps[name] = {}
        for lang in LANGS:
            texts = _table(f"{at} {lang}", table[lang])
            _check_keys(f"{at} {lang}", texts, ("action", "why"))
            action = _text(f"{at} {lang}.action", texts["action"], allowed)
            why = _text(f"{at} {lang}.why", texts["why"], allowed)
            steps[name][lang] = (action, why)
        _same_fields(f"{at} action", {lang: steps[name][lang][0] for lang in LANGS})
        _same_fields(f"{at} why", {lang: steps[name][lang][1] for lang in LANGS})

    phrases_raw = _table(f"{where} [phrase]", data["phrase"])
    _check_keys(f"{where} [phrase]", phrases_raw, PHRASE_FIELDS)
    phrases: dict[str, dict[str, str]] = {}
    for name, allowed in PHRASE_FIELDS.items():
        at = f"{where} [phrase.{name}]"
        table = _table(at, phrases_raw[name])
        _check_keys(at, table, LANGS)
        phrases[name] = {lang: _text(f"{at} {lang}", table[lang], allowed) for lang in LANGS}
        _same_fields(at, phrases[name])
    return Ladder(data["source"], data["checked"], urgent_days, rules, steps, phrases)


def load_ladder(path: Path) -> Ladder:
    try:
        with path.open("rb") as f:
            data = tomllib.load(f)
    except tomllib.TOMLDecodeError as exc:
        raise LadderError(f"{path}: not valid TOML ({exc})") from None
    return parse_ladder(data, str(path))


@cache
def ladder() -> Ladder:
    """The bundled ladder, read and checked once."""
    return load_ladder(resources_dir() / "deadlines" / "ladder.toml")


# --- reading the log --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Complaint:
    party: Party
    sent: date
    received: date | None  # date on the acknowledgement of receipt
    order: tuple[date, int]  # position in the log, to tell what came after

    @property
    def start(self) -> date:
        return self.received if self.received is not None and self.received >= self.sent else self.sent


@dataclass(frozen=True)
class _Log:
    complaints: tuple[_Complaint, ...]  # every written complaint, in log order
    cs: _Complaint | None
    consumer: _Complaint | None
    referral: _Complaint | None
    first: _Complaint | None  # first written complaint to the operator
    cs_reply: Entry | None
    consumer_reply: Entry | None
    notice: Entry | None  # the mediator's first letter after the referral
    mediator_again: Entry | None  # the mediator's next letter after that
    calls: bool  # the user contacted the operator without a written trace
    undated: Letter | None  # a letter marked sent without a date, none logged
    pending: tuple[Letter, ...]  # prepared letters not sent, printed ones first


def _is_written(entry: Entry) -> bool:
    return entry.direction is Direction.OUTGOING and (entry.written or entry.channel in WRITTEN_CHANNELS)


def _key(entry: Entry) -> tuple[date, int]:
    return (entry.on, entry.id)


def _first(complaints: Iterable[_Complaint], parties: frozenset[Party]) -> _Complaint | None:
    return min((c for c in complaints if c.party in parties), key=lambda c: c.order, default=None)


def _reply(entries: list[Entry], party: Party, after: tuple[date, int] | None) -> Entry | None:
    if after is None:
        return None
    replies = [
        e for e in entries if e.direction is Direction.INCOMING and e.party is party and _key(e) > after
    ]
    return min(replies, key=_key, default=None)


def _read(case_file: CaseFile) -> _Log:
    letters = {letter.id: letter for letter in case_file.letters}
    entries = sorted(case_file.entries, key=_key)
    complaints: list[_Complaint] = []
    logged: set[int] = set()
    calls = False
    for entry in entries:
        if entry.direction is Direction.OUTGOING and entry.letter_id is not None:
            logged.add(entry.letter_id)
        if entry.party not in LADDER_PARTIES or entry.direction is not Direction.OUTGOING:
            continue
        if not _is_written(entry):
            calls = calls or entry.party in OPERATOR
            continue
        letter = letters.get(entry.letter_id) if entry.letter_id is not None else None
        received = letter.received_on if letter is not None else None
        complaints.append(_Complaint(entry.party, entry.on, received, _key(entry)))
    undated = None
    for letter in case_file.letters:
        if letter.id in logged or letter.status is not LetterStatus.SENT:
            continue
        if letter.sent_on is None:
            undated = letter if undated is None else undated
        elif letter.recipient in LADDER_PARTIES:
            complaints.append(
                _Complaint(letter.recipient, letter.sent_on, letter.received_on, (letter.sent_on, -1))
            )
    complaints.sort(key=lambda c: c.order)
    cs = _first(complaints, frozenset({Party.CUSTOMER_SERVICE}))
    consumer = _first(complaints, frozenset({Party.CONSUMER_SERVICE}))
    referral = _first(complaints, frozenset({Party.MEDIATOR}))
    notice = _reply(entries, Party.MEDIATOR, referral.order if referral else None)
    pending = sorted(
        (x for x in case_file.letters if x.status is not LetterStatus.SENT and x.id not in logged),
        key=lambda x: (x.status is not LetterStatus.PRINTED, x.created_on, x.id),
    )
    return _Log(
        complaints=tuple(complaints),
        cs=cs,
        consumer=consumer,
        referral=referral,
        first=_first(complaints, OPERATOR),
        cs_reply=_reply(entries, Party.CUSTOMER_SERVICE, cs.order if cs else None),
        consumer_reply=_reply(entries, Party.CONSUMER_SERVICE, consumer.order if consumer else None),
        notice=notice,
        mediator_again=_reply(entries, Party.MEDIATOR, _key(notice) if notice else None),
        calls=calls,
        undated=undated,
        pending=tuple(pending),
    )


def _payments(case_file: CaseFile) -> list[tuple[date, Decimal]]:
    """Disputed amounts by charge date (the bill's date when the charge has none), oldest first."""
    totals: dict[date, Decimal] = {}
    for evidence in case_file.evidence:
        for charge in evidence.charges:
            day = charge.charged_on or evidence.invoice_date
            if charge.disputed and day is not None:
                totals[day] = totals.get(day, Decimal("0")) + charge.amount
    return sorted(totals.items())


def _lang(lang: str) -> str:
    """The sentences' language: French unless English is asked for (the app's two languages)."""
    return lang if lang in LANGS else "fr"


# --- deadlines --------------------------------------------------------------------------------------------


def deadlines(case_file: CaseFile, lang: str = "fr") -> list[Deadline]:
    """Every dated limit that applies to the case given its log, soonest first.

    A closed or refunded case waits for nothing: all its deadlines are marked done.
    """
    lad, log, lang = ladder(), _read(case_file), _lang(lang)
    rules = lad.rules
    order = {rule_id: index for index, rule_id in enumerate(rules)}
    closed = case_file.case.status in (CaseStatus.REFUNDED, CaseStatus.CLOSED)
    referred = log.referral is not None or case_file.case.status is CaseStatus.MEDIATOR
    out: list[Deadline] = []

    def add(rule_id: str, start: date, done: bool, amount: Decimal | None = None) -> None:
        rule = rules[rule_id]
        values = {"start": format_date(start, lang)}
        if amount is not None:
            values["amount"] = format_money(amount, lang)
        title = rule.titles[lang].format_map(values)
        action = rule.actions[lang].format_map(values)
        out.append(
            Deadline(
                rule_id,
                rule.due(start),
                title,
                action,
                rule.source,
                done or closed,
                start,
                rule.confidence,
                amount,
            )
        )

    limit = rules["payment_limit"]
    for paid, amount in _payments(case_file):
        due = limit.due(paid)
        claimed = any(c.party in OPERATOR and paid <= c.sent <= due for c in log.complaints)
        add("payment_limit", paid, claimed, amount)
    if log.cs is not None:
        start = log.cs.start
        add("cs_answer", start, log.cs_reply is not None or log.consumer is not None or referred)
        add("escalate_consumer", start, log.consumer is not None or referred)
        direct = rules["mediator_direct"].due(start)
        if log.cs_reply is None or log.cs_reply.on > direct:
            add("mediator_direct", start, referred)
    if log.consumer is not None:
        start = log.consumer.start
        add("consumer_answer", start, log.consumer_reply is not None or referred)
        add("mediator_after_consumer", start, referred)
    if log.first is not None:
        add("mediator_limit", log.first.sent, referred)
    if log.referral is not None:
        add("mediator_rejection", log.referral.start, log.notice is not None)
    if log.notice is not None:
        add("mediator_outcome", log.notice.on, log.mediator_again is not None)
    return sorted(out, key=lambda d: (d.due, order[d.rule], d.start))


# --- the next step ----------------------------------------------------------------------------------------

Values = Mapping[str, date | Decimal | str]


class _Writer:
    """Renders steps and phrases in one language, with dates and money written out."""

    def __init__(self, lad: Ladder, lang: str, today: date) -> None:
        self.lad, self.lang, self.today = lad, lang, today

    def _fill(self, template: str, values: Values) -> str:
        out = {}
        for name, value in values.items():
            if isinstance(value, date):
                out[name] = format_date(value, self.lang)
            elif isinstance(value, Decimal):
                out[name] = format_money(value, self.lang)
            else:
                out[name] = value
        return template.format_map(out)

    def phrase(self, name: str, values: Values | None = None) -> str:
        return self._fill(self.lad.phrases[name][self.lang], values or {})

    def urgent(self, by: date | None) -> bool:
        return by is not None and (by - self.today).days <= self.lad.urgent_days

    def step(
        self,
        name: str,
        values: Values | None = None,
        *,
        by: date | None = None,
        rule: str | None = None,
        urgent: bool = False,
        extra: Iterable[str] = (),
    ) -> NextStep:
        action, why = self.lad.steps[name][self.lang]
        why = " ".join([self._fill(why, values or {}), *extra])
        return NextStep(self._fill(action, values or {}), by, rule, why, urgent, name)


def _clock(w: _Writer, complaint: _Complaint) -> str:
    """Which date a wait counts from: the acknowledgement of receipt when there is one, else the sending."""
    if complaint.received is not None and complaint.start == complaint.received:
        return w.phrase("from_received", {"start": complaint.start})
    return w.phrase("from_sent", {"start": complaint.sent})


def _letter_step(letter: Letter) -> str:
    return "send_letter" if letter.status is LetterStatus.PRINTED else "print_letter"


def _to(w: _Writer, log: _Log, party: Party, base: NextStep) -> NextStep:
    """When the step is writing to `party` and a letter to it is prepared, the step is sending that letter."""
    letter = next((x for x in log.pending if x.recipient is party), None)
    if letter is None:
        return base
    ready = w.step(_letter_step(letter), {"title": letter.title})
    return replace(base, action=ready.action, step=ready.step, letter_id=letter.id)


def _while_waiting(w: _Writer, log: _Log, wait: NextStep) -> NextStep:
    """While waiting, a prepared letter to someone outside the ladder (the merchant…) can go now."""
    letter = next((x for x in log.pending if x.recipient not in LADDER_PARTIES), None)
    if letter is None:
        return wait
    ready = w.step(_letter_step(letter), {"title": letter.title})
    return replace(
        ready, why=f"{ready.why} {w.phrase('meanwhile', {'next': wait.action})}", letter_id=letter.id
    )


def _limit_passed(w: _Writer, limit: date) -> NextStep:
    return w.step("mediator_limit_passed", {"limit": limit}, by=limit, rule="mediator_limit", urgent=True)


def _escalation(w: _Writer, log: _Log, name: str, target: Party, values: Values) -> NextStep:
    """A step up the ladder, to be taken before the mediator's one-year limit."""
    if log.first is None:  # cannot happen from the callers (a complaint exists); kept for safety
        return _to(w, log, target, w.step(name, values))
    limit = ladder().rules["mediator_limit"].due(log.first.sent)
    if w.today > limit:
        return _limit_passed(w, limit)
    note = w.phrase("limit_note", {"limit": limit})
    step = w.step(name, values, by=limit, rule="mediator_limit", urgent=w.urgent(limit), extra=[note])
    return _to(w, log, target, step)


def _first_step(w: _Writer, case_file: CaseFile, log: _Log) -> NextStep:
    if log.undated is not None:
        return w.step("date_letter", {"title": log.undated.title})
    extra = []
    if case_file.case.status is CaseStatus.WAITING:
        extra.append(w.phrase("waiting_unlogged"))
    if log.calls:
        extra.append(w.phrase("calls_only"))
    payments = _payments(case_file)
    by: date | None = None
    limit = ladder().rules["payment_limit"]
    dues = [(paid, limit.due(paid)) for paid, _ in payments]
    passed = [(paid, due) for paid, due in dues if due < w.today]
    coming = [(paid, due) for paid, due in dues if due >= w.today]
    if passed:
        extra.append(w.phrase("payment_passed", {"paid": passed[0][0], "date": passed[0][1]}))
    if coming:  # "by" is a date still ahead: the oldest payment that can still be claimed safely
        by = coming[0][1]
        extra.append(w.phrase("payment_note", {"paid": coming[0][0], "date": by}))
    if not payments:
        extra.append(w.phrase("no_dated_charges"))
    rule = "payment_limit" if payments else None
    step = w.step("send_refund", by=by, rule=rule, urgent=w.urgent(by) or bool(passed), extra=extra)
    return _to(w, log, Party.CUSTOMER_SERVICE, step)


def _cs_step(w: _Writer, log: _Log, cs: _Complaint) -> NextStep:
    rules = ladder().rules
    due = rules["cs_answer"].due(cs.start)
    direct = rules["mediator_direct"].due(cs.start)
    if log.cs_reply is not None:
        return _escalation(w, log, "cs_replied", Party.CONSUMER_SERVICE, {"reply": log.cs_reply.on})
    if w.today < due:
        wait = w.step("cs_wait", {"date": due}, by=due, rule="cs_answer", extra=[_clock(w, cs)])
        return _while_waiting(w, log, wait)
    if w.today < direct:
        values = {"due": due, "direct": direct}
        return _escalation(w, log, "escalate_consumer", Party.CONSUMER_SERVICE, values)
    return _escalation(w, log, "mediator_direct", Party.MEDIATOR, {"due": direct})


def _consumer_step(w: _Writer, log: _Log, consumer: _Complaint) -> NextStep:
    rules = ladder().rules
    due = rules["consumer_answer"].due(consumer.start)
    if log.consumer_reply is not None:
        return _escalation(w, log, "consumer_replied", Party.MEDIATOR, {"reply": log.consumer_reply.on})
    if w.today >= due:
        return _escalation(w, log, "mediator_after_consumer", Party.MEDIATOR, {"due": due})
    limit = rules["mediator_limit"].due(log.first.sent) if log.first else None
    if limit is not None and limit < due:  # the one-year limit ends before the consumer service must answer
        if w.today > limit:
            return _limit_passed(w, limit)
        values = {"limit": limit, "due": due}
        step = w.step(
            "mediator_before_limit", values, by=limit, rule="mediator_limit", urgent=w.urgent(limit)
        )
        return _to(w, log, Party.MEDIATOR, step)
    wait = w.step("consumer_wait", {"date": due}, by=due, rule="consumer_answer", extra=[_clock(w, consumer)])
    return _while_waiting(w, log, wait)


def _mediator_step(w: _Writer, log: _Log) -> NextStep:
    rules = ladder().rules
    if log.referral is None:
        return w.step("mediator_unlogged")
    if log.notice is None:
        due = rules["mediator_rejection"].due(log.referral.start)
        if w.today > due:
            return _while_waiting(w, log, w.step("mediator_no_news", {"due": due}))
        clock = _clock(w, log.referral)
        wait = w.step(
            "mediator_wait_admissibility", {"date": due}, by=due, rule="mediator_rejection", extra=[clock]
        )
        return _while_waiting(w, log, wait)
    if log.mediator_again is not None:
        return w.step("mediator_answered", {"reply": log.mediator_again.on})
    due = rules["mediator_outcome"].due(log.notice.on)
    if w.today > due:
        return w.step("mediator_late", {"due": due}, rule="mediator_outcome")
    values = {"date": due, "notice": log.notice.on}
    return _while_waiting(w, log, w.step("mediator_wait_outcome", values, by=due, rule="mediator_outcome"))


def next_step(case_file: CaseFile, today: date, lang: str = "fr") -> NextStep | None:
    """What the user should do next, and by when; None once the case is refunded or closed."""
    case = case_file.case
    if case.status in (CaseStatus.REFUNDED, CaseStatus.CLOSED):
        return None
    w, log = _Writer(ladder(), _lang(lang), today), _read(case_file)
    disputed = sum((c.amount for e in case_file.evidence for c in e.charges if c.disputed), Decimal("0"))
    claimed = case.claimed or disputed
    refunded = sum((r.amount for r in case_file.refunds), Decimal("0")) if case_file.refunds else None
    if refunded is None:
        refunded = case.refunded
    if claimed > 0 and refunded >= claimed:
        return w.step("all_refunded", {"refunded": refunded, "claimed": claimed})
    if log.referral is not None or case.status is CaseStatus.MEDIATOR:
        return _mediator_step(w, log)
    if log.consumer is not None:
        return _consumer_step(w, log, log.consumer)
    if log.cs is not None:
        return _cs_step(w, log, log.cs)
    return _first_step(w, case_file, log)
