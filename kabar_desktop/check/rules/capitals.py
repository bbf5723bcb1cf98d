"""Capital letters (K4–K9): humas, titles, quotes, days, acronyms.

K1 and K2 (positions) are in positions.py, K3 (ordinary nouns) in common_nouns.py, K10 and
K11 (names in lowercase) in names.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import (
    ACRONYMS,
    ATTRIBUTION_VERBS,
    CALENDAR_NAMES,
    FUNCTION_WORDS,
    HOLIDAYS,
    LOOSE_CASE,
    POSITIONS,
    words,
)
from kabar_desktop.check.rules import (
    ERROR,
    N_,
    WARNING,
    Hit,
    positions,  # noqa: F401 - registers K1 and K2
    rule,
)
from kabar_desktop.check.rules.capital_terms import (
    akan_preposition,
    reduplicated_title_word,
    second_half_of_verb,
    starts_title_part,
)
from kabar_desktop.check.rules.caps18_common_runs import titled_word_acronyms
from kabar_desktop.check.rules.caps32_times import sunday
from kabar_desktop.check.rules.case_reading import (
    cap,
    capitalised,
    chunk,
    in_dateline,
    in_title,
    initial,
    place_word_after_head,
)
from kabar_desktop.check.rules.clause_capitals import glossed_acronyms
from kabar_desktop.check.rules.headline import headline
from kabar_desktop.check.rules.title_runs import merged_title_run
from kabar_desktop.check.rules.words23_caps import english_glue

_UNIT_WORDS = words("tim bagian subbagian subbag biro seksi divisi pranata sub")
_LOWERCASE_OK = frozenset({"sop"})  # "sop" is also a word (soup)
# Acronyms that name one body, so they keep their capital in lowercase text too ('unsur
# forkopimda' → 'Forkopimda'): a ministry, its inspectorate or secretariat general (Itjen,
# Setjen), a directorate general, a national body, or the one
# forum or agency of a region (EYD V, I.B.7: names of bodies, acronyms included). Acronyms
# KBBI lists as common nouns of a kind of office (lapas, rutan, polres, puskesmas) are not here.
_PROPER_ACRONYMS = words(
    """kemenkumham kemenkum kemenimipas ditjenpas ditjenim bappenas bappeda polri kemenkeu
    kemenag kankemenag kemendagri kemenkes kemensos kemenlu kemenhub kemenpora kejagung basarnas
    bawaslu korpri brimob forkopimda forkopimcam timpora dukcapil disdukcapil kominfo diskominfo
    kesbangpol poltekip poltekim itjen setjen"""
)
_DAYS_MONTHS = {w.lower(): w for w in CALENDAR_NAMES}
# Title words that serve as conjunctions or prepositions but are not only that: an editor
# takes 'saat' and 'Saat' in a title alike (K5). 'secara' and 'selaku' are prepositions
# (kata tugas) a title may write in lowercase: 'Diawasi secara Daring' (round 17).
_TITLE_EITHER = words(
    "saat ketika usai jelang bersama menuju atas seperti sebelum setelah secara selaku tapi jika"
    " yaitu yakni"  # heldout165: "… Ternak, yaitu …" in a title, a conjunction either way
    " tetapi"  # probe134: "Diperketat, tetapi Bingung"
)
_ORDINAL_DASH = frozenset(f"-{d}" for d in "0123456789")  # "HUT Ke-80 RI"
_ROMAN = re.compile(r"(?:I{1,3}|IV|V|VI{1,3})[AB]?")
_ADDRESS = re.compile(r"https?:|www\.|[@#/]|\w\.\w")
# Round 20: the spellings of "Idul" typed as said ("Idu fitri", "Iedul Fitri", "Idhul Adha").
_HOLIDAY = re.compile(r"\b([Ii]e?dh?ul?)[ -]?([Ff]itri|[Aa]dha)\b")
_QUOTE_OPEN = re.compile(r"[\"“]( ?)(?=[^\W\d_])")
# Bound forms written with a hyphen before a name, lowercase in a title too: "se-Kabupaten".
_BOUND_BEFORE_NAME = re.compile(r"(?:se|non|antar|pasca|pra|anti|pro|di|ke)-[A-Z]")
# A title's figure before its first word: "20 dari 500 Lebih Napi …" (probe64).
_AFTER_NUMBER = re.compile(r"[\d.,]+ ")
# The lead's opening place name and the bracket of its office tag: "Stabat (".
_DATELINE_TAG = re.compile(r"[^\W\d_][^\W\d]*(?: [^\W\d_][^\W\d]*){0,3},? ?\(")
# National days and the ministries' own days, each name distinctive enough that the words
# mean the day wherever they stand ('hari ibu', 'hari guru' only after a word of marking the
# day: 'setiap hari guru mengajar'; session 33). Source: Keppres 316/1959 and the later decrees
# naming each day; a religion's feast after 'hari raya' ('Hari Raya Natal', EYD V I.B.8).
_COMMEMORATION = re.compile(
    r"\b[Hh]ari (?:[Bb]h?akti (?:[Pp]emasyarakatan|[Ii]migrasi)|[Kk]emerdekaan|[Pp]ahlawan"
    r"|[Kk]artini|[Pp]engayoman|[Bb]hayangkara|[Ss]antri(?: [Nn]asional)?|[Ll]ahir [Pp]ancasila"
    r"|[Kk]esaktian [Pp]ancasila|[Ss]umpah [Pp]emuda|[Kk]ebangkitan [Nn]asional"
    r"|[Pp]endidikan [Nn]asional|[Aa]mal [Bb]akti|[Aa]nak [Nn]asional|[Gg]uru [Nn]asional"
    r"|[Bb]ela [Nn]egara|[Pp]ers [Nn]asional|[Kk]esehatan [Nn]asional"
    r"|[Hh]ak [Aa]sasi [Mm]anusia|[Aa]ntinarkotika [Ii]nternasional"
    r"|[Kk]esadaran [Nn]asional|[Kk]esadaran [Bb]erbangsa dan [Bb]ernegara"  # heldout34
    r"|[Pp]eduli [Ss]ampah [Nn]asional"
    # a world day by any name: 'hari kanker sedunia', 'hari HIV/AIDS sedunia' (11 of 11, s44)
    r"|(?!(?:ini|itu|libur|besar|penting|kerja|biasa)\b)(?:[A-Za-z/-]+ ){1,3}"
    r"(?:[Ss]edunia|[Ii]nternasional)"
    r"|[Rr]aya (?:[Nn]atal|[Nn]yepi|[Ww]aisak|[Ii]mlek|[Kk]urban|[Gg]alungan|[Kk]uningan"
    r"|[Ii]dul(?:[Ff]itri|[Aa]dha))"
    r"|(?:(?<=eringatan [Hh]ari )|(?<=mperingati [Hh]ari ))(?:[Ii]bu|[Gg]uru)(?! [A-Z]))\b"
)
_ATTRIBUTION = re.compile(r"(?:[,?!] ?[\"”]|[\"”] ?,) ([A-Z][a-z]+)\b")


def _dateline_tag(doc: Doc, t: Token) -> bool:
    """Token ``t`` is the whole bracket after the lead's place name: 'Stabat (Humas), …'."""
    para = doc.paras[t.para]
    return (
        para.kind == "lead"
        and doc.text[t.end : t.end + 1] == ")"
        and _DATELINE_TAG.fullmatch(doc.text, para.start, t.start) is not None
    )


# 'humas' and its affair 'kehumasan' (KBBI: both common nouns).
_HUMAS = frozenset(("Humas", "Kehumasan"))
_TOPIC_INTRO = words("tentang mengenai materi tema bertema bertajuk berjudul topik")


@rule("K4", WARNING, N_("'humas' is lowercase unless it is part of a unit's name"))
def humas(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    for i, t in enumerate(toks):
        if t.text not in _HUMAS or initial(doc, t) or in_title(doc, t) or in_dateline(doc, t):
            continue
        if headline(doc, t.para):
            continue  # a long title in title case
        if _dateline_tag(doc, t):
            continue  # "Stabat (Humas), Kantor …": the office's tag, however it is set off
        if "_" in doc.text[t.start - 1 : t.end + 1]:
            continue
        prev = toks[i - 1] if i else None
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (
            prev
            and doc.adjacent(prev, t)
            and capitalised(prev)
            and (not prev.initial or prev.text.lower() in _UNIT_WORDS | POSITIONS)
        ):
            continue
        if nxt and doc.adjacent(t, nxt) and capitalised(nxt) and not _kind_of_offices(doc, i + 1):
            continue
        if nxt and nxt.text == "dan" and _unit_goes_on(doc, i + 2):
            continue  # "peran Humas dan Protokol": the unit's name joins two fields
        if prev and prev.text == "dan" and doc.text[t.end : t.end + 1] == ")":
            continue  # "Bengkulu (Informasi dan Humas)": a unit's name as the tag (probe70)
        if t.text == "Humas":
            yield Hit(
                t.start,
                t.end,
                N_("'humas' is an ordinary noun: lowercase, except in a unit's name."),
                "humas",
            )
        elif prev is None or prev.text.lower() not in _TOPIC_INTRO:
            # "fungsi Kehumasan di tiap OPD": the affair humas names (round 17); after
            # 'tentang', 'materi' it may be a talk's topic in title case, the writer's right
            word = t.text.lower()
            yield Hit(
                t.start,
                t.end,
                N_("'{word}' is an ordinary noun: lowercase, except in a unit's name."),
                word,
                {"word": word},
            )


# Short forms of a kind of office that stands for many ('OPD': every regional office):
# 'humas OPD' is the public relations staff of them all, no unit's name (round 18).
_OFFICE_KINDS = words("opd skpd upt satker pemda instansi")


def _kind_of_offices(doc: Doc, k: int) -> bool:
    """Token ``k`` is a kind of office standing for many, no name after it ('Humas OPD,')."""
    toks = doc.tokens
    if toks[k].text.lower() not in _OFFICE_KINDS:
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is None or not doc.adjacent(toks[k], nxt) or not capitalised(nxt)


def _unit_goes_on(doc: Doc, k: int) -> bool:
    """Token ``k`` (after 'Humas dan') is a capitalised field of the unit: 'Protokol'."""
    toks = doc.tokens
    return (
        k < len(toks)
        and doc.adjacent(toks[k - 1], toks[k])
        and capitalised(toks[k])
        and not toks[k].text.isupper()
        and toks[k].text.lower() not in FUNCTION_WORDS
    )


# KBBI's prepositions beyond the function words, which a title writes either way: K5 asks none.
_TITLE_PREPOSITIONS = words("lewat via ala")  # KBBI's prepositions (ala: heldout70)
_EACH_WORD = N_("Each word of a title starts with a capital letter.")


@rule("K5", ERROR, N_("Title words are capitalised, except function words"))
def title_capitals(doc: Doc) -> Iterator[Hit]:
    yield from merged_title_run(doc, _title_words(doc), _EACH_WORD)  # title_runs.py


def _title_words(doc: Doc) -> Iterator[Hit]:
    for t in doc.tokens:
        if not in_title(doc, t) or (t.start > 0 and doc.text[t.start - 1] in "-/’'"):
            continue  # "Kerja-sama", "Alqur’an": the second part of one word (probe59)
        lower = t.text.lower()
        if lower in _TITLE_EITHER or doc.text[t.end : t.end + 2][:2] in _ORDINAL_DASH:
            continue  # "HUT Ke-80 RI": the ordinal's "ke-", not the preposition
        if _BOUND_BEFORE_NAME.match(t.text):
            continue  # "Timpora se-Kabupaten Asahan": a prefix (W4); "di-Kantor" (W1's)
        if lower == "akan" and not akan_preposition(doc, t):
            continue  # "WBP yang Akan Bebas": the adverb of aspect before a verb, a content word
        if second_half_of_verb(doc, t, lower):
            continue  # "Turut Serta Laporkan": the verb 'turut serta', no conjunction
        first = t.start == doc.paras[t.para].start or t.initial or starts_title_part(doc, t)
        if _AFTER_NUMBER.fullmatch(doc.text, doc.paras[t.para].start, t.start):
            first = False  # "20 dari 500 Lebih Napi …": the title opens with its figure (p64)
        both = reduplicated_title_word(t.text)
        if both is not None:  # "Blok-blok Hunian": both halves of a full reduplication
            yield Hit(t.start, t.end, _EACH_WORD, both)
        elif lower in FUNCTION_WORDS and not first and t.text[0].isupper():
            if place_word_after_head(doc, t):
                continue  # "Wisatawan Asing Teluk Dalam": a kecamatan's name (probe100)
            yield Hit(
                t.start,
                t.end,
                N_("A function word in a title is written in lowercase: '{word}'."),
                lower,
                {"word": lower},
            )
        elif t.text[0].islower() and (first or lower not in FUNCTION_WORDS):
            if not first and re.match(r"e-[A-Z]", t.text):
                continue  # "Perekaman e-KTP": the card's name keeps its 'e-' (heldout66)
            if not first and lower in _TITLE_PREPOSITIONS:
                continue  # "… dengan Keluarga lewat Panggilan Video": 'melalui' (heldout24)
            if not first and english_glue(doc, t):
                continue  # "Goes to School": an English name keeps its English title case
            yield Hit(t.start, t.end, _EACH_WORD, cap(t.text))


@rule("K6", ERROR, N_("A quote starts with a capital; the verb after it is lowercase"))
def quote_capitals(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        for m in _QUOTE_OPEN.finditer(text, para.start, para.end):
            p = m.start()
            before = text[p - 2 : p]
            after_stop = before[:1] in ".!?" and before[1:] == " "  # 'bersama. "kita …'
            if p != para.start and (m.group(1) or (before not in (", ", ": ") and not after_stop)):
                continue  # '" untuk …' opens a paragraph; ', " ujar' closes a quote
            i = doc.token_at(m.end())
            if i is not None and doc.tokens[i].text[0].islower():
                t = doc.tokens[i]
                if _closing_before_attribution(text, para.start, p, t.text):
                    continue  # 'mudah, "jelas kalapas.': a closing mark typed after a space
                yield Hit(
                    t.start,
                    t.end,
                    N_("A direct quote starts with a capital letter."),
                    cap(t.text),
                )
        for m in _ATTRIBUTION.finditer(text, para.start, para.end):
            word = m.group(1)
            base = word[:-3] if word.endswith("nya") else word
            if base.lower() in ATTRIBUTION_VERBS or _said_with_nya(word, base):
                yield Hit(
                    m.start(1),
                    m.end(1),
                    N_("The attribution verb after a quote is written in lowercase."),
                    word.lower(),
                )


def _closing_before_attribution(text: str, start: int, p: int, word: str) -> bool:
    """The mark at ``p`` closes a quote opened before it in the paragraph, and an attribution
    verb follows it (P1 reports the space; probe44)."""
    base = word[:-3] if word.endswith("nya") else word
    if base not in ATTRIBUTION_VERBS:
        return False
    before = text[start:p]
    return (before.count('"') + before.count("“") - before.count("”")) % 2 == 1


def _said_with_nya(word: str, base: str) -> bool:
    """'," Pujinya.': a known root with -nya after a quote is the speaker's verb, whichever
    verb it is; a name does not end in -nya after a root."""
    if base == word or len(base) < 4:
        return False
    from kabar_desktop.check.spelling import speller

    return speller().known(base.lower())


_ERA = re.compile(r"(?<=\d) ?\b(hijriah|masehi)\b")


@rule("K8", ERROR, N_("Days, months and holidays are capitalised; holiday names are solid"))
def days_and_holidays(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for t in doc.tokens:
        name = _DAYS_MONTHS.get(t.text)
        if name is None or t.text == name:
            continue
        week = not re.match(r" ?[(,] ?\d", text[t.end : t.end + 4])
        if t.text == "minggu" and week and not sunday(text, t.start, t.end):
            continue  # "dua minggu": a week, not Sunday; "hari minggu" is (4 of 4, s31)
        message = (
            N_("Holiday names start with a capital letter.")
            if name in HOLIDAYS
            else N_("Names of days and months start with a capital letter.")
        )
        yield Hit(t.start, t.end, message, name)
    yield from _commemorations(doc)
    for m in _ERA.finditer(text):  # "1443 hijriah/2022 masehi": the era's name (6 of 6, s35)
        era = m.group(1).capitalize()
        msg = N_("The era's name starts with a capital letter: '{word}'.")
        yield Hit(m.start(1), m.end(1), msg, era, {"word": era})
    for m in _HOLIDAY.finditer(text):
        fixed = "Idul" + m.group(2).lower()
        if m.group() != fixed:
            yield Hit(
                m.start(),
                m.end(),
                N_("Holiday names are written as one capitalised word: '{word}'."),
                fixed,
                {"word": fixed},
            )


def _commemorations(doc: Doc) -> Iterator[Hit]:
    """A national or an office's day written in lowercase: 'hari bakti pemasyarakatan' →
    'Hari Bakti Pemasyarakatan' (EYD V, I.B.8: names of holidays and historic days)."""
    for m in _COMMEMORATION.finditer(doc.text):
        i = doc.token_at(m.start())
        if i is None or in_title(doc, doc.tokens[i]):
            continue  # K5 reads a title's capitals
        parts = m.group().split()
        fixed = " ".join(w if k and w in FUNCTION_WORDS else cap(w) for k, w in enumerate(parts))
        if fixed != m.group():
            yield Hit(
                m.start(),
                m.end(),
                N_("Holiday names start with a capital letter."),
                fixed,
            )


def in_commemoration(doc: Doc, start: int) -> bool:
    """The offset ``start`` stands in a day's name ('Hari Kesadaran Berbangsa dan
    Bernegara'): its words keep their capitals (K19 reads them so)."""
    line_start = doc.text.rfind("\n", 0, start) + 1
    return any(
        m.start() <= start < m.end()
        for m in _COMMEMORATION.finditer(doc.text, line_start, start + 40)
    )


def _lowercase_allowed(lower: str, canonical: str) -> bool:
    """'lapas', 'rutan': KBBI's common nouns; 'sop' (soup), two-letter 'ri': words too."""
    if lower in _LOWERCASE_OK or lower in LOOSE_CASE:
        return True
    if canonical.isupper():
        return len(canonical) < 3 and lower != "hp"  # a phone's 'hp' is no word (7 of 7)
    return lower not in _PROPER_ACRONYMS


def _shouted(doc: Doc, i: int, k: int) -> bool:
    """Token ``k`` beside token ``i`` is a word in capitals that is no short form."""
    toks = doc.tokens
    if not 0 <= k < len(toks) or not doc.adjacent(
        *((toks[k], toks[i]) if k < i else (toks[i], toks[k]))
    ):
        return False
    word = toks[k].text
    return (
        len(word) > 2
        and word.isupper()
        and word.lower() not in ACRONYMS
        and not _ROMAN.fullmatch(word)
    )


def _joined(word: str) -> str | None:
    """'TNI-POLRI' → 'TNI-Polri': acronyms joined by a hyphen each keep their own form."""
    parts = word.split("-")
    if len(parts) < 2 or word.islower():
        return None
    whole = ACRONYMS.get("".join(parts).lower())
    if whole is not None:
        return whole  # 'Kemenkum-HAM': one short form cut by a hyphen (34 of 35 marked, s37)
    forms = [ACRONYMS.get(p.lower()) for p in parts]
    return "-".join(forms) if all(forms) else None  # type: ignore[arg-type]


# Forms no institution list holds: 'MoU' keeps its function word's small letter (KBBI and the
# ministries' releases); the planning forum's 'Musrenbang' is written as a word ('MUSRENBANG'
# 5 of 5 marked; heldout90). Lowercase stays allowed.
_MIXED_CASE = {"mou": "MoU", "musrenbang": "Musrenbang", "rt": "RT", "rw": "RW", "mts": "MTs",
               "aids": "AIDS"}  # Rt 3 of 3; MTS, Mts 6 of 6 (heldout243); Aids 4 of 4 (s34)


@rule("K9", ERROR, N_("Acronyms keep their standard form"))
def acronyms(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    for i, t in enumerate(toks):
        lower = t.text.lower()
        canonical = ACRONYMS.get(lower) or _MIXED_CASE.get(lower) or _joined(t.text)
        if canonical is None or t.text == canonical or lower in LOOSE_CASE:
            continue
        if t.text.islower() and _lowercase_allowed(lower, canonical):
            continue
        if _ADDRESS.search(chunk(doc, t)):
            continue  # "ditjenpas.go.id", "#kemenkumham", "@rutan_kupang"
        if t.text.isupper() and (_shouted(doc, i, i - 1) or _shouted(doc, i, i + 1)):
            continue  # "kegiatan IMIGRASI MELAYANI": a slogan in capitals, not an acronym
        title = doc.paras[t.para]
        if title.kind == "title" and doc.text[title.start : title.end].isupper():
            continue  # "…, SATPOL PP TEGASKAN SANKSI": a title set in capitals (K5's)
        if _given_name(doc, i):
            continue  # "(Disdikbud) Uud Sudiarjo": a given name before its surname (probe147)
        yield Hit(
            t.start,
            t.end,
            N_("The standard form of this acronym is '{word}'."),
            canonical,
            {"word": canonical},
        )
    yield from _word_acronyms(doc)
    yield from glossed_acronyms(doc)  # "tugas pokok dan fungsi (Tupoksi)" (clause_capitals.py)


def _given_name(doc: Doc, i: int) -> bool:
    """Token ``i``, in title case, goes on with a surname no word list knows."""
    from kabar_desktop.check.places import is_place_word
    from kabar_desktop.check.spelling import speller

    toks, t = doc.tokens, doc.tokens[i]
    if not t.text.istitle() or i + 1 >= len(toks) or not doc.adjacent(t, toks[i + 1]):
        return False
    nxt = toks[i + 1].text
    if not nxt.istitle() or is_place_word(nxt.lower()):
        return False  # "Kemenag Magetan", "Hukum dan Ham Sulawesi": the office of a place
    return not speller().known(nxt.lower())


# Acronyms of common nouns that are read as words, which KBBI lists in lowercase as
# ordinary nouns (EYD V, I.B.7: an acronym that is no name is lowercase): 'pungli', 'narkoba',
# 'curanmor', 'balita'; 'halinar' (handphone, pungli, narkoba) is made of such words.
WORD_ACRONYMS = words(
    """pungli narkoba curanmor curas curat miras balita batita lansia sembako iptek tilang
    rudal pemilu pilkada pileg pilpres ormas ponsel rapim halinar litmas wisman"""
)


def _word_acronyms(doc: Doc) -> Iterator[Hit]:
    """K9's other half: 'PUNGLI' → 'pungli', an acronym whose standard form is a word."""
    toks = doc.tokens
    yield from titled_word_acronyms(doc, WORD_ACRONYMS)
    for i, t in enumerate(toks):
        if not t.text.isupper() or t.text.lower() not in WORD_ACRONYMS:
            continue
        if in_title(doc, t) or headline(doc, t.para) or in_dateline(doc, t):
            continue
        if _shouted(doc, i, i - 1) or _shouted(doc, i, i + 1):
            continue  # "STOP PUNGLI": a slogan in capitals
        if _named_after(doc, i):
            continue  # "Satgas Saber PUNGLI": part of a body's name (K9 reads its form)
        yield Hit(
            t.start,
            t.end,
            N_("'{word}' is an acronym read as a common word: lowercase."),
            _sentence_case(doc, t),
            {"word": t.text.lower()},
        )


def _named_after(doc: Doc, i: int) -> bool:
    """The word before token ``i`` is capitalised mid-sentence: the acronym ends a name."""
    toks = doc.tokens
    if i == 0 or not doc.adjacent(toks[i - 1], toks[i]):
        return False
    prev = toks[i - 1]
    return capitalised(prev) and not initial(doc, prev)


def _sentence_case(doc: Doc, t: Token) -> str:
    lower = t.text.lower()
    return lower[0].upper() + lower[1:] if initial(doc, t) else lower
