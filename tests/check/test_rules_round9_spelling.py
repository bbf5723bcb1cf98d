"""Round 9 of issue 13: spelling and word forms. KBBI's standard forms of everyday foods and
goods (W6), reduplication written with a 2 or a rhyming pair written apart (W7), the pair
'baik … maupun' (S8), a capitalised slip of an office's head before its name (S1/S3), and
verbs the word list lacks (S1/S3 silent). Each class with texts of
our own that break the rule and texts that respect it (none copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Dapur Lapas Sorong Siapkan Menu Sehat\n"
_LEAD = "Sorong - Dapur Lapas Sorong menyiapkan menu sehat bagi warga binaan, Senin (3/3/2025).\n"


def _text(body: str) -> str:
    return _TITLE + _LEAD + body


BREAKS = [
    # Vegetables, foods and goods in a spoken spelling: KBBI's standard form.
    ("W6", "Petugas dapur memasak terong balado untuk makan siang.", [("terong", "terung")]),
    ("W6", "Menu pagi berisi nasi, sambel dan tempe goreng.", [("sambel", "sambal")]),
    ("W6", "Warga binaan membuat kripik pisang untuk dijual.", [("kripik", "keripik")]),
    ("W6", "Koperasi menjual mie instan dan sirop.", [("mie", "mi"), ("sirop", "sirup")]),
    ("W6", "Seprai dan sprei baru dibagikan ke blok hunian.", [("sprei", "seprai")]),
    ("W6", "Bengkel kerja membuka jasa Loundri bagi pegawai.", [("Loundri", "Laundri")]),
    # A word doubled with the digit 2.
    ("W7", "Hasil panen rata2 mencapai dua kuintal.", [("rata2", "rata-rata")]),
    ("W7", "Para tamu2 disambut di aula.", [("tamu2", "tamu-tamu")]),
    ("W7", "Pegawai mengajak teman2nya berolahraga.", [("teman2nya", "teman-temannya")]),
    # KBBI's rhyming reduplications written apart.
    ("W7", "Kebun lapas menghasilkan sayur mayur segar.", [("sayur mayur", "sayur-mayur")]),
    ("W7", "Petugas menyiapkan lauk pauk bergizi.", [("lauk pauk", "lauk-pauk")]),
    ("W7", "Truk itu bolak balik ke gudang logistik.", [("bolak balik", "bolak-balik")]),
    ("W7", "Lampion warna warni menghiasi halaman.", [("warna warni", "warna-warni")]),
    # A capitalised word one slip from the head of an office's name, right before its name.
    ("S3", "Rombongan disambut Kepal Lapas Sorong, Budi Santoso.", [("Kepal", "Kepala")]),
    (
        "S1",
        "Peringatan Hari Amal Bhakti Kamenterian Agama digelar meriah.",
        [("Kamenterian", "Kementerian")],
    ),
    ("S3", "Kebun itu dirintis di masa Pendemi Covid-19 lalu.", [("Pendemi", "pandemi")]),
    # "baik A ataupun B": the pair is "baik … maupun".
    ("S8", "Pelatihan diikuti baik pegawai ataupun warga binaan.", [("ataupun", "maupun")]),
    (
        "S8",
        "Layanan terbuka bagi baik keluarga, kuasa hukum ataupun tamu dinas.",
        [("ataupun", "maupun")],
    ),
]

RESPECTS = [
    ("W6", "Petugas dapur memasak terung balado dan sambal."),
    ("W6", "Koperasi menjual mi instan, alpukat, tauge dan sirup."),
    ("S1", "Koperasi menjual mi instan, alpukat, tauge dan sirup."),
    ("W7", "Ruangan itu seluas 30 m2 dan lulusan S2 hadir."),
    ("W7", "Hasil panen rata-rata mencapai dua kuintal."),
    ("W7", "Kebun lapas menghasilkan sayur-mayur segar."),
    ("W7", "Warga bergotong royong membersihkan blok."),
    ("W7", "Rumah Makan Lauk Pauk Nusantara memasok katering."),
    ("S8", "Pelatihan diikuti baik pegawai maupun warga binaan."),
    ("S8", "Acara berjalan dengan baik ataupun tidak, tetap dilaporkan."),
    ("S8", "Kondisinya baik. Ataupun ada kendala, petugas siap membantu."),
    ("S8", "“Bisa baik lewat telepon ataupun datang langsung,” ujarnya."),
    ("S3", "Sanggar Kepal Tangan menari di halaman lapas."),
    ("S1", "Sambutan disampaikan Ketut Suarna, tokoh adat setempat."),
    ("S3", "Laporan dibacakan Kasubag Umum Lapas Sorong."),
    ("S1", "Laporan dibacakan Kasubag Umum Lapas Sorong."),
    # Visiting and paperwork verbs KBBI lists, which the word list knows only as roots.
    ("S1", "Keluarga membesuk warga binaan; layanan besukan dibuka pukul 09.00."),
    ("S3", "Petugas membubuhkan stempel pada tangan pembesuk."),
]


@pytest.mark.parametrize(("rule", "body", "expected"), BREAKS)
def test_breaks(rule: str, body: str, expected: list[tuple[str, str]]) -> None:
    assert found(_text(body), rule) == expected


@pytest.mark.parametrize(("rule", "body"), RESPECTS)
def test_respects(rule: str, body: str) -> None:
    assert found(_text(body), rule) == []
