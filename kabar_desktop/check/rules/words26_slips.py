"""Real words written for another that only their neighbours give away (S3, session 16).

A Humas writer's 'cuti bersama' (the public holiday) in a list of a prisoner's rights is
'cuti bersyarat' ('pembebasan bersyarat, dan tiga cuti bersama'); 'sintesis' (a synthesis)
said of a material is 'sintetis' ('rotan sintesis'); 'resmi khusus' given to a prisoner is
'remisi' (session 41). Each reading needs its neighbour: the holiday, the idea and the
official act are words in their own places.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import words
from kabar_desktop.check.rules import N_, Hit, keep_case
from kabar_desktop.check.spelling import speller

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
        yield from _neighbour_readings(doc, para.start, para.end)


def _hit(start: int, end: int, typed: str, fix: str) -> Hit:
    return Hit(start, end, _RARE, fix, {"word": typed, "fix": fix})


# Frequent words typed for another, each beside the neighbour that makes the other word
# impossible (session 41; the counts are the sets' marked of found): "resmi" (official) for
# "remisi", "bawah" for "bahwa" after a verb of saying, "selalu" for "selaku" before an
# office, "bias" for "bisa" before a verb, "berbagi" for "berbagai" before a kind of thing,
# "pelayan" for "pelayanan" given, "penertiban" for "penerbitan" of a passport, "pemilihan"
# for "pemilahan" of waste, "in" for "ini" after an Indonesian word, the spoken "tau".
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
    # "disambut langsung Kelapa Lapas Hamka", "dinilai Kelapa Desa / Lurah" (3 of 3, session
    # 44): the coconut palm before an office's word in capitals is its head, 'Kepala'
    (
        re.compile(
            r"\b(Kelapa)(?= (?:Lapas|Rutan|Bapas|Rudenim|LPKA|Desa|Dinas|Seksi|Bidang|Sekolah|"
            r"Bagian|Kantor|Puskesmas|Divisi|Balai|Dusun|Kanwil|Badan|UPT|KUA|Sub\w*)\b)"
        ),
        "Kepala",
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
# Words the Indonesian lists know that make "in" English beside them ("log in", "plug in");
# any word the lists lack does too ("check in", "in the", "mens sana in corpore sano").
_ENGLISH_TOO = words("log plug sit pop hang cut are were be a as personal")


def _neighbour_readings(doc: Doc, para_start: int, para_end: int) -> Iterator[Hit]:
    """Each reading of ``_READINGS`` in one paragraph (quotes where the reading allows)."""
    text = doc.text
    for pattern, fix, in_quotes in _READINGS:
        for m in pattern.finditer(text, para_start, para_end):
            g = 1 if m.group(1) else 2
            start, end = m.start(g), m.end(g)
            if not in_quotes and doc.in_quote(start, end):
                continue
            if fix == "ini" and _english_around(text, start, end):
                continue
            yield _hit(start, end, m.group(g), keep_case(m.group(g), fix))


def _english_around(text: str, start: int, end: int) -> bool:
    """Whether a word beside ``in`` is not Indonesian (``check in``, ``trafficking in
    person``, ``in syaa Allah``)."""
    before = text[max(0, start - 20) : start].split()
    after = text[end : end + 20].split()
    near = [w.strip(".,;:").lower() for w in (before[-1:] + after[:1])]
    check = speller()
    return any(w in _ENGLISH_TOO or (w.isalpha() and not check.known(w)) for w in near)
