"""The next steps as a calendar file: read back with a real iCalendar parser, as a calendar program would."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import icalendar
import pytest

from kkoguard.dossier.agenda import (
    MAX_LINE_OCTETS,
    agenda_items,
    read_agenda,
    step_date,
    this_week,
    to_ics,
    write_agenda,
)
from kkoguard.dossier.deadlines import next_step
from kkoguard.dossier.errors import DossierError, DossierErrorCode
from kkoguard.dossier.model import CaseStatus, LetterKind, Party
from kkoguard.dossier.store import Dossier
from kkoguard.formatting import format_date, format_money
from tests.test_deadlines import case as case_file
from tests.test_deadlines import charge

TODAY = date(2026, 12, 3)
NOW = datetime(2026, 12, 3, 14, 0, tzinfo=UTC)


@pytest.fixture
def dossier() -> Iterator[Dossier]:
    opened, _ = Dossier.create()
    yield opened
    opened.close()


def _sent(dossier: Dossier, title: str, days_ago: int, **case: str) -> int:
    """A case whose refund letter to customer service went out `days_ago` days before TODAY."""
    created = dossier.create_case(title, opened_on=TODAY - timedelta(days=days_ago + 5), **case)
    letter = dossier.add_letter(
        created.id, kind=LetterKind.REFUND, recipient=Party.CUSTOMER_SERVICE, title="Remboursement"
    )
    dossier.update_letter(letter.id, sent_on=TODAY - timedelta(days=days_ago))
    return created.id


def _events(text: str) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(text)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def _case_of(uid: str) -> int:
    return int(uid.split("-case", 1)[1].split("-", 1)[0])


def _alarm_at(event: icalendar.Event) -> datetime:
    """When the event's reminder goes off (a trigger relative to the start of the all-day event)."""
    (alarm,) = event.walk("VALARM")
    assert alarm["ACTION"] == "DISPLAY" and str(alarm["DESCRIPTION"]).strip()
    return datetime.combine(event["DTSTART"].dt, time()) + alarm["TRIGGER"].dt


def test_the_file_holds_the_next_step_of_each_open_case_and_none_for_closed_ones(
    dossier: Dossier, tmp_path: Path
) -> None:
    waiting = _sent(dossier, "SFR", 10, operator="sfr")
    late = _sent(dossier, "Orange", 400, operator="orange")
    new = dossier.create_case("Free", operator="free").id
    dossier.add_letter(new, kind=LetterKind.REFUND, recipient=Party.CUSTOMER_SERVICE, title="Relance")
    refunded = _sent(dossier, "Bouygues", 30, operator="bouygues")
    closed = dossier.create_case("Closed", operator="sfr").id
    dossier.set_status(refunded, CaseStatus.REFUNDED)
    dossier.set_status(closed, CaseStatus.CLOSED)

    path = tmp_path / "kkoguard-agenda.ics"
    assert write_agenda(dossier, path, TODAY, "fr", now=NOW) == 3
    raw = path.read_bytes()
    events = _events(raw.decode("utf-8"))

    assert sorted(_case_of(uid) for uid in events) == sorted([waiting, late, new])
    for uid, event in events.items():
        step = next_step(dossier.case_file(_case_of(uid)), TODAY, "fr")
        assert step is not None
        assert step.action in str(event["DESCRIPTION"])  # the whole step, as the app says it
        assert str(event["SUMMARY"]).startswith("KKO Guard : ")
        assert not isinstance(event["DTSTART"].dt, datetime)  # an all-day event
        assert event["DTEND"].dt == event["DTSTART"].dt + timedelta(days=1)
        assert event["DTSTAMP"].dt == NOW

    by_case = {_case_of(uid): event for uid, event in events.items()}
    answer_due = next_step(dossier.case_file(waiting), TODAY, "fr")
    assert answer_due is not None and answer_due.by is not None and answer_due.by > TODAY
    assert by_case[waiting]["DTSTART"].dt == answer_due.by  # the day to act if no answer came
    assert str(by_case[waiting]["SUMMARY"]) == (
        "KKO Guard : sans réponse de SFR, écrire au service consommateurs"
    )
    limit = next_step(dossier.case_file(late), TODAY, "fr")
    assert limit is not None and limit.by is not None and limit.by < TODAY
    assert by_case[late]["DTSTART"].dt == TODAY  # a passed date: as soon as possible
    assert f"En retard depuis le {format_date(limit.by)}" in str(by_case[late]["DESCRIPTION"])
    assert by_case[new]["DTSTART"].dt == TODAY
    assert str(by_case[new]["SUMMARY"]) == "KKO Guard : imprimer et envoyer la lettre « Relance » (Free)"


def test_each_reminder_goes_off_a_few_days_before_and_never_in_the_past(dossier: Dossier) -> None:
    _sent(dossier, "SFR", 10, operator="sfr")  # an answer due in about three weeks
    _sent(dossier, "Orange", 29, operator="orange")  # an answer due in a day or two
    dossier.create_case("Free", operator="free")  # nothing dated: today
    events = _events(to_ics(read_agenda(dossier, TODAY), dossier_id="d", today=TODAY, now=NOW))
    starts = sorted(event["DTSTART"].dt for event in events.values())
    assert starts[0] == TODAY and TODAY < starts[1] < TODAY + timedelta(days=3) < starts[2]
    for event in events.values():
        start, alarm = event["DTSTART"].dt, _alarm_at(event)
        assert alarm.date() >= TODAY
        if start > TODAY:
            assert alarm < datetime.combine(start, time())
        if start >= TODAY + timedelta(days=3):
            assert alarm == datetime.combine(start - timedelta(days=3), time(9))
        else:
            assert alarm == datetime.combine(TODAY, time(9))


def test_odd_texts_round_trip_and_every_line_is_folded(dossier: Dossier) -> None:
    operator = ("Opé, rateur; 😀 \\ «x» " * 25)[:500]
    title = 'Relance; n°2, "urgente" \\ 🦊\nsuite'
    created = dossier.create_case("Odd", operator=operator)
    dossier.add_letter(created.id, kind=LetterKind.REFUND, recipient=Party.CUSTOMER_SERVICE, title=title)
    text = to_ics(read_agenda(dossier, TODAY), dossier_id=dossier.dossier_id, today=TODAY, now=NOW)

    raw = text.encode("utf-8")
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    lines = raw.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= MAX_LINE_OCTETS
    assert any(line.startswith(b" ") for line in lines)  # long values were folded
    for line in lines:
        line.decode("utf-8")  # no character was cut in two

    (event,) = _events(text).values()
    summary = str(event["SUMMARY"])
    assert summary == f"KKO Guard : imprimer et envoyer la lettre « {title} » ({operator})"
    assert title in str(event["DESCRIPTION"])


def test_no_phone_number_and_two_lines_of_one_operator_are_told_apart(dossier: Dossier) -> None:
    for number in ("0612345678", "0698765432"):
        dossier.create_case(
            f"SFR {number}", operator="sfr", line_number=number, account_number="ACC-99887766"
        )
    text = to_ics(read_agenda(dossier, TODAY), dossier_id=dossier.dossier_id, today=TODAY, now=NOW)
    unfolded = text.replace("\r\n ", "")
    for secret in ("0612345678", "0698765432", "06 12", "99887766"):
        assert secret not in unfolded
    summaries = sorted(str(e["SUMMARY"]) for e in _events(text).values())
    assert summaries == [
        "KKO Guard : demander le remboursement à SFR par lettre recommandée, pour la ligne finissant par 32",
        "KKO Guard : demander le remboursement à SFR par lettre recommandée, pour la ligne finissant par 78",
    ]


def test_the_uid_stays_the_same_from_one_export_to_the_next(dossier: Dossier) -> None:
    _sent(dossier, "SFR", 10, operator="sfr")
    dossier.create_case("Free", operator="free")
    first = _events(to_ics(read_agenda(dossier, TODAY), dossier_id=dossier.dossier_id, today=TODAY))
    later = TODAY + timedelta(days=2)
    second = _events(to_ics(read_agenda(dossier, later), dossier_id=dossier.dossier_id, today=later))
    assert set(first) == set(second) and len(first) == 2
    assert all(uid.startswith(dossier.dossier_id) for uid in first)


def test_an_urgent_step_without_a_date_of_its_own_shows_the_limit_that_passed() -> None:
    """Charges over a year old and no complaint yet: the step is urgent; its date is the passed limit."""
    paid = date(2025, 6, 10)
    old = case_file(charges=[charge(paid, "19.96")], claimed="19.96")
    step = next_step(old, TODAY, "fr")
    assert step is not None and step.urgent and step.by is None
    limit = step_date(old, step)
    assert limit is not None and limit < TODAY

    (item,) = agenda_items([old], TODAY, "fr")
    assert item.overdue and item.due == limit and item.on == TODAY
    assert f"En retard depuis le {format_date(limit)}" in item.description
    assert f"Somme réclamée : {format_money(old.case.claimed)}" in item.description
    assert item.summary == "demander le remboursement à Orange par lettre recommandée"


def test_english_and_this_week() -> None:
    soon = case_file(charges=[charge(TODAY - timedelta(days=364))])  # the one-year limit is tomorrow
    later = case_file(charges=[charge(TODAY - timedelta(days=200))])
    items = agenda_items([soon, later], TODAY, "en")
    assert [i.due for i in this_week(items, TODAY)] == [TODAY + timedelta(days=1)]
    text = to_ics(items, dossier_id="d", today=TODAY, now=NOW, lang="en")
    summaries = {str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(text).walk("VEVENT")}
    assert summaries == {"KKO Guard: ask Orange for a refund by registered letter"}  # the same step twice


def test_a_folder_that_cannot_be_written_says_so(dossier: Dossier, tmp_path: Path) -> None:
    dossier.create_case("Free", operator="free")
    with pytest.raises(DossierError) as raised:
        write_agenda(dossier, tmp_path / "missing" / "agenda.ics", TODAY)
    assert raised.value.code is DossierErrorCode.WRITE_FAILED
    assert not (tmp_path / "missing").exists()
