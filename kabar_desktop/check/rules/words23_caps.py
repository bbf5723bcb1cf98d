"""Round 23 of issue 13, capitals (tests in tests/check/test_rules_round23_words.py).

K1 narrowed: a position's word followed by ONE capitalised noun of a kind of people that no
capitalised word follows (``orang tua atau wali Anak``, ``pendamping Klien``) names no office
and no person: the capital is the writer's term (UU SPPA writes its defined term ``Anak``
so), and the position is the common noun it is (KBBI ``wali`` n "orang yang menurut hukum
diwajibkan mengurus anak"). An office's name goes on in capitals (``Ketua Tim Penggerak
PKK``) or closes with a place, and is read as before.

K3, two common nouns capitalised mid-sentence (EYD V, huruf kapital: no capital for "nama
umum"):
- the name of a prayer after ``salat`` (``salat Tarawih`` → ``salat tarawih``; KBBI writes
  ``salat tarawih``, ``salat subuh``, ``salat duha``): a kind of prayer, a common noun; a
  day's or a holiday's name after it keeps its capital (``salat Jumat``, ``salat
  Iduladha``);
- a cardinal number word capitalised mid-sentence before a capitalised noun of a kind of
  people (``dua pemuda Australia dan Satu Pemuda Indonesia`` → ``satu pemuda``): a count of
  people is no name; a name that follows (``Tiga Petugas Lapas Kupang``: ``Lapas Kupang``)
  keeps its capitals.

K5 narrowed: an English function word (``to``, ``of``, ``the`` …) in lowercase between two
English words of a title (``Bapas Goes to School``) is an English name's own title case, as
EYD V keeps a foreign name as written.

K10, a word of a name typed in lowercase between its capitalised words, where the name's
short form follows in brackets and its letters are the initials of the name's words
(``Organisasi perangkat Daerah (OPD)`` → ``Perangkat``), when the run opens with the head
noun of a body (organisasi, badan, dinas, unit …): the short form shows the run is one
name, and EYD V capitalises every word of a name but its function words. A common term
before its short form (``Sumber daya Manusia (SDM)``) is K3's, lowercased whole.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import (
    COUNTRIES,
    FUNCTION_WORDS,
    HIJRI_MONTHS,
    MONTHS,
    POSITIONS,
    words,
)
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.caps31_levels import lone_levels
from kabar_desktop.check.rules.caps32_terms import lowercase_terms
from kabar_desktop.check.rules.caps32_times import capitalised_times
from kabar_desktop.check.rules.caps40_terms import plain_terms
from kabar_desktop.check.rules.game_names import game_names
from kabar_desktop.check.rules.people_nouns import PEOPLE_NOUNS

# KBBI nouns of a kind of person, with 'anak' (the child of UU SPPA's defined term).
_PEOPLE = PEOPLE_NOUNS | words("anak")


def people_term(doc: Doc, j: int) -> bool:
    """Token ``j``, right after a position's words, is one capitalised noun of a kind of
    people, and the word after it is no capitalised word of a name."""
    toks = doc.tokens
    if j >= len(toks):
        return False
    t = toks[j]
    if doc.text[toks[j - 1].end : t.start] != " " or t.text.lower() not in _PEOPLE:
        return False
    if not (t.text[:1].isupper() and t.text[1:].islower()):
        return False
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return nxt is None or not doc.adjacent(t, nxt) or not nxt.text[:1].isupper()


# KBBI's names of prayers, each a noun written in lowercase after 'salat'.
_PRAYERS = words(
    """subuh zuhur dzuhur duhur lohor asar ashar magrib maghrib isya tarawih taraweh tahajud
    tahajjud duha dhuha witir hajat jenazah istiskah istisqa gerhana taubat tobat istikharah
    fardu fardhu sunah sunnah berjamaah jamaah"""
)
_SALAT = words("salat sholat shalat solat")
# Cardinal number words that count (one to ten and the round tens and hundreds).
_CARDINALS = words(
    """satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas seratus
    seribu"""
)


def prayer_names(doc: Doc) -> Iterator[tuple[int, int]]:
    """Spans of a prayer's name capitalised after 'salat' ('salat Tarawih')."""
    toks = doc.tokens
    for i, t in enumerate(toks[:-1]):
        if t.text.lower() not in _SALAT or not (t.text.islower() or t.initial):
            continue
        if doc.paras[t.para].kind not in ("lead", "body"):
            continue  # a title's or a caption's words in title case
        nxt = toks[i + 1]
        if not doc.adjacent(t, nxt) or nxt.text.lower() not in _PRAYERS:
            continue
        if nxt.text[:1].isupper() and nxt.text[1:].islower() and not doc.in_quote(nxt.start):
            yield nxt.start, nxt.end


# Session 18: KBBI's nouns of a service or a sermon, capitalised mid-sentence after a
# lowercase word and before a holiday's name, a lowercase word or a stop ("menggelar Ibadah
# Natal", "memprakarsai Ibadah tersebut", "Sebelum Khotbah,"; heldout48): a kind of worship,
# a common noun (KBBI 'ibadah', 'khotbah'); the holiday keeps its capital.
_WORSHIP = words("ibadah khotbah khutbah kebaktian misa pengajian tausiah tausiyah ceramah")
_HOLIDAYS = words("natal paskah idulfitri iduladha idul jumat")
_WORSHIP_BEFORE = words("sebelum sesudah setelah usai seusai selama saat dalam")


def worship_nouns(doc: Doc) -> Iterator[tuple[int, int]]:
    """Spans of a service's noun capitalised mid-sentence (see above)."""
    toks = doc.tokens
    for i in range(1, len(toks)):
        t, prev = toks[i], toks[i - 1]
        if t.initial or t.text.lower() not in _WORSHIP or not t.text[1:].islower():
            continue
        if not t.text[:1].isupper() or not doc.adjacent(prev, t):
            continue
        if not (
            prev.text.islower() or (prev.initial and prev.text.lower() in _WORSHIP_BEFORE)
        ):
            continue  # "Rumah Ibadah", "Fiqih Ibadah": a name's or a title's word
        if doc.paras[t.para].kind not in (*_PROSE, "quote"):
            continue
        nxt = toks[i + 1].text if i + 1 < len(toks) and doc.adjacent(t, toks[i + 1]) else ""
        if not nxt[:1].isupper() or nxt.lower() in _HOLIDAYS:
            yield t.start, t.end


# Session 18: 'Juara' capitalised mid-sentence before its rank ("sebagai Juara I", "Juara 2
# skor …", "Juara Tiga", "Juara Harapan", "Juara kategori …"): a place in a contest, a common
# noun (KBBI 'juara'; the sets mark it 12 of 12 in running text, and leave 'Juara Umum').
_RANK = re.compile(
    r"(?<=[a-z,] )Juara(?= (?:\d|[IVX]+\b|ke\b|[Kk]ategori\b|Harapan\b|Satu\b|Dua\b|Tiga\b"
    r"|Pertama\b|Kedua\b|Ketiga\b))"
)


def _prose_spans(doc: Doc, pattern: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """Spans of ``pattern`` in the running text and the quotes (no title, no caption)."""
    for m in pattern.finditer(doc.text):
        k = doc.token_at(m.start())
        if k is not None and doc.paras[doc.tokens[k].para].kind in (*_PROSE, "quote"):
            yield m.start(), m.end()


def rank_nouns(doc: Doc) -> Iterator[tuple[int, int]]:
    """Spans of 'Juara' capitalised before its rank in the running text."""
    return _prose_spans(doc, _RANK)


# The figures of a community, capitalised mid-sentence: no title before a name, a kind of
# people ('Tokoh Masyarakat, Tokoh Agama, Tokoh Pemuda'; the sets mark them 7 of 8).
_FIGURES = re.compile(r"(?<=[a-z,] )Tokoh (?:Masyarakat|Agama|Pemuda|Adat|Perempuan)\b")


def figure_nouns(doc: Doc) -> Iterator[tuple[int, int]]:
    """Spans of 'Tokoh Masyarakat' and its kind in the running text (session 28)."""
    return _prose_spans(doc, _FIGURES)


# Identity papers spelled out in capitals mid-sentence: common nouns ('Kartu Keluarga (KK)');
# the newest sets mark them (heldout211-213: 9 of 9), the older leave them: a note.
_PAPERS = re.compile(r"(?<=[a-z,(] )Kartu (?:Tanda Penduduk(?: Elektronik)?|Keluarga)\b")


def paper_nouns(doc: Doc) -> Iterator[tuple[int, int]]:
    """Spans of 'Kartu Tanda Penduduk' and 'Kartu Keluarga' in the running text."""
    return _prose_spans(doc, _PAPERS)


def counted_people(doc: Doc) -> Iterator[tuple[int, int]]:
    """Spans of a capitalised number word and the capitalised people noun it counts, mid-
    sentence after a lowercase word ('dan Satu Pemuda Indonesia')."""
    toks = doc.tokens
    for i in range(1, len(toks) - 1):
        t, prev, nxt = toks[i], toks[i - 1], toks[i + 1]
        if t.initial or t.text.lower() not in _CARDINALS or not t.text[1:].islower():
            continue
        if not t.text[:1].isupper() or not prev.text.islower() or not doc.adjacent(prev, t):
            continue
        if doc.paras[t.para].kind not in ("lead", "body"):
            continue  # a title's or a caption's words in title case
        if not doc.adjacent(t, nxt) or nxt.text.lower() not in PEOPLE_NOUNS:
            continue
        if nxt.text[:1].isupper() and nxt.text[1:].islower() and not doc.in_quote(t.start):
            yield t.start, nxt.end


# Words that count an indefinite number of what follows: no name is counted so. Not the
# lexicon's PLURAL_WORDS: 'setiap Senin', 'seluruh Indonesia' take names after them.
_QUANTIFIERS = words("sejumlah beberapa berbagai banyak")


def quantified_nouns(doc: Doc) -> Iterator[tuple[int, int]]:
    """Session fifteen, K3: one to three capitalised dictionary words after a quantifier and
    before a lowercase word ('sejumlah Program Kemandirian yang', 'beberapa Kegiatan Kerja
    yang'): a count of things is no name (the sets mark it 4 times of 4)."""
    from kabar_desktop.check.places import is_place_word
    from kabar_desktop.check.spelling import speller

    check = speller()
    toks = doc.tokens
    for i in range(1, len(toks) - 1):
        q = toks[i - 1]
        if q.text not in _QUANTIFIERS or not doc.adjacent(q, toks[i]):
            continue
        if doc.paras[q.para].kind not in _PROSE or doc.in_quote(q.start):
            continue
        j = i
        while j < len(toks) and j - i < 3 and doc.adjacent(toks[j - 1], toks[j]):
            word = toks[j].text
            if not (word[:1].isupper() and word[1:].islower()) or word.lower() in FUNCTION_WORDS:
                break
            low = word.lower()
            if not check.known(low) or is_place_word(low) or low in check.lists.short_forms:
                break
            j += 1
        if j == i or j >= len(toks) or not doc.adjacent(toks[j - 1], toks[j]):
            continue
        if toks[j].text.islower():
            yield toks[i].start, toks[j - 1].end


# Session 18: one or two dictionary words capitalised after a count, itself after a
# lowercase word or a comma, and before a lowercase word or a stop ("sebanyak 5 Ekor
# Kambing dihalaman", "wisuda 30 Juz,", "meliputi 79 Jenis Rajutan yang"): what is counted
# is a common noun (the sets mark it 8 times of 8). Not a label's number ("juara 1 Lomba",
# "Nomor 6 Tahun"), a year, a date's month, a country, nor a run a third capital goes on.
_COUNTED = re.compile(
    r"(?:(?<=[a-z,] )|(?<=Rp)|(?<=Rp ))(?!(?:19|20)\d\d )\d(?:[\d.,]*\d)? "
    r"([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[,.;:”\"]| [a-z])"
)
_LABELS = words(
    """nomor no lantai blok pasal ayat juara peringkat ranking harapan kategori tim regu zona
    wilayah gelombang tahap angkatan periode jilid episode seri grup kelompok kelas gedung
    ruang kamar sel pos loket program gerakan ke tahun pukul jam rt rw km negeri asisten"""
)  # "SD Negeri 1 Pengalusan", "Asisten 1 Bidang Pemerintahan": a number in a name (h138)
_WORD_BEFORE = re.compile(r"([A-Za-z]+),? $")  # the whole word: "Negeri", not its "egeri"
_MONTHS = {m.lower() for m in MONTHS}
_ERAS = words("hijriah hijriyah masehi")


def counted_nouns(doc: Doc) -> Iterator[tuple[int, int]]:
    """Spans of the capitalised words a number counts mid-sentence ('5 Ekor Kambing')."""
    from kabar_desktop.check.rules.common_terms import k14_term

    text = doc.text
    for m in _COUNTED.finditer(text):
        k = doc.token_at(m.start(1))
        if k is None or doc.paras[doc.tokens[k].para].kind not in (*_PROSE, "quote"):
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
        rupiah = text[max(0, m.start() - 3) : m.start()].rstrip().endswith("Rp")
        if not rupiah and (before is None or before.group(1).lower() in _LABELS):
            continue  # (an amount's scale word is counted: "Rp500 Juta", heldout59)
        lowers = m.group(1).lower().split(" ")
        if k14_term(tuple(lowers)):
            continue  # "12 Kelompok Masyarakat": K14's term, reported there
        if all(_counted_word(w) for w in lowers):
            yield m.start(1), m.end(1)


def _counted_word(lower: str) -> bool:
    """A dictionary's common word, no calendar's, place's or country's name."""
    from kabar_desktop.check.places import is_place_word
    from kabar_desktop.check.spelling import speller

    if len(lower) < 3 or lower in HIJRI_MONTHS or lower in COUNTRIES or lower in POSITIONS:
        return False
    if lower in _MONTHS or lower in _ERAS:
        return False
    check = speller()
    return check.known(lower) and not is_place_word(lower) and lower not in check.lists.short_forms


# Session 16: the noun that brings in a quoted title, capitalised mid-sentence ("dengan
# mengambil Tema “Memacu Kreativitas …”", heldout35): the title is the name, not its noun.
_TITLE_NOUN = re.compile(r"(?<=[a-z] )(Tema|Judul|Slogan|Moto|Motto|Tagline|Jargon)(?= [“\"])")


# Session 16: a role capitalised after 'sebagai'/'selaku' ("Didik Caroko sebagai Tenaga
# Kesehatan Rutan …", "selaku Komisioner."): the role names no one (the sets mark it 5 of 5).
_ROLE_AS = re.compile(
    r"\b(?:sebagai|selaku) (Tenaga|Petugas|Pegawai|Staf|Narasumber|Pemateri|Instruktur"
    r"|Pengajar|Komisioner|Peserta|Juri)\b"
)


def quoted_title_nouns(doc: Doc) -> Iterator[tuple[int, int]]:
    """The noun before a quoted title, and a role after 'sebagai'/'selaku'."""
    for pattern in (_TITLE_NOUN, _ROLE_AS):
        for m in pattern.finditer(doc.text):
            if doc.paras[doc.tokens[doc.token_at(m.start()) or 0].para].kind in _PROSE:
                yield m.start(1), m.end(1)


_INITIALISM = re.compile(r" \(([A-Z]{2,6})\)")
_PROSE = ("lead", "body")
# The head nouns of a body's name (KBBI nouns of an organisation): the names K3 leaves in
# capitals before their short form, where a common term (``Sumber Daya Manusia (SDM)``) is
# lowercased whole (the conventions decided before round 21).
BODY_HEADS = words(
    """organisasi badan dinas kantor unit lembaga komisi balai pusat direktorat biro bagian
    satuan kementerian pemerintah dewan majelis perusahaan yayasan asosiasi ikatan
    persatuan himpunan forum gerakan korps perhimpunan"""
)


def spelled_names(doc: Doc) -> Iterator[Hit]:
    """K10: the lowercase words of a name whose initialism follows it in brackets."""
    toks = doc.tokens
    for m in _INITIALISM.finditer(doc.text):
        short = m.group(1).lower()
        j = bisect.bisect_right(toks, m.start(), key=lambda tok: tok.start) - 1
        if j < 0 or toks[j].end != m.start() or doc.paras[toks[j].para].kind not in _PROSE:
            continue
        run: list[int] = []  # the name's content words, last first
        k = j
        while k >= 0 and len(run) < len(short):
            word = toks[k].text
            if k < j and not doc.adjacent(toks[k], toks[k + 1]):
                break
            if word.lower() not in FUNCTION_WORDS:
                run.append(k)
            elif not word.islower():
                break
            k -= 1
        run.reverse()
        if len(run) != len(short) or "".join(toks[i].text[0].lower() for i in run) != short:
            continue
        capitals = [i for i in run if toks[i].text[:1].isupper()]
        lower = [i for i in run if toks[i].text.islower()]
        if not lower or len(capitals) < 2 or run[0] not in capitals:
            continue
        if toks[run[0]].text.lower() not in BODY_HEADS:
            continue  # a common term before its short form is K3's, lowercased whole
        for i in lower:
            t = toks[i]
            if doc.in_quote(t.start):
                continue
            fixed = t.text[0].upper() + t.text[1:]
            yield Hit(
                t.start,
                t.end,
                N_("A name starts each word with a capital letter: '{word}'."),
                fixed,
                {"word": fixed},
            )


_ENGLISH_GLUE = words("to of the and for in on at by a an with from")


def english_glue(doc: Doc, t: Token) -> bool:
    """K5: lowercase token ``t`` of a title is an English function word between two
    capitalised English words (words the Indonesian list does not know, or knows as
    foreign): 'Goes to School'."""
    if t.text not in _ENGLISH_GLUE:
        return False
    k = bisect.bisect_left(doc.tokens, t.start, key=lambda tok: tok.start)
    toks = doc.tokens
    if k == 0 or k + 1 >= len(toks):
        return False
    prev, nxt = toks[k - 1], toks[k + 1]
    if not (doc.adjacent(prev, t) and doc.adjacent(t, nxt)):
        return False
    return _english(prev) and _english(nxt)


def _english(t: Token) -> bool:
    from kabar_desktop.check.rules.solid_words import foreign
    from kabar_desktop.check.spelling import speller

    if not t.text[:1].isupper() or not t.text[1:].islower():
        return False
    return foreign(t) or not speller().known(t.text.lower())


# K3's readings of this round and the next, in the order common_nouns asks them (an earlier
# reading's span wins where two overlap).
NOUN_READINGS = (
    prayer_names,
    counted_people,
    quantified_nouns,
    counted_nouns,
    worship_nouns,
    rank_nouns,
    quoted_title_nouns,
    game_names,  # session 20: 'Tenis Meja'
    figure_nouns,  # session 28: 'Tokoh Masyarakat'
    paper_nouns,  # session 28: 'Kartu Keluarga' (a note: quiet_readings.py)
    lone_levels,  # session 31: 'di Desa kepada'
    capitalised_times,  # session 32: '(12/4) Pagi', 'melanjutkan Apel Pagi dengan'
    lowercase_terms,  # session 32: 'warga Binaan', 'pemberian Vitamin A'
    plain_terms,  # session 40: 'skrining HIV dan Hepatitis', 'membayar Zakat Fitrah'
)
