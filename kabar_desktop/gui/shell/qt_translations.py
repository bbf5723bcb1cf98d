"""Indonesian for Qt's own texts: file dialog, message-box buttons, context menus, printing.

Qt ships no Indonesian translation of its dialogs, so without this a user who works in
Indonesian meets "Look in:", "Cancel" and "&Copy" in the middle of Kabar. Kabar keeps its own
table as data, ``resources/locale/id/qt.json`` (``{"QtContext": {"English": "Indonesia"}}``),
with the exact source strings and contexts Qt asks for (checked against Qt's own catalogues and
by logging what the dialogs request).

The table is compiled in memory into Qt's ``.qm`` format and loaded into a plain QTranslator,
so Qt looks texts up in C++. (Overriding ``QTranslator.translate`` in Python is not an option:
with PySide6 6.12 on Python 3.11 every call without a disambiguation drops a reference to
``None``, and after a few thousand calls the interpreter aborts.)

Deliberately absent: the file dialog's shortcut definitions ("Alt+Left"…), which Qt parses as
key sequences, and Qt's paper names ("A4", "Letter / ANSI A"), which are names, not words.
"""

from __future__ import annotations

import json
import struct
from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kabar_desktop import paths

Table = dict[str, dict[str, str]]

_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_HASHES, _MESSAGES, _LANGUAGE = 0x42, 0x69, 0xA7  # .qm section tags
_END, _TRANSLATION, _SOURCE, _CONTEXT = 1, 3, 6, 7  # .qm message tags

_installed: KabarQtTranslator | None = None  # kept referenced, or Python would free it


@cache
def qt_table(language: str) -> Table:
    """The Qt texts for ``language`` by context; empty when Kabar has none (English)."""
    path = paths.locale_dir() / language / "qt.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _elf_hash(data: bytes) -> int:
    """Qt's hash of a source text, the key of a ``.qm`` file's lookup table."""
    h = 0
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def _field(tag: int, data: bytes) -> bytes:
    return struct.pack(">BI", tag, len(data)) + data


def qm_bytes(table: Table, language: str) -> bytes:
    """``table`` in the ``.qm`` format QTranslator reads (what Qt's lrelease writes)."""
    messages, index = bytearray(), []
    for context, entries in sorted(table.items()):
        for source, text in sorted(entries.items()):
            src = source.encode("utf-8")
            index.append((_elf_hash(src), len(messages)))
            messages += _field(_TRANSLATION, text.encode("utf-16-be"))
            messages += _field(_SOURCE, src)
            messages += _field(_CONTEXT, context.encode("utf-8"))
            messages.append(_END)
    hashes = b"".join(struct.pack(">II", h, offset) for h, offset in sorted(index))
    return b"".join(
        (
            _QM_MAGIC,
            _field(_HASHES, hashes),
            _field(_MESSAGES, bytes(messages)),
            _field(_LANGUAGE, language.encode("utf-8")),
        )
    )


class KabarQtTranslator(QTranslator):
    """Qt's own texts in Kabar's language, from Kabar's table."""

    def __init__(self, table: Table, language: str = "id", parent=None):
        super().__init__(parent)
        self._data = qm_bytes(table, language)  # Qt reads this buffer in place: keep it
        if not self.load(self._data):
            raise ValueError("Kabar's Qt translation table could not be loaded")


def install_qt_translator(app: QCoreApplication, language: str) -> KabarQtTranslator | None:
    """Put Qt's own texts into ``language``, replacing Kabar's earlier translator, if any.

    Also sets the default locale, which names the months in calendars and date fields.
    Open Qt widgets retranslate themselves (Qt sends them a LanguageChange event).
    """
    global _installed
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed.deleteLater()
        _installed = None
    set_default_locale(language)
    table = qt_table(language) if language != "en" else {}
    if table:
        _installed = KabarQtTranslator(table, language, app)
        app.installTranslator(_installed)
    return _installed


def set_default_locale(language: str) -> None:
    """The locale new widgets take (month names in calendars): set before the window is built;
    the translator itself can follow after its first paint (no Qt text is in that frame)."""
    if language == "id":
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    else:
        QLocale.setDefault(QLocale.system())


def installed_translator() -> KabarQtTranslator | None:
    return _installed
