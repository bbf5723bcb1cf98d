"""Numbers in running text (N2–N4, N6): digits at a sentence's start, separators, times,
currency and units; split from numbers.py (N1) in round 17, a pure move."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import MONTH_ALTERNATION, TIME_ZONES, words
from kabar_desktop.check.rules import ERROR, N_, Hit, rule
from kabar_desktop.check.rules.glued_marks import zone_case
from kabar_desktop.check.rules.headline import subheading
from kabar_desktop.check.rules.words20_forms import counted_figures
from kabar_desktop.check.rules.words24_numbers import measures
from kabar_desktop.check.rules.words24_times import colon_clocks, zone_given_later
from kabar_desktop.compose.indonesian import number_words

COUNTED = words(
    """orang peserta pegawai petugas narasumber warga hari kali buah unit kegiatan sesi
    kelompok tim tahanan deteni bulan minggu jam tahun lokasi desa sekolah instansi kantor
    personel anggota siswa mahasiswa perwakilan narapidana paket kendaraan rumah keluarga
    paspor permohonan pemohon dokumen berkas lembar klien pengunjung pengungsi penumpang kasus
    perkara kantong pohon bibit ekor porsi"""
)
_MONTH = MONTH_ALTERNATION
_LEADING = re.compile(r"\d[\d.,/]*")
_COMMA_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])")
_SCALE_AFTER = re.compile(r" (?:ribu|juta|miliar|milyar|triliun)\b")
_IN_CODE = re.compile(r"[A-Za-z][-/]\d")  # a letter and a dash or slash glued before it
_POINT_DECIMAL = re.compile(
    r"(?<![\d.,])\d+\.\d{1,2}(?=\s?(?:%|(?:persen|juta|miliar|triliun|ribu|kg|km|meter|ton|liter"
    r"|hektare|hektar|ha|are|gram|kilogram|kilometer|sentimeter|milimeter|cm|mm|m2|km2|kuintal"
    r"|kwintal|megawatt|kilowatt|derajat|mil|kali lipat)\b))"
)  # "0.5%": the sign ends no word, so it takes no \b (heldout573)
# Measures and things counted in thousands: "sepanjang 1000 meter", "1300 ton" (marked 26 of 26).
_MEASURED = "meter|ton|kg|kilogram|liter|hektare|hektar|ha|m2|M2|m²|bidang|patok|sertifikat|RT"
_UNGROUPED = re.compile(  # sorted: one pattern in every process (pattern_cache.py)
    r"(?<![\d.,])[1-9]\d{3,}(?= (?:rupiah|" + "|".join(sorted(COUNTED)) + "|" + _MEASURED
    + r")\b)(?! kali ini\b)"
)  # not "IPPA Fest 2025 kali ini": a year, 'kali ini' is 'this time' (probe88)
_ZONE = "|".join(TIME_ZONES)
_JAM = re.compile(
    r"\b[Jj]am (\d{1,2})(?:[.:](\d{2}))?(?: (pagi|siang|sore|malam))?(?: (" + _ZONE + "))?\\b"
)
_PUKUL = re.compile(r"\b[Pp]ukul (\d{1,2})(?:([.:])(\d{2}))?\b")
_PART_AFTER = re.compile(r" (pagi|siang|sore|malam)\b")
# A range's second time, after which one zone serves both: "pukul 09.00 sampai dengan 11.00
# WIB", "pukul 13.30 – 16.00 WITA", "pukul 08.00 s/d pukul 10.00 WIT".
_TIME_TO = (
    r"(?:\s*(?:[-–—]|s\.?\s?d\.?|s/d|sampai(?: dengan)?|hingga)\s*"
    r"(?:(?:pukul\s)?\d{1,2}[.:]\d{2}|selesai))?"  # "pukul 08.00-selesai WIB" (probe93)
)
_RANGE_END = re.compile(_TIME_TO.removesuffix("?"))
_ZONE_AFTER = re.compile(_TIME_TO + r"(?: (?:pagi|siang|sore|malam))? (?:" + _ZONE + r")\b")
_LOWER_ZONE = re.compile(
    _TIME_TO + r"(?: (?:pagi|siang|sore|malam))? (" + _ZONE + r")\b", re.IGNORECASE
)
# "pukul sepuluh pagi": the hour in words (the part of the day says which half).
_HOURS = {number_words(h): h for h in range(1, 13)}
_HOUR_WORDS = re.compile(
    r"\b[Pp]ukul (" + "|".join(sorted(_HOURS, key=len, reverse=True)) + r")"
    r"(?: (pagi|siang|sore|malam))?\b(?! (?:lewat|kurang|seperempat|setengah)\b)"
)


def _whole(digits: str) -> int:
    """``digits`` as a number; a huge one (Python reads none past 4,300 digits) as 10**18."""
    return int(digits) if len(digits) <= 18 else 10**18


_ADDRESS_START = re.compile(r"\d+[^\W\d_][\w-]*\.(?:com|co\.id|id|net|org|news)\b")
_WEEKDAY_STOP = re.compile(r"\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\.\s*\($")
_NAMED_FIGURE = re.compile(r"\d+[A-Z]")  # "3M Plus", "5R": a programme's name (heldout134)
_ZONED_START = re.compile(r"\d[.:]\d\d (?i:WIB|WITA|WIT) (?:hingga|sampai|-|–) (?:pukul )?$")
_SPLIT_TIME = re.compile(r"\b\d{1,2}\. $")
_DATE_START = re.compile(rf"\d{{1,2}} (?i:{_MONTH})\b")


@rule("N2", ERROR, N_("No digits at the start of a sentence"))
def leading_digits(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        if subheading(doc.para_text(para).rstrip()):
            continue  # "53 Pegawai Daftar, 26 Kantong Darah Terkumpul": a crosshead (probe79)
        for s, _e in para.sentences:
            m = _LEADING.match(text, s)
            if not m or _DATE_START.match(text, s) or _NAMED_FIGURE.match(text, s):
                continue  # "19 Juni 2025. …": a date, as a dateline gives it; "3M Plus": a name
            if _ADDRESS_START.match(text, s):
                continue  # "2enam.com, Mamuju Tengah : …": an outlet's address (heldout29)
            if _SPLIT_TIME.search(text, max(0, s - 4), s) and re.match(r"[0-5]\d\b", text[s:]):
                continue  # "sampai 11. 30 Wita": a time typed with a space (probe138)
            if text[s - 1 : s] == "(" and not _WEEKDAY_STOP.search(text, max(0, s - 12), s):
                continue  # "… Sumatera Utara. (17/05/2023)": a date in brackets (probe43),
                # not one a stop cut from its weekday ("Selasa. (16/03/2021)", heldout9)
            number = m.group().rstrip(".,")
            if number.isdigit() and text[s + len(number) : s + len(number) + 1] == ")":
                continue  # "… masyarakat. 2) Tidak melapor": a list's number (session 40)
            nxt = re.match(r" ([a-z]+)", text[s + len(number) : s + len(number) + 30])
            suggestion = None
            if nxt and nxt.group(1) in COUNTED:
                suggestion = f"Sebanyak {number}"
            elif number.isdigit() and 0 < _whole(number) < 1_000_000:
                spelled = number_words(int(number))
                suggestion = spelled[0].upper() + spelled[1:]
            yield Hit(
                s,
                s + len(number),
                N_("A sentence does not start with digits."),
                suggestion,
            )


# A year, not an amount: 19xx or 20xx after a word that introduces a time.
_YEAR = re.compile(r"(?:19|20)\d\d$")
_YEAR_BEFORE = re.compile(
    r"\b(?:[Tt]ahun|TA|[Ss]ejak|[Pp]ada|[Hh]ingga|[Ss]ampai|[Pp]eriode|[Aa]wal|[Aa]khir|[Ss]elama"
    r"|[Mm]edio|[Aa]nggaran|[Aa]jaran|[Ss]emester \w+|[Mm]usim(?: \w+)?|[Ss]iklus"  # musim haji
    r"|(?i:" + MONTH_ALTERNATION + r"))\s$"
)


_ERA_AFTER = re.compile(r" (?:BE|SE|Saka|SM|H|M|Hijriah|Masehi)\b")
# A letter's number follows, or a code: "KBLI 11051" (probe150)
_NUMBERED = re.compile(r"(?:\b(?:[Nn]omor|[Nn]o\.?|[Nn]omer|KBLI|[Kk]ode)|\(KBLI\)) $")


@rule("N3", ERROR, N_("Thousands take a period, decimals a comma"))
def separators(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    message = N_("Thousands are separated by a period and decimals by a comma: '{word}'.")
    for m in _COMMA_THOUSANDS.finditer(text):
        if _IN_CODE.search(text, max(0, m.start() - 1), m.start() + 1) or text[
            m.end() : m.end() + 1
        ] in ".-/" and text[m.end() + 1 : m.end() + 2].isalpha():
            continue  # "PAS-597,598,600.PK.05.04": a document's code (the fifth probe)
        if re.search(r"\b(?:TPS|RT|RW) $", text[max(0, m.start() - 4) : m.start()]):
            continue  # "TPS 905,906,907": three stations' numbers, P9's (probe129)
        if m.group().startswith("0,") or (  # "0,001": a decimal (probe124)
            m.group().count(",") == 1 and _SCALE_AFTER.match(text, m.end())
        ):
            continue  # "Rp15,676 miliar": a decimal comma before the scale word (probe117)
        fixed = m.group().replace(",", ".")
        yield Hit(m.start(), m.end(), message, fixed, {"word": fixed})
    for m in _POINT_DECIMAL.finditer(text):
        fixed = m.group().replace(".", ",")
        yield Hit(m.start(), m.end(), message, fixed, {"word": fixed})
    spans = []
    for m in _UNGROUPED.finditer(text):
        if _YEAR_BEFORE.search(text, max(0, m.start() - 12), m.start()) and _YEAR.match(m.group()):
            continue  # "pada tahun 2022 warga binaan …": a year, not a count of warga
        spans.append((m.start(), m.end()))
    spans += [s for s in counted_figures(text) if s not in spans]  # round 20: 'sebanyak 1174 WBP'
    for start, end in sorted(spans):
        if start > 1 and text[start - 1] in "-–/." and text[start - 2].isalnum():
            continue  # "W.2.IMI.IMI.7-GR.03.01–2428 tentang …": a letter's number (probe38)
        if _NUMBERED.search(text, max(0, start - 7), start):
            continue  # "Surat Tugas Nomor 2700": a letter's number, no count (heldout58)
        if _ERA_AFTER.match(text, end):
            continue  # "Waisak 2568 BE", "1445 H": a year of another calendar (heldout74)
        figure = text[start:end]
        head = len(figure) % 3 or 3  # grouped as text: Python reads no int past 4,300 digits
        fixed = ".".join([figure[:head], *re.findall(r"\d{3}", figure[head:])])
        yield Hit(start, end, message, fixed, {"word": fixed})


@rule("N4", ERROR, N_("Times are written 'pukul 09.00 WITA'"))
def times(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    form = N_("Times are written with 'pukul', a period and the time zone: '{word}'.")
    seen: set[int] = set()
    covered = 0  # the end of the last range reported whole: its second time is in it
    for m in _JAM.finditer(text):
        if doc.in_quote(m.start()) and m.group(2) is None:
            continue  # "jam 9 pagi" is how the speaker said it; "jam 09.00" the writer typed
            # (marked 10 of 13 in quotes, session 42)
        if re.search(r"\d\s$", text[max(0, m.start() - 3) : m.start()]):
            continue  # "dalam 7 jam 9 menit": a duration, no time of day (heldout36)
        hour, minutes, part, zone = m.groups()
        clock = _clock(int(hour), part)  # "jam 4 sore" → "pukul 16.00" (probe43)
        fixed = f"pukul {clock:02d}.{minutes or '00'}" + (f" {zone}" if zone else "")
        if text[m.start()] == "J":  # "mulai Jam 07.30" (heldout241); "Jam 07.30" opens it
            k = doc.token_at(m.start())
            fixed = "P" + fixed[1:] if k is not None and doc.tokens[k].initial else fixed
        yield Hit(m.start(), m.end(), form, fixed, {"word": fixed})
    for m in _HOUR_WORDS.finditer(text):
        if doc.in_quote(m.start()):
            continue  # the speaker's words, as N4 leaves "jam 9 pagi" in a quote
        fixed = f"{m.group()[:5]} {_clock(_HOURS[m.group(1)], m.group(2)):02d}.00"
        yield Hit(m.start(), m.end(), form, fixed, {"word": fixed})
    for m in _PUKUL.finditer(text):
        hour, sep, minutes = m.groups()
        if sep != "." or minutes is None or len(hour) == 1:  # "pukul 7.30": 07.30 (4 of 4)
            part = _PART_AFTER.match(text, m.end())  # "pukul 4 sore": 16.00 (probe160)
            clock = _clock(int(hour), part.group(1) if part else None)
            fixed = f"{m.group()[:5]} {clock:02d}.{minutes or '00'}"
            yield Hit(m.start(), m.end(), form, fixed, {"word": fixed})
        elif m.start() < covered:
            continue  # "pukul 08.00 sampai dengan pukul 11.00": one finding for the range
        elif not _ZONE_AFTER.match(text, m.end()) and not doc.in_quote(m.start()):
            lower = _LOWER_ZONE.match(text, m.end())
            if lower:  # "pukul 08.00 wib": the zone is there, in the wrong case
                zone = lower.group(1).upper()
                seen.add(lower.start(1))
                yield Hit(
                    lower.start(1),
                    lower.end(1),
                    N_("A time zone is written in capitals: '{word}'."),
                    zone,
                    {"word": zone},
                )
                continue
            if zone_given_later(text, m.end()) or _ZONED_START.search(
                text, max(0, m.start() - 30), m.start()
            ):
                continue  # round 24: "… dan pukul 13.30 WIB", "pukul 08.00 waktu setempat";
                # "pukul 23.00 WIB hingga pukul 01.00 dini hari": the range's start (p141)
            rng = _RANGE_END.match(text, m.end())  # "pukul 09.00 hingga 12.00": the zone
            covered = rng.end() if rng else m.end()  # goes after the range's end, so the
            yield Hit(  # finding covers the whole range
                m.start(),
                covered,
                N_("The time needs its zone (WIB, WITA or WIT)."),
            )
    yield from zone_case(doc, seen)  # "sampai 16.00 Wita": any clock time's zone
    for start, end, fixed in colon_clocks(text):  # "09:00 WIB s/d 11:00" (heldout80)
        yield Hit(start, end, form, fixed, {"word": fixed})


def _clock(hour: int, part: str | None) -> int:
    """The 24-hour clock's hour for ``hour`` said with its part of the day."""
    if part == "siang" and hour < 11 or part == "sore" and hour < 12:
        return hour + 12
    if part == "malam":
        return 0 if hour == 12 else hour + 12 if hour >= 6 else hour
    return hour


# N6: symbols and units (EYD V). "Rp650.000": no space, no period, no ",-"; a unit stands
# apart from its number: "3.780 m2". (A Hijri year, "1445 H", is W6's: standard_forms.py.)
_RUPIAH = re.compile(r"\bRp(?:\. ?| )(\d[\d.]*(?:,\d{2})?)(?:,-)?|\bRp(\d[\d.]*),-")
_UNIT = re.compile(r"(?<![\w.,])(\d[\d.]*(?:,\d+)?)(m2|m²|m3|km|kg|cm|mm|ha|ml)\b")
# A unit's symbol in capitals after its number ("150 Kg", "10 KM", "1289 M2"; 12 of 12 marked).
_CAPITAL_UNIT = re.compile(r"(?<=\d )(?:Kg|KG|Km|KM|M2|M3|Cm|CM|Ml|ML)\b")
# "5 %": the percent sign, unlike a unit, is written against its number (EYD V: "5%").
_PERCENT = re.compile(r"(?<![\w.,])(\d[\d.]*(?:,\d+)?) %")


@rule("N6", ERROR, N_("Symbols and units: 'Rp650.000', '3.780 m2'"))
def symbols(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for m in _RUPIAH.finditer(text):
        fixed = f"Rp{m.group(1) or m.group(2)}"
        yield Hit(
            m.start(),
            m.end(),
            N_("'Rp' is written against the amount: '{word}'."),
            fixed,
            {"word": fixed},
        )
    for m in _UNIT.finditer(text):
        fixed = f"{m.group(1)} {m.group(2)}"
        yield Hit(
            m.start(),
            m.end(),
            N_("A unit stands apart from its number: '{word}'."),
            fixed,
            {"word": fixed},
        )
    for m in _CAPITAL_UNIT.finditer(text):
        k = doc.token_at(m.start())
        if k is None or doc.paras[doc.tokens[k].para].kind == "title":
            continue  # "Panen 50 Kg Kangkung": a title's capitals, which the sets leave
        fixed = m.group().lower()
        msg = N_("A unit's symbol is written in lowercase: '{word}'.")
        yield Hit(m.start(), m.end(), msg, fixed, {"word": fixed})
    yield from measures(doc)  # round 24: "3m x 7m", "100ribu"
    for m in _PERCENT.finditer(text):
        fixed = f"{m.group(1)}%"
        yield Hit(
            m.start(),
            m.end(),
            N_("The percent sign is written against its number: '{word}'."),
            fixed,
            {"word": fixed},
        )
