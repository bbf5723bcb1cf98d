"""W34: a transitive verb keeps its meN- in the writer's narration: 'Budi sampaikan bahwa …'
→ 'menyampaikan', 'Kantor Imigrasi layani 100 pemohon' → 'melayani', 'warga binaan mampu
sulap barang bekas' → 'menyulap'.

A headline may drop the prefix, a speaker may ('Silakan hubungi kami'), and Indonesian grammar
drops it in the object-first passive after a pronoun ('hal itu kami sampaikan', 'yang harus
kita lakukan'). The body's narration of an active clause (a subject, maybe a modal, the verb,
its object) keeps it. The rule speaks only where all of this is readable:

- the word is a root with -kan or -i (a verb only: 'sampaikan', 'layani') whose meN- form
  the word list gives, after a subject word or 'untuk' and before an object; or a bare root
  whose meN- and di- forms the list gives (flags M0, D0: transitive), after a modal or
  aspect word ('mampu', 'akan', 'telah') or a name as the subject ('Bapas Sleman latih
  klien'), before an object, and not a base verb KBBI lets stand alone ('akan datang');
- not in the title, a quote or a list item; not after a pronoun, 'yang' or a word that asks
  ('silakan', 'mohon', 'mari'): those are the passive and the imperative;
- the next word is an object: a noun, a name, a number or 'bahwa', not a preposition or a
  conjunction ('hal itu Budi sampaikan kepada wartawan' stays).

A bare -kan or -i verb before 'oleh' is a passive that lost its di- ('yang laksanakan oleh
petugas' → 'dilaksanakan').

A warning: the writer may quote without marks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache

from kabar_desktop.check import morphology as m
from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import words
from kabar_desktop.check.rules import N_, WARNING, Hit, keep_case, rule
from kabar_desktop.check.rules.capital_terms import akan_preposition
from kabar_desktop.check.rules.words18_choices import bracketed_short_form, purpose_opening
from kabar_desktop.check.rules.words23_verbs import lead_noun, men_verb

# Modal and aspect words that stand between a subject and its verb (KBBI adverbs of mood and
# aspect): after them a bare root is a verb, not a noun.
MODALS = words(
    """akan bisa dapat mampu harus wajib ingin mau perlu siap telah sudah sedang tengah segera
    langsung berhasil terus selalu senantiasa masih belum tidak tak juga pun kembali sempat
    berupaya berusaha hendak boleh sering kerap turut kini"""
)
# The object-first passive: a pronoun (or 'yang') before the bare verb ('yang kami lakukan').
_AGENTS = words("""saya aku kami kita engkau kau kamu anda ia dia beliau mereka yang kalian""")
# Words that ask or invite: the bare verb after them is an imperative ('mohon sampaikan').
_ASKING = words(
    """silakan silahkan mohon harap tolong mari ayo ayolah jangan coba hendaknya agar supaya
    sambil seraya lalu dan atau serta kemudian"""
)
# Words that join a second predicate to a first ('menerima dan melayani').
_JOINS = words("dan serta lalu kemudian sekaligus sambil seraya atau")
# Loan nouns that take meN- as verbs too ('evaluasi', 'sosialisasi', 'sinergitas'): bare,
# they are nouns; and the words of the clock.
_NOUN_ENDINGS = ("si", "itas", "isme", "ment")
_TIME_WORDS = words("pukul jam")
# A prefix written apart ('mem formulasikan'): W2's, and the fix is to join it.
_LOOSE_PREFIXES = words("me mem men meng meny di ter ber per pe")
# A purpose takes the verb whole: 'untuk mendapatkan', never 'untuk dapatkan'.
_PURPOSE = words("untuk guna demi")
# Days and months: a name before a time, not a subject ('Senin pukul 08.00').
_TIMES = words(
    """senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli
    agustus september oktober november desember"""
)
# Words after which the verb has no object to take: prepositions, conjunctions, adverbs and
# demonstratives ('hal itu Budi sampaikan kepada wartawan', 'yang akan datang').
# Round 24: words of likeness that end as a -kan verb does but are none (KBBI: "bagaikan",
# "seakan", "seolah", "laksana" are prepositions or adverbs): no meN- form to ask for.
_LIKE_WORDS = words("bagaikan seakan seakan-akan seolah seolah-olah laksana umpamanya andaikan")
# Roots the genre writes as nouns after 'juga' ('tetapi juga bentuk pengabdian', heldout33).
_LIKE_WORDS |= words("bentuk wujud")
# KBBI's conjunction 'asalkan' ends as a -kan verb does: no verb (probe69).
_LIKE_WORDS |= words("asalkan")
# KBBI's adjective 'alami' (natural: "bahan alami"), not the bare 'mengalami' (heldout139).
_LIKE_WORDS |= words("alami misalkan")  # and "Misalkan ada …" (seandainya; probe104)
_LIKE_WORDS |= words("tata gotong")  # KBBI's nouns: "tata sajian" (h147), "gotong royong"
# Session 34: roots the sets read as a noun or an adjective, never as a bare verb (each
# finding on them wrong: "nilai tertinggi 84", "akses layanan", "sudah rusak parah").
_LIKE_WORDS |= words("nilai akses rusak rantai")
_NO_OBJECT = words(
    """di ke dari pada kepada dalam dengan oleh untuk bagi saat ketika secara sejak hingga
    sampai agar karena dan atau serta yang itu ini tersebut juga pun lagi sudah pula sekali
    kembali bersama terhadap tentang mengenai melalui lewat via sebagai seperti antara tanpa
    namun tetapi tapi sehingga maka jika bila kalau apabila selama sesudah setelah sebelum
    menjelang usai lebih kurang saja pun lah nya sendiri langsung secepatnya segera terus
    selalu tadi kemarin besok nanti sekarang kini baru juga hanya seusai selepas jelang
    sembari tatkala sewaktu hari pagi siang sore malam sedangkan bahkan bukan melainkan
    kecuali mulai pukul jam setiap"""
)  # "Kantor … buka mulai pukul 08.00": open, from a time (probe35)
# KBBI's base verbs: they stand without meN- in formal prose, though a meN- form exists
# ('akan datang', 'mampu makan', 'bisa ikut').
BASE_VERBS = words(
    """datang pergi pulang tiba masuk keluar tinggal duduk tidur bangun hidup mati lahir naik
    turun jatuh lulus kembali tumbuh terbang mandi makan minum hadir lupa ingat tahu mau suka
    pindah kerja jalan lari main muncul hilang habis selesai mulai berangkat ikut tampil
    terima tunggu singgah sampai capai kena dapat punya tiba bangkit mundur maju lewat lalu
    hadap ambil gabung bantu tahan jadi panen hafal"""
)  # 'jadi' as a copula ("Natal selalu jadi momen …"): the sets leave it 24 of 24 (heldout47);
# 'kembali panen', 'sudah hafal': the sets leave them 9 of 9 (session 31)


@cache
def _root_flags(root: str) -> str:
    from kabar_desktop.check.spelling import speller

    return speller().lists.flags(root)


@cache
def _men_form(word: str) -> tuple[str, bool] | None:
    """The meN- form of bare verb ``word`` (lowercase), when the word list gives it, and
    whether the word bears a suffix (a verb then, never a noun)."""
    from kabar_desktop.check.spelling import speller

    sp = speller()
    if word in BASE_VERBS or word in MODALS or word in _NO_OBJECT or word in _LIKE_WORDS:
        return None
    listed = sp.lists.stems.get(word)
    if not listed and word not in sp.lists.curated:  # not a root with affixes of its own
        for suffix, flag in (("kan", "k"), ("i", "i")):
            root = word[: -len(suffix)]
            if not word.endswith(suffix) or len(root) < 3:
                continue
            if suffix == "i" and word.endswith("asi") and len(word) >= 8:
                continue  # "rapat fasilitasi harmonisasi": KBBI's loan noun (heldout47)
            if suffix == "kan" and sp.lists.stems.get(word[:-2]):
                return None  # "info tumpukan sampah": a k-root's noun in -an (heldout354)
            flags = _root_flags(root)
            if any(flags[k : k + 2] == "M" + flag for k in range(0, len(flags) - 1, 2)):
                if _prefixed_already(word, suffix, flag):
                    return None  # "meratakan" is meN- + rata, no bare 'merata' (probe138)
                return m.spell(m.Analysis(("meN",), root, suffix)), True
    if listed:
        return _plain_root(word)
    return _per_form(word, sp.known)


def _prefixed_already(word: str, suffix: str, flag: str) -> bool:
    """``word`` is itself the meN- form of another root that takes it ('meratakan': rata)."""
    if not word.startswith("me"):
        return False
    for a in m.analyses(word, lambda r: bool(_root_flags(r))):
        flags = _root_flags(a.root)
        pairs = {flags[k : k + 2] for k in range(0, len(flags) - 1, 2)}
        if a.prefixes == ("meN",) and a.suffix == suffix and a.regular and "M" + flag in pairs:
            return True
    return False


def _per_form(word: str, known: Callable[[str], bool]) -> tuple[str, bool] | None:
    """Round 24: a per- verb of an adjective or a noun ('perkuat', 'perluas', 'percepat'):
    transitive, its meN- form memper-, when the word list knows both root and memper- form
    ('perangkat', 'perdana' are nouns: no 'memperangkat')."""
    if not word.startswith("per") or word.endswith(("an", "nya")) or len(word) < 7:
        return None
    verb = "mem" + word
    return (verb, False) if known(word[3:]) and known(verb) else None


def _plain_root(word: str) -> tuple[str, bool] | None:
    if word.endswith(_NOUN_ENDINGS) or word in _TIME_WORDS:
        return None  # 'Monev evaluasi', 'pukul sepuluh': nouns first
    have = _pairs(word)
    if len(word) < 4 or "M0" not in have:
        return None
    verb = m.spell(m.Analysis(("meN",), word))
    if "D0" in have:  # transitive: 'menyulap', 'disulap'
        return verb, False
    from kabar_desktop.check.suggest import frequent

    # The list's di- flags are not complete ('gelar' has only di-…-i): a meN- verb of the
    # genre's frequent words with some di- form is transitive too ('menggelar').
    if any(f[0] == "D" for f in have) and verb in frequent():
        return verb, False
    return None


def _after_men_verb(doc: Doc, j: int) -> bool:
    """Token ``j`` joins a meN- verb before it to the bare one after ('menerima dan layani
    pemohon'): the two predicates share a subject, and the second drops no less."""
    if j == 0 or not doc.adjacent(doc.tokens[j - 1], doc.tokens[j]):
        return False
    from kabar_desktop.check.spelling import speller

    prev = doc.tokens[j - 1].text
    if not prev.startswith("me") or not prev.islower():
        return False
    return any(
        r.regular and r.prefixes == ("meN",) and (r.suffix or "D0" in _pairs(r.root))
        for r in speller().readings(prev)
    )  # a transitive first verb ('menerima'), not 'meningkat dan tata kelola'


def _pairs(root: str) -> set[str]:
    flags = _root_flags(root)
    return {flags[k : k + 2] for k in range(0, len(flags) - 1, 2)}


def _before_agent(doc: Doc, i: int) -> bool:
    """Bare verb ``i`` stands before 'oleh' and its agent: a passive that lost its di-
    ('program yang laksanakan oleh petugas'), not a prefix written apart (W2's)."""
    toks = doc.tokens
    if i + 1 >= len(toks) or toks[i + 1].text != "oleh" or not doc.adjacent(toks[i], toks[i + 1]):
        return False
    if toks[i - 1].text.lower() in _LOOSE_PREFIXES and doc.adjacent(toks[i - 1], toks[i]):
        return False
    return not doc.in_quote(toks[i].start)


def _apposed(doc: Doc, j: int, suffixed: bool) -> bool:
    """Token ``j`` is a name that closes an apposition with a comma before the verb
    ('Kepala Rutan, Budi Santoso, sampaikan bahwa …'): the subject, set off."""
    t, nxt = doc.tokens[j], doc.tokens[j + 1]
    return (
        suffixed
        and t.para == nxt.para
        and doc.text[t.end : nxt.start] == ", "
        and t.text[:1].isupper()
        and not t.initial
        and _opened(doc, j)
    )


def _opened(doc: Doc, j: int) -> bool:
    """The comma before the capitalised words that end at token ``j``, in the same sentence,
    after a capitalised title ('Kepala Rutan, Budi Santoso')."""
    toks, k = doc.tokens, j
    while k > 0 and toks[k].text[:1].isupper() and doc.adjacent(toks[k - 1], toks[k]):
        k -= 1
    if k == 0 or k == j or not toks[k].text[:1].isupper():
        return False
    title = toks[k - 1]
    return (
        doc.text[title.end : toks[k].start] == ", "
        and title.text[:1].isupper()
        and title.para == toks[j].para
    )


def _named_subject(doc: Doc, j: int, verb: str) -> bool:
    """Token ``j`` ends a name or an office's short form that can be a subject ('Kanwil',
    'Lapas Sleman'), not a quote's speaker or a title."""
    from kabar_desktop.check.suggest import frequent

    t, nxt = doc.tokens[j], doc.tokens[j + 1]
    if t.initial or not t.text[:1].isupper() or t.text.lower() in _AGENTS | _TIMES:
        return False
    if verb not in frequent():  # a verb of the genre ('menggelar'), not 'RSUD lantai dua'
        return False
    after = doc.tokens[j + 2] if j + 2 < len(doc.tokens) else None
    return after is not None and doc.adjacent(nxt, after) and after.text.islower()


def _takes_object(doc: Doc, i: int) -> bool:
    toks = doc.tokens
    if i + 1 >= len(toks) or not doc.adjacent(toks[i], toks[i + 1]):
        nxt = doc.text[toks[i].end : toks[i].end + 2]
        return nxt[:1] == " " and nxt[1:].isdigit()  # 'layani 100 pemohon'
    return toks[i + 1].text.lower() not in _NO_OBJECT


# Words KBBI lists as part of a compound noun (or, 'sudah jadi', of a state), no bare verb:
# with the word before them ('wajib lapor', 'unjuk rasa', 'layanan fasilitasi', 'paspor sudah
# jadi') or, for 'tata', the word after it ('tata rias', 'tata kelola').
_COMPOUND_AFTER = {
    "lapor": words("wajib"),  # the duty's own name (left 36 times in the sets)
    "rasa": words("unjuk"),  # probe47
    "fasilitasi": words("layanan program tim"),  # probe48
    "jadi": words("sudah telah belum"),  # 'selesai dibuat' (heldout40)
    "hayati": words("daya keanekaragaman"),  # KBBI's adjective: 'sumber daya hayati' (probe76)
    # 'tenaga kerja siap pakai', 'siap cetak': KBBI's adjective 'siap pakai' (session 37)
    **dict.fromkeys(("pakai", "cetak", "saji", "huni"), words("siap")),
}
_TATA = words("rias boga busana kelola cara krama tertib letak ruang usaha laksana bahasa niaga")
_COMPOUND_BEFORE = {  # 'rasa percaya diri', a noun phrase (heldout44)
    "tata": _TATA,
    "rasa": words("percaya aman nyaman syukur bangga memiliki empati hormat takut senang")
    | words("cinta kekeluargaan kebersamaan persaudaraan"),  # 'membangun kembali rasa cinta'
    "angkat": words("bicara"),  # KBBI's idiom 'angkat bicara' (heldout449)
    "lawan": words("tanding"),  # KBBI's 'lawan tanding', a noun
    "karang": words("taruna"),  # 'karang taruna', the village's youth body (heldout466)
    "tancap": words("gas"),  # 'tancap gas': KBBI's idiom (heldout54)
    "baca": words("tulis"),  # 'bisa baca tulis': KBBI's 'baca tulis', a skill (heldout198)
    "jemput": words("bola"),  # KBBI's idiom 'jemput bola', a way of serving (heldout263)
    "tanggung": words("jawab"),  # KBBI's 'tanggung jawab', a noun (heldout259)
}


def _in_compound(doc: Doc, i: int) -> bool:
    """Whether the bare-looking word at ``i`` is one half of a compound of KBBI."""
    toks = doc.tokens
    word = toks[i].text
    before = _COMPOUND_AFTER.get(word)
    if before is not None and toks[i - 1].text.lower() in before:
        return True
    after = _COMPOUND_BEFORE.get(word)
    return after is not None and i + 1 < len(toks) and toks[i + 1].text.lower() in after


@rule("W34", WARNING, N_("A transitive verb keeps its meN- in the narration"))
def bare_verbs(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    for i, t in enumerate(toks):
        word = t.text
        if t.initial and word[:1].isupper() and word[1:].islower():
            form = _men_form(word.lower())
            if form is not None and form[1] and purpose_opening(doc, i):
                fixed = "Untuk " + form[0]  # "Tingkatkan kualitas SDM, Lapas … menggelar"
                msg = N_("A sentence does not open with a bare verb: '{fix}'.")
                yield Hit(t.start, t.end, msg, fixed, {"fix": fixed})
            continue
        if t.initial or not word.islower() or len(word) < 4 or i == 0:
            continue
        para = doc.paras[t.para]
        if para.kind not in ("lead", "body") or para.list_item:
            continue
        form = _men_form(word)
        if form is None:
            continue
        fixed, suffixed = form
        if _in_compound(doc, i):
            continue  # "cara menjahit dan tata rias", "melakukan unjuk rasa"
        if word == "buat" and i + 1 < len(toks) and toks[i + 1].text.startswith(("me", "di")):
            continue  # "petugas buat meratakan …": the spoken 'untuk' before a verb (probe138)
        if suffixed and _before_agent(doc, i):
            yield Hit(
                t.start,
                t.end,
                N_("A passive verb keeps its di-: '{fix}'."),
                "di" + word,
                {"fix": "di" + word},
            )
            continue
        if not _takes_object(doc, i):
            continue
        if toks[i - 1].text == "akan" and akan_preposition(doc, toks[i - 1]):
            continue  # "pengetahuan akan nilai perikanan": the preposition, a noun (heldout140)
        j = i - 1
        while j >= 0 and toks[j].text.lower() in MODALS and doc.adjacent(toks[j], toks[j + 1]):
            j -= 1
        if j < 0 or not (
            doc.adjacent(toks[j], toks[j + 1])
            or _apposed(doc, j, suffixed)
            or (suffixed and bracketed_short_form(doc, j))
        ):
            continue
        before = toks[j].text.lower()
        if before in _LOOSE_PREFIXES:
            continue
        paired = before in _JOINS and _after_men_verb(doc, j)
        if j == i - 1 and not suffixed and not paired and not _named_subject(doc, j, fixed):
            continue  # a bare root only after a modal or a name: 'proses pembinaan' is a noun
        if not paired and (before in _AGENTS or before in _ASKING or toks[j].text == "Yang"):
            continue
        if (
            j == i - 1
            and before in _NO_OBJECT
            and not paired
            and not (suffixed and before in _PURPOSE)
        ):
            continue
        if j > 0 and toks[j - 1].text.lower() == "yang":
            continue  # 'apa yang petugas lakukan'
        if j == i - 1 and men_verb(before):
            continue  # 'memperkuat fasilitasi produk hukum': the object of a meN- verb
        if j == i - 1 and lead_noun(doc, j):
            continue  # 'Kupang – Daya tampung rutan …': a compound noun opening the lead
        if doc.in_quote(t.start):
            continue
        yield Hit(
            t.start,
            t.end,
            N_("In the narration the verb keeps its meN-: '{fix}'."),
            keep_case(word, fixed),
            {"fix": fixed},
        )
