"""Session thirty-seven: misses of the sets that a rule can tell, and the wrong findings of
the sets read in it. Texts of our own."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Lapas Sanana Gelar Bakti Sosial di Pantai\n"
_LEAD = "Sanana - Lapas Kelas III Sanana menggelar bakti sosial, Senin (6/10/2025).\n"
_BODY = _TITLE + _LEAD

RESPECTS = [
    # a speaker's 'Bahkan' runs as said (1 of 11 marked in quotes)
    ("P8", _BODY + "“Kami senang. Bahkan anak-anak ikut datang,” ujarnya."),
]

BREAKS = [
    # heldout136, heldout172, heldout228, heldout367, heldout441: 'Maka dari itu' in a
    # speaker's words points back to the sentence before and takes its comma as in narration
    ("P8", _BODY + "“Minat tinggi. Maka dari itu kami berlatih,” ujarnya.", "Maka dari itu"),
    ("P8", _BODY + "“Bantuan datang. Tak hanya itu warga juga ikut,” katanya.", "Tak hanya itu"),
    # heldout134: 'Jadi' then an opening phrase with its own comma: the connector's comma too
    ("P8", _BODY + "“Jadi selain pemeriksaan, kami juga mengedukasi warga,” ujarnya.", "Jadi"),
]


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_respects(rule, text):
    assert found(text, rule) == []


@pytest.mark.parametrize(("rule", "text", "words"), BREAKS)
def test_breaks(rule, text, words):
    assert words in [w for w, _fix in found(text, rule)]
