"""Numbers, dates and times (N1–N5)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import MONTH_NUMBER, MONTHS, TIME_ZONES, WEEKDAYS, words
from kabar_desktop.check.rules import ERROR, N_, WARNING, Hit, rule
from kabar_desktop.compose.indonesian import number_words

COUNTED = words(
    """orang peserta pegawai petugas narasumber warga hari kali buah unit kegiatan sesi
    kelompok tim tahanan deteni bulan minggu jam tahun lokasi desa sekolah instansi kantor
    personel anggota siswa mahasiswa perwakilan narapidana paket kendaraan rumah keluarga"""
)
_NOT_COUNTS = words("pukul nomor no pasal ayat tahun kelas lantai rp ke jam tanggal")
_NUMBER = re.compile(r"(?<![\w.,/:-])(\d{1,4})(?![\w.,/:%-]) ([a-z]+)")
_ANY_NUMBER = re.compile(r"\d+")
_LEADING = re.compile(r"\d[\d.,/]*")
_COMMA_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])")
_POINT_DECIMAL = re.compile(
    r"(?<![\d.,])\d+\.\d{1,2}(?=\s?(?:persen|%|juta|miliar|triliun|ribu|kg|km|meter|ton|liter"
    r"|hektare)\b)"
)
_UNGROUPED = re.compile(r"(?<![\d.,])[1-9]\d{3,}(?= (?:rupiah|" + "|".join(COUNTED) + r")\b)")
_ZONE = "|".join(TIME_ZONES)
_JAM = re.compile(
    r"\bjam (\d{1,2})(?:[.:](\d{2}))?(?: (pagi|siang|sore|malam))?(?: (" + _ZONE + "))?\\b"
)
_PUKUL = re.compile(r"\b[Pp]ukul (\d{1,2})(?:([.:])(\d{2}))?\b")
_ZONE_AFTER = re.compile(
    r"(?:\s?(?:[-–]|s\.d\.|sampai|hingga)\s?\d{1,2}[.:]\d{2})?(?: (?:pagi|siang|sore|malam))?"
    r" (?:" + _ZONE + r")\b"
)
_WEEKDAY = "|".join(WEEKDAYS)
_MONTH = "|".join(MONTHS)
_NUMERIC_DATE = re.compile(
    rf"(?:\b({_WEEKDAY}),? )?\((\d{{1,2}})/(\d{{1,2}})(?:/(\d{{4}}))?\)"
    rf"|\b(\d{{1,2}})/(\d{{1,2}})/(\d{{4}})\b"
)
_LONG_DATE = re.compile(rf"\b(?:({_WEEKDAY}),? )?(\d{{1,2}}) ({_MONTH})(?: (\d{{4}}))?\b")


@rule("N1", WARNING, N_("Numbers of one or two words are spelled out in running text"))
def spelled_numbers(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        for s, e in para.sentences:
            if len(_ANY_NUMBER.findall(text, s, e)) >= 3:
                continue  # statistics
            for m in _NUMBER.finditer(text, s, e):
                n, noun = int(m.group(1)), m.group(2)
                before = text[max(s, m.start() - 10) : m.start()].lower().split()
                if m.start() == s or noun not in COUNTED or not 0 < n < 1_000_000:
                    continue
                if before and before[-1].strip(".") in _NOT_COUNTS:
                    continue
                spelled = number_words(n)
                if len(spelled.split()) <= 2:
                    yield Hit(
                        m.start(1),
                        m.end(1),
                        N_("Write this number in words: '{word}'."),
                        spelled,
                        {"word": spelled},
                    )


@rule("N2", ERROR, N_("No digits at the start of a sentence"))
def leading_digits(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        for s, _e in para.sentences:
            m = _LEADING.match(text, s)
            if not m:
                continue
            number = m.group().rstrip(".,")
            nxt = re.match(r" ([a-z]+)", text[s + len(number) : s + len(number) + 30])
            suggestion = None
            if nxt and nxt.group(1) in COUNTED:
                suggestion = f"Sebanyak {number}"
            elif number.isdigit() and 0 < int(number) < 1_000_000:
                spelled = number_words(int(number))
                suggestion = spelled[0].upper() + spelled[1:]
            yield Hit(
                s,
                s + len(number),
                N_("A sentence does not start with digits."),
                suggestion,
            )


@rule("N3", ERROR, N_("Thousands take a period, decimals a comma"))
def separators(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    message = N_("Thousands are separated by a period and decimals by a comma: '{word}'.")
    for m in _COMMA_THOUSANDS.finditer(text):
        fixed = m.group().replace(",", ".")
        yield Hit(m.start(), m.end(), message, fixed, {"word": fixed})
    for m in _POINT_DECIMAL.finditer(text):
        fixed = m.group().replace(".", ",")
        yield Hit(m.start(), m.end(), message, fixed, {"word": fixed})
    for m in _UNGROUPED.finditer(text):
        fixed = f"{int(m.group()):,}".replace(",", ".")
        yield Hit(m.start(), m.end(), message, fixed, {"word": fixed})


@rule("N4", ERROR, N_("Times are written 'pukul 09.00 WITA'"))
def times(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    form = N_("Times are written with 'pukul', a period and the time zone: '{word}'.")
    for m in _JAM.finditer(text):
        hour, minutes, _part, zone = m.groups()
        fixed = f"pukul {int(hour):02d}.{minutes or '00'}" + (f" {zone}" if zone else "")
        yield Hit(m.start(), m.end(), form, fixed, {"word": fixed})
    for m in _PUKUL.finditer(text):
        hour, sep, minutes = m.groups()
        if sep != "." or minutes is None:
            fixed = f"{m.group()[:5]} {int(hour):02d}.{minutes or '00'}"
            yield Hit(m.start(), m.end(), form, fixed, {"word": fixed})
        elif not _ZONE_AFTER.match(text, m.end()):
            yield Hit(
                m.start(),
                m.end(),
                N_("The time needs its zone (WIB, WITA or WIT)."),
            )


@dataclass(frozen=True)
class _Date:
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
            if m.group(2):
                weekday, d, mo, y = m.group(1), m.group(2), m.group(3), m.group(4)
                form = "numeric"
            else:
                weekday, d, mo, y = None, m.group(5), m.group(6), m.group(7)
                form = "slashes"
            if d.startswith("0") or mo.startswith("0"):
                form += "-padded"
            wend = m.start() + len(weekday) if weekday else m.start()
            out.append(
                _Date(m.start(), m.end(), weekday, wend, int(d), int(mo), _year(y), form, caption)
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
    return int(y) if y else None


def _format(reference: _Date, value: dt.date) -> str:
    weekday = WEEKDAYS[value.weekday()]
    if reference.form.startswith("long"):
        return f"{weekday}, {value.day} {MONTHS[value.month - 1]} {value.year}"
    if reference.form.endswith("padded"):
        numeric = f"{value.day:02d}/{value.month:02d}/{value.year}"
    else:
        numeric = f"{value.day}/{value.month}/{value.year}"
    return f"{weekday} ({numeric})"


@rule("N5", ERROR, N_("One date form with the year; the weekday matches the date"))
def dates(doc: Doc) -> Iterator[Hit]:
    found = _dates(doc)
    event = [d for d in found if d.weekday and not d.caption]
    reference = event[0] if event else None
    body_value = next((d.value() for d in found if not d.caption and d.value()), None)
    for d in found:
        value = d.value()
        if d.year is not None and value is None or not (1 <= d.month <= 12 and 1 <= d.day <= 31):
            yield Hit(d.start, d.end, N_("This date does not exist."))
            continue
        if d.weekday and value and WEEKDAYS[value.weekday()] != d.weekday:
            right = WEEKDAYS[value.weekday()]
            yield Hit(
                d.start,
                d.weekday_end,
                N_("The date falls on a {word}."),
                right,
                {"word": right},
            )
        elif d.weekday and d.year is None:
            yield Hit(d.start, d.end, N_("The date needs its year."))
        elif d.caption and value and body_value and value != body_value:
            yield Hit(
                d.start,
                d.end,
                N_("The caption's date differs from the article's ({word})."),
                None,
                {"word": f"{body_value.day}/{body_value.month}/{body_value.year}"},
            )
        elif reference and d.weekday and value and d.form != reference.form and not d.caption:
            fixed = _format(reference, value)
            yield Hit(
                d.start,
                d.end,
                N_("One date form per article: '{word}'."),
                fixed,
                {"word": fixed},
            )
