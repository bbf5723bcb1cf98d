"""Datelines that name the medium where the city should stand (A7, for structure.py).

"RIAU1.COM – Jumlah …", "Koranbanten.com – …", "Banjarbaruklik – …": the lead opens with the
outlet's name, and the reader is left to guess where the news happened; the outlet's name
carries a region's ("Riau", "Banten", "Banjarbaru"), which reads like a city at a glance and
is none. A medium's name that carries no region (or comes beside a city: "Pacitanku.com,
DONOROJO –") is left alone: offices differ on whether they keep it. An outlet, a comma, then
a city and no dash ("TIMELINES INEWS, Tanjung Rumah Tahanan …") lacks only the dash; a city
and a comma ("Medan, Bertempat …") is an office's own dateline form, no finding.
"""

from __future__ import annotations

import re
from functools import cache

from kabar_desktop.check.document import Doc, Para
from kabar_desktop.check.lexicon import ACRONYMS, words
from kabar_desktop.check.rules import N_, Hit

NO_CITY = N_(
    "The dateline names the medium, not the city: the city comes first ('City, {word} – …')."
)
NO_CITY_AT = N_("The dateline names the medium, not the city: '{city}, {word} – …'.")
NO_DASH = N_("A dash follows the dateline's city: '{word} – …'.")

# The dateline: up to the first dash or bar, at most a few words.
_HEAD = re.compile(r"([^\n–—|]{2,48}?)(?:\s+[-–—]+|\s*[–—|])(?=\s?\S)")
_DOMAIN = re.compile(
    r"([A-Za-z][\w-]*)((?:\s?\.\s?[A-Za-z0-9-]+)*?\s?\.\s?(?:co\.id|com|id|net|info|co|org|cloud|news|online|tv|xyz|site))\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+")
# Outlet words, all capitals, a comma, then the city and the lead's first word with no dash.
_OUTLET_CITY = re.compile(
    r"((?:[A-Z0-9][A-Z0-9.]+ ){0,3}[A-Z0-9][A-Z0-9.]+), ((?:[A-Z][a-z]+ ){1,3}?)([A-Z][a-z]+)\b"
)
# A medium's name, a comma, then the city in capitals and a bar or dash: a whole dateline in
# the medium's own form ("1Minutesnews, TAPTENG | …", "Antaranews, KUPANG – …").
_MEDIUM_CITY = re.compile(r"[\w.]{3,40}, [A-Z]{3,}(?: [A-Z]{3,}){0,2} ?[|–—-] ?(?=\S)")
# A city, or a regency or city with its level word ("Kabupaten Pemalang, Pos Jateng …"),
# then a comma before a capital.
_CITY_COMMA = re.compile(
    r"(?:(?:Kabupaten|Kota|Provinsi) )?((?:[A-Z][A-Za-z]+ ){0,2}[A-Z][A-Za-z]+), [A-Z][a-z]"
)


def dateline_finding(doc: Doc, para: Para) -> Hit | None:
    """A7's finding on the lead ``para`` for a dateline of the medium alone, or an outlet's
    dateline whose city lacks its dash; None when neither."""
    text = doc.text
    head = _HEAD.match(text, para.start, para.end)
    if head is not None and _city_after_dash(text, head.end(), para.end):
        return None  # "etamnews.com – Samarinda. Empat hari …": the outlet's own form
    if head is not None:
        hit = _medium_only(head.group(1), para.start)
        if hit is None:
            hit = _bare_medium(doc, para, head.group(1))
        if hit is not None:
            return hit
    m = _OUTLET_CITY.match(text, para.start, para.end)
    if m and not _cities(m.group(1).split()) and _cities(m.group(2).split()):
        city, first = m.group(2).strip(), m.group(3)
        if not _is_place(first):  # "KUPANG, Kepala …": the city itself, then a comma
            return Hit(m.start(2), m.end(3), NO_DASH, f"{city} - {first}", {"word": city})
    return _city_outlet(text, para)


# The city, a comma, the outlet's name (one word or an address) and the lead's first word
# with no dash between ("Wonogiri, Kabarwonogiri Rutan …"; round 23).
_CITY_OUTLET = re.compile(
    r"((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+), ([A-Za-z][\w.-]{3,40}) (?=[A-Z][a-z])"
)


def _word_of_lists(low: str) -> bool:
    from kabar_desktop.check.spelling import speller

    return low in ACRONYMS or speller().known(low)


def outlet_lead_start(text: str, para: Para) -> int:
    """Where the lead's first word stands after 'City, Outlet' with no dash ('Padang
    Pariaman, Publikapost.com Penyerahan …', probe78), or -1: a sentence's first word."""
    hit = _city_outlet(text, para)
    return hit.end + 1 if hit is not None else -1


def _city_outlet(text: str, para: Para) -> Hit | None:
    """'City, Outlet Lead …': the dateline's dash is missing after the outlet's name (a
    medium's word or an address, no place's name)."""
    m = _CITY_OUTLET.match(text, para.start, para.end)
    if m is None or not _cities(m.group(1).split()):
        return None
    outlet = m.group(2)
    low = outlet.lower()
    medium = _DOMAIN.fullmatch(outlet) is not None or (
        outlet.isalpha()
        and any(stem in low for stem in _MEDIA_STEMS)
        and not _is_place(outlet)
        and not _word_of_lists(low)  # "Kupang, Posyandu Melati …", "Persatuan": words
    )
    if not medium:
        return None  # "Medan, Bertempat …": the office's own dateline, a comma and the lead
    head = text[m.start() : m.end(2)]
    return Hit(m.start(), m.end(2), NO_DASH, head + " -", {"word": head})


# A medium's own words: a newspaper's or a portal's name is made of them ("Radar Sriwijaya",
# "Tribun Kaltim"), a city never is.
_MEDIA_WORDS = words(
    "radar tribun pos post news times warta kabar berita harian koran online metro"
)
# Stems a medium's glued name is built of ("WARTALIKA", "RIENEWS"); a town's name has none.
_MEDIA_STEMS = (
    "warta",
    "news",
    "berita",
    "kabar",
    "info",
    "pos",
    "times",
    "media",
    "tribun",
    "radar",
    "online",
    "pers",
    "koran",
    "harian",
)
# An office named in the lead, then its class and the place it serves: "Rumah Tahanan Negara
# (Rutan) Kelas IIA Kendari", "Kantor Imigrasi Kelas I Khusus Non TPI Jakarta Barat".
_OFFICE_WORD = re.compile(
    r"\b(?:Lapas|Rutan|Bapas|Rudenim|Kanim|LPKA|Imigrasi|Tahanan|Pemasyarakatan|Detensi"
    r"|Kanwil|Wilayah)\b"
)
# The office's name goes on: capitalised words, its class, its short form in brackets.
_NAME_GOES_ON = re.compile(r"(?: \([^()\n]{2,20}\)| [A-Z][\w-]*)")


def _bare_medium(doc: Doc, para: Para, head: str) -> Hit | None:
    """The dateline ``head`` is a medium's name and nothing else ("WARTALIKA – …",
    "Kumbanews.com – …", "Radar Sriwijaya – …"): the reader is not told where. The fix puts
    the city of the office the lead names before it, when the lead names one."""
    name = head.strip()
    tokens = name.split()
    if not 1 <= len(tokens) <= 3 or not name[0].isalnum():
        return None
    outlets = [d.group() for d in _DOMAIN.finditer(name)]
    rest = _WORD.findall(_DOMAIN.sub(" ", name))
    if outlets:
        if name.isupper():
            return None  # "BERITANUSA.COM –": an address in capitals, left as round 11 left it
        if any(not any(m in w.lower() for m in _MEDIA_STEMS) for w in rest):
            return None  # "Pacitanku.com, DONOROJO": the medium beside a city
    elif len(tokens) == 1:
        word = tokens[0]
        if not (word.isupper() and word.isalpha() and len(word) >= 6):
            return None  # "Kupang", "NTT": a city, an initialism
        if _is_place(word) or word.lower() in _regions() or word.lower() in ACRONYMS:
            return None  # "SAMARINDA –": the city in capitals; "KEMENKUMHAM": a body
        if not any(m in word.lower() for m in _MEDIA_STEMS):
            return None  # "BAGANSIAPIAPI –": a town the gazetteer lacks, in capitals
    else:
        if not all(w[0].isupper() for w in tokens):
            return None
        if any(_is_place(w) and w.lower() not in _MEDIA_WORDS for w in rest):
            return None  # "Radar Timor": a region's name in it, the older reading's
        if not any(w.lower() in _MEDIA_WORDS for w in rest):
            return None
    city = office_city(doc, para, para.start + len(head))
    fix = f"{city}, {name}" if city else None  # the message names the city it adds
    start = para.start + (len(head) - len(head.lstrip()))
    if city:
        return Hit(
            start, start + len(name), NO_CITY_AT, fix, {"word": name, "city": city}, framed=True
        )
    return Hit(start, start + len(name), NO_CITY, None, {"word": name}, framed=True)


def office_city(doc: Doc, para: Para, start: int) -> str | None:
    """The place of the first office the lead names after ``start``, if the gazetteer knows it."""
    from kabar_desktop.check.rules.appositions import full_place_names

    text = doc.text
    for m in _OFFICE_WORD.finditer(text, start, para.end):
        names: list[str] = []
        pos = m.end()
        while len(names) < 8 and (n := _NAME_GOES_ON.match(text, pos, para.end)):
            names.append(n.group().strip())
            pos = n.end()
        for k, word in enumerate(names):
            for cand in (" ".join(names[k : k + 2]), word):
                if cand.lower() in full_place_names():
                    return cand
    return None


def city_and_comma(doc: Doc, para: Para) -> bool:
    """The lead opens with a city and a comma before a capital ('Medan, Bertempat …'): an
    office's own form of the dateline, which A7 leaves."""
    if _MEDIUM_CITY.match(doc.text, para.start, para.end):
        return True  # "1Minutesnews, TAPTENG | …": the medium's form, its city in capitals
    m = _CITY_COMMA.match(doc.text, para.start, para.end)
    if m is None:
        return False
    words = m.group(1).split()
    if _cities(words):
        return True
    # "Barabai, Pada malam …": a district's town that the article names its office after
    # ("Rutan Barabai"), the office's own dateline (heldout31)
    from kabar_desktop.check.places import is_place_word

    place = m.group(1)
    return all(is_place_word(w) for w in words) and place in doc.text[m.end(1) :]


def _medium_only(head: str, start: int) -> Hit | None:
    """The dateline ``head`` (at ``start``) is a medium's name that carries a region's, and
    no word of it is a city."""
    outlets = [d.group(1) for d in _DOMAIN.finditer(head)]
    rest = _DOMAIN.sub(" ", head)
    others = _WORD.findall(rest)
    if any(w[0].islower() or _is_place(w) for w in others) or len(others) > 2:
        return None  # a city beside the medium, or words of the lead
    if not outlets:
        if len(others) != 1 or " " in head.strip():
            return None
        outlets = others  # "Banjarbaruklik": one glued word
    elif others:
        return None  # "NEWS, IDenesia.id": a medium's words the regions do not explain
    if not any(_named_after_region(o) for o in outlets):
        return None
    word = head.strip()
    return Hit(start, start + len(head.rstrip()), NO_CITY, None, {"word": word}, framed=True)


def _named_after_region(name: str) -> bool:
    """'TRIBUNMANADO', 'koranbanten', 'RIAU1', 'TRIBUN-SULBAR', 'Banjarbaruklik': a region's
    name opens or ends the outlet's, with more to it ('Bandarlampung' is the city itself)."""
    for part in [name, *name.split("-")]:
        low = "".join(c for c in part.lower() if c.isalnum())
        if len(low) < 5 or _is_place(low):
            continue
        for region in _regions():
            if low == region:
                continue
            if low.startswith(region):
                more = low[len(region) :]
            elif low.endswith(region):
                more = low[: -len(region)]
            else:
                continue
            letters = "".join(c for c in more if c.isalpha())
            if not letters or not _is_place(letters):
                return True  # not a town's glued name: 'Muara'+'bungo', 'Tanjung'+'pandan'
    return False


# After the outlet's dash: the city, then its own stop or comma (heldout23's
# "etamnews.com – Samarinda. Empat hari …", heldout22's "MATARAM.lombokjournal.com –").
_CITY_AFTER = re.compile(
    r"\s*((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)(?: ?[-–—] ?[A-Z][A-Za-z]+)? ?[.,] "
)  # and its province after a dash: "Cybernews.id - Ketapang - Kalbar ." (heldout26)


def _city_after_dash(text: str, at: int, end: int) -> bool:
    """The dateline names its city right after the outlet's dash."""
    m = _CITY_AFTER.match(text, at, end)
    return m is not None and _cities(m.group(1).split())


def _cities(words: list[str]) -> bool:
    """Words of a province's, regency's or city's name ('Tanjung', 'Medan'), not a district's
    word, which may be an everyday one ('Kepala')."""
    from kabar_desktop.check.places import place_words

    return bool(words) and all(w.lower() in place_words() for w in words)


def _is_place(word: str) -> bool:
    from kabar_desktop.check.places import is_place_word, solid_names

    return is_place_word(word) or word.lower() in solid_names()


@cache
def _regions() -> frozenset[str]:
    """Provinces, regencies and cities, solid and lowercase, of four letters or more, and
    the provinces' short forms ('kepri', 'sulbar')."""
    from kabar_desktop.check.rules.appositions import PROVINCE_SHORT_FORMS, full_place_names

    names = {n.replace(" ", "") for n in full_place_names()} | set(PROVINCE_SHORT_FORMS)
    return frozenset(n for n in names if len(n) >= 4 and n.isalpha())
