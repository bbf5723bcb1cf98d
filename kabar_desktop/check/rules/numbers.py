"""Numbers spelled out in running text (N1); N2–N4 and N6 are in words17_number_forms.py
(split in round 17), the dates of N5 in dates.py."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc, Para
from kabar_desktop.check.lexicon import (
    FUNCTION_WORDS,
    MONTH_ALTERNATION,
    MONTHS,
    words,
)
from kabar_desktop.check.quote_marks import quote_roles
from kabar_desktop.check.rules import N_, WARNING, Hit, rule
from kabar_desktop.check.rules.form_contexts import capital_count
from kabar_desktop.check.rules.name_readings import programme_number
from kabar_desktop.check.rules.words17_counts import counted_parts
from kabar_desktop.check.rules.words17_number_forms import COUNTED, _whole
from kabar_desktop.check.rules.words18_choices import agent_noun
from kabar_desktop.check.rules.words19_numbers import range_spans
from kabar_desktop.check.rules.words23_numbers import DURATIONS, compared_count, places_gone_to
from kabar_desktop.check.rules.words25_numbers import part_of_whole, summed_figures
from kabar_desktop.compose.indonesian import number_words

# What N1 reads as counted after a number: the nouns above and more of the genre's.
_COUNTED_N1 = COUNTED | words(
    """blok lagu kamar regu jenis macam materi program ekor pohon bibit lembar porsi titik
    ruangan gedung kabupaten kecamatan provinsi negara satker lapas rutan anak piala medali
    sertifikat penghargaan mobil pasangan kasus berkas dokumen klien pengungsi penghulu"""
)
_DIGIT = re.compile(r"\d")
_LABEL_SERIES = re.compile(  # "RW 06 dan 07", "kelas 4 dan 5": labels, no count (h163)
    r"\b(?:RT|RW|[Kk]elas)\.? ?\d{1,3}(?:,? (?:dan |serta )?\d{1,3})*,? (?:dan |serta )$"
)
# Words after which a number is a label, not a count ("Lantai 2", "Sesi 2 dimulai").
_NOT_COUNTS = words(
    """pukul nomor no pasal ayat tahun kelas lantai rp ke jam tanggal sesi tahap gelombang
    angkatan batch grup regu blok tim rt rw"""
)
_NUMBER = re.compile(r"(?<![\w.,/:-])(\d{1,4})(?![\w.,/:%-]) ([A-Za-z][a-z]+|[A-Z]{2,6}\b)")
_QUANTITY = re.compile(r"(?<![\w.,/:-])\d+(?:[.,]\d+)*(?![\w/:-])")
# Numbers that count nothing: dates, times, years, ordinals. A sentence with a date and a
# time is not "statistics" for that.
_NOT_QUANTITY = re.compile(
    r"\(\d{1,2}/\d{1,2}(?:[/-]\d{2,4})?\)|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2}[.:]\d{2}\b"
    r"|\b(?:1[34]|19|20)\d{2}\b|\bke-\d+|(?<=tanggal )\d{1,2}\b"
    rf"|\b\d{{1,2}}(?= (?:{'|'.join(MONTHS)})\b)"
)
# "6 (enam)" and "enam (6)": one form, not both.
_DIGITS_AND_WORDS = re.compile(r"(?<![\w.,/])(\d{1,3}(?:\.\d{3})*) ?\(([^\W\d_]+(?: [a-z]+)*)\)")
_DIGITS_THEN_WORD = re.compile(r"\d ?\([^\W\d_]")  # cheap first looks for the two forms
_DIGITS_IN_BRACKETS = re.compile(r"\(\d{1,3}(?:\.\d{3})*\)")
_WORDS_AND_DIGITS = re.compile(r"\b([^\W\d_]+(?: [a-z]+){0,4}) \((\d{1,3}(?:\.\d{3})*)\)")
# "dibagi menjadi 2, yaitu …": a bare number after a word that counts.
_BARE = re.compile(r"\b(?:menjadi|sebanyak|berjumlah|hanya) (\d{1,2})(?=[,;](?!\d)|\.(?!\d))")
# "1-2 kali": a range of small numbers before what they count.
_RANGE = re.compile(
    r"(?<![\w.,/:-])(\d{1,2})(?: ?[-–] ?| (?:hingga|sampai(?: dengan)?|s\.d\.?) )(\d{1,2})"
    r" ([a-z]+)\b(?! per\b| setiap\b)"
)
# A rate or an average is a statistic: "20 hingga 30 orang per hari", "rata-rata 5 orang".
_RATE_AFTER = re.compile(r" (?:per|setiap|tiap)\b")
_RATE_BEFORE = re.compile(
    r"(?:rata-rata|(?:per|tiap|setiap) (?:hari|minggu|bulan|tahun)(?:nya)?(?: sekitar)?)"
    r" (?:\d{1,2} (?:hingga|sampai|-|–) )?$"
)  # "tiap harinya sekitar 50 sampai 80 orang": the rate said first


# The programme a new head of region or minister names by its first days ("program 100 hari",
# "program kerja 100 hari Bupati"): the number is the programme's name, kept in digits.
_PROGRAMME_SPAN = re.compile(r"\bprogram(?: kerja)? $", re.IGNORECASE)
# EYD V: numbers stay in digits in a breakdown ("perincian"): two counts of the parts of one
# whole side by side, "18 pria dan 2 wanita", "5 laki-laki serta 3 perempuan".
_PAIRED_COUNTS = re.compile(r"(?<![\w.,/:-])\d{1,4} [a-z-]+,? (?:dan|serta) \d{1,4} [a-z-]+\b")


_RATIO = re.compile(r"\b\d+ dari \d+\b")  # a part and its whole: a ratio, in digits


_DAY_PAIR = re.compile(r"\d{1,2} (?:dan|sampai|hingga) \d{1,2} (?:" + "|".join(MONTHS) + r")\b")


@rule("N1", WARNING, N_("Numbers of one or two words are spelled out in running text"))
def spelled_numbers(doc: Doc) -> Iterator[Hit]:
    """Not inside a direct quote: the speaker's words stand as said (as N4 leaves a quoted
    time without its zone; the held-out corpora do not mark them either)."""
    text = doc.text
    message = N_("Write this number in words: '{word}'.")
    for para in doc.paras:
        opening = _TITLE_NUMBER.match(text, para.start, para.end)
        # "1 Napi …": one is said with a classifier ("Seorang Napi"), not "Satu": left as typed.
        if para.kind == "title" and opening and int(opening.group(1)) > 1:
            spelled = number_words(int(opening.group(1)))  # "2 Klien …": as N2 in a sentence
            spelled = spelled[0].upper() + spelled[1:]
            if len(spelled.split()) == 1:  # "2 Klien …"; "13 Kepala UPT …": a title's digits
                yield Hit(para.start, opening.end(1), message, spelled, {"word": spelled})
    in_digits = _counted_in_digits(doc)
    for para in doc.prose_paras():
        yield from _written_twice(text, para.start, para.end)
        said = unopened_quote_end(text, para.start, para.end)
        in_breakdown = _breakdown_counts(doc, para)
        summed = summed_figures(doc, para)
        figures = [f.start() for f in _FIGURE.finditer(text, para.start, para.end)]
        for s, e in para.sentences:
            if e <= said:
                continue  # a quote whose opening mark was left out (P5's): the speaker's words
            if _DIGIT.search(text, s, e) is None:
                continue
            places = _quantity_places(text, s, e)
            if len(places) >= 3:
                continue  # statistics
            # A series with a number that stays in digits ("8 laki-laki dan 25 perempuan")
            # keeps digits throughout; a number that counts something else does not.
            big = [p for p, n in places if n > 10 and len(number_words(n).split()) > 2]
            ranged = [r.span() for r in _RANGE.finditer(text, s, e)]
            ranged += range_spans(text, s, e)
            ranged += [r.span() for r in _RATIO.finditer(text, s, e)]  # "3 dari 10 anak" (p92)
            paired = [r.span() for r in _PAIRED_COUNTS.finditer(text, s, e)]
            for m in _NUMBER.finditer(text, s, e):
                if big and any(_series(text, m, p) for p in big):
                    continue
                n, noun = int(m.group(1)), m.group(2).lower()
                if noun in in_digits or noun in in_breakdown:
                    continue  # "… 1.719 orang … Selain itu, 3 orang …": the breakdown goes on
                if _a_rate(text, s, m) or _inside(ranged, m.start()):
                    continue  # "23 paket … 11 paket": the article counts it in digits
                before = text[max(s, m.start() - 10) : m.start()].lower().split()
                if m.start() == s or not 0 < n < 1_000_000:
                    continue
                if _LABEL_SERIES.search(text, max(s, m.start() - 30), m.start()):
                    continue  # "RW 06 dan 07 Kelurahan …": a label's number (probe78)
                if _DAY_PAIR.match(text, m.start()):
                    continue  # "pada 8 dan 9 Juni 2023": two days of a date (heldout153)
                if (
                    noun not in _COUNTED_N1
                    and not _counted_noun(text, s, m)
                    and not agent_noun(noun)
                ):
                    continue
                if (
                    before
                    and before[-1].strip(".") in _NOT_COUNTS
                    and not places_gone_to(text, s, m.start(), noun)
                ):
                    continue
                if _in_a_name(text, s, m):
                    continue  # "KUA Mrebet 2 Kecamatan Mrebet": a label inside a name
                if re.match(r" \d{4}\b", text[m.end() : m.end() + 5]):
                    continue  # "PP 31 Tahun 1999": a regulation's number and year
                if programme_number(text, m.start(1), m.end(1)) or _ACCELERATION.match(
                    text, m.end(1)
                ):
                    continue  # "program 100 Hari Kerja", "13 program akselerasi": a name's
                programme = _PROGRAMME_SPAN.search(text, max(s, m.start(1) - 16), m.start(1))
                if noun == "hari" and programme:
                    continue  # "program kerja 100 hari": a new head's programme, by its span
                if _inside(paired, m.start(1)):
                    continue  # "18 pria dan 2 wanita": a breakdown keeps its digits
                if counted_parts(text, s, e, noun) >= 3:
                    continue  # "Bapas Jember 30 orang, Bapas Malang tiga orang, …": a breakdown
                if compared_count(doc, s, e, m):
                    continue  # "kapasitas 200 orang. … dihuni 298 orang": figures compared
                if m.start(1) in summed or part_of_whole(text, s, e, m.start(1)):
                    continue  # round 25: a total and its parts, "9 blok dari 12 blok": figures
                spelled = number_words(n)
                if 100 < n < 1000 and n % 100:
                    continue  # "104 warga binaan": the sets leave hundreds in figures (session 26)
                if len(spelled.split()) == 2 and any(f != m.start(1) for f in figures):
                    continue  # "80 WNA … 68 … 67": a report's figures, statistics (N1's exception)
                if len(spelled.split()) <= 2 and not doc.in_quote(m.start(1)):
                    yield Hit(m.start(1), m.end(1), message, spelled, {"word": spelled})
            for m in _BARE.finditer(text, s, e):
                if big:
                    continue
                spelled = number_words(int(m.group(1))) if int(m.group(1)) else ""
                if spelled and len(spelled.split()) <= 2 and not doc.in_quote(m.start(1)):
                    yield Hit(m.start(1), m.end(1), message, spelled, {"word": spelled})
            yield from (h for h in _ranges(text, s, e) if not doc.in_quote(h.start))


_TITLE_NUMBER = re.compile(rf"(\d{{1,2}}) (?=[A-Z][a-z])(?!(?i:{MONTH_ALTERNATION})\b)")  # no date
_RANGE_NOUNS = _COUNTED_N1 | words("menit")  # "10 hingga 15 menit": a span of time, as a count
_NOT_NOUNS = words(
    """persen juta ribu miliar triliun km kg cm mm ha ton meter liter menit detik kilometer
    kilogram sentimeter hektare hektar gram mililiter"""
)  # a measure with its unit stays in digits (EYD V; probe58: "sekitar 5 kilometer")
_WORD_BEFORE = re.compile(r"(?<![\w-])([a-z]+) $")
_ACCELERATION = re.compile(r" [Pp]rogram [Aa]kselerasi\b")  # the minister's 13 (probe58)
# Words after which a number counts: verbs (meN-, ber-, di-, ter-), and these.
_COUNTING = FUNCTION_WORDS | words(
    """ada atas hanya sekitar kurang lebih sedikitnya setidaknya sebanyak terdapat yakni yaitu
    tinggal baru masih"""
)
_VERB = re.compile(r"(?:me|be|di|te)[a-z]{3,}")


def _counted_noun(text: str, s: int, m: re.Match) -> bool:
    """A one-word number (1 to 9) after a verb or a function word, before a lowercase word
    of the lists that is no unit and no verb: 'memiliki 3 kompetensi', 'terdiri atas 3
    kata', 'mendaftarkan 5 pemohon' (the nouns a number counts are too many to list; a
    label's number follows a noun: 'kelompok 1 diminta')."""
    noun = m.group(2)
    if not noun.islower():
        return capital_count(text, s, m)
    if noun in _NOT_NOUNS or len(noun) < 3 or not 0 < int(m.group(1)) < 10:
        return False
    before = _WORD_BEFORE.search(text, max(s, m.start() - 30), m.start())
    if before is None or _VERB.match(noun):
        return False
    if before.group(1) not in _COUNTING and not _VERB.fullmatch(before.group(1)):
        return False
    from kabar_desktop.check.spelling import speller

    return speller().known(noun)


# A figure of two digits or more: beside one, a number of two words is one of the paragraph's
# figures, which house-style's N1 leaves in digits ("80 WNA … 68 … 67"; statistics).
_FIGURE = re.compile(r"(?<![\d.,/])\d{2,}(?:\.\d{3})*(?![\d/])")


def unopened_quote_end(text: str, start: int, end: int) -> int:
    """Where a quote that lost its opening mark ends: the paragraph's first quote mark, when
    it closes after a comma or a stop (``start`` if there is none)."""
    roles = quote_roles(text, start, end)
    if roles and not roles[0][1] and text[roles[0][0] - 1] in ",.?!":
        return roles[0][0]
    return start


def _in_a_name(text: str, s: int, m: re.Match) -> bool:
    """A number between two capitalised words (not the sentence's first): part of a name."""
    if not m.group(2)[:1].isupper():
        return False
    before = re.search(r"([^\W\d_][\w’'.-]*) $", text[max(s, m.start() - 40) : m.start()])
    return (
        before is not None and before.group(1)[:1].isupper() and m.start() - len(before.group()) > s
    )


# Two numbers make a series when they count the same thing ("473 orang … dan 30 orang") or
# a coordinator joins them within a few words ("8 pria dan 25 wanita", "12, 30, …").
_COORDINATED = re.compile(r",|\b(?:dan|serta|atau|hingga|sampai)\b")
_NOUN_AFTER = re.compile(r"[\d.,]* ([a-z]+)")


def _series(text: str, m: re.Match, other: int) -> bool:
    """Does the number ``m`` (digits, then its noun) make a series with the one at ``other``?"""
    a, b = sorted((m.start(), other))
    between = text[a:b]
    if len(between.split()) <= 5 and _COORDINATED.search(between):
        return True
    noun = _NOUN_AFTER.match(text, other)
    return noun is not None and noun.group(1) == m.group(2).lower()


def _quantity_places(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """(offset, value) of each number of the sentence that counts something."""
    skip = [m.span() for m in _NOT_QUANTITY.finditer(text, s, e)]
    out = []
    for m in _QUANTITY.finditer(text, s, e):
        if not any(a <= m.start() < b for a, b in skip):
            digits = re.sub(r"[.,]\d{1,2}$", "", m.group()).replace(".", "").replace(",", "")
            out.append((m.start(), int(digits) if 0 < _whole(digits) < 1_000_000 else 1_000))
    return out


def _counted_in_digits(doc: Doc) -> set[str]:
    """Nouns the writer counts with a number that stays in digits (three words or more):
    the article's small counts of the same thing stay in digits too, beside them ('23
    paket' in one paragraph, '11 paket' in the next), as a sentence's series does."""
    text, out = doc.text, set()
    for para in doc.prose_paras():
        for m in _BIG_COUNT.finditer(text, para.start, para.end):
            n = int(m.group(1).replace(".", ""))
            if m.group(2) in _CLASSIFIERS or doc.in_quote(m.start()):
                continue  # 'orang' counts anyone; a quote keeps the speaker's digits
            if 10 < n < 1_000_000 and len(number_words(n).split()) > 2:
                out.add(m.group(2))
    return out


_CLASSIFIERS = words("orang buah unit kali")


def _breakdown_counts(doc: Doc, para: Para) -> set[str]:
    """The nouns a paragraph's statistics count in digits of three words or more ('1.524
    orang WBP …, 25 orang …, 1.719 orang …'): the paragraph's later small counts of the same
    noun go on with that breakdown in digits (EYD V: numbers in a breakdown stay in digits),
    'orang' too, which the article-wide reading leaves out. Statistics: a sentence of three
    quantities, or the noun counted three times in the paragraph."""
    text = doc.text
    big = set()
    for m in _BIG_COUNT.finditer(text, para.start, para.end):
        n = int(m.group(1).replace(".", ""))
        if not doc.in_quote(m.start()) and 10 < n < 1_000_000 and len(number_words(n).split()) > 2:
            big.add(m.group(2))
    if not big:
        return set()
    if any(len(_quantity_places(text, s, e)) >= 3 for s, e in para.sentences):
        return big
    # Or the paragraph counts the same noun three times and more, one count in digits of
    # three words ('… kepada 129 orang. … kepada 1 orang dan … terhadap 13 orang'): a report.
    counted = [m.group(2) for m in _NUMBER.finditer(text, para.start, para.end)]
    return {noun for noun in big if counted.count(noun) >= 3}


_BIG_COUNT = re.compile(r"(?<![\w.,/:-])(\d{2,3}(?:\.\d{3})?)(?![\w,/:%-]) (?:jenis )?([a-z]+)")


def _a_rate(text: str, s: int, m: re.Match) -> bool:
    return bool(
        _RATE_AFTER.match(text, m.end())
        or _RATE_BEFORE.search(text, max(s, m.start() - 30), m.start())
    )


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


# Round 19: an estimate before a range of figures ("sekitar 50 sampai 60 orang").
_ESTIMATE_BEFORE = re.compile(r"\b(?:sekitar|kurang lebih|kira-kira|hampir|diperkirakan) $")


def _ranges(text: str, s: int, e: int) -> Iterator[Hit]:
    for m in _RANGE.finditer(text, s, e):
        low, high, noun = int(m.group(1)), int(m.group(2)), m.group(3)
        if noun not in _RANGE_NOUNS or not 0 < low < high or m.start() == s:
            continue
        if noun in DURATIONS:
            continue  # "1 sampai 6 bulan": a span of time is a measure (EYD V), in digits
        if high >= 20 and _ESTIMATE_BEFORE.search(text, max(s, m.start() - 14), m.start()):
            continue  # "sekitar 50 sampai 60 orang": an estimate of figures, statistics
        if _RATE_BEFORE.search(text, max(s, m.start() - 30), m.start()):
            continue
        spelled = [number_words(low), number_words(high)]
        if all(len(w.split()) <= 2 for w in spelled):
            joined = text[m.end(1) : m.start(2)].strip()
            fixed = f"{spelled[0]} {joined if joined[:1].isalpha() else 'sampai'} {spelled[1]}"
            yield Hit(
                m.start(1),
                m.end(2),
                N_("Write this number in words: '{word}'."),
                fixed,
                {"word": fixed},
            )


def _written_twice(text: str, start: int, end: int) -> Iterator[Hit]:
    """'6 (enam)' or 'enam (6)': the house style writes a number once, in words when it
    takes one or two, else in digits."""
    found = []
    if _DIGITS_THEN_WORD.search(text, start, end):  # the common paragraph has neither form
        for m in _DIGITS_AND_WORDS.finditer(text, start, end):
            found.append((m.start(), m.end(), m.group(1), m.group(2), True))
    if _DIGITS_IN_BRACKETS.search(text, start, end):
        for m in _WORDS_AND_DIGITS.finditer(text, start, end):
            found.append((m.start(1), m.end(), m.group(2), m.group(1), False))
    for s, e, digits, spelled, digits_first in found:
        n = _whole(digits.replace(".", ""))
        if not 0 < n < 1_000_000:
            continue
        said = number_words(n).split()
        typed = spelled.split()
        if [w.lower() for w in typed[-len(said) :]] != said:
            continue  # the words say something else ("Rp5.000 (lima ribu rupiah)")
        if not digits_first:
            s = e - len(f"{' '.join(typed[-len(said) :])} ({digits})")
        one = " ".join(said) if len(said) <= 2 else digits
        if text[s].isupper():
            one = one[0].upper() + one[1:]
        yield Hit(s, e, N_("Write the number once: '{word}'."), one, {"word": one})
