; Inno Setup 6 script (6.3 or later) for the KKO Guard Windows installer.
;
; Normally run by packaging\build-windows.ps1, which builds the PyInstaller bundle first. By hand, from the
; repository root, once dist\kkoguard\ and build\icons\kkoguard.ico exist:
;
;   iscc /DAppVersion=0.1.0 packaging\windows\kkoguard.iss
;
; Result: dist\KKO-Guard-<AppVersion>-windows-x64-setup.exe
;
; Defines accepted on the ISCC command line (/DName=value). Relative paths are relative to THIS file's folder:
;   AppVersion      version shown to users and in the file name (default 0.0.0-dev: an unversioned build)
;   NumericVersion  up to 4 dot-separated numbers for the setup's version resource (default: AppVersion,
;                   which must then be purely numeric; build-windows.ps1 derives it from AppVersion)
;   BundleDir       the PyInstaller one-folder bundle (default ..\..\dist\kkoguard)
;   IconFile        the setup's icon (default ..\..\build\icons\kkoguard.ico, from tools\make_icons.py)
;   OutDir          where the setup is written (default ..\..\dist)
;   SourceRoot      the repository, for LICENSE and the third-party notices (default ..\..)
;   SignTool        name of a Sign Tool defined with /S; see "CODE SIGNING" below
;
; Keep this file UTF-8 WITH a byte order mark: without it Inno Setup reads the French accents wrongly.

#ifndef AppVersion
  #define AppVersion "0.0.0-dev"
#endif
#ifndef NumericVersion
  #if AppVersion == "0.0.0-dev"
    #define NumericVersion "0.0.0"
  #else
    #define NumericVersion AppVersion
  #endif
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\kkoguard"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\kkoguard.ico"
#endif
#ifndef OutDir
  #define OutDir "..\..\dist"
#endif
#ifndef SourceRoot
  #define SourceRoot "..\.."
#endif

#define AppName "KKO Guard"
#define AppPublisher "KKO Guard"
; The desktop app (no console window). kkoguard.exe next to it is the command line.
#define GuiExe "kkoguard-gui.exe"
; The ProgID behind "Open with KKO Guard". It is only ever listed under OpenWithProgids: KKO Guard never
; becomes the default program for PDFs or photos.
#define ProgId "KKOGuard.Bill"

[Setup]
; NEVER change AppId: Windows and Inno Setup recognise an upgrade of an installed KKO Guard by it.
; (The doubled brace is Inno Setup's escape for a literal "{".)
AppId={{D429248A-1662-4ED6-896D-D42DA2CDE400}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppPublisher}
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#GuiExe}
VersionInfoVersion={#NumericVersion}
VersionInfoCompany={#AppPublisher}
VersionInfoProductName={#AppName}
VersionInfoProductTextVersion={#AppVersion}

; Per-user install by default (%LOCALAPPDATA%\Programs\KKO Guard, no administrator prompt); the first
; dialog still lets someone install for all users (Program Files, administrator rights needed).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes

; The bundle is 64-bit; x64compatible also lets it install on Arm64 Windows 11 (x64 emulation).
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 version 1809 or later.
MinVersion=10.0.17763

WizardStyle=modern
SetupIconFile={#IconFile}
; French or English from the Windows display language; the language dialog only when neither matches.
ShowLanguageDialog=auto

OutputDir={#OutDir}
OutputBaseFilename=KKO-Guard-{#AppVersion}-windows-x64-setup
Compression=lzma2
SolidCompression=yes

; A running KKO Guard is detected (Restart Manager) and the user is asked to let setup close it. The app
; does not register for restart, so it is not reopened by itself: the finish page offers to open it.
CloseApplications=yes
CloseApplicationsFilter=*.exe,*.dll,*.pyd
RestartApplications=no
; Explorer is told that file associations changed ("Open with" below).
ChangesAssociations=yes
; A log in %TEMP% (Setup Log <date>.txt), for support.
SetupLogging=yes

; ---------------------------------------------------------------------------------------------------------
; CODE SIGNING
; Nothing is signed unless SignTool is defined. To sign the setup AND its uninstaller, define a Sign Tool
; with /S and pass its name with /DSignTool, e.g. (one line, $q is a quote, $f the file to sign):
;
;   iscc /DAppVersion=0.1.0 /DSignTool=kkosign
;     "/Skkosign=signtool.exe sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /f $qC:\keys\cert.pfx$q /p PASSWORD $f"
;     packaging\windows\kkoguard.iss
;
; Note that ISCC prints the Sign Tool command in its log: build-windows.ps1 therefore uses itself as the
; Sign Tool (-SignFile), so the certificate password stays in the environment, out of the log.
; The programs inside the bundle (kkoguard.exe, kkoguard-gui.exe) are signed by build-windows.ps1 BEFORE
; this script runs, not here.
#ifdef SignTool
SignTool={#SignTool}
SignedUninstaller=yes
#endif
; ---------------------------------------------------------------------------------------------------------

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
french.GroupShortcuts=Raccourcis :
french.TaskDesktopIcon=Mettre une icône KKO Guard sur le Bureau
french.GroupWindows=Intégration à Windows :
french.TaskOpenWith=Proposer KKO Guard dans « Ouvrir avec » pour les PDF et les photos
french.BillTypeName=Facture à vérifier avec KKO Guard
french.AppComment=Repérer et contester les frais cachés de vos factures de téléphone et d'Internet
french.LaunchNow=Ouvrir KKO Guard maintenant
english.GroupShortcuts=Shortcuts:
english.TaskDesktopIcon=Put a KKO Guard icon on the desktop
english.GroupWindows=Windows integration:
english.TaskOpenWith=Offer KKO Guard in "Open with" for PDFs and photos
english.BillTypeName=Bill to check with KKO Guard
english.AppComment=Find and dispute hidden charges on your phone and internet bills
english.LaunchNow=Open KKO Guard now

[Tasks]
; Both checked by default: a desktop icon is what many of our users look for first.
Name: "desktopicon"; Description: "{cm:TaskDesktopIcon}"; GroupDescription: "{cm:GroupShortcuts}"
Name: "openwith"; Description: "{cm:TaskOpenWith}"; GroupDescription: "{cm:GroupWindows}"

[InstallDelete]
; An upgrade replaces the previous bundle's libraries instead of mixing old and new ones (stale Qt plugins
; or Python extension modules could be loaded). Only the program folder: the user's dossier lives
; elsewhere (%LOCALAPPDATA%\KKO Guard) and is never touched.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The licence and the third-party notices beside the program, as .txt files Notepad opens (Help > About shows
; them from the bundle too). No LicenseFile page: the GPL asks nobody to accept it to install or run the program.
Source: "{#SourceRoot}\LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion
Source: "{#SourceRoot}\resources\licenses\THIRD-PARTY-NOTICES.md"; DestDir: "{app}"; DestName: "THIRD-PARTY-NOTICES.txt"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Registry]
; "Open with > KKO Guard" for PDFs and photos of bills, WITHOUT becoming their default program: the ProgID
; is only added to each extension's OpenWithProgids list, and the extensions' default values are left alone.
; HKA is HKCU\Software\Classes for a per-user install, HKLM\Software\Classes for an all-users one.
; Everything is removed on uninstall (uninsdeletekey on our own keys, uninsdeletevalue on the shared ones).

; The ProgID: what "Open with" runs. Explorer starts one process per selected file; the app hands the files
; to the window already open.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:BillTypeName}"; Flags: uninsdeletekey; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: "FriendlyTypeName"; ValueData: "{cm:BillTypeName}"; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#GuiExe},0"; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""; Tasks: openwith

; The ProgID offered for each bill format (an empty string value, as Microsoft documents for OpenWithProgids).
Root: HKA; Subkey: "Software\Classes\.pdf\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\.jpg\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\.jpeg\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\.png\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\.heic\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\.heif\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\.tif\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\.tiff\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: openwith

; The application itself, for the "Choose another app" list: its name and the formats it reads.
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".pdf"; ValueData: ""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".jpg"; ValueData: ""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".jpeg"; ValueData: ""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".png"; ValueData: ""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".heic"; ValueData: ""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".heif"; ValueData: ""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".tif"; ValueData: ""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".tiff"; ValueData: ""; Tasks: openwith

[Run]
; Runs as the user who started setup, even after an all-users (elevated) install: postinstall's default.
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchNow}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] on purpose: the uninstaller removes the program and its shortcuts and registry
; entries, but NEVER the user's encrypted dossier in %LOCALAPPDATA%\KKO Guard (bills, cases, letters).
