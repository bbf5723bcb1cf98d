"""Where an office's name ends without a place, and where its holder's name stands (P33).

appositions.py finds the name run into its office's place ("Kepala Lapas Kelas IIA Sumbawa
Hendra Wijaya"). An office's name ends as surely with its short form in capitals ("Menteri
Hukum dan HAM Hamid Awaluddin", "Kepala Kanwil Kemenkumham NTT …") or with a word that only
names an office's field ("Kasi Teknologi Informasi dan Komunikasi Keimigrasian Ahmad Arif
Hiya"): what follows is the holder's name, an apposition set off by commas. A name may also
come first and its office after it, after a verb of saying ("ujar Sugeng Kalapas Ciangir
saat …"): the office is then the apposition. Each reading keeps silent when the words allow
another split.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import (
    ATTRIBUTION_VERBS,
    INSTITUTIONS,
    POSITION_PARTS,
    POSITIONS,
    words,
)
from kabar_desktop.check.places import is_place_word
from kabar_desktop.check.rules import N_, Hit

# The words an office's field ends with, never a person's: POSITION_PARTS without the words
# that also stand inside names or link ("dan", "kota", "pusat", "usaha").
_FIELD_ENDS = POSITION_PARTS - words("dan kota pusat usaha kerja sub tata unit satuan")
# After a verb of saying or of a passive deed, the holder is the agent; what follows the name
# is a phrase of time, occasion or audience (not 'di': "kata Kakanwil … Budi di Palembang,
# Senin" is the news agencies' own form, left unmarked).
_AGENT_VERB = re.compile(
    rf"(?:\b(?:{'|'.join(sorted(ATTRIBUTION_VERBS))})|\bdi[a-z]{{3,}}kan|\boleh) $"
)
_AFTER_AGENT = words("dalam saat ketika pada usai seusai kepada melalui sebelum setelah")
_NEXT_WORD = re.compile(r" ([a-z]+)\b")
# Ranks of the police and the armed forces in capitals go before the name, inside it
# ("Kapolres Sleman AKBP Yuswanto Ardi"): no office's short form.
_RANKS = words(
    """akbp akp iptu ipda aiptu aipda bripka briptu brigpol bripda bharaka bharatu kombes
    kompol irjen brigjen tni polri"""
)


def unit_end(
    run: list[tuple[int, int, str]], k: int, rest: list[str], known: Callable[[str], bool]
) -> bool:
    """``run[k]`` ends the office's name and ``rest`` is its holder's name: ``run[k]`` is a
    short form in capitals ('HAM', 'NTT', 'RI') or a field's word ('Keimigrasian') after
    the words of an office ('Menteri Hukum dan', 'Kasi Teknologi …'), and the name's first
    word is one no dictionary lists (a field's word would go on with another: 'Pembinaan
    Narapidana …'). ``known``: the speller's test of a lowercase word."""
    word = run[k][2].strip("()")
    if k < 2 or not rest:
        return False
    head = [w.strip("()").lower() for _, _, w in run[:k]]
    if not any(w not in POSITIONS for w in head) or run[0][2].lower() not in POSITIONS:
        return False
    first = rest[0].rstrip(".")
    if is_place_word(first):
        return False  # "Kepala Puskesmas PONED Ngemplak Budi …": the unit's place goes on
    if word.isupper() and word.isalpha() and 2 <= len(word) <= 5 and word.lower() not in _RANKS:
        return len(first) > 1  # "HAM Hamid Awaluddin"; "TPI Kelas II" ends in NOT_NAMES
    return (
        word.lower() in _FIELD_ENDS
        and len(rest) > 1
        and len(first) > 2
        and not known(first.lower())
    )


def adjunct_after_agent(text: str, s: int, start: int, end: int, e: int) -> bool:
    """The position phrase [start, end) is the agent of a verb of saying or a passive verb
    before it ('kata Kepala Rudenim …', 'diresmikan Menteri …'), and a phrase of time or
    occasion follows it ('dalam sosialisasi', 'pada 2005'): the name ends there."""
    if start - s < 3 or not _AGENT_VERB.search(text, max(s, start - 20), start):
        return False
    nxt = _NEXT_WORD.match(text, end, e)
    return nxt is not None and nxt.group(1) in _AFTER_AGENT


# "A, melalui B, mengatakan": the commas mark the phrase of who acts through whom.
_ASIDE_WORDS = r"(?:melalui|diwakili|yang diwakili|diwakili oleh)"
_ASIDE_BEFORE = re.compile(rf"\b{_ASIDE_WORDS} $")
_ASIDE_AFTER = re.compile(rf", (?:{_ASIDE_WORDS}|dan|serta)\b")


def aside_commas(text: str, s: int, start: int, end: int) -> bool:
    """The comma after the phrase [start, end) belongs to another structure: the phrase
    stands inside 'melalui …, ' or before ', melalui …' ('Kepala Rudenim X Budi, melalui Kasi
    Y Ani, mengatakan'), or is an item of a list (', dan …'): no apposition's comma to ask."""
    return bool(
        _ASIDE_BEFORE.search(text, max(s, start - 20), start) or _ASIDE_AFTER.match(text, end)
    )


# "ujar Sugeng Kalapas Ciangir saat …": a saying verb, a name, then its position and unit.
_NAME = r"[A-Z][a-z’'-]+"
_OFFICE_AFTER_NAME = re.compile(
    rf"\b(?:{'|'.join(sorted(ATTRIBUTION_VERBS))}) ((?:{_NAME} ){{0,2}}{_NAME})"
    rf" ((?:Kepala|Ketua|Kalapas|Karutan|Kakanwil|Kakanim|Kabapas|Karudenim|Kasi|Kasubsi"
    rf"|Kasubag|Kasubbag|Kabid|Kadiv|Kabag|Plt|Plh)\b(?: [A-Z][\w-]*){{0,5}})"
    rf"(?= ([a-z]+)\b)"
)
# Words of address before an office ("kata Bapak Kepala Lapas"): no one's name.
_ADDRESS = words("bapak ibu pak bu saudara saudari sdr sdri tuan nyonya")
OFFICE_AFTER = N_("The position after the name is set off by commas: '{word}'.")


def office_after_name(doc: Doc, s: int, e: int, not_person: frozenset[str]) -> Iterator[Hit]:
    """Sentence [s, e): after a verb of saying, a person's name, then the position with no
    comma ('ujar Sugeng Kalapas Ciangir saat …'): the position is the apposition."""
    text = doc.text
    for m in _OFFICE_AFTER_NAME.finditer(text, s, e):
        name = m.group(1).split()
        low = [w.lower() for w in name]
        if any(w in not_person or w in INSTITUTIONS or w in _ADDRESS for w in low):
            continue
        if m.group(3) not in _AFTER_AGENT or doc.in_quote(m.start(1)):
            continue
        office = m.group(2)
        yield Hit(
            m.start(1),
            m.end(2),
            OFFICE_AFTER,
            f"{m.group(1)}, {office},",
            {"word": office},
        )
