#!/bin/sh
# Build the one-folder bundle dist/kkoguard/ on Linux or macOS.
set -eu
cd "$(dirname "$0")/.."
./dev setup
.venv/bin/python -m pip install --disable-pip-version-check -q 'pyinstaller>=6.10,<7'
.venv/bin/python -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
    packaging/kkoguard.spec
echo "built: dist/kkoguard/kkoguard"
