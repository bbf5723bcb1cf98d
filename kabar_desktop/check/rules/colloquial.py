"""Spoken and informal words in running text, and function words used where another belongs
(issue 13, round 7).

W27: the spoken register in the writer's own sentences. A word KBBI marks *cak* (ragam
cakapan): 'tapi' → 'tetapi', 'bareng' → 'bersama', 'udah' → 'sudah'. And 'saya', 'kami',
'kita' in a paragraph with no quote marks: the speaker's words left unquoted, or the writer
speaking as 'we' (once a paragraph; no fix: quote them, or 'pihaknya', 'ia'). A speaker's
direct quote keeps what was said, and a headline its punch ('Kalapas: Biar WBP Bisa …').

W28 ('pada' before a time) lives in prepositions_of_time.py.

W29: conjunctions in their place. 'namun' links sentences (KBBI: kata penghubung
antarkalimat); inside a sentence the contrast is ', tetapi', and after 'meskipun …,' none
('Meskipun hujan, namun upacara …' → 'Meskipun hujan, upacara …'). 'sedangkan' links clauses
inside one (intrakalimat); it opens none. 'di mana', 'yang mana' ask (KBBI: pronomina
tanya); as a relative they are 'yang' or 'tempat'. 'pun juga' says 'also' twice: 'pun'.
('maupun' without 'baik' is left alone: the dev corpora's editors let 'jasmani maupun
rohani' stand as often as they marked it.)

W1's helpers live here too: 'dibalik tembok' (a place, though 'dibalik' is also a verb) and
the headline's form of a preposition written apart ('Cerita di Balik Tembok').
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import FUNCTION_WORDS, words
from kabar_desktop.check.rules import N_, WARNING, Hit, keep_case, rule
from kabar_desktop.check.rules.words18_choices import content_jika
from kabar_desktop.check.rules.words25_connectors import opening_di_mana

# W27: KBBI VI daring's ragam cakapan ("cak") and its standard word, one a line:
# the spoken form | the standard form ("-" for a particle left out) | the source.
_CAKAPAN_TABLE = """
tapi | tetapi | KBBI: tapi p cak, tetapi
bareng | bersama | KBBI: bareng adv (Jw, ragam cakapan), bersama-sama
udah | sudah | KBBI: udah adv cak, sudah
dah | sudah | KBBI: udah adv cak (dah, the clipped form)
enggak | tidak | KBBI: enggak adv cak, tidak
nggak | tidak | KBBI: enggak adv cak (nggak, the same word as typed)
ngga | tidak | KBBI: enggak adv cak (ngga, the same word as typed)
gak | tidak | KBBI: enggak adv cak (gak, the same word as typed)
gimana | bagaimana | KBBI: gimana pron cak, bagaimana
kenapa | mengapa | KBBI: kenapa adv cak, mengapa
kayak | seperti | KBBI: kayak p cak, seperti
banget | sekali | KBBI: banget adv cak, sangat; sekali
aja | saja | KBBI: aja adv cak, saja
doang | saja | KBBI: doang adv cak, saja
cuma | hanya | KBBI: cuma adv, hanya (ragam cakapan dalam berita)
cuman | hanya | KBBI: cuman adv cak, hanya
bikin | membuat | KBBI: bikin v cak, membuat
kebon | kebun | KBBI: kebun; 'kebon' is the Javanese spoken form (probe84: no 'ke bon')
bilang | mengatakan | KBBI: bilang v cak, berkata; mengatakan
ketemu | bertemu | KBBI: ketemu v cak, bertemu
ngobrol | mengobrol | KBBI: ngobrol v cak, mengobrol
nonton | menonton | KBBI: nonton v cak, menonton
ngumpul | berkumpul | KBBI: ngumpul v cak, berkumpul
biar | agar | KBBI: biar p cak, agar; supaya
emang | memang | KBBI: emang adv cak, memang
gini | begini | KBBI: gini adv cak, begini
gitu | begitu | KBBI: gitu adv cak, begitu
pengen | ingin | KBBI: pengin v cak, ingin (pengen, as typed)
pengin | ingin | KBBI: pengin v cak, ingin
kepingin | ingin | KBBI: kepingin v cak, ingin
pingin | ingin | KBBI: pengin v cak, ingin (pingin, as typed and spoken)
dikit | sedikit | KBBI: dikit num cak, sedikit
gede | besar | KBBI: gede a cak, besar
belom | belum | KBBI: belum adv (belom, ragam cakapan)
dapet | dapat | KBBI: dapat v (dapet, ragam cakapan)
kalo | kalau | KBBI: kalau p (kalo, ragam cakapan)
entar | nanti | KBBI: entar adv cak, nanti
ntar | nanti | KBBI: entar adv cak (ntar, the clipped form)
makanya | oleh karena itu | KBBI: makanya p cak, maka itu
kumpul | berkumpul | KBBI: kumpul v cak, berkumpul (not 'titik kumpul', a noun)
ngomong | berbicara | KBBI: omong v cak, cakap; ngomong, berbicara
ketimbang | daripada | KBBI: ketimbang p cak, daripada
kelar | selesai | KBBI: kelar a (ragam cakapan Jakarta), selesai
duluan | lebih dahulu | KBBI: duluan adv cak, lebih dahulu
kudu | harus | KBBI: kudu adv (Jw, ragam cakapan), harus
pake | pakai | KBBI: pakai v (pake, ragam cakapan)
sampe | sampai | KBBI: sampai v (sampe, ragam cakapan)
nyampe | sampai | KBBI: sampai v (nyampe, ragam cakapan)
nunggu | menunggu | KBBI: tunggu v (nunggu, ragam cakapan: menunggu)
ngurus | mengurus | KBBI: urus v (ngurus, ragam cakapan: mengurus)
ngajak | mengajak | KBBI: ajak v (ngajak, ragam cakapan: mengajak)
nyari | mencari | KBBI: cari v (nyari, ragam cakapan: mencari)
ngasih | memberi | KBBI: kasih v cak, beri (ngasih, memberi)
ngantri | mengantre | KBBI: antre v (ngantri, ragam cakapan: mengantre)
barusan | baru saja | KBBI: barusan adv cak, baru saja
nih | ini | KBBI: nih p cak, ini
tuh | itu | KBBI: tuh p cak, itu
ngapain | mengapa | KBBI: ngapain adv cak, mengapa; sedang apa
ndak | tidak | KBBI: ndak adv (Jw, ragam cakapan), tidak
engga | tidak | KBBI: enggak adv cak (engga, the same word as typed)
trus | lalu | KBBI: terus p cak, lalu; kemudian (trus, as typed)
sih | - | KBBI: sih p cak, partikel
kok | - | KBBI: kok p cak, partikel
yuk | - | KBBI: yuk p cak, ayo
loh | - | KBBI: lo p cak, partikel (loh)
dong | - | KBBI: dong p cak, partikel
deh | - | KBBI: deh p cak, partikel
lho | - | KBBI: lo p cak, partikel (lho)
"""


def _read_table(text: str) -> dict[str, str]:
    out = {}
    for line in text.strip().splitlines():
        word, standard, _source = (part.strip() for part in line.split("|"))
        out[word] = "" if standard == "-" else standard
    return out


COLLOQUIAL = _read_table(_CAKAPAN_TABLE)
# A spoken word that is also the head's standard partner in a compound noun: 'titik kumpul'.
_IN_COMPOUND = {
    "kumpul": words("titik tempat pos lokasi area"),
    "kayak": words("lomba perahu atlet olahraga cabor dayung kano"),  # KBBI: kayak n, a canoe
}
_TAPI_OPENING = re.compile(r"Tapi(?= [a-z]|,)")  # P12 asks for 'Akan tetapi,' there


def _spoken(doc: Doc, t: Token) -> bool:
    """Whether ``t`` is outside the writer's narrative: a quote (also one whose opening mark
    was left out: 'Gak ada yang kita tutupi,” ujarnya', probe37), the title, the credit."""
    from kabar_desktop.check.rules.numbers import unopened_quote_end

    para = doc.paras[t.para]
    if para.kind in ("title", "credit", "quote") or doc.in_quote(t.start):
        return True
    return t.start < unopened_quote_end(doc.text, para.start, para.end)  # lost its opener


def _headline_narration(doc: Doc, t: Token, low: str) -> bool:
    """A spoken word in the title's own words, not a speaker's after 'Kalapas:': a headline
    is the writer's sentence too ('Kunjungan Dibuka, Tapi Tetap Ada Syaratnya' → 'Tetapi')."""
    para = doc.paras[t.para]
    if para.kind != "title" or low not in COLLOQUIAL or doc.in_quote(t.start):
        return False
    return ":" not in doc.text[para.start : t.start]


# The speaker's voice in the writer's sentence; not the writer's inclusive 'kita', which the
# sets leave 80 of 97 (session 22).
_FIRST_PERSON = words("saya aku kami")
_QUOTE_MARKS = re.compile('["“”]')


def after_title_verb(doc: Doc, i: int) -> bool:
    """Round 23: in a title in title case, a colloquial word after a verb of the title
    (a ber-/meN- word the lists know in lowercase: 'Rindu Berkumpul Bareng Keluarga') stands
    where the sentence's word does, not in a name ('Desa Bareng' follows a place's kind)."""
    toks = doc.tokens
    if i == 0 or not doc.adjacent(toks[i - 1], toks[i]):
        return False
    before = toks[i - 1].text
    if not before[:1].isupper() or not before[1:].islower():
        return False
    from kabar_desktop.check.spelling import speller

    low = before.lower()
    return (
        low.startswith(("ber", "me"))
        and speller().known(low)
        and any(
            r.regular and r.prefixes[:1] in (("ber",), ("meN",)) for r in speller().readings(low)
        )
    )


_ATTRIBUTED = re.compile(r" [A-Z][a-z]+,")


@rule("W27", WARNING, N_("The writer's sentences keep to the written register"))
def colloquial_words(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    voiced: set[int] = set()  # paragraphs already told about 'kita'
    toks = doc.tokens
    for i, t in enumerate(toks):
        low = t.text.lower()
        if low not in COLLOQUIAL and low not in _FIRST_PERSON:
            continue
        # In a title in title case only a word after a comma is surely no name's word.
        titled = (
            doc.paras[t.para].kind == "title"
            and low[1:] == t.text[1:]
            and (doc.text[t.start - 2 : t.start] == ", " or after_title_verb(doc, i))
        )
        if not (t.text.islower() or (t.initial and low[1:] == t.text[1:]) or titled):
            continue  # a capital mid-sentence: a name ('Pak Gede', 'Desa Biar')
        if (_spoken(doc, t) and not _headline_narration(doc, t, low)) or doc.is_italic(
            t.start, t.end
        ):
            continue
        if low in _FIRST_PERSON:
            para = doc.paras[t.para]
            if t.para in voiced or para.kind == "caption":
                continue
            if low == "aku" and _ATTRIBUTED.match(text, t.end):
                continue  # "…, aku Rudi, adalah …": 'aku' is 'mengaku', set in (heldout65)
            voiced.add(t.para)
            if not _QUOTE_MARKS.search(text, para.start, para.end):
                yield Hit(
                    t.start,
                    t.end,
                    N_(
                        "'{word}' is the speaker's voice in the writer's sentence: quote the "
                        "words, or write 'pihaknya' or 'ia'."
                    ),
                    None,
                    {"word": t.text},
                )
            continue
        if t.initial and _TAPI_OPENING.match(text, t.start):
            continue
        heads = _IN_COMPOUND.get(low)
        if heads and i and toks[i - 1].text.lower() in heads:
            continue
        if any(0 <= k < len(toks) and toks[k].text.lower() == low for k in (i - 1, i + 1)):
            continue  # 'cuma cuma' (free of charge), doubled: W7 asks for the hyphen
        standard = COLLOQUIAL[low]
        if not standard:
            yield Hit(
                t.start,
                t.end,
                N_("'{word}' is a particle of speech; news text leaves it out."),
                None,
                {"word": t.text},
            )
            continue
        fix = keep_case(t.text, standard)
        yield Hit(
            t.start,
            t.end,
            N_("'{word}' is a spoken form (KBBI: cak); in news text write '{fix}'."),
            fix,
            {"word": t.text, "fix": fix},
        )


@cache
def _namun() -> re.Pattern[str]:
    """'namun' after a word inside a sentence, with or without a comma."""
    return re.compile(r"(?<=[\w)])(,?) (namun)\b(?! demikian| begitu)")


_NOT_BEFORE_NAMUN = words("dan atau yang akan serta")


@rule("W29", WARNING, N_("Conjunctions in their place: 'namun' links sentences, 'di mana' asks"))
def misplaced_conjunctions(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    conceding: set[int] = set()  # sentences opened by 'meskipun …': their 'namun' is extra
    if ", namun" in text or ", tetapi" in text:
        for hit in _concession_and_contrast(doc):
            conceding.add(hit.start)
            yield hit
    if " namun" in text:
        yield from _namun_inside(doc, conceding)
    if " mana" in text:
        yield from _relative_mana(doc)
    if "Di mana" in text:
        yield from opening_di_mana(doc)
    if "Sedangkan" in text:
        yield from _opening_sedangkan(doc)
    yield from content_jika(doc)  # "menegaskan jika …" → "bahwa"
    for m in _PUN_JUGA.finditer(text):  # 'pun' is 'juga' already (KBBI): said twice
        if not doc.in_quote(m.start()):
            yield Hit(
                m.start(),
                m.end(),
                N_("'pun' already means 'juga': write '{word}' alone."),
                "pun",
                {"word": "pun"},
            )


# Not after a conjunction of 'pun' ('bagaimana pun juga' is 'bagaimanapun juga': W33).
_PUN_JUGA = re.compile(
    r"(?<= )(?<!walau )(?<!meski )(?<!bagaimana )(?<!atau )(?<!biar )(?<!kalau )pun juga\b"
)


@cache
def _relative() -> re.Pattern[str]:
    """'… wadah di mana …', 'yang di mana', 'yang mana' (compiled when first used). ', di
    mana …' after a comma is left alone: the corpora's editors let it stand as a relative
    (and write 'dimana' as 'di mana' there)."""
    return re.compile(  # not "di mana – mana" (mana-mana, everywhere, a dash typed: p144)
        r"(?:(?<=[^\W\d_]) yang(?: di)? mana|(?<=[a-z]) di mana)\b(?![-]| ?pun| ?[–—-] ?mana)"
    )


# Before these 'di mana' asks indirectly ('tidak tahu di mana', 'soal di mana'): no relative.
_ASKING = words(
    """tahu mengetahui diketahui bertanya menanyakan ditanyakan tentang soal mengenai perihal
    menentukan ditentukan menunjukkan ditunjukkan mencari dicari melihat dilihat memastikan
    dipastikan jelas dan atau"""
)


def _relative_mana(doc: Doc) -> Iterator[Hit]:
    """'di mana' and 'yang mana' ask; as a relative ('…, di mana peserta …', 'layanan yang
    mana dibuka …') they are the English 'where'/'which' (KBBI: pron tanya): 'yang', 'tempat',
    or a new sentence. A question, an indirect one after a comma, and a quote are left alone."""
    text = doc.text
    for para in doc.prose_paras():
        for s, e in para.sentences:
            if text[s:e].rstrip("\"”’' ").endswith("?"):
                continue
            for m in _relative().finditer(text, s, e):
                start = m.start() + 1
                if doc.in_quote(start):
                    continue
                before = text[s : m.start()].split()
                if text.startswith("di", start) and text[m.start() - 1] != ",":
                    word = before[-1] if before else ""
                    if word in _ASKING or _is_verb(word):
                        continue  # 'tidak tahu di mana', 'menentukan di mana': a question
                said = text[start : m.end()]
                fix = "yang" if said.startswith("yang") else None
                yield Hit(
                    start,
                    m.end(),
                    N_(
                        "'{word}' asks a question; as a relative write 'yang' or 'tempat', or "
                        "start a new sentence."
                    ),
                    fix,
                    {"word": said},
                )


def _opening_sedangkan(doc: Doc) -> Iterator[Hit]:
    """'Sedangkan' joins two clauses of one sentence (KBBI: kata penghubung intrakalimat);
    a sentence it opens reads 'Adapun …' or 'Sementara itu, …'."""
    text = doc.text
    for para in doc.prose_paras():
        for s, _e in para.sentences:
            if text.startswith("Sedangkan ", s) and not doc.in_quote(s):
                yield Hit(
                    s,
                    s + len("Sedangkan"),
                    N_(
                        "'sedangkan' joins clauses inside a sentence; to open one write "
                        "'Adapun' or 'Sementara itu,'."
                    ),
                    None,
                    {"word": "sedangkan"},
                )


@cache
def _conceding() -> re.Pattern[str]:
    """A sentence opened by a concessive conjunction (compiled when first used)."""
    return re.compile(
        r"[\"“]?(Meski|Meskipun|Walaupun|Walau|Kendati|Kendatipun|Biarpun)\b"
        r"(?! (?:demikian|begitu)\b)"  # 'Meski demikian,': a connector, the clause is still to come
    )


@cache
def _extra_contrast() -> re.Pattern[str]:
    return re.compile(r", (namun|tetapi) ")


def _concession_and_contrast(doc: Doc) -> Iterator[Hit]:
    """'Meskipun hujan, namun upacara tetap digelar': the concessive clause already says the
    contrast; the main clause takes no 'namun' or 'tetapi' (EYD V, kata penghubung
    subordinatif). A speaker's quote too: the words stay, the extra conjunction goes."""
    text = doc.text
    for para in doc.prose_paras():
        for s, e in para.sentences:
            opening = _conceding().match(text, s)
            if opening is None:
                continue
            comma = text.find(",", opening.end(), e)  # where the concessive clause ends
            m = _extra_contrast().match(text, comma) if comma > 0 else None
            if m is None:
                continue
            yield Hit(
                m.start(1),
                m.end(),
                N_("After '{word}' the main clause takes no 'namun' or 'tetapi': leave it out."),
                "",
                {"word": opening.group(1).lower()},
            )


def _namun_inside(doc: Doc, conceding: set[int]) -> Iterator[Hit]:
    """'… masa bimbingan namun justru hilang' → 'bimbingan, tetapi'; '…, namun' → ', tetapi'.
    Where P17 asks for the comma before a clause of its own, that finding says it."""
    from kabar_desktop.check.rules.commas import contrast_comma

    text = doc.text
    p17 = {h.end for h in contrast_comma(doc)}
    for para in doc.prose_paras():
        for s, e in para.sentences:
            for m in _namun().finditer(text, s, e):
                if m.end(2) in p17 or m.start(2) in conceding:
                    continue
                if doc.in_quote(m.start(2)) and not m.group(1):
                    continue  # a speaker's run-on 'namun' without its comma stands as said
                before = text[s : m.start()].split()
                if not before or before[-1].lower() in _NOT_BEFORE_NAMUN:
                    continue
                if m.group(1):  # '…, namun …': the word alone
                    start, fix = m.start(2), keep_case(m.group(2), "tetapi")
                else:
                    start = m.start() - len(before[-1])
                    fix = f"{before[-1]}, tetapi"
                yield Hit(
                    start,
                    m.end(2),
                    N_("'namun' joins sentences; inside a sentence write ', tetapi'."),
                    fix,
                    {"word": "tetapi"},
                )


# W1: 'dibalik' is a verb ('meja dibalik oleh petugas') and a place written solid ('cerita
# dibalik tembok'): the place when a noun phrase follows.
_NOT_NOUN_AFTER = FUNCTION_WORDS | words(
    """agar supaya sehingga lalu kemudian lagi kembali setiap secara sesuai begitu maka ketika
    saat sebelum sesudah setelah seperti sebab sebelumnya menjadi nama"""
)  # 'nama': "sudah dibalik nama", the passive of 'balik nama' (heldout25)


def _is_verb(word: str) -> bool:
    from kabar_desktop.check.rules.commas import is_verb

    return is_verb(word)


def _noun_follows(doc: Doc, i: int) -> bool:
    toks = doc.tokens
    if i + 1 >= len(toks) or not doc.adjacent(toks[i], toks[i + 1]):
        return False
    word = toks[i + 1].text.lower()
    return word not in _NOT_NOUN_AFTER and not _is_verb(word) and len(word) > 2


def place_after_di(doc: Doc) -> Iterator[tuple[Token, str]]:
    """Each 'dibalik' before a noun phrase, with 'di balik' (W1 words the finding); and
    'disalah satu', where 'salah satu' is the noun phrase (session 33: 3 of 3)."""
    toks = doc.tokens
    for i, t in enumerate(toks):
        low = t.text.lower()
        if low == "dibalik" and _noun_follows(doc, i):
            yield t, "di balik"
        elif low == "disalah" and i + 1 < len(toks) and toks[i + 1].text == "satu":
            yield t, "di salah"


def headline_form(doc: Doc, t: Token, apart: str) -> str:
    """``apart`` ('di dalam') as ``t`` stands: in a title, the preposition lowercase unless it
    opens it, and the word after it capitalised unless it is a function word (K5)."""
    if doc.paras[t.para].kind != "title" or t.text.islower():
        return keep_case(t.text, apart)
    head, _, rest = apart.partition(" ")
    core = rest.split("-")[0]
    if core.removesuffix("nya") not in FUNCTION_WORDS:
        rest = rest[:1].upper() + rest[1:]
    return f"{head.capitalize() if t.initial else head} {rest}"
