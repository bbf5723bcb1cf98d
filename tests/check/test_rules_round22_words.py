"""Round 22 of issue 13, capitals and words that were wrong on fresh, unmarked text: a quoted
theme in title case (K14, K24), a law's short title after undang-undang (K14, K24), a unit
named by its field after its staff (K24), a region's kind inside an award's name (K24), a
person's name in apposition at a clause's end (K3), a given name that looks like a
non-standard word (W6), the provinces' short forms, kamad and tarub (S1). Each class with
texts of our own that break the rule and texts that respect it (none copied from a
corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Lapas Sragen Gelar Upacara Hari Bhakti\n"
_LEAD = "Sragen - Lapas Sragen menggelar upacara Hari Bhakti, Senin (2/3/2026).\n"
_BODY = _TITLE + _LEAD

BREAKS = [
    # The same field noun in a sentence, with no theme word before the quote: K14's.
    (
        "K14",
        _BODY + "Petugas menjelaskan tugas Pengawasan Orang Asing kepada warga.",
        [("Pengawasan Orang Asing", "pengawasan orang asing")],
    ),
    # A theme quoted in sentence case keeps no title's capitals: a capital inside is a slip.
    (
        "K14",
        _BODY + "Kegiatan ini bertema “Peningkatan peran petugas melalui Pengawasan Orang Asing "
        "di wilayah perbatasan”.",
        [("Pengawasan Orang Asing", "pengawasan orang asing")],
    ),
    # A plain word capitalised after a staff noun but with no second field across 'dan'.
    (
        "K24",
        _BODY + "Ia dibantu staf Keamanan yang bertugas malam itu.",
        [("Keamanan", "keamanan")],
    ),
    # A region's kind before a real place opens the region's name: the word before is plain.
    (
        "K24",
        _BODY + "Petugas mengantar Bantuan Kabupaten Sragen ke desa-desa.",
        [("Bantuan", "bantuan")],
    ),
    # A capitalised word after a comma in a list of lowercase things, no role phrase before.
    (
        "K3",
        _BODY + "Warga menerima beras, minyak goreng, Gula.",
        [("Gula", "gula")],
    ),
    # A non-standard word capitalised before a known word is no name: W6 speaks.
    (
        "W6",
        _BODY + "Pengunjung tertib Antri Panjang di depan loket.",
        [("Antri", "Antre")],
    ),
    (
        "W6",
        _BODY + "Pengunjung diminta antri dengan tertib.",
        [("antri", "antre")],
    ),
    # A long slip before another slip is no person's name.
    (
        "W6",
        _BODY + "Klien datang ke Balai Permasyarakatan Klas I. Ia klien Permasyarakatan baru.",
        [
            ("Permasyarakatan", "Pemasyarakatan"),
            ("Klas", "Kelas"),
            ("Permasyarakatan", "Pemasyarakatan"),
        ],
    ),
    # A word always followed by the same unknown word is a place's name, spelled as KBBI has.
    (
        "W6",
        _BODY + "Layanan dibuka di Mall Robinson. Warga datang ke Mall Robinson sejak pagi.",
        [("Mall", "Mal"), ("Mall", "Mal")],
    ),
    # A field capitalised after a staff noun beside a short form: no unit's name.
    (
        "K24",
        _BODY + "Pelatihan diikuti pegawai OPD dan Wartawan Wonogiri di aula.",
        [("Wartawan", "wartawan")],
    ),
    # A province's short form beside a typo: the typo is still reported.
    (
        "S1",
        _BODY + "Peserta dari Sulsel dan Jateng mengikuti pelatihn itu.",
        [("pelatihn", "pelatihan")],
    ),
    # A province's short form with a capital inside is a slip of the shift key.
    (
        "K34",
        _BODY + "Ia melapor ke Kanwil Sumatera Selatan (SumSel) pagi itu.",
        [("SumSel", "Sumsel")],
    ),
    ("K34", _BODY + "Rombongan dari JaTeng tiba siang hari.", [("JaTeng", "Jateng")]),
    # Small words of a foreign name keep their case inside it, whatever the other name has:
    # English in roman type, but no capital asked for.
    (
        "S1",
        _BODY + "Lembaga itu bekerja di bawah the UN Refugee Agency dan The International "
        "Organization for Migration.",
        [("the", None)],
    ),
    # A lowercase word written with a capital elsewhere is still the name's slip.
    (
        "S1",
        _BODY + "Petugas dari Sragen hadir. Mereka kembali ke sragen sore itu.",
        [("sragen", "Sragen")],
    ),
    # A capitalised word a slip from one long frequent word of the news is that word.
    ("S1", _BODY + "Petugas datang ke Kantor Kabupqten Sragen.", [("Kabupqten", "Kabupaten")]),
    (
        "S1",
        _BODY + "Ia membuka acara Disemimasi Informasi Publik.",
        [("Disemimasi", "Diseminasi")],
    ),
    # The sphere or ranks of a body before its name: common nouns.
    (
        "K3",
        _BODY + "Pelatihan diikuti peserta dari berbagai OPD di Lingkungan Pemerintah Kabupaten "
        "Sragen.",
        [("Lingkungan", "lingkungan")],
    ),
    (
        "K3",
        _BODY + "Kepala Lapas menyapa seluruh Jajaran Lapas Sragen di aula.",
        [("Jajaran", "jajaran")],
    ),
]

RESPECTS = [
    # A theme quoted after 'tema' in title case, longer than a motto: the writer's title.
    (
        "K14",
        _BODY + "Kegiatan ini mengusung tema “Optimalisasi Kinerja Petugas dalam Menjaga "
        "Ketertiban Wilayah melalui Pengawasan Orang Asing.”",
    ),
    (
        "K24",
        _BODY + 'Seminar itu bertajuk "Membangun Budaya Tertib di Lingkungan Pemasyarakatan '
        'bersama Mitra Kerja dan Masyarakat".',
    ),
    (
        "K14",
        _BODY + "Lomba itu berjudul “Wajah Baru Layanan Kunjungan dan Pengawasan Orang Asing”.",
    ),
    # A law's short title after undang-undang or UU.
    ("K14", _BODY + '"Muatan undang-undang Pemasyarakatan yang baru perlu dipahami," katanya.'),
    ("K14", _BODY + "Petugas menjelaskan isi UU Pemasyarakatan kepada keluarga."),
    ("K24", _BODY + "Ia membahas perubahan undang-undang Keimigrasian bersama staf."),
    # A unit named by its fields after the people who work in it.
    ("K24", _BODY + "Ia didampingi staf Keamanan dan Ketertiban, Budi Santoso."),
    ("K24", _BODY + "Acara itu disiapkan petugas Umum dan Kepegawaian sejak pagi."),
    ("K24", _BODY + "Sebanyak sepuluh pegawai Perawatan dan Kesehatan ikut membantu."),
    # A region's kind inside an award's or a programme's name.
    ("K24", _BODY + "Pemda berharap dapat mempertahankan Anugerah Kabupaten Informatif."),
    ("K24", _BODY + "Sragen kembali meraih Penghargaan Kabupaten Layak Anak tahun ini."),
    ("K24", _BODY + "Desa itu menerima Piala Desa Sadar Hukum dari gubernur."),
    # A person's name in apposition after a role phrase, at the clause's end.
    ("K3", _BODY + "Ia didampingi petugas blok wanita, Sinta."),
    ("K3", _BODY + "Hadir pula Kepala Seksi, Joko Susilo, serta staf registrasi, Mawar."),
    ("K3", _BODY + "Warga binaan dibimbing oleh petugas dapur, Melati, setiap pagi."),
    # A given name that looks like a non-standard word: named with a surname, then alone.
    (
        "W6",
        _BODY + "Pelatihan dipandu oleh Antri Wulandari dari Dinas Sosial. "
        "Antri menambahkan bahwa pelatihan akan berlanjut.",
    ),
    (
        "W6",
        _BODY + "Materi disampaikan Resiko Prawiranegara, pegiat literasi. "
        "Menurut Resiko, warga perlu membaca setiap hari.",
    ),
    # The provinces' short forms, Kemenag's kamad and KBBI's tarub are words.
    ("S1", _BODY + "Ia hadir mewakili Kanwil Kemenag Prov. Jateng dan Kanwil Jatim."),
    ("S1", _BODY + "Peserta datang dari Kalsel, Sulsel, Sultra dan Kaltara."),
    ("S1", _BODY + '"Saya baru setahun menjadi kamad di sini," katanya.'),
    ("S1", _BODY + "Panitia memasang tarub tambahan di halaman depan."),
    ("K34", _BODY + "Ia hadir mewakili Kanwil Sumsel dan Kanwil Jateng."),
    # A body's own word, an event's name in title case, the sphere in lowercase.
    ("K3", _BODY + "Ia bertemu Kepala Dinas Lingkungan Hidup Sragen."),
    ("K3", _BODY + "Ia membuka Rapat Koordinasi Penghulu di Lingkungan Kementerian Agama Sragen."),
    ("K3", _BODY + "Pelatihan digelar di lingkungan Pemerintah Kabupaten Sragen."),
    ("K3", _BODY + "Ia menyapa seluruh jajaran Lapas Sragen dan warga di Lingkungan Tiga."),
    # A name after a title of address, however near a word it stands.
    ("S1", _BODY + "UNHCR diwakili oleh Mr. Sardar Ali dan Mrs. Hanna Ries."),
    # KBBI's paralegal, eks and kemeriahan.
    ("S1", _BODY + "Kanwil melatih paralegal desa, termasuk masyarakat eks narapidana."),
    ("S3", _BODY + "Kemeriahan lomba terasa hingga sore."),
    # Names near no long frequent word, or near a name the list writes with a capital.
    ("S1", _BODY + "Acara dipandu oleh Kusumawati dan Prasetyono dari Sragen."),
    ("S1", _BODY + "Materi disampaikan oleh Wiryawan Hadiprojo, pegiat literasi."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
