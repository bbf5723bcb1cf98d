"""P29's relative fragment: a subject and a 'yang' clause, and no predicate of its own.

Tata Bahasa Baku: 'yang' opens a relative clause inside a noun phrase; a sentence still needs
the phrase's predicate. "Tim Monev Kanwil yang dipimpin oleh Kepala Bidang …." ends where the
relative clause ends: the subject has no predicate. Dropping 'yang' makes the relative's verb
the sentence's predicate ("Tim Monev Kanwil dipimpin oleh …").

Read only where the words leave no doubt (clause_reader.py): the sentence opens with a noun
phrase (no predicate, preposition or comma before 'yang'), the relative clause opens with a
verb (or an aspect or modal before one), and nothing after it can be the main predicate: no
later verb after a noun, no degree word before an adjective ('cukup luas'), no number or
copula ('sebanyak 40 orang', 'adalah …'), no quote, and no name except after a preposition
(a name after a passive verb may be the predicate: "Narasumber yang dihadirkan Kepala …").
"""

from __future__ import annotations

from kabar_desktop.check import clause_reader as cr
from kabar_desktop.check.lexicon import words
from kabar_desktop.check.rules import N_, Hit

# Words after which the clause goes on as a predicate without a verb: a count, a copula, a
# degree before an adjective, an explanation.
_NOMINAL = words(
    """sebanyak adalah merupakan ialah yakni yaitu berjumlah mencapai hanya antara seperti
    sangat cukup lebih paling amat begitu terlalu kurang makin semakin tampak terlihat
    tetap masih tidak belum bukan termasuk juga"""
)
_RELATIVE_ADVERBS = words("tentunya telah sudah akan juga pun sedang masih bisa dapat baru")
_PREDICATE_BEFORE = words("punya memiliki termasuk ada")
# Round 24: adjectives of relation that take a noun phrase as their complement are the
# predicate before it ('Hal ini sesuai Undang-Undang … yang mengatur …', 'Langkah itu
# sejalan dengan program … yang dicanangkan …'): the 'yang' clause describes the complement.
_PREDICATE_BEFORE |= words("sesuai sejalan selaras senada serupa sama setara seirama")
# heldout26: bare verbs of coming and going, and the adverbs of sequence that only stand
# before a predicate ('Pengunjung kemudian masuk lewat pintu yang …').
_PREDICATE_BEFORE |= words("masuk keluar datang pulang tiba pergi hadir naik turun kemudian lalu")
# probe49: a quantity before 'yang' is the predicate of its own ('Banyak yang berdiri.',
# 'Tidak sedikit yang datang.'), as 'ada' is ('Ada yang …').
_PREDICATE_BEFORE |= words("banyak sedikit")
# heldout132: "Tinggal waktu yang menjawab", "Hanya petugas yang …": a cleft's focus.
_PREDICATE_BEFORE |= words("tinggal hanya cuma")
# probe109: "Salah satu kegiatan … yaitu pembuatan roti yang …": 'yaitu' is the copula.
_PREDICATE_BEFORE |= words("yaitu yakni ialah")
# heldout43: adverbs that stand before a nominal predicate ('Ketiganya sebenarnya keturunan
# Indonesia yang bekerja …': the predicate is 'keturunan Indonesia').
_PREDICATE_BEFORE |= words("sebenarnya sesungguhnya memang")
# A pronoun or a demonstrative with the focus particle -lah before 'yang' is the predicate of
# a cleft sentence (Tata Bahasa Baku: 'Dialah yang …', 'Hal itulah yang …').
_FOCUSED = words("ini itu dia ia mereka kami kita saya beliau anda engkau sini situ")
# After an intransitive (ber-, ter-) verb of the relative clause, what may go on with it.
_INTRANSITIVE_GOES_ON = words("secara sejak selama setiap pula lagi bersama")


_LIKE = frozenset(("sebagaimana", "seperti", "layaknya", "sesuai"))


def relative_fragment(text: str, s: int, e: int) -> Hit | None:
    """'Tim Monev Kanwil yang dipimpin oleh …' with no predicate: drop 'yang'."""
    if '"' in text[s:e] or "“" in text[s:e] or "”" in text[s:e]:
        return None
    toks = cr.tokens(text, s, e)
    low = [w.lower() for _, w in toks]
    if "yang" not in low or not toks or not toks[0][1][:1].isupper():
        return None
    k = low.index("yang")
    head = low[:k]
    if k == 0 or head[0] in cr.SUBORDINATORS or head[0] in _LIKE:
        return None  # "Sebagaimana yang telah dilakukan …": a comparison, no subject (p87)
    if any(w in (",", ";", ":") or w in cr.PREPOSITIONS or w in _PREDICATE_BEFORE for w in head):
        return None
    if any(w.endswith("lah") and w[:-3] in _FOCUSED for w in head):
        return None  # 'Hal inilah yang menjadi …': a cleft, the -lah phrase is the predicate
    if any(cr.is_predicate(w) or w in ("dan", "atau", "serta") for _, w in toks[:k]):
        return None
    rest = [w for _, w in toks[k + 1 :]]
    j = 0
    while j < len(rest) and rest[j].lower() in _RELATIVE_ADVERBS:
        j += 1
    if j >= len(rest) or not cr.is_predicate(rest[j]) or rest[j].lower() == "ada":
        return None
    tail = rest[j + 1 :]
    if any(w.lower() in _NOMINAL or w[:1].isdigit() for w in tail):
        return None
    verb = rest[j].lower()
    if (
        verb.startswith(("ber", "ter", "be"))
        and tail
        and tail[0][:1].islower()
        and tail[0] not in cr.PREPOSITIONS
        and tail[0] not in _INTRANSITIVE_GOES_ON
    ):
        return None  # "Suasana yang tercipta hangat …": the word after may be the predicate
    after_prep = False
    for q, w in enumerate(tail):
        low_w = w.lower()
        prev = tail[q - 1].lower() if q else rest[j].lower()
        if (
            cr.is_predicate(w)
            and prev not in ("yang", "dan", "atau", "serta", "untuk")
            and prev not in cr.PREPOSITIONS
            and prev not in cr.SUBORDINATORS
        ):
            return None  # a later verb after a noun: the main predicate
        if low_w == "di" and _split_passive(tail[q + 1 : q + 2]):
            return None  # "Sayuran yang dipetik kemudian di olah oleh …" (heldout29): W2's
        if low_w in cr.PREPOSITIONS:
            after_prep = True
        elif w[:1].isupper() and not after_prep:
            return None  # a name after the relative's verb may be the predicate
        elif w[:1].islower() and low_w not in ("dan", "serta", "atau", "maupun"):
            after_prep = after_prep and w[:1].isupper()
    at = toks[k][0]
    return Hit(
        at - 1,
        at + len("yang"),
        N_("The sentence's subject has no predicate after its 'yang' clause: drop 'yang'."),
        "",
    )


def _split_passive(nxt: list[str]) -> bool:
    """The word after a spaced 'di' makes a passive verb with it: 'di olah' is 'diolah'."""
    return bool(nxt) and nxt[0].islower() and cr.is_predicate("di" + nxt[0])
