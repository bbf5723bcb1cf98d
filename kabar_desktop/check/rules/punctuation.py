"""Punctuation (P1–P11): quotes and their attribution, paragraph ends, brackets, appositions,
list commas, connectors, spacing, chat markup and abbreviations."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc, Para
from kabar_desktop.check.lexicon import FUNCTION_WORDS, POSITIONS, SAYING_VERBS, words
from kabar_desktop.check.rules import ERROR, N_, WARNING, Hit, rule

_COMMA_OUTSIDE = re.compile(r"(?<=[^\s?!,])([\"”]),(?=\s)")
_NO_SPACE_AFTER_QUOTE = re.compile(r"(?<=[,.?!])([\"”])(?=[^\W\d_])")
_COMMA_AFTER_MARK = re.compile(r"([?!])(?:,([\"”])|([\"”]),)")
_SAID_QUOTE = re.compile(r"\b([^\W\d_]+) ([\"“])(?=[^\W\d_])")
_LIST = re.compile(
    r"\b([^\W\d_]+), ((?:[^\W\d_]+ )?([^\W\d_]+)) (dan|serta|atau|maupun) ([^\W\d_]+)"
)
_NOT_ITEMS = FUNCTION_WORDS | words(
    "baik yakni yaitu seperti termasuk juga bahkan ini itu tersebut"
)
_CONNECTORS = re.compile(
    r"(oleh karena itu|oleh sebab itu|karena itu|dengan demikian|meskipun demikian"
    r"|walaupun demikian|namun demikian|akan tetapi|selain itu|sementara itu|di samping itu"
    r"|sehubungan dengan itu|lebih lanjut|namun|jadi|selanjutnya)(?= )",
    re.IGNORECASE,
)
_SPACE_BEFORE = re.compile(r"(?<=[^\W_]) +([,;:!?]|\.(?!\.))")
_NO_SPACE_AFTER = re.compile(r"[,;:](?=[^\W\d_])|(?<=[^\W\d_]{2})\.(?=[A-Z][a-z])")
_ADDRESS = re.compile(r"\S*(?:://|www\.|@)\S*")
_DOUBLE_SPACE = re.compile(r"(?<=\S) {2,}(?=\S)")
# A mark's pair around words ("~coret~", "**dobel**"), and a '*' or '_' at a word's edge.
_MARKUP = re.compile(r"(?<![\w*_~])([*_~]+)(?=[^\s*_~])([^\n]*?[^\s*_~])\1(?![\w*_~])")
_LONE_MARK = re.compile(r"[*_]+")
_ABBREVIATION = re.compile(r"\b(dll|dsb|dst|sbb|dkk|[Yy]th|a\.n|u\.p|s\.d|d\.a)\b(?!\.)")
_CAPTION_DOK = re.compile(r"\bDok(?= Humas)")
_TERMINAL = ".!?…"


def _is_closing(doc: Doc, para: Para, pos: int) -> bool:
    mark = doc.text[pos]
    if mark in "”“":
        return mark == "”"
    return doc.text.count('"', para.start, pos) % 2 == 1


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
            if _is_closing(doc, para, m.start()):
                yield Hit(
                    m.start(),
                    m.end(),
                    N_("The comma goes inside the closing quote mark."),
                    "," + m.group(1),
                )
        for m in _NO_SPACE_AFTER_QUOTE.finditer(doc.text, para.start, para.end):
            if _is_closing(doc, para, m.start()):
                yield Hit(
                    m.start(),
                    m.end(),
                    N_("A space follows the closing quote mark."),
                    m.group(1) + " ",
                )


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


@rule("P4", ERROR, N_("Every paragraph ends with '.', '?' or '!'"))
def paragraph_end(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    paras = doc.paras
    for k, para in enumerate(paras):
        if para.kind not in ("lead", "body", "quote") or para.list_item:
            continue
        end = _body_end(doc, para)
        tail = text[para.start : end].rstrip("\"”’')]")
        if not tail or tail[-1] in _TERMINAL:
            continue
        if tail[-1] == ":" and k + 1 < len(paras) and paras[k + 1].list_item:
            continue
        start = text.rfind(" ", para.start, end) + 1 or para.start
        start = max(start, para.start)
        last = text[start:end]
        fixed = last[:-1] + "." if last[-1] in ",;" else last + "."
        yield Hit(start, end, N_("The paragraph ends without a full stop."), fixed)


@rule("P5", ERROR, N_("Brackets and quote marks come in pairs, spaced the standard way"))
def pairs(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    unpaired = N_("This mark has no partner.")
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
        straight = [para.start + i for i, c in enumerate(chunk) if c == '"']
        if len(straight) % 2 and not (continued and chunk.startswith('"')):
            yield Hit(straight[-1], straight[-1] + 1, unpaired)
        if chunk.count("“") == chunk.count("”") + 1 and continued and chunk.startswith("“"):
            pass  # a quote over several paragraphs closes only in its last one
        elif chunk.count("“") != chunk.count("”"):
            mark = "“" if chunk.count("“") > chunk.count("”") else "”"
            pos = para.start + chunk.rfind(mark)
            yield Hit(pos, pos + 1, unpaired)
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


def _phrase_end(doc: Doc, i: int) -> int:
    """Index past a capitalised phrase starting at token ``i`` ('Kepala Lapas Kelas IIB')."""
    toks = doc.tokens
    j = i + 1
    while j < len(toks) and doc.adjacent(toks[j - 1], toks[j]):
        if not (toks[j].text[0].isupper() or toks[j].text == "dan"):
            break
        j += 1
    while j - 1 > i and toks[j - 1].text == "dan":
        j -= 1
    return j


def _name_end(doc: Doc, i: int) -> int:
    """Index past a name of up to four capitalised words ('Dr. Budi Santoso')."""
    toks = doc.tokens
    j = i + 1
    while j < len(toks) and j - i < 4 and toks[j].text[0].isupper():
        gap = doc.text[toks[j - 1].end : toks[j].start]
        if gap not in (" ", ". ") or toks[j].para != toks[i].para:
            break
        j += 1
    return j


def _open_before_lowercase(doc: Doc, j: int) -> bool:
    toks = doc.tokens
    return j < len(toks) and doc.adjacent(toks[j - 1], toks[j]) and toks[j].text[0].islower()


@rule("P6", WARNING, N_("An apposition is closed by a second comma"))
def apposition(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    message = N_("The apposition is closed by a comma: '{word}'.")
    for i, t in enumerate(toks):
        if t.text.lower() not in POSITIONS or (t.text[0].islower() and not t.initial):
            continue
        if doc.paras[t.para].kind == "title":
            continue
        j = _phrase_end(doc, i)
        after = doc.text[toks[j - 1].end : toks[j - 1].end + 2]
        if j < len(toks) and after == ", " and toks[j].text[0].isupper():
            k = _name_end(doc, j)
            if _open_before_lowercase(doc, k):
                name = doc.text[toks[j].start : toks[k - 1].end]
                yield Hit(toks[j].start, toks[k - 1].end, message, name + ",", {"word": name})
        elif _open_before_lowercase(doc, j) and i >= 1:
            before = doc.text[toks[i - 1].end : t.start]
            first = i - 1
            while first > 0 and doc.adjacent(toks[first - 1], toks[first]):
                first -= 1
            named = all(x.text[0].isupper() for x in toks[first:i])
            if before == ", " and toks[first].initial and named and i - first <= 4:
                phrase = doc.text[t.start : toks[j - 1].end]
                last = toks[j - 1]
                yield Hit(last.start, last.end, message, last.text + ",", {"word": phrase})


@rule("P7", WARNING, N_("A list of three or more takes a comma before the last item"))
def list_comma(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        for m in _LIST.finditer(text, para.start, para.end):
            first, items, last_word, conj, after = m.groups()
            i = doc.token_at(m.start(1))
            if i is None or doc.tokens[i].initial:
                continue
            if i > 0 and doc.tokens[i - 1].text.lower() in ("dan", "atau", "maupun", "serta"):
                continue
            words_ = [first.lower(), *items.lower().split(), after.lower()]
            if any(w in _NOT_ITEMS for w in words_) or first.lower().endswith("nya"):
                continue
            if len({w[0].isupper() for w in (first, items, after)}) > 1:
                continue
            start = m.start(3)
            yield Hit(
                start,
                m.end(4),
                N_("In a list of three or more, a comma goes before '{word}'."),
                f"{last_word}, {conj}",
                {"word": conj},
            )


@rule("P8", ERROR, N_("A comma follows a sentence-opening connector"))
def connector_comma(doc: Doc) -> Iterator[Hit]:
    for para in doc.prose_paras():
        for s, _e in para.sentences:
            m = _CONNECTORS.match(doc.text, s)
            if m:
                yield Hit(
                    m.start(),
                    m.end(),
                    N_("A comma follows '{word}' at the start of a sentence."),
                    m.group() + ",",
                    {"word": m.group()},
                )


def _quote_style(doc: Doc) -> str:
    if doc.mode == "article":
        return "straight"
    straight, curly = doc.text.count('"'), doc.text.count("“") + doc.text.count("”")
    return "curly" if curly > straight else "straight"


@rule("P9", ERROR, N_("Standard spacing, and one style of quote marks"))
def spacing(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for m in _SPACE_BEFORE.finditer(text):
        yield Hit(m.start(), m.end(), N_("No space goes before a punctuation mark."), m.group(1))
    addresses = [(m.start(), m.end()) for m in _ADDRESS.finditer(text)]
    for m in _NO_SPACE_AFTER.finditer(text):
        if any(s <= m.start() < e for s, e in addresses):
            continue  # a web or mail address
        yield Hit(m.start(), m.end(), N_("A space follows a punctuation mark."), m.group() + " ")
    for m in _DOUBLE_SPACE.finditer(text):
        yield Hit(m.start(), m.end(), N_("One space between words is enough."), " ")
    yield from _quote_marks(doc)


def _quote_marks(doc: Doc) -> Iterator[Hit]:
    """One style per article (Kabar's own is straight); curly marks turned the right way."""
    text = doc.text
    curly = _quote_style(doc) == "curly"
    mixed = N_("Use one style of quote marks throughout.")
    for para in doc.paras:
        for i in range(para.start, para.end):
            c = text[i]
            if c == '"' and curly:
                yield Hit(i, i + 1, mixed, "”" if _is_closing(doc, para, i) else "“")
            elif c in "“”" and not curly:
                yield Hit(i, i + 1, mixed, '"')
            elif c in "“”":
                opens = i == para.start or text[i - 1] in " (\n"
                if (c == "“") != opens:
                    yield Hit(
                        i,
                        i + 1,
                        N_("The quote mark is turned the wrong way."),
                        "“" if opens else "”",
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
    for m in _MARKUP.finditer(text):
        paired.append((m.start(), m.end()))
        yield Hit(
            m.start(),
            m.end(),
            N_("Chat markup ('{mark}') does not belong in an article."),
            m.group(2),
            {"mark": m.group(1)},
        )
    skipped = paired + addresses
    for m in _LONE_MARK.finditer(text):
        if any(s <= m.start() < e for s, e in skipped) or not _at_word_edge(text, m):
            continue
        yield Hit(
            m.start(),
            m.end(),
            N_("A lone '{mark}' marks nothing: delete it."),
            "",
            {"mark": m.group()},
        )


def _at_word_edge(text: str, m: re.Match) -> bool:
    """Not inside a word (``Humas_Unit``, ``5*3``) nor alone between spaces (a list's ``* ``)."""
    before = text[m.start() - 1] if m.start() else " "
    after = text[m.end()] if m.end() < len(text) else " "
    return not (before.isalnum() and after.isalnum()) and not (before.isspace() and after.isspace())


@rule("P11", ERROR, N_("Abbreviations keep their periods"))
def abbreviations(doc: Doc) -> Iterator[Hit]:
    for m in _ABBREVIATION.finditer(doc.text):
        yield Hit(
            m.start(),
            m.end(),
            N_("This abbreviation ends with a period: '{word}'."),
            m.group() + ".",
            {"word": m.group() + "."},
        )
    for m in _CAPTION_DOK.finditer(doc.text):
        yield Hit(
            m.start(),
            m.end(),
            N_("This abbreviation ends with a period: '{word}'."),
            "Dok.",
            {"word": "Dok."},
        )
