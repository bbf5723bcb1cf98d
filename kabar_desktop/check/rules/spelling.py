"""Spelling: S1, a word the lists do not know (a warning, with the likeliest correction), and
S2, an affixed form that breaks a rule of Indonesian word formation (an error: the fix is
certain, e.g. ``mensosialisasikan`` → ``menyosialisasikan``, ``penegakkan`` → ``penegakan``).

Words in capitals are checked too, but a name must never look like a typo: a capitalised
word is left alone when the draft names it (speakers, organiser, venue, office), when it is
an office's or a regulation's short form, or when it stands beside another capitalised word
the lists do not know ("Andap Budhi Revianto"), unless it is a sure slip (a suffix typed
twice, a non-standard root, a frequent word short of a letter); in mid-sentence or in the
title it is only reported when it is one slip from a known short form ("Kamwil" → "Kanwil")
or a frequent word with a letter left out ("Kunjungn" → "Kunjungan"). Web addresses,
e-mail addresses, handles and hashtags are not words.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator

from kabar_desktop.check.acronym_forms import defined_in_brackets
from kabar_desktop.check.addresses import address_spans, inside
from kabar_desktop.check.capital_slips import capital_slip
from kabar_desktop.check.document import _DATELINE, Doc, Token
from kabar_desktop.check.far_slips import far_slip
from kabar_desktop.check.lexicon import ABBREVIATIONS, COUNTRIES, FUNCTION_WORDS, LANGUAGES, words
from kabar_desktop.check.places import is_place_word, place_name, place_slip
from kabar_desktop.check.rules import ERROR, N_, WARNING, Hit, keep_case, rule
from kabar_desktop.check.rules.article_spellings import (
    article_variant,
    capitalised_neighbours,
    dropped_in_capital,
    name_written_lowercase,
    vowel_slip_after_word,
    written_in_capitals,
)
from kabar_desktop.check.rules.capitals import WORD_ACRONYMS
from kabar_desktop.check.rules.colloquial import COLLOQUIAL
from kabar_desktop.check.rules.degrees import named_with_degree
from kabar_desktop.check.rules.english_words import english_words
from kabar_desktop.check.rules.foreign_words import in_quoted_name, service_word
from kabar_desktop.check.rules.form_contexts import formation_slip, ministry_short_form
from kabar_desktop.check.rules.head_slips import head_slip, level_word, post_head_slip
from kabar_desktop.check.rules.kind_names import kind_descriptor
from kabar_desktop.check.rules.name_readings import (
    in_name_expansion,
    name_keeps_spelling,
    named_in_text,
    place_or_person_named,
    quoted_etymon,
)
from kabar_desktop.check.rules.reduplicated_forms import echoed
from kabar_desktop.check.rules.short_form_slips import (
    canonical,
    exchanged_short_form,
    short_form_slip,
    short_form_swaps,
)
from kabar_desktop.check.rules.solid_words import known_more
from kabar_desktop.check.rules.spelling_slips import letter_slip_of as _letter_slip
from kabar_desktop.check.rules.spelling_slips import pair_slip_of as _pair_slip
from kabar_desktop.check.rules.spelling_slips import sure_slip as _slip
from kabar_desktop.check.rules.spelling_slips import swapped_slip_of, typed_slip
from kabar_desktop.check.rules.suggestion_choice import offered
from kabar_desktop.check.rules.words18_slips import solid_name
from kabar_desktop.check.rules.words19_slips import (
    common_noun_use,
    dropped_letter_slip,
    long_word_slip,
    split_suffixes,
    stutter_slip,
)
from kabar_desktop.check.rules.words20_forms import apposed_name
from kabar_desktop.check.rules.words22_caps import NAME_PARTICLES, after_honorific
from kabar_desktop.check.rules.words24_spelling import (
    agent_noun,
    arabic_construct,
    article_acronym,
    in_initials,
    likely_slip,
)
from kabar_desktop.check.rules.words25_forms import hyphenated_nya, lone_letters, opens_name
from kabar_desktop.check.spelling import Fix, Speller, speller
from kabar_desktop.check.suggest import frequent
from kabar_desktop.check.tables import (
    FOREIGN_WORDS,
    NONSTANDARD,
    PREPOSITIONS_JOINED,
    SHORTHAND,
    STANDARD_FORMS,
)

# Words another rule corrects with a better message and a fix: no need to look them up.
_RULED = FOREIGN_WORDS | frozenset(PREPOSITIONS_JOINED) | frozenset(NONSTANDARD)
_RULED |= frozenset(STANDARD_FORMS) | frozenset(SHORTHAND) | frozenset(COLLOQUIAL)  # W27
_RULED |= WORD_ACRONYMS | {"ketidak"}  # 'halinar': K9's (heldout33); 'ketidak …': W3's
_NON_WORD = re.compile(r"^\W+|\W+$")
_AFFIXED_FOREIGN = re.compile(r"(?:di|me|meng|men|mem|ter|ber|pe|per)-[a-z]+(?:-?(?:kan|i|nya))?")
# An address's tail parted from its name by a space ("Busernusa .com", "lapas .go.id").
_DOMAIN_TAIL = words("id com org net info io gov edu co biz me tv app go ac or web")
_BOUND_PARTS = words("se non antar pasca pra sub multi semi swa tuna ekstra")
_HYPHENED_SUFFIX_AFTER = frozenset(f"{d}-" for d in "0123456789)’'\"”")  # "‘Nyaba Kampung’-nya"
_APOSTROPHE = re.compile(r"(?<=\w)['’]\w")
_NAME_GLUE = words("for of and the in on at to by with")  # inside a name: "Center for …"
_FIX_MESSAGES = {
    "sound": N_("'{word}': the prefix's sound rule gives '{fix}' (EYD V)."),
    "confix": N_("'{word}': peN-…-kan is no Indonesian affix; write '{fix}'."),
    "per_noun": N_("'{word}': the noun per-…-an keeps the root's one k; write '{fix}'."),
    "nnya": N_("'{word}': -nya after a final n keeps both letters; write '{fix}'."),
    "doubled": N_("'{word}': the suffix is written twice; write '{fix}'."),
    "kkan": N_("'{word}': a root's final k stays before -kan; write '{fix}'."),
    "baku": N_("'{word}' is built on a non-standard root; the standard form is '{fix}' (KBBI)."),
}


@rule("S1", WARNING, N_("Words are spelled as the Indonesian word list has them"))
def spelling(doc: Doc) -> Iterator[Hit]:
    check = speller()
    # Per word, not per place: the word alone is read once a check (names, tables repeat).
    short: dict[str, str | None] = {}
    letter: dict[str, str | None] = {}
    capital: dict[str, str | None] = {}
    near: dict[str, list[str]] = {}
    for t, word in _checked(doc, check):
        if (typed := typed_slip(word)) is not None:
            yield Hit(t.start, t.end, typed[0], typed[1], {"word": word, "fix": typed[1]})
            continue
        if check.known(word) or check.fix(word) is not None or known_more(word):
            continue
        if (spaced := solid_name(word)) is not None:
            msg = N_("'{word}' is not in the Indonesian word list; did you mean '{fix}'?")
            yield Hit(t.start, t.end, msg, spaced, {"word": word, "fix": spaced})
            continue
        if word[0].isupper() and (head := post_head_slip(doc, t, word, check.lists.short_forms)):
            msg = N_("'{word}' is not in the Indonesian word list; did you mean '{fix}'?")
            yield Hit(t.start, t.end, msg, head, {"word": word, "fix": head})
            continue
        if word[0].isupper() and (
            after_honorific(doc, doc.token_at(t.start) or 0) or named_with_degree(doc.text, word)
        ):
            continue  # "Mr. Sardar Ali": a name after a title of address (round 22); before
            # its degree: "Nyoman Karuna, M.Pd" (probe85)
        if word[0].isupper() and (
            other := article_variant(doc, word) or written_in_capitals(doc, word)
        ):  # "Katapang" beside two "Ketapang" (heldout26), "Apri" beside "APRI" (heldout24)
            msg = N_("'{word}' is spelled '{fix}' elsewhere in this article.")
            yield Hit(t.start, t.end, msg, other, {"word": word, "fix": other})
            continue
        if word[0].isupper() and not _as_ordinary_word(doc, t):
            if word not in short:
                short[word] = short_form_slip(word, check)
            hit = short[word]
            if hit is not None and not likely_slip(word, hit):
                hit = None  # round 26: "Dimas" is no "Bimas", "Rakernas" no "Sakernas"
            if hit is not None and (place_or_person_named(doc, t) or _defined(doc, word)):
                continue  # round 26: "Gili Meno": a place; "… kecil (UMK)": the text's (heldout84)
            if hit is not None:
                msg = N_("'{word}' is no short form Kabar knows; did you mean '{fix}'?")
                yield Hit(t.start, t.end, msg, hit, {"word": word, "fix": hit})
            elif (
                slip := _once(letter, word, _letter_slip)
                or _pair_slip(doc, t, word)
                or _once(capital, word, lambda w: capital_slip(w, check))
                or head_slip(doc, t, word, check=check)
                or long_word_slip(word)
                or stutter_slip(word)
                or dropped_in_capital(word, check)
                or swapped_slip_of(word)
                or vowel_slip_after_word(doc, t, word)
            ) is not None and (level_word(slip) or not named_in_text(doc, t)):  # 'ungkap Puang'
                slip = _common_case(doc, t, slip, check)
                msg = N_("'{word}' is not in the Indonesian word list; did you mean '{fix}'?")
                yield Hit(t.start, t.end, msg, slip, {"word": word, "fix": slip})
            continue
        if word.islower() and kind_descriptor(doc, t, word, check):
            continue  # "jeruk bali", "pepaya kalifornia", "lebah klanceng": a kind's name
        if word.islower() and _prayer(doc, t):
            continue  # "sakinah mawaddah wa rahmah": an Arabic formula's word (heldout100)
        place = place_name(word) if word.islower() else None
        if place is not None and not _THING_BEFORE.search(doc.text, max(0, t.start - 10), t.start):
            msg = N_("'{word}' is the name of a place: write '{fix}'.")
            yield Hit(t.start, t.end, msg, place, {"word": word, "fix": place})
            continue
        if (
            word.islower()
            and word not in NAME_PARTICLES  # "the UN Refugee Agency" beside "The …" (round 22)
            and word not in WORD_ACRONYMS  # "Zero Halinar" … "halinar": K9 asks lowercase
            and (name := name_written_lowercase(doc, word)) is not None
            and not common_noun_use(doc, doc.token_at(t.start) or 0, name)
        ):
            msg = N_("'{word}' is spelled '{fix}' elsewhere in this article.")
            yield Hit(t.start, t.end, msg, name, {"word": word, "fix": name})
            continue
        if _article_word(doc, t, word, check) or f"({word.lower()})" in doc.text.lower():
            continue  # round 24: its acronym, initials, -wan; a short form it defines: "(bukber)"
        if word not in near:
            spoken = None if word in LANGUAGES else _spoken_nasal(word, check)  # not "minang"
            if spoken and dropped_letter_slip(word, check):
                spoken = None  # "nyama": 'nyaman' short of its n, no spoken 'menyama' (heldout26)
            near[word] = [spoken] if spoken else []
            near[word] += [s for s in [stutter_slip(word)] if s and not spoken]
            near[word] += [canonical(w, check) for w in check.quick_suggestions(word, 3)]
            if not near[word] and word.islower():  # two slips in a root: "diselengarkan"
                near[word] = [s for s in [far_slip(word, check)] if s]
        found = near[word]
        if word[0].isupper() and apposed_name(doc, t.end) and not _near_function_word(found):
            continue  # round 20: "Niko, Kasubsi Pelayanan Tahanan, …": a name before its post
        if found and found[0] == "me" + word and _in_quote(doc, t):
            continue  # the speaker's own spoken verb ("biar nggak ngamuk")
        if not found and _colloquial(word.lower(), check) and _in_quote(doc, t):
            continue  # a speaker's own colloquial word ("nyenengin", "dibeliin", "ngomong")
        if not found and word[0].isupper():
            continue  # first in its sentence, and no word near it: a name ("Sarjito, …")
        found = offered(word, found)  # round 26: likely slips, ranked by use
        if not found and word[0].isupper() and opens_name(doc, t):
            continue  # round 25: "Dharma Wanita Persatuan …": a name's first word, no slip
        params = {"word": word, "fix": found[0] if found else ""}
        if found:
            msg = N_("'{word}' is not in the Indonesian word list; did you mean '{fix}'?")
            yield Hit(t.start, t.end, msg, found[0], params)
        else:
            yield Hit(
                t.start, t.end, N_("'{word}' is not in the Indonesian word list."), None, params
            )
    yield from short_form_swaps(doc, check)
    yield from _place_slips(doc, check)
    yield from ministry_short_form(doc)  # "Kemenkum" in a text of Kemenkumham
    yield from lone_letters(doc)  # "Saumlaki t berkomitmen" (heldout30, heldout34)


def _article_word(doc: Doc, t: Token, word: str, check: Speller) -> bool:
    """Round 24: a word of this article that no list holds: its own acronym of words it
    spells out, a reporter's bracketed initials, an Arabic construct before Quran, a
    -wan/-wati noun of a known root."""
    return (
        in_initials(doc, t)
        or arabic_construct(doc, t)
        or agent_noun(word, check.known)
        or article_acronym(doc, word)
    )


def _near_function_word(found: list[str]) -> bool:
    """Whether a suggestion is a function word, a frequent word of the news or a sentence
    adverb ('Sedankan' → 'Sedangkan', 'Bagaimanapum' → 'Bagaimanapun'): a slip, no name."""
    common = frequent()
    return any(
        f.lower() in FUNCTION_WORDS or f.lower() in common or f.lower().endswith(("nya", "pun"))
        for f in found[:1]
    )


def _spoken_nasal(word: str, check: Speller) -> str | None:
    """A spoken verb is its meN- form without "me" ("ngamuk", "nyapu", "nulis"): that form,
    when it is a meN- verb the lists know."""
    if not word.islower() or word[:1] not in "mn":
        return None
    form = "me" + word
    if check.known(form) and any(r.prefixes == ("meN",) for r in check.readings(form)):
        return form
    return None


def _once(memo: dict[str, str | None], word: str, work: Callable[[str], str | None]) -> str | None:
    if word not in memo:
        memo[word] = work(word)
    return memo[word]


def _place_slips(doc: Doc, check: Speller) -> Iterator[Hit]:
    """A misspelt city in capitals or in the dateline ("BALIKAPAN –"), which the words S1
    reads leave out."""
    toks = doc.tokens
    for i, t in enumerate(toks):
        word = t.text
        if not word[:1].isupper() or len(word) < 5 or not word.isalpha():
            continue
        dateline = doc.in_frame(t.start, t.end)
        headed = i > 0 and toks[i - 1].text in ("Kota", "Kabupaten")  # "Kota Pangkalpinan"
        if not (dateline or headed or word.isupper()) or not (word.isupper() or word[1:].islower()):
            continue
        lower = word.lower()
        if lower in check.lists.short_forms or check.known(word) or doc.is_italic(t.start, t.end):
            continue
        fix = place_slip(word, districts=dateline, headed=headed)  # a district in a dateline
        if fix is not None:
            msg = N_("'{word}' is no place name Kabar knows; did you mean '{fix}'?")
            yield Hit(t.start, t.end, msg, fix, {"word": word, "fix": fix}, framed=True)


def _common_case(doc: Doc, t: Token, slip: str, check: Speller) -> str:
    """A common word's slip among lowercase words is a common word: "orang Imgran asal" →
    "imigran" (K3 would ask for the small letter next)."""
    lower = slip.lower()
    if " " in slip or not check._listed(lower) or is_place_word(lower) or lower in COUNTRIES:
        return slip  # a country keeps its capital ("pemuda Asutralia" → "Australia")
    toks = doc.tokens
    i = bisect.bisect_left(toks, t.start, key=lambda tok: tok.start)
    before = toks[i - 1] if i and doc.adjacent(toks[i - 1], t) else None
    after = toks[i + 1] if i + 1 < len(toks) and doc.adjacent(t, toks[i + 1]) else None
    if before is None or not before.text[:1].islower():
        return slip
    return lower if after is None or after.text[:1].islower() else slip


@rule("S2", ERROR, N_("Affixes join a root as Indonesian joins them (EYD V)"))
def word_formation(doc: Doc) -> Iterator[Hit]:
    check = speller()
    for t, word in _checked(doc, check):
        fix = check.fix(word)
        if fix is not None and t.text[0].isupper() and name_keeps_spelling(doc, t, fix):
            continue  # "Masjid Taubatan Nasuha", "Kelompok Tani Mentik Sari": a name's own
        if fix is not None:
            fixed = keep_case(word, fix.word)
            yield Hit(t.start, t.end, _FIX_MESSAGES[fix.kind], fixed, {"word": word, "fix": fixed})
        elif (slip := formation_slip(word, check)) is not None and not (
            t.text[0].isupper() and name_keeps_spelling(doc, t, Fix(*slip))
        ):  # "pengrusakan", "diletakan"; not a village's "Desa Wisata Penglipuran" (h416)
            fixed = keep_case(word, slip[0])
            yield Hit(t.start, t.end, _FIX_MESSAGES[slip[1]], fixed, {"word": word, "fix": fixed})
    yield from split_suffixes(doc)  # "menjalan kan" → "menjalankan" (round 19)
    yield from hyphenated_nya(doc)  # "kata-nya" → "katanya" (heldout32)


def _checked(doc: Doc, check: Speller) -> list[tuple[Token, str]]:
    """The tokens the spelling rules look at, with their text (once per text: S1, S2 share)."""
    cached = getattr(doc, "_spelling_tokens", None)
    if cached is None or cached[0] is not check:
        cached = (check, list(_tokens_to_check(doc, check)))
        doc._spelling_tokens = cached  # type: ignore[attr-defined]
    return cached[1]


def _late_dateline(doc: Doc) -> tuple[int, int]:
    """A dateline after a title ending with a stop: "Ramapati Pasuruan – …" is no words."""
    prose = doc.prose_paras()
    if len(prose) < 2 or prose[0].kind != "lead":
        return (0, 0)
    first = doc.para_text(prose[0])
    if len(first.split()) > 20 or first[-1:] not in ".!?":
        return (0, 0)
    m = _DATELINE.match(doc.text, prose[1].start, prose[1].end)
    return (m.start(), m.end()) if m else (0, 0)


_UNITS = words("kg km cm mm ml cc mg m2 km2")  # SI symbols Humas writes after a figure


def _tokens_to_check(doc: Doc, check: Speller) -> Iterator[tuple[Token, str]]:
    addresses = address_spans(doc.text)
    late = _late_dateline(doc)
    given = {_NON_WORD.sub("", w) for w in getattr(doc, "given_names", ())}
    wrong, text = check.lists.wrong, doc.text
    apostrophes = "'" in text or "’" in text  # most texts have none: no look for each word
    for i, t in enumerate(doc.tokens):
        word = t.text
        if len(word) < 2 or doc.is_italic(t.start, t.end) or doc.in_frame(t.start, t.end):
            continue
        if quoted_etymon(text, t.start, t.end):
            continue  # "dari Bahasa Sanskerta, yaitu “Grhya”": a word of that language
        lower = word.lower()
        if lower in _RULED or lower in wrong or (addresses and inside(addresses, t.start, t.end)):
            continue
        if lower[:2] == "di" and lower[2:] in SHORTHAND:
            continue  # round 26: "disidak": a spoken acronym made a verb, W10's to spell out
        if lower in ("an", "nya") and text[max(0, t.start - 2) : t.start] in _HYPHENED_SUFFIX_AFTER:
            continue  # "17-an", "(Tupoksi)-nya": a suffix after a numeral or a bracket (EYD V)
        if lower == "red" and re.match(r"[-–/ ]red(?:[).]|\.\))", text[t.start - 1 : t.end + 2]):
            continue  # "(Rudenim Semarang--red)", "(kantor, red.)": the editor's note (h32, h156)
        if word in _UNITS and re.match(r"\d ", text[t.start - 2 : t.start]):
            continue  # "17.748 kg", "350 cc": a unit's symbol after its figure (probe39)
        if word == "km" and re.match(r" \d", text[t.end : t.end + 2]):
            continue  # "Jalan … No km 13": the kilometre post's number after it (probe46)
        if lower in _BOUND_PARTS and text[t.end : t.end + 1] == "-":
            continue  # "se- Kabupaten": a bound form with its hyphen (W4 closes the gap)
        if lower in _DOMAIN_TAIL and text[t.start - 1 : t.start] == "." and t.start > 1:
            continue  # ".com" after a name and a space: an address's tail (P9 reads the space)
        if lower in _DOMAIN_TAIL and t.start - doc.paras[t.para].start < 25:
            continue  # "Bos com,MEDAN-": an outlet's tag in the dateline (A7's, P9's; probe87)
        if lower.endswith("com") and len(lower) > 6 and check.known(lower[:-3]):
            continue  # "detikcom": an outlet named by its address; no Indonesian word ends so
        if "-" in lower and _AFFIXED_FOREIGN.fullmatch(lower) and lower.split("-")[1] in _RULED:
            continue  # "di-upload": EYD V's hyphen before a foreign root (W9 reads the root)
        if apostrophes and (
            _APOSTROPHE.match(text, t.end) or _APOSTROPHE.match(text, max(t.start - 1, 0))
        ):
            continue  # half of "Ma'ruf", "Al-Qur'an": a name or a loan written with '

        if not word.isascii() and (any(ord(c) > 0x24F for c in word) or word[-1] in "²³"):
            continue  # not Latin script: not Indonesian; "meter²": a unit squared (heldout180)
        if not word[1:].islower() and typed_slip(word) is None:
            continue  # acronyms and names like "KemenPANRB": K9 knows the ones it knows
        if lower in ABBREVIATIONS and doc.text[t.end : t.end + 1] == ".":
            continue  # "Hj.", "Ir."
        if word in given or lower in check.lists.short_forms:
            continue
        if word[0].isupper() and late[0] <= t.start < late[1]:
            continue
        if (
            word[0].isupper()
            and is_place_word(word)
            and post_head_slip(doc, t, word, check.lists.short_forms) is None
        ):
            continue  # a province's, a city's or a district's name ("Stabat (Humas) –")
        if (
            word[0].isupper()
            and _in_name(doc, i, check)
            and not _slip(word, check)
            and head_slip(doc, t, word, check=check) is None
            and post_head_slip(doc, t, word, check.lists.short_forms) is None
            and not exchanged_short_form(lower, check)
        ):
            continue
        if (lower in _NAME_GLUE and _between_capitals(doc, i)) or service_word(doc, i):
            continue  # "Center for …"; "eazy passport", a service's own name (W9's too)
        if word[0].isupper() and lower in english_words() and in_quoted_name(doc, t.start):
            continue  # '"Stars of Tomorrow Camp"': an English name's word (heldout41)
        if "(" in text[max(0, t.start - 80) : t.start] and (
            (in_name_expansion(text, t.start) and not _slip(word, check))
            or (defined_in_brackets(text, t.start, t.end) and not short_form_slip(word, check))
        ):
            continue  # "Si Popo (Sistem pendaftaran eazy paspor)": the app's own words;
            # "kesehatan lingkungan (kesling)": a short form the text defines (heldout181)
        if echoed(text, t.start, t.end) and not check.known(word):
            continue  # "Krek, krek, krek": a sound's echo (heldout243)
        yield t, word


# Words before a prayer's Arabic word ('mawaddah wa rahmah', p95; '… dan penuh rahmah', h136).
_PRAYER_BEFORE = re.compile(r"\b(?:wa|mawaddah|mawadah|sakinah)(?:,? dan)?(?: penuh)? $")


def _defined(doc: Doc, word: str) -> bool:
    """The article writes the word in capitals too ('Pipas' beside 'PIPAS Lapas', heldout102):
    a short form of its own, not a slip of a known one ('Rudemin' stays Rudenim's slip)."""
    return word != word.upper() and re.search(rf"\b{word.upper()}\b", doc.text) is not None


def _prayer(doc: Doc, t: Token) -> bool:
    """The lowercase word ends an Arabic formula ('wa rahmah', heldout100): no place's name."""
    return _PRAYER_BEFORE.search(doc.text, max(0, t.start - 25), t.start) is not None


# Words before a thing, never before a place: "di atas tempeh", "sebuah tempeh" (probe100).
_THING_BEFORE = re.compile(r"\b(?:atas|bawah|sebuah|berupa|beberapa) $")


def _colloquial(lower: str, check: Speller) -> bool:
    """Spoken Jakarta forms: -in for -kan/-i, ng(e)- for meN- on a known root ("ngomong")."""
    roots = (lower[2:], "k" + lower[2:], lower[3:] if lower.startswith("nge") else "")
    ng = lower.startswith("ng") and any(len(r) >= 3 and check.known(r) for r in roots)
    return lower.endswith("in") or ng


def _in_quote(doc: Doc, t: Token) -> bool:
    in_quote = getattr(doc, "in_quote", None)
    return bool(in_quote and in_quote(t.start, t.end))


def _as_ordinary_word(doc: Doc, t: Token) -> bool:
    """A capitalised word that is capitalised only for standing first in a sentence or a
    quote, and never in mid-sentence in this text: read as any other word. A word that is
    the whole of a quote inside a sentence (program Kemenag Jateng “Majeng”) is no quote's
    first word but a name given in quotation marks: read as a name."""
    return (
        t.initial
        and doc.paras[t.para].kind != "title"
        and t.text not in doc.names
        and not _quoted_name(doc, t)
        and not place_or_person_named(doc, t)  # "Ajat menjelaskan, …" (heldout53)
    )


_OPEN_MARKS = '"“‘'
_CLOSE_MARKS = '"”’'


def _quoted_name(doc: Doc, t: Token) -> bool:
    """The quote marks wrap this one word, and a word of the sentence stands before them."""
    text = doc.text
    if t.start < 3 or t.end >= len(text):
        return False
    if text[t.start - 1] not in _OPEN_MARKS or text[t.end] not in _CLOSE_MARKS:
        return False
    before = text[max(0, t.start - 30) : t.start - 1].rstrip(" ")
    return bool(before) and (before[-1].isalnum() or before[-1] == ",")


def _in_name(doc: Doc, i: int, check: Speller) -> bool:
    """Beside another capitalised word the lists do not know: a person's or a place's name."""
    return any(
        not check.known(n.text)
        and n.text.lower() not in check.lists.short_forms
        and not is_place_word(n.text)  # "Rudemin Pekanbaru": the place says nothing of it
        for n in capitalised_neighbours(doc, i)
    )


def _between_capitals(doc: Doc, i: int) -> bool:
    return len(list(capitalised_neighbours(doc, i))) == 2
