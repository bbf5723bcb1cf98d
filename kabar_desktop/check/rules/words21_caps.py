"""Round 21 of issue 13, capitals (tests in tests/check/test_rules_round21_words.py).

- K3: a common term written in title case before its own short form (``kurangnya Sumber
  Daya Manusia (SDM)``, ``Tindakan Administratif Keimigrasian (TAK)``). EYD V (huruf kapital)
  gives capitals to names only; a short form in brackets does not make the term a name. The
  project's conventions (docs/checker.md, decided before round 21) mark the class when its
  head noun names a class of people, a right or a measure given or imposed, or a resource or
  a standard of work; names of bodies, teams, programmes, events, laws and documents keep
  their capitals (``Tim Pengawasan Orang Asing (Timpora)``, ``Surat Keputusan (SK)``, and
  ``Tindak Pidana Perdagangan Orang (TPPO)``, read after the law's title). The head decides:
  it is the noun the term is a kind of (EYD V, frasa nominal: the head stands first). The
  term may stand after a lowercase word or a list's comma, not after a capitalised word (a
  unit's name goes on: ``Seksi Bimbingan Klien Anak (BKA)``), nor as an item of a list of
  names in title case (``Asimilasi Rumah dan Pembebasan Bersyarat (PB)``); a short form
  followed by a number names one of a series (``Remisi Khusus (RK) II``); K14's own terms
  are K14's.
- K3: ``tahun`` before a year is a common noun (``pada tahun 2024``); after a preposition of
  time it is no name's word (``Di Tahun 2024 ini``, ``sejak Tahun 2020``). Not in a title,
  nor where a capitalised word before it opens a name (``Hari Ulang Tahun 2024``).
- K3, K26: two kinds joined by a slash share the name after them (``Desa/Kelurahan Sadar
  Hukum`` is ``Desa Sadar Hukum`` or ``Kelurahan Sadar Hukum``, a programme's name): the
  first kind keeps its capital as the second does.
- K1: a position after ``salah seorang``/``salah satu`` is one of a kind, not one post
  (``salah seorang Kakanwil unit wilayah``): the words after it name no unit of its name.
- K24: a run of common words the text also writes at a sentence's start with every word
  capitalised (``Penyuluhan Hukum Serentak ini diadakan …``) is the writer's name of an
  event or a programme: at a sentence's start only the first word needs its capital, so the
  others show the name. The sets leave named events.
- K24, K19: an ordinal inside a title-case run (``predikat Terbaik ke-3 Nilai IKPA …``)
  does not end it: the award's or the event's name goes on after it.
- K3: a sentence of running text set in title case (``Bagaimana Rutan Wonogiri Melayani
  Ribuan Pengunjung Selama Masa Libur?``): a meN- or di- verb capitalised after a capitalised
  word, in a run of capitals that also capitalises a preposition or a conjunction, which
  EYD V writes in lowercase even in titles. The verb and the ordinary words after it are
  lowercase up to a name (a holiday, a place, an office, a month); the subject before the
  verb is left (a name, or another rule's). Not after the head of a programme's, an event's
  or a body's name (``Gerakan Menuju Desa Untuk Semua``: K12 reads its ``Untuk``).
- K31: ``pasal`` before its number is the article of a named law and takes its capital, as
  every set writes ``Pasal 10`` (conventions decided before round 21).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import (
    COUNTRIES,
    FUNCTION_WORDS,
    HOLIDAYS,
    INSTITUTIONS,
    MONTHS,
    POSITIONS,
    WEEKDAYS,
    words,
)
from kabar_desktop.check.morphology import Analysis
from kabar_desktop.check.places import is_place_word
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.caps17_short_names import spells
from kabar_desktop.check.rules.case_reading import (
    capitalised,
    common_case,
    in_dateline,
    in_slogan,
    in_title,
    initial,
)
from kabar_desktop.check.rules.common_terms import k14_term
from kabar_desktop.check.rules.headline import headline, in_subheading

# Head nouns of common terms, by class (KBBI: nouns; the regulations write the terms in
# lowercase: UU 22/2022 'warga binaan', 'cuti bersyarat'; UU 6/2011 'tindakan administratif
# keimigrasian'; UU 20/2023 'aparatur sipil negara').
# - people of a class: 'Warga Negara Asing', 'Tenaga Kerja Asing', 'Aparat Penegak Hukum';
_PEOPLE_HEADS = words(
    """warga tenaga aparatur aparat pegawai pekerja anak klien narapidana tahanan deteni
    pengungsi imigran pencari pelaku korban"""
)
# - rights given and measures imposed: 'Cuti Bersyarat', 'Pembebasan Bersyarat', 'Remisi
#   Khusus', 'Tindakan Administratif Keimigrasian', 'Penelitian Kemasyarakatan';
_MEASURE_HEADS = words(
    """cuti pembebasan bebas remisi tindakan sanksi asimilasi integrasi penelitian izin
    denda"""
)
# - resources of work: 'Sumber Daya Manusia'. (Not the standards: 'Standar Operasional
#   Prosedur (SOP)', 'Standar Pelayanan Minimal (SPM)', which the sets leave 11 times of 15;
#   session 32.)
_RESOURCE_HEADS = words("sumber")
# - session 26: tools, measures, diseases and people of the health and religious news the sets
#   mark before a short form ('Alat Pemadam Api Ringan (APAR)', 'Demam Berdarah Dengue
#   (DBD)', 'Calon Jemaah Haji (CJH)', 'Angka Bebas Jentik (ABJ)', 'Lanjut Usia (Lansia)').
_HEALTH_HEADS = words(
    "alat angka demam campak tablet tes calon jemaah jamaah juru wirausaha lanjut pemberi pemerlu"
)
_HEADS = _PEOPLE_HEADS | _MEASURE_HEADS | _RESOURCE_HEADS | _HEALTH_HEADS
# Words after which title case is a title or a name: 'tentang Standar …' (a law's title).
_TITLE_BEFORE = words(
    """tentang mengenai bertema bertajuk berjudul tema topik program aplikasi yaitu yakni
    bernama"""
)
_SHORT = re.compile(r" \(([A-Z][A-Za-z]{1,7})\)")
# A number after the short form: one of a numbered series, a name ('Remisi Khusus (RK) II').
_NUMBERED = re.compile(r" (?:\d|[IVX]+\b)")
_LINKS = words("dan serta atau")
_LOWER = N_("'{word}' is written in lowercase in the middle of a sentence.")


# '/Kelurahan Sadar Hukum': the slash's other kind, then a name in title case.
_SLASH_NAME = re.compile(r"/[A-Z][a-z]+ (?!(?:dan|di|ke|yang)\b)[A-Z][a-z]")


def slash_named(text: str, end: int) -> bool:
    """The capitalised word ending at ``end`` is one of two kinds joined by a slash before
    a name: 'Desa/Kelurahan Sadar Hukum'."""
    return _SLASH_NAME.match(text, end) is not None


_ONE_OF = re.compile(r"\b[Ss]alah (?:seorang|satu|satunya) $|\bpara [a-z]+ (?:dan|serta) $")


def one_of_many(text: str, start: int) -> bool:
    """'salah seorang' stands before the word at ``start``: one of many of its kind; or a
    plural's second item ('para asisten dan kepala bagian', heldout62)."""
    return _ONE_OF.search(text, max(0, start - 20), start) is not None


def opens_sentence_in_title_case(text: str, at: int, run: str) -> bool:
    """The run of capitalised words at offset ``at`` opens a sentence (a paragraph's start or
    after a full stop) and goes on with a lowercase word: a name written at a sentence's
    start with all its capitals."""
    before = text[max(0, at - 2) : at]
    opens = at == 0 or before.endswith("\n") or before in (". ", "? ", "! ")
    return opens and re.match(r" [a-z]", text[at + len(run) : at + len(run) + 2]) is not None


# An ordinal inside a name in title case: ' ke-3 Nilai', ' ke 3 Nilai', ' Ke-79 Tahun'.
_ORDINAL_IN_NAME = re.compile(r" [Kk]e[- ]?\d{1,3} [A-Z]")


def ordinal_in_name(text: str, end: int) -> bool:
    """The capitalised word ending at ``end`` goes on into a name past an ordinal."""
    return _ORDINAL_IN_NAME.match(text, end) is not None


def _quiet(doc: Doc, t: Token) -> bool:
    return (
        in_title(doc, t)
        or headline(doc, t.para)
        or in_subheading(doc, t.para)
        or in_dateline(doc, t)
        or doc.is_italic(t.start, t.end)
        or in_slogan(doc, t)
    )


def _plain_word(t: Token) -> bool:
    """A capitalised word of the dictionary, no name's, no short form's."""
    from kabar_desktop.check.spelling import speller

    word = t.text
    if not word[:1].isupper() or not word[1:].islower() or not word.isalpha():
        return False
    lower = word.lower()
    return speller().known(lower) and lower not in POSITIONS


def _name_before(doc: Doc, k: int) -> bool:
    """A word in title case stands right before the link word at ``k`` (no comma between):
    the writer's title case runs across 'dan', one series of names."""
    toks = doc.tokens
    if k < 1 or not doc.adjacent(toks[k - 1], toks[k]):
        return False
    before = toks[k - 1]
    return capitalised(before) and not before.text.isupper() and not initial(doc, before)


def _items_named(doc: Doc, i: int) -> bool:
    """Before the comma at token ``i``'s left stands a capitalised word in title case that
    is no short form: the term is one of a list of names ('Asimilasi Rumah, Cuti …')."""
    prev = doc.tokens[i - 1]
    return capitalised(prev) and not prev.text.isupper() and not initial(doc, prev)


def short_form_terms(doc: Doc) -> Iterator[Hit]:
    """K3: 'kurangnya Sumber Daya Manusia (SDM)' → 'sumber daya manusia'."""
    toks = doc.tokens
    text = doc.text
    for i, t in enumerate(toks):
        if t.text.lower() not in _HEADS or not capitalised(t) or _quiet(doc, t):
            continue
        j = i + 1
        while j < len(toks) and j - i < 5 and doc.adjacent(toks[j - 1], toks[j]):
            if not _plain_word(toks[j]):
                break
            j += 1
        if j - i < 2 or not _plain_word(t):
            continue
        m = _SHORT.match(text, toks[j - 1].end)
        if m is None or not spells([x.text for x in toks[i:j]], m.group(1).lower()):
            continue
        if _NUMBERED.match(text, m.end()) or k14_term(tuple(x.text.lower() for x in toks[i:j])):
            continue  # 'Remisi Khusus (RK) II': one of a series; K14's own terms are K14's
        first = i
        if initial(doc, t):
            first = i + 1  # 'Warga Binaan Pemasyarakatan (WBP) Lapas …': the rest of it
        else:
            prev = toks[i - 1] if i else None
            if prev is None or prev.para != t.para:
                continue
            listed = text[prev.end : t.start] == ", " and prev.text[-1:].isalnum()
            if not (listed or doc.adjacent(prev, t)):
                continue  # after a bracket, a quote or a dash: maybe a sentence's start
            if listed and _items_named(doc, i):
                continue  # 'Dinas Sosial, Tenaga …': an item of a list of names
            if (capitalised(prev) and not listed) or prev.text.lower() in _TITLE_BEFORE:
                continue  # 'Bimbingan Klien Anak (BKA)': a unit's name goes on before it
            if prev.text in _LINKS and _name_before(doc, i - 1):
                continue  # 'Asimilasi Rumah dan Pembebasan Bersyarat (PB)': names in a list
        start, end = toks[first].start, toks[j - 1].end
        word = text[start:end]
        yield Hit(start, end, _LOWER, common_case(word), {"word": common_case(word)})


# meN- and di- verbs take an object or an agent: a predicate; ber- words head names too
# ('Forum Bersama', 'Gerakan Berbagi').
_VERB_PREFIXES = (("meN",), ("di",))
_MONTHS_DAYS = frozenset(w.lower() for w in (*MONTHS, *WEEKDAYS, *HOLIDAYS))


@lru_cache(maxsize=4096)
def _prefixed_verb(word: str) -> bool:
    from kabar_desktop.check.spelling import speller

    if not word.startswith(("Me", "Di")) or len(word) < 6:
        return False  # meN- and di- only: most capitalised words are names
    lower = word.lower()
    if lower in POSITIONS:
        return False  # "Peraturan Menteri Dalam Negeri Nomor 22": no meN- + 'teri' (heldout39)
    return any(
        a.prefixes in _VERB_PREFIXES and not a.suffix.startswith("an") and len(a.root) >= 3
        for a in speller().readings(lower)
    )


def _ordinary_capital(t: Token) -> bool:
    """A capitalised word of the dictionary that names nothing: no place, office, month,
    day, holiday or country."""
    from kabar_desktop.check.places import place_name
    from kabar_desktop.check.suggest import frequent

    lower = t.text.lower()
    if not _plain_word(t) or lower in INSTITUTIONS or lower in _MONTHS_DAYS:
        return False
    if lower in COUNTRIES:
        return False
    return lower in frequent() or place_name(lower) is None  # 'Masa' is a word before a town


# Heads of the names of programmes, movements, events and bodies, which may hold a verb and a
# capitalised preposition ('Gerakan Menuju Desa Untuk Semua'): K12 reads the preposition.
_NAME_HEADS = words(
    """gerakan program aksi kampanye forum yayasan komunitas festival lomba pekan hari
    perkumpulan ikatan paguyuban tema slogan"""
)


def _subject_names(doc: Doc, i: int) -> bool:
    """The capitalised run before the verb at ``i`` is a programme's or a body's name, or
    follows a word that introduces one ('program …', 'bertajuk …')."""
    toks = doc.tokens
    k = i - 1
    while k > 0 and doc.adjacent(toks[k - 1], toks[k]) and capitalised(toks[k - 1]):
        k -= 1
    if any(toks[m].text.lower() in _NAME_HEADS for m in range(k, i)):
        return True
    return k > 0 and doc.adjacent(toks[k - 1], toks[k]) and toks[k - 1].text in _TITLE_BEFORE


def title_case_sentences(doc: Doc) -> Iterator[Hit]:
    """K3: '… Rutan Wonogiri Melayani Ribuan Pengunjung Selama Masa Libur?' → 'melayani
    ribuan pengunjung selama masa libur'."""
    toks = doc.tokens
    i = 1
    while i < len(toks):
        t, prev = toks[i], toks[i - 1]
        if (
            not _prefixed_verb(t.text)
            or t.initial
            or not t.text[1:].islower()
            or not capitalised(prev)
            or not doc.adjacent(prev, t)
            or _quiet(doc, t)
            or doc.in_quote(t.start, t.end)
            or _subject_names(doc, i)
        ):
            i += 1
            continue
        j = i + 1
        linked = False
        while j < len(toks) and doc.adjacent(toks[j - 1], toks[j]) and capitalised(toks[j]):
            lower = toks[j].text.lower()
            if lower in FUNCTION_WORDS:
                linked = True
            elif not _ordinary_capital(toks[j]):
                break
            j += 1
        if not linked or j - i < 3 or toks[j - 1].text.lower() in FUNCTION_WORDS:
            i = j
            continue
        start, end = t.start, toks[j - 1].end
        word = doc.text[start:end]
        yield Hit(start, end, _LOWER, common_case(word), {"word": common_case(word)})
        i = j


def passive_verbs(doc: Doc) -> Iterator[Hit]:
    """K3: a passive verb capitalised in mid-sentence ('Rutan Dumai Dikunjungi Sekretaris
    …', 'Dia Didampingi Sunaryo'): no name or office is a di- verb, so unlike meN- and ber-
    ('Bersih Melayani', 'Keluarga Berencana') it needs no reading of the run around it.
    Not a word the list holds whole ('Divisi', 'Dinas', 'Anak Didik')."""
    from kabar_desktop.check.spelling import speller

    check = speller()
    for t in doc.tokens:
        word = t.text
        if t.initial or not word.startswith("Di") or len(word) < 6 or not word[1:].islower():
            continue
        if doc.text[t.start - 1 : t.start] in ".!?":
            continue  # "yang membesuk.Ditambahkan, …": a sentence glued to the stop (probe52)
        lower = word.lower()
        if lower in check.lists.stems or lower in check.lists.curated or _quiet(doc, t):
            continue
        if f"({word})" in doc.text:
            continue  # "Dinas Kearsipan dan Perpustakaan (Diarpus)": the office's short form
        if is_place_word(word):
            continue  # "Kabupaten Boven Digoel": a regency's name, no di- verb (heldout532)
        passives = [a for a in check.readings(lower) if _passive(a)]
        if not passives or not check.known(lower) or _opens_name(doc, t, passives):
            continue
        yield Hit(t.start, t.end, _LOWER, lower, {"word": lower})


def _opens_name(doc: Doc, t: Token, passives: list[Analysis]) -> bool:
    """'Kepala Seksi Pembinaan, Dianta Sinuraya': a rare bare root after 'di' (KBBI's 'anta'),
    before a capitalised word no list knows: a person's first name (probe37). A suffix or a
    common root ('Didampingi Sunaryo', 'Dipimpin Budi') keeps the verb's reading."""
    from kabar_desktop.check.rules.article_spellings import unlisted_name
    from kabar_desktop.check.suggest import frequent

    if any(a.suffix or a.root in frequent() for a in passives) or t.text.lower() in frequent():
        return False
    k = doc.token_at(t.start)
    if k is None or k + 1 >= len(doc.tokens) or not doc.adjacent(t, doc.tokens[k + 1]):
        return False
    return unlisted_name(doc.tokens[k + 1].text)


_SAID = words("kata ujar tutur ungkap jelas tambah lanjut sebut papar terang imbuh pungkas tegas")


# "Pemerintah desa Bulalo": the government's name with its level in lowercase; the fault is
# the level word's (K10 asks 'Desa'), not the capital of 'Pemerintah' (probe102).
GOVERNMENT_LOWER_LEVEL = re.compile(
    r"Pemerintah (?:desa|kelurahan|kecamatan|kabupaten|kota|provinsi) [A-Z]"
)


def comma_led_nouns(doc: Doc) -> Iterator[Hit]:
    """K3: an ordinary derived word capitalised after a comma, between lowercase words
    ('Selain itu, Penandatanganan perjanjian …', 'mengatakan, Pelayanan paspor …'): the
    comma starts no sentence, and a word built from a root with its affixes is no name.
    Not a word the list holds whole ('Kecamatan', 'Kejaksaan'): those name offices. A verb
    of saying before the speaker's name takes no capital either ('…, Kata Ramdhani, …')."""
    from kabar_desktop.check.spelling import speller

    check = speller()
    toks = doc.tokens
    for i in range(1, len(toks) - 1):
        t, before, after = toks[i], toks[i - 1], toks[i + 1]
        word = t.text
        if t.initial or len(word) < 4 or not word[0].isupper() or not word[1:].islower():
            continue
        if not before.text.islower() or before.para != t.para:
            continue
        if doc.text[before.end : t.start].strip(" ") != "," or not doc.adjacent(t, after):
            continue
        lower = word.lower()
        if lower in _SAID and after.text[:1].isupper() and not _quiet(doc, t):
            yield Hit(t.start, t.end, _LOWER, lower, {"word": lower})  # '…, Kata Ramdhani, …'
            continue
        if len(word) < 7 or not after.text.islower():
            continue
        if GOVERNMENT_LOWER_LEVEL.match(doc.text, t.start):
            continue  # "balita, Pemerintah desa Bulalo": the name's level is K10's slip
        if lower in check.lists.stems or lower in check.lists.short_forms or _quiet(doc, t):
            continue  # 'Selain itu, Karutan juga …': a post's short form stands for a name
        if any(a.derived for a in check.readings(lower)) and check.known(lower):
            yield Hit(t.start, t.end, _LOWER, lower, {"word": lower})


def _passive(a: Analysis) -> bool:
    return a.prefixes == ("di",) and a.suffix in ("", "kan", "i") and len(a.root) >= 3


# 'Tahun' and a year, and before it a preposition or a word of a span of time.
_TAHUN_YEAR = re.compile(r"\bTahun (?:19|20)\d\d\b(?![\d/.-]\d)")
_TIME_WORD_BEFORE = re.compile(
    r"\b(?:[Dd]i|[Pp]ada|[Ss]ejak|[Ss]epanjang|[Ss]elama|[Hh]ingga|[Ss]ampai|[Dd]alam|[Uu]ntuk"
    r"|[Mm]ulai|[Ss]ebelum|[Ss]etelah|[Ss]esudah|[Mm]enjelang|[Jj]elang|[Aa]wal|[Aa]khir"
    r"|[Pp]ertengahan) $"
)


def year_nouns(doc: Doc) -> Iterator[Hit]:
    """K3: 'Di Tahun 2024 ini', 'sejak Tahun 2020' → 'tahun'."""
    text = doc.text
    for m in _TAHUN_YEAR.finditer(text):
        at = m.start()
        if not _TIME_WORD_BEFORE.search(text, max(0, at - 14), at):
            continue
        k = doc.token_at(at)
        if k is None or _quiet(doc, doc.tokens[k]):
            continue
        yield Hit(at, at + 5, _LOWER, "tahun", {"word": "tahun"})


# 'pasal' before an article's number (with a letter: '34A', '34 A').
_ARTICLE = re.compile(r"(?<![\w-])pasal(?= \d{1,3}(?:\s?[A-Z])?\b)")


def article_numbers(doc: Doc) -> Iterator[Hit]:
    """K31: 'melanggar pasal 113 UU …' → 'Pasal 113'."""
    for m in _ARTICLE.finditer(doc.text):
        k = doc.token_at(m.start())
        if k is not None and in_title(doc, doc.tokens[k]):
            continue  # a title's words are K5's
        yield Hit(
            m.start(),
            m.end(),
            N_("A regulation's name capitalises each word except function words: '{word}'."),
            "Pasal",
            {"word": "Pasal"},
        )
