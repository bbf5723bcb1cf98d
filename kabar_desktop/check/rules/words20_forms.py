"""Round 20 of issue 13, words and numbers (tests in tests/check/test_rules_round20_words.py).

- K7: a language's name is a name (EYD V, huruf kapital: names of peoples, tribes and
  languages take a capital), so after ``bahasa`` it is written with its capital
  (``dalam bahasa inggris`` → ``bahasa Inggris``), as K7 already writes ``bahasa`` lowercase.
  The list is of the language names KBBI gives (not of any corpus's words); words that are
  also common words after ``bahasa`` (``bahasa tubuh``, ``bahasa daerah``) are not in it.
- N3: a figure of four digits or more that counts something takes the thousands stop.
  numbers read it after a counted noun of the list; a count is also what follows
  ``sebanyak``/``sejumlah``/``berjumlah`` (words that never introduce a year), and what
  stands before an initialism of people or things (``1174 WBP``, ``2500 ASN``) unless the
  figure reads as a year (19xx, 20xx: ``pada 2024 KPU …``), a number of a document or a
  vehicle's plate (``N 1030 SP``).
- S9: a country of a list of countries written in a foreign spelling takes KBBI's name
  (``Ethopia`` → ``Etiopia``, ``Philiphina`` → ``Filipina``).
- S1: a capitalised word set off before a position (``Niko, Kasubsi …,``) is a name.
- W4: ``e-`` (electronic) before an initialism takes its hyphen as the other bound forms do
  before a capital (``eKTP`` → ``e-KTP``, ``eSPT`` → ``e-SPT``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import COUNTRIES, LANGUAGES, POSITIONS
from kabar_desktop.check.rules import ERROR, N_, Hit, rule
from kabar_desktop.check.rules.case_reading import capitalised, in_name, in_title
from kabar_desktop.check.rules.headline import headline

_LANGUAGE = re.compile(
    r"\b[Bb]ahasa (" + "|".join(sorted(LANGUAGES, key=len, reverse=True)) + r")\b(?!-)"
)


def language_names(doc: Doc) -> Iterator[Hit]:
    """K7: 'bahasa inggris' → 'bahasa Inggris'."""
    text = doc.text
    for m in _LANGUAGE.finditer(text):
        name = m.group(1)
        fixed = name[0].upper() + name[1:]
        yield Hit(
            m.start(1),
            m.end(1),
            N_("The name of a language starts with a capital letter: '{word}'."),
            fixed,
            {"word": fixed},
        )


# The offices of the language agency: 'Balai Bahasa Provinsi Bali' names the office, not a
# language (heldout381, session 35).
_LANGUAGE_OFFICES = frozenset(("Balai", "Badan", "Kantor"))


@rule("K7", ERROR, N_("'bahasa' is lowercase before a language's name"))
def bahasa(doc: Doc) -> Iterator[Hit]:
    """'Bahasa Indonesia' in mid-sentence → 'bahasa Indonesia'; moved whole from capitals.py
    (session 35) to stand with the language names it shares its id with."""
    toks = doc.tokens
    for i, t in enumerate(toks[:-1]):
        if t.text != "Bahasa" or t.initial or in_title(doc, t) or in_name(doc, i):
            continue
        if headline(doc, t.para) or doc.text[t.start - 2 : t.start] == ") ":
            continue  # "(MGMP) Bahasa Jawa": a body's name after its short form (heldout138)
        if i and toks[i - 1].text in _LANGUAGE_OFFICES and doc.adjacent(toks[i - 1], t):
            continue
        nxt = toks[i + 1]
        if doc.adjacent(t, nxt) and capitalised(nxt):
            yield Hit(
                t.start,
                t.end,
                N_("'bahasa' is written in lowercase before the name of a language."),
                "bahasa",
            )
    yield from language_names(doc)  # round 20: 'bahasa inggris' → 'bahasa Inggris'


_COUNT_WORD = re.compile(
    r"\b(?:[Ss]ebanyak|[Ss]ejumlah|[Bb]erjumlah) (?:total )?([1-9]\d{3,})(?![\d.,]?\d|[\w/-])"
)
_BEFORE_INITIALISM = re.compile(
    r"(?<![\w.,/:-])([1-9]\d{3,}) (?=(?!WIB|WITA|WIT)[A-Z]{2,5}\b(?![.\-/]\w))"
)  # not a time before its zone ('pukul 1500 WIB' is N4's)
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d$")
# A figure before a lowercase word that no year can be ("mencapai 6638 paspor baru",
# heldout21): 2100 or more (six digits read at most: the sum is never needed whole).
_BEFORE_WORD = re.compile(r"(?<![\w.,/:-])([1-9]\d{3,})(?![\w.,/:-]) (?=[a-z])")
_NO_YEAR = 2100
# A number of a document or a code, and a vehicle's plate ('N 1030 SP': one or two letters of
# the region before the figure).
_NUMBER_WORD = re.compile(
    r"(?:\b(?:[Nn]o|[Nn]omor|[Pp]asal|[Nn]o\.|[Kk]ode|NIP|NIK)\.? ?|(?<![\w.])[A-Z]{1,2} )$"
)


def counted_figures(text: str) -> Iterator[tuple[int, int]]:
    """Spans of ungrouped figures of four digits or more that count something."""
    for m in _COUNT_WORD.finditer(text):
        yield m.start(1), m.end(1)
    for m in _BEFORE_INITIALISM.finditer(text):
        figure = m.group(1)
        if _YEAR_LIKE.match(figure) or _NUMBER_WORD.search(text, max(0, m.start() - 8), m.start()):
            continue  # "pada 2024 KPU …": a year; "Nomor 1234 ABC": a document's number
        yield m.start(1), m.end(1)
    for m in _BEFORE_WORD.finditer(text):
        figure = m.group(1)
        numbered = _NUMBER_WORD.search(text, max(0, m.start() - 8), m.start())
        if int(figure[:6]) < _NO_YEAR or numbered:
            continue  # "sejak 1870 dengan", "Nomor 4521 tentang": a year or a document's number
        yield m.start(1), m.end(1)


_E_INITIALISM = re.compile(r"(?<![\w-])e([A-Z]{2,5})\b(?!-|\.\w)")  # not an address


def electronic_initialisms(doc: Doc) -> Iterator[Hit]:
    """W4: 'eKTP' → 'e-KTP'; 'KUAnya' → 'KUA-nya' (EYD V: a suffix after an initialism in
    capitals takes a hyphen; heldout85)."""
    for m in _E_INITIALISM.finditer(doc.text):
        fixed = f"e-{m.group(1)}"
        yield Hit(
            m.start(),
            m.end(),
            N_("Before a capital letter the bound form takes a hyphen: '{word}'."),
            fixed,
            {"word": fixed},
        )
    for m in _KTP_EL.finditer(doc.text):  # the sets mark 'KTP-El' 5 times of 5 (session 23)
        msg = N_("The electronic identity card is written '{word}' (Permendagri).")
        yield Hit(m.start(), m.end(), msg, "KTP-el", {"word": "KTP-el"})
    if "nya" not in doc.text:
        return
    from kabar_desktop.check.spelling import speller

    short = speller().lists.short_forms
    for m in _INITIALISM_NYA.finditer(doc.text):
        # 'KUA'; 'Lapas' is a word: 'Lapasnya'. Capitals the list lacks are an initialism
        # too ('IQnya', heldout155): a word's own letters are not typed in capitals.
        listed = short.get(m.group(1).lower())
        if listed is None or listed.isupper():
            fixed = f"{m.group(1)}-nya"
            msg = N_("A suffix after an initialism takes a hyphen: '{word}'.")
            yield Hit(m.start(), m.end(), msg, fixed, {"word": fixed})


_INITIALISM_NYA = re.compile(r"\b([A-Z]{2,6})nya\b")
# and "KTP el", spaced (session 41: 7 of 7 marked)
_KTP_EL = re.compile(r"\bKTP[- ](?:EL|El|eL)\b|\bKTPel\b|\bKTP el\b")


# S9: a country's name in a list of countries is written as KBBI names the country
# (EYD V: the Indonesian form of a foreign geographical name; KBBI: Etiopia, Filipina,
# Afganistan, Libanon): a capitalised word no list knows, beside a country of the list, that
# is one letter from a country once the foreign letters are read as Indonesian writes them
# (ph → f, th → t, gh → g, kh stays, doubled letters single: 'Ethopia', 'Philiphina').
_FOREIGN_LETTERS = (("ph", "f"), ("th", "t"), ("gh", "g"), ("q", "k"), ("ch", "k"))
_LIST_GAP = re.compile(r"(?:,| dan|, dan| serta|, serta) ?$")


def _indonesian_letters(lower: str) -> str:
    for foreign, ours in _FOREIGN_LETTERS:
        lower = lower.replace(foreign, ours)
    return re.sub(r"(\w)\1", r"\1", lower)


def _one_apart(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are at most one edit apart (insert, delete, replace)."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + 1 :] == b[i + 1 :] if len(a) == len(b) else a[i:] == b[i + 1 :]


def _country(word: str) -> bool:
    return word[:1].isupper() and word.lower() in COUNTRIES


_JOINERS = frozenset({"dan", "serta", "atau"})
# A count after a list's item ("Mongolia 2 orang, Iran 1 orang", heldout32).
_COUNTED = frozenset({"orang", "warga", "jiwa"})
_COUNT_IN_GAP = re.compile(r"^ \d+ (?:orang|warga|jiwa)")


def _neighbours(toks: list, text: str, i: int, reach: int = 3) -> Iterator:
    """The one-word list items up to ``reach`` places before and after token ``i``, while
    each is parted from the next by a list's comma or 'dan'/'serta' ('Eritrea, Philiphina':
    the list of countries goes on past a country the table lacks)."""
    for step in (-1, 1):
        k = i
        for _ in range(reach):
            j = k + step
            while 0 <= j < len(toks) and (toks[j].text in _JOINERS or toks[j].text in _COUNTED):
                j += step  # "Iran 1 orang, Urganda 2 orang": a count after each item
            if not 0 <= j < len(toks):
                break
            left, right = (toks[j], toks[k]) if step < 0 else (toks[k], toks[j])
            gap = _COUNT_IN_GAP.sub("", text[left.end : right.start].rstrip() + " ")
            if _LIST_GAP.match(gap) is None:
                break
            yield toks[j]
            k = j


def country_spellings(doc: Doc) -> Iterator[tuple[int, int, str]]:
    """(start, end, KBBI's name) of a country misspelt in a list of countries."""
    from kabar_desktop.check.spelling import speller

    toks = doc.tokens
    text = doc.text
    check = speller()
    for i, t in enumerate(toks):
        word = t.text
        lower = word.lower()
        if len(word) < 5 or not word[0].isupper() or not word[1:].islower() or lower in COUNTRIES:
            continue
        in_list = any(_country(other.text) for other in _neighbours(toks, text, i))
        if not in_list or check.known(lower):
            continue
        ours = _indonesian_letters(lower)
        near = [c for c in COUNTRIES if " " not in c and len(c) >= 5 and _one_apart(ours, c)]
        if len(near) == 1:
            yield t.start, t.end, near[0][0].upper() + near[0][1:]


# S1: a capitalised word set off by commas before a position ('Niko, Kasubsi Pelayanan
# Tahanan, menambahkan …') is the name of the person the apposition describes (EYD V: an
# apposition is set off by commas), not a misspelt word: no word of the lists stands there.
_APPOSED = re.compile(r", (?:(?:Plt|Plh)\.? )?([A-Z][a-z]+)\b[^,.;:!?\n]{0,80},")


def apposed_name(doc: Doc, end: int) -> bool:
    """Whether the word ending at ``end`` is followed by ', <Position> …,', or by what sets
    off a person's name: ', salah seorang WBP', an age (', 61,'), ', warga …' (probe46)."""
    m = _APPOSED.match(doc.text, end)
    if m is not None and m.group(1).lower() in POSITIONS:
        return True
    from kabar_desktop.check.rules.name_readings import PERSON_AFTER

    return PERSON_AFTER.match(doc.text, end) is not None
