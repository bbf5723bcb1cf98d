"""Session thirty-three: misses of the sets that a rule can tell, and the wrong findings of
heldout283-310. Texts of our own."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Lapas Sanana Gelar Bakti Sosial di Pantai\n"
_LEAD = "Sanana - Lapas Kelas III Sanana menggelar bakti sosial, Senin (6/10/2025).\n"
_BODY = _TITLE + _LEAD

RESPECTS = [
    # 'merupakan' before its noun, 'mengapresiasi' before its object
    ("W13", _BODY + "Kegiatan ini merupakan bentuk kepedulian kepada warga."),
    ("W13", _BODY + "Kepala Lapas mengapresiasi kerja keras petugas kepada wartawan."),
    # a root that takes -kan itself, where the root with k does not or is rarer
    ("S2", _BODY + "Pedagang menjajakan sayur, dan petugas merapikan lapak."),
    ("S2", _BODY + "Ia mengajukan usul dan membedakan dua hal."),
]

BREAKS = [
    # heldout308, heldout276, heldout219: a root's k written once before -kan ('gera' takes
    # no -kan; 'leta' does, but 'meletakkan' is the form in use by far)
    ("S2", _BODY + "Kader lebih aktif menggerakan posyandu.", "menggerakan"),
    ("S2", _BODY + "Bibit diletakannya di polibag.", "diletakannya"),
    # heldout260, heldout277, heldout17: a transitive verb takes its object bare
    ("W13", _BODY + "Widodo pun mengapresiasi kepada Kepala Kanwil.", "mengapresiasi kepada"),
    # heldout155, heldout279, heldout283: 'merupakan' is 'is' already
    ("W13", _BODY + "Bantuan ini merupakan sebagai bentuk kepedulian.", "merupakan sebagai"),
    ("W13", _BODY + "Pelatihan ini merupakan dari tindak lanjut MoU.", "merupakan dari"),
]


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_respects(rule, text):
    assert found(text, rule) == []


@pytest.mark.parametrize(("rule", "text", "words"), BREAKS)
def test_breaks(rule, text, words):
    assert words in [w for w, _fix in found(text, rule)]


def test_a_single_k_before_kan_is_offered_doubled():
    assert found(_BODY + "Kader menggerakan posyandu.", "S2") == [("menggerakan", "menggerakkan")]
