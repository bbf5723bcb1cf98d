"""Words that link clauses, in their place (W24, W25).

W24: 'pun' is a particle written after the word it stresses (EYD V: 'apa pun', 'mereka
pun'); it does not open a sentence. "Pun demikian …" means "Demikian pula …" (likewise) or
"Meskipun demikian …" (even so): the writer chooses, so there is no fix.

W25: one time conjunction leads one clause. "… saat Forum Wartawan saat melakukan
kunjungan" says 'saat' twice before a single verb: the second goes (or the clause is
recast). Both are warnings: the sentence is readable, the editor decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.rules import N_, WARNING, Hit, rule

_PUN_OPENING = re.compile(r"\bPun(?= (?:demikian|begitu|juga)\b)")
# "saat X saat me…/ber…/di…": the same time conjunction again within a few words of the
# first, no punctuation between, before a verb; "saat ini"/"saat itu" (now, then) is a noun
# phrase, not a conjunction.
_TIME_TWICE = re.compile(
    r"\b(saat|ketika|sewaktu|tatkala)\b(?! (?:ini|itu)\b)"
    r"((?: [^\s,.;:!?\"“”()]+){1,6}?) \1 (?=(?:me|ber|di|ter)[a-z]{3,}\b)",
    re.IGNORECASE,
)


@rule("W24", WARNING, N_("'Pun' does not open a sentence"))
def pun_opening(doc: Doc) -> Iterator[Hit]:
    for para in doc.prose_paras():
        for m in _PUN_OPENING.finditer(doc.text, para.start, para.end):
            i = doc.token_at(m.start())
            if i is None or not doc.tokens[i].initial:
                continue
            yield Hit(
                m.start(),
                m.end(),
                N_(
                    "'Pun' does not open a sentence: 'Demikian pula' (likewise) or "
                    "'Meskipun demikian' (even so)."
                ),
            )


@rule("W25", WARNING, N_("One time conjunction leads one clause"))
def time_conjunction_twice(doc: Doc) -> Iterator[Hit]:
    for para in doc.prose_paras():
        for m in _TIME_TWICE.finditer(doc.text, para.start, para.end):
            end = m.end() - 1
            yield Hit(
                m.start(),
                end,
                N_("'{word}' is said twice in one clause: keep one."),
                None,
                {"word": m.group(1).lower()},
            )
