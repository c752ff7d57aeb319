"""The command line as a user (or the corpus scorer) runs it: `kkoguard scan [--json] [--lang] PATH...`.

Every JSON document printed here is checked against the scan contract (fixtures/scan-output.schema.json).
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import kkoguard
from kkoguard.cli import main
from tests.conftest import Run
from tests.helpers import (
    BAD,
    C04,
    GOLDEN,
    OPERATORS,
    assert_no_traceback,
    load_json,
    norm_merchant,
    validate_scan,
)

ROOT = Path(__file__).resolve().parent.parent
Cli = Callable[..., Run]
SPACES = re.compile(r"[\u00a0\u202f]")


def plain(text: str) -> str:
    """Terminal text with no-break spaces read as spaces, for readable assertions."""
    return SPACES.sub(" ", text)


def comparable_charge(c: dict[str, Any]) -> dict[str, Any]:
    keys = ("label", "amount", "date", "page", "third_party", "suspicious", "kind", "short_number")
    return {**{k: c[k] for k in keys}, "merchant": norm_merchant(c["merchant"])}


FIELDS = ("status", "error", "operator", "invoice_number", "invoice_date", "period_start", "period_end",
          "account_number", "line_numbers", "total")  # fmt: skip


# ---------------------------------------------------------------------------------------------- scan --json


@pytest.fixture(scope="module")
def golden_scan() -> dict[str, Any]:
    """`scan --json` over the golden folder, run once for the module (reading 9 bills in workers)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):  # capsys is per test; this runs once per module
        status = main(["scan", "--json", "--lang", "fr", str(GOLDEN)])
    assert status == 0
    return validate_scan(out.getvalue())


def test_scan_json_of_a_folder_lists_its_pdfs_in_order(golden_scan: dict[str, Any]) -> None:
    assert golden_scan["schema"] == "kkoguard.scan/1"
    files = [b["file"] for b in golden_scan["bills"]]
    assert files == sorted(str(GOLDEN / f"{op}.pdf") for op in OPERATORS)  # the truth files are skipped


@pytest.mark.parametrize("operator", OPERATORS)
def test_scan_json_matches_the_truth(golden_scan: dict[str, Any], operator: str) -> None:
    (got,) = [b for b in golden_scan["bills"] if Path(b["file"]).name == f"{operator}.pdf"]
    truth = load_json(GOLDEN / f"{operator}.truth.json")
    assert {k: got[k] for k in FIELDS} == {k: truth[k] for k in FIELDS}
    assert [comparable_charge(c) for c in got["charges"]] == [comparable_charge(c) for c in truth["charges"]]
    for c in got["charges"]:
        assert bool(c["reasons"]) == c["suspicious"], c
        assert c["bbox"][0] < c["bbox"][2] and c["bbox"][1] < c["bbox"][3]


def test_scan_json_summary_of_the_golden_folder(golden_scan: dict[str, Any]) -> None:
    charges = [c for b in golden_scan["bills"] for c in b["charges"] if c["suspicious"]]
    summary = golden_scan["summary"]
    assert sum(m["count"] for m in summary["merchants"]) == len(charges)
    by_merchant = sum((Decimal(m["total"]) for m in summary["merchants"]), Decimal(0))
    by_charge = sum((Decimal(c["amount"]) for c in charges), Decimal(0))
    assert Decimal(summary["suspicious_total"]) == by_merchant == by_charge
    kko = [m for m in summary["merchants"] if norm_merchant(m["merchant"]) == "kkostore"]
    assert len(kko) == 1, summary  # "KKO STORE", "Kko Store SAS", "KKOSTORE*Jeux"… are one merchant


def test_summary_of_a_customer_equals_its_truth(cli: Cli) -> None:
    run = cli("scan", "--json", str(C04))
    assert run.status == 0
    output = validate_scan(run.out)
    assert [Path(b["file"]).name for b in output["bills"]] == sorted(p.name for p in C04.glob("*.pdf"))
    truth = load_json(C04 / "summary.truth.json")
    got = output["summary"]
    assert got["suspicious_total"] == truth["suspicious_total"]

    def keyed(merchants: list[dict[str, Any]]) -> dict[str | None, dict[str, Any]]:
        return {norm_merchant(m.pop("merchant")): m for m in merchants}

    assert keyed(got["merchants"]) == keyed(truth["merchants"])
    assert any(m["recurring"] for m in got["merchants"])


def test_exit_status_1_when_one_file_fails_and_the_others_are_still_printed(cli: Cli) -> None:
    good, broken = str(GOLDEN / "sosh.pdf"), str(BAD / "truncated.pdf")
    run = cli("scan", "--json", good, broken)
    assert run.status == 1
    output = validate_scan(run.out)
    assert [b["file"] for b in output["bills"]] == [good, broken]  # as given, in order
    ok, failed = output["bills"]
    assert ok["status"] == "ok" and ok["error"] is None and ok["charges"]
    assert failed["status"] == "error" and failed["error"]["code"] == "corrupt" and failed["charges"] == []
    assert output["summary"]["merchants"]


def test_missing_file_is_reported_not_raised(cli: Cli, tmp_path: Path) -> None:
    missing = str(tmp_path / "facture-mars.pdf")
    run = cli("scan", "--json", "--lang", "en", missing)
    assert run.status == 1
    (entry,) = validate_scan(run.out)["bills"]
    assert (entry["file"], entry["status"], entry["error"]["code"]) == (missing, "error", "not_found")
    assert validate_scan(run.out)["summary"] == {"suspicious_total": "0.00", "merchants": []}


def test_folder_argument_expands_to_its_pdfs_only(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "mes factures"
    folder.mkdir()
    shutil.copy(GOLDEN / "free.pdf", folder / "b-free.pdf")
    shutil.copy(GOLDEN / "red.pdf", folder / "a-red.PDF")
    shutil.copy(GOLDEN / "red.truth.json", folder / "notes.json")
    (folder / "lisez-moi.txt").write_text("pas une facture", encoding="utf-8")
    run = cli("scan", "--json", str(folder))
    assert run.status == 0
    output = validate_scan(run.out)
    assert [Path(b["file"]).name for b in output["bills"]] == ["a-red.PDF", "b-free.pdf"]
    assert [b["operator"] for b in output["bills"]] == ["red", "free"]


def test_same_file_twice_is_counted_once_in_the_summary(cli: Cli) -> None:
    sosh = str(GOLDEN / "sosh.pdf")
    once = validate_scan(cli("scan", "--json", sosh).out)
    twice = validate_scan(cli("scan", "--json", sosh, sosh).out)
    assert len(twice["bills"]) == 2
    assert twice["summary"] == once["summary"]


def test_same_file_twice_is_flagged_the_same_both_times(cli: Cli) -> None:
    sosh = str(GOLDEN / "sosh.pdf")
    first, second = validate_scan(cli("scan", "--json", sosh, sosh).out)["bills"]
    assert second["charges"] == first["charges"]


def test_scan_json_of_an_empty_folder_still_prints_a_document(cli: Cli, tmp_path: Path) -> None:
    run = cli("scan", "--json", str(tmp_path))
    assert run.err.strip()
    assert validate_scan(run.out)["bills"] == []


# ---------------------------------------------------------------------------------------------- usage


@pytest.mark.parametrize(
    "argv",
    [
        ["scan"],  # no paths
        ["scan", "--json"],
        ["scan", "--frobnicate", str(GOLDEN / "sosh.pdf")],  # unknown option
        ["--frobnicate"],
        ["scan", "--lang", "de", str(GOLDEN / "sosh.pdf")],  # unsupported language
        ["frobnicate", "x.pdf"],  # unknown command
    ],
)
def test_usage_errors_exit_2_with_the_usage(cli: Cli, argv: list[str]) -> None:
    run = cli(*argv)
    assert run.status == 2
    assert "usage:" in run.err
    assert run.out == ""


def test_version(cli: Cli) -> None:
    run = cli("--version")
    assert run.status == 0
    assert kkoguard.__version__ in run.out
    assert re.fullmatch(r"kkoguard \d+\.\d+\.\d+\S*\n", run.out)


def test_no_argument_starts_the_window(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    import kkoguard.ui.app

    started: list[list[str]] = []
    monkeypatch.setattr(kkoguard.ui.app, "main", lambda files: started.append(files) or 0)
    run = cli()
    assert run.status == 0 and started == [[]]


def test_files_alone_open_the_window_with_them(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """What "Open with KKO Guard" and the Linux menu entry run: `kkoguard FILE...`."""
    import kkoguard.ui.app

    started: list[list[str]] = []
    monkeypatch.setattr(kkoguard.ui.app, "main", lambda files: started.append(files) or 0)
    bill = str(GOLDEN / "sosh.pdf")
    run = cli(bill, str(tmp_path), "-psn_0_12345")
    assert run.status == 0 and started == [[bill, str(tmp_path)]]
    assert cli(str(tmp_path / "missing.pdf")).status == 2  # a typo is not a file: the usage, no window
    assert started == [[bill, str(tmp_path)]]


def test_help_lists_the_commands(cli: Cli) -> None:
    run = cli("--help")
    assert run.status == 0
    assert "usage:" in run.out and all(name in run.out for name in ("scan", "dossier", "letter", "guide"))


def test_scan_help_explains_exit_statuses(cli: Cli) -> None:
    run = cli("scan", "--help")
    assert run.status == 0
    assert "--json" in run.out and "--lang" in run.out


# ---------------------------------------------------------------------------------------------- text mode


def test_text_table_in_french(cli: Cli) -> None:
    run = cli("scan", "--lang", "fr", str(C04))
    assert run.status == 0
    out = plain(run.out)
    assert not out.lstrip().startswith("{")
    assert "KKO Store" in out  # the merchant, nicely spelled
    assert "KKO STORE - Abonnement hebdomadaire Jeux Premium (Internet+ via DIMOCO)" in out  # the line
    assert "65,89 €" in out  # the suspicious total, French style
    assert "5,99 €" in out
    assert "€65.89" not in out
    assert "chaque semaine depuis le 20 juin 2025" in out
    for pdf in sorted(C04.glob("*.pdf")):
        assert pdf.name in out


def test_text_table_in_english(cli: Cli) -> None:
    run = cli("scan", "--lang", "en", str(C04))
    assert run.status == 0
    out = plain(run.out)
    assert "KKO Store" in out
    assert "€65.89" in out
    assert "65,89 €" not in out
    assert "every week since 20 June 2025" in out


def test_text_mode_shows_errors_as_sentences(cli: Cli) -> None:
    run = cli("scan", "--lang", "en", str(GOLDEN / "free.pdf"), str(BAD / "encrypted.pdf"))
    assert run.status == 1
    assert "encrypted.pdf" in run.out and "password" in run.out
    assert "Traceback" not in run.out


# ---------------------------------------------------------------------------------------------- subprocess


def _environment(lang: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env["LANG"] = lang
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def _run_module(args: list[str], lang: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`python -m kkoguard.cli ARGS` as a separate process, with LANG set to `lang`."""
    command = [sys.executable, "-m", "kkoguard.cli", *args]
    return subprocess.run(
        command, capture_output=True, text=True, cwd=cwd, env=_environment(lang), timeout=120, check=False
    )


def test_module_invocation_as_a_real_process(tmp_path: Path) -> None:
    """`python -m kkoguard.cli`, the system's language (LANG) choosing the messages' language."""
    good, broken = str(GOLDEN / "b_and_you.pdf"), str(BAD / "random-bytes.pdf")
    proc = _run_module(["scan", "--json", good, broken], "fr_FR.UTF-8", tmp_path)
    assert_no_traceback(proc.stderr)
    assert proc.returncode == 1, proc.stderr
    output = validate_scan(proc.stdout)
    ok, failed = output["bills"]
    assert ok["status"] == "ok" and ok["operator"] == "b_and_you"
    assert failed["error"]["code"] == "not_a_pdf"
    assert "n'est ni un PDF" in failed["error"]["message"]  # French, from LANG


def test_module_invocation_usage_error_as_a_real_process(tmp_path: Path) -> None:
    proc = _run_module(["scan"], "C", tmp_path)
    assert proc.returncode == 2
    assert "usage:" in proc.stderr
    assert_no_traceback(proc.stderr)


def test_a_windows_code_page_neither_breaks_json_nor_text(tmp_path: Path) -> None:
    """Windows pipes default to cp1252: the JSON still comes out as UTF-8, the text never crashes."""
    env = _environment("fr_FR.UTF-8") | {"PYTHONIOENCODING": "cp1252"}
    args = [sys.executable, "-m", "kkoguard.cli", "scan"]
    bill = str(GOLDEN / "b_and_you.pdf")
    as_json = subprocess.run([*args, "--json", bill], capture_output=True, cwd=tmp_path, env=env, timeout=120)
    assert as_json.returncode == 0, as_json.stderr
    validate_scan(as_json.stdout.decode("utf-8"))
    env["PYTHONIOENCODING"] = "ascii"
    as_text = subprocess.run([*args, bill], capture_output=True, cwd=tmp_path, env=env, timeout=120)
    assert as_text.returncode == 0 and b"Traceback" not in as_text.stderr
    assert b"?" in as_text.stdout  # the euro signs the pipe cannot carry, replaced
