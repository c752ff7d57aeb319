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


def data_dir() -> Path:
    """Where the dossier lives: the platform's user data folder, or KKOGUARD_DATA_DIR (tests, portable use).

    Not created here: the dossier creates it with owner-only permissions when it first writes.
    """
    override = os.environ.get("KKOGUARD_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    name = "kkoguard" if sys.platform.startswith("linux") else "KKO Guard"
    return user_data_path(name, appauthor=False, roaming=False)
