"""Frequent words typed for another that a neighbour gives away (S3, session 41).

Each form is a word of its own, so the spelling rules are silent: ``resmi`` (official) for
``remisi`` (a sentence's reduction) in ``mendapat resmi khusus``, ``bawah`` for ``bahwa``
after a verb of saying, ``selalu`` for ``selaku`` before an office, ``bias`` for ``bisa``
before a verb, ``berbagi`` (to share) for ``berbagai`` before a kind of thing, ``pelayan``
(a servant) for ``pelayanan`` as a service given, ``penertiban`` for ``penerbitan`` of a
passport, ``pemilihan`` for ``pemilahan`` of waste, ``in`` for ``ini`` after an Indonesian
noun, and the spoken ``tau`` for ``tahu`` in the writer's own sentences. Each reading is
held only beside the neighbour that makes the other word impossible; the counts in the
comments are the marked sets' (marked of found, session 41).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.rules import N_, Hit, keep_case
from kabar_desktop.check.spelling import speller

_RARE = N_("'{word}' is a word, but a rare one here; did you mean '{fix}'?")

_POSTS = (
    r"Kepala|Ketua|Koordinator|Pj|Plt|Kasi|Kasubsi|Kabid|Sekretaris|Direktur|Camat|Bupati|"
    r"Kadis|Kasubag|Kasubbag|Kalapas|Karutan|Kakanim|pimpinan|penanggung"
)
_SAYING = (
    r"mengatakan|menyampaikan|menjelaskan|mengungkapkan|menegaskan|menerangkan|menuturkan|"
    r"menyatakan|mengingatkan|menekankan|memastikan|mengakui|berharap|mengharapkan|tekad|"
    r"dikatakan|disampaikan|dijelaskan"
)
_KINDS = (
    r"macam|jenis|pihak|program|kegiatan|tindak|sayur|bentuk|kalangan|elemen|unsur|instansi|"
    r"daerah|lapisan|sektor|hal|upaya|kerajinan|bidang|aspek|komunitas|kendala|permasalahan|"
    r"masalah|lembaga|stakeholder|organisasi|usia|profesi|latar"
)
_SERVICES = r"kesehatan|imunisasi|vaksin|uji|kepada|prima|terpadu|administrasi|dokumen|paspor"
_DOCUMENTS = r"paspor|e-paspor|dokumen|sertifikat|akta|KTP|kartu|buku nikah|SPRI|visa"
# Each: a pattern whose group 1 is the typed word, the word meant, and whether quotes count.
_READINGS: tuple[tuple[re.Pattern[str], str, bool], ...] = (
    # "mendapatkan resmi khusus (RK)", "pemberian resmi Natal" (6 of 6)
    (
        re.compile(
            r"(?<!secara )\b(resmi)(?= (?:khusus|umum|Natal|Waisak|Nyepi|Imlek|Idul|"
            r"dasawarsa|hari raya)\b)|\b(?:mendapat|mendapatkan|pemberian|diberikan|"
            r"usulan|pengusulan) (resmi)\b"
        ),
        "remisi",
        True,
    ),
    # "Bupati Dico mengatakan bawah kegiatan ini …" (4 of 4)
    (re.compile(rf"\b(?:{_SAYING}) (bawah)\b(?! ini\b)"), "bahwa", True),
    # "Sugeng Waluyo selalu Pj UKM" (4 of 4)
    (re.compile(rf"(?<=[\w.,] )(selalu)(?= (?:{_POSTS})\b)"), "selaku", True),
    # "HIV bias bersarang", "harus bias membuat" (5 of 5); "bias terhadap" is a bias
    (
        re.compile(r"\b(bias)(?= (?!terhadap\b)(?:me|di|ber|ter)\w+|(?: lebih| menjadi)\b)"),
        "bisa",
        True,
    ),
    # "ditanami berbagi sayur", "dengan berbagi tindak pidana" (7 of 7)
    (re.compile(rf"\b(berbagi)(?= (?:{_KINDS})\b)"), "berbagai", True),
    # "memberikan pelayan imunisasi", "peningkatan pelayan kesehatan" (8 of 8); a servant
    # of the people ("pelayan masyarakat", "pelayan publik") is meant
    (
        re.compile(
            rf"\b(pelayan)(?= (?:{_SERVICES})\b)|\b(?:memberikan|mendapatkan|mendapat|"
            r"peningkatan|meningkatkan|kualitas|kaitannya) (pelayan)\b(?! masyarakat| publik)"
        ),
        "pelayanan",
        True,
    ),
    # "menunda penertiban paspor", "penertiban dokumen perjalanan" (4 of 4)
    (
        re.compile(
            rf"\b(penertiban)(?= (?:{_DOCUMENTS})\b)|\b(?:menunda|ditangguhkan|"
            r"penangguhan|menangguhkan) (penertiban)\b"
        ),
        "penerbitan",
        True,
    ),
    # "deklarasi pemilihan sampah" (4 of 4)
    (re.compile(r"\b(pemilihan)(?= (?:sampah|limbah)\b)"), "pemilahan", True),
    # "Melalui kegiatan in untuk …", "hari in," (15 of 15)
    (re.compile(r"(?<=[a-z]{3} )(in)(?=[.,;:]| [a-z]{3})"), "ini", True),
    # "sehingga mereka tau dan …" in the writer's sentences (4 of 4; quotes keep the
    # speaker's spoken word: 7 of 27 marked)
    (re.compile(r"\b(tau)\b"), "tahu", False),
)
# English words before and after which "in" is English ("check in", "in the").
_ENGLISH = frozenset(
    [
        "check",
        "log",
        "walk",
        "sign",
        "drive",
        "plug",
        "built",
        "made",
        "stay",
        "join",
        "fade",
        "zoom",
        "all",
        "live",
        "roll",
        "sit",
        "lock",
        "opt",
        "break",
        "pop",
        "hang",
        "tune",
        "fill",
        "turn",
        "hand",
        "clock",
        "phase",
        "cut",
        "dial",
        "login",
        "the",
        "and",
        "or",
        "of",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "a",
        "an",
        "to",
        "for",
        "with",
        "on",
        "at",
        "by",
        "this",
        "that",
        "it",
        "as",
        "from",
        "into",
        "personal",
    ]
)


def neighbour_slips(doc: Doc) -> Iterator[Hit]:
    """Yield each reading of ``_READINGS`` in the running text (quotes where it allows)."""
    text = doc.text
    for para in doc.prose_paras():
        for pattern, fix, in_quotes in _READINGS:
            for m in pattern.finditer(text, para.start, para.end):
                g = 1 if m.group(1) else 2
                start, end = m.start(g), m.end(g)
                if not in_quotes and doc.in_quote(start, end):
                    continue
                if fix == "ini" and _english_around(text, start, end):
                    continue
                typed = m.group(g)
                want = keep_case(typed, fix)
                yield Hit(start, end, _RARE, want, {"word": typed, "fix": want})


def _english_around(text: str, start: int, end: int) -> bool:
    """Whether the words beside ``in`` are not both Indonesian (``check in``, ``in the``,
    ``trafficking in person``, ``mens sana in corpore sano``, ``in syaa Allah``)."""
    before = text[max(0, start - 20) : start].split()
    after = text[end : end + 20].split()
    near = [w.strip(".,;:").lower() for w in (before[-1:] + after[:1])]
    check = speller()
    return any(w in _ENGLISH or (w.isalpha() and not check.known(w)) for w in near)
