"""Files that are not readable bills: each gets its error code and a sentence, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kkoguard.bills.reader import read_bill
from kkoguard.errors import BillError
from tests.conftest import Run
from tests.helpers import (
    BAD,
    BAD_CODES,
    GOLDEN,
    assert_no_traceback,
    assert_sentence,
    load_json,
    validate_scan,
)

Cli = Callable[..., Run]
ROOT = Path(__file__).resolve().parent.parent


def test_expected_codes_agree_with_the_truth_files() -> None:
    assert sorted(p.name for p in BAD.glob("*.pdf")) == sorted(BAD_CODES)
    for name, code in BAD_CODES.items():
        truth = load_json(BAD / name.replace(".pdf", ".truth.json"))
        assert (truth["status"], truth["error"]["code"]) == ("error", code)


@pytest.mark.parametrize(("name", "code"), sorted(BAD_CODES.items()))
def test_read_bill_raises_the_code(name: str, code: str) -> None:
    path = str(BAD / name)
    with pytest.raises(BillError) as caught:
        read_bill(path)
    assert caught.value.code == code
    assert caught.value.path == path


def test_read_bill_of_a_missing_file_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(BillError) as caught:
        read_bill(str(tmp_path / "absente.pdf"))
    assert caught.value.code == "not_found"


def test_read_bill_of_a_folder_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(BillError) as caught:
        read_bill(str(tmp_path))
    assert caught.value.code == "not_found"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_cli_json_reports_every_bad_file(cli: Cli, lang: str) -> None:
    paths = [str(BAD / name) for name in sorted(BAD_CODES)]
    run = cli("scan", "--json", "--lang", lang, *paths)
    assert run.status == 1
    output = validate_scan(run.out)
    assert [b["file"] for b in output["bills"]] == paths
    for entry in output["bills"]:
        name = Path(entry["file"]).name
        assert entry["status"] == "error"
        assert entry["error"]["code"] == BAD_CODES[name], name
        message = entry["error"]["message"]
        assert name in message
        assert_sentence(message, lang, name)
        assert entry["charges"] == [] and entry["operator"] is None and entry["total"] is None
    assert output["summary"] == {"suspicious_total": "0.00", "merchants": []}


def test_messages_differ_by_code_and_language(cli: Cli) -> None:
    paths = [str(BAD / name) for name in sorted(BAD_CODES)]
    fr = validate_scan(cli("scan", "--json", "--lang", "fr", *paths).out)["bills"]
    en = validate_scan(cli("scan", "--json", "--lang", "en", *paths).out)["bills"]
    for a, b in zip(fr, en, strict=True):
        assert a["error"]["code"] == b["error"]["code"]
        assert a["error"]["message"] != b["error"]["message"]
    by_code: dict[str, set[str]] = {}
    for entry in en:
        by_code.setdefault(entry["error"]["code"], set()).add(entry["error"]["message"].split("”", 1)[-1])
    assert len(by_code) == len(set(BAD_CODES.values()))
    assert all(len(texts) == 1 for texts in by_code.values())  # one sentence per code, the name aside
    assert len({next(iter(t)) for t in by_code.values()}) == len(by_code)  # and a different one per code


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_cli_json_missing_path_is_not_found(cli: Cli, tmp_path: Path, lang: str) -> None:
    missing = str(tmp_path / "facture-avril.pdf")
    run = cli("scan", "--json", "--lang", lang, missing)
    assert run.status == 1
    (entry,) = validate_scan(run.out)["bills"]
    assert entry["error"]["code"] == "not_found"
    assert "facture-avril.pdf" in entry["error"]["message"]
    assert_sentence(entry["error"]["message"], lang, "facture-avril.pdf")


def test_bad_files_among_good_ones(cli: Cli, tmp_path: Path) -> None:
    paths = [
        str(GOLDEN / "orange.pdf"),
        str(BAD / "encrypted.pdf"),
        str(GOLDEN / "free_mobile.pdf"),
        str(tmp_path / "absente.pdf"),
        str(BAD / "recipe-not-a-bill.pdf"),
        str(GOLDEN / "la_poste_mobile.pdf"),
    ]
    run = cli("scan", "--json", "--lang", "fr", *paths)
    assert run.status == 1
    bills = validate_scan(run.out)["bills"]
    assert [b["file"] for b in bills] == paths
    assert [b["status"] for b in bills] == ["ok", "error", "ok", "error", "error", "ok"]
    read = [b["operator"] for b in bills if b["status"] == "ok"]
    assert read == ["orange", "free_mobile", "la_poste_mobile"]
    assert [b["error"]["code"] for b in bills if b["error"]] == ["encrypted", "not_found", "not_a_bill"]
    for b in bills:
        if b["status"] == "ok":
            assert b["error"] is None and b["charges"]
            truth = load_json(GOLDEN / (Path(b["file"]).stem + ".truth.json"))
            assert b["total"] == truth["total"]
            assert len(b["charges"]) == len(truth["charges"])


def test_no_traceback_on_stderr_from_a_real_process(tmp_path: Path) -> None:
    """Worker processes write to the real stderr, which capsys does not see: run the CLI for real."""
    paths = [str(BAD / n) for n in sorted(BAD_CODES)]
    paths += [str(tmp_path / "absente.pdf"), str(GOLDEN / "red.pdf")]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    proc = subprocess.run(
        [sys.executable, "-m", "kkoguard.cli", "scan", "--json", "--lang", "en", *paths],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 1
    assert_no_traceback(proc.stderr)
    assert proc.stderr.strip() == "", proc.stderr  # errors go into the JSON, not onto stderr
    bills = validate_scan(proc.stdout)["bills"]
    assert [b["status"] for b in bills] == ["error"] * (len(paths) - 1) + ["ok"]
