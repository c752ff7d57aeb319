"""File names a person or an attacker can give: not UTF-8, with line breaks, with terminal escape sequences,
255 bytes long, starting with a dash. `scan --json` carries each name exactly and reads every bill; text
output shows names with visible escapes and never drives the terminal; `dossier import` stores the bills
and leaves no empty case behind (issue 17, items 1 and 6)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kkoguard.dossier import store
from kkoguard.dossier.store import Dossier
from kkoguard.formatting import printable_name
from tests.conftest import Run
from tests.helpers import BAD, GOLDEN, assert_no_traceback, load_json, validate_scan

ROOT = Path(__file__).resolve().parent.parent
Cli = Callable[..., Run]

HOSTILE = {
    b"b-\xff.pdf": "bouygues",  # not UTF-8 (a Latin-1 name from an old system looks like this)
    b"line\nbreak.pdf": "sfr",
    b"\x1b]0;pwned\x07x.pdf": "red",  # OSC: sets the terminal's title
    b"\x1b[31mred.pdf": "sosh",  # CSI: turns the terminal red
    "é".encode() * 125 + b"x.pdf": "la_poste_mobile",  # 255 bytes, the most a name can have
    b"-rf.pdf": "free_mobile",
    b"cr\rname.pdf": "b_and_you",
}
GOOD = {b"free.pdf": "free", b"orange.pdf": "orange"}
NAMES = {**HOSTILE, **GOOD}
RAW_CONTROLS = ("\x1b", "\x07", "\r", "\x9b")  # ESC, BEL, CR, CSI

pytestmark = pytest.mark.skipif(
    sys.platform in ("win32", "darwin"), reason="names of any bytes are a Linux file system's"
)


def hostile_folder(tmp_path: Path, names: dict[bytes, str] = NAMES) -> bytes:
    """A folder of golden bills copied under `names` ({file name: golden bill}); its path as bytes."""
    folder = os.path.join(os.fsencode(tmp_path), b"factures")
    os.mkdir(folder)
    for name, source in names.items():
        shutil.copyfile(GOLDEN / f"{source}.pdf", os.path.join(folder, name))
    return folder


def kkoguard(*args: str | bytes, cwd: Path | bytes) -> subprocess.CompletedProcess[bytes]:
    """The command as a shell runs it: arguments and output as bytes, a UTF-8 locale."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env |= {
        "LANG": "C.UTF-8",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])),
    }
    command = [os.fsencode(sys.executable), b"-m", b"kkoguard", *(os.fsencode(a) for a in args)]
    return subprocess.run(command, capture_output=True, cwd=cwd, env=env, timeout=300, check=False)


def assert_safe_for_a_terminal(output: bytes) -> None:
    text = output.decode("utf-8", "surrogateescape")
    for control in RAW_CONTROLS:
        assert control not in text, (control, text)


def assert_read_as_the_golden_bill(bill: dict[str, Any], source: str) -> None:
    truth = load_json(GOLDEN / f"{source}.truth.json")
    assert bill["status"] == "ok", bill["error"]
    assert bill["operator"] == truth["operator"]
    assert len(bill["charges"]) == len(truth["charges"]) > 0


# ---------------------------------------------------------------------------------------------- scan


def test_scan_json_of_a_folder_of_hostile_names_keeps_each_name_and_reads_each_bill(tmp_path: Path) -> None:
    folder = hostile_folder(tmp_path)
    proc = kkoguard("scan", "--json", "--lang", "en", folder, cwd=tmp_path)
    assert_no_traceback(proc.stderr.decode("utf-8", "replace"))
    assert proc.returncode == 0, proc.stderr
    document = validate_scan(proc.stdout.decode("utf-8"))  # strict UTF-8, whole, and the contract's
    by_name = {os.fsencode(bill["file"]): bill for bill in document["bills"]}
    assert set(by_name) == {os.path.join(folder, name) for name in NAMES}  # byte for byte
    for name, source in NAMES.items():
        assert_read_as_the_golden_bill(by_name[os.path.join(folder, name)], source)
    assert len(document["summary"]["merchants"]) > 0


def test_scan_json_of_hostile_names_given_one_by_one_and_after_a_double_dash(tmp_path: Path) -> None:
    folder = hostile_folder(tmp_path)
    names = list(NAMES)
    proc = kkoguard("scan", "--json", "--", *names, cwd=folder)
    assert proc.returncode == 0, proc.stderr
    document = json.loads(proc.stdout.decode("utf-8"))
    assert [os.fsencode(bill["file"]) for bill in document["bills"]] == names
    for bill, source in zip(document["bills"], NAMES.values(), strict=True):
        assert_read_as_the_golden_bill(bill, source)
    dotted = kkoguard("scan", "--json", "./-rf.pdf", cwd=folder)
    assert dotted.returncode == 0, dotted.stderr
    assert [b["file"] for b in json.loads(dotted.stdout)["bills"]] == ["./-rf.pdf"]


def test_a_file_named_like_the_macos_launch_argument_is_still_read(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """macOS's `-psn_0_123` is dropped; a bill named `-psn_bill.pdf`, given after `--`, is not."""
    shutil.copyfile(GOLDEN / "free.pdf", tmp_path / "-psn_bill.pdf")
    monkeypatch.chdir(tmp_path)
    run = cli("scan", "--json", "-psn_0_4711", "--", "-psn_bill.pdf")
    assert run.status == 0, run.err
    assert [b["file"] for b in validate_scan(run.out)["bills"]] == ["-psn_bill.pdf"]


def test_scan_help_says_how_to_give_a_name_starting_with_a_dash(tmp_path: Path) -> None:
    proc = kkoguard("scan", "--help", cwd=tmp_path)
    assert proc.returncode == 0
    assert b"after '--'" in proc.stdout and b"./-name" in proc.stdout


def test_scan_text_shows_hostile_names_escaped_and_never_drives_the_terminal(tmp_path: Path) -> None:
    folder = hostile_folder(tmp_path)
    proc = kkoguard("scan", "--lang", "en", folder, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert_safe_for_a_terminal(proc.stdout + proc.stderr)
    text = proc.stdout.decode("utf-8")
    for shown in (
        r"b-\xff.pdf",
        r"line\nbreak.pdf",
        r"\x1b]0;pwned\x07x.pdf",
        r"\x1b[31mred.pdf",
        r"cr\rname.pdf",
    ):
        assert f"{shown} · operator:" in text
    assert "é" * 125 + "x.pdf" in text  # a long name is a name, not something to escape
    assert text.count("\nBill ") + text.startswith("Bill ") == len(NAMES)  # one heading per bill, none split


def test_a_bill_that_cannot_be_read_is_reported_by_its_exact_name_in_json_and_its_safe_name_in_text(
    tmp_path: Path,
) -> None:
    folder = hostile_folder(tmp_path, GOOD)
    broken = b"\x1b[2J\xfe-broken.pdf"  # clears the screen
    shutil.copyfile(BAD / "random-bytes.pdf", os.path.join(folder, broken))
    as_json = kkoguard("scan", "--json", "--lang", "en", folder, cwd=tmp_path)
    assert as_json.returncode == 1, as_json.stderr  # one file failed, the run went on
    bills = validate_scan(as_json.stdout.decode("utf-8"))["bills"]
    [failed] = [b for b in bills if b["status"] == "error"]
    assert os.fsencode(failed["file"]) == os.path.join(folder, broken)
    assert os.fsdecode(broken) in failed["error"]["message"]
    assert sum(b["status"] == "ok" for b in bills) == len(GOOD)

    as_text = kkoguard("scan", "--lang", "en", folder, cwd=tmp_path)
    assert as_text.returncode == 1
    assert_safe_for_a_terminal(as_text.stdout + as_text.stderr)
    assert r"“\x1b[2J\xfe-broken.pdf” is neither a PDF" in as_text.stdout.decode("utf-8")


# ---------------------------------------------------------------------------------------------- dossier


def test_dossier_import_of_hostile_names_stores_each_bill_and_names_it_safely(
    cli: Cli, tmp_path: Path
) -> None:
    assert cli("dossier", "create").status == 0
    folder = os.fsdecode(hostile_folder(tmp_path))
    run = cli("dossier", "import", "--lang", "en", folder)
    assert run.status == 0, run.err
    assert_safe_for_a_terminal((run.out + run.err).encode("utf-8", "surrogateescape"))
    assert r"b-\xff.pdf: stored (case" in run.out and r"\x1b[31mred.pdf: stored (case" in run.out
    assert run.out.count(": stored (case") == len(NAMES)
    with Dossier.open() as dossier:
        cases = dossier.cases()
        per_case = {case.id: dossier.evidence(case.id) for case in cases}
    assert all(per_case.values())  # no empty case
    evidence = [e for stored in per_case.values() for e in stored]
    assert len(evidence) == len(NAMES) and len(cases) == len(set(NAMES.values()))
    assert "b-\ufffd.pdf" in {e.filename for e in evidence}
    for action in (("list",), ("show", str(cases[0].id))):
        shown = cli("dossier", *action)
        assert shown.status == 0, shown.err
        assert_safe_for_a_terminal(shown.out.encode())


def test_a_bill_the_dossier_refuses_leaves_no_empty_case_and_the_others_are_stored(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("dossier", "create").status == 0
    names = {b"a-free.pdf": "free", b"b-\x1b[31mbouygues.pdf": "bouygues", b"c-sfr.pdf": "sfr"}
    folder = os.fsdecode(hostile_folder(tmp_path, names))
    monkeypatch.setattr(store, "MAX_FILE_BYTES", 55_000)  # the Bouygues bill is 58,939 bytes, the others less
    run = cli("dossier", "import", "--lang", "en", folder)
    assert run.status == 1
    assert r"“b-\x1b[31mbouygues.pdf” is too large" in run.err and "\x1b" not in run.err
    assert run.out.count(": stored (case") == 2  # the files after it were still stored
    with Dossier.open() as dossier:
        assert sorted(c.operator or "" for c in dossier.cases()) == ["free", "sfr"]
        assert all(dossier.evidence(c.id) for c in dossier.cases())  # no case opened for nothing


# ---------------------------------------------------------------------------------------------- the helper


@given(st.text())
def test_a_printable_name_holds_no_control_character_and_keeps_the_rest(name: str) -> None:
    shown = printable_name(name)
    assert not any(unicodedata.category(c) in ("Cc", "Cs") or c in "\u2028\u2029\u202e" for c in shown)
    if all(unicodedata.category(c) not in ("Cc", "Cs", "Cf", "Zl", "Zp") for c in name):
        assert shown == name
