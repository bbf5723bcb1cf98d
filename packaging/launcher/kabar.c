/* kabar.exe: the `kabar` command on Windows (issue 15 #2), shipped in <install>\bin, which
 * the installer puts on the user's PATH.
 *
 * It runs <install>\python\python.exe -m kabar_desktop with the arguments it was given, left
 * exactly as typed (the rest of its own command line, quotes and all), on the same console
 * and standard handles, and exits with Python's exit code. Ctrl+C goes to Python (this
 * process ignores it and waits); if this process is killed, a job object ends Python too.
 * Built by packaging/windows.py with x86_64-w64-mingw32-gcc (-municode).
 */
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#include <wchar.h>

#define MODULE L" -m kabar_desktop"

static BOOL WINAPI ignore_ctrl(DWORD kind) { (void)kind; return TRUE; }

/* The command line after the program's own name (the quoting rules of CommandLineToArgvW). */
static const wchar_t *after_program(const wchar_t *line)
{
    if (*line == L'"') {
        line++;
        while (*line && *line != L'"')
            line++;
        if (*line == L'"')
            line++;
    } else {
        while (*line && *line != L' ' && *line != L'\t')
            line++;
    }
    return line;  /* starts with the blank before the first argument, or is empty */
}

static void fail(const wchar_t *what, DWORD code)
{
    static wchar_t text[33100];
    static char out[4 * 33100];
    DWORD written;
    HANDLE err = GetStdHandle(STD_ERROR_HANDLE);
    int n = swprintf(text, 33100, L"kabar: %ls (Windows error %lu)\r\n", what, code);
    if (n <= 0)
        return;
    int bytes = WideCharToMultiByte(CP_UTF8, 0, text, n, out, sizeof out, NULL, NULL);
    if (err != NULL && err != INVALID_HANDLE_VALUE && bytes > 0)
        WriteFile(err, out, (DWORD)bytes, &written, NULL);
}

static void inheritable(DWORD which)
{
    HANDLE handle = GetStdHandle(which);
    if (handle != NULL && handle != INVALID_HANDLE_VALUE)
        SetHandleInformation(handle, HANDLE_FLAG_INHERIT, HANDLE_FLAG_INHERIT);
}

int wmain(void)
{
    static wchar_t here[32768], python[32768];
    DWORD length = GetModuleFileNameW(NULL, here, 32768);
    if (length == 0 || length >= 32768) {
        fail(L"cannot find its own folder", GetLastError());
        return 1;
    }
    wchar_t *slash = wcsrchr(here, L'\\');
    if (slash != NULL)
        *slash = 0;  /* <install>\bin */
    if (swprintf(python, 32768, L"%ls\\..\\python\\python.exe", here) < 0)
        return 1;

    const wchar_t *rest = after_program(GetCommandLineW());
    size_t size = wcslen(python) + wcslen(MODULE) + wcslen(rest) + 8;
    wchar_t *command = HeapAlloc(GetProcessHeap(), 0, size * sizeof(wchar_t));
    if (command == NULL)
        return 1;
    swprintf(command, size, L"\"%ls\"%ls%ls", python, MODULE, rest);

    inheritable(STD_INPUT_HANDLE);
    inheritable(STD_OUTPUT_HANDLE);
    inheritable(STD_ERROR_HANDLE);
    STARTUPINFOW start;
    ZeroMemory(&start, sizeof start);
    start.cb = sizeof start;
    start.dwFlags = STARTF_USESTDHANDLES;
    start.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
    start.hStdOutput = GetStdHandle(STD_OUTPUT_HANDLE);
    start.hStdError = GetStdHandle(STD_ERROR_HANDLE);

    HANDLE job = CreateJobObjectW(NULL, NULL);
    if (job != NULL) {
        JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits;
        ZeroMemory(&limits, sizeof limits);
        limits.BasicLimitInformation.LimitFlags =
            JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE | JOB_OBJECT_LIMIT_SILENT_BREAKAWAY_OK;
        SetInformationJobObject(job, JobObjectExtendedLimitInformation, &limits, sizeof limits);
    }
    SetConsoleCtrlHandler(ignore_ctrl, TRUE);

    PROCESS_INFORMATION child;
    if (!CreateProcessW(python, command, NULL, NULL, TRUE, 0, NULL, NULL, &start, &child)) {
        DWORD code = GetLastError();
        static wchar_t what[33000];
        swprintf(what, 33000, L"cannot start %ls", python);
        fail(what, code);
        return 1;
    }
    if (job != NULL)
        AssignProcessToJobObject(job, child.hProcess);
    WaitForSingleObject(child.hProcess, INFINITE);
    DWORD status = 1;
    GetExitCodeProcess(child.hProcess, &status);
    return (int)status;
}
