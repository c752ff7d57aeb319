"""What several test modules share: fixture paths, the scan contract's validator, the scorer's comparisons."""

from __future__ import annotations

import json
import re
import threading
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from kkoguard.isolation import Outcome

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = FIXTURES / "golden"
C04 = FIXTURES / "c04"
BAD = FIXTURES / "bad"
SCHEMA_PATH = FIXTURES / "scan-output.schema.json"

OPERATORS = (
    "orange",
    "sosh",
    "sfr",
    "red",
    "bouygues",
    "b_and_you",
    "free_mobile",
    "free",
    "la_poste_mobile",
)

BAD_CODES = {
    "empty.pdf": "not_a_pdf",
    "truncated.pdf": "corrupt",
    "random-bytes.pdf": "not_a_pdf",
    "image-renamed.pdf": "not_a_pdf",
    "encrypted.pdf": "encrypted",
    "recipe-not-a-bill.pdf": "not_a_bill",
    "letter-not-a-bill.pdf": "not_a_bill",
}
"""The corpus README's table; each `bad/<name>.truth.json` says the same (checked by a test). Not
"scanned-no-text.pdf" (expected `no_text` there): it is a scanned bill, which KKO Guard now reads by OCR."""

# score.py's list: merchant names are compared without these
LEGAL_SUFFIXES = {"sas", "sasu", "sarl", "sa", "eurl", "ltd", "limited", "inc", "bv", "gmbh", "srl", "plc"}


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def norm_merchant(name: str | None) -> str | None:
    """The corpus scorer's comparison: case, accents, punctuation and legal suffixes do not count."""
    if name is None:
        return None
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return "".join(t for t in re.split(r"[^a-z0-9+]+", ascii_name) if t and t not in LEGAL_SUFFIXES)


def iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


@cache
def _validator() -> Draft202012Validator:
    schema = load_json(SCHEMA_PATH)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def validate_scan(text: str) -> dict[str, Any]:
    """Parse a `scan --json` output and check it against the contract (formats included); return it."""
    document: dict[str, Any] = json.loads(text)
    errors = sorted(_validator().iter_errors(document), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)
    return document


def assert_no_traceback(stderr: str) -> None:
    assert "Traceback" not in stderr, stderr
    assert not re.search(r"^\w+(?:Error|Exception):", stderr, re.MULTILINE), stderr


FRENCH_WORDS = {"le", "la", "les", "est", "pas", "votre", "vous", "de", "du", "un", "une", "ne", "depuis"}
ENGLISH_WORDS = {"the", "is", "not", "your", "you", "from", "and", "an", "it", "does", "then", "was"}


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-zàâçéèêëîïôûùüÿœ']+", text.lower()))


def assert_sentence(message: str, lang: str, name: str = "") -> None:
    """One plain sentence a person can act on, in the language asked for (`name`, a file name, aside)."""
    assert len(message) >= 20, message
    assert message[0].isupper() or message[0] in "«“\"'", message
    assert message.rstrip().endswith((".", "!", "?")), message
    assert "Traceback" not in message and "Error" not in message, message
    words = _words(message.replace(name, " ") if name else message)
    if lang == "fr":
        assert len(words & FRENCH_WORDS) >= 2 and not words & ENGLISH_WORDS, message
    else:
        assert len(words & ENGLISH_WORDS) >= 2 and not words & FRENCH_WORDS, message


def dec(value: str | None) -> Decimal | None:
    return Decimal(value) if value is not None else None


def day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value is not None else None


def codes(outcomes: Sequence[Outcome]) -> list[str]:
    """Each outcome as "ok" or its error code, in order."""
    return [outcome.error.code if outcome.error else "ok" for outcome in outcomes]


def within(seconds: float, read: Callable[[], list[Outcome]]) -> list[Outcome]:
    """Run `read` in a thread and fail (instead of hanging the suite) if it is not done in time."""
    result: list[list[Outcome]] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            result.append(read())
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"read_bills still running after {seconds} s"
    if errors:
        raise errors[0]
    return result[0]
