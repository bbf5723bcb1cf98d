"""Commas of round 14 around a name and its office (P33, P13, P40), read for
appositions.py, list_commas.py, clauses.py and wrong_commas.py: a holder's name after a
position (set off by commas, not brackets), the body an office belongs to, 'salah seorang …'
and 'selaku …' after a name, which all close with a comma before the predicate (EYD V:
keterangan aposisi diapit tanda koma); the stray comma between a subject acting 'melalui'
its officials and its predicate; a phrase of means opened by a comma and never closed.
Moved out of comma_contexts.py, which keeps the commas after a sentence's opening words and
before 'yakni'/'yaitu': these read how far a name or an office's name reaches instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import BARE_VERBS, FUNCTION_WORDS, words
from kabar_desktop.check.rules import N_, Hit

# ---------------------------------------------------------------- appositions (P33)

# Words that end an office's name before its holder, besides the lexicon's unit words: a
# field ('Teknologi Informasi', 'Perawatan dan Kesehatan') and the state after 'Republik'.
_OFFICE_ENDS = words("informasi kesehatan indonesia hukum perundang-undangan")


def office_ends_at(run: list[tuple[int, int, str]], k: int, rest: list[str], known) -> bool:
    """``run[k]`` is a field's word ending an office's name ('Kabid … Teknologi Informasi
    Pudjiono Gunawan', 'Menteri … Republik Indonesia Yasonna Laoly') and ``rest`` a name of
    two words or more whose first word no dictionary lists."""
    from kabar_desktop.check.lexicon import POSITIONS
    from kabar_desktop.check.places import is_place_word

    if k < 2 or len(rest) < 2 or run[k][2].lower() not in _OFFICE_ENDS:
        return False
    if run[0][2].lower() not in POSITIONS:
        return False
    first = rest[0].rstrip(".")
    return len(first) > 2 and not is_place_word(first) and not known(first.lower())


# After the holder's name: a relative clause or a second predicate joined to it ("… Andi
# Basmal yang mewakili Kakanwil menyampaikan", "… Yasonna Laoly serta dihadiri …").
_JOINED = re.compile(r" (?:yang|serta|dan) ([a-z]+)\b")


def joined_predicate(text: str, pos: int, e: int) -> bool:
    from kabar_desktop.check.rules.commas import is_verb

    m = _JOINED.match(text, pos, e)
    return m is not None and is_verb(m.group(1))


# A verb of saying right after a one-word name closes it as its subject's name.
_SAYS = re.compile(
    r" (?:mengatakan|menyampaikan|menjelaskan|menuturkan|mengungkapkan|menerangkan"
    r"|menyebutkan|menegaskan|menambahkan|mengaku|berharap)\b"
)


def says_after(text: str, pos: int) -> bool:
    """A verb of saying follows at ``pos``, after the comma that closes the name or none."""
    return _SAYS.match(text, pos + (text[pos : pos + 1] == ",")) is not None


def short_form_ends(run: list[tuple[int, int, str]], k: int) -> bool:
    """``run[k]`` is the bracketed short form of the office's words before it ('Kepala
    Pengamanan Rutan (KPR)', 'Kanwil Kemenkumham Jawa Timur (Jatim)'): the short form
    closes the office's name, and a person's name after it is its holder."""
    from kabar_desktop.check.lexicon import POSITIONS

    word = run[k][2]
    after = run[k + 1][2] if k + 1 < len(run) else ""
    return (
        k >= 2
        and not _CLASS_WORD.fullmatch(after.capitalize())  # "(Bapas) Kelas I Jambi": goes on
        and word.startswith("(")
        and word.endswith(")")
        and run[0][2].lower() in POSITIONS
        and not _CLASS_WORD.fullmatch(word.strip("()"))
    )


_CLASS_WORD = re.compile(r"(?:I{1,3}|IV)(?:-?[AB])?|Kelas|TPI")


# A predicate with no verb's prefix after a place chain: "… Nusa Tenggara Timur (NTT) tampak
# ceria", "… Sumatera Barat juga menggelar" (an adverb that only opens a predicate).
_PLAIN_PREDICATES = words("tampak terlihat hadir turut telah sudah sedang akan juga tetap berhasil")
# Round 18: the other aspect, modal and negation words, which open a predicate only ('bakal'
# is 'akan'), and the bare intransitive verbs (lexicon.BARE_VERBS).
_PLAIN_PREDICATES |= BARE_VERBS | words("bakal masih belum tidak tak mulai segera")


def chain_predicate(word: str, predicate) -> bool:
    """``word`` opens the predicate after a place chain: a verb by its form (``predicate``)
    or a word that can only open a predicate."""
    return predicate(word) or word in _PLAIN_PREDICATES


# "Kantor Imigrasi … Sumbawa Besar, Kementerian Hukum dan HAM (Kemenkumham) menggelar …":
# the office that opens the sentence, then the body it belongs to set off as an apposition,
# which wants its closing comma before the predicate (EYD V: aposisi diapit tanda koma).
_PARENT_BODY = re.compile(
    r"((?:[A-Z][\w’'-]*|dan|\([A-Z][\w]{1,14}\))(?: (?:[A-Z][\w’'-]*|dan|\([A-Z][\w]{1,14}\)))"
    r"{1,9}), ((?:Kementerian|Kantor Wilayah|Kanwil|Direktorat Jenderal|Ditjen)"
    r"(?: (?:[A-Z][\w’'-]*|dan)){1,8}(?: \([A-Z][\w]{1,14}\))?) ([a-z]+)\b"
)


_OFFICE_HEADS = words("kantor lembaga rumah balai")
_BODY_HEADS = _OFFICE_HEADS | words(
    """kementerian kanwil pemerintah pemkab pemkot pemprov ditjen direktorat badan polres
    polda kodim dinas lapas rutan bapas rudenim kanim"""
)


def parent_body(doc: Doc, s: int, e: int) -> Hit | None:
    from kabar_desktop.check.lexicon import INSTITUTION_KINDS
    from kabar_desktop.check.rules.commas import is_verb

    text = doc.text
    m = _PARENT_BODY.match(text, s, e)
    if m is None or doc.in_quote(s) or not is_verb(m.group(3)):
        return None
    if m.group(1).split()[0].lower() not in INSTITUTION_KINDS | _OFFICE_HEADS:
        return None  # the sentence opens with an office: "Lapas …", "Kantor Imigrasi …"
    body = m.group(2)
    parts = body.split()
    if any(w == "dan" and parts[k + 1].lower() in _BODY_HEADS for k, w in enumerate(parts[:-1])):
        return None  # "Lapas …, Kanwil … dan Polres … menggelar": a list of bodies
    return Hit(
        m.start(2),
        m.end(2),
        N_("The apposition is closed by a comma: '{word}'."),
        body + ",",
        {"word": body},
    )


# ---------------------------------------------------------------- subject's comma (P13)

# "Kanwil … (Kanwil Kemenkumham Malut) melalui Kepala Divisi … dan Kepala Divisi
# Administrasi, memberi penguatan …": the body, the officials it acts through, then
# the comma and the predicate. No comma opened the phrase, so none closes it: the comma
# stands between subject and predicate (EYD V).
_CAP_WORD = r"(?:[A-Z][\w’'-]*|dan|\([A-Z][\w ]{1,40}\))"
_CAP_RUN = rf"{_CAP_WORD}(?: {_CAP_WORD})*"
# (not 'bersama', 'beserta': P40 reads those as a phrase of company to set off on both sides)
_THROUGH = re.compile(rf"({_CAP_RUN}) melalui ({_CAP_RUN}), ([a-z]+)\b(?!,)")


def subject_through(doc: Doc, s: int, e: int) -> Hit | None:
    from kabar_desktop.check.lexicon import POSITIONS
    from kabar_desktop.check.rules.commas import is_verb

    text = doc.text
    m = _THROUGH.match(text, s, e)
    if m is None or doc.in_quote(s) or not is_verb(m.group(3)):
        return None
    agent = m.group(2).split()
    if agent[0].lower() not in POSITIONS or not agent[-1][:1].isupper():
        return None  # "… melalui Kepala Divisi, Budi, …" would name the holder: not read
    last = agent[-1].rstrip(")").lower()
    if last not in _UNIT_LAST and not last.isupper():
        return None  # the run may end in a person's name: the comma may open an apposition
    comma = m.end(2)
    return Hit(
        comma,
        comma + 1,
        N_("No comma between the subject and its predicate '{word}'."),
        "",
        {"word": m.group(3)},
    )


# Words that end a unit's or an office's name (never a person's).
_UNIT_LAST = words(
    """administrasi pemasyarakatan imigrasi keimigrasian umum keuangan kepegawaian pelayanan
    pembinaan perawatan keamanan ketertiban registrasi klasifikasi informasi kesehatan hukum
    ham wilayah kantor"""
)


# "Andi salah seorang warga binaan Rutan Batam mengaku …", "Sutarjo, salah satu peserta,
# …": a person's name, then what they are ('salah seorang …'), an apposition closed by a
# comma before the predicate (EYD V: keterangan aposisi diapit tanda koma).
_ONE_OF_NAME = re.compile(
    r"(?:(?:Sementara itu|Selain itu|Kemudian|Sementara),? )?"
    r"([A-Z][a-z]+(?: [A-Z][a-z]+){0,3}),? (?:salah seorang|salah satu|seorang) "
)
_ROLE_WORD = re.compile(r"[\w()’'-]+")


def name_one_of(doc: Doc, s: int, e: int) -> Hit | None:
    from kabar_desktop.check.rules.appositions import NOT_NAMES, predicate
    from kabar_desktop.check.spelling import speller

    text = doc.text
    m = _ONE_OF_NAME.match(text, s, e)
    if m is None or doc.in_quote(s):
        return None
    name = m.group(1).split()
    if any(w.lower() in FUNCTION_WORDS or w.lower() in NOT_NAMES for w in name):
        return None
    if len(name) == 1 and speller().known(name[0].lower()):
        return None  # "Petugas salah seorang …": a word, not a name
    role = list(_ROLE_WORD.finditer(text, m.end(), e))[:12]
    for k, w in enumerate(role):
        word = w.group()
        if word in ("yang", "dan", "serta", "atau") or "," in text[m.end() : w.start()]:
            return None  # a relative clause or a list: where the role ends is unclear
        if k and predicate(word):
            if text[w.start() - 1 : w.start()] != " ":
                return None
            last = role[k - 1]
            return Hit(
                last.start(),
                last.end(),
                N_("The apposition is closed by a comma: '{word}'."),
                last.group() + ",",
                {"word": last.group()},
            )
    return None


def name_lists_fields(text: str, s: int, comma: int, after: str) -> bool:
    """The comma at ``comma`` lists the fields inside a body's name ('Dinas Ketahanan Pangan,
    Pertanian dan Perikanan Kota Banjar'): the words before it open with a body's head and
    ``after`` (the words after it) joins two fields with 'dan'."""
    if " dan " not in after:
        return False
    before = text[max(s, comma - 80) : comma].split()
    run: list[str] = []
    for w in reversed(before):
        if not w[:1].isupper():
            break
        run.insert(0, w)
    return bool(run) and run[0].lower() in _BODY_HEADS and len(run) >= 2


# "Agus Wijaya, selaku Kabag Humas Pemkab Tuban menuturkan, …": an apposition of what the
# person acts as, opened by a comma, wants its closing comma before the predicate.
_SELAKU = re.compile(r"(?<=[\w.]), (selaku|sebagai) ")


def selaku_closed(doc: Doc, s: int, e: int) -> Iterator[Hit]:
    from kabar_desktop.check.lexicon import POSITIONS
    from kabar_desktop.check.rules.appositions import predicate

    text = doc.text
    for m in _SELAKU.finditer(text, s, e):
        if doc.in_quote(m.start()):
            continue
        name = text[max(s, m.start() - 40) : m.start()].split()
        if not name or not name[-1][:1].isupper() or name[-1].lower() in POSITIONS:
            continue  # after a person's name only ("Agus Wijaya, selaku …")
        role = list(_ROLE_WORD.finditer(text, m.end(), e))[:10]
        if not role or role[0].group().lower() not in POSITIONS:
            continue  # "…, sebagai bentuk …": no position
        for k, w in enumerate(role):
            word = w.group()
            if "," in text[m.end() : w.start()] or text[w.start() - 1 : w.start()] != " ":
                break  # closed already, or a mark ends the phrase
            if word[:1].isupper() or (word == "dan" and k + 1 < len(role)):
                continue
            if k >= 2 and predicate(word) and role[k - 1].group()[:1].isupper():
                last = role[k - 1]
                yield Hit(
                    last.start(),
                    last.end(),
                    N_("The apposition is closed by a comma: '{word}'."),
                    last.group() + ",",
                    {"word": last.group()},
                )
            break


def short_form_name_closed(doc: Doc, sentence: tuple[int, int], comma: int) -> bool:
    """The comma at ``comma`` closes a holder's name that follows the office's bracketed
    short form ('Kepala Pengamanan Rutan (KPR) Ismail, menambahkan'): P33 asks the opening
    comma after the bracket, so the closing one stays (P13 is silent)."""
    from kabar_desktop.check.rules.appositions import unset_names

    text = doc.text
    return any(
        hit.end == comma and text[hit.start] == "("
        for hit in unset_names(doc, *sentence, frozenset())
    )


# ---------------------------------------------------------------- phrases set in (P40)

# "Lapas …, melalui program pembinaan kemandiriannya berhasil …": a phrase of means opened
# by a comma after the subject, run on into the predicate with no comma to close it.
_OPENED_MEANS = re.compile(
    r"[\"“]?([A-Z][^,;:.!?\"“”]{2,100}?), (?:melalui|lewat) ((?:[a-z][\w-]* ){1,6}?)"
    r"((?:me|ber)[a-z]{3,})\b"
)


def unclosed_means(doc: Doc, s: int, e: int) -> Hit | None:
    from kabar_desktop.check.rules.commas import is_verb

    text = doc.text
    m = _OPENED_MEANS.match(text, s, e)
    if m is None or not is_verb(m.group(3)):
        return None  # (in a speaker's words too: the commas of an aside are the writer's)
    subject = m.group(1).split()
    if any(is_verb(w.lower()) or w == "yang" for w in subject) or not subject[-1][:1].isupper():
        return None
    phrase = m.group(2).split()
    if any(is_verb(w) or w in FUNCTION_WORDS | _PHRASE_BREAKS for w in phrase):
        return None  # a clause of its own, or words whose reach is unclear
    last = phrase[-1]
    end = m.end(2) - 1
    return Hit(
        end - len(last),
        end,
        N_("A phrase set into the sentence is set off by commas on both sides: '{word}'."),
        last + ",",
        {"word": last + ","},
    )


_PHRASE_BREAKS = words("ini itu tersebut juga pun kemudian lalu")


# "Kakanwil Kemenkumham Sumatera Utara (Dewa Putu Gede) langsung …": a holder's name set in
# brackets after the office; EYD V sets an apposition off with commas, keeping brackets for
# short forms and asides ("Utara, Dewa Putu Gede, langsung").
_BRACKETED_NAME = re.compile(r" \(((?:[A-Z][a-z]+\.? ){1,3}[A-Z][a-z]+)\)")


def _holders_listed(text: str, s: int, e: int, m: re.Match) -> bool:
    """The bracketed holder is one of a list of holders written alike ('Kadivmin (Johan
    Manurung), Kadivpas (Rudy F Sianturi), …'; heldout23): another bracketed name follows
    after a comma, or one came before in the sentence and a comma, 'serta' or 'dan' leads on
    to this one."""
    after = _BRACKETED_NAME.search(text, m.end(), e)
    if after is not None and text.startswith(", ", m.end()):
        return True
    before = _BRACKETED_NAME.search(text, s, m.start())
    if before is None:
        return False
    between = text[before.end() : m.start()]
    return between.startswith(", ") or bool(re.search(r"\b(?:serta|dan)\b", between))


def bracketed_name(doc: Doc, s: int, e: int) -> Iterator[Hit]:
    from kabar_desktop.check.lexicon import POSITIONS
    from kabar_desktop.check.rules.appositions import NOT_NAMES, full_place_names, short_form_of

    text = doc.text
    for m in _BRACKETED_NAME.finditer(text, s, e):
        name = m.group(1).split()
        if any(w.rstrip(".").lower() in NOT_NAMES | _BODY_HEADS for w in name):
            continue  # an office's name in brackets
        if m.group(1).lower() in full_place_names() or doc.in_quote(m.start()):
            continue  # a place in brackets: "(Nusa Tenggara Timur)"
        before = text[max(s, m.start() - 100) : m.start()].split()
        run: list[str] = []
        for w in reversed(before):
            if not (w[:1].isupper() or w == "dan") or w.endswith(","):
                break
            run.insert(0, w)
        if not any(w.lower() in POSITIONS for w in run[:3]):
            continue  # no position's phrase before it: the name of the office, or a gloss
        if short_form_of(run, "".join(w[0] for w in name)):
            continue
        if _holders_listed(text, s, e, m) or m.group(1) in text[: text.rfind(" ", 0, s) + 1]:
            continue  # a list of holders in the writer's one form, or a name given before
        closes = text[m.end() : m.end() + 1] not in '.,;:!?)"”'
        person = m.group(1)
        last = run[-1]
        yield Hit(
            m.start() - len(last),
            m.end(),
            N_("The name after the position is set off by commas: '{word}'."),
            f"{last}, {person}" + ("," if closes else ""),
            {"word": person},
        )


# "Kabid Pembinaan, Bimbingan, dan Teknologi Informasi Pudjiono Gunawan mengatakan": a
# position whose unit's name lists its fields with commas, then the holder's name with no
# comma before the predicate. The last field ends the office; the name is set off.
_LAST_FIELD = re.compile(
    r"(?<=,) dan ((?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]+) ((?:[A-Z][a-z]+\.? ){1,3}[A-Z][a-z]+)"
    r" ([a-z]+)\b"
)
_FIELD_GROUP = re.compile(r"(?:[A-Z][a-z]+ ?)+")


def fields_then_name(doc: Doc, s: int, e: int) -> Iterator[Hit]:
    from kabar_desktop.check.lexicon import POSITION_PARTS, POSITIONS
    from kabar_desktop.check.places import is_place_word
    from kabar_desktop.check.rules.appositions import predicate
    from kabar_desktop.check.spelling import speller

    text = doc.text
    ends = (POSITION_PARTS | _OFFICE_ENDS) - words("dan kota pusat usaha kerja sub tata unit")
    for m in _LAST_FIELD.finditer(text, s, e):
        if doc.in_quote(m.start()) or not (predicate(m.group(3)) or says_after(text, m.end(2))):
            continue
        field = m.group(1).split()
        name = m.group(2).split()
        if field[-1].lower() not in ends or speller().known(name[0].lower()):
            continue
        if is_place_word(name[0]) or any(w.lower() in POSITIONS for w in name):
            continue
        # back through the listed fields to the position that opens them
        groups = text[max(s, m.start() - 120) : m.start() - 1].split(", ")
        if not _opens_with_position(groups, POSITIONS):
            continue
        start = m.start(1) + len(" ".join(field[:-1])) + (1 if len(field) > 1 else 0)
        person = m.group(2)
        yield Hit(
            start,
            m.end(2),
            N_("The name after the position is set off by commas: '{word}'."),
            f"{field[-1]}, {person},",
            {"word": person},
        )


def _opens_with_position(groups: list[str], positions: frozenset[str]) -> bool:
    """The comma-parted groups before a list's last field: capitalised fields back to one
    whose capitalised words open with a position ('Kabid Pembinaan', 'Bimbingan')."""
    for n, group in enumerate(reversed(groups)):
        tail: list[str] = []
        for w in reversed(group.split()):
            if not w[:1].isupper():
                break
            tail.insert(0, w)
        if tail and tail[0].lower() in positions:
            return n >= 1 or len(tail) >= 2
        if not tail or len(tail) != len(group.split()) or n >= 4:
            return False
    return False
