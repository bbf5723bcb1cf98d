"""Positions (K1, K2): a position that names one office's holder is capitalised
('Kepala Divisi Administrasi Kanwil …, Rakhmat', 'Kasubsi Intelijen Deniel'); the same
words used of every holder are lowercase ('para kepala seksi', 'camat se-Kabupaten Belu').
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import (
    ACRONYMS,
    FUNCTION_WORDS,
    HOLIDAYS,
    INSTITUTION_KINDS,
    MINISTRY_FIELDS,
    MONTHS,
    POSITION_PARTS,
    POSITIONS,
    QUANTIFIERS,
    WEEKDAYS,
    words,
)
from kabar_desktop.check.rules import ERROR, N_, WARNING, Hit, rule
from kabar_desktop.check.rules.caps17_generic_heads import generic_heads
from kabar_desktop.check.rules.caps17_position_units import lowercase_unit_head, lowercase_units
from kabar_desktop.check.rules.caps19_positions import (
    counted_members,
    functional_before_office,
)
from kabar_desktop.check.rules.caps32_kinds import school_heads
from kabar_desktop.check.rules.case_reading import capitalised, in_title, initial, title_case
from kabar_desktop.check.rules.clause_capitals import short_positions, spread_offices
from kabar_desktop.check.rules.generic_positions import in_programme_name
from kabar_desktop.check.rules.headline import headline
from kabar_desktop.check.rules.position_classes import counted_and_coordinated
from kabar_desktop.check.rules.words21_caps import one_of_many
from kabar_desktop.check.rules.words23_caps import people_term

_DAYS_MONTHS = {w.lower(): w for w in (*WEEKDAYS, *MONTHS, *HOLIDAYS)}
# A position's words: its parts, positions, a state title's end ('Sekretaris Daerah').
_PHRASE_WORDS = POSITION_PARTS | POSITIONS | words("daerah jenderal")
# Kinds of office named by a common word: "para Camat dan Kepala Desa" (K2).
_WORD_KINDS = words("desa kelurahan kecamatan sekolah dinas")
# What may follow 'para Kepala' in a plural, generic title: kinds of office, rooms, duties.
_PLURAL_HEADS = INSTITUTION_KINDS | words("kamar hunian regu blok jaga")
# Short forms of a section's head: the words after them name the section (K1).
_SECTION_HEADS = words("kasi kasie kasubsi kabid kasubbag kasubag kabag kaur kasubdit")
# A derived verb or adjective: no unit's word ('kasi menyampaikan Budi …').
_VERBISH = re.compile(r"(?:me|di|ber|ter)[a-z]{3,}$|[a-z]+(?:lah|nya)$")
# 'se-Kabupaten', 'sekabupaten', 'se': across a whole region.
_REGION_WIDE = re.compile(r"[Ss]e(?:-|$|(?:kabupaten|kota|provinsi|kecamatan|wilayah)$)")
# Titles that name their holder's office in one word ('Camat'), unlike 'Kepala' or 'Ketua'.
_BARE_TITLES = words(
    """camat lurah kades bupati wabup walikota gubernur kapolsek kapolres kapolresta kapolda
    danramil dandim danrem kajari kajati kakanim kalapas karutan kabapas karudenim kakanwil
    sekda sekcam babinsa bhabinkamtibmas"""
)
# A noun of a unit's name: 'perawatan', 'registrasi', 'intelijen'.
_UNIT_NOUN = re.compile(r"[a-z]{4,}(?:an|asi|si|jen)")
# The head of a room, a block, a watch: "Kepala Kamar Hunian", "Komandan Jaga" (K2).
_ROOM_HEAD = re.compile(r"\b(?:Kepala|Komandan) (?:Kamar|Blok|Regu|Jaga)(?: (?:Hunian|Jaga))?\b")
# What makes the head one person's post: a name or a unit's name after it, or a gloss.
_NAME_AFTER = re.compile(r",? [A-Z]| ?\(")
# Functional posts named by their field ('Pengelola Data'): alone, a noun ('pengelola LPKA').
_FIELD_POSTS = words("pengelola analis pranata")
_COUNT_BEFORE = re.compile(r"(?<![\d.,/])\d+ $")  # "1 asisten PK": a count


def _position_phrase(doc: Doc, i: int) -> int:
    """Index past the words of the position starting at token ``i``; an office's short
    form ends it ('plt Kalapas Kupang'), a word like 'imigrasi' does not."""
    toks = doc.tokens
    j = i + 1
    while j < len(toks) and doc.adjacent(toks[j - 1], toks[j]):
        lower = toks[j].text.lower()
        if lower not in _PHRASE_WORDS or (lower in ACRONYMS and lower not in POSITION_PARTS):
            break
        j += 1
    return j


def _unit_words(doc: Doc, i: int, j: int) -> int:
    """After a section head's short form ('Kasubsi', 'kasi'), the lowercase words up to a
    name are its unit's name ('Kasubsi intelijen Deniel Munthe'): the index past them, or
    ``j`` when no name follows them or they read as a sentence ('kasi hadir Budi')."""
    toks = doc.tokens
    if toks[i].text.lower() not in _SECTION_HEADS:
        return j
    k = j
    while k < len(toks) and k - j < 5 and doc.adjacent(toks[k - 1], toks[k]):
        word = toks[k].text
        if not word.isalpha() or not word.islower():
            break
        if word in FUNCTION_WORDS and not (word == "dan" and k > j):
            return j
        if word in _CLAUSE_OPENERS:
            return j  # round 24: "Kasubbag yaitu …": the clause goes on, no unit's word
        if word not in POSITION_PARTS and _VERBISH.match(word):
            return j  # "kasi menyampaikan Budi …": a verb, no unit
        k += 1
    if k == j or toks[k - 1].text == "dan":
        return j
    if _unit_nouns(doc, i, k):
        return k  # "selaku kasubsi pengelolaan, …": a section's name, the post of one
    if k >= len(toks) or toks[k].text.lower() in POSITIONS or not _names_someone(doc, k):
        return j
    return k


def _unit_nouns(doc: Doc, i: int, k: int) -> bool:
    """The lowercase words after the section head ``i`` up to ``k`` are a unit's name:
    nouns of a unit ('registrasi', 'perawatan', 'pengelolaan'), not a verb's object ('kasi
    bantuan': 'kasi' is also a spoken 'kasih')."""
    toks = doc.tokens
    head = toks[i].text.lower()
    parts = [w.text for w in toks[i + 1 : k] if w.text != "dan"]
    return bool(parts) and all(
        w in POSITION_PARTS or (head not in ("kasi", "kasie") and _UNIT_NOUN.fullmatch(w))
        for w in parts
    )


def _region_wide(doc: Doc, j: int) -> bool:
    """The office after a position is every one of a region's ('ketua TP PKK desa
    se-Kabupaten Pacitan', 'kepala UPT se-Jawa Timur'): the heads of many, no one's title."""
    toks = doc.tokens
    k = j
    while k < len(toks) and k - j < 6 and (k == j or doc.adjacent(toks[k - 1], toks[k])):
        word = toks[k].text
        if _REGION_WIDE.match(word):
            return True
        if word in FUNCTION_WORDS:
            return False
        k += 1
    return False


# Round 24: words opening a clause, never a unit's word ("Kasubbag yaitu …", "kasi juga …").
_CLAUSE_OPENERS = words(
    """yaitu yakni ialah adalah merupakan juga telah sudah akan masih belum tidak bukan
    hanya pun kemudian"""
)
# Round 24: a level or a quantifier after "di": the office of every such place.
_EACH_PLACE = re.compile(
    r" di (?:setiap |tiap |seluruh |masing-masing |berbagai )?"
    r"(?:kabupaten|kota|kecamatan|desa|kelurahan|provinsi|daerah|wilayah|kabupaten/kota)\b"
)


def _office_in_each_place(doc: Doc, j: int) -> bool:
    """One capitalised word after the position, then 'di' and a level in lowercase
    ('koordinator KIM di kabupaten/kota', 'ketua RT di setiap desa'): the post of every
    such office, no one's title (EYD V: a position is capitalised as a name's)."""
    toks = doc.tokens
    if j >= len(toks) or doc.text[toks[j - 1].end : toks[j].start] != " ":
        return False
    return bool(_EACH_PLACE.match(doc.text, toks[j].end))


def _names_someone(doc: Doc, j: int) -> bool:
    """After the position: an office (a capitalised word) or ', Name' (not ', Kamis (…)' nor
    ', Kepala …': a date, or the next position of a list)."""
    toks = doc.tokens
    if j >= len(toks):
        return False
    last, nxt = toks[j - 1], toks[j]
    if last.para != nxt.para or not capitalised(nxt) or nxt.text in _DAYS_MONTHS.values():
        return False
    gap = doc.text[last.end : nxt.start]
    if gap == ", ":
        return not nxt.initial and nxt.text.lower() not in POSITIONS
    return gap == " "


def _holder_named(doc: Doc, j: int) -> bool:
    """After the office's capitalised words that start at ``j``: ', Name' (the holder)."""
    toks = doc.tokens
    k = j
    while k + 1 < len(toks) and doc.adjacent(toks[k], toks[k + 1]) and capitalised(toks[k + 1]):
        k += 1
    if k >= len(toks) or k + 1 >= len(toks):
        return False
    return doc.text[toks[k].end : toks[k + 1].start] == ", " and capitalised(toks[k + 1])


def _after_quantifier(doc: Doc, i: int) -> bool:
    """'para kepala seksi …', '1 asisten PK': counted or plural, so the position is generic."""
    toks = doc.tokens
    if _COUNT_BEFORE.search(doc.text, max(0, toks[i].start - 8), toks[i].start):
        return True
    prev = toks[i - 1].text.lower() if i and doc.adjacent(toks[i - 1], toks[i]) else ""
    if one_of_many(doc.text, toks[i].start) or (prev, toks[i].text) == ("menjadi", "wakil"):
        return True  # "salah seorang Kakanwil …" (round 21); "menjadi wakil Sulbar" (h110)
    return prev in QUANTIFIERS or prev in ("varietas", "pohon", "seorang")  # p87; h126


def _generic_office(doc: Doc, j: int) -> bool:
    """The office after a position is a kind of office: 'kepala KUA di wilayah Sragen'."""
    toks = doc.tokens
    office = toks[j]
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    numbered = doc.text[office.end + 1 : office.end + 2].isdigit()  # "ketua RT 05"
    if _kinds_of_school(doc, j) or (office.text.lower() in _EVERY_UNIT and not numbered):
        return True  # "kepala SKPD di lingkungan …", "ketua RT dan RW": every unit's head
    if office.text.lower() in _SCHOOL_KINDS and not numbered and not (nxt and capitalised(nxt)):
        return True  # "untuk kepala SD di Kecamatan Sukun", no school named (session 40)
    if office.text.lower() not in INSTITUTION_KINDS:
        return False
    if nxt and doc.adjacent(office, nxt):
        return not capitalised(nxt)
    # "mobil dinas kepala Rudenim.": the office capitalised, ending the phrase, in a text that
    # names it with its place ("Rudenim Surabaya"): that one office, not a kind of office.
    return not (office.text[:1].isupper() and _named_in_text(doc, office.text))


# Kinds of school (heldout23: 'kepala MI, MTs, MA dan RA'): every such school's head.
_SCHOOL_KINDS = words("madrasah sekolah pesantren mi mts ma ra sd smp sma smk tk paud")
_EVERY_UNIT = words("skpd opd rt rw lpmk lpm")  # units of which every one has its head


def _kinds_of_school(doc: Doc, j: int) -> bool:
    """The office is a unit of a kind of school ('TU madrasah') or the first of a list of
    kinds of school ('MI, MTs, MA dan RA')."""
    toks = doc.tokens
    if j + 1 >= len(toks):
        return False
    office, nxt = toks[j], toks[j + 1]
    if doc.adjacent(office, nxt) and nxt.text in _SCHOOL_KINDS:
        return True  # lowercase: a kind, no name
    gap = doc.text[office.end : nxt.start]
    return (
        office.text.lower() in _SCHOOL_KINDS and gap == ", " and nxt.text.lower() in _SCHOOL_KINDS
    )


def _named_in_text(doc: Doc, office: str) -> bool:
    """Does the text name ``office`` with a capitalised place after it somewhere?"""
    at = doc.text.find(office + " ")
    while at >= 0:
        after = doc.text[at + len(office) + 1 : at + len(office) + 2]
        if after.isupper():
            return True
        at = doc.text.find(office + " ", at + 1)
    return False


@rule("K1", ERROR, N_("A position followed by a name or an office is capitalised"))
def position_before_name(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    done = -1  # the end of the last position read: 'wakil bupati' is one, not two
    for i, t in enumerate(toks):
        if t.start < done:
            continue
        if t.text.lower() not in POSITIONS or in_title(doc, t) or _after_quantifier(doc, i):
            continue
        j = _position_phrase(doc, i)
        done = toks[j - 1].end
        while j - 1 > i and toks[j - 1].text == "dan":
            j -= 1  # "kepala dan ASN di KUA": two kinds of people, no position's name
        j = _unit_words(doc, i, j)
        if t.text in _FIELD_POSTS and j == i + 1 and not _holder_named(doc, j):
            continue  # "membantu pengelola LPKA …": those who run it; the post needs its field
        if t.text in POSITIONS:
            post = t.text in _SECTION_HEADS and j > i + 1 and _unit_nouns(doc, i, j)
            named = _names_someone(doc, j) and not (_generic_office(doc, j) or _region_wide(doc, j))
            named = named and not people_term(doc, j)  # "orang tua atau wali Anak" (round 23)
            named = named and not _office_in_each_place(doc, j)  # round 24
            if named or post:
                yield Hit(
                    t.start,
                    toks[j - 1].end,
                    N_("A position before a name or an office starts with capitals."),
                    title_case([x.text for x in toks[i:j]]),
                )
        elif t.text == "Menteri" and (k := _ministry_field(doc, i)) > i + 1:
            yield Hit(  # "Menteri hukum dan HAM, Yasonna …", "Menteri agama" (heldout47)
                t.start,
                toks[k - 1].end,
                N_("A position before a name or an office starts with capitals."),
                title_case([x.text for x in toks[i:k]]),
            )
        elif not t.text.isupper() and (not initial(doc, t) or _unit_after_head(doc, i, j)):
            yield from _half_capitalised(doc, i, j)  # "Kasi bimas Islam, Hasan": its unit
    yield from short_positions(doc)  # "Selanjutnya, kadivpas meneruskan …": the holder
    yield from lowercase_units(doc)  # "Staf Ahli bidang hukum Drs. Budi" (caps17_position_units)
    yield from lowercase_unit_head(doc)  # "Kepala rutan, Amiek …"


# A ministry's head, then its field in lowercase ("Kementerian agama", "Dirjen haji"; K10's).
LOWERCASE_FIELD = re.compile(
    r"\b(?:Kementerian|Kementrian|Dirjen|Ditjen) (" + "|".join(sorted(MINISTRY_FIELDS)) + r")\b"
)


def _ministry_field(doc: Doc, i: int) -> int:
    """Index past 'Menteri' and its field written in lowercase ('Menteri hukum'), or i."""
    toks = doc.tokens
    k = i + 1
    if k < len(toks) and doc.adjacent(toks[i], toks[k]) and toks[k].text in MINISTRY_FIELDS:
        return k + 1
    return i


def _unit_after_head(doc: Doc, i: int, j: int) -> bool:
    """A section head's short form opens the sentence and its unit's words follow in
    lowercase ('Kasi bimas Islam, Hasan …'): the unit is no sentence's word either."""
    toks = doc.tokens
    return toks[i].text.lower() in _SECTION_HEADS and j > i + 1 and toks[i + 1].text.islower()


def _half_capitalised(doc: Doc, i: int, j: int) -> Iterator[Hit]:
    """'Wakil presiden', 'Kepala seksi': a position capitalised only in part (up to its first
    function word: 'Kepala Divisi Imigrasi dan kepala seksi' is two positions)."""
    toks = doc.tokens
    k = i + 1
    while k < j and toks[k].text not in FUNCTION_WORDS:
        k += 1
    words = [x.text for x in toks[i:k]]
    if any(w[0].islower() for w in words):
        yield Hit(
            toks[i].start,
            toks[k - 1].end,
            N_("Every word of a position's name starts with a capital letter."),
            title_case(words),
        )


def _kind_without_name(doc: Doc, j: int) -> bool:
    """Token ``j`` is a kind of office ('Desa', 'UPT') that no place name follows."""
    toks = doc.tokens
    if not doc.adjacent(toks[j - 1], toks[j]) or toks[j].text.lower() not in _WORD_KINDS:
        return False
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return not (nxt and doc.adjacent(toks[j], nxt) and capitalised(nxt))


def _kind_anywhere(doc: Doc, j: int) -> bool:
    """'seluruh Kepala KUA di wilayah …': a kind of office, in each place of a region."""
    toks = doc.tokens
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return (
        _generic_office(doc, j)
        and nxt is not None
        and doc.adjacent(toks[j], nxt)
        and nxt.text in ("di", "yang")
    )


@rule("K2", WARNING, N_("A position used generically is lowercase"))
def generic_position(doc: Doc) -> Iterator[Hit]:
    seen: list[Hit] = []  # each span once: session 24's counted heads repeat other readings
    for h in _generic_positions(doc):
        if not in_programme_name(doc.text, h.start, h.end) and not any(
            o.start < h.end and h.start < o.end for o in seen
        ):
            seen.append(h)
            yield h


def _generic_positions(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    for i, t in enumerate(toks[:-1]):
        nxt = toks[i + 1]
        if (
            t.text.lower() not in QUANTIFIERS
            or not doc.adjacent(t, nxt)
            or nxt.text.lower() not in POSITIONS
            or not capitalised(nxt)
            or in_title(doc, t)
            or headline(doc, t.para)
        ):
            continue
        j = _position_phrase(doc, i + 1)
        if j < len(toks) and _kind_without_name(doc, j):
            j += 1  # "para Camat dan Kepala Desa": every village's head
        end = _plural_kind(doc, j) if _names_someone(doc, j) else j
        if end is None and _kind_anywhere(doc, j):
            end = j
        if end is not None:
            yield Hit(
                nxt.start,
                toks[end - 1].end,
                N_("A position used generically is written in lowercase."),
                doc.text[nxt.start : toks[end - 1].end].lower(),
            )
    yield from (*_heads_over_region(doc), *_kind_heads_over_region(doc), *_room_heads(doc))
    yield from counted_and_coordinated(doc)  # "ada 30 Lurah", "Kepala Badan dan Kepala Biro"
    yield from spread_offices(doc)  # "pada Kantor Imigrasi di seluruh wilayah Indonesia"
    yield from generic_heads(doc)  # "hingga Sekretaris desa", "Kepala Lapas, LPKA, dan Rutan"
    yield from functional_before_office(doc)  # round 19: "Pembimbing Kemasyarakatan Bapas …"
    yield from counted_members(doc)  # round 19: "sejumlah Komisioner Komisi Informasi"
    yield from school_heads(doc)  # session 32: "paparan dari Kepala Madrasah tentang …"


def _room_heads(doc: Doc) -> Iterator[Hit]:
    """'serta Komandan Jaga yang bertugas', 'perwakilan Kepala Kamar dari setiap blok': the
    head of a room, a block or a watch among inmates or guards names a duty many hold, not
    one office's post; lowercase where no name and no unit's name follow."""
    text = doc.text
    for m in _ROOM_HEAD.finditer(text):
        i = doc.token_at(m.start())
        if i is None or initial(doc, doc.tokens[i]) or in_title(doc, doc.tokens[i]):
            continue
        if headline(doc, doc.tokens[i].para):
            continue
        prev = doc.tokens[i - 1] if i else None
        if prev is not None and doc.adjacent(prev, doc.tokens[i]) and capitalised(prev):
            continue  # "Pos Komandan Jaga": a post's name
        if _NAME_AFTER.match(text, m.end()):
            continue  # "Kepala Regu Pengamanan (Karupam)", "Komandan Jaga, Budi"
        yield Hit(
            m.start(),
            m.end(),
            N_("A position used generically is written in lowercase."),
            m.group().lower(),
        )


# "Kepala KUA se Kabupaten Rokan Hilir", "Kepala UPT di wilayah Banda Aceh": the head of a
# kind of office just before a region it spans names every holder (sets: 7 marked of 8).
_KIND_HEAD_OVER_REGION = re.compile(
    r"(?<!\w)(Kepala (?:UPT|KUA|Madrasah|Sekolah|Desa|Satker|Puskesmas))"
    r"(?= (?:se[- ]?[A-Z]|se- |di (?:wilayah|lingkungan|jajaran)\b))"
)


def _kind_heads_over_region(doc: Doc) -> Iterator[Hit]:
    """The head of a kind of office before the region it spans, after a comma, 'dan',
    'serta' or 'bagi' (a quantifier before it is generic_position's)."""
    text = doc.text
    for m in _KIND_HEAD_OVER_REGION.finditer(text):
        before = text[max(0, m.start() - 12) : m.start()].split()
        prev = before[-1] if before else ""
        if prev.lower() in QUANTIFIERS or prev[:1].isupper() and not prev.endswith(","):
            continue  # "para Kepala KUA se-…" (generic_position), "Forum Kepala Desa se-…"
        yield Hit(
            m.start(1),
            m.end(1),
            N_("A position used generically is written in lowercase."),
            m.group(1)[0].lower() + m.group(1)[1:],
        )


def _heads_over_region(doc: Doc) -> Iterator[Hit]:
    """'Camat, Danramil dan Kapolsek se-Asahan': one-word titles just before 'se-' speak of
    every holder across the region, so each is lowercase (EYD V: a title not followed by a
    name is lowercase). A title with its unit's name ('Kepala UPT Pemasyarakatan se-Jawa
    Timur') is left alone: the unit names the office."""
    toks = doc.tokens
    for k, t in enumerate(toks):
        if k == 0 or not _REGION_WIDE.match(t.text) or in_title(doc, t):
            continue
        i = k - 1
        while i >= 0 and toks[i].text.lower() in _BARE_TITLES:
            head = toks[i]
            if not capitalised(head) or head.text.isupper() or initial(doc, head):
                break
            after = toks[i + 1]
            if doc.text[head.end : after.start].strip(" ,") != "":
                break
            yield Hit(
                head.start,
                head.end,
                N_("A position used generically is written in lowercase."),
                head.text.lower(),
            )
            link = toks[i - 1] if i else None
            gap = doc.text[link.end : head.start] if link else ""
            if link is not None and link.text in ("dan", "serta") and gap == " ":
                i -= 2
            elif gap == ", ":
                i -= 1
            else:
                break


def _plural_kind(doc: Doc, j: int) -> int | None:
    """After 'para Kepala': the end of its common nouns when only kinds of office and
    common nouns follow, then no name ('para Kepala KUA se-Kabupaten …', 'para Kepala
    Kamar sebagai …'): heads of every such office, no one's title (EYD V, huruf kapital:
    a title not followed by a name, used generically, is lowercase)."""
    toks = doc.tokens
    end = k = j
    while (
        k < len(toks)
        and doc.adjacent(toks[k - 1], toks[k])
        and capitalised(toks[k])
        and (lower := toks[k].text.lower()) in _PLURAL_HEADS
    ):
        k += 1
        if lower not in INSTITUTION_KINDS and end == k - 1:
            end = k  # "Kamar" joins the position; the office's short form keeps its case
    if k == j:
        return None
    after = toks[k] if k < len(toks) and toks[k].para == toks[k - 1].para else None
    if after is not None and capitalised(after) and doc.text[toks[k - 1].end] == " ":
        return None  # "para Kepala Desa Oesao": heads of named villages
    return end
