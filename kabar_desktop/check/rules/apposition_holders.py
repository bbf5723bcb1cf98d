"""Where an office's name ends and its holder's name begins: one reading of the open
apposition (P33, for appositions.py; round 16).

A position, its office and a person's name run together with no comma ("disampaikan Kepala
Rutan Kelas IIB Cilodong Depok Sohibur Rachman.", "Sekjen Kemenkumham Andap Budhi Revianto
mengingatkan", "Kepala Seksi Kehumasan dan Pelayanan Publik Imran Paputungan mengatakan"):
the name is an apposition, set off by commas (EYD V: keterangan aposisi diapit tanda koma),
the closing one only where the sentence goes on.

The office's name and the split before the holder's name are read by
rules/apposition_names.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check import clause_reader as cr
from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import (
    ATTRIBUTION_VERBS,
    FUNCTION_WORDS,
    POSITION_PARTS,
    SAYING_VERBS,
    words,
)
from kabar_desktop.check.places import is_place_word
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.apposition_names import _STARTS, _known, _split, _Word
from kabar_desktop.check.rules.degrees import _BARE_DEGREES
from kabar_desktop.check.rules.office_names import aside_commas

NAMED = N_("The name after the position is set off by commas: '{word}'.")

# Ranks of the police and the armed forces go before the holder's name ('AKBP Yuswanto').
_RANKS = words(
    """akbp akp iptu ipda aiptu aipda bripka briptu brigpol bripda bharaka bharatu kombes
    kompol irjen brigjen laksma marsma mayjen letjen kolonel letkol mayor kapten lettu
    letda serma serka sertu"""
)
# A title or an initial with its period inside a name: 'Dr. Budi', 'Heksa A. Soepriadi'.
_TITLES = words("dr drs dra ir hj h prof kh rm hc plt plh")
# Words that bring in a list of those present, whose names follow their offices bare.
_LIST_INTRO = re.compile(
    r"\b(?:antara lain|di antaranya|diantaranya|yakni|yaitu|seperti|meliputi|hadir|dihadiri"
    r"|terdiri)\b",
    re.IGNORECASE,
)
# Words opening a role phrase in front of the subject: 'Sebagai Kepala Lapas X Budi …' is
# 'Sebagai Kepala Lapas X, Budi …' (Budi the subject), not an apposition to close.
_ROLE_OPENERS = words("sebagai selaku mewakili bertindak")
# After the name: words that open what follows the apposition.
_CLOSERS = words(
    """di pada saat ketika dalam kepada melalui usai seusai didampingi yang selaku sebagai
    hadir tampak terlihat sedang tetap berhasil untuk ke dari dengan"""
)
# Prepositions among the closers: after a firm end of the office, one word no dictionary
# lists before them is the holder's name as surely as before a verb.
_PREPOSITION_CLOSERS = words("di pada saat ketika dalam kepada melalui usai seusai untuk")
_PARTNERS = words("bersama beserta serta")
_CLASS_WORDS = words("kelas klas")
_GROUPS = words("para seluruh segenap jajaran jajarannya sejumlah rombongan")
_ADVERBS = words("juga kembali terus telah sudah akan langsung pun turut tidak")
_CHUNK = re.compile(r"\S+")
_CAPITAL_AFTER = re.compile(r" (?:\(?[A-Z]|drg?\. [A-Z])")  # "…, dr. As'ad, …": its name (probe83)
# An attribution verb right before the position: "…,” kata Kakanwil … Budi di Palembang"
# (the news agencies' form, which the sets leave as it stands).
_SAID_BY = re.compile(rf"\b(?:{'|'.join(sorted(ATTRIBUTION_VERBS))}) $")
_TRAIL = ',.;:!?"”’)'


def is_full_place(word: str) -> bool:
    """A province's, regency's or city's whole name ('Gianyar', 'Tabanan')."""
    from kabar_desktop.check.rules.appositions import full_place_names

    return word.lower() in full_place_names()


def _verb(word: str) -> bool:
    from kabar_desktop.check.rules.appositions import predicate

    return predicate(word) or word in SAYING_VERBS


def holder_appositions(doc: Doc, s: int, e: int) -> Iterator[Hit]:
    """Sentence [s, e): each position, office and holder's name run together with no comma
    between office and name, as a finding that sets the name off."""
    text = doc.text
    chunks = list(_CHUNK.finditer(text, s, e))
    p = 0
    while p < len(chunks):
        raw = chunks[p].group()
        word = raw.strip("(" + _TRAIL)
        if (
            word[:1].isupper()
            and not raw.startswith("(")
            and word.lower().rstrip(".") in _STARTS
            and _opens_run(chunks, p)
            and not doc.in_quote(chunks[p].start())
        ):
            hit, p = _read(doc, chunks, p, s, e)
            if hit is not None:
                yield hit
        p += 1


def _opens_run(chunks: list[re.Match], p: int) -> bool:
    """The position opens its phrase: the sentence's first word or after a lowercase word or
    a mark, not after a capitalised word (a name before its office: P33's other reading),
    nor after 'dan'/'serta' (the last of a list of officials, named bare)."""
    if p == 0:
        return True
    before = chunks[p - 1].group()
    if before in ("dan", "serta"):
        return False
    if p == 1 and before.isalpha() and before.lower() not in _STARTS and _known(before):
        return True  # "Kunjungan Kepala Kanwil …": the sentence's first word, a noun
    if before[-1:] in ',;:("“':
        return True
    return before[:1].islower()


def _read(doc: Doc, chunks: list[re.Match], p: int, s: int, e: int) -> tuple[Hit | None, int]:
    """The run from chunk ``p``: (the finding or None, the index of its last chunk)."""
    text = doc.text
    run: list[_Word] = []
    close = ""
    q = p
    while q < len(chunks):
        m = chunks[q]
        raw = m.group()
        if q > p and text[chunks[q - 1].end() : m.start()] != " ":
            close = raw  # a phrase typed as one has one space between its words
            break
        bracket = raw.startswith("(")
        core = raw.lstrip("(")
        extra = 0
        if bracket and ")" not in core and _two_word_short_form(text, chunks, q):
            core += " " + chunks[q + 1].group()  # "(Dirjen IKP)": a short form of two words
            extra = 1
        if bracket:
            shut = core.find(")")
            if shut < 2 or not core[:1].isupper():
                break  # "(Kasi …": a bracket that goes on, no short form
            stripped, tail = core[:shut], core[shut + 1 :]
        else:
            stripped = core.rstrip(_TRAIL)
            tail = core[len(stripped) :]
        # a title's or an initial's period stays inside the name ('Dr.', 'A.', 'Plt.')
        dotted = tail.startswith(".") and (
            stripped.lower() in _TITLES or (len(stripped) == 1 and stripped.isupper())
        )
        if dotted:
            tail = tail[1:]
            stripped += "."
        bare = stripped.rstrip(".")
        if not bare or not _run_word(bare, run, chunks, q):
            close = raw
            break
        start = m.start() + (1 if bracket else 0)
        run.append(_Word(start, start + len(stripped), stripped, bracket))
        q += extra
        if tail:
            close = tail[0]
            break
        q += 1
    while run and run[-1].text in ("dan", "serta"):
        run.pop()
        q -= 1
    last = max(p, q - (0 if close in (",", ".", ";", ":") else 1))
    if len(run) < 3 or not _closes(doc, close, chunks, q, run[-1].end, e):
        return None, last
    if any(w.text.lower().rstrip(".") in _RANKS for w in run):
        return None, last  # 'Kapolres Sleman AKBP Yuswanto': a rank opens the name
    if _LIST_INTRO.search(text, s, run[0].start):
        return None, last  # "Hadir pula Kepala Lapas X Budi, …": a list of those present
    if _role_opener(chunks, p) or _list_item(text, run[-1].end, e):
        return None, last
    if close == "," and _name_first(chunks, p):
        return None, last  # "Rusli, Kepala Rutan Takengon, tampak …": the position is the
        # apposition of the name before it; its last word is the office's place (round 20)
    degrees = _degrees_end(text, run[-1].end + 1, e) if close == "," else None
    if degrees is not None:
        close = "degrees"  # "Kasi Bimas Islam Budi, S.Pd., M.A.P. juga …": the name's own
    elif close == "," and _CAPITAL_AFTER.match(text, run[-1].end + 1, e):
        return None, last  # "Kepala Lapas Lubukpakam, Candra …": the comma opens the name
    if close in (",", "degrees") and aside_commas(text, s, run[0].start, run[-1].end):
        return None, last  # "…, melalui Kasi … Budi, mengatakan", "…, dan …": other commas
    if _SAID_BY.search(text, max(s, run[0].start - 12), run[0].start):
        return None, last  # "kata Kakanwil … Budi di …": the agencies' attribution, left
    closing = _closing_word(close, chunks, q) if close[:1].isalpha() else ""
    # a predicate, or a preposition that opens the clause's adverbial after the subject
    # ('Kakanwil Kemenkumham NTB Parlindungan dalam pembentukan …'; round 18)
    verb_close = bool(closing) and (_verb(closing) or closing in _PREPOSITION_CLOSERS)
    split = _split(doc, run, (run[0].start, run[-1].end), verb_close, close == "degrees")
    if split is None:
        return None, last
    k = split
    end_word, name = run[k], run[k + 1 :]
    if end_word.text in ("I", "Ni") and (k == 0 or run[k - 1].text.lower() not in _CLASS_WORDS):
        # "Bupati Tabanan I Komang …": a Balinese name's particle, no office's class; the
        # place before it ends the office (round 23)
        if k < 2 or not is_full_place(run[k - 1].text):
            return None, last
        k -= 1
        end_word, name = run[k], run[k + 1 :]
    if _CLASS_END.fullmatch(end_word.text) and k and run[k - 1].text.lower() in _CLASS_WORDS:
        # "Kepala Rutan Kelas IIB Buntok menyampaikan":
        if len(name) < 2:  # the office's town after its class, no name (probe79)
            return None, last
        k += 1
        end_word, name = run[k], run[k + 1 :]
    person = " ".join(w.text for w in name)
    shown = ("(" + end_word.text + ")") if end_word.bracket else end_word.text
    start = end_word.start - (1 if end_word.bracket else 0)
    stop = name[-1].end
    more = close not in (",", ".", ";", ":", "!", "?", ")", "degrees")
    fix = f"{shown}, {person}" + ("," if more else "")
    if degrees is not None:  # the degrees, then the apposition's closing comma
        tail = text[stop:degrees].rstrip(" ,")
        stop += len(tail)
        fix += tail + ","
    return Hit(start, stop, NAMED, fix, {"word": person}), last


_CLASS_END = re.compile(r"(?:I{1,3}|IV)[AB]?")


def _name_first(chunks: list[re.Match], p: int) -> bool:
    """The sentence opens with a person's name (one to four capitalised words) and the
    comma after it, then the position at ``p``: "Rusli, Kepala Rutan …," (EYD V: the
    apposition follows the name it explains; round 20)."""
    if not 1 <= p <= 4 or not chunks[p - 1].group().endswith(","):
        return False
    names = [c.group().strip('“"').rstrip(",") for c in chunks[:p]]
    if any("," in c.group() for c in chunks[: p - 1]):
        return False
    first = names[0].lower()
    if first in cr.PREPOSITIONS or first in FUNCTION_WORDS or first in _STARTS:
        return False
    return all(
        w.isalpha()
        and w[:1].isupper()
        and w[1:2].islower()
        and w.lower() not in _STARTS
        and not is_place_word(w)
        for w in names
    )


def _two_word_short_form(text: str, chunks: list[re.Match], q: int) -> bool:
    """'(Dirjen IKP)': an opening bracket's capitalised word, one space, and a capitalised
    word that closes the bracket (round 19)."""
    if q + 1 >= len(chunks) or text[chunks[q].end() : chunks[q + 1].start()] != " ":
        return False
    first, nxt = chunks[q].group()[1:], chunks[q + 1].group()
    return first[:1].isupper() and nxt[:1].isupper() and ")" in nxt and "(" not in nxt


def _degrees_end(text: str, pos: int, e: int) -> int | None:
    """After the name's comma at ``pos``: its academic degrees (each a capital and dotted
    parts: 'S.Pd.,', 'M.A.P.'), then the sentence's lowercase words; the end of the last
    degree, or None. The comma then closes the name before its degrees (round 18)."""
    words_ = text[pos:e].split(" ")
    at = pos
    for n, w in enumerate(words_[1:]):
        at += 1
        core = w.rstrip(",")
        parts = core.split(".")
        degree = (
            len(parts) >= 2
            and core[:1].isupper()
            and all(p.isalpha() and len(p) <= 4 for p in parts if p)
            # two dotted parts ('S.H.', 'M.Pd'), or one of two letters or more closed by its
            # period ('MA.', 'SH.')
            and (sum(1 for p in parts if p) >= 2 or len(parts[0]) > 1 and core.endswith("."))
        )
        if not degree and core in _BARE_DEGREES and w.endswith(","):
            degree = True  # 'Budi Raharjo, SH, pihaknya': a listed degree typed bare (P27's)
        if not degree:
            return at - 1 if n and w[:1].islower() else None
        at += len(w)
    return None


def _run_word(bare: str, run: list[_Word], chunks: list[re.Match], q: int) -> bool:
    """``bare`` goes on the position's phrase: a capitalised word, a numeral of the class,
    'dan' inside an office's name, or a lowercase word between capitalised ones (an office's
    word or a name's word typed in lowercase, which K-rules report)."""
    if "/" in bare:
        return False  # "Narapidana/Anak": kinds joined, no one office's name
    if bare[0].isupper():
        return True
    if bare.isdigit():
        return bool(run) and run[-1].text.lower() in ("kelas", "klas") and len(bare) <= 2
    if not run:
        return False
    # up to two lowercase words, then a capitalised one: "Kehumasan dan pelayanan Publik"
    for r in range(q, min(q + 3, len(chunks))):
        word = chunks[r].group().lstrip("(")
        if word[:1].isupper():
            return r > q
        low = word.lower()
        if word != low.rstrip(_TRAIL):
            return False  # a mark ends the phrase
        if low in ("dan", "&") or (low.isdigit() and r > q):
            continue  # "kelas 1 Sudirwan": the class's numeral after its lowercase word
        if low in FUNCTION_WORDS or _verb(low) or not low.isalpha():
            return False
        if low in _PARTNERS or low in cr.PREPOSITIONS:
            return False  # "… Sanjaya bersama Kepala Kanwil …": a second person's run
        if low not in POSITION_PARTS and not run[-1].text[:1].isupper():
            return False
    return False


def _closes(doc: Doc, close: str, chunks: list[re.Match], q: int, end: int, e: int) -> bool:
    """What follows the run ends the apposition: a mark, a predicate, a preposition."""
    if close in (",", ";"):
        return True
    if close == ".":  # (a closing quote mark after it too: 'Mutmain.”', round 19)
        return end + 1 >= e or doc.text[end + 1 : end + 2] in ("", " ", "\n", "”", '"')
    if not close[:1].isalpha():
        return False
    word = _closing_word(close, chunks, q)
    if word == "dan":
        # "… Budi dan jajaran menyambut": a group joins the holder, no second name
        nxt = chunks[q + 1].group().lower() if q + 1 < len(chunks) else ""
        return nxt in _GROUPS
    if word in _PARTNERS:
        # "… Budi bersama Kepala Rutan …": a second person; "bersama staf" may be the
        # name's own company, left
        return q + 1 < len(chunks) and chunks[q + 1].group()[:1].isupper()
    return word in _CLOSERS or (_verb(word) and _known(word))


def _closing_word(close: str, chunks: list[re.Match], q: int) -> str:
    word = close.lower().rstrip(_TRAIL)
    if word in _ADVERBS and q + 1 < len(chunks):
        word = chunks[q + 1].group().rstrip(_TRAIL).lower()
    return word


def _role_opener(chunks: list[re.Match], p: int) -> bool:
    """The position stands in a role phrase that opens the sentence ('Sebagai Kepala …'), or
    after 'selaku' in mid-sentence, the person named before it ('dr. Jefri selaku Kepala
    Puskesmas Tamberu Barat,': the place ends the office, probe86)."""
    if p and chunks[p - 1].group().lower() == "selaku":
        return True
    return (
        any(chunks[r].group().lower().strip(",") in _ROLE_OPENERS for r in range(max(0, p - 2), p))
        and p <= 2
    )


_NEXT_POSITION = re.compile(r",(?: [A-Z][\w.]*\.[\w.]*,)* (?:dan |serta )?([A-Z][a-z]+)")
_JOINED_POSITION = re.compile(r" (?:dan|serta) ([A-Z][a-z]+)")


def _list_item(text: str, end: int, e: int) -> bool:
    """The name is an item of a list of officials: a position follows after its comma or
    after 'dan'/'serta' ('… Budi, Kepala Rutan …', '… Budi dan Kepala …')."""
    m = _NEXT_POSITION.match(text, end, e) or _JOINED_POSITION.match(text, end, e)
    return m is not None and m.group(1).lower() in _STARTS
