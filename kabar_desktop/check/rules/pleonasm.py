"""Pleonasms (W13): two words that say the same thing, where house style keeps one.

Only the clear pairs: 'agar supaya', 'demi untuk', 'guna untuk', 'melalui via',
'merupakan sebagai', 'seperti misalnya', 'antara lain seperti', 'lalu kemudian', 'mulai
sejak', 'setiap masing-masing', 'sekaligus juga', 'kurang lebih sekitar', 'sangat … sekali'
within a few words, 'saling … satu sama lain', 'masih banyak … yang masih belum', 'para
hadirin' (a doubled plural after 'para' is W30's), 'saling' before a reciprocal form ('saling
tolong-menolong'), 'antara A dengan B' (antara … dan), 'setiap sebulan sekali' and 'para'
before a collective noun ('para rombongan') and after a quantifier ('ratusan para'),
'debut perdana', 'dalam rangka untuk', 'HUT Hari …', a spoken acronym beside a word of its
full form ('rapat rakor', 'monev evaluasi'), 'antara A bersama B' (antara … dan), a
preposition before the object of a verb that takes it bare ('mengapresiasi atas',
'memerintahkan kepada': worded as such), and the padding of padding.py ('begitu sangat',
'dengan melalui', 'lebih sebanyak', 'turut hadir menyaksikan', 'pada' for 'kepada' before a
person told). A warning: the fix is plain, but the writer may be quoting someone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.rules import N_, WARNING, Hit, keep_case, rule
from kabar_desktop.check.rules.padding import padding, told_with_pada
from kabar_desktop.check.rules.words17_pleonasm import connectors_twice
from kabar_desktop.check.rules.words18_choices import WORD_ACRONYMS, maka_after_phrase
from kabar_desktop.check.tables import SHORTHAND

# Verbs that take their object bare, with a preposition typed before it (KBBI: mengapresiasi
# sesuatu; session 33: 'kepada' 3 of 4, the others 2 of 2): read with the pairs, worded apart.
_BARE_OBJECT = {
    "mengapresiasi atas": "mengapresiasi",
    "mengapresiasi kepada": "mengapresiasi",
    "memerintahkan kepada": "memerintahkan",
    "menghindari dari": "menghindari",
}
# A doubled pair and the one word kept.
_PAIRS = {
    "agar supaya": "agar",
    "disebabkan karena": "disebabkan oleh",  # session 26: the cause said twice (3 of 4)
    "demi untuk": "demi",
    "itu tersebut": "tersebut",  # session 29: one demonstrative is enough (2 of 2 marked)
    "melalui via": "melalui",
    **_BARE_OBJECT,
    "merupakan sebagai": "merupakan",  # 'merupakan' is 'is' already (3 of 3 with 'dari')
    "merupakan dari": "merupakan",
    "sejak dari": "sejak",
    "dari sejak": "sejak",  # heldout114
    "kalapas lapas": "Kalapas",  # heldout112: the head's short form holds the office
    "karutan rutan": "Karutan",
    "adalah merupakan": "adalah",
    "guna untuk": "guna",
    "seperti misalnya": "seperti",
    "para hadirin": "hadirin",
    "sekaligus juga": "sekaligus",
    "juga sekaligus": "sekaligus",
    "kurang lebih sekitar": "sekitar",
    "sekitar kurang lebih": "sekitar",
    "antara lain seperti": "antara lain",
    "antara lain yaitu": "antara lain",
    "yaitu antara lain": "antara lain",
    "misalnya seperti": "misalnya",
    "lalu kemudian": "kemudian",
    "mulai sejak": "sejak",
    "setiap masing-masing": "setiap",
    "dalam rangka untuk": "untuk",  # round 26: 'dalam rangka' already says 'for'
    "hut hari": "Hari",  # 'HUT Hari Bakti …': HUT is 'Hari Ulang Tahun', the day said twice
}
# The first letters first: an alternation of twenty phrases tried at every word was half of W13.
_FIRSTS = "".join(sorted({k[0] for k in _PAIRS}))
_PAIR = re.compile(
    rf"\b(?<!tepat )(?=[{_FIRSTS}{_FIRSTS.upper()}])(" + "|".join(_PAIRS) + r")\b", re.IGNORECASE
)
# "masih banyak X yang masih belum": one "masih" says "still" for the clause.
_MASIH = re.compile(
    r"\bmasih (?:banyak|ada)(?: [^\W\d_,.]+){1,3} yang (masih) (belum|tidak|kurang|perlu)\b",
    re.IGNORECASE,
)
# A spoken acronym beside a word of its own full form: "rapat rakor" (rapat koordinasi),
# "monev evaluasi" (pemantauan dan evaluasi), "sidak mendadak" (inspeksi mendadak).
_SPELLED_OUT = {
    short: frozenset(full.split()) - {"dan"}
    for short, full in SHORTHAND.items()
    if len(short) >= 4 and " " in full
}
_SPELLED_OUT.update(WORD_ACRONYMS)  # "Bandara Udara": bandara is bandar udara already
# "saling" says "each other", and so does "satu sama lain" ("saling membantu satu sama lain").
_SALING_LAIN = re.compile(r"\b(saling [^\W\d_]+(?: [^\W\d_]+)?) satu sama lain\b", re.I)
# "saling" says "each other", and so does a reciprocal form ("saling tolong-menolong").
_SALING = re.compile(r"\b(saling) ([^\W\d_]+-(?:me|mem|men|meng|meny|ber)[^\W\d_]+)\b", re.I)
# "sangat … sekali": up to two words between ("sangat baik sekali", "sangat tidak siap sekali").
_SANGAT = re.compile(r"\b(sangat)((?: [^\W\d_]+){1,2}) sekali\b", re.IGNORECASE)
# "antara A dengan B": short items, no comma, no "dan" already between.
_ANTARA = re.compile(
    r"(?<!di )(?<!ke )\bantara(?! lain)((?: [^\W\d_,.]+| \([A-Za-z]{2,12}\)){1,4}?)"
    r" (dengan|bersama)\b",
    re.I,
)  # session 16: a short form in brackets is one of the item's words ("WBP (WBP) dengan")
# Round 19: the first item a name of many capitalised words ("antara Kantor Wilayah
# Kementerian Hukum Aceh dengan …"): one item however long, a word or two before it.
_ANTARA_NAME = re.compile(
    r"(?<!di )(?<!ke )\b[Aa]ntara(?! lain)((?: [a-z]+){0,2}(?: [A-Z][\w.&-]*| \([A-Za-z]{2,12}\)"
    r"| dan(?= [A-Z])){1,14}?) (dengan|bersama)\b"
)

# "setiap … sekali": "sebulan sekali" already says each month ("setiap sebulan sekali").
_SETIAP = re.compile(
    r"\b(setiap|tiap) ((?:se(?:hari|minggu|bulan|tahun|pekan)|(?:\d+|dua|tiga|empat|lima|enam)"
    r" (?:hari|minggu|bulan|tahun|pekan|jam)) sekali)\b",
    re.IGNORECASE,
)
# "para" counts people; a collective noun counts them already ("para rombongan"); 'para
# jajaran' the sets leave (0 of 4, session 43): a unit's staff, its members.
_PARA_GROUP = re.compile(r"\b(para) (rombongan|segenap)\b", re.IGNORECASE)
# Round 23: a quantifier that says "many" already, then 'para' (two plural markers, as W30
# reads a doubled noun after one): "ratusan para narapidana" → "ratusan narapidana".
# Round 23: 'debut' is a first appearance (KBBI: "penampilan pertama"), 'perdana' first:
# "debut perdananya" → "debutnya".
_FIRST_TWICE = re.compile(r"\b(debut) perdana(nya)?\b", re.IGNORECASE)
_QUANTIFIED_PARA = re.compile(
    r"\b(berbagai|pelbagai|beberapa|banyak|sejumlah|segala|semua|seluruh|aneka|segenap"
    r"|puluhan|ratusan|ribuan) para\b",
    re.IGNORECASE,
)


_TWICE = N_("'{word}' says the same thing twice: write '{fix}'.")
# Before 'mulai' as a verb: an aspect or modal word, or the agent of an object-first passive.
_VERB_BEFORE = re.compile(
    r"\b(?:sudah|telah|akan|baru|belum|sempat|dapat|bisa|kami|kita|saya|mereka|pun|di)\s*$",
    re.I,
)


def _twice(m: re.Match[str], fixed: str) -> Hit:
    return Hit(m.start(), m.end(), _TWICE, fixed, {"word": m.group(), "fix": fixed})


def _acronym_twice(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    for i, t in enumerate(toks):
        full = _SPELLED_OUT.get(t.text.lower())
        if full is None or doc.paras[t.para].kind in ("title", "credit"):
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(toks) and toks[j].text.lower() in full:
                a, b = sorted((toks[i], toks[j]), key=lambda x: x.start)
                if doc.adjacent(a, b):
                    word = doc.text[a.start : b.end]
                    yield Hit(a.start, b.end, _TWICE, t.text, {"word": word, "fix": t.text})
                    break


@rule("W13", WARNING, N_("No pleonasm: one word says it"))
def pleonasm(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    yield from _acronym_twice(doc)
    yield from told_with_pada(doc)
    yield from connectors_twice(doc)  # "Selain itu juga,", "dengan demikian, sehingga"
    yield from maka_after_phrase(doc)  # "Menindaklanjuti surat edaran itu, maka, Rutan …"
    for para in doc.prose_paras():
        yield from padding(doc, para)
        for m in _PAIR.finditer(text, para.start, para.end):
            mulai = m.group().lower() == "mulai sejak"
            if mulai and _VERB_BEFORE.search(text, para.start, m.start()):
                continue  # "sudah kami mulai sejak Kamis": 'mulai' is the verb (heldout48)
            fixed = keep_case(m.group(), _PAIRS[m.group().lower()])
            if m.group().lower() in _BARE_OBJECT:
                message = N_("'{fix}' takes its object without a preposition: write '{fix}'.")
                yield Hit(m.start(), m.end(), message, fixed, {"fix": fixed})
                continue
            yield _twice(m, fixed)
        for m in _SANGAT.finditer(text, para.start, para.end):
            yield _twice(m, m.group(1) + m.group(2))
        for m in _SETIAP.finditer(text, para.start, para.end):
            yield _twice(m, keep_case(m.group(), m.group(2)))
        for m in _PARA_GROUP.finditer(text, para.start, para.end):
            yield _twice(m, keep_case(m.group(), m.group(2)))
        for m in _FIRST_TWICE.finditer(text, para.start, para.end):
            if not doc.in_quote(m.start()):
                yield _twice(m, m.group(1) + (m.group(2) or ""))
        for m in _QUANTIFIED_PARA.finditer(text, para.start, para.end):
            if not doc.in_quote(m.start()):
                yield _twice(m, m.group(1))
        for m in _MASIH.finditer(text, para.start, para.end):
            yield _twice(m, m.group()[: m.start(1) - m.start()] + m.group(2))
        for m in _SALING_LAIN.finditer(text, para.start, para.end):
            yield _twice(m, m.group(1))
        for m in _SALING.finditer(text, para.start, para.end):
            yield _twice(m, keep_case(m.group(), m.group(2)))
        seen: set[int] = set()
        for m in (
            *_ANTARA.finditer(text, para.start, para.end),
            *_ANTARA_NAME.finditer(text, para.start, para.end),
        ):
            if re.search(r"\b(?:dan|serta|atau)\b(?! [A-Z])", m.group(1), re.IGNORECASE):
                continue  # "antara A dan B dengan …"; not 'dan' inside a name ("Hukum dan HAM")
            if m.start(2) in seen:
                continue
            seen.add(m.start(2))
            message = N_("'antara' pairs with 'dan', not 'dengan'.")
            if m.group(2).lower() == "bersama":
                message = N_("'antara' pairs with 'dan', not 'bersama'.")
            yield Hit(m.start(2), m.end(2), message, "dan")
