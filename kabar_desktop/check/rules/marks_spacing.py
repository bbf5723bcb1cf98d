"""Signs in running text (P14–P16, P21): '&' for 'dan', a dash spaced on one side only, the
full stop of a quoted sentence left outside its closing mark, a space after an opening quote
mark; and for P9, the article's style
of quote marks, two single marks typed for a double one, the spacing of a dateline the frame
holds ('PEKANBARU ,Media' → 'PEKANBARU, Media') and a name's number after a space ('Covid 19').

EYD V writes words, not signs, in running text ('Selasa dan Kamis'); a dash between parts of
a sentence or after a dateline stands between two spaces ('KOTABUMI — Rumah'), while one
inside a word or range has none ('Covid-19', '2020–2024'); a quote that is a whole sentence
keeps its final stop inside ('… disampaikan.”').
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc, Para
from kabar_desktop.check.lexicon import ATTRIBUTION_VERBS, SAYING_VERBS, words
from kabar_desktop.check.quote_marks import quote_roles
from kabar_desktop.check.rules import ERROR, N_, WARNING, Hit, rule
from kabar_desktop.check.rules.inner_stops import address_spans
from kabar_desktop.check.rules.seams25_titles import hyphen_in_name, quote_opening

_AMPERSAND = re.compile(r"(?<=[^\W_]) & (?=[^\W_])")
_DOUBLED_SINGLE = re.compile(r"[‘’]{2}|''")
# From a word's start only: the same matches (whole words holding a marker), in linear time.
_ADDRESS = re.compile(r"(?<!\S)\S*(?:://|www\.|@)\S*")
# Names of firms and bodies keep their '&': "PT Maju & Jaya", "Johnson & Johnson".
# (a venue's or a business's name too: "Hotel Alana & Convention Center"; round 15)
_FIRM = words(
    """pt cv ud tbk co firma toko koperasi law company corp inc ltd hotel resort restoran
    resto kafe cafe center centre convention mall plaza galeri gallery partners partner lbh
    associates rekan"""
)
_CAPITALISED_RUN = re.compile(r"((?:[A-Z][\w.]*\.? ){1,4})$")
# An en or em dash with a space on one side only, and a hyphen after a bracket or before a
# capital with a space on the other side: "(17/5/2024)- Warga", "(SIB) -Untuk".
_DASH_ONE_SIDE = re.compile(  # each branch opens with its mark or space: a fast scan
    r"([–—])(?:(?<=[^\W\d_].)|(?<=\).)) (?=[^\W\d_])"
    r"| ([–—])(?:(?<=[^\W_] .)|(?<=\) .))(?=[^\W\d_])"  # "… 2026 —Kegiatan" (heldout182)
    r"|(-)(?<=\)-) (?=[A-Z])| (-)(?:(?<=[^\W\d_] -)|(?<=\) -))(?=[A-Z][a-z])"
)


def _firm_name(text: str, start: int, end: int) -> bool:
    """The '&' at ``start`` joins the words of one name: a firm's, or single letters."""
    before = _CAPITALISED_RUN.search(text, max(0, start - 60), start + 1)
    after = re.match(r"[^\W_][\w.]*", text[end:])
    first = after.group() if after else ""
    if before is None or not first[:1].isupper():
        return False
    run = before.group(1).split()
    if any(w.strip(".").lower() in _FIRM for w in run) or first.lower().strip(".") in _FIRM:
        return True
    return len(run[-1].strip(".")) == 1 and len(first.strip(".")) == 1  # "R & D"


@rule("P14", ERROR, N_("Running text writes 'dan', not '&'"))
def ampersand(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    addresses = address_spans(text)
    for para in doc.prose_paras():
        for m in _AMPERSAND.finditer(text, para.start, para.end):
            amp = m.start() + 1
            if any(s <= amp < e for s, e in addresses) or _firm_name(text, m.start(), m.end()):
                continue
            yield Hit(amp, amp + 1, N_("Write 'dan' in running text, not '&'."), "dan")


# A dateline's hyphen glued between the office's tag or the outlet and the lead's first word
# ("Kota Bengkulu (Humas)-Salah satu …", "MANADO, EMMCTV-Momen …"; the sets mark it 5 of 6).
_GLUED_DATELINE = re.compile(
    r"[A-Z][\w.]*(?:,? [A-Z(][\w.]*\)?){0,3}?(?:,? |(?<=\w) ?)(?P<last>\([^()\n]{2,30}\)|[\w.]+)"
    r"-(?P<next>[A-Z][a-z]+)"
)


_SEPARATORS = (" - ", " – ", " — ", " -- ", " | ")  # a dateline's separators, spaced


def _odd_separator(doc: Doc, start: int, end: int) -> Hit | None:
    """The lead's dateline parted from the lead by a separator not spaced the standard way:
    a dash glued on one side, an underscore, a comma before the dash, three hyphens (the
    sets mark it 17 times of 19; a frame's own words, so the finding is framed)."""
    text = doc.text
    frame = next((e for s, e in doc.frame if s == start), None)
    if frame is None:
        return None
    a, b = frame, frame
    while a > start and text[a - 1] in " ,-–—_|":
        a -= 1
    while b < end and text[b] in " -–—_|":
        b += 1
    sep = text[a:b]
    if sep == " -- " and b < end:  # "MADIUN -- Kalapas …": two hyphens for the dash (a note)
        message = N_("The dateline's dash is one dash, '–', not two hyphens.")
        return Hit(a, b, message, " – ", framed=True)
    if sep in _SEPARATORS or sep == "-" or not sep.strip(" ,") or "\xa0" in text[a - 1 : b + 1]:
        return None  # "-": a hyphen glued after the tag is _GLUED_DATELINE's
    if b == end or (not sep.endswith(" ") and (sep.startswith(" ") or text[a - 1] != ")")):
        return None  # "… online –" alone on its line: a line break; "—Rumah": the dash's own
    marks = set(sep) - {" ", ","}
    fixed = " — " if marks == {"—"} else " - " if sep.strip(" ,") == "-" else " – "
    message = N_("The dateline is parted from the lead by a dash with a space on both sides.")
    return Hit(a, b, message, fixed, framed=True)


def _outlet_or_tag(word: str) -> bool:
    """An office's tag in brackets or an outlet's name (a domain, or capitals), no word of a
    hyphenated compound ('Sulawesi-Tengah')."""
    return word.startswith("(") or "." in word or (word.isupper() and len(word) >= 3)


@rule("P15", ERROR, N_("A dash between words has a space on both sides"))
def dash_spacing(doc: Doc) -> Iterator[Hit]:
    """The span takes in the word on the tight side, so a dateline's dash (which the frame
    holds) is still reported where the sentence starts."""
    text = doc.text
    message = N_("A dash between words has a space on both sides.")
    for para in doc.paras:
        if para.kind == "title":
            continue
        for m in _DASH_ONE_SIDE.finditer(text, para.start, para.end):
            if m.group(1) or m.group(3):  # tight before the dash
                dash = m.start(1) if m.group(1) else m.start(3)
                start = dash - 1
                while start > para.start and not text[start - 1].isspace():
                    start -= 1
                yield Hit(start, dash + 1, message, text[start:dash] + " " + text[dash])
            else:  # tight after it
                dash = m.start(2) if m.group(2) else m.start(4)
                if text[max(0, dash - 4) : dash].lower() in (" se ", "(se "):
                    continue  # "se -Kabupaten": the prefix's hyphen, typed apart (probe63)
                word = re.match(r"\S+", text[dash + 1 : para.end])
                end = dash + 1 + (word.end() if word else 0)
                yield Hit(dash, end, message, text[dash] + " " + text[dash + 1 : end])
        if para.kind == "lead" and (odd := _odd_separator(doc, para.start, para.end)):
            yield odd  # "WONOSOBO (SUARABARU.ID)– …", "Palembang _ …", "BANJAR,- …"
        glued = _GLUED_DATELINE.match(text, para.start, para.end) if para.kind == "lead" else None
        if glued and _outlet_or_tag(glued.group("last")):  # "(Humas)-Salah", "EMMCTV-Momen"
            last, nxt = glued.group("last"), glued.group("next")
            fixed = f"{last} - {nxt}"
            yield Hit(glued.start("last"), glued.end("next"), message, fixed)


# A theme's or a title's name after its noun and a colon (probe54): its stop stays outside.
_TITLE_COLON = re.compile(
    r"\b(?:tema|bertema|bertajuk|berjudul|judul|slogan|moto|motto|tagline): $", re.I
)


@rule("P16", ERROR, N_("A quoted sentence keeps its full stop inside the closing mark"))
def stop_inside_quote(doc: Doc) -> Iterator[Hit]:
    """'“Tata tertib … yang disampaikan”.' → '… disampaikan.”' when the quote opens the
    sentence (a term quoted inside a sentence keeps the stop outside: 'bertema “Sinergi”.')."""
    text = doc.text
    for para in doc.prose_paras():
        opened: int | None = None
        for i, opening in quote_roles(text, para.start, para.end):
            if opening:
                opened = i
                continue
            if opened is None or text[i + 1 : i + 2] != "." or not text[i - 1].isalnum():
                opened = None
                continue
            after = text[i + 2 : i + 4]
            sentence_start = opened == para.start or text[opened - 2 : opened] in (". ", ": ")
            if sentence_start and _TITLE_COLON.search(text, max(0, opened - 14), opened):
                sentence_start = False  # 'mengusung tema: "Majukan …".': a theme's name
            said = re.match(r" ([^\W\d_]+)", after + text[i + 4 : i + 30])
            if said and _said(said.group(1)):
                opened = None
                continue  # '”. Ujarnya': P1's attribution
            if sentence_start and (after == "" or after[:1] == "\n" or after[:1] == " "):
                yield Hit(
                    i,
                    i + 2,
                    N_("The full stop of a quoted sentence goes inside the closing mark."),
                    "." + text[i],
                )
            opened = None


@rule("P21", ERROR, N_("No space after an opening quote mark"))
def space_after_opening_quote(doc: Doc) -> Iterator[Hit]:
    """'mengatakan, “ Kebersihan …': the mark stands against the first word quoted, as '('
    does (P5)."""
    text = doc.text
    for para in doc.prose_paras():
        for i, opening in quote_roles(text, para.start, para.end):
            if opening and text[i + 1 : i + 2] == " " and text[i + 2 : i + 3].isalnum():
                said = re.match(r" ([^\W\d_]+)", text[i + 1 : i + 30])
                if "," in text[i - 2 : i] and said and _said(said.group(1)):
                    continue  # 'membaca, " Tutup Karuna': a closing mark (P1's), probe85
                yield Hit(i, i + 2, N_("No space goes after an opening quote mark."), text[i])


def _said(word: str) -> bool:
    base = word.lower().removesuffix("nya")
    return base in ATTRIBUTION_VERBS or base in SAYING_VERBS


def quote_style(doc: Doc) -> str:
    """The article's quote marks (P9): straight in Kabar's own, else the more frequent, and
    on a tie the style the article opens with (round 24: the sets' marks follow the first
    mark on every tie, seven of seven)."""
    if doc.mode == "article":
        return "straight"
    text = doc.text
    straight, curly = text.count('"'), text.count("“") + text.count("”")
    if curly != straight:
        return "curly" if curly > straight else "straight"
    first = min((i for i in (text.find('"'), text.find("“"), text.find("”")) if i >= 0), default=-1)
    return "curly" if first >= 0 and text[first] != '"' else "straight"


def doubled_single_marks(doc: Doc) -> Iterator[Hit]:
    """'‘‘Kami siap,’’ ujarnya': two single marks are not a double one."""
    text = doc.text
    curly = quote_style(doc) == "curly"
    for para in doc.paras:
        for m in _DOUBLED_SINGLE.finditer(text, para.start, para.end):
            opening = m.start() == para.start or text[m.start() - 1] in " ([\n"
            mark = ("“" if opening else "”") if curly else '"'
            yield Hit(
                m.start(),
                m.end(),
                N_("Two single quote marks are not a double quote mark."),
                mark,
            )


def dateline_spacing(doc: Doc) -> Iterator[Hit]:
    """'PEKANBARU ,LintasRiauNews.com — Sembilan': the frame holds the dateline, so the
    finding runs on to the lead's first word, with the dateline's spacing mended."""
    text = doc.text
    for s, e in doc.frame:
        lead = next((p for p in doc.paras if p.start == s and p.kind == "lead"), None)
        if lead is None or not re.search(r"\w +[,;:]|[,;:](?=[\w(])", text[s:e]):
            continue
        word = re.match(r"\S+", text[e : lead.end])
        end = e + (word.end() if word else 0)
        fixed = re.sub(r"(?<=\w) +([,;:])", r"\1", text[s:e])
        fixed = re.sub(r"([,;:])(?=[\w(])", r"\1 ", fixed)  # 'Tanjungpinang,(Barometer…)'
        yield Hit(
            s,
            end,
            N_("A space follows a punctuation mark, none goes before it."),
            fixed + text[e:end],
        )


# A dateline's place glued to its dash, a space after ('BATAM- Untuk'), maybe after the
# medium's name, or before the office's or outlet's tag after a comma ('Way Kanan, PWK-
# Sebanyak'): the dash stands between two spaces.
_GLUED_DASH = re.compile(
    r"(?:[\w.]+\.(?:com|id|net|org|info)\b,? )?"
    r"(?:[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}"
    r"|[A-Z0-9][A-Z0-9-]*(?:\.[A-Z0-9-]+)*\.(?:COM|ID|NET))"
    r"(?:, (?:[A-Z][A-Za-z]{1,15}|[\w-]+(?:\.[\w-]+)*\.(?:com|id|net|org))(?=[–—-] |--[A-Z]))?"
    r"([–—]|-{1,3})( ?)(?=[A-Z])"
)  # round 26: an address in capitals as the dateline ('KORANTANGERANG.COM-Rutan'); after
# the city, the outlet's address ('KENDARI, suarakendari.com- Kantor', heldout181)
# A word doubled with a space after its hyphen ('kegiatan- kegiatan', 'Undang- undang').
_SPLIT_DOUBLE = re.compile(r"\b([^\W\d_]{2,})- ([^\W\d_]{2,})\b")


# The dateline's dash glued after an outlet whose own name has a hyphen: 'POS-KUPANG.COM/
# WAIKABUBAK--Kepala' (the name's hyphen is no dash; the one before the lead is).
_LATER_DASH = re.compile(r"(?<=[A-Z0-9])(-{1,3}|[–—])( ?)(?=[A-Z][a-z])")


_SPACED_DASH = re.compile(r" (?:[–—]|-{1,2}) ")


def glued_dashes(doc: Doc) -> Iterator[Hit]:
    """'BATAM- Untuk' → 'BATAM - Untuk'; 'Undang- undang' → 'Undang-Undang' (P9)."""
    text = doc.text
    lead = next((p for p in doc.paras if p.kind == "lead"), None)
    if lead is not None:
        m = _GLUED_DASH.match(text, lead.start, lead.end)
        if m and not m.group(2) and hyphen_in_name(text, m.start(1), lead.end):
            m = _LATER_DASH.search(text, m.end(1), min(lead.end, m.end(1) + 40))  # heldout68
        # Glued on both sides, only a dash or a place in capitals: 'SITUBONDO–Rumah'.
        if (
            m
            and (m.group(2) or m.group(1) != "-" or text[lead.start : m.start(1)].isupper())
            and not (not m.group(2) and hyphen_in_name(text, m.start(1), lead.end))  # round 25
            and not (not m.group(2) and _SPACED_DASH.search(text, m.end(), m.end() + 60))
        ):  # 'BP-PAUD dan Dikmas NTB – 15 anak': the name's hyphen, a spaced dash after
            yield Hit(  # the frame holds the dateline: the finding is about its own marks
                m.start(1),
                m.end(),
                N_("A space goes on both sides of the dash after the dateline."),
                " " + m.group(1)[0] + " ",  # 'BANDAR---Dinas': one dash, spaced
                framed=True,
            )
    if "- " not in text:
        return
    yield from _dash_before_name(doc)
    for m in _SPLIT_DOUBLE.finditer(text):
        first, second = m.groups()
        if first.lower() != second.lower():
            continue
        title = first[:1].isupper() and first.lower() == "undang"  # a regulation's kind
        fixed = f"{first}-{second[:1].upper() + second[1:] if title else second}"
        yield Hit(
            m.start(),
            m.end(),
            N_("No space follows the hyphen of a doubled word: '{word}'."),
            fixed,
            {"word": fixed},
        )


# A hyphen glued to a word, a space, then a capitalised word that is not the same word
# doubled: 'Kepala Bapas Kelas I Makassar- Alfrida' (round 19).
_GLUED_BEFORE_NAME = re.compile(r"\b([A-Z][a-z]+)- (?=([A-Z][a-z]+)\b)")


def _dash_before_name(doc: Doc) -> Iterator[Hit]:
    """'… Kelas I Makassar- Alfrida' → 'Makassar, Alfrida': after a position's office, the
    hyphen glued to its last word stands where the comma before the holder's name goes."""
    from kabar_desktop.check.lexicon import POSITIONS

    text = doc.text
    for para in doc.prose_paras():
        for m in _GLUED_BEFORE_NAME.finditer(text, para.start, para.end):
            word, after = m.group(1), m.group(2)
            if word.lower() == after.lower() or m.start() == para.start:
                continue
            before = text[max(para.start, m.start() - 80) : m.start()].split()[-8:]
            if not any(w[:1].isupper() and w.lower() in POSITIONS for w in before):
                continue
            if any(w.endswith((",", ".", ";", ":")) for w in before[-4:]):
                continue  # a mark between: the office does not run on to the hyphen
            yield Hit(
                m.start(),
                m.end() + len(after),
                N_("A comma, not a hyphen, goes before the name: '{word}'."),
                f"{word}, {after}",
                {"word": f"{word}, {after}"},
            )


# A name and the number that is part of it are joined by a hyphen (KBBI: Covid-19), the
# hyphen spaced on either side too: "Covid -19" (heldout286).
_NUMBERED_NAME = re.compile(r"\b(Covid|COVID|covid)(?: ?[–—-] | | [–—-])(19)\b")


def numbered_names(doc: Doc) -> Iterator[Hit]:
    """'pandemi Covid 19' → 'Covid-19' (P9): a space is no hyphen."""
    if "ovid" not in doc.text and "OVID" not in doc.text:
        return
    for m in _NUMBERED_NAME.finditer(doc.text):
        fixed = f"{m.group(1)}-{m.group(2)}"
        yield Hit(
            m.start(),
            m.end(),
            N_("A name and its number are joined by a hyphen: '{word}'."),
            fixed,
            {"word": fixed},
        )


# A quoted name: two to six capitalised words (a function word or a number among them), no
# sentence's punctuation: 'program "Lapas Sibolga Menyapa"', 'bertema “Sinergi Tanpa Batas”'.
_NAME_WORD = re.compile(r"[A-Z0-9][\w’'.&/-]*|[a-z]{1,5}")
_MORE_SAID = words("jawab tandas seru sahut akui tanya teriak sapa")
_COMMA_IN_NAME = re.compile(r"(?<![^\W\d_])([^\W\d_]+),([\"”]) (?=([a-z]+)\b)")


def quoted_name(doc: Doc, para: Para, close: int, least: int = 2) -> bool:
    """Is the quote that the mark at ``close`` ends a name of ``least`` to six words, not a
    quotation? (A comma after it then belongs to the sentence, outside the mark: P1 is silent
    even on one word, 'program "Bersinar", yang …'; P31 asks for it on two or more.)"""
    text = doc.text
    opened = quote_opening(text, para, close)
    if opened is None:
        return False
    words_ = text[opened + 1 : close].rstrip(",").split()
    return (
        least <= len(words_) <= 6
        and words_[0][:1].isupper()
        and words_[-1][:1].isupper()
        and all(_NAME_WORD.fullmatch(w) for w in words_)
    )


@rule("P31", WARNING, N_("A quoted name keeps the sentence's comma after its closing mark"))
def comma_after_quoted_name(doc: Doc) -> Iterator[Hit]:
    """'program "Lapas Sibolga Menyapa," kegiatan rutin …': the name is no quotation, so the
    sentence's comma stands after it (P1 puts a quotation's comma inside, before 'ujarnya')."""
    text = doc.text
    if ',"' not in text and ",”" not in text:
        return
    for para in doc.prose_paras():
        for m in _COMMA_IN_NAME.finditer(text, para.start, para.end):
            if _said(m.group(3)) or m.group(3) in _MORE_SAID:
                continue
            if not quoted_name(doc, para, m.start(2)):
                continue
            fixed = f"{m.group(1)}{m.group(2)},"
            yield Hit(
                m.start(1),
                m.end(2),
                N_("A name in quote marks is no quotation: the comma goes after it: '{word}'."),
                fixed,
                {"word": fixed},
            )


def at_word_edge(text: str, m: re.Match) -> bool:
    """Not inside a word (``Humas_Unit``, ``5*3``) nor alone between spaces (a list's ``* ``)."""
    before = text[m.start() - 1] if m.start() else " "
    after = text[m.end()] if m.end() < len(text) else " "
    return not (before.isalnum() and after.isalnum()) and not (before.isspace() and after.isspace())


# P5: a bracket's spaces. "( RAMDAN)" and "word(" take the standard spacing; a word glued
# after a closing bracket, "(HPV)sebagai", takes a space (8 of 8 marked), not a footnote's "*)".
_BRACKET_SPACING = re.compile(r"\( +| +\)|(?<=[^\W_])\(|(?<!\*)\)(?=[^\W\d_])")


def bracket_spacing(chunk: str, offset: int) -> Iterator[Hit]:
    """P5's spacing findings in one paragraph's text ``chunk`` starting at ``offset``."""
    for m in _BRACKET_SPACING.finditer(chunk):
        pos = offset + m.start()
        if m.group() == ")":
            yield Hit(pos, pos + 1, N_("A space goes after ')'."), ") ", framed=True)
            continue
        fixed = m.group().strip()
        if fixed == "(" and m.group() == "(":
            fixed = " ("
        yield Hit(
            pos,
            pos + len(m.group()),
            N_("A space goes before '(', none after it and none before ')'."),
            fixed,
            framed=fixed != " (",  # a credit's own spaces: '( RAMDAN)'
        )
