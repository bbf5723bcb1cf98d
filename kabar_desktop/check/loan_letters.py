"""English spellings of loanwords that KBBI writes as Indonesian sounds them (S7).

KBBI adapts a loan by its sound (Pedoman Umum Pembentukan Istilah): c is k before a, o, u and
a consonant (cafe → kafe, clinic → klinik) and s before e, i (cinema → sinema); ph is f; x is
ks; a doubled consonant is single (assessment → asesmen); and the endings -ment, -tion, -ity,
-ive, -ic, -le become -men, -si, -itas, -if, -ik, -el (sample → sampel). S7 offers the
respelling only when the word list does not know the word and does know the respelling, so a
name or an English word with no Indonesian form is left to the other rules.
"""

from __future__ import annotations

import re

# A word with one of the spellings below is worth respelling (the cheap test first).
ENGLISH_LETTERS = re.compile(r"c|ph|x|([bdfgklmnprst])\1|(?:ment|tion|ity|ive|ic|le)$")
_ENDINGS = (("ment", "men"), ("tion", "si"), ("ity", "itas"), ("ive", "if"), ("ic", "ik"))
_C = re.compile(r"c(?=[ei])|c")
DOUBLE_LETTERS = re.compile(r"([bdfgklmnprst])\1")


def english_respelt(lower: str) -> str | None:
    """``lower`` spelled by KBBI's adaptation of English letters, or None when nothing
    changes. Short words are left alone: 'bell' or 'cek' is no loan to respell."""
    if len(lower) < 4 or not lower.isalpha():
        return None
    out = lower
    for old, new in _ENDINGS:
        if out.endswith(old) and len(out) > len(old) + 2:
            out = out[: -len(old)] + new
            break
    else:
        if out.endswith("le") and len(out) >= 6 and out[-3] not in "aeiou":
            out = out[:-2] + "el"
    out = out.replace("ph", "f").replace("x", "ks").replace("ck", "k")
    out = _C.sub(lambda m: "s" if m.end() < len(out) and out[m.end()] in "ei" else "k", out)
    if len(lower) >= 5:  # "bell", "call": short English words, no loans
        out = DOUBLE_LETTERS.sub(r"\1", out)
    return out if out != lower else None


def common_respelling(lower: str) -> str | None:
    """``lower`` as KBBI would spell the common word it may stand for: an English spelling
    made Indonesian, or a final -y after a consonant made -i ('voly' → 'voli')."""
    if len(lower) >= 4 and lower.endswith("y") and lower[-2] not in "aeiou":
        return lower[:-1] + "i"
    return english_respelt(lower)
