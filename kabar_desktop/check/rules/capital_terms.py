"""Readings of capitals that the capital rules (K5, K24) share: where a capital is the writer's
right though the word is a common one, and where a title's word wants one.

- A term of the law in title case, its words joined by small lowercase words ('Anak yang
  Berhadapan dengan Hukum', 'Orang yang Hidup dengan HIV'): the statute writes it so, and a
  careful editor keeps the statute's capitals (K24 and K19 stay silent).
- Words quoted from a statute's article ('Pasal 1 ayat 5 menyebutkan bahwa Pembimbingan …'):
  a defined term keeps the capital the law gives it.
- After a comma in mid-sentence no sentence starts: a plain word capitalised there, with a
  lowercase word after it, is a slip ('sebagai pembina, Apel pagi itu diikuti …'), unless a
  list of names goes on ('Dinas Pangan, Pertanian dan Perikanan').
- In a title, the word after a colon or a full stop starts a new part ('Kalapas: Agar Mereka
  Punya Bekal') and keeps its capital though it is a function word (K5).
- In a title, both halves of a full reduplication are capitalised ('Blok-Blok Hunian', EYD V
  I.B: 'termasuk unsur kata ulang sempurna').
"""

from __future__ import annotations

import re

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import words
from kabar_desktop.check.rules.case_reading import capitalised

# Small words that join the capitalised words of one term in title case; 'dan', 'atau' and
# 'serta' join two things, so they end a term ('Cuti atau Pembebasan Bersyarat' is a list).
_JOINERS = words(
    """yang dengan di ke dari untuk bagi pada terhadap dalam tentang sebagai oleh atas"""
)
# A statute, an article or a regulation cited earlier in the sentence.
_STATUTE = re.compile(
    r"\b(?:[Pp]asal \d|[Uu]ndang-[Uu]ndang|UU\b|[Pp]eraturan|[Pp]ermen\w*|[Pp]erpres|[Pp]erda\b"
    r"|[Kk]eputusan|[Kk]epmen\w*|[Qq]anun)"
)
# Words after which the statute's own words follow: 'disebutkan bahwa', 'berbunyi', 'dimaksud
# dengan', 'yaitu'.
_QUOTING = words("bahwa berbunyi dengan yaitu yakni")
_TITLE_PART_END = re.compile(r"[:.?!|]\s*$")


def _chain(doc: Doc, i: int, step: int) -> tuple[int, int]:
    """(capitalised words, joiners) of the title-case run from token ``i`` in one direction:
    a capitalised word next to it, or a joiner then a capitalised word."""
    toks = doc.tokens
    caps = joins = 0
    k = i
    while True:
        n = k + step
        if not 0 <= n < len(toks) or toks[n].para != toks[k].para:
            break
        a, b = (toks[k], toks[n]) if step > 0 else (toks[n], toks[k])
        if not doc.adjacent(a, b):
            break
        if capitalised(toks[n]) and not toks[n].initial:
            caps += 1
            k = n
            continue
        m = n + step
        if toks[n].text not in _JOINERS or not 0 <= m < len(toks):
            break
        a, b = (toks[n], toks[m]) if step > 0 else (toks[m], toks[n])
        if not doc.adjacent(a, b) or not capitalised(toks[m]) or toks[m].initial:
            break
        caps += 1
        joins += 1
        k = m
    return caps, joins


def law_term(doc: Doc, i: int) -> bool:
    """Token ``i`` stands in a run of three or more capitalised words joined by two or more
    small words: a term in the law's title case ('Anak yang Berhadapan dengan Hukum'), where
    a single capital between lowercase words ('lingkungan yang Kondusif') is a slip."""
    before = _chain(doc, i, -1)
    after = _chain(doc, i, 1)
    return before[0] + after[0] + 1 >= 3 and before[1] + after[1] >= 2


def statute_words(doc: Doc, i: int) -> bool:
    """Token ``i`` follows 'bahwa', 'berbunyi', a colon or a quote in a sentence that cites an
    article of law or a regulation before it: the statute's own words, capitals and all."""
    toks = doc.tokens
    t = toks[i]
    start = doc.paras[t.para].start
    for s, e in doc.paras[t.para].sentences:
        if s <= t.start < e:
            start = s
            break
    if not _STATUTE.search(doc.text, start, t.start):
        return False
    before = doc.text[start : t.start].rstrip()
    if before[-1:] in ":\"“‘'":
        return True
    return i > 0 and toks[i - 1].text in _QUOTING


def starts_title_part(doc: Doc, t: Token) -> bool:
    """In a title, the word after a colon, a full stop or a bar opens a new part."""
    start = doc.paras[t.para].start
    return bool(_TITLE_PART_END.search(doc.text[start : t.start]))


def reduplicated_title_word(word: str) -> str | None:
    """'Blok-blok' in a title → 'Blok-Blok': a full reduplication capitalises both halves;
    None when the word is no full reduplication or is already right."""
    first, sep, second = word.partition("-")
    if not sep or "-" in second or len(first) < 2 or not first[:1].isupper():
        return None
    if first.lower() != second.lower() or not second[:1].islower():
        return None
    return first + "-" + second[:1].upper() + second[1:]


_LIST_LINKS = words("dan serta atau")
# What follows a clause's subject: a verb ('Dian menyampaikan'), an adverb or 'yang' ('Dian
# yang juga …'): after a comma, the capital may be a name opening the clause.
_PREDICATE = re.compile(r"(?:me|ber|be|di|ter|per|se)[a-z]{3,}")
_SUBJECT_GOES_ON = words(
    """yang juga pun telah sudah akan sempat turut tetap selalu kembali langsung bahkan lalu
    kemudian selaku sebagai bersama dan serta atau ujar kata tutur terus masih pernah sering
    hanya"""
)


def _affixed(word: str) -> bool:
    """``word`` reads as a prefixed form ('menyampaikan', 'dijual') or is unknown: a verb may
    follow a name there; a root that only looks prefixed ('mesin', 'berita') is no verb."""
    from kabar_desktop.check.spelling import speller

    sp = speller()
    return not sp.known(word) or any(a.prefixes for a in sp.readings(word))


def after_comma(doc: Doc, i: int) -> bool:
    """Token ``i`` follows a comma and a lowercase word follows it, no name's list going on
    ('…, Pertanian dan Perikanan Kota …': the items of a body's name)."""
    toks = doc.tokens
    if i == 0 or i + 2 >= len(toks) or doc.text[toks[i - 1].end : toks[i].start] != ", ":
        return False
    if toks[i - 1].para != toks[i].para:
        return False
    nxt, after = toks[i + 1], toks[i + 2]
    if not doc.adjacent(toks[i], nxt) or not nxt.text.isalpha() or not nxt.text.islower():
        return False
    if nxt.text in _SUBJECT_GOES_ON or (_PREDICATE.fullmatch(nxt.text) and _affixed(nxt.text)):
        return False  # "Saat membuka kegiatan, Dian menyampaikan …": maybe a name
    return not (nxt.text in _LIST_LINKS and capitalised(after))


# Title words that are the second half of a verb of KBBI, capitalised as content words:
# 'Jangan Sampai Overstay' (heldout33), 'Turut Serta Laporkan' (probe43).
_VERB_SECOND_HALVES = {"sampai": words("jangan"), "serta": words("turut ikut")}
# Words that govern 'akan' as a preposition ("Sadar akan Hukum", "Kebutuhan akan Air");
# after any other word 'akan' is the adverb of aspect before its verb ("yang Akan Bebas"),
# which EYD V's title rule capitalises like any word that is not a preposition, conjunction
# or particle.
AKAN_GOVERNORS = words(
    "sadar kesadaran peduli kepedulian ingat lupa yakin keyakinan percaya paham tahu butuh"
    " kebutuhan rindu takut bangga haus akan pengetahuan pemahaman wawasan"
)


def akan_preposition(doc: Doc, t: Token) -> bool:
    """Is the 'akan' at token ``t`` the preposition (after a word of awareness or need:
    'Sadar akan Hukum', 'pengetahuan akan nilai …'), not the adverb before a verb?"""
    k = doc.token_at(t.start) or 0
    return k > 0 and doc.tokens[k - 1].text.lower() in AKAN_GOVERNORS


def second_half_of_verb(doc: Doc, t: Token, lower: str) -> bool:
    """Whether ``t`` ends a two-word verb of KBBI ('jangan sampai', 'turut serta')."""
    firsts = _VERB_SECOND_HALVES.get(lower)
    if firsts is None:
        return False
    before = doc.text[max(0, t.start - 7) : t.start].lower()
    return before[-1:] == " " and before[:-1].rsplit(" ", 1)[-1] in firsts or (
        lower == "sampai" and doc.text[t.end : t.end + 8] == " kepada "  # 'reach' (h119)
    )
