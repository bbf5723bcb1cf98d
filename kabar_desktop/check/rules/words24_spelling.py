"""Round 24 (issue 13): words S1 must not take for misspellings, read as what they are.

- **The article's own acronym.** An office forms its short words from syllables of the
  words it shortens (``rapat dinas tetap`` → ``Radintap``, ``pembinaan, monitoring,
  pengawasan dan pengendalian`` → ``bintorwasdal``, ``Hukum dan HAM`` → ``kumham``). An
  unknown word that splits into pieces, each a syllable-initial part of one of consecutive
  words of the same article (``dan``, ``serta`` and punctuation between them skipped), is
  the article's word for what it spells out: no misspelling. A piece starts with a
  consonant where an Indonesian syllable can start: the word's first letter, or a consonant
  before a vowel (``te|tap``, ``pem|bi|na|an``); a slip such as ``seingga`` (``se`` +
  ``ingga`` of ``hingga``) or two words glued short (``danang`` of ``dana anggaran``) does
  not split so, and a word one letter from a word of the article or a frequent word is
  that word mistyped (``Kemanan``). The article's own spelling of the word elsewhere still
  holds (``bintorwasdal`` where it writes ``Bintorwasdal`` in mid-sentence).
- **A reporter's initials** between brackets, joined by a slash (``[dny/aje]``,
  ``(rz/ed)``): a credit, no words.
- **A -wan/-wati noun of a known root** (``relawan``, ``budayawan``): KBBI's suffix of people
  who do or have the root, productive on a word the list knows.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.frequency import zipf

_VOWELS = frozenset("aeiou")
_SKIP = frozenset({"dan", "serta", "atau", "&"})
_WORD = re.compile(r"[^\W\d_]+")
# a desk's name may follow the writer's initials: "(adv/dsikominfokukar)" (heldout136)
_INITIALS = re.compile(r"[\[(][^\W\d_]{1,6}(?:/[^\W\d_]{1,20}){1,4}[\])]")
_MAX_WORDS = 6  # an acronym shortens at most six words
_MAX_PIECE = 5  # and takes at most five letters of each ("kemen" of kementerian)


def _starts(word: str) -> list[int]:
    """Offsets in ``word`` where a syllable (hence an acronym's piece) may start."""
    out = [0] if word[:1] not in _VOWELS else []
    for k in range(1, len(word) - 1):
        if word[k] not in _VOWELS and word[k + 1] in _VOWELS:
            out.append(k)  # a consonant before a vowel: "te|tap", "pem|bi"
    return out


def _article_words(doc: Doc) -> list[str]:
    cached = getattr(doc, "_words24_sequence", None)
    if cached is None:
        cached = [w.lower() for w in _WORD.findall(doc.text) if w.lower() not in _SKIP]
        doc._words24_sequence = cached  # type: ignore[attr-defined]
    return cached


def _splits(acronym: str, words: list[str], at: int) -> bool:
    """Whether ``acronym`` splits into pieces of ``words[at:]``, one piece a word, at least two."""
    memo: dict[tuple[int, int], bool] = {}

    def go(pos: int, w: int) -> bool:
        if pos == len(acronym):
            return w - at >= 2
        if w >= len(words) or w - at >= _MAX_WORDS:
            return False
        key = (pos, w)
        if key in memo:
            return memo[key]
        word = words[w]
        ok = False
        if word == acronym:
            memo[key] = False  # the word itself is no piece of its own spelling ("taham")
            return False
        for s in _starts(word):
            n = 0
            while (
                n < _MAX_PIECE
                and s + n < len(word)
                and pos + n < len(acronym)
                and word[s + n] == acronym[pos + n]
            ):
                n += 1
                if n == len(word) > 3:
                    break  # a whole word is no syllable: "demimenunjang" is two words glued
                if n >= 2 and go(pos + n, w + 1):
                    ok = True
                    break
            if ok:
                break
        memo[key] = ok
        return ok

    return go(0, at)


def article_acronym(doc: Doc, word: str) -> bool:
    """Whether ``word`` is formed of syllables of consecutive words of this article."""
    lower = word.lower()
    if len(lower) < 5 or not lower.isalpha():
        return False
    memo = getattr(doc, "_words24_acronyms", None)
    if memo is None:
        memo = {}
        doc._words24_acronyms = memo  # type: ignore[attr-defined]
    if lower not in memo:
        words = _article_words(doc)
        head = lower[:2]
        memo[lower] = not _one_slip(lower, words) and any(
            w != lower and head in w and _splits(lower, words, i) for i, w in enumerate(words)
        )
    return bool(memo[lower])


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter changed, added or dropped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


_GLUED_HEADS = ("di", "ke", "dari", "se", "pada", "untuk", "dan", "yang")


def _known_rest(rest: str) -> bool:
    from kabar_desktop.check.spelling import speller

    return len(rest) >= 3 and speller().known(rest)


def _one_slip(word: str, words: list[str]) -> bool:
    """A slip of a word of the article or of a frequent word (``Kemanan`` of ``keamanan``)
    is that word mistyped, however its letters split."""
    from kabar_desktop.check.suggest import letter_slip

    if letter_slip(word):
        return True
    if any(word.startswith(f) and _known_rest(word[len(f) :]) for f in _GLUED_HEADS):
        return True  # "kedalam", "dimana": a preposition glued to its word (W1's)
    return any(_one_edit(word, w) for w in set(words) if abs(len(w) - len(word)) <= 1)


_BARE_CREDIT = re.compile(r"[a-z]{2,5}(?:/[a-z]{2,5})+[.)]*[ \t]*(?:\n|$)")


def in_initials(doc: Doc, t: Token) -> bool:
    """Whether the token stands in a reporter's initials, bracketed (``[dny/aje]``) or bare
    at a paragraph's end (``… lancar.nrd/ril``)."""
    text = doc.text
    dashed = t.text.lower() == "red" and any(c in text[t.start - 2 : t.start] for c in "-:")
    if (dashed or t.text.lower().endswith("-red")) and _EDITORS_NOTE.match(text, t.end):
        return True  # "(kemarin- red)", "(narapidana:red)": the editor's note after a dash
    if text[t.start - 1 : t.end + 1].lower() == "(red:":
        return True  # "(red: WBP)": the editor's gloss before what it explains (probe103)
    bracketed = "(" in text[max(0, t.start - 30) : t.start]
    if t.text.lower() == "red" and text[t.end : t.end + 1] == ")" and bracketed:
        return True  # "(warga binaan, red)", "(pepuyu red)": the editor's note (probe105)
    if "/" not in text[max(0, t.start - 8) : t.end + 8]:
        return False
    left = max(text.rfind("[", 0, t.start + 1), text.rfind("(", 0, t.start + 1))
    if left >= 0 and t.start - left <= 50:
        m = _INITIALS.match(text, left)
        if m and m.end() >= t.end:
            return True
    # round 26: the credit unbracketed at the paragraph's end ("… lancar.nrd/ril")
    start = t.start
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "/"):
        start -= 1
    return bool(_BARE_CREDIT.match(text, start)) and "/" in text[start : t.end + 8]


_AGENT = re.compile(r"(.{3,}?)(?:wan|wati)")
_PROCESS = re.compile(r"(?:di|me)?(.{4,}?)n?isasi")
_EDITORS_NOTE = re.compile(r"\.?\s*[)\]]")


def agent_noun(word: str, known: Callable[[str], bool]) -> bool:
    """``relawan``, ``budayawan``: a known root with KBBI's -wan/-wati of people; and a
    known noun made a process with -isasi (``labelisasi``, ``papanisasi``, ``pompanisasi``:
    heldout22, 210, 232 leave them), not a slip's (``sosisalisasi``, ``singkronisasi``)."""
    m = _AGENT.fullmatch(word.lower()) or _PROCESS.fullmatch(word.lower())
    return bool(m and len(m.group(1)) >= 4 and known(m.group(1)))


# QWERTY neighbours: a finger that slips lands on one of these.
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOURS: dict[str, set[str]] = {}
for _r, _row in enumerate(_ROWS):
    for _c, _ch in enumerate(_row):
        near = _NEIGHBOURS.setdefault(_ch, set())
        for _dr in (-1, 0, 1):
            if 0 <= _r + _dr < len(_ROWS):
                other = _ROWS[_r + _dr]
                for _dc in (-1, 0, 1):
                    if (_dr, _dc) != (0, 0) and 0 <= _c + _dc < len(other):
                        near.add(other[_c + _dc])


# Letters Indonesian writers exchange by sound: voiced and voiceless stops, f/p/v, s/z.
_SOUND_PAIRS = frozenset(
    frozenset(p) for p in ("pb", "td", "kg", "fp", "fv", "pv", "sz", "ck", "jz", "yi")
)


IN_USE = 3.0  # Zipf: once in a million words (frekuensi-kata.tsv)


def likely_slip(word: str, fix: str) -> bool:
    """Whether ``fix`` is a spelling ``word`` is a likely slip of, when the two are one edit
    apart: two letters swapped, or a key's neighbour struck (``Penegakam``), a letter for one
    of like sound (``menertipkan``), a vowel for a vowel (``Alhamdilillah``), a letter left
    out after the word's first two (``lancr``, ``seingga``), or, in a word of six letters or
    more, one added there (``diharapakan``). A writer does not mistype a
    word's opening (``klaster`` is no slip of ``blaster``, ``stunting`` of ``sunting``), and
    a short word one letter from another is as likely another word (``test``, ``rapid``).
    Suggestions further away are not judged here."""
    w, f = word.lower(), fix.lower()
    if w == f:
        return True
    if len(w) == len(f):
        diff = [k for k in range(len(w)) if w[k] != f[k]]
        if len(diff) == 2 and diff[1] == diff[0] + 1:
            a, b = diff
            return w[a] == f[b] and w[b] == f[a] or a >= 2  # swapped, or judged no further
        if len(diff) != 1:
            return True
        k, was, now = diff[0], w[diff[0]], f[diff[0]]
        return (
            now in _NEIGHBOURS.get(was, set())
            or frozenset((was, now)) in _SOUND_PAIRS  # "menertipkan": p for b
            or (was in _VOWELS and now in _VOWELS and k >= 1)
            or (k >= 2 and was in w[k - 2 : k])  # a letter typed again: "Dekrananda" (round 26)
        )
    if abs(len(w) - len(f)) != 1:
        return True
    short, long_ = sorted((w, f), key=len)
    k = next((i for i in range(len(short)) if short[i] != long_[i]), len(short))
    if long_[:k] + long_[k + 1 :] != short:
        return True  # more than one edit: not judged
    if len(w) < len(f):  # a letter left out after the opening: "lancr", "jug", "seingga";
        # the second letter too in a lowercase word, of a word in use ("pogram": program;
        # "swaka" is no slip of the rare "sewaka"): the warning stands either way, and a
        # name's capital keeps it from being read so (round 26)
        return k >= 2 or (k == 1 and word.islower() and len(f) >= 6 and zipf(f) >= IN_USE)
    return len(w) >= 6 and k >= 2  # a letter too many: only in a longer word


_PROPER: set[str] | None = None


def proper_name(word: str) -> bool:
    """Whether the word list has ``word`` only as a proper name (``Muhammad``, capitalised in
    id_ID.dic): a name written one letter off (``Muhamad``) is another person's spelling of
    the name, no slip."""
    global _PROPER
    if _PROPER is None:
        from kabar_desktop import paths

        names: set[str] = set()
        path = paths.resources_dir() / "dictionaries" / "id_ID.dic"
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                if line[:1].isupper():
                    names.add(line.split("/", 1)[0].strip().lower())
        _PROPER = names
    return word.lower() in _PROPER


_QURAN = re.compile(r" (?:Al-?)?[Qq]ur['’]?an\b|Al-?[Qq]ur['’]?an\b|Alquran\b")


def arabic_construct(doc: Doc, t: Token) -> bool:
    """An Arabic noun in its construct form (-il, the article al- joined) before ``Quran``:
    the name of a branch of the Quran contest (``tilawatil Quran``, ``hifzhil Quran``,
    ``fahmil Quran``, ``syarhil Quran``), Arabic kept as the contest names it."""
    word = t.text.lower()
    return word.endswith("il") and len(word) >= 5 and bool(_QURAN.match(doc.text, t.end))
