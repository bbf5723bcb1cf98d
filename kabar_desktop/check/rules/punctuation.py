"""Punctuation (P1–P5, P9, P10): quotes and their attribution, paragraph ends, brackets,
spacing and chat markup (connectors, P8: connector_commas.py; appositions and lists:
clauses.py; abbreviations, P11: abbreviations.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import CONTRIBUTOR_LINE, Doc, Para
from kabar_desktop.check.lexicon import ATTRIBUTION_VERBS, SAYING_VERBS
from kabar_desktop.check.rules import ERROR, N_, Hit, rule
from kabar_desktop.check.rules.glued_marks import glued_degree, glued_initials
from kabar_desktop.check.rules.headline import subheading
from kabar_desktop.check.rules.inner_stops import (
    address_spans,
    stop_after_address,
    stops_in_words,
)
from kabar_desktop.check.rules.marks_spacing import (
    at_word_edge,
    bracket_spacing,
    dateline_spacing,
    doubled_single_marks,
    glued_dashes,
    numbered_names,
    quote_style,
    quoted_name,
)
from kabar_desktop.check.rules.quote_intro import unset_quotes
from kabar_desktop.check.rules.quote_pairs import (
    AFTER_QUOTE,
    TERMINAL,
    body_end,
    carried_quotes,
    is_attribution,
    mark_roles,
    quote_continues,
    reopened,
    unclosed,
    unopened,
    unpaired_quotes,
)
from kabar_desktop.check.rules.seams18_marks import glued_count_commas
from kabar_desktop.check.rules.seams25_titles import doubled_dateline_dash, titled_quote
from kabar_desktop.check.rules.solid_words import credit_tail, outlet_line
from kabar_desktop.compose.inline import pair_marks, within

_COMMA_OUTSIDE = re.compile(r"(?<=[^\s?!,])([\"”]),(?=\s)")
_NO_SPACE_AFTER_QUOTE = re.compile(r"(?<=[,.?!])([\"”])(?=[^\W\d_])")
_COMMA_AFTER_MARK = re.compile(r"([?!])(?:, ?([\"”])|([\"”]),)")
_BAHWA_QUOTE = re.compile(r"(?<= )bahwa,? ([\"“])(?=[A-Z])")
_WORD_BEFORE = re.compile(r"([^\W\d_]+) $")
# The mark may be typed the wrong way or spaced from the quote's first word (P9's and P21's
# slips): "mengatakan ” Contohnya" still wants its comma.
_SAID_QUOTE = re.compile(r"\b([^\W\d_]+) ([\"“”]) ?(?=[^\W\d_])")
# A slash between words with a space on one side only: "H/ 2024", "Lapas /Rutan" (one on
# both sides may set off items of several words: "Kabupaten Minahasa / Minahasa Selatan"),
# after a bracket too: "(PK)/ Asisten".
_SLASH_SPACE = re.compile(
    r"(?:(?<=[^\W_])|(?<=\)))(?: +/|/ +)(?=[^\W_])"
    r"|(?<=[a-z]) +/ +(?=[a-z])"  # "jemput bola / melakukan": two words, spaced (heldout24)
)
# Days of a month listed with commas and no spaces: "Rabu sampai Jumat, 17,18,19 Nopember".
_DAY_LIST = re.compile(  # or three numbers or more: "RT 1,2,3" (no decimal, no thousands),
    # or numbers after a label ("TPS 905,906,907", probe129)
    r"(?<![\d.,])(\d{1,2}(?:,\d{1,2})+"
    r"(?= (?:Jan|Feb|Peb|Mar|Apr|Mei|Jun|Jul|Agu|Sep|Okt|Nov|Nop|Des))|\d{1,2}(?:,\d{1,2}){2,}"
    r"(?![\d.,]\d)|(?:(?<=TPS )|(?<=RT )|(?<=RW ))\d{1,3}(?:,\d{1,3})+(?![\d.,]\d))"
)
# The tail of an outlet's name written with a dot: "Poskota.News", "Tribun.Com".
_OUTLET_TAIL = re.compile(r"(?:News|Com|Co|Id|Net|Online|Info|TV)\b|\w+\.(?:co\.id|com|id|net)\b")
# Two marks where one belongs: "binaan,.", "SMA?.", "mana?, tentunya" (not "...", "?!").
_MIXED_MARKS = re.compile(
    r"(?<=[^\W_])(?:,\.|[?!][.,])(?![.\w])"
    r"|(?<=[a-z]{4})\.,(?= )"  # "Bapak H. Yamin., S.Ag." (heldout26); not "dll., …"
)
_SPACE_BEFORE = re.compile(r"(?:(?<=[^\W_])|(?<=[\"”’)])) +([,;:!?]|\.(?!\.))")
_NO_SPACE_AFTER = re.compile(  # each branch opens with its mark, looking back after it: fast
    r"[,;:](?=[^\W\d_])|\.(?=[A-Z][a-z])(?:(?<=[^\W_]{2}\.)|(?<=\)\.))"  # "(5/3/2024).Rapat"
    r"|\.(?<=[a-z]{3}\.)(?!(?:ID|COM|CO|NET|TV|OR)\b)(?=[A-Z]{2,5} [A-Za-z])"  # "bulan.PT …"
    # a place's kind shortened, glued to its name in capitals too: 'KAB.BOGOR', 'Jl.Merdeka'
    r"|\.(?=[A-Z]{2})(?:(?<=\b(?i:kab|kec|kel|jln|dsn)\.)|(?<=\b(?i:prov)\.)|(?<=\b(?i:jl|ds)\.))"
)
_PLACE_KIND = re.compile(r"(?i:\b(?:kab|kec|kel|jln|dsn|prov|jl|ds))$")
# From a word's start only: the same matches (whole words holding a marker), in linear time.
_ADDRESS = re.compile(r"(?<!\S)\S*(?:://|www\.|@)\S*")
_DOUBLE_STOP = re.compile(r"(?<=[^\W\d_])\.\.(?!\.)")
_DOUBLE_COMMA = re.compile(r"(?<=[^\W_]), ?,(?!,)")  # "selesai,,", "koordinasi, ," (heldout52)
_DOUBLE_SPACE = re.compile(r"(?<=\S) {2,}(?=\S)")
_STOP_BRACKET = re.compile(r"(?<=[^\W\d_\"”])([.,;:])\((?=[^()\n]{1,40}\))")
# A mark's pair around words ("~coret~", "**dobel**"), and a '*' or '_' at a word's edge.
# Paired marks: a run opening a word, the same closing one on its line (pair_marks: linear).
_OPENING = re.compile(r"(?<![\w*_~])[*_~]+(?=[^\s*_~])")
_CLOSING = re.compile(r"(?<=[^\s*_~])[*_~]+(?![\w*_~])")
_LONE_MARK = re.compile(r"[*_]+")


def _is_closing(doc: Doc, para: Para, pos: int) -> bool:
    return not dict(mark_roles(doc.text, para.start, para.end)).get(pos, True)


@rule("P1", ERROR, N_("The comma goes inside the closing quote, then a space"))
def comma_inside_quote(doc: Doc) -> Iterator[Hit]:
    for para in doc.prose_paras():
        for m in _COMMA_OUTSIDE.finditer(doc.text, para.start, para.end):
            after = AFTER_QUOTE.match(doc.text, m.end())
            said = after is not None and is_attribution(after.group(2))
            if _is_closing(doc, para, m.start()) and (
                said
                or not (quoted_name(doc, para, m.start(), 1) or titled_quote(doc, para, m.start()))
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
        for q, opening in mark_roles(doc.text, para.start, para.end):
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
    after = AFTER_QUOTE.match(text, q + 1)
    if after is None or not (last_word or is_attribution(after.group(2))):
        return
    gap, word = after.groups()
    mark, before = text[q], text[q - 1]
    if before in "?!" or (before == "," and gap == ""):
        return
    if re.match(r" (?:ini|itu|tersebut)\b", text[after.end() : after.end() + 10]):
        return  # '… semata.” Pesan ini menjadi …': a noun opens the next sentence (heldout200)
    if text[q - 2 : q] == ", ":
        start = q - 2
    elif before == "." and text[q - 2 : q] != "..":
        start = q - 1
    elif before.isalnum() or before == ")":
        start = q
    elif before == ",":
        start = q  # the comma is right; the gap or the verb is not
    elif before == " " and text[q - 2 : q - 1].isalnum():
        start = q - 1  # "tradisional ” Ujar": the space is the comma's place
    else:
        return
    if start == q and before == "," and gap == " ":
        return
    retype = gap != " " or word[0].isupper()
    end = after.end() if retype else q + 1
    fixed = f",{mark} {word.lower()}" if retype else "," + mark
    message = (
        N_("A comma closes the quote before its attribution.")
        if before.isalnum() or before in ") "
        else N_("The comma goes inside the closing quote mark.")
    )
    yield Hit(start, end, message, fixed)


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
        yield from unset_quotes(doc, para)  # 'arahan tambahan "Dari …" ujar': any lead-in word


# A web address in brackets after the last stop: where the paragraph was taken from.
_WEB_SOURCE = re.compile(
    r"(?<=[.!?\"”])\s*\((?:[Ss]umber:?\s*)?[\w-]+(?:\.[\w-]+)*\.(?:id|com|net|org)(?:/[^()\n]{0,40})?\)$"
)


# A line of names ending in brackets: a dateline, a photo or an agency credit ("Jl. Merdeka
# (Humas Bidang Hukum)", "(Foto: Humas Lapas)"), no sentence, so no stop is missing.
_NAME_WORD = re.compile(r"[^\W\d_][\w.'’/-]*")
_NAME_LINKS = frozenset(("dan", "di", "&"))


def _name_line(chunk: str) -> bool:
    found = _NAME_WORD.findall(chunk)
    return (
        chunk.endswith(")")
        and 0 < len(found) <= 10
        and all(w[0].isupper() or w in _NAME_LINKS for w in found)
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
        end = body_end(doc, para)
        tail = text[para.start : end].rstrip("\"”’')]")
        if not tail or tail[-1] in TERMINAL or _CREDIT_DASH.search(tail):
            continue  # a credit: "… setempat. -Dok/Lapas …-" (h171), ".—Shofatus" (probe142)
        if _END_MARK.search(text[para.start : end].rstrip()):
            continue  # "… Budi.[]", "***3***", "(*)": an outlet's end mark (p40); "(IST)" a credit
        if _WEB_SOURCE.search(text, para.start, end):
            continue  # "… imigrasi. (kupang.imigrasi.go.id)": the source named, not prose
        if tail[-1] == ":" and k + 1 < len(paras):
            continue  # "… antara lain:": the lines after it are its list, bullets or not
        if k == final and credit_tail(text, para.start, end) or outlet_line(text, para.start, end):
            continue  # "… utama. Indra", "*man": the credit; "JEMBRANA – baliprawara.com"
        if re.fullmatch(r"\*?[A-Z][A-Za-z]+-\d*", text[para.start : end].strip()):
            continue  # "*Kahaba-03", "Hadi-": a reporter's credit line (heldout204, 207)
        if _name_line(text[para.start : end].rstrip()) or CONTRIBUTOR_LINE.match(text, para.start):
            continue  # "(Tim Humas Lapas …)", "Kontributor: Humas Lapas Wonreli": a credit
        alone = _DATELINE_ALONE.fullmatch(text[para.start : end].strip())
        if (para.kind == "lead" or k == 1 or k == final) and alone:
            continue  # "Medan" alone above the lead: its dateline; "Kediri, Radar" at the end
        if k + 1 < len(paras) and k != final and subheading(text[para.start : end].rstrip()):
            continue  # "Disiplin Jadi Kunci Menuju Kebebasan": a subheading (probes 28, 30)
        if k + 1 < len(paras) and k != final and _short_heading(doc, k, end):
            continue  # "Jemput bola" between two paragraphs: a subheading in sentence case
        start = text.rfind(" ", para.start, end) + 1 or para.start
        start = max(start, para.start)
        last = text[start:end]
        fixed = last[:-1] + "." if last[-1] in ",;:" else last + "."
        yield Hit(start, end, N_("The paragraph ends without a full stop."), fixed)


_END_MARK = re.compile(
    r"[.!?\"”] ?(?:\[\]|\*{3}\d*\*{3}|\(\*\)|\([A-Z][A-Z .]{1,30}\))$"
    # a credit in brackets closing the paragraph, no digits so no date (session 37): a photo's
    # or a source's ("(Foto : Diskominfo)"), a reporter's and an outlet's after the last stop
    # ("(antara/jpnn)"), a writer's short name after the attribution ("imbuhnya (USM)")
    r"|\((?i:dok|foto|sumber) ?: ?[^()\d]{2,40}\)$"
    r"|[.!?\"”] ?\([^()\d/]{1,30}/[^()\d]{1,30}\)$"
    r"|nya\W? \([A-Za-z]{2,10}\)$"
)
_CREDIT_DASH = re.compile(r"[.!?] ?-(?:Dok|Foto|IST|Ist)\b[^.]*-$|[.!?][—–] ?[A-Z][\w’ ]{2,40}$")
# A dateline on a line of its own: the city, maybe the outlet after a comma (probe47,
# heldout45), or after a dash and with one closing it ("Tulungagung – News PATROLI.COM –").
_DATELINE_ALONE = re.compile(
    r"[^\W\d_]+(?: [^\W\d_]+)?(?:(?:, ?| I )[A-Z][\w.]+)?|[A-Z][^\W\d_]+,"  # "Mangupura," (p148)
    r"|[\w-]+(?:\.[\w-]+)*\.(?i:com|co\.id|co|id|net)(?: ?[-–—] ?|, ?)[A-Z]\w+(?: [A-Z]\w+)?"
    r"|[A-Z]\w+ [-–—] [\w .]+\.(?i:com|co\.id|id|net) [-–—]"
)
# The code of a letter's number before its stop: 'PAS-12.HH.01.02', 'Pas-12.Hh'.
_LETTER_NUMBER = re.compile(r"\b[A-Za-z]{2,6}-\d{1,3}\.$")
_CODE_GOES_ON = re.compile(r"[A-Za-z]{1,4}\.\d")  # 'HH.01', not 'Covid-19.Yosef'
# A list's items labelled inline with half brackets ("yaitu 1) …, 2) …"; EYD V's own form).
_INLINE_LABEL = re.compile(r"(?:(?<=\s)|^)(?:\d{1,2}|[a-z])\)(?=[\s.])")


def _letter_number(text: str, stop: int) -> bool:
    before = _LETTER_NUMBER.search(text, max(0, stop - 12), stop + 1)
    return before is not None and _CODE_GOES_ON.match(text, stop + 1) is not None


def _short_heading(doc: Doc, k: int, end: int) -> bool:
    """A line of two to four words in sentence case, no mark and no verb in it, after a
    paragraph that ended its sentence and before one that opens with a capital: a subheading
    ("Jemput bola", probe49), not a sentence that lost its stop."""
    line = doc.text[doc.paras[k].start : end].strip()
    found = line.split()
    if not 2 <= len(found) <= 4 or not line[:1].isupper() or not line.replace(" ", "").isalpha():
        return False
    from kabar_desktop.check.rules.commas import is_verb

    if any(is_verb(w.lower()) for w in found):
        return False  # "Pelatihan berlangsung tiga hari": a sentence that lost its stop
    before = doc.text[doc.paras[k - 1].start : doc.paras[k - 1].end].rstrip() if k else ""
    after = doc.text[doc.paras[k + 1].start : doc.paras[k + 1].end].lstrip("\"“ ")
    return before[-1:] in TERMINAL + "\"”" and after[:1].isupper()


@rule("P5", ERROR, N_("Brackets and quote marks come in pairs, spaced the standard way"))
def pairs(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    unpaired = N_("This mark has no partner.")
    partners, carried = carried_quotes(doc)
    for k, para in enumerate(doc.paras):
        chunk = text[para.start : para.end]
        continued = quote_continues(doc, k)
        skip = re.match(r"\s*\w{1,2}\)", chunk)  # "1)" or "a)" opening a list item
        label = skip.end() - 1 if skip else -1
        labels = {m.end() - 1 for m in _INLINE_LABEL.finditer(chunk)}  # ", 2) …, 3) …"
        opened: list[int] = []
        for i, c in enumerate(chunk):
            pos = para.start + i
            if c == "(":
                opened.append(pos)
            elif c == ")" and i != label and chunk[i - 1 : i] not in (":", ";"):  # not ":)"
                if opened:
                    opened.pop()
                elif i not in labels or len(labels) < 2:
                    yield Hit(pos, pos + 1, unpaired)
        for pos in opened:
            yield Hit(pos, pos + 1, unpaired)
        last = mark_roles(text, para.start, para.end)[-1:]
        for pos in unpaired_quotes(doc.text, para.start, para.end, continued):
            if pos in partners:
                continue
            if last and last[0] == (pos, True):  # the quote runs to the paragraph's end
                yield from unclosed(doc, k, pos)
            elif (opening := unopened(doc, k, pos)) is not None:
                yield opening
            elif (closing := reopened(doc, para, pos)) is not None:
                yield closing
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
        yield from bracket_spacing(chunk, para.start)


@rule("P9", ERROR, N_("Standard spacing, and one style of quote marks"))
def spacing(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for m in _SPACE_BEFORE.finditer(text):
        yield Hit(m.start(), m.end(), N_("No space goes before a punctuation mark."), m.group(1))
    addresses = address_spans(text)
    for m in _NO_SPACE_AFTER.finditer(text):
        if any(s <= m.start() < e for s, e in addresses):
            continue  # a web or mail address
        if m.group() == "." and _OUTLET_TAIL.match(text, m.end()):
            continue  # an outlet's name: 'Poskota.News' (heldout25)
        if m.group() == "." and "." in text[max(0, m.start() - 12) : m.start()].split()[-1]:
            continue  # a degree's dotted parts: 'A.Md.Im.'
        if m.group() == "." and (_letter_number(text, m.start()) or glued_degree(text, m.start())):
            continue  # a letter's number: 'Nomor Pas-12.Hh.01.02' (probe50); 'Amd.Keb' (p83)
        kind = _PLACE_KIND.search(text, max(0, m.start() - 5), m.start())  # 'KAB.PEKALONGAN'
        message = N_("A space follows a punctuation mark.")
        yield Hit(m.start(), m.end(), message, m.group() + " ", framed=kind is not None)
    slashes = _SLASH_SPACE.finditer(text) if " /" in text or "/ " in text else ()
    for m in slashes:
        if not any(s <= m.start() < e for s, e in addresses):  # "No 44/ 2016" too (s31)
            yield Hit(m.start(), m.end(), N_("No space goes around a slash between words."), "/")
    for m in _DOUBLE_SPACE.finditer(text):
        yield Hit(m.start(), m.end(), N_("One space between words is enough."), " ")
    # "berintegritas..": no ellipsis, a stop typed twice; "selesai,,": a comma typed twice
    doubled = list(_DOUBLE_COMMA.finditer(text)) if ",," in text or ", ," in text else []
    doubled += list(_DOUBLE_STOP.finditer(text)) if ".." in text else []
    mixed = ",." in text or ".," in text or "?" in text
    doubled += list(_MIXED_MARKS.finditer(text)) if mixed else []
    for m in doubled:
        if not any(s <= m.start() < e for s, e in addresses):
            if m.group() in (",,", ", ,"):
                yield Hit(m.start(), m.end(), N_("One comma is enough."), ",")
            elif m.group() in (",.", "?.", "?,", "!.", "!,", ".,"):  # "binaan,." (heldout25)
                fixed = {",.": ".", ".,": ","}.get(m.group(), m.group()[0])
                message = N_("One mark is enough here: '{word}'.")
                yield Hit(m.start(), m.end(), message, fixed, {"word": fixed})
            else:
                yield Hit(m.start(), m.end(), N_("A sentence ends with one full stop."), ".")
    for m in _DAY_LIST.finditer(text) if "," in text else ():  # "17,18,19 November"
        spaced = m.group(1).replace(",", ", ")
        yield Hit(m.start(1), m.end(1), N_("A space follows a punctuation mark."), spaced)
    glued = ".(" in text or ",(" in text or ";(" in text or ":(" in text
    for m in _STOP_BRACKET.finditer(text) if glued else ():  # "ujarnya.(Dede)"
        yield Hit(m.start(), m.end(), N_("A space follows a punctuation mark."), m.group(1) + " (")
    yield from _quote_marks(doc)
    yield from doubled_single_marks(doc)
    yield from dateline_spacing(doc)
    yield from glued_dashes(doc)
    yield from doubled_dateline_dash(doc)  # round 25
    yield from numbered_names(doc)
    yield from glued_initials(doc)  # 'H.Mashuri'
    yield from stops_in_words(doc)  # 'ini.kan'
    yield from stop_after_address(doc)  # round 21: 'infodairi.id. sebagai'
    yield from glued_count_commas(doc)  # '(Lk,39 tahun)'
    from kabar_desktop.check.rules.seams20_marks import glued_numbers

    yield from glued_numbers(doc)  # round 20: 'No.7'


def _quote_marks(doc: Doc) -> Iterator[Hit]:
    """One style per article (Kabar's own is straight); curly marks turned the right way."""
    text = doc.text
    curly = quote_style(doc) == "curly"
    mixed = N_("Use one style of quote marks throughout.")
    for para in doc.paras:
        for i, opening in mark_roles(text, para.start, para.end):
            c = text[i]
            if c == '"' and curly:
                yield Hit(i, i + 1, mixed, "“" if opening else "”")
            elif c != '"' and not curly:
                yield Hit(i, i + 1, mixed, '"')
            elif c != '"' and (c == "“") != opening:
                end = i + 1
                if opening:  # '.” Kami': the space goes before the opening mark, not after
                    while end < para.end and text[end] == " ":
                        end += 1
                    if end == para.end or not text[end].isalnum():
                        end = i + 1
                yield Hit(
                    i,
                    end,
                    N_("The quote mark is turned the wrong way."),
                    ("“" if i == para.start or text[i - 1] in " \n([" else " “")
                    if opening
                    else "”",
                )


@rule("P10", ERROR, N_("No chat markup is left in the text"))
def chat_markup(doc: Doc) -> Iterator[Hit]:
    """What a reader would see as stray signs. In a plain article WhatsApp's well-formed
    ``*tebal*`` and ``_miring_`` are emphasis and already read (check/marks.py); what is left
    is ``~coret~``, doubled marks and lone ones. In a composed article every mark the writer
    typed was read by compose, so a ``*`` or ``_`` in its text shows as typed."""
    text = doc.text
    addresses = address_spans(text)
    paired: list[tuple[int, int]] = []
    for p in pair_marks(text, _OPENING.finditer(text), _CLOSING.finditer(text)):
        paired.append((p.start, p.end))
        message = N_("Chat markup ('{mark}') does not belong in an article.")
        yield Hit(p.start, p.end, message, p.inner(text), {"mark": p.mark})
    for m in _LONE_MARK.finditer(text):
        if within(paired, m.start()) or within(addresses, m.start()):
            continue
        if not at_word_edge(text, m) or text[m.start() - 1 : m.end() + 1] == "(*)":
            continue
        yield Hit(
            m.start(),
            m.end(),
            N_("A lone '{mark}' marks nothing: delete it."),
            "",
            {"mark": m.group()},
        )
