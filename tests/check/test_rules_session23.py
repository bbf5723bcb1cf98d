"""Session twenty-three: classes of the session's held-out sets and probes, fixed after they
were read. Texts of our own that break a rule and texts that respect it (none copied from a
corpus or a probe)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Lapas Sorong Gelar Pekan Kesehatan bagi Warga Binaan\n"
_LEAD = "Sorong - Lapas Kelas IIB Sorong menggelar pekan kesehatan, Senin (6/10/2025).\n"
_BODY = _TITLE + _LEAD

BREAKS = [
    # 'poli' is the clinic now; the game is still 'bola voli'.
    ("W6", _BODY + "Warga binaan bermain bola poli di lapangan.", [("bola poli", "bola voli")]),
    # A bare 'MA' after a name's word is still the degree M.A.
    ("P27", _BODY + "Rita Mursalin MA dan Budi MA hadir.", [("MA", "M.A."), ("MA", "M.A.")]),
    # 'jika' after a verb of saying, with what was said after it, is still 'bahwa'.
    ("W29", _BODY + "Budi menjelaskan jika ada dua kelas baru.", [("jika", "bahwa")]),
    # A list of nouns still takes its comma when no adverb and verb follow the conjunction.
    (
        "P7",
        _BODY + "Petugas memperkuat disiplin, transparansi dan akuntabilitas layanan.",
        [("transparansi dan", "transparansi, dan")],
    ),
    # A phrase written capitalised once, and lowercase elsewhere, is still a slip of case.
    (
        "K24",
        _BODY + "Petugas melaksanakan Studi Tiru di Rutan Manokwari. Studi tiru itu singkat.",
        [("Studi Tiru", "studi tiru")],
    ),
    # A sentence-opening 'Adapun' does not excuse a list's missing comma before 'yaitu'.
    (
        "P18",
        _BODY + "Petugas membagikan bantuan kepada warga binaan yaitu sabun dan sikat gigi.",
        [("binaan yaitu", "binaan, yaitu")],
    ),
    # 'kepala' after a person's post word is still a position before a name.
    (
        "K1",
        _BODY + "Acara dibuka oleh kepala Lapas Kelas IIB Sorong, Budi Santoso.",
        [("kepala", "Kepala")],
    ),
]

BREAKS += [
    # heldout108, heldout110, heldout111: the electronic identity card's own spelling.
    (
        "W4",
        _BODY + "Warga mengurus KTP-El dan KTP EL di kantor.",
        [("KTP-El", "KTP-el"), ("KTP EL", "KTP-el")],
    ),
    # heldout108: KBBI's 'serta-merta' and 'reguler'.
    (
        "W6",
        _BODY + "Data tidak serta merta diperbarui secara regular.",
        [("serta merta", "serta-merta"), ("regular", "reguler")],
    ),
    # A lowercase section short form with no lowercase term spelled out before it.
    ("S8", _BODY + "Petugas seksi giatja memeriksa bengkel.", [("giatja", "Giatja")]),
]

BREAKS += [
    # heldout112–114: forms the sets mark (KBBI: antar-jemput, optimistis,
    # mencampurbaurkan); a firm's CV without its period; a head's short form before its office.
    (
        "W6",
        _BODY + "Warga optimis layanan antar jemput tidak mencampur baurkan tahanan.",
        [
            ("optimis", "optimistis"),
            ("antar jemput", "antar-jemput"),
            ("mencampur baurkan", "mencampurbaurkan"),
        ],
    ),
    ("P11", _BODY + "Lapas bekerja sama dengan CV. Sukamaju.", [("CV.", "CV")]),
    (
        "W13",
        _BODY + "Kegiatan dipimpin Kalapas Lapas Sorong dari sejak pagi.",
        [("Kalapas Lapas", "Kalapas"), ("dari sejak", "sejak")],
    ),
    # A head named with a one-letter initial still takes the apposition's closing comma.
    (
        "P6",
        _BODY + "Kepala Lapas Singaraja, I Wayan Putu menyampaikan bahwa kegiatan itu rutin.",
        [("I Wayan Putu", "I Wayan Putu,")],
    ),
]

RESPECTS = [
    # probe87: 'pak choi' is the vegetable, no one addressed.
    ("K11", _BODY + "Warga binaan memanen sayur pak choi dan selada."),
    # probe87: an agency's fields before its region's short name, and a field's own name.
    ("P32", _BODY + "Sorong, Dinas Tanaman Pangan, Hortikultura dan Perkebunan Pessel hadir."),
    (
        "P32",
        _BODY + "Hadir pula tim PKK, Dinas Pertanian Sorong, Bidang Peternakan dan Kesehatan "
        "Hewan bersama warga.",
    ),
    # probe87: a comparison opened by 'Sebagaimana' has no subject whose 'yang' to drop.
    ("P29", _BODY + "Warga menanam sayur. Sebagaimana yang telah dilakukan oleh petugas."),
    # probe87: the clinic is 'poli'; an outlet's tag in the dateline is no word to spell.
    ("S1", _BODY + "Warga binaan yang sakit cukup datang ke poli di dalam lapas."),
    ("S1", _TITLE + "Warta com,SORONG- Lapas Sorong menggelar pekan kesehatan.\n"),
    # probe87: the hall of a body named by its acronym is a common noun.
    ("K10", _BODY + "Ujian digelar di ruang aula PKBM Cendana Sorong."),
    # probe87: a foundation's name ends in its city: no holder's name to set off.
    ("P33", _BODY + "Sementara itu, Evi selaku Ketua Yayasan PKBM Sinara Medan, merasa bangga."),
    # probe87: two adjectives before a dash are no two clauses.
    ("P17", _BODY + "Suasana kelas dibuat sederhana namun bermakna—setiap peserta dibimbing."),
    # probe87: a connector and its comma, then the subject: no apposition.
    ("P6", _BODY + "Sehingga, Kakanwil bersama Kepala Divisi Pemasyarakatan akan terus berupaya."),
    # probe87: a new sentence typed with no space after the full stop (P9's) opens capitalised.
    ("K19", _BODY + "Hari ini hari khusus bagi kita semua.Berlandaskan hal itu, kami siap."),
    # probe87: a speaker's name written short after it was given in full.
    (
        "K3",
        _BODY + "“Kami siap,” kata Syarifudin. Lebih lanjut, Syarif mengatakan, anggaran cukup.",
    ),
    # probe87: 'kepala' typed for 'kelapa' after 'varietas' is no position.
    ("K1", _BODY + "Petugas menanam kelapa varietas kepala Bido di halaman."),
    # probe87: the head's apposition closed after a name that ends in an initial.
    (
        "P13",
        _BODY + "Sementara dr Ani Lestari M, Kepala Puskesmas Remu, menjelaskan program itu.",
    ),
    # probe87: 'jika' opening a condition after an instruction to report.
    ("W29", _BODY + "Warga diminta segera melaporkan jika ditemukan kasus gigitan anjing."),
    # probe87: mothers named by their role, no listener addressed.
    ("K27", _BODY + "“Terima kasih kepada ibu-ibu kader Posyandu yang hadir,” ujarnya."),
    # probe88: a year in an event's name before 'kali ini' ('this time').
    ("N3", _BODY + "Pameran Karya 2025 kali ini diikuti seluruh lapas."),
    # probe88: a name the text writes capitalised three times and never lowercase.
    (
        "K24",
        _BODY + "Produk yang dipamerkan dalam acara itu, yakni miniatur kapal Lancang Kuning dan "
        "keripik singkong.\n“Kami bawa kapal Lancang Kuning, untuk mengenalkan Lancang "
        "Kuning,” ujarnya.",
    ),
    # probe88: a sentence-opening 'Adapun' and its subject's 'yang' clause before 'yaitu'.
    ("P18", _BODY + "Adapun yang menjadi pokok rapat tersebut yaitu persiapan lomba."),
    # probe88: an outlet's brand typed as one word opens the dateline.
    ("K20", _TITLE + "BeritaSorong  Sorong Lapas Kelas IIB Sorong menggelar pekan kesehatan.\n"),
    # probe88: a concrete road is a kind of road, no street's name.
    ("K10", _BODY + "Desa membangun jalan Rabat Beton sepanjang 185 meter."),
    # probe88: MA after a derived word or 'Guru' is the madrasah aliyah.
    ("P27", _BODY + "Juara lomba Guru Berprestasi MA dengan nilai tertinggi diumumkan."),
    # probe88: 'dan' before an adverb and a verb opens a second predicate, no list's item.
    (
        "P7",
        _BODY + "Petugas memperkuat transparansi, akuntabilitas dan terus meningkatkan layanan.",
    ),
    # probe88: the comma closes a fronted 'Khusus untuk …' phrase.
    ("P39", _BODY + "Khusus untuk lomba mancing di kolam milik pak Amin ini, akan dipungut biaya."),
    # probe88: the clause after 'Dengan harapan' is the hope's own.
    ("P35", _BODY + "Dengan harapan program kerja Kementerian Agama dapat terlaksana di desa."),
    # heldout108: a lowercase term spelled out, then its short form in brackets.
    ("S8", _BODY + "Program masuk bidang kegiatan kerja (giatja) lapas."),
    # heldout108: a unit's fields listed after its head; a quoted theme's capitals.
    (
        "K24",
        _TITLE + "Sorong - Kanwil Sorong, melalui Sub Bidang Penyuluhan Hukum, Bantuan Hukum, dan "
        "Jaringan Dokumentasi dan Informasi Hukum (JDIH), turut serta dalam penyuluhan.\n",
    ),
    (
        "K3",
        _BODY + 'Penyuluhan mengusung tema "Hindari Perundungan di Pendidikan Tinggi Kedokteran '
        'dan Pendidikan Tinggi Lainnya." Kegiatan lainnya juga digelar.',
    ),
    # heldout108: the letter of a generation is no initial.
    ("P11", _BODY + "Siswa Generasi Z akrab dengan media sosial."),
    # heldout108: items in sentence case; the 'dan' joins words inside the last one.
    (
        "P32",
        _BODY + "Kegiatan meliputi:Bimbingan rohani,Konseling remaja,Pembinaan karakter dan moral.",
    ),
    # heldout108: a hyphen inside the office's short name, the dateline's dash spaced after.
    ("P9", _TITLE + "BP-PAUD dan Dikmas NTB – 15 anak mengikuti pelatihan.\n"),
    # heldout108: 'di atas' typed solid after the phrase (W1's), no comma asked there.
    ("P8", _BODY + "Berdasarkan hal tersebut diataslah maka, program dijalankan."),
    # heldout109: a post's number is no phrase's end.
    ("P35", _BODY + "Dalam sambutannya Asisten I Sekda Sorong menyampaikan pesan."),
    # heldout110: the escorts' commas of 'Dengan didampingi …'.
    (
        "P32",
        _BODY + "Dengan didampingi Kepala Bidang Intelijen, Imam Santoso, dan Kepala Seksi, Ekjon, "
        "kehadiran Ignatius dan Tim dilakukan untuk pencegahan.",
    ),
    # heldout110: KBBI words; 'baik antara A dan B'; 'menjadi wakil' a region.
    ("S1", _BODY + "Petugas membuat bedengan dari genteng bekas; proyek itu sempat mangkrak."),
    ("S8", _BODY + "Acara menjadi ajang silaturahmi, baik antara para guru dan panitia."),
    ("K1", _BODY + "Desa Aimas menjadi wakil Sorong di lomba desa tingkat provinsi."),
    # heldout111: every village of the district; a dateline closed by a colon.
    ("K10", _BODY + "Acara diikuti pemerintah desa SE-kecamatan Aimas."),
    ("K14", _TITLE + "kabarsorong.id, Sorong: Petugas Disdukcapil melayani warga.\n"),
    # heldout114: an office's short form the text spells out before it; an office as the
    # subject after an opening phrase's comma.
    (
        "K3",
        _BODY + "Dinas Kearsipan dan Perpustakaan (Diarpus) Sorong menambah armada. Kepala "
        "Diarpus Sorong, Aji, hadir.",
    ),
    (
        "P6",
        _BODY + "Dengan semangat kerja yang dilandaskan Sapta Arahan Kakanwil Papua Barat, "
        "LPKA Sorong optimistis anak-anak ini siap.",
    ),
    # heldout112: a statute's item letter; 'termasuk paling'; KBBI's 'disubsidi'; the B3
    # field's name; a time phrase before 'dan'.
    ("S1", _BODY + "Hak itu diatur Pasal 9 huruf c menyatakan narapidana berhak belajar."),
    (
        "P18",
        _BODY + "Pasar murah digelar di Taman Kota Sorong dan stan mereka termasuk paling diminati "
        "masyarakat.",
    ),
    ("S1", _BODY + "Beras dijual murah karena disubsidi pemerintah."),
    ("W1", _BODY + "Beras dijual murah karena disubsidi pemerintah."),
    ("K19", _BODY + "Hadir Kabid Limbah Bahan Berbahaya dan Beracun DLHK Sorong, Irawan."),
    ("P7", _BODY + "Pelayanan berjalan normal, pascalibur dan cuti bersama Lebaran."),
    # heldout113: the fields of a unit listed after 'Kepala Bidang'.
    (
        "P32",
        _BODY + "Hadir drh. Nikolas, Kepala Bidang Prasarana, Sarana dan Binas Usaha Peternakan "
        "drh. Retno.",
    ),
    # heldout115: KBBI's 'tepat guna'; a nickname after 'di panggil'; 'lantai dua' before an
    # office's name.
    ("W13", _BODY + "Program itu tepat guna untuk kesejahteraan warga."),
    (
        "S1",
        _BODY + "Camat Wawan Gunawan yang akrab di panggil Wagun hadir. Menurut Wagun, "
        "kegiatan rutin.",
    ),
    (
        "K3",
        _BODY + "Pembinaan digelar di aula lantai dua Kantor Kementerian Agama Kabupaten Sorong.",
    ),
    # heldout109, probe89: a longer title head holds its own verb before the comma.
    (
        "P39",
        "Rudenim Makassar Gagas Program Pemberdayaan Pengungsi, Dilatih Bertani hingga Usaha "
        "Kuliner\n" + _LEAD,
    ),
    # probe89: a Sasak title opening a name given in full; the spoken 'kan' after 'memang'.
    (
        "K18",
        _BODY + "Lalu Wisnu Wardhana, Kepala Desa, hadir. Lebih lanjut, Lalu Wisnu menilai "
        "anggaran cukup.",
    ),
    ("S2", _BODY + "“Di lapas memang kan ada tugas pokok,” ujarnya."),
    # probe90: KBBI's 'teradu' and 'perseorangan'.
    ("S3", _BODY + "Majelis memeriksa pengadu dan teradu secara perseorangan."),
    ("S1", _BODY + "Majelis memeriksa pengadu dan teradu secara perseorangan."),
    # probe91: "X khususnya dan Y pada umumnya" pairs two groups; KBBI's 'promkes' unit.
    (
        "P18",
        _BODY + "Vaksin diberikan kepada warga Kalurahan Bendungan khususnya dan warga lain "
        "pada umumnya.",
    ),
    ("S1", _BODY + "“Tim promkes kita juga datang ke sekolah,” ujarnya."),
    # probe92: 'jika' a condition after 'ikut serta melaporkan'; a ratio in digits; a
    # name after 'bin'; KBBI's 'terapis'.
    (
        "W29",
        _BODY + "Warga diminta ikut serta melaporkan jika menyediakan tempat tinggal bagi orang "
        "asing.",
    ),
    ("N1", _BODY + "Hal ini berarti sekitar 3 dari 10 anak di Indonesia menderita anemia."),
    ("K24", _BODY + "“Di Sorong ada pahlawan nasional, Muso bin Salim,” ungkapnya."),
    ("S1", _BODY + "Pelatihan terapis pijat dibuka bulan ini."),
    # heldout117–119: KBBI's 'empatik', 'mengemuka', 'pakcoy'; 'kalamansi'; 'saat ini'
    # after a purpose clause's comma opens the main clause; 'Sampai kepada' in a title.
    ("S1", _BODY + "Petugas yang empatik menanam pakcoy dan kalamansi; isu itu mengemuka."),
    (
        "P29",
        _BODY + "Agar kepala desa bisa bekerja sesuai fungsi, saat ini pendampingan terus "
        "dilakukan.",
    ),
    ("K5", "Pastikan Bantuan Sampai kepada Warga yang Berhak\n" + _LEAD),
    # probe93, probe94: KBBI's 'anggora', 'inaktif', 'defisiensi', 'urunan'.
    ("S1", _BODY + "Kucing anggora diberi vaksin inaktif; warga urunan menutup defisiensi dana."),
    ("S3", _BODY + "Mereka urunan membeli semen."),
    # heldout120, heldout123, probe93: KBBI's 'rutinitas', 'zak', 'perberat'; 'mdpl';
    # Lampung Barat's 'peratin'; a range that ends 'selesai' before its zone.
    ("S1", _BODY + "Rutinitasnya di desa 600 mdpl padat; peratin ikut menghitung tiap zak pupuk."),
    ("W9", _BODY + "Harga pupuk mencapai Rp650.000 per zak."),
    ("S3", _BODY + "Anemia akan diperberat jika asupan zat besi kurang."),
    ("N4", _BODY + "Kegiatan dimulai pada pukul 08.00-selesai WIB di aula."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
