"""Round 18 of issue 13, words: choices the grammar settles (tests in
tests/check/test_rules_round18_words.py).

- W29: a verb of saying, thinking or knowing takes its content clause with ``bahwa`` (KBBI:
  *bahwa*, kata penghubung untuk menandai anak kalimat pelengkap); ``jika``/``kalau`` open a
  condition. ``menegaskan jika warga binaan yang aktif akan …`` → ``bahwa``. A condition is
  left alone: where the ``jika`` clause closes with a comma and a main clause follows
  (``mengatakan jika hujan turun, kegiatan ditunda``), or a comma before ``jika`` sets off
  a condition of what there is (``mengingatkan, jika ada kendala …``). After the verb's
  comma otherwise it is what is said (``mengatakan, jika peserta …``: 12 of 13, s36).
- W31: an event's noun and its own passive verb in one clause say it twice: ``Pelaksanaan
  kegiatan dilaksanakan oleh …`` → ``Kegiatan dilaksanakan oleh …`` (peN-/per-…-an and di-
  on one root, the noun opening the sentence).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import words
from kabar_desktop.check.rules import N_, Hit, keep_case
from kabar_desktop.check.spelling import speller

# Verbs whose object is what is said, thought or known (meN- forms and the passive's di-).
_SAYING = words(
    """mengatakan menegaskan menjelaskan menyampaikan mengungkapkan menyebutkan menyebut
    menuturkan menambahkan mengaku mengakui menilai memastikan menyatakan mengingatkan
    menekankan menerangkan melaporkan membenarkan mengklaim meyakini mengetahui menyadari
    mengharapkan berharap menduga memperkirakan mengemukakan mengutarakan mengimbau
    menginformasikan memberitahukan menunjukkan membuktikan mengatakannya tahu yakin"""
)
_CONDITION = re.compile(r"(,?) (jika|kalau|apabila|bilamana)\b")  # round 19: apabila
# After the comma that closes the clause these go on with it: no main clause begins there.
_GOES_ON = words(
    """karena sebab sehingga agar supaya dan serta atau namun tetapi sedangkan yang apalagi
    terutama khususnya termasuk baik maupun hingga sampai bahkan"""
)


# An instruction to tell when something happens ('segera melaporkan jika …'), and a
# finding or a happening after 'jika': the clause is a condition, not what is said.
_BIDDING = words("segera agar harus wajib untuk dapat bisa diminta diharapkan serta")
_FOUND = words("ditemukan terjadi menemukan mengalami")
_THERE_IS = words("ada terdapat")


def content_jika(doc: Doc) -> Iterator[Hit]:
    """W29: 'jika' opening the content clause of a verb of saying."""
    text = doc.text
    if " jika " not in text and " kalau " not in text and "apabila " not in text:
        return
    for para in doc.prose_paras():
        for s, e in para.sentences:
            for m in _CONDITION.finditer(text, s, e):
                verb = text[max(s, m.start() - 30) : m.start()].split()
                if not verb or verb[-1] not in _SAYING or doc.in_quote(m.start(2)):
                    continue
                rest = text[m.end(2) : e]
                head = rest.split(maxsplit=1)[:1]
                if verb[-2:-1] and verb[-2].lower() in _BIDDING or head and head[0] in _FOUND:
                    continue  # "segera melaporkan jika ditemukan kasus": when (probe87)
                if m.group(1) and head and head[0] in _THERE_IS:
                    continue  # "mengingatkan, jika ada kendala …": a condition set apart
                if "maka" in rest.replace(",", " ").split():
                    continue  # 'jika …, maka …': the condition's own main clause
                comma = rest.find(",")
                if comma >= 0:
                    after = rest[comma + 1 :].split()
                    if after and after[0].lower() not in _GOES_ON:
                        continue  # 'jika …, petugas akan …': a condition and its main clause
                fix = keep_case(m.group(2), "bahwa")
                yield Hit(
                    m.start(2),
                    m.end(2),
                    N_(
                        "After a verb of saying the clause of what is said opens with "
                        "'{fix}'; '{word}' opens a condition."
                    ),
                    fix,
                    {"fix": fix, "word": m.group(2)},
                )


# Acronyms KBBI lists as words, with the words of their full forms (KBBI: bandara, akr
# bandar udara; ormas, akr organisasi kemasyarakatan; pemilu, akr pemilihan umum): a word of
# the full form beside one says it twice (W13: "Bandara Udara" → "Bandara").
WORD_ACRONYMS = {
    "bandara": frozenset({"udara"}),
    "ormas": frozenset({"organisasi", "kemasyarakatan"}),
    "pemilu": frozenset({"pemilihan"}),
}
_CLAUSE_BREAK = words("yang dan atau serta tetapi namun sedangkan karena sehingga bahwa agar")
_TWICE = N_("'{word}' says the same thing twice: write '{fix}'.")  # W31's words


def noun_and_its_passive(doc: Doc) -> Iterator[Hit]:
    """W31: 'Pelaksanaan kegiatan dilaksanakan' → 'Kegiatan dilaksanakan'."""
    check = speller()
    toks = doc.tokens
    for i, t in enumerate(toks):
        if not t.initial or not t.text[:1].isupper() or not t.text.endswith("an"):
            continue
        if doc.paras[t.para].kind == "title" or doc.in_quote(t.start):
            continue
        roots = {
            a.root
            for a in check.readings(t.text.lower())
            if a.prefixes[:1] in (("peN",), ("per",)) and a.suffix == "an" and not a.clitic
        }
        if not roots:
            continue
        for j in range(i + 2, min(i + 5, len(toks))):
            u = toks[j]
            if not doc.adjacent(toks[j - 1], u) or u.text.lower() in _CLAUSE_BREAK:
                break
            if not u.text.startswith("di"):
                continue
            if any(a.prefixes == ("di",) and a.root in roots for a in check.readings(u.text)):
                rest = doc.text[toks[i + 1].start : toks[j - 1].end]
                fix = rest[:1].upper() + rest[1:]
                typed = doc.text[t.start : toks[j - 1].end]
                yield Hit(t.start, toks[j - 1].end, _TWICE, fix, {"word": typed, "fix": fix})
                break


@lru_cache(maxsize=1024)
def agent_noun(noun: str) -> bool:
    """N1: a peN- noun of the one who does (``pengunjung``, ``pemohon``, ``penumpang``): a
    person, counted as persons are ("13 pengunjung" → "tiga belas pengunjung"). Read from
    the word's form, not a list: peN- and a root the list gives a verb's affixes, no suffix."""
    check = speller()
    return any(
        a.prefixes == ("peN",)
        and not a.suffix
        and not a.clitic
        and len(a.root) >= 4
        and check.lists.strong(a.root)
        for a in check.readings(noun)
    )


def bracketed_short_form(doc: Doc, j: int) -> bool:
    """W34: token ``j`` is a body's short form in brackets after its full name, closing the
    subject before the verb ('Dinas Komunikasi dan Informatika (Kominfo) adakan pelatihan'
    → 'mengadakan'): the name in full, then its short form, is the subject."""
    toks = doc.tokens
    t, nxt = toks[j], toks[j + 1]
    if t.para != nxt.para or doc.text[t.end : nxt.start] != ") " or j == 0:
        return False
    before = toks[j - 1]
    return (
        t.text[:1].isupper()
        and not t.initial
        and doc.text[before.end : t.start] == " ("
        and before.text[:1].isupper()
    )


def purpose_opening(doc: Doc, i: int) -> bool:
    """W34: sentence-opening token ``i`` (a bare -kan/-i verb) is the verb of a purpose
    phrase with no 'untuk': the phrase closes with a comma and a capitalised subject and
    its meN-/di- verb follow ('Tingkatkan kualitas SDM, Lapas Banjar menggelar …' →
    'Untuk meningkatkan'). An imperative ('Sampaikan salam kami.'), a title, a quote or a
    list item is left alone."""
    toks = doc.tokens
    t = toks[i]
    para = doc.paras[t.para]
    if para.kind not in ("lead", "body") or para.list_item or doc.in_quote(t.start):
        return False
    if doc.text[max(0, t.start - 1) : t.start] in ('"', "“", "'", "‘"):
        return False
    end = next((e for s, e in para.sentences if s <= t.start < e), para.end)
    comma = doc.text.find(", ", t.end, end)
    if comma < 0 or comma - t.end > 120:
        return False
    rest = doc.text[comma + 2 : end].split()
    if len(rest) < 2 or not rest[0][:1].isupper():
        return False
    verbs = [w for w in rest[1:8] if w.islower() and w.startswith(("me", "di", "ber"))]
    return bool(verbs)


# 'maka' marks the main clause after a clause of condition, reason or time (KBBI: maka p,
# kata penghubung untuk menyatakan hubungan akibat). After an opening phrase that is no such
# clause, a phrase of means ('Dengan adanya TIK ini') or a verb's phrase, a verb with -kan
# or -i and its object ('Menindaklanjuti surat edaran itu'), closed by its demonstrative, it
# links nothing: it is left out.
_MAKA_OPENING = re.compile(
    r"(?:Dengan|Melalui|Berdasarkan|Merujuk|Sehubungan dengan|Terkait|Dalam rangka"
    r"|[A-Z][a-z]{5,}(?:kan|i))\b[^,.;:!?\"“”]{3,120}\b(?:ini|itu|tersebut), (maka,? )"
)
_SUBORDINATE = words(
    "jika apabila bila kalau karena sebab agar supaya sehingga setelah sebelum ketika saat"
)


def maka_after_phrase(doc: Doc) -> Iterator[Hit]:
    """W13: 'Menindaklanjuti surat edaran itu, maka, Rutan …' → 'itu, Rutan …'."""
    text = doc.text
    if ", maka" not in text:
        return
    for para in doc.prose_paras():
        for s, _e in para.sentences:
            m = _MAKA_OPENING.match(text, s)
            if m is None or doc.in_quote(s):
                continue
            if any(w in _SUBORDINATE for w in text[s : m.start(1)].lower().split()):
                continue  # 'Dengan demikian, jika …, maka': the condition's own 'maka'
            yield Hit(
                m.start(1),
                m.end(1),
                N_(
                    "'maka' follows a clause of condition or reason; after this phrase leave "
                    "it out."
                ),
                "",
                {},
            )
