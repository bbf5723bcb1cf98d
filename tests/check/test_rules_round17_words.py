"""Round 17 of issue 13, dates, numbers and word forms: a weekday said without its date in an
article that writes the house's numeric date, a range of days as two bracketed dates, and a
date a span starts from ('sejak 27 Juni') without its year (N5); a breakdown whose counts are
typed in digits and words, a title's lone '1', a count after a clause-opening conjunction
(N1); the passive of a process noun ('dikarantina', W1); the collective 'Ketiga' opening a
sentence and 'ke luar' for the verb 'keluar' after a pronoun (W33); a reduplicated noun in a
name or a title, 'Bangsa Bangsa' (W7); 'Giat' opening a title (W10); 'baik … dan/atau' for
'baik … maupun' (S8); 'Selain itu juga', a result connector with 'sehingga', 'antara …
hingga' (W13). Each class with texts of our own that break the rule and texts that respect
it (none copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Rutan Wonogiri Gelar Pelatihan Berkebun\n"
_LEAD = "Wonogiri - Rutan Wonogiri menggelar pelatihan berkebun, Senin (2/3/2026).\n"
_BODY = _TITLE + _LEAD
# An agency's article that writes no numeric date: its bare weekday is the agency's form.
_AGENCY = (
    "Rutan Wonogiri Latih Warga Binaan Berkebun\n"
    "Wonogiri (ANTARA) - Rutan Wonogiri melatih warga binaan berkebun sayur di lahan rutan.\n"
)
# A dateline that carries the date dates the weekday said later.
_DATED_LINE = (
    "Rutan Wonogiri Latih Warga Binaan Berkebun\n"
    "WONOGIRI (2/3/2026) - Rutan Wonogiri melatih warga binaan berkebun di lahan rutan.\n"
)

BREAKS = [
    # N5: a weekday after the place of a statement, the article's date of it as the fix.
    (
        "N5",
        _BODY + "Hal itu disampaikan Kepala Rutan Wonogiri, Budi Santoso, di Wonogiri, Senin.",
        [("Senin", "Senin (2/3/2026)")],
    ),
    (
        "N5",
        _BODY + "Budi yang ditemui di Wonogiri, Senin, menjelaskan bahwa panen dijual ke pasar.",
        [("Senin", "Senin (2/3/2026)")],
    ),
    (
        "N5",
        _BODY + "Panen itu dipantau Kepala Rutan Wonogiri di kebun rutan, Senin sore.",
        [("Senin", "Senin (2/3/2026)")],
    ),
    # A weekday the article dates nowhere: reported, no fix to offer.
    (
        "N5",
        _BODY + "Kepala seksi yang dihubungi di Solo, Kamis, mengatakan bibit sudah tiba.",
        [("Kamis", None)],
    ),
    # N5: a range of days as two bracketed dates, with the year the article gives.
    (
        "N5",
        _BODY + "Klien yang diterima dari (1/3) hingga (3/3) berjumlah 45 orang.",
        [("(1/3) hingga (3/3)", "1 hingga 3 Maret 2026")],
    ),
    (
        "N5",
        _BODY + "Pendaftaran dibuka (27/2) sampai (2/3) di ruang layanan.",
        [("(27/2) sampai (2/3)", "27 Februari sampai 2 Maret 2026")],
    ),
    # N5: the day a span starts from needs its year (in brackets; in words it is left since
    # session 30: the sets leave "sejak 14 Januari lalu").
    (
        "N5",
        _BODY + "Kebun itu digarap sejak (14/1) lalu oleh warga binaan.",
        [("(14/1)", None)],
    ),
    # N1: a count after a conjunction that opens the clause.
    (
        "N1",
        _BODY + "Sementara 3 WNA lainnya masih menunggu jadwal pemulangan.",
        [("3", "tiga")],
    ),
    (
        "N1",
        _BODY + "Sedangkan 2 Kepala Seksi mendampingi para peserta.",
        [("2", "dua")],
    ),
    # N1: a title's count of two and more, as before.
    ("N1", "3 Napi Rutan Wonogiri Panen Sayur\n" + _LEAD, [("3", "Tiga")]),
    # W1: a place written solid with di- is still the preposition.
    (
        "W1",
        _BODY + "Sayuran itu disimpan dikantor rutan sebelum dijual.",
        [("dikantor", "di kantor")],
    ),
    # W33: the verb 'keluar' after a pronoun, with no place after it.
    (
        "W33",
        _BODY + "Keterampilan itu bekal warga binaan setelah mereka ke luar dan bekerja.",
        [("ke luar", "keluar")],
    ),
    ("W33", _BODY + "Ia ke luar dari ruang kunjungan dengan tertib.", [("ke luar", "keluar")]),
    # W7: a reduplicated noun inside a name or a title, each half capitalised.
    (
        "W7",
        _BODY + "Bantuan datang dari Komisi Tinggi Perserikatan Bangsa Bangsa untuk pengungsi.",
        [("Bangsa Bangsa", "Bangsa-Bangsa")],
    ),
    (
        "W7",
        "Anak Anak Warga Binaan Ikut Lomba Mewarnai\n" + _LEAD,
        [("Anak Anak", "Anak-Anak")],
    ),
    # W33: 'Ke tiga' opening a sentence before a noun is the collective 'Ketiga'.
    (
        "W33",
        _BODY + "Ke tiga paket pelatihan itu dibiayai dinas pertanian.",
        [("Ke tiga", "Ketiga")],
    ),
    (
        "W33",
        _BODY + "Ke empat peserta terbaik mendapat sertifikat.",
        [("Ke empat", "Keempat")],
    ),
    # W10: 'Giat' opening a title before a noun or an adjective is 'Kegiatan'.
    (
        "W10",
        "Giat Rutin Rutan Wonogiri, Petugas Geledah Kamar Hunian\n" + _LEAD,
        [("Giat", "Kegiatan")],
    ),
    (
        "W10",
        "Giat Donor Darah Digelar di Rutan Wonogiri\n" + _LEAD,
        [("Giat", "Kegiatan")],
    ),
    # S8: 'baik' opening a pair after a comma takes 'maupun'.
    (
        "S8",
        _BODY + "Klien dibimbing secara daring, baik melalui panggilan video dan kunjungan rumah.",
        [("dan", "maupun")],
    ),
    (
        "S8",
        _BODY + "Warga dapat menyampaikan aduan, baik berupa keluhan atau saran, kepada petugas.",
        [("atau", "maupun")],
    ),
    (
        "S8",
        _BODY + "Baik pegawai dan warga binaan mengikuti senam pagi.",
        [("dan", "maupun")],
    ),
    # W13: 'Selain itu juga', a result connector beside 'sehingga', 'antara … hingga'.
    (
        "W13",
        _BODY + "Selain itu juga, Karutan meminta petugas menjaga kebersihan kebun.",
        [("Selain itu juga", "Selain itu")],
    ),
    (
        "W13",
        _BODY + "Di samping itu pula, hasil panen dibagikan kepada petugas.",
        [("Di samping itu pula", "Di samping itu")],
    ),
    (
        "W13",
        _BODY + "Materi disampaikan dengan sederhana, dengan demikian, sehingga peserta paham.",
        [("dengan demikian, sehingga", "sehingga")],
    ),
    (
        "W13",
        _BODY + "Panen dilakukan tiap pekan, oleh karena itu sehingga stok sayur cukup.",
        [("oleh karena itu sehingga", "sehingga")],
    ),
    (
        "W13",
        _BODY + "Masa tanam bervariasi antara 30 hari hingga 3 bulan.",
        [("hingga", "dan")],
    ),
    (
        "W13",
        _BODY + "Besaran remisi antara satu bulan sampai enam bulan.",
        [("sampai", "dan")],
    ),
]

RESPECTS = [
    # N5: a list of days, a weekday before its date, a weekday with its date.
    ("N5", _BODY + "Kebun disiram pada Senin, Rabu, dan Jumat."),
    ("N5", _BODY + "Panen dijadwalkan pada hari Selasa, Kamis, dan Sabtu."),
    ("N5", _BODY + "Hal itu disampaikan Budi di Wonogiri, Senin (2/3/2026)."),
    ("N5", _BODY + "Panen raya digelar pekan depan, Senin (9/3/2026), di kebun."),
    ("N5", _BODY + "Kunjungan dibuka tiap Sabtu, Minggu, dan hari libur."),
    ("N5", _BODY + "Kebun disiram pada Senin pagi dan Kamis sore."),
    ("N5", _BODY + "Budi memantau kebun, Senin sore (2/3/2026)."),
    # The speaker's words stand as said.
    ("N5", _BODY + '"Kami panen lagi nanti, Kamis," kata Budi.'),
    # An agency article that writes no numeric date keeps its bare weekday.
    ("N5", _AGENCY + "Hal itu dikatakan Kepala Rutan Wonogiri Budi Santoso di Wonogiri, Senin."),
    # A dateline that carries the date.
    ("N5", _DATED_LINE + "Hal itu dikatakan Kepala Rutan Wonogiri Budi Santoso di Solo, Senin."),
    # A single bracketed date and a range with its month's name.
    ("N5", _BODY + "Klien diterima dari 1 hingga 3 Maret 2026 sebanyak 45 orang."),
    ("N5", _BODY + "Kebun itu digarap sejak 14 Januari 2026 oleh warga binaan."),
    ("N5", _BODY + "Kebun itu digarap sejak 14 Januari lalu oleh warga binaan."),
    # N1: a breakdown of offices, each counted, stays as typed.
    (
        "N1",
        _BODY + "Peserta berasal dari Rutan Solo 30 orang, Rutan Klaten tujuh orang, Rutan "
        "Boyolali dua orang, dan Rutan Sragen tiga orang.",
    ),
    # N1: a title's lone '1' is said with a classifier ('Seorang'), no 'Satu' to offer.
    ("N1", "1 Napi Rutan Wonogiri Bebas Bersyarat\n" + _LEAD),
    # N1: a year after the conjunction is no count.
    ("N1", _BODY + "Sementara 2025 menjadi tahun pertama kebun itu digarap."),
    # W1: the passive of a process noun is a verb, not a preposition.
    ("W1", _BODY + "Dua WNA itu masih dikarantina di rudenim sebelum dideportasi."),
    ("W1", _BODY + "Tiga pegawai dimutasi ke kantor wilayah."),
    ("W1", _BODY + "Petugas jaga dirotasi setiap pekan."),
    # W7: a name after a comma ('Sri Sri Wahyuni' is a person), the hyphenated form.
    ("W7", _BODY + "Hadir pula Ketua Dharma Wanita, Sri Sri Wahyuni."),
    ("W7", _BODY + "Bantuan datang dari Perserikatan Bangsa-Bangsa."),
    ("W7", _BODY + "Hadir pula pengurus Yayasan Kasih Bunda Wonogiri."),
    # W33: the preposition before a count of places, after a verb, stays apart.
    ("W33", _BODY + "Tim bergerak ke tiga desa tersebut."),
    ("W33", _BODY + "Ke tiga lokasi itu tim membawa bibit."),
    ("W33", _BODY + "Hasil panen dikirim ke dua panti asuhan."),
    # W33: 'ke luar' before its place, or after a verb of motion.
    ("W33", _BODY + "Mereka ke luar negeri untuk bekerja sebagai perawat."),
    ("W33", _BODY + "Petugas berlari ke luar."),
    ("W33", _BODY + "Kami ke luar kota besok pagi."),
    ("W33", _BODY + "Perkara anak diselesaikan ke luar peradilan pidana."),
    # W10: the adjective 'giat' before its verb, in a title and in a sentence.
    ("W10", "Giat Berlatih, Warga Binaan Rutan Wonogiri Raih Juara\n" + _LEAD),
    ("W10", "Giat Menabung, Petugas Rutan Wonogiri Beli Bibit\n" + _LEAD),
    ("W10", _BODY + "Giat belajar membuat warga binaan lulus ujian paket."),
    ("W10", _BODY + "Warga binaan bekerja giat di kebun."),
    # S8: the adjective 'baik', and a pair that has its 'maupun'.
    ("S8", _BODY + "Kegiatan berjalan baik dan lancar."),
    ("S8", _BODY + "Hasilnya, baik sekali dan memuaskan."),
    ("S8", _BODY + "Semua pihak, baik pegawai maupun warga binaan, hadir."),
    ("S8", _BODY + "Layanan, baik daring dan luring maupun tatap muka, tetap dibuka."),
    ("S8", _BODY + "Kondisi tanaman dalam keadaan baik dan subur."),
    ("S8", _BODY + '"Semua, baik petugas dan warga binaan, ikut menanam," kata Budi.'),
    # W13: one connector, 'juga' later in the clause, 'antara … dan', a quote.
    ("W13", _BODY + "Selain itu, Karutan juga meminta petugas menjaga kebun."),
    ("W13", _BODY + "Dengan demikian, program dapat berjalan."),
    ("W13", _BODY + "Panen dilakukan tiap pekan sehingga stok sayur cukup."),
    ("W13", _BODY + "Masa tanam bervariasi antara 30 hari dan 3 bulan."),
    ("W13", _BODY + "Jarak antara kebun dan gudang dekat, hingga kini belum ada kendala."),
    ("W13", _BODY + '"Masa tanamnya antara 30 hari hingga 3 bulan," kata Budi.'),
    ("W13", _BODY + "Kebun berada di antara blok hunian hingga pos jaga."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
