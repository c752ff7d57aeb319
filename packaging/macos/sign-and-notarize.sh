#!/bin/sh
# Sign, notarise and staple the macOS app and its disk image with a Developer ID.
#   packaging/macos/sign-and-notarize.sh sign-app APP     sign the nested code inside-out, then the app
#   packaging/macos/sign-and-notarize.sh sign-dmg DMG     sign the disk image
#   packaging/macos/sign-and-notarize.sh notarize FILE    submit a .dmg, .zip, .pkg or .app to Apple and wait
#   packaging/macos/sign-and-notarize.sh staple FILE      attach the notarisation ticket to FILE
#
# Reads (never prints) these environment variables:
#   MACOS_SIGN_IDENTITY     "Developer ID Application: Name (TEAMID)" (or its SHA-1), in the keychain
#   MACOS_NOTARY_PROFILE    a profile saved with `xcrun notarytool store-credentials`, or else all three of
#   MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID, MACOS_NOTARY_PASSWORD (an app-specific password)
# Without MACOS_SIGN_IDENTITY every subcommand prints "skipped" and succeeds, so unsigned builds go on;
# without notarising credentials, notarize and staple do the same.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
ENTITLEMENTS="$HERE/entitlements.plist"

say() { echo "sign-and-notarize: $*"; }
die() { echo "sign-and-notarize: error: $*" >&2; exit 1; }
usage() { sed -n '2,6s/^# \{0,1\}//p' "$0" >&2; exit 2; }

require_identity() {
    if [ -z "${MACOS_SIGN_IDENTITY:-}" ]; then
        echo "skipped: no signing identity (set MACOS_SIGN_IDENTITY)"
        exit 0
    fi
}

# Fail early and clearly when the identity is not in the keychain, rather than on the 1st of 300 files.
check_identity() {
    security find-identity -v -p codesigning | grep -qiF -- "$MACOS_SIGN_IDENTITY" ||
        die "signing identity \"$MACOS_SIGN_IDENTITY\" not found (security find-identity -v -p codesigning)"
}

# True when notarising credentials are set; a partial Apple ID trio is a mistake worth stopping for,
# since skipping would silently ship an app that Gatekeeper blocks.
notary_configured() {
    [ -n "${MACOS_NOTARY_PROFILE:-}" ] && return 0
    n=0
    missing=
    for var in MACOS_NOTARY_APPLE_ID MACOS_NOTARY_TEAM_ID MACOS_NOTARY_PASSWORD; do
        eval "value=\${$var:-}"
        if [ -n "$value" ]; then n=$((n + 1)); else missing="$missing $var"; fi
    done
    [ "$n" -eq 0 ] && return 1
    [ "$n" -eq 3 ] || die "incomplete notarising credentials, missing:$missing (or set MACOS_NOTARY_PROFILE)"
}

require_notary() {
    if ! notary_configured; then
        echo "skipped: no notarising credentials (set MACOS_NOTARY_PROFILE, or MACOS_NOTARY_APPLE_ID," \
            "MACOS_NOTARY_TEAM_ID and MACOS_NOTARY_PASSWORD)"
        exit 0
    fi
}

# xcrun notarytool SUBCOMMAND ARGS... with the credentials appended. The password goes on notarytool's
# command line (it has no other way to take it); it is never echoed. Prefer a keychain profile.
notary() {
    if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
        xcrun notarytool "$@" --keychain-profile "$MACOS_NOTARY_PROFILE"
    else
        xcrun notarytool "$@" --apple-id "$MACOS_NOTARY_APPLE_ID" --team-id "$MACOS_NOTARY_TEAM_ID" \
            --password "$MACOS_NOTARY_PASSWORD"
    fi
}

# One codesign call; its chatter ("replacing existing signature") is shown only when it fails.
sign() {
    target=$1
    shift
    if ! out=$(codesign --force --timestamp --options runtime --sign "$MACOS_SIGN_IDENTITY" \
        "$@" "$target" 2>&1); then
        die "codesign failed on $target: $out"
    fi
}

# True when $1 is a .framework's own binary (X.framework/Versions/V/X): it is signed with its framework.
is_framework_binary() {
    version_dir=$(dirname "$1")
    versions=$(dirname "$version_dir")
    [ "$(basename "$versions")" = Versions ] &&
        [ "$(basename "$(dirname "$versions")")" = "$(basename "$1").framework" ]
}

# Deepest paths first, so nested code is always signed before whatever contains it.
deepest_first() { awk -F/ '{ print NF "\t" $0 }' | sort -rn | cut -f2-; }

sign_app() {
    app=${1%/}
    [ -d "$app/Contents/MacOS" ] || die "$app is not an app bundle"
    [ -f "$ENTITLEMENTS" ] || die "$ENTITLEMENTS missing"
    check_identity
    main=$(/usr/libexec/PlistBuddy -c "Print :CFBundleExecutable" "$app/Contents/Info.plist") ||
        die "no CFBundleExecutable in $app/Contents/Info.plist"

    # Finder info and other extended attributes make codesign refuse a bundle ("detritus not allowed").
    xattr -cr "$app"

    list=$(mktemp "${TMPDIR:-/tmp}/kkoguard-sign.XXXXXX")
    trap 'rm -f "$list"' EXIT
    trap 'exit 1' HUP INT TERM

    # 1. Every Mach-O file (dylibs, Python extension modules, Qt plugins, helper programs). -type f skips the
    #    symlinks PyInstaller 6 uses to cross-link Contents/Frameworks and Contents/Resources, so each file
    #    is signed once. Entitlements go on executables only: libraries inherit those of the process that
    #    loads them (Apple, "Hardened Runtime"), and the main executable gets them in step 3.
    find "$app/Contents" -type f ! -path "$app/Contents/MacOS/$main" | deepest_first >"$list"
    count=0
    while IFS= read -r f; do
        kind=$(file -b "$f")
        case $kind in Mach-O*) ;; *) continue ;; esac
        is_framework_binary "$f" && continue
        case $kind in
            *executable*) sign "$f" --entitlements "$ENTITLEMENTS" ;;
            *) sign "$f" ;;
        esac
        count=$((count + 1))
    done <"$list"
    say "signed $count nested Mach-O files"

    # 2. The .framework bundles (Python, Qt), as bundles: this signs their binary and seals their
    #    Info.plist, which codesign --verify --strict and the notary service both check.
    find "$app/Contents" -type d -name '*.framework' | deepest_first >"$list"
    count=0
    while IFS= read -r fw; do
        sign "$fw"
        count=$((count + 1))
    done <"$list"
    say "signed $count frameworks"

    # 3. The app itself: its main executable, with the entitlements, and the seal over all its resources.
    sign "$app" --entitlements "$ENTITLEMENTS"
    say "signed $app"

    codesign --verify --deep --strict --verbose=2 "$app" || die "codesign --verify failed for $app"
    # Informational: before notarisation Gatekeeper rejects a Developer ID app ("Unnotarized Developer ID").
    spctl --assess --type execute --verbose=2 "$app" ||
        say "note: spctl rejects the app for now; this is expected until it is notarised"
}

sign_dmg() {
    dmg=$1
    [ -f "$dmg" ] || die "$dmg not found"
    check_identity
    # A disk image holds no code of its own: no hardened runtime nor entitlements, a timestamped signature.
    if ! out=$(codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg" 2>&1); then
        die "codesign failed on $dmg: $out"
    fi
    codesign --verify --strict --verbose=2 "$dmg" || die "codesign --verify failed for $dmg"
    say "signed $dmg"
}

notarize() {
    file=${1%/}
    [ -e "$file" ] || die "$file not found"
    submit=$file
    scratch=
    case $file in
        *.app)
            # The notary service takes .dmg, .pkg or .zip: send an app as a zip that keeps its symlinks.
            scratch=$(mktemp -d "${TMPDIR:-/tmp}/kkoguard-notary.XXXXXX")
            trap 'rm -rf "$scratch"' EXIT
            trap 'exit 1' HUP INT TERM
            submit="$scratch/$(basename "$file" .app).zip"
            ditto -c -k --keepParent "$file" "$submit"
            ;;
        *.dmg | *.zip | *.pkg) ;;
        *) die "cannot notarise $file: expected a .dmg, .pkg, .zip or .app" ;;
    esac

    say "submitting $file to Apple's notary service (this usually takes a few minutes)"
    rc=0
    result=$(notary submit "$submit" --wait --output-format json) || rc=$?
    # The JSON result is one flat object: {"id": "...", "message": "...", "status": "Accepted"}.
    id=$(printf '%s\n' "$result" | sed -n 's/.*"id" *: *"\([^"]*\)".*/\1/p' | head -n 1)
    status=$(printf '%s\n' "$result" | sed -n 's/.*"status" *: *"\([^"]*\)".*/\1/p' | tail -n 1)
    [ -n "$id" ] || die "notarytool submit gave no submission id (exit $rc): $result"
    say "notarisation submission id: $id"
    say "status: ${status:-unknown}"
    if [ "$status" != Accepted ]; then
        say "the notary service's log for $id:"
        notary log "$id" || true
        die "notarisation of $file not accepted (status: ${status:-unknown}, id: $id)"
    fi
}

staple() {
    file=${1%/}
    [ -e "$file" ] || die "$file not found"
    # The ticket lets Gatekeeper accept the file offline; stapler fetches it by the file's code hash.
    xcrun stapler staple "$file" || die "stapler staple failed for $file"
    xcrun stapler validate "$file" || die "stapler validate failed for $file"
    case $file in
        *.dmg) spctl --assess --type open --context context:primary-signature --verbose=2 "$file" || true ;;
        *.app) spctl --assess --type execute --verbose=2 "$file" || true ;;
    esac
    say "stapled $file"
}

[ $# -eq 2 ] || usage
command=$1
target=$2
case $command in
    sign-app | sign-dmg | notarize | staple) ;;
    *) usage ;;
esac

require_identity
[ "$(uname -s)" = Darwin ] || die "codesign, notarytool and stapler are macOS only"
case $command in
    sign-app) sign_app "$target" ;;
    sign-dmg) sign_dmg "$target" ;;
    notarize)
        require_notary
        notarize "$target"
        ;;
    staple)
        require_notary
        staple "$target"
        ;;
esac
