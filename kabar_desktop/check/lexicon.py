"""Word lists the rules share: function words, positions, the genre's ordinary nouns.

Kept small and explicit: each list exists because a rule needs to tell one kind of word
from another, and a wrong entry shows up as a wrong finding in the rule's tests.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """A word set written as one string, the way a word list reads."""
    return frozenset(text.split())


# Kata tugas: lowercase inside titles (K5) and never an item of a list (P7).
FUNCTION_WORDS = words(
    """di ke dari dan yang untuk pada dengan dalam bagi atau oleh tentang terhadap kepada
    serta sebagai antara hingga sampai karena agar bahwa maupun per pun para si sang
    daripada akan melalui sejak tanpa demi selama"""
)

# Position titles (K1, K2, P6). Lowercase here; multi-word titles start with one of these.
POSITIONS = words(
    """kepala kakanwil kadiv kadivpas kadivmin kadivim kasubbag kasubag kabag kabid kasi kasie
    kasubbid kasubid kasubsi kaur kalapas karutan kabapas kakanim karudenim kasubdit kasatker
    direktur dirut dirjen sekjen irjen inspektur menteri wamen wakil gubernur wagub bupati
    wabup wali camat lurah kades sekretaris sekda ketua koordinator kapolri kapolda kapolres
    kapolsek dandim danrem kajari kajati plt plh analis pranata pengelola presiden wapres
    asisten walikota wawali kadis kasat kasatpol sekcam kakan"""
)  # session 40: 'Walikota Batu, Eddy …', 'Kadis Ketahanan Pangan, Sofyan …' (P6 read none)

# Words that may stand between a position and the office it names: "kepala divisi
# administrasi Kanwil ...", "kepala seksi registrasi dan klasifikasi Lapas ...".
POSITION_PARTS = words(
    """divisi seksi bidang bagian subbagian subbag sub urusan kantor dinas badan biro pusat
    balai unit satuan direktorat wilayah administrasi umum keuangan kepegawaian registrasi
    klasifikasi pelayanan keamanan ketertiban tata usaha teknis kerja hubungan masyarakat
    humas pemasyarakatan keimigrasian imigrasi dan kota pengelolaan perawatan bimbingan
    kegiatan kerja pembinaan"""
)

# K3: ordinary nouns of the genre, lowercase mid-sentence.
GENRE_NOUNS = words(
    """narasumber peserta wartawan media petugas pegawai pukul pagi siang sore malam kader"""
)
GENRE_PAIRS = {("warga", "binaan"), ("bulan", "suci")}  # "Bulan Suci Ramadan" (heldout33)

# Words after which a position is generic (K2): "para kepala seksi".
QUANTIFIERS = words("para seluruh setiap semua sejumlah beberapa tiap")
# Words after which a noun is plural and generic (K3): "para pejabat", "ribuan warga binaan".
PLURAL_WORDS = QUANTIFIERS | words("ribuan ratusan puluhan belasan jutaan segenap berbagai banyak")
# Common nouns (and their usual adjectives) that stay lowercase where they are plainly
# generic: after a number or a plural word (K3): "20 kecamatan", "para pejabat struktural".
GENERIC_NOUNS = words(
    """pejabat struktural fungsional eselon pegawai petugas peserta narasumber wartawan warga
    binaan negara asing masyarakat tahanan narapidana deteni anak klien pengunjung keluarga
    tamu undangan hadirin tokoh agama adat pemuda siswa pelajar mahasiswa guru anggota
    personel staf jajaran pimpinan perwakilan pihak instansi sekolah desa kelurahan
    kecamatan kabupaten provinsi kamar orang kegiatan sesi paket pemohon paspor dokumen
    berkas kendaraan relawan pekerja migran penghuni korban saksi penerima tahun bulan
    hari aparatur sipil pelaku kantor wilayah ahli persen"""
)

WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
MONTH_NUMBER = {m.lower(): i for i, m in enumerate(MONTHS, 1)}
TIME_ZONES = ("WIB", "WITA", "WIT")
# Ordinary words of the genre that are no name on their own: capitalised in the middle of a
# sentence, and not next to a name, they are errors (K3): "memeriksa Blok Hunian",
# "Jajarannya", "Hal tersebut Ia sampaikan". Event words (rapat, pelatihan, kunjungan) are
# left out: "menggelar Rapat Koordinasi" names the event, and so are the words that name a
# prison's blocks ("Blok Tahanan", "Blok Narapidana"). Session 16 added the nouns the sets
# mark capitalised alone (`yakni Senam.`, `selaku Komisioner.`, `di Lapangan upacara`) where
# no set and no kept probe text writes one as a name (23 marks, no wrong finding).
ORDINARY_WORDS = GENRE_NOUNS | words(
    """jajaran blok kamar ruang ruangan hunian program pembinaan pembina instansi perwakilan
    kriminal arahan simbol pandemi penjara hobi orang asing warga negara tenaga kerja gedung
    perkantoran tembok keliling anggaran penyerapan area fungsi tugas komunikasi publik
    pelayanan layanan pelaku tokoh masyarakat agama aparatur sipil mahasiswa magang jam
    sarana prasarana sarpras lainnya pimpinan staf tamu undangan hadirin keluarga pengunjung
    deteni pemohon peraturan perundang-undangan kebijakan kegiatan acara
    materi hadir ia dia kami kita mereka beliau saya pihak keimigrasian dapur gereja masjid
    paspor asimilasi cuti bersyarat pembebasan kunjungan online daring lele nila ikan kantor
    senam juara komisioner doktor capaian jenis waktu kerajinan tangan mebeler keterampilan
    internal mahasiswa peci psikolog hakim lurah kuesioner bakiak kanvas salat
    kekompakan lapangan pepaya panen naungan rekor adat produktif formal buku zona sambutan
    tanggal pengungsi perlombaan peringatan penandatanganan pengajuan sidang lomba tema
    kategori alumni cabang calon detensi mantan rombongan sistem staf struktural
    bansos bukti humanis kerja jajarannya jumantik vitamin"""
)  # 'jumantik' (KBBI n), 'vitamin': 32 of 35 marked in capitals (session thirty-one)
# Holidays and months of the Islamic year written as one capitalised word (K8; KBBI).
HOLIDAYS = ("Lebaran", "Natal", "Imlek", "Nyepi", "Waisak", "Ramadan", "Syawal", "Paskah")
# K8's names of days, months and holidays, the Hijri months in KBBI's spelling among them
# ('Bulan zulhijah' → 'Zulhijah', heldout99; 'safar' and 'rajab' left: common words too).
CALENDAR_NAMES = (
    *WEEKDAYS,
    *MONTHS,
    *HOLIDAYS,
    *("Muharam", "Rabiulawal", "Rabiulakhir", "Jumadilawal", "Jumadilakhir", "Syakban"),
    *("Zulkaidah", "Zulhijah"),
)
TIMES_OF_DAY = words("pagi siang sore malam")
# WEEKDAYS and MONTHS as regular-expression alternations, for the date rules (N5, N7).
WEEKDAY_ALTERNATION = "|".join(WEEKDAYS)
MONTH_ALTERNATION = "|".join(MONTHS)

# Attribution verbs after a quote (K6, A6): the draft's verbs and a few more.
ATTRIBUTION_VERBS = words(
    """ujar kata ungkap jelas tutur harap imbuh tambah tegas pungkas ucap papar terang sebut
    lanjut tanya ajak pesan tukas timpal sambung katakan sampai tutup pinta imbau urai"""
)

# Verbs of saying that introduce a quote (P3): 'Ia berkata, "..."'.
SAYING_VERBS = words(
    """berkata mengatakan menyampaikan menegaskan mengungkapkan menjelaskan menuturkan
    berpesan mengajak menyebut menyebutkan menambahkan mengimbau bertanya berujar
    mengingatkan menyatakan menekankan"""
)

# Abbreviations whose period does not end a sentence.
ABBREVIATIONS = words(
    """dok dr drs dra drh ir h hj prof no yth sdr sdri bpk jl kec kab kel st tn ny an sd up
    ttd ket hlm tel telp dll dsb dst dkk"""
)

# Institutions and short forms Humas writes every day, in their canonical case: K9 asks for
# this case, the spelling check knows them. Sources: the names the ministries and regional
# governments use for themselves (Kemenkumham/Kemenimipas, Polri, TNI, Kemendagri) and KBBI
# for the acronyms it lists (Lapas, Rutan, Kanwil, Polres, Pemkab, Puskesmas).
_INSTITUTION_LIST = """
    Kemenkumham Kemenkum Kemenimipas Kumham Ditjen Ditjenpas Ditjenim DJKI AHU
    BPHN BPSDM Itjen Setjen Sekjen Dirjen Irjen Sesditjen Poltekip Poltekim Yankumham
    Kanwil Lapas Rutan Rupbasan Rudenim Bapas LPKA LPP Kanim UPT TPI KPLP WBP Imigrasi
    Kakanwil Kadiv Kadivpas Kadivmin Kadivim Kalapas Karutan Kabapas Kakanim Karudenim
    Kasubbag Kasubag Kabag Kabid Kasi Kasubsi Kasubdit Kasatker Kaur Satker Kadis Timpora
    Polri Polda Polres Polresta Polrestabes Polsek Kapolri Kapolda Kapolres Kapolresta
    Kapolsek Brimob Bhabinkamtibmas Babinsa TNI Kodam Korem Kodim Koramil Pangdam Danrem
    Dandim Danramil Lanal Lanud Lantamal Basarnas
    Pemda Pemprov Pemkab Pemkot Pemdes Setda Sekda Bappeda Bappenas Dukcapil Disdukcapil
    Dinkes Dinsos Disnaker Diskominfo Kominfo Kesbangpol Forkopimda Forkopimcam Wagub Wabup
    DPRD DPR DPD MPR KUA Kemenag Kankemenag Kemendagri Kemenkeu Kemenkes Kemensos Kemenlu Kemenhub
    Kemenpora Puskesmas RSUD Posyandu Kejari Kejati Kejagung Kajari Kajati KPU Bawaslu
    Pilkada Pemilu BNN BNNP BNNK BPBD BMKG BNPB KPK BPS BPJS BKN BKD BPOM BUMN BUMD UMKM
    Korpri ASN PNS PPPK CPNS SDM SOP WBK WBBM PPID HAM NTT NTB DKI DIY NKRI UUD HUT WNA
    WNI PMI TPPO KTP NIK SKCK SAKIP DIPA Pj Plt Plh Pokjawas Pokjaluh Kadarkum MURI Pokmas Lipas
    Kemendikdasmen Kemendikbud APAR GPS ASEAN AusAID MTsN JF Andikpas BUMDes PAUD
    Perkim Disperkim Dekranas Dekranasda Satpol Dishub Dispar Distan Disdik
    Dispora Disparpora Disporapar Disdikpora Disbudpar Disdikbud Disparbud Diskopdag
    Diskoperindag Disperindag Disdag Disperin Diskop Inteldakim Bimwin HP Harkitnas Hardiknas
    Hantaru
"""  # the last lines: regional offices' syllabic short forms (session 31: 'PERKIM' 4 of 4;
# session 33: 'Dispora' read as a word by K3 and K19, the sets leave them 161 of 164;
# session 39: 'INTELDAKIM', 'BIMWIN', 'bimwin', 'inteldakim' 5 of 5 marked, 'Bimwin' and
# 'Inteldakim' left 63 of 65; session 42: a phone's 'HP', 'hp' and 'Hp' marked 10 of 10, the
# days' acronyms read as words, 'HANTARU' and 'HARKITNAS', 5 of 6)
INSTITUTIONS: dict[str, str] = {w.lower(): w for w in words(_INSTITUTION_LIST)}
# Short forms offices write in more than one case: known words, but K9 asks for none.
LOOSE_CASE = words("pj plt plh andikpas korpri")  # "andikpas" too: EYD lowercase, offices
# capitalise it; "KORPRI" and "Korpri" both (the sets leave 9 of 12, heldout249)
# The kinds of a region that open its name ('Kampung Skopro', 'Desa Oesao'); before an
# unknown word they open a place's name, never a person's.
PLACE_LEVELS = words("kampung desa dusun kelurahan kecamatan distrik kabupaten kota provinsi")
# Office kinds with many offices: "kepala KUA di wilayah …" speaks of every one of them.
INSTITUTION_KINDS = words(
    """kua upt lapas rutan rudenim bapas lpka lpp kanim kanwil puskesmas polsek polres
    koramil kodim sekolah desa kelurahan kecamatan satker dinas opd"""
)
# The old name of the institution list (K9 and other readers).
ACRONYMS = INSTITUTIONS
# Bodies whose names are common words, capitalised as names: "…, Dharma Wanita, para guru"
# (heldout53), "tergabung dalam Pramuka" (the sets leave it 33 of 33, heldout153, heldout166).
COMMON_WORD_BODIES = ("dharma wanita", "dharma wanita persatuan", "maulid nabi", "pramuka",
                      "bank mandiri")  # the state bank (probe159)


def known_short_form(word: str) -> bool:
    """Whether ``word`` is an institution or short form Humas writes (any case)."""
    return word.lower() in INSTITUTIONS


# The heads a village's, a street's or an island's name follows, capitalised: the word after
# them is the name's, whatever it looks like ("Desa Pak Bulu", "Desa Wisata Penglipuran").
PLACE_NAME_HEADS = frozenset(
    ("Desa", "Kades", "Dusun", "Kampung", "Kelurahan", "Banjar", "Wisata", "Jalan", "Gang", "Pulau")
)
# Countries (their Indonesian names, which are also the nationalities: "warga Korea"). Names
# that are also common words are left out ("kamboja", a flower; "chad", "mali", "niger").
# Schools' short forms ("SMP N 1", "SD kelas III"): a grade or a school's 'Negeri' follows
# them, never an office's class.
SCHOOL_FORMS = words("sd sdn smp smpn sma sman smk smkn mi min mts mtsn ma man tk paud slb")
COUNTRIES = words(
    """indonesia malaysia singapura brunei thailand vietnam filipina myanmar laos timor-leste
    australia tiongkok taiwan jepang korea india pakistan bangladesh nepal afganistan iran
    irak suriah yordania palestina israel libanon arab saudi yaman kuwait qatar mesir libya
    tunisia aljazair maroko sudan somalia nigeria ghana kenya etiopia tanzania uganda kamerun
    senegal amerika kanada meksiko brasil argentina inggris prancis perancis jerman belanda
    belgia italia spanyol portugal swiss swedia norwegia denmark finlandia polandia ukraina
    rusia austria yunani turki mongolia uzbekistan kazakhstan cina eritrea guinea bissau
    sri lanka kamboja afrika kongo"""  # session 35: "3 Sri Lanka" (heldout390)
)
# Every word of the holidays' names, lowercase ("idul", "fitri", "natal"): names, never a
# common word capitalised by a slip (K3, K24).
HOLIDAY_WORDS = frozenset(w.lower() for h in HOLIDAYS for w in h.split())
# Language and people names (KBBI: bahasa Inggris, suku Dayak), lowercase as a writer slips.
LANGUAGES = words(
    """inggris indonesia arab jawa sunda mandarin jepang belanda prancis perancis jerman melayu
    korea spanyol rusia portugis italia latin sanskerta batak bugis minang minangkabau aceh
    banjar dayak tionghoa thai hindi urdu turki persia ibrani yunani tamil madura betawi
    makassar sasak toraja gorontalo tetun tagalog vietnam"""
)
# The first word of a ministry's or a directorate general's field ("Menteri Hukum",
# "Kementerian Agama", "Dirjen Haji"): a word of the body's name, capitalised after its head.
MINISTRY_FIELDS = words(
    """hukum agama keuangan sosial kesehatan pertanian perdagangan perindustrian perhubungan
    pertahanan ketenagakerjaan pariwisata koperasi imigrasi pendidikan haji"""
)
# The months of the Hijri calendar as Humas spells them: "1 Syawal", "10 Zulhijah".
HIJRI_MONTHS = words(
    """muharam muharram safar sapar rabiulawal rabiulakhir jumadilawal jumadilakhir rajab
    syakban syaban ramadan ramadhan syawal syawwal zulkaidah dzulqaidah zulhijah zulhijjah
    dzulhijjah"""
)

# Round 18: intransitive verbs with no affix, predicates by meaning though their form shows
# none ('Kakanwil datang', 'masalah muncul', 'Bupati hadir'): the clause reader's predicates
# (clause_reader.is_predicate). Not those the genre uses most as a noun's modifier
# ('tempat tinggal', 'pintu masuk', 'jalan keluar'); readers take a predicate after its
# subject, so 'daftar hadir' stays a noun phrase where no subject stands before it.
BARE_VERBS = words("datang turun tampak hadir tiba pulang pergi muncul lulus wafat")

# Nouns of an event or an occasion: what an opening 'Dalam/Pada … itu' sets the main clause
# in ('Dalam pertemuan itu, …', 'Pada kesempatan tersebut, …'; round 21).
OCCASION_NOUNS = words(
    """pertemuan kegiatan acara kesempatan rapat kunjungan sosialisasi pelatihan audiensi
    diskusi dialog seminar lokakarya upacara apel momen momentum forum sidang agenda
    peringatan perayaan lomba penyuluhan pemeriksaan razia sidak inspeksi koordinasi
    rakor konferensi pameran festival peresmian pelantikan penandatanganan wawancara"""
)
