"""P13's readings of a sentence's subject, for clauses.py: words that open a phrase before
the subject (P6 and P7 read them too: the comma closing such a phrase is right, and parts no
list's items), the comma between a verb of saying and its 'bahwa', and a subject run long by
a relative clause or closed by a demonstrative ('Kegiatan apel ini, diisi …'), whose comma
stands between subject and predicate. Moved out of clauses.py, which keeps the rules (P6,
P7, P12, P13) and the readings of appositions and lists; these read where a subject ends.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.clause_reader import is_predicate
from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import FUNCTION_WORDS, SAYING_VERBS, words
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.commas import is_verb as _is_verb
from kabar_desktop.check.rules.commas import said_aside
from kabar_desktop.check.tables import PREPOSITIONS_JOINED

# Words that open an adverbial phrase before the sentence's subject: the comma that closes
# the phrase ("Setelah apel, pegawai dan …") separates no list items.
_OPENERS = words(
    """dalam pada saat setelah sesudah sebelum usai seusai selama selain sementara untuk bagi
    dengan melalui menurut karena sebab jika apabila bila ketika sejak di ke dari sebagai
    terkait berdasarkan sesuai sambil agar supaya meskipun walaupun demi guna atas oleh
    tentang mengenai terhadap kini kemarin ditemui lewat seiring sejalan sehubungan
    bersamaan menjelang jelang berkat akibat berkenaan semoga mudah-mudahan disamping
    menyangkut secara"""
)


# Words that open a phrase in front of the subject: the position they govern is not the
# subject, so the comma after it closes the phrase ("Mewakili Kepala Kanwil, Herdaus membuka").
_FRONTING = words(
    "mewakili menurut bersama didampingi mendampingi atas kepada oleh untuk selaku sebagai bagi"
    " merujuk mengacu berdasarkan menindaklanjuti"  # "Merujuk Surat Edaran …, dilaksanakan" (p149)
)


# Verbs of saying and of the event: P13 reads a comma before one as the subject's (clauses.py).
_PREDICATES = SAYING_VERBS | words(
    """membuka menghadiri memimpin menerima menyerahkan memberikan berharap meminta
    mengapresiasi menyambut mengucapkan menginstruksikan memaparkan menerangkan
    melaksanakan melakukan mengikuti"""
)


# A verb of saying and the clause it introduces with "bahwa" take no comma between them:
# "mengatakan, bahwa …", "menyampaikan bahwa, pihaknya …" (unless an aside follows "bahwa,"
# and closes with a comma of its own: "bahwa, menurutnya, …").
_SAID_COMMA = re.compile(r"\b([A-Za-z][a-z]+), (?:bahwa|agar|supaya)\b|\b(bahwa), (?=[a-z])")
# Session 22: the passive verbs of saying and knowing take it the same way ("Diketahui,
# bahwa …", "Dikatakannya, bahwa …", "terbukti, bahwa …": marked 31 of 31 with the active).
# Session 43: any passive in -kan or -i ("Dirincikannya, bahwa"), and any active verb ("mengaku,
# bahwa"): 25 of 26 marked in narration; not 'disini' (W1's 'di sini').
_SAID_PASSIVE = re.compile(r"di[a-z]{3,}(?:kan|i)(?:nya)?|terbukti")
# Verbs of asking take their "agar/supaya" clause as "bahwa" is taken: "berpesan agar …"
# (round 26; the sets write it without the comma 18 times, and mark the comma).
_ASKING = words(
    """berpesan meminta mengimbau menghimbau mengajak berharap mengharapkan menekankan
    mengingatkan menyarankan menginstruksikan memerintahkan mendorong memohon menyerukan"""
)
_ASIDE = re.compile(r"(?:[^\W\d_]+ ){0,4}[^\W\d_]+,")


def _said_comma(doc: Doc, para_start: int, para_end: int) -> Iterator[Hit]:
    text = doc.text
    for m in _SAID_COMMA.finditer(text, para_start, para_end):
        if doc.in_quote(m.start()):
            continue
        if m.group(1):
            bahwa = text.startswith("bahwa", m.end(1) + 2)
            verb = m.group(1).lower()
            passive = bahwa and _SAID_PASSIVE.fullmatch(verb)
            if (m.group(1) != verb and not passive) or verb in PREPOSITIONS_JOINED:
                continue  # "Kupang, bahwa": a name's comma is another reading's
            known = verb in (_PREDICATES if bahwa else _ASKING) or (bahwa and _is_verb(verb))
            if not passive and not known:
                continue
            word, comma = m.group(1), m.end(1)
        else:
            if _ASIDE.match(text, m.end()):
                continue
            word, comma = "bahwa", m.end(2)
        yield Hit(
            comma,
            comma + 1,
            N_("No comma between '{word}' and the clause it introduces."),
            "",
            {"word": word},
        )


# A subject with a relative clause opening the sentence, then the comma and a verb: "Program
# … yang dirintis sejak tahun lalu, terbukti menurunkan …". No opener before it ("Bagi
# warga binaan yang muslim, diadakan …" is right), and the verb is not an aside ("…, menurutnya,").
_RELATIVE_SUBJECT = re.compile(r"([^,;:\"“”]{3,120}? yang [^,;:\"“”]{3,120}?), ([a-z]+)\b(?!,)")
_LIST_INTRO = re.compile(r"\b(?:antara lain|seperti|yaitu|yakni|meliputi|termasuk|mulai dari)\b")


def _relative_subject(doc: Doc, s: int, e: int) -> Hit | None:
    text = doc.text
    m = _RELATIVE_SUBJECT.match(text, s, e)
    if m is None or doc.in_quote(s):
        return None
    first = text[s : s + 30].split(" ", 1)[0].lower()
    verb = m.group(2)
    if first in _OPENERS or first in _FRONTING or not _is_verb(verb):
        return None
    if said_aside(text, m.start(2), e):
        return None  # "Warga yang datang, disebut Budi, dilayani …": an aside of attribution
    subject = m.group(1)
    if len(subject.split()) > 20 or _LIST_INTRO.search(subject):
        return None
    head, relative = subject.split(" yang ", 1)
    if any(_is_verb(w) for w in head.split()) or sum(map(_is_verb, relative.split())) > 1:
        return None  # "FGD ini mengundang tim … yang …, diikuti …": the predicate came before
    if any(is_predicate(w) for w in head.split()[1:]):
        return None  # "Dukungan juga datang dari … yang …, memperkuat …": a bare verb (probe37)
    comma = m.end(1)
    return Hit(
        comma,
        comma + 1,
        N_("No comma between the subject and its predicate '{word}'."),
        "",
        {"word": verb},
    )


# A short subject ending in a demonstrative, then the comma and a verb: "Kegiatan apel ini,
# diisi langsung oleh …". Not after an opener ("Selain itu, dilakukan …") or a time ("Tahun
# ini, ditargetkan …": a fronted adverbial takes its comma).
_DEMONSTRATIVE_SUBJECT = re.compile(
    r"([^\W\d_]+(?: [^\W\d_]+){0,5} (?:ini|itu|tersebut)), ([a-z]+)\b(?!,)"
)
_NOT_SUBJECTS = words(
    """tahun bulan minggu pekan hari saat kali pagi siang sore malam kesempatan momen waktu
    sejak hingga sampai kini berkat akibat sehubungan maka kemudian lalu meski meskipun walau
    namun bahkan apalagi sebab tanpa justru selama jadi tak tidak"""
)  # probe49: "Tak jauh dari situ, tersedia …": a negation opens no noun phrase


def _demonstrative_subject(doc: Doc, s: int, e: int) -> Hit | None:
    text = doc.text
    m = _DEMONSTRATIVE_SUBJECT.match(text, s, e)
    if m is None or doc.in_quote(s):
        return None
    words_ = m.group(1).split()
    first, verb = words_[0].lower(), m.group(2)
    if first in _OPENERS | _FRONTING | _NOT_SUBJECTS | FUNCTION_WORDS:
        return None
    if any(w.lower() in _OPENERS | FUNCTION_WORDS for w in words_[1:-1]):
        return None  # "Kegiatan dalam rangka itu, …": more than a noun phrase
    if not _is_verb(verb) or said_aside(text, m.start(2), e):
        return None  # "Layanan ini, dijelaskan Budi, gratis": an aside of attribution
    return Hit(
        m.end(1),
        m.end(1) + 1,
        N_("No comma between the subject and its predicate '{word}'."),
        "",
        {"word": verb},
    )


# Adverbs that only go with a predicate (degree, aspect, negation): a noun phrase holds none,
# so words before the comma that hold one hold their predicate already ("ABH paling banyak
# datang dari kepolisian, disusul lapas": the comma sets off what follows, no subject).
_PREDICATE_ADVERBS = words("paling sangat amat tidak tak belum masih sedang pernah")
_CLAUSE_BREAK = re.compile(r"\b(?:bahwa|" + "|".join(sorted(SAYING_VERBS)) + r")\b")


def has_predicate(text: str, s: int, comma: int) -> bool:
    """Whether the words before the comma hold a predicate of their own."""
    breaks = list(_CLAUSE_BREAK.finditer(text, s, comma))
    start = breaks[-1].end() if breaks else s
    found = re.findall(r"[a-z]+", text[start:comma])
    # "… sampai saat ini ada sebanyak 418 orang, terdiri dari …": 'ada' is the predicate
    return any(w in _PREDICATE_ADVERBS or w == "ada" for w in found)
