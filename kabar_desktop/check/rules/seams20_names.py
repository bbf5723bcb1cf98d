"""Round 20, P6 (called from clauses.py): an office's name, then its holder's name opened by
a title with its period (``H.``, ``Hj.``, ``Dr.``, ``Drs.``, ``Ir.``, ``Prof.``, ``KH.``),
with no comma between (EYD V, Tanda Koma: an apposition is set off on both sides).

The title shows plainly where the office ends and the name begins: ``diterima Pj Bupati
Inhil H. Herman pada acara …`` → ``Inhil, H. Herman, pada``. Only where a capitalised
position opens the office, the office's last word is no position (``Bupati H. Herman``: no
office named, the name follows the position itself), no comma stands inside the run, and
the name ends at a lowercase word (its closing comma added) or at a mark.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import POSITIONS
from kabar_desktop.check.rules import N_, Hit

_MESSAGE = N_("The apposition is closed by a comma: '{word}'.")
_TITLE = r"(?:H|Hj|Dr|Drs|Dra|Ir|Prof|KH)\."
_WORD = r"[A-Z][\w’'-]*"
_DEGREE_AFTER = re.compile(r", [A-Z][A-Za-z]{0,3}\.? ?[A-Z]")
_OFFICE_THEN_TITLE = re.compile(
    rf"\b({_WORD}(?: {_WORD}){{1,6}}) ({_TITLE}(?: {_TITLE})* {_WORD}(?: {_WORD}){{0,3}})"
    r"(?=( [a-z]|[,.;:]))"
)


def titled_name(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    if "." not in text:
        return
    for para in doc.prose_paras():
        for s, e in para.sentences:
            yield from _titled(doc, s, e)


def _titled(doc: Doc, s: int, e: int) -> Iterator[Hit]:
    from kabar_desktop.check.rules.apposition_holders import _LIST_INTRO, _list_item

    text = doc.text
    for m in _OFFICE_THEN_TITLE.finditer(text, s, e):
        if doc.in_quote(m.start()) or _LIST_INTRO.search(text, s, m.start()):
            continue  # "Hadir antara lain Kakanwil … Dr. H. …, Kabid …": a list of those present
        if _list_item(text, m.end(2), e) or _DEGREE_AFTER.match(text, m.end(2), e):
            continue  # the name's degrees or the next official: a list's item, P7's care
        office = m.group(1).split()
        positions = [k for k, w in enumerate(office) if w.lower() in POSITIONS]
        if not positions or office[-1].lower() in POSITIONS:
            continue  # no position opens it, or the name follows the position itself
        if positions[0] > 1:
            continue  # the position is not the run's first word (or after 'Pj', 'Plt')
        last = office[-1]
        name = m.group(2)
        at = m.end(1) - len(last)
        more = "," if m.group(3).startswith(" ") else ""
        yield Hit(at, m.end(2), _MESSAGE, f"{last}, {name}{more}", {"word": name})
