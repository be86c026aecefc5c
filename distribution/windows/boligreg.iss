; Inno Setup 6 script: installs the PyInstaller one-folder build (dist\boligreg) per user,
; without administrator rights (a managed laptop), with a Start-menu entry in Norwegian.
; Built by distribution\windows\build.ps1, which passes /DAppVersion=...

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6F1B3C52-8E0A-4C5B-9B7E-2B1F0D7A4E61}
AppName=boligreg
AppVersion={#AppVersion}
AppPublisher=Oslo kommune
AppComments=Register over kommunalt disponerte boliger
DefaultDirName={autopf}\boligreg
DefaultGroupName=boligreg
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DisableProgramGroupPage=yes
OutputDir=..\..\dist\installer
OutputBaseFilename=boligreg-{#AppVersion}-oppsett
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
UninstallDisplayIcon={app}\boligreg.exe

[Languages]
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"

[Tasks]
Name: "desktopicon"; Description: "Lag snarvei på skrivebordet"; Flags: unchecked

[Files]
Source: "..\..\dist\boligreg\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\boligreg"; Filename: "{app}\boligreg.exe"
Name: "{group}\Avinstaller boligreg"; Filename: "{uninstallexe}"
Name: "{autodesktop}\boligreg"; Filename: "{app}\boligreg.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\boligreg.exe"; Description: "Start boligreg"; Flags: nowait postinstall skipifsilent
