"""Round 19, P6 (called from clauses.py): an office named with its town and province, then
the holder's name with no comma (EYD V, Tanda Koma: a comma parts a place from its wider
region, and an apposition is set off on both sides).

``Kepala Balai Pemasyarakatan Kelas I Denpasar, Bali Ni Luh Putu Andiyani mengatakan …``:
the comma after the town opens the province, not the name; the province is the office's
last word, the name after it is the apposition: ``Bali, Ni Luh Putu Andiyani,
mengatakan``. Only where a capitalised position opens the office (no comma inside it but
the town's), the province is one the list knows, the name is two to five capitalised words
(initials and titles with their periods) and a predicate follows it (a verb by its form,
lowercase).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check import clause_reader as cr
from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import POSITIONS, words
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.appositions import PROVINCE_SHORT_FORMS
from kabar_desktop.check.rules.commas import PROVINCES

_MESSAGE = N_("The apposition is closed by a comma: '{word}'.")
_PROVINCE_NAMES = "|".join(
    re.escape(p) for p in sorted(PROVINCES, key=len, reverse=True) if p[:1].isupper()
)
_TOWN_PROVINCE_NAME = re.compile(
    rf"(?<=[a-z]), ({_PROVINCE_NAMES}) ((?:[A-Z][\w’'-]*\.? ){{1,4}}[A-Z][\w’'-]*) ([a-z]+)\b"
)


def province_then_name(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    if ", " not in text:
        return
    for para in doc.prose_paras():
        for s, e in para.sentences:
            for m in _TOWN_PROVINCE_NAME.finditer(text, s, e):
                if doc.in_quote(m.start()):
                    continue
                verb = m.group(3)
                if not (verb.startswith(("me", "di", "ber")) and cr.is_predicate(verb)):
                    continue
                before = text[s : m.start()]
                if "," in before:
                    continue  # another comma: a list, an aside, not one office
                if not any(w in POSITIONS for w in (x.lower() for x in before.split()[-10:])):
                    continue
                province, name = m.group(1), m.group(2)
                yield Hit(
                    m.start(1),
                    m.end(2),
                    _MESSAGE,
                    f"{province}, {name},",
                    {"word": name},
                )
    yield from region_appositions(doc)  # session 29: "Semarang, Jawa Tengah mengikuti"


# Session 29: the region set after a place by a comma is an apposition and closes with one
# before the predicate: "Lapas Kelas I Semarang, Jawa Tengah mengikuti …" → "Tengah,"
# (heldout200-223: marked 31 of 35 in the newest sets, 54 of 67 in all). Its short forms
# and Jakarta's cities count as regions too.
# (the provinces' short forms as written: "Kalteng", "NTB")
_SHORT_REGIONS = {w.upper() if len(w) <= 3 else w.capitalize() for w in PROVINCE_SHORT_FORMS}
_REGIONS = "|".join(
    re.escape(p)
    for p in sorted(
        {p for p in PROVINCES if p[:1].isupper()}
        | _SHORT_REGIONS
        | {f"Sumatra {w}" for w in ("Barat", "Utara", "Selatan")}
        | {f"Jakarta {w}" for w in ("Timur", "Barat", "Selatan", "Utara", "Pusat")},
        key=len,
        reverse=True,
    )
)
_PLACE_REGION_WORD = re.compile(rf"(?<=[A-Za-z)]), ({_REGIONS}) ([a-z]+)\b")
# Words that carry the list or the place on, no predicate: "…, Jawa Timur dan Bali".
_GOES_ON = words("dan serta atau maupun hingga sampai dengan yang itu ini tersebut setempat")


_FRONTED = words("menurut sesuai berdasarkan dalam untuk bagi selain setelah sebelum saat ketika")


def region_appositions(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    if ", " not in text:
        return
    for para in doc.prose_paras():
        for s, e in para.sentences:
            for m in _PLACE_REGION_WORD.finditer(text, s, e):
                if m.group(2) in _GOES_ON or doc.in_quote(m.start()):
                    continue
                before = text[s : m.start()].split()
                if not before or not (before[-1][:1].isupper() or before[-1].endswith(")")):
                    continue  # "Tak hanya itu, Sulteng juga …": the region is the subject
                if before[0].lower() in _FRONTED and len(before) <= 3:
                    continue  # "Menurut Anwar, Papua sebagai …": the opener's comma (p152)
                region = m.group(1)
                yield Hit(m.start(1), m.end(1), _MESSAGE, f"{region},", {"word": region})
