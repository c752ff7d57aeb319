"""Reading bills in worker processes: limits, crashes, order, progress and cancellation.

The readers live in tests/isolation_readers.py (workers must be able to import them). Files hold a word
that tells the `by_content` reader how to behave, so one call can mix good and hostile files. No test
sleeps: each waits for an event, a pipe or a process, with a generous upper bound that only matters if
the code under test is broken.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import pickle
import select
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kkoguard import isolation
from kkoguard.bills.model import Bill, Charge, Kind
from kkoguard.errors import BillError, ErrorCode
from kkoguard.isolation import Outcome, read_bills
from tests.conftest import Run
from tests.helpers import assert_no_traceback, codes, validate_scan, within

READER = "tests.isolation_readers:by_content"
REPO = Path(__file__).resolve().parents[1]
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and rlimits")
linux_only = pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS is only enforced on Linux")


def make_files(folder: Path, *contents: str) -> list[str]:
    paths = []
    for number, content in enumerate(contents):
        path = folder / f"{number:02}-{content}.pdf"
        path.write_text(content)
        paths.append(str(path))
    return paths


def reader_processes() -> list[multiprocessing.process.BaseProcess]:
    return [child for child in multiprocessing.active_children() if child.name == "kkoguard-reader"]


def test_results_are_in_input_order_with_one_callback_per_file(tmp_path: Path) -> None:
    paths = make_files(tmp_path, "hang", "ok", "not_a_bill", "ok")
    paths.append(paths[1])  # the same file twice is two results
    calls: list[tuple[int, Outcome]] = []

    outcomes = within(
        60,
        lambda: read_bills(paths, reader=READER, workers=2, timeout=2, on_outcome=lambda *c: calls.append(c)),
    )

    assert [outcome.path for outcome in outcomes] == paths
    assert codes(outcomes) == ["timeout", "ok", "not_a_bill", "ok", "ok"]
    assert sorted(index for index, _ in calls) == [0, 1, 2, 3, 4]
    assert all(outcome is outcomes[index] for index, outcome in calls)
    assert calls[-1][0] == 0, "callbacks come as files finish: the hanging file is last"


def test_a_hanging_file_times_out_and_a_new_worker_reads_the_rest(tmp_path: Path) -> None:
    paths = make_files(tmp_path, "hang", "ok", "ok")

    outcomes = within(60, lambda: read_bills(paths, reader=READER, workers=1, timeout=1))

    assert codes(outcomes) == ["timeout", "ok", "ok"]
    assert outcomes[0].error is not None and outcomes[0].error.path == paths[0]
    assert outcomes[1].bill is not None and outcomes[2].bill is not None
    assert outcomes[1].bill.operator == outcomes[2].bill.operator, "one replacement worker, not one per file"
    assert not reader_processes()


def test_workers_are_reused_across_files(tmp_path: Path) -> None:
    outcomes = read_bills(make_files(tmp_path, *["ok"] * 6), reader=READER, workers=2)

    pids = {outcome.bill.operator for outcome in outcomes if outcome.bill}
    assert codes(outcomes) == ["ok"] * 6
    assert 1 <= len(pids) <= 2
    assert str(os.getpid()) not in pids, "the parent never reads a file itself"


@linux_only
def test_a_memory_hog_is_too_large_and_its_worker_goes_on(tmp_path: Path) -> None:
    limit = 512 << 20
    paths = make_files(tmp_path, "hog", "ok", "limits")

    outcomes = within(60, lambda: read_bills(paths, reader=READER, workers=1, memory_limit=limit, timeout=30))

    assert codes(outcomes) == ["too_large", "ok", "ok"]
    bills = [outcome.bill for outcome in outcomes[1:]]
    assert bills[0] is not None and bills[1] is not None
    assert bills[1].account_number == str(limit), "the worker's address space is capped"
    assert bills[0].operator == bills[1].operator, "a MemoryError does not cost the worker"


@posix_only
def test_a_worker_that_dies_costs_only_its_file(tmp_path: Path) -> None:
    paths = make_files(tmp_path, "exit", "ok", "sigsegv", "sigkill", "ok")

    outcomes = read_bills(paths, reader=READER, workers=1)

    # SIGKILL is what the out-of-memory killer sends; other deaths are blamed on the file.
    assert codes(outcomes) == ["corrupt", "ok", "corrupt", "too_large", "ok"]
    details = [outcome.error.detail for outcome in outcomes if outcome.error]
    assert details[0] == "the reader crashed (exit status 3)"
    assert details[1] == "the reader crashed (signal SIGSEGV)"


def test_an_unexpected_exception_is_corrupt_and_tells_only_its_type(tmp_path: Path) -> None:
    outcomes = read_bills(make_files(tmp_path, "raise", "ok"), reader=READER)

    assert codes(outcomes) == ["corrupt", "ok"]
    error = outcomes[0].error
    assert error is not None
    assert error.detail == "unexpected ValueError in the reader"
    assert "secret" not in str(error) and "Traceback" not in str(error)


def test_bill_errors_from_the_reader_come_back_as_they_are(tmp_path: Path) -> None:
    paths = make_files(tmp_path, "not_a_bill")

    [outcome] = read_bills(paths, reader=READER)

    assert outcome.bill is None and outcome.error is not None
    assert (outcome.error.code, outcome.error.path, outcome.error.detail) == (
        ErrorCode.NOT_A_BILL,
        paths[0],
        "no operator found",
    )


def test_the_parent_refuses_missing_folders_and_huge_files_without_a_worker(tmp_path: Path) -> None:
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as file:
        file.truncate(isolation.MAX_FILE_BYTES + 1)  # sparse: costs no disk
    paths = [str(tmp_path / "missing.pdf"), str(tmp_path), str(huge), ""]
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.pdf")
        paths.append(str(tmp_path / "pipe.pdf"))

    # A reader that does not exist: starting any worker would raise RuntimeError.
    outcomes = read_bills(paths, reader="tests.isolation_readers:no_such_reader")

    expected = ["not_found", "not_found", "too_large", "not_found", "not_a_pdf"]
    assert codes(outcomes) == expected[: len(paths)]
    assert [outcome.path for outcome in outcomes] == paths


@posix_only
def test_workers_ignore_ctrl_c(tmp_path: Path) -> None:
    [outcome] = read_bills(make_files(tmp_path, "sigint"), reader=READER)

    assert outcome.error is None and outcome.bill is not None


def test_an_oversized_answer_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(isolation, "MAX_REPLY_BYTES", 1_000_000)

    outcomes = read_bills(make_files(tmp_path, "huge", "ok"), reader=READER, workers=1)

    assert codes(outcomes) == ["too_large", "ok"]


def test_an_answer_that_is_not_a_bill_is_not_unpickled(tmp_path: Path) -> None:
    outcomes = read_bills(make_files(tmp_path, "path", "ok"), reader=READER, workers=1)

    assert codes(outcomes) == ["corrupt", "ok"]
    assert outcomes[0].error is not None and "pathlib" in outcomes[0].error.detail


def test_everything_a_bill_holds_passes_the_reply_allowlist() -> None:
    charge = Charge("KKO Store", Decimal("7.99"), date(2025, 7, 5), 2, (1.0, 2.0, 3.0, 4.0), "Achats", True)
    charge.kind, charge.merchant, charge.reasons = Kind.INTERNET_PLUS, "KKO Store", ["keyword"]
    bill = Bill("a.pdf", 2, "orange", "FA1", date(2025, 8, 2), None, None, "059", ["0792864633"])
    bill.total, bill.charges = Decimal("73.30"), [charge]
    error = BillError(ErrorCode.ENCRYPTED, "b.pdf", "RC4")

    for reply in [("bill", bill), ("error", error)]:
        data = pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL)
        back = isolation._RestrictedUnpickler(io.BytesIO(data)).load()
        assert back[0] == reply[0]
        assert vars(back[1]) == vars(reply[1])


@pytest.mark.parametrize("reader", ["tests.isolation_readers:no_such_reader", "tests.no_such_module:read"])
def test_a_reader_that_cannot_load_is_an_error_not_a_bad_file(tmp_path: Path, reader: str) -> None:
    with pytest.raises(RuntimeError, match="cannot be loaded"):
        read_bills(make_files(tmp_path, "ok", "ok"), reader=reader)
    assert not reader_processes()


def test_a_worker_that_dies_before_it_is_ready_is_an_error_not_a_bad_file(tmp_path: Path) -> None:
    # A main module without the `if __name__ == "__main__":` guard: each worker re-runs it and dies.
    script = tmp_path / "unguarded.py"
    script.write_text(
        f"from kkoguard.isolation import read_bills\nread_bills([__file__], reader={READER!r})\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}

    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=120)

    assert run.returncode != 0
    assert "RuntimeError: a bill reader process died on start" in run.stderr


def test_what_a_reader_prints_stays_off_stdout(tmp_path: Path) -> None:
    # `kkoguard scan --json` writes its JSON on stdout: a chatty library must not break it.
    script = f"import sys, kkoguard.isolation as i\ni.read_bills(sys.argv[1:], reader={READER!r})\n"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    files = make_files(tmp_path, "print", "ok")

    run = subprocess.run(
        [sys.executable, "-c", script, *files], capture_output=True, text=True, env=env, timeout=120
    )

    assert run.returncode == 0, run.stderr
    assert run.stdout == ""
    assert "noise from a library" in run.stderr


def test_bad_arguments_are_refused(tmp_path: Path) -> None:
    paths = make_files(tmp_path, "ok")
    with pytest.raises(ValueError):
        read_bills(paths, reader="no_colon")
    with pytest.raises(ValueError):
        read_bills(paths, reader=READER, workers=0)
    with pytest.raises(ValueError):
        read_bills(paths, reader=READER, timeout=0)
    assert read_bills([], reader=READER) == []


def test_cancel_from_another_thread_kills_the_workers_and_drops_the_rest(tmp_path: Path) -> None:
    paths = make_files(tmp_path, "ok", "hang", "hang", "hang", "ok")
    cancel, first_done = threading.Event(), threading.Event()
    calls: list[int] = []
    result: list[list[Outcome]] = []

    def on_outcome(index: int, outcome: Outcome) -> None:
        calls.append(index)
        first_done.set()

    def scan() -> None:
        result.append(
            read_bills(paths, reader=READER, workers=2, timeout=600, cancel=cancel, on_outcome=on_outcome)
        )

    thread = threading.Thread(target=scan, daemon=True)
    thread.start()
    assert first_done.wait(60)
    started = time.monotonic()
    cancel.set()
    thread.join(60)

    assert not thread.is_alive(), "cancel did not stop the hanging workers"
    assert time.monotonic() - started < 10
    assert calls == [0]
    assert [outcome.path for outcome in result[0]] == [paths[0]]
    assert not reader_processes()


def test_cancel_set_before_the_call_starts_no_worker(tmp_path: Path) -> None:
    cancel = threading.Event()
    cancel.set()
    paths = [*make_files(tmp_path, "ok"), str(tmp_path / "missing.pdf")]

    outcomes = read_bills(paths, reader="tests.isolation_readers:no_such_reader", cancel=cancel)

    assert codes(outcomes) == ["not_found"]


def test_an_error_in_the_callback_stops_the_workers(tmp_path: Path) -> None:
    def on_outcome(index: int, outcome: Outcome) -> None:
        raise KeyError("bug in the caller")

    paths = make_files(tmp_path, "ok", "hang")
    with pytest.raises(KeyError):
        within(60, lambda: read_bills(paths, reader=READER, workers=2, on_outcome=on_outcome))
    assert not reader_processes()


@pytest.mark.skipif(not hasattr(os, "pidfd_open"), reason="needs pidfd_open (Linux 5.3+)")
def test_a_worker_exits_when_its_parent_dies(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from kkoguard.isolation import read_bills\n"
        "read_bills(sys.argv[1:], reader='tests.isolation_readers:announce_and_hang', timeout=600)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    parent = subprocess.Popen(
        [sys.executable, "-c", script, *make_files(tmp_path, "x")], stderr=subprocess.PIPE, cwd=REPO, env=env
    )
    try:
        assert parent.stderr is not None
        assert select.select([parent.stderr], [], [], 60)[0], "the worker never started"
        line = parent.stderr.readline().decode()
        assert line.startswith("worker "), line
        try:
            worker = os.pidfd_open(int(line.split()[1]))
        except OSError as exc:  # seccomp or an old kernel
            pytest.skip(f"pidfd_open: {exc}")
        parent.kill()
        parent.wait(60)
        assert select.select([worker], [], [], 60)[0], "the worker outlived its parent"
        os.close(worker)
    finally:
        parent.kill()
        parent.wait(60)
        if parent.stderr:
            parent.stderr.close()


def test_the_reader_is_given_as_a_function(tmp_path: Path) -> None:
    from tests import isolation_readers

    outcomes = read_bills(make_files(tmp_path, "ok", "ok"), reader=isolation_readers.by_content, workers=1)
    assert [o.error for o in outcomes] == [None, None]
    with pytest.raises(ValueError, match="module-level function"):
        read_bills(make_files(tmp_path, "ok"), reader=lambda path: isolation_readers.by_content(path))


# --- out of memory in native code, and a parent killed mid-file (issue 17, item 7) -------------------------


def _page_of_words(path: Path, words: int) -> str:
    """A one-page PDF holding `words` words: PDFium aborts when its text page does not fit the memory."""
    from reportlab.pdfgen import canvas

    per_row = 400
    rows = words // per_row
    page = canvas.Canvas(str(path), pagesize=(2000, 2000))
    page.setFont("Helvetica", 1)
    text = page.beginText(1, 1995)
    for row in range(rows):
        text.setTextOrigin(1, 1995 - row * 1990 / rows)
        text.textOut(" ".join(f"w{i}" for i in range(per_row)))
    page.drawText(text)
    page.save()
    return str(path)


@linux_only
def test_a_worker_that_aborts_after_taking_most_of_its_memory_is_too_large(tmp_path: Path) -> None:
    paths = make_files(tmp_path, "hog_abort", "abort", "ok")

    outcomes = within(
        60, lambda: read_bills(paths, reader=READER, workers=1, memory_limit=512 << 20, timeout=30)
    )

    assert codes(outcomes) == ["too_large", "corrupt", "ok"], "an abort with memory to spare is still a crash"
    assert outcomes[0].error is not None and "SIGABRT" in outcomes[0].error.detail


@linux_only
def test_a_page_of_200000_words_that_pdfium_cannot_hold_is_too_large(tmp_path: Path) -> None:
    huge = _page_of_words(tmp_path / "huge.pdf", 200_000)

    (outcome,) = within(120, lambda: read_bills([huge], workers=1, memory_limit=300 << 20))

    assert outcome.error is not None and outcome.error.code == "too_large", outcome.error


@linux_only
def test_scan_json_says_too_large_for_a_page_beyond_the_workers_memory(
    tmp_path: Path, cli: Callable[..., Run]
) -> None:
    huge = _page_of_words(tmp_path / "huge.pdf", 1_000_000)
    good = str(REPO / "tests" / "fixtures" / "golden" / "red.pdf")

    run = cli("scan", "--json", "--lang", "en", huge, good)

    bills = validate_scan(run.out)["bills"]
    assert [b["status"] for b in bills] == ["error", "ok"]
    assert bills[0]["error"]["code"] == "too_large"


def test_a_worker_whose_parent_is_gone_ends_without_a_traceback(tmp_path: Path) -> None:
    """The worker answers into a pipe whose other end is closed (its parent died): it ends quietly."""
    script = (
        "import multiprocessing, sys\n"
        "from kkoguard import isolation\n"
        "parent, child = multiprocessing.Pipe()\n"
        "lifeline, keep = multiprocessing.Pipe(duplex=False)\n"
        "parent.send(('file', sys.argv[1]))\n"
        "parent.close()\n"
        "isolation._worker_main(child, lifeline, 'tests.isolation_readers:by_content', None)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    (path,) = make_files(tmp_path, "ok")
    done = subprocess.run(
        [sys.executable, "-c", script, path], capture_output=True, text=True, cwd=REPO, env=env, timeout=60
    )
    assert_no_traceback(done.stderr + done.stdout)
    assert done.returncode == 0, done.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killing_the_parent_while_its_worker_reports_prints_no_traceback(tmp_path: Path) -> None:
    """kill -9 of `read_bills`'s process while its worker writes to it (the race is the worker's: it may
    write before it notices, so the kill is repeated)."""
    script = (
        "import sys\n"
        "from kkoguard.isolation import read_bills\n"
        "read_bills(sys.argv[1:], reader='tests.isolation_readers:announce_and_report', timeout=600)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    paths = make_files(tmp_path, "x")
    for _ in range(10):
        parent = subprocess.Popen(
            [sys.executable, "-c", script, *paths], stderr=subprocess.PIPE, cwd=REPO, env=env
        )
        try:
            assert parent.stderr is not None
            assert select.select([parent.stderr], [], [], 60)[0], "the worker never started"
            assert parent.stderr.readline().decode().startswith("worker ")
            parent.kill()
            parent.wait(60)
            rest = parent.stderr.read().decode()  # end of file once the worker, the last writer, is gone
        finally:
            parent.kill()
            parent.wait(60)
            if parent.stderr:
                parent.stderr.close()
        assert_no_traceback(rest)
        assert rest == "", rest
