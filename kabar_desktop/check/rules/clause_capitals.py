"""Capitals that a clause's place, not a name, gave a word: readings the K1, K2, K3 and K18
rules call (round 12).

EYD V (huruf kapital, I.A–I.C) capitalises a sentence's first word, a name's words and a
position's words where they stand for one holder. So, in mid-sentence:

- after a comma, a closed-class word opens a clause, never a name: 'Lanjut Kalapas,
  Menurutnya, …', '(remisi), Setiap Narapidana wajib …' → 'menurutnya', 'setiap' (K18);
- a position's short form that stands for the one holder the text speaks of is a title:
  'Selanjutnya, kadivpas meneruskan …' → 'Kadivpas' (K1);
- an office's kind spread over a region names no office: 'pada Kantor Imigrasi di seluruh
  wilayah Indonesia' → 'kantor imigrasi' (K2);
- the genre's people noun keeps its lowercase with its complement: 'pegawai dan Warga Binaan
  Pemasyarakatan' → 'warga binaan pemasyarakatan' (K3).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import (
    ACRONYMS,
    FUNCTION_WORDS,
    INSTITUTION_KINDS,
    INSTITUTIONS,
    POSITIONS,
    QUANTIFIERS,
    words,
)
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.case_reading import capitalised, in_dateline, in_slogan, in_title
from kabar_desktop.check.rules.headline import headline

# Closed-class words that open a clause after a comma (KBBI kata tugas, numeralia tak tentu,
# pronomina persona ketiga, adverbia): not the links a name in title case may hold ('di',
# 'dan', 'dalam' in 'Kementerian Dalam Negeri'), which K12 reads between two capitals.
_CLAUSE_OPENERS = words(
    """tetapi namun karena sehingga agar supaya bahwa jika apabila ketika maupun para seluruh
    setiap semua sejumlah beberapa tiap berbagai segenap ia dia mereka beliau juga pun hanya
    telah sudah akan masih sedang belum tidak bukan sangat ini itu tersebut menurutnya
    sebelumnya selanjutnya setelahnya karenanya sebanyak bahkan sedangkan sementara kemudian
    lalu sedang"""
)
# A capitalised word after a comma (or a bracket's close and a comma) and one space.
_COMMA_CAPITAL = re.compile(r"(?<=[\w)]), ([A-Z][a-z]+)\b")

# Short forms of a position over one office ('kalapas', 'kadivpas', 'kakanwil') after a
# sentence adverb's comma: lowercase, they still stand for the one holder the text speaks of.
_SHORT_AFTER_COMMA = re.compile(
    r"(?<=\w), (ka(?:lapas|rutan|bapas|rudenim|kanim|kanwil|div[a-z]{2,}|kemenag))\b"
)
# What follows the holder as a clause's subject: a verb or an adverb of aspect.
_PREDICATE = re.compile(r"(?:me|ber|di|ter|mem|men|meng|meny)[a-z]{3,}")
_ASPECT = words("juga pun telah sudah akan sempat turut langsung kembali lalu kemudian pun")
# Words before a position that make it generic: 'para kalapas', 'seorang kalapas', 'se-…'.
_GENERIC_BEFORE = QUANTIFIERS | words("seorang sebagai menjadi jabatan calon setiap")

# 'di seluruh wilayah', 'di lingkungan …': a kind of office in every place of a region.
_REGION_SPREAD = re.compile(
    r" (?:(?:di|pada) (?:seluruh|semua|setiap|lingkungan|jajaran)\b|se-?Indonesia\b|"
    r"seluruh Indonesia\b)"
)
_KANTOR = re.compile(r"\bKantor (?=[A-Z])")
# Kinds of office a 'Kantor' heads: 'Kantor Imigrasi', 'Kantor Pertanahan', 'Kantor Wilayah'.
_KINDS = words("imigrasi wilayah pertanahan pajak pos cabang perwakilan")


def _mid_clause(doc: Doc, t: Token) -> bool:
    """``t`` stands in a running sentence's body: not in the title, the dateline, a headline
    in title case, italics or a quoted slogan."""
    if in_title(doc, t) or in_dateline(doc, t) or doc.is_italic(t.start, t.end):
        return False
    return not headline(doc, t.para) and not in_slogan(doc, t)


def comma_openers(doc: Doc) -> Iterator[Hit]:
    """K18 after a comma: 'Lanjut Kalapas, Menurutnya, Lapas …', '(Remisi), Setiap
    Narapidana wajib …' (where the next word is a capital or a mark, K18's own reading
    is silent)."""
    toks = doc.tokens
    for m in _COMMA_CAPITAL.finditer(doc.text):
        lower = m.group(1).lower()
        if lower not in _CLAUSE_OPENERS:
            continue
        i = doc.token_at(m.start(1))
        if i is None or i == 0:
            continue
        t = toks[i]
        if t.initial or toks[i - 1].para != t.para or not _mid_clause(doc, t):
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and doc.adjacent(t, nxt):
            if nxt.text[:1].islower():
                continue  # K18's own reading: 'MZ, Salah satu warga binaan'
            after = toks[i + 2] if i + 2 < len(toks) else None
            if after is None or not doc.adjacent(nxt, after) or not after.text[:1].islower():
                continue  # 'Hari Bakti, Sebanyak Apapun Rintangan': a title's words
            if re.search(rf"\b{t.text} {re.escape(nxt.text)} [A-Z]", doc.text):
                continue  # "Lebih lanjut, Lalu Wisnu menilai": a name given in full (probe89)
        yield Hit(
            t.start,
            t.end,
            N_("'{word}' is a function word: lowercase in mid-sentence."),
            lower,
            {"word": lower},
        )


def short_positions(doc: Doc) -> Iterator[Hit]:
    """K1: 'Selanjutnya, kadivpas meneruskan …': a lowercase short form as a clause's subject
    after a sentence adverb's comma and before a verb (not 'para kalapas', 'menjadi kalapas'),
    the one holder the text speaks of."""
    toks = doc.tokens
    text = doc.text
    for m in _SHORT_AFTER_COMMA.finditer(text):
        word = m.group(1)
        i = doc.token_at(m.start(1))
        if i is None or i + 1 >= len(toks) or word not in POSITIONS:
            continue
        t, nxt = toks[i], toks[i + 1]
        if not doc.adjacent(t, nxt):
            continue
        if not (nxt.text in _ASPECT or _PREDICATE.fullmatch(nxt.text)):
            continue
        prev = toks[i - 1] if i else None
        if prev is None or prev.para != t.para or text[prev.end : t.start] != ", ":
            continue  # only after a sentence adverb's comma: 'Selanjutnya, kadivpas …'
        if prev.text.lower() in _GENERIC_BEFORE or not _mid_clause(doc, t):
            continue
        yield Hit(
            t.start,
            t.end,
            N_("A position before a name or an office starts with capitals."),
            word[:1].upper() + word[1:],
        )


def spread_offices(doc: Doc) -> Iterator[Hit]:
    """K2: 'pada Kantor Imigrasi di seluruh wilayah Indonesia', 'untuk Kantor Imigrasi di
    lingkungan Kanwil …': an office's kind in capitals with no place of its own."""
    toks = doc.tokens
    text = doc.text
    for m in _KANTOR.finditer(text):
        i = doc.token_at(m.start())
        if i is None or i + 2 >= len(toks) or toks[i].initial:
            continue
        t, kind = toks[i], toks[i + 1]
        if not doc.adjacent(t, kind) or not capitalised(kind) or kind.text.isupper():
            continue
        if kind.text.lower() not in INSTITUTION_KINDS and kind.text.lower() not in _KINDS:
            continue
        prev = toks[i - 1] if i else None
        opener = prev is not None and prev.text in ("Untuk", "Bagi") and prev.initial
        if not opener and (prev is None or not doc.adjacent(prev, t) or not prev.text.islower()):
            continue
        if not _REGION_SPREAD.match(text, kind.end) or not _mid_clause(doc, t):
            continue
        fix = text[t.start : kind.end].lower()
        yield Hit(
            t.start,
            kind.end,
            N_("'{word}' names no one office here: lowercase, '{fix}'."),
            fix,
            {"word": text[t.start : kind.end], "fix": fix},
        )


def _plain_before(doc: Doc, prev: Token) -> bool:
    """``prev`` is a sentence's first word that the dictionary holds and no office, position
    or name is ('Kehidupan Warga Binaan …')."""
    if not prev.initial or not prev.text[1:].islower():
        return False
    from kabar_desktop.check.spelling import speller

    lower = prev.text.lower()
    if lower in INSTITUTIONS or lower in POSITIONS or prev.text in doc.given_names:
        return False
    return lower in speller().lists.stems or bool(speller().readings(lower))


def people_phrase(doc: Doc, i: int) -> int | None:
    """End of the genre's people noun at ``i`` capitalised after a lowercase word and before
    no name: 'dan Warga Binaan Pemasyarakatan', 'untuk Warga Binaan,', 'tentang Napi atau
    WBP' (K3)."""
    toks = doc.tokens
    t = toks[i]
    if t.text != "Warga" and t.text.lower() not in PEOPLE_KINDS:
        return None
    if i < 1 or not doc.adjacent(toks[i - 1], t):
        return None
    prev = toks[i - 1]
    if not prev.text.islower() and not (t.text == "Warga" and _plain_before(doc, prev)):
        return None  # "Rumah Tahanan": a one-word kind after a capital may end a name
    j = i + 1
    if t.text == "Warga":
        if j >= len(toks) or toks[j].text != "Binaan" or not doc.adjacent(t, toks[j]):
            return None
        j += 1
        if j < len(toks) and toks[j].text == "Pemasyarakatan":
            j += 1 if doc.adjacent(toks[j - 1], toks[j]) else 0
    elif not t.text[1:].islower():
        return None
    nxt = toks[j] if j < len(toks) else None
    if nxt is not None and doc.adjacent(toks[j - 1], nxt) and capitalised(nxt):
        return None  # "Tahanan Kota", "Warga Binaan Lapas Kupang": maybe a name's words
    return toks[j - 1].end


# Words that end a regulation's title and start the sentence's own words again.
_TITLE_STOPS = words(
    """yang bahwa adalah ialah merupakan ini itu tersebut telah sudah akan dapat harus juga
    masih bisa agar supaya sehingga karena namun kepada para sangat secara dengan oleh depan
    hadapan"""
)
_VERB_FORM = re.compile(r"(?:me|di|ber|ter)[a-z]{4,}")
# The run ends at a mark, or before 'dan'/'serta' and the next regulation of a list ('…
# tentang keterbukaan informasi publik dan UU Nomor 25 …'); a title has up to ten words.
_NEXT_REGULATION = (
    r" (?:dan|serta) (?:[Uu][Uu]|PP|Perpres|Permen|Perda|Peraturan|Undang-[Uu]ndang)\b"
)
_TITLE_RUN = re.compile(
    rf" ([a-z][a-z-]*(?: [a-z][a-z-]*){{0,9}}?)(?=[.,;:)]|\s*$|{_NEXT_REGULATION})", re.M
)


def lowercase_title(doc: Doc, pos: int) -> Iterator[Hit]:
    """K31: 'UU No. 12 Tahun 1995 tentang pemasyarakatan.' → 'Pemasyarakatan': a cited
    regulation's title written all in lowercase up to the mark that ends it (a run that holds
    a clause's word or a verb may be the sentence going on, so it is left alone)."""
    m = _TITLE_RUN.match(doc.text, pos)
    if m is None:
        return
    found = m.group(1).split(" ")
    if found[0] in FUNCTION_WORDS or any(
        w in _TITLE_STOPS or _VERB_FORM.fullmatch(w) for w in found
    ):
        return
    fix = " ".join(w if w in FUNCTION_WORDS else w[:1].upper() + w[1:] for w in found)
    yield Hit(
        m.start(1),
        m.end(1),
        N_("A regulation's name capitalises each word except function words: '{word}'."),
        fix,
        {"word": fix},
    )


# People nouns of the genre that a mid-sentence capital makes look like a name (K3).
PEOPLE_KINDS = words("narapidana napi tahanan deteni")
# Number words that count what follows: 'lima Kabupaten' is as generic as '5 Kabupaten'.
_NUMBER_WORDS = words(
    "dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas belasan puluhan ratusan"
)


def counted_by_word(doc: Doc, i: int) -> bool:
    """Token ``i`` follows a number word: 'Lima Kabupaten ada 24 kasus' (K3)."""
    toks = doc.tokens
    if i < 1 or not doc.adjacent(toks[i - 1], toks[i]):
        return False
    prev = toks[i - 1]
    if i > 1 and toks[i - 2].text.lower() in ("lantai", "tahap", "gelombang", "angkatan"):
        return False  # "di aula lantai dua Kantor Kementerian Agama …": an ordinal (h115)
    return prev.text.lower() in _NUMBER_WORDS and (prev.text.islower() or prev.initial)


# A short form in brackets after the lowercase words it is made of: 'tugas pokok dan fungsi
# (Tupoksi)'. The writer's lowercase shows a common noun, and an acronym of a common noun
# read as a word is lowercase (EYD V, I.B.7: 'tilang', 'pemilu' in KBBI).
_GLOSS = re.compile(r" \(([A-Z][a-z]{3,9})\)")
_WORDS_BEFORE = re.compile(r"(?<![\w-])((?:[a-z]+ ){1,6}[a-z]+)$")


def glossed_acronyms(doc: Doc) -> Iterator[Hit]:
    """K9: '(Tupoksi)' after 'tugas pokok dan fungsi' → '(tupoksi)'; not an office's short
    form the glossary capitalises ('lembaga pemasyarakatan (Lapas)')."""
    text = doc.text
    if " (" not in text:
        return
    for g in _GLOSS.finditer(text):
        lower = g.group(1).lower()
        if lower in ACRONYMS or lower in INSTITUTIONS:
            continue
        m = _WORDS_BEFORE.search(text, max(0, g.start() - 80), g.start())
        k = doc.token_at(g.start(1))
        if m is None or k is None or not _mid_clause(doc, doc.tokens[k]):
            continue
        found = [w for w in m.group(1).split(" ") if w not in FUNCTION_WORDS]
        spelled = [n for n in range(2, len(found) + 1) if _syllables(found[-n:], lower, True)]
        if spelled and any(w in POSITIONS or w == "kantor" for w in found[-spelled[0] :]):
            continue  # "sekretaris desa (Sekdes)": a post's short form, as '(Kades)' (h62);
            # "kantor pertanahan (Kantah)": an office's (the sets leave it 13 of 13)
        if spelled and not _group_named(found, spelled[0]):
            yield Hit(
                g.start(1),
                g.end(1),
                N_("'{word}' is an acronym read as a common word: lowercase."),
                lower,
                {"word": lower},
            )


# Heads of a group, a body or a programme (round 18): the short form of what they head names
# that group or programme ('kelompok keluarga sadar hukum (Kadarkum)', 'program desa sadar
# hukum (Desadarkum)'), which EYD V capitalises as a name's acronym of syllables.
_GROUP_HEADS = words(
    """kelompok forum komunitas paguyuban perkumpulan himpunan ikatan persatuan gerakan
    program kampung gugus satgas satuan organisasi asosiasi koperasi"""
)


def _group_named(found: list[str], n: int) -> bool:
    """The words the short form spells (the last ``n`` of ``found``) are headed by, or open
    with, a group's or a programme's noun: the short form is that group's name."""
    return found[-n] in _GROUP_HEADS or (n < len(found) and found[-n - 1] in _GROUP_HEADS)


def _syllables(found: list[str], short: str, first: bool) -> bool:
    """Is ``short`` a piece of each word in order, the first piece opening its word
    ('tugas pokok fungsi' → 'tu' + 'pok' + 'si')?"""
    if not found:
        return not short
    word = found[0]
    for n in range(1, len(short) - len(found) + 2):
        piece = short[:n]
        if (word.startswith(piece) if first else piece in word) and _syllables(
            found[1:], short[n:], False
        ):
            return True
    return False
