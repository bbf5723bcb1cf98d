"""Session 20 (issue 13): a sport's or a game's name capitalised mid-sentence (K3).

KBBI writes the games a Lapas or a regency holds for Independence Day as common nouns
(``voli``, ``sepak bola``, ``tenis meja``, ``catur``, ``karambol``, ``tarik tambang``), and the
sets mark them capitalised in running text and in lists (``mulai Badminton, Tenis Meja,
Catur, …``; heldout36, heldout46, heldout61). The name of a team, a field or a tournament
keeps its capitals, so a game's word is left where a capitalised word stands right before
it (``Lapangan Tenis``, ``Turnamen Bola Voli``, ``Kecamatan Tamban Catur``) or right after
it (``Catur Dharma Narapidana``, ``Senam Ayo Kerja``, ``Catur Apriyanto``), and where the
article uses the word as a person's name elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc

_GAMES = (
    "sepak bola|sepakbola|bola voli|bola volly|bola voly|voli|volly|voly|tenis meja|tenis lapangan"
    "|bulu tangkis|bulutangkis|badminton|catur|karambol|futsal|biliar|billiard|gaple|domino"
    "|tarik tambang|panjat pinang|balap karung|lari karung|sepak takraw|takraw|bola basket"
    "|basket|kasti|egrang|bakiak"
)
# A game's words in title case after a lowercase word or a list's comma, and no capitalised
# word after them.
_GAME = re.compile(r"(?<=[a-z,] )(?P<game>" + _GAMES.title() + r")\b(?! [A-Z])(?!-)")
_WORD_BEFORE = re.compile(r"(\S+) $")


def game_names(doc: Doc) -> Iterator[tuple[int, int]]:
    """Spans of a game's name capitalised mid-sentence (see the module's docstring)."""
    text = doc.text
    for m in _GAME.finditer(text):
        start = m.start()
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if before is None:
            continue
        prev = before.group(1)
        if prev[:1].isupper() and not prev.endswith(","):
            continue  # "Lapangan Tenis", "Turnamen Bola Voli": a place's or an event's name
        i = doc.token_at(start)
        if i is None or doc.paras[doc.tokens[i].para].kind not in ("lead", "body", "quote"):
            continue
        if re.search(rf"\b{m.group('game')} [A-Z]", text):
            continue  # "Catur Apriyanto" elsewhere: the words are a name in this article
        yield start, m.end()
