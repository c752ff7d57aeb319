"""Command line: argument parsing and output only; every subcommand calls the engine."""

from __future__ import annotations

import argparse
import importlib
import io
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from kkoguard import __version__
from kkoguard.ocr.images import IMAGE_SUFFIXES

EXIT_OK = 0
EXIT_FILE_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kkoguard",
        description="KKO Guard: find third-party charges (Internet+, SMS+, Gallery…) on your phone bills.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    scan = commands.add_parser(
        "scan",
        help="read bills (PDF, scans, photos) and list their charges, suspicious ones first",
        description="Read bills (PDF files, scanned PDFs, photos or screenshots in JPEG, PNG, HEIC or TIFF, "
        "or folders of them; the images of one bill's pages become one bill) and report every charge, "
        "the suspicious third-party ones, and per merchant the total taken. Exit status: 0 when every file "
        "was read, 1 when at least one could not be, 2 for a usage error.",
    )
    scan.add_argument("paths", nargs="+", metavar="FILE_OR_FOLDER")
    scan.add_argument("--json", action="store_true", help="print the kkoguard.scan/1 JSON contract")
    scan.add_argument("--lang", choices=("fr", "en"), help="language of messages (default: the system's)")
    for name in _SUBCOMMANDS:
        importlib.import_module(f"kkoguard.cli_{name}").add_parser(commands)
    return parser


_SUBCOMMANDS = ("dossier", "letter", "guide")
"""Each lives in kkoguard/cli_<name>.py with add_parser(commands) and run(args, lang) -> exit status."""


def main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    # macOS adds -psn_… when Finder starts an app from an old-style launch; it is nobody's argument.
    given = [a for a in given if not a.startswith("-psn_")]
    if not given or _opens_files(given):  # the desktop app: no parser to build, start fast
        from kkoguard.ui.app import main as window

        return window(files=given)
    parser = _parser()
    args = parser.parse_args(given)
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
        sys.stdout.reconfigure(encoding="utf-8")


def _opens_files(given: Sequence[str]) -> bool:
    """`kkoguard bill.pdf photo.jpg`, as "Open with KKO Guard" and the Linux menu entry start it: the window,
    importing those files. A command name, an option or a path that does not exist means the command line
    (where a mistyped command gets its usage message)."""
    if given[0] in ("scan", *_SUBCOMMANDS) or given[0].startswith("-"):
        return False
    return all(Path(arg).exists() for arg in given)


_READABLE = frozenset({".pdf"}) | IMAGE_SUFFIXES


def expand_paths(paths: Sequence[str]) -> list[str]:
    """Folders become the PDFs and images they hold (sorted); files, even missing ones, are kept as given. A
    bill
    given twice is listed twice but counted once in the summary."""
    result: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            result += sorted(str(p) for p in path.rglob("*") if p.is_file() and p.suffix.lower() in _READABLE)
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
        from kkoguard.report import scan_json

        json.dump(scan_json(outcomes, summary, lang), out, ensure_ascii=False, indent=1)
        out.write("\n")
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
