#!/bin/sh
# Install KKO Guard for this user, without root: the program in ~/.local/lib/kkoguard (with LICENSE and
# THIRD-PARTY-NOTICES.md), the menu entry ("Open with KKO Guard" on PDFs and photos), the icons and the
# `kkoguard` command in ~/.local/bin.
#   ./install.sh              install, or update in place
#   ./install.sh --uninstall  remove the program; the dossier (~/.local/share/kkoguard) is kept
set -eu
here=$(cd "$(dirname "$0")" && pwd)
app_id=fr.kkoguard.KKOGuard
data=${XDG_DATA_HOME:-$HOME/.local/share}
lib=$HOME/.local/lib/kkoguard
bin=$HOME/.local/bin

refresh() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$lib"
    [ -L "$bin/kkoguard" ] && rm -f "$bin/kkoguard"
    rm -f "$data/applications/$app_id.desktop" "$data/metainfo/$app_id.metainfo.xml"
    find "$data/icons/hicolor" -name "$app_id.*" -delete 2>/dev/null || true
    refresh
    echo "KKO Guard removed. Your dossier is still in $data/kkoguard (delete it yourself if you want)."
    exit 0
fi

[ -x "$here/kkoguard/kkoguard" ] || { echo "install.sh: run it from the unpacked KKO Guard folder" >&2; exit 1; }
mkdir -p "$(dirname "$lib")" "$bin" "$data/applications" "$data/metainfo" "$data/icons"
rm -rf "$lib.new"
cp -a "$here/kkoguard" "$lib.new"
# The licence and the third-party notices beside the program (the bundle has them too, for Help > About).
for f in LICENSE THIRD-PARTY-NOTICES.md; do
    [ ! -f "$here/$f" ] || cp "$here/$f" "$lib.new/"
done
rm -rf "$lib"
mv "$lib.new" "$lib"
ln -sfn "$lib/kkoguard" "$bin/kkoguard"
# The menu entry starts this copy, wherever ~/.local/bin is on PATH or not.
sed "s|^Exec=kkoguard |Exec=\"$lib/kkoguard\" |" "$here/share/applications/$app_id.desktop" \
    >"$data/applications/$app_id.desktop"
cp "$here/share/metainfo/$app_id.metainfo.xml" "$data/metainfo/"
cp -R "$here/share/icons/." "$data/icons/"
refresh
echo "KKO Guard installed: find it in your applications menu, or run $bin/kkoguard"
