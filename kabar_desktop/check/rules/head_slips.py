"""The head of a name one slip off: "Kepal Rutan", "Kamenterian Agama", "Kapala Kasi".

A capitalised word the lists do not know is left alone when it may be a name's own word, but
one letter off a post's or an office's head, right before the name's next capitalised word,
it is a slip of that head (``head_slip``; ``post_head_slip``: one vowel off a post's head
before a post's word or short form). S1 (rules/spelling.py) asks this of words it would
otherwise take for a name, and S3 (rules/near_words.py) of words the lists know ("Kepal"
before "Rutan"); the heads and their lookup by length live here, apart from either rule.
"""

from __future__ import annotations

from functools import lru_cache

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import (
    INSTITUTION_KINDS,
    PLACE_LEVELS,
    POSITION_PARTS,
    POSITIONS,
    words,
)
from kabar_desktop.check.rules import keep_case
from kabar_desktop.check.spelling import Speller, speller
from kabar_desktop.check.suggest import one_edit

# The head of a name mid-sentence: an office, a post, or "pandemi" before a disease's name.
_HEADS = frozenset(w for w in POSITIONS if len(w) >= 6) | words(
    "kementerian direktorat sekretariat inspektorat lembaga pandemi perangkat pemerintah"
)
_OFFICE_AFTER = INSTITUTION_KINDS | POSITION_PARTS | {"covid"}


def head_slip(
    doc: Doc, t: Token, word: str, *, office: bool = False, check: Speller | None = None
) -> str | None:
    """A capitalised word one slip from the head of a name, right before the name's next
    capitalised word ("Kepal Rutan", "Kamenterian Agama", "Pendemi Covid-19"): a name's own
    word is rarely one letter off a post or an office. Only a letter dropped from a head of
    six letters or more; a letter changed or two swapped in one of seven or more ("Ketut" is
    no "ketua"). With ``office`` (a word the lists know, S3's: "Kepal"), only before an
    office's kind or short form ("Rutan", "Lapas", "Kanwil") or a disease's name."""
    if t.initial or len(word) < 5 or not word[1:].islower():
        return None
    i = doc.token_at(t.start)
    if i is None or i + 1 >= len(doc.tokens):
        return None
    after = doc.tokens[i + 1]
    if not after.text[:1].isupper() or doc.text[t.end : after.start] != " ":
        return None
    nxt = after.text.lower()
    check = check or speller()
    if office and nxt not in _OFFICE_AFTER and nxt not in check.lists.short_forms:
        return None
    lower = word.lower()
    if lower in POSITIONS or lower in check.lists.short_forms:
        return None  # "Kasubag" is a post's short form itself, not "Kasubbag" slipped
    if (head := _head_of(lower)) or office:
        return head
    before = doc.tokens[i - 1] if i > 0 else None
    if (
        before is not None
        and doc.text[before.end : t.start] == " "
        and before.text[:1].isupper()
        and before.text[1:].islower()
        and not check.known(before.text.lower())
    ):
        return None  # "Jefri Parlindungan Siahaan": a name's word after a name's word
    return _name_word_of(lower)


# The heads by length, so a word is compared only with heads it can be one slip from.
def _by_length(entries: frozenset[str]) -> dict[int, tuple[str, ...]]:
    """``entries`` grouped by their length, each group sorted."""
    out: dict[int, tuple[str, ...]] = {}
    for word in sorted(entries):
        out[len(word)] = (*out.get(len(word), ()), word)
    return out


_HEADS_BY_LENGTH = _by_length(_HEADS)


@lru_cache(maxsize=4096)
def _head_of(lower: str) -> str | None:
    """The one head ``lower`` is a slip of: a letter dropped, or (seven letters or more) a
    letter changed or two swapped."""
    near = _HEADS_BY_LENGTH.get(len(lower) + 1, ())
    if len(lower) >= 7:
        near += _HEADS_BY_LENGTH.get(len(lower), ())
    found = {h for h in near if one_edit(lower, h)}
    if len(found) != 1:
        return None
    head = found.pop()
    return head if head == "pandemi" else head.capitalize()


# The inner words of the offices' names (Permendagri 99/2018's dinas and badan, the ministries'
# field offices): a capitalised word one slip off one of them, before the name's next word,
# is that word ("Dinas Pariwita Provinsi", "Badan Pemeberdayaan Perempuan", "Kelurajan
# Merjosari"; session 41).
_NAME_WORDS = words(
    "pemberdayaan perempuan perlindungan pengendalian kependudukan pencatatan perdagangan "
    "perindustrian koperasi menengah pariwisata kebudayaan pendidikan kesehatan pekerjaan "
    "penataan perumahan permukiman pertanahan lingkungan perhubungan komunikasi informatika "
    "statistik persandian kepemudaan olahraga penanaman pelayanan ketenagakerjaan "
    "transmigrasi ketahanan pertanian perikanan kelautan peternakan perkebunan kehutanan "
    "perpustakaan kearsipan pemerintahan masyarakat kesejahteraan pembangunan perencanaan "
    "penelitian pengembangan keuangan pendapatan pengelolaan kepegawaian penanggulangan "
    "kebakaran penyelamatan kesatuan pemasyarakatan keimigrasian kemasyarakatan pembinaan "
    "kelurahan kecamatan kabupaten provinsi identitas manajemen administrasi perizinan "
    "keluarga berencana"
)
_NAME_WORDS_BY_LENGTH = _by_length(_NAME_WORDS)


@lru_cache(maxsize=4096)
def _name_word_of(lower: str) -> str | None:
    """The one name word ``lower`` is a slip of: one letter off (seven letters or more), or
    one syllable of two letters dropped from a word of nine or more ("perdangan")."""
    if len(lower) < 7:
        return None
    found = {
        w
        for size in (-1, 0, 1)
        for w in _NAME_WORDS_BY_LENGTH.get(len(lower) + size, ())
        if one_edit(lower, w)
    }
    found |= {
        w
        for w in _NAME_WORDS_BY_LENGTH.get(len(lower) + 2, ())
        if len(w) >= 9 and any(w[:i] + w[i + 2 :] == lower for i in range(1, len(w) - 2))
    }
    return found.pop().capitalize() if len(found) == 1 else None


def level_word(slip: str) -> bool:
    """``slip`` mends a word to a region's level ('Kecamatan', 'Kabupaten'): no village's or
    person's name is one letter off it, so a place's head before it does not make it a name's
    word ("Desa Keritang Hulu Kecamtan Kemuning"; session 42)."""
    return slip.lower() in PLACE_LEVELS


# --- S1: a post's head one vowel off -------------------------------------------------------
_VOWELS = frozenset("aeiou")
_HEADS6 = frozenset(w for w in POSITIONS if len(w) >= 5)


@lru_cache(maxsize=2048)
def _vowel_slip(lower: str) -> str | None:
    found = set()
    for head in _HEADS6:
        if len(head) != len(lower):
            continue
        diff = [(a, b) for a, b in zip(lower, head, strict=True) if a != b]
        if len(diff) == 1 and diff[0][0] in _VOWELS and diff[0][1] in _VOWELS:
            found.add(head)
    return found.pop() if len(found) == 1 else None


def post_head_slip(doc: Doc, t: Token, word: str, short_forms: dict[str, str]) -> str | None:
    """'Kapala Kasi' → 'Kepala': a capitalised word the lists do not know, one vowel off a
    post's head, right before a post's word or short form ('Kasi', 'Seksi', 'Divisi')."""
    if len(word) < 5 or not word[1:].islower():
        return None
    i = doc.token_at(t.start)
    if i is None or i + 1 >= len(doc.tokens):
        return None
    after = doc.tokens[i + 1]
    if not after.text[:1].isupper() or doc.text[t.end : after.start] != " ":
        return None
    nxt = after.text.lower()
    if nxt not in POSITIONS and nxt not in POSITION_PARTS and nxt not in short_forms:
        return None
    head = _vowel_slip(word.lower())
    return keep_case(word, head) if head else None
