; Kabar's Windows installer (NSIS 3). packaging/windows.py passes VERSION, STAGE and OUTFILE,
; and SIGN (a command that signs the file named by %1) when a certificate is configured.
;
; Per user, no administrator: everything goes to %LOCALAPPDATA%\Programs\Kabar and HKCU.
; Kabar's drafts and settings live in %LOCALAPPDATA%\Kabar, which this script never touches.

Unicode true
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma
SetCompressorDictSize 64

!include MUI2.nsh

!define APP "Kabar"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Kabar"
!define PYTHONW "$INSTDIR\python\pythonw.exe"
!define ICON "$INSTDIR\resources\icons\kabar.ico"

!ifdef SIGN
  !finalize '${SIGN} "%1"'
  !uninstfinalize '${SIGN} "%1"'
!endif

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Kabar"
InstallDirRegKey HKCU "Software\Kabar" "InstallDir"
BrandingText "Kabar ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "Kabar"
VIAddVersionKey /LANG=0 "FileDescription" "Kabar ${VERSION} Setup"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "GNU GPL 3 or later"

!define MUI_ICON "${STAGE}\resources\icons\kabar.ico"
!define MUI_UNICON "${STAGE}\resources\icons\kabar.ico"
!define MUI_FINISHPAGE_RUN "${PYTHONW}"
!define MUI_FINISHPAGE_RUN_PARAMETERS "-m kabar_desktop"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the fallback; Windows in English gets English.
!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"

LangString ShortcutText ${LANG_INDONESIAN} "Menulis berita gaya selingkung Humas"
LangString ShortcutText ${LANG_ENGLISH} "Write house-style news articles"
LangString DraftType ${LANG_INDONESIAN} "Draf Kabar"
LangString DraftType ${LANG_ENGLISH} "Kabar draft"
LangString KeptDrafts ${LANG_INDONESIAN} "Draf dan pengaturan Anda tetap tersimpan di $LOCALAPPDATA\Kabar."
LangString KeptDrafts ${LANG_ENGLISH} "Your drafts and settings are kept in $LOCALAPPDATA\Kabar."

Section "Kabar"
  SetShellVarContext current
  ; An update replaces the program folders whole, so no file of an older Kabar lingers.
  RMDir /r "$INSTDIR\lib"
  RMDir /r "$INSTDIR\python"
  RMDir /r "$INSTDIR\resources"
  RMDir /r "$INSTDIR\templates"
  SetOutPath "$INSTDIR"
  File /r "${STAGE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "Software\Kabar" "InstallDir" "$INSTDIR"

  SetOutPath "$PROFILE"  ; the shortcuts' working folder
  CreateShortcut "$SMPROGRAMS\Kabar.lnk" "${PYTHONW}" "-m kabar_desktop" "${ICON}" 0 SW_SHOWNORMAL "" "$(ShortcutText)"
  CreateShortcut "$DESKTOP\Kabar.lnk" "${PYTHONW}" "-m kabar_desktop" "${ICON}" 0 SW_SHOWNORMAL "" "$(ShortcutText)"

  ; .kabar files open in Kabar (per user: HKCU\Software\Classes).
  WriteRegStr HKCU "Software\Classes\.kabar" "" "Kabar.Draft"
  WriteRegStr HKCU "Software\Classes\.kabar" "Content Type" "application/x-kabar"
  WriteRegStr HKCU "Software\Classes\Kabar.Draft" "" "$(DraftType)"
  WriteRegStr HKCU "Software\Classes\Kabar.Draft\DefaultIcon" "" "${ICON},0"
  WriteRegStr HKCU "Software\Classes\Kabar.Draft\shell\open\command" "" '"${PYTHONW}" -m kabar_desktop "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  ; Listed in Settings → Apps (per user).
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "Kabar"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Kabar"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "${ICON}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" ${SIZE_KB}
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\Kabar.lnk"
  Delete "$DESKTOP\Kabar.lnk"
  ReadRegStr $0 HKCU "Software\Classes\.kabar" ""
  StrCmp $0 "Kabar.Draft" 0 +2
    DeleteRegKey HKCU "Software\Classes\.kabar"
  DeleteRegKey HKCU "Software\Classes\Kabar.Draft"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\Kabar"
  ; Only the program: the drafts in $LOCALAPPDATA\Kabar stay.
  RMDir /r "$INSTDIR\lib"
  RMDir /r "$INSTDIR\python"
  RMDir /r "$INSTDIR\resources"
  RMDir /r "$INSTDIR\templates"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  IfSilent +2
    MessageBox MB_OK|MB_ICONINFORMATION "$(KeptDrafts)"
SectionEnd
