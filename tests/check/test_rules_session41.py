"""Session forty-one: misses of the sets that a rule can tell, and the wrong findings of the
sets read in it. Texts of our own."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Lapas Sanana Gelar Bakti Sosial di Pantai\n"
_LEAD = "Sanana - Lapas Kelas III Sanana menggelar bakti sosial, Senin (6/10/2025).\n"
_BODY = _TITLE + _LEAD

RESPECTS = [
    # the words in their own senses beside other neighbours
    ("S3", _BODY + "Acara dibuka secara resmi oleh Kalapas Sanana."),
    ("S3", _BODY + "Petugas menjadi pelayan masyarakat yang ramah."),
    ("S3", _BODY + "Warga binaan berbagi pengalaman dengan petugas."),
    ("S3", _BODY + "Pemateri mengingatkan bias terhadap perempuan di media."),
    ("S3", _BODY + "Satpol PP melakukan penertiban pedagang kaki lima."),
    ("S3", _BODY + "Panitia menggelar pemilihan ketua koperasi."),
    ("S3", _BODY + "Kami selalu hadir untuk masyarakat."),
    ("S3", _BODY + "Tamu melakukan check in di hotel sebelum rapat."),
    ("S3", _BODY + "Moto lapas adalah mens sana in corpore sano bagi warga binaan."),
    # a speaker's spoken word stays in the quote (the sets mark 7 of 27)
    ("S3", _BODY + '"Kalau tidak tau, tanya petugas," ujar Kalapas.'),
    # a name's word one letter off an office's word after another name's word (a Batak name)
    ("S1", _BODY + "Hadir Kasi Jefri Parlindungan Siahaan di aula."),
    # a title's initials after 'Drs.' are no degree glued to a name
    ("P27", _BODY + "Hadir Kabid Perikanan, Drs. M.A. Ghazali, di aula."),
    # a text of 2025 on: 'Kemenkum' is the ministry, 'Kemenkumham' its old name
    (
        "S1",
        _BODY + "Dulu bernama Kemenkumham, kini Kemenkum NTT membina Lapas Sanana.",
    ),
    # a disease's word inside a day's name stays ('Hari Kanker Sedunia')
    ("K3", _BODY + "Puskesmas memperingati Hari Kanker Sedunia di aula."),
    # a capitalised word that only looks like a degree stays ('Mag': the stomach)
    ("P27", _BODY + "Warga binaan mengeluh sakit Mag di klinik."),
]

BREAKS = [
    # real words typed for another, which their neighbour gives away (45 of 45 marked)
    ("S3", _BODY + "Sebanyak 12 WBP mendapatkan resmi khusus Natal tahun ini.", "resmi"),
    ("S3", _BODY + "Kalapas mengatakan bawah kegiatan ini rutin digelar.", "bawah"),
    ("S3", _BODY + "Acara dibuka Rudi Hata selalu Kepala Seksi Pembinaan.", "selalu"),
    ("S3", _BODY + "Penyakit itu bias menular kepada siapa saja.", "bias"),
    ("S3", _BODY + "Kebun itu ditanami berbagi jenis sayur.", "berbagi"),
    ("S3", _BODY + "Puskesmas memberikan pelayan kesehatan kepada warga binaan.", "pelayan"),
    ("S3", _BODY + "Kantor Imigrasi menunda penertiban paspor 21 pemohon.", "penertiban"),
    ("S3", _BODY + "Warga diajak melakukan pemilihan sampah dari rumah.", "pemilihan"),
    ("S3", _BODY + "Melalui kegiatan in warga binaan belajar mandiri.", "in"),
    ("S3", _BODY + "Petugas harus tau apa yang dilakukan saat bencana.", "tau"),
    ("S3", _BODY + "Acara itu sukses terlihat dari antusias warga sekitar.", "antusias"),
    # a word of an office's name one slip off (session 41: 31 of 31 marked)
    ("S1", _BODY + "Hadir Kepala Dinas Pariwita Provinsi Maluku Utara.", "Pariwita"),
    ("S1", _BODY + "Warga mengurus Kartu Indentitas Anak di kantor desa.", "Indentitas"),
    ("S1", _BODY + "Hadir perwakilan Manajeman Rahaya Resto di aula.", "Manajeman"),
    # forms the word lists now give with their standard form (session 41)
    ("W6", _BODY + "Warga binaan menjalani assesment sebelum pelatihan.", "assesment"),
    ("W6", _BODY + "Kalapas menghadiri rapat Forkompinda Kepulauan Sula.", "Forkompinda"),
    ("W6", _BODY + "Tim dari BMKG Jogjakarta ikut hadir.", "Jogjakarta"),
    # degrees after a period, joined by one, or closing the sentence (session 41)
    ("P27", _BODY + "Hadir Kepala Kemenag Buol Nurkhairi. S.Ag, di aula.", "Nurkhairi. S.Ag"),
    ("P27", _BODY + "Hal itu disampaikan Agus Hidayat SE.MM kepada media.", "SE.MM"),
    ("P27", _BODY + "Kakanwil, Dr. Susy Susilawati, SH.MH., meninjau lapas.", "SH.MH."),
    (
        "P27",
        _BODY + "Lomba dibuka Camat, Doni Rahman S.Pd.I.\nDoni menyampaikan pesan.",
        "Rahman S.Pd.I.",
    ),
    # a listed degree typed as one capitalised word (12 of 12 marked)
    ("P27", _BODY + "Hadir Sekcam Lubai Antoni Spd menyampaikan hal itu.", "Spd"),
    ("P27", _BODY + "Hadir Kadis Zaitun, Msi, di aula.", "Msi"),
    # the e-KTP spaced, a head of a remand centre in two words, diseases capitalised
    ("W4", _BODY + "Sebanyak 20 warga binaan belum memiliki KTP el.", "KTP el"),
    ("W6", _BODY + "Kegiatan dibuka langsung oleh Ka Rutan Sanana.", "Ka Rutan"),
    ("K3", _BODY + "Petugas memeriksa penyakit Hipertensi, Stroke dan Kanker.", "Hipertensi"),
]


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_respects(rule, text):
    assert found(text, rule) == []


@pytest.mark.parametrize(("rule", "text", "words"), BREAKS)
def test_breaks(rule, text, words):
    assert words in [w for w, _fix in found(text, rule)]


def test_the_fix_is_the_word_meant():
    from kabar_desktop.check import check_text

    def fixes(text: str) -> list[tuple[str, str | None]]:
        return [(f.text, f.suggestion) for f in check_text(_BODY + text) if f.rule == "S3"]

    assert fixes("Sebanyak 12 WBP mendapat resmi khusus Natal.") == [("resmi", "remisi")]
    assert fixes("Bupati menyampaikan bawah bantuan telah cair.") == [("bawah", "bahwa")]
    assert fixes("Hadir Rudi Hata selalu Kepala Seksi Pembinaan.") == [("selalu", "selaku")]
    assert fixes("Pameran menampilkan berbagi macam kerajinan.") == [("berbagi", "berbagai")]


def test_a_quote_opened_again_inside_itself_is_the_stray_mark():
    """'“Tema … adalah “Etalase Nusantara” …': the paragraph's own opening stands; the mark
    before the quoted term inside is the stray one."""
    from kabar_desktop.check import check_text

    text = _BODY + "“Tema tahun ini adalah “Bersinergi untuk negeri”, kata Budi.\n"
    p5 = [f.start for f in check_text(text) if f.rule == "P5"]
    assert text.index("“Bersinergi") in p5
    assert text.index("“Tema") not in p5


def test_a_degree_gets_its_periods_and_its_comma():
    from kabar_desktop.check import check_text

    def fixes(text: str) -> list[tuple[str, str | None]]:
        return [(f.text, f.suggestion) for f in check_text(_BODY + text) if f.rule == "P27"]

    assert fixes("Hadir Rudi Hidayat SE.MM di aula.") == [("SE.MM", "S.E., M.M.")]
    assert fixes("Hadir Kasi Budi Fadli.S.Ag di aula.") == [("Fadli.S.Ag", "Fadli, S.Ag.")]
