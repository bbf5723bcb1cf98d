"""Round 23 of issue 13, W34 narrowed: words that look like bare verbs but are nouns (tests in
tests/check/test_rules_round23_words.py).

W34 reads a bare -kan/-i word or a transitive root after a subject as a verb that lost its
meN-. Two places where Indonesian grammar makes the word a noun instead:

- right after a transitive meN- verb the word is that verb's OBJECT, a noun (``memperkuat
  fasilitasi produk hukum``, KBBI's noun): two predicates are joined by ``dan/serta``, never
  set side by side; an intransitive meN- word is no verb that takes an object (``secara
  mendadak kumpulkan warga binaan`` keeps W34);
- the first word of the lead after its dateline's dash is capitalised for the sentence, not
  as a name: a common noun there (``Daya tampung rutan …``, KBBI's compound ``daya
  tampung``) is no subject named before a bare verb.
"""

from __future__ import annotations

import re
from functools import cache

from kabar_desktop.check.document import Doc


@cache
def men_verb(word: str) -> bool:
    """Is lowercase ``word`` a transitive meN- (or memper-) verb the word list parses
    regularly: with -kan/-i, or on a root that has di- forms too?"""
    if not word.startswith("me") or not word.islower() or len(word) < 5:
        return False
    from kabar_desktop.check.rules.bare_verbs import _pairs
    from kabar_desktop.check.spelling import speller

    return any(
        r.regular
        and r.prefixes[:1] == ("meN",)
        and len(r.root) >= 3
        and (r.suffix or len(r.prefixes) > 1 or "D0" in _pairs(r.root))
        for r in speller().readings(word)
    )


_DASH_BEFORE = re.compile(r"\s[-–—]\s*$")


def lead_noun(doc: Doc, j: int) -> bool:
    """Token ``j`` opens the lead after its dateline's dash and is a common word of the
    dictionary (a Hunspell root), capitalised for the sentence: 'MENARAnews, Kapuas – Daya
    tampung …'."""
    t = doc.tokens[j]
    para = doc.paras[t.para]
    if para.kind != "lead" or t.start - para.start > 80 or not t.text[:1].isupper():
        return False
    if not _DASH_BEFORE.search(doc.text, para.start, t.start):
        return False
    from kabar_desktop.check.spelling import speller

    return bool(speller().lists.stems.get(t.text.lower()))
