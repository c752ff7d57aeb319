"""What should I do next, and by when? Each stage of a dispute as the user would log it, in both languages."""

from __future__ import annotations

import copy
import itertools
import tomllib
from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kkoguard.dossier.deadlines import (
    LANGS,
    RULE_IDS,
    STEP_FIELDS,
    Deadline,
    LadderError,
    NextStep,
    add_months,
    deadlines,
    ladder,
    load_ladder,
    next_step,
    parse_ladder,
)
from kkoguard.dossier.model import (
    Case,
    CaseFile,
    CaseStatus,
    Channel,
    ChargeRecord,
    Direction,
    Entry,
    Evidence,
    EvidenceKind,
    Letter,
    LetterKind,
    LetterStatus,
    Party,
    Refund,
)
from kkoguard.paths import resources_dir

CS, CONSUMER, MEDIATOR = Party.CUSTOMER_SERVICE, Party.CONSUMER_SERVICE, Party.MEDIATOR
LADDER_TOML = resources_dir() / "deadlines" / "ladder.toml"
_ids = itertools.count(1)


# --- a small factory: a case as the user would have logged it --------------------------------------------


def charge(on: date | None, amount: str = "4.99", disputed: bool = True) -> ChargeRecord:
    return ChargeRecord(next(_ids), 1, "Internet+ JEUXMAX", Decimal(amount), on, 1, disputed=disputed)


def wrote(on: date, party: Party = CS, channel: Channel = Channel.LETTER, **kw: Any) -> Entry:
    """The user contacted `party` (a letter unless said otherwise)."""
    return Entry(next(_ids), 1, on, channel, Direction.OUTGOING, party, **kw)


def called(on: date, party: Party = CS) -> Entry:
    return Entry(next(_ids), 1, on, Channel.PHONE, Direction.OUTGOING, party)


def answered(on: date, party: Party = CS, channel: Channel = Channel.LETTER) -> Entry:
    """`party` wrote back."""
    return Entry(next(_ids), 1, on, channel, Direction.INCOMING, party)


def letter(
    title: str = "Demande de remboursement",
    recipient: Party = CS,
    status: LetterStatus = LetterStatus.SENT,
    sent_on: date | None = None,
    received_on: date | None = None,
    kind: LetterKind = LetterKind.REFUND,
) -> Letter:
    return Letter(
        next(_ids),
        1,
        kind,
        recipient,
        title,
        status,
        date(2026, 1, 1),
        sent_on=sent_on,
        received_on=received_on,
    )


def case(
    *,
    status: CaseStatus = CaseStatus.OPEN,
    charges: Iterable[ChargeRecord] = (),
    entries: Iterable[Entry] = (),
    letters: Iterable[Letter] = (),
    refunds: Iterable[str] = (),
    claimed: str = "0",
    invoice_date: date | None = None,
) -> CaseFile:
    bill = Evidence(
        1, 1, EvidenceKind.BILL, "Facture", date(2026, 1, 1), invoice_date=invoice_date, charges=list(charges)
    )
    head = Case(1, "Internet+ JEUXMAX", "orange", None, None, ["JEUXMAX"], status, date(2026, 1, 1))
    head.claimed = Decimal(claimed)
    money_back = [Refund(next(_ids), 1, date(2026, 6, 1), Decimal(a)) for a in refunds]
    return CaseFile(head, [bill], list(letters), list(entries), money_back, [])


def step(case_file: CaseFile, today: date, lang: str = "fr") -> NextStep:
    result = next_step(case_file, today, lang)
    assert result is not None
    assert "{" not in result.action + result.why, "a placeholder was left unfilled"
    return result


def due(case_file: CaseFile, rule: str) -> Deadline:
    (found,) = [d for d in deadlines(case_file) if d.rule == rule]
    return found


# --- month arithmetic -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2026, 8, 31), 2, date(2026, 10, 31)),
        (date(2026, 5, 10), 0, date(2026, 5, 10)),
    ],
)
def test_add_months_keeps_the_day_or_falls_back_to_the_end_of_the_month(
    start: date, months: int, expected: date
) -> None:
    assert add_months(start, months) == expected


@given(st.dates(date(1900, 1, 1), date(2200, 12, 31)), st.integers(-240, 240))
def test_add_months_moves_by_exactly_that_many_calendar_months(start: date, months: int) -> None:
    result = add_months(start, months)
    assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == months
    assert result.day == start.day or (result.day < start.day and (result + timedelta(days=1)).day == 1)


def test_a_complaint_received_on_31_january_is_answered_by_the_end_of_february() -> None:
    sent = letter(sent_on=date(2027, 1, 29), received_on=date(2027, 1, 31))
    c = case(entries=[wrote(date(2027, 1, 29), letter_id=sent.id)], letters=[sent])
    assert due(c, "cs_answer").due == date(2027, 2, 28)
    assert step(c, date(2027, 2, 10)).by == date(2027, 2, 28)


# --- nothing sent yet -------------------------------------------------------------------------------------


def test_nothing_sent_yet_send_the_registered_letter_by_the_oldest_safe_date() -> None:
    c = case(
        charges=[
            charge(date(2025, 9, 12)),
            charge(date(2025, 8, 3)),
            charge(date(2025, 7, 1), disputed=False),
        ]
    )
    fr = step(c, date(2026, 1, 10))
    assert fr.step == "send_refund"
    assert "lettre recommandée avec accusé de réception" in fr.action and "service clients" in fr.action
    assert fr.by == date(2026, 8, 3) and fr.rule == "payment_limit"
    assert "3 août 2025" in fr.why and "3 août 2026" in fr.why
    assert not fr.urgent
    en = step(c, date(2026, 1, 10), "en")
    assert "registered letter" in en.action and "customer service" in en.action
    assert "3 August 2026" in en.why and en.by == fr.by


def test_the_safe_date_is_urgent_sixty_days_ahead_and_after_it_passed() -> None:
    c = case(charges=[charge(date(2025, 3, 1))])
    assert not step(c, date(2025, 12, 30)).urgent  # 61 days left
    assert step(c, date(2025, 12, 31)).urgent  # 60 days left
    late = step(c, date(2026, 4, 2))
    assert late.urgent and late.by is None  # no safe date left ahead: as soon as possible
    both = step(case(charges=[charge(date(2025, 3, 1)), charge(date(2025, 12, 1))]), date(2026, 4, 2))
    assert both.urgent and both.by == date(2026, 12, 1)  # the next date still ahead, and urgent anyway
    assert "est passée" in late.why and "quand même" in late.why
    assert "has passed" in step(c, date(2026, 4, 2), "en").why


def test_a_charge_without_its_own_date_uses_the_bills_date() -> None:
    c = case(charges=[charge(None)], invoice_date=date(2025, 11, 4))
    assert step(c, date(2026, 1, 1)).by == date(2026, 11, 4)


def test_without_dated_charges_there_is_no_date_and_the_user_is_told_to_mark_them() -> None:
    c = case(charges=[charge(None)])
    result = step(c, date(2026, 1, 1))
    assert result.by is None and result.rule is None and not result.urgent
    assert "Marquez sur vos factures" in result.why
    assert "Mark the amounts you dispute" in step(c, date(2026, 1, 1), "en").why


def test_phone_calls_are_not_written_complaints() -> None:
    c = case(
        charges=[charge(date(2025, 12, 1))], entries=[called(date(2025, 12, 10)), called(date(2026, 1, 5))]
    )
    fr = step(c, date(2026, 3, 1))
    assert fr.step == "send_refund"
    assert "un appel téléphonique ne laisse aucune trace écrite" in fr.why
    assert "a phone call leaves no written trace" in step(c, date(2026, 3, 1), "en").why
    assert not any(d.rule in {"cs_answer", "mediator_limit"} for d in deadlines(c))


def test_a_call_with_a_written_trace_counts_and_no_phone_warning_without_calls() -> None:
    c = case(charges=[charge(date(2025, 12, 1))])
    assert "appel" not in step(c, date(2026, 1, 5)).why
    noted = case(entries=[wrote(date(2026, 1, 5), channel=Channel.PHONE, written=True)])
    assert step(noted, date(2026, 1, 10)).step == "cs_wait"


@pytest.mark.parametrize("channel", [Channel.EMAIL, Channel.WEB_FORM, Channel.CHAT, Channel.LETTER])
def test_an_email_a_form_or_a_chat_is_a_written_complaint(channel: Channel) -> None:
    c = case(entries=[wrote(date(2026, 1, 5), channel=channel)])
    assert step(c, date(2026, 1, 10)).step == "cs_wait"


def test_waiting_for_a_reply_with_no_complaint_logged_asks_to_log_it() -> None:
    c = case(status=CaseStatus.WAITING, entries=[called(date(2026, 1, 5))])
    fr = step(c, date(2026, 1, 10))
    assert fr.step == "send_refund"
    assert "aucune réclamation écrite n'y est notée" in fr.why and "trace écrite" in fr.why
    assert "no written complaint is recorded" in step(c, date(2026, 1, 10), "en").why


def test_a_printed_letter_that_was_not_sent_is_the_next_step() -> None:
    printed = letter("Demande de remboursement Internet+", status=LetterStatus.PRINTED)
    c = case(charges=[charge(date(2025, 9, 1))], letters=[printed])
    fr = step(c, date(2026, 1, 10))
    assert fr.step == "send_letter" and fr.letter_id == printed.id
    assert "déjà imprimée « Demande de remboursement Internet+ »" in fr.action
    assert fr.by == date(2026, 9, 1)
    assert (
        "Send the printed letter “Demande de remboursement Internet+”"
        in step(c, date(2026, 1, 10), "en").action
    )


def test_a_draft_letter_must_be_printed_and_a_printed_one_goes_first() -> None:
    draft = letter("Brouillon", status=LetterStatus.DRAFT)
    assert step(case(letters=[draft]), date(2026, 1, 10)).step == "print_letter"
    printed = letter("Imprimée", status=LetterStatus.PRINTED)
    assert step(case(letters=[draft, printed]), date(2026, 1, 10)).letter_id == printed.id


def test_a_letter_marked_sent_counts_even_when_the_log_misses_it() -> None:
    sent = letter(sent_on=date(2026, 1, 5))
    assert step(case(letters=[sent]), date(2026, 1, 10)).step == "cs_wait"
    undated = letter("Ma lettre", sent_on=None)
    result = step(case(letters=[undated]), date(2026, 1, 10))
    assert result.step == "date_letter" and "« Ma lettre »" in result.action


# --- customer service -------------------------------------------------------------------------------------


def test_complaint_sent_wait_one_month_from_the_sending_date_without_acknowledgement() -> None:
    c = case(entries=[wrote(date(2026, 1, 10))])
    fr = step(c, date(2026, 1, 20))
    assert fr.step == "cs_wait" and fr.by == date(2026, 2, 10) and fr.rule == "cs_answer"
    assert "jusqu'au 10 février 2026" in fr.action and "service consommateurs" in fr.action
    assert "depuis l'envoi, le 10 janvier 2026" in fr.why
    en = step(c, date(2026, 1, 20), "en")
    assert "until 10 February 2026" in en.action and "write to the consumer service" in en.action


def test_the_acknowledgement_of_receipt_date_starts_the_wait() -> None:
    sent = letter(sent_on=date(2026, 1, 10), received_on=date(2026, 1, 14))
    c = case(entries=[wrote(date(2026, 1, 10), letter_id=sent.id)], letters=[sent])
    fr = step(c, date(2026, 1, 20))
    assert fr.by == date(2026, 2, 14)
    assert "14 janvier 2026, date de l'accusé de réception" in fr.why
    assert "acknowledgement of receipt" in step(c, date(2026, 1, 20), "en").why
    assert due(c, "cs_answer").due == date(2026, 2, 14) and due(c, "mediator_direct").due == date(2026, 3, 14)
    assert due(c, "mediator_limit").due == date(2027, 1, 10)  # one year from the complaint itself


def test_no_answer_after_a_month_write_to_the_consumer_service() -> None:
    c = case(entries=[wrote(date(2026, 1, 10))])
    fr = step(c, date(2026, 2, 10))
    assert fr.step == "escalate_consumer" and "service consommateurs" in fr.action
    assert fr.by == date(2027, 1, 10) and fr.rule == "mediator_limit" and not fr.urgent
    assert "À partir du 10 mars 2026" in fr.why and "10 janvier 2027" in fr.why
    assert "From 10 March 2026" in step(c, date(2026, 2, 10), "en").why


def test_no_answer_after_two_months_the_mediator_can_be_asked_directly() -> None:
    c = case(entries=[wrote(date(2026, 1, 10))])
    fr = step(c, date(2026, 3, 10))
    assert fr.step == "mediator_direct" and "mediation-telecom.org" in fr.action
    assert "telecoms mediator" in step(c, date(2026, 3, 10), "en").action


def test_a_reply_means_decide_record_the_refund_or_escalate_now() -> None:
    c = case(entries=[wrote(date(2026, 1, 10)), answered(date(2026, 1, 25))])
    fr = step(c, date(2026, 1, 26))
    assert fr.step == "cs_replied" and "25 janvier 2026" in fr.why
    assert (
        "notez le remboursement" in fr.action and "écrivez maintenant au service consommateurs" in fr.action
    )
    en = step(c, date(2026, 1, 26), "en")
    assert "record the refund" in en.action and "write to the consumer service now" in en.action
    assert due(c, "cs_answer").done and not due(c, "escalate_consumer").done
    assert not any(d.rule == "mediator_direct" for d in deadlines(c))


def test_a_letter_from_customer_service_before_the_complaint_is_not_a_reply() -> None:
    c = case(
        entries=[answered(date(2026, 1, 2)), wrote(date(2026, 1, 10)), answered(date(2026, 1, 5), MEDIATOR)]
    )
    assert step(c, date(2026, 1, 20)).step == "cs_wait"


def test_a_prepared_escalation_letter_is_sent_when_it_is_time_to_escalate() -> None:
    escalation = letter("Réclamation", CONSUMER, LetterStatus.PRINTED, kind=LetterKind.ESCALATION)
    c = case(entries=[wrote(date(2026, 1, 10))], letters=[escalation])
    assert step(c, date(2026, 1, 20)).step == "cs_wait"  # not yet: customer service still has time
    now = step(c, date(2026, 2, 12))
    assert now.step == "send_letter" and now.letter_id == escalation.id and now.by == date(2027, 1, 10)


def test_while_waiting_a_letter_to_the_merchant_can_go() -> None:
    stop = letter("Résiliation", Party.MERCHANT, LetterStatus.PRINTED, kind=LetterKind.TERMINATION)
    c = case(entries=[wrote(date(2026, 1, 10))], letters=[stop])
    result = step(c, date(2026, 1, 20))
    assert result.step == "send_letter" and result.letter_id == stop.id
    assert "10 février 2026" in result.why  # the wait is still explained


# --- consumer service -------------------------------------------------------------------------------------


def test_consumer_service_written_wait_one_month_then_the_mediator() -> None:
    c = case(entries=[wrote(date(2026, 1, 10)), wrote(date(2026, 2, 15), CONSUMER, Channel.EMAIL)])
    wait = step(c, date(2026, 2, 20))
    assert wait.step == "consumer_wait" and wait.by == date(2026, 3, 15) and wait.rule == "consumer_answer"
    assert "jusqu'au 15 mars 2026" in wait.action and "médiateur" in wait.action
    assert "until 15 March 2026" in step(c, date(2026, 2, 20), "en").action
    late = step(c, date(2026, 3, 15))
    assert late.step == "mediator_after_consumer" and late.by == date(2027, 1, 10)
    assert "refer your case to the telecoms mediator" in step(c, date(2026, 3, 15), "en").action.lower()
    assert due(c, "cs_answer").done and due(c, "escalate_consumer").done


def test_consumer_service_reply_means_decide_or_go_to_the_mediator() -> None:
    entries = [
        wrote(date(2026, 1, 10)),
        wrote(date(2026, 2, 15), CONSUMER),
        answered(date(2026, 3, 1), CONSUMER),
    ]
    fr = step(case(entries=entries), date(2026, 3, 2))
    assert fr.step == "consumer_replied" and "1er mars 2026" in fr.why and "médiateur" in fr.action


def test_mediator_limit_near_is_urgent_and_after_it_the_user_is_sent_to_an_association() -> None:
    c = case(entries=[wrote(date(2025, 1, 10)), answered(date(2025, 1, 20))])
    assert not step(c, date(2025, 11, 10)).urgent
    near = step(c, date(2025, 11, 20))
    assert near.step == "cs_replied" and near.urgent and near.by == date(2026, 1, 10)
    passed = step(c, date(2026, 1, 11))
    assert passed.step == "mediator_limit_passed" and passed.urgent and passed.by == date(2026, 1, 10)
    assert "association de consommateurs" in passed.action and "10 janvier 2026" in passed.why
    assert "consumer association" in step(c, date(2026, 1, 11), "en").action


def test_when_the_year_ends_before_the_consumer_service_must_answer_go_to_the_mediator_first() -> None:
    c = case(entries=[wrote(date(2025, 1, 10)), wrote(date(2025, 12, 20), CONSUMER)])
    result = step(c, date(2025, 12, 28))
    assert result.step == "mediator_before_limit" and result.by == date(2026, 1, 10) and result.urgent
    assert "20 janvier 2026" in result.why


# --- the mediator -----------------------------------------------------------------------------------------


def mediator_case(*extra: Entry) -> CaseFile:
    log = [wrote(date(2026, 1, 10)), wrote(date(2026, 3, 20), MEDIATOR, Channel.WEB_FORM), *extra]
    return case(status=CaseStatus.MEDIATOR, entries=log)


def test_referred_to_the_mediator_a_refusal_comes_within_three_weeks() -> None:
    c = mediator_case()
    fr = step(c, date(2026, 3, 25))
    assert (
        fr.step == "mediator_wait_admissibility"
        and fr.by == date(2026, 4, 10)
        and fr.rule == "mediator_rejection"
    )
    assert "10 avril 2026" in fr.action and not fr.urgent
    assert "by 10 April 2026" in step(c, date(2026, 3, 25), "en").action
    later = step(c, date(2026, 4, 11))
    assert later.step == "mediator_no_news" and later.by is None
    assert due(c, "mediator_limit").done and due(c, "mediator_direct").done


def test_after_the_mediators_notice_the_proposal_is_due_within_90_days() -> None:
    c = mediator_case(answered(date(2026, 4, 1), MEDIATOR, Channel.EMAIL))
    fr = step(c, date(2026, 4, 2))
    assert fr.step == "mediator_wait_outcome" and fr.by == date(2026, 6, 30) and fr.rule == "mediator_outcome"
    assert "30 juin 2026" in fr.action and "1er avril 2026" in fr.why
    assert due(c, "mediator_rejection").done and not due(c, "mediator_outcome").done
    late = step(c, date(2026, 7, 1))
    assert late.step == "mediator_late" and "30 juin 2026" in late.why
    assert "ask how your case is progressing" in step(c, date(2026, 7, 1), "en").action


def test_a_second_letter_from_the_mediator_is_its_proposal() -> None:
    c = mediator_case(answered(date(2026, 4, 1), MEDIATOR), answered(date(2026, 5, 20), MEDIATOR))
    fr = step(c, date(2026, 5, 21))
    assert (
        fr.step == "mediator_answered"
        and "20 mai 2026" in fr.why
        and "accepter ou de la refuser" in fr.action
    )
    assert due(c, "mediator_outcome").done


def test_marked_with_the_mediator_but_no_referral_logged() -> None:
    c = case(status=CaseStatus.MEDIATOR, entries=[wrote(date(2026, 1, 10))])
    assert step(c, date(2026, 3, 1)).step == "mediator_unlogged"
    assert step(c, date(2026, 3, 1), "en").action.startswith("Record in the case the date you referred")


def test_a_referral_logged_without_the_status_still_follows_the_mediator() -> None:
    c = mediator_case()
    c.case.status = CaseStatus.WAITING
    assert step(c, date(2026, 3, 25)).step == "mediator_wait_admissibility"


# --- the end ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [CaseStatus.REFUNDED, CaseStatus.CLOSED])
def test_a_refunded_or_closed_case_has_no_next_step_and_waits_for_nothing(status: CaseStatus) -> None:
    c = case(status=status, charges=[charge(date(2025, 6, 1))], entries=[wrote(date(2026, 1, 10))])
    assert next_step(c, date(2026, 2, 1)) is None
    assert deadlines(c) and all(d.done for d in deadlines(c))


@pytest.mark.parametrize("status", [CaseStatus.OPEN, CaseStatus.WAITING, CaseStatus.MEDIATOR])
def test_every_open_case_has_a_next_step(status: CaseStatus) -> None:
    assert next_step(case(status=status), date(2026, 2, 1)) is not None


def test_refunds_that_cover_the_claim_mean_check_the_bill_and_close() -> None:
    c = case(
        charges=[charge(date(2025, 9, 1), "4.99"), charge(date(2025, 9, 8), "4.99")],
        entries=[wrote(date(2026, 1, 10))],
    )
    assert step(case(charges=c.evidence[0].charges, refunds=["4.99"]), date(2026, 2, 1)).step == "send_refund"
    c.refunds = case(refunds=["9.98"]).refunds
    fr = step(c, date(2026, 2, 1))
    assert fr.step == "all_refunded" and "9,98" in fr.why and fr.by is None
    assert "mark the case as refunded" in step(c, date(2026, 2, 1), "en").action


# --- the deadline list ------------------------------------------------------------------------------------


def test_each_payment_has_its_safe_date_done_once_claimed_in_writing() -> None:
    charges = [charge(date(2025, 9, 1), "4.99"), charge(date(2025, 9, 1), "2.00"), charge(date(2026, 2, 1))]
    c = case(charges=charges, entries=[wrote(date(2026, 1, 10))])
    limits = [d for d in deadlines(c) if d.rule == "payment_limit"]
    assert [(d.due, d.amount, d.done) for d in limits] == [
        (date(2026, 9, 1), Decimal("6.99"), True),
        (date(2027, 2, 1), Decimal("4.99"), False),  # charged after the complaint: not claimed yet
    ]
    assert limits[0].title == "Date sûre pour réclamer le paiement du 1er septembre 2025 (6,99\u00a0€)"
    assert "L34-2" in limits[0].source and limits[0].confidence == "uncertain"
    english = [d for d in deadlines(c, "en") if d.rule == "payment_limit"]
    assert english[0].title == "Safe date to claim the payment of 1 September 2025 (€6.99)"


def test_the_list_is_in_date_order_and_names_its_sources() -> None:
    c = mediator_case(answered(date(2026, 4, 1), MEDIATOR))
    c.evidence[0].charges = [charge(date(2025, 10, 1))]
    listed = deadlines(c)
    assert [d.due for d in listed] == sorted(d.due for d in listed)
    assert {d.rule for d in listed} == RULE_IDS - {"consumer_answer", "mediator_after_consumer"}
    assert all(d.source and d.title and d.action for d in listed)
    assert due(c, "mediator_outcome").due == date(2026, 6, 30)
    assert due(c, "mediator_rejection").due == date(2026, 4, 10)


def test_an_unknown_language_falls_back_to_french() -> None:
    c = case(entries=[wrote(date(2026, 1, 10))])
    assert step(c, date(2026, 1, 20), "de").action == step(c, date(2026, 1, 20), "fr").action
    assert deadlines(c, "de") == deadlines(c, "fr")


# --- every situation reads well in both languages ---------------------------------------------------------


def scenarios() -> list[tuple[CaseFile, date]]:
    """One case per situation the engine knows (checked below to cover every [step.*] of ladder.toml)."""
    cs = wrote(date(2026, 1, 10))
    return [
        (case(charges=[charge(date(2025, 9, 1))], refunds=["4.99"]), date(2026, 2, 1)),
        (case(), date(2026, 1, 1)),
        (case(letters=[letter(status=LetterStatus.PRINTED)]), date(2026, 1, 1)),
        (case(letters=[letter(status=LetterStatus.DRAFT)]), date(2026, 1, 1)),
        (case(letters=[letter(sent_on=None)]), date(2026, 1, 1)),
        (case(entries=[cs]), date(2026, 1, 20)),
        (case(entries=[cs]), date(2026, 2, 20)),
        (case(entries=[cs]), date(2026, 3, 20)),
        (case(entries=[cs, answered(date(2026, 1, 20))]), date(2026, 1, 21)),
        (case(entries=[cs, wrote(date(2026, 2, 15), CONSUMER)]), date(2026, 2, 20)),
        (case(entries=[cs, wrote(date(2026, 2, 15), CONSUMER)]), date(2026, 4, 20)),
        (
            case(entries=[cs, wrote(date(2026, 2, 15), CONSUMER), answered(date(2026, 3, 1), CONSUMER)]),
            date(2026, 3, 2),
        ),
        (case(entries=[wrote(date(2025, 1, 10)), wrote(date(2025, 12, 20), CONSUMER)]), date(2025, 12, 28)),
        (case(entries=[wrote(date(2025, 1, 10)), wrote(date(2025, 12, 20), CONSUMER)]), date(2026, 1, 12)),
        (mediator_case(), date(2026, 3, 25)),
        (mediator_case(), date(2026, 5, 25)),
        (mediator_case(answered(date(2026, 4, 1), MEDIATOR)), date(2026, 4, 2)),
        (mediator_case(answered(date(2026, 4, 1), MEDIATOR)), date(2026, 8, 2)),
        (
            mediator_case(answered(date(2026, 4, 1), MEDIATOR), answered(date(2026, 5, 1), MEDIATOR)),
            date(2026, 5, 2),
        ),
        (case(status=CaseStatus.MEDIATOR), date(2026, 1, 1)),
    ]


def test_every_step_of_ladder_toml_is_reached_and_written_in_both_languages() -> None:
    reached = set()
    for case_file, today in scenarios():
        fr, en = step(case_file, today, "fr"), step(case_file, today, "en")
        assert fr.step == en.step and fr.by == en.by and fr.urgent == en.urgent
        assert fr.action != en.action and fr.why != en.why
        reached.add(fr.step)
    assert reached == set(STEP_FIELDS)


# --- ladder.toml ------------------------------------------------------------------------------------------


def raw_ladder() -> dict[str, Any]:
    with LADDER_TOML.open("rb") as f:
        return tomllib.load(f)


def test_the_bundled_ladder_names_its_sources_in_both_languages() -> None:
    lad = ladder()
    assert set(lad.rules) == RULE_IDS
    assert lad.checked == date(2026, 11, 25) and "law-and-recourse" in lad.source
    for rule in lad.rules.values():
        assert set(rule.titles) == set(rule.actions) == set(LANGS)
        assert rule.source.strip() and rule.confidence in {"sure", "likely", "uncertain"}
        assert rule.months or rule.days
    assert lad.rules["mediator_limit"].months == 12 and lad.rules["mediator_rejection"].days == 21
    assert lad.rules["mediator_outcome"].days == 90 and lad.rules["mediator_direct"].months == 2
    assert not any("withdrawal" in r or "retract" in r for r in lad.rules)  # not a step of this ladder
    assert load_ladder(LADDER_TOML) == lad


def _broken(change: str) -> dict[str, Any]:
    data = copy.deepcopy(raw_ladder())
    rule = data["rule"][1]
    if change == "unknown rule key":
        rule["deadline"] = 3
    elif change == "missing language":
        del rule["en"]
    elif change == "unknown language":
        rule["de"] = rule["fr"]
    elif change == "unknown placeholder":
        rule["fr"]["action"] += " {amount}"
    elif change == "languages disagree":
        rule["en"]["action"] = "Customer service has one month."
    elif change == "no duration":
        del rule["months"]
    elif change == "bad confidence":
        rule["confidence"] = "probable"
    elif change == "no source":
        del rule["source"]
    elif change == "duplicate":
        data["rule"].append(rule)
    elif change == "missing rule":
        del data["rule"][0]
    elif change == "bad starts":
        rule["starts"] = "tomorrow"
    elif change == "unknown top-level key":
        data["sources"] = "x"
    elif change == "missing step language":
        del data["step"]["cs_wait"]["en"]
    elif change == "unknown step":
        data["step"]["dance"] = data["step"]["cs_wait"]
    elif change == "step placeholder":
        data["step"]["cs_wait"]["fr"]["why"] += " {title}"
    elif change == "missing phrase":
        del data["phrase"]["calls_only"]
    elif change == "checked is text":
        data["checked"] = "2026-11-25"
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("unknown rule key", "unknown key(s) deadline"),
        ("missing language", "missing en"),
        ("unknown language", "unknown key(s) de"),
        ("unknown placeholder", "unknown placeholder(s) {amount}"),
        ("languages disagree", "different placeholders"),
        ("no duration", "give a duration"),
        ("bad confidence", "confidence must be one of"),
        ("no source", "missing source"),
        ("duplicate", "defined twice"),
        ("missing rule", "missing rule(s) payment_limit"),
        ("bad starts", "starts = 'tomorrow'"),
        ("unknown top-level key", "unknown key(s) sources"),
        ("missing step language", "[step.cs_wait]: missing en"),
        ("unknown step", "unknown key(s) dance"),
        ("step placeholder", "unknown placeholder(s) {title}"),
        ("missing phrase", "missing calls_only"),
        ("checked is text", "checked must be a TOML date"),
    ],
)
def test_a_broken_ladder_is_refused_with_a_clear_message(change: str, message: str) -> None:
    with pytest.raises(LadderError) as caught:
        parse_ladder(_broken(change))
    assert message in str(caught.value)


def test_an_unreadable_ladder_file_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "ladder.toml"
    bad.write_text("source = \n", encoding="utf-8")
    with pytest.raises(LadderError, match="not valid TOML"):
        load_ladder(bad)


# --- properties over random logs --------------------------------------------------------------------------

DAYS = st.dates(date(2024, 1, 1), date(2027, 12, 31))
PARTIES = st.sampled_from(list(Party))
entries_st = st.builds(
    Entry,
    id=st.integers(1, 50),
    case_id=st.just(1),
    on=DAYS,
    channel=st.sampled_from(list(Channel)),
    direction=st.sampled_from(list(Direction)),
    party=PARTIES,
    letter_id=st.none() | st.integers(100, 103),
    written=st.booleans(),
)
letters_st = st.builds(
    Letter,
    id=st.integers(100, 103),
    case_id=st.just(1),
    kind=st.sampled_from(list(LetterKind)),
    recipient=PARTIES,
    title=st.text(st.characters(blacklist_characters="{}"), max_size=20),
    status=st.sampled_from(list(LetterStatus)),
    created_on=DAYS,
    sent_on=st.none() | DAYS,
    received_on=st.none() | DAYS,
)
charges_st = st.builds(
    ChargeRecord,
    id=st.integers(1, 9),
    evidence_id=st.just(1),
    label=st.just("SMS+"),
    amount=st.decimals(Decimal("0.01"), Decimal("99.99"), places=2),
    charged_on=st.none() | DAYS,
    page=st.just(1),
    disputed=st.booleans(),
)


@st.composite
def case_files(draw: st.DrawFn) -> CaseFile:
    return case(
        status=draw(st.sampled_from(list(CaseStatus))),
        charges=draw(st.lists(charges_st, max_size=5)),
        entries=draw(st.lists(entries_st, max_size=8)),
        letters=draw(st.lists(letters_st, max_size=3)),
        refunds=[
            str(a) for a in draw(st.lists(st.decimals(Decimal("0.01"), Decimal("20"), places=2), max_size=2))
        ],
        claimed=str(draw(st.sampled_from([Decimal("0"), Decimal("9.98")]))),
        invoice_date=draw(st.none() | DAYS),
    )


@settings(max_examples=300, deadline=None)
@given(case_files(), DAYS, st.sampled_from(LANGS))
def test_any_log_gives_an_answer_and_a_sorted_list(case_file: CaseFile, today: date, lang: str) -> None:
    listed = deadlines(case_file, lang)
    assert [d.due for d in listed] == sorted(d.due for d in listed)
    assert all(d.rule in RULE_IDS and d.due > d.start for d in listed)
    result = next_step(case_file, today, lang)
    closed = case_file.case.status in (CaseStatus.REFUNDED, CaseStatus.CLOSED)
    assert (result is None) == closed
    if result is not None:
        assert result.step in STEP_FIELDS and result.action and result.why
        assert "{" not in result.action + result.why
        limit_passed = any(d.rule == "payment_limit" and not d.done and d.due < today for d in listed)
        if result.urgent and not limit_passed:  # a claim is urgent anyway once a payment's safe date passed
            assert result.by is not None and (result.by - today).days <= ladder().urgent_days
        if result.by is not None:
            assert result.rule in RULE_IDS
