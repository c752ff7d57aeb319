#!/bin/sh
# Smoke-test the frozen bundle as a user's machine would run it: nothing from the checkout but the test
# bills is used (no .venv, no Python path).
#   packaging/smoke_test.sh [BUNDLE_EXE]      (default: dist/kkoguard/kkoguard)
# Checks: --version; scan --json of a PDF bill, of a photographed bill (two JPEG pages, OCR) and of a
# scanned PDF; exit statuses; the encrypted dossier created, filled, backed up and reopened; the window
# starting offscreen (and on X11 under Xvfb when xvfb-run exists) and quitting; when D-Bus and GNOME
# Keyring are installed, the dossier kept in a real Secret Service keyring and the main window opening on
# it; the per-user installer of the Linux tarball.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
exe=${1:-$root/dist/kkoguard/kkoguard}
bills=$root/tests/fixtures
work=$(mktemp -d)
out=$work/out
trap 'rm -rf "$work"' EXIT
fail() { echo "smoke test FAILED: $*" >&2; exit 1; }
json() { python3 -c "import json, sys; d = json.load(open(sys.argv[1])); sys.exit(0 if ($1) else 1)" "$out"; }

[ -x "$exe" ] || fail "$exe not found; build it with packaging/build-linux"
cd "$work"  # nothing found by accident in the checkout
unset KKOGUARD_PASSPHRASE KKOGUARD_RECOVERY_KEY KKOGUARD_BENCH_STARTUP PYTHONPATH KKOGUARD_RESOURCES || true
export QT_QPA_PLATFORM=offscreen KKOGUARD_LOG_DIR="$work/logs"

"$exe" --version >"$out" 2>&1 || fail "--version exited $?: $(cat "$out")"
grep -q '^kkoguard [0-9]\.[0-9]' "$out" || fail "--version printed no version: $(cat "$out")"
echo "ok: --version -> $(cat "$out")"

# Exit codes: 0 every file read, 1 a file failed, 2 usage error.
"$exe" scan --json "$bills/c04/2025-06.pdf" >"$out" || fail "scan --json of a PDF bill exited $?"
json 'd["schema"] == "kkoguard.scan/1" and d["bills"][0]["status"] == "ok" and d["summary"]["merchants"]' ||
    fail "scan --json of a PDF bill: $(head -c 400 "$out")"
echo "ok: scan --json of a PDF bill (suspicious charges found)"

"$exe" scan --json "$bills/scans/2025-10-p1.jpg" "$bills/scans/2025-10-p2.jpg" >"$out" ||
    fail "scan --json of a photographed bill exited $?"
json 'd["bills"][0]["status"] == "ok" and d["bills"][0]["source"] == "ocr" and d["bills"][0]["total"]
      and len(d["bills"][0]["pages_files"]) == 2 and d["summary"]["merchants"]' ||
    fail "scan --json of a photographed bill: $(head -c 400 "$out")"
echo "ok: scan --json of a photographed bill (2 JPEG pages read with Tesseract, one bill)"

"$exe" scan --json "$bills/scans/scanned-red.pdf" >"$out" || fail "scan --json of a scanned PDF exited $?"
json 'd["bills"][0]["status"] == "ok" and d["bills"][0]["source"] == "ocr"' ||
    fail "scan --json of a scanned PDF: $(head -c 400 "$out")"
echo "ok: scan --json of a scanned PDF"

rc=0
"$exe" scan --json "$work/does-not-exist.pdf" >/dev/null 2>&1 || rc=$?
[ "$rc" -eq 1 ] || fail "scan of a missing file exited $rc (expected 1)"
rc=0
"$exe" scan --no-such-option >/dev/null 2>&1 || rc=$?
[ "$rc" -eq 2 ] || fail "scan with a bad option exited $rc (expected 2)"
echo "ok: a missing file exits 1, a usage error 2"

# The encrypted dossier: SQLCipher, key wrapping, reportlab (recovery sheet), backup, and reopened by
# later processes. No keyring here: a passphrase from the environment, as scripts do.
(
    export KKOGUARD_DATA_DIR="$work/dossier" KKOGUARD_PASSPHRASE="smoke test passphrase"
    "$exe" dossier create --passphrase --recovery-pdf "$work/recovery.pdf" >"$out" 2>&1 ||
        fail "dossier create exited $?: $(cat "$out")"
    head -c 5 "$work/recovery.pdf" | grep -q '%PDF' || fail "no recovery sheet PDF"
    "$exe" dossier import "$bills/c04/2025-06.pdf" >"$out" 2>&1 || fail "dossier import exited $?: $(cat "$out")"
    "$exe" dossier export 1 --out "$work/export" >"$out" 2>&1 || fail "dossier export exited $?: $(cat "$out")"
    "$exe" dossier backup "$work/backup.kkoguard-backup" >"$out" 2>&1 || fail "dossier backup exited $?"
    "$exe" dossier list >"$out" 2>&1 || fail "dossier list (reopened) exited $?: $(cat "$out")"
    grep -q "claimed" "$out" || fail "the reopened dossier lost its case: $(cat "$out")"
    "$exe" dossier check >"$out" 2>&1 || fail "dossier check exited $?: $(cat "$out")"
    rc=0
    KKOGUARD_PASSPHRASE="not the passphrase" "$exe" dossier list >/dev/null 2>&1 || rc=$?
    [ "$rc" -eq 1 ] || fail "dossier list with a wrong passphrase exited $rc (expected 1)"
    # The window on this dossier: it asks for the passphrase (the window never reads it from the environment).
    KKOGUARD_BENCH_STARTUP=1 timeout 60 "$exe" >"$out" 2>&1 || fail "the window on the dossier exited $?: $(cat "$out")"
    grep -q 'window=UnlockDialog' "$out" || fail "the window did not ask for the passphrase: $(cat "$out")"
)
echo "ok: dossier created, filled, exported, backed up, reopened and checked; wrong passphrase exits 1"
echo "ok: the window starts on an existing dossier and asks for its passphrase"

# First launch: the welcome dialog, painted, then the app quits by itself.
KKOGUARD_DATA_DIR="$work/first" KKOGUARD_BENCH_STARTUP=1 timeout 60 "$exe" >"$out" 2>&1 ||
    fail "the window exited $?: $(cat "$out")"
grep -q 'window=WelcomeDialog' "$out" || fail "the welcome dialog was not shown: $(cat "$out")"
[ ! -e "$work/first/dossier.db" ] || fail "quitting the welcome dialog created a dossier"
echo "ok: the window starts offscreen (welcome dialog) and quits"

if command -v xvfb-run >/dev/null 2>&1; then
    KKOGUARD_DATA_DIR="$work/first" KKOGUARD_BENCH_STARTUP=1 QT_QPA_PLATFORM=xcb \
        timeout 60 xvfb-run -a "$exe" >"$out" 2>&1 || fail "the window under Xvfb exited $?: $(cat "$out")"
    grep -q 'window=WelcomeDialog' "$out" || fail "the window did not show under Xvfb: $(cat "$out")"
    echo "ok: the window starts on X11 (Xvfb) and quits"
fi

if command -v dbus-run-session >/dev/null 2>&1 && command -v gnome-keyring-daemon >/dev/null 2>&1; then
    # A real Secret Service: the keyring backend in the bundle stores the key; the window opens on home.
    cat >"$work/keyring.sh" <<'EOF'
set -e
printf 'smoke' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
"$EXE" dossier create >/dev/null
KKOGUARD_BENCH_STARTUP=1 timeout 60 "$EXE"
EOF
    mkdir -p "$work/home/.cache"
    HOME="$work/home" XDG_DATA_HOME="$work/home/share" KKOGUARD_DATA_DIR="$work/keyring" EXE="$exe" \
        timeout 120 dbus-run-session -- sh "$work/keyring.sh" >"$out" 2>&1 ||
        fail "the keyring dossier failed: $(cat "$out")"
    grep -q 'window=MainWindow' "$out" || fail "the window did not open on the keyring dossier: $(cat "$out")"
    echo "ok: the dossier key kept in GNOME Keyring (Secret Service); the main window opens on it"
fi

tarball=$(ls "$root"/dist/KKO-Guard-*-linux-*.tar.gz 2>/dev/null | head -n 1 || true)
if [ -n "$tarball" ]; then
    mkdir "$work/unpacked" "$work/user"
    tar -C "$work/unpacked" -xzf "$tarball"
    mkdir -p "$work/user/.local/share/kkoguard"
    echo keep >"$work/user/.local/share/kkoguard/dossier.db"
    HOME="$work/user" XDG_DATA_HOME="" sh "$work"/unpacked/*/install.sh >"$out" 2>&1 || fail "install.sh: $(cat "$out")"
    entry="$work/user/.local/share/applications/fr.kkoguard.KKOGuard.desktop"
    grep -q "^Exec=\"$work/user/.local/lib/kkoguard/kkoguard\" %F" "$entry" || fail "menu entry: $(cat "$entry")"
    [ -f "$work/user/.local/share/icons/hicolor/256x256/apps/fr.kkoguard.KKOGuard.png" ] || fail "no icon installed"
    "$work/user/.local/bin/kkoguard" --version >/dev/null || fail "the installed kkoguard does not start"
    HOME="$work/user" XDG_DATA_HOME="" sh "$work"/unpacked/*/install.sh --uninstall >"$out" 2>&1 ||
        fail "install.sh --uninstall: $(cat "$out")"
    [ ! -e "$entry" ] && [ ! -e "$work/user/.local/lib/kkoguard" ] || fail "uninstall left the program behind"
    [ -f "$work/user/.local/share/kkoguard/dossier.db" ] || fail "uninstall removed the dossier"
    echo "ok: $(basename "$tarball"): install.sh installs the menu entry and icons; --uninstall keeps the dossier"
fi
echo "smoke test passed"
