"""Round 15 of issue 13, punctuation on new text: a passive verb of saying and its agent set
off after the subject ("Biaya pelatihan, disebut Budi, hanya …", EYD V, Tanda Koma: a
comment that interrupts the sentence) is an aside of attribution, not the predicate, so its
opening comma stays (P13). The comma before a passive verb that is the predicate ("Materi
pelatihan, dijelaskan Budi di aula.") is still reported. A venue's name keeps its '&'
("Hotel Merpati & Convention Center", P14). An opening mark typed before an attribution
verb with -nya after a quote's last sentence ('… binaan. “Ujarnya') is the closing mark
turned the wrong way (P9), not a quote opened and never closed (P5). Texts of our own (none
copied from a corpus or a probe's article)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Rutan Wonogiri Gelar Pelatihan Berkebun\n"
_LEAD = "Wonogiri - Rutan Wonogiri menggelar pelatihan berkebun, Senin (2/3/2026).\n"
_BODY = _TITLE + _LEAD

BREAKS = [
    # The passive verb is the predicate: its agent ends the sentence or a place follows.
    ("P13", _BODY + "Materi pelatihan, dijelaskan Budi Santoso.", [(",", "")]),
    ("P13", _BODY + "Materi pelatihan, dijelaskan Budi di aula rutan.", [(",", "")]),
    ("P13", _BODY + "Kegiatan ini, dijelaskan Budi di aula rutan.", [(",", "")]),
    # No agent after the verb: no aside of attribution.
    ("P13", _BODY + "Materi pelatihan, dijelaskan secara rinci oleh petugas.", [(",", "")]),
    ("P13", _BODY + "Materi pelatihan, dijelaskan oleh Budi Santoso di aula.", [(",", "")]),
    # '&' between ordinary words, or between two positions, is still 'dan'.
    ("P14", _BODY + "Petugas & warga binaan menanam cabai.", [("&", "dan")]),
    ("P14", _BODY + "Kepala Seksi Pembinaan & Kepala Seksi Umum hadir.", [("&", "dan")]),
    # The closing mark turned the wrong way before the attribution.
    (
        "P9",
        _BODY + "“Kami siap membina warga binaan. “Ujarnya\nKegiatan ditutup dengan doa.",
        [("“", "”")],
    ),
    # A second quote that opens with a word of its own still leaves the first one unpaired.
    ("P5", _BODY + "“Kami siap. “Tambah semangat!” kata Budi.", [("“", None)]),
]

RESPECTS = [
    # The aside closed by a comma, then the sentence's own predicate.
    ("P13", _BODY + "Layanan ini, dijelaskan Budi, gratis bagi warga binaan."),
    ("P13", _BODY + "Warga binaan yang lulus, disebut Budi, menerima sertifikat."),
    # The agent's words run on before the closing comma.
    (
        "P13",
        _BODY + "Biaya pelatihan, disebut Budi sapaan akrab Kepala Rutan Wonogiri, hanya Rp50.000.",
    ),
    # The closing comma missing, the predicate after the agent: the opening comma is right.
    ("P13", _BODY + "Semua peserta, dijelaskan Budi wajib hadir tepat waktu."),
    ("P13", _BODY + "Bibit cabai, ditambahkan Budi berasal dari dinas pertanian."),
    # A venue's or a business's name keeps its '&'.
    ("P14", _BODY + "Peserta menginap di Hotel Merpati & Convention Center Wonogiri."),
    ("P14", _BODY + "Peserta menginap di Resort Telaga & Spa Wonogiri."),
    # '“Ujarnya' closes the quote (P9 turns the mark): no unpaired or unclosed quote.
    ("P5", _BODY + "“Kami siap membina warga binaan. “Ujarnya\nKegiatan ditutup dengan doa."),
    ("P5", _BODY + "“Kami juga siap bekerja. “Tambahnya lagi."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
