"""A case file built from `kkoguard scan --json` output (schema kkoguard.scan/1), for scripts.

Each bill read without error becomes a bill in the case, with its charges; the suspicious ones are the
disputed ones. The invoice numbers the scan printed are returned apart (the dossier model has no place for
them) so that the letter can quote them in its references.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from kkoguard.dossier.model import Case, CaseFile, CaseStatus, ChargeRecord, Evidence, EvidenceKind
from kkoguard.letters.drafting import LetterError

SCHEMA = "kkoguard.scan/1"


def _bad(why: str, where: str) -> LetterError:
    return LetterError(
        "bad_scan",
        f"{where} n'est pas une sortie valide de « kkoguard scan --json » ({why}).",
        f"{where} is not valid `kkoguard scan --json` output ({why}).",
    )


def _day(value: Any, what: str, where: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise _bad(f"{what}: {value!r} is not a date", where) from None


def _money(value: Any, what: str, where: str) -> Decimal:
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        raise _bad(f"{what}: {value!r} is not an amount", where) from None
    if not amount.is_finite():
        raise _bad(f"{what}: {value!r} is not an amount", where)
    return amount


def case_file_from_scan(
    data: Any,
    *,
    today: date,
    holder_name: str | None = None,
    holder_address: Sequence[str] = (),
    where: str = "scan",
) -> tuple[CaseFile, dict[int, str]]:
    """(case file, invoice number by evidence id). LetterError when the data is not a scan result."""
    if not isinstance(data, Mapping) or data.get("schema") != SCHEMA:
        raise _bad(f"schema is not {SCHEMA}", where)
    raw_bills = data.get("bills")
    if not isinstance(raw_bills, list):
        raise _bad("no bills", where)
    evidence: list[Evidence] = []
    numbers: dict[int, str] = {}
    operators: list[str] = []
    lines: list[str] = []
    accounts: list[str] = []
    charge_id = 0
    for index, bill in enumerate(raw_bills, start=1):
        if not isinstance(bill, Mapping):
            raise _bad(f"bill #{index} is not an object", where)
        if bill.get("status") != "ok" or bill.get("duplicate_of"):
            continue  # a copy of a bill already listed claims nothing more
        at = f"bill #{index}"
        if bill.get("operator"):
            operators.append(str(bill["operator"]))
        lines += [str(x) for x in bill.get("line_numbers") or []]
        if bill.get("account_number"):
            accounts.append(str(bill["account_number"]))
        invoice_date = _day(bill.get("invoice_date"), f"{at} invoice_date", where)
        records: list[ChargeRecord] = []
        raw_charges = bill.get("charges")
        if not isinstance(raw_charges, list):
            raise _bad(f"{at}: charges is not a list", where)
        for number, charge in enumerate(raw_charges, start=1):
            if not isinstance(charge, Mapping) or not isinstance(charge.get("label"), str):
                raise _bad(f"{at} charge #{number} has no label", where)
            charge_id += 1
            suspicious = charge.get("suspicious") is True
            records.append(
                ChargeRecord(
                    id=charge_id,
                    evidence_id=index,
                    label=charge["label"],
                    amount=_money(charge.get("amount"), f"{at} charge #{number} amount", where),
                    charged_on=_day(charge.get("date"), f"{at} charge #{number} date", where),
                    page=charge["page"] if isinstance(charge.get("page"), int) else 1,
                    kind=charge.get("kind") if isinstance(charge.get("kind"), str) else None,
                    merchant=charge.get("merchant") if isinstance(charge.get("merchant"), str) else None,
                    suspicious=suspicious,
                    reasons=[str(r) for r in charge.get("reasons") or []],
                    disputed=suspicious,
                )
            )
        total = bill.get("total")
        evidence.append(
            Evidence(
                id=index,
                case_id=0,
                kind=EvidenceKind.BILL,
                title=str(bill.get("file") or f"facture {index}"),
                added_on=today,
                filename=str(bill.get("file") or "") or None,
                invoice_date=invoice_date,
                period_start=_day(bill.get("period_start"), f"{at} period_start", where),
                period_end=_day(bill.get("period_end"), f"{at} period_end", where),
                total=_money(total, f"{at} total", where) if total is not None else None,
                charges=records,
            )
        )
        if bill.get("invoice_number"):
            numbers[index] = str(bill["invoice_number"])
    if not evidence:
        raise _bad("no bill was read without error", where)
    if len(set(operators)) > 1:
        raise LetterError(
            "several_operators",
            f"{where} contient des factures de plusieurs opérateurs ({', '.join(sorted(set(operators)))}) : "
            "un courrier ne vise qu'un opérateur. Relancez « kkoguard scan » sur les factures d'un seul.",
            f"{where} holds bills of several operators ({', '.join(sorted(set(operators)))}): a letter is "
            "for one operator. Run `kkoguard scan` on one operator's bills.",
        )
    summary = data.get("summary")
    found = summary.get("merchants") if isinstance(summary, Mapping) else None
    merchants = [
        str(m["merchant"])
        for m in (found if isinstance(found, list) else [])
        if isinstance(m, Mapping) and m.get("merchant")
    ]
    disputed = sum((c.amount for ev in evidence for c in ev.charges if c.disputed), Decimal("0.00"))
    case = Case(
        id=0,
        title=where,
        operator=operators[0] if operators else None,
        line_number=lines[0] if lines else None,
        account_number=accounts[0] if accounts else None,
        merchants=merchants,
        status=CaseStatus.OPEN,
        opened_on=today,
        holder_name=(holder_name or "").strip() or None,
        holder_address="\n".join(x.strip() for x in holder_address if x.strip()) or None,
        claimed=disputed,
    )
    return CaseFile(case, evidence, [], [], [], []), numbers
