"""The comma that closes what stands before the main clause (P30), where the words show it.

EYD V (Tanda Koma) puts a comma after a phrase or clause that opens the sentence before its
subject, and around an attribution set into a sentence. Where the subject starts cannot be
seen in general ('Sebagai pejabat publik kades memiliki …'), so the rule reads only the
places the words make plain, and stays silent elsewhere:

- `Menurut Budi pihaknya …`: a name after `menurut`, then a lowercase word that is no part
  of it → `Menurut Budi, pihaknya …` (also after a comma: `…, menurut Budi pihaknya`);
- `Setelah tujuan mereka diketahui kata Budi, pihaknya …`: an attribution closed by a comma
  but not opened by one → `diketahui, kata Budi,`;
- `Kepada para kepala desa Bupati berpesan …`: a phrase of `Kepada`, `Sebagai`, `Bagi` (or a
  meN- verb: `Menanggapi hal itu Kalapas …`) of lowercase nouns, then a capitalised subject
  and its verb → `kepala desa, Bupati berpesan`;
- `Sebagai pejabat publik ia wajib …`: the same phrase before `ia`, `pihaknya` or `beliau`
  (pronouns that are never a possessor) and the predicate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.clause_reader import SUBORDINATORS, is_predicate, tokens
from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import (
    FUNCTION_WORDS,
    MONTHS,
    POSITION_PARTS,
    POSITIONS,
    WEEKDAYS,
    words,
)
from kabar_desktop.check.rules import N_, WARNING, Hit, rule
from kabar_desktop.check.rules.commas import is_verb
from kabar_desktop.check.rules.english_words import is_english

_NAME = r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}"
_MENURUT = re.compile(rf"\b([Mm]enurut {_NAME})(?= ([a-z]+)\b)")
# A pronoun after "menurut" ends with it, before any word: "Menurut dia Kantor Imigrasi …".
_MENURUT_PRONOUN = re.compile(r"\b([Mm]enurut (?:dia|ia|beliau|mereka|saya|kami|kita))(?= (\w+)\b)")
# Words that carry the name on ("Menurut Budi selaku ketua …") or start what he said with a
# conjunction the writer may mean ("Menurut Budi bahwa …", P22/P13's).
_GOES_ON = FUNCTION_WORDS | words("yang selaku bahwa juga pun saja sendiri pribadi lagi")
_SAID = re.compile(
    rf"(?<=[a-z]) ((?:kata|ujar|ucap|tutur|jelas|imbuh|tambah|ungkap|tegas) {_NAME}),(?= [a-z])"
)
_NOT_BEFORE_SAID = FUNCTION_WORDS | words("satu sebuah setiap tiap per arti makna bermakna")
_OPENING = re.compile(
    r"(Kepada|Sebagai|Bagi|Me[a-z]{4,}|Setelah|Sesudah|Usai|Seusai|Sebelum|Saat|Ketika"
    # EYD V's other subordinators (clause_reader.py): a clause of purpose, reason, condition,
    # concession or time before the subject ("Agar layanan tetap lancar Kalapas meminta …")
    r"|Agar|Supaya|Karena|Jika|Apabila|Bila|Kalau|Meski|Meskipun|Walaupun|Walau|Kendati"
    r"|Biarpun|Sejak|Selama|Sewaktu|Tatkala)"
    r" ((?:[a-z]+ ){0,5}[a-z]+)"
    r" (?=([A-Z]\w*|ia|pihaknya|beliau)\b)"
)
# A sentence opening with a meN- verb and its object is a clause before the subject
# ("Menanggapi hal itu, Kalapas mengatakan …"); not "Menurut" (read above).
_NOT_OPENING_VERBS = words("menurut merupakan menjadi")
_SUBORDINATORS = frozenset(SUBORDINATORS)
# A last word whose complement the capitalised words may be ("sebagai tindak lanjut Instruksi
# Menteri …", "sebagai ketua Tim …", "kepada para kepala Lapas …"): where the phrase ends
# cannot be seen.
_TAKES_A_NAME = (
    FUNCTION_WORDS
    | POSITIONS
    | POSITION_PARTS
    | words(
        """lanjut bentuk wujud upaya rangka implementasi pelaksanaan realisasi perwakilan
        utusan anggota bagian warga tim peserta mitra pihak jajaran pegawai petugas"""
    )
)
_SUBJECT_PRONOUNS = words("ia pihaknya beliau")
_NOT_SUBJECTS = frozenset(w.lower() for w in (*WEEKDAYS, *MONTHS))
_CAPITAL_RUN = re.compile(r"[A-Z][\w’'.-]*(?: (?:dan )?(?:[A-Z][\w’'.-]*|I{1,3}[AB]?|IV))*")
_ADVERBS = words("juga akan telah sudah tetap terus pun turut langsung selalu kembali tidak")
# Words that open a predicate without a verb's prefix: modals ("ia wajib hadir").
_MODALS = words("wajib harus perlu dapat bisa mampu mesti hendaknya patut siap")
_WORD = re.compile(r" ([a-z]+)")


@rule("P30", WARNING, N_("A comma closes what stands before the main clause"))
def opening_comma(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        for s, e in para.sentences:
            for m in (*_MENURUT.finditer(text, s, e), *_MENURUT_PRONOUN.finditer(text, s, e)):
                opens = m.start() == s or text[m.start() - 2 : m.start()] == ", "
                if opens and m.group(2) not in _GOES_ON:
                    yield _comma_after(m.start(1), m.end(1), m.group(1))
            for m in _SAID.finditer(text, s, e):
                before = text[max(s, m.start() - 20) : m.start()].split()
                if _said_opens(text, s, m.start()):
                    continue
                if before and before[-1] not in _NOT_BEFORE_SAID and not doc.in_quote(m.start()):
                    word = before[-1]
                    start = m.start() - len(word)
                    yield Hit(
                        start,
                        m.start(1) + len(m.group(1).split()[0]),
                        N_("A comma opens the attribution set into the sentence: '{word}'."),
                        f"{word}, {m.group(1).split()[0]}",
                        {"word": f"{word}, {m.group(1).split()[0]}"},
                    )
            hit = _opening_phrase(doc, s, e) or _run_on_seam(doc, s, e)
            if hit:
                yield hit
            for m in _SAID_AFTER.finditer(text, s, e):
                # "Pada tahun ini, tambahnya 38 warga …": a clause of its own goes on
                if not doc.in_quote(m.start()) and _clause_after(text, m.end(), e):
                    yield _comma_after(m.start(1), m.end(1), m.group(1))


def _said_opens(text: str, s: int, start: int) -> bool:
    """The attribution opens the sentence after one adverb that is no connector ("Masih kata
    Prameswari, …": Prameswari also said): no clause stands before it to set it off from.
    A connector keeps its own comma ("Selanjutnya, kata Junaidi, …", as the sets mark)."""
    from kabar_desktop.check.rules.connector_commas import _CONNECTORS

    head = [w for _, w in tokens(text, s, start)]
    if len(head) != 1 or head[0] == "," or is_verb(head[0].lower()):
        return False
    return _CONNECTORS.match(head[0] + " ") is None


# An attribution set in after a comma, the sentence going on after it: "Pada tahun ini,
# tambahnya 38 warga binaan …" → "tambahnya, 38" (EYD V: an attribution set into a
# sentence is set off on both sides).
_SAID_AFTER = re.compile(
    r"(?<=, )((?:kata|ujar|ucap|tutur|jelas|imbuh|tambah|ungkap|terang|papar|sebut|lanjut)nya)"
    r"(?= (?:[a-z]+|\d+)\b)"
    r"(?! (?:bahwa|pula|lagi|juga|pun|saat|ketika|di|kepada|dalam|usai|seusai)\b)"
)


def _clause_after(text: str, start: int, e: int) -> bool:
    """What follows the attribution is a clause with its own subject: a predicate comes
    later, not first ("ujarnya singkat", "ujarnya menutup sambutan": the speaker's)."""
    after = [w for _, w in tokens(text, start, e) if w not in (",", ";", ":")]
    if not after or is_predicate(after[0]) or after[0] in _ADVERBS:
        return False
    return any(w.islower() and is_predicate(w) for w in after[1:])


def _run_on_seam(doc: Doc, s: int, e: int) -> Hit | None:
    """An opening clause or date run on into its main clause (seam_openings.py)."""
    from kabar_desktop.check.rules.seam_openings import clause_seam, date_seam

    if doc.in_quote(s):
        return None
    found = clause_seam(doc.text, s, e) or date_seam(doc.text, s, e)
    if found is None:
        return None
    start, end, last = found
    return _comma_before_subject(start, end, last)


def _comma_before_subject(start: int, end: int, last: str) -> Hit:
    """The comma after ``last``, the opening phrase's last word, before the subject."""
    return Hit(
        start,
        end,
        N_("A comma closes the opening phrase before the subject: '{word}'."),
        last + ",",
        {"word": last + ","},
    )


def _comma_after(start: int, end: int, phrase: str) -> Hit:
    return Hit(start, end, N_("A comma closes '{word}'."), phrase + ",", {"word": phrase})


def _opening_phrase(doc: Doc, s: int, e: int) -> Hit | None:
    """'Kepada para kades Bupati berpesan': the phrase, then the subject and its verb."""
    text = doc.text
    m = _OPENING.match(text, s, e)
    if m is None or doc.in_quote(s):
        return None
    phrase = m.group(2).split()
    subject = m.group(3)
    opener = m.group(1).lower()
    if opener.startswith("me") and (not is_verb(opener) or opener in _NOT_OPENING_VERBS):
        return None
    if opener in _SUBORDINATORS:
        # EYD V: a clause before its main clause takes a comma; a clause has a verb, and
        # one it ends with may take the capitalised words as its object or agent.
        if not any(is_predicate(w) for w in phrase[:-1]) or is_verb(phrase[-1]):
            return None
    elif any(is_verb(w) for w in phrase):
        return None  # "Sebagai bentuk menyambut HUT RI Lapas …": the name is the verb's object
    capital = subject not in _SUBJECT_PRONOUNS
    if capital and phrase[-1] in _TAKES_A_NAME and subject.lower() not in POSITIONS:
        return None  # a position opens a new subject: "Kepada para kades Bupati berpesan"
    if subject in _SUBJECT_PRONOUNS:
        after = m.end() + len(subject)
    elif subject.lower() not in _NOT_SUBJECTS:
        run = _CAPITAL_RUN.match(text, m.end(), e)
        if run is None:
            return None
        after = run.end()
    else:
        return None
    nxt = _WORD.match(text, after, e)
    if nxt and nxt.group(1) in _ADVERBS:
        nxt = _WORD.match(text, nxt.end(), e)
    if nxt is None or not (is_verb(nxt.group(1)) or nxt.group(1) in _MODALS):
        return None
    if is_english(nxt.group(1)):
        return None  # "pandemi Coronavirus disease (COVID 19), …": a name's English word
    last = phrase[-1]
    start, end = m.end(2) - len(last), m.end(2)
    if subject not in _SUBJECT_PRONOUNS:
        # "di aula Rutan Wonogiri Kepala Rutan memberi …": the name goes on the phrase; the
        # subject begins at the position's title inside the run (round 17)
        names = list(re.finditer(r"\S+", text[m.end() : after]))
        title = next(
            (
                n
                for i, n in enumerate(names[1:], 1)
                if n.group().lower() in POSITIONS
                and names[i - 1].group().lower().rstrip(".") not in POSITIONS  # "Plt Kepala"
            ),
            None,
        )
        if title is not None:
            before = names[names.index(title) - 1]
            last = before.group()
            start, end = m.end() + before.start(), m.end() + before.end()
    return _comma_before_subject(start, end, last)
