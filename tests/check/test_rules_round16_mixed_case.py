"""Round 16 of issue 13: a capital inside an ordinary word (K34), a slip of the shift key
that no name or short form explains. Texts of our own in the genre."""

from __future__ import annotations

import pytest
from checkhelp import found

_BODY = (
    "Lapas Sumbawa Gelar Pelatihan Menjahit\n"
    "Sumbawa - Lapas Sumbawa menggelar pelatihan menjahit, Senin (2/3/2026).\n"
)

BREAKS = [
    # A prefix in lowercase, then the root with a capital.
    ("K34", _BODY + "Sebanyak 20 peserta berLatih di bengkel kerja.", [("berLatih", "berlatih")]),
    (
        "K34",
        _BODY + "Petugas diTugaskan mendampingi peserta.",
        [("diTugaskan", "ditugaskan")],
    ),
    # Two capitals, then the rest of a known word in lowercase.
    (
        "K34",
        _BODY + "Pelatihan dibuka Kepala Seksi PEmbinaan Lapas Sumbawa.",
        [("PEmbinaan", "Pembinaan")],
    ),
    (
        "K34",
        _BODY + "Kegiatan didukung Dinas KOmunikasi dan Informatika Kabupaten Sumbawa.",
        [("KOmunikasi", "Komunikasi")],
    ),
]

RESPECTS = [
    ("K34", _BODY + "Pegawai menerima SKnya dan mengisi daya HPnya."),
    ("K34", _BODY + "Peserta mendaftar lewat aplikasi pada iPhone dan membawa eKTP."),
    ("K34", _BODY + "Kegiatan didukung KemenPPPA dan KemenPAN-RB."),
    ("K34", _BODY + "Peserta datang dari seluruh Sumbawa dan se-Indonesia."),
    ("K34", _BODY + "Pelatihan dibuka Kepala Seksi Pembinaan Lapas Sumbawa."),
    # A brand with an inner capital that is no Indonesian word.
    ("K34", _BODY + "Materi dibagikan lewat grup WhatsApp dan kanal YouTube lapas."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
