"""`kkoguard letter KIND …`: a French letter for a case of the dossier or for a `kkoguard scan --json` result.

    kkoguard letter refund --case 3 --out reclamation.pdf --place Lyon --store
    kkoguard letter escalation --case 3 --out recours.pdf \\
        --to "Orange Service Consommateurs|33734 Bordeaux Cedex 9"
    kkoguard scan --json factures/ > scan.json
    kkoguard letter refund --scan scan.json --out reclamation.pdf --from-name "Jeanne Martin" \\
        --from-address "3 rue des Lilas|69003 Lyon"
    kkoguard letter signalconso --case 3 --out signalement.txt

The warnings (address to check, missing information to fill in by hand, too early to send…) are printed on
stderr before the file is written. A .txt output gets the plain-text version; a SignalConso report is always
plain text. Exit status: 0 written, 1 failed (the message says why), 2 usage error. The arguments are defined
in kkoguard/cli.py; this module is imported only when the command runs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from kkoguard.formatting import printable_name

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def _split(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    lines = tuple(part.strip() for part in value.split("|") if part.strip())
    return lines or None


def _usage(message: str) -> int:
    print(f"kkoguard letter: {printable_name(message)}", file=sys.stderr)
    return EXIT_USAGE


def run(args: argparse.Namespace, lang: str, out: TextIO | None = None) -> int:
    from kkoguard.dossier.errors import DossierError
    from kkoguard.letters import LetterError, TemplateError
    from kkoguard.letters.fonts import FontError

    out = out or sys.stdout
    target = Path(args.out)
    text_only = args.kind == "signalconso" or target.suffix.lower() == ".txt"
    if args.kind == "signalconso" and target.suffix.lower() == ".pdf":
        return _usage(_t("report_is_text", lang))
    if args.store and args.case is None:
        return _usage(_t("store_needs_case", lang))
    if args.store and args.kind == "signalconso":
        return _usage(_t("store_report", lang))
    try:
        today = date.fromisoformat(args.date) if args.date else date.today()
    except ValueError:
        return _usage(_t("bad_date", lang).format(value=args.date))
    try:
        return _write(args, lang, out, target, today, text_only)
    except (LetterError, DossierError) as error:
        print(printable_name(error.message(lang)), file=sys.stderr)
    except (TemplateError, FontError) as error:
        print(_t("damaged", lang).format(detail=printable_name(str(error))), file=sys.stderr)
    except OSError as error:
        detail = printable_name(error.strerror or str(error))
        print(
            _t("write_failed", lang).format(where=printable_name(str(target)), detail=detail), file=sys.stderr
        )
    return EXIT_FAILED


def _write(
    args: argparse.Namespace, lang: str, out: TextIO, target: Path, today: date, text_only: bool
) -> int:
    from kkoguard.letters import compose, render_pdf, render_text
    from kkoguard.letters.scan_input import case_file_from_scan

    invoice_numbers: dict[int, str] = {}
    if args.scan is not None:
        case_file, invoice_numbers = case_file_from_scan(
            _read_json(args.scan),
            today=today,
            holder_name=args.from_name,
            holder_address=_split(args.from_address) or (),
            where=Path(args.scan).name if args.scan != "-" else "stdin",
        )
    else:
        from kkoguard.cli_dossier import open_dossier

        with open_dossier(lang) as dossier:
            case_file = dossier.case_file(args.case)
        if args.from_name:
            case_file.case.holder_name = args.from_name
        if args.from_address:
            case_file.case.holder_address = "\n".join(_split(args.from_address) or ())
    draft = compose(
        args.kind,
        case_file,
        today=today,
        place=args.place,
        product=args.product,
        printed_address=_split(args.bill_address),
        recipient_override=_split(args.to),
        option_name=args.option,
        merchant=args.merchant,
        registered_number=args.registered,
        invoice_numbers=invoice_numbers,
    )
    for warning in draft.warnings:
        print(f"⚠ {printable_name(warning.text(lang))}", file=sys.stderr)
    data = render_text(draft).encode("utf-8") if text_only else render_pdf(draft)
    _atomic_write(target, data)
    if draft.format == "letter":
        print(_t("recipient", lang).format(origin=draft.origin(lang)), file=out)
        for line in draft.recipient:
            print(f"    {printable_name(line)}", file=out)
    print(_t("written", lang).format(where=printable_name(str(target))), file=out)
    if args.store:
        from kkoguard.cli_dossier import open_dossier

        pdf = data if not text_only else render_pdf(draft)
        with open_dossier(lang) as dossier:
            letter = dossier.add_letter(
                args.case,
                kind=draft.letter_kind,
                recipient=draft.party,
                title=draft.title,
                pdf=pdf,
                created_on=today,
            )
        print(_t("stored", lang).format(id=letter.id, case=args.case), file=out)
    return EXIT_OK


def _read_json(path: str) -> Any:
    from kkoguard.letters import LetterError

    name = "stdin" if path == "-" else Path(path).name
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8-sig")
        return json.loads(text)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise LetterError(
            "bad_scan",
            f"Impossible de lire {name} comme une sortie de « kkoguard scan --json » ({error}).",
            f"Cannot read {name} as `kkoguard scan --json` output ({error}).",
        ) from None


def _atomic_write(target: Path, data: bytes) -> None:
    """Written beside the target and renamed: never a half-written letter."""
    folder = target.parent if str(target.parent) else Path(".")
    handle, temp = tempfile.mkstemp(prefix=".kkoguard-letter-", suffix=".part", dir=folder)
    try:
        with os.fdopen(handle, "wb") as f:
            f.write(data)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


_TEXTS: dict[str, dict[str, str]] = {
    "report_is_text": {
        "fr": "le signalement SignalConso est un texte à coller dans le formulaire : écrivez-le en .txt.",
        "en": "the SignalConso report is text to paste into the form: write it to a .txt file.",
    },
    "store_needs_case": {
        "fr": "--store range le courrier dans le dossier : il faut --case.",
        "en": "--store keeps the letter in the dossier: it needs --case.",
    },
    "store_report": {
        "fr": "--store ne s'applique pas au signalement SignalConso (ce n'est pas un courrier).",
        "en": "--store does not apply to the SignalConso report (it is not a letter).",
    },
    "bad_date": {
        "fr": "--date {value} : écrivez la date AAAA-MM-JJ (par exemple 2026-03-03).",
        "en": "--date {value}: write the date as YYYY-MM-DD (for example 2026-03-03).",
    },
    "damaged": {
        "fr": "Les modèles de courrier de KKO Guard sont endommagés ({detail}). Réinstallez l'application.",
        "en": "KKO Guard's letter templates are damaged ({detail}). Reinstall the application.",
    },
    "write_failed": {
        "fr": "Impossible d'écrire {where} ({detail}). Choisissez un autre dossier.",
        "en": "Cannot write {where} ({detail}). Choose another folder.",
    },
    "recipient": {"fr": "Destinataire ({origin}) :", "en": "Recipient ({origin}):"},
    "written": {"fr": "Courrier écrit : {where}", "en": "Letter written: {where}"},
    "stored": {
        "fr": "Gardé dans le dossier comme brouillon (courrier {id}, réclamation {case}).",
        "en": "Kept in the dossier as a draft (letter {id}, case {case}).",
    },
}


def _t(key: str, lang: str) -> str:
    return _TEXTS[key].get(lang, _TEXTS[key]["en"])
