"""How offices' classes, the pronoun 'Anda' and numeric dates are written (issue 13, round 7).

K29: an office of the Ministry is ranked by class, written 'Kelas' and a Roman numeral with
its letter: 'Lapas Kelas IIB Pasuruan'. Writers drop the word ('Lapas 2B Pasuruan'), type the
class in digits after an office K23 does not know ('Kanim Kelas 1', 'Lapas Narkotika Kelas
2A', 'Rutan Klas 2B') or in words ('Lapas Kelas dua'). The generic 'kantor imigrasi'
('melapor ke kantor Imigrasi terdekat') names no office: no capital in it.
K30: 'Anda' is always capitalised (KBBI, EYD V), in a speaker's words too.
N10: a numeric date pads its day and month alike: '(9/01/2023)' is '(9/1/2023)'.
N11: a numeric date with its slash but no year, '(15/12/)', lost the year.
N12: a date in brackets takes slashes, without spaces: '(9-1-2023)' is '(9/1/2023)'; a
month or a weekday one slip from its name in a date is that name ('5 Febuari 2024').
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import MONTHS, SCHOOL_FORMS, WEEKDAYS, words
from kabar_desktop.check.rules import ERROR, N_, WARNING, Hit, rule
from kabar_desktop.check.rules.numbers import _COUNTED_N1 as COUNTED
from kabar_desktop.check.rules.phrase_slips import _CLASSED
from kabar_desktop.check.suggest import edits
from kabar_desktop.check.tables import NONSTANDARD

# The offices ranked by class (Permenkumham on UPT organisation): their short forms and the
# last word of their full names.
_OFFICES = "Lapas|Rutan|Bapas|LPKA|LPP|Rupbasan|Kanim"
_HEADS = words(
    "lapas rutan bapas lpka lpp rupbasan kanim imigrasi pemasyarakatan narkotika perempuan"
    " anak negara tahanan"
)
_SHORT_FORMS = frozenset(_OFFICES.lower().split("|"))  # offices even in lowercase ("lapas")
_ROMAN = {"1": "I", "2": "II", "3": "III", "11": "II", "satu": "I", "dua": "II", "tiga": "III"}
# "Lapas 2B Pasuruan": a short form, the class in digits, then the place (or its letter).
_BARE_CLASS = re.compile(
    rf"\b({_OFFICES}) ([1-3])(?:([AB])\b| ?([AB])(?= [A-Z])|(?= [A-Z][a-z]))(?![\w/.,-])"
)
# "Kanim Kelas 1 Malang", "Rutan Klas 2B", "Lapas Kelas dua", "Kelas IIb", "Kelas 2-B",
# "Kelas 11 A" (ones for the Roman I): the word, then a class not written as the name has it.
_CLASS_WORD = re.compile(
    r"\b([Kk]elas|[Kk]las) ([1-3]|11|satu|dua|tiga|[Ii]{1,3}|[Ii][Vv])([ -]?)([AaBb])?(?![\w/.,-])"
)
# "ke kantor Imigrasi terdekat", "rumah Tahanan yang …": the head in lowercase, the rest
# capitalised, then no name (a lowercase word other than a class, or a stop).
_GENERIC_OFFICE = re.compile(
    r"\b(?:kantor (?:Imigrasi|Wilayah)|lembaga Pemasyarakatan|rumah Tahanan|balai Pemasyarakatan)"
    r"(?= (?!kelas\b)[a-z]|[,.;:])"
)


# Other offices ranked by class, after their acronym or their kind: "KSOP Kelas 1 Banten",
# "Pengadilan Agama Kelas 1 A", "Stasiun Klimatologi kelas IV" (K29 7 of 8, K10 11 of 11,
# session 35); not a school's grade ("SDN kelas 2").
_RANKED_KINDS = words("agama karantina pertanian pelabuhan klimatologi meteorologi geofisika")


def ranked_office_word(word: str) -> bool:
    """``word`` (a bracket or comma around it allowed) may stand before an office's class."""
    bare = word.strip(",()")
    if bare.lower() in _RANKED_KINDS:
        return bare[:1].isupper()
    return bare.isupper() and len(bare) >= 3 and bare.lower() not in SCHOOL_FORMS


def _class_fix(numeral: str, letter: str | None) -> str:
    roman = _ROMAN.get(numeral.lower(), numeral.upper())
    return "Kelas " + roman + (letter or "").upper()


def _left_to_others(m: re.Match, words: list[str]) -> bool:
    """The forms other rules report: a right class after 'Klas' (W6's), a Roman class
    written apart with its capital letter (K10's 'Kelas II B'), digits after an office K23
    knows ('Lapas kelas 2B')."""
    numeral, sep, letter = m.group(2), m.group(3), m.group(4) or ""
    roman = numeral.isupper() and not numeral.isdigit()
    if roman and letter.upper() == letter:
        return sep == "" or bool(letter)  # right, or K10's (a lone 'Kelas II ' is right too)
    digits = numeral in ("1", "2", "3") and sep != "-"
    if numeral == "11" and not letter:
        return True  # "kelas 11": a school's grade
    return digits and m.group(1).lower() == "kelas" and bool(words) and words[-1] in _CLASSED


@rule("K29", ERROR, N_("An office's class is written 'Kelas IIB'; a generic office is lowercase"))
def office_class(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    message = N_("An office's class is written with 'Kelas' and a Roman numeral: '{fix}'.")
    for para in doc.paras:
        if para.kind == "caption":
            continue
        for m in _BARE_CLASS.finditer(text, para.start, para.end):
            after = text[m.end() : m.end() + 20].split()
            if not (m.group(3) or m.group(4)) and after and after[0].lower() in COUNTED:
                continue  # "Lapas 2 Kali Raih …" in a title: a count
            fixed = m.group(1) + " " + _class_fix(m.group(2), m.group(3) or m.group(4))
            yield Hit(m.start(), m.end(), message, fixed, {"fix": fixed})
        for m in _CLASS_WORD.finditer(text, para.start, para.end):
            seg = text[max(para.start, m.start() - 40) : m.start()]
            if ". " in seg:  # this sentence's words, its first one's capital no name's:
                seg = seg.rsplit(". ", 1)[-1].lower()  # "… DT (…). Anak kelas 2" (heldout161)
            before = seg.split()[-3:]
            words = [w.lower().strip(",()") for w in before]
            named = any(
                w in _SHORT_FORMS or w in _HEADS and b[:1].isupper() or ranked_office_word(b)
                for w, b in zip(words, before, strict=True)
            )
            # K23 reads the word before as it stands, a bracket kept: "(Bapas) kelas 1" is ours.
            k23_words = [w.lower().strip(",") for w in before]
            if not named or _left_to_others(m, k23_words):
                continue  # "siswa kelas 2 SD", "anak kelas 2": a school's class
            if m.group(2).isalpha() and not re.match(r" [A-Z]", text[m.end() : m.end() + 2]):
                continue  # "kelas dua" with no name after it: not surely a class
            fixed = _class_fix(m.group(2), m.group(4))
            yield Hit(m.start(), m.end(), message, fixed, {"fix": fixed})
        if para.kind == "title":
            continue
        for m in _GENERIC_OFFICE.finditer(text, para.start, para.end):
            fixed = m.group().lower()
            yield Hit(
                m.start(),
                m.end(),
                N_("'{word}' names no one office here: lowercase, '{fix}'."),
                fixed,
                {"word": m.group(), "fix": fixed},
            )


_ANDA = re.compile(r"(?<![\w-])anda(?:lah|pun)?(?![\w-])")


@rule("K30", ERROR, N_("'Anda' is capitalised"))
def anda(doc: Doc) -> Iterator[Hit]:
    """In a speaker's words too: the capital is the word's spelling, not the writer's style."""
    for para in doc.paras:
        for m in _ANDA.finditer(doc.text, para.start, para.end):
            if doc.is_italic(m.start(), m.end()) or _in_address(doc.text, m.start(), m.end()):
                continue
            fixed = "A" + m.group()[1:]
            yield Hit(
                m.start(),
                m.end(),
                N_("'Anda' always starts with a capital letter: '{fix}'."),
                fixed,
                {"fix": fixed},
            )


def _in_address(text: str, start: int, end: int) -> bool:
    """Inside a web or mail address ('www.anda.id'): the letters are the address's."""
    left = text.rfind(" ", 0, start) + 1
    right = text.find(" ", end)
    chunk = text[left : right if right != -1 else len(text)].rstrip(".,;:)")
    return any(c in chunk for c in "./@")


# "(9/01/2023)": the day unpadded, the month padded (or the other way round).
_NUMERIC = re.compile(r"\((\d{1,2})/(\d{1,2})/(\d{4})\)")


@rule("N10", WARNING, N_("A numeric date pads its day and month alike"))
def mixed_padding(doc: Doc) -> Iterator[Hit]:
    for para in doc.paras:
        for m in _NUMERIC.finditer(doc.text, para.start, para.end):
            day, month = m.group(1), m.group(2)
            padded = [len(p) == 2 and p[0] == "0" for p in (day, month)]
            short = [len(p) == 1 for p in (day, month)]
            if not ((padded[0] and short[1]) or (padded[1] and short[0])):
                continue
            fixed = f"({int(day)}/{int(month)}/{m.group(3)})"
            yield Hit(
                m.start(),
                m.end(),
                N_("The day and the month are written alike, without a leading zero: '{fix}'."),
                fixed,
                {"fix": fixed},
            )


_NO_YEAR = re.compile(r"\((\d{1,2})/(\d{1,2})/\)")


@rule("N11", ERROR, N_("A numeric date keeps its year"))
def lost_year(doc: Doc) -> Iterator[Hit]:
    for m in _NO_YEAR.finditer(doc.text):
        if 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12:
            yield Hit(m.start(), m.end(), N_("The date lost its year after the slash."))


# "(9-1-2023)", "(9.1.2023)", "(9/1/ 2023)": the numeric date with other marks or spaces.
_OTHER_MARKS = re.compile(r"\((\d{1,2}) ?([-./]) ?(\d{1,2}) ?([-./]) ?((?:19|20)\d{2})\)")


@rule("N12", ERROR, N_("A date is written '(9/1/2023)' or '9 Januari 2023', names spelled right"))
def date_marks(doc: Doc) -> Iterator[Hit]:
    yield from _misspelt_names(doc)
    for m in _OTHER_MARKS.finditer(doc.text):
        day, first, month, second, year = m.groups()
        fixed = f"({day}/{month}/{year})"
        if m.group() == fixed or (first == "/" and second == "-" and " " not in m.group()):
            continue  # right, or N5's "(26/2-2020)"
        if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
            continue
        yield Hit(
            m.start(),
            m.end(),
            N_("A date in brackets takes slashes and no spaces: '{fix}'."),
            fixed,
            {"fix": fixed},
        )


# "5 Febuari 2024", "akhir Septenber 2018", "Rabo (3/1/2024)", "Jumát (27/10)": a
# capitalised word where a date has its month or its weekday (an accent is a slip too).
_MONTH_SLOT = re.compile(
    r"\b(?:\d{1,2}|akhir|awal|pertengahan|bulan) ([A-Z][a-z]{2,9}) (?:19|20)\d{2}\b"
)
_WEEKDAY_SLOT = re.compile(
    r"\b([A-Z][^\W\d_]{2,7}),? (?:\(\d{1,2}/\d{1,2}[/)]|\d{1,2} [A-Z][a-z]+ \d{4})"
)


def _misspelt_names(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for pattern, names in ((_MONTH_SLOT, MONTHS), (_WEEKDAY_SLOT, WEEKDAYS)):
        for m in pattern.finditer(text):
            word = m.group(1)
            if word in names or word.lower() in NONSTANDARD or word in doc.given_names:
                continue  # right, or W6's ("Nopember")
            bare = unicodedata.normalize("NFD", word).encode("ascii", "ignore").decode()
            near = [n for n in names if n == bare or word.lower() in edits(n.lower())]
            if len(near) != 1:
                continue
            yield Hit(
                m.start(1),
                m.end(1),
                N_("In a date this is '{fix}'."),
                near[0],
                {"fix": near[0]},
            )
