"""Fixed corrections the word list cannot give: each wrong form and its standard one.

A spell checker accepts ``diantaranya``'s halves and offers no ``di antaranya``; these tables
name the mistakes Humas texts actually make (EYD V, KBBI), with the fix to offer.
"""

from __future__ import annotations

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

# W5: standard forms, the elision of k, p, s, t after meN-/peN- above all.
STANDARD_FORMS = pairs(
    """mempengaruhi=memengaruhi mempesona=memesona
    mempopulerkan=memopulerkan mempublikasikan=memublikasikan memposisikan=memosisikan
    memperkosa=memerkosa merubah=mengubah dirubah=diubah merubahnya=mengubahnya
    mengkoordinir=mengoordinasi dikoordinir=dikoordinasi koordinir=koordinasi"""
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

# W6: frequent non-standard spellings.
NONSTANDARD = pairs(
    """sekedar=sekadar praktek=praktik praktek-praktek=praktik-praktik resiko=risiko
    beresiko=berisiko ijin=izin perijinan=perizinan mengijinkan=mengizinkan
    diijinkan=diizinkan himbauan=imbauan himbau=imbau menghimbau=mengimbau dihimbau=diimbau
    analisa=analisis menganalisa=menganalisis dianalisa=dianalisis terimakasih=terima_kasih
    nasehat=nasihat obyek=objek obyektif=objektif subyek=subjek silahkan=silakan
    aktifitas=aktivitas efektifitas=efektivitas produktifitas=produktivitas
    kreatifitas=kreativitas sportifitas=sportivitas kwalitas=kualitas kwantitas=kuantitas
    sistim=sistem apotik=apotek jadual=jadwal karir=karier kongkrit=konkret konkrit=konkret
    nampak=tampak propinsi=provinsi tehnik=teknik tehnis=teknis tehnologi=teknologi
    ekstrim=ekstrem atlit=atlet ijasah=ijazah rapih=rapi hakekat=hakikat jaman=zaman
    kadaluarsa=kedaluwarsa kadaluwarsa=kedaluwarsa legalisir=legalisasi
    standarisasi=standardisasi antri=antre lembab=lembap seksama=saksama trampil=terampil
    ketrampilan=keterampilan frekwensi=frekuensi kwitansi=kuitansi azas=asas hutang=utang
    isteri=istri fikir=pikir difikirkan=dipikirkan menyolok=mencolok sholat=salat
    mushola=musala musholla=musala kharisma=karisma kuatir=khawatir terlanjur=telanjur
    pebruari=Februari nopember=November jum'at=Jumat
    varitas=varietas ambulan=ambulans tekhnis=teknis do'a=doa"""
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
    followers=pengikut upgrade=peningkatan"""
)
FOREIGN_WORDS = words(
    """team building support system web traffic search engine optimization like share
    trending influencer podcast streaming branding rebranding content creator speaking
    skills reward punishment practice practices quick wins jobdesk follow door coffee break
    press release headline family grand design opening ceremony agent change action plan
    service excellent governance roadshow outbound"""
) | frozenset(FOREIGN_EQUIVALENTS)
# Foreign only beside another foreign word ("follow up", "public speaking"): alone, they may
# be names, abbreviations or typing slips.
FOREIGN_ONLY_IN_PAIRS = words(
    "to of up house open run walk fun good clean hard soft live public best win"
)

# W10: informal office shorthand, spelled out.
SHORTHAND = pairs(
    """tusi=tugas_dan_fungsi tupoksi=tugas_pokok_dan_fungsi rakor=rapat_koordinasi
    raker=rapat_kerja sidak=inspeksi_mendadak juknis=petunjuk_teknis
    juklak=petunjuk_pelaksanaan monev=pemantauan_dan_evaluasi bimtek=bimbingan_teknis
    yg=yang dgn=dengan utk=untuk tsb=tersebut ybs=yang_bersangkutan krn=karena
    dlm=dalam spt=seperti sbg=sebagai"""
)
# "giat" is also an adjective ("bekerja giat"): shorthand for "kegiatan" only beside these.
GIAT_NEIGHBOURS = words(
    "ini tersebut itu dilaksanakan berlangsung berjalan dalam pada pelaksanaan saat acara"
)
