"""W1 and W2's question: is "di…" (or "ke…", "per…") a preposition or a passive verb?

"dikantor" is the preposition written solid ("di kantor", W1); "di gelar" is the prefix
written apart ("digelar", W2). Both rules turn on the same reading of the word after "di":
the word list's affix flags for it (D0 di-, Di di-…-i, Dk di-…-kan, DR diper-, Dt/Du
diper-…-i/-kan), the genre's verbs the list gives no di-, and the places, times and units
that are never verbs. That reading lives here; the rules stay in word_forms.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import FUNCTION_WORDS, words
from kabar_desktop.check.rules.colloquial import COLLOQUIAL
from kabar_desktop.check.rules.words19_slips import unknown_dropped_letter
from kabar_desktop.check.spelling import speller
from kabar_desktop.check.tables import PREPOSITIONS_JOINED

# W1: "disampingnya" may be "di sampingnya" (beside him) or a slip for a verb
# ("disampaikannya"): word_forms.py offers the fix only after a word that places something.
LOOKS_LIKE_A_VERB = words("disamping diatas dibawah")
# W1 beyond the table: "di"/"ke" + a listed stem, solid, that is no word ("dikantor",
# "kelapas"), and places and events whose word the lists wrongly accept ("diacara").
_PLACE_NOUNS = words(
    "acara area sekolah kawasan halaman lokasi arena gedung aula masyarakat lingkup bumi muka"
    " tingkat"  # "ditingkat kecamatan": a level, where (4 of 4 marked; session 22)
    " lahan ajang selasar posyandu puskesmas masjid musala pendopo"  # session 26 (7 of 7)
    " terminal areal brankas pelabuhan bandara gudang kantin dapur"  # session 31
)  # 'lingkup': "satker dilingkup Kemenkumham" (heldout43); "dibumi", "dimuka" (heldout81, 83)
# Round 23: KBBI's nouns of place and position (nomina lokatif). After 'ke' they make a
# direction, written apart (EYD V: "ke tengah", "ke muka"); the list gives "ketengah" and
# "kemuka" only as the stems of "mengetengahkan" and "mengemukakan", no word of their own.
# 'keluar' (v) and 'keatas'-like forms of the table (W1) are KBBI's or read there.
_LOCATIVES = words(
    """tengah atas bawah dalam luar depan belakang samping sisi pinggir tepi ujung seberang
    sebelah hadapan muka"""
)
_KE_WORDS = words("keluar")  # KBBI v "bergerak dari sebelah dalam ke sebelah luar"
# "per" meaning "each" is written apart before a unit: "perhari" → "per hari".
_PER_UNIT = re.compile(
    r"([Pp]er)(hari|orang|bulan|tahun|minggu|pekan|jam|kepala|kapita|kilogram|kilo|kg|lembar|paket|porsi"
    r"|bungkus|unit|kamar|kelompok|sesi|desa|kecamatan|kabupaten|provinsi|blok|regu"
    r"|peserta|item|butir|wilayah)(nya)?"
)
# W2: verbs of the genre the word list gives no di- (its flags: D0 di-, Di di-…-i, Dk
# di-…-kan, DR diper-, Dt/Du diper-…-i/-kan), and words after "di" that are places, times or
# prepositions even though the list lets them take di- ("di lantai 2", "di sela acara").
DI_VERBS = words(
    """gelar buka tutup ikuti hadiri dampingi sambangi kunjungi awali akhiri tandatangani
    pimpin terima beri pakai kelilingi sosialisasi evaluasi verifikasi identifikasi
    deportasi isolasi rehabilitasi fasilitasi apresiasi koordinasi realisasi validasi
    klarifikasi konfirmasi inventarisasi imunisasi vaksinasi sterilisasi relokasi cek
    geledah sidik unggah bobol gagas vaksin inisiasi iming kumpul genjot kelola"""
)  # 'bobol': "kartu ATM ‘dibobol’", the passive of KBBI's membobol (probe42); 'gagas'
# (KBBI's menggagas, heldout65: "di gagas oleh"); 'iming': "diiming-iming" (KBBI's
# mengiming-imingi, heldout159); 'kumpul': "untuk dikumpul" (probe121)
# 'genjot' (KBBI's menggenjot) and 'kelola' typed with a capital ('di Kelola'): session 43
_NOT_VERBS = words(
    """pekan ikan bakan atas bawah dalam luar depan belakang samping sebelah seberang sekitar
    tengah antara sini sana situ mana seluruh sela lantai sel tambang tembok pagar karang
    rantai foto telepon kandung palang salam untuk tentang kadang nanti agak pesan contoh
    gambar kontrak balik muka dekat ujung puncak tanah air kiri kanan bidang"""
)


def solid_preposition(low: str, stem: str, at: tuple[Doc, int] | None = None) -> str | None:
    """'di kantor' for "dikantor", 'ke lapas' for "kelapas", 'per hari' for "perhari": the
    preposition and a listed word written as one, where the whole is no word of its own and
    "di" + the word is no passive verb (the word list's di- flags and the genre's verbs, or
    an agent or a place after it: ``at`` is the token, where the text is known)."""
    if at is not None and (before_agent(*at) or _after_aspect(*at)):
        return None  # "sudah dijadwal": the passive after an aspect word (probe47)
    if stem == "keluar" and at is not None and _out_to_place(*at):
        return "ke luar"  # "bepergian keluar Indonesia": out to a place (6 of 7 marked)
    first, dash, second = low.partition("-")
    if dash and first[:2] in ("di", "ke") and first[2:] == second:
        # "ketengah-tengah": the preposition glued to a doubled noun (heldout34)
        joined = PREPOSITIONS_JOINED.get(first) or solid_preposition(first, first)
        if joined:
            return f"{joined}-{second}"
    if _PER_UNIT.fullmatch(low.replace("-", "", 1) if low.startswith("per-") else low):
        return f"per {low[3:].lstrip('-')}"  # "perhari", "per-kecamatan" (heldout156)
    head, rest = stem[:2], stem[2:]
    if head not in ("di", "ke") or len(rest) < 3 or "di" + rest in LOOKS_LIKE_A_VERB:
        return None
    if low[:2] + rest in PREPOSITIONS_JOINED or rest in FUNCTION_WORDS or stem == "ketidak":
        return None  # "ketidak cocokan": ke-tidak-an written apart, no 'ke' (probe44)
    if stem in COLLOQUIAL:
        return None  # "kebon": the spoken 'kebun' (W27's), no 'ke bon' (probe84)
    if stem == "ditanda":
        return None  # "ditanda tangani": W6 joins 'ditandatangani' (probe70)
    if head == "ke" and rest in _LOCATIVES and stem not in _KE_WORDS:
        return f"ke {low[2:]}"  # "kembali ketengah masyarakat" (round 23)
    sp = speller()
    if sp._listed(low) or sp._listed(stem) or not sp._listed(rest) or low in sp.lists.wrong:
        return None  # "kepres": W6's slip for "Keppres", no 'ke' (heldout41)
    if head == "ke" and unknown_dropped_letter(low, sp, margin=0.7):
        return None  # "kebanggan": 'kebanggaan' a letter short, no 'ke banggan' (probe156)
    if head == "di" and di_verb(rest, sp.words) and rest not in _PLACE_NOUNS:
        return None  # (not "dimasyarakat": 'dimasyarakatkan' is the verb, heldout35)
    if head == "di" and rest.endswith("asi") and rest not in _PLACE_NOUNS:
        return None  # "diinisiasi", "diverifikasi": a loan's action noun made a verb (probe 5)
    half, _, again = rest.partition("-")
    verbal = half in DI_VERBS or any(f[0] in "MD" for f in _flags(sp.words, half))  # meN-, di-
    if half == again and not verbal and not sp._listed(head + half):
        return f"{head} {low[2:]}"  # "dimasing-masing", "dimana-mana": no verb's root doubled
    if sp.known(low) and not (head == "di" and rest in _PLACE_NOUNS):
        return None
    return f"{head} {low[2:]}"


def _flags(stems: dict[str, str], stem: str) -> list[str]:
    """The word list's affix flags of ``stem`` (two letters each), none if it is unknown."""
    found = stems.get(stem)
    if not isinstance(found, str) or found == "**":
        return []
    return [found[k : k + 2] for k in range(0, len(found) - 1, 2)]


def di_verb(word: str, stems: dict[str, str]) -> bool:
    """Whether "di" + ``word`` is a passive verb: one the word list gives di- (alone, with -i
    or -kan, or diper-), a verb of the genre, or a -kan form that is no -an noun."""
    if word in _NOT_VERBS:
        return False
    if word in DI_VERBS or "D0" in _flags(stems, word):
        return True
    if word.endswith("si") and len(word) > 5 and "M0" in _flags(stems, word):
        return True  # a loan in -si that takes meN- ("mengonsumsi") has its di- too
    per = word.startswith("per")
    if per and "DR" in _flags(stems, word[3:]):  # "di perkuat"
        return True
    if word.endswith("i") and (
        "Di" in _flags(stems, word[:-1]) or (per and "Dt" in _flags(stems, word[3:-1]))
    ):
        return True
    if not word.endswith("kan") or len(word) <= 5:
        return False
    if "Dk" in _flags(stems, word[:-3]) or (per and "Du" in _flags(stems, word[3:-3])):
        return True
    # "gerakan", "kebijakan": a stem ending in k with -an (or ke-…-an) is a noun.
    if word[:-2] in stems or (word[:2] in ("ke", "pe") and word[2:-2] in stems):
        return False
    return not _confix_noun(word)


def _confix_noun(word: str) -> bool:
    """'penegakan' (peN-tegak-an), 'penggerakan': a noun whose root ends in k before -an,
    which no di- verb is (heldout41: "ada di penegakan hukum")."""
    from kabar_desktop.check.spelling import speller

    return any(
        a.prefixes in (("peN",), ("pe",), ("ke",)) and a.suffix == "an"
        for a in speller().readings(word)
    )


def _after_aspect(doc: Doc, i: int) -> bool:
    """Token ``i`` follows an aspect or modal word: a verb, no preposition's place."""
    prev = doc.tokens[i - 1].text.lower() if i else ""
    return prev in ("sudah", "telah", "akan", "belum", "sedang", "harus", "dapat", "bisa")


# The places one goes out to: 'ke luar kota', 'ke luar negeri' (KBBI's 'keluar' is the verb).
_OUT_TO = words("kota negeri daerah provinsi pulau kabupaten")


def _out_to_place(doc: Doc, i: int) -> bool:
    """'keluar kota' after a verb of going ('bepergian keluar kota'), not the verb 'keluar'
    beside 'masuk' ('masuk atau keluar wilayah Indonesia')."""
    toks = doc.tokens
    if i + 1 >= len(toks) or not doc.adjacent(toks[i], toks[i + 1]):
        return False
    before = {t.text.lower() for t in toks[max(0, i - 2) : i]}
    nxt = toks[i + 1].text
    return (nxt in _OUT_TO or nxt == "Indonesia") and not before & {"masuk", "saat", "ketika"}


def before_agent(doc: Doc, i: int) -> bool:
    """Token ``i`` ('disidang') is followed by 'oleh', 'di' or 'pada': a passive verb, its
    agent or its place after it ('kasusnya disidang di pengadilan', probe40), no 'di sidang'."""
    toks = doc.tokens
    if not toks[i].text.lower().startswith("di") or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return doc.adjacent(toks[i], nxt) and nxt.text in ("oleh", "di", "pada")


# 'di-Kantor', 'di-dampingi' (probe60): 'di'/'ke' with a hyphen before a word of letters. EYD V
# writes a hyphen there only before a capitalised short form ('di-PHK') or a number ('ke-2').
_HYPHENED = re.compile(r"(?<![\w/.-])([dD]i|[kK]e)-([A-Za-z][a-z]+)\b(?![-/.]\w)")


def hyphened_di(text: str, stems: dict[str, str]) -> Iterator[tuple[int, int, str]]:
    """Each 'di-'/'ke-' typed with a hyphen, and its fix: the verb solid ('didampingi'),
    the preposition apart ('di Kantor')."""
    for m in _HYPHENED.finditer(text):
        head, word = m.group(1), m.group(2)
        if head.lower() == "di" and di_verb(word.lower(), stems):
            yield m.start(), m.end(), head + word.lower()
        else:
            yield m.start(), m.end(), f"{head} {word}"
