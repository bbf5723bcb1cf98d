"""Round 25 of issue 13, W29: 'di mana' opening a sentence that asks nothing.

'di mana' is an interrogative pronoun (KBBI: pron tanya); a sentence it opens that is no
question uses it as the English 'where'/'in which', a relative with nothing before it to
relate to. Such a sentence reads 'Adapun …' (the connector of a new topic) or starts with its
own subject ('Di mana, sesi pagi dimulai …' → 'Adapun sesi pagi dimulai …'). A question, a
quote, the correlative 'di mana …, di situ …' and the spelling 'Dimana' (W1's) are left
alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.rules import N_, Hit

_OPENING = re.compile(r"Di mana\b(,?)(?! ?pun\b)")
# 'Di mana ada kemauan, di situ ada jalan': the correlative pair, a sentence of its own.
_CORRELATIVE = re.compile(r"\bdi (?:situ|sana|sini)\b")


def opening_di_mana(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        if para.kind == "title":
            continue
        for s, e in para.sentences:
            m = _OPENING.match(text, s, e)
            if m is None or doc.in_quote(s):
                continue
            if text[s:e].rstrip("\"”’' ").endswith("?"):
                continue  # "Di mana kegiatan itu digelar?": a question
            if _CORRELATIVE.search(text, m.end(), e):
                continue  # "Di mana ada kemauan, di situ ada jalan": a correlative pair
            fix = "Adapun" if m.group(1) else None
            yield Hit(
                s,
                m.end(),
                N_(
                    "'di mana' asks a question; to open a sentence that asks none write "
                    "'Adapun' or begin with the subject."
                ),
                fix,
                {"word": "di mana"},
            )
