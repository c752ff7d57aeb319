"""Refresh the French catalogue of the window from the sources, and fill it from the translators' notes.

    python tools/update_translations.py

1. pyside6-lupdate scans kkoguard/ui/**/*.py and forms/*.ui into resources/i18n/kkoguard_fr.ts (new strings
   are added, strings no longer in the code are marked obsolete and dropped with -no-obsolete);
2. each resources/i18n/parts/*.json ({context: {English source: French}}) fills the matching messages;
3. prints the messages still without a French text (and exits 1 when there are some).
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "kkoguard_fr.ts"
PARTS = ROOT / "resources" / "i18n" / "parts"


def _lupdate() -> None:
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "kkoguard" / "ui").rglob("*.py"))
    sources = [s for s in sources if "forms_generated" not in s]
    sources += sorted(str(p.relative_to(ROOT)) for p in (ROOT / "forms").glob("*.ui"))
    subprocess.run(
        [
            str(tool),
            *sources,
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            "fr_FR",
            "-ts",
            str(TS),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def _known() -> dict[str, dict[str, str]]:
    known: dict[str, dict[str, str]] = {}
    for part in sorted(PARTS.glob("*.json")):
        for context, table in json.loads(part.read_text(encoding="utf-8")).items():
            known.setdefault(context, {}).update(table)
    return known


def main() -> int:
    _lupdate()
    known = _known()
    tree = ET.parse(TS)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            french = known.get(name, {}).get(source)
            if french is None:
                # the same English sentence translated for another screen is a fine default
                french = next((t[source] for t in known.values() if source in t), None)
            if french is not None:
                translation.text = french
                translation.attrib.pop("type", None)
            elif not translation.text:
                missing.append(f"{name}: {source!r}")
    ET.indent(tree)
    TS.write_bytes(
        b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(tree.getroot(), "utf-8")
    )
    for line in missing:
        print("no French yet:", line, file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
