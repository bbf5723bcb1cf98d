"""The interface language: gettext at run time over catalogs Babel compiles at build time.

Catalogs live in ``resources/locale/<lang>/LC_MESSAGES/kabar.po``; the build compiles them to
``.mo``. A source checkout without compiled catalogs still works: the ``.po`` is compiled on
first use and kept as the ``.mo`` the build would write, so the next start does not compile it
again (~80 ms of every start while a ``.po`` is newer). That compiler is a small one of the
standard library's kind (``msgfmt``), not Babel's: importing Babel's catalog reader alone
cost a command 15 ms (issue 15 #8); tests/test_i18n.py holds both to the same catalog. The
article itself is always Indonesian; only the interface changes.
"""

from __future__ import annotations

import gettext
import io
import marshal
import os
from pathlib import Path

from kabar_desktop import paths

TYPE_CHECKING = False  # typing costs a bare interpreter ~3 ms (cli.py)
if TYPE_CHECKING:
    from typing import BinaryIO

DOMAIN = "kabar"
DEFAULT_LANGUAGE = "id"
LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}

_translation: gettext.NullTranslations | None = None  # loaded on first use
_language = DEFAULT_LANGUAGE


def _catalog(language: str) -> gettext.NullTranslations:
    folder = paths.locale_dir() / language / "LC_MESSAGES"
    mo, po = folder / f"{DOMAIN}.mo", folder / f"{DOMAIN}.po"
    if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
        return _read_mo(mo, language)
    if po.exists():
        compiled = po.stat()  # before reading it: an edit meanwhile leaves the .mo stale
        data = compile_po(po)
        _keep(mo, data, compiled)
        return gettext.GNUTranslations(io.BytesIO(data))
    return gettext.NullTranslations()


CATALOG_CACHE = "catalog-{language}.marshal"
_CATALOG_FORMAT = 1


def _read_mo(mo: Path, language: str) -> gettext.NullTranslations:
    """The compiled catalog; its messages kept as one marshal in the cache folder while the
    ``.mo`` stays as it was (gettext reads 1,200 messages one by one in Python: ~4 ms of
    every command; the copy loads in a tenth of that). A damaged copy is replaced."""
    stat = mo.stat()
    key = [_CATALOG_FORMAT, str(mo), stat.st_size, stat.st_mtime_ns]
    held = _held.get(language)
    if held is not None and held[0] == key:  # switched back to a language read before
        return held[1]
    read = _read_kept_or_mo(mo, language, key)
    _held[language] = (key, read)
    return read


_held: dict[str, tuple[list, gettext.NullTranslations]] = {}  # this process's, by language


def _read_kept_or_mo(mo: Path, language: str, key: list) -> gettext.NullTranslations:
    kept_at = paths.cache_dir() / CATALOG_CACHE.format(language=language)
    try:
        kept = marshal.loads(kept_at.read_bytes())
        if kept[0] == key:
            return _translations(*kept[1:])
    except (OSError, EOFError, ValueError, TypeError, IndexError, KeyError, AttributeError):
        pass  # none yet, another .mo's or damaged: read the .mo
    with mo.open("rb") as fh:
        read = gettext.GNUTranslations(fh)
    what = [read._catalog, read._info, read._charset]  # type: ignore[attr-defined]
    try:
        from kabar_desktop.atomic import write_bytes_atomic

        kept_at.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(kept_at, marshal.dumps([key, *what]), durable=False)  # a copy
    except (OSError, ValueError):  # a read-only cache folder: read the .mo each time
        pass
    return read


def _translations(catalog: dict, info: dict, charset: str | None) -> gettext.GNUTranslations:
    """A ``GNUTranslations`` as reading the ``.mo`` gives it, from what it read."""
    out = gettext.GNUTranslations()  # no file: nothing read
    out._catalog = catalog  # type: ignore[attr-defined]
    out._info, out._charset = info, charset  # type: ignore[attr-defined]
    forms = info.get("plural-forms")  # as GNUTranslations._parse reads it
    out.plural = (  # type: ignore[attr-defined]
        gettext.c2py(forms.split(";")[1].split("plural=")[1]) if forms else _germanic
    )
    return out


def _germanic(n: int) -> int:
    return int(n != 1)


def _keep(mo: Path, data: bytes, po: os.stat_result) -> None:
    """Write the catalog just compiled as ``mo``, dated as the ``.po`` it came from; a folder
    that cannot be written (an installation) changes nothing: it is compiled again next time."""
    from kabar_desktop.atomic import write_atomic

    def write(out: BinaryIO) -> None:
        out.write(data)

    try:
        write_atomic(mo, write, durable=False)  # compiled again from the .po if lost
        os.utime(mo, ns=(po.st_atime_ns, po.st_mtime_ns))
    except OSError:
        pass


def compile_po(po: Path) -> bytes:
    """The ``.mo`` bytes for a ``.po`` file, as Babel's ``write_mo`` gives them: fuzzy and
    untranslated messages left out (the header kept), an untranslated plural form read as
    its English one."""
    messages: dict[bytes, bytes] = {}
    for entry in _po_entries(po.read_text(encoding="utf-8")):
        msgid = entry.get("msgid", "")
        if msgid and (entry.get("fuzzy") or not _translated(entry)):
            continue
        if "msgctxt" in entry:
            msgid = f"{entry['msgctxt']}\x04{msgid}"
        if "msgid_plural" in entry:
            forms = [entry.get(f"msgstr[{i}]", "") for i in range(_count_forms(entry))]
            english = (entry["msgid"], entry["msgid_plural"])
            forms = [f or english[min(i, 1)] for i, f in enumerate(forms)]
            key, value = f"{msgid}\0{entry['msgid_plural']}", "\0".join(forms)
        else:
            key, value = msgid, entry.get("msgstr", "")
        messages[key.encode("utf-8")] = value.encode("utf-8")
    return _mo_bytes(messages)


_ESCAPE = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"'}


def _unquote(text: str) -> str:
    """A .po string literal's value: ``"a\\"b\\n"`` → ``a"b`` and a line break."""
    import re

    return re.sub(r'\\([\\trn"])', lambda m: _ESCAPE[m.group(1)], text.strip()[1:-1])


def _po_entries(text: str) -> list[dict[str, str]]:
    """Each message of a .po file as ``{"msgid": …, "msgstr": …, "fuzzy": "1"?}``; obsolete
    (``#~``) and other comments are skipped."""
    entries: list[dict[str, str]] = []
    entry: dict[str, str] = {}
    fuzzy = False
    section = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            if entry and section.startswith("msgstr"):
                entries.append(entry)
                entry, section = {}, ""
            if line.startswith("#,") and "fuzzy" in line[2:].replace(",", " ").split():
                fuzzy = True
            continue
        if line.startswith('"'):
            if section:
                entry[section] += _unquote(line)
            continue
        keyword, _, rest = line.partition(" ")
        if keyword in ("msgctxt", "msgid") and section.startswith("msgstr"):
            entries.append(entry)
            entry = {}
        if not entry and fuzzy:
            entry["fuzzy"], fuzzy = "1", False
        section = keyword
        entry[section] = _unquote(rest)
    if entry:
        entries.append(entry)
    return entries


def _translated(entry: dict[str, str]) -> bool:
    if "msgid_plural" in entry:  # Babel keeps a plural message even with no form translated
        return any(key.startswith("msgstr[") for key in entry)
    return bool(entry.get("msgstr"))


def _count_forms(entry: dict[str, str]) -> int:
    return 1 + max(int(k[7:-1]) for k in entry if k.startswith("msgstr["))


def _mo_bytes(messages: dict[bytes, bytes]) -> bytes:
    """GNU .mo bytes for ``messages`` (the layout of CPython's Tools/i18n/msgfmt.py)."""
    import struct

    keys = sorted(messages)
    ids = strs = b""
    table: list[tuple[int, int, int, int]] = []
    for key in keys:
        table.append((len(ids), len(key), len(strs), len(messages[key])))
        ids += key + b"\0"
        strs += messages[key] + b"\0"
    key_start = 7 * 4 + 16 * len(keys)
    value_start = key_start + len(ids)
    key_offsets: list[int] = []
    value_offsets: list[int] = []
    for id_at, id_len, str_at, str_len in table:
        key_offsets += [id_len, id_at + key_start]
        value_offsets += [str_len, str_at + value_start]
    header = struct.pack("Iiiiiii", 0x950412DE, 0, len(keys), 7 * 4, 7 * 4 + len(keys) * 8, 0, 0)
    offsets = struct.pack(f"{len(key_offsets) + len(value_offsets)}i", *key_offsets, *value_offsets)
    return header + offsets + ids + strs


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
