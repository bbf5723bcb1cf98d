"""Word forms (W1–W4, W7, W8, W12): di/ke apart, di- solid, bound forms solid, reduplication,
ordinals, repeated words; W5, W6, W11 in standard_forms.py, W9 in foreign_words.py."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from kabar_desktop.check.acronym_forms import defined_in_brackets
from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import COUNTRIES, FUNCTION_WORDS, INSTITUTIONS, POSITIONS, words
from kabar_desktop.check.places import is_place_word
from kabar_desktop.check.rules import ERROR, N_, WARNING, Hit, keep_case, rule
from kabar_desktop.check.rules.case_reading import in_name, in_title
from kabar_desktop.check.rules.colloquial import headline_form, place_after_di
from kabar_desktop.check.rules.english_words import is_english
from kabar_desktop.check.rules.ordinal_forms import ordinal_spellings
from kabar_desktop.check.rules.preposition_or_verb import (
    DI_VERBS,
    LOOKS_LIKE_A_VERB,
    di_verb,
    hyphened_di,
    solid_preposition,
)
from kabar_desktop.check.rules.reduplicated_forms import (
    doubled_verb,
    more_reduplications,
    numbered_twice,
    reduplicated,
    stray_salah,
)
from kabar_desktop.check.rules.words17_forms import doubled_name_word, titled_reduplications
from kabar_desktop.check.rules.words20_forms import electronic_initialisms
from kabar_desktop.check.rules.words25_forms import dibawa_for_di_bawah, hyphenated_re
from kabar_desktop.check.spelling import speller
from kabar_desktop.check.tables import (
    NONSTANDARD,
    PREPOSITIONS_JOINED,
)
from kabar_desktop.check.wordlists import NUMERALS

# W1: "disampingnya" may be "di sampingnya" (beside him) or a slip for a verb
# ("disampaikannya"); the fix is offered only after a word that places something there.
_PLACING = words("""ada berada duduk berdiri terletak tepat persis tampak terlihat diletakkan
    ditempatkan dipasang letakkan taruh""")
_BOUND = ["non", "antar", "pasca", "pra", "sub", "multi", "semi", "swa", "tuna", "ekstra"]
# EYD V's other bound forms Humas writes apart: "anti narkoba", "purna tugas", "manca negara".
_BOUND += ["anti", "purna", "manca", "maha"]
_PURNA = words("tugas bakti jual waktu karya")
_MAHA = words("karya siswa")  # KBBI: mahakarya, mahasiswa ("Yang Maha Esa" is a name's)
_BOUND_APART = re.compile(
    r"\b(" + "|".join(f"[{b[0]}{b[0].upper()}]{b[1:]}" for b in _BOUND) + r")[ -]([a-z]{3,})\b"
)
# W3 in a name: the levels of an office's units take sub- solid even in capitals ("Kepala
# Subbagian Umum", "Subseksi", "Subdirektorat": the units' names in the ministries'
# organisation rules). Other names keep their own spelling ("Program Pasca Sarjana").
_UNIT_LEVEL_APART = re.compile(
    r"\b(Sub|SUB) (Bagian|Bag|Bidang|Seksi|Direktorat|Koordinator|Divisi|Unit|Rayon|Sektor"
    r"|BAGIAN|BIDANG|SEKSI|DIREKTORAT)\b"
)
# W4: an affix on an initialism is joined by hyphens (EYD V: "di-PHK-kan", "di-SK-kan");
# "di SK kan", "diSKkan", "di-SK kan". Only with "-kan": "di SK" alone is the preposition.
_AFFIXED_INITIALISM = re.compile(r"\b([Dd]i)([ -]?)([A-Z]{2,6})([ -]?)(kan)\b")
# W4: a bound form before a capital or an initialism; "Non TPI", "Se-Kalimantan" mid-sentence.
# "se- Kabupaten": the hyphen typed, then a space, is the same slip.
_BOUND_BEFORE_CAPITAL = re.compile(
    r"\b(se|non|antar|pasca|pra|sub|multi|Se|Non|Pasca)( ?|- ?)([A-Z][\w]*)"
)
# W3: a bound form capitalised with a hyphen or a space before a common word mid-sentence
# ("tahap Pra-Adjudikasi", English "Post-Adjudikasi", "kegiatan Pasca Perayaan"):
# "praadjudikasi", "pascaadjudikasi", "pascaperayaan".
_BOUND_TITLED = re.compile(r"(?<=[a-z] )(Pra|Pasca|Antar|Post|Pre)[- ]([A-Z][a-z]{3,})\b(?!-)")
_BOUND_ENGLISH = {"Post": "pasca", "Pre": "pra"}
_ANTI_TITLED = re.compile(r"\bAnti[- ]Korupsi\b")  # KBBI's antikorupsi, in a name too
_TUNA = words("netra rungu wicara daksa grahita laras susila wisma karya aksara")
# W7: "anak anak", and "hal – hal" with a dash where the hyphen belongs.
_SPACE_OR_DASH = re.compile(r" *(?:[-–—] *)?")
_ORDINAL = re.compile(r"(?<!\d{4} )\b([Kk]e)( ?)(?!0\d{2})(\d+)\b(?![.,/:]\d)")  # not "tahun 2025
# ke 2026", nor a phone number: "kirim ke 0823 2000 9000" (session 42)
_SPACED_ORDINAL = re.compile(r"\b([Kk]e)(?: [-–—]|[-–—] | [-–—] )(\d+)\b(?![.,/:]\d)")
# Before an ordinal: an anniversary ("HUT RI ke 77 ini", session 28), a sequence (heldout81)
_ORDINAL_CONTEXT = words("""hut ulang tahun peringatan angkatan yang ri bakti bhakti kemerdekaan
    pemasyarakatan imigrasi hari pekan bulan tahap gelombang periode babak putaran juara urutan""")
# After an ordinal "ke 78", not a count: a verb ("ke 74 berlangsung"), a year ("tahun 2024").
_AFTER_ORDINAL = re.compile(r"(?:di|me|ber|ter)[a-z]{3,}|tahun(?= \d| ini)|ini|itu|tersebut")
# "se-" joined to the generic head of a region's name: "sekabupaten Lampung Utara".
# Session 33: with the hyphen but the head in lowercase, "Se-kabupaten Sumenep" (11 of 11).
_SE_REGION = re.compile(
    r"\b([Ss]e)-?(kabupaten|kota|provinsi|kecamatan|kelurahan|desa)(?= [A-Z])"
    r"|\b([Ss]e)-?(indonesia|nusantara)\b"  # "LPKA Seindonesia", "se-indonesia": the name
)  # keeps its capital after the hyphen (session 42)
_NOT_BEFORE_PREPOSITION = words("bahwa ini itu tersebut")
_NOT_COUNTED = FUNCTION_WORDS | {"kali", "kalinya"}  # "ke 3 kali": no count of things
_COLLECTIVES = {
    "2": "dua", "3": "tiga", "4": "empat", "5": "lima",
    "6": "enam", "7": "tujuh", "8": "delapan", "9": "sembilan",
}  # fmt: skip
# W12: words that are never doubled ("pada pada"); those that reduplicate ("dalam-dalam",
# "oleh-oleh", "sampai-sampai", "agar-agar", "itu-itu", "sudah-sudah") are left to W7.
_NEVER_DOUBLED = words(
    """di ke dari dan yang untuk pada dengan bahwa atau terhadap kepada tentang sebagai
    maupun karena daripada akan serta ini tersebut adalah merupakan ialah yaitu yakni telah
    juga secara adanya buat cukup hingga para sejak"""  # "kami buat buat", "cukup cukup
)  # efektif" (probe154); "Senin hingga hingga Rabu", "kepada para para pejabat" (session 42)
_NOT_DOUBLED = FUNCTION_WORDS | _NEVER_DOUBLED  # W7 reads every word pair: one union
def _split_word(doc: Doc, i: int) -> bool:
    toks = doc.tokens
    nxt = toks[i + 1] if i + 1 < len(toks) and doc.adjacent(toks[i], toks[i + 1]) else None
    return nxt is not None and speller().known((toks[i].text + nxt.text).lower())


def _strip_nya(word: str) -> tuple[str, str]:
    return (word[:-3], "nya") if word.endswith("nya") and len(word) > 5 else (word, "")


@rule("W1", ERROR, N_("'di' and 'ke' are written apart before places and directions"))
def prepositions_apart(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    for i, t in enumerate(toks):
        low = t.text.lower()
        stem, nya = _strip_nya(low)
        right = PREPOSITIONS_JOINED.get(low)
        if right is None and nya and stem in PREPOSITIONS_JOINED:
            right = PREPOSITIONS_JOINED[stem] + nya
            before = toks[i - 1].text.lower() if i and doc.adjacent(toks[i - 1], t) else ""
            if stem in LOOKS_LIKE_A_VERB and before not in _PLACING:
                yield Hit(
                    t.start,
                    t.end,
                    N_(
                        "Written apart if it is a place: '{word}'; if a verb is meant, "
                        "check its spelling."
                    ),
                    None,
                    {"word": keep_case(t.text, right)},
                )
                continue
        if right is None and (t.text.islower() or t.initial):
            right = solid_preposition(low, stem, (doc, i))
        if right is not None and (_split_word(doc, i) or defined_in_brackets(doc.text, *t[:2])):
            continue  # "keingin tahuannya": one word in two (probe120); "(kesling)" a short form
        if right is not None and t.text[:1].isupper() and is_place_word(t.text):
            continue  # "Kediri, 10 April 2021.": the city, no "ke diri" (probe 5)
        short_name = t.text[:1].isupper() and len(stem) < 6 and low not in PREPOSITIONS_JOINED
        if right is not None and short_name:
            continue  # "Didin", "Kedu": a short capitalised word is a name as often (probe31)
        named = t.text[:1].isupper() and not t.initial and not in_title(doc, t)
        if right is not None and named and in_name(doc, i):
            continue  # "layanan Pandu Disana": a service's name, its own spelling (heldout353)
        if right is not None:
            fixed = headline_form(doc, t, right)
            yield Hit(
                t.start,
                t.end,
                N_("The preposition is written apart: '{word}'."),
                fixed,
                {"word": fixed},
            )
    for t, right in place_after_di(doc):  # "cerita dibalik tembok": a place, not the verb
        fixed = headline_form(doc, t, right)
        msg = N_("The preposition is written apart: '{word}'.")
        yield Hit(t.start, t.end, msg, fixed, {"word": fixed})
    if "ibawa " in doc.text:
        yield from dibawa_for_di_bawah(doc)  # round 25: "dibawa naungan" → "di bawah naungan"
    for a, b, right in hyphened_di(doc.text, getattr(speller(), "words", {})):
        foreign = doc.text[a:b].partition("-")[2].lower()
        if foreign in NUMERALS:
            continue  # "ke-dua": an ordinal, W33's 'kedua' (probe154)
        if is_english(foreign) or foreign.endswith("ing") and not speller().known(foreign):
            continue  # "di-follow up", "di-fogging": EYD V hyphens an affix on a foreign word
        k = doc.token_at(a)  # "di-Kantor", "di-dampingi" (probe60)
        solid = " " not in right
        if k is not None and solid and doc.paras[doc.tokens[k].para].kind == "title":
            right = right.capitalize()  # "Didampingi"
        elif k is not None and not solid:
            right = headline_form(doc, doc.tokens[k], right)
        msg = _JOINED if solid else N_("The preposition is written apart: '{word}'.")
        yield Hit(a, b, msg, right, {"word": right})


_JOINED = N_("The prefix 'di-' is joined to its verb: '{word}'.")


@rule("W2", WARNING, N_("The prefix 'di-' is written solid with a verb"))
def prefix_di(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    stems: dict[str, str] = {}
    if any(t.text.lower() == "di" for t in toks):
        stems = getattr(speller(), "words", {})  # the word list's stems and their flags
    for i, t in enumerate(toks[:-1]):
        verb = toks[i + 1]
        if t.text.lower() != "di" or not doc.adjacent(t, verb):
            continue
        word = verb.text
        after = toks[i + 2].text.lower() if i + 2 < len(toks) else ""
        if not word.islower():
            # "akan di Deportasi", "di Bantu oleh" (s43): a verb typed with a capital, not a
            # place ("di Pakai Jaya": a name goes on).
            verb_like = word.lower() in DI_VERBS or after == "oleh"
            if verb.initial or not word[1:].islower() or not verb_like:
                continue
            going_on = i + 2 < len(toks) and doc.adjacent(verb, toks[i + 2])
            if going_on and toks[i + 2].text[:1].isupper():
                continue
            word = word.lower()
        stem = _strip_nya(word)[0]
        if (
            "di" + stem in PREPOSITIONS_JOINED
            or f"di {word} {after}" in NONSTANDARD  # "di tindak lanjuti": W6 joins all three
            or not (di_verb(stem, stems) or (after == "oleh" and speller().attested("di" + word)))
            or (word.startswith(("di", "me")) and not speller().known("di" + word))
        ):  # "di diresmikan"; "di mengatakan": 'di' typed for 'dia' (probe159)
            continue
        joined = keep_case(t.text, "di" + word)
        yield Hit(t.start, verb.end, _JOINED, joined, {"word": joined})


@rule("W3", ERROR, N_("Bound forms (non-, antar-, pasca-, …) are written solid"))
def bound_forms(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for m in _BOUND_APART.finditer(text):
        bound, word = m.group(1), m.group(2)
        low = bound.lower()
        if word in FUNCTION_WORDS:
            continue
        i = doc.token_at(m.start())
        if bound[0].isupper() and (i is None or not doc.tokens[i].initial):
            continue  # "Program Pasca Sarjana": part of a name
        before = text[max(0, m.start() - 6) : m.start()].lower()
        if (
            (low == "semi" and before.endswith("musim "))
            or (low == "tuna" and word not in _TUNA)
            or (low == "ekstra" and word != "kurikuler")
            or (low == "antar" and word == "jemput")
            or (low == "purna" and word not in _PURNA)
            or (low == "manca" and word != "negara")
            or (low == "maha" and word not in _MAHA)
        ):
            continue
        if low == "antar" and word in NUMERALS:  # "antar dua instansi" (probe60): 'antara'
            fixed = keep_case(bound, "antara") + " " + word
            msg = N_("Before a number, the preposition is meant: '{word}'.")
            yield Hit(m.start(), m.end(), msg, fixed, {"word": fixed})
            continue
        if low in _BEFORE_OR_AFTER and _verb_form(word):
            # "pasca menyelesaikan": pasca-/pra- join a noun (KBBI: pascapanen, prasejahtera);
            # before a verb and its object the conjunction says it.
            fixed = keep_case(bound, _BEFORE_OR_AFTER[low]) + " " + word
            msg = N_("'{bound}' joins a noun; before a verb write '{word}'.")
            yield Hit(m.start(), m.end(), msg, fixed, {"bound": bound, "word": fixed})
            continue
        solid = bound + word
        yield _solid(m, solid)
    for m in _BOUND_TITLED.finditer(text):
        low = m.group(2).lower()  # a loan noun in -asi or a listed word: no name
        i = doc.token_at(m.start())
        if i is None or doc.paras[doc.tokens[i].para].kind == "title":
            continue
        spaced = m.group()[len(m.group(1))] == " "
        if spaced and (i == 0 or not doc.tokens[i - 1].text.islower()):
            continue  # "Program Pasca Sarjana": a name's words (the hyphen shows a slip)
        if low.endswith("asi") or speller()._listed(low) or (spaced and speller().known(low)):
            solid = _BOUND_ENGLISH.get(m.group(1), m.group(1).lower()) + low
            yield _solid(m, solid)
    for m in _ANTI_TITLED.finditer(text):  # "Hari Anti Korupsi Sedunia": 7 of 7 (session 35)
        i = doc.token_at(m.start())
        if i is not None and doc.paras[doc.tokens[i].para].kind != "title":
            yield _solid(m, "Antikorupsi")  # a title's words are K5's to read
    for m in _UNIT_LEVEL_APART.finditer(text):  # "Kepala Sub Bagian Umum"
        bound, word = m.groups()
        solid = bound + (word if bound.isupper() else word.lower())
        yield _solid(m, solid)
    yield from hyphenated_re(doc)  # "re-integrasi" (session fifteen)


_BEFORE_OR_AFTER = {"pasca": "setelah", "pra": "sebelum"}


def _verb_form(word: str) -> bool:
    """A known meN-, di- or ber- verb ("dilantik"): no noun a bound form could join."""
    sp = speller()
    if not word.startswith(("me", "di", "ber")) or not sp.known(word):
        return False
    return any(r.prefixes[:1] in (("meN",), ("di",), ("ber",)) for r in sp.readings(word))


def _solid(m: re.Match[str], solid: str) -> Hit:
    msg = N_("A bound form is written solid with the next word: '{word}'.")
    return Hit(m.start(), m.end(), msg, solid, {"word": solid})


def _common(word: str) -> bool:
    """A title-cased word whose lowercase form is a common word of the list (no initialism,
    no name): 'Formal', 'Tunai'."""
    return speller().known(word.lower())


def _common_not_name(word: str) -> bool:
    """A common word of the list, no place's or country's name ('Formal', not 'Indonesia')."""
    lower = word.lower()
    return _common(word) and lower not in COUNTRIES and not is_place_word(lower)


def _plain_common(word: str) -> bool:
    """A common word in title case, no name and no office's short form ('Instansi', not
    'Lapas')."""
    return word[1:].islower() and _common_not_name(word) and word.lower() not in INSTITUTIONS


@rule("W4", ERROR, N_("A bound form or 'se-' before a capital takes a hyphen"))
def bound_before_capital(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    for m in _BOUND_BEFORE_CAPITAL.finditer(doc.text):
        bound, gap, word = m.groups()
        fixed = f"{bound}-{word}"
        if bound == "Se" and word.lower() in POSITIONS:  # "Se Dirjen": a mistyped SE (p81)
            continue
        if bound[0].isupper():  # "Non TPI", "Se-Kalimantan"
            i = doc.token_at(m.start())
            t = toks[i] if i is not None else None
            before = toks[i - 1] if t is not None and i else None
            in_name = (
                before is not None
                and t is not None
                and doc.adjacent(before, t)
                and before.text[:1].isupper()
                and not before.initial
                and not (bound.lower() == "se" and before.text.isupper())  # "MI/MA se-Kabupaten"
            )  # "Kantor Imigrasi Kelas II Non-TPI": a capital inside a name
            title = t is not None and doc.paras[t.para].kind == "title"
            if bound == "Pasca" and (t is None or not t.initial or title or gap == "-"):
                continue  # only a sentence's "Pasca Lebaran, …" (heldout289); "Bayu Pasca S."
            if title and bound.lower() == "non" and word[1:].islower() and _common(word):
                continue  # "Pendidikan Non Formal": the title's capital, no name's ('nonformal')
            keeps = t is None or t.initial or title or in_name
            if not keeps:
                fixed = f"{bound.lower()}-{word}"
            # "Non Tempat Pemeriksaan": the name's phrase goes on in common words
            nxt = re.match(r" ([A-Z][a-z]+)", doc.text[m.end() : m.end() + 30])
            goes_on = nxt is not None and _common_not_name(nxt.group(1))
            if (
                bound.lower() == "non"
                and word[1:].islower()
                and _common_not_name(word)
                and not goes_on
            ):
                # "Satuan Pendidikan Non Formal": a common word's capital in a name, no proper
                # noun's, so the form is solid (KBBI 'nonformal'; probe54)
                yield _solid(m, (bound if keeps else "non") + word.lower())
                continue
        elif bound == "antar" and _plain_common(word):
            yield _solid(m, bound + word.lower())  # "antar Instansi" (probe60): no name
            continue
        if fixed != m.group():
            yield Hit(
                m.start(),
                m.end(),
                N_("Before a capital letter the bound form takes a hyphen: '{word}'."),
                fixed,
                {"word": fixed},
            )
    yield from electronic_initialisms(doc)  # round 20: 'eKTP' → 'e-KTP'
    for m in _AFFIXED_INITIALISM.finditer(doc.text):  # "di SK kan" → "di-SK-kan"
        di, gap1, initials, gap2, suffix = m.groups()
        if gap1 == gap2 == "-":
            continue
        fixed = f"{di}-{initials}-{suffix}"
        yield Hit(
            m.start(),
            m.end(),
            N_("An affix on an initialism is joined with hyphens: '{word}'."),
            fixed,
            {"word": fixed},
        )
    for m in _SE_REGION.finditer(doc.text):  # "sekabupaten Lampung Utara": se- + a name
        i = doc.token_at(m.start())
        bound, name = m.group(1) or m.group(3), m.group(2) or m.group(4)
        se = bound if i is None or toks[i].initial else "se"
        fixed = f"{se}-{name.capitalize()}"
        msg = N_("Before a capital letter the bound form takes a hyphen: '{word}'.")
        if "-" in m.group():  # "Se-kabupaten Sumenep": the hyphen is there, the capital not
            msg = N_("After 'se-' the region's name starts with a capital letter: '{word}'.")
        yield Hit(m.start(), m.end(), msg, fixed, {"word": fixed})


@rule("W7", ERROR, N_("Reduplicated words take a hyphen"))
def reduplication(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    check = speller()
    for i, t in enumerate(toks[:-1]):
        u = toks[i + 1]
        # Two capitalised halves parted by a dash with spaces, the second with its affix
        # ('Sayur – Sayuran'): a reduplication typed with a range's dash, no name's words.
        dashed = (
            t.text[:1].isupper()
            and u.text[:1].isupper()
            and t.text[1:].islower()
            and u.text[1:].islower()
            and doc.text[t.end : u.start].strip(" ") in ("-", "–", "—")
            and doc.paras[t.para].kind != "title"
            and (u.text.lower() != t.text.lower() or t.text == "Undang")  # 'Solo - Solo Baru'
            and (u.text == t.text or check.known(t.text.lower()))  # 'Jaken - Jakenan': places
        )
        if (
            len(t.text) < 2
            or t.text.lower() in ("he", "ha", "hi", "wk")  # "He he he": a laugh (heldout28)
            or t.text.lower() in _NOT_DOUBLED
            and u.start - t.end == 1
            or t.para != u.para
            or not _SPACE_OR_DASH.fullmatch(doc.text, t.end, u.start)
            or (not u.text.islower() and not dashed)
            or (t.text[0].isupper() and not t.initial and not dashed)
            or not reduplicated(t.text, u.text, check)
            or numbered_twice(doc, t, u)
            or (i and toks[i - 1].text.lower() == "secara")  # "secara resmi meresmikan"
            or stray_salah(doc, t, u)
        ):
            continue
        fixed = f"{t.text}-{u.text.lower() if dashed and u.text != t.text else u.text}"
        yield Hit(
            t.start,
            u.end,
            N_("A reduplicated word takes a hyphen: '{word}'."),
            fixed,
            {"word": fixed},
        )
    yield from more_reduplications(doc)  # "rata2", "sayur mayur"
    for start, end, fixed in titled_reduplications(doc):  # "Perserikatan Bangsa Bangsa"
        msg = N_("A reduplicated word takes a hyphen: '{word}'.")
        yield Hit(start, end, msg, fixed, {"word": fixed})


@rule("W8", ERROR, N_("Ordinals with digits: 'ke-17', lowercase mid-sentence"))
def ordinals(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    message = N_("An ordinal in digits is written '{word}'.")
    for m in _ORDINAL.finditer(text):
        ke, gap, number = m.groups()
        i = doc.token_at(m.start())
        initial = i is not None and doc.tokens[i].initial
        if gap:
            titled = i is not None and doc.paras[doc.tokens[i].para].kind == "title"
            after = re.match(  # a title's count in title case: "Disalurkan ke 8 Kecamatan"
                r" +([A-Za-z]\w*(?: \d)?)" if titled else r"\s+(?:\([a-z]+\) )?([a-z]\w*(?: \d)?|"
                r"(?:Desa|Kecamatan|Kelurahan|Kabupaten|Kota|Provinsi|Negara|WBP|WNA|ASN)\b)",
                text[m.end() : m.end() + 30],
            )  # and a place's kind in capitals: "dibagikan ke 17 Desa" (heldout69); the count
            # spelled in brackets first: "ke 5 (lima) kawedanan" (probe118)
            before = text[max(0, m.start() - 12) : m.start()].lower().split()
            ordinal_context = bool(before) and before[-1] in _ORDINAL_CONTEXT
            word = after.group(1).lower() if after else ""
            counted = bool(word) and word.split()[0] not in _NOT_COUNTED
            counted = counted and not _AFTER_ORDINAL.match(word)
            # "bahwa ke 51 orang", "Selama ini ke 4 instansi", "kata Junaidi, ke 34 WBP" (s43): no
            # verb or noun for "ke" to lead to, so a collective ("keempat", "ke-51"), not a
            # preposition before a count ("ijazah ke 16 WBP").
            collective = counted and (
                not before or before[-1] in _NOT_BEFORE_PREPOSITION or before[-1][-1] in ",.!?”"
            )
            if counted and not ordinal_context and not collective:
                continue  # "ke 3 lokasi": a preposition before a count ("ke 70 pada": no)
            if collective and number in _COLLECTIVES:
                fixed = keep_case(ke, "ke" + _COLLECTIVES[number])
                yield Hit(m.start(), m.end(), message, fixed, {"word": fixed})
                continue
        fixed = f"{ke if initial else 'ke'}-{number}"
        yield Hit(m.start(), m.end(), message, fixed, {"word": fixed})
    for m in _SPACED_ORDINAL.finditer(text):  # "ke -8", "ke- 8": the hyphen is typed loose
        fixed = f"{m.group(1)}-{m.group(2)}"
        yield Hit(m.start(), m.end(), message, fixed, {"word": fixed})
    for start, end, fixed in ordinal_spellings(doc):  # "HUT Ke-80", "HUT 104"
        yield Hit(start, end, message, fixed, {"word": fixed})


@rule("W12", ERROR, N_("A word is not written twice in a row"))
def repeated_words(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    for t, u in pairwise(toks):
        low = t.text.lower()
        doubled = low in _NEVER_DOUBLED or doubled_name_word(t.text, u.text)
        doubled = doubled or (u.text.lower() == low and doubled_verb(low, speller()))
        doubled = doubled or stray_salah(doc, t, u)
        if low == "oleh" and u.text == "oleh":  # "dipimpin oleh oleh Pdt. Niko": twice before
            doubled = doc.text[u.end + 1 : u.end + 2].isupper()  # a name; 'oleh-oleh' a gift
        if low == "dalam":  # "berperan dalam dalam kegiatan": the preposition twice; at a
            doubled = bool(re.match(r" \w", doc.text[u.end : u.end + 2]))  # phrase's end,
            # "menarik napas dalam dalam,", it is the adverb 'dalam-dalam' (session 42)
        if (doubled and u.text.lower() == low and doc.adjacent(t, u)) or numbered_twice(doc, t, u):
            yield Hit(
                t.start,
                u.end,
                N_("The word is written twice: '{word}'."),
                t.text,
                {"word": t.text},
            )
