"""Padding in the writer's sentence, for W13 (pleonasm.py): words that add nothing beside a
word that already says it, and the preposition a person takes.

- two adverbs of degree stacked ('begitu sangat meriah', 'sangat amat'): one says it;
- 'paling' before a superlative in ter- of an adjective of degree ('paling terbaik'): ter-
  says 'most' already (KBBI ter- 2);
- a preposition before a verb that is one ('dengan melalui', 'secara via'): 'melalui' says
  'by way of';
- 'lebih' or 'kurang' before 'sebanyak'/'sejumlah' and an amount ('lebih sebanyak 74 ribu'):
  a comparison takes 'dari' ('lebih dari 74 ribu');
- 'hadir' before the verb of what was attended ('turut hadir menyaksikan', 'hadir
  menghadiri'): the verb says the person was there;
- 'pada' before a person or a group after a verb of saying or giving ('ujar Kepala Kantor,
  pada rombongan'): a person is told 'kepada' (KBBI kepada 1);
- 'turut' before the passive of being accompanied ('yang turut didampingi Kepala Divisi'):
  'turut' (KBBI: ikut serta) says the subject joins others in an act, but the one
  accompanied does nothing with them (round 23; house-style: a head is never 'turut').
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc, Para
from kabar_desktop.check.lexicon import words
from kabar_desktop.check.rules import N_, Hit, keep_case
from kabar_desktop.check.rules.people_nouns import PEOPLE_NOUNS

_TWICE = N_("'{word}' says the same thing twice: write '{fix}'.")

# Adverbs of degree before an adjective or a verb (KBBI adv): two of them stacked say one.
_DEGREE = ("sangat", "amat", "begitu", "sungguh", "terlalu", "teramat")
_STACKED = re.compile(
    rf"\b(?=[sabtSABT])({'|'.join(_DEGREE)}) ({'|'.join(_DEGREE)})\b(?! [,.])", re.I
)
# Adjectives of degree whose ter- form is the superlative (KBBI ter- 2: 'paling').
_DEGREE_ADJECTIVES = words(
    """baik buruk besar kecil tinggi rendah banyak sedikit dekat jauh cepat lambat luas sempit
    panjang pendek tua muda mudah sulit murah mahal kuat lemah berat ringan kaya miskin
    awal akhir depan belakang dalam atas bawah penting hebat indah bagus"""
)
# 'turut' before the passive of being accompanied (round 23).
_JOINED_PASSIVE = re.compile(r"\b(turut|ikut) (didampingi|disertai|diiringi|dikawal)\b", re.I)
_SUPERLATIVE = re.compile(r"\b(?=[pP])(paling) ter([a-z]+)\b", re.I)
# A preposition before a verb that is a preposition itself.
_VIA = re.compile(r"\b(?=[dsDS])(?:dengan|secara) (melalui|via|lewat)\b", re.I)
# A comparison and an amount: 'lebih dari', not 'lebih sebanyak' ('kurang lebih' is fine).
_MORE = re.compile(
    r"\b(?=[lkLK])(?<!kurang )(?<!Kurang )(?<![Ll]ebih )(lebih|kurang) (?:sebanyak|sejumlah)"
    r"(?= (?:\d|[a-z]+ (?:ribu|juta|miliar|triliun|ratus|puluh|belas)\b))",
    re.I,
)
# 'hadir' and a verb of attending: 'menyaksikan' says the person was there.
_ATTEND = re.compile(
    r"\b(?=[tihTIH])(?:(turut|ikut) )?hadir "
    r"(menyaksikan|mengikuti|menghadiri|meramaikan|memeriahkan)\b",
    re.I,
)
# Verbs of saying and giving that take their hearer with 'kepada' (KBBI).
_TELLING = words(
    """kata katanya ujar ujarnya ucap ucapnya ungkap ungkapnya jelas jelasnya tutur tuturnya
    sebut sebutnya tegas tegasnya terang terangnya pesan pesannya imbau imbaunya pungkas
    pungkasnya tambah tambahnya mengatakan menyampaikan menjelaskan mengungkapkan
    menuturkan menegaskan menerangkan berpesan mengimbau menyebutkan memaparkan
    menginformasikan berkata bercerita memberikan menyerahkan memberi membagikan
    menyalurkan mengucapkan disampaikan dijelaskan dikatakan diungkapkan ditegaskan
    diberikan diserahkan dibagikan disalurkan diucapkan"""
)
# Of those, the verbs of giving: their object stands before the person ('memberikan bantuan
# kepada warga'); a verb of saying has its clause there ('mengatakan bahwa perhatian pada …').
_GIVING = words(
    """memberikan menyerahkan memberi membagikan menyalurkan diberikan diserahkan dibagikan
    disalurkan"""
)
_GROUP_WORDS = words("para seluruh semua segenap sejumlah rekan")
_NOT_PROSE = ("title", "credit")
# Small words inside a speaker's title or the way the words came ('Kasi Lalu Lintas dan Izin
# Tinggal', 'kepada wartawan melalui Kasi …').
_IN_TITLES = words("dan melalui kepada dari di wartawan media")


def told_with_pada(doc: Doc) -> Iterator[Hit]:
    """'pada' before a person or a group, after a verb of saying or giving, its speaker or a
    short object between ('memberikan bantuan pada warga')."""
    toks = doc.tokens
    for i, t in enumerate(toks):
        if t.text != "pada" or i + 1 >= len(toks) or doc.paras[t.para].kind in _NOT_PROSE:
            continue
        nxt = toks[i + 1].text.lower()
        if nxt in _GROUP_WORDS and i + 2 < len(toks):
            nxt = toks[i + 2].text.lower()
        if nxt not in PEOPLE_NOUNS:
            continue
        j, seen, plain = i - 1, 0, 0
        while j >= 0 and toks[j].para == t.para and seen < 20:
            w = toks[j].text
            if w.lower() in _TELLING:
                if (not plain or w.lower() in _GIVING) and not doc.in_quote(t.start):
                    yield Hit(
                        t.start,
                        t.end,
                        N_("A person is told 'kepada', not 'pada'."),
                        "kepada",
                    )
                break
            if not w[:1].isupper() and w not in _IN_TITLES:
                # the speaker's name and title between, or a short object with no mark
                plain += 1
                if plain > 3 or not doc.adjacent(toks[j], toks[j + 1]):
                    break
            j, seen = j - 1, seen + 1


def padding(doc: Doc, para: Para) -> Iterator[Hit]:
    """W13's padding in one paragraph of running text."""
    text = doc.text
    for m in _STACKED.finditer(text, para.start, para.end):
        first, second = m.group(1).lower(), m.group(2).lower()
        if first == second:
            continue
        kept = "sangat" if "sangat" in (first, second) else second
        fixed = keep_case(m.group(), kept)
        yield Hit(m.start(), m.end(), _TWICE, fixed, {"word": m.group(), "fix": fixed})
    for m in _SUPERLATIVE.finditer(text, para.start, para.end):
        if m.group(2).lower() in _DEGREE_ADJECTIVES:
            fixed = keep_case(m.group(), m.group()[len(m.group(1)) + 1 :])
            yield Hit(m.start(), m.end(), _TWICE, fixed, {"word": m.group(), "fix": fixed})
    for m in _VIA.finditer(text, para.start, para.end):
        fixed = keep_case(m.group(), m.group(1))
        yield Hit(m.start(), m.end(), _TWICE, fixed, {"word": m.group(), "fix": fixed})
    for m in _MORE.finditer(text, para.start, para.end):
        fixed = m.group(1) + " dari"
        yield Hit(
            m.start(),
            m.end(),
            N_("A comparison with an amount takes 'dari': '{fix}'."),
            fixed,
            {"fix": fixed},
        )
    for m in _JOINED_PASSIVE.finditer(text, para.start, para.end):
        if doc.in_quote(m.start()):
            continue
        fixed = keep_case(m.group(), m.group(2))
        yield Hit(
            m.start(),
            m.end(),
            N_("The one accompanied does not join in: write '{fix}'."),
            fixed,
            {"fix": fixed},
        )
    for m in _ATTEND.finditer(text, para.start, para.end):
        fixed = keep_case(m.group(), (m.group(1) + " " if m.group(1) else "") + m.group(2))
        yield Hit(m.start(), m.end(), _TWICE, fixed, {"word": m.group(), "fix": fixed})
