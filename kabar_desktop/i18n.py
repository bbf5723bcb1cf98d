"""The interface language: gettext at run time over catalogs Babel compiles at build time.

Catalogs live in ``resources/locale/<lang>/LC_MESSAGES/kabar.po``; the build compiles them to
``.mo``. A source checkout without compiled catalogs still works: the ``.po`` is compiled on
first use and kept as the ``.mo`` the build would write, so the next start does not compile it
again (~80 ms of every start while a ``.po`` is newer). The article itself is always
Indonesian; only the interface changes.
"""

from __future__ import annotations

import gettext
import io
import os
from pathlib import Path
from typing import BinaryIO

from kabar_desktop import paths

DOMAIN = "kabar"
DEFAULT_LANGUAGE = "id"
LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}

_translation: gettext.NullTranslations | None = None  # loaded on first use
_language = DEFAULT_LANGUAGE


def _catalog(language: str) -> gettext.NullTranslations:
    folder = paths.locale_dir() / language / "LC_MESSAGES"
    mo, po = folder / f"{DOMAIN}.mo", folder / f"{DOMAIN}.po"
    if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as fh:
            return gettext.GNUTranslations(fh)
    if po.exists():
        compiled = po.stat()  # before reading it: an edit meanwhile leaves the .mo stale
        data = compile_po(po)
        _keep(mo, data, compiled)
        return gettext.GNUTranslations(io.BytesIO(data))
    return gettext.NullTranslations()


def _keep(mo: Path, data: bytes, po: os.stat_result) -> None:
    """Write the catalog just compiled as ``mo``, dated as the ``.po`` it came from; a folder
    that cannot be written (an installation) changes nothing: it is compiled again next time."""
    from kabar_desktop.atomic import write_atomic

    def write(out: BinaryIO) -> None:
        out.write(data)

    try:
        write_atomic(mo, write)
        os.utime(mo, ns=(po.st_atime_ns, po.st_mtime_ns))
    except OSError:
        pass


def compile_po(po: Path) -> bytes:
    """The ``.mo`` bytes for a ``.po`` file, compiled with Babel."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as fh:
        catalog = read_po(fh)
    buf = io.BytesIO()
    write_mo(buf, catalog)
    return buf.getvalue()


def set_language(language: str | None) -> str:
    """Switch the interface language; unknown languages fall back to Indonesian."""
    global _translation, _language
    language = (language or DEFAULT_LANGUAGE).split("_")[0].split("-")[0].lower()
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    _language = language
    _translation = None
    return language


def _current() -> gettext.NullTranslations:
    global _translation
    if _translation is None:
        _translation = gettext.NullTranslations() if _language == "en" else _catalog(_language)
    return _translation


def language() -> str:
    return _language


def _(message: str) -> str:
    return _current().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _current().ngettext(singular, plural, n)


set_language(os.environ.get("KABAR_LANG") or DEFAULT_LANGUAGE)
