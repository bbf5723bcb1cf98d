"""Session fifteen: misses and wrong findings of heldout29 and heldout30 (each scored first,
then adjudicated) and of the probes probe37 and probe38, fixed after the scores were taken.
Texts of our own that break a rule and texts that respect it (none copied from a corpus or a
probe)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Rutan Rantau Gelar Donor Darah bagi Petugas dan Warga Binaan\n"
_LEAD = "Rantau - Rutan Kelas IIB Rantau menggelar donor darah, Kamis (24/3/2022).\n"
_BODY = _TITLE + _LEAD
_DINAS = "Hadir pula Kadis Tenaga Kerja, Koperasi, Usaha Kecil dan Menengah kabupaten Tapin, Budi."

BREAKS = [
    # An office's class after 'Rumah Tahanan', and after a bracketed gloss spaced inside.
    ("K29", _BODY + "Petugas Rumah Tahanan Kelas IIb Rantau hadir.", [("Kelas IIb", "Kelas IIB")]),
    (
        "K10",
        _BODY + "Rutan ( rumah tahanan negara ) kelas IIB Rantau melayani warga.",
        [("kelas", "Kelas")],
    ),
    # The attribution verb glued to the closing mark is read as one, for its repetition.
    (
        "A6",
        _BODY + "“Ada 15 petugas yang ikut,”katanya.\n“Semua dalam keadaan sehat,”katanya.",
        [("katanya", None)],
    ),
    # A quote opened in lowercase after a full stop in mid-paragraph.
    (
        "K6",
        _BODY + 'Kegiatan ditutup doa bersama. "kami akan rutin menggelarnya," kata Karutan.',
        [("kami", "Kami")],
    ),
    # A day and month alone in brackets: after a comma, after a place, before a stop.
    (
        "N5",
        _BODY + "Rapat digelar di Aula Rutan, (26/04) ini dipimpin Karutan.",
        [("(26/04)", None)],
    ),
    ("N5", _BODY + "Petugas menyisir blok hunian (29/01).", [("(29/01)", None)]),
    # A date cut off from its sentence, without brackets or with its place after it.
    (
        "N5",
        _BODY + "Kegiatan berjalan lancar. Kamis 24/03/2022.",
        [(". Kamis 24/03/2022.", ", Kamis 24/03/2022.")],
    ),
    (
        "N5",
        _BODY + "Donor digelar untuk HBP ke-58. Kamis (24/3/2022), bertempat di Markas PMI.",
        [
            (
                ". Kamis (24/3/2022), bertempat di Markas PMI.",
                ", Kamis (24/3/2022), bertempat di Markas PMI.",
            )
        ],
    ),
    # W3: the bound form re- typed with a hyphen.
    (
        "W3",
        _BODY + "Klien menjalani program re-integrasi melalui SK Re-Integrasi.",
        [("re-integrasi", "reintegrasi"), ("Re-Integrasi", "Reintegrasi")],
    ),
    # W12: an abstract word of a name typed twice.
    ("W12", _BODY + "Kantor Imigrasi Imigrasi Atambua hadir.", [("Imigrasi Imigrasi", "Imigrasi")]),
    # P27: bare degrees right after a name, no comma.
    (
        "P27",
        _BODY + "Menurut pegawai Rutan, Rita Mursalin SH MH, donor rutin digelar.",
        [("SH MH", "S.H., M.H.")],
    ),
    # S1: a city's last letter dropped after 'Kota'.
    (
        "S1",
        _BODY + "Petugas PMI Kota Pangkalpinan turut hadir.",
        [("Pangkalpinan", "Pangkalpinang")],
    ),
    # P5: a mark that ends the title opens nothing.
    (
        "P5",
        'Rutan Rantau Gelar Donor Darah bagi Warga Binaan"\n' + _LEAD,
        [('"', "")],
    ),
    # K18: 'Selain' after a comma, in mid-sentence.
    (
        "K18",
        _BODY + "Petugas menata parkiran kendaraan, Selain itu mereka membersihkan aula.",
        [("Selain", "selain")],
    ),
    # P4 still asks the stop of a last line that ends in a colon, in the colon's place.
    ("P4", _BODY + "Kegiatan meliputi, antara lain:", [("lain:", "lain.")]),
    # P8: the writer's hope opening a sentence.
    (
        "P8",
        _BODY + "Harapannya kegiatan ini rutin digelar setiap tahun.",
        [("Harapannya", "Harapannya,")],
    ),
    # K24: an adjective after an adverb of degree.
    ("K24", _BODY + "Ruang tunggu kini lebih Humanis dipandang.", [("Humanis", "humanis")]),
    # W6: the season's month after an event's head in a title, and 'Musolah'.
    (
        "W6",
        "Safari Ramadhan HBP ke-58 di Rutan Rantau\n" + _LEAD + "Doa digelar di Musolah rutan.",
        [("Ramadhan", "Ramadan"), ("Musolah", "Musala")],
    ),
]

RESPECTS = [
    # 'Harapannya' before 'agar' runs into its clause.
    ("P8", _BODY + "Harapannya agar kegiatan ini rutin digelar."),
    # A bracketed fraction is no date.
    ("N5", _BODY + "Sebanyak (2/3) anggota hadir."),
    # An outlet's address opening the lead; a release's tag on the last line.
    ("N2", _TITLE + "2enam.com, Mamuju : Kakanwil hadir dalam donor darah.\n"),
    ("P4", _BODY + "Donor berjalan lancar.\nrls"),
    ("K22", _BODY + "Donor berjalan lancar.\nrls"),
    # A split di- verb is the predicate after a 'yang' clause (W2 asks for it solid).
    ("P29", _BODY + "Sayuran yang dipetik kemudian di olah oleh petugas dapur."),
    # 'ada' is the predicate before the comma; a bare verb before a 'yang' clause.
    ("P13", _BODY + "Jumlah pendonor sampai saat ini ada sebanyak 38 orang, terdiri dari 30 pria."),
    (
        "P13",
        _BODY + "Dukungan juga datang dari warga yang peduli di Tapin, memperkuat kegiatan itu.",
    ),
    ("S3", _BODY + "Pemilahan kantong darah dilakukan petugas PMI."),
    ("S3", _BODY + "Petugas menemukan pesan bersandi di kamar hunian."),
    # probe37: a programme's name quoted after 'diberi nama'; a name with its initialism;
    # a first name read as a di- verb; a Roman numeral ends its sentence; a second opening
    # phrase before a pair.
    ("P1", _BODY + "Program itu diberi nama “Donor Sehat, Hati Senang”, Kamis (24/3/2022)."),
    ("K24", _BODY + "Rutan bekerja sama dengan Organisasi Internasional untuk Migrasi (IOM)."),
    ("K3", _BODY + "Kepala Seksi Pelayanan, Dianta Sinuraya mengatakan donor berjalan lancar."),
    ("K18", _BODY + "Evaluasi digelar pada Triwulan I. Dalam evaluasi itu Karutan hadir."),
    ("P7", _BODY + "Bukan hanya itu, pada hari biasa, petugas dan warga binaan ikut donor."),
    # probe38: a Dinas's name with 'Usaha Kecil dan Menengah'; a credit after the last word;
    # a letter's number; a time after a place; a relative's predicate; two kinds of office
    # of a region; a foundation's name.
    ("P7", _BODY + _DINAS),
    ("K19", _BODY + _DINAS),
    ("K4", _BODY + "“Kami siap membantu” kata Karutan (Humas/FM)"),
    ("N3", _BODY + "Hal itu sesuai surat Nomor W.15.PAS.3-UM.01.01–2428 tentang donor."),
    ("P6", _BODY + "Rapat digelar di Kantor Bupati Tapin, Kamis pagi (24/3/2022)."),
    ("P18", _BODY + "Donor diatur oleh tim yang anggotanya terdiri atas petugas dan PMI."),
    ("K10", _BODY + "Kegiatan serupa digelar lapas dan rutan Kalimantan Selatan."),
    ("W6", _BODY + "Hadir anak-anak dari Yayasan Al-Mi’raj Makmur Jaya."),
    # probe39: a unit's symbol after its figure; a colon before a list without bullets; the
    # outlet's end mark before the credit; a letter after 'Paket' ends its sentence; a name
    # going on in quote marks; a non-standard form is W6's, not a name's variant.
    ("S1", _BODY + "Hasil panen sayuran mencapai 17.748 kg dan ikan 1.025 kg."),
    ("P4", _BODY + "Kegiatan meliputi, antara lain:\nPemeriksaan dokumen.\nPenertiban izin."),
    ("P4", _BODY + "Donor berjalan lancar hingga siang. *** (Imelda)"),
    ("K18", _BODY + "Warga binaan ikut ujian Paket B. Namun ada yang belum lulus."),
    ("K24", _BODY + "Rutan menggelar Operasi “WIRAWASPADA” di blok hunian."),
    ("S6", "Sholat Berjamaah di Rutan Rantau\n" + _LEAD + "Shalat digelar. Shalat diikuti warga."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
