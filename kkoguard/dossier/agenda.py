"""The next steps in the person's own calendar: one all-day event per open case, as an iCalendar file.

Dates are easy to forget once the app is closed, so every open case's next step (`deadlines.next_step`)
becomes an event on the day to act, with a reminder a few days before, that any calendar program
(Thunderbird, Outlook, Apple or Google Calendar…) imports. The same items feed the home screen's "This week"
list, and `step_date` gives the date the home screen prints on an urgent card.

The day to act is the step's date: the limit for a step to take, the end of the wait for a step that waits
for an answer. A step whose date has passed, or that has none, is put on `today` (act as soon as possible).

What the file says is what the person needs to act and nothing more: the operator, the amount claimed, the
step and its date. No phone number, address or account number (a calendar is often synced to a server); the
case's title is not used, since the app names cases after the phone line. The event's UID is the dossier,
the case and the step, so importing a newer file updates an event instead of adding a second one.

The text follows RFC 5545: CRLF line endings, lines folded at 75 octets without splitting a UTF-8
character, TEXT values escaped (backslash, semicolon, comma, newline), control characters removed.
"""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from kkoguard import __version__
from kkoguard.dossier.deadlines import NextStep, deadlines, next_step
from kkoguard.dossier.errors import DossierError, DossierErrorCode
from kkoguard.dossier.model import CaseFile, CaseStatus
from kkoguard.dossier.store import Dossier
from kkoguard.formatting import format_date, format_money

REMIND_DAYS = 3
"""The reminder goes off this many days before the event (at REMIND_HOUR), never before today."""
REMIND_HOUR = 9
WEEK_DAYS = 7
""""This week" is today and the six days after it."""
MAX_LINE_OCTETS = 75

WAITING_STEPS = frozenset(
    {"cs_wait", "consumer_wait", "mediator_wait_admissibility", "mediator_wait_outcome"}
)
"""Steps where the person waits for an answer: their date is the end of the wait, when to act if none came."""

# What to do, in a few words (the event's title): the ladder's sentences are too long for a calendar.
_SHORT: dict[str, dict[str, str]] = {
    "all_refunded": {
        "fr": "vérifier le remboursement de {operator} sur votre facture",
        "en": "check the refund from {operator} on your bill",
    },
    "send_refund": {
        "fr": "demander le remboursement à {operator} par lettre recommandée",
        "en": "ask {operator} for a refund by registered letter",
    },
    "send_letter": {
        "fr": "envoyer la lettre « {title} » ({operator})",
        "en": "send the letter “{title}” ({operator})",
    },
    "print_letter": {
        "fr": "imprimer et envoyer la lettre « {title} » ({operator})",
        "en": "print and send the letter “{title}” ({operator})",
    },
    "date_letter": {
        "fr": "noter la date d'envoi de la lettre « {title} » ({operator})",
        "en": "record when you sent the letter “{title}” ({operator})",
    },
    "cs_wait": {
        "fr": "sans réponse de {operator}, écrire au service consommateurs",
        "en": "no answer from {operator}? Write to its consumer service",
    },
    "escalate_consumer": {
        "fr": "écrire au service consommateurs de {operator}",
        "en": "write to the consumer service of {operator}",
    },
    "mediator_direct": {
        "fr": "saisir le médiateur des télécoms (réclamation auprès de {operator})",
        "en": "refer your complaint about {operator} to the telecoms mediator",
    },
    "cs_replied": {
        "fr": "lire la réponse de {operator} et décider de la suite",
        "en": "read the answer from {operator} and decide what comes next",
    },
    "consumer_wait": {
        "fr": "sans réponse du service consommateurs de {operator}, saisir le médiateur",
        "en": "no answer from the consumer service of {operator}? Refer it to the mediator",
    },
    "mediator_after_consumer": {
        "fr": "saisir le médiateur des télécoms (réclamation auprès de {operator})",
        "en": "refer your complaint about {operator} to the telecoms mediator",
    },
    "consumer_replied": {
        "fr": "lire la réponse du service consommateurs de {operator}",
        "en": "read the answer from the consumer service of {operator}",
    },
    "mediator_before_limit": {
        "fr": "saisir le médiateur des télécoms (réclamation auprès de {operator})",
        "en": "refer your complaint about {operator} to the telecoms mediator",
    },
    "mediator_limit_passed": {
        "fr": "demander l'aide d'une association de consommateurs (réclamation auprès de {operator})",
        "en": "ask a consumer association for help (complaint about {operator})",
    },
    "mediator_wait_admissibility": {
        "fr": "vérifier si le médiateur a accepté votre réclamation auprès de {operator}",
        "en": "check whether the mediator accepted your complaint about {operator}",
    },
    "mediator_no_news": {
        "fr": "attendre la proposition du médiateur (réclamation auprès de {operator})",
        "en": "wait for the mediator's proposal (complaint about {operator})",
    },
    "mediator_wait_outcome": {
        "fr": "sans proposition du médiateur, lui écrire (réclamation auprès de {operator})",
        "en": "no proposal from the mediator? Write to it (complaint about {operator})",
    },
    "mediator_late": {
        "fr": "écrire au médiateur pour savoir où en est votre réclamation auprès de {operator}",
        "en": "write to the mediator to ask about your complaint about {operator}",
    },
    "mediator_answered": {
        "fr": "répondre à la proposition du médiateur (réclamation auprès de {operator})",
        "en": "answer the mediator's proposal (complaint about {operator})",
    },
    "mediator_unlogged": {
        "fr": "noter la date où vous avez saisi le médiateur (réclamation auprès de {operator})",
        "en": "record when you referred your complaint about {operator} to the mediator",
    },
}

_WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "prefix": "KKO Guard : ",
        "your_operator": "votre opérateur",
        "line": ", pour la ligne finissant par {digits}",
        "by": "À faire au plus tard le {date}.",
        "until": "Date à retenir : le {date}. Sans réponse satisfaisante, ouvrez KKO Guard pour la suite.",
        "late": "En retard depuis le {date} : faites-le dès que possible.",
        "asap": "À faire dès que possible.",
        "claimed": "Somme réclamée : {amount}",
        "open": "Ouvrez KKO Guard pour voir votre réclamation et préparer vos lettres.",
        "calendar": "KKO Guard : mes réclamations",
    },
    "en": {
        "prefix": "KKO Guard: ",
        "your_operator": "your operator",
        "line": ", for the line ending in {digits}",
        "by": "To do by {date} at the latest.",
        "until": "Date to remember: {date}. With no good answer by then, open KKO Guard for what comes next.",
        "late": "Overdue since {date}: do it as soon as possible.",
        "asap": "To do as soon as possible.",
        "claimed": "Amount claimed: {amount}",
        "open": "Open KKO Guard to see your complaint and prepare your letters.",
        "calendar": "KKO Guard: my complaints",
    },
}


@dataclass(frozen=True)
class AgendaItem:
    """One open case's next step, dated, in words a calendar can show."""

    case_id: int
    key: str  # the step (and the letter it sends): with the dossier and the case, the event's UID
    on: date  # the event's day
    due: date | None  # the step's own date (a limit, or the end of a wait); None: no date applies
    overdue: bool  # `due` has passed
    waiting: bool  # the step waits for an answer until `due`
    summary: str  # what to do, in a few words, without the "KKO Guard" prefix
    description: str  # the full step, its date, the amount claimed
    step: NextStep


def _lang(lang: str) -> str:
    return lang if lang in _WORDS else "fr"


def step_date(case_file: CaseFile, step: NextStep) -> date | None:
    """The date a step is about: its own `by`, else the nearest open limit of the rule it comes from (the
    one-year limit of the oldest charge that can no longer be claimed safely, a mediator's late answer…)."""
    if step.by is not None:
        return step.by
    if step.rule is None:
        return None
    return min((d.due for d in deadlines(case_file) if d.rule == step.rule and not d.done), default=None)


def _which_line(case_file: CaseFile, lang: str) -> str:
    """Tells two cases with one operator apart (", for the line ending in 78") without the phone number."""
    digits = "".join(c for c in case_file.case.line_number or "" if c.isdigit())
    return _WORDS[lang]["line"].format(digits=digits[-2:]) if len(digits) >= 4 else ""


def agenda_item(
    case_file: CaseFile, step: NextStep, today: date, lang: str = "fr", *, same_operator: bool = False
) -> AgendaItem:
    """The calendar event for one case's next step. `same_operator`: another open case has the same
    operator, so the summary says which line (by its last two digits) this one is about."""
    from kkoguard.report import operator_name  # the operators' files: read when needed, not at start-up

    lang = _lang(lang)
    words = _WORDS[lang]
    due = step_date(case_file, step)
    overdue = due is not None and due < today
    waiting = step.step in WAITING_STEPS and not overdue
    title = next((x.title for x in case_file.letters if x.id == step.letter_id), "")
    template = _SHORT.get(step.step, {}).get(lang, "{operator}")
    operator = operator_name(case_file.case.operator) if case_file.case.operator else None
    summary = template.format(operator=operator or words["your_operator"], title=title)
    if same_operator:
        summary += _which_line(case_file, lang)
    if due is None:
        when = words["asap"]
    elif overdue:
        when = words["late"].format(date=format_date(due, lang))
    else:
        when = words["until" if waiting else "by"].format(date=format_date(due, lang))
    parts = [step.action, when]
    if case_file.case.claimed > 0:
        parts.append(words["claimed"].format(amount=format_money(case_file.case.claimed, lang)))
    parts += [step.why, words["open"]]
    key = step.step if step.letter_id is None else f"{step.step}-letter{step.letter_id}"
    return AgendaItem(
        case_id=case_file.case.id,
        key=key,
        on=due if due is not None and not overdue else today,
        due=due,
        overdue=overdue,
        waiting=waiting,
        summary=summary,
        description="\n\n".join(p for p in parts if p),
        step=step,
    )


def read_agenda(dossier: Dossier, today: date, lang: str = "fr") -> list[AgendaItem]:
    """Every open case's next step, soonest first (reads the whole dossier: run it off the GUI thread)."""
    files = [
        dossier.case_file(case.id)
        for case in dossier.cases()
        if case.status not in (CaseStatus.REFUNDED, CaseStatus.CLOSED)
    ]
    return agenda_items(files, today, lang)


def agenda_items(case_files: Iterable[CaseFile], today: date, lang: str = "fr") -> list[AgendaItem]:
    """The items for these cases (closed and refunded ones have no next step, so no item), soonest first."""
    steps = [(f, s) for f in case_files if (s := next_step(f, today, lang)) is not None]
    operators = Counter(f.case.operator for f, _ in steps)
    items = [agenda_item(f, s, today, lang, same_operator=operators[f.case.operator] > 1) for f, s in steps]
    return sorted(items, key=lambda i: (i.on, i.case_id))


def this_week(items: Iterable[AgendaItem], today: date) -> list[AgendaItem]:
    """The items whose date falls today or in the six days after (late and undated ones are not "due")."""
    end = today + timedelta(days=WEEK_DAYS - 1)
    return sorted(
        (i for i in items if i.due is not None and today <= i.due <= end), key=lambda i: i.due or today
    )


# --- RFC 5545 ---------------------------------------------------------------------------------------------


def escape_text(value: str) -> str:
    """A TEXT value: backslash, semicolon, comma and newline escaped; other control characters dropped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = "".join(c for c in value if c in "\n\t" or not (ord(c) < 0x20 or ord(c) == 0x7F))
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """One content line folded into lines of at most 75 octets (continuations start with a space), never
    inside a UTF-8 character; joined with CRLF, without the final CRLF."""
    out: list[str] = []
    current, size, limit = "", 0, MAX_LINE_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = " ", 1, MAX_LINE_OCTETS
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def _trigger(item: AgendaItem, today: date, remind_days: int) -> str:
    """The reminder at REMIND_HOUR, `remind_days` before the event, or today when that day has passed."""
    alarm_day = max(item.on - timedelta(days=remind_days), today)
    offset = timedelta(days=(alarm_day - item.on).days, hours=REMIND_HOUR)
    if offset >= timedelta(0):
        return f"PT{offset.seconds // 3600}H"
    before = -offset
    days, hours = before.days, before.seconds // 3600
    return "-P" + (f"{days}D" if days else "") + (f"T{hours}H" if hours else "")


def to_ics(
    items: Sequence[AgendaItem],
    *,
    dossier_id: str,
    today: date,
    now: datetime | None = None,
    lang: str = "fr",
    remind_days: int = REMIND_DAYS,
) -> str:
    """The items as one iCalendar (RFC 5545) text: all-day events, each with a display reminder."""
    lang = _lang(lang)
    words = _WORDS[lang]
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//KKO Guard//KKO Guard {__version__}//{lang.upper()}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(words['calendar'])}",
    ]
    for item in items:
        summary = escape_text(words["prefix"] + item.summary)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{dossier_id}-case{item.case_id}-{item.key}@kkoguard",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{item.on:%Y%m%d}",
            f"DTEND;VALUE=DATE:{item.on + timedelta(days=1):%Y%m%d}",
            f"SUMMARY;LANGUAGE={lang}:{summary}",
            f"DESCRIPTION;LANGUAGE={lang}:{escape_text(item.description)}",
            "TRANSP:TRANSPARENT",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{summary}",
            f"TRIGGER;RELATED=START:{_trigger(item, today, remind_days)}",
            "END:VALARM",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def write_agenda(
    dossier: Dossier, path: Path, today: date, lang: str = "fr", *, now: datetime | None = None
) -> int:
    """Write the open cases' next steps to `path` as an .ics file; returns the number of events."""
    items = read_agenda(dossier, today, lang)
    write_ics(path, to_ics(items, dossier_id=dossier.dossier_id, today=today, now=now, lang=lang))
    return len(items)


def write_ics(path: Path, text: str) -> None:
    """Write the calendar text to `path`, replaced whole (never half-written, readable by its owner only,
    like the dossier). A failed write raises DossierError(WRITE_FAILED), which says what to do."""
    try:
        fd, scratch = tempfile.mkstemp(prefix=".kkoguard-", suffix=".ics", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(text.encode("utf-8"))
            os.replace(scratch, path)
        except BaseException:
            Path(scratch).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise DossierError(DossierErrorCode.WRITE_FAILED, str(path), type(error).__name__) from None
