"""Command line: argument parsing and output only; every subcommand calls the engine.

Start-up stays short because nothing is imported before it is needed. This module imports only the standard
library; a subcommand gets its arguments when argparse hands it the command line (`_Command`), and its run
part, kkoguard/cli_<name>.py, is imported only to run it. So `kkoguard --version` and `--help` import no
engine module, and `scan` no letters, dossier or Qt.
"""

from __future__ import annotations

import argparse
import importlib
import io
import os
import re
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from kkoguard import __version__

if TYPE_CHECKING:
    from typing import TextIO

EXIT_OK = 0
EXIT_FILE_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
_PSN = re.compile(r"-psn_\d+_\d+")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kkoguard",
        description="KKO Guard: find third-party charges (Internet+, SMS+, Gallery…) on your phone bills.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Command)
    for name, (summary, arguments) in _COMMANDS.items():
        commands.add_parser(name, help=summary, arguments=arguments)
    return parser


class _Command(argparse.ArgumentParser):
    """A subcommand's parser that gets its arguments (and description) only when argparse hands it the
    command line: some need files or modules (the guides, the letter kinds) that other commands should not
    wait for."""

    def __init__(
        self, *, arguments: Callable[[argparse.ArgumentParser], None] | None = None, **kw: Any
    ) -> None:
        super().__init__(**kw)
        self._arguments = arguments

    def parse_known_args(self, *args: Any, **kwargs: Any) -> Any:
        if self._arguments is not None:
            add_arguments, self._arguments = self._arguments, None
            add_arguments(self)
        return super().parse_known_args(*args, **kwargs)


def _scan_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Read bills (PDF files, scanned PDFs, photos or screenshots in JPEG, PNG, HEIC or TIFF, "
        "or folders of them; the images of one bill's pages become one bill) and report every charge, "
        "the suspicious third-party ones, and per merchant the total taken. Exit status: 0 when every file "
        "was read, 1 when at least one could not be, 2 for a usage error. A file whose name starts with "
        "'-' is given after '--' or as ./-name."
    )
    parser.add_argument("paths", nargs="+", metavar="FILE_OR_FOLDER")
    parser.add_argument("--json", action="store_true", help="print the kkoguard.scan/1 JSON contract")
    parser.add_argument("--lang", choices=("fr", "en"), help="language of messages (default: the system's)")


def _dossier_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Work with the encrypted dossier. It is unlocked with the system keyring, or with "
        "KKOGUARD_PASSPHRASE / KKOGUARD_RECOVERY_KEY, or at a prompt. KKOGUARD_DATA_DIR chooses another "
        "data folder. Exit status: 0 done, 1 failed (the message says why), 2 usage error."
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=("fr", "en"), help="language of messages (default: the system's)")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    parser.set_defaults(lang=None)
    create = actions.add_parser(
        "create", parents=[common], help="create an empty dossier and print its recovery key once"
    )
    create.add_argument(
        "--passphrase", action="store_true", help="protect with a passphrase instead of the system keyring"
    )
    create.add_argument("--recovery-pdf", metavar="FILE", help="also write the recovery key sheet (PDF) here")
    actions.add_parser("list", parents=[common], help="list the cases")
    show = actions.add_parser("show", parents=[common], help="everything about one case, and what to do next")
    show.add_argument("case", type=int, metavar="CASE")
    importing = actions.add_parser(
        "import", parents=[common], help="read bills and store them with their charges"
    )
    importing.add_argument("paths", nargs="+", metavar="FILE_OR_FOLDER")
    importing.add_argument(
        "--case", type=int, help="add to this case (default: one case per operator and line)"
    )
    export = actions.add_parser(
        "export", parents=[common], help="write one case as a folder for a mediator or association"
    )
    export.add_argument("case", type=int, metavar="CASE")
    export.add_argument("--out", required=True, metavar="DIR")
    export.add_argument("--zip", action="store_true", help="write a .zip instead of a folder")
    backup = actions.add_parser(
        "backup", parents=[common], help="write an encrypted backup of the whole dossier"
    )
    backup.add_argument("file", metavar="FILE")
    restore = actions.add_parser(
        "restore", parents=[common], help="replace the dossier by a backup (the current one is kept aside)"
    )
    restore.add_argument("file", metavar="FILE")
    actions.add_parser(
        "check", parents=[common], help="verify every page of the dossier (slow on large dossiers)"
    )


def _letter_arguments(parser: argparse.ArgumentParser) -> None:
    from kkoguard.letters.templates import KINDS

    parser.description = (
        "Compose a letter for a case of the dossier (--case) or for a `kkoguard scan --json` "
        "result (--scan), and write it as an A4 PDF for a right-hand window envelope (or as text for a .txt "
        "file). Kinds: refund (to the operator's customer service), escalation (consumer service), "
        "termination (the publisher), mediator (Médiateur des communications électroniques), signalconso "
        "(text for a SignalConso report). Warnings are printed on stderr before writing. Exit status: 0 "
        "written, 1 failed, 2 usage error."
    )
    parser.add_argument("kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--case", type=int, metavar="CASE", help="a case of the dossier (see `dossier list`)")
    source.add_argument("--scan", metavar="SCAN.json", help="`kkoguard scan --json` output ('-' for stdin)")
    parser.add_argument(
        "--out", required=True, metavar="FILE", help="where to write (.pdf, or .txt for text)"
    )
    parser.add_argument(
        "--place", metavar="CITY", help="the town before the date (default: from your address)"
    )
    parser.add_argument(
        "--to", metavar="LINE|LINE|…", help="the recipient's address as you want it, lines separated by |"
    )
    parser.add_argument(
        "--bill-address", metavar="LINE|LINE|…", help="the recipient's address as printed on your own bill"
    )
    parser.add_argument("--from-name", metavar="NAME", help="your name (default: the case's holder)")
    parser.add_argument(
        "--from-address", metavar="LINE|LINE|…", help="your postal address, lines separated by |"
    )
    parser.add_argument("--option", metavar="NAME", help="the name of the operator's blocking option")
    parser.add_argument("--merchant", metavar="NAME", help="termination: only this publisher's charges")
    parser.add_argument("--product", choices=("mobile", "box"), default="mobile", help="default: mobile")
    parser.add_argument("--registered", metavar="NUMBER", help="the registered-mail number, if you have it")
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="the letter's date (default: today)")
    parser.add_argument("--store", action="store_true", help="also keep it in the dossier as a draft letter")
    parser.add_argument("--lang", choices=("fr", "en"), help="language of messages (default: the system's)")


def _guide_arguments(parser: argparse.ArgumentParser) -> None:
    from kkoguard.guides import guided_operators

    operators = ", ".join(guided_operators())
    parser.description = (
        "Print the steps to follow with an operator, for a mobile line or an internet box, on a "
        f"plan or prepaid. Operators: {operators} (any other name gives the general guide)."
    )
    parser.add_argument(
        "operator", nargs="?", metavar="OPERATOR", help="operator id, e.g. orange, free_mobile"
    )
    parser.add_argument("--product", choices=("mobile", "box"), default="mobile")
    parser.add_argument("--plan", choices=("postpaid", "prepaid"), default="postpaid")
    parser.add_argument("--case", type=int, help="tick the steps this dossier case records as done")
    parser.add_argument("--lang", choices=("fr", "en"), help="language (default: the system's)")


_COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None]]] = {
    "scan": (
        "read bills (PDF, scans, photos) and list their charges, suspicious ones first",
        _scan_arguments,
    ),
    "dossier": ("the encrypted dossier: cases, evidence, letters, replies, deadlines", _dossier_arguments),
    "letter": (
        "write a French letter (PDF) for a case: refund, escalation, termination, mediator, signalconso",
        _letter_arguments,
    ),
    "guide": ("what to do with your operator: see, stop, block, complain, report", _guide_arguments),
}
"""Each command's one-line help (for `kkoguard --help`) and the function adding its arguments."""

_SUBCOMMANDS = ("dossier", "letter", "guide")
"""Each runs from kkoguard/cli_<name>.py, imported only then, with run(args, lang) -> exit status."""


def main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    # macOS adds -psn_0_123 when Finder starts an app from an old-style launch; it is nobody's argument
    # (a file named "-psn_x.pdf" is).
    given = [a for a in given if not _PSN.fullmatch(a)]
    if not given or _opens_files(given):  # the desktop app: no parser to build, start fast
        from kkoguard.ui.app import main as window

        return window(files=given)
    parser = _parser()
    args = parser.parse_args(given)  # --version, --help and usage errors end here, before any file is touched
    from kkoguard.paths import move_legacy_folders

    move_legacy_folders()  # the window does it in kkoguard/ui/app.py main, once its log is open
    _safe_output(as_json=bool(getattr(args, "json", False)))
    if args.command is None:  # options but no command: say what the commands are
        parser.print_help()
        return EXIT_USAGE
    try:
        if args.command in _SUBCOMMANDS:
            from kkoguard.errors import user_language

            module = importlib.import_module(f"kkoguard.cli_{args.command}")
            return int(module.run(args, args.lang or user_language()))
        return scan(args.paths, as_json=args.json, lang=args.lang)
    except KeyboardInterrupt:  # Ctrl-C: the workers are already stopped; no traceback for a person
        print(file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `kkoguard scan … | head`: the reader has gone, nothing more to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FILE_FAILED


def _safe_output(as_json: bool) -> None:
    """Windows pipes use the ANSI code page: JSON goes out as UTF-8 (RFC 8259), and text never fails on a
    character the console cannot show."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")
    if as_json and isinstance(sys.stdout, io.TextIOWrapper):
        # Strict on purpose (an encoding alone would reset it too): report.json_text escapes all that UTF-8
        # cannot carry, so a replacement could only hide a bug.
        sys.stdout.reconfigure(encoding="utf-8", errors="strict")


def _opens_files(given: Sequence[str]) -> bool:
    """`kkoguard bill.pdf photo.jpg`, as "Open with KKO Guard" and the Linux menu entry start it: the window,
    importing those files. A command name, an option or a path that does not exist means the command line
    (where a mistyped command gets its usage message)."""
    if given[0] in ("scan", *_SUBCOMMANDS) or given[0].startswith("-"):
        return False
    from pathlib import Path

    return all(Path(arg).exists() for arg in given)


def expand_paths(paths: Sequence[str]) -> list[str]:
    """Folders become the PDFs and images they hold (sorted); files, even missing ones, are kept as given. A
    bill
    given twice is listed twice but counted once in the summary."""
    from pathlib import Path

    from kkoguard.ocr.images import IMAGE_SUFFIXES

    readable = {".pdf", *IMAGE_SUFFIXES}
    result: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            result += sorted(str(p) for p in path.rglob("*") if p.is_file() and p.suffix.lower() in readable)
        else:
            result.append(raw)
    return result


def scan(paths: Sequence[str], *, as_json: bool, lang: str | None = None, out: TextIO | None = None) -> int:
    from kkoguard.detection.summary import analyse
    from kkoguard.errors import user_language
    from kkoguard.isolation import read_bills

    out = out or sys.stdout
    lang = lang or user_language()
    files = expand_paths(paths)
    if not files:
        print(_text("no_pdf", lang), file=sys.stderr)
    outcomes = read_bills(files) if files else []
    bills = [o.bill for o in outcomes if o.bill is not None]
    summary = analyse(bills, lang)
    if as_json:
        from kkoguard.report import json_text, scan_json

        out.write(json_text(scan_json(outcomes, summary, lang)) + "\n")
    else:
        from kkoguard.report import scan_table

        out.write(scan_table(outcomes, summary, lang))
    return EXIT_FILE_FAILED if not files or any(o.error for o in outcomes) else EXIT_OK


_TEXTS: dict[str, dict[str, str]] = {
    "no_pdf": {
        "fr": "Aucun fichier PDF dans les dossiers indiqués.",
        "en": "No PDF file in the folders given.",
    },
}


def _text(key: str, lang: str) -> str:
    return _TEXTS[key].get(lang, _TEXTS[key]["en"])


if __name__ == "__main__":
    raise SystemExit(main())
