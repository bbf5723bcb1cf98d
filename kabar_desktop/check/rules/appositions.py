"""Where an office's name ends and its holder's name begins (P33, for list_commas.py).

"Kepala Lapas Kelas IIA Sumbawa Hendra Wijaya menyebut" runs a position, its office, the
office's place and a person's name together with no comma: the name is an apposition, set off
on both sides ("Sumbawa, Hendra Wijaya, menyebut"). Nothing in the words' case tells where
the office ends, so this reads the place that ends it: a province, regency or city by its
whole name, a province's short form ("Sumsel"), or a district's name right after the office's
class or kind ("Lapas Kelas IIA Cikarang"). The name must then look like a person's (a title
such as 'Dr', initials, words that are no office's), and a one-word name must appear
elsewhere in the text too. Silent whenever the words allow another split.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import (
    ATTRIBUTION_VERBS,
    GENERIC_NOUNS,
    INSTITUTION_KINDS,
    INSTITUTIONS,
    POSITION_PARTS,
    POSITIONS,
    SAYING_VERBS,
    words,
)
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.apposition_commas import (
    joined_predicate,
    office_ends_at,
    says_after,
    short_form_ends,
)
from kabar_desktop.check.rules.commas import PROVINCES, is_verb
from kabar_desktop.check.rules.office_names import (
    adjunct_after_agent,
    aside_commas,
    office_after_name,
    unit_end,
)

# Words that name an office, a position or a region's kind, never a person.
NOT_NAMES = INSTITUTION_KINDS | POSITIONS | POSITION_PARTS | frozenset(INSTITUTIONS)
NOT_NAMES |= words(
    """provinsi kabupaten kota kecamatan kelurahan desa lembaga rumah balai kementerian
    direktorat kanwil kantor pemerintah pemkab pemkot pemprov tim satuan"""
)
# The provinces' short forms the press and the Kanwil write ("Kakanwil Kemenkumham Sumsel").
PROVINCE_SHORT_FORMS = words(
    """sumut sumbar sumsel kepri babel jabar jateng jatim kalbar kalteng kalsel kaltim
    kaltara sulut sulteng sulsel sultra sulbar malut ntb ntt diy dki"""
)
# A title or a one-letter initial with its period inside a name: "Dr. Budi", "Heksa A. Putra".
_TITLES = words("dr drs dra ir hj h prof kh")
_DOTTED = r"(?:Dr|Drs|Dra|Ir|Hj|H|Prof|KH|dr|drg|[A-Z])\."  # 'dr. As'ad' (probe83)
# A position's phrase with no comma at all: capitalised words, a bracketed short form,
# 'kelas', 'dan', a title's or an initial's period; it ends before the first other lowercase
# word.
_POSITION_RUN = re.compile(
    rf"\b[A-Z][a-z]+(?: (?:{_DOTTED}|[A-Z][\w’'-]*|\([A-Z][A-Za-z]{{1,10}}\)|kelas|dan"
    # an office's words typed in lowercase (K1 asks the capitals): "Kepala kantor wilayah …"
    r"|kantor|wilayah|lembaga|rumah|tahanan|negara|divisi|bagian|bidang|seksi|subseksi"
    r"|pemasyarakatan|imigrasi|detensi))+"
)
_RUN_WORD = re.compile(rf"{_DOTTED}|\(?[\w’'-]+\)?")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# "… Rakha Sukma serta Zakaria, Kepala Divisi …": a second person joins the first.
_PARTNER = re.compile(r" (?:serta|bersama|beserta) [A-Z]")
# Adverbs between a subject and its verb: "… Ilham Djaya kembali melakukan …".
_ADVERBS = words(
    "juga kembali terus telah sudah akan langsung pun turut secara sangat selalu sempat segera"
    " masih pula"
)
# A phrase between the subject and a verb of saying: "… Soepriadi kepada wartawan mengatakan".
_ADJUNCTS = words("kepada saat ketika usai seusai dalam melalui")
# The office's class or kind, after which a district's name is the office's place.
_CLASS = re.compile(r"(?:I{1,3}|IV)(?:-?[AB])?|Khusus|TPI|Non-TPI")
# Words that bring in a list of those present, whose names follow their offices bare.
# ('Hadir' opens the sentence of those present too: "Hadir dalam rapat itu Kepala …, Kepala
# … Budi, perwakilan …", round 19)
_LIST_INTRO = re.compile(
    r"\b(?:antara lain|di antaranya|yakni|yaitu|seperti|meliputi|[Hh]adir|dihadiri)\b"
)
# After the comma that closes the name: its degrees, then the next item's position.
_AFTER_COMMA = re.compile(r",(?: [A-Z][\w.]*\.[\w.]*,)* ([A-Z][a-z]+)")
_NOT_PREDICATE = words(
    """menurut mengenai melalui menuju menjelang meliputi melainkan dimana diantara
    disamping disini disana dikala diantaranya bersama beserta berdasarkan terkait
    tersebut termasuk terhadap"""
)
NAMED = N_("The name after the position is set off by commas: '{word}'.")

Run = list[tuple[int, int, str]]


def predicate(word: str) -> bool:
    return is_verb(word) and word not in _NOT_PREDICATE


def unset_names(doc: Doc, s: int, e: int, not_item_start: frozenset[str]) -> Iterator[Hit]:
    """Sentence [s, e): a position phrase that ends with a place and goes on with a person's
    name before the predicate: the name is an apposition, set off on both sides."""
    from kabar_desktop.check.rules.apposition_holders import holder_appositions

    not_person = NOT_NAMES | not_item_start | GENERIC_NOUNS
    found: list[Hit] = []
    for hit in _unset_names(doc, s, e, not_person):
        found.append(hit)
        yield hit
    # round 16: one reading of where the office ends and the holder's name begins
    for hit in holder_appositions(doc, s, e):
        if not any(h.start < hit.end and hit.start < h.end for h in found):
            yield hit


def _unset_names(doc: Doc, s: int, e: int, not_person: frozenset[str]) -> Iterator[Hit]:
    text = doc.text
    for m in _POSITION_RUN.finditer(text, s, e):
        first = m.group().split(" ", 1)[0]
        if first.lower() not in POSITIONS or doc.in_quote(m.start()):
            continue
        run = [
            (w.start(), w.end(), w.group()) for w in _RUN_WORD.finditer(text, m.start(), m.end())
        ]
        closed = text[m.end() : m.end() + 1] == ","
        if closed and (
            _in_list(text, s, m.start(), m.end(), e)
            or aside_commas(text, s, m.start(), m.end())
            or _name_after_comma(text, m.end(), e)
        ):
            continue
        if not closed and not (
            _predicate_follows(text, m.end(), e)
            or _PARTNER.match(text, m.end(), e)
            or joined_predicate(text, m.end(), e)  # round 14: "… Basmal yang mewakili"
            or adjunct_after_agent(text, s, m.start(), m.end(), e)
        ):
            continue
        split = _place_split(doc, run, not_person, (m.start(), m.end()), closed)
        if split is None:
            continue
        k, place_start = split
        name = run[k + 1 :]
        if _body_in_place(run, name) and text[m.end() : m.end() + 1] == ",":
            continue  # "selaku Ketua Yayasan PKBM Binus Medan,": a body's name ends in its city
        if re.search(r"\b(?:Desa|Kelurahan|Kecamatan) " + re.escape(name[0][2]) + r"\b", text):
            continue  # "Kepala Desa (Kades) Cikaroya": the village the text names (probe102)
        place = text[place_start : run[k][1]]
        person = " ".join(_dotted(w) for _, _, w in name)
        fix = f"{place}, {person}" + ("" if closed else ",")
        yield Hit(place_start, name[-1][1], NAMED, fix, {"word": person})
    yield from office_after_name(doc, s, e, not_person)


def name_closed_at(
    doc: Doc, i: int, sentence: tuple[int, int], comma: int, people: bool = True
) -> bool:
    """The comma at ``comma`` closes a name after the position at token ``i``: a speaker's
    (commas.py), or one run into its office that P33 sets off ('… Banjarbaru Bagus Paras
    Etika, menambahkan'): no comma between subject and predicate (P13)."""
    from kabar_desktop.check.rules.speaker_names import ends_in_person

    if people and ends_in_person(doc, i, comma):
        return True
    return any(hit.end == comma for hit in unset_names(doc, *sentence, frozenset()))


def _known(word: str) -> bool:
    """The speller's 'is this a word?' (a name's first word is none)."""
    from kabar_desktop.check.spelling import speller

    return speller().known(word)


def _dotted(word: str) -> str:
    """A title keeps its period in the fix ('Dr' → 'Dr.'), as P11 asks of abbreviations."""
    return word + "." if word.lower() in _TITLES - {"h"} and len(word) > 1 else word


# After the office's comma, a person's name of two to four capitalised words, then a
# lowercase word (the predicate) or the name's closing comma: "Kalapas Batu Nusakambangan,
# Mardi Santoso pimpin …".
_NAME_AFTER = re.compile(
    rf", (?:(?:{_DOTTED}) )?([A-Z][a-z'’]+(?: [A-Z][a-z]*\.?){{1,3}}(?=,? [a-z]|,)"
    # round 24: a one-word name set off on both sides ('(Kesbangpol) Kukar, Sutrisno,
    # didampingi …'): the office's place ends the run
    r"|[A-Z][a-z'’]+(?=, [a-z]))"
)


def _name_after_comma(text: str, end: int, e: int) -> bool:
    """The comma after the office's run opens the holder's name that follows it: the run's
    last words are the office's (its unit's place), not a name."""
    m = _NAME_AFTER.match(text, end, e)
    if m is None:
        return False
    first = m.group(1).split()[0].lower()
    return first not in POSITIONS and first not in NOT_NAMES and first not in GENERIC_NOUNS


def _in_list(text: str, s: int, start: int, end: int, e: int) -> bool:
    """The phrase is one of a list of those present ('Hadir antara lain Kakanwil … Budi,
    M.Pd., Kabag TU …'), where a name goes after its office with no comma."""
    if _LIST_INTRO.search(text, s, start):
        return True
    after = _AFTER_COMMA.match(text, end, e)
    return bool(after and after.group(1).lower() in POSITIONS)


def _place_split(
    doc: Doc, run: Run, not_person: frozenset[str], span: tuple[int, int], closed: bool
) -> tuple[int, int] | None:
    """(index of the place's last word, the place's start) where a place ends the office's
    name and a person's name follows to the run's end."""
    from kabar_desktop.check.places import district_words, is_place_word, place_words

    names = full_place_names()
    for k in range(len(run) - 2, 0, -1):
        rest = [w for _, _, w in run[k + 1 :]]
        if not _person(doc, rest, not_person, place_words(), run[k][2], span):
            continue
        for size in (3, 2, 1):
            if k - size + 1 < 1:
                continue
            place = " ".join(w for _, _, w in run[k - size + 1 : k + 1])
            if (place.lower() in names or place.lower() in PROVINCE_SHORT_FORMS) and (
                _office_between(run[: k - size + 1])
            ):
                return k, run[k - size + 1][0]
        if not _CLASS.fullmatch(run[k][2]) and (
            unit_end(run, k, rest, _known)
            or office_ends_at(run, k, rest, _known)
            or short_form_ends(run, k)  # round 14: "Kepala Pengamanan Rutan (KPR) Ismail"
        ):
            return k, run[k][0]  # "Menteri Hukum dan HAM Hamid …", "… Keimigrasian Ahmad …"
        word = run[k][2]
        if closed or word.lower() in NOT_NAMES:
            continue
        if (  # round 23: "Rutan Kelas IIB Tanah Grogot Bayu …", the town named elsewhere
            k >= 3
            and _after_class(run, k - 2)
            and run[k - 1][2].lower() not in NOT_NAMES
            and is_place_word(word)  # "Kotamobagu Setyo …": no district's word, a name's
            and _town_elsewhere(doc, (run[k - 1][2], word), span, run[k + 1][2])
        ):
            return k, run[k - 1][0]
        if not _after_class(run, k - 1):
            continue
        if word.lower() in district_words() and _place_elsewhere(doc, word, span):
            return k, run[k][0]  # "Lapas Kelas IIA Cikarang Veri": a district's name
    return None


def _after_class(run: Run, i: int) -> bool:
    """``run[i]`` ends the office's class: 'IIB', 'Khusus', or 'B' of a class split in two
    ('Kelas II B', K10's slip, which still ends the class)."""
    word = run[i][2]
    if _CLASS.fullmatch(word):
        return True
    return word in ("A", "B") and i > 0 and re.fullmatch(r"I{1,3}|IV", run[i - 1][2]) is not None


def _town_elsewhere(doc: Doc, town: tuple[str, str], span: tuple[int, int], name_word: str) -> bool:
    """The two words stand together outside [start, end) after an office's kind or class or
    'di', 'ke', 'dari' ("Rutan Tanah Grogot", "di Tanah Grogot"), and not before the same
    name's next word (the holder named again: "Kotamobagu Setyo Prabowo"): a town's name of
    two words."""
    toks = doc.tokens
    for n in range(1, len(toks) - 1):
        t = toks[n]
        if (t.text, toks[n + 1].text) != town or span[0] <= t.start < span[1]:
            continue
        if n + 2 < len(toks) and toks[n + 2].text == name_word:
            continue
        before = toks[n - 1].text.strip("()")
        if (
            before in ("di", "ke", "dari")
            or before.lower() in INSTITUTIONS
            or _CLASS.fullmatch(before)
        ):
            return True
    return False


def _person(
    doc: Doc,
    rest: list[str],
    not_person: frozenset[str],
    places: dict[str, str],
    place: str,
    span: tuple[int, int],
) -> bool:
    """Capitalised words of a person's name ('I Putu Suwarsa', 'Dr Ilham Djaya', 'Heksa A.
    Soepriadi'): its first word is no place's and no word is an office's; a name of one
    word ('Veri') must appear outside the phrase too."""
    if not 1 <= len(rest) <= 4:
        return False
    own: list[str] = []
    for n, w in enumerate(rest):
        bare = w.rstrip(".")
        low = bare.lower()
        if w.startswith("(") or not bare[:1].isupper() or (bare.isupper() and len(bare) > 1):
            return False
        if low in _TITLES or (len(bare) == 1 and n):
            continue  # "Dr", "H.", an initial ("A.") inside the name
        if low in not_person or low in PROVINCE_SHORT_FORMS:
            return False  # "… Kupang Bersama Jajaran menggelar": common words capitalised
        if not own and len(bare) > 1 and low in places:
            return False  # "… Jakarta Selatan Budi": the place goes on
        own.append(bare)
    if len(own) >= 2:
        return True
    if len(own) == 1 and len(own[0]) >= 4 and says_after(doc.text, span[1]):
        from kabar_desktop.check.places import is_place_word

        # round 14: a word no dictionary lists, then a verb of saying: "… Kupang
        # Indahwati mengatakan"
        return not _known(own[0].lower()) and not is_place_word(own[0])
    return len(own) == 1 and len(own[0]) >= 3 and _named_elsewhere(doc, own[0], place, span)


def _named_elsewhere(doc: Doc, word: str, place: str, span: tuple[int, int]) -> bool:
    """``word`` stands as a person's word outside ``span`` ("Veri menambahkan"): not after
    the same place word ("Tanjung Uban") nor after an office's word ("Lapas Cikarang")."""
    from kabar_desktop.check.places import is_place_word

    if is_place_word(word):
        return False
    toks = doc.tokens
    for n, t in enumerate(toks):
        if t.text != word or span[0] <= t.start < span[1]:
            continue
        before = toks[n - 1].text if n else ""
        if before != place and not _office_word(before):
            return True
    return False


def _place_elsewhere(doc: Doc, word: str, span: tuple[int, int]) -> bool:
    """The district's name stands outside [start, end) as a place too: after an office's
    kind or class ("Lapas Cikarang") or 'di', 'ke', 'dari' ("warga di Cikarang")."""
    toks = doc.tokens
    for n, t in enumerate(toks):
        if t.text != word or span[0] <= t.start < span[1] or n == 0:
            continue
        before = toks[n - 1].text
        if _office_word(before) or before in ("di", "ke", "dari"):
            return True
    return False


def _office_word(word: str) -> bool:
    """The office's class or kind ends the words before the district: 'Kelas IIA', 'Rutan'."""
    bare = word.strip("()")
    return (
        bool(_CLASS.fullmatch(bare))
        or bare.lower() in INSTITUTIONS
        or (bare.lower() in POSITION_PARTS and bare.lower() not in ("dan", "kota"))
    )


@cache
def full_place_names() -> frozenset[str]:
    """Provinces, regencies and cities by their whole names, lowercase ("lampung utara"),
    also written solid ("banjarbaru"), without the province's prefix ("jakarta") and in the
    short forms their press writes ("kutim")."""
    from kabar_desktop import paths
    from kabar_desktop.check.places import PLACES_FILE, place_short_forms
    from kabar_desktop.check.wordlists import read_word_list

    listed = read_word_list(paths.resources_dir() / "dictionaries" / PLACES_FILE)
    listed |= place_short_forms()  # "Kutim", "Batola" (heldout23)
    names = {n.lower() for n in listed} | {p.lower() for p in PROVINCES}
    # "Banjar Baru" written solid ("Banjarbaru"), "DKI Jakarta" without its prefix ("Jakarta")
    names |= {n.replace(" ", "") for n in names if " " in n}
    names |= {n.split(" ", 1)[1] for n in names if n.startswith(("dki ", "di "))}
    return frozenset(names)


def _predicate_follows(text: str, pos: int, end: int) -> bool:
    """A predicate starts at ``pos``: a verb, maybe after an adverb, or a verb of saying
    after a short phrase ('kepada wartawan, Senin (3/6), mengatakan')."""
    nxt = _WORD.match(text, pos + 1, end)
    if nxt is None or text[pos : pos + 1] != " ":
        return False
    word = nxt.group()
    if word in _ADJUNCTS:
        return any(w in SAYING_VERBS for w in _WORD.findall(text, nxt.end(), min(end, pos + 80)))
    if word in _ADVERBS:
        nxt = _WORD.match(text, nxt.end() + 1, end)
        word = nxt.group() if nxt else ""
    return predicate(word) or word in SAYING_VERBS


def _office_between(head: Run) -> bool:
    """The words before the place name an office ('Kepala Kantor Imigrasi Kediri'), not just
    a title ('Bupati Pacitan Indrata …', 'Wali Kota Kupang …', like 'Presiden Joko …'),
    which goes before a name with no comma. A 'Ka-' title holds its office ('Kadivpas' is
    'Kepala Divisi Pemasyarakatan': "Kadivpas Jateng, Kadiyono,")."""
    return any(
        (w.strip("()").lower() not in POSITIONS and w.lower() not in ("kota", "wali"))
        or (w.lower().startswith("ka") and w.lower() in POSITIONS)
        for _, _, w in head
    )


# --- P6 (clauses.py): the apposition opened by a comma ------------------------------------

# Words that open a phrase in front of the subject, or stand right before the role it names:
# "Bertindak sebagai Inspektur Upacara, Aliong Mus mengenakan …": the comma closes the
# phrase, and the name after it is the subject, no apposition.
_ROLE_BEFORE = words("sebagai selaku")
_FRONT_WORDS = words("mewakili menurut bersama didampingi mendampingi atas kepada oleh untuk bagi")


def fronted_role(doc: Doc, i: int) -> bool:
    """The position at token ``i`` stands in the phrase that opens its sentence ('Selaku
    Ketua TP PKK, …', 'Bertindak sebagai Inspektur Upacara, …', 'Mewakili Kakanwil, …')."""
    toks = doc.tokens
    k = i
    while k > 0 and not toks[k].initial and doc.adjacent(toks[k - 1], toks[k]):
        k -= 1
        if i - k > 6:
            return False
    if k == i or not toks[k].initial:
        return False
    first, before = toks[k].text.lower(), toks[i - 1].text.lower()
    if first in ATTRIBUTION_VERBS:
        return True  # "Lanjut Kalapas, “Yang …”": the speaker, then what was said
    return before in _ROLE_BEFORE or first in _FRONT_WORDS | _ROLE_BEFORE or is_verb(first)


def looks_like_name(doc: Doc, first: int, end: int) -> bool:
    """Tokens [first, end) read as a person's name, not as a phrase that happens to be in
    capitals ('Bertindak Sebagai Inspektur Upacara', 'Menurutnya'): no position, office or
    function word, no '-nya'."""
    from kabar_desktop.check.lexicon import FUNCTION_WORDS

    low = [t.text.lower() for t in doc.tokens[first:end]]
    return not any(
        w in NOT_NAMES or w in FUNCTION_WORDS or w in _ROLE_BEFORE or w.endswith("nya") for w in low
    )


def closing_word(word: str) -> bool:
    """A lowercase word after a name that a comma may follow and still close the
    apposition before it: the predicate ('…, Agung Pratama mengatakan, …')."""
    return word in SAYING_VERBS or predicate(word)


# --- P32 (list_commas.py): 'atau' that gives another name -----------------------------------


def short_form_of(item: list[str], word: str) -> bool:
    """``word`` after 'atau' shortens the words before it ('Lembaga Pemasyarakatan atau Lapas',
    'warga binaan pemasyarakatan atau WBP', 'narapidana atau napi'): 'atau' gives the other
    name of one thing, no list's last item. Its letters come in order from the item's last
    words, starting with the first letter of one of them."""
    short = word.lower()
    if len(short) < 2:
        return False
    for k in range(1, min(4, len(item)) + 1):
        letters = "".join(item[-k:]).lower()
        if short[0] == letters[0] and len(short) < len(letters):
            rest = iter(letters)
            if all(c in rest for c in short):
                return True
    return False


_BODIES = words("yayasan perkumpulan paguyuban komunitas forum koperasi ikatan himpunan sanggar")


def _body_in_place(run: list[tuple[int, int, str]], name: list[tuple[int, int, str]]) -> bool:
    """The position heads a body ('Ketua Yayasan …') and the words read as a name end in a
    city's or a regency's: the body's own name, no holder's (probe87)."""
    from kabar_desktop.check.rules.apposition_holders import is_full_place

    return (
        len(name) > 1
        and any(w.lower() in _BODIES for _, _, w in run[: len(run) - len(name)])
        and is_full_place(name[-1][2])
    )


def office_named(doc: Doc, j: int) -> bool:
    """An office's acronym and its place open the words after a comma ('…, LPKA Palu
    optimis'): the subject, no name set off (heldout114)."""
    toks = doc.tokens
    if not toks[j].text.isupper() or len(toks[j].text) < 3 or j + 1 >= len(toks):
        return False
    return doc.adjacent(toks[j], toks[j + 1]) and toks[j + 1].text.istitle()
