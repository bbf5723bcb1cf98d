"""Round 25 of issue 13: 'hal itu / hal ini / hal tersebut' after a comma (P28).

EYD V (Tanda Titik): a full stop ends a statement. 'Hal itu', 'hal ini', 'hal tersebut'
point back to the whole statement before them; with a predicate of their own they are the
subject of a new sentence, so a comma before them joins two sentences ('… minta
ditambah, hal itu disampaikan Kepala …' → 'ditambah. Hal itu disampaikan …'). Silent where
the words before the comma are no whole clause (an opening phrase or clause: 'Menurut
Karutan, hal itu …', 'Karena ramai, hal ini …'), where they hand on a reported clause
('mengatakan, hal itu …', '… bahwa …'), and in a speaker's words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check import clause_reader as cr
from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import SAYING_VERBS, words
from kabar_desktop.check.rules import N_, Hit

_POINTING_HAL = re.compile(
    r"(?<=[^\W\d_]), (hal (?:itu|ini|tersebut)) (?:(juga|pun|telah|sudah|akan|pula) )?(\w+)"
)
_REPORTING = SAYING_VERBS | words("bahwa menurut menurutnya")
# Words opening a phrase before the subject that clause_reader's lists do not hold.
_OPENERS = words("selain menjelang jelang secara")  # "Secara tidak langsung, hal itu …" (p141)


def pointing_hal_splices(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    if "hal " not in text:
        return
    for para in doc.prose_paras():
        for s, e in para.sentences:
            for m in _POINTING_HAL.finditer(text, s, e):
                if doc.in_quote(m.start()):
                    continue
                verb = m.group(3)
                if not verb.islower() or not cr.is_predicate(verb) or verb in cr.PREPOSITIONS:
                    continue
                before = [w.lower() for _, w in cr.tokens(text, s, m.start())]
                if len(before) < 3 or before[0] in cr.SUBORDINATORS or before[0] in _OPENERS:
                    continue
                if before[0] in cr.PREPOSITIONS or any(w in _REPORTING for w in before):
                    continue
                clause = text[max(s, text.rfind(",", s, m.start()) + 1) : m.start()].lower()
                if any(w in cr.SUBORDINATORS for w in re.findall(r"\w+", clause)):
                    continue  # '… apabila X tidak datang, hal itu …': the clause before is
                    # a condition or time of the one 'hal itu' opens
                if not any(
                    cr.is_predicate(w) and w not in cr.PREPOSITIONS
                    for k, w in enumerate(before)
                    if k and before[k - 1] != "yang"
                ):
                    continue
                yield Hit(
                    m.start(),
                    m.start(1) + 3,
                    N_("A comma does not join two sentences: end the first with a full stop."),
                    ". Hal",
                )
