"""How an office's name is read and where its holder's name begins: the split behind
holder_appositions (P33, rules/apposition_holders.py; moved out of it in round 17).

The office's name is read as Indonesian builds it, left to right: a position ('Kepala',
'Sekjen', a 'Ka-' title: 'Kasubag', 'Kadis'); a unit ('Seksi', 'Bidang') or a unit's title,
which takes at least one field after it ('Kehumasan dan Pelayanan Publik', a field's short
form 'TU', 'Binadik'); the body ('Lapas', 'Kemenkumham', 'LPP', an initialism); its class
('Kelas II B', 'Kelas 1', 'TPI'); its place (a province, regency or city by its whole name,
a province's short form 'Kalteng', a district's name the text writes as a place elsewhere)
and a bracketed short form ('(Bolmong)'). A field's word is a word of the dictionary; after
the body, its class or its place, a dictionary word ('Lapas Perempuan') still names the
office only if an office's word follows it. The person's name is what is left: one to four
capitalised words, no office's, class's or place's word among them, that read as a
person's (a word no dictionary lists, or one the text uses alone for the person
elsewhere). The split taken is the first one, from the left, that leaves such a name: so
the longest name ('Lapas, Tri Anna Aryati'). The apposition closes before a predicate, a
preposition, 'yang', a group after 'dan', a comma or the sentence's end. Silent on a title
before a name with no office ('Presiden Joko Widodo', 'Bupati Pacitan Indrata', 'Karutan
Wonogiri Budi', which round 10's reading sets off where the sets do), on ranks ('AKBP'), on
lists of those present and of officials, on a role phrase opening the sentence ('Sebagai
Kepala …'), on the agencies' attribution after a quote ('kata Kakanwil … Budi di …', which
the sets leave), on a capitalised word no list knows inside the office (a town or a name:
no sure split), on a line in title case, in quotes and wherever a word does not fit.
"""

from __future__ import annotations

import re

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import (
    COUNTRIES,
    FUNCTION_WORDS,
    GENERIC_NOUNS,
    INSTITUTIONS,
    POSITION_PARTS,
    POSITIONS,
    words,
)
from kabar_desktop.check.rules.appositions import PROVINCE_SHORT_FORMS

# 'Ka-' titles that hold their unit ('Kasubag' is 'Kepala Subbagian'), from the office list.
_KA_TITLES = frozenset(w for w in INSTITUTIONS if w.startswith("ka") and len(w) > 3) - words(
    "kanwil kanim kasatker kabupaten"
)
_STARTS = POSITIONS | _KA_TITLES | words("plt plh pj")
# Titles before a name, with their period: 'Prof. Dr. Budi'.
_NAME_TITLES = words("prof dr drs dra ir hj kh")
# Titles of a unit whose field must follow before the office can end: 'Kepala Seksi …',
# 'Kasi …', 'Kadis …' ('Kepala Dinas').
_UNIT_TITLES = words(
    """kasi kasie kasubsi kasubag kasubbag kasubid kasubbid kabag kabid kadiv kasubdit kaur kadis"""
)
_UNIT_WORDS = words(
    """divisi seksi subseksi bidang bagian subbagian subbag sub urusan biro dinas badan
    direktorat pusat unit satuan"""
)
# A region's head before its region's name: 'Bupati Pacitan Indrata', which the sets leave.
_REGION_HEADS = words(
    "bupati wabup gubernur wagub wali kota camat lurah kades presiden wapres menteri"
)
# The office's class: 'Kelas', a Roman numeral, 'II B', 'TPI', a numeral after 'Kelas'.
_CLASS = re.compile(
    r"(?:Kelas|Klas|I{1,3}|IV|I{1,3}[AB]|IV[AB]|TPI|Non|Non-TPI|Khusus|\d{1,2}[AB]?)"
)
_CLASS_LETTER = re.compile(r"[AB]")
_ROMAN = re.compile(r"(?:I{1,3}|IV)")
_REGION_KINDS = words("provinsi kabupaten kota kecamatan kelurahan desa dusun nagari gampong")
# The words of a body's own name ('Lembaga Pemasyarakatan', 'Kantor Wilayah'); the other
# words of POSITION_PARTS name a unit's field ('Administrasi', 'Pelayanan').
_BODY_WORDS = words(
    """kantor wilayah lembaga rumah balai tahanan negara detensi pemasyarakatan imigrasi
    kementerian pemerintah kabupaten kota provinsi kecamatan kelurahan desa"""
)


class _Word:
    __slots__ = ("start", "end", "text", "bracket")

    def __init__(self, start: int, end: int, text: str, bracket: bool) -> None:
        self.start, self.end, self.text, self.bracket = start, end, text, bracket


def _known(word: str) -> bool:
    from kabar_desktop.check.spelling import speller

    return speller().known(word.lower())


# The religions Kemenag's units are named for ('Bimas Islam', 'Pembimas Kristen'): the
# field that ends a unit's name, never a person's first name after it (round 18).
_RELIGIONS = words("islam kristen katolik protestan hindu buddha budha konghucu")


def _split(
    doc: Doc, run: list[_Word], span: tuple[int, int], verb_close: bool, degrees: bool = False
) -> int | None:
    """The index of the office's last word, the first from the left after which the rest
    of the run reads as a person's name; None when no split reads. ``degrees``: academic
    degrees follow the run's last word, which only a person's name takes."""
    kinds = _kinds(doc, run, span)
    for k in range(1, len(run) - 1):
        if run[k].text.rstrip(".").lower() in _NAME_TITLES and run[k].text.endswith("."):
            continue  # 'Prof.', 'Dr.' open a name, never end an office (round 19)
        if not _office_ends(run, kinds, k):
            continue
        if _person(doc, run, kinds, k, span, verb_close, degrees):
            return k
        if degrees and kinds[k + 1] in ("field", "other"):
            return None  # the degrees close the name: it starts at the first end, or none
    return None


def _kinds(doc: Doc, run: list[_Word], span: tuple[int, int]) -> list[str]:
    """Each word's part in an office's name: 'position', 'unit', 'body', 'class', 'place',
    'short' (bracketed or in capitals), 'field' (a dictionary word), 'and', or 'other'."""
    from kabar_desktop.check.rules.appositions import full_place_names

    places = full_place_names()
    out: list[str] = []
    for n, w in enumerate(run):
        t = w.text.rstrip(".")
        low = t.lower()
        if w.bracket:
            kind = "short"
        elif low in ("dan", "&"):
            kind = "and"
        elif (
            n == 0
            or low in POSITIONS
            or (low in _STARTS and all(k == "position" for k in out))
            or (low == "kota" and run[n - 1].text.lower() == "wali")
        ):
            kind = "position"
        elif low in _UNIT_WORDS or low in _UNIT_TITLES:
            kind = "unit"
        elif (
            _CLASS.fullmatch(t)
            or low in ("kelas", "klas")
            or (_CLASS_LETTER.fullmatch(t) and n and _ROMAN.fullmatch(run[n - 1].text))
        ):
            kind = "class"
        elif low in places or low in PROVINCE_SHORT_FORMS:
            kind = "place"
        elif (
            low in INSTITUTIONS
            or low in _BODY_WORDS
            or (n and low in _RELIGIONS)
            # a ministry's short form: 'Kemenkominfo', 'Kemenkumham' (round 19)
            or (low.startswith("kemen") and len(low) > 6)
        ):
            kind = "body"  # a religion ends a unit's name: 'Bimas Islam', 'Pendidikan Hindu'
        elif t.isupper() and len(t) >= 2 and t.isalpha():
            kind = "short"
        elif _known(low):
            kind = "field"
        else:
            kind = "other"
        out.append(kind)
    # a place of two or three words ('Palangka Raya', 'Bolaang Mongondow')
    for n in range(len(run)):
        for size in (3, 2):
            if n + size <= len(run):
                name = " ".join(w.text for w in run[n : n + size]).lower()
                if name in places or name.replace(" ", "") in places:
                    for r in range(n, n + size):
                        out[r] = "place"
    # a district's name after the body or its class: a place where the text writes it as a
    # place elsewhere too; a town (no word of the dictionary, which many first names are:
    # 'Budi', 'Agung') where the name goes on after it
    from kabar_desktop.check.places import district_words

    for n in range(1, len(run)):
        if out[n] != "other" or out[n - 1] not in ("body", "class", "short"):
            continue
        if _place_elsewhere(doc, run[n].text, span):
            out[n] = "place"
        elif run[n].text.lower() in district_words():
            out[n] = "town"
    return out


def _office_ends(run: list[_Word], kinds: list[str], k: int) -> bool:
    """``run[k]`` may end the office's name begun by the position."""
    head = kinds[: k + 1]
    kind = kinds[k]
    if kind in ("position", "unit", "and") or run[k].text.lower() in _REGION_KINDS:
        return False  # a region's kind goes on with its name: 'Desa Oelnasi', 'Kota Batu'
    if all(h in ("position", "place") for h in head):
        first = run[0].text.lower()
        if (first in _REGION_HEADS | _KA_TITLES or len(head) == 1) and not _region_head_office(
            run, kinds, k
        ):
            # 'Bupati Pacitan Indrata', 'Presiden Joko', 'Karutan Wonogiri Budi': a title
            # before a name (round 10's reading sets off the sets' 'Kadivpas Jateng …')
            return False
    # a unit (or a unit's title) takes a field before the office ends
    for n in range(k + 1):
        unit = kinds[n] == "unit" or (
            kinds[n] == "position" and run[n].text.lower() in _UNIT_TITLES
        )
        if unit and (n == k or kinds[n + 1] == "and"):
            return False
    # a word no dictionary lists inside the office, other than a field's short form after
    # its unit ('Kelas II TPI Maumere Lingga …'): a town or a name, no sure end after it
    for n in range(1, k):
        capital = run[n].text[:1].isupper()
        if kinds[n] == "other" and capital and not _field_short_form(run, kinds, n):
            return False
    if kind in ("body", "class", "place", "short", "town"):
        return True
    if kind == "field":
        # a field's word ends an office after a unit, the body or another field; right
        # after a bare position it may be the holder's first name ('Sekda Wahyu Budhi')
        return not all(h == "position" for h in head[:-1])
    return kind == "other" and _field_short_form(run, kinds, k)


# The heads of a regency, a city or a province (and their deputies) before their region's
# name: 'Bupati Kupang, Yosef Lede,' as the house form writes any office before its holder
# (round 24: the sets mark the commas 6 times and leave them twice).
_REGION_OFFICES = words("bupati wabup gubernur wagub wali walikota")


def _region_head_office(run: list[_Word], kinds: list[str], k: int) -> bool:
    """``run[: k + 1]`` is a region's head and its region ('Bupati Kupang', 'Wakil Gubernur
    NTT', 'Wali Kota Kupang'), ending at the region's name: the office before a holder."""
    if kinds[k] != "place":
        return False
    words_ = [w.text.lower() for w in run[: k + 1]]
    if words_[0] == "wakil":
        words_ = words_[1:]
    if not words_ or words_[0] not in _REGION_OFFICES:
        return False
    if words_[0] == "wali" and words_[1:2] != ["kota"]:
        return False
    return all(h in ("position", "place") for h in kinds[: k + 1])


def _field_short_form(run: list[_Word], kinds: list[str], n: int) -> bool:
    """``run[n]``, a word no dictionary lists, is a field's short form: right after its unit
    or unit's title, or after 'dan' in a unit's fields ('Kasi Binadik dan Giatja')."""
    prev = kinds[n - 1]
    return prev in ("unit", "and") or (
        prev == "position" and run[n - 1].text.lower() in _UNIT_TITLES
    )


_NOT_PERSON = (
    POSITIONS
    | POSITION_PARTS
    | GENERIC_NOUNS
    | COUNTRIES
    | FUNCTION_WORDS
    | _UNIT_WORDS
    | _STARTS
    | words(
        """provinsi kabupaten kota kecamatan kelurahan desa lembaga rumah balai kementerian
        kantor pemerintah tim republik negara"""
    )
)


def _person(
    doc: Doc,
    run: list[_Word],
    kinds: list[str],
    k: int,
    span: tuple[int, int],
    verb_close: bool,
    degrees: bool = False,
) -> bool:
    """``run[k + 1:]`` reads as one person's name after the office ending at ``run[k]``."""
    name = run[k + 1 :]
    nkinds = kinds[k + 1 :]
    own = [
        (w, kd)
        for w, kd in zip(name, nkinds, strict=True)
        if not (
            w.text.endswith(".")
            and (len(w.text.rstrip(".")) <= 3 or w.text.rstrip(".").lower() in _NAME_TITLES)
        )
    ]
    if not 1 <= len(own) <= 4 or name[0].text[:1].islower() or name[-1].text[:1].islower():
        return False
    for w, kd in own:
        low = w.text.lower()
        if not _NAME_WORD.fullmatch(w.text):
            return False  # "Narapidana/Anak": no word of a name
        if kd in ("short", "class", "place", "town", "body", "unit", "and", "position"):
            return False
        if low in _NOT_PERSON or w.text.isupper():
            return False
        if not w.text[:1].isupper() and _known(low):
            return False  # a lowercase word inside the name must be none of the dictionary's
    fresh = [w for w, kd in own if kd == "other"]  # words no dictionary lists
    after_fresh = [kd for kd in nkinds[nkinds.index("other") + 1 :]] if fresh else []
    if after_fresh.count("field") >= 2:
        return False  # "… Harahap Pimpin Apel Pagi": a line in title case goes on
    end_kind = kinds[k]
    weak_end = end_kind in ("field", "other")
    first = own[0][0].text
    from kabar_desktop.check.places import district_words

    # 'Bidang Pelayanan Teguh Santoso', 'Lapas Perempuan Budi …': a dictionary word may go
    # on the office's name, and a district's ('Lapas Kelas IIA Cikarang Veri') may be its
    # place, unless the text uses the word alone for the person
    doubt = (own[0][1] == "field" and end_kind not in ("place", "short")) or (
        first.lower() in district_words() and end_kind in ("body", "class", "short")
    )
    if doubt and not _alone_elsewhere(doc, first, span):
        return False
    if len(own) >= 2:
        if fresh:
            return True
        return any(_alone_elsewhere(doc, w.text, span) for w, _ in own)
    if _alone_elsewhere(doc, first, span):
        return not weak_end or not _known(first)
    # one word no dictionary lists, after a firm end, before a verb: "… Kelas IIA Prayitno
    # mengatakan"
    # (a place right after the body or its class: after a town it may be a name's word)
    firm = (
        end_kind == "class"
        or run[k].bracket
        or (end_kind == "place" and kinds[k - 1] in ("body", "class", "short", "place"))
    )
    if degrees and fresh and len(first) >= 4:
        return True  # "Kasi Bimas Islam Wislansyah, S.Pd., …": degrees follow a person
    return bool(fresh) and firm and len(first) >= 4 and verb_close


_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_’'-]*[^\W\d_])?\.?")


def _alone_elsewhere(doc: Doc, word: str, span: tuple[int, int]) -> bool:
    """``word`` stands alone as a person's name outside ``span`` ('Andap meminta', 'kata
    Sohibur di …'): capitalised, with no capitalised word on either side of it."""
    toks = doc.tokens
    for n, t in enumerate(toks):
        if t.text != word or span[0] <= t.start < span[1]:
            continue
        before = toks[n - 1] if n else None
        after = toks[n + 1] if n + 1 < len(toks) else None
        if doc.in_quote(t.start) or doc.paras[t.para].kind == "title":
            continue  # a title's words are capitalised whatever they are (round 21)
        if before is not None and not t.initial and _capital_beside(doc, before, t):
            continue
        if after is not None and _capital_beside(doc, t, after):
            continue
        if t.initial and _known(word) and not (after and after.text.startswith(_VERB_PREFIXES)):
            continue  # "Teguh menyampaikannya": a word of the dictionary opening a sentence
        return True
    return False


_VERB_PREFIXES = ("me", "di", "ber", "ter")


def _capital_beside(doc: Doc, a: Token, b: Token) -> bool:
    """Two adjacent tokens both capitalised: a run of capitals, no name standing alone."""
    return doc.adjacent(a, b) and a.text[:1].isupper() and b.text[:1].isupper()


def _place_elsewhere(doc: Doc, word: str, span: tuple[int, int]) -> bool:
    """The district's name stands outside ``span`` as a place: after an office's word or
    'di', 'ke', 'dari' ('Lapas Cikarang', 'warga di Cikarang')."""
    from kabar_desktop.check.places import district_words

    if word.lower() not in district_words():
        return False
    toks = doc.tokens
    for n, t in enumerate(toks):
        if t.text != word or span[0] <= t.start < span[1] or n == 0:
            continue
        before = toks[n - 1].text
        low = before.lower()
        if low in ("di", "ke", "dari") or low in INSTITUTIONS or _CLASS.fullmatch(before):
            return True
    return False
