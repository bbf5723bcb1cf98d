"""A small reader of a sentence's clauses, shared by the rules about fragments and commas.

Indonesian grammar (Tata Bahasa Baku; EYD V, Tanda Titik and Tanda Koma) says what a whole
sentence is: a main clause, a subject and a predicate, maybe with a subordinate clause before
or after it. A subordinate clause opens with a subordinating conjunction (EYD V's list of
kata penghubung intrakalimat: agar, supaya, karena, sebab, kendati, meskipun, walaupun,
sekalipun, biarpun, jika, apabila, bila, kalau, sehingga, sebelum, sesudah, setelah, ketika,
saat, sejak, hingga, sementara …) and does not stand alone: "… semaksimal mungkin. Agar anak
itu bisa …" is a fragment, which belongs to the sentence before.

The reader tells, for a sentence:

- whether it opens with a subordinator (and of which kind: purpose, reason, concession,
  condition, time, means, while) or with a verb whose subject must come before it (a verb of
  composition or measure, ``Terdiri atas …``, ``Berjumlah …``; a passive with its agent
  first, ``Dipimpin oleh …``);
- whether a main clause follows: after the comma that closes the opening clause, a word that
  opens a clause (not a conjunction that joins another subordinate clause or a list's item,
  not 'begitu pula'); in a sentence with no such comma, a subject (a pronoun, a name, a noun
  before a modal) with its predicate after the clause's own predicate, or 'maka'.

It reads words, not meanings, and leans to "whole": when the words allow a main clause, the
sentence is taken as whole. A comma that closes a phrase with no predicate right after the
subordinator ("Karena bagi mereka, …") is the clause's own, not its end.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kabar_desktop.check.lexicon import BARE_VERBS, PLURAL_WORDS, words

# EYD V's subordinating conjunctions, by what the clause says. (Time words are prepositions
# too, "Setelah upacara, …": they open a clause only before a verb; see _TIME.)
SUBORDINATORS: dict[str, str] = {
    **dict.fromkeys(("agar", "supaya", "biar"), "purpose"),
    **dict.fromkeys(("karena", "sebab", "lantaran", "mengingat"), "reason"),  # probe70
    **dict.fromkeys(
        (
            "kendati",
            "kendatipun",
            "meskipun",
            "meski",
            "walaupun",
            "walau",
            "sekalipun",
            "biarpun",
            "sungguhpun",
        ),
        "concession",
    ),
    **dict.fromkeys(
        (
            "jika",
            "jikalau",
            "apabila",
            "bila",
            "bilamana",
            "kalau",
            "asalkan",
            "seandainya",
            "andaikan",
            "manakala",
        ),
        "condition",
    ),
    **dict.fromkeys(
        (
            "ketika",
            "saat",
            "sewaktu",
            "tatkala",
            "setelah",
            "sesudah",
            "sebelum",
            "sejak",
            "semenjak",
            "selama",
            "usai",
            "seusai",
            "hingga",
        ),
        "time",
    ),
    "sehingga": "result",
    "sementara": "while",
}
# Means and purpose phrases that hold a clause: "Dengan maksud meningkatkan …", "Untuk
# meningkatkan …" (a verb right after them, or a noun of intent and then a verb).
_CLAUSE_PREPOSITIONS = words("dengan untuk guna demi")
_INTENT_NOUNS = words("maksud tujuan harapan niat cara")
# A subordinator before these is a connector that points back ("Karena itu, …", "Meski
# begitu …", "Kalau begitu …"): P8's, not a clause.
_POINTERS = words("itu ini demikian begitu tersebut itulah inilah demikianlah begitulah")

# Words that open a predicate: aspect, modality, negation, the copulas and 'ada'.
PREDICATE_WORDS = words(
    """akan telah sudah sedang masih tetap tidak tak belum bukan bisa dapat harus wajib
    perlu mesti mampu boleh ingin mau hendak ada adalah merupakan ialah menjadi"""
)
# Round 24: intransitive root verbs that take no affix as a predicate ("Petaling lahir dari
# kepedulian …", "Gagasan itu muncul dari …"; KBBI: lahir, muncul are verbs). Not 'tumbuh',
# which goes on as a noun in 'masa tumbuh kembang'.
_INTRANSITIVE_ROOTS = words("lahir muncul")
# A predicate's adverbs, inside the predicate group ("bisa langsung datang").
_PREDICATE_ADVERBS = words(
    "juga pun langsung segera terus lagi pula selalu sering kembali sangat lebih cukup hanya"
)
# Verb-shaped words that are prepositions or quantifiers, never a predicate.
_NOT_PREDICATES = words(
    """melalui mengenai menurut menuju menjelang mengingat berbagai diantara diantaranya
    dimana disamping disini disana disitu dibawah diatas didalam diluar dikala disaat
    terlebih terhitung menyangkut"""
)
PREPOSITIONS = words(
    """di ke dari pada kepada dalam dengan untuk bagi oleh tentang terhadap antara sejak
    hingga sampai selama tanpa demi guna bersama melalui menurut sebagai selaku atas
    seperti mengenai terkait soal menuju sekitar per"""
)
_JOINERS = words("yang dan atau serta maupun")
SUBJECT_PRONOUNS = words("ia dia mereka kami kita saya aku pihaknya beliau anda kalian")

# After the comma that closes the opening clause, these go on joining to it (another
# subordinate clause, a list's item, an explanation), not open the main clause.
_NOT_MAIN = words(
    """dan serta atau maupun sedangkan melainkan yaitu yakni seperti termasuk terutama
    khususnya misalnya contohnya sehingga karena sebab agar supaya hingga sampai mulai
    baik ataupun lantaran"""
)
# After a clause of reason, purpose or condition a contrast opens none ("Karena …, tetapi
# …"); after a concession it opens the main clause ("Meski …, namun upacara tetap …").
_CONTRASTS = words("tetapi tapi namun")
# A clause that adds to the one before without a subject of its own: "…, begitu pula
# jendelanya", "…, demikian juga …".
_ADDITIVE = re.compile(r"(?:begitu|demikian)(?:pun| (?:pula|juga|halnya|pun))\b")
# A verb fragment goes on with these: "Disusul A dengan 25 kasus, lalu B …".
_SEQUENCE = words("lalu kemudian disusul diikuti")

_FIRST = re.compile(r"[^\W\d_]+")
_TOKEN = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*|\d+(?:[.,/:]\d+)*|[,;:]")


class Opening(NamedTuple):
    """What opens a sentence: the word's span, the word, its kind."""

    start: int
    end: int
    word: str
    kind: str  # a SUBORDINATORS kind, 'means' (dengan/untuk + verb) or 'verb'


def is_predicate(word: str) -> bool:
    """A word that can open a predicate: a verb by its form, or an aspect, modal, copula."""
    from kabar_desktop.check.rules.commas import is_verb

    low = word.lower()
    if low in PREDICATE_WORDS or low in BARE_VERBS or low in _INTRANSITIVE_ROOTS:
        return True
    if low.endswith("nya") and low.startswith(("me", "di")):
        low = low[:-3]  # "menyitanya", "dilakukannya": the verb and its clitic
    if _BE_VERB.fullmatch(low) and low not in ("beserta", "beberapa"):
        return True  # ber- as be- before a first syllable in -er: "bekerja", "beternak"
    if low in _NOT_PREDICATES or not is_verb(low):
        return False
    if low.startswith("di") and low not in _PASSIVES_SEEN:
        from kabar_desktop.check.rules.preposition_or_verb import solid_preposition
        from kabar_desktop.check.tables import PREPOSITIONS_JOINED

        if low in PREPOSITIONS_JOINED or solid_preposition(low, low):
            return False  # "dimasa pandemi", "disaat itu": the preposition written solid
        _PASSIVES_SEEN.add(low)
    return True


_BE_VERB = re.compile(r"be[bcdfghjklmnpstvwyz]er[a-z]{2,}")
_PASSIVES_SEEN: set[str] = set()  # di- words read as passives once: asked again cheaply


def tokens(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, word) of each word, number and comma, colon or semicolon in [start, end)."""
    return [(m.start(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def opening(text: str, s: int, e: int) -> Opening | None:
    """The subordinator, clause preposition or subject-less verb that opens [s, e), if any."""
    head = _FIRST.match(text, s, e)
    if head is None:
        return None
    low = head.group().lower()
    if not (
        low in SUBORDINATORS
        or low in _CLAUSE_PREPOSITIONS
        or low in _RELATIONAL_VERBS
        or low.startswith("di")
    ):
        return None  # the cheap test first: most sentences open with none of these
    toks = tokens(text, s, e)
    if len(toks) < 3 or toks[0][0] != s:
        return None
    first, second = toks[0][1], toks[1][1]
    low, nxt = first.lower(), second.lower()
    if not first[:1].isupper():
        return None
    kind = SUBORDINATORS.get(low)
    if kind:
        if nxt in _POINTERS or second == ",":
            return None  # "Karena itu, …", "Sebab, …": connectors that point back
        if kind == "time" and not (is_predicate(second) and nxt not in ("ini", "itu")):
            return None  # "Setelah upacara, …", "Sejak 2020 …": a preposition
        return Opening(s, s + len(first), low, kind)
    if low in _CLAUSE_PREPOSITIONS:
        from kabar_desktop.check.rules.commas import is_verb

        verb = toks[2][1].lower() if nxt in _INTENT_NOUNS else nxt
        if is_verb(verb) and verb.startswith("me") and verb not in _NOT_PREDICATES:
            return Opening(s, s + len(first), low, "means")
        return None
    if _subjectless_verb(low, nxt):
        return Opening(s, s + len(first), low, "verb")
    return None


# Verbs of composition, origin, purpose and measure: they say what their subject consists
# of or amounts to, and their subject comes before them (no inversion puts it after:
# "Peserta terdiri atas …", never "Terdiri atas … peserta").
_RELATIONAL_VERBS = words(
    """terdiri berjumlah berasal bertujuan berisi berisikan beranggotakan berkapasitas
    berukuran berdurasi bernilai disusul"""
)
# Verbs of saying in the passive take their agent first and what was said after: "Ditambahkan
# oleh Budi, …" is an attribution, not a fragment.
_SAYING_ROOTS = words(
    """kata tambah jelas sampai ungkap tegas sebut papar terang urai rinci akui kemuka
    utara tutur lapor info umum"""
)


def _subjectless_verb(low: str, nxt: str) -> bool:
    if low in _RELATIONAL_VERBS:
        return True
    if nxt != "oleh" or not low.startswith("di") or not is_predicate(low):
        return False
    root = low[2:]
    root = root[:-3] if root.endswith("kan") else root[:-1] if root.endswith("i") else root
    return root not in _SAYING_ROOTS and not low.endswith("nya")


def main_clause_follows(text: str, op: Opening, e: int) -> bool:
    """Whether a main clause follows what ``op`` opens, in the sentence ending at ``e``."""
    toks = tokens(text, op.end, e)
    low = [w.lower() for _, w in toks]
    if "maka" in low:
        return True  # "Jika …(,) maka …"
    commas = [i for i, w in enumerate(low) if w in (",", ";")]
    start = 0
    clause = list(toks)  # the clause's own words: not those of a clause that goes on
    for i in commas:
        segment = low[start:i]
        rest = low[i + 1 :]
        start = i + 1
        if not rest:
            continue
        # "Jika dalam kondisi normal, …": a condition's or a time's phrase is the clause itself
        opener_phrase = op.kind not in ("verb", "means", "condition", "time")
        opener_phrase = opener_phrase and start - 1 == commas[0]
        if (
            opener_phrase
            and segment
            and segment[0] in PREPOSITIONS
            and not any(is_predicate(w) for w in segment)
        ):
            continue  # "Karena bagi mereka, …": the clause's own opening phrase
        if _goes_on(rest, op.kind) or _list_goes_on(low[:i], rest):
            if len(clause) == len(toks):
                clause = toks[:i]  # "…, sehingga tahanan mudah menggali": its own clause
            continue
        return True
    return _hidden_main([t for t in clause if t[1] not in (",", ";", ":")])


# Words that open a list of examples or parts: the commas after them part its items.
_LIST_OPENERS = words("seperti berupa meliputi yaitu yakni misalnya termasuk")


def _list_goes_on(before: list[str], rest: list[str]) -> bool:
    """The comma parts the items of a list opened inside the clause ('… tempat ibadah seperti
    masjid, aula …'): what follows has no predicate of its own, so no main clause opens."""
    if not any(w in _LIST_OPENERS for w in before):
        return False
    segment = rest[: rest.index(",")] if "," in rest else rest
    return not any(
        is_predicate(w) and segment[k - 1 : k] != ["yang"]
        for k, w in enumerate(segment)
        if w.isalpha()
    )


def _goes_on(rest: list[str], kind: str) -> bool:
    """The words after a comma join what went before instead of opening the main clause."""
    word = rest[0]
    if rest[:2] == ["saat", "ini"]:
        return False  # "Agar …, saat ini pendampingan dilakukan": 'now', the main clause (h119)
    if word in _NOT_MAIN or word in SUBORDINATORS and word not in ("sementara",):
        return True
    if word in _CONTRASTS:
        return kind != "concession"
    if kind == "verb" and word in _SEQUENCE:
        return True
    return bool(_ADDITIVE.match(" ".join(rest[:2])))


def _hidden_main(toks: list[tuple[int, str]]) -> bool:
    """A main clause run on without its comma: after the clause's first predicate, a subject
    (a pronoun, a name, a noun before a modal) and its predicate."""
    words_ = [w for _, w in toks]
    from kabar_desktop.check.rules.seam_openings import seam, subject_after

    if seam(words_) is not None:
        return True  # the seam P30 reports: "Meski hujan sejak pagi peserta tetap …"
    first = next(
        (k for k, w in enumerate(words_) if is_predicate(w) and words_[k - 1 : k] != ["yang"]),
        None,
    )  # the clause's own predicate, not a relative's ("kapal yang membawa deteni tertunda")
    if first is None:
        return False
    if _two_phrases(words_[:first]):
        return True  # "Karena keterbatasan ruang sebagian peserta mengikuti …"
    k = first
    while k < len(words_) and (is_predicate(words_[k]) or words_[k] in _PREDICATE_ADVERBS):
        k += 1
    group_end = k
    if subject_after(words_, group_end):
        return True  # "Setelah berkumpul peserta diarahkan …": whole, its comma unsure
    while k < len(words_):
        w, prev = words_[k], words_[k - 1].lower()
        after_prep = prev in PREPOSITIONS or prev in _JOINERS
        if w in SUBJECT_PRONOUNS and _subject_slot(prev) and k + 1 < len(words_):
            return True  # "Kalau sudah berkumpul mereka kadang lupa", "… itu mereka …"
        if w[:1].isupper() and not after_prep:
            j = k
            while j < len(words_) and (
                words_[j][:1].isupper()
                or words_[j][:1].isdigit()
                or (words_[j] == "dan" and words_[j + 1 : j + 2] != [] and words_[j + 1].istitle())
            ):
                j += 1  # "Kasi Keamanan dan Ketertiban": one name
            if j < len(words_) and words_[j] in ("ini", "itu", "tersebut"):
                j += 1
            if _predicate_near(words_, j):
                return True
            k = j
            continue
        if is_predicate(w) and _after_subject(words_, k, group_end):
            return True  # "… antrean petugas membagi …", "… ini pemohon cukup membawa …"
        k += 1
    return False


# Words that open a new noun phrase (a subject) in the middle of a run of nouns.
_PHRASE_OPENERS = PLURAL_WORDS | words("sebagian")
# A state that a short clause of condition or purpose predicates without a verb: "Jika
# syarat lengkap pemohon …", "Agar suasana kondusif petugas …".
STATES = words(
    """lengkap siap selesai aman lancar tertib baik benar sesuai penuh cukup mudah sulit
    kondusif memadai sehat bersih rapi buruk deras padat ramai sepi macet rusak"""
)


def _two_phrases(before: list[str]) -> bool:
    """The words before the first predicate hold two phrases, the second a subject: a
    quantifier after a noun ("ruang sebagian peserta"), a noun after a demonstrative ("hal
    itu rutan"), a noun after a state ("syarat lengkap pemohon")."""
    cut = next((k for k, w in enumerate(before) if w in PREPOSITIONS or w in _JOINERS), None)
    if cut is not None:
        before = before[:cut]  # "cuaca buruk kapal yang …": the run before a relative
    if len(before) < 3:
        return False
    inner = before[1:-1]
    return (
        any(w in _PHRASE_OPENERS or w in ("ini", "itu", "tersebut") or w in STATES for w in inner)
        or before[-1] in _PHRASE_OPENERS
    )


def _after_subject(words_: list[str], k: int, group_end: int) -> bool:
    """The predicate at ``k`` follows a noun that may be its subject: the word before it (past
    adverbs) is a lowercase word that is no preposition, conjunction, predicate or 'yang',
    not the first predicate's own complement ("dinyatakan selesai menjalani") nor a
    preposition's object ("dari besi berteralis")."""
    j = k - 1
    while j >= 0 and words_[j] in _PREDICATE_ADVERBS:
        j -= 1
    if j < 1 or j - 1 < group_end:
        return False
    noun, before = words_[j].lower(), words_[j - 1].lower()
    if not noun.isalpha() or noun in PREPOSITIONS or noun in _JOINERS or noun in SUBORDINATORS:
        return False
    if is_predicate(noun) or noun in _NOT_SUBJECT_WORDS:
        return False
    return before not in PREPOSITIONS and before not in _JOINERS


# Words before a verb that are no subject: adverbs of manner and degree, the 'se-' words.
_NOT_SUBJECT_WORDS = words(
    """sama sekali secara bersama-sama kembali lebih kurang paling agar supaya untuk guna
    dalam rangka sehingga hingga maka lalu kemudian serta tanpa sambil seraya"""
)


def _subject_slot(prev: str) -> bool:
    """A pronoun after ``prev`` is a subject: after an intransitive ber-/ter- verb, an aspect
    word or a demonstrative; not a possessor (after a noun), an object (after a meN- or di-
    verb) nor a preposition's."""
    if prev in ("ini", "itu", "tersebut") or prev in PREDICATE_WORDS or prev in _PREDICATE_ADVERBS:
        return True  # "… lengkap paspor langsung kami proses"
    return prev.startswith(("ber", "ter")) and is_predicate(prev)


def _predicate_near(words_: list[str], k: int) -> bool:
    """A predicate at ``k``, maybe after an adverb ("Kalapas juga menyampaikan")."""
    if k < len(words_) and words_[k] in _PREDICATE_ADVERBS:
        k += 1
    return k < len(words_) and words_[k][:1].islower() and is_predicate(words_[k])


def joinable(text: str, s: int, para_start: int) -> tuple[int, str] | None:
    """The last word of the sentence before (its offset and text) when the sentence at ``s``
    follows it after '. ' in the same paragraph: the fragment can join it."""
    if s - 2 <= para_start or text[s - 2 : s] != ". ":
        return None
    prev = text.rfind(" ", para_start, s - 2) + 1
    word = text[max(prev, para_start) : s - 2]
    if not word or not (word[-1].isalnum() or word[-1] == ")") or "." in word:
        return None  # "S.H.", "dll.": an abbreviation's stop
    return max(prev, para_start), word
