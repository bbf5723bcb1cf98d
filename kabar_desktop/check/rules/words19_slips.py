"""Round 19 of issue 13, spelling slips and word forms (tests in
tests/check/test_rules_round19_words.py).

- S1: a capitalised word no list knows, of eleven letters or more, that is a word the lists
  list with one letter too many (``kasubsi Regristrasi`` → ``Registrasi``): no name of the
  genre is a long Indonesian word and a letter (as suggest.letter_slip reads the frequent
  words; this reads every listed word, for the long ones only).
- S3: function words, negation and aspect adverbs take no derivational suffix (KBBI lists no
  ``tidakan``): a form of one of them with -an/-kan/-i that the lists do not
  attest is no derivation the writer meant, so S3's "a frequent root's regular derivation"
  does not excuse it (``atau tidakan Keimigrasian`` → ``tindakan``).
- S2: a suffix or a clitic written apart from its word (EYD V: -kan and -nya are written
  solid; -lah written apart is W6's): ``harus menjalan kan tugas`` → ``menjalankan``;
  ``kegiatan nya`` → ``kegiatannya``.
  ``kan`` alone is also the spoken particle (short for ``bukan``: ``itu kan sudah``), so it
  is joined only to a prefixed verb whose -kan form the lists read on the same root.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, lru_cache

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import FUNCTION_WORDS, words
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.spelling import Speller, speller

LONG_LISTED = 11  # a capitalised unknown word this long, a listed word with a letter more


@lru_cache(maxsize=4096)
def long_word_slip(word: str) -> str | None:
    """The one listed word ``word`` is with one letter too many (``Regristrasi``)."""
    lower = word.lower()
    if len(lower) < LONG_LISTED or not lower.isalpha() or not word[1:].islower():
        return None
    check = speller()
    found = set()
    for i in range(len(lower)):
        candidate = lower[:i] + lower[i + 1 :]
        if candidate not in found and check._listed(candidate):
            found.add(candidate)
    if len(found) != 1:
        return None
    fix = found.pop()
    return fix[0].upper() + fix[1:] if word[0].isupper() else fix


LONGEST_SLIP = 30  # letters: longer is no word to mend (and a pasted run costs n² to try)


def stutter_slip(word: str) -> str | None:
    """The one known word ``word`` is with a syllable typed twice (``Kemementerian``,
    ``penempatatan``; heldout23): the letters repeated dropped once. A syllable opens with a
    consonant: a vowel's repeat is a name's (``Siapiapi``)."""
    lower = word.lower()
    if not 8 <= len(lower) <= LONGEST_SLIP or not lower.isalpha() or not word[1:].islower():
        return None
    check = speller()
    found = set()
    for size in (2, 3):
        for i in range(1, len(lower) - 2 * size + 1):
            unit = lower[i : i + size]
            if unit == lower[i + size : i + 2 * size] and unit[0] not in "aiueo":
                candidate = lower[: i + size] + lower[i + 2 * size :]
                if len(candidate) >= 7 and check.known(candidate):
                    found.add(candidate)
    if len(found) != 1:
        return None
    fix = found.pop()
    return fix[0].upper() + fix[1:] if word[0].isupper() else fix


OFTEN_USED = 4.0  # Zipf: ten times in a million words


def dropped_letter_slip(word: str, check: Speller) -> str | None:
    """The often used word a lowercase ``word`` is with one letter left out, where the affix
    rules alone accept ``word`` and no one uses it (``pemeritah`` → ``pemerintah``,
    ``mencapi`` → ``mencapai``, ``tidakan`` → ``tindakan``; session thirteen). Over the 24 sets
    this read 11 marked slips and 3 real words (``pelindungan``, ``penebaran``, ``bekali``);
    a substituted letter read far worse (``dijalin`` is no ``dijamin``), so only a dropped
    one, into a word used ten times in a million or more."""
    from kabar_desktop.check.frequency import zipf

    if not 5 <= len(word) <= LONGEST_SLIP or not word.isalpha() or not word.islower():
        return None
    if check._listed(word):
        return None
    if zipf(word) > 0:
        return None  # in use, however it is built
    return _put_back(word, check, OFTEN_USED)


def _put_back(word: str, check: Speller, least: float) -> str | None:
    """The most used known word of Zipf ``least`` or more that ``word`` is a letter short of."""
    from kabar_desktop.check.frequency import zipf

    found = {
        c
        for i in range(len(word) + 1)
        for letter in _LETTERS
        if (c := word[:i] + letter + word[i:]) and zipf(c) >= least and check.known(c)
    }
    return max(found, key=zipf) if found else None


VERY_COMMON = 5.5  # Zipf: three times in ten thousand words ('sebagai', 'dengan', 'kegiatan')


def common_word_short(word: str, check: Speller) -> str | None:
    """Session 30: the very common word a word read only through its affixes is a letter
    short of, used a hundred times as often: ``sebagi`` (se- + 'bagi', which no one means)
    → ``sebagai`` (the sets mark it 6 of 6)."""
    from kabar_desktop.check.frequency import zipf

    if not 5 <= len(word) <= LONGEST_SLIP or not word.isalpha() or check._listed(word):
        return None
    least = max(VERY_COMMON, zipf(word) + 2)
    found = [c for c in _very_common_short().get(word, ()) if zipf(c) >= least and check.known(c)]
    return max(found, key=zipf) if found else None


@cache
def _very_common_short() -> dict[str, list[str]]:
    """Each very common word with one letter left out → the words it comes from: read once,
    so a check asks one look-up per word, not 26 × its length."""
    from kabar_desktop.check.frequency import very_common
    from kabar_desktop.check.suggest import deletion_index

    return deletion_index(set(very_common(VERY_COMMON)))


def unknown_dropped_letter(word: str, check: Speller, margin: float = 1.0) -> str | None:
    """For a word the lists do not know: the often used word it is a letter short of, used
    ten times as often as the slip (``kontruksi``, a common slip itself, for ``konstruksi``;
    heldout24); ``margin`` 0.7: five times as often."""
    from kabar_desktop.check.frequency import zipf

    if not 7 <= len(word) <= LONGEST_SLIP or not word.isalpha() or not word.islower():
        return None
    return _put_back(word, check, max(OFTEN_USED, zipf(word) + margin))


# Words that take no derivational suffix: negation, aspect and degree adverbs, and the
# function words (KBBI gives none of them -an, -kan or -i).
NO_AFFIX_ROOTS = FUNCTION_WORDS | words(
    """tidak tak bukan belum sudah telah sedang masih juga pula hanya sangat amat paling
    lebih kurang agak cukup pernah segera baru lagi saja pun ini itu"""
)


def affixed_function_word(lower: str, check: Speller) -> bool:
    """Is ``lower`` read only as a suffix on a word that takes none ('tidakan')?"""
    if check.attested(lower) or check._listed(lower):
        return False
    readings = check.readings(lower)
    return bool(readings) and all(
        r.root in NO_AFFIX_ROOTS and r.suffix in ("an", "kan", "i") for r in readings
    )


_VERB_PREFIXES = frozenset({"meN", "di", "memper", "diper", "per", "ber", "ter"})


# Round 24: the enclitic pronouns -ku and -mu are written solid like -nya (EYD V, II.D:
# "karyamu", "bukuku"): "karya terbaik mu" → "terbaikmu".
_CLITICS = ("kan", "nya", "mu", "ku")


def split_suffixes(doc: Doc) -> Iterator[Hit]:
    """S2: '-kan', '-nya', '-mu' and '-ku' written apart from the word they end."""
    toks = doc.tokens
    text = doc.text
    if not any(f" {c}" in text for c in _CLITICS):
        return  # ("tidak lah" is W6's: the particle -lah written apart)
    check = speller()
    for i in range(1, len(toks)):
        t, u = toks[i - 1], toks[i]
        suffix = u.text
        if suffix not in _CLITICS or text[t.end : u.start] != " ":
            continue
        word = t.text
        if len(word) < 3 or not word.isalpha() or not word.islower():
            continue
        if doc.is_italic(t.start, u.end):
            continue
        joined = word + suffix
        if not check.known(joined):
            continue
        if suffix == "kan" and word in ("memang", "sudah", "masih", "harus", "bisa", "pernah"):
            continue  # "memang kan ada tugas pokok": the spoken 'kan' (bukan), probe89
        if suffix == "kan":
            roots = {
                r.root
                for r in check.readings(word)
                if r.prefixes and r.prefixes[0] in _VERB_PREFIXES
            }
            if not any(r.suffix == "kan" and r.root in roots for r in check.readings(joined)):
                continue  # "itu kan", "mereka kan": the spoken particle
        yield Hit(
            t.start,
            u.end,
            N_("KBBI writes this as one word: '{word}'."),
            joined,
            {"word": joined},
        )


# What follows or precedes a common noun and no person's name: a determiner, a relative.
_NOUN_AFTER = words("yang tersebut itu ini baru lama milik")
_NOUN_BEFORE = words("sebuah setiap tiap beberapa para seluruh semua banyak")


def common_noun_use(doc: Doc, i: int, name: str) -> bool:
    """S1: the lowercase word at token ``i`` is a common noun that heads a name elsewhere
    ('tinggal di rusunawa yang disiapkan …' beside 'di Rusunawa Puspa Agro'): it takes a
    determiner or a relative clause as a common noun does, and every capitalised use of it
    opens the name it heads (the first capitalised word of its run), so it is no person's
    name written small ('ujar hery' after 'Hery Kusbandono' stays a finding)."""
    toks = doc.tokens
    after = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
    before = toks[i - 1].text.lower() if i else ""
    if after not in _NOUN_AFTER and before not in _NOUN_BEFORE:
        return False
    heads = 0
    for k, t in enumerate(toks):
        if t.text != name:
            continue
        if t.initial:
            continue  # a sentence's start: its capital says nothing
        prev = toks[k - 1] if k else None
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if prev is not None and doc.adjacent(prev, t) and prev.text[:1].isupper():
            return False  # inside a name, not its head: a person's or a place's own word
        if nxt is None or not doc.adjacent(t, nxt) or not nxt.text[:1].isupper():
            return False  # capitalised alone: the writer's name for it
        heads += 1
    return heads > 0


# --- S3: "inisiasi" (initiation) for "inisiatif" (initiative) ------------------------------
# KBBI: inisiasi "permulaan; pengenalan" takes what is begun after it ("inisiasi program",
# "tahap inisiasi"); inisiatif "prakarsa" takes whose it is ("inisiatif Direktorat Jenderal",
# "atas inisiatif Kepala Lapas"). After "inisiasi" a body or a post that holds the
# initiative (an office's kind, a position, a short form of an institution, a ministry's
# words) is the owner, so the word meant is "inisiatif". Left: a capitalised "Inisiasi" (a
# programme's name, "Inisiasi Menyusu Dini"), and what is begun ("inisiasi Program …").
_AGENT_HEADS = words(
    """direktorat kementerian kantor badan dinas pemerintah pemkab pemkot pemprov ditjen
    kemenkumham kemenimipas kemenkum kanwil divisi bagian bidang seksi lembaga satuan
    pimpinan presiden"""
)


def initiative_slips(doc: Doc) -> Iterator[Hit]:
    from kabar_desktop.check.lexicon import INSTITUTION_KINDS, POSITIONS

    text = doc.text
    if "inisiasi " not in text:
        return
    toks = doc.tokens
    for i, t in enumerate(toks[:-1]):
        if t.text != "inisiasi" or (i and toks[i - 1].text.lower() == "di"):
            continue  # "di inisiasi Pemerintah Desa": the passive typed apart, W2's (probe114)
        k = i + 1
        if toks[k].text == "dari" and k + 1 < len(toks):
            k += 1
        nxt = toks[k]
        if not doc.adjacent(toks[k - 1], nxt) or not nxt.text[:1].isupper():
            continue
        head = nxt.text.lower()
        if head in _AGENT_HEADS or head in POSITIONS or head in INSTITUTION_KINDS:
            yield Hit(
                t.start,
                t.end,
                N_("'{word}' is a word, but a rare one here; did you mean '{fix}'?"),
                "inisiatif",
                {"word": t.text, "fix": "inisiatif"},
            )


def unused_stutter(lower: str, check: Speller) -> str | None:
    """``stutter_slip`` for a word the affix rules read but no one writes: ``tahananannya``
    is tahanan + -an + -nya, a form with no use, and ``tahanannya`` with "na" typed twice
    (heldout24)."""
    from kabar_desktop.check.frequency import zipf

    if check._listed(lower) or zipf(lower) > 0:
        return None
    if any(
        a.suffix
        and a.root.endswith(a.suffix)
        and not any(b.suffix == a.suffix for b in check.readings(a.root))
        for a in check.readings(lower)
    ):
        return None  # "ditekankannya": the root 'tekan' ends as -kan does (heldout70)
    slip = stutter_slip(lower)  # a word the lists know, not "pengetan" for "pengetatan"
    return slip if slip is not None and check.attested(slip) else None


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@lru_cache(maxsize=1024)
def dropped_letter_word(lower: str) -> str | None:
    """S3: the one attested word that a suffixed function word (``affixed_function_word``)
    is with a letter put back (``memperolehkan`` → ``memperbolehkan``, ``tidakan`` →
    ``tindakan``): the letter a hand drops, where the frequent words give no answer. Of two,
    the one on a frequent root (``boleh``, not ``toleh``)."""
    from kabar_desktop.check.suggest import frequent

    check = speller()
    found = set()
    for i in range(1, len(lower)):
        for c in _LETTERS:
            form = lower[:i] + c + lower[i:]
            if check.attested(form) and not affixed_function_word(form, check):
                found.add(form)
    if len(found) > 1:
        common = frequent()
        found = {f for f in found if any(r.root in common for r in check.readings(f))}
    return found.pop() if len(found) == 1 else None
