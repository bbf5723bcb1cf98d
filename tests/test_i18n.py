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
