"""How a word's case reads where it stands: the first word of a sentence, a word of a name,
a word of the title or of the dateline. The capitals rules (K1–K11) share these readings.
"""

from __future__ import annotations

import bisect
import re
import weakref

from kabar_desktop.check.document import Doc, Para, Token
from kabar_desktop.check.lexicon import (
    ATTRIBUTION_VERBS,
    COUNTRIES,
    FUNCTION_WORDS,
    MINISTRY_FIELDS,
    words,
)

# A dateline with an office tag the frame may not know: "Sragen (Humas) – ".
_TAGGED_DATELINE = re.compile(r"[^\W\d_][^\n.!?()]{0,40}\([^()\n]{1,30}\)\s?[-–—]\s")
# Function words a name in title case keeps in lowercase ("Pelatihan … bagi Petugas Humas").
NAME_LINKS = frozenset(
    ("bagi", "dan", "di", "ke", "dari", "untuk", "pada", "dengan", "dalam", "atau", "tentang")
)


def cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def title_case(words: list[str]) -> str:
    return " ".join(w if w in FUNCTION_WORDS else cap(w) for w in words)


def common_case(text: str) -> str:
    """A common term in lowercase, a country's name in it kept: "Pekerja Migran Indonesia" →
    "pekerja migran Indonesia" (EYD V: the name of a country keeps its capital; probe57)."""
    return " ".join(w if w.lower() in COUNTRIES else w.lower() for w in text.split(" "))


# Before a news agency's name ("kepada Antara", "dikonfirmasi Antara"; probe52, probe56).
_TOLD = words("kepada dari oleh dikutip dilansir melansir dikonfirmasi dihubungi diwawancarai")
_TOLD |= words("diterima disitat")  # "siaran pers yang diterima Antara" (session 39)
_AGENCY_DATED = re.compile(r", (?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b")


def told_before(text: str, start: int) -> bool:
    """A word the news agency's name follows ends just before ``start`` ('… Antara')."""
    before = text[max(0, start - 16) : start].split()
    return bool(before) and before[-1].lower() in _TOLD


def news_agency(text: str, start: int, end: int) -> bool:
    """'Antara' at [start, end) is the news agency, not the preposition: after a word of
    telling ('dikutip Antara') or before the day it reported ('Sulawesi Utara, Antara, Kamis')."""
    return text[start:end] == "Antara" and (
        told_before(text, start) or _AGENCY_DATED.match(text, end) is not None
    )


# An attribution that names its speaker by one word: '"…," kata Jurnalis.' (probe59).
_SPEAKER = re.compile(r"[\"”,]\s*(?:" + "|".join(sorted(ATTRIBUTION_VERBS)) + r")\s+$")


def speaker_named(doc: Doc, t: Token) -> bool:
    """``t`` is the one word of a speaker after a quote's or a comma's attribution verb and
    before its stop or comma ('"…," kata Jurnalis.', ', kata Jurnalis, terus …'): a name,
    however common the word ('jurnalis')."""
    text = doc.text
    if text[t.end : t.end + 1] not in (",", "."):
        return False
    return _SPEAKER.search(text, max(0, t.start - 16), t.start) is not None


def in_title(doc: Doc, t: Token) -> bool:
    return doc.paras[t.para].kind == "title"


def after_word_or_comma(doc: Doc, t: Token) -> bool:
    """A word or a comma stands before the token: no dateline of an unknown form ('Magelang
    (04/12)---Setiap …'), no bracket or quote that may open a sentence."""
    before = doc.text[max(doc.paras[t.para].start, t.start - 40) : t.start].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] == ",")


def capitalised(t: Token) -> bool:
    return t.text[:1].isupper()


def _dateline_end(doc: Doc, t: Token) -> int:
    """Where a lead's tagged dateline ("Sragen (Humas) – ") ends, or -1."""
    para = doc.paras[t.para]
    if para.kind != "lead":
        return -1
    found = _DATELINE_ENDS.setdefault(doc, {})  # asked for each word of the lead
    if t.para not in found:
        m = _TAGGED_DATELINE.match(doc.text, para.start, para.end)
        found[t.para] = m.end() if m else _city_comma_end(doc, para)
    return found[t.para]


def _city_comma_end(doc: Doc, para: Para) -> int:
    """Where an office's dateline of one town and a comma ends ('Barabai, Pada malam …',
    heldout31), when A7 reads it as one; else -1."""
    from kabar_desktop.check.rules.datelines import city_and_comma, outlet_lead_start

    m = re.match(r"[A-Z][a-z]+, (?=[A-Z])", doc.text[para.start : para.start + 40])
    if m and city_and_comma(doc, para):
        return para.start + m.end()
    m = _CITY_ONLY.match(doc.text[para.start : para.start + 40])
    if m:  # "BANJARMASIN, Petugas …", "Jakarta: Petugas …" (heldout225, heldout227)
        return para.start + m.end()
    return outlet_lead_start(doc.text, para)  # "Padang Pariaman, Publikapost.com Penyerahan"


_CITY_ONLY = re.compile(
    r"(?:[A-Z]{3,}(?: [A-Z]{3,})?, |[A-Z][a-z]+(?: [A-Z][a-z]+)?: "
    r"|[\w-]+\.(?:com|co\.id|id|net)(?:[:,]| ?[-–—] ?[A-Z][a-z]+(?: [A-Z][a-z]+)?,) "
    r"|\([\w-]+\.(?:com|co\.id|id|net)\), )(?=[A-Z])"
)  # "Suma.id: Warga", "JAILOLO-CM.com, Sejak", "LDberita.id - Batubara, Dalam" (probes),
# "(Baliekbis.com), Layanan" (heldout244)
_DATELINE_ENDS: weakref.WeakKeyDictionary[Doc, dict[int, int]] = weakref.WeakKeyDictionary()


def initial(doc: Doc, t: Token) -> bool:
    """The first word of a sentence, also right after a dateline the frame does not know."""
    return t.initial or t.start == _dateline_end(doc, t)


def in_dateline(doc: Doc, t: Token) -> bool:
    return t.end <= _dateline_end(doc, t)


def chunk(doc: Doc, t: Token) -> str:
    """The run of non-space characters the token stands in."""
    text = doc.text
    start, end = t.start, t.end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end]


def in_name(doc: Doc, i: int) -> bool:
    """The token stands right after a capitalised word that is not merely sentence-initial,
    or inside a name in title case across a function word: "Pelatihan Jurnalistik Dasar bagi
    Petugas Humas" (a capitalised word before the function word and after the token)."""
    if i == 0:
        return False
    toks = doc.tokens
    prev, t = toks[i - 1], toks[i]
    if doc.adjacent(prev, t) and capitalised(prev) and not prev.initial:
        return True
    if prev.text == "kementerian" and t.text.lower() in MINISTRY_FIELDS:
        return True  # "Kantor kementerian Agama": the name, its head's capital K10's (heldout53)
    if i < 2 or i + 1 >= len(toks) or prev.text not in NAME_LINKS:
        return False
    before, after = toks[i - 2], toks[i + 1]
    return (
        doc.adjacent(before, prev)
        and doc.adjacent(prev, t)
        and doc.adjacent(t, after)
        and capitalised(before)
        and not before.initial
        and capitalised(after)
    )


# A quote closed by a mark typed the wrong way round ('“Terus Melaju untuk Indonesia Maju“.')
# is still closed: a mark after a word and before no word closes (quote_marks.quote_roles).
_QUOTED = re.compile(r"[\"“]([^\"“”\n]{1,80})(?:[\"”]|(?<=\w)“(?!\w))")


def in_slogan(doc: Doc, t: Token) -> bool:
    """``t`` stands in a quoted slogan or theme of two to ten words, each capitalised but
    the function words ('"Senang, Untuk, Menang"', '"Tangguh dalam Cobaan"'): a motto keeps
    the capitals its writer gave it."""
    quoted = _quoted(doc, t.para)
    k = bisect.bisect_right(quoted, (t.start, "\uffff")) - 1
    for start, inner in quoted[max(0, k) : k + 1]:
        if start <= t.start < start + len(inner):
            parts = re.findall(r"[^\W\d_]+", inner)
            content = [p for p in parts if p.lower() not in FUNCTION_WORDS]
            return 2 <= len(parts) <= 10 and all(p[0].isupper() for p in content)
    return False


_QUOTES: weakref.WeakKeyDictionary[Doc, dict[int, list[tuple[int, str]]]] = (
    weakref.WeakKeyDictionary()
)


def _quoted(doc: Doc, para: int) -> list[tuple[int, str]]:
    """The quoted texts of a paragraph (where each starts, what it says), read once per
    document: read again for every word, a long paragraph cost its length squared."""
    found = _QUOTES.setdefault(doc, {})
    if para not in found:
        p = doc.paras[para]
        found[para] = [(m.start(1), m.group(1)) for m in _QUOTED.finditer(doc.text, p.start, p.end)]
    return found[para]


def place_word_after_head(doc: Doc, t: Token, i: int | None = None) -> bool:
    """``t`` (token ``i``) follows a place's head word ('Teluk Dalam', 'Kampung Tengah')."""
    i = (doc.token_at(t.start) or 0) if i is None else i
    toks = doc.tokens
    return i > 0 and bool(_PLACE_HEAD.fullmatch(toks[i - 1].text)) and doc.adjacent(toks[i - 1], t)


# The heads of places' names: the word after one is the place's own ("Teluk Dalam").
_PLACE_HEAD = re.compile(
    r"Teluk|Tanjung|Pulau|Kampung|Sungai|Bukit|Gunung|Muara|Kuala|Ujung|Pasir|Air|Batu"
)
