"""Start-up: what a command imports before it does its work. `kkoguard --version` must not wait for
reportlab, Qt or a PDF library, and `scan` must not load the letters, the dossier or Qt.

Each case runs `python -m kkoguard ARGS` in a fresh interpreter (modules other tests loaded would hide a
regression) and lists the modules it holds when it exits. Nothing here is timed: timings depend on the
machine, the module lists do not.
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import kkoguard
from tests.helpers import GOLDEN, assert_no_traceback

PACKAGE_ROOT = Path(kkoguard.__file__).resolve().parent.parent
"""The checkout whose kkoguard is under test; the child processes import the same one."""

_PROBE = """
import atexit, runpy, sys

listing, sys.argv[1:] = sys.argv[1], sys.argv[2:]


def write_modules():
    with open(listing, "w", encoding="utf-8") as f:
        f.write("\\n".join(sorted(sys.modules)))


atexit.register(write_modules)
sys.argv[0] = "kkoguard"
runpy.run_module("kkoguard", run_name="__main__", alter_sys=True)
"""
"""`python -m kkoguard ARGS`, writing the names in sys.modules to a file at exit (argparse's exit too)."""

ENGINE = ("reportlab", "PySide6", "pdfplumber", "pypdfium2", "sqlcipher3", "PIL", "tesserocr", "cryptography",
          "keyring", "kkoguard.letters", "kkoguard.dossier", "kkoguard.ui", "kkoguard.isolation",
          "kkoguard.bills")  # fmt: skip
"""What no parser needs: the libraries and the engine's packages."""

NOT_FOR_SCAN = ("reportlab", "PySide6", "sqlcipher3", "cryptography", "keyring", "kkoguard.letters",
                "kkoguard.dossier", "kkoguard.ui",
                "pdfplumber", "pypdfium2", "tesserocr", "PIL")  # fmt: skip
"""`scan` reads bills and prints: no letters, dossier or Qt. The PDF and image libraries load in the
reader processes only; the parent never parses a file."""


def run_kkoguard(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """The finished process and the modules it had loaded."""
    listing = tmp_path / "modules.txt"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env["LANG"] = "C.UTF-8"
    env["KKOGUARD_DATA_DIR"] = str(tmp_path / "data")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PACKAGE_ROOT), env.get("PYTHONPATH")]))
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, str(listing), *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
        check=False,
    )
    assert_no_traceback(proc.stderr)
    return proc, set(listing.read_text(encoding="utf-8").split("\n"))


def loaded(modules: set[str], names: tuple[str, ...]) -> list[str]:
    """Which of these packages (or any of their submodules) were imported."""
    return sorted(n for n in names if any(m == n or m.startswith(n + ".") for m in modules))


def kkoguard_modules(modules: set[str]) -> set[str]:
    return {m for m in modules if m == "kkoguard" or m.startswith("kkoguard.")}


@pytest.mark.parametrize(
    ("args", "printed"),
    [
        (["--version"], f"kkoguard {kkoguard.__version__}"),
        (["--help"], "scan "),
        (["scan", "--help"], "FILE_OR_FOLDER"),
        (["dossier", "--help"], "KKOGUARD_PASSPHRASE"),
        (["dossier", "import", "--help"], "--case CASE"),
    ],
    ids=["version", "help", "scan-help", "dossier-help", "dossier-import-help"],
)
def test_version_and_help_import_only_the_parser(tmp_path: Path, args: list[str], printed: str) -> None:
    proc, modules = run_kkoguard(tmp_path, *args)
    assert proc.returncode == 0, proc.stderr
    assert printed in proc.stdout
    assert loaded(modules, ENGINE) == []
    assert kkoguard_modules(modules) <= {"kkoguard", "kkoguard.__main__", "kkoguard.cli"}


def test_guide_help_reads_the_guides_and_nothing_heavier(tmp_path: Path) -> None:
    proc, modules = run_kkoguard(tmp_path, "guide", "--help")
    assert proc.returncode == 0, proc.stderr
    assert "free_mobile, la_poste_mobile" in proc.stdout  # the operators, listed from resources/guides
    assert loaded(modules, ENGINE) == []
    assert "kkoguard.guides" in modules


def test_guide_help_lists_the_operators_the_guides_are_for() -> None:
    """The help lists file names without reading the files; they name the same operators."""
    from kkoguard.guides import all_guides, guided_operators

    assert guided_operators() == sorted(g.operator for g in all_guides() if not g.operator.startswith("_"))
    assert "orange" in guided_operators() and "_common" not in guided_operators()


def test_letter_help_reads_the_kinds_without_loading_reportlab(tmp_path: Path) -> None:
    proc, modules = run_kkoguard(tmp_path, "letter", "--help")
    assert proc.returncode == 0, proc.stderr
    assert "refund, escalation, termination, mediator, signalconso" in proc.stdout
    assert loaded(modules, ENGINE) == ["kkoguard.letters"]
    assert {m for m in modules if m.startswith("kkoguard.letters")} == {
        "kkoguard.letters",
        "kkoguard.letters.templates",
    }


def test_scan_imports_no_letters_dossier_qt_or_pdf_library(tmp_path: Path) -> None:
    proc, modules = run_kkoguard(tmp_path, "scan", "--json", str(GOLDEN / "orange.pdf"))
    assert proc.returncode == 0, proc.stderr
    [bill] = json.loads(proc.stdout)["bills"]
    assert bill["status"] == "ok" and bill["operator"] == "orange"  # it did read the bill
    assert loaded(modules, NOT_FOR_SCAN) == []
    assert {"kkoguard.isolation", "kkoguard.detection.summary", "kkoguard.report"} <= modules


def test_guide_imports_no_dossier_letters_or_qt(tmp_path: Path) -> None:
    proc, modules = run_kkoguard(tmp_path, "guide", "orange", "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Orange\n")
    assert loaded(modules, ENGINE) == []


def test_dossier_list_imports_no_letters_qt_or_pdf_library(tmp_path: Path) -> None:
    proc, modules = run_kkoguard(tmp_path, "dossier", "list")
    assert proc.returncode == 1  # no dossier in this data folder: said in a sentence
    assert "No KKO Guard dossier" in proc.stderr
    assert "kkoguard.dossier.store" in modules
    not_needed = ("reportlab", "PySide6", "pdfplumber", "pypdfium2", "tesserocr", "PIL", "kkoguard.letters",
                  "kkoguard.ui", "kkoguard.isolation")  # fmt: skip
    assert loaded(modules, not_needed) == []


# ------------------------------------------------------------------ the letters package, loaded on first use


def test_letters_package_names_resolve_to_their_modules() -> None:
    import kkoguard.letters as letters

    homes = letters._HOMES
    assert set(homes) == set(letters.__all__)
    for name in letters.__all__:
        home = importlib.import_module(f"kkoguard.letters.{homes[name]}")
        assert getattr(letters, name) is getattr(home, name), name


def test_letters_package_refuses_unknown_names() -> None:
    import kkoguard.letters as letters

    with pytest.raises(AttributeError, match="no attribute 'render_docx'"):
        _ = letters.render_docx  # type: ignore[attr-defined]
    from kkoguard.letters import fonts  # a submodule is still importable by name

    assert fonts.__name__ == "kkoguard.letters.fonts"
