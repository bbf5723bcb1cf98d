"""W7's two further kinds of reduplication (called by word_forms.reduplication): a word
doubled with the digit 2 (``rata2``, ``teman2nya``), chat shorthand for ``rata-rata``; and
KBBI's rhyming and changed-sound reduplications written apart (``sayur mayur``, ``lauk pauk``,
``bolak balik``), which EYD V (III.D) hyphenates like a plain one."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import words
from kabar_desktop.check.rules import N_, Hit, keep_case

if TYPE_CHECKING:
    from kabar_desktop.check.spelling import Speller

# Each a KBBI VI Daring entry written with a hyphen (reduplikasi berubah bunyi). "gotong
# royong", "tanya jawab" and "simpang siur" (heldout99) are not here: KBBI writes them apart.
RHYMING = words(
    """sayur-mayur lauk-pauk warna-warni bolak-balik mondar-mandir porak-poranda hiruk-pikuk
    carut-marut kocar-kacir compang-camping seluk-beluk teka-teki serba-serbi
    ramah-tamah sorak-sorai tindak-tanduk asal-usul gerak-gerik lika-liku corat-coret
    pontang-panting tunggang-langgang kerlap-kerlip hingar-bingar kasak-kusuk sebab-musabab
    anak-pinak cerai-berai tumpang-tindih gonta-ganti"""
)
# "rata2", "Teman2nya": a word doubled by a 2 (not "m2", "S2", "B2", "Covid-19").
_DIGIT_TWO = re.compile(r"(?<![\w-])([A-Za-z][a-z]{2,})2(nya)?(?![\w-])")


def _pairs() -> re.Pattern[str]:
    parts = []
    for w in sorted(RHYMING):
        a, b = w.split("-")
        parts.append(f"{a} +{b}")
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)


_RHYMING_APART = _pairs()


def more_reduplications(doc: Doc) -> Iterator[Hit]:
    """The digit-2 and rhyming reduplications in ``doc`` with their hyphenated form."""
    from kabar_desktop.check.spelling import speller

    message = N_("A reduplicated word takes a hyphen: '{word}'.")
    for m in _DIGIT_TWO.finditer(doc.text):
        word, nya = m.group(1), m.group(2) or ""
        if not speller().known(word.lower()):
            continue
        fixed = f"{word}-{word.lower()}{nya}"
        yield Hit(m.start(), m.end(), message, fixed, {"word": fixed})
    for m in _RHYMING_APART.finditer(doc.text):
        a, b = m.group().split()
        if a[:1].isupper():
            i = doc.token_at(m.start())
            if i is None or not doc.tokens[i].initial:
                continue  # "Lauk Pauk" in a capitalised name or title
        fixed = keep_case(a, f"{a.lower()}-{b.lower()}")
        yield Hit(m.start(), m.end(), message, fixed, {"word": fixed})
    yield from name_doubled(doc)  # "Perserikatan Bangsa Bangsa"


# A full reduplication in a name (round 17): EYD V capitalises both halves of it
# ('Perserikatan Bangsa-Bangsa', 'Undang-Undang Keterbukaan Informasi Publik').
_HALF_CAPITAL = re.compile(r"(?<![\w-])([A-Z][a-z]{2,})-([a-z]{3,})(?![\w-])")
_CAPITAL_TWICE = re.compile(r"(?<![\w-])([A-Z][a-z]{3,}) \1(?![\w-])")
_NUMBERED = ("nomor", "no", "no.")
# Pseudo-reduplications (kata ulang semu): one word, no doubled root, so EYD V's capital for
# each half of a name's reduplication does not reach them: 'Alun-alun Blora' (the sets leave
# it 9 times of 9; session 32), 'Festival Kora-kora'.
_PSEUDO = words("alun kora kupu laba lumba kura biri ubur cumi onde ondel kanak")
# 'kanak': KBBI's 'taman kanak-kanak', a kind of school; the sets leave 'Taman Kanak-kanak'
# 20 of 22 (session 40)


def _in_a_name(doc: Doc, start: int, end: int) -> bool:
    """The words at ``start``–``end`` stand mid-sentence inside a name: a capitalised word
    (no sentence's first) right before them, or a capitalised word or a number's 'Nomor'
    right after them."""
    from kabar_desktop.check.rules.case_reading import capitalised, in_title, initial

    i, j = doc.token_at(start), doc.token_at(doc.text.rfind(" ", start, end) + 1 or start)
    if i is None or j is None:
        return False
    toks = doc.tokens
    t = toks[i]
    if initial(doc, t) or in_title(doc, t) or doc.in_quote(t.start, t.end):
        return False
    prev = toks[i - 1] if i and doc.adjacent(toks[i - 1], t) else None
    nxt = toks[j + 1] if j + 1 < len(toks) and doc.adjacent(toks[j], toks[j + 1]) else None
    if prev is not None and capitalised(prev) and not initial(doc, prev):
        return True
    return nxt is not None and (capitalised(nxt) or nxt.text.lower() in _NUMBERED)


def _before_acronym_only(doc: Doc, start: int, end: int) -> bool:
    """Only an acronym after the words, and a lowercase word (or nothing) before them."""
    before = doc.text[max(0, start - 30) : start].split()
    after = doc.text[end : end + 30].split()
    acronym = bool(after) and after[0].strip(".,;:)").isupper()
    return acronym and (not before or before[-1].islower())


def name_reduplications(doc: Doc) -> Iterator[Hit]:
    """K16: 'Undang-undang Keterbukaan' → 'Undang-Undang', both halves of a name's word."""
    for m in _HALF_CAPITAL.finditer(doc.text):
        first, second = m.groups()
        if first.lower() != second or second in _PSEUDO:
            continue
        if not _in_a_name(doc, m.start(), m.end()):
            continue
        if re.match(r" (?:[Nn]omor|[Nn]o\b)", doc.text[m.end() : m.end() + 7]):
            continue  # "Undang-undang Nomor 22": a regulation cited by number is K31's
        if first != "Undang" and _before_acronym_only(doc, m.start(), m.end()):
            # "para pegawai dan Anak-anak PKL", "buatan Ibu-ibu PKK": people, no name's word
            # (probe138; heldout170 marks it lowercase)
            fixed = second + "-" + second
            msg = N_("'{word}' is written in lowercase in the middle of a sentence.")
            yield Hit(m.start(), m.end(), msg, fixed, {"word": fixed})
            continue
        fixed = f"{first}-{first}"
        yield Hit(
            m.start(),
            m.end(),
            N_("A word of a unit's name starts with a capital letter: '{word}'."),
            fixed,
            {"word": fixed},
        )


def name_doubled(doc: Doc) -> Iterator[Hit]:
    """W7: 'Perserikatan Bangsa Bangsa' → 'Bangsa-Bangsa', a name's reduplication written
    apart (a capitalised word twice inside a name)."""
    for m in _CAPITAL_TWICE.finditer(doc.text):
        nxt = re.match(r" ([A-Z]\w+)", doc.text[m.end() : m.end() + 30])
        if not _in_a_name(doc, m.start(), m.end()) or (
            nxt and place_goes_on(m.group(1), nxt.group(1))
        ):
            continue  # "Bandar Bandar Lampung": a place's first word typed twice (probe65)
        if nxt and _english_word(nxt.group(1)):
            continue  # "Rame Rame Food Carnival": a business's own name, as it writes it
        from kabar_desktop.check.rules.words17_forms import doubled_name_word

        if doubled_name_word(m.group(1), m.group(1)):
            continue  # "Kepala Rutan Rutan Purbalingga": W12's word typed twice (probe106)
        fixed = f"{m.group(1)}-{m.group(1)}"
        yield Hit(
            m.start(),
            m.end(),
            N_("A reduplicated word takes a hyphen: '{word}'."),
            fixed,
            {"word": fixed},
        )


def _english_word(word: str) -> bool:
    from kabar_desktop.check.rules.english_words import english_words, indonesian_knows

    low = word.lower()
    return low in english_words() and not indonesian_knows(low)


def doubled_verb(word: str, check: Speller) -> bool:
    """A ber- or meN- verb, no root of the list ('berkas'): its whole is never doubled
    (probe63: 'bertempat bertempat' is typed twice; 'berlari-lari' doubles the root; di- too:
    'diberi diberi', probe145)."""
    return word not in check.lists.stems and any(
        r.prefixes in (("ber",), ("meN",), ("di",)) and r.regular for r in check.readings(word)
    )


def place_goes_on(word: str, nxt: str) -> bool:
    """``word`` and the word after it name a place ('Bandar Lampung')."""
    from kabar_desktop.check.places import place_names

    return f"{word} {nxt}" in place_names()


# W12, not W7: the parts of a regulation, each one named by its number ("Pasal 32 ayat 3"),
# are single items; "ayat ayat 3" is a slip for "ayat 3", never a plural.
_NUMBERED_PARTS = words("pasal ayat huruf angka nomor bab butir tahun")  # "tahun tahun 2021"


def numbered_twice(doc: Doc, t: Token, u: Token) -> bool:
    """Whether ``t`` ``u`` is a regulation's part written twice before its number."""
    low = t.text.lower()
    return (
        low in _NUMBERED_PARTS
        and u.text.lower() == low
        and doc.adjacent(t, u)
        and re.match(r" \(?\d", doc.text[u.end : u.end + 3]) is not None
    )


def stray_salah(doc: Doc, t: Token, u: Token) -> bool:
    """'cabai salah salah satu komoditas': 'salah satu' with its first word typed twice, a
    slip W12 reports, no reduplication for W7 (probe103)."""
    return t.text.lower() == u.text == "salah" and doc.text.startswith(" satu ", u.end)


# Moved from word_forms.py (session 29), W7's reading of a pair of words.
_REDUP_SUFFIXES = ("", "i", "kan")  # KBBI: maaf-memaafkan, hormat-menghormati


_COUNTS = words("dua tiga empat lima enam tujuh delapan sembilan sepuluh")
_MODALS = words("dapat bisa harus mampu lalu siap ingin mau perlu wajib")


_VERB_THEN_NOUN = frozenset({"makan", "minum", "pakai"})  # "minum minuman", "pakai pakaian"


def reduplicated(a: str, b: str, check: Speller) -> bool:
    """``a b`` is one reduplicated word written apart: "satu satunya", "bahu membahu"."""
    a, b = a.lower(), b.lower()
    if a == b and doubled_verb(a, check):
        return False  # "bertempat bertempat": a word typed twice (W12), no reduplication
    if a == b and a in _COUNTS:
        return False  # "kendaraan roda tiga tiga unit": a count after a name (probe151)
    if b == a + "an" and a in _VERB_THEN_NOUN:
        return False  # "makan makanan bergizi": a verb and its object (heldout251)
    if a == b or b == a + "an" or b == a + "nya":  # "satu satunya" → "satu-satunya"
        return True
    if any(a.startswith(p) and a[len(p) :] == b for p in ("ber", "se", "ter")):
        return True
    # The confix se-…-nya around a doubled root (KBBI: sebaik-baiknya, sebanyak-banyaknya):
    # 'sebebas bebasnya' → 'sebebas-bebasnya' (round 19).
    if a.startswith("se") and len(a) >= 5 and b == a[2:] + "nya":
        return True
    # 'bahu membahu', 'maaf memaafkan': the root (its first letter melted) in the meN- form
    return (
        b.startswith("me")
        and a not in _MODALS  # a modal; "(2/12) lalu melalui"; "siap menyiapkan" (probe152)
        and len(a) > 2
        and a[1:] in b
        and any(
            r.prefixes == ("meN",) and r.root == a and r.suffix in _REDUP_SUFFIXES
            for r in check.readings(b)
        )
    )


def echoed(text: str, start: int, end: int) -> bool:
    """The same word stands next to ``text[start:end]``, a comma or a space between: a
    sound written as heard ("Krek, krek, krek", heldout243), no word to spell; not the
    end of a hyphened word before it ("pra-ajudikasi, ajudikasi")."""
    low, size = text[start:end].lower(), end - start
    for gap in (", ", " "):
        at, nxt = start - len(gap) - size, end + len(gap) + size
        if at >= 0 and text[at:start].lower() == low + gap and _edge(text, at - 1):
            return True
        if text[end:nxt].lower() == gap + low and _edge(text, nxt):
            return True
    return False


def _edge(text: str, i: int) -> bool:
    """No letter, digit or hyphen at ``i``: a word ends there."""
    return not 0 <= i < len(text) or not (text[i].isalnum() or text[i] == "-")
