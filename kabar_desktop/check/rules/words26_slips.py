"""Real words written for another that only their neighbours give away (S3, session 16).

A Humas writer's 'cuti bersama' (the public holiday) in a list of a prisoner's rights is
'cuti bersyarat' ('pembebasan bersyarat, dan tiga cuti bersama'); 'sintesis' (a synthesis)
said of a material is 'sintetis' ('rotan sintesis'). Each reading needs its neighbour: the
holiday and the idea are words in their own places.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.rules import N_, Hit, keep_case

_RARE = N_("'{word}' is a word, but a rare one here; did you mean '{fix}'?")
# "cuti bersama" in a sentence that names a prisoner's conditional release or assimilation.
_LEAVE = re.compile(r"\b(cuti bersama)\b")
_RIGHTS = re.compile(r"\b(?:bersyarat|asimilasi|remisi|integrasi)\b", re.IGNORECASE)
# "rotan sintesis", "berbahan utama sintesis": a material, not a synthesis.
_MATERIAL = re.compile(
    r"\b(?:rotan|serat|kulit|karet|benang|rumput|bahan|kain|tali|bulu|berbahan(?: utama)?)"
    r" (sintesis)\b"
)


# "dengan penuh antusias.", "mendapat antusias luar biasa", "Antusias masyarakat cukup
# tinggi": the adjective where the noun belongs (KBBI: antusiasme; the sets mark it 5 of 5).
_ANTUSIAS = re.compile(
    r"\b(?:penuh (antusias)(?=[.,;])|(?:mendapat|mendapatkan) (antusias)\b(?!me))"
)
_ANTUSIAS_OPENING = re.compile(
    r"(Antusias) (?=(?:warga|masyarakat|keluarga|peserta|pengunjung|para)\b)"
)
# "terlihat dari antusias warga sekitar", "tingginya antusias para peserta": the noun before
# the people it belongs to (session 41: 17 of 18 marked in narration); after 'disambut',
# 'diikuti' or 'dengan' it is the adverb ("disambut antusias warga").
_ANTUSIAS_OF = re.compile(
    r"(?<!disambut )(?<!diikuti )(?<!sambutan )(?<!menarik )(?<!dengan )(?<!sangat )"
    r"(?<!begitu )(?<!tampak )\b(antusias)(?= (?:warga|masyarakat|keluarga|peserta|"
    r"pengunjung|para|pedagang|pelaku|guru|siswa|pegawai|jemaah|anak|ibu|remaja|pemuda|"
    r"petani)\b)"
)
_NOUN = N_("'{word}' describes someone; the noun is '{fix}'.")
# "larangan gravitasi, suap dan pungli": gravity in an article on bribes is 'gratifikasi'
# (heldout408: 2 of 2; a water pipe's 'pipa gravitasi' has no bribe beside it).
_GRAVITY = re.compile(r"\b(gravitasi)\b", re.IGNORECASE)
_BRIBES = re.compile(r"\b(?:suap|pungli|pungutan liar|korupsi|antikorupsi|gratifikasi)\b", re.I)


def context_slips(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    if "ravitasi" in text and _BRIBES.search(text):
        for slip in _GRAVITY.finditer(text):
            fix = keep_case(slip.group(1), "gratifikasi")
            yield _hit(slip.start(1), slip.end(1), slip.group(1), fix)
    for para in doc.prose_paras():
        for s, e in para.sentences:
            found = [*_ANTUSIAS.finditer(text, s, e), _ANTUSIAS_OPENING.match(text, s, e)]
            found += _ANTUSIAS_OF.finditer(text, s, e)
            for m in found:
                if m is None or doc.in_quote(m.start()):
                    continue
                g = next(k for k in range(1, len(m.groups()) + 1) if m.group(k))
                fix = m.group(g) + "me"
                yield Hit(m.start(g), m.end(g), _NOUN, fix, {"word": m.group(g), "fix": fix})
            if _RIGHTS.search(text, s, e):
                for m in _LEAVE.finditer(text, s, e):
                    yield _hit(m.start(1), m.end(1), m.group(1), "cuti bersyarat")
            for m in _MATERIAL.finditer(text, s, e):
                yield _hit(m.start(1), m.end(1), m.group(1), "sintetis")


def _hit(start: int, end: int, typed: str, fix: str) -> Hit:
    return Hit(start, end, _RARE, fix, {"word": typed, "fix": fix})
