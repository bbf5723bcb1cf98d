"""Round 19, capitals of places and their level words (EYD V, I.A: a geographic name and the
word of its level are capitalised when they name one place; the level word alone is common).

- A place's name after its level word, or the level's short form, capitalises every word:
  ``desa Sungai lama`` → ``Sungai Lama``, ``Kec. Air batu`` → ``Air Batu`` (K10). Indonesian
  place names are built of a landscape noun and a describing word (``Sungai``, ``Air``,
  ``Tanjung``; ``Lama``, ``Baru``, ``Utara``, ``Jaya``): such a word in lowercase right after
  the name's capitalised word, where the name ends (a comma, the next level, ``dan``, the
  sentence's end), is the name's lowercase tail. The same word in the name is no ordinary
  word K24 may lowercase (``desa Sungai …``).
- A level word with no name after it is common, capitalised or not (K3): a count before it
  (``di Tiga Desa pada …``, ``lima Kecamatan yang``), two levels joined (``perwakilan
  Kecamatan dan Kelurahan se-Kota …``), ``wilayah`` before a region's name after a
  preposition (``di Wilayah Sulawesi Selatan`` → ``wilayah``; not ``Kantor Wilayah …``).
- An office in lowercase in a list of offices by name, each with its count (``Rutan Gianyar
  24 orang dan rutan negara 29 orang``): the item is a name like its neighbours (K10).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import FUNCTION_WORDS, words
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.case_reading import in_slogan, in_title
from kabar_desktop.check.rules.headline import headline

# The levels of a region, and their short forms with a full stop ("Kec.", "Kab.", "Ds.").
LEVEL_WORDS = words(
    "desa dusun kampung kelurahan kecamatan distrik kabupaten kota provinsi nagari gampong"
)
LEVEL_SHORT = words("kec kel kab ds prov kota")
# Words Indonesian place names are built of: landscape nouns and the words that describe
# them (age, size, direction, position, fortune). A name's tail in lowercase is one of them.
TOPONYM_WORDS = words(
    """air batu sungai bukit gunung tanjung pulau muara teluk danau rawa pasir padang lubuk
    ujung kuala laut pantai tanah kebun sawah hutan alur lembah kampung pasar simpang
    lama baru besar kecil tua muda jaya raya indah makmur sari asri permai agung mulia
    mulya sejahtera harapan utara selatan timur barat tengah hulu hilir tinggi rendah
    panjang merah putih hijau hitam kuning"""
)
# What may follow a place's name: where it ends.
_NAME_ENDS = words("dan serta atau di yang pada")
# Counts before a level word: the level is a kind counted, no name.
_COUNTS = words(
    """dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas puluhan belasan
    beberapa sejumlah berbagai setiap tiap seluruh semua banyak sebagian para"""
)
_DIGITS_BEFORE = re.compile(r"(?<![\d.,/])\d{1,4} $")
_COMMON_LEVEL = N_("'{word}' is a common noun, not a name: lowercase in running text.")
_NAME_WORDS = N_("A name starts each word with a capital letter: '{word}'.")


def level_before(doc: Doc, k: int) -> bool:
    """Token ``k`` follows a level word or its short form ('desa Sungai', 'Kec.Air')."""
    if k == 0:
        return False
    prev, t = doc.tokens[k - 1], doc.tokens[k]
    if prev.para != t.para:
        return False
    gap = doc.text[prev.end : t.start]
    low = prev.text.lower()
    if gap == " " and low in LEVEL_WORDS:
        return True
    return low in LEVEL_SHORT and gap.strip() == "." and len(gap) <= 2


def name_tails(doc: Doc) -> Iterator[Hit]:
    """K10: the lowercase tail of a place's name after its level word ('desa Sungai lama')."""
    toks = doc.tokens
    for k in range(1, len(toks) - 1):
        if not level_before(doc, k):
            continue
        head, tail = toks[k], toks[k + 1]
        if not _capital_word(head) or not doc.adjacent(head, tail):
            continue
        if not tail.text.islower() or tail.text not in TOPONYM_WORDS:
            continue
        if not _name_ends(doc, k + 2, tail):
            continue
        if k >= 2 and toks[k - 2].text.lower() in ("kantor", "gedung", "balai"):
            continue  # "Kantor Kecamatan Kesamben lama": the old building (probe101)
        fixed = tail.text[0].upper() + tail.text[1:]
        yield Hit(tail.start, tail.end, _NAME_WORDS, fixed, {"word": f"{head.text} {fixed}"})


def _capital_word(t: Token) -> bool:
    return t.text[:1].isupper() and t.text[1:].islower() and len(t.text) > 1


def _name_ends(doc: Doc, k: int, last: Token) -> bool:
    """The place's name ends after ``last``: the paragraph or sentence ends, a comma, the
    next level (word or short form), or a link word follows."""
    toks = doc.tokens
    rest = doc.text[last.end : last.end + 2]
    if k >= len(toks) or toks[k].para != last.para or rest[:1] in (",", ";", ")"):
        return True
    if rest[:1] == "." and (rest[1:2] in ("", " ", "\n")):
        return True
    nxt = toks[k]
    low = nxt.text.lower()
    if doc.text[last.end : nxt.start] != " ":
        return False
    return low in LEVEL_WORDS or low in LEVEL_SHORT or low in _NAME_ENDS


def common_levels(doc: Doc) -> Iterator[Hit]:
    """K3: a capitalised level word that names no place (a count before it, two levels
    joined before 'se-' or a lowercase word, 'Wilayah' before a region after a preposition)."""
    toks = doc.tokens
    for k in range(1, len(toks)):
        t = toks[k]
        low = t.text.lower()
        if not _capital_word(t) or t.initial or (low not in LEVEL_WORDS and low != "wilayah"):
            continue
        if in_title(doc, t) or headline(doc, t.para) or in_slogan(doc, t):
            continue  # a title capitalises every word
        if low in LEVEL_WORDS:
            hit = _counted_level(doc, k) or _joined_levels(doc, k) or _level_no_name(doc, k)
            hit = hit or _level_of_scale(doc, k)
            if hit is not None:
                yield hit
        elif low == "wilayah":
            hit = _region_after_preposition(doc, k)
            if hit is not None:
                yield hit


def _name_after(doc: Doc, k: int) -> bool:
    """A capitalised word or a number stands right after token ``k`` ('Desa Oesao'), not a
    level word of its own ('dua Distrik Kabupaten Mimika': the distrik names no place)."""
    toks = doc.tokens
    if k + 1 >= len(toks) or not doc.adjacent(toks[k], toks[k + 1]):
        return bool(re.match(r" \d", doc.text[toks[k].end : toks[k].end + 2]))
    nxt = toks[k + 1]
    low = nxt.text.lower()
    return nxt.text[:1].isupper() and low not in FUNCTION_WORDS and low not in LEVEL_WORDS


def _counted_level(doc: Doc, k: int) -> Hit | None:
    """'di Tiga Desa pada …', 'lima Kecamatan yang …': a count, then the level, no name."""
    toks = doc.tokens
    count, t = toks[k - 1], toks[k]
    if _DIGITS_BEFORE.search(doc.text, max(0, t.start - 6), t.start) and not _name_after(doc, k):
        text = t.text.lower()  # "di dua Distrik dan 16 Kampung." (heldout28)
        return Hit(t.start, t.end, _COMMON_LEVEL, text, {"word": text})
    if not doc.adjacent(count, t) or count.text.lower() not in _COUNTS or _name_after(doc, k):
        return None
    if count.text[:1].isupper() and (
        count.initial or k < 2 or not doc.adjacent(toks[k - 2], count)
    ):
        return None  # "Tiga Desa …" opening a sentence, or a title's line
    if count.text[:1].isupper() and toks[k - 2].text[:1].isupper():
        return None  # "Program Tiga Desa Sejahtera": a name's words
    start = count.start if count.text[:1].isupper() else t.start
    text = doc.text[start : t.end]
    return Hit(start, t.end, _COMMON_LEVEL, text.lower(), {"word": text.lower()})


def _joined_levels(doc: Doc, k: int) -> Hit | None:
    """'perwakilan Kecamatan dan Kelurahan se-…': two levels joined, no name after them."""
    toks = doc.tokens
    if k + 2 >= len(toks):
        return None
    link, second = toks[k + 1], toks[k + 2]
    if link.text not in ("dan", "serta", "atau") or second.text.lower() not in LEVEL_WORDS:
        return None
    if not (doc.adjacent(toks[k], link) and doc.adjacent(link, second)) or not _capital_word(
        second
    ):
        return None
    prev = toks[k - 1]
    if not doc.adjacent(prev, toks[k]) or not prev.text.islower():
        return None  # "Pemerintah Kecamatan dan …": a body's name; a sentence's opening
    if _name_after(doc, k + 2):
        return None  # "Kecamatan dan Kelurahan Oesao": a name (of both)
    text = doc.text[toks[k].start : second.end]
    return Hit(toks[k].start, second.end, _COMMON_LEVEL, text.lower(), {"word": text.lower()})


# Words that follow a common noun and never a name's first word (round 23): 'kabupaten/
# kota yang lain', 'kecamatan lainnya', 'desa setempat'.
_NO_NAME_AFTER = words(
    """yang lain lainnya setempat terkait tersebut itu ini masing-masing sekitar sendiri
    terdekat terutama sebelum"""
)
_CLOSING_MARKS = frozenset('.,;:”"')
_LINKS = words("dan atau ataupun maupun serta")


def _link_to_common(doc: Doc, j: int) -> bool:
    """Token ``j`` joins the level to a lowercase word ('kepala Desa dan perangkat …'), not
    to another level or a name ('Desa dan Kelurahan se-…', 'Desa atau Kelurahan Sadar …')."""
    toks = doc.tokens
    return (
        toks[j].text in _LINKS
        and j + 1 < len(toks)
        and doc.adjacent(toks[j], toks[j + 1])
        and toks[j + 1].text.islower()
    )


def _level_no_name(doc: Doc, k: int) -> Hit | None:
    """Round 23: a level word after a lowercase word, alone or with a second level after a
    slash, before a word that no name opens with ('sejajar dengan Kabupaten/kota yang
    lain', 'bersama Kecamatan lainnya'): the common noun, lowercase (EYD V)."""
    toks = doc.tokens
    prev, t = toks[k - 1], toks[k]
    if not doc.adjacent(prev, t) or not prev.text.islower() or prev.text in ("wali", "kota"):
        return None
    before = toks[k - 2].text if k >= 2 else ""
    if prev.text in _LINKS and before[:1].isupper() and before.lower() not in LEVEL_WORDS:
        return None  # "Dinas Pemberdayaan Masyarakat dan Desa,": the office's own name
    end = k
    if doc.text[t.end : t.end + 1] == "/" and k + 1 < len(toks):
        second = toks[k + 1]
        if second.start != t.end + 1 or second.text.lower() not in LEVEL_WORDS:
            return None
        end = k + 1
    if end + 1 >= len(toks) or not doc.adjacent(toks[end], toks[end + 1]):
        if doc.text[toks[end].end : toks[end].end + 1] not in _CLOSING_MARKS:
            return None  # session 21: "prioritas pembangunan Desa.", "wilayah Kecamatan."
        if re.match(r", [A-Z]", doc.text[toks[end].end : toks[end].end + 3]):
            return None  # "di Kabupaten, Kotawaringin Barat": the name after a stray comma
    elif toks[end + 1].text not in _NO_NAME_AFTER and not _link_to_common(doc, end + 1):
        return None
    text = doc.text[t.start : toks[end].end]
    return Hit(t.start, toks[end].end, _COMMON_LEVEL, text.lower(), {"word": text.lower()})


# Words of scale before a level ('tingkat kabupaten'), and the words that end a range of
# levels ('mulai dari level kabupaten hingga kecamatan').
_SCALES = words("tingkat level jenjang skala")
_RANGE_ENDS = words("hingga sampai ke")


def _level_of_scale(doc: Doc, k: int) -> Hit | None:
    """A level word after a word of scale, or ending a range that one opened, with no name
    after it ('mulai dari level Kabupaten hingga Kecamatan hadir'; heldout24): the common
    noun, lowercase (EYD V)."""
    toks = doc.tokens
    prev, t = toks[k - 1], toks[k]
    if not doc.adjacent(prev, t) or _name_after(doc, k):
        return None
    scaled = prev.text in _SCALES
    if not scaled and prev.text in _RANGE_ENDS and k >= 3:
        first, scale = toks[k - 2], toks[k - 3]
        scaled = (
            first.text.lower() in LEVEL_WORDS
            and scale.text in _SCALES
            and doc.adjacent(scale, first)
            and doc.adjacent(first, prev)
        )
    if not scaled:
        return None
    return Hit(t.start, t.end, _COMMON_LEVEL, t.text.lower(), {"word": t.text.lower()})


_NEAREST_OFFICE = re.compile(r"(?<=[a-z] )(Kantor [A-Z][a-z]+)(?= terdekat\b)")


def nearest_offices(doc: Doc) -> Iterator[Hit]:
    """K3: 'menghubungi Kantor Imigrasi terdekat': any office of the kind, the one nearest
    the reader, so a common noun (the sets mark it 2 of 2; 'setempat' names the office of the
    place and is left)."""
    if "terdekat" not in doc.text:
        return
    for m in _NEAREST_OFFICE.finditer(doc.text):
        text = m.group(1).lower()
        yield Hit(m.start(1), m.end(1), _COMMON_LEVEL, text, {"word": text})


def _region_after_preposition(doc: Doc, k: int) -> Hit | None:
    """'di Wilayah Sulawesi Selatan': 'wilayah' before a region's name after a preposition
    is the common noun (the region's name is 'Sulawesi Selatan'); 'Kantor Wilayah …' is
    the office's name."""
    toks = doc.tokens
    prev, t = toks[k - 1], toks[k]
    if not doc.adjacent(prev, t) or prev.text not in ("di", "ke", "dari", "se", "seluruh"):
        return None
    if k + 1 >= len(toks) or not doc.adjacent(t, toks[k + 1]):
        return None
    if not _region_follows(doc, k + 1):
        return None
    return Hit(t.start, t.end, _COMMON_LEVEL, "wilayah", {"word": "wilayah"})


def _region_follows(doc: Doc, k: int) -> bool:
    """Tokens from ``k`` spell a province's, regency's or city's whole name."""
    toks = doc.tokens
    for n in (3, 2, 1):
        part = toks[k : k + n]
        if len(part) < n or not all(w.text[:1].isupper() for w in part):
            continue
        if any(not doc.adjacent(a, b) for a, b in zip(part, part[1:], strict=False)):
            continue
        if " ".join(w.text.lower() for w in part) in _regions():
            return True
    return False


@cache
def _regions() -> frozenset[str]:
    from kabar_desktop.check.rules.appositions import full_place_names

    return full_place_names()


# Verbs by which a body issues a document: what they issue is that body's one document, a
# name's capitals the writer may keep ("Ditjen … mengeluarkan Surat Edaran pelaksanaan …").
_ISSUING = words(
    """mengeluarkan menerbitkan menetapkan mengedarkan menandatangani dikeluarkan diterbitkan
    ditetapkan diedarkan ditandatangani"""
)
# Kinds of an official document, each word of them.
_DOCUMENT_WORDS = words("surat edaran keputusan peraturan instruksi perintah maklumat bersama")


def issued_document(doc: Doc, i: int) -> bool:
    """Token ``i`` is a word of a document's kind ('Surat Edaran') right after a verb of
    issuing, all the run's words before it being kind words too."""
    toks = doc.tokens
    k = i
    while k > 0 and toks[k].text.lower() in _DOCUMENT_WORDS and doc.adjacent(toks[k - 1], toks[k]):
        if toks[k - 1].text.lower() in _ISSUING:
            return True
        k -= 1
    return False


# Kinds of office or region whose name follows them.
_NAMED_KINDS = "lapas|rutan|bapas|rudenim|lpka|kanim|kanwil|kabupaten|kota|kecamatan|desa|kelurahan"
# An item of a list of names with their counts: the kind, its name, a count and its noun.
_COUNTED_ITEM = re.compile(
    rf"\b(?P<kind>(?i:{_NAMED_KINDS})) (?P<name>[A-Za-z]+(?: [A-Za-z]+)?)"
    r" (?P<n>\d+) (?P<noun>[a-z]+)\b"
)


_DIGIT = re.compile(r"\d")  # K10 reads only paragraphs with a count
# Words that point to or sort offices, never a name: "rutan lain", "lapas setempat".
_NOT_NAMES = words("lain lainnya ini itu tersebut setempat terdekat sekitar lainya masing")


def listed_names(doc: Doc) -> Iterator[Hit]:
    """K10: an office or region in lowercase in a list of them by name, each with its count
    ('Rutan Gianyar 24 orang dan rutan negara 29 orang'): a name like its neighbours."""
    text = doc.text
    for para in doc.paras:
        if para.kind == "title" or _DIGIT.search(text, para.start, para.end) is None:
            continue
        items = list(_COUNTED_ITEM.finditer(text, para.start, para.end))
        named = [
            m
            for m in items
            if m.group("kind")[0].isupper() and all(w[0].isupper() for w in m.group("name").split())
        ]
        if not named:
            continue
        nouns = {m.group("noun") for m in named}
        for m in items:
            kind, name = m.group("kind"), m.group("name")
            if kind[0].isupper() or not name.islower() or m.group("noun") not in nouns:
                continue
            if any(w in FUNCTION_WORDS or w in _NOT_NAMES for w in name.split()):
                continue  # "lapas di 3 tempat", "rutan lain 29 orang": no name
            if not any(abs(m.start() - o.start()) < 160 for o in named):
                continue
            fixed = " ".join(w[0].upper() + w[1:] for w in f"{kind} {name}".split())
            yield Hit(m.start("kind"), m.end("name"), _NAME_WORDS, fixed, {"word": fixed})
