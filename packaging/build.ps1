# Build the one-folder bundle dist\kkoguard\ on Windows (PowerShell 5.1 or 7).
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

function Invoke-Checked {
    & $args[0] $args[1..($args.Count - 1)]
    if ($LASTEXITCODE -ne 0) { throw "failed ($LASTEXITCODE): $($args -join ' ')" }
}

if (-not (Test-Path .venv\Scripts\python.exe)) { Invoke-Checked py -3 -m venv .venv }
$py = ".venv\Scripts\python.exe"
Invoke-Checked $py -m pip install --disable-pip-version-check -q -e .
Invoke-Checked $py tools\build_forms.py --translations
Invoke-Checked $py -m pip install --disable-pip-version-check -q "pyinstaller>=6.10,<7"
Invoke-Checked $py -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\kkoguard.spec
Write-Output "built: dist\kkoguard\kkoguard.exe (and kkoguard-gui.exe)"
