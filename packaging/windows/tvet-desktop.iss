; Inno Setup script for TVET Desktop (Windows). Untried here: built by .github/workflows/release.yml with
;   iscc /DVersion=0.1.0 packaging\windows\tvet-desktop.iss
; after PyInstaller has made dist\tvet-desktop\. Installs for the current user only (no administrator
; rights), adds a Start menu entry and an uninstaller. The uninstaller removes only the program folder:
; notes, bookmarks, lists, settings and synced catalogues live in the user data folder
; (%LOCALAPPDATA%\tvet-desktop), which it never touches, so they are still there after an uninstall or
; an upgrade.

#ifndef Version
  #define Version "0.1.0"
#endif

[Setup]
AppId={{6E0C3A52-8D4B-4F3E-9B7A-2C1D5E8F9A10}
AppName=TVET Desktop
AppVersion={#Version}
AppPublisher=TVET Desktop contributors
DefaultDirName={autopf}\TVET Desktop
DefaultGroupName=TVET Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=tvet-desktop-{#Version}-windows-x64-setup
UninstallDisplayIcon={app}\tvet-desktop.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\tvet-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\TVET Desktop"; Filename: "{app}\tvet-desktop.exe"
Name: "{autodesktop}\TVET Desktop"; Filename: "{app}\tvet-desktop.exe"; Tasks: desktopicon

[Registry]
; "Open with TVET Desktop" for .zip files (a catalogue bundle), without taking .zip away from the program
; that opens them now. Removed by the uninstaller.
Root: HKCU; Subkey: "Software\Classes\TVETDesktop.CatalogueBundle"; ValueType: string; ValueName: ""; ValueData: "TVET Desktop catalogue bundle"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\TVETDesktop.CatalogueBundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\tvet-desktop.exe,0"
Root: HKCU; Subkey: "Software\Classes\TVETDesktop.CatalogueBundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\tvet-desktop.exe"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\.zip\OpenWithProgids"; ValueType: string; ValueName: "TVETDesktop.CatalogueBundle"; ValueData: ""; Flags: uninsdeletevalue

[Run]
Filename: "{app}\tvet-desktop.exe"; Description: "{cm:LaunchProgram,TVET Desktop}"; Flags: nowait postinstall skipifsilent
