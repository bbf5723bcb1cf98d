"""Session twenty-five: classes of the session's held-out sets and probes, fixed after they
were read. Texts of our own that break a rule and texts that respect it (none copied from a
corpus or a probe)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Rutan Sinjai Gelar Panen Sayur di Lahan Pembinaan\n"
_LEAD = "Sinjai - Rutan Kelas IIB Sinjai memanen sayur di lahan pembinaan, Senin (6/10/2025).\n"
_BODY = _TITLE + _LEAD

BREAKS = [
    # Guards kept: a post after a name that has its post already is a new sentence's subject.
    (
        "P28",
        _BODY + "Tamu disambut Kepala Rutan Sinjai Arman Jaya, Kakanwil Budi Hartono lalu "
        "meninjau lahan.",
        [(", Kakanwil", ". Kakanwil")],
    ),
    # A loan with a doubled letter is still respelt where no person bears it.
    ("S7", _BODY + "Warga binaan belajar membuat kue dengan mixer.", [("mixer", "mikser")]),
    # A lowercase place's name is still given its capital after 'di'.
    ("S1", _BODY + "Sayur dijual ke pasar di sinjai setiap pekan.", [("sinjai", "Sinjai")]),
    # A doubled 'di' before a word that joins it to a known form is still joined.
    ("W2", _BODY + "Warga binaan di didik menanam sayur.", [("di didik", "dididik")]),
    # probe102: a village the text names 'Desa Bontokatute' is written lowercase elsewhere: the
    # fix is its capital, where the word list offers nothing.
    (
        "S1",
        _BODY + "Sayur dikirim ke Desa Bontokatute Kecamatan Sinjai Borong. Warga desa "
        "bontokatute menerimanya, kader desa bontokatute mencatatnya. Tokoh desa bontokatute "
        "hadir.",
        [("bontokatute", "Bontokatute")] * 3,
    ),
    # probe102: the lowercase level of 'Pemerintah desa Bulalo' is K10's slip.
    (
        "K10",
        _BODY + "Sayur diserahkan kepada Pemerintah desa Lamatti Riattang pada Rabu.",
        [("desa", "Desa")],
    ),
    # probe103: 'salah satu' with its first word typed twice is W12's slip.
    ("W12", _BODY + "Cabai salah salah satu sayur yang dipanen.", [("salah salah", "salah")]),
    # heldout126, heldout150: 'drh' (dokter hewan) keeps its period before a name (2 of 2).
    ("P11", _BODY + "Vaksin diberikan oleh drh Ani Lestari.", [("drh", "drh.")]),
    # heldout103, heldout106, heldout141: KBBI's standard forms are agamais and impitan.
    (
        "W6",
        _BODY + "Warga agamis hadir di tengah himpitan ekonomi.",
        [("agamis", "agamais"), ("himpitan", "impitan")],
    ),
    # probe106: an office's kind typed twice in its name is W12's slip, no plural.
    (
        "W12",
        _BODY + "Kepala Rutan Rutan Sinjai membuka acara itu.",
        [("Rutan Rutan", "Rutan")],
    ),
    # heldout136-143: a chain of two levels alone takes its comma too (EYD V; the sets from
    # heldout100 on mark it 15 of 18); session 22 had left it.
    (
        "P20",
        _BODY + "Bantuan diserahkan kepada warga Desa Bulak Kecamatan Jatibarang.",
        [("Bulak Kecamatan", "Bulak, Kecamatan")],
    ),
    # heldout139, heldout141, heldout143: 'kader' is a common noun mid-sentence.
    ("K3", _BODY + "Sayur dibagikan kepada para Kader PKK.", [("Kader", "kader")]),
    # heldout136, heldout121: a root's final k stays before -kan.
    (
        "S2",
        _BODY + "Benih yang sudah diletakan di kolam dipanen warga binaan.",
        [("diletakan", "diletakkan")],
    ),
    # W18 still reads the count before the subject of a meN- verb.
    (
        "W18",
        _BODY + "Salah satunya warga binaan sangat menikmati panen itu.",
        [("Salah satunya", "Salah satu")],
    ),
    # probe103: a name's lowercase word the article writes capitalised in the name.
    (
        "S1",
        _BODY + "Panen dibawa ke Majelis Taklim Nurul Jannah. Sayur dibagikan di masjid Nurul "
        "jannah setiap pekan.",
        [("jannah", "Jannah")],
    ),
]

RESPECTS = [
    # probe99: a man's given name with a doubled letter, given in full before ("Donni Isa
    # …"), is his own spelling, in each of its mentions.
    (
        "S7",
        _BODY + "Panen dipimpin Benni Arif Wibowo, Kepala Rutan Sinjai. Benni mengatakan hasilnya "
        "baik, ujar benni.",
    ),
    # probe100: a post set off after a bare name is his apposition, no new sentence.
    (
        "P28",
        _BODY + "Panen didampingi Andi Saputra, Kepala Subseksi Pelayanan Tahanan Rutan Sinjai "
        "berasal dari Bone.",
    ),
    # probe99: 'Ditambahkan Riki,' opens the reported words that follow; no sentence ends there.
    ("P28", _BODY + "Ditambahkan Sahrul, Melihat hasil panen itu, kegiatan akan dilanjutkan."),
    # probe99: the hall of a madrasah written with its mixed-case short form.
    ("K10", _BODY + "Sayur itu dibagikan di aula MTsN 2 Sinjai pada Selasa."),
    # probe100: 'Dalam' of a place's name in a title after its head word 'Teluk'.
    ("K5", "Petugas Rutan Datangi Warga Teluk Dalam\n" + _LEAD),
    # probe100: the head of every kelurahan's LPMK, no one office.
    ("K1", _BODY + "Hasil panen dibagikan melalui ketua RT, ketua RW, dan ketua LPMK setempat."),
    # probe100: a stray 'di' before a verb that has its prefix is no prefix written apart.
    ("W2", _BODY + "Dengan di diresmikannya lahan itu, panen makin rutin."),
    # probe100: the comma opens a set-in 'menurut …' whose closing comma is P30's.
    ("P13", _BODY + "Perawatan sayur kangkung ini, menurut Arman sangat mudah."),
    # heldout135: an inmate's name between commas after 'salah satu warga binaan'.
    ("K3", _BODY + "Salah satu warga binaan, Sadar, mengungkapkan rasa senangnya."),
    # heldout135: a name before 'selaku' and his post is no slip of a place's name.
    ("S1", _BODY + "Acara dihadiri takmir masjid.\nSubut selaku takmir masjid menjelaskannya."),
    # heldout135: the comma after a misspelled connector and before a participle phrase.
    ("P13", _BODY + "Disamping itu, memfasilitasi petani menjual hasil panen."),
    (
        "P13",
        _BODY + "Puskesmas Kecamatan Sinjai, dibantu kader posyandu RT 01 Balangnipa, Sinjai "
        "melakukan pemeriksaan.",
    ),
    # heldout132: a cleft with 'tinggal' before its focus ('Tinggal waktu yang menjawab').
    ("P29", _BODY + "Benih sudah ditanam. Tinggal hujan yang menentukan."),
    # probe102: 'Pemerintah' opens the name; its lowercase 'desa' is K10's.
    ("K24", _BODY + "“Hari ini kami Pemerintah desa Lamatti melaksanakan panen,” ujarnya."),
    ("K3", _BODY + "Untuk gizi balita, Pemerintah desa Lamatti Riattang ikut membantu."),
    # probe102: a hamlet and its village, then a second hamlet: two places, no list of three.
    (
        "P7",
        _BODY + "Bibit ditanam di dua lahan, yakni di Dusun Bua, Desa Lamatti dan Dusun "
        "Bulu Desa Aska.",
    ),
    # probe102: the village of the post, named so elsewhere, is no holder's name after it.
    (
        "P33",
        _BODY + "Sayur dikirim ke Desa Lamatti. Kepala Desa (Kades) Lamatti, Kecamatan Sinjai "
        "Utara Ahmad Yani mengatakan, warga senang.",
    ),
    # probe101: KBBI words the lists lacked, and the editor's note after a colon.
    ("S1", _BODY + "Warga binaan yang purna menjalani pidana mendapat motif aborigin."),
    ("S1", _BODY + "Hasil panen mereka (narapidana:red) dijual ke pasar."),
    # probe101: 'Menyangkut itu,' opens the sentence; no subject before the comma.
    ("P13", _BODY + "Menyangkut itu, memang panen dilakukan setiap bulan."),
    # probe101: the old building of an office, and the area a Puskesmas serves.
    ("K10", _BODY + "Sayur dijual di depan Kantor Kecamatan Tellulimpoe lama, Senin."),
    ("K10", _BODY + "Sayur dibagikan di beberapa titik desa wilayah Puskesmas Sinjai."),
    # probe101: a quotation's first word after a stray space, or glued to the stop before.
    ("K3", _BODY + "Panen itu berhasil. “ Diharapkan nanti hasilnya lebih banyak,” ujarnya."),
    ("K14", _BODY + 'Panen itu berhasil."Kegiatan ini rutin," ujarnya.'),
    # probe101: a town and its regency, one letter apart, are two places.
    (
        "S6",
        _BODY + "Sayur dikirim ke Mimika dan dijual di pasar Mimika. Kepala Rutan Mimika memberi "
        "keterangan di Timika.",
    ),
    # probe101: the writer's handle glued after the last stop is no sentence's end.
    ("P4", _BODY + "Hasil panen dibagikan kepada warga binaan.@RINA"),
    # probe101: the outlet's web name alone before the lead's first word.
    ("K18", _TITLE + "Kabarsinjai.id Dalam rangka HUT RI, rutan memanen sayur, Senin."),
    ("K3", _TITLE + "Kabarsinjai.id Dalam rangka HUT RI, rutan memanen sayur, Senin."),
    # probe101: 'Seperti saat ini, …' is a whole sentence with its own clause.
    ("P18", _BODY + "Panen dilakukan terus. Seperti saat ini, sayur kembali di panen warga."),
    # heldout136: an inmate named by one letter; a desk's name in the writer's credit; the
    # Arabic wish 'penuh rahmah'.
    ("P11", _BODY + "Warga Binaan R mengungkapkan rasa bangganya."),
    ("S1", _BODY + "“Kami bangga,” pungkasnya (adv/humaspemkabsinjai)"),
    ("W9", _BODY + "“Kami bangga,” pungkasnya (adv/humaspemkabsinjai)"),
    ("S1", _BODY + "“Semoga menjadi keluarga sakinah, mawaddah dan penuh rahmah,” ujarnya."),
    # heldout137: the attribution 'Kata Hani,' before the subject; a pair after 'Secara …,';
    # KBBI's 'tape' (tapai); an outlet's web name and city alone above the lead.
    ("P33", _BODY + "Kata Rina, warga binaan merupakan sumber daya yang harus dibina."),
    ("P7", _BODY + "Secara umum, keberadaan kebun dan kolam, lanjutnya, adalah kebutuhan."),
    ("W9", _BODY + "Warga binaan belajar membuat bolu pandan dan bolu tape."),
    ("P4", _TITLE + "Kabarsinjai.com - Sinjai\nRutan memanen sayur di lahan pembinaan."),
    # heldout138: a subheading of ten words between paragraphs; a technician's name set off
    # after his post; a school's place after its number; a forum's name after its short form.
    (
        "P4",
        _BODY + "Tak Hanya Sayur, Ada Pelatihan Menanam Jamur Hingga Tata Boga\n"
        "Panen ikan lele dilakukan setiap bulan.",
    ),
    (
        "K3",
        _BODY + "Tak Hanya Sayur, Ada Pelatihan Menanam Jamur Hingga Tata Boga\n"
        "Panen ikan lele dilakukan setiap bulan.",
    ),
    ("K3", _BODY + "Warga binaan yang berperan sebagai teknisi bengkel, Sabar, senang."),
    ("K3", _BODY + "Juara lomba diraih siswa dari SD Negeri 1 Pengalusan, Kecamatan Sinjai."),
    ("K7", _BODY + "Sayur dibagikan kepada Musyawarah Guru Mata Pelajaran (MGMP) Bahasa Bugis."),
    # heldout139: KBBI's adjective 'alami'; Jakarta's 'Satpel'; the Javanese cloth 'jarik'.
    ("W34", _BODY + "Pupuk itu menggunakan bahan alami berupa daun kering."),
    ("S1", _BODY + "Bibit diperoleh dari Sudin KPKP melalui Satpel Kecamatan Sinjai."),
    ("S1", _BODY + "Warga binaan memakai kebaya dan kain jarik batik."),
    # probe103: the editor's gloss; a name's doubled letter; a stray 'salah'; the lead's
    # first word after the city with its dash glued.
    ("S1", _BODY + "Keberadaan mereka (red: WBP) diberdayakan dengan baik."),
    (
        "S7",
        _BODY + "Panen dibawa ke Majlis Taklim Nurul Jannah. Sayur dibagikan di masjid nurul "
        "jannah setiap pekan.",
    ),
    ("W7", _BODY + "Cabai salah salah satu sayur yang dipanen."),
    ("K14", _TITLE + "Sinjai- Warga binaan Rutan Sinjai memanen sayur, Senin (6/10/2025)."),
    # probe104: 'Misalkan' opens a condition (seandainya), no bare verb.
    (
        "W34",
        _BODY + "Misalkan ada temuan di lapangan berupa pelanggaran, Rutan Sinjai akan "
        "menindak tegas.",
    ),
    # heldout140: 'Salah satunya' names one of them, no subject; 'akan' after a word of
    # knowledge is the preposition; KBBI's otodidak; the regencies' 'Distan'.
    ("W18", _BODY + "Beragam sayur ditanam. Salah satunya tanaman jagung manis."),
    ("W34", _BODY + "Pelatihan menambah pengetahuan akan nilai gizi sayur."),
    ("S1", _BODY + "Warga binaan belajar bertani secara otodidak."),
    ("K3", _BODY + "Bibit sayur itu bantuan Distan Kabupaten Sinjai."),
    # heldout141: the desk and its writers' initials as the last line.
    ("P4", _BODY + "Panen itu dinikmati warga binaan.\nHumasrutan JP/Chs/NEL"),
    # heldout143: the latex of the nyatu tree.
    ("S1", _BODY + "Warga binaan membuat kerajinan dari getah nyatu."),
    # 'peletakan' (pe-…-an on 'letak') is a noun: no -kan, no k to keep.
    ("S2", _BODY + "Kepala Rutan melakukan peletakan batu pertama."),
    ("K3", _BODY + "Acara itu bernama Jambore Kader Posyandu."),
    # probe105, probe106: the editor's note closing a bracket; KBBI's balado; 'ibu-ibu yang
    # …' named by what they do, no listener addressed; an office's kind typed twice.
    ("S1", _BODY + "Ikan betok (ikan lokal, red) ditebar di sungai."),
    ("S1", _BODY + "Warga binaan membuat keripik rasa balado."),
    ("K18", _BODY + "Warga binaan dibimbing PK. Mereka berupaya berubah."),
    ("K27", _BODY + "“Sayur ini cocok bagi ibu-ibu yang baru belajar berkebun,” ujarnya."),
    ("W7", _BODY + "Kepala Rutan Rutan Sinjai membuka acara itu."),
    # heldout144-147: KBBI's balita (and its -nya), gawe, tulip, antropometri; a name's part
    # after an apostrophe; KBBI's noun 'tata'; 'pk.' (pukul) before a time.
    ("S1", _BODY + "Sayur diberikan kepada balitanya dan ibunya."),
    ("S1", _BODY + "Lapas punya gawe baru: pengukuran antropometri warga binaan."),
    ("W9", _BODY + "Warga binaan membuat bunga tulip dari kain perca."),
    ("S7", _BODY + "Kepala Rutan, Asrir Ra'adhu Harahap, memimpin panen."),
    ("W34", _BODY + "Mereka belajar teknik memasak dan tata sajian yang baik."),
    ("N2", _BODY + "Pelatihan berlangsung sejak pk. 08.00 sampai pk. 11.00 setiap hari."),
    # probe107, probe108: a housing estate's own name; KBBI's asta, karbit, independen;
    # the noun 'gotong royong'.
    ("P20", _BODY + "Paving dipesan warga Kompleks Grand Kota Baru Sunggal setiap bulan."),
    ("S1", _BODY + "Program itu menjabarkan asta cita; peserta belajar las karbit."),
    ("S1", _BODY + "Penilaian dilakukan asesor independen."),
    ("W34", _BODY + "Lurah mengaktifkan kembali gotong royong untuk bersih-bersih."),
    # heldout148-151: an adjective predicate after 'juga'; 'mentang-mentang' (KBBI); 'naget'
    # (KBBI); 'gorong-gorong' (one word); the Kantah's short form; two credits, and a credit
    # before the contributor's line; the lead after an outlet's bar.
    ("P29", _BODY + "Sayur ditanam di lahan baru. Peralatan yang dipakai juga modern."),
    ("W5", _BODY + "“Jangan mentang-mentang sudah panen, lalu malas,” ujarnya."),
    ("S1", _BODY + "Hasil olahan ikan berupa kerupuk dan naget."),
    ("W30", _BODY + "Petugas membersihkan seluruh gorong-gorong di lingkungan rutan."),
    ("K9", _BODY + "Sedangkan kantor pertanahan (Kantah) setempat mengukur lahan itu."),
    ("P4", _BODY + "Panen berjalan lancar. (Humas/Rina) (Andi sinjai)"),
    ("P4", _BODY + "Panen berjalan lancar. (afn)\nKontributor: Humas Rutan Sinjai"),
    ("K3", _TITLE + "SINJAI TIMUR-Kabarsinjai.com|Ditutup dua tahun, layanan kunjungan dibuka."),
    # probe109, probe110: KBBI words the lists lacked; 'yaitu' is the copula before 'yang'.
    ("S1", _BODY + "Petani memakai kultivator yang baru."),
    ("S1", _BODY + "Penderita diabetes melitus hadir."),
    ("W9", _BODY + "Warga binaan membuat batako dan roster."),
    ("P29", _BODY + "Salah satu kegiatan yaitu pembuatan roti yang merupakan pembinaan."),
    # heldout153, heldout154: KBBI's mampet and mengeklaim; the movement's name Pramuka;
    # two days of one date in figures.
    ("S1", _BODY + "Saluran yang mampet dibersihkan; petugas mengeklaim hasilnya baik."),
    ("K24", _BODY + "Nilai itu dijaga oleh generasi muda, sehingga Pramuka hadir di rutan."),
    ("N1", _BODY + "Pelatihan digelar pada 8 dan 9 Juni 2025 di aula rutan."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


def test_a_tray_after_di_atas_is_no_place():
    """probe100: 'tempeh' (a tray) after 'di atas' is not the place Tempeh of Lumajang."""
    text = _BODY + "Sayur ditata di atas tempeh sebelum dibagikan."
    assert ("tempeh", "Tempeh") not in found(text, "S1")
    assert ("tempeh", "Tempeh") in found(_BODY + "Sayur dijual di tempeh setiap pekan.", "S1")


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
