; Kabar's Windows installer (NSIS 3). packaging/windows.py passes VERSION, STAGE, OUTFILE,
; SIZE_KB, FILES (an include listing the stage's files in sorted order), WIZARD (the side
; picture), and SIGN (a command that signs the file named by %1) when a certificate is set.
;
; Per user, no administrator: everything goes to %LOCALAPPDATA%\Programs\Kabar and HKCU.
; Kabar's drafts and settings live in %LOCALAPPDATA%\Kabar, which this script never touches.
; Reproducible: no file times stored (SetDateSave off), files added in sorted order.

Unicode true
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma
SetCompressorDictSize 64
SetDateSave off

!include MUI2.nsh
!include LogicLib.nsh
!include WordFunc.nsh
!include WinMessages.nsh
!include Win\COM.nsh
!include Win\Propkey.nsh

!define APP "Kabar"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Kabar"
!define PYTHONW "$INSTDIR\python\pythonw.exe"
!define ICON "$INSTDIR\resources\icons\kabar.ico"
!define BIN "$INSTDIR\bin"  ; kabar.exe, the command line; on the user's PATH
!define AUMID "Kabar.Kabar"  ; the app's AppUserModelID (kabar_desktop/app.py)
!define RUNNING "Kabar.Running"  ; the mutex a running Kabar holds (kabar_desktop/app.py)

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
VIAddVersionKey /LANG=0 "CompanyName" "Kabar"
VIAddVersionKey /LANG=0 "FileDescription" "Kabar ${VERSION} Setup"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "GNU GPL 3 or later"

!define MUI_ICON "${STAGE}\resources\icons\kabar.ico"
!define MUI_UNICON "${STAGE}\resources\icons\kabar.ico"
!define MUI_WELCOMEFINISHPAGE_BITMAP "${WIZARD}"
!define MUI_UNWELCOMEFINISHPAGE_BITMAP "${WIZARD}"
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
LangString Running ${LANG_INDONESIAN} "Kabar sedang berjalan. Tutup Kabar (simpan dulu pekerjaan Anda), lalu tekan Coba Lagi."
LangString Running ${LANG_ENGLISH} "Kabar is running. Close Kabar (save your work first), then press Retry."

; A running Kabar holds its files open: ask to close it first. Silently (/S), give up with
; exit code 2 and leave everything as it was.
!macro WAIT_FOR_KABAR un
Function ${un}WaitForKabar
  ${Do}
    System::Call 'kernel32::OpenMutexW(i 0x00100000, i 0, w "${RUNNING}") p .r0'
    ${If} $0 P= 0
      ${Break}
    ${EndIf}
    System::Call 'kernel32::CloseHandle(p r0)'
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(Running)" /SD IDCANCEL IDRETRY +2
    Abort
  ${Loop}
FunctionEnd
!macroend
!insertmacro WAIT_FOR_KABAR ""
!insertmacro WAIT_FOR_KABAR "un."

Function .onInit
  Call WaitForKabar
FunctionEnd

Function un.onInit
  Call un.WaitForKabar
FunctionEnd

; A shortcut with Kabar's AppUserModelID, so that pinned and running Kabar share one
; taskbar button (the window sets the same ID).
!macro SHORTCUT LNK
  CreateShortcut "${LNK}" "${PYTHONW}" "-m kabar_desktop" "${ICON}" 0 SW_SHOWNORMAL "" "$(ShortcutText)"
  !insertmacro ComHlpr_CreateInProcInstance ${CLSID_ShellLink} ${IID_IShellLink} r0 ""
  ${If} $0 P<> 0
    ${IUnknown::QueryInterface} $0 '("${IID_IPersistFile}",.r1)'
    ${If} $1 P<> 0
      ${IPersistFile::Load} $1 '("${LNK}", ${STGM_READWRITE})'
      ${IUnknown::QueryInterface} $0 '("${IID_IPropertyStore}",.r2)'
      ${If} $2 P<> 0
        System::Call '*${SYSSTRUCT_PROPERTYKEY}(${PKEY_AppUserModel_ID})p.r3'
        System::Call 'shlwapi::SHStrDupW(w "${AUMID}", *p .r5)'
        System::Call '*${SYSSTRUCT_PROPVARIANT}(${VT_LPWSTR},,p r5)p.r4'
        ${IPropertyStore::SetValue} $2 '($3,$4)'
        ${IPropertyStore::Commit} $2 ""
        System::Call 'ole32::PropVariantClear(p r4)'
        System::Free $3
        System::Free $4
        ${IUnknown::Release} $2 ""
        ${IPersistFile::Save} $1 '("${LNK}", 1)'
      ${EndIf}
      ${IUnknown::Release} $1 ""
    ${EndIf}
    ${IUnknown::Release} $0 ""
  ${EndIf}
!macroend

Section "Kabar"
  SetShellVarContext current
  ; An update replaces the program folders whole, so no file of an older Kabar lingers.
  RMDir /r "$INSTDIR\lib"
  RMDir /r "$INSTDIR\python"
  RMDir /r "$INSTDIR\resources"
  RMDir /r "$INSTDIR\templates"
  RMDir /r "$INSTDIR\bin"
  !include "${FILES}"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "Software\Kabar" "InstallDir" "$INSTDIR"

  SetOutPath "$PROFILE"  ; the shortcuts' working folder
  !insertmacro SHORTCUT "$SMPROGRAMS\Kabar.lnk"
  !insertmacro SHORTCUT "$DESKTOP\Kabar.lnk"

  ; `kabar` in a new command prompt: bin\ on the user's own PATH (HKCU, no administrator).
  ; A PATH longer than NSIS reads whole (1024 characters) is left alone rather than cut.
  ReadRegStr $0 HKCU "Environment" "Path"
  StrLen $1 $0
  ${If} $0 == ""
    WriteRegExpandStr HKCU "Environment" "Path" "${BIN}"
  ${ElseIf} $1 < 700
    ${WordReplace} ";$0;" ";${BIN};" ";" "+" $2
    ${If} $2 == ";$0;"  ; not there yet
      WriteRegExpandStr HKCU "Environment" "Path" "$0;${BIN}"
    ${EndIf}
  ${EndIf}
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=2000

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
  ReadRegStr $0 HKCU "Environment" "Path"
  StrLen $2 $0
  ${If} $2 > 1000  ; perhaps cut short when read: better left than damaged
  ${ElseIf} $0 == "${BIN}"
    DeleteRegValue HKCU "Environment" "Path"
  ${ElseIf} $0 != ""
    ${un.WordReplace} ";$0;" ";${BIN};" ";" "+" $1
    StrCpy $1 $1 "" 1  ; the ";" added around
    StrCpy $1 $1 -1
    ${If} $1 != $0
      WriteRegExpandStr HKCU "Environment" "Path" "$1"
    ${EndIf}
  ${EndIf}
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=2000
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
  RMDir /r "$INSTDIR\bin"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  IfSilent +2
    MessageBox MB_OK|MB_ICONINFORMATION "$(KeptDrafts)"
SectionEnd
