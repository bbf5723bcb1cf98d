"""Punctuation (P1–P5, P9, P10): quotes and their attribution, paragraph ends, brackets,
spacing and chat markup (connectors, P8: connector_commas.py; appositions and lists:
clauses.py; abbreviations, P11: abbreviations.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc, Para, quote_roles
from kabar_desktop.check.lexicon import ATTRIBUTION_VERBS, SAYING_VERBS, words
from kabar_desktop.check.rules import ERROR, N_, Hit, rule
from kabar_desktop.check.rules.glued_marks import glued_initials
from kabar_desktop.check.rules.marks_spacing import (
    at_word_edge,
    dateline_spacing,
    doubled_single_marks,
    glued_dashes,
    numbered_names,
    quote_style,
    quoted_name,
)
from kabar_desktop.check.rules.solid_words import credit_tail, outlet_line
from kabar_desktop.compose.inline import pair_marks, within

_COMMA_OUTSIDE = re.compile(r"(?<=[^\s?!,])([\"”]),(?=\s)")
_NO_SPACE_AFTER_QUOTE = re.compile(r"(?<=[,.?!])([\"”])(?=[^\W\d_])")
_COMMA_AFTER_MARK = re.compile(r"([?!])(?:, ?([\"”])|([\"”]),)")
# What follows a closing quote: a stop or a space (or neither), then a word.
_AFTER_QUOTE = re.compile(r"(\.? ?)([^\W\d_]+)\b")
_MORE_VERBS = words("jawab tandas seru sahut akui")
_BAHWA_QUOTE = re.compile(r"(?<= )bahwa,? ([\"“])(?=[A-Z])")
_WORD_BEFORE = re.compile(r"([^\W\d_]+) $")
_SAID_QUOTE = re.compile(r"\b([^\W\d_]+) ([\"“])(?=[^\W\d_])")
# A slash between words with a space on one side only: "H/ 2024", "Lapas /Rutan" (one on
# both sides may set off items of several words: "Kabupaten Minahasa / Minahasa Selatan"),
# after a bracket too: "(PK)/ Asisten".
_SLASH_SPACE = re.compile(r"(?:(?<=[^\W_])|(?<=\)))(?: +/|/ +)(?=[^\W_])")
_SPACE_BEFORE = re.compile(r"(?<=[^\W_]) +([,;:!?]|\.(?!\.))")
_NO_SPACE_AFTER = re.compile(
    r"[,;:](?=[^\W\d_])|(?<=[^\W_]{2})\.(?=[A-Z][a-z])"
    # a place's kind shortened, glued to its name in capitals too: 'KAB.BOGOR', 'Jl.Merdeka'
    r"|(?:(?<=\b(?i:kab|kec|kel|jln|dsn))|(?<=\b(?i:prov))|(?<=\b(?i:jl|ds)))\.(?=[A-Z]{2})"
)
# From a word's start only: the same matches (whole words holding a marker), in linear time.
_ADDRESS = re.compile(r"(?<!\S)\S*(?:://|www\.|@)\S*")
_DOUBLE_STOP = re.compile(r"(?<=[^\W\d_])\.\.(?!\.)")
_DOUBLE_COMMA = re.compile(r"(?<=[^\W_]),,(?!,)")
_DOUBLE_SPACE = re.compile(r"(?<=\S) {2,}(?=\S)")
_STOP_BRACKET = re.compile(r"(?<=[^\W\d_\"”])([.,;:])\((?=[^()\n]{1,40}\))")
# A mark's pair around words ("~coret~", "**dobel**"), and a '*' or '_' at a word's edge.
# Paired marks: a run opening a word, the same closing one on its line (pair_marks: linear).
_OPENING = re.compile(r"(?<![\w*_~])[*_~]+(?=[^\s*_~])")
_CLOSING = re.compile(r"(?<=[^\s*_~])[*_~]+(?![\w*_~])")
_LONE_MARK = re.compile(r"[*_]+")
_TERMINAL = ".!?…"


def _is_closing(doc: Doc, para: Para, pos: int) -> bool:
    return not dict(_roles(doc.text, para.start, para.end)).get(pos, True)


_ATTRIBUTION_AFTER = re.compile(r"[^\W\d_]+")


def _roles(text: str, start: int, end: int) -> list[tuple[int, bool]]:
    """``quote_roles``, except that an opening mark typed where a quote closes before its
    attribution ('denda, “ujar Budiman' inside an open quote) closes it: one mark turned the
    wrong way is P9's single finding, not an unpaired opening and closing for P5."""
    out: list[tuple[int, bool]] = []
    inside = False
    for k, (i, opening) in enumerate(quote_roles(text, start, end)):
        if k == 0 and opening and _lost_opening(text, start, i):
            opening = False  # 'Operasi ini …," ujar Slamet.': the quote opened a paragraph before
        elif text[i] == '"' and k > 0:
            opening = not inside  # straight marks alternate from the part the first one plays
        if opening and inside and text[i] == "“" and "," in text[i - 2 : i]:
            word = _ATTRIBUTION_AFTER.match(text, i + 1)
            if word and word.group()[0].islower() and _is_attribution(word.group()):
                opening = False
        out.append((i, opening))
        inside = opening
    return out


def _lost_opening(text: str, start: int, i: int) -> bool:
    """A straight mark after a sentence's last word, then its attribution, with no mark before
    it in the paragraph: it closes a quote whose opening mark stands in a paragraph before."""
    if text[i] != '"' or i == start or text[i - 1] not in ",.!?":
        return False
    word = _AFTER_QUOTE.match(text, i + 1)
    return word is not None and word.group(1) == " " and _is_attribution(word.group(2))


def _body_end(doc: Doc, para: Para) -> int:
    """Where the paragraph's sentences end: before a trailing credit."""
    end = para.end
    for s, e in doc.frame:
        if para.start < s < end and e >= para.end:
            end = s
    while end > para.start and doc.text[end - 1].isspace():
        end -= 1
    return end


@rule("P1", ERROR, N_("The comma goes inside the closing quote, then a space"))
def comma_inside_quote(doc: Doc) -> Iterator[Hit]:
    for para in doc.prose_paras():
        for m in _COMMA_OUTSIDE.finditer(doc.text, para.start, para.end):
            after = _AFTER_QUOTE.match(doc.text, m.end())
            said = after is not None and _is_attribution(after.group(2))
            if _is_closing(doc, para, m.start()) and (
                said or not quoted_name(doc, para, m.start(), 1)
            ):
                yield Hit(
                    m.start(),
                    m.end(),
                    N_("The comma goes inside the closing quote mark."),
                    "," + m.group(1),
                )
        for m in _NO_SPACE_AFTER_QUOTE.finditer(doc.text, para.start, para.end):
            if _is_closing(doc, para, m.start()):
                yield _space_after_quote(doc, m)
        for q, opening in _roles(doc.text, para.start, para.end):
            if not opening and q > para.start:
                yield from _before_attribution(doc, q, _closes_paragraph_quote(doc, para, q))


def _closes_paragraph_quote(doc: Doc, para: Para, q: int) -> bool:
    """A quote that opens the paragraph and closes before one last '-nya' word: that word is
    its attribution, whatever the verb ('“…” kilahnya.', a slip like 'pangkasnya' too)."""
    if doc.text[para.start] not in '"“':
        return False
    tail = re.fullmatch(r" [a-z]{3,}nya\.?\s*", doc.text[q + 1 : para.end])
    return tail is not None


def _before_attribution(doc: Doc, q: int, last_word: bool = False) -> Iterator[Hit]:
    """A closing quote that an attribution follows: a comma right against the mark, one space,
    the verb in lowercase. 'Bali” kata', 'anggarannya, " ujar', 'siap." katanya',
    'lapangan”. Ucapnya', 'agama"ungkapnya'. (',”Tuturnya' is the missing space's, below;
    ',” Ujarnya' alone is K6's.)"""
    text = doc.text
    after = _AFTER_QUOTE.match(text, q + 1)
    if after is None or not (last_word or _is_attribution(after.group(2))):
        return
    gap, word = after.groups()
    mark, before = text[q], text[q - 1]
    if before in "?!" or (before == "," and gap == ""):
        return
    if text[q - 2 : q] == ", ":
        start = q - 2
    elif before == "." and text[q - 2 : q] != "..":
        start = q - 1
    elif before.isalnum() or before == ")":
        start = q
    elif before == ",":
        start = q  # the comma is right; the gap or the verb is not
    else:
        return
    if start == q and before == "," and gap == " ":
        return
    retype = gap != " " or word[0].isupper()
    end = after.end() if retype else q + 1
    fixed = f",{mark} {word.lower()}" if retype else "," + mark
    message = (
        N_("A comma closes the quote before its attribution.")
        if before.isalnum() or before == ")"
        else N_("The comma goes inside the closing quote mark.")
    )
    yield Hit(start, end, message, fixed)


def _is_attribution(word: str) -> bool:
    base = word.lower()[:-3] if word.lower().endswith("nya") else word.lower()
    return base in ATTRIBUTION_VERBS or base in _MORE_VERBS


def _space_after_quote(doc: Doc, m: re.Match) -> Hit:
    """'"…,”Tuturnya': the space, and the attribution verb in lowercase in the same fix (K6
    reads a verb only after a space)."""
    verb = re.match(r"[^\W\d_]+", doc.text[m.end() : m.end() + 30])
    word = verb.group() if verb else ""
    base = word[:-3] if word.lower().endswith("nya") else word
    if word[:1].isupper() and base.lower() in ATTRIBUTION_VERBS:
        return Hit(
            m.start(),
            m.end() + len(word),
            N_("A space follows the closing quote mark, and the verb after it is lowercase."),
            f"{m.group(1)} {word.lower()}",
        )
    return Hit(m.start(), m.end(), N_("A space follows the closing quote mark."), m.group(1) + " ")


@rule("P2", ERROR, N_("A quote ending in '?' or '!' takes no comma"))
def no_comma_after_mark(doc: Doc) -> Iterator[Hit]:
    for m in _COMMA_AFTER_MARK.finditer(doc.text):
        quote = m.group(2) or m.group(3)
        yield Hit(
            m.start(),
            m.end(),
            N_("After a question or exclamation mark the quote takes no comma."),
            m.group(1) + quote,
        )


@rule("P3", ERROR, N_("A quote introduced before it takes a comma"))
def comma_before_quote(doc: Doc) -> Iterator[Hit]:
    for para in doc.prose_paras():
        for m in _SAID_QUOTE.finditer(doc.text, para.start, para.end):
            verb = m.group(1)
            if verb.lower() in SAYING_VERBS and not _is_closing(doc, para, m.start(2)):
                yield Hit(
                    m.start(1),
                    m.end(1),
                    N_("A comma separates the introduction from the quote."),
                    verb + ",",
                )
        for m in _BAHWA_QUOTE.finditer(doc.text, para.start, para.end):
            before = _WORD_BEFORE.search(doc.text, max(para.start, m.start() - 30), m.start())
            if before is None or before.group(1).lower() not in SAYING_VERBS:
                continue
            close = re.search(r"[\"”]", doc.text[m.end() : para.end])
            if close is None or not quoted_name(doc, para, m.end() + close.start(), 1):
                verb = before.group(1)
                yield Hit(  # "mengatakan bahwa “Dengan …": a direct quote takes no 'bahwa'
                    before.start(1),
                    m.end(1),
                    N_("A direct quote follows a comma, not 'bahwa'."),
                    f"{verb}, {m.group(1)}",
                )


# A web address in brackets after the last stop: where the paragraph was taken from.
_WEB_SOURCE = re.compile(
    r"(?<=[.!?\"”])\s*\((?:[Ss]umber:?\s*)?[\w-]+(?:\.[\w-]+)*\.(?:id|com|net|org)(?:/\S*)?\)$"
)


@rule("P4", ERROR, N_("Every paragraph ends with '.', '?' or '!'"))
def paragraph_end(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    paras = doc.paras
    prose = [k for k, p in enumerate(paras) if p.kind in ("lead", "body", "quote", "credit")]
    final = prose[-1] if len(prose) > 2 else -1
    for k, para in enumerate(paras):
        if para.kind not in ("lead", "body", "quote") or para.list_item:
            continue
        end = _body_end(doc, para)
        tail = text[para.start : end].rstrip("\"”’')]")
        if not tail or tail[-1] in _TERMINAL:
            continue
        if _WEB_SOURCE.search(text, para.start, end):
            continue  # "… imigrasi. (kupang.imigrasi.go.id)": the source named, not prose
        if tail[-1] == ":" and k + 1 < len(paras) and paras[k + 1].list_item:
            continue
        if k == final and credit_tail(text, para.start, end) or outlet_line(text, para.start, end):
            continue  # "… utama. Indra", "*man": the credit; "JEMBRANA – baliprawara.com"
        start = text.rfind(" ", para.start, end) + 1 or para.start
        start = max(start, para.start)
        last = text[start:end]
        fixed = last[:-1] + "." if last[-1] in ",;" else last + "."
        yield Hit(start, end, N_("The paragraph ends without a full stop."), fixed)


@rule("P5", ERROR, N_("Brackets and quote marks come in pairs, spaced the standard way"))
def pairs(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    unpaired = N_("This mark has no partner.")
    partners, carried = _carried_quotes(doc)
    for k, para in enumerate(doc.paras):
        chunk = text[para.start : para.end]
        continued = _quote_continues(doc, k)
        skip = re.match(r"\s*\w{1,2}\)", chunk)  # "1)" or "a)" opening a list item
        opened: list[int] = []
        for i, c in enumerate(chunk):
            pos = para.start + i
            if c == "(":
                opened.append(pos)
            elif c == ")" and not (skip and i == skip.end() - 1) and not _smiley(chunk, i):
                if opened:
                    opened.pop()
                else:
                    yield Hit(pos, pos + 1, unpaired)
        for pos in opened:
            yield Hit(pos, pos + 1, unpaired)
        last = _roles(text, para.start, para.end)[-1:]
        for pos in _unpaired_quotes(doc.text, para.start, para.end, continued):
            if pos in partners:
                continue
            if last and last[0] == (pos, True):  # the quote runs to the paragraph's end
                yield from _unclosed(doc, k, pos)
            elif (opening := _unopened(doc, k, pos)) is not None:
                yield opening
            else:
                yield Hit(pos, pos + 1, unpaired)
        if para.start in carried:
            word = re.match(r"\S+", chunk)
            if word:
                yield Hit(
                    para.start,
                    para.start + word.end(),
                    N_("A quote carried on from the paragraph before opens this one with a mark."),
                    carried[para.start] + word.group(),
                )
        for m in re.finditer(r"\( +| +\)|(?<=[^\W_])\(", chunk):
            pos = para.start + m.start()
            fixed = m.group().strip()
            if fixed == "(" and m.group() == "(":
                fixed = " ("
            yield Hit(
                pos,
                pos + len(m.group()),
                N_("A space goes before '(', none after it and none before ')'."),
                fixed,
            )


def _unpaired_quotes(text: str, start: int, end: int, continued: bool) -> list[int]:
    """Quote marks with no partner, each mark's part read from where it stands (see
    ``quote_roles``): one mark typed the wrong way round is P9's single finding, not a
    cascade of unpaired marks."""
    opened: list[int] = []
    lonely: list[int] = []
    for i, opening in _roles(text, start, end):
        if opening:
            lonely += opened  # a quote opened again before the last one closed
            opened = [i]
        elif opened:
            opened.pop()
        else:
            lonely.append(i)
    if continued and opened and opened[0] == start:
        opened.pop(0)  # a quote over several paragraphs closes only in its last one
    return sorted(lonely + opened)


def _unclosed(doc: Doc, k: int, pos: int) -> Iterator[Hit]:
    """A quote opened and never closed: its closing mark goes after the paragraph's last
    word, unless the next paragraph carries the quote on (it opens with a mark)."""
    text, para = doc.text, doc.paras[k]
    nxt = doc.paras[k + 1] if k + 1 < len(doc.paras) else None
    if nxt is not None and text[nxt.start] in '"“':
        return
    end = _body_end(doc, para)
    start = max(text.rfind(" ", pos, end) + 1, pos + 1)
    word = text[start:end]
    mark = "”" if text[pos] == "“" else '"'
    fixed = word + ("" if word[-1:] in _TERMINAL else ".") + mark
    yield Hit(start, end, N_("The quote opened in this paragraph is not closed."), fixed)


# Where a quote begins when its opening mark was left out: after "mengatakan, " or ": ".
_SAID = re.compile(r"(?:\b(?:me[a-z]+kan|berkata|bahwa),|:) +(?=[A-Z])")


def _unopened(doc: Doc, k: int, pos: int) -> Hit | None:
    """A closing mark after a comma or a stop, the paragraph's first mark: the quote's opening
    mark is what is missing, at the paragraph's start or after the verb that says it (the
    finding lands on the word that wants it, not on the mark that is right)."""
    text, para = doc.text, doc.paras[k]
    roles = _roles(text, para.start, para.end)
    if not roles or roles[0] != (pos, False) or text[pos - 1] not in ",.?!":
        return None
    if text[pos + 1 : pos + 2] != " ":
        return None  # ',”kata': a stray mark glued on, not a quote's end
    start = para.start
    for m in _SAID.finditer(text, para.start, pos):
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


def _carried_quotes(doc: Doc) -> tuple[set[int], dict[int, str]]:
    """A quote left open at a paragraph's end whose next paragraph has no opening mark but
    closes one first: the quote runs on and the next paragraph lost its opening mark (each
    paragraph of a continued quote opens with one). Returns the open and the closing marks,
    partners after all, and each such next paragraph's start with the mark it wants."""
    partners: set[int] = set()
    missing: dict[int, str] = {}
    text = doc.text
    for here, after in zip(doc.paras, doc.paras[1:], strict=False):
        roles = _roles(text, here.start, here.end)
        if not roles or not roles[-1][1] or text[after.start] in "\"“”'‘":
            continue
        nxt = _roles(text, after.start, after.end)
        if nxt and not nxt[0][1]:
            partners.update((roles[-1][0], nxt[0][0]))
            missing[after.start] = "“" if text[roles[-1][0]] == "“" else '"'
    return partners, missing


def _quote_continues(doc: Doc, k: int) -> bool:
    """Does paragraph ``k`` open a quote that the next paragraph carries on? A quote over
    several paragraphs opens each with a mark and closes only the last."""
    if k + 1 >= len(doc.paras):
        return False
    here, after = doc.paras[k], doc.paras[k + 1]
    opens = [doc.text[p.start : p.start + 1] for p in (here, after)]
    return all(mark and mark in '"“' for mark in opens)


def _smiley(chunk: str, i: int) -> bool:
    return i > 0 and chunk[i - 1] in ":;"


@rule("P9", ERROR, N_("Standard spacing, and one style of quote marks"))
def spacing(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for m in _SPACE_BEFORE.finditer(text):
        yield Hit(m.start(), m.end(), N_("No space goes before a punctuation mark."), m.group(1))
    addresses = [(m.start(), m.end()) for m in _ADDRESS.finditer(text)]
    for m in _NO_SPACE_AFTER.finditer(text):
        if any(s <= m.start() < e for s, e in addresses):
            continue  # a web or mail address
        if m.group() == "." and "." in text[max(0, m.start() - 12) : m.start()].split()[-1]:
            continue  # a degree's dotted parts: 'A.Md.Im.'
        yield Hit(m.start(), m.end(), N_("A space follows a punctuation mark."), m.group() + " ")
    for m in _SLASH_SPACE.finditer(text):
        digits = text[m.start() - 1].isdigit() and text[m.end()].isdigit()  # "3 / 4"
        if not digits and not any(s <= m.start() < e for s, e in addresses):
            yield Hit(m.start(), m.end(), N_("No space goes around a slash between words."), "/")
    for m in _DOUBLE_SPACE.finditer(text):
        yield Hit(m.start(), m.end(), N_("One space between words is enough."), " ")
    # "berintegritas..": no ellipsis, a stop typed twice; "selesai,,": a comma typed twice
    doubled = list(_DOUBLE_COMMA.finditer(text)) if ",," in text else []
    doubled += list(_DOUBLE_STOP.finditer(text)) if ".." in text else []
    for m in doubled:
        if not any(s <= m.start() < e for s, e in addresses):
            if m.group() == ",,":
                yield Hit(m.start(), m.end(), N_("One comma is enough."), ",")
            else:
                yield Hit(m.start(), m.end(), N_("A sentence ends with one full stop."), ".")
    for m in _STOP_BRACKET.finditer(text):  # "ujarnya.(Dede)"
        yield Hit(m.start(), m.end(), N_("A space follows a punctuation mark."), m.group(1) + " (")
    yield from _quote_marks(doc)
    yield from doubled_single_marks(doc)
    yield from dateline_spacing(doc)
    yield from glued_dashes(doc)
    yield from numbered_names(doc)
    yield from glued_initials(doc)  # 'H.Mashuri'


def _quote_marks(doc: Doc) -> Iterator[Hit]:
    """One style per article (Kabar's own is straight); curly marks turned the right way."""
    text = doc.text
    curly = quote_style(doc) == "curly"
    mixed = N_("Use one style of quote marks throughout.")
    for para in doc.paras:
        for i, opening in _roles(text, para.start, para.end):
            c = text[i]
            if c == '"' and curly:
                yield Hit(i, i + 1, mixed, "“" if opening else "”")
            elif c != '"' and not curly:
                yield Hit(i, i + 1, mixed, '"')
            elif c != '"' and (c == "“") != opening:
                yield Hit(
                    i,
                    i + 1,
                    N_("The quote mark is turned the wrong way."),
                    "“" if opening else "”",
                )


@rule("P10", ERROR, N_("No chat markup is left in the text"))
def chat_markup(doc: Doc) -> Iterator[Hit]:
    """What a reader would see as stray signs. In a plain article WhatsApp's well-formed
    ``*tebal*`` and ``_miring_`` are emphasis and already read (check/marks.py); what is left
    is ``~coret~``, doubled marks and lone ones. In a composed article every mark the writer
    typed was read by compose, so a ``*`` or ``_`` in its text shows as typed."""
    text = doc.text
    addresses = [(m.start(), m.end()) for m in _ADDRESS.finditer(text)]
    paired: list[tuple[int, int]] = []
    for p in pair_marks(text, _OPENING.finditer(text), _CLOSING.finditer(text)):
        paired.append((p.start, p.end))
        message = N_("Chat markup ('{mark}') does not belong in an article.")
        yield Hit(p.start, p.end, message, p.inner(text), {"mark": p.mark})
    for m in _LONE_MARK.finditer(text):
        if within(paired, m.start()) or within(addresses, m.start()):
            continue
        if not at_word_edge(text, m):
            continue
        yield Hit(
            m.start(),
            m.end(),
            N_("A lone '{mark}' marks nothing: delete it."),
            "",
            {"mark": m.group()},
        )
