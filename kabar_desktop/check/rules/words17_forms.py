"""Word-form readings of round 17: 'Giat' opening a title or a sentence (W10), the
correlative 'baik … maupun' written with 'dan' or 'atau' (S8), a reduplicated noun in a name
or a title without its hyphen (W7), and the verb 'keluar' written apart after a pronoun (W33)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import INSTITUTIONS
from kabar_desktop.check.rules import keep_case
from kabar_desktop.check.rules.reduplicated_forms import place_goes_on

# meN-, ber-/be-, di-, ter- verbs, and the ber- verbs whose prefix is bel- or be-.
_VERB = re.compile(r"(?:me|be|di|te|bel)[a-z]{3,}")


def titled_giat(doc: Doc, i: int) -> bool:
    """'Giat' at token ``i`` opens a title or a sentence and a word that is no verb follows."""
    toks = doc.tokens
    t = toks[i]
    if not t.initial and not (i == 0 or doc.paras[t.para].start == t.start):
        return False
    if i + 1 >= len(toks) or not doc.adjacent(t, toks[i + 1]):
        return False
    nxt = toks[i + 1].text.lower()
    if nxt == "tersebut" or (nxt.startswith("di") and _VERB.match(nxt)):
        return True  # "Giat tersebut …", "Giat dihelat di …": the event, its passive verb
    return nxt[:1].isalpha() and not _VERB.match(nxt)  # (session 42)


# S8: 'baik A dan B', 'baik A atau B' → 'baik A maupun B' (EYD V, KBBI: the correlative pair).
# 'baik' opens the pair after a comma or at a clause's start ('…, baik melalui aplikasi …');
# the adjective stands after its noun or verb and before no item ('berjalan baik dan lancar',
# 'hasilnya baik sekali'). A clause that has its 'maupun' already keeps its 'dan' (a list
# inside one of the pair's items).
# 'antara': "baik antara A dan B" pairs 'dan' with 'antara' (heldout110).
_NOT_AN_ITEM = frozenset(
    ("dan", "serta", "atau", "sekali", "pula", "juga", "pun", "maupun", "antara")
)
_CLAUSE_END = re.compile(r"[.;:!?\"“”]")
_BAIK_PAIRED = 12  # tokens from 'baik' to its second item


def baik_dan(doc: Doc) -> Iterator[tuple[int, int, str]]:
    """(start, end, fix) of each 'dan'/'atau' that should be 'maupun' after an opening 'baik'."""
    toks, text = doc.tokens, doc.text
    for i, t in enumerate(toks):
        if t.text.lower() != "baik" or i + 1 >= len(toks):
            continue
        opening = t.initial or text[max(0, t.start - 2) : t.start] == ", "
        if not opening or toks[i + 1].text.lower() in _NOT_AN_ITEM or doc.in_quote(t.start):
            continue
        joint = None
        for j in range(i + 2, min(i + _BAIK_PAIRED, len(toks))):
            u = toks[j]
            if u.para != t.para or u.initial or _CLAUSE_END.search(text, t.end, u.start):
                break
            low = u.text.lower()
            if low in ("maupun", "ataupun", "baik", "serta"):
                joint = None  # 'serta' joined the list: a 'dan' after it is an item's (heldout68)
                break
            if low in ("dan", "atau") and joint is None:
                joint = u
        if joint is not None:
            yield joint.start, joint.end, keep_case(joint.text, "maupun")


# W7: a reduplicated noun inside a name or a title keeps its hyphen, each half capitalised
# (EYD V: 'Perserikatan Bangsa-Bangsa', 'Anak-Anak'): two like capitalised words side by side
# that the word list knows as a common word, after a capitalised word or opening a title.
def titled_reduplications(doc: Doc) -> Iterator[tuple[int, int, str]]:
    from kabar_desktop.check.spelling import speller

    toks, text = doc.tokens, doc.text
    check = None
    for i, t in enumerate(toks[:-1]):
        u = toks[i + 1]
        if t.text != u.text or not t.text[:1].isupper() or not t.text[1:].islower():
            continue
        if len(t.text) < 3 or t.para != u.para or text[t.end : u.start] != " ":
            continue
        title = doc.paras[t.para].kind == "title"
        named = (
            i > 0
            and toks[i - 1].para == t.para
            and toks[i - 1].text[:1].isupper()
            and text[toks[i - 1].end : t.start] == " "
        )
        if not (title or named) or (t.initial and not title):
            continue
        if i + 2 < len(toks) and place_goes_on(u.text, toks[i + 2].text):
            continue  # "Bandar Bandar Lampung": a place's first word typed twice (probe65)
        if i + 2 < len(toks) and _surname_after(text, u, toks[i + 2]):
            continue  # "Kemenkumham Bali Gun Gun Gunawan": a man's doubled given name (h162)
        check = check or speller()
        if check.known(t.text.lower()) and not doubled_name_word(t.text, u.text):
            yield t.start, u.end, f"{t.text}-{u.text}"


def _surname_after(text: str, u: Token, nxt: Token) -> bool:
    """The pair's word begins the capitalised name after it ('Gun Gun Gunawan')."""
    return text[u.end : nxt.start] == " " and nxt.text.startswith(u.text) and nxt.text != u.text


def doubled_name_word(first: str, second: str) -> bool:
    """'Kantor Imigrasi Imigrasi': an abstract word of a name typed twice (probe38), which
    makes no plural; W12 drops one ('Bangsa Bangsa' is W7's 'Bangsa-Bangsa')."""
    low = first.lower()
    if first != second or not first[:1].isupper():
        return False
    # 'Kepala Rutan Rutan Purbalingga': an office's kind typed twice in its name (probe106)
    # 'Kantor Kelurahan Kelurahan Rawa Terate': a place's kind typed twice (probe143)
    return low.endswith(("asi", "isme")) or low in INSTITUTIONS or low in _PLACE_KINDS


_PLACE_KINDS = frozenset(("kelurahan", "kecamatan", "desa", "kabupaten", "provinsi"))


# W33: 'keluar' the verb written as the preposition and its place. After a personal pronoun
# the predicate follows, and 'ke luar' with no place after it (a clause's end, 'dari', a
# conjunction) is the verb: 'setelah mereka ke luar dan …' → 'keluar'; 'mereka ke luar
# negeri' keeps the preposition before its place.
_PRONOUNS = frozenset(
    ["ia", "dia", "mereka", "kami", "kita", "saya", "aku", "beliau", "engkau", "kamu", "anda"]
)
_KE_LUAR = re.compile(
    r"\b([Kk]e) luar\b(?=\s*[,.;!?\"”]|\s+(?:dari|dan|serta|atau|untuk|lalu|"
    r"kemudian|setelah|sebelum|karena|tanpa|sambil|agar|supaya)\b)"
)


def verb_keluar(doc: Doc) -> Iterator[tuple[int, int, str]]:
    text = doc.text
    for m in _KE_LUAR.finditer(text):
        before = re.search(r"([A-Za-z]+) $", text[max(0, m.start() - 12) : m.start()])
        if before and before.group(1).lower() in _PRONOUNS:
            yield m.start(), m.end(), keep_case(m.group(1), "keluar")
