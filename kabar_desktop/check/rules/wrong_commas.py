"""Commas that do not belong, and the ones an aside set into the narrative lacks (issue 13,
round 8). EYD V (Tanda Koma): no comma parts a subject from its predicate or a verb from its
complement; an attribution or a phrase set into a sentence is set off on both sides.

Each reads only where the words make the parts plain, and is a warning:

- P38: `Selain itu sebut Rudi pembagian …`, `Adapun, lanjut Budi tujuan …` (an attribution
  inside the narrative, not set off) → `itu, sebut Rudi, pembagian`; `Terpisah Gubernur …`
  (the news connector of a second scene) → `Terpisah, Gubernur`;
- P39: `Kapasitas produksi 10 lusin per hari, merupakan …` (a plain subject, then the copula),
  `Jumlahnya, menjadi …` (a noun in -nya as the subject, then its active verb), `Diakui Budi,
  bahwa …` (a verb of saying and its clause), `”, jelas Budi, kepada wartawan` (the verb and
  its complement), `mengatakan bahwa program yang …, berhasil` (a reported subject),
  `Peraturan Bupati … Tahun 2021, tentang`, `apresiasi kepada jajaran Bapas, atas kinerja`;
- P40: `Kalapas Budi didampingi Kasi Binadik, meninjau …`: a phrase of company closed by a
  comma before the predicate is opened by one too → `Budi, didampingi`; and one opened but
  not closed (`Budi, didampingi Kasi Binadik Rudi meninjau` → `Rudi, meninjau`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check import clause_reader as cr
from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import FUNCTION_WORDS, SAYING_VERBS, words
from kabar_desktop.check.rules import N_, WARNING, Hit, rule
from kabar_desktop.check.rules.apposition_commas import unclosed_means
from kabar_desktop.check.rules.clause_seams import (
    bahwa_commas,
    said_by_company,
    title_subject_comma,
)
from kabar_desktop.check.rules.comma_seams import (
    conjunction_comma,
    demonstrative_subject,
    unclosed_time,
)
from kabar_desktop.check.rules.commas import is_verb
from kabar_desktop.check.rules.preposition_commas import preposition_commas
from kabar_desktop.check.rules.seams18_asides import open_explanations
from kabar_desktop.check.rules.seams20_measures import measure_commas
from kabar_desktop.check.rules.seams23_pairs import pair_maupun_commas
from kabar_desktop.check.spelling import speller

_NAME = r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}"
# The short verbs of an attribution set into the narrative ("…, lanjut Budi, …").
_ATTRIBUTION = re.compile(
    rf"(?<=[^\W\d_])(,?) (sebut|lanjut|kata|ujar|ucap|tutur|imbuh|tambah|ungkap|tegas|terang"
    rf"|jelas|sambung|papar|tandas|beber) ({_NAME}|dia|ia|beliau)(,?) ([a-z]+)\b"
)
# Words after the name that carry the attribution on: "kata Budi saat ditemui", "kata Budi
# kepada wartawan", "ujar Budi selaku ketua".
_CARRIES_ON = FUNCTION_WORDS | words(
    """saat ketika usai seusai sembari sambil seraya lagi pula juga pun kemarin tadi selaku
    yang sebelum setelah sesudah mewakili didampingi bersama beserta itu ini tersebut
    sebelumnya pekan minggu bulan tahun hari pagi siang sore malam lalu baru"""
)
# Words before the verb that make it no attribution: "lebih lanjut", "yang ia sebut",
# "sudah jelas", "semakin tambah".
_NOT_BEFORE = FUNCTION_WORDS | words(
    """lebih tindak secara proses ia dia kami kita mereka saya aku anda beliau yang sudah
    belum tidak semakin makin kian sangat cukup kurang juga pun telah akan bisa dapat sering
    biasa disebut arti makna bermakna istilah sebuah satu setiap tiap per"""
)
# "jelas", "lanjut" and "tegas" are adjectives too: read as an attribution only after a comma.
_AFTER_COMMA_ONLY = words("jelas lanjut tegas terang tambah sambung papar tandas beber")
# The connector of a second scene in news writing: "Terpisah, Gubernur …".
_APART = re.compile(
    r"(Terpisah|(?:Secara|Di tempat|Ditempat|Di lokasi|Pada kesempatan|Dalam kesempatan"
    r"|Di kesempatan|Dalam keterangan|Dalam wawancara) terpisah|Di tempat lain|Di lain tempat)"
    r"(?= (?:[A-Z]\w*|ia|dia|pihaknya|beliau|mereka)\b)"
)


@rule("P38", WARNING, N_("An attribution or a connector set into the narrative takes its commas"))
def attribution_commas(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        for s, e in para.sentences:
            m = _APART.match(text, s, e)
            if m and not doc.in_quote(s):
                yield Hit(
                    m.start(),
                    m.end(),
                    N_("A comma follows '{word}' at the start of a sentence."),
                    m.group() + ",",
                    {"word": m.group()},
                )
            for m in _ATTRIBUTION.finditer(text, s, e):
                hit = _open_attribution(doc, s, m)
                if hit:
                    yield hit
            for m in _SAID_NYA_OPEN.finditer(text, s, e):
                if m.group(1) not in _NOT_BEFORE_SAID and not doc.in_quote(m.start()):
                    fixed = f"{m.group(1)}, {m.group(2)}"
                    yield Hit(m.start(), m.end(2), _SET_IN, fixed, {"word": fixed})


# "Meskipun tidak melayani jam besuk lanjutnya, keluarga …": the attribution closed by its
# comma but not opened (heldout232; the sets mark it 8 of 8).
_SAID_NYA_OPEN = re.compile(r"\b([a-z]+) ((?:lanjut|kata|ujar|tambah|jelas)nya)(?: lagi)?,")
_NOT_BEFORE_SAID = words("tindak tutur yang dan serta atau pun")  # "tindak lanjutnya,"
_SET_IN = N_("An attribution set into the sentence takes a comma on each side: '{word}'.")


def doc_end(doc: Doc, pos: int) -> int:
    """The end of the paragraph that holds ``pos``."""
    for para in doc.paras:
        if para.start <= pos < para.end:
            return para.end
    return len(doc.text)


def _open_attribution(doc: Doc, s: int, m: re.Match) -> Hit | None:
    """'kebutuhan sandang sebut Rudi pembagian …': the attribution not closed by a comma."""
    opened, verb, name, closed, after = m.groups()
    if closed or after in _CARRIES_ON or is_verb(after) or doc.in_quote(m.start()):
        return None
    if not opened and verb in _AFTER_COMMA_ONLY:
        return None
    text = doc.text
    rest = re.split(r"[,.;:!?\"“”()]", text[m.start(5) : doc_end(doc, m.start())], maxsplit=1)
    if len(rest[0].split()) < 3:
        return None  # the attribution ends the sentence ("…, kata Budi optimistis.")
    start = m.start()
    if opened:
        fix = f"{verb} {name},"
        start = m.start(2)
    else:
        before = text[max(s, m.start() - 30) : m.start()].split()
        if len(before) < 2 or before[-1].lower() in _NOT_BEFORE:
            return None  # too near the sentence's start to be set into it
        word = before[-1]
        start = m.start() - len(word)
        fix = f"{word}, {verb} {name},"
    return Hit(
        start,
        m.end(3),
        N_("An attribution set into the sentence is set off by commas: '{word}'."),
        fix,
        {"word": fix},
    )


# P39. A plain subject, its comma, then the copula: "Kapasitas produksi …, merupakan …".
_COPULA = re.compile(
    r"(?<=[^\W_]), (merupakan|adalah|ialah)\b"
    # round 21: a verb of relation with its preposition is the predicate as surely as the
    # copula ("Baik buruknya pemerintahan di mata publik, tergantung pada kinerja humas")
    # ('terdiri dari', 'berasal dari' after a count explain it: "121 warga binaan, terdiri
    # dari …" keeps its comma)
    r"|(?<=[^\W_]), ((?:ter|ber)gantung)(?= (?:pada|kepada|dengan)\b)"
)
# A segment that opens with one of these is an aside or an opening phrase, whose comma is right.
_NOT_SUBJECT_OPENERS = FUNCTION_WORDS | words(
    """kata ujar ucap tutur jelas imbuh tambah ungkap tegas terang sebut lanjut menurut
    menurutnya katanya ujarnya selain sementara namun tetapi sedangkan lalu kemudian bahkan
    jika apabila bila kalau ketika saat setelah sesudah sebelum selama sejak meski meskipun
    walaupun walau sehingga maka adapun yakni yaitu seperti misalnya termasuk khususnya
    terutama baik apalagi lebih"""
)
_SAYS = re.compile(
    r"\b(?:kata|ujar|ucap|tutur|imbuh|ungkap|menurut|aku|sambung|lanjut|ulas|jelas|tambah"
    r"|terang|papar|tegas)(?:nya)?\b|\b[a-z]+nya\b(?=,)"
)  # "…, aku Rudi, adalah …": an attribution set in, no subject (heldout65)
# A noun in -nya opening the sentence as its subject, then the comma and an active verb:
# "Jumlahnya, menjadi …", "Sisanya, menerima …". Not the sentence adverbs in -nya, which
# take the comma ("Akibatnya, …", "Biasanya, …", "Selanjutnya, melakukan …").
_NYA_SUBJECT = re.compile(
    r"[\"“]?(Salah satunya|Sebagian besar(?:nya)?|Sebagian(?:nya)?|[A-Z][a-z]{2,}nya)"
    r", ([a-z]+)\b"
)
_NYA_ADVERBS = words(
    """akibatnya hasilnya rupanya sayangnya untungnya biasanya awalnya akhirnya selanjutnya
    sebelumnya sesudahnya setelahnya kemudiannya menurutnya artinya intinya pokoknya
    tampaknya agaknya nampaknya sepertinya harapannya katanya lanjutnya bedanya puncaknya
    sebaliknya misalnya contohnya umumnya khususnya utamanya buktinya faktanya nyatanya
    kabarnya nantinya sebenarnya sesungguhnya seharusnya semestinya tentunya mestinya
    idealnya syukurnya kebetulannya selebihnya apalagi makanya soalnya masalahnya
    kenyataannya terakhirnya jelasnya tegasnya singkatnya ringkasnya pastinya mudahnya
    sebetulnya lagipula selainnya ujarnya imbuhnya tambahnya tuturnya ungkapnya karenanya
    olehnya untuknya"""
)
_NYA_PREDICATES = words("menjadi merupakan adalah ialah dengan melalui")
# A verb of saying, its agent's name, a comma, then "bahwa": "Diakui Budi, bahwa …".
_SAID_BY = re.compile(rf"\b([Dd]i[a-z]{{3,}}(?:kan|i)|[a-z]{{6,}}) ({_NAME}), bahwa\b")
_SAYING_ROOTS = re.compile(
    r"di(?:katakan|akui|jelaskan|sampaikan|tegaskan|ungkapkan|tuturkan|terangkan|tambahkan"
    r"|paparkan|sebutkan|nyatakan|ingatkan|imbau|harapkan|ucapkan|kemukakan)"
)
# After a quote: the verb of saying, the name, then its complement: "”, jelas Budi, kepada …".
_QUOTE_SAID = re.compile(
    rf"[”\"],? (?:kata|ujar|ucap|tutur|jelas|imbuh|tambah|ungkap|tegas|terang|pungkas|tukas"
    rf"|sebut|lanjut|sambung|papar|tandas|beber) ({_NAME}),"
    r" (kepada|pada|terhadap|melalui|lewat|via|di hadapan)\b"
)


@rule(
    "P39", WARNING, N_("No comma between a subject and its predicate, or a verb and its complement")
)
def wrong_comma(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for comma in title_subject_comma(doc):
        after = text[comma + 2 : text.find(" ", comma + 2)]
        if after.lower() not in speller().lists.short_forms:  # "…, Divpas Maluku …": a
            yield _drop(comma, after)  # unit's short form opens a subject, not a di- verb
    for para in doc.prose_paras():
        here = text[para.start : para.end]
        if "," not in here:
            continue  # every reading here drops a comma
        copula = ", merupakan" in here or ", adalah" in here or ", ialah" in here
        copula = copula or ", ter" in here or ", ber" in here
        for s, e in para.sentences:
            if "," not in text[s:e]:
                continue
            for m in _COPULA.finditer(text, s, e) if copula else ():
                if _plain_subject(text, s, m.start()):
                    yield _drop(m.start(), m.group(1) or m.group(2))
            yield from conjunction_comma(doc, s, e)
            if ", maupun " in text[s:e]:
                yield from pair_maupun_commas(doc, s, e)  # round 23: 'tugas Bapas, maupun SPPA'
            yield from preposition_commas(doc, s, e)
            yield from measure_commas(doc, s, e)  # round 20: 'menampung, sekitar 90 orang'
            subject = demonstrative_subject(doc, s, e)
            if subject:
                yield subject
            nya = _NYA_SUBJECT.match(text, s, e)
            if nya and _nya_subject(nya.group(1), nya.group(2)):
                yield _drop(nya.end(1), nya.group(2))
            for comma in bahwa_commas(text, s, e) if ", bahwa" in text[s:e] else ():
                yield _drop(comma, "bahwa")  # "membuktikan kepada masyarakat, bahwa"
            for m in _SAID_BY.finditer(text, s, e) if " bahwa" in text[s:e] else ():
                verb = m.group(1).lower()
                if verb in SAYING_VERBS or _SAYING_ROOTS.fullmatch(verb):
                    yield _drop(m.end(2), "bahwa")
            if " yang " not in text[s:e]:
                continue
            for m in _REPORTED.finditer(text, s, e):
                if _reported_subject(doc, m):
                    yield _drop(m.end(2), m.group(4))
        quoted = "”" in here or '"' in here
        for m in _QUOTE_SAID.finditer(text, para.start, para.end) if quoted else ():
            yield _drop(m.end(1), m.group(2))
        for pattern, word in ((_REGULATION, "tentang"), (_THANKS, "atas")):
            if f", {word}" not in here:
                continue
            for m in pattern.finditer(text, para.start, para.end):
                yield _drop(m.start(1), word)


# A regulation's name and number, then its subject: "Peraturan Bupati Nomor 4 Tahun 2021
# tentang …" is one title (no comma before 'tentang'); thanks or an award to someone and
# what for: "apresiasi kepada jajaran Bapas atas kinerja …" (no comma before 'atas').
_REGULATION = re.compile(
    r"\b(?:[Pp]eraturan|Perbup|Perwali|Perda|Perpres|Permen\w*|PP|UU|Undang-Undang|[Kk]eputusan"
    r"|Kepmen\w*|Keppres|Kepres|[Ii]nstruksi|Inpres|[Ss]urat [Ee]daran|Perkap|Perka)\b"
    r"[^,;:()\"“”\n]{0,100}?(,) tentang\b"
)
_THANKS = re.compile(
    r"\b(?:penghargaan|apresiasi|terima kasih|mengapresiasi|berterima kasih|ucapan selamat)"
    r" kepada [^,;:\"“”\n]{3,100}?(,) atas\b"
)


# What was reported, after its verb of saying or 'bahwa': a subject with a relative clause,
# its comma, then the predicate ("menilai, produk … yang dirintis Lapas Bukittinggi, layak
# dikembangkan" → no comma). The subject's head has no verb and its clause one at most.
_JUDGING = words("menilai mengungkapkan memaparkan menerangkan")
_REPORTED = re.compile(
    r"\b("
    + "|".join(sorted(SAYING_VERBS | _JUDGING | {"bahwa"}))
    + r"),? ([^,;:\"“”()]{3,120}? yang ([^,;:\"“”()]{3,120}?)), ([a-z]+)\b(?!,)"
)
_PREDICATE_WORDS = words(
    """layak dapat bisa mampu harus perlu wajib akan sudah telah masih tetap menjadi merupakan
    adalah sangat cukup tidak belum"""
)


def _reported_subject(doc: Doc, m: re.Match) -> bool:
    _verb, subject, relative, after = m.groups()
    if doc.in_quote(m.start()) or not (after in _PREDICATE_WORDS or is_verb(after)):
        return False
    if after == "melainkan":
        return False  # "bukanlah orang yang …, melainkan …": EYD V's comma (heldout49)
    head = subject[: len(subject) - len(relative) - len(" yang ")].split()
    if head[:1] == ["bahwa"]:
        head = head[1:]  # "mengatakan bahwa program yang …, berhasil …"
    if not head or head[0].lower() in _NOT_SUBJECT_OPENERS:
        return False  # probe49: "bahwa Dari apa yang …, bisa kita lihat": an opening phrase
    if any(is_verb(w) and w not in _OF_KIND for w in head):  # 'produk berupa jas hujan'
        return False
    if any(cr.is_predicate(w) and w not in _OF_KIND for w in head):
        return False  # round 24: 'bahwa Petaling lahir dari …': the clause has its predicate
    rel = relative.split()
    if any(w in _MODALS and is_verb(v) for w, v in zip(rel[1:], rel[2:], strict=False)):
        return False  # probe113: "masyarakat yang akan ke luar negeri perlu melakukan …,
        # memahami …": the modal opens the main predicate; the comma parts two predicates
    return sum(map(is_verb, rel)) <= 1


_MODALS = words("perlu harus wajib mampu dapat bisa")
_OF_KIND = words("berupa berbentuk berisi berisikan berjumlah berasal")


def _drop(comma: int, word: str) -> Hit:
    return Hit(
        comma,
        comma + 1,
        N_("No comma between the subject or verb and '{word}'."),
        "",
        {"word": word},
    )


def _plain_subject(text: str, s: int, comma: int) -> bool:
    """Whether the words before ', merupakan' are the subject alone: no aside, no apposition
    closed by the comma ('Budi, Kepala Lapas, merupakan …'), no opening phrase."""
    prev = text.rfind(",", s, comma)
    segment = text[(prev + 1 if prev >= 0 else s) : comma].strip().lstrip('"“')
    ws = segment.split()
    # 'Baik buruknya …' (a pair of opposites made a noun by -nya) is a subject, not 'baik …
    # maupun' (round 21)
    pair = len(ws) >= 2 and ws[0].lower() == "baik" and ws[1].lower().endswith("nya")
    if len(ws) < 2 or (ws[0].lower() in _NOT_SUBJECT_OPENERS and not pair) or _SAYS.search(segment):
        return False
    said = [i for i, w in enumerate(ws) if w in SAYING_VERBS or w == "bahwa"]
    if said:
        ws = ws[said[-1] + 1 :]  # "mengatakan pemeriksaan … itu, merupakan …": what was said
        if not ws:
            return False  # "…, Budi mengatakan, merupakan …": the verb ends it (heldout173)
    if any(is_verb(w.lower()) for w in ws):
        return False  # a clause of its own before the comma, not a subject alone
    if prev >= 0 and not ws[0].islower():
        return False  # a name or an office after a comma: an apposition
    if prev >= 0 and ws[0].lower() in _INSERT_OPENERS:
        return False  # "Karya …, mulai dari UMKM hingga …, adalah": an insert's closing comma
    return not any(c in segment for c in '()”"')


# Words that open an insert set off by two commas (probe54).
_INSERT_OPENERS = words("mulai termasuk seperti yakni yaitu khususnya terutama misalnya contohnya")


def _nya_subject(word: str, after: str) -> bool:
    """'Jumlahnya, menjadi …': a noun's -nya form as the subject, then its active verb."""
    lower = word.lower()
    if lower in _NYA_ADVERBS or is_verb(lower[:-3]) or lower.startswith(("di", "ter")):
        return False
    if after in _NYA_PREDICATES:
        return True
    return is_verb(after) and after.startswith(("me", "ber")) and after != "menurut"


# P40. The subject, "didampingi …" (or "bersama …"), then the comma before the predicate:
# the phrase is set into the sentence and opens with a comma too.
_COMPANY = re.compile(r"(?<=[\w.)]) (didampingi|bersama|beserta) ")
_PREDICATE_AFTER = re.compile(r", ((?:me|ber)[a-z]{3,})\b")


@rule("P40", WARNING, N_("A phrase set into the sentence is set off by commas on both sides"))
def company_phrase(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        for s, e in para.sentences:
            hit = _unclosed_company(doc, s, e) or unclosed_means(doc, s, e)  # round 14
            if hit:
                yield hit
            yield from unclosed_time(doc, s, e)
            yield from open_explanations(doc, s, e)  # round 18: ", terutama … Pusat turut"
            m = _COMPANY.search(text, s, e)
            if m is None or doc.in_quote(m.start()):
                continue
            subject = text[s : m.start()].split()
            if len(subject) < 2 or "," in text[s : m.start()] or not subject[-1][:1].isupper():
                continue
            if any(is_verb(w) or w == "yang" for w in subject):
                continue  # the predicate came first, or the phrase belongs to a clause
            verb = _PREDICATE_AFTER.search(text, m.end(), e)
            if said_by_company(subject, text, m.end(), e):
                pass  # "Kata Budi didampingi Kasi Rudi, …": what was said follows the comma
            elif verb is None or not is_verb(verb.group(1)):
                continue
            if verb and any(is_verb(w) for w in text[m.end() : verb.start()].split()):
                continue  # a clause of its own before the comma: a second predicate follows
            last = subject[-1]
            start = m.start() - len(last)
            fix = f"{last}, {m.group(1)}"
            yield Hit(
                start,
                m.end(1),
                N_("A phrase set into the sentence is set off by commas on both sides: '{word}'."),
                fix,
                {"word": fix},
            )


_OPENED_COMPANY = re.compile(r"(?<=[\w.)]), (?:didampingi|bersama|beserta) ")
_TITLE_WORD = re.compile(r"[A-Z(][\w().’'/-]*|dan|serta|para|[IV]+[AB]?")


def _unclosed_company(doc: Doc, s: int, e: int) -> Hit | None:
    """'Kalapas Budi, didampingi Kasi Binadik Rudi meninjau …': opened, then the predicate
    runs on from the last name with no comma to close the phrase."""
    text = doc.text
    m = _OPENED_COMPANY.search(text, s, e)
    if m is None or doc.in_quote(m.start()):
        return None
    subject = text[s : m.start()].split()
    if not subject or "," in text[s : m.start()] or not subject[-1][:1].isupper():
        return None
    if any(is_verb(w) or w == "yang" for w in subject):
        return None
    ws = re.split(r"[,;:.!?\"“”]", text[m.end() : e], maxsplit=1)[0].split()
    for i, w in enumerate(ws):
        if _TITLE_WORD.fullmatch(w):
            continue
        if i < 2 or not ws[i - 1][:1].isupper() or not w.startswith(("me", "ber")):
            return None
        if not is_verb(w):
            return None
        start = m.end() + len(" ".join(ws[:i])) - len(ws[i - 1])
        fix = f"{ws[i - 1]}, {w}"
        return Hit(
            start,
            start + len(ws[i - 1]) + 1 + len(w),
            N_("A phrase set into the sentence is set off by commas on both sides: '{word}'."),
            fix,
            {"word": fix},
        )
    return None
