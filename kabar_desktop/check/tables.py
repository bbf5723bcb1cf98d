"""Fixed corrections the word list cannot give: each wrong form and its standard one.

A spell checker accepts ``diantaranya``'s halves and offers no ``di antaranya``; these tables
name the mistakes Humas texts actually make (EYD V, KBBI), with the fix to offer.
"""

from __future__ import annotations

from collections import namedtuple
from pathlib import Path

from kabar_desktop import paths
from kabar_desktop.check.lexicon import words


def pairs(text: str) -> dict[str, str]:
    """``"wrong=right wrong=right"`` → a dict; ``_`` in the right side stands for a space."""
    out = {}
    for item in text.split():
        wrong, right = item.split("=")
        out[wrong] = right.replace("_", " ")
    return out


# W1: di/ke before places, directions and pronouns are written apart.
PREPOSITIONS_JOINED = pairs(
    """diatas=di_atas dibawah=di_bawah didalam=di_dalam diluar=di_luar didepan=di_depan
    dibelakang=di_belakang disamping=di_samping disebelah=di_sebelah diseberang=di_seberang
    disekitar=di_sekitar ditengah=di_tengah ditengah-tengah=di_tengah-tengah diantara=di_antara
    diantaranya=di_antaranya disini=di_sini disana=di_sana disitu=di_situ dimana=di_mana
    dimanapun=di_mana_pun dimanakah=di_manakah diseluruh=di_seluruh dirumah=di_rumah
    kesana=ke_sana kesini=ke_sini kesitu=ke_situ kemana=ke_mana kemanapun=ke_mana_pun
    keatas=ke_atas kebawah=ke_bawah kedepan=ke_depan kebelakang=ke_belakang
    kesamping=ke_samping keseluruh=ke_seluruh"""
)
# ... and before quantifiers, places and times, where "di" is never the verb prefix (the word
# list takes "dibeberapa", "disetiap" for di- + se-/ber- words).
PREPOSITIONS_JOINED |= pairs(
    """dibeberapa=di_beberapa disetiap=di_setiap diberbagai=di_berbagai disejumlah=di_sejumlah
    disepanjang=di_sepanjang diseputar=di_seputar dihadapan=di_hadapan dikalangan=di_kalangan
    dilingkungan=di_lingkungan diwilayah=di_wilayah dikantor=di_kantor dilapangan=di_lapangan
    diaula=di_aula diruang=di_ruang diruangan=di_ruangan dikota=di_kota didesa=di_desa
    dikabupaten=di_kabupaten diprovinsi=di_provinsi dikecamatan=di_kecamatan
    dilokasi=di_lokasi ditempat=di_tempat diakhir=di_akhir diawal=di_awal dimasa=di_masa
    disaat=di_saat diera=di_era ditahun=di_tahun dibulan=di_bulan dihari=di_hari
    disela-sela=di_sela-sela dipinggir=di_pinggir ditepi=di_tepi didekat=di_dekat"""
)

# meN-/peN- + s/t/k + vowel whose consonant does stay (KBBI's exceptions and other words).
KEEPS_CONSONANT = (
    "mengkaji",
    "pengkaji",
    "mental",
    "mentah",
    "mentari",
    "mentega",
    "menteri",
    "mentereng",
    "mentimun",
    "mentang",  # "mentang-mentang" (KBBI; heldout148)
    "mentor",
    "mentok",
    "pentas",
    "penting",
    "pentil",
    "pentol",
    "pentung",
    "pensiun",
    "pensil",
    "pentahelix",
    "pentagon",
)

# W5, W6, W11: the curated list of non-standard forms, with the fix and its source, is data:
# resources/dictionaries/baku.tsv (its header explains the columns).
BAKU_FILE = "baku.tsv"
_BAKU_RULES = ("W5", "W6", "W11", "KBBI")


TYPE_CHECKING = False  # typing costs every ``kabar check`` ~3 ms: no typing.NamedTuple (cli.py)
if TYPE_CHECKING:
    from typing import NamedTuple

    class BakuRow(NamedTuple):
        wrong: str  # lowercase; words separated by one space; "" for a KBBI row
        right: str
        rule: str  # W5, W6, W11 or KBBI
        source: str
        name_too: bool  # the wrong form is also a name: not reported inside a capitalised name

else:
    BakuRow = namedtuple("BakuRow", "wrong right rule source name_too")


def read_baku(path: Path) -> list[BakuRow]:
    """The rows of ``baku.tsv`` (none if it is missing); a malformed row raises
    ``ValueError`` naming its line: a broken list must not pass unnoticed."""
    rows: list[BakuRow] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return rows
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#") or line.startswith("tidak_baku\t"):
            continue
        fields = line.split("\t")
        if len(fields) not in (4, 5) or fields[2] not in _BAKU_RULES or not fields[1]:
            raise ValueError(f"{path.name}:{number}: {line!r}")
        wrong = "" if fields[0] == "-" else " ".join(fields[0].lower().split())
        name_too = len(fields) == 5 and fields[4] == "nama"
        rows.append(BakuRow(wrong, fields[1], fields[2], fields[3], name_too))
    return rows


BAKU_ROWS = read_baku(paths.resources_dir() / "dictionaries" / BAKU_FILE)
# W5: standard forms of affixed words (meN-/peN- above all); W6: frequent non-standard
# spellings, closed compounds, particles; W11: words KBBI lacks, best replaced (warning).
STANDARD_FORMS = {r.wrong: r.right for r in BAKU_ROWS if r.rule == "W5"}
NONSTANDARD = {r.wrong: r.right for r in BAKU_ROWS if r.rule == "W6"}
NOT_IN_KBBI = {r.wrong: r.right for r in BAKU_ROWS if r.rule == "W11"}
NAMES_TOO = frozenset(r.wrong for r in BAKU_ROWS if r.name_too)
# Standard words the Hunspell list may lack: every fix above and the KBBI rows. The speller
# can treat them as known, so that a fix never turns into an "unknown word". A word the wrong
# form holds too ('mendapat' of 'mendapat antusias') is only context, no word vouched for.
KBBI_WORDS = frozenset(
    w.lower() for r in BAKU_ROWS for w in r.right.split() if w not in r.wrong.split()
)

# W9: foreign words that want italics, and the Indonesian word where one serves.
FOREIGN_EQUIVALENTS = pairs(
    """workshop=lokakarya meeting=rapat online=daring offline=luring feedback=umpan_balik
    stakeholder=pemangku_kepentingan stakeholders=pemangku_kepentingan update=pembaruan
    upload=unggah download=unduh email=surel e-mail=surel deadline=tenggat
    mindset=pola_pikir monitoring=pemantauan training=pelatihan launching=peluncuran
    smartphone=ponsel_pintar website=laman hoax=hoaks talkshow=gelar_wicara
    briefing=pengarahan event=acara leader=pemimpin leadership=kepemimpinan sharing=berbagi
    skill=keterampilan coaching=pembinaan gathering=temu_ramah roadmap=peta_jalan
    flyer=pamflet template=templat dashboard=dasbor user=pengguna password=kata_sandi
    followers=pengikut upgrade=peningkatan overload=kelebihan_kapasitas
    overcapacity=kelebihan_kapasitas overcrowded=kelebihan_kapasitas game=permainan
    games=permainan batch=angkatan login=masuk logout=keluar full=penuh fresh=segar
    mapping=pemetaan security=keamanan clinic=klinik handphone=ponsel review=tinjauan
    progress=kemajuan output=keluaran outcome=hasil timeline=linimasa rundown=susunan_acara
    barcode=kode_batang tracking=pelacakan tracing=pelacakan speaker=pembicara
    volunteer=relawan safety=keselamatan handling=penanganan link=tautan standby=siaga
    upgrading=peningkatan checklist=daftar_periksa doorprize=hadiah_pintu gadget=gawai
    username=nama_pengguna laundry=binatu bakery=toko_roti barbershop=pangkas_rambut
    handicraft=kerajinan_tangan handycraft=kerajinan_tangan billing=tagihan
    refreshing=penyegaran finishing=penyelesaian fogging=pengasapan stateless=tanpa_kewarganegaraan
    scan=pindai random=acak breakdown=rincian backup=cadangan blacklist=daftar_hitam
    visit=kunjungan policy=kebijakan sanitizer=penyanitasi maximum=maksimum morning=pagi
    moment=momen asset=aset reward=penghargaan bully=rundung marketing=pemasaran"""
)  # (the last row: probe78's words W9 had reported with none; KBBI: momen, aset, rundung)
# Two-word English verbs of apps and forms (phrase_at in solid_words.py finds them).
FOREIGN_EQUIVALENTS.update(pairs("log_in=masuk log_out=keluar sign_in=masuk sign_up=daftar"))
FOREIGN_EQUIVALENTS.update(pairs("community=komunitas"))  # round 26: W9's, not S7's too
# probe138: "masa pandemic" is the noun 'pandemi', not KBBI's adjective 'pandemik'
FOREIGN_EQUIVALENTS.update(pairs("pandemic=pandemi"))
# Session 36: KBBI's 'stan' for the exhibition's stand, capitalised too (10 of 10 marked)
FOREIGN_EQUIVALENTS.update(pairs("stand=stan"))
# Session 40: the sets' words for an event's English head (KBBI: skrining, penyelamat)
FOREIGN_EQUIVALENTS.update(pairs("screening=skrining rescue=penyelamat"))
# Session 38: the English terms FOREIGN_PHRASES reads in capitals, as the sets fix them
FOREIGN_EQUIVALENTS.update(
    pairs(
        """job_fair=bursa_kerja fashion_show=peragaan_busana grand_final=babak_final
        green_house=rumah_kaca call_center=pusat_panggilan combine_harvester=mesin_panen
        pilot_project=proyek_percontohan tax_amnesty=amnesti_pajak role_model=teladan
        road_show=kunjungan_keliling over_crowded=kepadatan_hunian
        extra_fooding=makanan_tambahan focus_group_discussion=diskusi_kelompok_terpumpun"""
    )
)  # (the phrases' '_' becomes a space below, as for 'log_in'; session 39: 'amnesti pajak')
for _phrase in [k for k in FOREIGN_EQUIVALENTS if "_" in k]:
    FOREIGN_EQUIVALENTS[_phrase.replace("_", " ")] = FOREIGN_EQUIVALENTS.pop(_phrase)
FOREIGN_WORDS = words(
    """team building support system web traffic search engine optimization like share
    trending influencer podcast streaming branding rebranding content creator speaking
    skills reward punishment practice practices quick wins jobdesk follow door coffee break
    press release headline family grand design opening ceremony agent change action plan
    service excellent governance roadshow outbound overstay autogate m-banking community
    house"""
) | frozenset(FOREIGN_EQUIVALENTS)
# Foreign only beside another foreign word ("follow up", "public speaking"): alone, they may
# be names, abbreviations or typing slips.
FOREIGN_ONLY_IN_PAIRS = words(
    "to of up house open run walk fun good clean hard soft live public best win"
)

# W10: informal office shorthand, spelled out: spoken acronyms of office phrases (defined
# once in brackets, they may stand: W10) and chat contractions of dropped letters.
SHORTHAND = pairs(
    """tusi=tugas_dan_fungsi tupoksi=tugas_pokok_dan_fungsi rakor=rapat_koordinasi
    raker=rapat_kerja sidak=inspeksi_mendadak juknis=petunjuk_teknis
    juklak=petunjuk_pelaksanaan monev=pemantauan_dan_evaluasi bimtek=bimbingan_teknis
    kunker=kunjungan_kerja rapim=rapat_pimpinan sertijab=serah_terima_jabatan
    yg=yang dgn=dengan utk=untuk tsb=tersebut ybs=yang_bersangkutan krn=karena
    dlm=dalam spt=seperti sbg=sebagai tdk=tidak sdh=sudah blm=belum jg=juga kpd=kepada
    dg=dengan org=orang"""
)
# "giat" is also an adjective ("bekerja giat"): shorthand for "kegiatan" only beside these.
GIAT_NEIGHBOURS = words(
    "ini tersebut itu dilaksanakan berlangsung berjalan dalam pada pelaksanaan saat acara"
    " serupa rutin"  # "giat serupa", "giat rutin senam" (session 42)
)
