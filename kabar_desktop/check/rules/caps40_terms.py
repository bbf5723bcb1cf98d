"""Session 40 of issue 13, K3: common terms the writers capitalise as if they were names.

A disease, a substance, a rite or a season's common name (``skrining HIV dan Hepatitis``,
``kadar Hemoglobin``, ``membayar Zakat Fitrah``, ``menjelang Bulan Suci``, ``upacara Tabur
Bunga``) is lowercase in EYD V wherever no name holds it. The sets mark each such word after a
lowercase word or a comma 110 times of 114; the four left open a name (``Sistem Informasi
Tuberkulosis``), so a capitalised word before or after the term keeps it. Two fixed places
too: a species' second word (``Aedes Aegypti`` → ``Aedes aegypti``, 11 of 11),
``ilegal`` after a short form for workers (``TKI Ilegal``, 5 of 5), and the inmates' sex
(``WBP Wanita``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import words
from kabar_desktop.check.rules.case_reading import in_title

# Counts of session 40 (marked/left after a lowercase word or a comma, all sets).
_TERMS = (
    "Hepatitis|Sifilis|Hemoglobin|Formalin|Difteri|Campak|Tuberkulosis"  # 6 4 4 3 2 9 16/4
    "|Zakat Fitrah|Bulan Suci|Tabur Bunga|Akademisi|Megathrust|Walet|Kontingen"  # 8 15 13 4 4 4 4
    "|Sekira Pukul|Pukul|Anak Binaan Pemasyarakatan|Rapat Dinas|Sidak"  # 4 22 6 3 4
    # session 41: the non-communicable diseases and others of a health post's list
    # ('penyakit Hipertensi, Diabetes Mellitus, Jantung Koroner, Stroke'; 27 of 28)
    "|Hipertensi|Diabetes Mell?itus|Diabetes|Jantung Koroner|Stroke|Kanker|Psikotik|Diare"
    "|Pneumonia|Kusta|Malaria|Obesitas|Gagal Ginjal"
)
_PLAIN = re.compile(rf"(?<=[a-z,)] )({_TERMS})\b(?! (?!Ramadh?an\b|\d)[A-Z])(?!-)")
_FIXED = re.compile(
    r"\bAedes (Aegypti|Albopictus)\b|\b(?:TKI|TKA|PMI|TKW) (Ilegal)\b"
    # 'WBP Wanita' (8 of 8 after the short form or a lowercase head; 'Rumah Tahanan
    # Perempuan' and 'Warga Binaan Wanita (WBW)' are names)
    r"|\b(?:WBP|[Nn]api|narapidana|tahanan|warga binaan) (Wanita|Perempuan|Pria|Laki-laki)\b"
)


def plain_terms(doc: Doc) -> Iterator[tuple[int, int]]:
    """(start, end) of each common term written with capitals in running text."""
    text = doc.text
    for pattern in (_PLAIN, _FIXED):
        for m in pattern.finditer(text):
            g = m.lastindex or 1
            i = doc.token_at(m.start(g))
            if i is None or in_title(doc, doc.tokens[i]):
                continue
            if pattern is _PLAIN and not _lowercase_before(text, m.start(g)):
                continue  # "Sistem Informasi Tuberkulosis (SITB)": a name's word
            yield m.start(g), m.end(g)


def _lowercase_before(text: str, at: int) -> bool:
    """The word before ``at`` is lowercase or closed by a comma or a bracket."""
    if text[at - 2] in ",)":
        return True
    start = max(text.rfind(" ", 0, at - 1), text.rfind("\n", 0, at - 1)) + 1
    return text[start].islower() or text[start : at - 1].lower() in _OPENERS


# A sentence's first word before the term: "Menjelang Bulan Suci Ramadan, …"
_OPENERS = words("menjelang jelang menyambut memasuki selama saat usai setelah")
