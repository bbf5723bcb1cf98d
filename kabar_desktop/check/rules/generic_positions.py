"""K2's readings of a position or a body's kind used generically, beside
position_classes.py: a functional position ('pembimbing kemasyarakatan', 'penyuluh hukum')
names a class of civil servants many hold at once, and kinds joined by a slash
('Kementerian/Lembaga') name no one body, so both are lowercase unless a name follows. Moved
out of capital_contexts.py, whose job is K3's common words in capitals; these share only its
readings of a dictionary's common word and of text a rule skips (titles, datelines).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import INSTITUTION_KINDS, INSTITUTIONS, POSITION_PARTS, words
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.capital_contexts import _capitalised_words, _common, _skipped
from kabar_desktop.check.rules.case_reading import initial

# A programme named by a position's or a kind's words: "Pos Bantuan Hukum Desa/Kelurahan
# (Posbankum)" (probe57), "Posbankum Desa/Kelurahan" (heldout226, heldout228).
_NAMED_WITH_SHORT_FORM = re.compile(r"[A-Z][a-z]+ [A-Z][\w/]+ \([A-Z][A-Za-z]{2,9}\)")
_PROGRAMME_BEFORE = re.compile(r"\b(?:Posbankum|Hukum|Sadar|Lomba|Program|Gerakan) $")


def in_programme_name(text: str, start: int, end: int) -> bool:
    """The words at [start, end) belong to a programme's name, not to a generic post."""
    named = _NAMED_WITH_SHORT_FORM.finditer(text, max(0, start - 24), end + 12)
    return any(m.start() < start and end < m.end() for m in named) or bool(
        _PROGRAMME_BEFORE.search(text, max(0, start - 30), start)
    )


# --- K2: functional positions --------------------------------------------------------------
# Functional positions (jabatan fungsional, PermenPAN-RB on each): a class of civil servants
# many hold at once, so the words name a kind of official, lowercase unless a holder's name
# follows (EYD V, huruf kapital: a title is capitalised before a name or as one office's
# holder): 'tanggung jawab Bapas dan Pembimbing Kemasyarakatan' → 'pembimbing
# kemasyarakatan', 'seluruh Perancang Peraturan Perundang-undangan Kantor Wilayah'.
_FUNCTIONAL = tuple(
    tuple(p.split())
    for p in (
        "asisten pembimbing kemasyarakatan",
        "pembimbing kemasyarakatan",
        "pembimbing kemasyarakatannya",
        "penyuluh hukum",
        "perancang peraturan perundang-undangan",
        "analis hukum",
        "analis keimigrasian",
        "pemeriksa keimigrasian",
        "pembina kemandirian",
        "pranata komputer",
        "pranata humas",
    )
)
# Grades of a functional position: 'Penyuluh Agama Ahli Muda' names one rank, left alone.
_GRADES = words("ahli muda madya utama pertama terampil mahir penyelia pemula kelas")
_ROMAN_NUMERAL = re.compile(r"[IVX]+[ABC]?")


_FUNCTIONAL_FIRST = frozenset(p[0] for p in _FUNCTIONAL)


def _functional_at(doc: Doc, i: int) -> int:
    """Index past the longest functional position at token ``i`` (``i`` when none)."""
    toks = doc.tokens
    if toks[i].text.lower() not in _FUNCTIONAL_FIRST:
        return i
    for phrase in _FUNCTIONAL:
        n = len(phrase)
        if i + n > len(toks):
            continue
        if all(toks[i + k].text.lower() == phrase[k] for k in range(n)) and all(
            doc.adjacent(toks[i + k - 1], toks[i + k]) for k in range(1, n)
        ):
            return i + n
    return i


def _maybe_a_name(word: str) -> bool:
    """A capitalised word after the position that may be its holder's name."""
    lower = word.lower()
    if word.isupper() or _ROMAN_NUMERAL.fullmatch(word):
        return False  # "Bapas", "TPI", "II": the office's
    if lower in INSTITUTIONS or lower in INSTITUTION_KINDS or lower in POSITION_PARTS:
        return False
    from kabar_desktop.check.rules.place_names import one_word_places

    if lower in one_word_places() or lower in words("kelas negara wilayah"):
        return False
    return not _common(word)


def functional_positions(doc: Doc) -> Iterator[Hit]:
    """K2: a functional position capitalised where no holder's name follows it."""
    toks = doc.tokens
    i = 0
    while i < len(toks):
        j = _functional_at(doc, i)
        if j == i:
            i += 1
            continue
        start, i = i, j
        run = toks[start:j]
        if not any(t.text[:1].isupper() for t in run[1:]) and not (
            run[0].text[:1].isupper() and not initial(doc, run[0])
        ):
            continue  # already lowercase (its first word may open the sentence)
        if _skipped(doc, run[0]) or any(t.text.isupper() for t in run):
            continue
        prev = toks[start - 1] if start else None
        if (
            prev is not None
            and doc.adjacent(prev, run[0])
            and prev.text[:1].isupper()
            and not initial(doc, prev)
        ):
            continue  # "Ikatan Pembimbing Kemasyarakatan Indonesia": a body's name
        if re.match(r" ?\(", doc.text[run[-1].end : run[-1].end + 2]):
            continue  # "Pembimbing Kemasyarakatan (PK)": introduced with its short form
        k = j
        named = False
        while k < len(toks) and doc.adjacent(toks[k - 1], toks[k]) and toks[k].text[:1].isupper():
            if toks[k].text.lower() in _GRADES or _maybe_a_name(toks[k].text):
                named = True
                break
            k += 1
        if named:
            continue  # "Penyuluh Agama Ahli Muda", "Pembimbing Kemasyarakatan Budi"
        after = doc.text[toks[k - 1].end : toks[k - 1].end + 3] if k <= len(toks) else ""
        if after.startswith(", ") and k < len(toks) and toks[k].text[:1].isupper():
            continue  # "…, Budi Santoso": the holder named in apposition
        if after.startswith(" ") and k < len(toks) and toks[k].text in ("dan", "serta"):
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is not None and nxt.text[:1].isupper() and _maybe_a_name(nxt.text):
                continue
        first = run[0].text
        lead = first[:1] if initial(doc, run[0]) else first[:1].lower()
        names = _capitalised_words()
        fixed = " ".join(
            [lead + first[1:].lower()]
            + [t.text if t.text.lower() in names else t.text.lower() for t in run[1:]]
        )
        text = doc.text[run[0].start : run[-1].end]
        if fixed == text:
            continue
        yield Hit(
            run[0].start,
            run[-1].end,
            N_("A position used generically is written in lowercase."),
            fixed,
        )


# --- K2: kinds of body or region joined by a slash -------------------------------------
# 'masing-masing Kementerian/Lembaga', 'di Provinsi/Kabupaten/Kota di seluruh Indonesia':
# kinds side by side, each one of many, name no body (the usual 'kementerian/lembaga'); a
# name after them makes them its own ('Desa/Kelurahan Sadar Hukum').
_KIND = (
    r"(?:Kementerian|Lembaga|Provinsi|Kabupaten|Kota|Desa|Kelurahan|Dinas|Instansi|Badan|"
    r"Pusat|Daerah|Kecamatan)"
)
_SLASHED = re.compile(rf"(?<![\w/-]){_KIND}(?: ?/ ?{_KIND})+(?![\w/-])")


def slashed_kinds(doc: Doc) -> Iterator[Hit]:
    """K2: kinds of body or region joined by slashes where no name follows them."""
    text = doc.text
    for m in _SLASHED.finditer(text):
        i = doc.token_at(m.start())
        if i is None:
            continue
        t = doc.tokens[i]
        if initial(doc, t) or _skipped(doc, t):
            continue
        after = re.match(r" (\S)", text[m.end() : m.end() + 2])
        if after and after.group(1).isupper():
            continue  # "Desa/Kelurahan Sadar Hukum": a name's kind
        before = text[max(0, m.start() - 2) : m.start()]
        if before[:1].isupper() or before.endswith(("(", "“", '"')):
            continue
        fixed = m.group().lower()
        yield Hit(
            m.start(),
            m.end(),
            N_("A position used generically is written in lowercase."),
            fixed,
        )
