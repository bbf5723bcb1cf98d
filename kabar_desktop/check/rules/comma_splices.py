"""P28: a comma does not join two sentences (EYD V, Tanda Titik: a full stop ends a
statement): 'ke Lapas Kelas IIA Cikarang, Tiba di Lapas …' → 'Cikarang. Tiba'.

A capitalised verb right after a comma, followed by a lowercase word, is a new sentence's
first word, and so is a capitalised noun that 'itu', 'ini' or 'tersebut' follows: a name
would not go on in lowercase, and a list item or an apposition would not start like that.
Items of a list ('Dapur, Klinik dan Masjid') and positions ('Budi, Kepala …') are left alone.

A connector between sentences after a comma opens a new sentence too: written with a capital
('oleh PK, Selain itu terdapat …': the writer meant a new sentence, in a speaker's words as
well), or 'oleh karena itu' / 'oleh sebab itu' in the writer's own words ('tugas, oleh
karena itu Kemenag …' → 'tugas. Oleh karena itu, Kemenag …').

Round 21: any common noun of the dictionary (not only the genre's) capitalised after a comma,
with its demonstrative and then a predicate, after a whole clause (``… (MoU), Pertemuan itu
dihadiri …``, after a bracket's short form too); a name repeated after a comma as the new
sentence's subject (seams21_fragments.py). Silent where the comma is the sentence's first and
closes an opening phrase or clause (``Saat kegiatan berlangsung, Petugas itu …``: a capital's
slip, not a splice).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import (
    GENERIC_NOUNS,
    ORDINARY_WORDS,
    POSITIONS,
    SAYING_VERBS,
    words,
)
from kabar_desktop.check.rules import ERROR, N_, Hit, rule
from kabar_desktop.check.rules.case_reading import capitalised, in_dateline, in_title

# Root verbs and adverbs that open a news sentence ("Tiba di …", "Turut hadir …").
_OPENING_ROOTS = words("tiba turut tampak ikut hadir usai selesai")
# A passive saying verb and the speaker's name that open reported words ("Ditambahkan Riki,").
_REPORTING = words(
    "ditambahkan dikatakan disampaikan dijelaskan ditegaskan diungkapkan dituturkan diterangkan"
)
# Words after which the capital may still belong to a list or a name.
_LIST_LINKS = words("dan atau serta maupun hingga sampai")
_PRONOUNS = words("ia dia kami kita mereka beliau saya")
_POINTERS = words("itu ini tersebut")
# A connector between sentences (P8's) set after a comma: capitalised, or 'oleh karena itu'.
_CAPITAL_CONNECTOR = re.compile(
    r"(?<=\w), ((?:Oleh karena itu|Oleh sebab itu|Selain itu|Sementara itu|Di samping itu"
    r"|Dengan demikian|Untuk itu|Namun demikian|Namun|Akan tetapi|Selanjutnya)(?![\w-]))(,?)"
)
_LOWER_CONNECTOR = re.compile(r"(?<=\w), (oleh (?:karena|sebab) itu)(,?)(?= \w)")
# A time that opens a sentence, capitalised after a comma ("berbuah manis, Tahun 2022 PNBP
# mencapai …"): no name reads 'Tahun 2022' or 'Saat ini'.
_CAPITAL_TIME = re.compile(
    r"(?<=[a-z]), ((?:Tahun|Bulan) \d{4}|(?:Tahun|Bulan|Pekan|Hari|Saat|Sampai saat) ini|Kini)"
    r"(?= [\w(])"
)


def _sentence_start(word: str, after: str) -> bool:
    """``word`` (lowercase) opens a sentence: a root verb that opens sentences or a regular
    di-/meN-/ber-/ter- form, or an ordinary noun that 'itu', 'ini', 'tersebut' points back
    to ('Kunjungan itu'); a noun followed by another word may be a list's item ('Petugas
    kesehatan')."""
    if word in POSITIONS or word in _PRONOUNS:
        return False
    if word in _OPENING_ROOTS:
        return True
    if word in ORDINARY_WORDS or word in GENERIC_NOUNS:
        return after in _POINTERS
    from kabar_desktop.check.rules.inner_caps import derived_form

    return derived_form(word)


def _spliced(doc: Doc, i: int) -> bool:
    toks = doc.tokens
    t = toks[i]
    if i == 0 or i + 1 >= len(toks) or t.initial or not capitalised(t) or t.text.isupper():
        return False
    prev, nxt = toks[i - 1], toks[i + 1]
    gap = doc.text[prev.end : t.start]
    if prev.para != t.para or gap not in (", ", "), "):
        return False
    if gap == "), " and not _pointed_subject(doc, i):
        return False  # round 21: after a bracket's short form, only the plain new sentence
    if not doc.adjacent(t, nxt) or not nxt.text[:1].islower() or nxt.text in _LIST_LINKS:
        return False
    if in_title(doc, t) or in_dateline(doc, t) or doc.in_quote(t.start):
        return False
    para = doc.paras[t.para]
    if para.kind == "lead" and prev.start == para.start:
        return False  # "Medan, Bertempat di …": a dateline's city set off by a comma
    if _opening_phrase_closed(doc, i):
        return False  # round 21: "Saat kegiatan berlangsung, Petugas itu …": a capital's slip
    if _sentence_start(t.text.lower(), nxt.text):
        return True
    return _pointed_subject(doc, i)


def _position_subject(doc: Doc, i: int) -> bool:
    """Round 24: a position, its holder's name and a predicate after a comma that ends a
    whole clause ('… disambut Kepala Bapas Palembang Sudirwan, Kakanwil Ilham Djaya lalu
    meninjau …'): a new sentence's subject and predicate (seams24_clauses.py)."""
    from kabar_desktop.check.rules.seams24_clauses import position_subject_splice

    return position_subject_splice(doc, i)


def _opening_phrase_closed(doc: Doc, i: int) -> bool:
    """The comma before token ``i`` is the sentence's first and closes an opening phrase or
    clause ('Saat kegiatan berlangsung,', 'Menurut Karutan,'): what follows is the main
    clause, whatever its first word's case."""
    from kabar_desktop.check import clause_reader as cr

    t = doc.tokens[i]
    sentence = next((a for a, b in doc.paras[t.para].sentences if a <= t.start < b), None)
    if sentence is None:
        return False
    first = doc.text[sentence : sentence + 20].lstrip('“"').split(" ", 1)[0].lower()
    openers = frozenset(cr.SUBORDINATORS) | cr.PREPOSITIONS
    if "," not in doc.text[sentence : t.start - 2]:
        if first in _REPORTING and len(doc.text[sentence : t.start - 2].split()) <= 4:
            return True  # session 25: "Ditambahkan Riki, Melihat …": his words follow
        return first in openers
    # round 24: the first comma of a reported clause ('mengatakan, untuk mendukung …,')
    from kabar_desktop.check.rules.seams24_clauses import opening_phrase_closed_at

    return opening_phrase_closed_at(doc.text, sentence, t.start - 2, openers)


def _pointed_subject(doc: Doc, i: int) -> bool:
    """Round 21: a common noun of the dictionary, capitalised after a comma, that 'itu',
    'ini' or 'tersebut' points back to, then at once a predicate ('…(MoU), Pertemuan itu
    dihadiri …'): the subject and predicate of a new sentence. A name or a place is no
    word the demonstrative follows with a verb; the noun must be one the dictionary knows
    and the gazetteer does not."""
    from kabar_desktop.check import clause_reader as cr
    from kabar_desktop.check.places import is_place_word
    from kabar_desktop.check.spelling import speller

    toks = doc.tokens
    t, nxt = toks[i], toks[i + 1]
    if nxt.text not in _POINTERS or i + 2 >= len(toks) or not doc.adjacent(nxt, toks[i + 2]):
        return False
    k = i + 2
    while k + 1 < len(toks) and toks[k].text in _AUX and doc.adjacent(toks[k], toks[k + 1]):
        k += 1  # "Kegiatan ini juga dihadiri", "… tersebut telah dilaksanakan"
    verb = toks[k].text
    if not verb.islower() or not cr.is_predicate(verb) or verb in ("ada", "adalah", "merupakan"):
        return False
    word = t.text.lower()
    if not t.text.isalpha() or is_place_word(t.text) or t.text in doc.given_names:
        return False
    # the words before the comma are a whole clause, with a predicate of their own (not
    # an opening phrase: "Menurut Budi, Pelatihan itu …" is a capital's slip, K-rules')
    sentence = next((a for a, b in doc.paras[t.para].sentences if a <= t.start < b), None)
    if sentence is None:
        return False
    before = [w.lower() for _, w in cr.tokens(doc.text, sentence, t.start)]
    if not before or before[0] in cr.SUBORDINATORS or before[0] in cr.PREPOSITIONS:
        return False
    if not any(cr.is_predicate(w) for w in before[1:]):
        return False
    return speller().known(word) and word not in _NOT_SUBJECT_NOUNS


# Adverbs, aspect and modal words between the subject and its verb.
_AUX = words("juga pun telah sudah akan turut langsung dapat bisa harus masih sedang")
# Capitalised words the demonstrative may follow inside a name or a title ('Hari ini').
_NOT_SUBJECT_NOUNS = words("hari tahun bulan minggu pekan saat waktu kali")


def _hit(doc: Doc, prev: Token, t: Token) -> Hit:
    bracket = doc.text[prev.end : prev.end + 1] == ")"
    return Hit(
        prev.end + bracket,
        t.end,
        N_("A comma does not join two sentences: end the first with a full stop."),
        ". " + t.text,
    )


@rule("P28", ERROR, N_("A comma does not join two sentences"))
def comma_splices(doc: Doc) -> Iterator[Hit]:
    toks, text = doc.tokens, doc.text
    starts = set()
    for i in range(1, len(toks)):
        t = toks[i]
        if text[t.start - 2 : t.start] != ", " or not t.text[:1].isupper():
            continue  # the cheap test first: most words follow no comma
        if toks[i - 1].text.lower() in SAYING_VERBS:
            continue  # "… mengatakan, Rudenim merupakan …": what was said (probe 5; 65 left)
        if _spliced(doc, i) or (t.text.lower() in POSITIONS and _position_subject(doc, i)):
            starts.add(toks[i - 1].end)
            yield _hit(doc, toks[i - 1], t)
    yield from (h for h in _connector_splices(doc) if h.start not in starts)
    from kabar_desktop.check.rules.seams25_splices import pointing_hal_splices

    yield from pointing_hal_splices(doc)  # round 25: '…, hal itu disampaikan …'
    from kabar_desktop.check.rules.seams21_fragments import repeated_name_splice

    for para in doc.prose_paras():  # round 21: "… adalah Zakaria …, Zakaria yang …"
        for s, e in para.sentences:
            if text.count(", ", s, e):
                for hit in repeated_name_splice(doc, s, e):
                    if hit.start not in starts:
                        yield hit


def _connector_splices(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    found = list(_CAPITAL_CONNECTOR.finditer(text)) if ", " in text else []
    found += [m for m in _CAPITAL_TIME.finditer(text) if not doc.in_quote(m.start())]
    if "karena itu" in text or "sebab itu" in text:
        found += [m for m in _LOWER_CONNECTOR.finditer(text) if not doc.in_quote(m.start())]
    for m in sorted(found, key=lambda m: m.start()):
        para = next((p for p in doc.paras if p.start <= m.start() < p.end), None)
        if para is None or para is doc.paras[0]:
            continue  # the title: its words are in title case
        word = m.group(1)
        yield Hit(
            m.start(),
            m.end(),
            N_("A comma does not join two sentences: end the first with a full stop."),
            ". " + word[0].upper() + word[1:] + ",",
        )
