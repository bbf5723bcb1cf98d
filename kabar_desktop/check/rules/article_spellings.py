"""S1's readings of a capitalised word against the article itself and the words in use
(session fourteen): the same name or short form written otherwise elsewhere in the article
(``Apri`` beside ``APRI``, ``Suharyonto`` beside two ``Suharyanto``, ``ujar hery`` after
``Hery Kusbandono``), and a frequent word short of a letter or with one vowel for another
(``Kontruksi``, ``Kapolisian``). What is read of the whole article is read once a check and
kept on the document."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import PLACE_LEVELS
from kabar_desktop.check.rules import keep_case
from kabar_desktop.check.rules.spelling_slips import vowel_slip_of
from kabar_desktop.check.rules.words19_slips import unknown_dropped_letter
from kabar_desktop.check.rules.words24_spelling import article_acronym
from kabar_desktop.check.spelling import Speller
from kabar_desktop.check.suggest import one_edit


def written_in_capitals(doc: Doc, word: str) -> str | None:
    """The article's acronym in capitals, for an unknown word written with only its first
    letter capitalised: the same short form, its case slipped."""
    if not 3 <= len(word) <= 4 or not word[1:].islower() or not word.isalpha():
        return None  # longer ones are read as words ("HIWADA" is "Hiwada")
    upper = word.upper()
    if upper not in _body_capitals(doc):
        return None
    same = [doc.tokens[i].text for i in doc.same_words(word.lower())]
    return upper if same.count(word) <= same.count(upper) else None  # probe139:
    # "Sub PIN" seven times, "Pos SUB PIN" once: the one in capitals is the slip


def _body_capitals(doc: Doc) -> frozenset[str]:
    """The words written in capitals outside the title and the dateline (where any word may
    be), read once a check."""
    from kabar_desktop.check.rules.case_reading import in_dateline, in_title

    found = getattr(doc, "_body_capitals", None)
    if found is None:
        found = frozenset(
            t.text
            for t in doc.tokens
            if t.text.isupper() and not in_title(doc, t) and not in_dateline(doc, t)
            and t.start != doc.paras[t.para].start  # 'PIRU, PAStime News —' (probe95)
        )
        doc._body_capitals = found  # type: ignore[attr-defined]
    return found


def article_variant(doc: Doc, word: str) -> str | None:
    """The one capitalised word the article writes at least twice, and more often than
    ``word``, that ``word`` is one slip from: the same name typed wrong once."""
    if len(word) < 5 or not word[1:].islower() or not word.isalpha():
        return None
    counts = _capital_counts(doc)
    mine = counts.get(word, 0)
    found = [
        w
        for w, n in counts.items()
        if n >= 2 and n > mine and w != word and w[:1] == word[:1] and one_edit(w, word)
    ]
    return found[0] if len(found) == 1 else None


def _capital_counts(doc: Doc) -> dict[str, int]:
    """How often each capitalised word (a capital, then lowercase letters) stands in the
    article, counted once a check."""
    counts = getattr(doc, "_capital_counts", None)
    if counts is None:
        counts = {}
        for t in doc.tokens:
            w = t.text
            if len(w) >= 5 and w[:1].isupper() and w[1:].islower() and w.isalpha():
                counts[w] = counts.get(w, 0) + 1
        doc._capital_counts = counts  # type: ignore[attr-defined]
    return counts


def dropped_in_capital(word: str, check: Speller) -> str | None:
    """A capitalised word the lists do not know, a letter short of a word used ten times in a
    million and ten times as often as it (``Kontruksi`` → ``Konstruksi``; heldout24)."""
    if not word[1:].islower():
        return None
    slip = unknown_dropped_letter(word.lower(), check)
    return keep_case(word, slip) if slip else None


def vowel_slip_after_word(doc: Doc, t: Token, word: str) -> str | None:
    """``vowel_slip_of`` after a lowercase word that names no speaker, with no comma between:
    "diantaranya Kapolisian, Kejaksaan"; not a name after its post ("Sulbar, Parlindungan")
    or after a verb ("ujar Parlindungan", "disampaikan Parlindungan")."""
    from kabar_desktop.check.lexicon import ATTRIBUTION_VERBS
    from kabar_desktop.check.rules.commas import is_verb

    i = doc.token_at(t.start)
    if not i:
        return None
    prev = doc.tokens[i - 1]
    if doc.text[prev.end : t.start] != " " or not prev.text.islower():
        return None
    stem = prev.text[:-3] if prev.text.endswith("nya") else prev.text
    if stem in ATTRIBUTION_VERBS or is_verb(prev.text):
        return None  # "ujar Parlindungan", "disampaikan Parlindungan": the speaker, a name
    return vowel_slip_of(word)


# A level word before a place's name: "Desa Peninjoan" once, "desa peninjoan" four times
# (probe102) is a village's name written lowercase, not a common word a title capitalised.
_PLACE_LEVEL = r"\b(?:Desa|Kelurahan|Kecamatan|Kabupaten|Kota|Dusun|Kampung|Pekon) "


def _slip_of_frequent(word: str) -> bool:
    """A long word no list knows, one slip from a frequent word of the news."""
    from kabar_desktop.check.frequency import zipf
    from kabar_desktop.check.spelling import speller

    check = speller()
    if len(word) < 7 or check.known(word):
        return False
    return any(zipf(s) >= 3.5 for s in check.quick_suggestions(word, 2))


def name_written_lowercase(doc: Doc, word: str) -> str | None:
    """A lowercase word the text writes elsewhere capitalised in a person's or a place's
    name ('ujar hery' where 'Hery Kusbandono' stands before): that name, not a near word."""
    name = word[:1].upper() + word[1:]
    if name not in doc.names or _slip_of_frequent(word):
        return None  # "perpusatakaan" beside "Seksi … Perpusatakaan": one slip, two cases (p147)
    # Round 24: a title capitalises every word, so its capital says nothing of the article's
    # own acronym ("Tim Gelar Bintor Wasdal" … "pembinaan, monitoring, pengawasan dan
    # pengendalian (bintor wasdal)"); a name ("aplikasi Zoom") it does say.
    # heldout50: so does a word the body writes in lowercase twice or more ("Budidaya Lele
    # Bioflok" … "sistem bioflok"): the title's capitals, no name's
    same = [doc.tokens[i] for i in doc.same_words(word.lower())]
    written = sum(t.text == word for t in same)  # the times it stands in lowercase
    capitals = sum(t.text == name and not t.initial for t in same)
    placed = re.search(_PLACE_LEVEL + re.escape(name) + r"\b", doc.text) is not None
    if written >= 3 and written > capitals and not placed:
        return None  # "bioflok" five times, "Bioflok" once or twice: the capital is the slip
    title_case_only = article_acronym(doc, word) or written >= 2
    title_case_only = title_case_only or _affixed_word(word)  # "Lapas … Masifkan …" (probe68)
    for i, t in enumerate(doc.tokens):
        if t.text != name or t.initial or (title_case_only and doc.paras[t.para].kind == "title"):
            continue
        long_run = not placed and _run_length(doc, i) >= 4
        if long_run and (title_case_only or doc.in_quote(t.start, t.end)):
            continue  # "Rapat Percepatan Penurunan Stunting": an event's title (probe62); a
            # slogan quoted in title case: '"Leweung Hejo Rakyat Ngejo"' (probe95)
        if any(True for _ in capitalised_neighbours(doc, i)):
            return name
    return None


def _affixed_word(word: str) -> bool:
    """``word`` reads as affixes on a root the list knows ('masifkan': masif + -kan): a word
    of the language, which a title's capital does not make a name."""
    from kabar_desktop.check.spelling import speller

    check = speller()
    return any(a.derived and check.known(a.root) for a in check.readings(word.lower()))


def _run_length(doc: Doc, i: int) -> int:
    """How many capitalised words stand together with token ``i``."""
    toks, n = doc.tokens, 1
    for step in (-1, 1):
        j = i
        while 0 <= j + step < len(toks) and toks[j + step].text[:1].isupper():
            a, b = sorted((toks[j], toks[j + step]), key=lambda t: t.start)
            if not doc.adjacent(a, b):
                break
            j, n = j + step, n + 1
    return n


def capitalised_neighbours(doc: Doc, i: int) -> Iterator[Token]:
    """The capitalised words right beside token ``i``."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(doc.tokens):
            a, b = sorted((doc.tokens[i], doc.tokens[j]), key=lambda t: t.start)
            if doc.adjacent(a, b) and doc.tokens[j].text[:1].isupper():
                yield doc.tokens[j]


def person_name_word(doc: Doc, word: str, at: int) -> bool:
    """``word`` opens a person's name elsewhere in the article, before a capitalised word no
    list knows and no place ("Yoga Aditya Ruswanto" … ", Yoga belum mengetahuinya";
    heldout27), though KBBI has the word too; the token at ``at`` itself is not asked."""
    return any(start != at for start in _name_openers(doc).get(word, ()))


def unlisted_name(word: str) -> bool:
    """``word`` is in title case and no list knows it, as an office, a place or a word: a
    person's name ("Sinuraya", "Ruswanto")."""
    from kabar_desktop.check.lexicon import INSTITUTIONS
    from kabar_desktop.check.places import is_place_word
    from kabar_desktop.check.spelling import speller

    if not word[:1].isupper() or not word[1:].islower():
        return False
    lower = word.lower()
    return lower not in INSTITUTIONS and not is_place_word(lower) and not speller().known(lower)


def _name_openers(doc: Doc) -> dict[str, list[int]]:
    """Each word that stands, not first in its sentence, before a capitalised word no list
    knows and no place, with where it stands; read once a check."""
    found = getattr(doc, "_name_openers", None)
    if found is not None:
        return found
    found = {}
    toks = doc.tokens
    unlisted: dict[str, bool] = {}  # each word asked once (the lists' look-ups are dear)
    for t, u in zip(toks, toks[1:], strict=False):
        word = u.text
        if t.initial or not word[:1].isupper() or not word[1:].islower():
            continue
        if t.text.lower() in PLACE_LEVELS:
            continue  # "Desa Sidosari": a place's name, whatever the list knows (session 31)
        if word not in unlisted:
            unlisted[word] = unlisted_name(word)
        if unlisted[word] and doc.adjacent(t, u):
            found.setdefault(t.text, []).append(t.start)
    doc._name_openers = found  # type: ignore[attr-defined]
    return found
