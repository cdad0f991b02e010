; Ponder for Windows: a per-user installer (no administrator rights), built by installers/build.py:
;   makensis -DVERSION=0.1.0 -DVERSION_NUM=0.1.0 -DBUNDLE=dist\build\dist\ponder -DOUTFILE=ponder-setup.exe -DICON=assets\icons\ponder.ico ponder.nsi
Unicode true
SetCompressor /SOLID lzma
RequestExecutionLevel user

!ifndef VERSION
  !error "VERSION is not defined"
!endif
!ifndef BUNDLE
  !error "BUNDLE (the PyInstaller folder) is not defined"
!endif

!include "MUI2.nsh"

Name "Ponder"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Ponder"
InstallDirRegKey HKCU "Software\Ponder" "InstallDir"
VIProductVersion "${VERSION_NUM}.0"
VIAddVersionKey "ProductName" "Ponder"
VIAddVersionKey "FileDescription" "Ponder installer"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "LegalCopyright" "Apache-2.0"
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_FINISHPAGE_RUN "$INSTDIR\ponder.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Ponder"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Section "Ponder" SecMain
  RMDir /r "$INSTDIR\_internal"  ; an upgrade: no stale files from the previous version
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\Ponder"
  CreateShortcut "$SMPROGRAMS\Ponder\Ponder.lnk" "$INSTDIR\ponder.exe" "" "$INSTDIR\ponder.exe" 0
  CreateShortcut "$SMPROGRAMS\Ponder\Uninstall Ponder.lnk" "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "Software\Ponder" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "Ponder"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Ponder"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\ponder.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

; Chats, settings and downloaded models live in %LOCALAPPDATA%\Ponder and are kept.
Section "Uninstall"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\ponder.exe"
  Delete "$INSTDIR\ponder-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\Ponder\Ponder.lnk"
  Delete "$SMPROGRAMS\Ponder\Uninstall Ponder.lnk"
  RMDir "$SMPROGRAMS\Ponder"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\Ponder"
SectionEnd
