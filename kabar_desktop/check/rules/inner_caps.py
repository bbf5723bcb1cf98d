"""K18–K22: capitals inside a sentence where no name stands, and words joined or split wrongly.

EYD V (huruf kapital, I.A) capitalises the first word of a sentence and the words of a name;
anything else in mid-sentence is lowercase. A name is made of content words, so:

- K18: a closed-class word (preposition, conjunction, quantifier, third-person pronoun,
  adverb of aspect) capitalised in mid-sentence before a lowercase word opens no name:
  'MZ, Salah satu warga binaan' → 'salah'. K12 reads such a word between two capitals.
- K19: a regular derivation (di-, meN-, ber-, ter-, memper- + a known root) capitalised in
  mid-sentence before a lowercase word is a verb or a ter- superlative, not a name:
  'Kadivmin Jateng Diterima langsung' → 'diterima'. A warning: a name may end in one.
- K20: two known words written together with an inner capital are two words
  ('ImigrasiKelas' → 'Imigrasi Kelas'); a brand ('SwadayaNews') has a half no list knows.
- K21 (split_short_forms.py): a known short form split in two is one word.
- K22: a sentence or a paragraph opens with a capital (EYD V, I.A): 'dan hasilnya …' → 'Dan'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import ABBREVIATIONS, INSTITUTIONS, SAYING_VERBS, words
from kabar_desktop.check.places import is_place_word
from kabar_desktop.check.rules import ERROR, N_, WARNING, Hit, rule
from kabar_desktop.check.rules.capital_terms import law_term
from kabar_desktop.check.rules.capitals import in_commemoration
from kabar_desktop.check.rules.caps18_names import document_title, group_name
from kabar_desktop.check.rules.case_reading import (
    cap,
    capitalised,
    in_dateline,
    in_slogan,
    in_title,
    initial,
    place_word_after_head,
)
from kabar_desktop.check.rules.clause_capitals import comma_openers
from kabar_desktop.check.rules.headline import headline, subheading
from kabar_desktop.check.rules.words21_caps import ordinal_in_name

# Closed classes (KBBI: kata tugas, numeralia tak tentu, pronomina persona ketiga). Not
# 'saya', 'kami', 'kita' (K13), not 'Anda' (a capital by EYD V).
_CLOSED = words(
    """di ke dari untuk pada dengan dalam bagi oleh tentang terhadap kepada sebagai melalui
    demi tanpa sejak selama menurut hingga dan atau serta tetapi namun karena sehingga agar
    supaya bahwa jika apabila ketika maupun yang para seluruh setiap semua sejumlah beberapa
    tiap berbagai segenap ia dia mereka beliau juga pun hanya telah sudah akan masih sedang
    belum tidak bukan sangat ini itu tersebut menurutnya sebelumnya selanjutnya setelahnya
    karenanya seperti sebanyak selain setelah sesudah sebelum"""
)
# Closed-class words that count what follows: a number after one opens no name.
_COUNTING = words("sebanyak sejumlah")
# Words after which a phrase in title case is a theme's or a motto's title.
_TOPIC_WORDS = words("tema bertema bertajuk berjudul tajuk slogan semboyan moto motto jargon")
# Marks after which a capital may open a sentence, a quotation or a title.
_OPENERS = "(:\"“'‘’[-–—/•|"  # ’ of a quote typed ‘’ (probe50), a dateline's | (heldout43)
# Prefixes that make a verb or a superlative out of a root.
_VERB_PREFIXES = frozenset({"di", "meN", "ber", "ter"})  # not per-…-an: a noun
_INNER_CAP = re.compile(r"[A-Z][a-z]{2,}[A-Z][a-z]{2,}")


def _mid_sentence(doc: Doc, i: int) -> bool:
    """Token ``i`` stands inside a running sentence: not its first word, not after a mark
    that opens a quotation or a title, not in the headline or the dateline."""
    toks = doc.tokens
    t = toks[i]
    if initial(doc, t) or in_title(doc, t) or in_dateline(doc, t) or doc.is_italic(t.start, t.end):
        return False
    if headline(doc, t.para):
        return False  # a long title in title case
    if i == 0 or toks[i - 1].para != t.para:
        return False
    before = doc.text[doc.paras[t.para].start : t.start].rstrip()
    if before[-1:] in (".", "!", "?") and before[-2:-1].islower():
        return False  # "… kita semua.Berlandaskan …": a sentence with no space before it (P9's)
    return bool(before) and before[-1] not in _OPENERS


def _next_lower(doc: Doc, i: int) -> Token | None:
    toks = doc.tokens
    if i + 1 >= len(toks) or not doc.adjacent(toks[i], toks[i + 1]):
        return None
    nxt = toks[i + 1]
    return nxt if nxt.text[:1].islower() else None


def _after_lower_word(doc: Doc, i: int) -> bool:
    """Token ``i`` follows a lowercase content word with only a space between, and no
    capitalised word follows it: 'menyampaikan Menurutnya, …'."""
    toks = doc.tokens
    prev = toks[i - 1]
    if not doc.adjacent(prev, toks[i]) or not prev.text.islower() or prev.text in _CLOSED:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is None or not (doc.adjacent(toks[i], nxt) and capitalised(nxt))


def _lower_hit(t: Token, message: str) -> Hit:
    lower = t.text.lower()
    return Hit(t.start, t.end, message, lower, {"word": lower})


# "Dalam Negeri", "Dalam dan Luar Negeri": the home and foreign sides of a body's name.
_DOMESTIC = re.compile(r"Dalam (?:Negeri|Negri|dan [Ll]uar Negeri)\b")


@rule("K18", ERROR, N_("A function word is lowercase in mid-sentence"))
def closed_class(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    for i, t in enumerate(toks):
        lower = t.text.lower()
        quantifier = lower == "salah" and i + 1 < len(toks) and toks[i + 1].text == "satu"
        if lower not in _CLOSED and not quantifier:
            continue
        if not capitalised(t) or t.text.isupper() or not _mid_sentence(doc, i):
            continue
        if re.fullmatch(r"(?:[^\W_]|\))\.", doc.text[t.start - 2 : t.start]):
            continue  # "setempat.Dalam", "(25/9/2025).Pada": a sentence glued to the stop (P9's)
        if doc.text[t.start - 1 : t.start] == "|":
            continue  # "Allnewsterkini. Com|Dalam rangka": the dateline's bar (heldout36)
        if re.search(r"(?<![\w.])[A-Z]\. $", doc.text[max(0, t.start - 4) : t.start]):
            continue  # "pria berkemeja biru, S. Ia langsung …": an initial ends the sentence
        if _DEGREE_STOP.search(doc.text, max(0, t.start - 16), t.start):
            continue  # "Budi, S.IP, M.P.A. Dalam aturan …": a degree's stop ends it (p141)
        if place_word_after_head(doc, t, i):
            continue  # "di Teluk Dalam", "Kampung Tengah": a place's name (heldout24)
        if _DOMESTIC.match(doc.text, t.start):
            continue  # "BLK Dalam dan Luar Negeri": a name's words (heldout26)
        if _after_dateline(doc, t):
            continue  # "PURBALINGGA , Sebanyak 20 …": the lead's first word (probe71)
        counted = lower in _COUNTING and doc.text[t.end : t.end + 2][1:].isdigit()
        counted = counted or (lower in _OPENS_NO_NAME and _after_said_comma(doc, t))
        if _next_lower(doc, i) is None and not _after_lower_word(doc, i) and not counted:
            continue  # "Media Dalam Rangka": K12's, a name's word; not ", Sebanyak 95 …"
        yield _lower_hit(t, N_("'{word}' is a function word: lowercase in mid-sentence."))
    yield from comma_openers(doc)  # "Lanjut Kalapas, Menurutnya, …" (clause_capitals.py)


_DEGREE_STOP = re.compile(r", (?:[A-Z][A-Za-z]{0,3}\.){2,}[A-Za-z]?\.? $")


def _after_dateline(doc: Doc, t: Token) -> bool:
    """``t`` follows a dateline with no lowercase word before it in the lead: the lead's own
    first word, however the dateline ends ('PURBALINGGA , Sebanyak', 'Metro Times (Kendal)')."""
    para = doc.paras[t.para]
    before = doc.text[para.start : t.start]
    return para.kind == "lead" and len(before) <= 40 and not re.search(r"\b[a-z]{2,}\b", before)


# Words that open a clause and never a name: after "menjelaskan, " one is the reported
# clause's first word, lowercase before a name too ("menjelaskan, Selain Paspor Simpatik
# ada juga …", heldout41).
_OPENS_NO_NAME = words("selain untuk karena jika apabila ketika setelah sebelum agar bahwa")
_SAID_COMMA = re.compile(r"\b([a-z]+), $")


def _after_said_comma(doc: Doc, t: Token) -> bool:
    m = _SAID_COMMA.search(doc.text, max(0, t.start - 30), t.start)
    return m is not None and m.group(1) in SAYING_VERBS


def _derived(word: str) -> bool:
    """``word`` is a regular verb form or a ter- superlative of a known root that the
    speller accepts, and not a word (or a name) the lists know whole."""
    from kabar_desktop.check.spelling import speller

    sp = speller()
    lower = word.lower()
    if lower in sp.lists.stems or lower in sp.lists.curated or lower in sp.office:
        return False
    if lower in INSTITUTIONS or lower in sp.lists.short_forms or not sp.known(lower):
        return False  # "Dimas", "Diana": a name that only reads like di- + a root
    readings = sp.readings(lower)
    return bool(readings) and all(
        a.regular and a.prefixes and a.prefixes[0] in _VERB_PREFIXES and len(a.root) >= 3
        for a in readings
    )


def derived_form(word: str) -> bool:
    """Public reading of ``_derived`` for other rules (P28: a verb opens a sentence)."""
    return _derived(word)


def _in_theme(doc: Doc, i: int) -> bool:
    """Token ``i`` ends a run of capitals after 'bertema', 'tema' …: a theme's title."""
    toks = doc.tokens
    k = i
    while k > 0 and i - k < 16 and doc.adjacent(toks[k - 1], toks[k]) and capitalised(toks[k - 1]):
        k -= 1  # (a theme is no longer: K3 asks it of every capital, so its cost stays linear)
    if k > 0 and toks[k - 1].text.lower() in _TOPIC_WORDS:
        return True
    # '… tema “Mewujudkan … untuk Kabupaten Bogor Bermartabat …”': inside the quoted theme
    para = doc.paras[toks[i].para].start  # the quote opens in the token's paragraph
    para = max(para, toks[i].start - 300)
    opening = max(doc.text.rfind(q, para, toks[i].start) for q in '“"')
    if opening < para:
        return False
    before = re.search(r"(\w+) $", doc.text[max(0, opening - 20) : opening])
    return (
        not re.search('[”"\n]', doc.text[opening + 1 : toks[i].start])
        and before is not None
        and before.group(1).lower() in _TOPIC_WORDS
    )


def _superlative_after_noun(doc: Doc, i: int) -> bool:
    """'anggota Teraktif Timpora': a ter- word between a lowercase noun and a name."""
    from kabar_desktop.check.spelling import speller

    toks = doc.tokens
    prev = toks[i - 1]
    if not doc.adjacent(prev, toks[i]) or not prev.text.islower() or prev.text in _CLOSED:
        return False
    readings = speller().readings(toks[i].text.lower())
    return bool(readings) and all(a.prefixes == ("ter",) and not a.suffix for a in readings)


# Round 24: a Roman numeral of rank after the word ("Terbaik II", "Terfavorit III").
_RANK_AFTER = re.compile(r" (?:I{1,3}|IV|V)\b(?![-'’])")


# A name's pair: the derived word after the word before it in an event's or a paper's name.
_NAMED_PAIRS = {("Bersama", "Kesepakatan"), ("Berbangsa", "Kesadaran"), ("Terbuka", "Lapas")}
_NAMED_PAIRS |= {("Berbahaya", "Bahan"), ("Tertinggal", "Daerah")}  # h112; a ministry's (h231)
_CONTESTS = frozenset({"Lomba", "Festival", "Turnamen", "Kejuaraan"})  # a contest's own name
_PLACE_HEADS_K19 = frozenset(("Gunung", "Kecamatan", "Desa", "Kelurahan", "Pulau"))


@rule("K19", WARNING, N_("A verb or an adjective is lowercase in mid-sentence"))
def derived_words(doc: Doc) -> Iterator[Hit]:
    for i, t in enumerate(doc.tokens):
        if not t.text[:1].isupper() or not t.text[1:].islower() or len(t.text) < 6:
            continue
        if not _mid_sentence(doc, i) or _in_theme(doc, i) or in_slogan(doc, t):
            continue  # '“Terus Melaju untuk Indonesia Maju”': a quoted theme keeps its capitals
        if _next_lower(doc, i) is None and not _superlative_after_noun(doc, i):
            continue
        if doc.text[t.end : t.end + 1] in ("-", "’", "'") or not _derived(t.text):
            continue
        if ordinal_in_name(doc.text, t.end):
            continue  # "predikat Terbaik ke-3 Nilai IKPA": an award's name (round 21)
        if _RANK_AFTER.match(doc.text, t.end):
            continue  # round 24: "penghargaan Terbaik II": a rank's title, as "Juara I"
        if law_term(doc, i) or _spelled_out(doc, i) or in_commemoration(doc, t.start):
            continue  # "Anak yang Berhadapan dengan Hukum": the law's own capitals
        if document_title(doc, i) or group_name(doc, t.start):
            continue  # "… Tentang Syarat …, dan Cuti Bersyarat bagi …": its title (probe50)
        if _named_again(doc, i):
            continue  # "Griya Abhipraya Berkilau terletak …": the name it gave (probe83)
        if _ends_english_name(doc, i) or _in_programme(doc, i):
            continue  # "Rotary Club of Bali Bersinar", "Napi Berkebun": a name's word
        if _joined_to_capital(doc, i):
            continue  # "Koperasi, Usaha Kecil dan Menengah kabupaten …": a name's pair (probe38)
        before = doc.tokens[i - 1].text if i else ""
        two_back = doc.tokens[i - 2].text if i > 1 else ""  # "Lomba Kampung Berprestasi"
        if before in _PLACE_HEADS_K19 or is_place_word(t.text):
            continue  # "Kecamatan Merapi Barat", "Gunung Merapi": a place's name (session 28);
            # "Kabupaten Boven Digoel": a regency's own word (heldout532)
        if (t.text, before) in _NAMED_PAIRS or _CONTESTS & {before, two_back}:
            continue  # "Dokumen Kesepakatan Bersama" (heldout37), "Lomba Bercerita" (heldout64)
        if subheading(doc.para_text(doc.paras[t.para])):
            continue  # "Razia Barang Terlarang dan …" on a line of its own (probe55)
        yield _lower_hit(t, N_("'{word}' is a verb or an adjective: lowercase in mid-sentence."))


def _run_start(doc: Doc, i: int, glue: tuple[str, ...] = ()) -> int:
    """The first token of the capitalised run (lowercase ``glue`` words inside it) that
    token ``i`` closes."""
    toks = doc.tokens
    j = i
    while (
        j > 0
        and doc.adjacent(toks[j - 1], toks[j])
        and (toks[j - 1].text[:1].isupper() or toks[j - 1].text in glue)
    ):
        j -= 1
    return j


def _named_again(doc: Doc, i: int) -> bool:
    """Token ``i`` closes a run of capitalised words the article writes more than once: a
    name it gave ('bernama Griya Abhipraya Berkilau', then 'Griya Abhipraya Berkilau …')."""
    j = _run_start(doc, i)
    return j < i and doc.text.count(doc.text[doc.tokens[j].start : doc.tokens[i].end]) >= 2


def _ends_english_name(doc: Doc, i: int) -> bool:
    """Token ``i`` closes a capitalised run that holds an English word of a name ('Club',
    'of'): a club's or a body's name in English and Indonesian."""
    j = _run_start(doc, i, ("of", "for", "and"))
    return any(t.text in ("of", "Club", "Foundation", "Community") for t in doc.tokens[j:i])


def _in_programme(doc: Doc, i: int) -> bool:
    """Token ``i`` closes a capitalised run the article names after 'program' ('Program
    Napi Berkebun' … 'bahwa Napi Berkebun menjadi …'; probe53)."""
    from kabar_desktop.check.rules.common_terms import k14_term
    from kabar_desktop.check.rules.foreign_words import programme_name

    toks = doc.tokens
    j = _run_start(doc, i)
    words_ = tuple(t.text.lower() for t in toks[j : i + 1])
    if j == i or any(k14_term(words_[k:]) for k in range(len(words_) - 1)):
        return False  # "program Pembebasan Bersyarat": a right's common name (K14's)
    return programme_name(doc.text, doc.text[toks[j].start : toks[i].end])


def _joined_to_capital(doc: Doc, i: int) -> bool:
    """Token ``i`` follows 'dan' or 'serta' after a capitalised word: the second of a pair
    inside a name ('Usaha Kecil dan Menengah')."""
    toks = doc.tokens
    if i < 2 or toks[i - 1].text not in ("dan", "serta"):
        return False
    a, b = toks[i - 2], toks[i - 1]
    return doc.adjacent(a, b) and doc.adjacent(b, toks[i]) and capitalised(a) and not a.initial


_SHORT_AFTER = re.compile(r" \(([A-Z]{3,8})\)")


def _spelled_out(doc: Doc, i: int) -> bool:
    """Token ``i`` stands in the title-case words that spell out the short form in brackets
    after them, a capital for each letter ('Anak Berhadapan dengan Hukum (ABH)'): a term's
    own capitals, the whole of it read (K14), not one of its words."""
    toks = doc.tokens
    k = i
    while (
        k + 1 < len(toks)
        and doc.adjacent(toks[k], toks[k + 1])
        and (capitalised(toks[k + 1]) or toks[k + 1].text.islower() and len(toks[k + 1].text) <= 6)
    ):
        k += 1
        if _SHORT_AFTER.match(doc.text, toks[k].end):
            break
    m = _SHORT_AFTER.match(doc.text, toks[k].end)
    if m is None:
        return False
    letters = m.group(1)
    first = k
    caps: list[str] = []
    opened = k  # where the spelled-out words start: the first capital read
    while first >= 0 and len(caps) < len(letters):
        word = toks[first].text
        if capitalised(toks[first]):
            caps.append(word[0])
            opened = first
        elif not (word.islower() and len(word) <= 6):
            break
        if first == 0 or not doc.adjacent(toks[first - 1], toks[first]):
            break
        first -= 1
    return "".join(reversed(caps)) == letters and i >= opened


_LEVEL_WORDS = frozenset(("kecamatan", "kabupaten", "kelurahan", "provinsi", "pemerintah"))


def _known_half(word: str) -> str | None:
    """How a list writes ``word``: an office's short form, a dictionary word or a place."""
    from kabar_desktop.check.spelling import speller

    lower = word.lower()
    canonical = INSTITUTIONS.get(lower)
    if canonical is not None:
        return canonical
    sp = speller()
    if lower in sp.lists.stems or lower in sp.lists.curated or lower in _LEVEL_WORDS:
        return word  # "KecamatanTeluk": a level word the stems lack (heldout96)
    from kabar_desktop.check.places import is_place_word

    return word if is_place_word(lower) else None  # "RudenimDenpasar" (heldout27)


_OUTLET_BEFORE = re.compile(r"(?:[A-Za-z ]+(?:, | ?\| ?))?")  # "Simalungun | DelikSumut" (h224)


@rule("K20", ERROR, N_("Two words are not joined with a capital in between"))
def joined_words(doc: Doc) -> Iterator[Hit]:
    from kabar_desktop.check.rules.word_slips import BRANDS
    from kabar_desktop.check.spelling import speller

    sp = speller()
    for t in doc.tokens:
        if not _INNER_CAP.fullmatch(t.text) or in_title(doc, t) or doc.is_italic(t.start, t.end):
            continue
        lower = t.text.lower()
        if lower in sp.lists.short_forms or sp.known(lower) or BRANDS.get(lower) == t.text:
            continue  # "KakanKemenag": K17's; "TikTok": a brand as its owner writes it (h294)
        if re.match(r"\.(?:com|co\.id|id|net|news)\b", doc.text[t.end : t.end + 7]):
            continue  # "BidikIndonesia.com": an outlet's address (probe44)
        if doc.text[max(0, t.start - 2) : t.start].strip() == "#":
            continue  # "ketik #Nama # PasarMinggu": a keyword to type, not words (probe50)
        para = doc.paras[t.para]
        early = para.kind == "lead" or t.para <= 2  # "AMLAPURA, NusaBali" alone (probe115)
        if early and _OUTLET_BEFORE.fullmatch(doc.text, para.start, t.start):
            continue  # "NEGARA, NusaBali …", "AtensiPublik Pringsewu": an outlet (p40, p88)
        parts = re.findall(r"[A-Z][a-z]+", t.text)
        if all(p.lower() in sp.lists.short_forms for p in parts):
            continue  # two short forms: K17's
        known = [_known_half(p) for p in parts]
        if len(parts) != 2 or None in known:
            continue  # "SwadayaNews": a brand
        fixed = " ".join(k for k in known if k)
        yield Hit(
            t.start, t.end, N_("Two words are written apart: '{word}'."), fixed, {"word": fixed}
        )


# A full stop after a whole lowercase word of four letters or more, or after a bracket closing
# a number ('(2/12/2024)'), then a lowercase word: a sentence ended and the next one lost its
# capital ('… meriah. kegiatan berlanjut'); shorter words and dotted ones may be abbreviations
# ('dll. dan', 'S.Kesos. yang': P11's).
_STOP_THEN_LOWER = re.compile(r"(?:(?<=[^\W\d_A-Z]{4})|(?<=\d\)))\. ([a-z]{2,})\b(?![-@./])")
_LABEL = re.compile(r"\w{1,2}\)")  # an item's label, not a bracket's end: '(2023)'
_ABBREVIATED = re.compile(r"(?:\b[A-Za-z]{1,3}|\d)\.\s*$")


def _opens_sentence(doc: Doc, t: Token) -> bool:
    """Token ``t`` stands right after the paragraph's start or a
    sentence's end ('?', '!', or a full stop after a word that is no abbreviation)."""
    para = doc.paras[t.para]
    before = doc.text[para.start : t.start].rstrip()
    if before[-1:] in ('"', "“", "'", "‘"):
        return False  # a quote's first word: K6's
    if not before:
        return True
    return before[-1] in "?!" or (before[-1] == "." and not _ABBREVIATED.search(before))


@rule("K22", ERROR, N_("A sentence starts with a capital letter"))
def lowercase_starts(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for t in doc.tokens:
        if not t.initial or not t.text.isalpha() or not t.text.islower() or in_title(doc, t):
            continue
        if doc.paras[t.para].kind in ("credit", "caption") or in_dateline(doc, t):
            continue
        if text[t.end : t.end + 1] in ("-", "@", ".", "/") or not _opens_sentence(doc, t):
            continue  # "e-KTP", "baliprawara.com": written as their owners write them
        fixed = cap(t.text)
        yield Hit(
            t.start,
            t.end,
            N_("A sentence starts with a capital letter: '{word}'."),
            fixed,
            {"word": fixed},
        )
    for para in doc.prose_paras():
        if para.kind == "caption":
            continue
        for m in _STOP_THEN_LOWER.finditer(text, para.start, para.end):
            before = text[para.start : m.start()].rsplit(None, 1)[-1]
            word = before.rstrip(")").lower()
            if _LABEL.fullmatch(before):
                continue  # "yaitu 1). perkawinan dini, 2) …": a list's label, its stop a slip
            if before.endswith(")") or ("." not in word and word not in ABBREVIATIONS):
                fixed = cap(m.group(1))
                yield Hit(
                    m.start(1),
                    m.end(1),
                    N_("A sentence starts with a capital letter: '{word}'."),
                    fixed,
                    {"word": fixed},
                )
