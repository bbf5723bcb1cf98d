"""Session twenty-nine: the misses of heldout200-219 that a rule can tell, and the wrong
findings of the session's probes and sets. Texts of our own."""

from __future__ import annotations

import pytest
from checkhelp import found

from kabar_desktop.check import NOTE, check_text

_TITLE = "Rutan Sambas Gelar Pelatihan Menjahit bagi Warga Binaan\n"
_LEAD = "Sambas - Rutan Kelas IIB Sambas menggelar pelatihan menjahit, Senin (6/10/2025).\n"
_BODY = _TITLE + _LEAD

RESPECTS = [
    # 'karena itu' is the sentence's own connector; a speaker's words keep their comma
    ("P41", _BODY + "Bahan baku masih sulit didapat, karena itu pelatihan diundur sepekan."),
    ("P41", _BODY + "“Kami ingin semua ikut, karena ilmu ini berguna,” ujar Kepala Rutan."),
    # a comma before 'agar' is not this reading's
    ("P41", _BODY + "Petugas memberi dukungan moral, agar warga binaan lebih percaya diri."),
]

BREAKS = [
    (
        "P41",
        _BODY + "Pelatihan diharapkan berjalan dengan baik dan tepat waktu, sehingga pesanan "
        "dapat dipenuhi.",
        "waktu, sehingga",
    ),
    (
        "P41",
        _BODY + "Banyak warga binaan merasa kecewa, karena kain yang dipesan belum datang.",
        "kecewa, karena",
    ),
]


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_respects(rule, text):
    assert found(text, rule) == []


@pytest.mark.parametrize(("rule", "text", "words"), BREAKS)
def test_breaks(rule, text, words):
    assert words in [w for w, _fix in found(text, rule)]


def test_the_comma_before_a_following_clause_is_a_quiet_note_with_its_fix():
    text = BREAKS[0][1]
    [finding] = [f for f in check_text(text) if f.rule == "P41"]
    assert finding.severity == NOTE  # the older sets left it: a strict editor's catatan
    assert finding.suggestion == "waktu sehingga"
