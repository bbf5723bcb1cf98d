"""Names in lowercase (K10, K11): offices, regions and places, religions, forms of address.

EYD V capitalises every word of a name: `Kantor Imigrasi Palangka Raya`, `Kabupaten Halmahera
Utara`, `Hotel Grand Land`, `Lapas Kelas IIA Kupang`, `Ditjen AHU`. The common noun that heads
such a name (kantor, kabupaten, hotel, kelas) is written in lowercase only when it names no
one: `kantor itu`, `di tingkat kabupaten`, `siswa kelas II`. So a finding needs the name that
follows (a capitalised word, an initialism, or the class numeral after `kelas`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import (
    FUNCTION_WORDS,
    INSTITUTIONS,
    MINISTRY_FIELDS,
    MONTHS,
    POSITION_PARTS,
    POSITIONS,
    WEEKDAYS,
    words,
)
from kabar_desktop.check.rules import ERROR, N_, Hit, rule
from kabar_desktop.check.rules.caps19_places import listed_names, name_tails
from kabar_desktop.check.rules.caps32_kinds import kinds_before_names
from kabar_desktop.check.rules.lowercase_names import lowercase_names
from kabar_desktop.check.rules.place_names import lowercase_places
from kabar_desktop.check.rules.positions import LOWERCASE_FIELD
from kabar_desktop.check.rules.unit_classes import ranked_office_word
from kabar_desktop.check.rules.words23_caps import spelled_names
from kabar_desktop.check.rules.words24_caps import government_heads

# Heads of a name on their own: "kabupaten Halmahera Utara", "ditjen AHU", "lapas Atambua".
_HEADS = words(
    """provinsi kabupaten kecamatan kelurahan desa hotel ditjen direktorat kementerian kanwil
    lapas rutan rudenim bapas lpka lpp kanim rupbasan aula universitas kota"""
)
# Heads of the names of places, buildings and local offices (EYD V, I.B.12: a geographical
# name's common noun is capitalised as part of it: "Jalan Soekarno", "Pulau Semau", "Masjid
# Al-Ikhlas", "Puskesmas Oebobo", "Polsek Maulafa").
_PLACE_HEADS = words(
    """jalan pulau gunung danau sungai pantai selat teluk masjid musala pura vihara klenteng
    puskesmas polres polresta polsek polda kodim koramil pendopo dusun bandara pelabuhan
    stadion"""
)
_HEADS |= _PLACE_HEADS
# Heads that are a room or a part of the name after them: "aula Hotel …", "kota Kantor …",
# "masjid Lapas Kupang" (the mosque of an office), "jalan Provinsi" (a kind of road).
_PART_OF_NEXT = words("aula kota") | _PLACE_HEADS
# Round 24: a room before the head of a body's name is that body's room, a common noun
# ("di aula Dinas Perhubungan Provinsi …", "ruang rapat Badan Kepegawaian …").
_ROOMS = words("aula ruang ruangan")
_BODY_HEADS = words(
    """dinas badan kantor sekretariat balai biro bagian lembaga pemerintah pemkab pemkot
    pemprov kecamatan kelurahan universitas sekolah rumah hotel gedung kementerian direktorat
    inspektorat pengadilan kejaksaan kepolisian markas"""
)
# A head before a list of names is a plural common noun: "kabupaten Bangka, Bangka Tengah dan
# Belitung"; "wali kota Kupang" is a position (K1's).
_NAME_LIST = re.compile(r"[A-Z][\w-]*(?: [A-Z][\w-]*)*(?:, [A-Z][\w-]*(?: [A-Z][\w-]*)*)+,? dan ")
# Heads of two words: "kantor imigrasi", "rumah tahanan", "pengadilan negeri".
_PAIRS = {
    "kantor": words("imigrasi wilayah pertanahan kementerian"),
    "rumah": words("sakit tahanan detensi"),
    "lembaga": words("pemasyarakatan"),
    "balai": words("pemasyarakatan"),
    "pengadilan": words("negeri agama tinggi"),
    "kejaksaan": words("negeri tinggi"),
    "kepolisian": words("resor daerah sektor"),
}
# Words that go on an office's name after its head: "lembaga pemasyarakatan kelas IIA".
_PARTS = words(
    """imigrasi wilayah pertanahan kementerian sakit tahanan detensi pemasyarakatan negeri
    agama tinggi resor daerah sektor jenderal kelas negara umum khusus anak perempuan"""
)
_OFFICE_WORDS = _HEADS | _PARTS | frozenset(_PAIRS) | frozenset().union(*_PAIRS.values())
# Offices that have a class: "Lapas kelas IIB", "Imigrasi kelas I".
_CLASSED = words(
    """lapas rutan bapas lpka lpp imigrasi kanim pemasyarakatan negara rupbasan kalapas karutan
    kabapas kakanim karudenim"""
)  # and the heads' short titles: "Kalapas kelas I Malang" (heldout27)
_ROMAN = re.compile(r"(?:I{1,3}|IV)[AB]?")
# 'Klas II B' too; a slip in the word ('Kelasa II B') or none ('Lapas II A': session 44, 5/5)
_SPLIT_CLASS = re.compile(
    r"\b(?:[Kk]e?las|[Kk]elasa|[Kk]lass|(?P<office>Lapas|Rutan|Bapas|LPKA|Rudenim|Imigrasi))"
    r"\s(I{1,3}|IV)[ -]([AB])\b"
)
# A comma between the class and the place: "Rutan Kelas IIB, Kabanjahe".
_CLASS_COMMA = re.compile(r"\b[Kk]elas (?P<cls>(?:I{1,3}|IV)(?: ?[AB])?), (?P<place>[A-Z][a-z]+)\b")
# What an office's place follows elsewhere in the text: "Rutan Kabanjahe", "IIB Kabanjahe".
_OFFICE_PLACE = re.compile(
    r"\b(?:Lapas|Rutan|Bapas|Rudenim|LPKA|Kanim|Imigrasi|I{1,3}[AB]?|IV|TPI) (?P<place>[A-Z][a-z]+)"
)
# After 'jalan': a kind of road ("jalan Provinsi"), a walk ("jalan Sehat"), God's way (h406)
_REGION_KINDS = words(
    "provinsi nasional kabupaten kota desa negara utama lingkar sehat santai cepat kaki bersama"
    " tuhan allah"
)
_NOT_NAMES = frozenset((*WEEKDAYS, *MONTHS))
_RELIGIONS = {
    w.lower(): w for w in words("Islam Kristen Katolik Protestan Hindu Buddha Konghucu Nasrani")
}
# Holy books, capitalised as names (EYD V: "nama kitab suci"; heldout64's 'alkitab').
_SCRIPTURES = {w.lower(): w for w in words("Alkitab Injil Taurat Zabur Weda Tripitaka")}
_ADDRESS_FORMS = {"pak": "Pak", "bu": "Bu"}
# "dua pak rokok", "Rp30 ribu per pak": a pack, not a man.
_COUNTED = re.compile(
    r"(?:\d|\b(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|per))\s*$",
    re.IGNORECASE,
)


def _cap(word: str) -> str:
    canonical = INSTITUTIONS.get(word.lower())
    if canonical is not None and canonical.lower() == word.lower():
        return canonical
    return word if word in FUNCTION_WORDS else word[:1].upper() + word[1:]


def _is_name(doc: Doc, last: Token, nxt: Token) -> bool:
    """``nxt`` names the office ``last`` ends: a capitalised word or the class after kelas."""
    if not doc.adjacent(last, nxt) or nxt.text in _NOT_NAMES or nxt.text.lower() in FUNCTION_WORDS:
        return False
    if last.text.lower() == "kelas":
        return bool(_ROMAN.fullmatch(nxt.text))
    if (
        nxt.text.startswith("Se-")
        or nxt.text == "Tahun"
        or (last.text in _LEVELS and nxt.text.lower() in _LEVELS)
    ):
        return False  # "di desa Se-Kabupaten …", "kantor kelurahan Desa Susukan" (probe70)
    if last.text in _LEVELS and _office_short_form(doc.text, nxt.text):
        return False  # "di kota Diskanla Kabupaten …": an office's short form, no town (p148)
    return nxt.text[:1].isupper()


_LEVELS = frozenset(("desa", "kelurahan", "kecamatan", "kabupaten", "kota", "provinsi"))
_OFFICE_HEADS = frozenset(("Dinas", "Badan", "Kantor", "Balai", "Lembaga", "Kementerian"))


def _office_short_form(text: str, word: str) -> bool:
    """The text defines ``word`` in brackets after an office's name ("Dinas Perikanan dan
    Kelautan (Diskanla)"), not after a place's ("Ogan Ilir (OI)")."""
    at = text.find(f"({word})")
    return at > 0 and not _OFFICE_HEADS.isdisjoint(text[max(0, at - 80) : at].split()[-7:])


def _head_at(toks: list[Token], i: int) -> bool:
    """A name's head starts at token ``i``."""
    word = toks[i].text
    if word in _HEADS:
        return True
    seconds = _PAIRS.get(word)
    return bool(seconds and i + 1 < len(toks) and toks[i + 1].text in seconds)


def _position_before(doc: Doc, start: int) -> int:
    """Where lowercase position words before the name start ('kepala lapas Atambua')."""
    toks = doc.tokens
    k = start
    while k > 0 and doc.adjacent(toks[k - 1], toks[k]):
        word = toks[k - 1].text
        if word not in POSITIONS and word not in POSITION_PARTS:
            break
        k -= 1
    while k < start and toks[k].text not in POSITIONS:
        k += 1
    return k


def _k1_covers(doc: Doc, first: int, last: int) -> bool:
    """K1 already asks for capitals: a lowercase position whose words all run to the name
    ('kepala kantor imigrasi Palangka Raya'; not 'kepala lapas Atambua', where K1 stops at
    the office's short form)."""
    toks = doc.tokens
    return _position_before(doc, first) < first and all(
        t.text in POSITION_PARTS for t in toks[first : last + 1]
    )


def _hit(doc: Doc, first: int, last: int) -> Hit:
    toks = doc.tokens
    fixed = " ".join(_cap(t.text) for t in toks[first : last + 1])
    return Hit(
        toks[first].start,
        toks[last].end,
        N_("A name starts each word with a capital letter: '{word}'."),
        fixed,
        {"word": fixed},
    )


@rule("K10", ERROR, N_("Names of offices, regions and places are capitalised"))
def office_names(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    named = list(lowercase_names(doc))  # documents, 'dinas …', 'indonesia', 'E-KTP'
    named += list(_class_forms(doc)) + list(_places_in_lowercase(doc))
    named += [
        h for h in lowercase_places(doc) if not any(n.start <= h.start < n.end for n in named)
    ]
    named += [  # round 23: "Organisasi perangkat Daerah (OPD)": spelled by its short form
        h for h in spelled_names(doc) if not any(n.start < h.end and h.start < n.end for n in named)
    ]
    named += [  # round 19: a place's lowercase tail, an office listed in lowercase
        h
        for h in (*name_tails(doc), *listed_names(doc))
        if not any(n.start < h.end and h.start < n.end for n in named)
    ]
    named += [  # round 24: "kepedulian pemerintah Kabupaten Madiun"
        h
        for h in government_heads(doc)
        if not any(n.start < h.end and h.start < n.end for n in named)
    ]
    named += [  # session 16: "kantor Imigrasi Kerinci", "kantor Kementerian Agama Kota …"
        h for h in _pair_heads(doc) if not any(n.start < h.end and h.start < n.end for n in named)
    ]
    named += [  # session 18: "Kantor Kementerian agama Rokan Hilir", "Dirjen haji"
        h
        for h in ministry_fields(doc)
        if not any(n.start < h.end and h.start < n.end for n in named)
    ]
    named += [  # session 32: "waduk Waru", "seksi Bimbingan Masyarakat Islam"
        h
        for h in kinds_before_names(doc)
        if not any(n.start < h.end and h.start < n.end for n in named)
    ]
    yield from named
    i = 0
    while i < len(toks):
        t = toks[i]
        if any(h.start <= t.start < h.end for h in named):
            i += 1
            continue  # "dinas … dan desa Kabupaten …": reported whole
        if t.text not in _OFFICE_WORDS or doc.paras[t.para].kind == "title":
            i += 1
            continue
        if "/" in (doc.text[t.start - 1 : t.start], doc.text[t.end : t.end + 1]):
            i += 1
            continue  # "lapas/rutan Sumsel": kinds of office, every one in the province
        j = i
        while j + 1 < len(toks) and toks[j + 1].text in _OFFICE_WORDS:
            if not doc.adjacent(toks[j], toks[j + 1]):
                break
            j += 1
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if i and toks[i - 1].text in _VILLAGE_POSTS and t.text in ("desa", "kelurahan"):
            i = j + 1
            continue  # "didampingi bidan desa Lilik Ernawati": the post, then its holder (p82)
        if nxt is not None and _is_name(doc, toks[j], nxt) and not _common_head(doc, i, j, nxt):
            yield from _office_run(doc, i, j)
        i = j + 1


_LOWER_MINISTRY = re.compile(r"\bkemente?rian (" + "|".join(sorted(MINISTRY_FIELDS)) + r")\b")


def ministry_fields(doc: Doc) -> Iterator[Hit]:
    """'Kementerian agama' → 'Kementerian Agama', 'Dirjen haji' → 'Dirjen Haji' (heldout48):
    the field is a word of the body's name (EYD V I.B.12)."""
    for m in LOWERCASE_FIELD.finditer(doc.text):
        k = doc.token_at(m.start(1))
        if k is not None:
            yield _hit(doc, k, k)
    for m in _LOWER_MINISTRY.finditer(doc.text):  # "dari kementerian pertanian" (6 of 7)
        if not doc.in_quote(m.start()):
            fixed = "Kementerian " + m.group(1).capitalize()  # KBBI's spelling too
            msg = N_("A name starts each word with a capital letter: '{word}'.")
            yield Hit(m.start(), m.end(), msg, fixed, {"word": fixed})


# Posts of one person in a village, before the holder's name ('bidan desa Lilik').
_VILLAGE_POSTS = words("bidan pendamping perawat")
_EVERY = words("seluruh semua setiap tiap para sejumlah beberapa")
# After a two-word head written with its second word capitalised, what shows the name goes
# on: a place (a capitalised word), the office's class, or its port's short form.
_NAME_GOES_ON = re.compile(r" (?:[A-Z][a-z]|(?:Kelas|Klas|Kls)\b|TPI\b|I{1,3}[AB]?\b)")


def _pair_heads(doc: Doc) -> Iterator[Hit]:
    """The lowercase first word of a two-word head whose second word and a name after it
    are capitalised: 'kantor Imigrasi Kerinci', 'di kantor Imigrasi Klas I Khusus …',
    'kantor Kementerian Agama Kabupaten …' (sets: 19 marked of 26; left: 'kantor Bapas',
    'kantor Bupati', the building of an office, no head of its name)."""
    toks = doc.tokens
    for i in range(len(toks) - 1):
        head, second = toks[i], toks[i + 1]
        if head.text not in _PAIRS or not second.text[:1].isupper():
            continue
        if second.text.lower() not in _PAIRS[head.text] or not doc.adjacent(head, second):
            continue
        if not _NAME_GOES_ON.match(doc.text, second.end) or _position_before(doc, i) < i:
            continue
        if doc.paras[head.para].kind == "title" or _common_head(doc, i, i, second):
            continue
        if second.text == "Imigrasi" and _province_after(doc.text, second.end):
            continue  # "kantor Imigrasi Papua dan Papua Barat": offices of provinces (probe44)
        yield _hit(doc, i, i)


def _province_after(text: str, end: int) -> bool:
    """A province's name follows: immigration offices are named by their city, so the
    offices of a province are a common noun's."""
    from kabar_desktop.check.rules.commas import PROVINCES

    rest = text[end + 1 : end + 30]
    return any(rest.startswith(p) and not rest[len(p) : len(p) + 1].isalpha() for p in PROVINCES)


def _common_head(doc: Doc, i: int, j: int, nxt: Token) -> bool:
    """The lowercase head ``i``..``j`` is a common noun: before a list of names, a room of
    the office that follows ('aula Hotel Sabty'), or the 'kota' of 'wali kota'."""
    toks = doc.tokens
    last = toks[j].text
    if i > 0 and toks[i - 1].text.lower() in _EVERY and doc.adjacent(toks[i - 1], toks[i]):
        return True  # "seluruh kantor imigrasi kelas I di Indonesia": every one (heldout26)
    if i > 1 and (toks[i - 2].text.lower(), toks[i - 1].text) == ("salah", "satu"):
        return True  # "di salah satu hotel Kota Sorong": one of many (probe44)
    if last in _PART_OF_NEXT and nxt.text.lower() in _OFFICE_WORDS:
        return True
    if last in _ROOMS and (
        nxt.text.lower() in _BODY_HEADS
        or nxt.text.lower() in INSTITUTIONS
        or ("-" in nxt.text and nxt.text.split("-")[0].lower() in INSTITUTIONS)  # "UPT-BLK"
        or (nxt.text.isupper() and len(nxt.text) > 2)  # "ruang aula PKBM Binus" (probe87)
        or sum(map(str.isupper, nxt.text)) >= 3  # "aula MTsN 5 Karawang" (probe99)
    ):
        return True  # round 24: "di aula Dinas Perhubungan …": the hall of a named body
    if toks[i].text in _ROOMS and j == i + 1 and toks[j].text in _BODY_HEADS:
        return True  # round 25: "di aula kantor Bapas …": the hall of the office's building
    if last in _PLACE_HEADS and (
        nxt.text.lower() in INSTITUTIONS
        or nxt.text.lower() in _RELIGIONS
        or nxt.text.lower() in _REGION_KINDS
        or nxt.text.isupper()
    ):
        return True  # "masjid Kanwil", "gereja Katolik", "jalan Provinsi", "jalan TPI"
    if nxt.text.lower().startswith("se-"):
        return True  # "pemerintah desa SE-kecamatan Langowan": every one of them (heldout111)
    if last == "wilayah" and toks[i].text == "desa" and nxt.text.lower() in INSTITUTIONS:
        return True  # "titik desa wilayah Puskesmas …": the area it serves (probe101)
    if last == "pantai" and i > 0 and toks[i - 1].text.lower() in ("pesisir", "sepanjang"):
        return True  # "di pesisir pantai Purworejo": the coast of a place (probe121)
    if last == "jalan" and nxt.text.lower() in _ROAD_KINDS:
        return True  # "jalan Rabat Beton": a kind of road, its capitals a slip (probe88)
    if toks[i].text in _PLACE_HEADS and j > i and toks[i + 1].text in ("wilayah", "kawasan"):
        return True  # "ruas jalan wilayah Wori": the roads of a region (probe60)
    if last == "kota" and i == j and i > 0 and toks[i - 1].text.lower() == "wali":
        return True
    # "lapas dan rutan DKI Jakarta": the kinds of office of a region, both lowercase (probe38)
    pair = i >= 2 and toks[i - 1].text in ("dan", "serta", "atau")
    if pair and toks[i - 2].text in _OFFICE_WORDS and toks[i - 2].text != toks[j].text:
        return True
    return bool(_NAME_LIST.match(doc.text, nxt.start))


def _places_in_lowercase(doc: Doc) -> Iterator[Hit]:
    """An office's place in lowercase ('Rutan serang') that the text writes after an office
    elsewhere ('… di Rutan Serang'). Only running text says so: a title capitalises every
    word (K5), so its 'Bapas Baru' names no place and 'Bapas baru' below is a new office."""
    toks = doc.tokens
    capitals = {
        m.group("place")
        for p in doc.paras
        if p.kind != "title"
        for m in _OFFICE_PLACE.finditer(doc.text, p.start, p.end)
    }
    for k in range(1, len(toks)):
        a, word = toks[k - 1], toks[k].text
        if a.text.lower() not in _CLASSED or not a.text[:1].isupper():
            continue
        if not doc.adjacent(a, toks[k]) or not word.islower() or word in FUNCTION_WORDS:
            continue
        if word.capitalize() in capitals:
            yield _hit(doc, k, k)


def _class_forms(doc: Doc) -> Iterator[Hit]:
    """The class written apart ('Kelas II A', 'kelas II-A' → 'Kelas IIA') and a comma before
    the office's place, where the text elsewhere writes the place right after the office."""
    for m in _SPLIT_CLASS.finditer(doc.text):
        fixed = f"Kelas {m.group(2)}{m.group(3)}"
        yield Hit(
            m.end("office") + 1 if m.group("office") else m.start(),
            m.end(),
            N_("An office's class is written as one word: '{word}'."),
            fixed,
            {"word": fixed},
        )
    places = {m.group("place") for m in _OFFICE_PLACE.finditer(doc.text)}
    for m in _CLASS_COMMA.finditer(doc.text):
        if m.group("place") in places:
            fixed = f"{m.group('cls')} {m.group('place')}"
            yield Hit(
                m.start("cls"),
                m.end("place"),
                N_("No comma between an office's class and its place: '{word}'."),
                fixed,
                {"word": fixed},
            )


def _continues_office(doc: Doc, i: int, j: int) -> bool:
    """Lowercase words ``i``..``j`` go on a capitalised office's name: 'Kantor imigrasi
    Palangka Raya', 'Direktorat jenderal …', 'Imigrasi kelas II', '(Lapas) kelas II'."""
    toks = doc.tokens
    if i == 0:
        return False
    prev, first = toks[i - 1], toks[i]
    gap = doc.text[prev.end : first.start]
    if first.text == "kelas" and i == j and gap == " ) " and prev.para == first.para:
        return _classed_before_bracket(doc, i - 1)  # 'Rutan ( rumah tahanan negara ) kelas'
    if not prev.text[:1].isupper() or prev.para != first.para:
        return False
    office = prev.text.lower()
    if first.text == "kelas" and i == j:
        return (office in _CLASSED or ranked_office_word(prev.text)) and gap in (" ", ") ")
    if gap != " ":
        return False
    return first.text in _PAIRS.get(office, ()) or (office, first.text) == (
        "direktorat",
        "jenderal",
    )


def _classed_before_bracket(doc: Doc, k: int) -> bool:
    """Token ``k`` ends a bracketed gloss that a capitalised office with a class stands
    before: 'Rutan ( rumah tahanan negara ) kelas IIB' (heldout29)."""
    toks = doc.tokens
    opened = doc.text.rfind("(", doc.paras[toks[k].para].start, toks[k].start)
    if opened < 0 or ")" in doc.text[opened : toks[k].start]:
        return False
    before = doc.text[max(0, opened - 30) : opened].split()
    return bool(before) and before[-1][:1].isupper() and before[-1].lower() in _CLASSED


def _office_run(doc: Doc, i: int, j: int) -> Iterator[Hit]:
    """Lowercase office words ``i``..``j`` before a name: from the name's head on, or all of
    them where they go on a capitalised office's name."""
    toks = doc.tokens
    if _continues_office(doc, i, j):
        yield _hit(doc, i, j)
        return
    for k in range(i, j + 1):
        if _head_at(toks, k):
            if not _k1_covers(doc, k, j):
                yield _hit(doc, _position_before(doc, k), j)
            return


_ROAD_KINDS = words("rabat aspal paving hotmix setapak lapen beton cor tol")  # "jalan Tol" (p116)
_PAK_CHOI = re.compile(r" (?i:choi|choy|coy)\b")
_ESA = re.compile(r"(?i: yang maha esa)\b")
_ESA_FORM = " Yang Maha Esa"
# "kepada tuhan" (heldout31), "dengan sang pencipta" (the sets: 3 of 3): names of God.
_CREATOR = re.compile(r" pencipta\b")


@rule("K11", ERROR, N_("Religions and forms of address are capitalised"))
def religions_and_address(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for t in doc.tokens:
        name = _RELIGIONS.get(t.text)
        if name is not None and t.text != name:
            yield Hit(
                t.start,
                t.end,
                N_("The name of a religion starts with a capital letter."),
                name,
            )
        if t.text == "Tuhan" and (m := _ESA.match(text, t.end)) and m.group() != _ESA_FORM:
            fixed = "Tuhan" + _ESA_FORM  # "Tuhan yang maha esa" (heldout34)
            msg = N_("The name of God starts with a capital letter: '{word}'.")
            yield Hit(t.start, m.end(), msg, fixed, {"word": fixed})
        if (book := _SCRIPTURES.get(t.text)) is not None and t.text != book:
            msg = N_("The name of a holy book starts with a capital letter: '{word}'.")
            yield Hit(t.start, t.end, msg, book, {"word": book})
        if t.text in ("tuhan", "allah") or (t.text == "sang" and _CREATOR.match(text, t.end)):
            fixed = text[t.start : t.end + 9].title() if t.text == "sang" else t.text.capitalize()
            msg = N_("The name of God starts with a capital letter: '{word}'.")
            yield Hit(t.start, t.start + len(fixed), msg, fixed, {"word": fixed})
        address = _ADDRESS_FORMS.get(t.text)
        if address is not None and _PAK_CHOI.match(text, t.end):
            continue  # "sayur pak choi": the vegetable (KBBI 'pakcoy'), no one addressed (probe87)
        if address is not None and not _COUNTED.search(text, max(0, t.start - 12), t.start):
            yield Hit(
                t.start,
                t.end,
                N_("'{word}' addresses someone: it starts with a capital letter."),
                address,
                {"word": address},
            )
