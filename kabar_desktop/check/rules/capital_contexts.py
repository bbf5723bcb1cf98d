"""K3's readings of round 14: a common word capitalised where the sentence shows it is no
name's (EYD V, huruf kapital: a capital marks a name, a sentence's start, a title).

- An item of a list beside lowercase items of the same kind: 'akta kelahiran, akta
  perkawinan dan Ijazah', 'keterampilan menjahit, Tapis, Rajut, …'. Items of one list are
  words of one kind; where a neighbour item is a common noun in lowercase, a capitalised
  item of dictionary words is a common noun too (not an office, a position, a place, a
  religion or any word the dictionary writes with a capital).
- The first word of a reported clause after a speech verb and its comma: 'mengatakan,
  Dilakukan MoU …' → 'dilakukan'. The clause goes on the sentence; only a name keeps its
  capital there ('mengatakan, Budi …', 'menjelaskan, Lapas Kupang …').
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import (
    COMMON_WORD_BODIES,
    FUNCTION_WORDS,
    HOLIDAYS,
    INSTITUTION_KINDS,
    INSTITUTIONS,
    MONTHS,
    POSITION_PARTS,
    POSITIONS,
    SAYING_VERBS,
    WEEKDAYS,
    words,
)
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.case_reading import (
    capitalised,
    in_dateline,
    in_slogan,
    in_title,
    initial,
)
from kabar_desktop.check.rules.headline import headline
from kabar_desktop.check.rules.words22_caps import apposition_name
from kabar_desktop.check.wordlists import word_lists

# Links between the items of a list.
_LINKS = words("dan serta atau maupun")
# Words that are names or name a body wherever they stand, though the dictionary holds them.
_NAME_LIKE = words(
    """pemerintah negara tuhan allah nabi presiden polri tni kejaksaan pengadilan kepolisian
    kementerian kementrian kantor lembaga balai rumah dinas badan direktorat universitas
    pemkab pemkot pemprov kabupaten kota provinsi kecamatan desa kelurahan agama islam
    kristen katolik hindu buddha budha konghucu bapak ibu saudara saudari"""
)
# Closed-class words that end a phrase before a comma, no list's item: 'Tak hanya itu,'.
_CLOSED = words(
    """itu ini tersebut pula juga saja lagi lain lainnya sebagainya tadi kini nanti sudah
    telah belum masih pun hanya yakni yaitu adalah ialah merupakan kemudian lalu"""
)
_CALENDAR = {w.lower() for w in (*WEEKDAYS, *MONTHS, *HOLIDAYS)}


@cache
def _capitalised_words() -> frozenset[str]:
    """Words the Hunspell list writes with a capital: names ('Jakarta', 'Jawa')."""
    from kabar_desktop.check.rules.legal_titles import _proper

    return _proper()


def _common(word: str) -> bool:
    """A dictionary's common word that names no body, no holder, no place, no day."""
    lower = word.lower()
    if not lower.isalpha() or len(lower) < 3:
        return False
    if (
        lower in _NAME_LIKE
        or lower in POSITIONS
        or lower in POSITION_PARTS
        or lower in INSTITUTIONS
        or lower in INSTITUTION_KINDS
        or lower in _CALENDAR
        or lower in _capitalised_words()
    ):
        return False
    return _dictionary(lower)


def _dictionary(lower: str) -> bool:
    """A word of the dictionary, a root or a regular derivation ('kelahiran', 'dilakukan')."""
    lists = word_lists()
    if lower in lists.stems or lower in lists.curated:
        return True
    from kabar_desktop.check.spelling import speller

    return bool(speller().known(lower))


# A derived word no name is: a di-/meN-/ber-/ter- verb, a pe(N)-/per-/ke- … -an noun, or a
# word with -nya ('Dilakukan', 'Kegiatan', 'Pihaknya'); 'Budi', 'Indah' are names too.
_DERIVED = re.compile(
    r"(?:di|me|ber|ter)[a-z]{4,}|(?:pe|per|ke)[a-z]{3,}an|[a-z]{3,}nya", re.IGNORECASE
)


def _skipped(doc: Doc, t: Token) -> bool:
    return (
        in_title(doc, t)
        or headline(doc, t.para)
        or in_dateline(doc, t)
        or doc.is_italic(t.start, t.end)
        or in_slogan(doc, t)
        or t.text in getattr(doc, "given_names", ())
    )


def _item_end(doc: Doc, i: int) -> int | None:
    """Index past a capitalised item at ``i``: a capitalised common word, then common words
    in lowercase ('Moderasi beragama'); None when a capitalised word of a name goes on."""
    toks = doc.tokens
    if not capitalised(toks[i]) or toks[i].text.isupper() or not _common(toks[i].text):
        return None
    j = i + 1
    while j < len(toks) and doc.adjacent(toks[j - 1], toks[j]) and j - i < 3:
        w = toks[j].text
        if w in _LINKS or w in FUNCTION_WORDS:
            break
        if not w.islower() or not _common(w):
            return None  # "Tapis Lampung", "Rajut 2": a name or a numbered one goes on
        j += 1
    return j


def _separated(doc: Doc, a: Token, b: Token) -> bool:
    """A list's separator between tokens ``a`` and ``b``: a comma, or a lone link."""
    return doc.text[a.end : b.start] == ", "


def _lowercase_neighbour(doc: Doc, k: int) -> bool:
    """Token ``k`` is a lowercase common word, an item's word (no link, no verb after it)."""
    toks = doc.tokens
    if not 0 <= k < len(toks):
        return False
    w = toks[k].text
    return (
        w.islower()
        and w not in FUNCTION_WORDS
        and w not in _LINKS
        and w not in _CLOSED
        and _common(w)
    )


def _list_item(doc: Doc, i: int, j: int) -> bool:
    """The item at ``i`` to ``j`` stands in a list beside a lowercase item: a comma on one
    side, a comma or a link on the other, and a lowercase common word across one of them."""
    toks = doc.tokens
    if i < 2 or toks[i - 1].para != toks[i].para:
        return False
    prev = toks[i - 1]
    nxt = toks[j] if j < len(toks) else None
    after = doc.text[toks[j - 1].end : nxt.start if nxt else toks[j - 1].end + 2]
    before = doc.text[prev.end : toks[i].start]
    # The separator before: ', ' after the last word of the previous item, or ' dan '.
    if before == ", ":
        left = i - 1
    elif before == " " and prev.text in _LINKS and doc.text[toks[i - 2].end : prev.start] in (
        " ",
        ", ",
    ):
        left = i - 2
    else:
        return False
    comma_before = before == ", " or doc.text[toks[left].end : prev.start] == ", "
    if not comma_before:  # "…, akta kelahiran dan Ijazah": a comma parts the items before
        comma_before = any(
            doc.text[toks[k - 1].end : toks[k].start] == ", "
            for k in range(max(1, left - 2), left + 1)
            if toks[k].para == toks[i].para
        )
    comma_after = after == ", "
    link_after = after == " " and nxt is not None and nxt.text in _LINKS
    end_after = after.strip() in (".", ";") or after.startswith(".")
    if not (comma_after or link_after or end_after):
        return False
    if not (comma_before or comma_after):
        return False  # "X dan Y": two, maybe one name's halves
    if before != ", " and toks[left].text[:1].isupper():
        return False  # "Pengamanan dan Intelijen": one name's halves across 'dan'
    beside = [left] + ([j + 1] if link_after else [j] if comma_after else [])
    if any(_name_item(doc, k) for k in beside):
        return False  # "Pengamanan dan Intelijen", "Syahbandar serta Polres": among names
    return _lowercase_neighbour(doc, left)


def _name_item(doc: Doc, k: int) -> bool:
    """Token ``k``, beside the item across its separator, is a capitalised word (a name's,
    an office's or an acronym): the list may be of names."""
    toks = doc.tokens
    return 0 <= k < len(toks) and toks[k].text[:1].isupper() and not _common(toks[k].text)


def _hit(doc: Doc, start: int, end: int) -> Hit:
    text = doc.text[start:end]
    return Hit(
        start,
        end,
        N_("'{word}' is written in lowercase in the middle of a sentence."),
        text.lower(),
        {"word": text.lower()},
    )


def list_items(doc: Doc) -> Iterator[Hit]:
    """K3: a capitalised item of common words in a list of lowercase items; the next item
    in capitals after a reported one is read alike ('menjahit, Tapis, Rajut, …')."""
    toks = doc.tokens
    last = -1  # the last token of the last reported item
    text = doc.text
    for i, t in enumerate(toks):
        if i < 2 or not t.text[:1].isupper() or t.text.isupper():
            continue
        gap = text[toks[i - 1].end : t.start]
        if gap != ", " and not (gap == " " and toks[i - 1].text in _LINKS):
            continue  # no separator before: no list's item (read cheaply first)
        if initial(doc, t) or _skipped(doc, t):
            continue
        j = _item_end(doc, i)
        if j is None:
            continue
        if j == i + 1 and _recurs(doc, t):
            continue  # "warga binaan, Sari, …": a word capitalised again elsewhere, a name
        if j == i + 2 and toks[i + 1].text in SAYING_VERBS:
            continue  # "…, Angga menyampaikan, dia …": who spoke, a name (probe128)
        if j == i + 1 and _then_speaks(doc, i):
            continue  # "salah satu pembeli, Dewi, mengaku …": the buyer's name (probe156)
        if j == i + 1 and apposition_name(doc, i):
            continue  # "serta petugas blok wanita, Titis.": the person's name (round 22)
        if j == i + 1 and t.text.lower() in _ADDRESS and text[t.end : t.end + 1] in ".,!?":
            continue  # "masih didata, Mas.": a form of address, capitalised (EYD V; probe 5)
        chained = last == i - 1 and doc.text[toks[last].end : t.start] == ", "
        if not (chained and _list_end(doc, j)) and not _list_item(doc, i, j):
            continue
        if any(_short_of(t.text, o.text) for o in toks):
            continue  # "Lebih lanjut, Syarif mengatakan": a name given in full before
        last = j - 1
        yield _hit(doc, t.start, toks[j - 1].end)


def _then_speaks(doc: Doc, i: int) -> bool:
    """The word at ``i`` is set off by commas before a verb of saying: a person's name."""
    toks = doc.tokens
    return (
        i + 1 < len(toks)
        and doc.text[toks[i].end : toks[i + 1].start] == ", "
        and (toks[i + 1].text in SAYING_VERBS or toks[i + 1].text == "mengaku")
    )


# Kinship words used to address someone, which EYD V capitalises so.
_ADDRESS = words("mas mbak pak bu bang kak dik dek bapak ibu saudara saudari om tante bung kang")


def _recurs(doc: Doc, t: Token) -> bool:
    """The capitalised word ``t`` stands capitalised elsewhere in the text, not at a
    sentence's start: names recur (introduced, then quoted), a slip of case seldom does."""
    return any(
        o.text == t.text and o.start != t.start and not o.initial for o in doc.tokens
    ) or t.text in getattr(doc, "given_names", ())


def _short_of(short: str, name: str) -> bool:
    """``short`` is the first part of the longer capitalised ``name``, a person's name
    written short after it was given in full ('Syarifudin …, kata Syarif', probe87)."""
    tail = name[len(short) :]
    return (
        len(short) >= 4
        and len(tail) >= 3
        and name.startswith(short)
        and tail.isalpha()
        and tail.islower()
        and tail not in _SUFFIXES
    )


_SUFFIXES = frozenset(("nya", "kan", "lah", "pun", "annya", "kannya"))


def _list_end(doc: Doc, j: int) -> bool:
    """After the item ending before token ``j``: a comma, a link or the sentence's end."""
    toks = doc.tokens
    end = toks[j - 1].end
    after = doc.text[end : toks[j].start] if j < len(toks) else doc.text[end : end + 1]
    if after in (", ", "", "."):
        return True
    return after == " " and toks[j].text in _LINKS or after.strip() in (".", ";")


# A noun a demonstrative points back to, after a preposition: 'Dalam Koordinasi ini' →
# 'koordinasi'. Names of places and offices take 'ini' too ('di Rutan ini'); they are no
# common word of the dictionary (or are listed as offices), so they are left alone.
_DEMONSTRATIVES = words("ini itu tersebut")
# Prepositions of an event, a means or a topic; not 'di', 'ke', 'dari', which a place's
# name follows ('di Asahan ini', 'ke Bandung itu').
_EVENT_PREPOSITIONS = words(
    "dalam pada melalui dengan untuk bagi oleh tentang terhadap sebagai selama mengenai"
)


# Round 20: the nouns of a compound preposition of time ('di akhir', 'pada awal', 'di tengah'),
# written apart or glued to 'di' ('Diakhir'): the noun after them is the event's, no name's.
_TIME_PLACE_NOUNS = words("akhir awal tengah sela penghujung")
_GLUED_DI = re.compile(r"(?:di|ke)(" + "|".join(sorted(_TIME_PLACE_NOUNS)) + ")")


def _before_demonstrated(lower: str) -> bool:
    """Whether a word that leads to 'X ini/itu/tersebut' makes X the event's common noun."""
    return (
        lower in _EVENT_PREPOSITIONS
        or lower in _TIME_PLACE_NOUNS
        or bool(_GLUED_DI.fullmatch(lower))
    )


def demonstrated_nouns(doc: Doc) -> Iterator[Hit]:
    """K3: one capitalised common word between a preposition and 'ini'/'itu'/'tersebut'."""
    toks = doc.tokens
    for i in range(1, len(toks) - 1):
        t = toks[i]
        if not t.text[:1].isupper() or t.text.isupper() or initial(doc, t):
            continue
        prev, nxt = toks[i - 1], toks[i + 1]
        if nxt.text not in _DEMONSTRATIVES or not _before_demonstrated(prev.text.lower()):
            continue
        if not (doc.adjacent(prev, t) and doc.adjacent(t, nxt)):
            continue
        if prev.text[:1].isupper() and not initial(doc, prev):
            continue  # "Dalam": only as the sentence's first word, not inside a name
        if _skipped(doc, t) or not _common(t.text) or t.text.lower() in COMMON_WORD_BODIES:
            continue  # "tergabung dalam Pramuka ini": the movement's name (heldout166)
        yield _hit(doc, t.start, t.end)


# Verbs that report what someone said; the clause after their comma is what was said.
_REPORTING = re.compile(
    r"\b(?:mengatakan|menjelaskan|menyampaikan|mengungkapkan|menuturkan|menegaskan|"
    r"menambahkan|menerangkan|mengemukakan|menyebutkan|memaparkan|mengimbau|berharap)(?:nya)?,"
    r" (?=[A-Z][a-z])"
)

_VERB = re.compile(r"(?:di|me|ber|ter)[a-z]{4,}(?:kan|i)?", re.IGNORECASE)


def reported_clauses(doc: Doc) -> Iterator[Hit]:
    """K3: 'mengatakan, Dilakukan MoU dengan …': the reported clause's first word, a common
    word or a regular derivation, lowercase before a lowercase word."""
    toks = doc.tokens
    for m in _REPORTING.finditer(doc.text):
        i = doc.token_at(m.end())
        if i is None or i + 1 >= len(toks):
            continue
        t, nxt = toks[i], toks[i + 1]
        if _skipped(doc, t) or not doc.adjacent(t, nxt):
            continue
        verb = _VERB.fullmatch(t.text) is not None
        if not (verb or nxt.text.islower() or (nxt.text.isupper() and len(nxt.text) > 1)):
            continue  # a noun before a capital may open a name; a di-/meN- verb opens none
        if nxt.text in ("dan", "serta"):
            continue
        lower = t.text.lower()
        if lower in FUNCTION_WORDS or not _DERIVED.fullmatch(t.text) or not _common(t.text):
            continue  # K18 reads the function words; a plain word may be a name ('Budi')
        yield _hit(doc, t.start, t.end)


# Parts of a place named by the office they belong to: 'di halaman Balai Pemasyarakatan',
# 'meninjau area Lapas': the yard of the office, not a place named 'Halaman …' (EYD V, nama
# geografi: a common noun before a name that is not part of it is lowercase).
_PLACE_PARTS = words("halaman pelataran area")
_OFFICE_WORDS = words(
    """kantor balai lembaga rumah kanwil lapas rutan bapas rudenim lpka kanim rupbasan masjid
    gedung pendopo pendapa"""
)


def place_parts(doc: Doc) -> Iterator[Hit]:
    """K3: 'di Halaman Balai …' → 'halaman': a part of an office's grounds."""
    toks = doc.tokens
    for i, t in enumerate(toks[1:-1], start=1):
        if t.text.lower() not in _PLACE_PARTS or not t.text[:1].isupper() or t.text.isupper():
            continue
        prev = toks[i - 1]
        if not doc.adjacent(prev, t) or not prev.text.islower():
            continue
        k = i + 1  # "meninjau Area Pelayanan Lapas …": the part's own common words first
        while (
            k < len(toks)
            and k - i <= 2
            and doc.adjacent(toks[k - 1], toks[k])
            and toks[k].text[:1].isupper()
            and toks[k].text.lower() not in _OFFICE_WORDS
            and toks[k].text.lower() not in INSTITUTIONS
            and _dictionary(toks[k].text.lower())
        ):
            k += 1
        nxt = toks[k] if k < len(toks) else None
        if nxt is None or not doc.adjacent(toks[k - 1], nxt):
            continue
        if nxt.text.lower() not in _OFFICE_WORDS or not nxt.text[:1].isupper():
            continue
        if initial(doc, t) or _skipped(doc, t):
            continue
        yield _hit(doc, t.start, toks[k - 1].end)


# Round 20: 'bidang' (field) in lowercase after a preposition names a field of work, and a
# field is a common noun (EYD V: capitals for names, not for the fields they work in):
# 'di bidang Pemasyarakatan' → 'di bidang pemasyarakatan', 'dalam bidang Hukum dan HAM'.
# A run that goes on into a body's name ('bidang Pelayanan Kanim …') is a unit's name, left.
_FIELD = re.compile(r"\b(?:di|dalam|pada|untuk|bagi|ke) bidang (?=[A-Z][a-z])")
_FIELD_LINKS = frozenset({"dan", "serta"})


def _field_word(lower: str) -> bool:
    if not lower.isalpha() or len(lower) < 3 or lower in _CALENDAR or lower in _NAME_LIKE:
        return False
    return lower not in INSTITUTIONS and lower not in _capitalised_words() and _dictionary(lower)


def field_nouns(doc: Doc) -> Iterator[Hit]:
    """K3: the capitalised field after a lowercase 'bidang' and a preposition."""
    toks = doc.tokens
    for m in _FIELD.finditer(doc.text):
        i = doc.token_at(m.end())
        if i is None or _skipped(doc, toks[i]):
            continue
        run: list[Token] = []
        j = i
        while j < len(toks) and (j == i or doc.adjacent(toks[j - 1], toks[j])):
            word = toks[j].text
            if word in _FIELD_LINKS and run:
                j += 1
                continue
            if not word[:1].isupper():
                break
            if word.isupper() or not _field_word(word.lower()):
                run = []  # a short form or a body's name: the field names a unit
                break
            run.append(toks[j])
            j += 1
        for t in run:
            yield _hit(doc, t.start, t.end)
