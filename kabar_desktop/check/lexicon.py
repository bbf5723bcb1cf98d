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
    daripada akan"""
)

# Position titles (K1, K2, P6). Lowercase here; multi-word titles start with one of these.
POSITIONS = words(
    """kepala kakanwil kadiv kadivpas kadivmin kadivim kasubbag kasubag kabag kabid kasi kasie
    kasubsi kaur kalapas karutan kabapas kakanim karudenim kasubdit kasatker direktur dirut
    dirjen sekjen irjen inspektur menteri wamen wakil gubernur wagub bupati wabup wali camat
    lurah kades sekretaris sekda ketua koordinator kapolri kapolda kapolres kapolsek dandim
    danrem kajari kajati plt plh analis pranata pengelola"""
)

# Words that may stand between a position and the office it names: "kepala divisi
# administrasi Kanwil ...", "kepala seksi registrasi dan klasifikasi Lapas ...".
POSITION_PARTS = words(
    """divisi seksi bidang bagian subbagian subbag sub urusan kantor dinas badan biro pusat
    balai unit satuan direktorat wilayah administrasi umum keuangan kepegawaian registrasi
    klasifikasi pelayanan keamanan ketertiban tata usaha teknis kerja hubungan masyarakat
    humas pemasyarakatan keimigrasian imigrasi dan kota"""
)

# K3: ordinary nouns of the genre, lowercase mid-sentence.
GENRE_NOUNS = words(
    """narasumber peserta wartawan media petugas pegawai pukul pagi siang sore malam"""
)
GENRE_PAIRS = {("warga", "binaan")}

# Words after which a position is generic (K2): "para kepala seksi".
QUANTIFIERS = words("para seluruh setiap semua sejumlah beberapa tiap")

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

# Attribution verbs after a quote (K6, A6): the draft's verbs and a few more.
ATTRIBUTION_VERBS = words(
    """ujar kata ungkap jelas tutur harap imbuh tambah tegas pungkas ucap papar terang sebut
    lanjut tanya ajak pesan tukas timpal sambung katakan"""
)

# Verbs of saying that introduce a quote (P3): 'Ia berkata, "..."'.
SAYING_VERBS = words(
    """berkata mengatakan menyampaikan menegaskan mengungkapkan menjelaskan menuturkan
    berpesan mengajak menyebut menyebutkan menambahkan mengimbau bertanya berujar
    mengingatkan menyatakan menekankan"""
)

# Abbreviations whose period does not end a sentence.
ABBREVIATIONS = words(
    """dok dr drs dra ir h hj prof no yth sdr sdri bpk jl kec kab kel st tn ny an sd up
    ttd ket hlm tel telp"""
)

# Canonical forms of acronyms (K9): the key is the lowercase form.
ACRONYMS = {
    w.lower(): w
    for w in words(
        """Kemenkumham Kemenimipas Kanwil Rudenim Lapas Rutan Bapas LPKA Kanim Ditjen
        Ditjenpas Ditjenim Dirjen Sekjen Itjen Kakanwil Kadiv Kasubbag Kabid Kalapas Karutan
        Kabapas Kakanim Karudenim Kapolres Kapolda Kapolri Polres Polda Polri Pemda Pemkab
        Pemkot Pemprov Bappeda Bappenas UPT HAM NTT NTB WBP ASN PNS PPPK CPNS DPRD TNI NKRI
        SDM SOP WBK WBBM PPID BNN BPBD BMKG KPK BPS"""
    )
}
