"""Compile Qt Designer forms and Qt Linguist translations.

    python tools/build_forms.py          # forms/*.ui -> kkoguard/ui/forms_generated/ui_*.py,
                                         # resources/i18n/*.ts -> resources/i18n/*.qm
    python tools/build_forms.py --check  # exit 1 if a generated form is missing or out of date
    python tools/build_forms.py --translations   # only the .qm files (what ./dev runs)

Forms are compiled, not loaded at run time (loadUiType breaks in frozen bundles); the generated Python is
committed so the app runs from a clone, and the check keeps it in step with the forms. Translations (.qm) are
build products: `./dev` and the packaging scripts run this before starting the app or the tests.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
GENERATED = ROOT / "kkoguard" / "ui" / "forms_generated"
I18N = ROOT / "resources" / "i18n"


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (./dev setup)")
    return found


def compile_form(ui: Path) -> str:
    with tempfile.TemporaryDirectory() as scratch:  # uic's "-o -" writes a file named "-": use a real one
        out = Path(scratch) / "form.py"
        subprocess.run([_tool("pyside6-uic"), "--from-imports", "-o", str(out), str(ui)], check=True)
        text = out.read_text(encoding="utf-8")
    # uic writes the tool version and the absolute path: keep the output identical on every machine.
    lines = [line for line in text.splitlines() if not line.startswith("## Created by:")]
    lines = [line.replace(str(ui), f"forms/{ui.name}") for line in lines]
    return "\n".join(lines).rstrip() + "\n"


def target(ui: Path) -> Path:
    return GENERATED / f"ui_{ui.stem}.py"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--translations", action="store_true")
    args = parser.parse_args(argv)
    stale = []
    for ui in [] if args.translations else sorted(FORMS.glob("*.ui")):
        code = compile_form(ui)
        out = target(ui)
        if args.check:
            if not out.exists() or out.read_text(encoding="utf-8") != code:
                stale.append(out.name)
        elif not out.exists() or out.read_text(encoding="utf-8") != code:
            out.write_text(code, encoding="utf-8")
    if args.check:
        if stale:
            print("out of date (run python tools/build_forms.py):", ", ".join(stale), file=sys.stderr)
            return 1
        return 0
    for ts in sorted(I18N.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
