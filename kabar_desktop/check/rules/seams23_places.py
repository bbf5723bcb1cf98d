"""Round 23 (P20, for commas.py): a place named by its kind, then the wider region.

EYD V (Tanda Koma) parts a place from the wider region it lies in, as in an address: ``di
pantai Gedangan, Kabupaten Malang``, ``ke Pulau Semau, Kabupaten Kupang``. Round 18 reads
the chain when an administrative level word opens it (``Desa …, Kecamatan …``); a place
named by its kind of land or building (a beach, an island, a village, a market, a port)
opens the same chain. Read only where the words leave no doubt: the kind noun opens the
phrase (the sentence's first word, or after a lowercase word or a comma: after a capitalised
word it may be part of an office's name), one to three capitalised words name the place, and
a level word wider than a village (Kecamatan, Kabupaten, Kota, Provinsi) follows with its
own name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.rules import N_, Hit

# Places named by their kind: land and water, a settlement, a building open to the public.
_KINDS = (
    "pantai|pulau|gunung|danau|sungai|teluk|tanjung|kampung|dusun|pasar|pelabuhan|bandara"
    "|terminal|stasiun|perumahan|kompleks|alun-alun|lapangan|taman|objek wisata"
    # round 24: a street is a place named by its kind too ('di Jalan Sudirman, Kota Kupang')
    r"|jalan|jl\.|jln\.|gang"
)
_WIDER = r"(?:Kecamatan|Kabupaten|Kota|Provinsi|Kec\.|Kab\.|Prov\.)"
_NAME = r"(?!(?:Kecamatan|Kabupaten|Kota|Provinsi)\b)[A-Z][\w'-]*"
_PLACE_THEN_REGION = re.compile(
    rf"(?<![\w-])(?i:{_KINDS}) ((?:{_NAME} ){{0,2}}{_NAME}) ({_WIDER}) (?=[A-Z])"
)
_LINK = N_("A comma parts a place from the wider region it lies in: '{word}'.")


def kind_then_region(doc: Doc) -> Iterator[Hit]:
    """'di pantai Gedangan Kabupaten Malang' → 'Gedangan, Kabupaten'."""
    text = doc.text
    for para in doc.prose_paras():
        for m in _PLACE_THEN_REGION.finditer(text, para.start, para.end):
            before = text[max(para.start, m.start() - 30) : m.start()].rstrip(" ")
            if before and before[-1] not in ',;:("“' and not before.split()[-1][:1].islower():
                continue  # "Dinas Pasar Kota …", "Bupati Pulau Morotai …": an office's name
            last = m.group(1).split()[-1]
            if last in ("Tingkat", "Se", "Antar"):
                continue  # "lapangan Lomba Desa Tingkat Kabupaten …": a contest's level (p81)
            if re.fullmatch(f"(?i:{_KINDS})", last):
                continue  # "Taman Alun-Alun Kota Bogor": the square named by its city (probe30)
            if m.group(2) == "Kota" and text.startswith(" Baru", m.end(2)):
                continue  # "Kompleks Grand Kota Baru Sunggal": the estate's own name (p107)
            start = m.end(1) - len(last)
            yield Hit(
                start,
                m.end(2),
                _LINK,
                f"{last}, {m.group(2)}",
                {"word": f"{last}, {m.group(2)}"},
            )
