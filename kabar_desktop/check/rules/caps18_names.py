"""Round 18 of issue 13, capitals: where a capital is a name's though its words are common
ones (EYD V, I.B: names of documents, bodies and their units keep their capitals).

- A document's title after 'tentang' in a reference to a regulation or a circular ('Surat
  Edaran … Tahun 2022 tentang Tata Cara Layanan … dan Pembinaan yang Melibatkan Pihak
  Luar'): the title's words in title case, its small words in lowercase, run to the end.
- A word foreign to Indonesian in title case right after a common word, a name going on
  after it ('Media Center Dinas …', 'Command Center Rutan …'): a unit's or a facility's name
  in the foreign form, which the common word opens.
"""

from __future__ import annotations

import re

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import (
    COMMON_WORD_BODIES,
    INSTITUTION_KINDS,
    INSTITUTIONS,
    words,
)
from kabar_desktop.check.rules import Hit
from kabar_desktop.check.rules.case_reading import capitalised

# Small words a title writes in lowercase between its capitalised words (EYD V: 'dan',
# 'yang', 'di', 'untuk' … in titles).
_TITLE_SMALL = words(
    """yang dan atau serta dengan di ke dari untuk bagi pada terhadap dalam tentang sebagai
    oleh atas secara melalui antara"""
)
# A document cited before its title: a regulation's kind, a circular, its number or year.
_DOCUMENT_CITED = re.compile(
    r"\b(?:[Pp]eraturan|[Pp]ermen\w*|[Pp]erpres|[Pp]erda|[Pp]ergub|[Pp]erbup|[Pp]erwal|UU|"
    r"[Uu]ndang-[Uu]ndang|[Kk]eputusan|[Kk]epmen\w*|[Ss]urat [Ee]daran|SE|[Ii]nstruksi|"
    r"[Mm]aklumat|[Qq]anun|[Nn]omor|[Tt]ahun \d{4}|[Nn]o\. ?\d)\b"
)


def document_title(doc: Doc, i: int) -> bool:
    """Token ``i`` stands in the title-case run that follows 'tentang' after a cited
    regulation or circular: the document's title, whose words keep their capitals."""
    spans = doc.__dict__.get("_caps18_titles")
    if spans is None:
        spans = doc.__dict__["_caps18_titles"] = _title_spans(doc)
    t = doc.tokens[i]
    return any(s <= t.start < e for s, e in spans)


def _title_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each document's title after 'tentang': from the word after it over
    capitalised words, numbers and the small words a title writes in lowercase."""
    out: list[tuple[int, int]] = []
    if "entang " not in doc.text:
        return out
    toks = doc.tokens
    for k, t in enumerate(toks):
        if t.text.lower() != "tentang" or k + 1 >= len(toks):
            continue
        start = _sentence_start(doc, t)
        if _DOCUMENT_CITED.search(doc.text, start, t.start) is None:
            continue
        j = k + 1
        while j < len(toks) and (
            doc.adjacent(toks[j - 1], toks[j]) or _listed_on(doc, toks[j - 1], toks[j])
        ):
            w = toks[j]
            if not (capitalised(w) or w.text in _TITLE_SMALL or w.text.isdigit()):
                break
            j += 1
        if j > k + 1:
            out.append((toks[k + 1].start, toks[j - 1].end))
    return out


def _listed_on(doc: Doc, a: Token, b: Token) -> bool:
    """A comma between two words of the title, the next capitalised or 'dan': the title
    lists (… tentang Syarat dan Tata Cara Pemberian Remisi, Asimilasi, …, dan Cuti
    Bersyarat'; the fifth precision probe)."""
    if a.para != b.para or doc.text[a.end : b.start] != ", ":
        return False
    return capitalised(b) or b.text == "dan"


def _sentence_start(doc: Doc, t: Token) -> int:
    for s, e in doc.paras[t.para].sentences:
        if s <= t.start < e:
            return s
    return doc.paras[t.para].start


def foreign_name_word(doc: Doc, k: int) -> bool:
    """Token ``k`` is a word in title case that Indonesian does not have ('Center', 'Room')
    and a name goes on after it ('Media Center Dinas …', 'Command Center Rutan …'): with the
    common word before it, a facility's or a unit's name in its foreign form. Alone at a
    phrase's end ('layanan Kunjungan Online setiap hari') it names no one unit."""
    toks = doc.tokens
    if not 0 <= k < len(toks) - 1:
        return False
    t, nxt = toks[k], toks[k + 1]
    if not capitalised(t) or not t.text[1:].islower() or len(t.text) < 3:
        return False
    if not doc.adjacent(t, nxt):
        return False
    if nxt.text in ("dan", "&"):
        if not (k + 2 < len(toks) and doc.adjacent(nxt, toks[k + 2])):
            return False
        if not capitalised(toks[k + 2]):
            return False  # an event's name across 'dan': 'Media Tour dan Refleksi …'
    from kabar_desktop.check.spelling import speller

    if nxt.text not in ("dan", "&") and not (
        capitalised(nxt)
        and (_body(nxt.text) or (t.text in _FACILITIES and not speller().known(nxt.text.lower())))
    ):
        return False  # the body the unit belongs to: 'Media Center Dinas …', '… Rutan …',
        # or a facility's own name ('Media Center Ije Jela …', heldout23)
    return not speller().known(t.text.lower())


# English words that name a facility, whose own name may follow ('Media Center Ije Jela').
_FACILITIES = frozenset({"Center", "Centre", "Room", "Hall", "Corner", "Hub", "Space", "Point"})


def _body(word: str) -> bool:
    """A body's kind or short form ('Dinas', 'Kantor', 'Rutan', 'Kominfo')."""
    lower = word.lower()
    return lower in INSTITUTIONS or lower in INSTITUTION_KINDS or lower in _BODY_WORDS


_BODY_WORDS = words(
    """dinas kantor badan balai lembaga kementerian sekretariat pemerintah pemkab pemkot
    pemprov dewan komisi direktorat inspektorat"""
)


def title_or_theme(doc: Doc, k: int) -> bool:
    """Token ``k`` stands in a document's title or in a quoted theme after 'tema' ('"… dan
    Pendidikan Tinggi Lainnya."', heldout108): both keep their words' capitals."""
    from kabar_desktop.check.lexicon import FUNCTION_WORDS
    from kabar_desktop.check.rules.inner_caps import _in_theme

    theme = _in_theme(doc, k) and doc.tokens[k].text.lower() not in FUNCTION_WORDS
    return document_title(doc, k) or theme  # 'Yang' is lowercase in a theme too (K12's)


_FLAG_BEFORE = re.compile(r"\b(?:[Bb]endera|[Ss]ang Saka)(?: [a-z]+)? $")


def flag_name(doc: Doc, start: int, end: int) -> bool:
    """'bendera kecil Merah Putih': the flag's name (K28), whatever word stands between."""
    return doc.text[start:end].lower() == "merah putih" and bool(
        _FLAG_BEFORE.search(doc.text, max(0, start - 30), start)
    )


_GROUP_BEFORE = re.compile(
    r"\b(?:[Kk]elompok [Tt]ani|[Pp]oktan|[Gg]apoktan|KWT)(?: \w+){0,2} $"
    r"|\b(?:[Kk]elompok|[Pp]okdakan|[Pp]aguyuban)(?: [a-z]+){1,3} $"
)


def group_name(doc: Doc, start: int) -> bool:
    """The capitalised word at ``start`` names a group: "Kelompok tani Makmur" (probe68),
    "kelompok budi daya ikan Bermakna" (probe114)."""
    return bool(_GROUP_BEFORE.search(doc.text, max(0, start - 40), start))


_NAMED_SHORT = re.compile(r"((?: [a-z]+){1,3}) \(([A-Z][a-z]{3,9})\)")


def named_by_short_form(doc: Doc, start: int, end: int) -> bool:
    """'Pojok baca digital (Pocadi)': a facility's name, its own short form of syllables in
    brackets after it opening with the capitalised word's first two letters (probe116)."""
    m = _NAMED_SHORT.match(doc.text, end)
    short = m.group(2).lower() if m else ""
    own = short not in INSTITUTIONS and short not in INSTITUTION_KINDS  # not "(Rutan)"
    return bool(m) and own and short.startswith(doc.text[start : start + 2].lower())


_DECLARED = re.compile(r",? (?:merupakan |adalah |ialah )?(?:akronim|singkatan) dari\b")


def recurring_name(doc: Doc, h: Hit) -> bool:
    """A name, no common words: a body named by common words ('Pramuka', lexicon.py), or words
    the body writes capitalised thrice, never lowercase ('Lancang Kuning')."""
    span, body_start = doc.text[h.start : h.end], doc.text.find("\n") + 1
    if span.startswith(("Sang ", "Si ")):
        return True  # "Sang Merah Putih": EYD V capitalises a name after 'sang' (heldout249)
    if span.lower() in COMMON_WORD_BODIES:  # lowercase_names.py asks their capitals
        return True  # "Pramuka": the movement's name (the sets leave it 33 of 33, heldout153)
    at = doc.text.find(span + " ")
    while at >= 0:
        if _DECLARED.match(doc.text, at + len(span)):
            return True  # "Pinang merupakan akronim dari Pelaporan Orang Asing" (probe156)
        at = doc.text.find(span + " ", at + 1)
    return " " in span and doc.text.count(span, body_start) >= 3 and span.lower() not in doc.text
