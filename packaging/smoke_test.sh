#!/bin/sh
# Smoke-test the frozen bundle: it starts, prints its version, and scans a bill.
#   packaging/smoke_test.sh FIXTURE.pdf [BUNDLE_EXE]     (default exe: dist/kkoguard/kkoguard)
set -eu
[ $# -ge 1 ] || { echo "usage: $0 FIXTURE.pdf [BUNDLE_EXE]" >&2; exit 2; }
fixture=$1
exe=${2:-$(cd "$(dirname "$0")/.." && pwd)/dist/kkoguard/kkoguard}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
fail() { echo "smoke test FAILED: $*" >&2; exit 1; }

[ -x "$exe" ] || fail "$exe not found; build it with packaging/build.sh"

"$exe" --version >"$out" 2>&1 || fail "--version exited $?: $(cat "$out")"
grep -q '[0-9]\.[0-9]' "$out" || fail "--version printed no version: $(cat "$out")"
echo "ok: --version -> $(head -n 1 "$out")"

# Exit codes: 0 every file read, 1 a file failed, 2 usage error.
rc=0
"$exe" scan --json "$fixture" >"$out" || rc=$?
[ "$rc" -eq 0 ] || fail "scan --json $fixture exited $rc (expected 0)"
python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$out" || fail "scan --json printed invalid JSON"
echo "ok: scan --json $fixture"

rc=0
"$exe" scan --json "$out.does-not-exist.pdf" >/dev/null 2>&1 || rc=$?
[ "$rc" -eq 1 ] || fail "scan of a missing file exited $rc (expected 1)"
echo "ok: scan of a missing file exits 1"

rc=0
"$exe" scan --no-such-option >/dev/null 2>&1 || rc=$?
[ "$rc" -eq 2 ] || fail "scan with a bad option exited $rc (expected 2)"
echo "ok: usage error exits 2"
echo "smoke test passed"
