"""Round 18: the comma that closes an opening adverbial phrase before the subject (P8).

EYD V (Tanda Koma): a phrase of time, occasion, role or circumstance set before the main
clause is closed by a comma before the subject. Where the comma is missing, the grammar
still shows both edges, and the reader speaks only where it does:

- the phrase opens with a preposition of occasion, role or time (pada, dalam, di, untuk,
  sebagai, selaku, saat, ketika, menjelang, sejak, selama, usai …) and is closed by a
  demonstrative (``Pada kesempatan kali ini``, ``Terlebih saat ini``): a phrase has ended
  there, whatever the noun. EYD V wants the comma after a *long* opening phrase and leaves
  it to the writer after a short one, and the sets agree: ``Saat itu petugas …``, ``Dalam
  kegiatan ini warga binaan …``, ``Pada kesempatan itu Bupati …`` stand unmarked. So the
  phrase must hold two words or more between its preposition and its demonstrative, or
  follow a connector that makes the opening longer (``Terlebih saat ini …``);
- a phrase of role (``sebagai``/``selaku`` + its noun phrase) ends where a name begins: the
  role's noun phrase is lowercase, the subject is capitalised (``selaku tuan rumah Heni
  mengucapkan``), also after the comma that closes a whole clause before it (after a
  subject alone the role is its apposition: ``Lapas, sebagai mitra Kanwil, juga …``);
- then the subject: a run of capitalised words (a name, a position, a short form) or a
  lowercase noun phrase of up to three words, and at once its predicate (a verb, a modal or
  aspect word, maybe after an adverb), lowercase;
- an opening subordinate clause run on into the sentence adverb that opens the main clause
  (``Setelah dilakukan pengecekan ternyata izin tinggalnya …``): 'ternyata' never belongs to
  the clause before it.

Silent where the phrase holds a verb or 'yang' (a clause of its own whose end the words do
not show), where the word after the demonstrative is a predicate ('Pada kesempatan itu
hadir …': inverted, no subject first), and in a quote's running words after its first.
"""

from __future__ import annotations

import re

from kabar_desktop.check import clause_reader as cr
from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import FUNCTION_WORDS, words
from kabar_desktop.check.rules import N_, Hit

_OCCASION = (
    r"(?:(?:Terlebih|Apalagi|Namun|Kemudian|Selanjutnya) )?"
    r"(?:[Pp]ada|[Dd]alam|[Dd]i|[Uu]ntuk|[Ss]ebagai|[Ss]elaku|[Ss]aat|[Kk]etika|[Mm]enjelang"
    r"|[Jj]elang|[Ss]ejak|[Ss]elama|[Uu]sai|[Ss]eusai|[Hh]ingga|[Ss]ampai)"
)
# The preposition, one to four lowercase words, the demonstrative.
_CLOSED = re.compile(rf"{_OCCASION} ((?:[a-z][\w-]* ){{0,4}}(?:ini|itu|tersebut)) ")
# A phrase of role and its lowercase noun phrase, before a capitalised subject.
_ROLE = re.compile(r"(?:[Ss]ebagai|[Ss]elaku) ((?:[a-z][\w-]* ){0,2}[a-z][\w-]*) (?=[A-Z])")
_NAME_WORD = re.compile(r"[A-Z][\w.’'-]*|\([A-Z][\w-]*\)")
_WORD = re.compile(r"[\w’'-]+")
_ADVERBS = words("juga pun langsung segera terus kembali turut pula selalu tetap")
_NOT_IN_PHRASE = FUNCTION_WORDS | words("yang dan atau serta")
_SENTENCE_ADVERBS = words("ternyata")
# A connector before the phrase: the phrase is one part of a longer opening.
_LEADS = frozenset(("Terlebih", "Apalagi", "Namun", "Kemudian", "Selanjutnya"))
_MESSAGE = N_("A comma closes the opening phrase before the subject: '{word}'.")


def _predicate_from(text: str, pos: int, e: int) -> bool:
    """A lowercase predicate opens at ``pos`` (maybe after an adverb)."""
    m = _WORD.match(text, pos, e)
    if m is None:
        return False
    w = m.group()
    if w in _ADVERBS:
        nxt = _WORD.match(text, m.end() + 1, e) if text[m.end() : m.end() + 1] == " " else None
        return w != "tetap" or nxt is not None and nxt.group().islower()
    return w.islower() and cr.is_predicate(w) and w not in ("ada", "adalah", "merupakan")


def _subject_then_predicate(text: str, pos: int, e: int, names_only: bool = False) -> bool:
    """A subject opens at ``pos`` and its predicate follows it."""
    m = _WORD.match(text, pos, e)
    if m is None:
        return False
    if m.group()[:1].isupper():
        j = pos
        for _ in range(6):
            n = _NAME_WORD.match(text, j, e)
            if n is None:
                break
            j = n.end()
            if text[j : j + 1] != " ":
                return False
            j += 1
            if _predicate_from(text, j, e):
                return True
        return False
    if names_only:
        return False
    j = pos
    for k in range(3):
        n = _WORD.match(text, j, e)
        if n is None or not n.group().isalpha() or not n.group().islower():
            return False
        w = n.group()
        if w in _NOT_IN_PHRASE or cr.is_predicate(w) or w in cr.PREPOSITIONS or w in _ADVERBS:
            return False
        if w in cr.PREDICATE_WORDS:
            return False
        j = n.end()
        if text[j : j + 1] != " ":
            return False
        j += 1
        if k >= 0 and _predicate_from(text, j, e):
            return True
    return False


def _hit(text: str, end: int) -> Hit:
    start = text.rfind(" ", 0, end) + 1
    word = text[start:end]
    return Hit(start, end, _MESSAGE, word + ",", {"word": word + ","})


def occasion_comma(doc: Doc, s: int, e: int) -> Hit | None:
    """The comma missing after an opening phrase of occasion, role or time."""
    text = doc.text
    at = s + (text[s : s + 1] in '"“')
    m = _CLOSED.match(text, at, e)
    if m is not None:
        phrase = m.group(1).split()
        led = m.group().split()[0] in _LEADS
        inner = phrase[:-1]
        plain = not any(w in _NOT_IN_PHRASE or cr.is_predicate(w) for w in inner)
        if (led or len(phrase) >= 3) and plain and _subject_then_predicate(text, m.end(), e):
            return _hit(text, m.end() - 1)
    r = _ROLE.match(text, at, e)
    if r is not None:
        return _role(text, r, e)
    return _ternyata(text, at, e)


def _role(text: str, r: re.Match[str], e: int) -> Hit | None:
    phrase = r.group(1).split()
    if any(w in _NOT_IN_PHRASE or cr.is_predicate(w) for w in phrase):
        return None
    if phrase == ["wujud"] or phrase == ["bentuk"] or phrase == ["bukti"]:
        return None  # "…, sebagai wujud Lapas telah melakukan …": its clause (heldout99)
    if _subject_then_predicate(text, r.end(), e, names_only=True):
        return _hit(text, r.end() - 1)
    return None


_ROLE_AFTER_COMMA = re.compile(r", (?=[Ss]ebagai |[Ss]elaku )")


def role_commas(doc: Doc, s: int, e: int) -> list[Hit]:
    """'…, selaku tuan rumah Heni mengucapkan …': a role's phrase opening the clause after a
    comma, run on into its capitalised subject."""
    text = doc.text
    out: list[Hit] = []
    if ", s" not in text[s:e] and ", S" not in text[s:e]:
        return out
    for c in _ROLE_AFTER_COMMA.finditer(text, s, e):
        if not text[c.start() - 1 : c.start()].isalpha():
            continue  # after a word's letter: the comma closes a clause
        before = text[max(s, text.rfind(",", s, c.start()) + 1) : c.start()].split()
        if not any(w.islower() and cr.is_predicate(w) for w in before):
            continue  # "Lapas, sebagai mitra Kanwil juga …": a role in apposition, not a seam
        r = _ROLE.match(text, c.end(), e)
        if r is not None:
            hit = _role(text, r, e)
            if hit is not None:
                out.append(hit)
    return out


def _ternyata(text: str, at: int, e: int) -> Hit | None:
    if " ternyata " not in text[at:e]:
        return None
    op = cr.opening(text, at, e)
    if op is None or op.kind == "verb":
        return None
    toks = cr.tokens(text, op.end, e)
    for i, (pos, w) in enumerate(toks):
        if w in (",", ";", ":"):
            return None
        if w in _SENTENCE_ADVERBS and i >= 2 and text[pos - 1 : pos] == " ":
            prev_pos, prev = toks[i - 1]
            if prev.isalpha() and prev not in _NOT_IN_PHRASE:
                return _hit(text, prev_pos + len(prev))
            return None
    return None
