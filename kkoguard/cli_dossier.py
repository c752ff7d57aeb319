"""`kkoguard dossier …`: the encrypted dossier from a terminal (list, show, import, export, backup).

Unlocking: the OS keyring first; otherwise KKOGUARD_PASSPHRASE or KKOGUARD_RECOVERY_KEY from the
environment (scripts), otherwise a hidden prompt when a person is at the terminal.

The arguments are defined in kkoguard/cli.py; this module is imported only when the command runs.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TextIO

from kkoguard.dossier.errors import DossierError, DossierErrorCode
from kkoguard.dossier.keys import KeyMode
from kkoguard.dossier.model import CaseFile, CaseStatus, Direction
from kkoguard.dossier.store import Dossier
from kkoguard.formatting import format_date, format_money, printable_name, printable_text
from kkoguard.paths import make_private_folders, write_private

EXIT_OK = 0
EXIT_FAILED = 1
_ASK_AGAIN = {
    DossierErrorCode.NEEDS_SECRET,
    DossierErrorCode.KEYRING_UNAVAILABLE,
    DossierErrorCode.KEY_NOT_IN_KEYRING,
    DossierErrorCode.WRONG_SECRET,
}


def run(args: argparse.Namespace, lang: str, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    try:
        action: Callable[[argparse.Namespace, str, TextIO], int] = _ACTIONS[args.action]
        return action(args, lang, out)
    except DossierError as error:
        print(printable_name(error.message(lang)), file=sys.stderr)
        return EXIT_FAILED


# --- unlocking ------------------------------------------------------------------------------------------


def _env_secret() -> str | None:
    return os.environ.get("KKOGUARD_RECOVERY_KEY") or os.environ.get("KKOGUARD_PASSPHRASE") or None


def open_dossier(lang: str) -> Dossier:
    """Keyring, then environment, then up to three prompts at a terminal."""
    secret = _env_secret()
    try:
        return Dossier.open(secret=secret)
    except DossierError as error:
        if error.code not in _ASK_AGAIN or secret is not None or not sys.stdin.isatty():
            raise
        print(printable_name(error.message(lang)), file=sys.stderr)
    for attempt in range(3):
        typed = getpass.getpass(_t("prompt", lang))
        try:
            return Dossier.open(secret=typed)
        except DossierError as error:
            if error.code is not DossierErrorCode.WRONG_SECRET or attempt == 2:
                raise
            print(printable_name(error.message(lang)), file=sys.stderr)
    raise AssertionError("unreachable")


# --- actions --------------------------------------------------------------------------------------------


def _create(args: argparse.Namespace, lang: str, out: TextIO) -> int:
    passphrase = None
    if args.passphrase:
        passphrase = os.environ.get("KKOGUARD_PASSPHRASE")
        if passphrase is None:
            if not sys.stdin.isatty():
                raise DossierError(DossierErrorCode.NEEDS_SECRET)
            passphrase = getpass.getpass(_t("new_passphrase", lang))
            if getpass.getpass(_t("repeat_passphrase", lang)) != passphrase:
                print(_t("mismatch", lang), file=sys.stderr)
                return EXIT_FAILED
    dossier, recovery = Dossier.create(passphrase=passphrase)
    with dossier:
        if args.recovery_pdf:
            from kkoguard.dossier.export import render_recovery_sheet

            sheet = render_recovery_sheet(
                recovery, created_on=date.today(), dossier_id=dossier.dossier_id, lang=lang
            )
            write_private(Path(args.recovery_pdf), sheet)
        how = _t("by_keyring" if passphrase is None else "by_passphrase", lang)
        print(_t("created", lang).format(where=printable_name(str(dossier.paths.folder)), how=how), file=out)
        print(_t("recovery", lang), file=out)
        print(f"\n    {recovery}\n", file=out)
    return EXIT_OK


def _list(args: argparse.Namespace, lang: str, out: TextIO) -> int:
    with open_dossier(lang) as dossier:
        cases = dossier.cases()
        how = _t("by_keyring" if dossier.mode is KeyMode.KEYRING else "by_passphrase", lang)
    print(_t("protected", lang).format(where=printable_name(str(dossier.paths.db)), how=how), file=out)
    if not cases:
        print(_t("no_cases", lang), file=out)
        return EXIT_OK
    for case in cases:
        line = f"{case.id:>4}  {format_date(case.opened_on, lang):<18} {_status(case.status, lang):<26} "
        line += f"{_operator(case.operator) or '—':<16} {printable_name(case.title)}"
        print(line.rstrip(), file=out)
        print(
            f"      {_t('claimed', lang)} {format_money(case.claimed, lang)}"
            f" · {_t('refunded', lang)} {format_money(case.refunded, lang)}",
            file=out,
        )
    return EXIT_OK


def _show(args: argparse.Namespace, lang: str, out: TextIO) -> int:
    with open_dossier(lang) as dossier:
        case_file = dossier.case_file(args.case)
    out.write(case_text(case_file, lang, date.today()))
    return EXIT_OK


def _import(args: argparse.Namespace, lang: str, out: TextIO) -> int:
    from kkoguard.cli import expand_paths
    from kkoguard.detection.summary import analyse
    from kkoguard.dossier.importing import save_bills
    from kkoguard.errors import BillError
    from kkoguard.isolation import read_bills

    files = expand_paths(args.paths)
    outcomes = read_bills(files) if files else []
    bills = [o.bill for o in outcomes if o.bill is not None]
    analyse(bills, "fr")  # reasons are stored with the case; letters and exports are in French
    failed = 0
    with open_dossier(lang) as dossier:
        if args.case is not None:
            dossier.case(args.case)
        for outcome in outcomes:
            if outcome.part_of is not None:  # a later page image, stored with the first one's bill
                continue
            name = printable_name(Path(outcome.path).name or outcome.path)
            if outcome.error is not None or outcome.bill is None:
                failed += 1
                error = outcome.error
                text = error.message(lang) if isinstance(error, BillError) else str(error)
                print(printable_name(text), file=sys.stderr)
                continue
            try:
                [(case_id, new)] = save_bills(dossier, [outcome.bill], case_id=args.case)
            except OSError as error:  # moved or made unreadable since it was read
                failed += 1
                reason = printable_name(error.strerror or str(error))
                print(_t("unreadable", lang).format(name=name, reason=reason), file=sys.stderr)
                continue
            except DossierError as error:
                if error.code is not DossierErrorCode.TOO_LARGE:  # the dossier itself failed: stop here
                    raise
                failed += 1
                print(printable_name(error.message(lang)), file=sys.stderr)
                continue
            key = "imported" if new else "already"
            print(_t(key, lang).format(name=name, case=case_id), file=out)
    return EXIT_FAILED if failed or not files else EXIT_OK


def _export(args: argparse.Namespace, lang: str, out: TextIO) -> int:
    from kkoguard.dossier.deadlines import next_step
    from kkoguard.dossier.export import export_case

    out_dir = Path(args.out)
    make_private_folders(out_dir)
    today = date.today()
    with open_dossier(lang) as dossier:
        step = next_step(dossier.case_file(args.case), today, "fr")
        steps = [(step.action, step.by)] if step else []
        path = export_case(dossier, args.case, out_dir, today=today, as_zip=args.zip, next_steps=steps)
    print(_t("exported", lang).format(where=printable_name(str(path))), file=out)
    return EXIT_OK


def _backup(args: argparse.Namespace, lang: str, out: TextIO) -> int:
    with open_dossier(lang) as dossier:
        path = dossier.backup(Path(args.file))
    print(_t("backed_up", lang).format(where=printable_name(str(path))), file=out)
    return EXIT_OK


def _restore(args: argparse.Namespace, lang: str, out: TextIO) -> int:
    secret = _env_secret()
    if secret is None and sys.stdin.isatty():
        try:
            with Dossier.restore(Path(args.file)) as dossier:
                print(_t("restored", lang).format(count=len(dossier.cases())), file=out)
            return EXIT_OK
        except DossierError as error:
            if error.code not in _ASK_AGAIN:
                raise
            secret = getpass.getpass(_t("prompt", lang))
    with Dossier.restore(Path(args.file), secret=secret) as dossier:
        print(_t("restored", lang).format(count=len(dossier.cases())), file=out)
    return EXIT_OK


def _check(args: argparse.Namespace, lang: str, out: TextIO) -> int:
    with open_dossier(lang) as dossier:
        ok = dossier.check()
    print(_t("check_ok" if ok else "check_bad", lang), file=out)
    return EXIT_OK if ok else EXIT_FAILED


_ACTIONS: dict[str, Callable[[argparse.Namespace, str, TextIO], int]] = {
    "create": _create,
    "list": _list,
    "show": _show,
    "import": _import,
    "export": _export,
    "backup": _backup,
    "restore": _restore,
    "check": _check,
}


# --- text -----------------------------------------------------------------------------------------------


def case_text(case_file: CaseFile, lang: str, today: date) -> str:
    """A case as a person reads it in a terminal: who, how much, what happened, what to do next."""
    from kkoguard.dossier.deadlines import deadlines, next_step

    case = case_file.case
    safe = printable_name
    lines = [f"{_t('case', lang)} {case.id} — {safe(case.title)}", ""]
    fields = [
        (_t("status", lang), _status(case.status, lang)),
        (_t("operator", lang), _operator(case.operator) or "—"),
        (_t("line", lang), safe(case.line_number or "—")),
        (_t("account", lang), safe(case.account_number or "—")),
        (_t("merchants", lang), safe(", ".join(case.merchants) or "—")),
        (_t("opened", lang), format_date(case.opened_on, lang)),
        (_t("claimed", lang), format_money(case.claimed, lang)),
        (_t("refunded", lang), format_money(case.refunded, lang)),
    ]
    width = max(len(label) for label, _ in fields)
    lines += [f"  {label:<{width}}  {value}" for label, value in fields]
    step = next_step(case_file, today, lang)
    if step is not None:
        lines += ["", _t("next", lang)]
        by = f" ({_t('by', lang)} {format_date(step.by, lang)})" if step.by else ""
        lines += [f"  {'⚠ ' if step.urgent else ''}{safe(step.action)}{by}", f"  {safe(step.why)}"]
    pending = [d for d in deadlines(case_file, lang) if not d.done]
    # One line per payment would bury the rest: show the next payment limit and count the others.
    payments = [d for d in pending if d.rule == "payment_limit"]
    shown = [d for d in pending if d.rule != "payment_limit" and d.due >= today]
    shown += [d for d in payments if d.due >= today][:1]
    if shown or payments:
        lines += ["", _t("deadlines", lang)]
        lines += [
            f"  {format_date(d.due, lang):<18} {safe(d.title)}" for d in sorted(shown, key=lambda d: d.due)
        ]
        later = sum(d.due >= today for d in payments) - 1
        passed = sum(d.due < today for d in payments)
        if later > 0:
            lines.append("  " + _t("more_payments", lang).format(count=later))
        if passed:
            lines.append("  " + _t("passed_payments", lang).format(count=passed))
    disputed = [c for e in case_file.evidence for c in e.charges if c.disputed]
    if disputed:
        lines += ["", _t("disputed", lang)]
        for charge in sorted(disputed, key=lambda c: (c.charged_on or date.min, c.id)):
            day = format_date(charge.charged_on, lang) if charge.charged_on else "—"
            lines.append(f"  {day:<18} {format_money(charge.amount, lang):>12}  {safe(charge.label)}")
    if case_file.evidence:
        lines += ["", _t("evidence", lang)]
        lines += [
            f"  {e.id:>4}  {format_date(e.added_on, lang):<18} {safe(e.title)}" for e in case_file.evidence
        ]
    if case_file.letters:
        lines += ["", _t("letters", lang)]
        for letter in case_file.letters:
            parts = [safe(letter.title), _t(f"letter_{letter.status}", lang)]
            if letter.tracking_number:
                parts.append(f"n° {safe(letter.tracking_number)}")
            if letter.sent_on:
                parts.append(f"{_t('sent', lang)} {format_date(letter.sent_on, lang)}")
            if letter.received_on:
                parts.append(f"{_t('ar', lang)} {format_date(letter.received_on, lang)}")
            lines.append(f"  {letter.id:>4}  " + " · ".join(parts))
    if case_file.entries:
        lines += ["", _t("log", lang)]
        for entry in case_file.entries:
            arrow = "→" if entry.direction is Direction.OUTGOING else "←"
            who = f" ({safe(entry.who)})" if entry.who else ""
            party = _t(f"party_{entry.party}", lang)
            summary = printable_text(entry.summary)
            lines.append(f"  {format_date(entry.on, lang):<18} {arrow} {party}{who} : {summary}".rstrip(" :"))
    return "\n".join(lines) + "\n"


def _operator(slug: str | None) -> str | None:
    from kkoguard.report import operator_name

    return operator_name(slug)


def _status(status: CaseStatus, lang: str) -> str:
    return _t(f"status_{status}", lang)


_TEXTS: dict[str, dict[str, str]] = {
    "prompt": {"fr": "Phrase secrète ou clé de secours : ", "en": "Passphrase or recovery key: "},
    "new_passphrase": {"fr": "Nouvelle phrase secrète : ", "en": "New passphrase: "},
    "repeat_passphrase": {"fr": "Répétez la phrase secrète : ", "en": "Repeat the passphrase: "},
    "mismatch": {
        "fr": "Les deux saisies diffèrent ; rien n'a été créé.",
        "en": "The two entries differ; nothing was created.",
    },
    "created": {
        "fr": "Dossier créé dans {where}, protégé {how}.",
        "en": "Dossier created in {where}, protected {how}.",
    },
    "protected": {
        "fr": "Dossier chiffré {where}, protégé {how}.",
        "en": "Encrypted dossier {where}, protected {how}.",
    },
    "by_keyring": {"fr": "par le coffre à mots de passe du système", "en": "by the system keyring"},
    "by_passphrase": {"fr": "par votre phrase secrète", "en": "by your passphrase"},
    "recovery": {
        "fr": "Votre clé de secours (affichée une seule fois ; notez-la ou imprimez-la et gardez-la en "
        "lieu sûr) :",
        "en": "Your recovery key (shown only once; write it down or print it and keep it somewhere safe):",
    },
    "no_cases": {
        "fr": "Le dossier ne contient encore aucune réclamation.",
        "en": "The dossier holds no case yet.",
    },
    "claimed": {"fr": "réclamé", "en": "claimed"},
    "refunded": {"fr": "remboursé", "en": "refunded"},
    "imported": {"fr": "{name} : enregistrée (réclamation {case}).", "en": "{name}: stored (case {case})."},
    "already": {"fr": "{name} : déjà dans la réclamation {case}.", "en": "{name}: already in case {case}."},
    "unreadable": {
        "fr": "{name} : impossible de le lire pour l'enregistrer ({reason}). Vérifiez qu'il est toujours là.",
        "en": "{name}: cannot be read to store it ({reason}). Check that it is still there.",
    },
    "exported": {"fr": "Dossier exporté : {where}", "en": "Case exported: {where}"},
    "backed_up": {"fr": "Sauvegarde chiffrée écrite : {where}", "en": "Encrypted backup written: {where}"},
    "restored": {
        "fr": "Sauvegarde restaurée ({count} réclamation(s)).",
        "en": "Backup restored ({count} case(s)).",
    },
    "check_ok": {"fr": "Le dossier est intact.", "en": "The dossier is intact."},
    "check_bad": {
        "fr": "Le dossier est endommagé. Restaurez votre dernière sauvegarde.",
        "en": "The dossier is damaged. Restore your latest backup.",
    },
    "case": {"fr": "Affaire", "en": "Case"},
    "status": {"fr": "État", "en": "Status"},
    "operator": {"fr": "Opérateur", "en": "Operator"},
    "line": {"fr": "Ligne", "en": "Line"},
    "account": {"fr": "Compte client", "en": "Account"},
    "merchants": {"fr": "Services", "en": "Merchants"},
    "opened": {"fr": "Ouverte le", "en": "Opened"},
    "next": {"fr": "Prochaine étape", "en": "Next step"},
    "by": {"fr": "avant le", "en": "by"},
    "deadlines": {"fr": "Délais à venir", "en": "Coming deadlines"},
    "disputed": {"fr": "Prélèvements contestés", "en": "Disputed charges"},
    "more_payments": {
        "fr": "… et {count} autre(s) paiement(s) contesté(s), chacun à réclamer dans l'année qui suit.",
        "en": "… and {count} more disputed payment(s), each to be claimed within a year.",
    },
    "passed_payments": {
        "fr": "{count} paiement(s) de plus d'un an : réclamez-les quand même, l'opérateur peut accepter.",
        "en": "{count} payment(s) over a year old: claim them anyway, the operator may agree.",
    },
    "evidence": {"fr": "Pièces", "en": "Evidence"},
    "letters": {"fr": "Courriers", "en": "Letters"},
    "log": {"fr": "Échanges", "en": "Correspondence"},
    "sent": {"fr": "envoyé le", "en": "sent"},
    "ar": {"fr": "AR du", "en": "received"},
    "letter_draft": {"fr": "brouillon", "en": "draft"},
    "letter_printed": {"fr": "imprimé", "en": "printed"},
    "letter_sent": {"fr": "envoyé", "en": "sent"},
    "status_open": {"fr": "ouverte", "en": "open"},
    "status_waiting": {"fr": "en attente de réponse", "en": "waiting for a reply"},
    "status_mediator": {"fr": "chez le médiateur", "en": "with the mediator"},
    "status_refunded": {"fr": "remboursée", "en": "refunded"},
    "status_closed": {"fr": "close", "en": "closed"},
    "party_customer_service": {"fr": "service clients", "en": "customer service"},
    "party_consumer_service": {"fr": "service consommateurs", "en": "consumer service"},
    "party_mediator": {"fr": "médiateur", "en": "mediator"},
    "party_merchant": {"fr": "éditeur du service", "en": "merchant"},
    "party_association": {"fr": "association", "en": "association"},
    "party_authority": {"fr": "administration", "en": "authority"},
    "party_other": {"fr": "autre", "en": "other"},
}


def _t(key: str, lang: str) -> str:
    return _TEXTS[key].get(lang, _TEXTS[key]["en"])
