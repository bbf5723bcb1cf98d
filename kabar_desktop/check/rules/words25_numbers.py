"""Round 25 of issue 13, N1: figures of a breakdown (EYD V, "perincian") keep their digits.

EYD V writes a number of one or two words in letters, "kecuali jika beberapa lambang bilangan
dipakai secara berurutan seperti dalam perincian" — its own example is a whole and its parts,
"Di antara 72 anggota yang hadir, 52 orang setuju, 15 orang tidak setuju, dan 5 orang
abstain". Two readings of that rule:

- a part and its whole joined by 'dari', both in digits ('9 blok dari 12 blok', '30 peserta
  dari 45 orang', '120 WNA dari 11 negara'): the figures measure one group against another;
- a total and the counts that add up to it in the same paragraph ('jumlahnya 20 orang, yakni
  12 orang … dan 8 lainnya'): the parts of a whole written out as figures.
"""

from __future__ import annotations

import re

from kabar_desktop.check.document import Doc, Para
from kabar_desktop.check.lexicon import words

# A figure, up to four words (a bracketed short form among them), 'dari' and a second figure
# before what it counts.
_PART_OF_WHOLE = re.compile(
    r"(?<![\w.,/:-])(\d{1,4}(?:\.\d{3})*)(?:(?: [A-Za-z-]+| \([A-Za-z]{2,8}\)){1,4}) dari"
    r" (\d{1,4}(?:\.\d{3})*) [A-Za-z]+"
)
_FIGURE = re.compile(r"(?<![\w.,/:()-])(\d{1,4}(?:\.\d{3})*)(?![\w.,/:%)-]|\.\d) [A-Za-z]")
# A number after its noun is a label, no count ('kelompok 1', 'lantai 2', 'Sesi 3'): a count
# stands before what it counts.
_LABELLED = re.compile(r"(?:^|\s)([A-Za-z]+)\.? $")
_LABELS = words(
    """kelompok regu tim tahap sesi gelombang angkatan lantai blok kamar ruang nomor no pasal
    ayat kelas ke zona paket pos jalur loket meja pintu tahun pukul jam tanggal rp"""
)


def part_of_whole(text: str, s: int, e: int, pos: int) -> bool:
    """The figure at ``pos`` is one end of 'N … dari M …' in the sentence ``s``..``e``."""
    return any(pos in (m.start(1), m.start(2)) for m in _PART_OF_WHOLE.finditer(text, s, e))


def summed_figures(doc: Doc, para: Para) -> set[int]:
    """Offsets of the figures of ``para`` that are a total and the two to four figures right
    after it that add up to it ('18 orang. Yakni 17 orang … dan 1 lainnya')."""
    text = doc.text
    figures = []
    for m in _FIGURE.finditer(text, para.start, para.end):
        label = _LABELLED.search(text, max(para.start, m.start() - 20), m.start())
        if label and label.group(1).lower() in _LABELS:
            continue
        figures.append((m.start(1), int(m.group(1).replace(".", ""))))
    out: set[int] = set()
    for k, (pos, total) in enumerate(figures):
        if total < 2:
            continue
        run = 0
        for j in range(k + 1, min(k + 5, len(figures))):
            run += figures[j][1]
            if run > total:
                break
            if run == total and j > k + 1:
                out.add(pos)
                out.update(p for p, _ in figures[k + 1 : j + 1])
                break
    return out
