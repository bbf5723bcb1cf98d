"""Sentences run together without a comma or a full stop (issue 13, round 7).

EYD V puts a comma after a phrase that opens the sentence where the reader could take it for
part of the subject (Tanda Koma: 'Dalam pengembangan bahasa, kita …'), and a full stop or a
comma before a connector that starts a new clause. These rules read only where the words show
the seam, and stay silent elsewhere:

- P35 `Diluar rangkaian Hari Bakti ke-58 Kalapas juga menyampaikan …`: a phrase of a
  preposition runs into its sentence's subject (an office, a pronoun, `setiap …`, a name after
  a number or a word in -nya, an institution with its active verb) → `ke-58, Kalapas`. A
  phrase closed by `ini`, `itu`, `tersebut` is left alone: the reader sees where it ends;
- P36 `Ia menjelaskan selain itu Rutan …`: a connector between sentences inside a sentence
  with no mark before it → `menjelaskan, selain itu,` after a verb of saying, a full stop
  elsewhere;
- P37 `… telah diselesaikan sementara 14 diantaranya masih …`, `… secara lengkap hal ini
  tentu menunjukkan …`: a second clause opened by `sementara` (while) or by `hal ini` as its
  subject, with no mark before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import (
    FUNCTION_WORDS,
    INSTITUTION_KINDS,
    POSITION_PARTS,
    POSITIONS,
    words,
)
from kabar_desktop.check.rules import ERROR, N_, WARNING, Hit, keep_case, rule
from kabar_desktop.check.rules.commas import is_verb

# Prepositions and subordinators that open a sentence with a phrase before its subject (P30
# reads "Kepada", "Sebagai", "Bagi", the meN- verbs and the clauses of time first).
_OPENERS = words(
    """dalam di diluar pada untuk terhadap terkait usai seusai selama sejak dari melalui
    lewat dengan atas berkat menjelang jelang demi guna mengenai tentang sesuai berdasarkan
    setelah sesudah sebelum saat ketika diantara bersama seiring sehubungan kepada sebagai
    bagi"""
)
# Subordinators whose clause has a verb and its object before the main clause (P30 reads
# such a clause before a capitalised subject).
_CLAUSE_OPENERS = words(
    "setelah sesudah usai seusai sebelum saat ketika selama sejak untuk guna demi"
)
# Words that close a phrase where the reader sees it end: no comma is missed after them.
_CLOSERS = words("ini itu tersebut sana sini situ tadi kini lalu nanti kemarin")
# Pronouns that are never a possessor ("tujuan mereka" is "their purpose"), as in P30.
_PRONOUNS = words("ia beliau pihaknya")
_QUANTIFIERS = words("setiap seluruh semua para")
_ADVERBS = words(
    """juga akan telah sudah tetap terus pun turut langsung selalu kembali tidak belum masih
    sempat segera lalu kemudian pula hanya sangat"""
)
_MODALS = words("wajib harus perlu dapat bisa mampu mesti hendaknya patut siap ingin")
# A last word that takes a name as its complement ("kepada para kepala Lapas …", "sebagai
# ketua Tim …", "bersama jajaran Kanwil …"): where the phrase ends cannot be seen.
_TAKES_A_NAME = (
    FUNCTION_WORDS
    | POSITIONS
    | POSITION_PARTS
    | words(
        """lanjut bentuk wujud upaya rangka implementasi pelaksanaan realisasi perwakilan
        utusan anggota bagian warga tim peserta mitra pihak jajaran pegawai petugas para
        kunjungan sambutan arahan amanat kegiatan acara program rombongan wilayah kota
        kabupaten provinsi"""
    )
)
# Positions that head a longer title or serve as common nouns ("kepala desa", "wakil ketua"):
# in lowercase they are no subject of their own.
_TITLE_HEADS = words(
    """kepala ketua wakil analis asisten pengelola koordinator sekretaris pranata direktur
    inspektur menteri presiden plt plh"""
)
# Lowercase words that go on a name or a time rather than open a subject ("Senin pagi").
_NOT_NOUNS = _CLOSERS | words(
    """pagi siang sore malam kemarin mendatang depan sendiri saja pula sekitarnya setempat
    lama baru ke sebagai selaku yakni yaitu"""
)
# Prepositions beside FUNCTION_WORDS that take a name after them.
_WITH = words("bersama beserta selaku yakni yaitu termasuk seperti kecuali selain mengenai terkait")
# Places whose name may hold an office ("Rumah Dinas Bupati", "Pendopo Wali Kota").
_PLACES = words("rumah aula gedung pendopo ruang ruangan wisma lapangan halaman jalan dinas")
# Verbs after which the subject comes ("… berlangsung rapat koordinasi").
_INVERTING = words("berlangsung bertempat berlokasi terdapat tersedia hadir tampak terlihat")
_CAPITAL_WORD = re.compile(r"[A-Z][\w’'.-]*|I{1,3}[AB]?|IV|V|[A-Z]{2,}")
_NUMBERISH = re.compile(r"\d[\d.,/%-]*|ke-\d+|\(\w+\)")
_ORDINAL = re.compile(r"ke-\d+")
_WORD_STRIP = "“”\"'()"


def _active(word: str) -> bool:
    """An active verb ('memberikan', 'berhasil'): a subject does it; a passive ('dibahas') may
    follow a phrase that has no subject at all."""
    return _verb(word) and not word.startswith("di")


def _verb(word: str) -> bool:
    """A verb, with its object's '-nya' too ('mendatangkannya'; not 'menurutnya')."""
    if word.endswith("nya") and word != "menurutnya":
        word = word[:-3]
    return is_verb(word)


def _predicate(ws: list[str], j: int, active_only: bool = False) -> bool:
    """Whether the words from ``j`` open a predicate: adverbs, then a verb or a modal."""
    while j < len(ws) and ws[j] in _ADVERBS:
        j += 1
    if j >= len(ws):
        return False
    w = ws[j].rstrip(".,;:")
    return (_active(w) if active_only else _verb(w)) or w in _MODALS


def _capital_run(ws: list[str], j: int) -> int:
    """The index after the name that starts at ``j`` ('Lapas kelas IIB Pangkalan Bun')."""
    while j < len(ws):
        w = ws[j]
        kelas = w == "kelas" and j + 1 < len(ws) and _CAPITAL_WORD.fullmatch(ws[j + 1])
        if not (kelas or _CAPITAL_WORD.fullmatch(w)):
            break
        j += 1
    return j


def _subject_at(ws: list[str], i: int) -> bool:
    """Whether a subject and its predicate start at word ``i``, after the phrase ``ws[1:i]``."""
    w, prev = ws[i], ws[i - 1]
    low, prev_low = w.lower(), prev.lower()
    if prev_low in _CLOSERS or prev_low in FUNCTION_WORDS or prev_low in _WITH:
        return False  # "Dalam rapat bersama Kalapas …": the office is the phrase's
    if prev_low in POSITIONS or prev_low in POSITION_PARTS or prev_low in _PLACES:
        return False  # "Wakil Bupati", "di Aula Kantor Bupati Sragen": one name
    if w in _PRONOUNS:  # "Dari hasil sidak pihaknya menilai": a short phrase needs none
        return i > 3 and _predicate(ws, i + 1)
    if w in _QUANTIFIERS:  # "Usai senam setiap warga binaan dengan tertib mengantre"
        j = i + 1
        while j < min(len(ws), i + 4) and ws[j].isalpha() and ws[j].islower():
            if is_verb(ws[j]) or ws[j] in FUNCTION_WORDS - {"dengan"}:
                break
            j += 1
        if j < len(ws) and ws[j - 1] == "dengan":
            j += 1  # "dengan tertib": the manner, then the verb
        return j > i + 1 and _predicate(ws, j, active_only=True)
    if w in POSITIONS and w not in _TITLE_HEADS:  # "Sebagai pejabat publik kades memiliki"
        return prev.islower() and prev_low not in _TAKES_A_NAME and _predicate(ws, i + 1)
    if w.islower() and prev[:1].isupper() and prev[-1:].isalpha():
        return _noun_subject(ws, i)  # "Setelah meninjau Lapas Permisan rombongan melihat …"
    if not w[:1].isupper():
        return False
    end = _capital_run(ws, i)
    if end == i:
        return False
    if ws[end : end + 1] and ws[end].rstrip(".,") in _INVERTING:
        return False  # "Di Aula Kantor Bupati berlangsung rapat": the subject comes after
    offices = [x for x in ws[i:end] if x.lower() in POSITIONS or x.lower() in INSTITUTION_KINDS]
    if low in POSITIONS:  # "… ke-58 Kalapas juga menyampaikan": an office does what follows
        if sum(x.lower() in POSITIONS for x in offices) != 1:
            return False
        # One word the reader skips before the verb, a slip of an adverb ("Karutan Rudi
        # lansung mendatangkan"): an office and its name still do what follows.
        slip = end < len(ws) and ws[end].isalpha() and ws[end].islower()
        slip = slip and ws[end] not in FUNCTION_WORDS and not is_verb(ws[end])
        return _predicate(ws, end) or slip and _predicate(ws, end + 1, active_only=True)
    if len(offices) > 1:
        return False  # "dukungan Kanwil Jateng Lapas Sragen meraih": two names, one seam
    if prev_low in _TAKES_A_NAME or not (prev.islower() or prev.isdigit()):
        return False  # after a capital the name may go on ("Di Dapur Lapas Permisan …")
    if _owned_people(ws, i):
        return False  # "… yang beragam warga binaan Lapas Slawi menyalurkan": whose people
    if low in INSTITUTION_KINDS:  # "… pelatihan Lapas kelas IIB Pangkalan Bun memberikan"
        return _predicate(ws, end, active_only=True)
    # A name after an ordinal or a word in -nya ("Dalam arahannya Susy mengatakan"): neither
    # takes a name after it.
    closed = bool(_ORDINAL.fullmatch(prev)) or prev_low.endswith("nya")
    return closed and _predicate(ws, end, active_only=True)


def _owned_people(ws: list[str], i: int) -> bool:
    """The lowercase noun for people before the office's name is the subject's head ("warga
    binaan Lapas Slawi", "petugas Rutan Kudus", "jajaran Kanwil"): the office owns them, and
    the subject starts before them, where no word shows the seam."""
    from kabar_desktop.check.lexicon import GENRE_PAIRS
    from kabar_desktop.check.rules.people_nouns import PEOPLE_NOUNS

    prev = ws[i - 1].lower()
    pair = (ws[i - 2].lower(), prev) if i >= 2 else ("", "")
    return prev in PEOPLE_NOUNS or pair in GENRE_PAIRS


def _noun_subject(ws: list[str], i: int, active_only: bool = True) -> bool:
    """A common noun (maybe with its owner's name) and an active verb after a name that ends
    the phrase: the name cannot go on in lowercase, so the noun opens the main clause."""
    if ws[i] == "kelas":
        return False  # "bengkel kerja LPP kelas II A tercatat …": the office's class goes on
    j = i
    while j < min(len(ws), i + 2) and ws[j].isalpha() and ws[j].islower():
        w = ws[j]
        if w in FUNCTION_WORDS or w in _ADVERBS or w in _NOT_NOUNS or is_verb(w):
            break
        j += 1
    if j == i:
        return False
    return _predicate(ws, _capital_run(ws, j), active_only=active_only)


def _phrase_end(ws: list[str]) -> int | None:
    """The index of the subject after an opening phrase, or None."""
    after_yang = clause = False
    for i in range(1, min(len(ws), 12)):
        w = ws[i]
        if w.endswith((",", ";", ":")) or w.endswith(".") and not _NUMBERISH.fullmatch(w):
            return None  # a mark is there already (or the sentence ends)
        if w == "yang":
            after_yang = True
        elif is_verb(w.lower()) and not after_yang and not clause:
            purpose = ws[0].lower() == "dalam" and ws[1] == "rangka"
            if ws[0].lower() not in _CLAUSE_OPENERS and not purpose:
                return None  # "Dengan menyambut HUT RI Lapas …": where the object ends is unseen
            clause = True  # "Setelah meninjau Lapas Permisan rombongan …": a verb and its object
            continue
        if i >= 2 and (_after_clause(ws, i) if clause else _subject_at(ws, i)):
            return i
        if w.lower() in _CLOSERS:
            return None  # the phrase ends here, where the reader sees it end
    return None


def _after_clause(ws: list[str], i: int) -> bool:
    """The main clause's subject after a clause with its verb and object: a common noun after
    the name that ends the object ("meninjau Lapas Permisan rombongan melihat"), or any
    subject after an ordinal or a word in -nya, which no name completes ("memperingati HUT
    Bhayangkara ke-77 Kapolres memberikan")."""
    prev = ws[i - 1]
    if _ORDINAL.fullmatch(prev) or prev.endswith("nya") and prev.islower():
        return _subject_at(ws, i) or ws[i].islower() and _noun_subject(ws, i)
    if not (ws[i].islower() and prev[:1].isupper() and prev[-1:].isalpha()):
        return False
    # After the clause a name cannot go on in lowercase: a passive verb is the noun's too
    # ("Setelah dibuka oleh Kakanwil Jateng kegiatan dilanjutkan …").
    return prev.lower() not in POSITIONS and _noun_subject(ws, i, active_only=False)


# Connectors closed by their comma before the phrase ("Bahkan, untuk instruktur senam …").
_LEADS = {("bahkan,",), ("namun,",), ("kemudian,",), ("selanjutnya,",), ("selain", "itu,")}
_LEADS |= {("sementara", "itu,"), ("untuk", "itu,"), ("oleh", "karena", "itu,")}


def _connector_lead(ws: list[str]) -> int:
    """How many words a connector and its comma take at the sentence's start."""
    for n in (1, 2, 3):
        if tuple(w.lower() for w in ws[:n]) in _LEADS:
            return n
    return 0


_HOPE = re.compile(r"(?i:dengan harapan|dengan tujuan) ")  # the hope's own clause (p88)


@rule("P35", WARNING, N_("A comma closes the opening phrase before the subject"))
def fronted_phrase(doc: Doc) -> Iterator[Hit]:
    from kabar_desktop.check.rules.opening_commas import _opening_phrase

    text = doc.text
    for para in doc.prose_paras():
        for s, e in para.sentences:
            if "ari " in text[s:e] or "antara " in text[s:e]:
                yield from _partitive(doc, s, e)
            if doc.in_quote(s) or text[s : s + 1] in _WORD_STRIP:
                continue
            spans = [m.span() for m in re.finditer(r"\S+", text[s:e])][:16]
            ws = [text[s + a : s + b] for a, b in spans]
            lead = _connector_lead(ws)  # "Bahkan, untuk …": the phrase opens after it
            spans, ws = spans[lead:], ws[lead:]
            if len(ws) < 4 or ws[0].lower() not in _OPENERS or _HOPE.match(text, s):
                continue  # "Dengan harapan program … dapat …"
            if not (ws[0][:1].isupper() or lead) or _split_passive(ws):
                continue  # "Di Fasilitasi program …": a passive verb written apart (W2), no place
            i = _phrase_end(ws)
            if i is None or not lead and _opening_phrase(doc, s, e) is not None:
                continue  # P30 reads this one
            start, end = s + spans[i - 1][0], s + spans[i - 1][1]
            word = text[start:end]
            if word in ("I", "II", "III", "IV"):  # "… Asisten I Sekda Brebes": a post's number
                continue
            yield Hit(
                start,
                end,
                N_("A comma closes the opening phrase before the subject: '{word}'."),
                word + ",",
                {"word": word + ","},
            )


def _split_passive(ws: list[str]) -> bool:
    """The sentence opens with a di- verb written apart ("Di Fasilitasi", "Di laksanakan"):
    the opening is a verb and its object, not a phrase of place before the subject."""
    from kabar_desktop.check.rules.preposition_or_verb import di_verb
    from kabar_desktop.check.spelling import speller

    if ws[0].lower() != "di" or not ws[1].isalpha():
        return False
    return di_verb(ws[1].lower(), speller().words)


# "Dari 83 litmas diversi 72 dinyatakan berhasil": a phrase of the whole, then the number of
# its part as the subject; the two numbers read as one phrase without the comma.
_PARTITIVE = re.compile(
    r"(?:^|(?<=, )|(?<=^[“\"]))(?:[Dd]ari|[Dd]iantara|[Dd]i antara)((?: [^\s,.;:]+){1,6}?)"
    r" ([a-z]+) (\d+)(?= ((?:[a-z]+ ){0,3}[a-z]+))"
)
_NOT_BEFORE_NUMBER = FUNCTION_WORDS | words(
    """sebanyak sekitar sekira kurang lebih hanya ada mencapai sejumlah berjumlah total jumlah
    nomor tahun bulan tanggal pukul jam hari kelas angka sebesar senilai sedikitnya
    setidaknya hampir sementara yakni yaitu adalah periode semester tahap sesi angkatan
    gelombang blok kamar lantai ruang pos unit regu tim kelompok pasal ayat"""
)


def _partitive(doc: Doc, s: int, e: int) -> Iterator[Hit]:
    text = doc.text
    for m in _PARTITIVE.finditer(text[s:e]):
        prev, after = m.group(2), m.group(4).split()
        if prev in _NOT_BEFORE_NUMBER or is_verb(prev) or prev.endswith("kan"):
            continue
        if after[0] not in ("diantaranya", "di") and not any(_predicate(after, k) for k in (0, 1)):
            continue  # "Dari 50 peserta 45 orang lulus", "… tersebut 83 di antaranya …"
        start = s + m.start(2)
        yield Hit(
            start,
            start + len(prev),
            N_("A comma closes the opening phrase before the subject: '{word}'."),
            prev + ",",
            {"word": prev + ","},
        )


# Connectors between sentences (P8's) that may not run on from a word with no mark.
_CONNECTOR = re.compile(
    r"(?<=[^\W\d_]) (selain itu|oleh karena itu|oleh sebab itu|dengan demikian|sementara itu"
    r"|di samping itu|namun demikian|meskipun demikian|walaupun demikian|kendati demikian)"
    r"\b(,?)"
)
_NOT_BEFORE_CONNECTOR = words("dan serta atau bahwa maka yang tetapi namun hal adapun")
# What opens the clause after the connector: a name or an office, a pronoun, a quantifier.
_NEW_SUBJECT = re.compile(
    r"[A-Z][\w’'-]*|\d+|ia|dia|kami|kita|mereka|pihaknya|beliau|saya|setiap|seluruh|semua|para"
)
# Verbs of saying: what follows them is what was said, set off by commas.
_SAYING = re.compile(
    r"(?:mengatakan|menyampaikan|menjelaskan|menuturkan|mengungkapkan|menambahkan|menegaskan"
    r"|menerangkan|menyebutkan|menyebut|mengaku|memaparkan|mengemukakan|mengimbau"
    r"|mengingatkan|berpesan|berharap)|(?:kata|ujar|ucap|tutur|jelas|imbuh|tambah|ungkap"
    r"|tegas|terang)(?:nya)?"
)


@rule("P36", ERROR, N_("A connector between sentences does not run on from the words before"))
def connector_run_on(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    if "itu" not in text and "demikian" not in text:
        return
    for para in doc.prose_paras():
        for m in _CONNECTOR.finditer(text, para.start, para.end):
            prev = text[text.rfind(" ", para.start, m.start()) + 1 : m.start()]
            if prev.lower() in _NOT_BEFORE_CONNECTOR:
                continue
            nxt = text[m.end() : m.end() + 20].split()
            if m.group(2) or not nxt or not _NEW_SUBJECT.fullmatch(nxt[0]):
                continue  # "tidak ada kegiatan selain itu": 'other than that', no new clause
            connector = m.group(1)
            if _SAYING.fullmatch(prev.lower()):  # "Ia menjelaskan, selain itu, Rutan …"
                fix = f"{prev}, {connector},"
            else:
                fix = f"{prev}. {keep_case('X', connector)},"
            yield Hit(
                m.start() - len(prev),
                m.end(1),
                N_("A connector between sentences needs a mark before it: '{word}'."),
                fix,
                {"word": fix},
            )


# "… diselesaikan sementara 14 diantaranya masih dikerjakan": 'sementara' (while) opens a
# clause with its own subject (a number, a pronoun); before a duration it means "for a while".
_SEMENTARA = re.compile(
    r"(?<=[^\W\d_]) sementara (?=(\d+|ia|dia|mereka|kami|kita|pihaknya|beliau|sisanya"
    r"|lainnya)\b( [a-z]+)?)"
)
_DURATIONS = words("hari minggu pekan bulan tahun jam menit detik waktu malam kali")
_NOT_BEFORE_SEMENTARA = FUNCTION_WORDS | words("yang tinggal masih ini itu")
# "… secara lengkap hal ini tentu menunjukkan …": 'hal ini' as the subject of a new clause.
_HAL_INI = re.compile(r"(?<=[a-z]) (hal (?:ini|itu|tersebut)) ([a-z]+)\b")
_NOT_BEFORE_HAL = FUNCTION_WORDS | words(
    """terkait mengenai soal seperti atas akan tentang menyikapi menanggapi melihat tentunya
    bahwa maka juga pun sebab justru ialah adalah yakni yaitu semua segala setiap namun
    tetapi tapi sehingga jadi lalu kemudian bahkan apalagi sedangkan padahal meskipun
    walaupun jika kalau apabila ketika saat setelah sebelum bukan hanya kedua ketiga
    beberapa berbagai banyak sejumlah tiap satu dua tiga empat lima suatu sebuah ingin mau
    harap berharap agar supaya mencegah menghindari"""
)
_SUBORDINATORS = words(
    """jika kalau apabila bila karena sebab setelah sesudah saat ketika meskipun walaupun
    agar supaya sebelum sejak selama untuk dengan seandainya"""
)
# How an event went, then a new subject or a wish ("berjalan lancar saya …").
_OUTCOME = re.compile(
    r"\b(?:berjalan|berlangsung|terlaksana|dilaksanakan|digelar)(?: dengan)?"
    r" (lancar|baik|sukses|khidmat|meriah|tertib|aman|kondusif|semarak|optimal|maksimal)"
    r" (saya|kami|kita|ia|dia|mereka|beliau|pihaknya|semoga|mudah-mudahan|harapannya"
    r"|insyaallah|alhamdulillah|[A-Z][a-z]+)\b(?!-)"
)
_HAL_PREDICATES = _ADVERBS | _MODALS | words("tentu tentunya merupakan menjadi sangat")


@rule("P37", WARNING, N_("A comma or a full stop goes between two clauses"))
def clause_run_on(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        seen = text[para.start : para.end]
        for s, e in para.sentences if "sementara " in seen or "hal " in seen else ():
            yield from _sementara(doc, s, e)
            yield from _hal_ini(doc, s, e)
        if "ber" in seen or "dilaksanakan" in seen or "digelar" in seen:
            yield from _after_outcome(doc, para.start, para.end)


def _after_outcome(doc: Doc, start: int, end: int) -> Iterator[Hit]:
    """'… semua berjalan dengan baik saya berikan apresiasi …': a clause that ends on how the
    event went, then a new subject or a wish with no stop between them."""
    text = doc.text
    for m in _OUTCOME.finditer(text, start, end):
        nxt = m.group(2)
        if nxt[:1].isupper() and nxt.lower() not in POSITIONS | INSTITUTION_KINDS:
            continue  # "berjalan lancar Senin (5/8)": a date or a name goes on the clause
        fix = f"{m.group(1)}. {keep_case('X', nxt)}"
        yield Hit(
            m.start(1),
            m.end(2),
            N_("A comma or a full stop goes before '{word}', the subject of a new clause."),
            fix,
            {"word": nxt},
        )


def _word_before(text: str, start: int, at: int) -> str:
    return text[text.rfind(" ", start, at) + 1 : at]


def _sementara(doc: Doc, start: int, end: int) -> Iterator[Hit]:
    text = doc.text
    for m in _SEMENTARA.finditer(text, start, end):
        prev = _word_before(text, start, m.start())
        following = (m.group(2) or "").strip()
        if prev.lower() in _NOT_BEFORE_SEMENTARA or following in _DURATIONS:
            continue
        if not is_verb(prev.lower()):
            continue  # "hasil sementara 60 persen": 'provisional', after a noun
        rest = text[m.end() : end].split()[:6]
        if not any(is_verb(w.strip(".,")) for w in rest):
            continue  # a clause has a verb
        fix = f"{prev}, sementara"
        yield Hit(
            m.start() - len(prev),
            m.start() + len(" sementara"),
            N_("A comma goes before 'sementara' joining two clauses: '{word}'."),
            fix,
            {"word": fix},
        )


def _hal_ini(doc: Doc, start: int, end: int) -> Iterator[Hit]:
    text = doc.text
    for m in _HAL_INI.finditer(text, start, end):
        prev = _word_before(text, start, m.start())
        low = prev.lower()
        if low in _NOT_BEFORE_HAL or is_verb(low) or low.endswith(("kan", "nya", "ebab")):
            continue  # "membenarkan hal itu", "terkait hal ini", "penyebab hal itu": its object
        if not prev.islower() or not text[start : m.start() - len(prev)].strip(_WORD_STRIP):
            continue  # "Sebenarnya hal ini …": an adverb that opens the sentence
        nxt = m.group(2)
        if nxt not in _HAL_PREDICATES and not is_verb(nxt):
            continue
        first = text[start : m.start()].lstrip(_WORD_STRIP).split(" ", 1)[0].lower()
        if first in _SUBORDINATORS:  # "Kalau ada kendala, hal itu akan kami bantu"
            fix = f"{prev}, {m.group(1)}"
        else:
            fix = f"{prev}. {keep_case('X', m.group(1))}"
        yield Hit(
            m.start() - len(prev),
            m.start() + 4,
            N_("A comma or a full stop goes before '{word}', the subject of a new clause."),
            fix,
            {"word": m.group(1)},
        )
