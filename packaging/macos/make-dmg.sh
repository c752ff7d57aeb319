#!/bin/sh
# Make a drag-to-install disk image: the app next to a link to /Applications, with the licence (LICENSE.txt)
# and the third-party notices (THIRD-PARTY-NOTICES.txt), as .txt so that a double click opens them in TextEdit.
#   packaging/macos/make-dmg.sh APP DMG      e.g. "dist/KKO Guard.app" dist/KKO-Guard-0.1.0-macos-arm64.dmg
# Signing and notarising the image is a separate step (sign-and-notarize.sh sign-dmg / notarize / staple).
set -eu

VOLUME_NAME="KKO Guard"
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
LICENCE="$ROOT/LICENSE"
NOTICES="$ROOT/resources/licenses/THIRD-PARTY-NOTICES.md"

die() { echo "make-dmg: error: $*" >&2; exit 1; }

[ $# -eq 2 ] || { echo "usage: $0 APP DMG" >&2; exit 2; }
app=${1%/}
dmg=$2

[ "$(uname -s)" = Darwin ] || die "hdiutil is macOS only"
[ -d "$app/Contents/MacOS" ] || die "$app is not an app bundle (no Contents/MacOS)"
[ -f "$LICENCE" ] && [ -f "$NOTICES" ] || die "$LICENCE or $NOTICES missing"
case $dmg in
    *.dmg) ;;
    *) die "$dmg must end in .dmg (hdiutil would add the suffix itself)" ;;
esac
mkdir -p "$(dirname "$dmg")"

staging=$(mktemp -d "${TMPDIR:-/tmp}/kkoguard-dmg.XXXXXX")
trap 'rm -rf "$staging"' EXIT
trap 'exit 1' HUP INT TERM

# ditto, not cp: it keeps the bundle's symlinks, permissions and signatures exactly as they are.
ditto "$app" "$staging/$(basename "$app")"
ln -s /Applications "$staging/Applications"
cp "$LICENCE" "$staging/LICENSE.txt"
cp "$NOTICES" "$staging/THIRD-PARTY-NOTICES.txt"

# hdiutil now and then fails with "Resource busy" (Spotlight or another attach on the staging folder,
# common on CI machines): a short pause and another try usually clears it.
tries=0
until hdiutil create -volname "$VOLUME_NAME" -srcfolder "$staging" -ov -format UDZO "$dmg"; do
    tries=$((tries + 1))
    [ "$tries" -lt 3 ] || die "hdiutil create failed $tries times for $dmg"
    echo "make-dmg: hdiutil create failed, retrying in 5 s" >&2
    sleep 5
done

# Checks the image's checksums: a corrupt image would only be noticed by the person downloading it.
hdiutil verify "$dmg" >/dev/null || die "hdiutil verify failed for $dmg"
echo "make-dmg: wrote $dmg"
