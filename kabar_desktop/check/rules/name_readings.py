"""Where a warning rule misreads a name: the contexts in which a word, a number or a list is
part of an office's, a programme's or an application's name rather than running text
(round 13: the false alarms on unseen texts were rules reading too widely, not single words).

Helpers only (no rule here): S1, W9, P7 and N1 ask them before they speak."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import FUNCTION_WORDS, PLACE_NAME_HEADS, SAYING_VERBS, words
from kabar_desktop.check.rules.list_names import _spells, spelled_short_form
from kabar_desktop.check.spelling import Fix, speller

# The head nouns of an office's name ("Dinas Ketahanan Pangan, Pertanian dan Perikanan",
# "Kementerian Hukum dan Hak Asasi Manusia"): the list after them is the name's own.
_OFFICE_HEADS = words(
    """kementerian kementrian kementarian dinas badan direktorat biro komisi lembaga
    pusat balai dewan majelis"""
)
_CAPITAL_WORD = re.compile(r"[A-Z][a-z]+")
_TITLE_RUN = re.compile(r"(?:[A-Z][\w-]*,? )+$")


def office_name_list(text: str, first_start: int, after: str) -> bool:
    """The list whose first word starts at ``first_start`` sits inside an office's name:
    the capitalised run leading up to it opens with an office's head noun and a qualifier
    ("Dinas Ketahanan Pangan, Pertanian dan Perikanan"; "…, Kementerian Hukum dan Hak
    Asasi Manusia"), and the item after the conjunction is no second office ("Dinas Sosial,
    Dinas Kesehatan dan Dinas Pendidikan" is a list of three offices)."""
    if not after[:1].isupper() or after.lower() in _OFFICE_HEADS:
        return False
    window = text[max(0, first_start - 80) : first_start + 60]
    here = first_start - max(0, first_start - 80)
    tokens = [(m.start(), m.group()) for m in re.finditer(r"[^\W\d_]+", window)]
    # The capitalised run from the list's first word to the conjunction, and back from it.
    run: list[str] = []
    for _pos, w in reversed([t for t in tokens if t[0] < here]):
        if not w[:1].isupper():
            break
        run.insert(0, w)
    ahead = [w for pos, w in tokens if pos >= here]
    items: list[str] = []
    for w in ahead:
        if w in ("dan", "serta", "atau"):
            break
        if not w[:1].isupper():
            return False
        items.append(w)
    run += items
    # A name's items are common nouns ("Pertanian", "Hukum"), not offices' short forms or
    # people's names ("Kepala Dinas Sosial, Kapolres dan Dandim" is a list of three).
    check = speller()
    if not all(w.lower() in _OFFICE_HEADS or check.known(w.lower()) for w in [*items, after]):
        return False
    return any(
        w.lower() in _OFFICE_HEADS and k + 1 < len(run) and run[k + 1].lower() not in _OFFICE_HEADS
        for k, w in enumerate(run)
    )


def short_form_elsewhere(doc: Doc, series: list[str]) -> bool:
    """The title-case ``series`` ("Pembinaan, Monitoring, Pengawasan dan Pengendalian")
    spells a short form the text writes somewhere ("Bintorwasdal" in the title): the series
    is that programme's name, not a list of the writer's."""
    lowered = tuple(w.lower() for w in series if w not in ("dan", "serta", "atau"))
    if len(lowered) < 3:
        return False
    seen: set[str] = set()
    for t in doc.tokens:
        w = t.text
        if len(w) < 4 or not w[:1].isupper() or w in seen or w in series:
            continue
        seen.add(w)
        short = w.lower()
        if any(SequenceMatcher(None, short, item).ratio() >= 0.75 for item in lowered):
            continue  # "Belitung" beside "Beritung": a slip of one item, no short form
        if any(_spells(lowered[k:], short) for k in range(len(lowered) - 2)):
            return True
    return False


def series_at(text: str, start: int, end: int) -> list[str]:
    """The title-case words of the comma series around ``start``–``end``, if the word there
    stands between capitalised items ("Pembinaan, Monitoring, Pengawasan dan …")."""
    before = _TITLE_RUN.search(text, max(0, start - 80), start)
    after = re.match(r"(?:,? (?:dan |serta )?[A-Z][\w-]*)+", text[end : end + 80])
    if before is None or after is None or ", " not in text[before.start() : start] + after.group():
        return []
    return _CAPITAL_WORD.findall(text[before.start() : end + after.end()]) + ["dan"]


def in_title_series(doc: Doc, start: int, end: int) -> bool:
    """A capitalised word inside a title-case comma series that names a programme (W9:
    "kegiatan Pembinaan, Monitoring, Pengawasan dan Pengendalian")."""
    series = series_at(doc.text, start, end)
    return bool(series) and short_form_elsewhere(doc, series)


_EXPANSION = re.compile(r"[A-Z][\w-]*\s*\(([A-Z][^()\n]{3,80})\)")


def in_name_expansion(text: str, pos: int) -> bool:
    """``pos`` lies inside brackets that spell out the name just before them: "aplikasi Si
    Popo (Sistem pendaftaran eazy paspor online)". The name's own words stand as named."""
    open_at = text.rfind("(", max(0, pos - 80), pos)
    if open_at < 0 or text.find(")", open_at, pos) >= 0:
        return False
    start = max(0, open_at - 30)
    for m in _EXPANSION.finditer(text, start, min(len(text), pos + 80)):
        if m.start(1) <= pos < m.end(1) and m.start(1) == open_at + 1:
            # Words spelled out, not one short form ("Pembimbing Masyarakat (Pembimas)"):
            # that is checked like any other word.
            return len(m.group(1).split()) >= 3
    return False


_ACRONYM_OPEN = re.compile(r"\b[A-Z]{4,} \($")


def in_acronym_expansion(text: str, pos: int) -> bool:
    """``pos`` lies inside brackets that spell out an acronym in capitals just before them:
    "SITUMDISAPA (Sabtu, Petugas Medis Datang dan Sapa WBP)" (probe75), a programme's
    name whose words keep the capitals the programme gives them."""
    open_at = text.rfind("(", max(0, pos - 80), pos)
    return (
        open_at >= 0
        and _ACRONYM_OPEN.search(text, max(0, open_at - 20), open_at + 1) is not None
        and in_name_expansion(text, pos)
    )


# "program 100 Hari Kerja", "gerakan 1000 Pohon": the number is the first word of a
# programme's name (N1 leaves it in digits, as it is named). "7 Program Prioritas" is a
# count of programmes, capitals or not: spelled out.
_PROGRAMME_BEFORE = words("program gerakan")


def programme_number(text: str, num_start: int, num_end: int) -> bool:
    before = text[max(0, num_start - 12) : num_start].split()
    after = text[num_end : num_end + 40].split()
    return bool(
        before and before[-1].lower() in _PROGRAMME_BEFORE and after and after[0][:1].isupper()
    )


def list_is_name(doc: Doc, first_start: int, after: str, after_end: int) -> bool:
    """P7's list is a name's words or an item's inside: an office's name (above), a
    programme's title-case series that spells a short form the text writes, or a pair inside
    an item of a longer list closed by ", serta" ("pemeriksaan dokumen, pengambilan foto dan
    sidik jari, serta wawancara")."""
    text = doc.text
    if re.match(r"[^,.;:!?\n]*, serta\b", text[after_end : after_end + 120]):
        return True
    if office_name_list(text, first_start, after):
        return True
    run = _TITLE_RUN.search(text, max(0, first_start - 80), first_start)
    head = text[run.start() if run else first_start : after_end]
    series = _CAPITAL_WORD.findall(head)
    return len(series) >= 3 and head[:1].isupper() and short_form_elsewhere(doc, series)


# A word of another language quoted as the source of a term: "dikutip dari Bahasa Sanskerta,
# yaitu “Grhya” yang berarti …" (probe43). Not Indonesian, so no slip of it.
_SOURCE_LANGUAGE = re.compile(r"\b[Bb]ahasa [A-Z][a-z]+\b[^.\n]{0,120}[“\"‘']$")


# A word of another language named just before it, unquoted: "berasal dari kata Latin barba
# yang berarti janggut" (probe54): the language's word, no slip of an Indonesian one.
_NAMED_LANGUAGE = re.compile(
    r"\b(?:[Kk]ata|[Ii]stilah|[Bb]ahasa) (?:[Bb]ahasa )?(?:Latin|Inggris|Arab|Belanda|Yunani"
    r"|Sanskerta|Sansekerta|Prancis|Perancis|Jerman|Portugis|Spanyol|Italia|Jepang|Mandarin"
    r"|Ibrani|Persia|Turki|Korea) $"
)


def quoted_etymon(text: str, start: int, end: int) -> bool:
    """The word at ``start``..``end`` stands alone in quote marks after 'bahasa' and a
    language's name in its sentence, or straight after 'kata Latin', 'bahasa Inggris'."""
    if _NAMED_LANGUAGE.search(text, max(0, start - 30), start):
        return True
    if text[end : end + 1] not in ("”", '"', "’", "'"):
        return False
    return _SOURCE_LANGUAGE.search(text, max(0, start - 130), start) is not None


# Words a place's own name follows ("Gili Meno", "Desa Kapus", "Kecamatan Bapaz"): the word
# after one names the place, no office's short form mistyped.
_PLACE_HEADS = words(
    """pulau gili desa dusun kampung kelurahan kecamatan kabupaten kota gunung danau sungai
    pantai selat teluk bukit tanjung jalan banjar dukuh"""
)  # 'banjar': a Balinese hamlet ("Banjar Buungan", probe117)
# What follows a person's name set off by a comma: "salah seorang WBP", an age, "warga"; or
# 'salah seorang' with its comma left out ("Iwan salah satu pengendara …", probe75).
PERSON_AFTER = re.compile(
    r", (?:salah (?:seorang|satu)\b|\d{1,3},|warga\b|seorang\b|sapaan\b|selaku\b"
    # "Ahmad, siswa kelas 5", "Sapunah, pedagang lain" (session 33)
    r"|(?:siswa|siswi|pelajar|mahasiswa|pedagang|petani|nelayan|pengunjung|peserta|kader)\b)"
    r"| salah (?:seorang|satu)\b| selaku\b"  # "Subut selaku takmir masjid" (heldout135)
    r"| \(\d{1,3}\),"  # "Tajdan (50), penghulu …": a person's age in brackets (probe116)
)
_SAYS = "|".join(sorted(SAYING_VERBS))  # "Susana mengatakan, …": who spoke
_TITLES = "dr|Dr|drg|drh|Drs|Dra|Ir|Hj|Prof|Ns|Pdt|Ust|KH|Bapak|Ibu|Pak|Bu"
_SAID_BY = "kata|ujar|ucap|tutur|jelas|ungkap|imbuh|tambah|terang|tegas|di ?sapa|di ?panggil"


def spelled_out_before(text: str, word: str) -> bool:
    """``word`` stands in brackets after the words that spell it ('usaha mikro dan kecil
    (UMK)'), not after words it does not spell ('Rumah Detensi Imigrasi (Rudemin)')."""
    at = text.find(f" ({word})")
    return at > 0 and spelled_short_form(text, at)


def named_in_text(doc: Doc, t: Token) -> bool:
    """A word the text itself names someone or somewhere by: a verb of saying gives it ("kata
    Kasdin," elsewhere, probe45; 'ungkap Puang', probe77), a comma sets it off as a person
    ("Dedi, salah seorang WBP", "Asep, 61, warga …", probe46; "Kristin, sapaan akrabnya",
    probe78; 'karib disapa Susi', heldout105), or a place's head stands before it ('Gili
    Meno', 'Desa Kekiling')."""
    w = re.escape(t.text)
    if re.search(rf"\b(?:(?:{_SAID_BY}|(?:{_TITLES})\.?) {w}\b|{w} (?:{_SAYS}),)", doc.text):
        return True  # "dr Rahma Sari Dewi" (p155); "Susana mengatakan" (p160): who spoke
    named = rf", {re.escape(t.text)}(?: [A-Z][a-z]+){{1,3}}, (?:[A-Z][a-z]{{0,3}}\.|[a-z])"
    if re.search(named, doc.text):
        return True  # "Kepala KUA Watulimo, Fatkur Rohman, S.Ag." … "Fatkur juga" (p141)
    if PERSON_AFTER.match(doc.text, t.end):
        return True
    i = doc.token_at(t.start) or 0
    toks = doc.tokens
    for k in range(i - 1, max(-1, i - 4), -1):  # "Desa Tanak Kaken": a word or two between
        if not doc.adjacent(toks[k], toks[k + 1]):
            return False
        if toks[k].text.lower() in _PLACE_HEADS:
            return True
        if not toks[k].text[:1].isupper():
            return False
    return False


def place_or_person_named(doc: Doc, t: Token) -> bool:
    """``named_in_text``, a short form the text spells out before it ('usaha mikro dan kecil
    (UMK)'), or the speaker before a verb of saying ("Ajat menjelaskan, …", heldout53)."""
    if named_in_text(doc, t) or spelled_out_before(doc.text, t.text):
        return True
    i = doc.token_at(t.start) or 0
    after = doc.tokens[i + 1] if i + 1 < len(doc.tokens) else None
    return after is not None and doc.adjacent(t, after) and after.text in SAYING_VERBS


# The heads of a house of prayer's, a foundation's (heldout45) or a boarding school's name
# ("Pesantren Taubatan Nasuha", "program pesantren Taubatan …": heldout465).
_HOUSE_HEADS = frozenset(
    {"Masjid", "Musala", "Musholla", "Mushola", "Pondok", "Yayasan"}
    | {"Pesantren", "pesantren", "Ponpes"}
)


def name_keeps_spelling(doc: Doc, t: Token, fix: Fix) -> bool:
    """S2 leaves the capitalised word ``t`` as its name spells it: after a place's head a
    standard form too ("Masjid Taubatan Nasuha", heldout45); between two capitalised words of a
    name a form the fix would lengthen by a syllable ("Kelompok Tani Mentik Sari Mekar" is no
    'mengetik', probe68; "Kepala Bidang Penegakkan Hukum" is still 'Penegakan')."""
    k = doc.token_at(t.start)
    if not k or t.initial:
        return False
    prev = doc.tokens[k - 1]
    if fix.kind == "baku":  # a name a verb of saying gives: "…,” ungkap Ashari" (probe78)
        return prev.text in _HOUSE_HEADS or named_in_text(doc, t)
    if fix.kind == "sound" and prev.text in PLACE_NAME_HEADS and doc.adjacent(prev, t):
        return True  # a village's name keeps its sounds: "Desa Wisata Penglipuran" (h416)
    if len(fix.word) < len(t.text) + 2:
        return False
    nxt = doc.tokens[k + 1] if k + 1 < len(doc.tokens) else None
    return (
        prev.text[:1].isupper()
        and doc.adjacent(prev, t)
        and nxt is not None
        and nxt.text[:1].isupper()
        and doc.adjacent(t, nxt)
    )


# An attribution set inside a sentence ("Program PTSL sendiri jelas Roni, merupakan …"): a
# verb of saying and the name before the comma, which closes the insertion (probe78).
_INSERTED_SAID = re.compile(rf"\b(?:{_SAID_BY})(?:nya)? [A-Z][a-z]+(?: [A-Z][a-z]+)?$")
_ACCORDING_TO = re.compile(r" menurut [A-Z][a-z]+(?: [A-Z][a-z]+)?(?:nya)?,")
_SAYING_LATER = re.compile(
    r"[^.;!?]*?, (?:[A-Z][a-z]+ \(\d{1,2}/\d{1,2}(?:/\d{2,4})?\), |[A-Z][a-z]+, )?"
    r"(?:mengatakan|menyampaikan|menjelaskan|mengungkapkan|menyebutkan|menuturkan|menegaskan)\b"
)


_LED_BY = re.compile(r" (?:dipimpin(?: langsung)? oleh|dipandu oleh|terdiri (?:dari|atas)) ")


def _predicate_after(text: str, start: int, e: int) -> bool:
    """The sentence's last comma closes such a phrase before its own predicate ("…, kompak
    melaksanakan", "…, tampil penuh semangat"); not "… Depok, Bawono, dengan Imam …"."""
    last = text.rfind(", ", start, e)
    nxt = text[last + 2 : e].split(" ", 1)[0] if last >= 0 else ""
    return nxt.isalpha() and nxt.islower() and nxt not in FUNCTION_WORDS


def inserted(text: str, s: int, e: int, comma: int) -> bool:
    """The comma at ``comma`` closes an inserted attribution, or opens a phrase set off up
    to the verb of saying ("Yulianus Rombe, mewakili Ketua LPJK …, Senin, mengatakan"): no
    comma between a subject and its predicate (P13)."""
    if _INSERTED_SAID.search(text, max(s, comma - 40), comma):
        return True
    led = _LED_BY.match(text, comma + 1) and _predicate_after(text, comma + 1, e)
    if _ACCORDING_TO.match(text, comma + 1) or text.startswith(" didampingi ", comma + 1) or led:
        return True  # "…, menurut Dadang, dimungkinkan" (heldout86); "…, didampingi" (heldout95);
        # "Seluruh pegawai kecamatan, dipimpin langsung oleh Camat …, kompak …" (probe138);
        # "Sebanyak 50 siswa, terdiri dari …, tampil …" (probe139)
    return text.count(",", s, comma) == 0 and _SAYING_LATER.match(text, comma + 1, e) is not None
