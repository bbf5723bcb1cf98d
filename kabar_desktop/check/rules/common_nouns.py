"""K3: ordinary nouns in lowercase mid-sentence, and the capitals that make a common word
look like a name: "20 Kecamatan", "para Pejabat Struktural", "diikuti Ribuan Warga Binaan",
"Rabu Siang", "pelayanan Keimigrasian", "memeriksa Blok Hunian", "Hal tersebut Ia sampaikan",
"kepada Tim Media ini", "memastikan Klien hadir", "kata “Narapidana”", "Klien Bapas Kupang".

A capitalised word mid-sentence is most often a name's, so each reading here needs a sign
that it is not: a number or a plural word before it, a genre word, a run of ordinary words
that no name continues on either side (a noun for a kind of person, people_nouns.py, may
head it), a word quoted as a word, or the office the people belong to.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterator

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import (
    FUNCTION_WORDS,
    GENERIC_NOUNS,
    GENRE_NOUNS,
    GENRE_PAIRS,
    INSTITUTION_KINDS,
    INSTITUTIONS,
    ORDINARY_WORDS,
    PLURAL_WORDS,
    POSITIONS,
    TIME_ZONES,
    TIMES_OF_DAY,
    WEEKDAYS,
    words,
)
from kabar_desktop.check.rules import ERROR, N_, Hit, rule
from kabar_desktop.check.rules.article_spellings import person_name_word
from kabar_desktop.check.rules.capital_contexts import (
    demonstrated_nouns,
    field_nouns,
    list_items,
    place_parts,
    reported_clauses,
)
from kabar_desktop.check.rules.caps18_names import foreign_name_word, title_or_theme
from kabar_desktop.check.rules.caps19_places import common_levels, nearest_offices
from kabar_desktop.check.rules.case_reading import (
    NAME_LINKS,
    after_word_or_comma,
    capitalised,
    common_case,
    in_dateline,
    in_name,
    in_slogan,
    in_title,
    initial,
    news_agency,
    speaker_named,
)
from kabar_desktop.check.rules.clause_capitals import counted_by_word, people_phrase
from kabar_desktop.check.rules.headline import headline, in_subheading
from kabar_desktop.check.rules.kept_capitals import kept_capital
from kabar_desktop.check.rules.listed_kinds import SESSION42_READINGS
from kabar_desktop.check.rules.lowercase_elsewhere import lowercase_elsewhere
from kabar_desktop.check.rules.name_readings import in_acronym_expansion
from kabar_desktop.check.rules.nameless_words import clitic_words, mentioned
from kabar_desktop.check.rules.people_nouns import PEOPLE_NOUNS
from kabar_desktop.check.rules.short_form_slips import written_short_form
from kabar_desktop.check.rules.spelled_names import opens_spelled_name, syllabic_name
from kabar_desktop.check.rules.unit_symbols import unit_symbols
from kabar_desktop.check.rules.words21_caps import (
    comma_led_nouns,
    passive_verbs,
    short_form_terms,
    slash_named,
    title_case_sentences,
    year_nouns,
)
from kabar_desktop.check.rules.words22_caps import sphere_nouns
from kabar_desktop.check.rules.words23_caps import NOUN_READINGS

# Common nouns often capitalised as if they were names: "pelayanan Keimigrasian".
_COMMON_NOUNS = words("keimigrasian")
# Words that open a sentence but never a name: "Turut Hadir …", "Adapun Jam Layanan …".
_OPENERS = (
    FUNCTION_WORDS
    | PLURAL_WORDS
    | words("adapun turut tampak ikut sementara selanjutnya kemudian namun selain beragam aneka")
)
# After these, two words or more in title case name something: "bernama Kampung Tangguh".
_NAMING = words("yaitu yakni bernama dinamakan dinamai berupa")
# Nouns a product's or a programme's own name follows: "aplikasi Si Popo", "program Sang
# Juara" (the name may open with a function word).
_NAME_HEADS = words(
    """aplikasi program inovasi maskot situs laman portal platform fitur akun kanal gerakan
    layanan sistem website web slogan tagline"""
)
# Words after which a phrase in title case is the title of a law, a talk or a theme.
_TOPIC_WORDS = words(
    """tentang mengenai menyoroti menjelaskan memaparkan membahas pentingnya materi tema
    bertema bertajuk berjudul"""
)
# "20 kecamatan": a number just before the word, itself after a space or a bracket.
_NUMBER_BEFORE = re.compile(r"(?:^|(?<=[\s(]))\d(?:[\d.,]*\d)?(?: \([a-z ]+\))?\s$", re.M)


# Spans of time that, counted and followed by a capitalised word, name a programme.
_SPANS = words("hari minggu pekan bulan tahun")
# A number or a Roman numeral after a word: "Tim 3", "Regu II" name one of several.
_NUMBER_AFTER = re.compile(r" (?:\d|[IVX]+\b)")


# People named by the office they belong to: "perwakilan Kanim", "klien Bapas", "jajaran
# Lapas" (not 'Tim' nor 'Anggota', which head names and titles: 'Anggota DPRD Budi').
_OF_AN_OFFICE = (PEOPLE_NOUNS | words("perwakilan utusan")) - words("tim anggota")


def _office_short_form(t: Token | None) -> bool:
    """An office's short form ('Kanim', 'Lapas', 'DPRD'), not a position's ('Kalapas')."""
    if t is None or not capitalised(t):
        return False
    lower = t.text.lower()
    return lower in INSTITUTIONS and lower not in POSITIONS and not lower.startswith("ka")


def _name_word(t: Token) -> bool:
    """Capitalised as a name's word, not as a sentence's opener ('Turut', 'Para')."""
    return capitalised(t) and not (t.initial and t.text.lower() in _OPENERS)


def _after_weekday(doc: Doc, i: int) -> bool:
    """'Rabu Siang': a time of day after a weekday is not part of a name."""
    toks = doc.tokens
    return (
        i > 0
        and toks[i].text.lower() in TIMES_OF_DAY
        and toks[i - 1].text in WEEKDAYS
        and doc.adjacent(toks[i - 1], toks[i])
    )


_NUMBERED_BEFORE = words("lantai nomor no blok pasal ayat")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _after_number(doc: Doc, i: int) -> bool:
    """'20 Kecamatan', but not 'Nomor 5 Tahun' or 'Lantai 2 Gedung' (a name's number)."""
    toks = doc.tokens
    t = toks[i]
    m = _NUMBER_BEFORE.search(doc.text, max(doc.paras[t.para].start, t.start - 24), t.start)
    if m is None or _YEAR.fullmatch(m.group().strip()):
        return False  # "Sepanjang tahun 2019 Kantor Imigrasi …": a year, no count (probe49)
    prev = toks[i - 1] if i else None
    if prev is None or prev.para != t.para or doc.text[prev.end : m.start()].strip(" ."):
        return True
    if prev.text.lower() in _NUMBERED_BEFORE:
        return False  # "lantai 2 Kantor Gubernur …": the floor's number, no count (probe43)
    return not capitalised(prev) or initial(doc, prev)


def _generic_run(doc: Doc, i: int) -> int | None:
    """Index past a capitalised plural ('Ribuan Warga Binaan' mid-sentence) or a capitalised
    common noun where it is plainly generic ('para Pejabat Struktural', '20 Kecamatan')."""
    toks = doc.tokens
    t = toks[i]
    lower = t.text.lower()
    prev = toks[i - 1] if i else None
    if lower in PLURAL_WORDS:  # "diikuti Ribuan Warga Binaan"
        generic = prev is not None and doc.adjacent(prev, t) and prev.text.islower()
    else:
        after_plural = prev is not None and doc.adjacent(prev, t) and prev.text in PLURAL_WORDS
        generic = (
            (lower in GENERIC_NOUNS or (after_plural and _agent_noun(prev, lower)))
            and lower not in POSITIONS
            and (after_plural or _after_number(doc, i) or counted_by_word(doc, i))
        )
    if not generic:
        return None
    j = i + 1
    while (
        j < len(toks)
        and doc.adjacent(toks[j - 1], toks[j])
        and toks[j].text.lower() in GENERIC_NOUNS
        and capitalised(toks[j])
        and not toks[j].text.isupper()
    ):
        j += 1
    named = j < len(toks) and doc.adjacent(toks[j - 1], toks[j]) and capitalised(toks[j])
    if named and toks[j - 1].text.lower() in INSTITUTION_KINDS | {"provinsi", "kabupaten"}:
        return None  # "5 Desa Oesao", "1 Provinsi Sumatera Selatan": the name of one
    if named and j == i + 1 and lower in _SPANS:
        return None  # "program 100 Hari Kerja Menteri": a programme's name
    if re.match(r"\s+\d", doc.text[toks[j - 1].end : toks[j - 1].end + 3]):
        return None  # "nomor 6 Tahun 2011": a regulation's number and year
    return j


# A noun of the doer made with pe(N)- ('pencari', 'pengungsi', 'pemohon', 'penyuluh').
_AGENT = re.compile(r"pe(?:ng|ny|n|m|r)?[a-z]{3,}")


def _agent_noun(prev: Token | None, lower: str) -> bool:
    """After 'para', which only ever precedes people, a pe(N)- noun names a kind of doer:
    'para Pencari Suaka', 'para Pemohon' (not a position: 'para Kepala UPT')."""
    return prev is not None and prev.text == "para" and _AGENT.fullmatch(lower) is not None


def _ordinary(t: Token) -> bool:
    lower = t.text.lower()
    stem = lower[:-3] if lower.endswith("nya") else lower
    return lower in ORDINARY_WORDS or stem in ORDINARY_WORDS


def _people(t: Token) -> bool:
    """A kind of person or group ('Klien', 'Tim'): ordinary at the head of a run; after
    another word it names the place or the unit of those people ('Blok Narapidana')."""
    return t.text.lower() in PEOPLE_NOUNS


def _name_beside(doc: Doc, i: int, step: int) -> bool:
    """The neighbour of token ``i`` across a comma, 'dan' or brackets (``step`` -1: before it,
    +1: after it) is a capitalised word no ordinary one: 'Kepala Bidang (Kabid) Pelayanan',
    'Bidang Pelayanan dan Pembinaan', 'Kamar Hunian, Dapur, dan Klinik' name things."""
    toks = doc.tokens
    k = i + step
    if not 0 <= k < len(toks) or toks[k].para != toks[i].para:
        return False
    a, b = (toks[k], toks[i]) if step < 0 else (toks[i], toks[k])
    gap = doc.text[a.end : b.start]
    if gap.strip(" ,") == "" and toks[k].text in NAME_LINKS:
        return _name_across(doc, k + step, step)
    if re.fullmatch(r"\s*\([^()]{1,12}\)\s*", gap):
        return capitalised(toks[k])
    if gap.strip() != "," or not capitalised(toks[k]) or toks[k].initial:
        return False
    if not _ordinary(toks[k]):
        return True
    while 0 <= k + step < len(toks) and _ordinary(toks[k + step]) and capitalised(toks[k + step]):
        a, b = (toks[k], toks[k + step]) if step > 0 else (toks[k + step], toks[k])
        if not doc.adjacent(a, b):
            break
        k += step
    return _name_beside(doc, k, step)  # "Kamar Hunian, Dapur, dan Klinik": a list of names


def _named(doc: Doc, i: int) -> bool:
    """``in_name``, but ordinary words on both sides of 'dan' make no name ('Blok dan Kamar
    Hunian')."""
    if not in_name(doc, i):
        return False
    toks = doc.tokens
    linked = toks[i - 1].text in NAME_LINKS  # in_name read a title-case name across it
    plain = _ordinary(toks[i]) or _people(toks[i])  # "Tahanan dan Narapidana": no name
    return not (linked and plain and not _name_across(doc, i - 2, -1))


def _in_pair(doc: Doc, k: int, step: int) -> bool:
    """Token ``k`` ends (``step`` -1) or starts (+1) a genre pair: 'Warga Binaan'."""
    toks = doc.tokens
    o = k + step
    if not 0 <= o < len(toks):
        return False
    a, b = (toks[o], toks[k]) if step < 0 else (toks[k], toks[o])
    return doc.adjacent(a, b) and (a.text.lower(), b.text.lower()) in GENRE_PAIRS


def _name_across(doc: Doc, k: int, step: int) -> bool:
    """Across 'dan' from a run of ordinary words, token ``k`` starts a name ('Bidang Pelayanan
    dan Pembinaan': a name's word before the ordinary ones), not more ordinary words that no
    name holds ('ke dalam Blok dan Kamar Hunian.')."""
    toks = doc.tokens
    if not 0 <= k < len(toks) or not capitalised(toks[k]) or toks[k].initial:
        return False
    while _ordinary(toks[k]) or _people(toks[k]) or _in_pair(doc, k, step):
        nxt = k + step
        if not 0 <= nxt < len(toks):
            return False
        a, b = (toks[k], toks[nxt]) if step > 0 else (toks[nxt], toks[k])
        if not doc.adjacent(a, b):
            return False
        if not capitalised(toks[nxt]):
            return False
        k = nxt
    return True


# After an item of a list: a comma, a conjunction, its short form in brackets, or the
# sentence's end. A run followed by a lowercase word is no item ('di KUA, Penyuluh wajib
# hadir': the clause's subject).
_LIST_GOES_ON = re.compile(r"\s*(?:[,.;:)\"”]|\([A-Z]{2,}\)|$|(?:dan|serta|atau)\b)")


def _ordinary_run(doc: Doc, i: int) -> int | None:
    """Index past a run of capitalised ordinary words that no name continues: 'memeriksa Blok
    Hunian para …', 'mengimbau Jajarannya', 'kepada Tim Media ini'; not 'Tugas dan Fungsi
    Bidang …' (a name in title case across 'dan'), nor 'Ruang Kegiatan Kerja Lapas …'."""
    toks = doc.tokens
    prev = toks[i - 1] if i else None
    if prev is not None and doc.adjacent(prev, toks[i]) and _name_word(prev):
        return None  # "Rumah Tahanan Negara": a name may start a sentence
    before = doc.text[max(0, toks[i].start - 2) : toks[i].start]
    if before.endswith("(") or before == ". ":
        return None  # "(Deteni)": a gloss; "1445 H. Kegiatan": maybe a sentence's start
    j = i
    while (
        j < len(toks)
        and (j == i or doc.adjacent(toks[j - 1], toks[j]))
        and capitalised(toks[j])
        and not toks[j].text.isupper()
        and (_ordinary(toks[j]) or (j == i and _people(toks[j])))
    ):
        j += 1
    if j == i or (_name_beside(doc, j - 1, 1) and not _opening_phrase(doc, i)):
        return None
    if _name_beside(doc, i, -1) and _LIST_GOES_ON.match(doc.text, toks[j - 1].end):
        return None  # "Kamar Hunian, Dapur, dan Klinik": one of a list of names
    if _NUMBER_AFTER.match(doc.text, toks[j - 1].end):
        return None  # "Tim 3", "Blok II": a numbered one's name
    if j < len(toks) and doc.adjacent(toks[j - 1], toks[j]) and capitalised(toks[j]):
        return None  # a name goes on: "Ruang Kegiatan Kerja Lapas Perempuan Kupang"
    return j


# Prepositions of time and place that open a sentence's opening phrase ("Selama Pandemi, …").
_OPENING_PREPOSITIONS = words("selama sejak saat ketika semasa sepanjang menjelang jelang")


def _opening_phrase(doc: Doc, i: int) -> bool:
    """Token ``i`` follows a sentence's first word, a preposition of time: the comma after
    the run closes the opening phrase, and the capital after it opens the clause, no list of
    names ("Selama Pandemi, Kantor Imigrasi …"; heldout24)."""
    toks = doc.tokens
    if i == 0 or not doc.adjacent(toks[i - 1], toks[i]):
        return False
    prev = toks[i - 1]
    return prev.initial and prev.text.lower() in _OPENING_PREPOSITIONS


def _lowercase_hit(doc: Doc, start: int, end: int) -> Hit:
    fixed = common_case(doc.text[start:end])
    return Hit(
        start,
        end,
        N_("'{word}' is written in lowercase in the middle of a sentence."),
        fixed,
        {"word": fixed},
    )


_HITS: weakref.WeakKeyDictionary[Doc, list[Hit]] = weakref.WeakKeyDictionary()
# Readings of spans to lowercase, in the order they claim a span: rounds 23 and session 18's,
# then clitics (session 17) and a word the article writes in lowercase elsewhere (session 19).
_Reading = Callable[[Doc], Iterator[tuple[int, int]]]
_READINGS: tuple[_Reading, ...] = NOUN_READINGS  # prayers, counts, worship, ranks, games
_READINGS_LAST = (clitic_words, lowercase_elsewhere, unit_symbols, *SESSION42_READINGS)
# A name spelled out again in brackets, in three capitalised words or more (probe55).
_SPELLED_AFTER = re.compile(r" \((?:[A-Z][\w-]*[ /]){2,}[A-Z]")


@rule("K3", ERROR, N_("The genre's ordinary nouns are lowercase mid-sentence"))
def genre_nouns(doc: Doc) -> Iterator[Hit]:
    """K3's findings, read once per document: K24, K26 and K14 ask where they are too
    (common_terms.overlaps_k3), and the reading is one of the checker's dearest (~9 ms of a
    3,000-word check)."""
    hits = _HITS.get(doc)
    if hits is None:
        hits = _HITS[doc] = [  # not "Pukul 13.25 Wib" (a time zone is N4's, probe56), nor
            h  # "Dalam Keppres itu": a short form as the offices write it (heldout51)
            for h in _genre_nouns_read(doc)
            if doc.text[h.start : h.end].upper() not in TIME_ZONES
            and not written_short_form(doc.text[h.start : h.end])
            and not kept_capital(doc, h.start, h.end)  # 'PT Dinara Hidroponik Farm' (probe84)
            and not news_agency(doc.text, h.start, h.end)  # "…, disitat Antara." (heldout538)
        ]
    return iter(hits)


def _genre_nouns_read(doc: Doc) -> Iterator[Hit]:
    spans: list[tuple[int, int]] = []
    for h in _genre_nouns(doc):
        spans.append((h.start, h.end))
        if slash_named(doc.text, h.end) or _SPELLED_AFTER.match(doc.text, h.end):
            continue  # 'Desa/Kelurahan Sadar Hukum' (round 21); '… untuk Pengungsi (United …)'
        if in_acronym_expansion(doc.text, h.start):
            continue  # "SITUMDISAPA (Sabtu, Petugas Medis …)": the programme's words (probe75)
        yield h
    # Round 14: a list's capitalised item, a reported clause's first word, the yard of an
    # office, a noun a demonstrative points back to (capital_contexts.py).
    extra = (*list_items(doc), *reported_clauses(doc), *place_parts(doc), *demonstrated_nouns(doc))
    extra = (*extra, *common_levels(doc), *nearest_offices(doc))  # round 19; heldout24
    extra = (*extra, *field_nouns(doc))  # round 20: 'di bidang Pemasyarakatan'
    extra = (*extra, *short_form_terms(doc), *year_nouns(doc))  # round 21: '… (SDM)', 'Tahun'
    extra = (*extra, *title_case_sentences(doc))  # round 21: '… Melayani Ribuan Pengunjung'
    extra = (*extra, *(_lowercase_hit(doc, a, b) for a, b, _ in sphere_nouns(doc)))  # round 22
    extra = (*extra, *(_lowercase_hit(doc, a, b) for f in _READINGS for a, b in f(doc)))
    extra = (*extra, *passive_verbs(doc), *comma_led_nouns(doc))  # session 12
    extra = (*extra, *(_lowercase_hit(doc, a, b) for f in _READINGS_LAST for a, b in f(doc)))
    for h in extra:
        if slash_named(doc.text, h.end) or person_name_word(
            doc, doc.text[h.start : h.end].split()[0], h.start
        ):
            continue  # "…, Yoga belum mengetahuinya": the Karutan's name (heldout27)
        if (k := doc.token_at(h.start)) is not None and title_or_theme(doc, k):
            continue  # "…, Pembebasan Bersyarat, …" in a regulation's title (probe 5)
        if not any(s < h.end and h.start < e for s, e in spans):
            spans.append((h.start, h.end))
            yield h


def _genre_nouns(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    done = -1  # the end of the last hit: a run is reported once
    for i, t in enumerate(toks):
        if capitalised(t) and mentioned(doc, t):
            yield _lowercase_hit(doc, t.start, t.end)
            continue
        if t.start < done or not capitalised(t) or t.text.isupper() or initial(doc, t):
            continue
        if in_title(doc, t) or in_dateline(doc, t) or doc.is_italic(t.start, t.end):
            continue  # a newspaper's name in italics
        if headline(doc, t.para) or in_subheading(doc, t.para):
            continue  # a title too long for the reader to take for one; a subheading
        if in_slogan(doc, t) or speaker_named(doc, t):
            continue  # '"Senang, Untuk, Menang"': a motto; '"…," kata Jurnalis.': a name
        if title_or_theme(doc, i):
            continue  # "… Tahun 2022 tentang Tata Cara … dan Pembinaan yang …": its title
        j = _generic_run(doc, i)
        if j is not None:
            done = toks[j - 1].end
            yield _lowercase_hit(doc, t.start, done)
            continue
        end = people_phrase(doc, i)  # "pegawai dan Warga Binaan Pemasyarakatan"
        if end is not None:
            done = end
            yield _lowercase_hit(doc, t.start, end)
            continue
        if (_named(doc, i) and not _after_weekday(doc, i)) or not after_word_or_comma(doc, t):
            continue  # part of a name, or after a mark that may start a sentence
        if t.text == "Yang" and doc.text.startswith(" Maha", t.end):
            continue  # "kepada Yang Maha Kuasa": God's name (session 43, 24 of 24 left)
        if syllabic_name(doc, i):
            continue  # "Petugas Imigrasi Pembina Desa (Pimpasa)": a role's name (heldout42)
        end = _common_word_end(doc, i)
        if end is not None:
            done = end
            yield _lowercase_hit(doc, t.start, end)


# The articles that open a name (EYD V, huruf kapital: 'Sang Merah Putih', 'Sang Pencipta',
# 'Si Pitung'); before a position or a genre noun they stay lowercase ('sang kepala').
_NAME_ARTICLES = words("sang si")


def _name_after_article(nxt: Token) -> bool:
    lower = nxt.text.lower()
    return lower not in POSITIONS and lower not in GENRE_NOUNS and lower not in FUNCTION_WORDS


def _common_word_end(doc: Doc, i: int) -> int | None:
    """Where the capitalised common word (or pair, or run) at ``i`` ends, or None: a genre
    noun ('Narasumber'), a pair ('Warga Binaan'), a word like 'Keimigrasian' outside a name,
    a function word ('sampai tingkat kecamatan Hingga …'), a run of ordinary words."""
    toks = doc.tokens
    t = toks[i]
    lower = t.text.lower()
    prev = toks[i - 1] if i else None
    nxt = toks[i + 1] if i + 1 < len(toks) and doc.adjacent(t, toks[i + 1]) else None
    named = nxt is not None and capitalised(nxt)
    before = doc.text[max(0, t.start - 2) : t.start]
    if prev is not None and prev.text in _TOPIC_WORDS and doc.adjacent(prev, t):
        return None  # "… Tahun 2011 tentang Keimigrasian", "menyoroti Pelayanan Publik": a title
    if prev is not None and prev.text in _NAMING and named and doc.adjacent(prev, t):
        return None  # "aplikasi … yaitu Layanan Paspor Online": the name of one
    if named and prev is not None and doc.adjacent(prev, t) and _name_word(prev):
        return None  # "Tim Petugas Keamanan Rutan" at a sentence's start: a name
    if nxt is not None and (lower, nxt.text.lower()) in GENRE_PAIRS:
        return nxt.end
    if lower in TIMES_OF_DAY and named:
        return None  # "Malam Maroba", "Apel Pagi": an event's name
    if named and foreign_name_word(doc, i + 1):
        return None  # "Media Center Dinas …": a facility's name in its foreign form (round 18)
    if lower in GENRE_NOUNS:
        return t.end
    if lower in _OF_AN_OFFICE and named and _office_short_form(nxt):
        return t.end  # "perwakilan Kanim Cilegon", "klien Bapas": people of an office
    if prev is not None and doc.adjacent(prev, t) and prev.text in INSTITUTION_KINDS:
        return None  # "di rutan Negara": the office's town (K10 asks for 'Rutan')
    if lower in _COMMON_NOUNS:
        after_capital = prev is not None and doc.adjacent(prev, t) and capitalised(prev)
        return None if after_capital or named else t.end  # "Divisi Keimigrasian Kanwil"
    if lower in FUNCTION_WORDS:
        if news_agency(doc.text, t.start, t.end):
            return None  # "kepada Antara di Pekanbaru": the news agency (probe52)
        if named and prev is not None and doc.adjacent(prev, t) and prev.text in _NAME_HEADS:
            return None  # "aplikasi Si Popo", "program Sahabat Dari Desa": a name's first word
        if named and lower in _NAME_ARTICLES and nxt is not None and _name_after_article(nxt):
            return None  # "pengibaran Sang Saka Merah Putih": the article opens the name
        return None if before[-1:] in "(:\"“'‘" or before == ": " else t.end
    if opens_spelled_name(doc, t):
        return None  # "stadion Hunian tetap (Huntap)": a name spelled out before its short form
    j = _ordinary_run(doc, i)
    return toks[j - 1].end if j is not None else None
