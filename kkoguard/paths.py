"""Where KKO Guard finds its bundled data, in a checkout, an installed wheel or a frozen bundle."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The `resources/` folder: operator templates, detection rules, guides, letters."""
    override = os.environ.get("KKOGUARD_RESOURCES")
    candidates = [Path(override)] if override else []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here / "resources", here.parent / "resources"]
    for candidate in candidates:
        if (candidate / "rules").is_dir():
            return candidate
    raise FileNotFoundError("KKO Guard's resources folder is missing; reinstall the application.")
