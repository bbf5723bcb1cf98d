"""Reading the quote marks of a paragraph: which mark opens a quote and which closes one,
whatever glyph the writer typed, and which word is a quotation's first (document.py's
tokens; P1, P5, P9 and N4 read the marks' parts too)."""

from __future__ import annotations

import re

from kabar_desktop.check.lexicon import ATTRIBUTION_VERBS, words

_QUOTE_MARK = re.compile('["“”]')
_DOUBLED_MARK = re.compile('["“”]|‘[‘’]|’’')
_SECONDS = re.compile(r"[°`'’]\d{1,3}(?:[.,]\d+)?$")


def quote_roles(text: str, start: int, end: int, doubled: bool = False) -> list[tuple[int, bool]]:
    """Each quote mark of a paragraph and whether it opens a quote (else it closes one).

    A curly mark's part is read from where it stands, not from its glyph: at the paragraph's
    start or after a space or bracket it opens, after a word or a stop it closes; one loose
    on both sides (', ” ujarnya', 'judul ” Tekad') closes an open quote, else opens. So a
    mark typed the wrong way round is one finding (P9) and still pairs. A straight mark
    closes an open quote of either style; ``doubled`` reads '‘’…’’' as one (P9's slip)."""
    out = []
    inside = False
    for m in (_DOUBLED_MARK if doubled else _QUOTE_MARK).finditer(text, start, end):
        i, c = m.start(), m.group()
        if len(c) == 2:
            c = "“" if c[0] == "‘" else "”"
            i += c == "”"  # the second mark closes: the span takes both in
        if c == '"' and _SECONDS.search(text, max(start, i - 12), i):
            continue  # "01°11'59" LS": a coordinate's seconds, no quote mark (probe117)
        if c == '"' and not inside and closes_unopened(text, i, end):
            opening = False  # 'masyarakat," jelas Gowim': the quote's opening mark was lost
        elif c == '"' or i == start:
            opening = not inside if c == '"' else True
        else:
            after = text[i + 1] if i + 1 < len(text) else " "
            loose_before = text[i - 1] in " ([\n"
            opening = not inside if loose_before and after in " \n" else loose_before
            if not opening and not inside and c == "“" and after.isupper():
                opening = True  # 'melalui prinsip“Saring …”': no quote is open, so it opens one
        out.append((i, opening))
        inside = opening
    return out


# An attribution verb after a closing mark (EYD V: '"…," kata Budi.'), with -nya or not.
_AFTER_CLOSING = re.compile(r" ([a-z]+)\b")
_CLOSING_VERBS = ATTRIBUTION_VERBS | words("jawab tandas seru sahut akui")


def closes_unopened(text: str, i: int, end: int) -> bool:
    """A straight mark glued to a quoted sentence's last stop or comma, then a space and an
    attribution verb in lower case, ends a quote: a mark there never opens one, even when the
    writer left the quote's opening mark out ('… ke tengah masyarakat," jelas Budi')."""
    if i == 0 or text[i - 1] not in ",.!?" or not text[i - 2 : i - 1].isalnum():
        return False
    m = _AFTER_CLOSING.match(text, i + 1, end)
    if m is None:
        return False
    verb = m.group(1)
    return verb.removesuffix("nya") in _CLOSING_VERBS


def after_opening_quote(text: str, start: int, para_start: int) -> bool:
    """The first word of a quotation: '"Kami ...' at a paragraph start or after a space, a
    mark or a full stop it is glued to ('kesayangan."Kegiatan', '“ Diharapkan', probe101)."""
    if text[max(para_start, start - 2) : start] == "“ ":
        return True
    if start == para_start or text[start - 1] not in '"“':
        return False
    return start - 1 == para_start or text[start - 2] in " ,:(\n.!?"
