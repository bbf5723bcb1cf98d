"""Every user-visible string has its Indonesian translation, with the same placeholders."""

from __future__ import annotations

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
