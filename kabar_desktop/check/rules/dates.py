"""The event's date (N5: one form with its year, the weekday that matches it, a range of days
with its dash), the date after its weekday in the house form (N7), and a spelt-out month's
day without a leading zero (N8).

The house style writes the event's date as `Rabu (25/9/2024)`: the weekday, then day/month/
year in brackets. A weekday run straight into a spelt-out date ('Kamis 1 April 2021') or into
bare slashes ('Kamis, 27/06/2024') reads as neither that form nor EYD V's 'Kamis, 1 April
2021'. A day before a month's name is a plain number: '4 Juli 2024', never '04 Juli 2024'
(EYD V; zero padding is an office's choice for the numeric form only).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import (
    ATTRIBUTION_VERBS,
    MONTH_ALTERNATION,
    MONTH_NUMBER,
    MONTHS,
    WEEKDAY_ALTERNATION,
    WEEKDAYS,
)
from kabar_desktop.check.rules import ERROR, N_, WARNING, Hit, rule
from kabar_desktop.check.rules.date_years import (
    bracketed_weekday_without_year,
    mistyped_year,
    year_slip,
)
from kabar_desktop.check.rules.words17_dates import bracketed_ranges, lone_weekdays
from kabar_desktop.check.rules.words19_dates import dates19, written_out_day

_WEEKDAY, _MONTH = WEEKDAY_ALTERNATION, MONTH_ALTERNATION
# '6 Oktober dan 7 Oktober 2020': the pair's last date carries the year for both.
_PAIRED_YEAR = re.compile(
    rf"\s*(?:(?:dan|serta) (?:[a-z]+ ){{0,3}})?"  # "11 Agustus dan berlangsung hingga 16 …" (h226)
    rf"(?:dan|serta|hingga|sampai(?: dengan)?|s\.d\.?|[-–])\s*(?:(?:hari )?(?:{_WEEKDAY}),? )?"
    rf"\d{{1,2}} (?:{_MONTH})"  # "Senin 21 Juni hingga Sabtu 3 Juli 2021" (probe118)
    rf" (?:[Tt]ahun )?\d{{4}}\b",  # "4 April -18 April Tahun 2023" (probe70)
    re.IGNORECASE,
)


def _shares_year(doc: Doc, end: int) -> bool:
    return _PAIRED_YEAR.match(doc.text, end) is not None


# Round 24: "Jum'at", "Jum’at" is the weekday Jumat typed with the Arabic 'ain (W6 asks
# for KBBI's form); its date is read as any other.
_WEEKDAY_TYPED = _WEEKDAY.replace("Jumat", "Jum['’]?at") + "|Ahad"  # KBBI: Ahad, Minggu
_NUMERIC_DATE = re.compile(
    rf"(?:\b((?i:{_WEEKDAY_TYPED}))(?: (?:pagi|siang|sore|malam))?,? )?"  # "Sabtu pagi (28/12)"
    rf"\((\d{{1,2}})/(\d{{1,2}})(?:[/-](\d{{4}}|\d{{2}}))?\)"
    rf"|\b(\d{{1,2}})/(\d{{1,2}})/(\d{{4}})\b"
)
# An ordinal is no day: "HAB ke-77 Januari mendatang" counts anniversaries, not days.
_LONG_DATE = re.compile(
    rf"\b(?:({_WEEKDAY}),? )?(?<![Kk]e-)(\d{{1,2}}) ({_MONTH})(?: (\d{{4}}))?\b"
)


@dataclass(frozen=True)
class _Date:
    """A date written in the text, with its weekday when one is given."""

    start: int
    end: int
    weekday: str | None
    weekday_end: int
    day: int
    month: int
    year: int | None
    form: str
    caption: bool

    def value(self) -> dt.date | None:
        if self.year is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None


def _dates(doc: Doc) -> list[_Date]:
    out = []
    for para in doc.paras:
        caption = para.kind == "caption"
        for m in _NUMERIC_DATE.finditer(doc.text, para.start, para.end):
            if not m.group(2) and "/" in doc.text[m.start() - 1 : m.start()] + doc.text[m.end()]:
                continue  # "400.7.1.4/4/1289/419.108/2024": a certificate's number (p150)
            if m.group(2):
                weekday, d, mo, y = m.group(1), m.group(2), m.group(3), m.group(4)
                form = "numeric"
            else:
                weekday, d, mo, y = None, m.group(5), m.group(6), m.group(7)
                form = "slashes"
            if d.startswith("0") or mo.startswith("0"):
                form += "-padded"
            wend = m.start() + len(weekday) if weekday else m.start()
            day_name = weekday.capitalize() if weekday else None  # K8 asks for the capital
            if day_name and not day_name.isalpha():
                day_name = day_name.replace("'", "").replace("’", "")  # "Jum’at": Jumat
            if day_name == "Ahad":
                day_name = "Minggu"  # the same day (heldout25: "Ahad (22/4)")
            out.append(
                _Date(m.start(), m.end(), day_name, wend, int(d), int(mo), _year(y), form, caption)
            )
        for m in _LONG_DATE.finditer(doc.text, para.start, para.end):
            weekday, d, month, y = m.groups()
            wend = m.start() + len(weekday) if weekday else m.start()
            out.append(
                _Date(
                    m.start(),
                    m.end(),
                    weekday,
                    wend,
                    int(d),
                    MONTH_NUMBER[month.lower()],
                    _year(y),
                    "long",
                    caption,
                )
            )
    out.sort(key=lambda d: d.start)
    return out


def _year(y: str | None) -> int | None:
    """The year as typed; a two-digit one read in this century ("24" → 2024)."""
    if not y:
        return None
    return 2000 + int(y) if len(y) == 2 else int(y)


# "pada tanggal (15/8)", "sejak 27 Juni lalu": a date by what stands before it, even without
# a weekday (the day a span starts from is a day of the calendar, with its year).
_DAY_BEFORE = re.compile(
    rf"\b(?:tanggal|pada|sejak|hari ini|(?:{_WEEKDAY}) (?:ini|lalu|kemarin|pagi|siang|sore|malam))"
    r" ?$"  # "hari ini (3/6)" (heldout26)
)
# "(2/62021)": the month run into the year, its slash left out.
_GLUED_YEAR = re.compile(r"\((\d{1,2})/(1[0-2]|0?[1-9])((?:19|20)\d\d)\)")
# "(7/10/'2025)": an apostrophe typed before the year.
_APOSTROPHE_YEAR = re.compile(r"\((\d{1,2})/(\d{1,2})/['’‘](\d{4})\)")


# A date that comes back each year: "jatuh pada tanggal 19 Agustus", "diperingati setiap
# 17 Agustus": a day of the calendar, not the event's date, needs no year.
_RECURRING = re.compile(
    r"\b(?:jatuh|setiap|tiap|diperingati|diperingatinya)\b"
    r"|\b(?:19|20)\d\d (?:yang )?bertepatan(?: tanggal)?\s*$"  # "HBI 2019 yang bertepatan …"
    r"|\b(?:ulang tahunnya(?: pada)?|[Pp]enetapan)(?: tanggal)?\s*$"
)  # and "merayakan ulang tahunnya pada tanggal 19 Agustus", "penetapan tanggal …" (probe50)


# A date whose year the words after it give: "pada 24 September mendatang", "tahun ini".
_YEAR_SAID = re.compile(
    r",? (?:mendatang|nanti|tahun ini|tahun depan|setiap tahun)\b"
    r"| bertepatan dengan (?:[Hh]ari )?[A-Z][a-z]+ (?:19|20)\d\d\b"  # "… Natal 2023" (probe42)
)


def _is_day(doc: Doc, d: _Date) -> bool:
    """Does the date ``d``, written with no weekday and no year, name the event's day (and so
    want its year)? Not a recurring day or one whose year the sentence gives."""
    if _RECURRING.search(doc.text, max(0, d.start - 30), d.start):
        return False
    if _YEAR_SAID.match(doc.text, d.end):
        return False
    if not d.form.startswith("numeric"):
        return False  # session 30: "sejak 4 April", "pada tanggal 26 Juni": a day named in
        # passing, not the event's dateline; the sets leave its year (31 of 39 left)
    if _DAY_BEFORE.search(doc.text, max(0, d.start - 20), d.start):
        return True
    # "di Resto SFA, (26/04) ini", "…-Makassar (23/01).": a day and month alone in brackets
    # is the event's day, as the house form brackets it (heldout29)
    if doc.text[d.start] != "(":
        return False
    prev = doc.text[max(0, d.start - 40) : d.start].split()[-1:]
    word = prev[0] if prev and doc.text[d.start - 1] == " " else ""
    if doc.text[d.end : d.end + 1] == "." and word.isalpha():
        return True  # "… melalui kegiatan sambang blok hunian (29/01)." (heldout30)
    return word.endswith(",") or (word[:1].isupper() and word.lower() not in _COUNT_OPENERS)


# Words before a bracketed fraction, no place or name: "Sebanyak (2/3) anggota hadir".
_COUNT_OPENERS = frozenset({"sebanyak", "sekitar", "hanya", "lebih", "kurang", "hampir"})


# A range of days in one month: "(23–24 Juli 2022)", EYD V's en dash with no spaces.
_DAY_RANGE = re.compile(
    rf"\b(\d{{1,2}})( ?[-–—] ?)(\d{{1,2}}) ({_MONTH})\b(?:(?! \d{{4}}\b)|( \d{{4}})\b)"
)
# What makes a range the event's own date: a weekday or "pada"/"tanggal" before it, brackets.
_RANGE_BEFORE = re.compile(rf"(?:\b(?:{_WEEKDAY}|pada|tanggal)[\s(]*|\()$", re.IGNORECASE)


def _day_ranges(doc: Doc) -> Iterator[Hit]:
    """'(23 – 24 Juli)': the dash between the days has no spaces; the event's range needs
    its year (not a recurring one: 'setiap 1–5 Juli')."""
    text = doc.text
    for m in _DAY_RANGE.finditer(text):
        first, dash, last, month, year = m.groups()
        fixed = f"{first}–{last} {month}{year or ''}"
        before = text[max(0, m.start() - 30) : m.start()]
        dated = _RANGE_BEFORE.search(before) and not _RECURRING.search(before)
        if year is None and dated and not doc.in_quote(m.start()):
            yield Hit(
                m.start(),
                m.end(),
                N_("The date needs its year, the days joined by a dash: '{word} …'."),
                None,
                {"word": fixed},
            )
        elif dash.strip() != dash and not doc.in_quote(m.start()):
            yield Hit(
                m.start(),
                m.end(),
                N_("No spaces go around the dash of a range of days: '{word}'."),
                fixed,
                {"word": fixed},
            )


_WELL_TYPED = re.compile(r"\(\d{1,2}/\d{1,2}(?:/\d{4})?\)")


def _typed_year(doc: Doc, d: _Date) -> Hit | None:
    """'(04/03/24)', '(26/2-2020)': the year in full, after a slash (N5)."""
    bracket = doc.text.find("(", d.start, d.end)
    if bracket < 0 or d.year is None or _WELL_TYPED.fullmatch(doc.text, bracket, d.end):
        return None
    day, month = doc.text[bracket + 1 : d.end].split("/")[:2]
    month = month.split("-")[0]
    fixed = f"({day}/{month}/{d.year})"
    return Hit(
        bracket,
        d.end,
        N_("The year is written in full after a slash: '{word}'."),
        fixed,
        {"word": fixed},
    )


def _format(reference: _Date, value: dt.date) -> str:
    weekday = WEEKDAYS[value.weekday()]
    if reference.form.startswith("long"):
        return f"{weekday}, {value.day} {MONTHS[value.month - 1]} {value.year}"
    if reference.form.endswith("padded"):
        numeric = f"{value.day:02d}/{value.month:02d}/{value.year}"
    else:
        numeric = f"{value.day}/{value.month}/{value.year}"
    return f"{weekday} ({numeric})"


# A date standing alone as a sentence: "… Tenaga Kerja Asing. Kamis (6/10/2022)."
# Or written without brackets ("… dari sebelumnya. Kamis 14/03/2024."), or with the place
# after it and no verb ("… tahun 2022. Rabu (24/3/2022), bertempat di Markas PMI Tapin.").
_DATE_ALONE = re.compile(
    rf"(?:{_WEEKDAY}),? (?:\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\)|\d{{1,2}} (?:{_MONTH}) \d{{4}}"
    r"|\d{1,2}/\d{1,2}/\d{4})(?:, (?:bertempat|berlokasi) di [^,.;:!?\"“”]{3,60})?\."
)


def _date_alone(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        for s, e in para.sentences:
            if s - 2 > para.start and text[s - 2 : s] == ". " and _DATE_ALONE.fullmatch(text, s, e):
                yield Hit(
                    s - 2,
                    e,
                    N_("The date belongs to the sentence before it, after a comma."),
                    ", " + text[s:e],
                )


@rule("N5", ERROR, N_("One date form with the year; the weekday matches the date"))
def dates(doc: Doc) -> Iterator[Hit]:
    yield from _date_alone(doc)
    yield from _day_ranges(doc)
    for m in _GLUED_YEAR.finditer(doc.text):  # "Rabu (2/62021)" (heldout27)
        fixed = f"({m.group(1)}/{m.group(2)}/{m.group(3)})"
        yield Hit(m.start(), m.end(), N_("This date does not exist."), fixed)
    for m in _APOSTROPHE_YEAR.finditer(doc.text):
        fixed = f"({m.group(1)}/{m.group(2)}/{m.group(3)})"
        yield Hit(
            m.start(), m.end(), N_("A date holds no apostrophe: '{word}'."), fixed, {"word": fixed}
        )
    yield from bracketed_weekday_without_year(doc)
    yield from mistyped_year(doc)  # '(29/03/201)' (session 42)
    yield from dates19(doc)
    found = _dates(doc)
    event = [d for d in found if d.weekday and not d.caption]
    reference = event[0] if event else None
    body_value = next((d.value() for d in found if not d.caption and d.value()), None)
    yield from bracketed_ranges(doc)
    dated: dict[str, str] = {}  # each weekday's date in the article: "Kamis (17/1/2019)"
    for d in found:
        value = d.value()
        if d.weekday and value and WEEKDAYS[value.weekday()] == d.weekday:
            dated.setdefault(d.weekday, _format(reference or d, value))
    # One date form per article: where the article writes the house's numeric date, a
    # weekday said alone breaks it; a dateline that carries the date dates the weekday.
    if any(d.form.startswith("numeric") and not d.caption for d in found) and not any(
        doc.in_frame(d.start, d.end) for d in found
    ):
        yield from lone_weekdays(doc, dated)
    for d in found:
        typed = _typed_year(doc, d)
        if typed:
            yield typed
        elif d.weekday and d.year and doc.text.startswith(", (", d.weekday_end):
            fixed = doc.text[d.start : d.weekday_end] + doc.text[d.weekday_end + 1 : d.end]
            yield Hit(
                d.start,
                d.end,
                N_("No comma between the weekday and its date: '{word}'."),
                fixed,
                {"word": fixed},
            )
        value = d.value()
        if value is not None and not 1900 <= value.year <= 2100:
            value = None  # "Kamis (17/12/1016)": a slipped year, no weekday to read (heldout53)
        if d.year is not None and value is None or not (1 <= d.month <= 12 and 1 <= d.day <= 31):
            yield Hit(d.start, d.end, N_("This date does not exist."))
            continue
        if d.weekday and value and WEEKDAYS[value.weekday()] != d.weekday:
            year_fix = year_slip(doc, d.start, d.end, value, d.weekday)
            if year_fix is not None:  # "Senin (25/12/2013)": the year is the slip
                yield year_fix
                continue
            right = WEEKDAYS[value.weekday()]
            yield Hit(  # the weekday and its date disagree: either may be the slip, so both
                d.start,  # are shown (the sets mark the date 27 times of 185, session 40)
                d.end,
                N_("The date falls on a {word}."),
                right + doc.text[d.weekday_end : d.end],
                {"word": right},
            )
        elif d.year is None and (d.weekday or _is_day(doc, d)) and not _shares_year(doc, d.end):
            if not d.weekday and (d.day, d.month) == (17, 8) and not d.form.startswith("numeric"):
                continue  # "diberikan tanggal 17 Agustus": the day of every year (heldout27)
            yield Hit(d.start, d.end, N_("The date needs its year."))
        elif d.caption and value and body_value and value != body_value:
            yield Hit(
                d.start,
                d.end,
                N_("The caption's date differs from the article's ({word})."),
                None,
                {"word": f"{body_value.day}/{body_value.month}/{body_value.year}"},
            )
        elif reference and d.weekday and value and d.form != reference.form:  # captions too
            fixed = _format(reference, value)
            if doc.text.startswith("Ahad", d.start):
                fixed = fixed.replace("Minggu", "Ahad", 1)  # the writer's name of the day
            yield Hit(
                d.start,
                d.end,
                N_("One date form per article: '{word}'."),
                fixed,
                {"word": fixed},
            )


# "Kamis 1 April 2021" (no comma), "Kamis, 27/06/2024" (no brackets), and "Kamis, 10 Juli
# 2025", a form of its own the sets mark 267 of 411 times, most as warnings (session 38), so
# read with a message of its own that quiet_readings.py makes a note.
_LOOSE_DATE = re.compile(
    rf"\b({_WEEKDAY})(?:,? (\d{{1,2}}) ({_MONTH}) (\d{{4}})"
    rf"|,? (\d{{1,2}})/(\d{{1,2}})/(\d{{4}}|\d{{2}}))\b(?!/)"  # '7/10/21' too (heldout98)
)
_PADDED_DAY = re.compile(rf"(?<![\d/.,])0([1-9]) ({_MONTH})\b")
_AFTER_WEEKDAY = re.compile(rf"\b(?:{_WEEKDAY}),?(?: tanggal)? $")  # "Kamis, 04 Juli 2024"


@rule("N7", WARNING, N_("The date after its weekday is written in the house form"))
def house_date(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        for m in _LOOSE_DATE.finditer(text, para.start, para.end):
            if doc.in_quote(m.start()) or text[m.start() - 1 : m.start()] == "(":
                continue  # the speaker's words; a bracketed dateline "(Selasa 13/08/2024)"
            written_out = m.group(2) is not None and text[m.end(1)] == ","
            if written_out_day(text, m.start()) and not written_out:
                continue  # "pada hari Senin 20 Mei 2024": the day named as a day, in prose
            weekday = m.group(1)
            if m.group(2):
                day, month, year = int(m.group(2)), MONTH_NUMBER[m.group(3).lower()], m.group(4)
            else:
                day, month, year = int(m.group(5)), int(m.group(6)), m.group(7)
                year = "20" + year if len(year) == 2 else year  # the sets' years are this century
            if not (1 <= day <= 31 and 1 <= month <= 12):
                continue  # N5's: the date does not exist
            fixed = f"{weekday} ({day}/{month}/{year})"
            if written_out:  # "pada hari Sabtu, 29 Maret 2024" too: 24 of 36 marked
                message = N_("The house writes the date in brackets: '{word}'.")
            else:
                message = N_("Write the date in the house form: '{word}'.")
            yield Hit(m.start(), m.end(), message, fixed, {"word": fixed})
    yield from _comma_before_weekday(doc)


# A name or a place right before the weekday and its date, no comma between: "kepada Tribun
# Manado Kamis (28/7/2022)" → "Manado, Kamis" (the house lead: "di …, Senin (…)"). After a
# verb or a lowercase word the writer may mean the time as the verb's ("digelar Senin (…)").
# After an acronym's brackets or an attribution ("(RRC) Kamis (…)", "ujarnya Rabu (…)") the
# date is the sentence's too: the sets mark the comma 7 of 7 (session thirty-one).
_NAME_BEFORE_WEEKDAY = re.compile(
    rf"(?:\b([A-Z][a-z]+)|(\([A-Z][A-Za-z]+\))|\b([a-z]+nya)) ({_WEEKDAY}) \((?=\d)"
)
_NOT_BEFORE_WEEKDAY = frozenset(
    [
        "Hari",
        "Pada",
        "Tanggal",
        "Sejak",
        "Setiap",
        "Mulai",
        "Hingga",
        "Sampai",
        "Malam",
        "Pagi",
        "Siang",
        "Sore",
        "Dan",
        "Atau",
    ]
)


def _comma_before_weekday(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        for m in _NAME_BEFORE_WEEKDAY.finditer(text, para.start, para.end):
            word = m.group(1) or m.group(2) or m.group(3)
            if m.group(3) and word[:-3] not in ATTRIBUTION_VERBS:
                continue  # "di kediamannya Kamis (…)": the sets leave a noun's time
            i = doc.token_at(m.start() + (m.group(2) is not None))
            if word in _NOT_BEFORE_WEEKDAY or i is None or doc.tokens[i].initial:
                continue  # "Pada Senin (…)", "Hari Kamis (…)", a sentence's first word
            if doc.in_quote(m.start()):
                continue
            fixed = f"{word}, {m.group(4)}"
            place = m.group(1) is not None
            yield Hit(
                m.start(),
                m.start(4) + len(m.group(4)),
                N_("A comma goes before the weekday after a place: '{word}'.")
                if place
                else N_("A comma goes before the weekday and its date: '{word}'."),
                fixed,
                {"word": fixed},
            )


@rule("N8", WARNING, N_("The day before a month's name has no leading zero"))
def padded_day(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        for m in _PADDED_DAY.finditer(text, para.start, para.end):
            if doc.in_quote(m.start()):
                continue  # the speaker's words, as N7 leaves them: padding is a setting
            if not _AFTER_WEEKDAY.search(text, max(0, m.start() - 18), m.start()):
                continue  # "pada 02 Februari 2022": the sets leave the zero (9 of 9, s22)
            fixed = f"{m.group(1)} {m.group(2)}"
            yield Hit(
                m.start(),
                m.end(),
                N_("No zero before the day: '{word}'."),
                fixed,
                {"word": fixed},
            )
