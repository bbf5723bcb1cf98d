/* Test only, never shipped: a stand-in for Windows' own icuuc.dll, which Wine 8 lacks.
 *
 * Qt6Core >= 6.10 imports these ICU converter functions for text codecs beyond UTF-8/16/32
 * and Latin-1. Here every converter is "unavailable" (ucnv_open fails, none are listed), and
 * Qt carries on with its built-in codecs, which is all Kabar uses.
 * Built by packaging/check_installers.py with x86_64-w64-mingw32-gcc into the test prefix.
 */
#include <stddef.h>

#define U_FILE_ACCESS_ERROR 4
#define EXPORT __declspec(dllexport)

EXPORT void *ucnv_open(const char *name, int *status)
{
    (void)name;
    if (status != NULL && *status <= 0)
        *status = U_FILE_ACCESS_ERROR;
    return NULL;
}

EXPORT int ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int n) { (void)n; return NULL; }

/* The rest are only ever called on a converter that ucnv_open returned: never. */
#define UNUSED(name) EXPORT void *name(void) { return NULL; }
UNUSED(ucnv_close)
UNUSED(ucnv_reset)
UNUSED(ucnv_getMaxCharSize)
UNUSED(ucnv_getName)
UNUSED(ucnv_getStandardName)
UNUSED(ucnv_getToUCallBack)
UNUSED(ucnv_getFromUCallBack)
UNUSED(ucnv_setToUCallBack)
UNUSED(ucnv_setFromUCallBack)
UNUSED(ucnv_cbToUWriteUChars)
UNUSED(ucnv_cbFromUWriteUChars)
UNUSED(ucnv_toUnicode)
UNUSED(ucnv_fromUnicode)
UNUSED(ucnv_toUCountPending)
UNUSED(ucnv_fromUCountPending)
UNUSED(UCNV_FROM_U_CALLBACK_SUBSTITUTE)
UNUSED(UCNV_TO_U_CALLBACK_SUBSTITUTE)
