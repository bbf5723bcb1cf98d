"""Quote marks in pairs (P5, for punctuation.py): each mark's part in its paragraph, and
where a reader puts the one mark a writer left out.

A reader pairs quote marks tolerantly: a mark glued between a comma and the quote's first
word (',”Bagi') opens the quote whatever its glyph; a quote opened again before the last one
closed lacks its closing mark at the end of the first sentence that the writer's own words
follow ('… masa pidana. Lapas Kotabaru juga … “Kami …'); a quote left open at a paragraph's
end is closed there. One missing mark is one finding, at the place the mark goes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc, Para
from kabar_desktop.check.lexicon import ATTRIBUTION_VERBS, words
from kabar_desktop.check.quote_marks import closes_unopened, quote_roles
from kabar_desktop.check.rules import N_, Hit

TERMINAL = ".!?…"
MORE_VERBS = words("jawab tandas seru sahut akui")
# What follows a closing quote: a stop or a space (or neither), then a word.
AFTER_QUOTE = re.compile(r"(\.? ?)([^\W\d_]+)\b")

_ATTRIBUTION_AFTER = re.compile(r"[^\W\d_]+")
# A space, then a capitalised verb of attribution and the speaker: 'Tutup Karuna', 'Imbuh Budi'.
_SAID_AFTER = re.compile(r" (?i:ujar|kata|tutur|ungkap|jelas|imbuh|tambah|tutup|terang|sebut"
                         r"|papar|tegas|ucap|pungkas|lanjut)(?:nya)?\b")  # ', ” katanya.' too


def mark_roles(text: str, start: int, end: int) -> list[tuple[int, bool]]:
    """``quote_roles``, except that an opening mark typed where a quote closes before its
    attribution ('denda, “ujar Budiman' inside an open quote) closes it: one mark turned the
    wrong way is P9's single finding, not an unpaired opening and closing for P5."""
    out: list[tuple[int, bool]] = []
    inside = False
    for k, (i, opening) in enumerate(quote_roles(text, start, end)):
        if opening and "," in text[i - 2 : i] and _SAID_AFTER.match(text, i + 1):
            opening = False  # 'membaca, " Tutup Karuna.': a closing mark, spaced (probe85)
        elif k == 0 and opening and _lost_opening(text, start, i):
            opening = False  # 'Operasi ini …," ujar Slamet.': the quote opened a paragraph before
        elif text[i] == '"' and k > 0:
            opening = not inside  # straight marks alternate from the part the first one plays
            if opening and closes_unopened(text, i, end):
                opening = False  # '… warga. Kebun ini …," jelas Budi': its opening was lost
        if opening and inside and text[i] == "“" and "," in text[i - 2 : i]:
            word = _ATTRIBUTION_AFTER.match(text, i + 1)
            if word and word.group()[0].islower() and is_attribution(word.group()):
                opening = False
        elif opening and inside and text[i] == "“" and re.search(r"[.!?] ?$", text[i - 2 : i]):
            # '… sebesar-besarnya. “Ucapnya': an attribution verb with -nya opens no quote
            word = _ATTRIBUTION_AFTER.match(text, i + 1)
            if word and word.group().lower().endswith("nya") and is_attribution(word.group()):
                opening = False
        elif not opening and not inside and text[i - 1] in ",:" and text[i + 1 : i + 2].isupper():
            opening = True  # 'Kata Doni,”Bagi …': glued on, it opens the quote (P9's finding)
        out.append((i, opening))
        inside = opening
    for k in range(len(out) - 1):  # round 24: '… Kupang.” Kami … fungsi”, ungkap Budi'
        if not out[k][1] and (k == 0 or not out[k - 1][1]) and turned_opening(text, out, out[k][0]):
            out[k] = (out[k][0], True)
    return out


def _lost_opening(text: str, start: int, i: int) -> bool:
    """A straight mark after a sentence's last word, then its attribution, with no mark before
    it in the paragraph: it closes a quote whose opening mark stands in a paragraph before."""
    if text[i] != '"' or i == start or text[i - 1] not in ",.!?":
        return False
    word = AFTER_QUOTE.match(text, i + 1)
    return word is not None and word.group(1) == " " and is_attribution(word.group(2))


def body_end(doc: Doc, para: Para) -> int:
    """Where the paragraph's sentences end: before a trailing credit."""
    end = para.end
    for s, e in doc.frame:
        if para.start < s < end and e >= para.end:
            end = s
    while end > para.start and doc.text[end - 1].isspace():
        end -= 1
    return end


def is_attribution(word: str) -> bool:
    base = word.lower()[:-3] if word.lower().endswith("nya") else word.lower()
    return base in ATTRIBUTION_VERBS or base in MORE_VERBS


def unpaired_quotes(text: str, start: int, end: int, continued: bool) -> list[int]:
    """Quote marks with no partner, each mark's part read from where it stands (see
    ``quote_roles``): one mark typed the wrong way round is P9's single finding, not a
    cascade of unpaired marks."""
    opened: list[int] = []
    lonely: list[int] = []
    for i, opening in mark_roles(text, start, end):
        if opening and opened == [start] and re.fullmatch(r"\w ", text[i - 2 : i]):
            lonely.append(i)  # '“Tema … adalah “Etalase Nusantara” …': a term quoted inside
            # the paragraph's quote is the stray mark, not its opening (the sets mark the inner
            # one); after a sentence's end or a comma the first quote was left open (round 12)
        elif opening:
            lonely += opened  # a quote opened again before the last one closed
            opened = [i]
        elif opened:
            opened.pop()
        else:
            lonely.append(i)
    if continued and opened and opened[0] == start:
        opened.pop(0)  # a quote over several paragraphs closes only in its last one
    found = sorted(lonely + opened)
    if found and _DOUBLED.search(text, start, end):
        found = [i for i in found if not _doubled_partner(text, i, start, end)]
    return found


# Two single marks typed for a double one (P9 reports them): '‘’Mereka … di sini,”' (heldout47).
_DOUBLED = re.compile("‘’|‘‘|’’")


def _doubled_partner(text: str, i: int, start: int, end: int) -> bool:
    """The mark at ``i`` pairs with two single marks: an opening one before a closing pair, a
    closing one after an opening pair (a straight mark may play either part)."""
    after = _DOUBLED.search(text, i, end) is not None
    if text[i] == "“":
        return after
    before = _DOUBLED.search(text, start, i) is not None
    return before or (text[i] == '"' and after)  # '"Kami siap,’’ ujar …': either part


# A comma, then an attribution verb with -nya or before a capitalised name (its speaker).
_ATTRIBUTED = re.compile(r", ([a-z]+)\b(?: ([A-Z][a-z]+))?")


def unclosed(doc: Doc, k: int, pos: int) -> Iterator[Hit]:
    """A quote opened and never closed: its closing mark goes after the paragraph's last
    word, unless the next paragraph carries the quote on (it opens with a mark)."""
    text, para = doc.text, doc.paras[k]
    nxt = doc.paras[k + 1] if k + 1 < len(doc.paras) else None
    if nxt is not None and text[nxt.start] in '"“':
        return
    end = body_end(doc, para)
    if not text[pos + 1 : end].strip() and pos > para.start and text[pos - 1].isalnum():
        # 'Pelatihan Kemandirian Warga Binaan"': a mark that ends the paragraph opens nothing
        yield Hit(pos, pos + 1, N_("This mark has no partner."), "")  # (heldout30)
        return
    mark = "”" if text[pos] == "“" else '"'
    for m in _ATTRIBUTED.finditer(text, pos + 1, end):
        if is_attribution(m.group(1)) and (m.group(1).endswith("nya") or m.group(2)):
            # '“Sangat manis, ungkap Rina saat …': the quote ends at its attribution's comma
            yield Hit(
                m.start(),
                m.start() + 1,
                N_("The quote opened in this paragraph is not closed."),
                "," + mark,
            )
            return
    start = max(text.rfind(" ", pos, end) + 1, pos + 1)
    word = text[start:end]
    fixed = word + ("" if word[-1:] in TERMINAL else ".") + mark
    yield Hit(start, end, N_("The quote opened in this paragraph is not closed."), fixed)


def turned_opening(text: str, roles: list[tuple[int, bool]], pos: int) -> bool:
    """Round 24: the closing mark at ``pos`` ends a sentence and a new one follows it, and
    the paragraph's next mark closes a quote too, before its attribution (''… kunjungan
    IOM Kupang.” Kami … fungsi”, ungkap Ma’mum''): the first mark is the quote's opening
    typed the wrong way round (P9's), not a quote whose opening was left out."""
    if text[pos] != "”" or not re.match(r" [A-Z]", text[pos + 1 : pos + 3]):
        return False
    later = [(i, o) for i, o in roles if i > pos]
    if not later or later[0][1]:
        return False
    nxt = later[0][0]
    after = AFTER_QUOTE.match(text, nxt + 1 + (text[nxt + 1 : nxt + 2] == ","))
    return after is not None and is_attribution(after.group(2))


# Where a quote begins when its opening mark was left out: after "mengatakan, " or ": ".
_SAID = re.compile(r"(?:\b(?:me[a-z]+kan|berkata|bahwa),|:) +(?=[A-Z])")


def unopened(doc: Doc, k: int, pos: int) -> Hit | None:
    """A closing mark after a comma or a stop, the paragraph's first mark: the quote's opening
    mark is what is missing, at the paragraph's start or after the verb that says it (the
    finding lands on the word that wants it, not on the mark that is right)."""
    text, para = doc.text, doc.paras[k]
    roles = mark_roles(text, para.start, para.end)
    if (pos, False) not in roles or text[pos - 1] not in ",.?!":
        return None
    first = para.start
    if roles[0] != (pos, False):
        # a quote closed before it in the paragraph: this one opens with the sentence after
        # the one that holds the last mark ('… "kebun harapan" bagi warga. Kebun ini …,"
        # jelas Budi')
        before = max(i for i, _ in roles if i < pos)
        ends = [m.end() for m in _SENTENCE_END.finditer(text, before + 1, pos)]
        if not ends:
            return None
        first = ends[0] + 1
    if text[pos + 1 : pos + 2] != " ":
        return None  # ',”kata': a stray mark glued on, not a quote's end
    after = AFTER_QUOTE.match(text, pos + 1)
    if after and after.group(2)[0].islower() and not is_attribution(after.group(2)):
        return None  # 'Menurutnya,” lapas yang …': no quote ends before the writer's words
    start = first
    for m in _SAID.finditer(text, first, pos):
        start = m.end()
    word = re.match(r"[^\s,.]+", text[start:pos])
    if word is None or not word.group()[0].isalpha():
        return None
    mark = "“" if text[pos] == "”" else '"'
    return Hit(
        start,
        start + word.end(),
        N_("The quote closed later in this paragraph opens here, with a mark."),
        mark + word.group(),
    )


def carried_quotes(doc: Doc) -> tuple[set[int], dict[int, str]]:
    """A quote left open at a paragraph's end whose next paragraph (or the first after up to
    three with no mark at all) has no opening mark but closes one first: the quote runs on and
    those paragraphs lost their opening marks (each paragraph of a continued quote opens with
    one). Returns the open and the closing marks, partners after all, and each such
    paragraph's start with the mark it wants."""
    partners: set[int] = set()
    missing: dict[int, str] = {}
    text = doc.text
    paras = doc.paras
    for k, here in enumerate(paras[:-1]):
        roles = mark_roles(text, here.start, here.end)
        if not roles or not roles[-1][1]:
            continue
        # the paragraphs after it, up to three with no mark at all (the quote runs through
        # them, heldout32), then the one that closes it first
        run: list[Para] = []
        opened = roles[-1][0]
        for after in paras[k + 1 : k + 5]:
            if text[after.start] in "\"“”'‘" or after.kind not in ("body", "quote"):
                break
            nxt = mark_roles(text, after.start, after.end)
            run.append(after)
            if nxt and not nxt[0][1]:
                partners.update((opened, nxt[0][0]))
                mark = "“" if text[opened] == "“" else '"'
                missing.update((p.start, mark) for p in run)
                break
            if nxt:
                break
    return partners, missing


def quote_continues(doc: Doc, k: int) -> bool:
    """Does paragraph ``k`` open a quote that the next paragraph carries on? A quote over
    several paragraphs opens each with a mark and closes only the last."""
    if k + 1 >= len(doc.paras):
        return False
    here, after = doc.paras[k], doc.paras[k + 1]
    opens = [doc.text[p.start : p.start + 1] for p in (here, after)]
    return all(mark and mark in '"“' for mark in opens)


# A sentence's end inside a quote: a word's last letters, the stop, the next sentence's word.
_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{3})[.!?](?= +[A-Z][a-z])")


def reopened(doc: Doc, para: Para, pos: int) -> Hit | None:
    """A quote opened at ``pos`` and opened again before it closed: the closing mark was left
    out where the writer's own words begin, at a sentence's end between the two marks. When the
    second quote follows a lead-in ('…, kata Doni, “Kami'), the lead-in's sentence is the
    writer's and the mark goes before it; else the quote ends with its first sentence ('… masa
    pidana. Lapas Kotabaru juga … “Kami'). No sentence's end between: None (the mark is a
    stray one, 'no partner')."""
    text = doc.text
    marks = mark_roles(text, para.start, para.end)
    nxt = next((i for i, o in marks if i > pos and o), None)
    if nxt is None or (pos, True) not in marks:
        return None
    ends = [m.end() for m in _SENTENCE_END.finditer(text, pos + 1, nxt - 2)]
    if not ends:
        return None
    end = ends[-1] if text[:nxt].rstrip()[-1:] in ",:" else ends[0]
    start = text.rfind(" ", pos, end) + 1
    word = text[start:end]
    mark = "”" if text[pos] == "“" else '"'
    return Hit(start, end, N_("The quote opened in this paragraph is not closed."), word + mark)
