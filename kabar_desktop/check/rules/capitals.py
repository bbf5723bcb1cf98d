"""Capital letters (K1, K2, K4–K9): positions, humas, titles, quotes, days, acronyms.

K3 (ordinary nouns) is in common_nouns.py, K10 and K11 (names in lowercase) in names.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import (
    ACRONYMS,
    ATTRIBUTION_VERBS,
    FUNCTION_WORDS,
    HOLIDAYS,
    INSTITUTION_KINDS,
    LOOSE_CASE,
    MONTHS,
    POSITION_PARTS,
    POSITIONS,
    QUANTIFIERS,
    WEEKDAYS,
    words,
)
from kabar_desktop.check.rules import ERROR, N_, WARNING, Hit, rule
from kabar_desktop.check.rules.case_reading import (
    cap,
    capitalised,
    chunk,
    in_dateline,
    in_name,
    in_title,
    initial,
    title_case,
)

_UNIT_WORDS = words("tim bagian subbagian subbag biro seksi divisi pranata sub")
_LOWERCASE_OK = frozenset({"sop"})  # "sop" is also a word (soup)
# Acronyms that name one body, so they keep their capital in lowercase text too ('unsur
# forkopimda' → 'Forkopimda'): a ministry, a directorate general, a national body, or the one
# forum or agency of a region (EYD V, I.B.7: names of bodies, acronyms included). Acronyms
# KBBI lists as common nouns of a kind of office (lapas, rutan, polres, puskesmas) are not here.
_PROPER_ACRONYMS = words(
    """kemenkumham kemenkum kemenimipas ditjenpas ditjenim bappenas bappeda polri kemenkeu
    kemenag kemendagri kemenkes kemensos kemenlu kemenhub kemenpora kejagung basarnas bawaslu
    korpri brimob forkopimda forkopimcam timpora dukcapil disdukcapil kominfo diskominfo kesbangpol
    poltekip poltekim"""
)
_DAYS_MONTHS = {w.lower(): w for w in (*WEEKDAYS, *MONTHS, *HOLIDAYS)}
# Title words that serve as conjunctions or prepositions but are not only that: an editor
# takes 'saat' and 'Saat' in a title alike (K5).
_TITLE_EITHER = words("saat ketika usai jelang bersama menuju atas seperti sebelum setelah")
_ORDINAL_DASH = frozenset(f"-{d}" for d in "0123456789")  # "HUT Ke-80 RI"
_PHRASE_WORDS = POSITION_PARTS | POSITIONS
_ROMAN = re.compile(r"(?:I{1,3}|IV|V|VI{1,3})[AB]?")
_ADDRESS = re.compile(r"https?:|www\.|[@#/]|\w\.\w")
_HOLIDAY = re.compile(r"\b([Ii]dul)[ -]?([Ff]itri|[Aa]dha)\b")
_QUOTE_OPEN = re.compile(r"[\"“]( ?)(?=[^\W\d_])")
# Kinds of office named by a common word: "para Camat dan Kepala Desa" (K2).
_WORD_KINDS = words("desa kelurahan kecamatan sekolah dinas")
# What may follow 'para Kepala' in a plural, generic title: kinds of office, rooms, duties.
_PLURAL_HEADS = INSTITUTION_KINDS | words("kamar hunian regu blok jaga")
# Bound forms written with a hyphen before a name, lowercase in a title too: "se-Kabupaten".
_BOUND_BEFORE_NAME = re.compile(r"(?:se|non|antar|pasca|pra|anti|pro)-[A-Z]")
# Short forms of a section's head: the words after them name the section (K1).
_SECTION_HEADS = words("kasi kasie kasubsi kabid kasubbag kasubag kabag kaur kasubdit")
# A derived verb or adjective: no unit's word ('kasi menyampaikan Budi …').
_VERBISH = re.compile(r"(?:me|di|ber|ter)[a-z]{3,}$|[a-z]+(?:lah|nya)$")
# 'se-Kabupaten', 'sekabupaten', 'se': across a whole region.
_REGION_WIDE = re.compile(r"[Ss]e(?:-|$|(?:kabupaten|kota|provinsi|kecamatan|wilayah)$)")
# The lead's opening place name and the bracket of its office tag: "Stabat (".
_DATELINE_TAG = re.compile(r"[^\W\d_][^\W\d]*(?: [^\W\d_][^\W\d]*){0,3},? ?\(")
# Titles that name their holder's office in one word ('Camat', 'Kapolsek'), unlike 'Kepala'
# or 'Ketua', which need the unit after them.
_BARE_TITLES = words(
    """camat lurah kades bupati wabup walikota gubernur kapolsek kapolres kapolresta kapolda
    danramil dandim danrem kajari kajati kakanim kalapas karutan kabapas karudenim kakanwil
    sekda sekcam babinsa bhabinkamtibmas"""
)
# A noun of a unit's name: 'perawatan', 'registrasi', 'intelijen'.
_UNIT_NOUN = re.compile(r"[a-z]{4,}(?:an|asi|si|jen)")
_COUNT_BEFORE = re.compile(r"(?<![\d.,/])\d+ $")  # "1 asisten PK": a count
_ATTRIBUTION = re.compile(r"(?:[,?!] ?[\"”]|[\"”] ?,) ([A-Z][a-z]+)\b")


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
    if toks[i].text.lower() not in _SECTION_HEADS or j != i + 1:
        return j
    k = j
    while k < len(toks) and k - j < 5 and doc.adjacent(toks[k - 1], toks[k]):
        word = toks[k].text
        if not word.isalpha() or not word.islower():
            break
        if word in FUNCTION_WORDS and not (word == "dan" and k > j):
            return j
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


def _after_quantifier(doc: Doc, i: int) -> bool:
    """'para kepala seksi …', '1 asisten PK': counted or plural, so the position is generic."""
    toks = doc.tokens
    if _COUNT_BEFORE.search(doc.text, max(0, toks[i].start - 8), toks[i].start):
        return True
    prev = toks[i - 1] if i else None
    return bool(prev and doc.adjacent(prev, toks[i]) and prev.text.lower() in QUANTIFIERS)


def _generic_office(doc: Doc, j: int) -> bool:
    """The office after a position is a kind of office, not one named by its place: 'kepala
    KUA di wilayah Sragen', 'kepala KUA harus memahami …' (but 'kepala Lapas Kelas IIB …')."""
    toks = doc.tokens
    office = toks[j]
    if office.text.lower() not in INSTITUTION_KINDS:
        return False
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return not (nxt and doc.adjacent(office, nxt) and capitalised(nxt))


@rule("K1", ERROR, N_("A position followed by a name or an office is capitalised"))
def position_before_name(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    for i, t in enumerate(toks):
        if t.text.lower() not in POSITIONS or in_title(doc, t) or _after_quantifier(doc, i):
            continue
        j = _position_phrase(doc, i)
        while j - 1 > i and toks[j - 1].text == "dan":
            j -= 1  # "kepala dan ASN di KUA": two kinds of people, no position's name
        j = _unit_words(doc, i, j)
        if t.text in POSITIONS:
            post = t.text in _SECTION_HEADS and j > i + 1 and _unit_nouns(doc, i, j)
            named = _names_someone(doc, j) and not (_generic_office(doc, j) or _region_wide(doc, j))
            if named or post:
                yield Hit(
                    t.start,
                    toks[j - 1].end,
                    N_("A position before a name or an office starts with capitals."),
                    title_case([x.text for x in toks[i:j]]),
                )
        elif not t.text.isupper() and not initial(doc, t):
            yield from _half_capitalised(doc, i, j)


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
    toks = doc.tokens
    for i, t in enumerate(toks[:-1]):
        nxt = toks[i + 1]
        if (
            t.text.lower() not in QUANTIFIERS
            or not doc.adjacent(t, nxt)
            or nxt.text.lower() not in POSITIONS
            or not capitalised(nxt)
            or in_title(doc, t)
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
    yield from _heads_over_region(doc)


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


def _dateline_tag(doc: Doc, t: Token) -> bool:
    """Token ``t`` is the whole bracket after the lead's place name: 'Stabat (Humas), …'."""
    para = doc.paras[t.para]
    return (
        para.kind == "lead"
        and doc.text[t.end : t.end + 1] == ")"
        and _DATELINE_TAG.fullmatch(doc.text, para.start, t.start) is not None
    )


@rule("K4", WARNING, N_("'humas' is lowercase unless it is part of a unit's name"))
def humas(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    for i, t in enumerate(toks):
        if t.text != "Humas" or initial(doc, t) or in_title(doc, t) or in_dateline(doc, t):
            continue
        if _dateline_tag(doc, t):
            continue  # "Stabat (Humas), Kantor …": the office's tag, however it is set off
        if "_" in doc.text[t.start - 1 : t.end + 1]:
            continue
        prev = toks[i - 1] if i else None
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (
            prev
            and doc.adjacent(prev, t)
            and capitalised(prev)
            and (not prev.initial or prev.text.lower() in _UNIT_WORDS | POSITIONS)
        ):
            continue
        if nxt and doc.adjacent(t, nxt) and capitalised(nxt):
            continue
        yield Hit(
            t.start,
            t.end,
            N_("'humas' is an ordinary noun: lowercase, except in a unit's name."),
            "humas",
        )


@rule("K5", ERROR, N_("Title words are capitalised, except function words"))
def title_capitals(doc: Doc) -> Iterator[Hit]:
    for t in doc.tokens:
        if not in_title(doc, t) or (t.start > 0 and doc.text[t.start - 1] in "-/"):
            continue
        lower = t.text.lower()
        if lower in _TITLE_EITHER or doc.text[t.end : t.end + 2][:2] in _ORDINAL_DASH:
            continue  # "HUT Ke-80 RI": the ordinal's "ke-", not the preposition
        if _BOUND_BEFORE_NAME.match(t.text):
            continue  # "Pengukuhan Timpora se-Kabupaten Asahan": a prefix (W4), not a word
        first = t.start == doc.paras[t.para].start or t.initial
        if lower in FUNCTION_WORDS and not first and t.text[0].isupper():
            yield Hit(
                t.start,
                t.end,
                N_("A function word in a title is written in lowercase: '{word}'."),
                lower,
                {"word": lower},
            )
        elif t.text[0].islower() and (first or lower not in FUNCTION_WORDS):
            yield Hit(
                t.start,
                t.end,
                N_("Each word of a title starts with a capital letter."),
                cap(t.text),
            )


@rule("K6", ERROR, N_("A quote starts with a capital; the verb after it is lowercase"))
def quote_capitals(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        for m in _QUOTE_OPEN.finditer(text, para.start, para.end):
            p = m.start()
            if p != para.start and (m.group(1) or text[p - 2 : p] not in (", ", ": ")):
                continue  # '" untuk …' opens a paragraph; ', " ujar' closes a quote
            i = doc.token_at(m.end())
            if i is not None and doc.tokens[i].text[0].islower():
                t = doc.tokens[i]
                yield Hit(
                    t.start,
                    t.end,
                    N_("A direct quote starts with a capital letter."),
                    cap(t.text),
                )
        for m in _ATTRIBUTION.finditer(text, para.start, para.end):
            word = m.group(1)
            base = word[:-3] if word.endswith("nya") else word
            if base.lower() in ATTRIBUTION_VERBS or _said_with_nya(word, base):
                yield Hit(
                    m.start(1),
                    m.end(1),
                    N_("The attribution verb after a quote is written in lowercase."),
                    word.lower(),
                )


def _said_with_nya(word: str, base: str) -> bool:
    """'," Pujinya.': a known root with -nya after a quote is the speaker's verb, whichever
    verb it is; a name does not end in -nya after a root."""
    if base == word or len(base) < 4:
        return False
    from kabar_desktop.check.spelling import speller

    return speller().known(base.lower())


@rule("K7", ERROR, N_("'bahasa' is lowercase before a language's name"))
def bahasa(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    for i, t in enumerate(toks[:-1]):
        if t.text != "Bahasa" or t.initial or in_title(doc, t) or in_name(doc, i):
            continue
        nxt = toks[i + 1]
        if doc.adjacent(t, nxt) and capitalised(nxt):
            yield Hit(
                t.start,
                t.end,
                N_("'bahasa' is written in lowercase before the name of a language."),
                "bahasa",
            )


@rule("K8", ERROR, N_("Days, months and holidays are capitalised; holiday names are solid"))
def days_and_holidays(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for t in doc.tokens:
        name = _DAYS_MONTHS.get(t.text)
        if name is None or t.text == name:
            continue
        if t.text == "minggu" and not re.match(r" ?[(,] ?\d", text[t.end : t.end + 4]):
            continue  # "dua minggu": a week, not Sunday
        message = (
            N_("Holiday names start with a capital letter.")
            if name in HOLIDAYS
            else N_("Names of days and months start with a capital letter.")
        )
        yield Hit(t.start, t.end, message, name)
    for m in _HOLIDAY.finditer(text):
        fixed = "Idul" + m.group(2).lower()
        if m.group() != fixed:
            yield Hit(
                m.start(),
                m.end(),
                N_("Holiday names are written as one capitalised word: '{word}'."),
                fixed,
                {"word": fixed},
            )


def _lowercase_allowed(lower: str, canonical: str) -> bool:
    """'lapas', 'rutan': KBBI's common nouns; 'sop' (soup), two-letter 'ri': words too."""
    if lower in _LOWERCASE_OK or lower in LOOSE_CASE:
        return True
    if canonical.isupper():
        return len(canonical) < 3
    return lower not in _PROPER_ACRONYMS


def _shouted(doc: Doc, i: int, k: int) -> bool:
    """Token ``k`` beside token ``i`` is a word in capitals that is no short form."""
    toks = doc.tokens
    if not 0 <= k < len(toks) or not doc.adjacent(
        *((toks[k], toks[i]) if k < i else (toks[i], toks[k]))
    ):
        return False
    word = toks[k].text
    return (
        len(word) > 2
        and word.isupper()
        and word.lower() not in ACRONYMS
        and not _ROMAN.fullmatch(word)
    )


@rule("K9", ERROR, N_("Acronyms keep their standard form"))
def acronyms(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    for i, t in enumerate(toks):
        lower = t.text.lower()
        canonical = ACRONYMS.get(lower)
        if canonical is None or t.text == canonical or lower in LOOSE_CASE:
            continue
        if t.text.islower() and _lowercase_allowed(lower, canonical):
            continue
        if _ADDRESS.search(chunk(doc, t)):
            continue  # "ditjenpas.go.id", "#kemenkumham", "@rutan_kupang"
        if t.text.isupper() and (_shouted(doc, i, i - 1) or _shouted(doc, i, i + 1)):
            continue  # "kegiatan IMIGRASI MELAYANI": a slogan in capitals, not an acronym
        yield Hit(
            t.start,
            t.end,
            N_("The standard form of this acronym is '{word}'."),
            canonical,
            {"word": canonical},
        )
