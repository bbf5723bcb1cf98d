"""Every user-visible string has its Indonesian translation, with the same placeholders."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

import catalogs  # noqa: E402

from kabar_desktop import i18n  # noqa: E402

_PLACEHOLDER = re.compile(r"\{[^}]*\}|%\([a-z_]+\)[sdr]|%[sdr]")


def test_every_string_has_an_indonesian_translation():
    assert catalogs.untranslated("id") == []


def test_translations_keep_their_placeholders():
    from babel.messages.pofile import read_po

    with catalogs.po_path("id").open("rb") as fh:
        catalog = read_po(fh, locale="id")
    for message in catalog:
        if message.id and isinstance(message.id, str) and message.string:
            assert sorted(_PLACEHOLDER.findall(message.id)) == sorted(
                _PLACEHOLDER.findall(message.string)
            ), message.id


def test_the_interface_switches_language():
    assert i18n.set_language("en") == "en"
    assert i18n._("no such file") == "no such file"
    assert i18n.set_language("id") == "id"
    assert i18n._("no such file") == "berkas tidak ada"
    assert i18n.set_language("fr") == "id"  # unknown languages fall back to Indonesian


def test_a_catalog_compiled_at_start_is_kept_for_the_next_start(tmp_path, monkeypatch):
    """A checkout whose .po is newer than its .mo (a translation just added) compiles it once
    and keeps it: compiling cost every start ~80 ms. A .po edited since is compiled again."""
    folder = tmp_path / "id" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    po = folder / "kabar.po"
    po.write_bytes((ROOT / "resources" / "locale" / "id" / "LC_MESSAGES" / "kabar.po").read_bytes())
    monkeypatch.setattr(i18n.paths, "locale_dir", lambda: tmp_path)
    compiled = []
    compile_po = i18n.compile_po
    monkeypatch.setattr(i18n, "compile_po", lambda path: compiled.append(path) or compile_po(path))
    for _start in range(2):
        i18n.set_language("id")
        assert i18n._("Preferences") == "Preferensi"
    assert compiled == [po]
    assert (folder / "kabar.mo").is_file()
    later = po.stat().st_mtime_ns + 1_000_000_000
    os.utime(po, ns=(later, later))
    i18n.set_language("id")
    assert i18n._("Preferences") == "Preferensi"
    assert compiled == [po, po]


def _babel_catalog(po: Path) -> dict:
    import gettext
    import io

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    buf = io.BytesIO()
    with po.open("rb") as fh:
        write_mo(buf, read_po(fh))
    return dict(gettext.GNUTranslations(io.BytesIO(buf.getvalue()))._catalog)


def _kabar_catalog(po: Path) -> dict:
    import gettext
    import io

    return dict(gettext.GNUTranslations(io.BytesIO(i18n.compile_po(po)))._catalog)


def test_the_catalog_compiled_at_start_is_babels():
    """Kabar compiles a .po without Babel (importing it cost every command 15 ms): the
    catalog it gives is the one Babel's build step writes, message for message."""
    po = ROOT / "resources" / "locale" / "id" / "LC_MESSAGES" / "kabar.po"
    assert _kabar_catalog(po) == _babel_catalog(po)


def test_fuzzy_plural_context_and_escapes_compile_as_babel_does(tmp_path):
    po = tmp_path / "kabar.po"
    po.write_text(
        '#, fuzzy\nmsgid ""\nmsgstr ""\n"Language: id\\n"\n"Plural-Forms: nplurals=2; '
        'plural=(n != 1);\\n"\n"Content-Type: text/plain; charset=utf-8\\n"\n\n'
        '#: a.py:1\n#, python-format\nmsgid "say \\"%s\\"\\n\\ttab"\nmsgstr "katakan '
        '\\"%s\\"\\n\\ttab"\n\n#, fuzzy\nmsgid "guessed"\nmsgstr "tebakan"\n\n'
        'msgid "untranslated"\nmsgstr ""\n\nmsgid "%d draft"\nmsgid_plural "%d drafts"\n'
        'msgstr[0] "%d draf"\nmsgstr[1] ""\n\nmsgctxt "menu"\nmsgid "File"\nmsgstr "Berkas"\n\n'
        'msgid ""\n"long "\n"line"\nmsgstr ""\n"baris "\n"panjang"\n\n'
        '#~ msgid "gone"\n#~ msgstr "hilang"\n',
        encoding="utf-8",
    )
    ours, babels = _kabar_catalog(po), _babel_catalog(po)
    ours.pop(""), babels.pop("")  # the header: Babel writes one of its own
    assert ours == babels
    assert ours[("%d draft", 1)] == "%d drafts" and ours["long line"] == "baris panjang"
    assert "guessed" not in ours and "untranslated" not in ours and "gone" not in ours


def test_a_kept_copy_of_the_catalog_translates_as_the_mo_does(monkeypatch):
    """gettext reads the .mo's messages one by one (~4 ms of every command): the messages are
    kept in the cache folder as read, and a damaged copy is read past and replaced."""
    reads = []
    real = i18n.gettext.GNUTranslations

    def counting(fp=None):
        if fp is not None:
            reads.append(fp)
        return real(fp)

    monkeypatch.setattr(i18n.gettext, "GNUTranslations", counting)
    expected = {
        "Preferences": "Preferensi",
        "no such file": "berkas tidak ada",
        "usage: ": "penggunaan: ",
    }
    kept = i18n.paths.cache_dir() / i18n.CATALOG_CACHE.format(language="id")
    for damage in (None, None, b"\x00damaged" * 50, None):
        if damage is not None:
            kept.write_bytes(damage)
        i18n._held.clear()  # a new start: this process forgets what it read
        i18n.set_language("id")
        assert {m: i18n._(m) for m in expected} == expected
        for n in (1, 2):  # Indonesian has one form: the plural rule is read from the header
            assert i18n.ngettext("{count} conflict", "{count} conflicts", n) == "{count} konflik"
    assert len(reads) == 2  # the first start and the one after the damage read the .mo
    i18n.set_language("en")
    assert i18n._("Preferences") == "Preferences"
    i18n.set_language("id")
