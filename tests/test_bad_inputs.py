"""Files that are not readable bills: each gets its error code and a sentence, never a traceback."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kkoguard.bills.reader import read_bill
from kkoguard.errors import BillError, Reason, permission_denied
from kkoguard.isolation import read_bills
from kkoguard.ocr.images import read_head
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


# --- a file the system will not let us open (issue 17, item 4) ----------------------------------------------

PERMISSION_WORDS = {"fr": "n'a pas le droit d'ouvrir ce fichier", "en": "not allowed to open this file"}
DAMAGED_WORDS = {"fr": "endommagé", "en": "damaged"}


def _can_read(path: Path) -> bool:
    try:
        path.read_bytes()
    except PermissionError:
        return False
    return True


def _lock_out(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make `path` unreadable: chmod 000 where that stops us; as root (which reads anything) the opening of
    that one file is refused the way the system would, in this process and in the reader."""
    path.chmod(0)
    if not _can_read(path):
        return
    from kkoguard import isolation
    from kkoguard.bills import reader

    def refuse(name: str) -> bytes:
        if Path(name) == path:
            raise PermissionError(13, "Permission denied", name)
        return read_head(name)

    monkeypatch.setattr(isolation, "read_head", refuse)
    monkeypatch.setattr(reader, "read_head", refuse)


def _assert_says_permission(error: dict[str, str], lang: str, name: str) -> None:
    assert error["code"] == "corrupt", "the contract has no closer code"
    assert name in error["message"]
    assert PERMISSION_WORDS[lang] in error["message"], error["message"]
    assert DAMAGED_WORDS[lang] not in error["message"], "a locked file is not a damaged one"
    assert_sentence(error["message"], lang, name)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_cli_json_says_a_file_it_may_not_open_cannot_be_opened_and_why(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    locked = tmp_path / "facture-verrouillée.pdf"
    shutil.copy(GOLDEN / "red.pdf", locked)
    _lock_out(locked, monkeypatch)
    paths = [str(locked), str(GOLDEN / "orange.pdf")]

    run = cli("scan", "--json", "--lang", lang, *paths)

    bills = validate_scan(run.out)["bills"]
    assert [b["status"] for b in bills] == ["error", "ok"]
    _assert_says_permission(bills[0]["error"], lang, locked.name)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_read_bill_of_a_file_it_may_not_open_says_permission(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "facture.pdf"
    shutil.copy(GOLDEN / "red.pdf", locked)
    _lock_out(locked, monkeypatch)

    with pytest.raises(BillError) as caught:
        read_bill(str(locked))

    assert caught.value.reason is Reason.PERMISSION
    assert caught.value.code == "corrupt"
    assert PERMISSION_WORDS["fr"] in caught.value.message("fr")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_folder_it_may_not_enter_says_permission_too(tmp_path: Path) -> None:
    folder = tmp_path / "privé"
    folder.mkdir()
    shutil.copy(GOLDEN / "red.pdf", folder / "facture.pdf")
    folder.chmod(0)
    if _can_read(folder / "facture.pdf"):
        folder.chmod(0o700)
        pytest.skip("chmod 000 does not stop this user (root)")
    try:
        (outcome,) = read_bills([str(folder / "facture.pdf")])
    finally:
        folder.chmod(0o700)
    assert outcome.error is not None and outcome.error.reason is Reason.PERMISSION


def test_a_permission_error_crosses_the_process_boundary_whole() -> None:
    error = permission_denied("/somewhere/facture.pdf")
    again = pickle.loads(pickle.dumps(error))
    assert (again.code, again.reason, again.message("en")) == (error.code, error.reason, error.message("en"))
