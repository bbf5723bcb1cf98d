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
    # 'karena itu' is the sentence's own connector (a speaker's words are read since session
    # 38: test_rules_session38.py)
    ("P41", _BODY + "Bahan baku masih sulit didapat, karena itu pelatihan diundur sepekan."),
    # a comma before 'agar' is not this reading's
    ("P41", _BODY + "Petugas memberi dukungan moral, agar warga binaan lebih percaya diri."),
    # probe148: a regency written as its government writes it; an office's short form after
    # 'kota' (in town) is no town's name; a dentist's name; a dateline broken onto its line
    ("K10", _BODY + "Rapat digelar di Kantor Imigrasi Kabupaten Tulang Bawang."),
    (
        "K10",
        "Diskanla Tebar Bibit Ikan\nIndramayu - Dinas Perikanan dan Kelautan (Diskanla) "
        "menebar bibit, Senin (6/10/2025).\nUntuk perairan yang ada di kota Diskanla "
        "Kabupaten Indramayu menebarkan di waduk.",
    ),
    ("S1", _BODY + "Kepala Dinkes Kabupaten Semarang, drg. Gunadi melalui Kabid hadir."),
    # probe147: a programme spelled out after its acronym or before its short form with a
    # count ("P2P"); an office's name after 'dna' typed for 'dan'; the lead's first word
    # after an outlet's address; a given name that looks like an acronym
    ("K24", _BODY + "GARDA PUSAKA merupakan Gerakan Desa Dalam Pembangunan Perpustakaan."),
    ("K24", _BODY + "Fogging bagian dari program Pencegahan dan Pengendalian Penyakit (P2P)."),
    ("K24", _BODY + "Hal itu disampaikan Kepala Dinas Pendidikan dna Kebudayaan kemarin."),
    ("K18", "Dinkes Gelar Fogging\nLDberita.id - Batubara, Dalam upaya mencegah DBD, Dinkes "
     "menggelar fogging, Senin (6/10/2025).\n"),
    ("K9", _BODY + "Hal itu disampaikan Kabid Dikdas (Disdikbud) Uud Sudiarjo kemarin."),
    # heldout220-223's wrong findings: 'Sementara ini' (for now); an attribution's closing
    # comma before 'karena'; a legal category spelled before its short form; any regency's
    # office; a closing credit; an outlet's domain; 'mengingat' opening a clause of reason
    ("P12", _BODY + "Sementara ini, kain masih dipesan dari Pontianak."),
    ("P41", _BODY + "Pelatihan itu penting, kata Hendri, karena warga binaan butuh bekal."),
    ("K24", _BODY + "Pemerintah menetapkan status Lahan Sawah yang Dilindungi (LSD) di sana."),
    ("K10", _BODY + "Izin diberikan melalui dinas pendidikan dan kebudayaan kabupaten/kota."),
    ("P4", _BODY + "Pelatihan berlangsung tiga hari.\nSambas, Radar"),
    ("P9", "Lapas Gelar Cerdas Cermat\nSERGAI.Mitanews.co.id - Lapas menggelar lomba, Senin "
     "(6/10/2025).\n"),
    ("P13", _BODY + "Pelatihan itu penting bagi warga binaan di dalam rutan, mengingat banyak "
     "dari mereka belum bekerja."),
    # probe149-150: a code after KBLI; a certificate's number with slashes; a service named
    # by its syllables; a programme spelled with commas before its short form; an office
    # with 'dan' in its name before its regency; a fronted purpose phrase's comma; a
    # dateline on its own line after an outlet's domain; a fronted 'Merujuk …' phrase
    ("N3", _BODY + "Usaha itu memiliki Klasifikasi Baku Lapangan Usaha (KBLI) 11051 saja."),
    ("N5", _BODY + "Sertifikat itu bernomor 400.7.1.4/4/1289/419.108/2024 dari dinas."),
    ("K24", _BODY + "Warga dapat memakai layanan Setia (sedot tinja anda) dari dinas itu."),
    ("K24", _BODY + "Ini bagian dari program Kependudukan, Keluarga Berencana, dan Pembangunan "
     "Keluarga (KKBPK) di kota itu."),
    ("P32", _BODY + "Hadir pengurus TP-PKK Agam, Dasawisma, Dinas Pertanian Agam, Dinas "
     "Perikanan dan Ketahanan Pangan Agam dan lainnya."),
    ("P41", _BODY + "Maka untuk menghindari hal yang tidak diinginkan di masyarakat, sehingga "
     "KUA giat bekerja."),
    ("P4", "Lapas Sibolga Panen Sayur\nTAPTENG.WAHANANEWS.CO - PANDAN\nLapas Kelas IIA Sibolga "
     "memanen sayur, Senin (6/10/2025).\n"),
    ("P13", _BODY + "Merujuk Surat Edaran yang dikeluarkan Sekretariat Daerah, dilaksanakan "
     "lomba desa."),
    ("S1", _BODY + "Air diuji secara fisik, kimia maupun bakteriologis di laboratorium."),
    # a region that opens the clause after a fronted phrase is its subject, no apposition
    ("P6", _BODY + "Tak hanya itu, Sulteng juga menjadi provinsi teladan."),
    ("P6", _BODY + "Lomba digelar di Surabaya, Jawa Timur dan Denpasar, Bali."),
    # heldout224-227's wrong findings: an outlet's one-word name after its city; a lead's
    # first word after a dateline in capitals or with a colon; KBBI words; a date whose
    # range gives the year; a person set off by ', selaku'
    ("K20", "Judul Berita Lapas\nSimalungun | DelikSumut – Kegiatan berlangsung pada Senin "
     "(6/10/2025).\n"),
    ("K3", "Imigrasi Periksa ABK Asing\nBANJARMASIN, Petugas Kantor Imigrasi memeriksa ABK "
     "asing, Senin (6/10/2025).\n"),
    ("K14", "Upacara di Lapas\nJakarta: Petugas Lapas Pondok Bambu menggelar upacara, Senin "
     "(6/10/2025).\n"),
    ("S1", _BODY + "Rabies bersifat zoonotik. Rakun dan kera menularkannya. Pipa paralon."),
    ("W9", _BODY + "Gotong royong bukan sekadar jargon masa lalu."),
    ("N5", _BODY + "Pekan olahraga dibuka pada 11 Agustus dan berlangsung hingga 16 Agustus "
     "2025."),
    ("S1", _BODY + "Samsuri, selaku wakil dari UPA Kabupaten, hadir di aula."),
    # heldout228-231 and probe151-152: a programme's 'Desa/Kelurahan'; a count after a
    # name, a modal before its verb; a passive of an active in use; a degree's inner stop;
    # a weekday typed wrong before its date; a holder named after the opening position
    ("K2", _BODY + "Percepatan Pembentukan Posbankum Desa/Kelurahan digelar di aula."),
    ("W7", _BODY + "Dinas siap menyiapkan bibit dan kendaraan roda tiga tiga unit."),
    ("S3", _BODY + "Wilayah ini diintai bencana alam setiap tahun."),
    ("P9", _BODY + "Hadir Kalapas Budi Santoso, Bc.Ip., S.H. dan staf."),
    ("K24", _BODY + "Gerakan pangan murah digelar pada Rabun(26/3) di halaman kantor."),
    ("K24", _BODY + "Kepala Rutan Kelas IIB Wonogiri, Urip Dharma Yoga, mengatakan hal itu."),
    ("W9", _BODY + "“Kalau dari sini khan bisa disempurnakan,” ujarnya."),
    # the fund 'Dana Desa'; a ministry's 'Daerah Tertinggal'; one-item pairs; a region
    # after 'Menurut X,' is the reported clause's subject
    ("K24", _BODY + "Desa dengan alokasi Dana Desa Rp800 juta menyalurkan BLT."),
    ("K19", _BODY + "Kementerian Desa, Pembangunan Daerah Tertinggal dan Transmigrasi hadir."),
    ("P7", _BODY + "Jika gulanya naik, tekanan darahnya tinggi, besok atau lusa bisa datang."),
    ("P7", _BODY + "Hadir Kasi Pembinaan, Kasi Kegiatan Kerja, Keamanan dan Ketertiban."),
    ("P6", _BODY + "Menurut Anwar, Papua sebagai daerah yang kaya perlu UMKM kuat."),
    # probe153-154: a foreign gerund's hyphened di-; a regency named whole; an ordinal's
    # hyphened ke-; the lead after an outlet's address; capitals spelling an acronym out
    ("W1", _BODY + "Petugas kemudian di-fogging kawasan itu."),
    ("K24", _BODY + "Wilayah kerja meliputi Manokwari, Teluk Bintuni, dan Pegunungan Arfak."),
    ("W1", _BODY + "Urutan ke-dua dan ke-tiga hadir."),
    ("K14", "Kue Lebaran\nSuma.id: Warga binaan Lapas membuat kue, Senin (6/10/2025).\n"),
    ("K3", "Kampung KB\nJAILOLO-CM.com, Sejak dicanangkan kampung KB berjalan, Senin "
     "(6/10/2025).\n"),
    ("K24", _BODY + "Itu singkatan dari Berat badan dijaga, Aturlah makan, Gerakan badan."),
    # a known noun made a process with -isasi is a word (the sets leave them)
    ("S1", _BODY + "Peserta mengurus labelisasi halal dan papanisasi tanah wakaf."),
    # a follow-up's 'tindak lanjutnya' is no attribution
    ("P38", _BODY + "Rencana tindak lanjutnya, akan dibahas pekan depan."),
    # a regular -i or ter- form of a root in use is no slip ('surati', 'terasah')
    ("S3", _BODY + "Kita sudah surati kepala desa. Keterampilan mereka makin terasah."),
    # the noun of 'memperbarui' is meant as written, no slip of 'perburuan' (hunting)
    ("S3", _BODY + "Perpustakaan keliling hadir dengan perbaruan judul buku setiap bulan."),
    (
        "P4",
        "Diskerpus Badung Terima Mobil Perpustakaan Keliling\nMangupura,\nPerkembangan "
        "teknologi informasi sangat pesat, Senin (6/10/2025).\nMobil itu tiba kemarin.",
    ),
]

BREAKS = [
    # ... but a slip's -isasi is still a slip
    ("S1", _BODY + "Kegiatan sosisalisasi digelar di aula.", "sosisalisasi"),
    # heldout232-235's misses: an attribution closed by its comma, not opened; one
    # demonstrative too many; a short form after its name, not in brackets
    ("P38", _BODY + "Meskipun tidak ada jam besuk lanjutnya, keluarga bisa menitipkan barang.",
     "besuk lanjutnya"),
    ("W13", _BODY + "Pelatihan itu tersebut juga membekali warga binaan.", "itu tersebut"),
    ("W10", _BODY + "Warga Binaan Lembaga Pemasyarakatan Lapas Kelas IIA Sragen menanam sayur.",
     "Lembaga Pemasyarakatan Lapas"),
    # a common word typed twice is W12's, no reduplication (probe154)
    ("W12", _BODY + "Kue yang kami buat buat di sini laris.", "buat buat"),
    # heldout224-227's misses: an hour of one digit; RT/RW's case; a letter typed too many
    ("N4", _BODY + "Kegiatan dimulai pukul 7.30 WIB di aula.", "pukul 7.30"),
    ("K9", _BODY + "Ketua Rt dan ketua RW hadir di aula.", "Rt"),
    ("S3", _BODY + "Peserta dilatih melalaui Balai Latihan Kerja.", "melalaui"),
    # a region set after a place closes with a comma before the predicate (P6)
    ("P6", _BODY + "Warga Kelurahan Cakung Timur, Cakung, Jakarta Timur melakukan fogging.",
     "Jakarta Timur"),
    ("K10", _BODY + "Jemaah berangkat ke tanah suci pekan depan.", "tanah suci"),
    ("W13", _BODY + "Dengan begitu, maka warga binaan bisa menjahit.", "Dengan begitu, maka"),
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


def test_a_short_slip_capitalised_elsewhere_gets_its_spelling_fix_too():
    text = _BODY + "Kepala Bidang Konsumi dan Keamanan Pangan hadir. Ini untuk konsumi keluarga."
    assert ("konsumi", "konsumsi") in found(text, "S1")


def test_a_slip_capitalised_elsewhere_gets_its_spelling_fix():
    text = _BODY + "Seksi Pengembangan Perpusatakaan hadir. Buku dari perpusatakaan daerah tiba."
    assert ("perpusatakaan", "perpustakaan") in found(text, "S1")


def test_the_comma_before_a_following_clause_is_a_quiet_note_with_its_fix():
    [text] = [t for r, t, _ in BREAKS if r == "P41" and "waktu" in t]
    [finding] = [f for f in check_text(text) if f.rule == "P41"]
    assert finding.severity == NOTE  # the older sets left it: a strict editor's catatan
    assert finding.suggestion == "waktu sehingga"
