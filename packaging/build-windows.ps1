<#
.SYNOPSIS
    Build KKO Guard for Windows: the bundle dist\kkoguard\ and the installer
    dist\KKO-Guard-<version>-windows-x64-setup.exe.

.DESCRIPTION
    Windows PowerShell 5.1 or PowerShell 7, from any folder:

        powershell -NoProfile -ExecutionPolicy Bypass -File packaging\build-windows.ps1

    Steps: .venv (Python 3.11) with the project and PyInstaller; forms, translations and icons;
    PyInstaller (packaging\kkoguard.spec); code signing of the two programs when configured; a smoke test
    of the bundle; the Inno Setup 6 installer (packaging\windows\kkoguard.iss).

    Code signing (optional): set KKOGUARD_SIGN_CERT to a .pfx file and KKOGUARD_SIGN_PASSWORD to its
    password (KKOGUARD_SIGN_TIMESTAMP_URL overrides the timestamp server). signtool.exe comes from the
    PATH or the Windows SDK. Without KKOGUARD_SIGN_CERT nothing is signed.

.PARAMETER NoInstaller
    Stop after the bundle and its smoke test: no Inno Setup needed.

.PARAMETER SignFile
    Internal: sign this one file and exit. Inno Setup runs the script this way as its Sign Tool for the
    setup and the uninstaller, so the certificate password stays in the environment and never appears in
    the compiler's log (ISCC prints Sign Tool command lines).
#>
[CmdletBinding()]
param(
    [switch]$NoInstaller,
    [string]$SignFile
)

$ErrorActionPreference = "Stop"
# PowerShell 7.3+: a native program's exit code is checked below, never turned into an exception.
$PSNativeCommandUseErrorActionPreference = $false

$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

$Bundle = Join-Path $Root "dist\kkoguard"
$Iss = Join-Path $Root "packaging\windows\kkoguard.iss"
# A real bill the bundle must read (exit 0, valid JSON).
$Fixture = Join-Path $Root "tests\fixtures\golden\orange.pdf"
$TimestampUrl = if ($env:KKOGUARD_SIGN_TIMESTAMP_URL) { $env:KKOGUARD_SIGN_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }

function Write-Step([string]$Message) {
    Write-Host ""
    Write-Host "== $Message" -ForegroundColor Cyan
}

function Invoke-Native([string]$Exe, [string[]]$Arguments) {
    # Runs a program, shows its output, returns its exit code. What it writes to stderr (pip's notices,
    # warnings) must not stop the build in Windows PowerShell 5.1: only the exit code counts.
    if (-not (Get-Command $Exe -ErrorAction SilentlyContinue)) { throw "program not found: $Exe" }
    $ErrorActionPreference = "Continue"
    & $Exe @Arguments | Out-Host
    return $LASTEXITCODE
}

function Invoke-Checked([string]$Exe, [string[]]$Arguments) {
    # Runs a program and throws when it exits with a non-zero code.
    $code = Invoke-Native $Exe $Arguments
    if ($code -ne 0) { throw "failed (exit code $code): $Exe $($Arguments -join ' ')" }
}

function Get-NativeOutput([string]$Exe, [string[]]$Arguments) {
    # Runs a program and returns its standard output as one string; throws on a non-zero exit code.
    if (-not (Get-Command $Exe -ErrorAction SilentlyContinue)) { throw "program not found: $Exe" }
    $ErrorActionPreference = "Continue"
    $output = & $Exe @Arguments
    $code = $LASTEXITCODE
    $text = ($output | ForEach-Object { "$_" }) -join "`n"
    if ($code -ne 0) { throw "failed (exit code $code): $Exe $($Arguments -join ' ')`n$text" }
    return $text
}

function Find-SignTool {
    $command = Get-Command signtool.exe -ErrorAction SilentlyContinue
    if ($command) { return $command.Path }
    # Windows SDK: ...\Windows Kits\10\bin\<version>\x64\signtool.exe, the newest version first.
    foreach ($base in @(${env:ProgramFiles(x86)}, $env:ProgramFiles)) {
        if (-not $base) { continue }
        $kits = Join-Path $base "Windows Kits\10\bin"
        if (-not (Test-Path $kits)) { continue }
        $found = Get-ChildItem -Path $kits -Filter signtool.exe -Recurse -ErrorAction SilentlyContinue |
            Where-Object { $_.Directory.Name -eq "x64" } |
            Sort-Object -Descending -Property @{ Expression = {
                $parsed = $null
                if ([version]::TryParse($_.Directory.Parent.Name, [ref]$parsed)) { $parsed } else { [version]"0.0" }
            } } |
            Select-Object -First 1
        if ($found) { return $found.FullName }
    }
    throw "signtool.exe not found: install the Windows SDK (its 'Signing Tools' part) or put signtool.exe on the PATH"
}

function Invoke-CodeSigning([string]$File) {
    # Authenticode signature, SHA-256, with an RFC 3161 timestamp so it stays valid after the certificate
    # expires. The password is passed to signtool only, never printed.
    $cert = $env:KKOGUARD_SIGN_CERT
    if (-not $cert) { throw "KKOGUARD_SIGN_CERT is not set" }
    if (-not (Test-Path -LiteralPath $cert -PathType Leaf)) { throw "KKOGUARD_SIGN_CERT: no such file: $cert" }
    if (-not (Test-Path -LiteralPath $File -PathType Leaf)) { throw "nothing to sign: $File" }
    $signtool = Find-SignTool
    $arguments = @("sign", "/fd", "SHA256", "/tr", $TimestampUrl, "/td", "SHA256", "/d", "KKO Guard", "/f", $cert)
    if ($env:KKOGUARD_SIGN_PASSWORD) { $arguments += @("/p", $env:KKOGUARD_SIGN_PASSWORD) }
    $arguments += $File
    # The timestamp server is sometimes briefly unavailable: three tries.
    for ($try = 1; $try -le 3; $try++) {
        if ((Invoke-Native $signtool $arguments) -eq 0) { return }
        if ($try -lt 3) {
            Write-Warning "signtool failed on $File (try $try of 3); trying again in 10 seconds"
            Start-Sleep -Seconds 10
        }
    }
    throw "could not sign $File (see signtool's messages above)"
}

function Find-Iscc {
    $command = Get-Command ISCC.exe -ErrorAction SilentlyContinue
    if ($command) { return $command.Path }
    # Per-machine installs (choco, the official installer) and winget's per-user one.
    $bases = @(${env:ProgramFiles(x86)}, $env:ProgramFiles)
    if ($env:LOCALAPPDATA) { $bases += Join-Path $env:LOCALAPPDATA "Programs" }
    foreach ($base in $bases) {
        if (-not $base) { continue }
        $candidate = Join-Path $base "Inno Setup 6\ISCC.exe"
        if (Test-Path -LiteralPath $candidate -PathType Leaf) { return $candidate }
    }
    return $null
}

# --- Sign Tool mode, called by ISCC for the setup and its uninstaller -----------------------------------
if ($SignFile) {
    Invoke-CodeSigning $SignFile
    exit 0
}

$Signing = [bool]$env:KKOGUARD_SIGN_CERT
# The build tools' output goes through a pipe, where Python would otherwise encode it in the ANSI code page
# and fail on any other character (a path, a log line). Restored before the smoke test.
$SavedPythonIoEncoding = $env:PYTHONIOENCODING
$env:PYTHONIOENCODING = "utf-8"

# --- 1. Python environment -------------------------------------------------------------------------------
Write-Step "Python environment (.venv)"
$Python = Join-Path $Root ".venv\Scripts\python.exe"
if (-not (Test-Path -LiteralPath $Python)) {
    if (-not (Get-Command py -ErrorAction SilentlyContinue)) {
        throw "the Python launcher 'py' is missing: install Python 3.11 from python.org (with the py launcher)"
    }
    if ((Invoke-Native "py" @("-3.11", "-m", "venv", ".venv")) -ne 0) {
        Write-Warning "Python 3.11 not found by the py launcher; using the newest Python 3 (the project targets 3.11)"
        Invoke-Checked "py" @("-3", "-m", "venv", ".venv")
    }
}
$PythonVersion = Get-NativeOutput $Python @("-c", "import sys; print('%d.%d' % sys.version_info[:2])")
if ($PythonVersion.Trim() -ne "3.11") { Write-Warning ".venv has Python $($PythonVersion.Trim()), not 3.11 (the release target)" }
# Exactly the locked versions (hashes checked), PyInstaller included, then kkoguard itself.
Invoke-Checked $Python @("-m", "pip", "install", "--disable-pip-version-check", "-q", "--require-hashes", "-r", "requirements.lock")
Invoke-Checked $Python @("-m", "pip", "install", "--disable-pip-version-check", "-q", "--no-deps", "--no-build-isolation", "-e", ".")
$Version = (Get-NativeOutput $Python @("-c", "import kkoguard; print(kkoguard.__version__)")).Trim()
if (-not $Version) { throw "could not read kkoguard.__version__" }
# The setup's version resource takes numbers only: 0.1.0 from 0.1.0, 1.2.0 from 1.2.0rc1.
$NumericVersion = ([regex]::Matches($Version, "\d+") | Select-Object -First 3 | ForEach-Object { $_.Value }) -join "."
if (-not $NumericVersion) { $NumericVersion = "0.0.0" }
Write-Host "KKO Guard $Version"

# --- 2. Forms, translations, icons -----------------------------------------------------------------------
Write-Step "Forms, translations (.qm) and icons"
Invoke-Checked $Python @("tools\build_forms.py", "--translations")
Invoke-Checked $Python @("tools\make_icons.py", "build\icons")

# --- 3. PyInstaller --------------------------------------------------------------------------------------
Write-Step "PyInstaller bundle"
Invoke-Checked $Python @("-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", "dist",
    "--workpath", "build\pyinstaller", "packaging\kkoguard.spec")
$Cli = Join-Path $Bundle "kkoguard.exe"
$Gui = Join-Path $Bundle "kkoguard-gui.exe"
foreach ($exe in @($Cli, $Gui)) {
    if (-not (Test-Path -LiteralPath $exe -PathType Leaf)) { throw "PyInstaller did not make $exe" }
}

# --- 4. Code signing of the programs (before the installer packs them) -----------------------------------
Write-Step "Code signing"
if ($Signing) {
    Invoke-CodeSigning $Cli
    Invoke-CodeSigning $Gui
} else {
    Write-Host "Skipped: KKOGUARD_SIGN_CERT is not set (a .pfx file; its password in KKOGUARD_SIGN_PASSWORD)."
    Write-Host "Unsigned programs and installer make Windows SmartScreen warn the people who download them."
}

# --- 5. Smoke test of the bundle -------------------------------------------------------------------------
Write-Step "Smoke test"
$env:PYTHONIOENCODING = $SavedPythonIoEncoding
$Reported = Get-NativeOutput $Cli @("--version")
if ($Reported -notmatch [regex]::Escape($Version)) { throw "kkoguard.exe --version printed '$Reported', expected $Version" }
Write-Host "ok: kkoguard.exe --version -> $($Reported.Trim())"
if (-not (Test-Path -LiteralPath $Fixture -PathType Leaf)) { throw "smoke test fixture missing: $Fixture" }
$Json = Get-NativeOutput $Cli @("scan", "--json", $Fixture)
try {
    $null = ConvertFrom-Json -InputObject $Json
} catch {
    throw "kkoguard.exe scan --json printed invalid JSON: $_"
}
Write-Host "ok: kkoguard.exe scan --json $Fixture"

# --- 6. Installer (Inno Setup 6) -------------------------------------------------------------------------
$Installer = Join-Path $Root "dist\KKO-Guard-$Version-windows-x64-setup.exe"
if ($NoInstaller) {
    Write-Step "Installer skipped (-NoInstaller)"
} else {
    Write-Step "Installer (Inno Setup)"
    $Iscc = Find-Iscc
    if (-not $Iscc) {
        throw ("Inno Setup 6 (ISCC.exe) not found. Install it with 'choco install innosetup' or " +
            "'winget install --id JRSoftware.InnoSetup -e', or run with -NoInstaller to build the bundle only.")
    }
    if (Test-Path -LiteralPath $Installer) { Remove-Item -LiteralPath $Installer }
    $IsccArguments = @("/DAppVersion=$Version", "/DNumericVersion=$NumericVersion")
    if ($Signing) {
        # Inno Setup signs the setup and the uninstaller it embeds by running this script with -SignFile
        # ($q: a quote, $f: the quoted file to sign). The password is read from the environment there.
        $PowerShellExe = if ($PSVersionTable.PSEdition -eq "Core") { Join-Path $PSHOME "pwsh.exe" } else { Join-Path $PSHOME "powershell.exe" }
        $SignCommand = '$q' + $PowerShellExe + '$q -NoProfile -ExecutionPolicy Bypass -File $q' + $PSCommandPath + '$q -SignFile $f'
        $IsccArguments += @("/DSignTool=kkosign", "/Skkosign=$SignCommand")
    }
    $IsccArguments += $Iss
    Invoke-Checked $Iscc $IsccArguments
    if (-not (Test-Path -LiteralPath $Installer -PathType Leaf)) { throw "ISCC did not make $Installer" }
}

# --- 7. Summary ------------------------------------------------------------------------------------------
Write-Step "Built KKO Guard $Version"
Write-Host "  bundle     $Bundle\"
Write-Host "             kkoguard-gui.exe (the app), kkoguard.exe (command line)"
if (-not $NoInstaller) { Write-Host "  installer  $Installer" }
Write-Host ("  signed     " + $(if ($Signing) { "yes" } else { "no" }))
exit 0
