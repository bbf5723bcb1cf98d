"""Round 14's readings of words and forms, called from the rules that own their ids (its
readings of dates, N5, are in date_years.py; S1's post's head one vowel off in head_slips.py).

- W6: KBBI's adjective in -istis where the -is form is the person (anarkis n, anarkistis a:
  "aksi anarkis" → "aksi anarkistis"); the particle "kan" written apart from "itu"/"ini"
  (EYD V: "kan", short for "bukan", is a word of its own: "itukan" → "itu kan").
- W10: "giat" as the noun "kegiatan" before an event's name or a nominalisation ("giat
  Bintorwasdal", "giat penyuluhan"); before a verb it is the adjective ("giat berlatih").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import (
    FUNCTION_WORDS,
    HIJRI_MONTHS,
    MONTH_ALTERNATION,
    POSITIONS,
    WEEKDAY_ALTERNATION,
    words,
)
from kabar_desktop.check.rules import N_, Hit, keep_case

# --- W6: -is (a person) and -istis (the adjective) -----------------------------------------
# KBBI VI: anarkis n 'penganut anarkisme', anarkistis a; optimis n 'orang yang selalu
# berpengharapan baik', optimistis a; pesimis n, pesimistis a; egois n, egoistis a.
ADJECTIVES_IN_ISTIS = {
    "anarkis": "anarkistis",  # KBBI: anarkis n, anarkistis a
    "optimis": "optimistis",  # KBBI: optimis n, optimistis a
    "pesimis": "pesimistis",  # KBBI: pesimis n, pesimistis a
    "egois": "egoistis",  # KBBI: egois n, egoistis a
}
# Where only the adjective fits: after a noun of conduct it describes, after a word of
# degree or a linking verb, or after "yang" ("aksi anarkis", "sangat optimis", "yang egois").
_BEFORE_ADJECTIVE = words(
    """aksi tindakan perbuatan perilaku sikap gerakan tindak kerusuhan kekerasan cara sifat
    pandangan langkah unjuk sangat amat lebih paling kurang cukup makin semakin kian tetap
    terlalu begitu agak bersikap bersifat merasa tampak terlihat menjadi yang tidak harus"""
)
_PRONOUNS = words("kami kita saya aku ia dia mereka beliau pihaknya")


_IS_FORMS = re.compile(r"\b(?i:" + "|".join(ADJECTIVES_IN_ISTIS) + r")\b")


def adjectives_in_istis(doc: Doc) -> Iterator[Hit]:
    if not any(w[2:] in doc.text for w in ADJECTIVES_IN_ISTIS):
        return  # most texts have none of them
    toks = doc.tokens
    for m in _IS_FORMS.finditer(doc.text):
        i = doc.token_at(m.start())
        if i is None or i == 0:
            continue
        t = toks[i]
        right = ADJECTIVES_IN_ISTIS.get(t.text.lower())
        if right is None or not doc.adjacent(toks[i - 1], t):
            continue
        before = toks[i - 1].text.lower()
        if before in _BEFORE_ADJECTIVE or before in _PRONOUNS:
            fixed = keep_case(t.text, right)
            yield Hit(
                t.start,
                t.end,
                N_("KBBI: '{word}' is the person; the adjective is '{fix}'."),
                fixed,
                {"word": t.text, "fix": fixed},
            )


# --- W6: the particle "kan" ----------------------------------------------------------------
_KAN_GLUED = re.compile(r"\b([Ii]tu|[Ii]ni)kan\b")


def kan_apart(doc: Doc) -> Iterator[Hit]:
    """'itukan' → 'itu kan' (EYD V: 'kan', short for 'bukan', is written apart)."""
    if "tukan" not in doc.text and "nikan" not in doc.text:
        return
    for m in _KAN_GLUED.finditer(doc.text):
        fixed = f"{m.group(1)} kan"
        yield Hit(
            m.start(),
            m.end(),
            N_("The particle 'kan' is written apart: '{word}'."),
            fixed,
            {"word": fixed},
        )


# --- W10: "giat" as the noun ---------------------------------------------------------------
_NOMINAL = re.compile(r"(?:pe|ke|per)[a-z]{3,}an")
_NOUN_PHRASE_OPENERS = words("bahwa yakni yaitu adapun sedangkan sementara")
_VERB_LIKE = re.compile(r"(?:me|be|di|te)[a-z]{3,}")


def giat_as_noun(doc: Doc, i: int) -> bool:
    """'giat' (lowercase) at token ``i`` names an event: before a capitalised name or a
    short form ('giat Bintorwasdal', 'giat P4GN'), before a peN-/ke-/per-…-an noun ('giat
    penyuluhan'), or after a word that opens a noun phrase ('bahwa giat ini'). Before a verb
    or after one it is KBBI's adjective ('giat berlatih', 'bekerja giat')."""
    toks = doc.tokens
    t = toks[i]
    if t.text != "giat" or i + 1 >= len(toks) or not doc.adjacent(t, toks[i + 1]):
        return False
    nxt = toks[i + 1].text
    if nxt[:1].isupper() and not toks[i + 1].initial:
        return True
    if _NOMINAL.fullmatch(nxt):
        return True
    if _VERB_LIKE.match(nxt.lower()):
        return False  # "bahwa giat berlatih …": the adjective before its verb
    before = toks[i - 1].text.lower() if i > 0 and doc.adjacent(toks[i - 1], t) else ""
    return before in _NOUN_PHRASE_OPENERS


def giat_before_verb(doc: Doc, i: int) -> bool:
    """'giat' at token ``i`` before a meN- verb: KBBI's adjective ('itu giat membersihkan');
    not before 'tersebut' or a noun ('giat bersih-bersih')."""
    from kabar_desktop.check.rules.commas import is_verb

    toks = doc.tokens
    if i + 1 >= len(toks) or not doc.adjacent(toks[i], toks[i + 1]):
        return False
    nxt = toks[i + 1].text
    return nxt.startswith("me") and is_verb(nxt)


# --- N1: a count before a capitalised noun or a short form ---------------------------------
# EYD V: a number of one or two words is spelled out in running text; the noun it counts
# may be capitalised ("kepada 13 Kepala UPT") or a short form ("di 10 UPT", "2 WNA").
_COUNTING_WORDS = FUNCTION_WORDS | words(
    """ada sekitar sebanyak terdapat yakni yaitu hanya baru masih tinggal kurang lebih
    sedikitnya setidaknya sementara sedangkan namun tetapi adapun bahkan"""
)  # the last: conjunctions that open a clause whose subject the count is ("Sementara 4 WNA")
_VERB_BEFORE = re.compile(r"(?:me|be|di|te)[a-z]{3,}")
_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Za-z]+) $")
_ACTION_NOUN = re.compile(r"pe[mnr]?[a-z]{4,}an")
# Names of months and days that follow a day's number ("1 Syawal", "17 Agustus").
_CALENDAR = frozenset(
    w.lower() for w in MONTH_ALTERNATION.split("|") + WEEKDAY_ALTERNATION.split("|")
) | HIJRI_MONTHS
_NOT_COUNTED = words(
    """wib wita wit km kg cm mm ha ml persen juta ribu miliar triliun rupiah tahun hari ayat
    pasal nomor angka huruf"""
)


def capital_count(text: str, s: int, m: re.Match) -> bool:
    """Whether the number in ``m`` (digits, then a capitalised word or a short form) counts
    that noun: after a verb or a word that leads to a count, a noun the lists know that is
    no month, no unit and no verb."""
    from kabar_desktop.check.spelling import speller

    n, noun = int(m.group(1)), m.group(2)
    lower = noun.lower()
    if not 0 < n < 100 or lower in _CALENDAR or lower in _NOT_COUNTED or len(noun) < 2:
        return False
    check = speller()
    if noun.isupper() and text[max(s, m.start() - 2) : m.start()] == ", ":
        return lower in check.lists.short_forms  # "Pada Juli, 2 WNA kembali": the clause's count
    before = _WORD_BEFORE.search(text, max(s, m.start() - 30), m.start())
    if before is None:
        return False
    word = before.group(1).lower()
    # after a verb, a word leading to a count, or an act's noun ("pembukaan 5 Pos Bapas")
    if not (
        word in _COUNTING_WORDS or _VERB_BEFORE.fullmatch(word) or _ACTION_NOUN.fullmatch(word)
    ):
        return False
    if noun.isupper():
        return lower in check.lists.short_forms
    if _VERB_BEFORE.match(lower) and not lower.endswith("an"):
        return False  # "2 Diterima": a verb, no noun
    return check.known(lower) or lower in POSITIONS


# --- W9: a foreign word's English neighbours -----------------------------------------------
# An English word the Indonesian lists do not know: a gerund in -ing, or English letters
# Indonesian spelling does not use (c, x, ph, doubled consonants, -tion, -ity…).
_ENGLISH_SHAPE = re.compile(r"[a-z]{3,}ing|.*(?:c|x|ph|([bdfgklmnprst])\1|tion|ity|ive)")


def _english_word(doc: Doc, t: Token) -> bool:
    from kabar_desktop.check.places import is_place_word
    from kabar_desktop.check.spelling import speller
    from kabar_desktop.check.tables import FOREIGN_ONLY_IN_PAIRS

    text = t.text
    if not (text[:1].isupper() and text[1:].islower() and text.isalpha()) or len(text) < 3:
        return False
    lower = text.lower()
    if lower in FOREIGN_ONLY_IN_PAIRS:
        return True  # "Fun Games", "Open House": English beside English
    if not _ENGLISH_SHAPE.match(lower) or is_place_word(text):
        return False
    check = speller()
    return not check.known(lower) and lower not in check.lists.short_forms


def english_run(doc: Doc, i: int, j: int) -> tuple[int, int]:
    """The first and last token of the foreign group ``i``..``j - 1`` widened over the
    capitalised English words right beside it ('Morning Meeting', 'Meeting Clinic'): the
    phrase is English as a whole, not a name with an English word in it."""
    toks = doc.tokens
    first, last = i, j - 1
    if not toks[first].text[:1].isupper():
        return first, last
    while first > 0 and doc.adjacent(toks[first - 1], toks[first]):
        if not _english_word(doc, toks[first - 1]) or toks[first - 1].initial:
            break
        first -= 1
    while last + 1 < len(toks) and doc.adjacent(toks[last], toks[last + 1]):
        if not _english_word(doc, toks[last + 1]):
            break
        last += 1
    return first, last


# --- S8: "berapa" (how many) for "beberapa" (some) -----------------------------------------
# KBBI: berapa asks a number; beberapa is "some". A sentence that opens with "Berapa" and a
# noun and ends with a full stop states, not asks: "Berapa orang kami ajak bicara." → Beberapa.
_BERAPA = re.compile(r"([Bb])erapa (?=[a-z]{3,})")


def berapa_for_beberapa(doc: Doc) -> Iterator[Hit]:
    from kabar_desktop.check.spelling import speller

    text = doc.text
    if "erapa " not in text:
        return
    check = speller()
    for para in doc.prose_paras():
        for s, e in para.sentences:
            begin = s + 1 if text[s : s + 1] in "\"“'‘" else s
            m = _BERAPA.match(text, begin, e)
            if m is None or text[s:e].rstrip("\"”’' ").endswith("?") or "?" in text[s:e]:
                continue
            noun = re.match(r"[a-z]+", text[m.end() : e])
            if noun is None or not check.known(noun.group()) or noun.group() in FUNCTION_WORDS:
                continue
            if noun.group() in words("banyak lama jauh besar kali"):
                continue  # "Berapa banyak …": an exclamation or a question without its mark
            fixed = f"{m.group(1)}eberapa"
            yield Hit(
                m.start(),
                m.start() + 6,
                N_("'Berapa' asks how many; for 'some' write '{fix}'."),
                fixed,
                {"word": "Berapa", "fix": fixed},
            )


# --- W19: an Indonesian prefix glued to an English word ------------------------------------
# EYD V (II.H): a foreign root takes an Indonesian affix with a hyphen, the root in italics
# ("di-upload"); glued ("diupload", "mendownload") it is neither language.
_PREFIXED_WORD = re.compile(
    r"\b(?i:(meng|meny|mem|men|me|di|ter|ber|dipe|diper))([a-z]{4,}?)(kan|i|nya)?\b"
)


def prefixed_foreign(doc: Doc) -> Iterator[Hit]:
    from kabar_desktop.check.spelling import speller
    from kabar_desktop.check.tables import FOREIGN_EQUIVALENTS, FOREIGN_WORDS

    check = speller()
    for para in doc.prose_paras():
        for m in _PREFIXED_WORD.finditer(doc.text, para.start, para.end):
            root = m.group(2).lower()
            if root not in FOREIGN_WORDS or " " in root or check.known(m.group().lower()):
                continue
            if m.group(1).lower() in ("me", "ter", "ber") and root[:1] not in "lrwyaeiou":
                continue  # "men"/"mem" read the root's own sound: "me" + "download" is no form
            word = m.group()
            right = FOREIGN_EQUIVALENTS.get(root)
            yield Hit(
                m.start(),
                m.end(),
                N_(
                    "'{word}' puts an Indonesian prefix on an English word: use the Indonesian "
                    "verb, or the English word in italics."
                ),
                None,
                {"word": word, "fix": right or ""},
            )


# --- S8: "iya" (yes) for the pronoun "ia" ----------------------------------------------
# KBBI: iya is "ya" (yes); the third person is "ia". Before a verb, outside a speaker's words,
# it is the pronoun: "Iya berharap …" → "Ia berharap".
_IYA = re.compile(r"\b([Ii])ya (?=(?:me|ber|ter|di|mem|men|meng)[a-z]{3,}\b|juga\b|akan\b|pun\b)")


def iya_for_ia(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    if "Iya " not in text and "iya " not in text:
        return
    for m in _IYA.finditer(text):
        if doc.in_quote(m.start()):
            continue  # "Iya, kami …": a speaker says yes
        fixed = f"{m.group(1)}a"
        yield Hit(
            m.start(),
            m.start() + 3,
            N_("'Iya' means yes; the pronoun is '{fix}'."),
            fixed,
            {"word": m.group(1) + "ya", "fix": fixed},
        )


# --- S9: organisations' own names ----------------------------------------------------------
# The organisations of civil servants' and soldiers' wives write "Dharma" with its h (their
# statutes: Dharma Wanita Persatuan, Dharma Pertiwi), as a name keeps its old spelling.
_ORGANISATIONS = re.compile(r"\b[Dd]arma (Wanita|Pertiwi)\b")


def organisation_names(doc: Doc) -> Iterator[Hit]:
    if "arma " not in doc.text:
        return
    for m in _ORGANISATIONS.finditer(doc.text):
        fixed = f"Dharma {m.group(1)}"
        yield Hit(
            m.start(),
            m.end(),
            N_("'{word}' is written in its own form: '{fix}'."),
            fixed,
            {"word": m.group(), "fix": fixed},
        )


# The airport (and the port's offices named after it) is 'Soekarno-Hatta', with its hyphen;
# a street keeps the city's own form ('Jalan Soekarno Hatta'): 8 of 8 marked, 1 street left.
_AIRPORT = re.compile(r"(?<!Jalan )(?<!Jl\. )(?<!Jln\. )(?<!Jl )\b(S[oe]?ekarno|Sukarno) Hatta\b")


def airport_names(doc: Doc) -> Iterator[Hit]:
    if " Hatta" not in doc.text:
        return
    for m in _AIRPORT.finditer(doc.text):
        fixed = f"{m.group(1)}-Hatta"
        yield Hit(
            m.start(),
            m.end(),
            N_("'{word}' is written in its own form: '{fix}'."),
            fixed,
            {"word": m.group(), "fix": fixed},
        )


# --- W6: the Dutch -ir verb of an -asi noun ------------------------------------------------
# KBBI lists the -asi noun and its verbs (akomodasi, mengakomodasi), not the -ir form taken
# from Dutch -eren (akomodir, direalisir: tidak baku). A word the lists do not know that is
# an -asi noun the lists know with -ir in its place is that word's standard form.
_IR_WORD = re.compile(r"\b[A-Za-z]{6,}?ir(?:kan|nya)?\b")
_IR_PARTS = re.compile(r"(di|meng|meny|men|mem|me|ter)?([a-z]{4,}?)(is)?ir(kan|nya)?")


@lru_cache(maxsize=2048)
def _ir_fix(lower: str) -> str | None:
    """The standard form of the -ir word ``lower``, or None."""
    from kabar_desktop.check.spelling import speller

    check = speller()
    if check.known(lower):
        return None
    m = _IR_PARTS.fullmatch(lower)
    if m is None:
        return None
    prefix, stem, isir, suffix = (g or "" for g in m.groups())
    noun = stem + isir + "asi"
    if not check.known(noun):
        return None
    if prefix and not check.known(prefix + noun):
        return None  # no verb of the noun the lists know: S1 reports the word
    return prefix + noun + suffix


def ir_verbs(doc: Doc) -> Iterator[Hit]:
    for m in _IR_WORD.finditer(doc.text):
        word = m.group()
        if word[0].isupper() and not word[1:].islower():
            continue
        fixed = _ir_fix(word.lower())
        if fixed is None:
            continue
        fixed = keep_case(word, fixed)
        yield Hit(
            m.start(),
            m.end(),
            N_("The standard form is '{word}'."),
            fixed,
            {"word": fixed},
        )


# --- S2: meN-/peN- before l, r, w, y -------------------------------------------------------
# EYD V (III.B): meN- and peN- are me- and pe- before l, m, n, r, w, y ("merusak",
# "perusakan", "pelaporan"); "mengrusak", "pengrusakan" put a nasal where none is. The word
# the lists know without it is the standard form.
_NASAL_LIQUID = re.compile(r"([mp]e)ng([lrwy][a-z]{3,})")


def formation_slip(word: str, check) -> tuple[str, str] | None:
    """S2's slips of a word the morphology reads as known or leaves: the standard form and
    the kind of slip (a key of spelling.py's messages)."""
    if (nasal := nasal_before_liquid(word, check)) is not None:
        return nasal, "sound"  # "pengrusakan"
    doubled = k_before_kan(word, check)
    return (doubled, "kkan") if doubled is not None else None


def nasal_before_liquid(word: str, check) -> str | None:
    m = _NASAL_LIQUID.fullmatch(word.lower())
    if m is None or check.known(word.lower()):
        return None
    fixed = m.group(1) + m.group(2)
    return fixed if check.known(fixed) else None


def k_before_kan(word: str, check) -> str | None:
    """'diletakan', 'mempraktikan': a root's final k before -kan is written, -kkan (EYD V,
    III.B). The lists know some such forms on a rare root ('leta' + -kan); where the form on
    the k root is far the commoner (ten times, on wordfreq's counts), it is the one meant
    (the sets mark them 2 of 2; session 25)."""
    from kabar_desktop.check.frequency import zipf

    lower = word.lower()
    suffix = next((s for s in ("kannya", "kan") if lower.endswith(s)), "")
    if not suffix or lower.endswith("k" + suffix) or len(lower) < 7 or check._listed(lower):
        return None
    fixed = lower[: -len(suffix)] + "k" + suffix
    return fixed if check.known(fixed) and zipf(fixed) > zipf(lower) + 1.0 else None


# --- S1: the ministry's short form against the name the text gives ------------------------
# Kementerian Hukum dan HAM is Kemenkumham; since 2024 Kementerian Hukum alone is Kemenkum.
# A text that names the ministry of law and human rights, or writes Kemenkumham, writes its
# short form whole.
_LAW_AND_RIGHTS = re.compile(r"Kementerian Hukum dan (?:Hak Asasi Manusia|HAM)\b", re.I)
_LAW_ALONE = re.compile(r"Kementerian Hukum\b(?! dan)", re.I)
_KEMENKUM = re.compile(r"\bKemenkum\b(?![- ]?HAM)", re.I)
# A year after the ministry was split (October 2024): the sets mark the old name, not the new
# one, in such texts (5 findings of 6 were wrong, session 41).
_AFTER_RENAME = re.compile(r"\b20(?:2[5-9]|[3-9]\d)\b")


def ministry_short_form(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    if ("emenkum" not in text and "EMENKUM" not in text) or _KEMENKUM.search(text) is None:
        return
    low = text.lower()
    if not ("kemenkumham" in low or _LAW_AND_RIGHTS.search(text)):
        return
    if _LAW_ALONE.search(text):
        return  # the text names both ministries: each short form may be meant
    if _AFTER_RENAME.search(text):
        return  # a text of 2025 on: 'Kemenkum' is the ministry, 'Kemenkumham' the old name
    for m in _KEMENKUM.finditer(text):
        yield Hit(
            m.start(),
            m.end(),
            N_("The text names Kementerian Hukum dan HAM: its short form is '{fix}'."),
            "Kemenkumham",
            {"word": m.group(), "fix": "Kemenkumham"},
        )
