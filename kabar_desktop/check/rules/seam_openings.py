"""The seam between an opening clause and the main clause run on without its comma (P30;
round 17, called from opening_commas.py).

EYD V (Tanda Koma): a subordinate clause or an adverbial phrase that opens the sentence is
closed by a comma before the main clause ("Meski harus mengantre sejak pagi, keluarga warga
binaan tetap bersabar."). Where the comma is missing, the main clause still shows where it
begins: its subject, a noun phrase, pronoun or name, followed by its own predicate (a verb, or
an aspect or modal word: tetap, akan, telah, sudah, masih, harus, dapat, bisa …), after the
opening clause's own predicate and complement. The reader takes the subject's start only
where the words mark it plainly, and stays silent elsewhere ('Setelah meninjau kamar warga
binaan petugas …' may be 'kamar warga binaan' or 'kamar, warga binaan …'):

- a subject pronoun (ia, mereka, kami, pihaknya, beliau …) after the complement;
- a quantifier or plural word (para, seluruh, semua, sejumlah, beberapa, sebagian, ribuan
  …) or a number opening a noun phrase after the complement: a new phrase, never the
  complement's own ('meninjau blok hunian seluruh peserta …');
- any noun after a word that closes a noun phrase: a demonstrative (ini, itu, tersebut), a
  time word after its preposition (sejak pagi, hingga malam, kemarin), a number or a date;
- a one-word subject of persons acting (rombongan, petugas, peserta, tim, panitia) right
  before its verb, after a complement of its own.

- a capitalised subject after a long complement: at its position's title ('… di aula Rutan
  Wonogiri Kepala Rutan memberi …' → 'Wonogiri,'), or after a demonstrative.

The subject is one to six words (nouns, numbers, 'dan' between them) and its predicate
follows it at once, maybe after an adverb. The clause may open after a lead that reports
it ('Ia menjelaskan, setelah …', 'Menurutnya, jika …') or after a connector between
sentences ('Namun, meski …'; the connector's own comma is P8's). For P29 a noun phrase and
its predicate right after an intransitive verb is enough to make the sentence whole
('Setelah berkumpul peserta diarahkan …'), though the comma's place is not sure enough to
report. A date that opens the sentence ('Pada tanggal 2
Juni 2022 Pembimbing Kemasyarakatan melakukan …') ends with its year or its bracketed date,
and the capitalised subject after it begins the main clause.
"""

from __future__ import annotations

import re

from kabar_desktop.check import clause_reader as cr
from kabar_desktop.check.lexicon import (
    FUNCTION_WORDS,
    MONTHS,
    PLURAL_WORDS,
    POSITIONS,
    SAYING_VERBS,
    TIMES_OF_DAY,
    WEEKDAYS,
    words,
)

_QUANTIFIERS = PLURAL_WORDS | words("sebagian sebanyak masing-masing")
_DEMONSTRATIVES = words("ini itu tersebut")
# Time words that close a preposition's phrase: "sejak pagi", "hingga malam", "kemarin".
_TIME_WORDS = TIMES_OF_DAY | words("kemarin tadi subuh")
# Nouns of persons acting, a subject of one word before its verb.
_AGENTS = words("rombongan petugas peserta tim panitia pengunjung")
_PREDICATE_ADVERBS = words("juga pun langsung segera terus kembali turut pula selalu")
# Words a number names rather than counts after: "tahun 2019", "pukul 09.00", "pasal 5".
_NUMBERED = words(
    "tahun tanggal pukul jam nomor no pasal ayat kelas angka periode tahap gelombang angkatan"
)
# Words that open a clause inside the opening one, whose subject and predicate are its own.
# (Time words are prepositions too: "sejak pagi" closes a phrase, opens no clause.)
_INNER_OPENERS = frozenset(w for w, kind in cr.SUBORDINATORS.items() if kind != "time") | words(
    "bahwa sedangkan tetapi namun"
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def seam(words_: list[str]) -> int | None:
    """The index in ``words_`` (an opening clause's words after its subordinator, with no
    comma) where the main clause's subject begins, or None where the words do not show it."""
    n = len(words_)
    first = next(
        (
            k
            for k, w in enumerate(words_)
            if cr.is_predicate(w) and w.islower() and words_[k - 1 : k] != ["yang"]
        ),
        None,
    )
    if first is None:
        return None
    g = first
    while g < n and (cr.is_predicate(words_[g]) or words_[g] in _PREDICATE_ADVERBS):
        g += 1
    for k in range(2, n):
        if words_[k - 1].lower() in _INNER_OPENERS:
            return None  # a clause inside the opening one ("karena …", "bahwa …"): its own
        if first <= k < g:
            continue  # the opening clause's own predicate group
        w, prev = words_[k], words_[k - 1].lower()
        low = w.lower()
        if low in TIMES_OF_DAY and _NUMBER.fullmatch(prev):
            continue  # "jam 3 sore": the time's part of the day, no subject (probe71)
        if k > g and w[:1].isupper() and words_[k - 1].islower():
            named = _named_subject(words_, k, g)
            if named is not None:
                return named
            continue
        if not (w.islower() or _NUMBER.fullmatch(w)) or (
            low in FUNCTION_WORDS and low not in _QUANTIFIERS
        ):
            continue
        if prev in cr.PREPOSITIONS or prev in FUNCTION_WORDS:
            continue  # a preposition's object
        if low in cr.PREDICATE_WORDS or low in _PREDICATE_ADVERBS or cr.is_predicate(w):
            continue  # a predicate's word opens no subject ("ibu itu langsung menangis")
        closed = (
            (prev in _DEMONSTRATIVES and k - 1 > 1)
            or (prev in _TIME_WORDS and words_[k - 2].lower() in cr.PREPOSITIONS)
            or (bool(_NUMBER.fullmatch(prev)) and _names_a_number(words_, k - 1))
            or _relative_end(words_, k)
        )
        if k < first:
            # an opening clause with no verb by its form predicates a state ("Meski hujan
            # deras sejak pagi peserta tetap …"): the subject after a closed phrase, its
            # predicate the sentence's first; with no state the subject is the clause's own
            # ("Karena selama masa pandemi warga binaan tidak …": no main clause)
            state = any(x.lower() in cr.STATES for x in words_[: k - 1])
            # ... or opens with a subject and its predicate before a phrase of time or
            # place ("Meski hujan turun sejak pagi …"), not with that phrase
            cut = next((i for i, x in enumerate(words_[:k]) if x.lower() in cr.PREPOSITIONS), k)
            state = state or cut >= 2
            if (
                (closed or low in _QUANTIFIERS)  # "keterbatasan ruang sebagian peserta"
                and (state or _relative_end(words_, k))
                and _noun_phrase_end(words_, k) in (first, first - 1)
            ):
                return k
            continue
        verb_before = cr.is_predicate(prev) and not closed
        if low in cr.SUBJECT_PRONOUNS:
            if verb_before and prev.startswith(("me", "di")):
                continue  # "mengajak mereka", "ditemani beliau": the verb's object or agent
            end: int | None = k + 1
        elif verb_before:
            continue  # the verb's object
        elif low in _QUANTIFIERS or closed or (_NUMBER.fullmatch(w) and prev not in _NUMBERED):
            end = _noun_phrase_end(words_, k)
        elif low in _AGENTS and k - 1 >= g:
            end = k + 1
        else:
            continue
        if end is not None and _predicate_at(words_, end):
            return k
    return None


def _named_subject(words_: list[str], k: int, g: int) -> int | None:
    """A run of capitalised words from ``k`` after the opening clause's complement, then its
    predicate: the subject begins at the run's first position ('Kakanwil', 'Kepala …'), or
    at its start where a closed phrase stands before it ('… dapur itu Kakanwil …'); a name
    right after a noun may be that noun's ('kegiatan Lapas Wonogiri'), no seam before it."""
    from kabar_desktop.check.rules.opening_commas import _TAKES_A_NAME

    prev = words_[k - 1].lower()
    if prev in cr.PREPOSITIONS or prev in FUNCTION_WORDS or prev in _TAKES_A_NAME:
        return None
    if cr.is_predicate(prev) and prev not in _DEMONSTRATIVES:
        return None  # "menemui Kepala Lapas": the verb's object
    j = k
    while (
        j < len(words_)
        and j - k < 8
        and (words_[j][:1].isupper() or (words_[j] == "dan" and words_[j + 1 : j + 2][:1] != []))
    ):
        if words_[j] == "dan" and not words_[j + 1][:1].isupper():
            break
        j += 1
    if j == k or not _predicate_at(words_, j):
        return None
    position = next((i for i in range(k, j) if words_[i].lower() in POSITIONS), None)
    if position is not None:
        return position
    if prev in _DEMONSTRATIVES or _relative_end(words_, k):
        return k
    return None


# Words that complete a predicate rather than open a subject after it.
_COMPLEMENT_WORDS = words("secara sama bersama-sama sekali sendiri lagi dulu terlebih semula")


def subject_after(words_: list[str], g: int) -> bool:
    """A noun phrase right after the opening clause's predicate group (ending at ``g``),
    then a predicate: a main clause after an intransitive verb ("Setelah berkumpul peserta
    diarahkan …", "Jika ingin mendaftar pemohon dapat …"), whole even where the comma's place
    is not sure (the noun may be the verb's complement)."""
    if g >= len(words_) or words_[g].lower() in cr.SUBJECT_PRONOUNS:
        return False  # a pronoun's own reading is the clause reader's
    if words_[g].lower() in cr.STATES or words_[g].lower() in _COMPLEMENT_WORDS:
        return False  # "dinyatakan selesai menjalani …": the verb's complement, no subject
    end = _noun_phrase_end(words_, g)
    return end is not None and _predicate_at(words_, end)


def _names_a_number(words_: list[str], i: int) -> bool:
    """The number at ``i`` names a year, a date or a numbered thing ('2019', 'tahun 2019',
    'pasal 5'), closing its phrase; a count ('2 tahun', '38 warga') opens one."""
    return len(words_[i]) == 4 or (i > 0 and words_[i - 1].lower() in _NUMBERED)


def _relative_end(words_: list[str], k: int) -> bool:
    """``words_[k]`` follows a relative clause of one active or intransitive verb ("keluarga
    yang datang petugas …"): a passive's agent may follow it ("yang diajukan pemohon")."""
    prev = words_[k - 1].lower()
    return (
        k >= 2
        and words_[k - 2].lower() == "yang"
        and prev.isalpha()
        and not prev.startswith(("me", "di", "per"))
        and prev not in FUNCTION_WORDS
        and prev not in _DEMONSTRATIVES
    )


def _noun_phrase_end(words_: list[str], k: int) -> int | None:
    """The end of the noun phrase that opens at ``k``: up to six lowercase nouns or
    numbers, 'dan' between two of them; None where a preposition or a mark cuts it."""
    j = k
    while j < len(words_) and j - k < 6:
        w = words_[j]
        low = w.lower()
        if j > k and (low in cr.PREDICATE_WORDS or low in _PREDICATE_ADVERBS or cr.is_predicate(w)):
            break
        if (
            low == "dan"
            and j > k
            and j + 1 < len(words_)
            and words_[j + 1].islower()
            and not cr.is_predicate(words_[j + 1])  # "… dan menerima": a second predicate
        ):
            j += 1
            continue
        if not (w.isalpha() and w.islower() or _NUMBER.fullmatch(w) or "-" in w):
            return None
        if (low in FUNCTION_WORDS or low in cr.PREPOSITIONS) and not (
            j == k and low in _QUANTIFIERS
        ):
            return None
        j += 1
    return j if j > k else None


def _predicate_at(words_: list[str], j: int) -> bool:
    """A predicate opens at ``j``, maybe after an adverb: a verb, an aspect or modal word."""
    if j < len(words_) and words_[j] in _PREDICATE_ADVERBS:
        j += 1
        if j < len(words_) and words_[j].isalpha() and words_[j].islower():
            return words_[j] not in FUNCTION_WORDS  # "langsung bebas", "juga hadir"
    if j >= len(words_) or not words_[j].islower():
        return False
    return cr.is_predicate(words_[j]) and words_[j] not in ("ada", "adalah", "merupakan")


# A lead that introduces what was said, closed by its comma: "Ia menjelaskan, jika …",
# "Dikatakan, setelah …", "Menurutnya, meski …": the reported clause opens after it.
_REPORTED = re.compile(
    r"(?:[A-Z][\w.]*(?: [A-Z][\w.]*){0,3} |(?:ia|dia|beliau|pihaknya|mereka) )?"
    r"(?:" + "|".join(sorted(SAYING_VERBS)) + r"|[Dd]i(?:katakan|jelaskan|sampaikan|tambahkan"
    r"|ungkapkan|tegaskan|sebutkan)|[Mm]enurut(?:nya| dia| beliau)|[Ii]a|[Dd]ia|[Bb]eliau)"
    r"(?:nya)?, (?=[a-z])",
    re.IGNORECASE,
)


# A connector between sentences before the clause, with or without its own comma (P8's):
# "Namun setelah menerima remisi 38 warga binaan langsung bebas." → "remisi, 38".
_CONNECTOR = re.compile(
    r"(?:Namun|Tetapi|Akan tetapi|Bahkan|Kemudian|Lalu|Selanjutnya|Sementara itu|Selain itu"
    r"|Oleh karena itu|Oleh sebab itu|Karena itu|Untuk itu|Dengan demikian),? (?=[a-z])"
)


def clause_seam(text: str, s: int, e: int) -> tuple[int, int, str] | None:
    """The word before the seam (its start, end and text) of the sentence [s, e) that
    opens with a subordinate clause or a phrase of means run on into its main clause, or
    whose reported clause after its lead ('Ia menjelaskan, jika …') does."""
    lead = _REPORTED.match(text, s, e) or _CONNECTOR.match(text, s, e)
    if lead is not None:
        s = lead.end()  # the reader asks for a capital: the clause's first word is read so
        text = text[:s] + text[s].upper() + text[s + 1 :]
    op = cr.opening(text, s, e)
    if op is None or op.kind == "verb":
        return None
    if text.startswith(("Sebab ", "Pasalnya "), s):
        return None  # "Sebab Tulungagung juga banyak memasok …": a reason told on its own
    toks = cr.tokens(text, op.end, e)
    cut = next((i for i, (_, w) in enumerate(toks) if w in (",", ";", ":")), len(toks))
    toks = toks[:cut]
    if any(w.lower() == "maka" for _, w in toks):
        return None  # "Jika …, maka …": P29/P13's
    k = seam([w for _, w in toks])
    if k is None:
        return None
    at, word = toks[k - 1]
    if not (word.isalpha() or _NUMBER.fullmatch(word)):
        return None
    if text[at + len(word) : toks[k][0]] != " ":
        return None  # a bracket or a mark between: no plain run of words
    return at, at + len(word), word


# A date that opens the sentence, ending with its year or its bracketed date, then a
# capitalised subject: "Pada tanggal 2 Juni 2022 Pembimbing Kemasyarakatan melakukan …".
_DATE_OPENING = re.compile(
    r"(?:Pada|Sejak|Hingga|Sampai|Selama|Memasuki|Menjelang|Jelang)"
    r"(?: (?:tanggal|tgl\.?|hari|bulan|tahun|awal|akhir|pertengahan|[A-Z][a-z]+,?|\d{1,2}))*"
    r" (?:19|20)\d\d"
    r"(?= ([A-Z][\w’'-]*))"
)
_NAME_RUN = re.compile(r"[A-Z][\w’'.-]*(?: (?:dan )?(?:[A-Z][\w’'.-]*|\([A-Z][\w-]*\)))*")
_NOT_SUBJECTS = frozenset(w.lower() for w in (*WEEKDAYS, *MONTHS)) | words(
    "wib wita wit pukul hijriah masehi h m"
)
_WORD = re.compile(r",? ([a-z]+)")


def date_seam(text: str, s: int, e: int) -> tuple[int, int, str] | None:
    """The date's last word before a capitalised subject and its predicate."""
    m = _DATE_OPENING.match(text, s, e)
    if m is None or m.group(1).lower() in _NOT_SUBJECTS:
        return None
    run = _NAME_RUN.match(text, m.start(1), e)
    if run is None:
        return None
    nxt = _WORD.match(text, run.end(), e)
    if nxt and nxt.group(1) in _PREDICATE_ADVERBS:
        nxt = _WORD.match(text, nxt.end(), e)
    if nxt is None or not cr.is_predicate(nxt.group(1)):
        return None
    last = text[s : m.end()].split()[-1]
    return m.end() - len(last), m.end(), last
