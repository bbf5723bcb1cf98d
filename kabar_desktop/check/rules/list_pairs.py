"""A pair joined by 'dan' inside one item of a list, not the list's end (P7, P32; moved
out of commas.py)."""

from __future__ import annotations

import re

from kabar_desktop.check.lexicon import (
    FUNCTION_WORDS,
    words,
)
from kabar_desktop.check.rules.commas import is_verb

# The list goes on past the pair ("A, B dan C, D, E dan F"), or a second conjunction follows
# ("A, B dan C dan D"): "B dan C" is one item. Complementary pairs are one item too.
# After the pair, the rest of its second item (up to three words: "korban dan orang tua
# korban, kepala desa …"), then more items and the list's own last 'dan' or 'serta', or the
# 'hingga' of 'mulai dari A, B dan C, D, hingga E' (heldout23).
_ITEM_WORD = r"[^\W\d_]+(?:-[^\W\d_]+)*"
_PAIR_IN_LIST = re.compile(
    rf"(?: {_ITEM_WORD}){{0,3}}(?:, {_ITEM_WORD}(?: {_ITEM_WORD}){{0,3}})+,? (?:dan|serta|hingga) "
    r"| (?:dan|serta) "
)
_PAIRED = {
    tuple(pair.split("/"))
    for pair in words("jasmani/rohani lahir/batin pria/wanita siang/malam pusat/daerah suka/duka")
}


# Pairs that make one item of a list (heldout27: "…, sumber daya manusia, sarana dan
# prasarana, hingga …"): P7 and P32 ask no comma inside them.
ONE_ITEM = frozenset(
    {("sarana", "prasarana"), ("tugas", "fungsi"), ("hak", "kewajiban"), ("kecil", "menengah")}
    | {("berbangsa", "bernegara")}  # "kesadaran berbangsa dan bernegara, olahraga" (probe42)
    | {("bapak-bapak", "ibu-ibu"), ("bapak", "ibu")}  # the audience addressed (probe57)
    | {("iman", "takwa"), ("iman", "ketakwaan")}  # "tauhid, fikih, iman dan takwa" (heldout97)
    | {("besok", "lusa"), ("menjaga", "memelihara")}  # one time, one act (heldout228, 230)
    | {("keamanan", "ketertiban"), ("sehat", "bergizi")}  # Kamtib; one kind of food (p152)
)  # "…, Koperasi, Usaha Kecil dan Menengah …": UKM, one field of a Dinas (probe38)

_CLAUSE_WORDS = words("kemudian lalu lantas selanjutnya sedangkan sementara namun tetapi ia mereka")


def pair_in_list(rest: str, last: str, after: str) -> bool:
    """'last dan after', followed by ``rest``, is one item of a list, not its end (P7, P32)."""
    if (last.lower(), after.lower()) in _PAIRED:
        return True
    m = _PAIR_IN_LIST.match(rest)
    if m is None:
        return False
    items = re.findall(r"[^\W\d_]+", m.group().lower())[:-1]  # "…, kemudian pulang dan …"
    return not any(is_verb(w) or w in FUNCTION_WORDS or w in _CLAUSE_WORDS for w in items)
