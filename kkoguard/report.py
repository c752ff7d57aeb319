"""A run's results as the `kkoguard.scan/1` JSON contract, or as a table a person reads in a terminal."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from kkoguard.bills.model import Bill, Charge, Reconciliation
from kkoguard.bills.templates import operators
from kkoguard.detection.duplicates import find_duplicates
from kkoguard.detection.summary import Summary
from kkoguard.formatting import format_date, format_money, money_str, printable_name

if TYPE_CHECKING:
    from kkoguard.isolation import Outcome

SCHEMA_ID = "kkoguard.scan/1"


def operator_name(slug: str | None) -> str | None:
    """The operator's name as people write it ("Bouygues Telecom" for "bouygues")."""
    return next((t.name for t in operators() if t.slug == slug), slug)


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def charge_json(charge: Charge) -> dict[str, Any]:
    return {
        "label": charge.label,
        "amount": money_str(charge.amount),
        "date": _iso(charge.date),
        "page": charge.page,
        "bbox": [round(v, 2) for v in charge.bbox],
        "third_party": charge.third_party,
        "suspicious": charge.suspicious,
        "kind": charge.kind.value if charge.kind else None,
        "merchant": charge.merchant,
        "short_number": charge.short_number,
        "reasons": list(charge.reasons),
        **(
            {"source": "ocr", "confidence": round(charge.confidence, 3)}
            if charge.confidence is not None
            else {}
        ),
    }


def bill_json(
    path: str, bill: Bill | None, error: tuple[str, str] | None, duplicate_of: str | None = None
) -> dict[str, Any]:
    """`duplicate_of`: the file of an earlier bill of the run this one repeats (counted once, as that one)."""
    return {
        "file": path,
        "duplicate_of": duplicate_of,
        "status": "error" if error else "ok",
        "error": {"code": error[0], "message": error[1]} if error else None,
        "operator": bill.operator if bill else None,
        "invoice_number": bill.invoice_number if bill else None,
        "invoice_date": _iso(bill.invoice_date) if bill else None,
        "period_start": _iso(bill.period_start) if bill else None,
        "period_end": _iso(bill.period_end) if bill else None,
        "account_number": bill.account_number if bill else None,
        "line_numbers": list(bill.line_numbers) if bill else [],
        "total": money_str(bill.total) if bill and bill.total is not None else None,
        "charges": [charge_json(c) for c in bill.charges] if bill else [],
        **(_ocr_json(bill) if bill and bill.source == "ocr" else {}),
        "reconciliation": _reconciliation_json(bill.reconciliation) if bill and bill.reconciliation else None,
    }


def _reconciliation_json(found: Reconciliation) -> dict[str, Any]:
    """Whether the charges found add up to the printed total (an extra field the contract allows)."""
    return {
        "status": found.status.value,
        "charges_sum": money_str(found.charges_sum),
        "total": money_str(found.total) if found.total is not None else None,
        "difference": money_str(found.difference) if found.difference is not None else None,
        **({"unexplained": list(found.unexplained)} if found.unexplained else {}),
    }


def _ocr_json(bill: Bill) -> dict[str, Any]:
    """Extra fields of a bill read by OCR (the contract allows extra fields)."""
    extra: dict[str, Any] = {"source": "ocr", "confidence": bill.confidence}
    if bill.images:
        extra["pages_files"] = [page.file for page in bill.images]
    return extra


def summary_json(summary: Summary) -> dict[str, Any]:
    return {
        "suspicious_total": money_str(summary.suspicious_total),
        "merchants": [
            {
                "merchant": m.merchant,
                "total": money_str(m.total),
                "count": m.count,
                "first_date": _iso(m.first_date),
                "last_date": _iso(m.last_date),
                "recurring": m.recurring,
            }
            for m in summary.merchants
        ],
    }


def duplicate_files(outcomes: Sequence[Outcome]) -> dict[int, str]:
    """{index of an outcome whose bill repeats an earlier outcome's: the earlier one's file}."""
    read = [i for i, o in enumerate(outcomes) if o.bill is not None]
    repeats = find_duplicates([bill for o in outcomes if (bill := o.bill) is not None])
    return {read[later]: outcomes[read[first]].path for later, first in repeats.items()}


def scan_json(outcomes: Sequence[Outcome], summary: Summary, lang: str) -> dict[str, Any]:
    bills = []
    repeats = duplicate_files(outcomes)
    for index, o in enumerate(outcomes):
        if o.part_of is not None:  # a later page image: it is in the first image's bill
            continue
        error = (o.error.code.value, o.error.message(lang)) if o.error else None
        bills.append(bill_json(o.path, o.bill, error, repeats.get(index)))
    return {"schema": SCHEMA_ID, "bills": bills, "summary": summary_json(summary)}


_SURROGATE = re.compile("[\ud800-\udfff]")


def json_text(document: Any) -> str:
    """The document as JSON text that always encodes as UTF-8 (RFC 8259) and loses nothing.

    A file name that is not valid UTF-8 reaches Python with its undecodable bytes as lone surrogates
    (surrogateescape); they are written as "\\udcXX" escapes, so `os.fsencode(json.loads(text)[...])` gives
    back the name's exact bytes. Every other character is written as itself."""
    text = json.dumps(document, ensure_ascii=False, indent=1)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


# ---------------------------------------------------------------------------------------------- text

_WORDS = {
    "fr": {
        "bill": "Facture",
        "error": "ERREUR",
        "operator": "opérateur",
        "unknown": "inconnu",
        "total": "total",
        "charges": "lignes",
        "suspicious": "suspectes",
        "suspect": "SUSPECT",
        "third": "tiers",
        "summary": "Ce qui a été prélevé par des services tiers",
        "none": "Aucun prélèvement suspect trouvé.",
        "times": "fois",
        "from": "du",
        "to": "au",
        "recurring": "récurrent",
        "all": "Total suspect",
        "duplicate": "même facture que {file}, comptée une fois",
    },
    "en": {
        "bill": "Bill",
        "error": "ERROR",
        "operator": "operator",
        "unknown": "unknown",
        "total": "total",
        "charges": "lines",
        "suspicious": "suspicious",
        "suspect": "SUSPICIOUS",
        "third": "third party",
        "summary": "What third-party services took",
        "none": "No suspicious charge found.",
        "times": "times",
        "from": "from",
        "to": "to",
        "recurring": "recurring",
        "all": "Suspicious total",
        "duplicate": "same bill as {file}, counted once",
    },
}


def scan_table(outcomes: Sequence[Outcome], summary: Summary, lang: str) -> str:
    w = _WORDS.get(lang, _WORDS["en"])
    out: list[str] = []
    repeats = duplicate_files(outcomes)
    for index, o in enumerate(outcomes):
        if o.part_of is not None:
            continue
        if o.error or o.bill is None:
            message = o.error.message(lang) if o.error else ""
            out.append(f"{w['error']}  {printable_name(o.path)}\n  {printable_name(message)}\n")
            continue
        bill = o.bill
        flagged = sum(1 for c in bill.charges if c.suspicious)
        head = [
            f"{w['bill']} {printable_name(o.path)}",
            f"{w['operator']}: {operator_name(bill.operator) or w['unknown']}",
        ]
        if bill.invoice_date:
            head.append(format_date(bill.invoice_date, lang))
        if bill.total is not None:
            head.append(f"{w['total']}: {format_money(bill.total, lang)}")
        head.append(f"{len(bill.charges)} {w['charges']}, {flagged} {w['suspicious']}")
        if index in repeats:
            head.append(w["duplicate"].format(file=printable_name(repeats[index])))
        out.append(" · ".join(head))
        for c in sorted(bill.charges, key=lambda c: not c.suspicious):
            mark = w["suspect"] if c.suspicious else (w["third"] if c.third_party else "")
            day = c.date.strftime("%d/%m/%Y") if c.date else ""
            out.append(
                f"  {mark:<10} {day:<10} {format_money(c.amount, lang):>12}  {printable_name(c.label)}"
            )
        out.append("")
    out.append(w["summary"])
    if not summary.merchants:
        out.append(f"  {w['none']}")
    for m in summary.merchants:
        span = ""
        if m.first_date and m.last_date:
            span = f"{w['from']} {format_date(m.first_date, lang)} {w['to']} {format_date(m.last_date, lang)}"
        rec = f" ({w['recurring']})" if m.recurring else ""
        merchant = printable_name(m.merchant)
        out.append(f"  {merchant:<24} {format_money(m.total, lang):>12}  {m.count} {w['times']} {span}{rec}")
        for reason in m.charges[0].reasons if m.charges else []:
            out.append(f"      - {printable_name(reason)}")
    out.append(f"  {w['all']}: {format_money(summary.suspicious_total, lang)}")
    return "\n".join(out) + "\n"
