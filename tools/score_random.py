"""Score the reader on random bill layouts nobody drew (tests/layoutgen.py), with the shared corpus's scorer.

Run from the repository root:

    .venv/bin/python tools/score_random.py --count 500 --out /tmp/random-bills [--seed-base N]

Writes `--count` bills (seeds N, N+1, …) into customer folders of `--per-customer` bills, each with its
`summary.truth.json`, runs shared/corpus/score.py on them with `kkoguard scan --json`, and prints its report
and SCORE line. Then what score.py does not say: the false positives on the bills that have no suspicious
line (no third-party line at all, or app stores and operator options only), and which layout choices lose
the most suspicious lines. The scanner's answers are kept in `<out>/_outputs/` (score.py skips folders
whose name starts with "_").
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shlex
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SCORE_PY = REPO.parent / "shared" / "corpus" / "score.py"
MARKER = ".layoutgen"
"""A folder holding this file was written by this script, and may be emptied by its next run."""
sys.path.insert(0, str(REPO))

from tests.layoutgen import CHOICES, bill_name, choose_layout, summary_truth, write  # noqa: E402


def record(folder: Path, command: list[str]) -> int:
    """`--record`: run the scanner, keep its answer for the checks after score.py, and pass it on."""
    try:
        proc = subprocess.run(command, capture_output=True, text=True)
    except OSError as exc:
        print(f"cannot run {command[0]}: {exc}", file=sys.stderr)
        return 127
    files = [arg for arg in command if arg.endswith(".pdf")]
    name = Path(files[0]).parent.name if files else "none"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.json").write_text(proc.stdout, encoding="utf-8")
    sys.stdout.write(proc.stdout)
    sys.stderr.write(proc.stderr)
    return proc.returncode


def prepare(out: Path) -> None:
    if out.exists() and any(out.iterdir()):
        if not (out / MARKER).exists():
            sys.exit(f"{out} is not empty and was not written by this script: choose another --out")
        shutil.rmtree(out)
    out.mkdir(parents=True)
    (out / MARKER).write_text("written by tools/score_random.py\n", encoding="utf-8")


def write_bills(out: Path, seeds: range, per_customer: int) -> dict[int, dict[str, Any]]:
    """The truths by seed; the bills go in folders r000, r001, … of `per_customer` bills, like customers."""
    truths: dict[int, dict[str, Any]] = {}
    for start in range(0, len(seeds), per_customer):
        folder = out / f"r{start // per_customer:03d}"
        group = seeds[start : start + per_customer]
        for seed in group:
            truths[seed] = json.loads(write(seed, folder).with_suffix(".truth.json").read_text("utf-8"))
        summary = summary_truth([truths[seed] for seed in group])
        (folder / "summary.truth.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2), "utf-8")
    return truths


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus_score", SCORE_PY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def answers(
    out: Path, truths: dict[int, dict[str, Any]], scorer: ModuleType
) -> dict[int, dict[str, Any] | None]:
    """The scanner's bill for each seed (None when it gave none), from the recorded outputs."""
    found: dict[int, dict[str, Any] | None] = {}
    for seed in truths:
        path = next(out.glob(f"r*/{bill_name(seed)}.pdf"))
        try:
            output = json.loads((out / "_outputs" / f"{path.parent.name}.json").read_text("utf-8"))
        except (OSError, json.JSONDecodeError):
            output = None
        found[seed] = scorer.find_bill(output, str(path))
    return found


def no_third_party(truth: dict[str, Any]) -> bool:
    return not any(c["third_party"] for c in truth["charges"])


def benign_only(truth: dict[str, Any]) -> bool:
    return not no_third_party(truth) and not any(c["suspicious"] for c in truth["charges"])


def false_positives(truths: dict[int, dict[str, Any]], got: dict[int, dict[str, Any] | None]) -> None:
    """Suspicious lines reported on bills whose truth has none: what a user of such a bill would be told."""
    for what, keep in (
        ("no third-party line", no_third_party),
        ("app stores / operator options only", benign_only),
    ):
        seeds = [s for s, t in truths.items() if keep(t)]
        flagged = {s: [c for c in (got[s] or {}).get("charges", []) if c.get("suspicious")] for s in seeds}
        bad = {s: lines for s, lines in flagged.items() if lines}
        count = sum(map(len, bad.values()))
        print(
            f"false positives on bills with {what}: {count} suspicious lines on {len(bad)}/{len(seeds)} bills"
        )
        for seed, lines in list(bad.items())[:5]:
            print(
                f"  {bill_name(seed)}: "
                + "; ".join(f"{c.get('amount')} {c.get('label')!r}" for c in lines[:3])
            )


def by_choice(
    truths: dict[int, dict[str, Any]], got: dict[int, dict[str, Any] | None], scorer: ModuleType
) -> None:
    """Suspicious recall per layout choice, worst first: where the reader loses third-party lines."""
    found: dict[tuple[str, Any], list[int]] = defaultdict(lambda: [0, 0])
    for seed, truth in truths.items():
        pred = [c for c in (got[seed] or {}).get("charges", []) if isinstance(c, dict)]
        pairs = dict(scorer.match_charges(truth["charges"], pred))
        suspicious = [i for i, c in enumerate(truth["charges"]) if c["suspicious"]]
        hits = [i in pairs and bool(pred[pairs[i]].get("suspicious")) for i in suspicious]
        layout = choose_layout(seed)
        for name in CHOICES:
            counts = found[(name, getattr(layout, name))]
            counts[0] += sum(hits)
            counts[1] += len(hits)
    rows = [(ok / n, name, value, ok, n) for (name, value), (ok, n) in found.items() if n]
    rows.sort(key=lambda row: (row[0], row[1], repr(row[2])))
    print("suspicious recall by layout choice (worst 12):")
    for rate, name, value, ok, n in rows[:12]:
        print(f"  {rate:.3f}  {name}={value!r}  ({ok}/{n})")


def main() -> int:
    if sys.argv[1:2] == ["--record"]:
        return record(Path(sys.argv[2]), sys.argv[4:] if sys.argv[3:4] == ["--"] else sys.argv[3:])
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=500, help="how many bills")
    ap.add_argument("--out", type=Path, default=Path("/tmp/random-bills"), help="where to write them")
    ap.add_argument("--seed-base", type=int, default=0, help="first seed")
    ap.add_argument(
        "--per-customer", type=int, default=10, help="bills per customer folder (one scan run each)"
    )
    ap.add_argument("--cmd", default=f"{REPO / '.venv' / 'bin' / 'kkoguard'} scan --json", help="the scanner")
    args = ap.parse_args()
    if not SCORE_PY.exists():
        sys.exit(f"no scorer at {SCORE_PY}")
    out = args.out.resolve()
    started = time.monotonic()
    prepare(out)
    truths = write_bills(out, range(args.seed_base, args.seed_base + args.count), args.per_customer)
    written = time.monotonic()
    print(f"{len(truths)} bills written to {out} in {written - started:.1f} s", flush=True)
    recorder = [sys.executable, str(Path(__file__).resolve()), "--record", str(out / "_outputs"), "--"]
    command = shlex.join(recorder + shlex.split(args.cmd))
    proc = subprocess.run([sys.executable, str(SCORE_PY), "--cmd", command, "--corpus", str(out)],
                          capture_output=True, text=True)  # fmt: skip
    print(proc.stdout, end="")
    print(proc.stderr, end="", file=sys.stderr)
    if proc.returncode:
        return proc.returncode
    scorer = load_scorer()
    got = answers(out, truths, scorer)
    false_positives(truths, got)
    by_choice(truths, got, scorer)
    print(f"scored in {time.monotonic() - written:.1f} s ({time.monotonic() - started:.1f} s in all)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
