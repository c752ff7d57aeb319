#!/bin/sh
# Smoke-test the frozen bundle: it starts, prints its version, and scans a bill.
#   packaging/smoke_test.sh FIXTURE.pdf [BUNDLE_EXE]     (default exe: dist/kkoguard/kkoguard)
set -eu
[ $# -ge 1 ] || { echo "usage: $0 FIXTURE.pdf [BUNDLE_EXE]" >&2; exit 2; }
fixture=$1
exe=${2:-$(cd "$(dirname "$0")/.." && pwd)/dist/kkoguard/kkoguard}
out=$(mktemp)
data=$(mktemp -d)
trap 'rm -rf "$out" "$data"' EXIT
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

# The encrypted dossier in the bundle: SQLCipher, key wrapping, reportlab (recovery sheet), backup.
# No keyring on a build machine: a passphrase from the environment, as scripts do.
export KKOGUARD_DATA_DIR="$data/dossier" KKOGUARD_PASSPHRASE="smoke test passphrase"
"$exe" dossier create --passphrase --recovery-pdf "$data/recovery.pdf" >"$out" 2>&1 ||
    fail "dossier create exited $?: $(cat "$out")"
head -c 5 "$data/recovery.pdf" | grep -q '%PDF' || fail "no recovery sheet PDF"
"$exe" dossier import "$fixture" >"$out" 2>&1 || fail "dossier import exited $?: $(cat "$out")"
"$exe" dossier list >"$out" 2>&1 || fail "dossier list exited $?: $(cat "$out")"
"$exe" dossier export 1 --out "$data/export" >"$out" 2>&1 || fail "dossier export exited $?: $(cat "$out")"
"$exe" dossier backup "$data/backup.kkoguard-backup" >"$out" 2>&1 || fail "dossier backup exited $?: $(cat "$out")"
"$exe" dossier check >"$out" 2>&1 || fail "dossier check exited $?: $(cat "$out")"
rc=0
KKOGUARD_PASSPHRASE="not the passphrase" "$exe" dossier list >/dev/null 2>&1 || rc=$?
[ "$rc" -eq 1 ] || fail "dossier list with a wrong passphrase exited $rc (expected 1)"
echo "ok: dossier create, import, list, export, backup, check; wrong passphrase exits 1"
echo "smoke test passed"
