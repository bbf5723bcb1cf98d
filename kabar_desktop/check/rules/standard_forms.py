"""Standard forms (W5, W6, W11; S7 for loanwords KBBI respells): the curated list in
resources/dictionaries/baku.tsv, the meN-/peN- sound changes, and the Hijri year.

The Hunspell list accepts some non-standard forms (``tanggungjawab``, ``apapun``, ``kaos``,
``mempengaruhi``) and offers no fix for others (``silahkan``); the curated list names each
with its standard form and a source, so the checker reports it with a one-click fix. The
meN-/peN- forms whose k, p, s, t should melt are too many to list: W5 derives them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import FUNCTION_WORDS, POSITIONS, words
from kabar_desktop.check.loan_letters import DOUBLE_LETTERS, ENGLISH_LETTERS, english_respelt
from kabar_desktop.check.places import is_place_word
from kabar_desktop.check.rules import ERROR, N_, WARNING, Hit, keep_case, rule
from kabar_desktop.check.rules.foreign_words import in_quoted_name
from kabar_desktop.check.rules.form_contexts import adjectives_in_istis, ir_verbs, kan_apart
from kabar_desktop.check.rules.particles import particles_apart
from kabar_desktop.check.rules.verb_suffix import purpose_meningkat
from kabar_desktop.check.rules.words22_caps import person_words
from kabar_desktop.check.rules.words25_forms import opens_name
from kabar_desktop.check.tables import (
    FOREIGN_EQUIVALENTS,
    FOREIGN_WORDS,
    KEEPS_CONSONANT,
    NAMES_TOO,
    NONSTANDARD,
    NOT_IN_KBBI,
    STANDARD_FORMS,
)

if TYPE_CHECKING:
    from kabar_desktop.check.spelling import Speller

# (A root of one syllable after meng-/peng- is no melting k: 'pengki', KBBI's dustpan.)
_ELISION = re.compile(r"\b([MmPp]e)(n)([st])([aiueo]\w*)|\b([MmPp]e)(ng)(k)([aiueo]\w+)")
# "1445H": the Hijri year takes a space before its H (as "1445 H", like "2024 M").
_HIJRI = re.compile(r"(?<![\w.,])(1[34]\d\d)H\b")
_SPELLING = N_("The standard spelling is '{word}'.")
# Sentence openers before a listed word that is no name ("Selama Ramadhan", not "Ahmad …").
_NO_NAME = FUNCTION_WORDS | words(
    "bulan selama saat menjelang jelang memasuki setiap selamat sambut menyambut"
)
# Common heads of a season's events before it: "Puasa Ramadhan", "Pesantren Ramadhan" (heldout27).
_SEASON_HEADS = words("bulan puasa ibadah pesantren safari semarak suci sambut menyambut")
_SEASON_HEADS |= words("kegiatan momentum")  # "Kegiatan Ramadhan yang …" (session 39: 4 of 4)
# Offices' short forms: a name does not go on with one ("Puasa Ramadhan Lapas …" in a title).
_OFFICE_AFTER = words("lapas rutan bapas lpka rudenim kanim kanwil rupbasan kemenkumham kemenag")
_OFFICE_AFTER |= words("sosial")  # "menggelar Bhakti Sosial": an activity, no name (9 of 9)

Table = dict[str, str]
# A wrong form of several words, by its first word: (its words, the fix), longest first.
Phrases = dict[str, list[tuple[list[str], str]]]


def _phrases(table: Table) -> Phrases:
    out: Phrases = {}
    for wrong, right in table.items():
        parts = wrong.split()
        if len(parts) > 1:
            out.setdefault(parts[0], []).append((parts, right))
    for found in out.values():
        found.sort(key=lambda p: -len(p[0]))
    return out


def _apostrophes(table: Table) -> re.Pattern[str] | None:
    """``jum'at``, ``do'a``: the tokens split at the apostrophe, so these are found in the text
    (with a straight or a curly apostrophe)."""
    forms = [w for w in table if "'" in w]
    if not forms:
        return None
    alternatives = "|".join(re.escape(w).replace("'", "['’]") for w in forms)
    return re.compile(r"\b(" + alternatives + r")\b", re.IGNORECASE)


class Forms(NamedTuple):
    """One rule's wrong forms, ready to look up: single words, phrases, apostrophe forms."""

    words: Table
    phrases: Phrases
    apostrophes: re.Pattern[str] | None


def forms(table: Table) -> Forms:
    return Forms(table, _phrases(table), _apostrophes(table))


_W5, _W6, _W11 = forms(STANDARD_FORMS), forms(NONSTANDARD), forms(NOT_IN_KBBI)


def _strip_nya(word: str) -> tuple[str, str]:
    return (word[:-3], "nya") if word.endswith("nya") and len(word) > 5 else (word, "")


def _fix_case(doc: Doc, i: int, j: int, right: str) -> str:
    """The fix for tokens i..j in the writer's case. A capitalised form inside a sentence or
    a title, or a position before a name ("Walikota Kupang" → "Wali Kota Kupang"), belongs to
    a name or a title: each word of the fix takes a capital, function words excepted. At a
    sentence start only the first one does ("Terimakasih" → "Terima kasih")."""
    toks = doc.tokens
    first = toks[i]
    if not first.text[:1].isupper():
        return right
    titled = doc.paras[first.para].kind == "title" or not first.initial
    if not titled and right.split()[0].lower() in POSITIONS and j + 1 < len(toks):
        titled = doc.adjacent(toks[j], toks[j + 1]) and toks[j + 1].text[:1].isupper()
    if not titled:
        return keep_case(first.text, right)
    words = right.split(" ")
    return " ".join(
        w if k and w in FUNCTION_WORDS else keep_case(first.text, w) for k, w in enumerate(words)
    )


_HONORIFICS = words("h hj kh dr drs dra ir prof ust")
_DEGREE_AFTER = re.compile(r", (?:[SMD][1-3]?|Dr|Ir|Drs|Lc)\.(?: ?[A-Z][a-zA-Z]*\.?)?(?=[ ,.]|$)")


# Lowercase words a person's name follows, capitalised alone.
_NAME_INTRO = words(
    "adalah yakni yaitu oleh kepada bersama saudara sdr kata ujar tutur ungkap jelas tegas"
)


def _inside_name(doc: Doc, i: int, j: int) -> bool:
    """Tokens i..j capitalised beside another capitalised word: a name ("Ahmad Ramadhan",
    "Hari Bhakti Imigrasi"), not the word the list corrects."""
    toks = doc.tokens
    if not toks[i].text[:1].isupper():
        return False
    prev = toks[i - 1] if i else None
    before = prev is not None and doc.adjacent(prev, toks[i]) and prev.text[:1].isupper()
    if before and prev is not None and prev.initial and prev.text.lower() in _NO_NAME:
        before = False  # "Pada Ramadhan 1445 H", "Bulan Ramadhan": a sentence start
    if prev is not None and prev.text.lower() in _SEASON_HEADS:
        return False  # "Puasa Ramadhan", "Safari Ramadhan HBP ke-58": a month's common head
    if (
        prev is not None
        and prev.text.lower() in _HONORIFICS
        and doc.text[prev.end : toks[i].start] == ". "
    ):
        return True  # "H. Ramadhan", "Hj. Rizqiyah": a person's name after an honorific
    if _DEGREE_AFTER.match(doc.text, toks[j].end):
        return True  # "Ahmad Ramadhan, S.Ag": a name before a degree
    if prev is not None and prev.text in _NAME_INTRO:
        return True  # "instrukturnya adalah Sholeh dari LPK": a person named (probe82)
    if (
        prev is not None
        and prev.para == toks[i].para
        and doc.text[prev.end : toks[i].start] == ", "
        and doc.text[toks[j].end : toks[j].end + 1] == ","
        and prev.text.lower() not in FUNCTION_WORDS
    ):
        return True  # "Kepala Kantor Kemenag …, Sholeh, membuka …": a name set apart (p138)
    after = j + 1 < len(toks) and doc.adjacent(toks[j], toks[j + 1])
    if after and toks[j + 1].text.lower() in _OFFICE_AFTER:
        after = False
    return before or (after and toks[j + 1].text[:1].isupper())


def _phrase_at(doc: Doc, i: int, phrases: Phrases) -> tuple[int, str] | None:
    """(index of the phrase's last token, its fix) for a wrong form of several words at i."""
    toks = doc.tokens
    for parts, right in phrases.get(toks[i].text.lower(), ()):
        j = i + len(parts) - 1
        if j >= len(toks):
            continue
        seq = toks[i : j + 1]
        *heads, last = (t.text.lower() for t in seq)
        stem, nya = _strip_nya(last)
        if heads != parts[:-1] or parts[-1] not in (last, stem):
            continue
        if all(doc.adjacent(a, b) for a, b in pairwise(seq)):
            return j, right + (nya if parts[-1] != last else "")
    return None


def _reduplicated(word: str) -> str:
    """The base of a full reduplication ('nasehat-nasehat' → 'nasehat'), else ''."""
    left, dash, right = word.partition("-")
    return left if dash and left == right else ""


def _token_forms(doc: Doc) -> list[tuple[str, str, str, str]]:
    """Each token's lowercase form, its stem without -nya, the -nya, and its reduplication's
    base: read once per text for the lists table_hits goes through."""
    cached: list[tuple[str, str, str, str]] | None = getattr(doc, "_table_forms", None)
    if cached is None:
        cached = []
        for t in doc.tokens:
            low = t.text.lower()
            stem, nya = _strip_nya(low)
            cached.append((low, stem, nya, _reduplicated(stem)))
        doc._table_forms = cached  # type: ignore[attr-defined]
    return cached


def table_hits(doc: Doc, wrong_forms: Forms, message: str, names: bool = False) -> Iterator[Hit]:
    """Each wrong form in the text, with its fix; ``-nya`` after a listed word is kept
    (``resikonya`` → ``risikonya``). With ``names``, every listed word inside a capitalised
    name ('Upacara Sinergitas Pemasyarakatan') stays as the name has it."""
    table, phrases, apostrophes = wrong_forms
    toks = doc.tokens
    forms = _token_forms(doc)
    i = 0
    while i < len(toks):
        t = toks[i]
        low, stem, nya, base = forms[i]
        if low not in phrases and low not in table and stem not in table and base not in table:
            i += 1  # most words: no list names them (a 3,000-word check reads 14 lists)
            continue
        found = _phrase_at(doc, i, phrases)
        if found is None:
            if low in table:
                found = i, table[low]
            elif nya and stem in table:
                found = i, table[stem] + nya
            elif base in table:
                # Round 25: a full reduplication repeats its base ('ketrampilan-ketrampilan'):
                # the base's standard form stands in both halves.
                found = i, f"{table[base]}-{table[base]}{nya}"
        if found is None:
            i += 1
            continue
        j, right = found
        wrong = " ".join(x.text.lower() for x in toks[i : j + 1])
        named = names and doc.paras[t.para].kind != "title"  # a title's words are all capitalised
        name_word = _strip_nya(wrong)[0] in NAMES_TOO
        after_name = i and doc.adjacent(toks[i - 1], t) and toks[i - 1].text.istitle()
        if name_word and t.text.islower() and after_name and not toks[i - 1].initial:
            i = j + 1
            continue  # "Kiai Muhammad sholeh": a name's word typed in lowercase (probe59)
        if wrong == "mall" and t.text == "Mall" and after_name and not toks[i - 1].initial:
            i = j + 1
            continue  # "Manokwari City Mall", "Grand Mall": a business's English name
        if (not name_word and not named) or not _inside_name(doc, i, j):
            fixed = _fix_case(doc, i, j, right)
            yield Hit(t.start, toks[j].end, message, fixed, {"word": fixed})
        i = j + 1
    if apostrophes is not None:
        for m in apostrophes.finditer(doc.text):
            key = m.group().lower().replace("’", "'")
            if key in NAMES_TOO and m.group()[:1].isupper() and _named_around(doc.text, m):
                continue  # "Yayasan Al-Mi’raj Makmur Jaya": a foundation's name (heldout30)
            if key == "ta'lim" and _ARABIC_TITLE_AFTER.match(doc.text, m.end()):
                continue  # "Ta’lim al-Muta’allim": a book's Arabic title (heldout132)
            right = table[key]
            fixed = keep_case(m.group(), right)
            yield Hit(m.start(), m.end(), message, fixed, {"word": fixed})


_ARABIC_TITLE_AFTER = re.compile(r" (?:al-)?mu[a’']{0,2}t", re.IGNORECASE)  # muta’allim


def _named_around(text: str, m: re.Match[str]) -> bool:
    """The capitalised form is glued to 'Al-' or a capitalised word follows it: a name."""
    return text[max(0, m.start() - 3) : m.start()] == "Al-" or bool(
        re.match(r" [A-Z][a-z]", text[m.end() : m.end() + 3])
    )


def _short_forms() -> dict[str, str]:
    from kabar_desktop.check.spelling import speller

    return speller().lists.short_forms


@rule("W5", ERROR, N_("Standard word forms: k, p, s, t melt after meN- and peN-"))
def standard_forms(doc: Doc) -> Iterator[Hit]:
    message = N_("The standard form is '{word}'.")
    yield from table_hits(doc, _W5, message)
    for m in _ELISION.finditer(doc.text):
        word = m.group()
        i = doc.token_at(m.start())
        if word.lower().startswith(KEEPS_CONSONANT) or (
            word[0].isupper()
            and (i is None or not doc.tokens[i].initial or word.lower() in _short_forms())
        ):
            continue  # "Mensos", "Mentan": abbreviated titles, first in a sentence too (h164)
        if m.group(1):  # meN- + s → meny-, meN- + t → men-
            fixed = m.group(1) + ("ny" if m.group(3) == "s" else "n") + m.group(4)
        else:  # meng- + k → meng-
            fixed = m.group(5) + "ng" + m.group(8)
        yield Hit(m.start(), m.end(), message, fixed, {"word": fixed})
    yield from purpose_meningkat(doc)  # "untuk meningkat kesadaran" → "meningkatkan"


def _misspelt_proper_noun(lower: str) -> bool:
    """The row's standard form is itself a name (its capital in baku.tsv) and the wrong form
    is no person's name too (no ``nama``): 'Budha' in "Sidharta Budha Gautama" is the
    religion's name misspelt, not a given name (heldout167)."""
    return _W6[0].get(lower, "")[:1].isupper() and lower not in NAMES_TOO


def _in_english_name(doc: Doc, start: int, end: int) -> bool:
    """Capitalised English words stand on both sides of the span."""
    from kabar_desktop.check.rules.english_words import english_words

    before = re.search(r"([A-Z][a-z]+) $", doc.text[max(0, start - 20) : start])
    after = re.match(r" ([A-Z][a-z]+)\b", doc.text[end : end + 20])
    return bool(before and after) and all(
        m.group(1).lower() in english_words() for m in (before, after) if m
    )


@rule("W6", ERROR, N_("Frequent non-standard spellings"))
def nonstandard(doc: Doc) -> Iterator[Hit]:
    names = person_words(doc)
    for hit in table_hits(doc, _W6, _SPELLING):
        typed = doc.text[hit.start : hit.end]
        if typed in names and not _misspelt_proper_noun(typed.lower()):
            continue  # "Antri Astuti", then "Antri menambahkan": a person's name (round 22)
        if typed[:1].isupper() and _in_english_name(doc, hit.start, hit.end):
            continue  # "Public Health Tuberculosis Center": an English name's word (p119)
        yield hit
    yield from particles_apart(doc)  # "tidak lah" → "tidaklah"
    yield from kan_apart(doc)  # "itukan" → "itu kan"
    yield from adjectives_in_istis(doc)  # "aksi anarkis" → "aksi anarkistis"
    yield from ir_verbs(doc)  # "mengakomodir" → "mengakomodasi"
    for m in _HIJRI.finditer(doc.text):
        fixed = f"{m.group(1)} H"
        yield Hit(
            m.start(),
            m.end(),
            N_("A Hijri year takes a space before the H: '{word}'."),
            fixed,
            {"word": fixed},
        )


@rule("W11", WARNING, N_("Words KBBI does not list are replaced by the standard word"))
def not_in_kbbi(doc: Doc) -> Iterator[Hit]:
    """A direct quote keeps the speaker's own derivation of the standard word ("“Ini
    dikarenakan …,” ujarnya": karena, "sinergitas": sinergi); a foreign piece mixed into a
    quote ("over kapasitas") is still reported."""
    for hit in table_hits(
        doc,
        _W11,
        N_("KBBI does not list this word: write '{word}', rewording the sentence if need be."),
        names=True,
    ):
        word = doc.text[hit.start : hit.end]
        if word.lower() in _QUOTED_TOO or not (
            _derived_from(word, hit.suggestion) and doc.in_quote(hit.start, hit.end)
        ):
            yield hit


# Reported in a quote too: the sets mark 'sinergitas' there 10 of 15 times (session 22),
# where they leave the speaker's 'dikarenakan' 8 of 9.
_QUOTED_TOO = frozenset({"sinergitas"})


def _derived_from(wrong: str, fix: str | None) -> bool:
    """Whether the wrong form is built on the fix's own word (dikarenakan on karena)."""
    head = (fix or "").split(" ")[0].lower()
    return len(head) >= 4 and head in wrong.lower()


# S7: KBBI spells loanwords as Indonesian sounds them: Arabic dh, dz and q are d, z and k
# (Ramadhan → Ramadan, adzan → azan, taqwa → takwa), a final -ts is -s (hadits → hadis),
# th is t (methode → metode), and a final -y after a vowel is -i (siomay → siomai, survey →
# survei). A word the lists do not know whose respelling they do is that word.
_LOAN_SOUNDS = (("dh", "d"), ("dz", "z"), ("q", "k"), ("th", "t"))
_LOAN_END = re.compile(r"(?:(?<=[aeou])y|(?<=t)s)$")
_LOAN_LETTERS = re.compile(r"dh|dz|q|th|[aeou]y$|ts$")


def _respelt(lower: str) -> str | None:
    """``lower`` with every foreign spelling of KBBI's loan rules made Indonesian. Short
    English words stay as they are ('thank' is no 'tank', 'pets' no 'pes'): th and a final
    -ts are respelt in longer words only."""
    out = lower
    for old, new in _LOAN_SOUNDS:
        if old != "th" or len(lower) >= 6:
            out = out.replace(old, new)
    if len(lower) >= 5 or not lower.endswith("ts"):
        out = _LOAN_END.sub(lambda m: "i" if m.group() == "y" else "", out)
    return out if out != lower else None


@rule("S7", WARNING, N_("Loanwords take KBBI's spelling: 'Ramadan', 'siomai', 'hadis'"))
def loan_spelling(doc: Doc) -> Iterator[Hit]:
    """A capitalised word is read only where it cannot be a name: at a sentence's start when
    it is never capitalised mid-sentence, or when the article also writes it in lowercase
    (a title's 'Siomay' over the body's 'siomay'); 'Budhi' stays a man's name."""
    from kabar_desktop.check.spelling import speller

    sp = None
    text = doc.text
    lowercase: set[str] | None = None
    for t in doc.tokens:
        word = t.text
        if (
            len(word) < 4
            or not word.isalpha()
            or not (_LOAN_LETTERS.search(word.lower()) or ENGLISH_LETTERS.search(word.lower()))
        ):
            continue
        if doc.is_italic(t.start, t.end) or word in doc.given_names:
            continue
        lower = word.lower()
        if word != lower:
            if word[1:] != lower[1:]:
                continue  # an acronym or a name in capitals
            if lowercase is None:
                lowercase = {x.text for x in doc.tokens if x.text.islower()}
            if lower not in lowercase and not (t.initial and word not in doc.names):
                continue
            if lower not in lowercase and opens_name(doc, t):
                continue  # round 25: "Dharma Wanita Persatuan …": a name keeps its spelling
            if in_quoted_name(doc, t.start):
                continue  # '“Immigration Goes to School”': a programme's name (heldout44)
        if text[t.end : t.end + 1] in ("'", "’", "-") or text[t.start - 1 : t.start] in _JOINS:
            continue  # "Qur'an", "Al-Qadr", "Ra'adhu": a name's spelling
        english = None if (fixed := _respelt(lower)) else english_respelt(lower)
        if english and lower.endswith(("kan", "nya")):
            continue  # probe138: "dicocokan" is 'dicocokkan' (S1's), no English 'dikokokan'
        fixed = fixed or english
        if english and english == DOUBLE_LETTERS.sub(r"\1", lower) and _person_name(doc, lower):
            continue  # probe99: "Donni Isa Dermawan … ungkap donni": a man's own spelling
        if fixed is None or lower in NONSTANDARD or is_place_word(lower):
            continue  # W6 has its own fix; 'Sanggau' is a regency's name (probe66)
        sp = sp or speller()
        if sp.known(lower) or not sp.attested(fixed) or lower in sp.lists.short_forms:
            continue  # "curas": the short form of a crime the list knows (probe156)
        if english and _in_english_phrase(doc, t, sp):
            continue  # "call center", "door to door": an English phrase, not a loan
        if english and FOREIGN_EQUIVALENTS.get(lower, fixed) != fixed:
            continue  # "security": W9 gives KBBI's own word ("keamanan"), not a false friend
        fixed = keep_case(word, fixed)
        yield Hit(t.start, t.end, _SPELLING, fixed, {"word": fixed})


_JOINS = ("-", "'", "’")  # the marks that join a name's parts


def _person_name(doc: Doc, lower: str) -> bool:
    """Whether the article writes ``lower`` capitalised as often as not, and once inside a
    name of several words ("Donni Isa Dermawan", "Majlis Taklim Fatkhul Jannah"): a doubled
    letter there is the name's own spelling (probe99, probe103)."""
    toks = doc.tokens
    same = doc.same_words(lower)
    capital = [i for i in same if toks[i].text[0].isupper()]
    if 2 * len(capital) < len(same):
        return False
    return any(
        0 <= k < len(toks)
        and doc.adjacent(toks[min(i, k)], toks[max(i, k)])
        and toks[k].text[:1].isupper()
        and toks[k].text[1:].islower()
        and not toks[k].initial
        for i in capital
        for k in (i - 1, i + 1)
    )


_ENGLISH_GLUE = words("the of and to for in on at by with")


def _in_english_phrase(doc: Doc, t: Token, sp: Speller) -> bool:
    """Whether a word beside ``t`` is English too: one the word list does not know, an
    English function word or spelled the English way ("call center", "door to door"); a
    mistyped Indonesian neighbour ("diruang kerjannya") is none."""
    i = doc.token_at(t.start)
    if i is None:
        return False
    toks = doc.tokens
    for k in (i - 1, i + 1):
        if 0 <= k < len(toks) and doc.adjacent(toks[min(i, k)], toks[max(i, k)]):
            word = toks[k].text
            if not (word.isalpha() and word.islower()) or sp.known(word):
                continue
            if word in _ENGLISH_GLUE or ENGLISH_LETTERS.search(word) or word in FOREIGN_WORDS:
                return True  # round 26: "community house" (W9's)
    return False
