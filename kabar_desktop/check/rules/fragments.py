"""P29: a sentence is a main clause; a subordinate clause or a verb phrase with no subject
does not stand alone (EYD V: a full stop ends a sentence, and a subordinate clause is no
sentence; Tata Bahasa Baku: a sentence has a subject and a predicate).

- A sentence opening with a subordinator (EYD V's list: agar, supaya, karena, sebab,
  kendati, meskipun, walaupun, jika, apabila, kalau, ketika, setelah … before a verb) with
  no main clause after it: `… semaksimal mungkin. Agar anak itu bisa …` → `mungkin agar`;
  `… pelayanannya. Kendati telah …` → `pelayanannya, kendati` (a concession keeps a comma);
  `Karena bagi mereka, siapa pun …` (the comma closes the clause's own opening phrase).
- A phrase of means or purpose with its verb and nothing else: `… Indonesia Timur. Dengan
  maksud meningkatkan …` → `Timur, dengan`.
- A verb whose subject must come before it, written as a sentence: a verb of composition or
  measure (`Terdiri atas 38 peserta.`), a passive with its agent first (`Dipimpin oleh …`)
  → joined after a comma: `Madiun, terdiri`.
- `Sementara` opening a clause with no main clause, or before a phrase with no predicate and
  its comma, is "meanwhile": `Sementara itu,` (where P12 does not say so already).
- `Karena,` opening a sentence with no main clause joins sentences: `Sebab,`.
- A subject and its `yang` clause with no predicate of its own (fragment_relatives.py):
  `Tim … yang dipimpin oleh …` → drop `yang`.

The sentence is whole when the clause reader (clause_reader.py) sees a main clause: a
comma that closes the clause before a subject and predicate, `maka`, or a subject and its
predicate run on without the comma (`Saat ditemui Kepala Lapas mengatakan …`, P30's comma).
A speaker's words are left as said; `Karena itu, …` is a connector (P8's).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check import clause_reader as cr
from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import FUNCTION_WORDS
from kabar_desktop.check.rules import ERROR, N_, Hit, rule
from kabar_desktop.check.rules.fragment_relatives import relative_fragment
from kabar_desktop.check.rules.seams19_fragments import joined_fragment
from kabar_desktop.check.rules.seams20_fragments import relative_cut_off
from kabar_desktop.check.rules.seams21_fragments import comparison_fragment

_MODAL_MAIN = re.compile(r" (?:akan|tentu|pasti) [a-z]{3,}")

# The kinds of clause that keep a comma when they follow their main clause: a concession
# (contrast, like 'tetapi'), a phrase of means, a verb phrase that describes.
_COMMA_KINDS = frozenset({"concession", "means", "verb"})
# 'Sehingga' opening a sentence is P12's, and so is 'Sementara' where it reads it.
_P12_OWN = frozenset({"sehingga"})


@rule("P29", ERROR, N_("A subordinate clause or a verb phrase is no sentence of its own"))
def reason_fragments(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        if para.kind == "caption":
            continue  # a photo's caption may be a phrase (A4's)
        for s, e in para.sentences:
            if not text[s : s + 1].isupper():
                continue  # the cheap test first
            if text[s:e].rstrip("\"”’)' ")[-1:] not in (".", "!"):
                continue  # a subheading, a line with no stop (P4's): no sentence to judge
            joined = (
                joined_fragment(doc, s, e, para.start)
                or relative_cut_off(doc, s, e, para.start)
                or comparison_fragment(doc, s, e, para.start)
            )  # rounds 19, 20 and 21
            if joined is not None:
                yield joined
                continue
            if text.startswith("Karena, ", s) and not doc.in_quote(s):
                comma = cr.Opening(s, s + len("Karena,"), "karena", "reason")
                if not cr.main_clause_follows(text, comma, e):
                    yield Hit(  # "Karena, kata itu melekat …": a connector between sentences
                        s,
                        comma.end,
                        N_(
                            "'{word}' joins clauses inside a sentence; between sentences write "
                            "'{fix}'."
                        ),
                        "Sebab,",
                        {"word": "karena", "fix": "Sebab,"},
                    )
                continue
            op = cr.opening(text, s, e)
            rel = text.find(" yang ", s, e) if op is None else -1
            if rel != -1 and "," not in text[s:rel] and not doc.in_quote(s):
                hit = relative_fragment(text, s, e)  # "Tim … yang dipimpin oleh …."
                if hit:
                    yield hit
                continue
            if op is None or op.word in _P12_OWN or doc.in_quote(s):
                continue
            if op.word == "sebab" or text[max(para.start, s - 3) : s].rstrip()[-1:] == "?":
                continue  # "Sebab …" on its own (the sets leave it 10 of 12); an answer to the
                # writer's own question: "Mengapa barbershop? Karena …" (heldout44)
            if op.word == "sementara":
                continue  # P12 asks 'Sementara itu,' of every one (session 22)
            if cr.main_clause_follows(text, op, e):
                continue
            if op.kind == "condition" and _MODAL_MAIN.search(text, op.end, e):
                continue  # "Jika lansia-nya sehat akan membantu …": the main predicate, its
                # comma and subject left out (P30's), no clause alone (probe116)
            yield _hit(text, op, s, para.start)


def _hit(text: str, op: cr.Opening, s: int, para_start: int) -> Hit:
    word = text[op.start : op.end]
    before = cr.joinable(text, s, para_start)
    if before is None or before[1].lower() in FUNCTION_WORDS:
        if op.kind == "verb":
            return Hit(
                op.start,
                op.end,
                N_("'{word}' needs its subject: the sentence has none."),
                None,
                {"word": word},
            )
        return Hit(
            op.start,
            op.end,
            N_(
                "'{word}' opens a clause that no main clause follows: drop it or join the "
                "sentence to the one before."
            ),
            None,
            {"word": op.word},
        )
    at, last = before
    joint = ", " if op.kind in _COMMA_KINDS else " "
    return Hit(
        at,
        op.end,
        N_("'{word}' does not open a sentence: it goes on the sentence before."),
        f"{last}{joint}{word.lower()}",
        {"word": word},
    )
