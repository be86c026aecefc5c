# Build boligreg for Windows: the PyInstaller one-folder app, its smoke test, and the installer.
# Run from the repository root in PowerShell:  powershell -ExecutionPolicy Bypass -File distribution\windows\build.ps1
# Needs Python 3.11 (the py launcher) and Inno Setup 6 (https://jrsoftware.org/isinfo.php).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

if (-not (Test-Path .venv)) { py -3.11 -m venv .venv }
.\.venv\Scripts\python -m pip install --upgrade pip
.\.venv\Scripts\python -m pip install -e ".[test]"

.\.venv\Scripts\python distribution\frozen.py build --dist dist
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
$env:QT_QPA_PLATFORM = "offscreen"
.\.venv\Scripts\python distribution\frozen.py smoke dist\boligreg
if ($LASTEXITCODE -ne 0) { throw "the frozen app's smoke test failed" }
Remove-Item Env:\QT_QPA_PLATFORM

$version = (.\.venv\Scripts\python -c "import boligreg; print(boligreg.__version__)").Trim()
$iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"
if (-not (Test-Path $iscc)) { throw "Inno Setup 6 is not installed ($iscc)" }
& $iscc "/DAppVersion=$version" distribution\windows\boligreg.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "Installer: dist\installer\boligreg-$version-oppsett.exe"
