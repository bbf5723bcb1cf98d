"""P41: no comma before a subordinate clause that follows its main clause (EYD V, Tanda
Koma: "Dia lupa akan janjinya karena sibuk"): `… tepat waktu, sehingga dapat memenuhi …` →
`waktu sehingga`, `… bisa lebih meningkat, karena sebelumnya …` → `meningkat karena`.

Only `karena` and `sehingga`: the sets mark the comma before them (heldout200-219: 23 of 25
outside quotes) and leave it before `agar`, `jika`, `meskipun` (3 of 21). A speaker's words
are read too (session 38: 186 of 447 confirmed over heldout1-481, 51 of 78 in the eighty
newest), and `karena itu`/`sehingga ini` open a sentence's own connector. The older sets
mostly left the comma (48 of 229 marked in heldout1-179), so the reading is a note
(quiet_readings.py): a strict editor's catatan.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.rules import N_, WARNING, Hit, rule

# An attribution set into the sentence closes with its own comma: "…, kata Hendri, karena …".
_ATTRIBUTION = re.compile(
    r"(?:\b(?:kata|ujar|ucap|ungkap|jelas|tutur|imbuh|tambah|lanjut|sebut|terang|tegas)(?:nya)?"
    r"(?: [A-Z][\w.’']*){0,3}|\bmenurut(?:nya| dia| beliau)?(?: [A-Z][\w.’']*){0,3})$"
)
# A sentence that opens with a phrase of purpose, condition or time: its comma closes it.
_OPENING = re.compile(
    r"[\"“]?(?i:(?:maka |dan )?(?:untuk|agar|supaya|dalam|jika|apabila|bila|karena|meskipun"
    r"|walaupun|dengan|setelah|sebelum|saat|ketika|selama|sejak|demi|guna|bagi))\b"
)
# A word, its comma, the conjunction and the next word (not "karena itu", "karena ini").
_SEAM = re.compile(r"(?<![\w-])([^\W\d_]+), (karena|sehingga) (?!itu\b|ini\b)(?=[^\W\d_])")


@rule("P41", WARNING, N_("No comma before 'karena' or 'sehingga' after its main clause"))
def subordinate_comma(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        for s, e in para.sentences:
            for m in _SEAM.finditer(text, s, e):
                if _ATTRIBUTION.search(text, max(s, m.start() - 40), m.end(1)):
                    continue  # "…, kata Hendri, karena": the attribution's closing comma
                opener = text[s : m.start(1)]
                if _OPENING.match(text, s) and "," not in opener and len(opener.split()) <= 12:
                    continue  # "Maka untuk menghindari …, sehingga": the opener's own comma
                if len(text[s : m.start(2)].split()) < 4:
                    continue  # too short for a main clause of its own
                word = m.group(2)
                yield Hit(
                    m.start(1),
                    m.end(2),
                    N_("No comma before '{word}': the clause it opens follows the main clause."),
                    f"{m.group(1)} {word}",
                    {"word": word},
                )
