"""Round 25 of issue 13: readings of P1, P9 and P18 narrowed to the grammar they misread.

- A quote that a naming word introduces ('dengan tema "…"', 'bertajuk "…"', 'berjudul "…"')
  is a title or a term, not a speaker's words: EYD V's comma-inside rule is for direct
  speech, so the sentence's comma after the title stands outside the mark (P1).
- A hyphen glued between two words of a dateline's outlet ('TRIBUN-MEDAN.com') is the
  name's own hyphen, not the dateline's dash: a name's words run on to a domain, or a
  spaced dash follows later in the dateline (P9). One dash parts the dateline from the
  lead, not two ('KOTA – – Rumah …', P9).
- A verb right after a preposition ('untuk diketahui', 'dengan menggunakan') is the verb
  that preposition governs, not the predicate of the clause (P18's whole-clause test).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc, Para
from kabar_desktop.check.lexicon import SAYING_VERBS, words
from kabar_desktop.check.quote_marks import quote_roles
from kabar_desktop.check.rules import N_, Hit

# Nouns and verbs that name what the quote after them is called: a title, theme or term.
TITLE_WORDS = words(
    """tema bertema bertemakan tajuk bertajuk judul berjudul slogan semboyan moto motto
    tagline jargon istilah bernama julukan berjuluk dijuluki mengusung mengangkat
    nama dinamai dinamakan"""
)


def quote_opening(text: str, para: Para, close: int) -> int | None:
    """Where the quote that the mark at ``close`` ends was opened, if a mark opened it."""
    opened = None
    for i, opening in quote_roles(text, para.start, para.end):
        if i >= close:
            break
        opened = i if opening else None
    return opened


def titled_quote(doc: Doc, para: Para, close: int) -> bool:
    """Does a naming word stand right before the quote that the mark at ``close`` ends?"""
    text = doc.text
    opened = quote_opening(text, para, close)
    if opened is None:
        return False
    before = text[max(para.start, opened - 30) : opened].split()
    # the naming word, maybe with one word that qualifies it ('tema nasional "…"')
    if any(w.lower().strip(":,") in TITLE_WORDS for w in before[-2:]):
        return True
    return _scare_quoted(text[opened + 1 : close], before[-1:])


def _scare_quoted(inner: str, before: list[str]) -> bool:
    """A term of up to four lowercase words set off mid-sentence, after a word that says
    nothing ('yang dibina cuma “sikap dan perilaku”, kini …', probe97): no quotation."""
    words_ = inner.split()
    if not before or not before[0].islower() or before[0] in SAYING_VERBS:
        return False
    return 1 <= len(words_) <= 4 and all(w.isalpha() and w.islower() for w in words_)


# After a hyphen glued on both sides: the rest of an outlet's name up to a domain.
_NAME_DOMAIN = re.compile(r"[A-Za-z]+\.(?i:com|co\.id|id|net|org|info)\b")  # POS-KUPANG.COM
_SPACED_DASH = re.compile(r" [–—-]{1,3} ")


def hyphen_in_name(text: str, hyphen: int, end: int) -> bool:
    """Is the lone hyphen at ``hyphen`` (letters on both sides) inside a name of the
    dateline, the dateline's own dash coming later ('TRIBUN-MEDAN.com, KARO – …')?"""
    if text[hyphen] != "-" or not text[hyphen - 1 : hyphen].isalpha():
        return False
    if _NAME_DOMAIN.match(text, hyphen + 1):
        from kabar_desktop.check.places import is_place_word

        before = re.search(r"[A-Za-z]+$", text[max(0, hyphen - 30) : hyphen])
        return not (before and is_place_word(before.group().lower()))  # 'BANGKO-BULENON…'
        # is a place, then the outlet: the hyphen is the dateline's dash (probe63)
    line = text[hyphen : min(end, hyphen + 60)]
    first_lower = re.search(r"\b[a-z]", line)
    head = line[: first_lower.start()] if first_lower else line
    return _SPACED_DASH.search(head) is not None


def governed_verb(low: list[str], k: int, prepositions: frozenset[str]) -> bool:
    """Is the word at ``k`` a verb the preposition before it governs ('untuk diketahui')?"""
    return k > 0 and low[k - 1] in prepositions


# Two dashes typed one after the other between the dateline and the lead ('KOTA – – Rumah').
_DOUBLED_DASH = re.compile(r"(?<=\S) ([–—]|-{1,2}) ([–—]|-{1,2}) (?=\S)")


def doubled_dateline_dash(doc: Doc) -> Iterator[Hit]:
    """P9: the dateline and the lead are parted by one dash, not two ('TANJUNGPINANG – –
    Rumah …' → 'TANJUNGPINANG – Rumah …'). Only at the first dash of the lead, within the
    dateline's reach (a dash in the body is a parenthesis's, read elsewhere)."""
    lead = next((p for p in doc.paras if p.kind == "lead"), None)
    if lead is None:
        return
    text = doc.text
    first = re.search(r"[–—-]", text[lead.start : min(lead.end, lead.start + 80)])
    if first is None:
        return
    m = _DOUBLED_DASH.match(text, lead.start + first.start() - 1)
    head = text[lead.start : m.start()] if m else ""
    if m is None or not head.strip() or re.search(r"(?<![\w.])[a-z]", head):
        return  # a dateline: its words capitalised ('Kota', 'KABAR.com'), no lowercase word
    yield Hit(
        m.start(1),
        m.end(2),
        N_("One dash parts the dateline from the lead."),
        m.group(1)[0],
        framed=True,
    )
