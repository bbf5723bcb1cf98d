"""K12, K15–K17: the case of words inside a name or a title in running text.

EYD V (huruf kapital, I.B.8 and I.B.13) capitalises each word of a name of an institution, a
document or an event, except its function words when they are not first: 'Sinergi Bersama
Media dalam Rangka …', 'Seksi Bimbingan Masyarakat Islam'. So:

- K12: a function word capitalised between two capitalised words (a name or a theme's title
  in title case) is lowercase ('Media Dalam Rangka' → 'dalam'); the headline is K5's.
- K15: a generic head word before an event's or a place's name is a common noun: 'dalam
  Kegiatan Rapat Koordinasi …' → 'kegiatan', 'penanganan Pandemi Covid-19' → 'pandemi'.
- K16: a content word in lowercase inside a unit's name whose other words are capitalised
  takes a capital too ('Seksi bimbingan Masyarakat Islam' → 'Bimbingan').
- K17: a short form made of syllables has one capital, at its start (EYD V, I.C singkatan
  dan akronim: 'Kakanwil'), so two known short forms written with inner capitals are one
  word in one case: 'KakanKemenag' → 'Kakankemenag' (a warning: a brand may be written so).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import (
    FUNCTION_WORDS,
    INSTITUTION_KINDS,
    INSTITUTIONS,
    PLACE_NAME_HEADS,
    POSITION_PARTS,
    QUANTIFIERS,
    words,
)
from kabar_desktop.check.rules import ERROR, N_, WARNING, Hit, rule
from kabar_desktop.check.rules.caps17_short_names import spelled_names, spells
from kabar_desktop.check.rules.case_reading import (
    cap,
    capitalised,
    in_dateline,
    in_title,
    initial,
)
from kabar_desktop.check.rules.reduplicated_forms import name_reduplications

# Function words a name in title case writes in lowercase (KBBI: kata tugas). Not 'antara'
# ('Kantor Berita Antara'), 'sampai', 'hingga' (also verbs and names).
_LINKS = words(
    """di ke dari dan yang untuk pada dengan dalam bagi atau oleh tentang terhadap kepada
    serta sebagai melalui daripada demi tanpa"""
)
# A function word that is part of a name's own words: 'Kementerian Dalam Negeri', 'Tuhan
# Yang Maha Esa', 'Paduka Yang Mulia'; 'Dan' for Komandan before a unit: 'Dan Satgas'.
_FIXED_AFTER = {
    "dalam": words("negeri negri"),  # "Dalam Negri": S1 mends the slip (probe155)
    "yang": words("maha mulia terhormat"),
    "dan": words("satgas yon yonif ramil pos ton ki ru lanal"),
    "bagi": words("hasil"),  # "Dana Bagi Hasil": KBBI's 'bagi hasil' n, no preposition (probe69)
}
# Heads that name a kind, not the event or place after them (KBBI common nouns).
_EVENT_HEADS = words("kegiatan acara pelaksanaan penyelenggaraan")
_PLACE_HEADS = words("wilayah dapur area")
_DISEASE_HEADS = words("pandemi wabah")
# What a place head may stand before: an office or a region ('di Wilayah Kota Cilegon', 'Di
# Dapur Lapas Permisan'), not a name of its own ('Wilayah Bebas Korupsi', 'Dapur Sehat').
_PLACES = (
    INSTITUTION_KINDS
    | frozenset(INSTITUTIONS)
    | _PLACE_HEADS
    | words("kota kabupaten provinsi kantor lembaga rumah balai")
)
_EVENT_WORDS = words(
    """rapat sidang apel upacara pelatihan sosialisasi seminar lokakarya diklat bimtek
    sarasehan musyawarah lomba festival pameran peringatan pembukaan penutupan penandatanganan
    kunjungan bakti doa halalbihalal rakor monev pengukuhan pelantikan focus forum workshop
    webinar coffee"""
)
# Words after which a phrase in title case is the title of a law, a talk or a theme.
_TOPIC_WORDS = words(
    """tentang mengenai menyoroti menjelaskan memaparkan membahas pentingnya materi tema
    bertema bertajuk berjudul topik"""
)
# Words that open a unit's name (K16): 'Seksi Bimbingan Masyarakat Islam'.
_UNIT_WORDS = words(
    """seksi subseksi bidang subbidang bagian subbagian divisi direktorat subdirektorat biro
    urusan dinas badan"""
)
# Words a unit's name is made of, beside the position parts: 'Seksi Bimbingan Masyarakat'.
# (Round 17: the parentheses make the subtraction reach POSITION_PARTS too, which holds 'dan':
# K16 asked 'Dan' in 'Dinas komunikasi dan Informasi'.)
_UNIT_NAME_WORDS = (
    POSITION_PARTS
    | words(
        """bimbingan masyarakat perawatan informasi teknologi hukum program pelaporan
        pengamanan intelijen penindakan lalu lintas izin tinggal status dokumen perjalanan
        sarana komunikasi rumah tangga penyuluhan pendidikan penerangan pengawasan protokol
        perencanaan organisasi kehumasan keimigrasian intelejen"""
    )
) - words("dan kota kerja kegiatan")
# A regional government's agencies: 'Dinas tenaga kerja Kota Kupang' → Dinas Tenaga Kerja
# (Permendagri 90/2019 names the affairs each agency takes).
_AGENCY_HEADS = words("dinas badan")
_AGENCY_WORDS = words(
    """tenaga kerja sosial kesehatan perhubungan pertanian perikanan kependudukan pencatatan
    sipil pekerjaan umum penataan ruang perumahan permukiman pariwisata kebudayaan lingkungan
    hidup koperasi perdagangan perindustrian pemberdayaan desa penanaman modal pemadam
    kebakaran perpustakaan kearsipan pangan ketahanan kepegawaian daerah keuangan pendapatan
    bencana penanggulangan kesatuan bangsa politik"""
)
_REGIONS = frozenset(("Kota", "Kabupaten", "Provinsi", "Kab."))
_HEADS = _EVENT_HEADS | _PLACE_HEADS | _DISEASE_HEADS
# Short forms of positions that head a unit's name: 'Kasi Intelijen dan Penindakan …'.
_UNIT_POSITIONS = words(
    "kasi kasie kasubsi kabid kabag kasubbag kasubag kadiv kasubdit kasubbid kasubid"
)
_CAMEL = re.compile(r"[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,})+")


_AFFAIR = re.compile(r"(?:pe|ke)[a-z]{4,}an")


def _glossary_name(word: str) -> bool:
    """The office glossary writes ``word`` as a body's short form of syllables ('Kominfo')."""
    canonical = INSTITUTIONS.get(word.lower())
    return canonical is not None and canonical == word and canonical[1:].islower()


def _skipped(doc: Doc, t: Token) -> bool:
    return in_title(doc, t) or in_dateline(doc, t) or doc.is_italic(t.start, t.end)


def _neighbours(doc: Doc, i: int) -> tuple[Token | None, Token | None]:
    """The tokens right before and after token ``i`` with only spaces between."""
    toks = doc.tokens
    prev = toks[i - 1] if i and doc.adjacent(toks[i - 1], toks[i]) else None
    nxt = toks[i + 1] if i + 1 < len(toks) and doc.adjacent(toks[i], toks[i + 1]) else None
    return prev, nxt


@rule("K12", ERROR, N_("A function word inside a name or a title is lowercase"))
def function_words(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for i, t in enumerate(doc.tokens):
        lower = t.text.lower()
        if lower not in _LINKS or not t.text[0].isupper() or t.text.isupper():
            continue
        if initial(doc, t) or _skipped(doc, t) or text[t.end : t.end + 1] in ("-", "’", "'"):
            continue  # "HUT Ke-80": an ordinal
        prev, nxt = _neighbours(doc, i)
        if prev is None or nxt is None or not capitalised(prev) or not capitalised(nxt):
            continue
        if nxt.text.lower() in _FIXED_AFTER.get(lower, ()):
            continue
        if prev.text in PLACE_NAME_HEADS and not _inside_name(doc, i - 2):
            continue  # "di Desa Dalam Kaum": a place's name opens with the word (heldout449)
        if (prev.text.lower(), lower) == ("peran", "serta"):
            continue  # "Bidang Peran Serta Masyarakat": KBBI's 'peran serta' n (heldout456)
        yield Hit(
            t.start,
            t.end,
            N_("A function word inside a name or a title is written in lowercase: '{word}'."),
            lower,
            {"word": lower},
        )


def _inside_name(doc: Doc, i: int) -> bool:
    """Token ``i`` is a capitalised word of a name ('Kepala Desa'), not a sentence's opening
    preposition ('Di Desa Dalam Kaum')."""
    t = doc.tokens[i] if i >= 0 else None
    return t is not None and capitalised(t) and not (initial(doc, t) and t.text.lower() in _LINKS)


def _generic_head(doc: Doc, i: int) -> bool:
    """Token ``i`` is a head word in mid-sentence before a capitalised name that it does not
    belong to: a lowercase word (or a sentence's opening preposition) before it."""
    toks = doc.tokens
    t = toks[i]
    lower = t.text.lower()
    if lower not in _HEADS or not capitalised(t) or t.text.isupper():
        return False
    if initial(doc, t) or _skipped(doc, t):
        return False
    prev, nxt = _neighbours(doc, i)
    if nxt is None or not capitalised(nxt) or prev is None:
        return False
    if lower in _EVENT_HEADS and nxt.text.lower() not in _EVENT_WORDS and not nxt.text.isupper():
        return False  # "Kegiatan Belajar …": maybe the name itself
    if lower in _PLACE_HEADS and nxt.text.lower() not in _PLACES:
        return False
    if prev.text.lower() in _TOPIC_WORDS:
        return False  # "tentang Penyelenggaraan Keimigrasian": a law's title
    if (prev.text, lower) == ("kantor", "wilayah"):
        return False  # "kantor Wilayah Kemenkumham": the name's second word (K10's head)
    if capitalised(prev):
        return initial(doc, prev) and prev.text.lower() in _LINKS  # "Di Dapur Lapas …"
    return True


@rule("K15", ERROR, N_("A generic word before a name is lowercase"))
def generic_heads(doc: Doc) -> Iterator[Hit]:
    for i, t in enumerate(doc.tokens):
        if _generic_head(doc, i):
            lower = t.text.lower()
            yield Hit(
                t.start,
                t.end,
                N_("'{word}' is a common noun before the name: it is written in lowercase."),
                lower,
                {"word": lower},
            )


def _unit_head(doc: Doc, i: int) -> bool:
    """Token ``i`` opens the lowercase words of a unit's name: a unit word ('Seksi
    bimbingan …'), a sentence's first 'Kepala' before one (K1 leaves a sentence's first word
    alone: 'Kepala bagian Protokol …'), or 'dan' inside a unit's name ('Kasi Intelijen dan
    penindakan Keimigrasian')."""
    toks = doc.tokens
    t = toks[i]
    lower = t.text.lower()
    if lower in _UNIT_WORDS:
        return capitalised(t) and not (
            i and doc.adjacent(toks[i - 1], t) and toks[i - 1].text.lower() in QUANTIFIERS
        )  # "para Kepala Seksi …": K2's
    if t.text == "Kepala":
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return initial(doc, t) and nxt is not None and nxt.text in _UNIT_WORDS
    if t.text != "dan" or i < 2:
        return False
    k = i  # back over the capitalised words of the name before 'dan'
    while k > max(0, i - 4) and doc.adjacent(toks[k - 1], toks[k]) and capitalised(toks[k - 1]):
        k -= 1
    return (
        k < i - 1
        and toks[i - 1].text.lower() in _UNIT_NAME_WORDS
        and any(b.text.lower() in _UNIT_WORDS | _UNIT_POSITIONS for b in toks[k : i - 1])
    )


@rule("K16", ERROR, N_("Every content word of a unit's name is capitalised"))
def unit_names(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    for i, t in enumerate(toks):
        if _skipped(doc, t) or not _unit_head(doc, i):
            continue
        j = i + 1
        while (
            j < len(toks)
            and j - i <= 3
            and doc.adjacent(toks[j - 1], toks[j])
            and toks[j].text.islower()
            and (
                toks[j].text in _UNIT_NAME_WORDS | _UNIT_WORDS | _AGENCY_WORDS
                or j > i + 1
                and toks[j].text == "dan"
                or t.text == "dan"
                and j == i + 1
                and bool(_AFFAIR.fullmatch(toks[j].text))
            )
        ):
            j += 1
        if j == i + 1 or j >= len(toks):
            continue
        if t.text == "dan" and _closed_by_holder(doc, j):
            yield from _unit_word_hits(doc, i + 1, j)  # "Kabid Intelijen dan penindakan
            continue  # keimigrasian, Christian Penna": the holder's name closes the unit
        if not doc.adjacent(toks[j - 1], toks[j]):
            continue
        nxt = toks[j]
        region = t.text.lower() in _AGENCY_HEADS and nxt.text in _REGIONS
        # "Kepala dinas Kominfo": an agency's short form in the glossary names the agency
        region = region or (toks[j - 1].text in _AGENCY_HEADS and _glossary_name(nxt.text))
        # Between a unit's 'dan' and its capitalised last word, one lowercase noun of an
        # affair (peN-/per-/ke- … -an: the fields units are named by) is the name's: "Seksi
        # Kehumasan dan pelayanan Publik" (round 17); "dan jajaran Humas" is no field.
        inner = t.text == "dan" and j == i + 2 and bool(_AFFAIR.fullmatch(toks[i + 1].text))
        if not capitalised(nxt) or (
            nxt.text.lower() not in _UNIT_NAME_WORDS and not region and not inner
        ):
            continue  # the name goes on in capitals: "Seksi bimbingan Masyarakat Islam"
        yield from _unit_word_hits(doc, i + 1, j)
    yield from _named_before_short_form(doc)
    yield from spelled_names(doc)
    yield from name_reduplications(doc)  # "Undang-undang Keterbukaan" (reduplicated_forms.py)


def _unit_word_hits(doc: Doc, first: int, end: int) -> Iterator[Hit]:
    for t in doc.tokens[first:end]:
        if t.text == "dan":
            continue  # a name's 'dan' stays lowercase (K12's)
        yield Hit(
            t.start,
            t.end,
            N_("A word of a unit's name starts with a capital letter: '{word}'."),
            cap(t.text),
            {"word": cap(t.text)},
        )


def _closed_by_holder(doc: Doc, j: int) -> bool:
    """A comma and a capitalised word after the unit's lowercase words: the holder's name
    follows the unit, which ended there."""
    toks = doc.tokens
    gap = doc.text[toks[j - 1].end : toks[j].start]
    return gap == ", " and capitalised(toks[j]) and toks[j].text.lower() not in _UNIT_WORDS


def _named_before_short_form(doc: Doc) -> Iterator[Hit]:
    """A body's full name before its short form in brackets, one content word left in
    lowercase: 'Rumah Detensi imigrasi (Rudenim)' → 'Imigrasi' (the short form shows it is a
    name; the other words' capitals show the writer wrote it as one)."""
    toks = doc.tokens
    for m in re.finditer(r"\b([a-z]+) \(([A-Z][A-Za-z]{1,9})\)", doc.text):
        j = doc.token_at(m.start())
        if j is None or _skipped(doc, toks[j]):
            continue
        for n in range(2, 6):
            run = toks[j - n + 1 : j + 1]
            if len(run) < n or not all(doc.adjacent(a, b) for a, b in pairwise(run)):
                break
            if not spells([t.text for t in run], m.group(2).lower()):
                continue
            low = [t for t in run if t.text.islower() and t.text not in FUNCTION_WORDS]
            caps = [t for t in run if capitalised(t) and not initial(doc, t)]
            if low and len(caps) >= 2:
                for t in low:
                    word = cap(t.text)
                    yield Hit(
                        t.start,
                        t.end,
                        N_("A word of a unit's name starts with a capital letter: '{word}'."),
                        word,
                        {"word": word},
                    )
            break


@rule("K17", WARNING, N_("A short form made of syllables has one capital, at its start"))
def camel_short_forms(doc: Doc) -> Iterator[Hit]:
    for t in doc.tokens:
        if not _CAMEL.fullmatch(t.text) or _skipped(doc, t):
            continue
        from kabar_desktop.check.wordlists import word_lists

        short = word_lists().short_forms
        parts = re.findall(r"[A-Z][a-z]+", t.text)
        joined = t.text.lower()
        if joined not in short and not all(p.lower() in short for p in parts):
            continue  # "SwadayaNews": a brand's name
        if joined in short:
            fixed = short[joined]
            message = N_("A short form made of syllables has only its first capital: '{word}'.")
        else:  # "KanwilKemenkumham": two short forms, two words
            fixed = " ".join(short[p.lower()] for p in parts)
            message = N_("Two short forms are written as two words: '{word}'.")
        if fixed != t.text:
            yield Hit(t.start, t.end, message, fixed, {"word": fixed})
