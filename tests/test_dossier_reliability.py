"""The encrypted dossier under stress: kill -9 while writing, wrong keys, damaged files, what is on disk,
permissions, a second instance, migrations, backup and restore, and a crash in the middle of a re-key.

Child processes run tests/dossier_writer.py and share a keyring file with the test (tests.keyrings.
FileKeyring). Nothing waits with a fixed sleep: each test waits for a line, a process or a condition, with
a generous upper bound that only matters if the code under test is broken (the kill test's random 0-6 ms
jitter only chooses where a kill lands, it synchronises nothing).
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

import keyring
import pytest

from kkoguard.bills.reader import read_bill
from kkoguard.dossier import keys as keymod
from kkoguard.dossier import schema, store
from kkoguard.dossier.errors import DossierError, DossierErrorCode
from kkoguard.dossier.keys import KeyMode
from kkoguard.dossier.model import Channel, Direction, LetterKind, LetterStatus, Party
from kkoguard.dossier.store import Dossier
from tests.dossier_writer import REKEY_EXIT_AFTER, REKEY_EXIT_BEFORE
from tests.helpers import C04
from tests.keyrings import FileKeyring, LockedKeyring, MemoryKeyring

REPO = Path(__file__).resolve().parents[1]
WAIT = 30.0  # seconds; an upper bound for a child's next line, never a delay
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions and signals")
Code = DossierErrorCode
PASSPHRASE = "correct horse battery staple"
NEW_PASSPHRASE = "another long passphrase"


# --- helpers --------------------------------------------------------------------------------------------


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under the folder (relative name -> sha256 of its bytes): what a failed call must keep."""
    return {
        str(path.relative_to(folder)): sha(path.read_bytes())
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def error_of(call: Callable[[], object]) -> DossierError:
    with pytest.raises(DossierError) as caught:
        result = call()
        if isinstance(result, Dossier):
            result.close()
    return caught.value


def keyring_key(memory: MemoryKeyring) -> bytes:
    (value,) = memory.entries.values()
    return bytes.fromhex(value)


def use_file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """This process and its children share one keyring file; returns the children's environment."""
    path = tmp_path / "keyring.json"
    monkeypatch.setenv("KKOGUARD_TEST_KEYRING_FILE", str(path))
    keyring.set_keyring(FileKeyring())  # the autouse fixture puts the previous backend back
    return dict(
        os.environ,
        PYTHON_KEYRING_BACKEND="tests.keyrings.FileKeyring",
        KKOGUARD_TEST_KEYRING_FILE=str(path),
        PYTHONPATH=str(REPO),
        PYTHONUNBUFFERED="1",
    )


def child_command(folder: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "tests.dossier_writer", str(folder), *args]


def writer(
    folder: Path, env: dict[str, str], *args: str, stderr: IO[str] | None = None
) -> subprocess.Popen[str]:
    return subprocess.Popen(
        child_command(folder, *args),
        cwd=REPO,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=stderr if stderr is not None else subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


class Lines:
    """A child's stdout read by a thread, so the test can wait for the next line with a timeout."""

    def __init__(self, stream: IO[str]) -> None:
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._thread = threading.Thread(target=self._pump, args=(stream,), daemon=True)
        self._thread.start()

    def _pump(self, stream: IO[str]) -> None:
        for line in stream:
            self._queue.put(line)
        self._queue.put(None)

    def next(self, timeout: float = WAIT) -> str | None:
        """The next line, or None at end of output; fails the test if nothing comes in time."""
        try:
            return self._queue.get(timeout=timeout)
        except queue.Empty:
            pytest.fail(f"no output from the child process in {timeout} s")

    def rest(self, timeout: float = WAIT) -> list[str]:
        """Every line still in the pipe once the child has ended."""
        self._thread.join(timeout)
        assert not self._thread.is_alive(), "the child's output did not end"
        lines = []
        while (line := self._queue.get_nowait()) is not None:
            lines.append(line)
        return lines


def probe(folder: Path, env: dict[str, str]) -> str:
    """What a second program sees when it opens the dossier: 'opened <n cases>' or 'error <code>'."""
    done = subprocess.run(
        child_command(folder, "--probe"),
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=WAIT,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@dataclass
class Sample:
    """A closed dossier with a little of everything, and what was put in it."""

    folder: Path
    recovery: str
    case_title: str
    file_sha: str
    note: str

    def assert_content(self, dossier: Dossier) -> None:
        (case,) = dossier.cases()
        assert case.title == self.case_title
        pieces = dossier.evidence(case.id)
        assert [p.note for p in pieces if p.kind == "note"] == [self.note]
        assert sha(dossier.blob(self.file_sha)) == self.file_sha


def make_sample(folder: Path, *, passphrase: str | None = None, size: int = 300_000) -> Sample:
    dossier, recovery = Dossier.create(folder, passphrase=passphrase)
    with dossier:
        case = dossier.create_case(
            "Litige Orange - Jeux Premium", operator="orange", line_number="0611223344"
        )
        data = random.Random(7).randbytes(size)
        evidence, _ = dossier.add_file(case.id, data, filename="capture.png")
        note = "Appel au 3900 : conseiller Mme Dupont, remboursement promis"
        dossier.add_note(case.id, "Appel", note)
    sample = Sample(folder, recovery, case.title, str(evidence.sha256), note)
    assert not (folder / "dossier.db-wal").exists(), "a clean close leaves no WAL"
    return sample


@pytest.fixture
def sample(tmp_path: Path) -> Sample:
    """Keyring mode (the in-memory keyring of the autouse fixture)."""
    return make_sample(tmp_path / "data")


@pytest.fixture
def protected(tmp_path: Path) -> Sample:
    """Passphrase mode."""
    return make_sample(tmp_path / "data", passphrase=PASSPHRASE)


def assert_refused_untouched(
    folder: Path, call: Callable[[], object], code: DossierErrorCode
) -> DossierError:
    """The call fails with this code and leaves every byte and every file name in the folder as it was."""
    before = snapshot(folder)
    error = error_of(call)
    assert error.code is code, f"{error!r}: expected {code}"
    assert snapshot(folder) == before
    return error


# --- kill -9 while writing ------------------------------------------------------------------------------

KILL_SEED = 20250611
KILLS = 20


@dataclass
class Committed:
    kind: str
    item: int
    case: int
    marker: str


def kill_plan(rng: random.Random) -> list[tuple[str, int, float]]:
    """When to kill: right after opening (the first write is under way), after the first few writes,
    while a 200 KB file is being written, right after one was, and after any line at all. Half the kills
    come at once when the line is read (the child is at the start of its next call); the others a random
    0-6 ms later, so they land anywhere inside a write, its fsync or an automatic checkpoint."""
    plan = [("opened", 1)] * 2
    plan += [("committed", rng.randint(1, 3)) for _ in range(4)]
    plan += [("begin file", rng.randint(1, 6)) for _ in range(5)]
    plan += [("committed file", rng.randint(1, 6)) for _ in range(5)]
    plan += [("line", rng.randint(2, 120)) for _ in range(4)]
    rng.shuffle(plan)
    assert len(plan) == KILLS
    return [(trigger, count, rng.choice([0.0, rng.uniform(0.0, 0.006)])) for trigger, count in plan]


def fired(trigger: str, count: int, seen: list[str]) -> bool:
    if trigger == "line":
        return len(seen) >= count
    return sum(line.startswith(trigger) for line in seen) >= count


def run_until_killed(
    folder: Path, env: dict[str, str], seed: int, when: tuple[str, int, float], log: Path
) -> list[str]:
    """Start a writer, SIGKILL it when the trigger line is read; every complete line it printed."""
    trigger, count, jitter = when
    with log.open("w+", encoding="utf-8") as errors:
        child = writer(folder, env, "--seed", str(seed), stderr=errors)
        assert child.stdout is not None
        lines = Lines(child.stdout)
        seen: list[str] = []
        try:
            while not fired(trigger, count, seen):
                line = lines.next()
                if line is None or line.startswith("error"):
                    errors.seek(0)
                    pytest.fail(
                        f"the writer stopped by itself ({line!r}) after {seen[-3:]}:\n{errors.read()}"
                    )
                seen.append(line)
            if jitter:
                time.sleep(jitter)  # the kill's random moment, not a wait for anything
        finally:
            child.kill()
            child.wait(WAIT)
        seen += lines.rest()
    if os.name == "posix":
        assert child.returncode == -signal.SIGKILL, "the writer must still have been running when killed"
    assert seen[0] == "opened\n", "the writer reopens the dossier its killed predecessor left locked"
    return [line for line in seen if line.endswith("\n")]


def verify_committed(dossier: Dossier, committed: list[Committed]) -> None:
    """Everything a writer reported is there with its content, and every stored file matches its hash."""
    cases = {case.id: case for case in dossier.cases()}
    files = {item.item: item for item in committed if item.kind == "file"}
    for item in committed:
        where = f"{item.kind} {item.item} of case {item.case}"
        if item.kind == "case":
            assert cases[item.item].title == f"case-{item.marker}", where
        elif item.kind == "file":
            evidence = dossier.evidence_item(item.item)
            assert (evidence.case_id, evidence.sha256, evidence.size) == (
                item.case,
                item.marker,
                200 * 1024,
            ), where
        elif item.kind == "entry":
            entry = dossier.entry(item.item)
            assert (entry.case_id, entry.summary) == (item.case, f"entry-{item.marker}"), where
        elif item.kind == "letter":
            letter = dossier.letter(item.item)
            assert (letter.case_id, letter.title) == (item.case, f"letter-{item.marker}"), where
            assert letter.sha256 is not None and item.marker.encode() in dossier.blob(letter.sha256), where
        elif item.kind == "sent":
            letter = dossier.letter(item.item)
            assert letter.status is LetterStatus.SENT, where
            assert (letter.tracking_number, letter.sent_on) == (f"1A{item.marker[:11]}", date(2025, 1, 1)), (
                where
            )
            assert any(e.letter_id == item.item for e in dossier.case_file(item.case).entries), where
        else:
            refunds = {r.id: r for r in dossier.case_file(item.case).refunds}
            assert refunds[item.item].how == f"refund-{item.marker}", where
    for case_id in cases:  # files a writer was killed before reporting must be whole or absent
        for evidence in dossier.evidence(case_id):
            if evidence.sha256 is not None:
                assert sha(dossier.blob(evidence.sha256)) == evidence.sha256, f"evidence {evidence.id}"
    assert len(files) == len({item.marker for item in files.values()})


@posix_only
def test_kill_9_at_random_moments_loses_nothing_committed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = use_file_keyring(tmp_path, monkeypatch)
    folder = tmp_path / "data"
    Dossier.create(folder)[0].close()
    rng = random.Random(KILL_SEED)
    committed: list[Committed] = []
    for number, when in enumerate(kill_plan(rng)):
        lines = run_until_killed(folder, env, rng.getrandbits(32), when, tmp_path / "writer.err")
        for line in lines:
            words = line.split()
            if words[0] == "committed":
                committed.append(Committed(words[1], int(words[2]), int(words[3]), words[4]))
        # Check a copy of exactly what the kill left (hot WAL included), so the next writer still has to
        # recover the killed one's state itself.
        look = tmp_path / f"after-kill-{number}"
        shutil.copytree(folder, look)
        with Dossier.open(look) as dossier:
            assert dossier.check(), f"integrity after kill {number} {when}"
            verify_committed(dossier, committed)
        shutil.rmtree(look)
    with Dossier.open(folder) as dossier:
        assert dossier.check()
        verify_committed(dossier, committed)
    kinds = [item.kind for item in committed]
    assert kinds.count("file") >= 15 and {"case", "entry", "letter", "sent", "refund"} <= set(kinds)


# --- wrong key, locked keyring, damaged files ---------------------------------------------------------


def test_wrong_passphrase_or_recovery_key_is_wrong_secret_and_changes_nothing(protected: Sample) -> None:
    folder = protected.folder
    assert_refused_untouched(
        folder, lambda: Dossier.open(folder, secret="not the passphrase"), Code.WRONG_SECRET
    )
    wrong_recovery = keymod.new_recovery_key()
    assert_refused_untouched(folder, lambda: Dossier.open(folder, secret=wrong_recovery), Code.WRONG_SECRET)
    assert_refused_untouched(folder, lambda: Dossier.open(folder), Code.NEEDS_SECRET)
    with Dossier.open(folder, secret=PASSPHRASE) as dossier:
        protected.assert_content(dossier)
    with Dossier.open(folder, secret=protected.recovery.lower().replace("-", " ")) as dossier:
        protected.assert_content(dossier)


def test_keyring_mode_wrong_recovery_key_is_wrong_secret(sample: Sample) -> None:
    folder = sample.folder
    assert_refused_untouched(
        folder, lambda: Dossier.open(folder, secret=keymod.new_recovery_key()), Code.WRONG_SECRET
    )


def test_locked_keyring_is_keyring_unavailable(sample: Sample) -> None:
    keyring.set_keyring(LockedKeyring())
    assert_refused_untouched(sample.folder, lambda: Dossier.open(sample.folder), Code.KEYRING_UNAVAILABLE)
    with Dossier.open(sample.folder, secret=sample.recovery) as dossier:  # the way out the message gives
        sample.assert_content(dossier)


def test_keyring_without_the_entry_is_key_not_in_keyring(sample: Sample) -> None:
    keyring.set_keyring(MemoryKeyring())
    assert_refused_untouched(sample.folder, lambda: Dossier.open(sample.folder), Code.KEY_NOT_IN_KEYRING)
    with Dossier.open(sample.folder, secret=sample.recovery) as dossier:
        sample.assert_content(dossier)
    with Dossier.open(sample.folder) as dossier:  # opening with the recovery key put the key back
        sample.assert_content(dossier)


def _cut(path: Path, size: int) -> None:
    with path.open("r+b") as handle:
        handle.truncate(size)


def _page_size(folder: Path, key: bytes) -> int:
    conn = store._opens(folder / "dossier.db", key)
    assert conn is not None
    try:
        return int(conn.execute("PRAGMA page_size").fetchone()[0])
    finally:
        conn.close()


DAMAGES: dict[str, Callable[[Path, int], None]] = {
    "db cut at half": lambda f, page: _cut(f / "dossier.db", (f / "dossier.db").stat().st_size // 2 + 123),
    "db cut at a page boundary": lambda f, page: _cut(
        f / "dossier.db", (f / "dossier.db").stat().st_size // 2 // page * page
    ),
    "db cut inside the first page": lambda f, page: _cut(f / "dossier.db", page // 2),
    "db random bytes": lambda f, page: (f / "dossier.db").write_bytes(
        os.urandom((f / "dossier.db").stat().st_size)
    ),
    "db one page overwritten": lambda f, page: _overwrite(f / "dossier.db", 3 * page, os.urandom(page)),
    "keys deleted": lambda f, page: (f / "dossier.keys").unlink(),
    "keys garbage": lambda f, page: (f / "dossier.keys").write_bytes(os.urandom(700)),
    "keys cut at half": lambda f, page: _cut(f / "dossier.keys", (f / "dossier.keys").stat().st_size // 2),
    "keys emptied": lambda f, page: (f / "dossier.keys").write_bytes(b""),
}


def _overwrite(path: Path, offset: int, data: bytes) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        handle.write(data)


@pytest.mark.parametrize("damage", sorted(DAMAGES))
@pytest.mark.parametrize("with_recovery_key", [False, True], ids=["keyring", "recovery-key"])
def test_damaged_files_are_damaged_and_left_as_they_are(
    sample: Sample, isolated_dossier_world: MemoryKeyring, damage: str, with_recovery_key: bool
) -> None:
    folder = sample.folder
    DAMAGES[damage](folder, _page_size(folder, keyring_key(isolated_dossier_world)))
    secret = sample.recovery if with_recovery_key else None
    if damage == "db one page overwritten":
        # Page 3 is not read at open: opening may succeed, but the full check must see it.
        try:
            dossier = Dossier.open(folder, secret=secret)
        except DossierError as error:
            assert error.code is Code.DAMAGED
        else:
            with dossier:
                assert not dossier.check()
        return
    error = assert_refused_untouched(folder, lambda: Dossier.open(folder, secret=secret), Code.DAMAGED)
    assert error.where, "the message says which file"
    assert not (folder / "dossier.db-wal").exists() and not (folder / "dossier.db-shm").exists()


def test_failure_messages_differ_per_family_in_french_and_english(tmp_path: Path) -> None:
    keyring_sample = make_sample(tmp_path / "a")
    passphrase_sample = make_sample(tmp_path / "b", passphrase=PASSPHRASE)
    keyring.set_keyring(LockedKeyring())
    locked = error_of(lambda: Dossier.open(keyring_sample.folder))
    keyring.set_keyring(MemoryKeyring())
    missing = error_of(lambda: Dossier.open(keyring_sample.folder))
    wrong = error_of(lambda: Dossier.open(passphrase_sample.folder, secret="not the passphrase"))
    (passphrase_sample.folder / "dossier.db").write_bytes(os.urandom(8192))
    damaged = error_of(lambda: Dossier.open(passphrase_sample.folder, secret=PASSPHRASE))
    assert [e.code for e in (locked, missing, wrong, damaged)] == [
        Code.KEYRING_UNAVAILABLE,
        Code.KEY_NOT_IN_KEYRING,
        Code.WRONG_SECRET,
        Code.DAMAGED,
    ]
    words = {
        "fr": {"keyring": "coffre", "wrong": "incorrecte", "damaged": "endommagé"},
        "en": {"keyring": "keyring", "wrong": "wrong", "damaged": "damaged"},
    }
    families = {"keyring": [locked, missing], "wrong": [wrong], "damaged": [damaged]}
    for lang, vocabulary in words.items():
        messages = [e.message(lang) for e in (locked, missing, wrong, damaged)]
        assert len(set(messages)) == 4, lang
        for family, errors in families.items():
            for error in errors:
                text = error.message(lang).lower()
                assert text != error.message("en" if lang == "fr" else "fr").lower()
                for other, word in vocabulary.items():
                    assert (word in text) == (other == family), f"{lang} {error.code}: {word!r} in {text!r}"


# --- nothing readable on disk -----------------------------------------------------------------------------


def _needles(*texts: str) -> dict[str, bytes]:
    found = {}
    for text in texts:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            found[f"{text!r} in {encoding}"] = text.encode(encoding)
    return found


def assert_nothing_readable(folder: Path, needles: dict[str, bytes]) -> list[Path]:
    files = [path for path in sorted(folder.rglob("*")) if path.is_file()]
    for path in files:
        raw = path.read_bytes()
        for name, needle in needles.items():
            assert needle not in raw, f"{name} readable in {path.relative_to(folder)}"
    return files


def test_no_stored_text_or_key_is_readable_in_any_file(
    tmp_path: Path, isolated_dossier_world: MemoryKeyring
) -> None:
    folder = tmp_path / "data"
    bill_path = C04 / "2025-06.pdf"
    bill_bytes = bill_path.read_bytes()
    bill = read_bill(str(bill_path))
    marker_pdf = (
        b"%PDF-1.4\n1 0 obj << /Length 60 >> stream\nBT /F1 12 Tf (PDFMARKER-Kx7Qz9 facture secrete) Tj ET\n"
        b"endstream endobj\n%%EOF\n"
    )
    dossier, recovery = Dossier.create(folder)
    key = keyring_key(isolated_dossier_world)
    case = dossier.create_case(
        "TITLEMARKER-Vq3 litige", operator="sosh", line_number="0721990958", holder_name="Zéphyrine Marqueur"
    )
    dossier.add_bill(case.id, bill_bytes, filename="facture-juin.pdf", bill=bill)
    dossier.add_bill(case.id, marker_pdf, filename="marker.pdf")
    dossier.add_note(case.id, "Appel", "NOTEMARKER-Wp2 le conseiller a promis un geste commercial")
    dossier.add_entry(
        case.id,
        on=date(2025, 7, 1),
        channel=Channel.PHONE,
        direction=Direction.OUTGOING,
        party=Party.CUSTOMER_SERVICE,
        summary="ENTRYMARKER-Lm5 appel 3900",
    )
    dossier.add_letter(
        case.id,
        kind=LetterKind.REFUND,
        recipient=Party.CUSTOMER_SERVICE,
        title="LETTERMARKER-Hj8",
        pdf=marker_pdf,
    )
    needles = _needles(
        "TITLEMARKER-Vq3",
        "0721990958",
        "Zéphyrine Marqueur",
        "NOTEMARKER-Wp2",
        "ENTRYMARKER-Lm5",
        "LETTERMARKER-Hj8",
        "PDFMARKER-Kx7Qz9",
        "Abonnement hebdomadaire Jeux Premium",  # a charge read on the bill, stored in the charges table
        "6974291058",  # the bill's account number
        recovery,
    )
    needles |= {
        "SQLite header": b"SQLite format 3",
        "schema text": b"CREATE TABLE",
        "the key": key,
        "the key in hex": key.hex().encode(),
        "the key in HEX": key.hex().upper().encode(),
        "the PDF's producer line": b"ReportLab Generated PDF document",
    }
    for offset in range(len(bill_bytes) // 10, len(bill_bytes), len(bill_bytes) // 5):  # the PDF's raw bytes
        needles[f"bill bytes at {offset}"] = bill_bytes[offset : offset + 48]
    backups = folder / "backups"
    backups.mkdir()
    while_open = assert_nothing_readable(folder, needles)
    assert folder / "dossier.db-wal" in while_open, "checked while the writes are still in the WAL"
    dossier.backup(backups)
    dossier.close()
    outside = Dossier.open(folder)
    dossier_backup = outside.backup(tmp_path / "elsewhere.kkoguard-backup")
    outside.close()
    files = assert_nothing_readable(folder, needles)
    assert {p.name for p in files} >= {"dossier.db", "dossier.keys"} and list(backups.iterdir())
    raw_backup = dossier_backup.read_bytes()
    for name, needle in needles.items():
        assert needle not in raw_backup, f"{name} readable in the backup"
    with zipfile.ZipFile(dossier_backup) as archive:  # a stored zip: members are as written, check them too
        for member in archive.namelist():
            content = archive.read(member)
            for name, needle in needles.items():
                assert needle not in content, f"{name} readable in backup member {member}"


# --- permissions ----------------------------------------------------------------------------------------


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@posix_only
@pytest.mark.usefixtures("umask_022")
def test_data_folder_and_files_are_private(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)  # an existing folder left open by something else is tightened
    dossier, _ = Dossier.create(folder)
    with dossier:
        case = dossier.create_case("Litige")
        dossier.add_file(case.id, b"x" * 50_000, filename="a.png")
        assert (folder / "dossier.db-wal").exists()
        assert folder.stat().st_mode & 0o777 == 0o700
        for path in folder.iterdir():
            assert path.stat().st_mode & 0o077 == 0, f"{path.name} is {oct(path.stat().st_mode)}"
    fresh = tmp_path / "fresh" / "nested"
    Dossier.create(fresh, passphrase=PASSPHRASE)[0].close()
    assert fresh.stat().st_mode & 0o777 == 0o700
    for name in ("dossier.db", "dossier.keys"):
        assert (fresh / name).stat().st_mode & 0o077 == 0


# --- a second instance ----------------------------------------------------------------------------------


def test_second_instance_is_in_use_until_the_first_closes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = use_file_keyring(tmp_path, monkeypatch)
    folder = tmp_path / "data"
    first, recovery = Dossier.create(folder)
    first.create_case("Litige")
    assert error_of(lambda: Dossier.open(folder)).code is Code.IN_USE
    assert error_of(lambda: Dossier.open(folder, secret=recovery)).code is Code.IN_USE
    assert probe(folder, env) == "error in_use"
    first.close()
    assert probe(folder, env) == "opened 1"
    with Dossier.open(folder) as again:
        assert [c.title for c in again.cases()] == ["Litige"]
        assert probe(folder, env) == "error in_use"


# --- migrations -----------------------------------------------------------------------------------------

CURRENT = schema.latest()  # the version a dossier made by this code has
NEXT = """
CREATE TABLE reminders(id INTEGER PRIMARY KEY, case_id INTEGER REFERENCES cases(id), due TEXT NOT NULL);
ALTER TABLE cases ADD COLUMN colour TEXT NOT NULL DEFAULT 'blue'
"""


def _raw(db: Path, key: bytes) -> Any:
    conn = store._opens(db, key)
    assert conn is not None, f"{db} does not open with the key"
    return conn


def test_migration_copies_the_file_first_and_keeps_the_data(
    sample: Sample, isolated_dossier_world: MemoryKeyring, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    key = keyring_key(isolated_dossier_world)
    folder = sample.folder
    before = (folder / "dossier.db").read_bytes()
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, NEXT])
        with Dossier.open(folder) as dossier:
            sample.assert_content(dossier)
            assert dossier.check()
        copies = sorted((folder / "backups").glob("*.db"))
        assert len(copies) == 1 and f"v{CURRENT}" in copies[0].name
        assert copies[0].with_suffix(".keys").exists()
        conn = _raw(copies[0], key)
        try:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT
            assert conn.execute("SELECT title FROM cases").fetchall() == [(sample.case_title,)]
            assert not conn.execute("SELECT name FROM sqlite_master WHERE name = 'reminders'").fetchall()
        finally:
            conn.close()
        conn = _raw(folder / "dossier.db", key)
        try:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT + 1
            assert conn.execute("SELECT title, colour FROM cases").fetchall() == [(sample.case_title, "blue")]
            assert conn.execute("SELECT count(*) FROM reminders").fetchone()[0] == 0
        finally:
            conn.close()
        with Dossier.open(folder) as dossier:  # a second open does not copy again
            sample.assert_content(dossier)
        assert len(list((folder / "backups").glob("*.db"))) == 1
    # The copy is a dossier of its own for the version that wrote it.
    old = tmp_path / "old"
    old.mkdir()
    shutil.copyfile(copies[0], old / "dossier.db")
    shutil.copyfile(copies[0].with_suffix(".keys"), old / "dossier.keys")
    with Dossier.open(old) as dossier:
        sample.assert_content(dossier)
        assert dossier.check()
    assert before != (folder / "dossier.db").read_bytes()


def test_failed_migration_leaves_the_dossier_at_the_old_version(
    sample: Sample, isolated_dossier_world: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = "CREATE TABLE reminders(id INTEGER PRIMARY KEY);\nINSERT INTO no_such_table VALUES (1)"
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, broken])
        with pytest.raises(DossierError):
            Dossier.open(sample.folder).close()
    conn = _raw(sample.folder / "dossier.db", keyring_key(isolated_dossier_world))
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT
        assert not conn.execute("SELECT name FROM sqlite_master WHERE name = 'reminders'").fetchall()
    finally:
        conn.close()
    with Dossier.open(sample.folder) as dossier:
        sample.assert_content(dossier)
        assert dossier.check()


def test_dossier_from_a_newer_version_is_too_new_and_untouched(
    sample: Sample, isolated_dossier_world: MemoryKeyring
) -> None:
    conn = _raw(sample.folder / "dossier.db", keyring_key(isolated_dossier_world))
    conn.execute(f"PRAGMA user_version = {schema.latest() + 1}")
    conn.close()
    assert_refused_untouched(sample.folder, lambda: Dossier.open(sample.folder), Code.TOO_NEW)
    assert_refused_untouched(
        sample.folder, lambda: Dossier.open(sample.folder, secret=sample.recovery), Code.TOO_NEW
    )
    assert not (sample.folder / "backups").exists()


# --- backup and restore ---------------------------------------------------------------------------------


def test_backup_then_restore_brings_the_old_data_back_and_keeps_the_replaced_one(
    sample: Sample, tmp_path: Path
) -> None:
    folder = sample.folder
    with Dossier.open(folder) as dossier:
        backup = dossier.backup(tmp_path, today=date(2025, 7, 1))
        assert backup.name == "KKO Guard - sauvegarde 2025-07-01.kkoguard-backup"
        dossier.create_case("Ajouté après la sauvegarde")
        assert error_of(lambda: Dossier.restore(backup, folder)).code is Code.IN_USE
    with Dossier.restore(backup, folder) as restored:
        sample.assert_content(restored)
        assert restored.check()
    (aside,) = (folder / "backups").glob("replaced-*")
    with Dossier.open(aside) as replaced:
        assert sorted(c.title for c in replaced.cases()) == sorted(
            [sample.case_title, "Ajouté après la sauvegarde"]
        )
    with Dossier.open(folder) as reopened:
        sample.assert_content(reopened)
    assert not (folder / "restoring").exists()


def test_two_restores_in_the_same_second_both_succeed(
    sample: Sample, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Frozen(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> Frozen:
            return cls(2025, 7, 1, 12, 0, 0, tzinfo=tz)

    with Dossier.open(sample.folder) as dossier:
        backup = dossier.backup(tmp_path / "b.kkoguard-backup")
    monkeypatch.setattr(store, "datetime", Frozen)
    Dossier.restore(backup, sample.folder).close()
    # The user picked the wrong file and restores again at once: the first replaced copy is kept, and
    # the second restore must not fail with "disk full or protected folder".
    Dossier.restore(backup, sample.folder).close()
    assert len(list((sample.folder / "backups").glob("replaced-*"))) == 2


def _rezip(source: Path, target: Path, change: Callable[[dict[str, bytes]], None]) -> None:
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    change(members)
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def _flip_middle(path: Path, target: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    target.write_bytes(bytes(data))


def _corrupt_page(members: dict[str, bytes]) -> None:
    db = bytearray(members["dossier.db"])
    db[len(db) // 2] ^= 0xFF
    members["dossier.db"] = bytes(db)


BAD_BACKUPS: dict[str, Callable[[Path, Path], None]] = {
    "byte flipped in the zip": _flip_middle,
    "zip cut at half": lambda s, t: t.write_bytes(s.read_bytes()[: s.stat().st_size // 2]),
    "random file": lambda s, t: t.write_bytes(os.urandom(100_000)),
    "empty file": lambda s, t: t.write_bytes(b""),
    "a PDF": lambda s, t: shutil.copyfile(C04 / "2025-05.pdf", t),
    "zip without dossier.keys": lambda s, t: _rezip(s, t, lambda m: m.pop("dossier.keys")),
    "zip without dossier.db": lambda s, t: _rezip(s, t, lambda m: m.pop("dossier.db")),
    "zip without manifest": lambda s, t: _rezip(s, t, lambda m: m.pop("manifest.json")),
    "manifest of another format": lambda s, t: _rezip(
        s, t, lambda m: m.update({"manifest.json": json.dumps({"format": "other/1"}).encode()})
    ),
    "database page corrupted, zip rebuilt": lambda s, t: _rezip(s, t, _corrupt_page),
    "database replaced by random bytes": lambda s, t: _rezip(
        s, t, lambda m: m.update({"dossier.db": os.urandom(len(m["dossier.db"]))})
    ),
    "database cut at half": lambda s, t: _rezip(
        s, t, lambda m: m.update({"dossier.db": m["dossier.db"][: len(m["dossier.db"]) // 2]})
    ),
    "garbage dossier.keys": lambda s, t: _rezip(s, t, lambda m: m.update({"dossier.keys": b"\x00garbage"})),
}


@pytest.mark.parametrize("damage", sorted(BAD_BACKUPS))
def test_unreadable_backup_is_bad_backup_and_the_dossier_is_untouched(
    sample: Sample, tmp_path: Path, damage: str
) -> None:
    with Dossier.open(sample.folder) as dossier:
        good = dossier.backup(tmp_path / "good.kkoguard-backup")
    bad = tmp_path / "bad.kkoguard-backup"
    BAD_BACKUPS[damage](good, bad)
    assert_refused_untouched(sample.folder, lambda: Dossier.restore(bad, sample.folder), Code.BAD_BACKUP)
    with Dossier.open(sample.folder) as dossier:  # and the lock was released
        sample.assert_content(dossier)


def test_restore_with_the_wrong_passphrase_is_wrong_secret_and_untouched(
    protected: Sample, tmp_path: Path
) -> None:
    folder = protected.folder
    with Dossier.open(folder, secret=PASSPHRASE) as dossier:
        backup = dossier.backup(tmp_path / "b.kkoguard-backup")
        dossier.create_case("Plus récent")
    assert_refused_untouched(
        folder, lambda: Dossier.restore(backup, folder, secret="not the passphrase"), Code.WRONG_SECRET
    )
    assert_refused_untouched(folder, lambda: Dossier.restore(backup, folder), Code.NEEDS_SECRET)
    with Dossier.open(folder, secret=PASSPHRASE) as dossier:
        assert len(dossier.cases()) == 2
    with Dossier.restore(backup, folder, secret=PASSPHRASE) as dossier:
        protected.assert_content(dossier)


# --- a crash in the middle of a re-key ------------------------------------------------------------------


def crash_in_rekey(sample: Sample, env: dict[str, str], crash: str) -> None:
    """A child opens the dossier and dies just before or just after `PRAGMA rekey` in change_passphrase
    (os._exit: no close, no checkpoint, the WAL stays as a kill would leave it)."""
    child = subprocess.run(
        child_command(sample.folder, "--rekey-crash", crash, "--passphrase", NEW_PASSPHRASE),
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=WAIT,
    )
    expected_exit = REKEY_EXIT_BEFORE if crash == "before" else REKEY_EXIT_AFTER
    assert child.returncode == expected_exit, child.stdout + child.stderr
    assert "pending" in json.loads((sample.folder / "dossier.keys").read_bytes())


REKEY_CASES = [
    # (crash point, how the user opens it afterwards, should it open)
    ("before", "keyring", True),
    ("before", "recovery key", True),
    ("before", "new passphrase", False),
    ("after", "new passphrase", True),
    ("after", "recovery key", True),
    ("after", "keyring", False),
]


@posix_only
@pytest.mark.parametrize(
    ("crash", "secret_kind", "opens"), REKEY_CASES, ids=[f"{c}-{s}" for c, s, _ in REKEY_CASES]
)
def test_crash_during_rekey_opens_with_the_secret_the_database_ended_with(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, crash: str, secret_kind: str, opens: bool
) -> None:
    """A child dies (no close, no checkpoint) just before or just after `PRAGMA rekey` while moving
    from the keyring to a passphrase. The recovery key always opens; the old secret opens if the database
    still has the old key, the new one if it has the new key; the other one is refused, never as DAMAGED
    (the file is whole: "damaged" would send the user to an older backup)."""
    env = use_file_keyring(tmp_path, monkeypatch)
    sample = make_sample(tmp_path / "data")
    crash_in_rekey(sample, env, crash)
    secret = {"keyring": None, "recovery key": sample.recovery, "new passphrase": NEW_PASSPHRASE}[secret_kind]
    if not opens:
        error = error_of(lambda: Dossier.open(sample.folder, secret=secret))
        assert error.code is not Code.DAMAGED, f"{error!r}: the file is whole"
        return
    with Dossier.open(sample.folder, secret=secret) as dossier:
        sample.assert_content(dossier)
        assert dossier.mode is (KeyMode.KEYRING if crash == "before" else KeyMode.PASSPHRASE)
    assert "pending" not in json.loads((sample.folder / "dossier.keys").read_bytes()), (
        "the re-key was settled"
    )
    # Settled: the secret of the mode the dossier ended in opens it from now on.
    with Dossier.open(sample.folder, secret=None if crash == "before" else NEW_PASSPHRASE) as dossier:
        sample.assert_content(dossier)
        assert dossier.check()
    with Dossier.open(sample.folder, secret=sample.recovery) as dossier:
        sample.assert_content(dossier)


@posix_only
def test_check_is_true_on_the_first_open_after_a_rekey_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After the crash the newest pages (new key) are in the WAL and the main file still has old-key
    pages; the dossier reads fine, so the full check must say so on that very first open."""
    env = use_file_keyring(tmp_path, monkeypatch)
    sample = make_sample(tmp_path / "data")
    crash_in_rekey(sample, env, "after")
    with Dossier.open(sample.folder, secret=NEW_PASSPHRASE) as dossier:
        sample.assert_content(dossier)
        assert dossier.check(), "a whole dossier reported as failing its integrity check"


def test_rekey_then_reopen_with_each_secret(sample: Sample) -> None:
    """The path without a crash, as a baseline for the test above."""
    with Dossier.open(sample.folder) as dossier:
        dossier.change_passphrase(NEW_PASSPHRASE)
        assert dossier.mode is KeyMode.PASSPHRASE
    assert "pending" not in json.loads((sample.folder / "dossier.keys").read_bytes())
    assert error_of(lambda: Dossier.open(sample.folder)).code is Code.NEEDS_SECRET
    for secret in (NEW_PASSPHRASE, sample.recovery):
        with Dossier.open(sample.folder, secret=secret) as dossier:
            sample.assert_content(dossier)
            assert dossier.check()
    with Dossier.open(sample.folder, secret=NEW_PASSPHRASE) as dossier:
        dossier.use_keyring()
    with Dossier.open(sample.folder) as dossier:
        sample.assert_content(dossier)
