"""Commas that close lists and appositions (P32–P34, issue 13, round 7).

P7 (clauses.py) reads the short list "a, b dan c" of one-word items. P32 reads the longer
chain whose items are phrases ("Koramil 1603 Lewoleba, Polsek Lebatukan dan Kepolisian …"):
two commas already set the items apart, so the one before the last 'dan' is plainly the
list's. P33 closes an apposition or a place chain opened by a comma before the predicate
("Rutan …, Kabupaten Pasaman, Sumatera Barat (Sumbar) memperbaiki" → "(Sumbar),"), sets off
the name after an office's place ("Kantor Imigrasi Kediri, Rakha Sukma, menjelaskan") and
takes the comma out of "di Kabupaten, Kotawaringin". P34 sets off 'antara lain' that brings
in the examples of a clause's last noun (P18 does so for 'yaitu', 'yakni'). Each stays
silent where the words allow another reading: a wrong comma asked for is worse than a
missing one left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import (
    ATTRIBUTION_VERBS,
    FUNCTION_WORDS,
    MONTHS,
    POSITIONS,
    SAYING_VERBS,
    WEEKDAYS,
    words,
)
from kabar_desktop.check.rules import N_, WARNING, Hit, rule
from kabar_desktop.check.rules.apposition_commas import (
    bracketed_name,
    chain_predicate,
    fields_then_name,
    name_lists_fields,
    name_one_of,
    parent_body,
    selaku_closed,
)
from kabar_desktop.check.rules.appositions import NOT_NAMES, short_form_of, unset_names
from kabar_desktop.check.rules.commas import PROVINCES, is_verb
from kabar_desktop.check.rules.list_names import (
    office_name_pair,
    pair_of_one_head,
    spelled_short_form,
    titled_pair_with_short_form,
    unit_named_elsewhere,
)
from kabar_desktop.check.rules.list_pairs import ONE_ITEM, pair_in_list
from kabar_desktop.check.rules.preposition_commas import PREPOSITIONS
from kabar_desktop.check.rules.seams18_places import place_chain_commas  # noqa: F401
from kabar_desktop.check.rules.seams21_names import half_closed_holder, listed_office_holder
from kabar_desktop.check.rules.seams22_lists import place_chain_end
from kabar_desktop.check.rules.seams24_names import local_office_holder

# (seams18_places is imported above for its patterns: compiled at import, the pattern cache
# keeps them; P20 in commas.py calls place_chain_commas)

# --- P32: the serial comma in a chain of phrase items ---------------------------------------

_CONJ = re.compile(r"(?:(?<=[^\W_])|(?<=\))) (dan|serta|atau)(?= [^\W\d_(])")
_COMMA = re.compile(r" ?,(?!\d) ?")  # not the decimal comma of "1,5 juta"
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Words that open something other than a list's item: a connector or an adverbial phrase
# ("Selain itu, …", "Dalam kegiatan itu, …"), a clause ("yang …", "karena …"), a pronoun, a
# modal (a predicate's: "…, warga Jatinegara, dapat tetap sehat serta …", probe113).
_NOT_ITEM_START = FUNCTION_WORDS | words(
    """yakni yaitu seperti termasuk juga bahkan ini itu tersebut kemudian lalu lantas
    selanjutnya sedangkan sementara namun tetapi melainkan pula mulai misalnya contohnya
    khususnya terutama sekaligus sambil seraya setelah sesudah sebelum usai seusai saat
    ketika sejak jika apabila bila meski meskipun walaupun sehingga selain menurut berkat
    ia dia mereka kami kita saya beliau pihaknya dirinya adapun maka oleh baik tidak tak
    belum bukan sudah telah masih hanya sangat lebih nanti kini hari tahun bulan pukul
    sebanyak bersama beserta didampingi diantaranya antaranya dapat bisa mampu harus perlu wajib"""
)
# Words inside an item that end a range or join pairs: "mulai A, B hingga C dan D" is not
# one list of items; "A, B dan C serta D": the first conjunction already took the comma.
_INSIDE_NOT = words("hingga sampai serta dan atau maupun")
_POINTING = words("ini itu tersebut")
_DATES = frozenset(w.lower() for w in (*WEEKDAYS, *MONTHS))
_PROVINCES = frozenset(p.lower() for p in PROVINCES)
_MAX_ITEM = 6  # words in one item between commas


def _item_words(segment: str) -> list[str] | None:
    """The words of a list item between two commas, or None if it reads as something else:
    too long, a clause, a date, a quote, a province of a place chain."""
    if any(c in segment for c in '"“”:;.') or len(segment.split()) > _MAX_ITEM:
        return None
    found = _WORD.findall(segment)
    low = [w.lower() for w in found]
    if not low or low[0] in _NOT_ITEM_START or "yang" in low or _INSIDE_NOT & set(low):
        return None
    if any(w in _DATES for w in low) or segment.strip().lower() in _PROVINCES:
        return None
    return found


def _verbal(item: list[str]) -> bool:
    return any(is_verb(w.lower()) or w.lower() in SAYING_VERBS for w in item)  # a clause


@rule("P32", WARNING, N_("A list of three or more phrases takes a comma before the last item"))
def phrase_list_comma(doc: Doc) -> Iterator[Hit]:
    """'… pimpinan OPD, Koramil 1603 Lewoleba dan Polsek Lebatukan': items of several
    words set apart by commas, the last joined by 'dan' with none (EYD V: koma sebelum 'dan'
    in a list of three or more). P7 reads a list of single words; this one needs two commas
    before the conjunction, items of at most six words with no clause in them, and parallel
    items (verbs only where the last one is a verb too)."""
    text = doc.text
    p7: set[int] | None = None
    titles = [p for p in doc.paras if p.kind == "title"]
    for para in titles + doc.prose_paras():  # a title's list takes its comma too
        for s, e in para.sentences:
            if text.count(",", s, e) < 2:
                continue
            for m in _CONJ.finditer(text, s, e):
                hit = _serial(doc, s, e, m)
                if hit is None:
                    continue
                if p7 is None:
                    p7 = _p7_spots(doc)
                if hit.end not in p7:
                    yield hit


# The list's last item comes after ', serta': a 'dan' before it, after an item of two words
# or more, joins words of that item ('bimbingan mental dan spiritual, serta …', heldout73).
_ESCORTED = re.compile(r"(?:Dengan )?[Dd]idampingi ")  # "Dengan didampingi Kabid …, Imam, …"
_SUB_UNITS = frozenset(("Bidang", "Seksi", "Bagian", "Subbagian", "Subbidang", "Divisi"))
_SERTA_CLOSES = re.compile(r"[^,.;:]*, serta ")
_SERIAL = N_("In a list of three or more, a comma goes before '{word}'.")


def _serial(doc: Doc, s: int, e: int, m: re.Match) -> Hit | None:
    text = doc.text
    parts = _COMMA.split(text[s : m.start()])
    if len(parts) < 3:
        return None
    last = _item_words(parts[-1])
    after = _WORD.match(text, m.end() + 1, e)
    if last is None or after is None:
        return None
    if any(w.lower() in ("seperti", "yakni", "yaitu", "misalnya") for w in last):
        return None  # "…, Kerohanian seperti santri dan tahfiz …": a list inside the item (p63)
    nxt = after.group().lower()
    pair = pair_in_list(text[after.end() : e], last[-1], nxt)  # "…, sikap dan perilaku, …"
    pair = pair or (last[-1].lower(), nxt) in ONE_ITEM  # "…, sarana dan prasarana" (heldout27)
    pair = pair or (len(last) > 1 and len(last[-1]) == len(nxt) == 1)  # "nutrisi A dan B" (p84)
    pair = pair or "antara" in last[:-1]  # "sa'i antara Shafa dan Marwah" (probe114)
    if nxt in _NOT_ITEM_START or after.start() != m.end() + 1 or pair:
        return None
    if m.group(1) == "atau" and short_form_of(last, after.group()):
        return None  # "Lembaga Pemasyarakatan atau Lapas …": the other name, not an item
    if m.group(1) == "dan" and len(last) > 1 and _SERTA_CLOSES.match(text, after.end(), e):
        return None  # "…, kartu remi dan domino, serta …": 'serta' brings the last item (p80)
    if m.group(1) == "atau" and re.match(r"[^,.;]*, [^,.;]* atau ", text[after.end() : e]):
        return None  # "…, akta kelahiran atau ijazah, akta nikah atau …": pairs (heldout31)
    if (
        pair_of_one_head(last, nxt)
        or office_name_pair(last, text[after.start() : e])  # "Dinas Tenaga Kerja dan Transmigrasi"
        or unit_named_elsewhere(doc, last[-1], m.group(1), after.group(), m.start() - len(last[-1]))
    ):
        return None  # "…, Penambahan mesin obras dan mesin overdeck": a pair inside the item
    verb_list = is_verb(nxt) and is_verb(last[0].lower())
    if is_verb(nxt) and not verb_list and nxt.startswith("di"):
        return None  # "…, laporan kegiatan dan dilanjutkan dengan …": a new predicate
    if last[0].lower() in POSITIONS and last[0][0].isupper() and nxt not in POSITIONS:
        return None  # "…, Kepala Sub Bagian Program dan Pelaporan Dedi": one unit's name
    if last[0] in _SUB_UNITS and after.group()[:1].isupper():
        return None  # "…, Bidang Peternakan dan Kesehatan Hewan bersama …": a field's name (p87)
    middle = []
    for segment in reversed(parts[1:-1]):
        item = _item_words(segment)
        first = 0 if item and item[0][:2] == "di" else 1  # a passive too: "diberi …" (p116)
        if item is None or any(is_verb(w.lower()) for w in item[first:]):
            break  # "…, kegiatan ditunda, …": a clause, not an item ("membuat kue" is one)
        if item[-1].lower() in PREPOSITIONS:
            return None  # "… seperti, belajar ibadah dan pengajian": the comma is P39's
        middle.append(item)
    if not middle or " ".join(middle[0]).lower().startswith(("salah satu", "salah seorang")):
        return None  # "Aulia, salah satu warga binaan, senang dan antusias": an apposition
    if place_chain_end(" ".join(middle[0]), " ".join(last)) or _ESCORTED.match(text, s):
        return None  # "…, Laweyan, Surakarta dan IAIN …": an address, then 'dan'
    items = [last, *middle]
    sentence_case = all(len(i) > 1 and i[0].istitle() and i[1].islower() for i in items)
    fields = bool(_SUB_UNITS.intersection(middle[-1])) and after.group()[:1].isupper()
    if (sentence_case and after.group().islower()) or fields:  # "…,Pembinaan karakter dan
        return None  # moral."; "Kepala Bidang Prasarana, Sarana dan Binas …": one item, one unit
    if not verb_list and _verbal(last):
        return None  # "Kepala Lapas, Budi, didampingi Kasi dan KPLP": an apposition, a clause
    if any(w.lower() in SAYING_VERBS | ATTRIBUTION_VERBS for i in middle for w in i):
        return None  # "Budi, Kalapas, mengatakan, …", "…, kata Hansah, …": an aside
    if verb_list and (any(_capitalised(i) for i in middle) or last[-1].lower() in _POINTING):
        return None  # "Kepala Seksi, Budi, memimpin kegiatan tersebut dan …": two predicates
    if any(len(i) == 1 and i[0].lower() in POSITIONS for i in items):
        return None
    head = parts[len(parts) - 1 - len(middle) - 1].split()
    if not head or head[-1].lower() in PREPOSITIONS:
        return None  # "… seperti, belajar …": the comma is P39's, no item's
    opener = head[0].lower() in _NOT_ITEM_START or head[0].lower().endswith("nya")
    if len(middle) == len(parts) - 2 and opener and len(middle) < 2:
        return None  # "Selain itu, petugas, WBP dan …": one comma is the opener's
    if _capitalised(head) and _capitalised(middle[-1]) and head[0].lower() in POSITIONS:
        return None  # "Kepala Lapas Binjai, Budi Santoso, Andi dan …": an apposition first
    if spelled_short_form(text, after.end()) or titled_pair_with_short_form(
        text, last[-1], after.group(), after.end()
    ):
        return None  # "Pembinaan, Monitoring, Pengawasan dan Pengendalian (Bintorwasdal)"
    if m.group(1) == "dan" and after.group() == "HAM" and last[-1] == "Hukum":
        return None  # "…, Kementerian Hukum dan HAM": the ministry's name (probe31)
    if _agency_name(text, s, m.start(), len(middle) + 1, head[-1], after.end()) or (
        _agency_name(text, s, m.start(), len(middle), middle[-1][-1], after.end())
    ):  # round 24: "Dinas Komunikasi, Informatika, … dan Statistik Provinsi …"
        return None  # probe87: "Painan, Dinas Tanaman Pangan, Hortikultura dan Perkebunan …"
    start = m.start() - len(parts[-1].split()[-1])
    fix = f"{text[start : m.start()]}, {m.group(1)}"
    return Hit(start, m.end(), _SERIAL, fix, {"word": m.group(1)})


def _agency_name(text: str, s: int, end: int, back: int, first: str, after_end: int) -> bool:
    """The list is the fields of one agency's name before its region (seams24_lists.py):
    its first item is the word before the ``back``-th comma from ``end``."""
    from kabar_desktop.check.rules.seams24_lists import agency_fields

    commas = [c.start() for c in _COMMA.finditer(text, s, end)]
    if len(commas) < back or not first[:1].isupper():
        return False
    at = commas[-back] - len(first)
    return agency_fields(text, s, at, after_end)


def _capitalised(item: list[str]) -> bool:
    """A name's or an office's words ('Kepala Seksi Registrasi dan Klasifikasi')."""
    return all(w[:1].isupper() for w in item if w not in ("dan", "atau"))


def _p7_spots(doc: Doc) -> set[int]:
    """Where P7 already asks for this comma (the end of its finding): no second finding."""
    from kabar_desktop.check.rules.clauses import list_comma

    return {h.end for h in list_comma(doc)}


# --- P33: an apposition or a place chain opened by a comma is closed before the predicate ---

_REGION_HEADS = "Provinsi|Kabupaten|Kota|Kecamatan|Kelurahan|Desa|Kab\\.|Prov\\."
_PROVINCE = "|".join(sorted((re.escape(p) for p in PROVINCES), key=len, reverse=True))
# ", Kabupaten Pasaman, Sumatera Barat (Sumbar) memperbaiki": the chain's last place (maybe
# its short form in brackets), then a verb with no comma before it; the place may end an
# office's name (", Kantor Wilayah Kemenkumham Sulawesi Tengah mendatangi").
_PLACE_LINK = re.compile(
    rf"(?:(?<=[^\W\d_])|(?<=\))), ((?:[A-Z][\w-]*(?: dan)? ){{0,8}}"
    rf"(?:(?:{_REGION_HEADS}) [A-Z][\w-]*(?: [A-Z][\w-]*){{0,2}}"
    rf"|(?:{_PROVINCE}))(?: \([A-Z][\w]{{1,12}}\))?) ([a-z]+)\b"
)
# "Seorang petugas, Rohri dibanting …": the person, then their name opened by a comma.
_ONE_OF = re.compile(
    r"((?:Seorang|Salah seorang|Salah satu) [^\W\d_]+(?: [^\W\d_]+){0,3}), "
    r"([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) ([a-z]+)\b"
)
# "Direktur Jenderal Imigrasi, Silmy Karim dan Kepala Kantor …": two appositions in a pair.
_NAME_THEN_POSITION = re.compile(
    r", ((?:[A-Z][a-z]+\.? ){0,3}[A-Z][a-z]+) (?:dan|serta) ([A-Z][a-z]+)\b"
)
# "di Kabupaten, Kotawaringin Barat": a region's generic head split from its own name.
_SPLIT_HEAD = re.compile(
    r"\b(?:di|ke|dari|se) (Kabupaten|Kota|Provinsi|Kecamatan), ([A-Z][a-z]+)\b"
)
_NOT_NAMES = NOT_NAMES
# Words that open a phrase in front of the subject: what follows their comma is the subject.
_FRONT = _NOT_ITEM_START | words(
    """dalam pada untuk dengan melalui mewakili usai seusai atas demi guna bersama
    sementara selanjutnya sebagai selaku setibanya sesampainya ditemui kata ujar tutur ucap"""
)  # "Kata Hani, warga binaan merupakan …": the attribution, then the subject (heldout137)
_NOT_PREDICATE = words(
    """menurut mengenai melalui menuju menjelang meliputi melainkan dimana diantara
    disamping disini disana dikala diantaranya bersama beserta berdasarkan terkait
    tersebut termasuk terhadap"""
)


# A preposition of two words opening the sentence ("Sehubungan dengan", "Sesuai dengan",
# "Berkaitan dengan", "Seiring dengan"), or one of relation ("Berdasarkan", "Mengingat").
_COMPOUND_PREPOSITION = re.compile(r"(?i:[^\W\d_]+ dengan|berdasarkan|mengingat|menyusul)\b")


def _predicate(word: str) -> bool:
    return is_verb(word) and word not in _NOT_PREDICATE


def _opens_front(text: str, s: int, pos: int) -> bool:
    """The sentence [s, …) opens with a phrase in front of its subject, or ``pos`` lies after
    a comma that closes such a phrase: the words after the comma may be the subject."""
    first = _WORD.search(text, s, pos)
    if first is None:
        return True
    word = first.group().lower()
    if word in _FRONT or word in _DATES or word.endswith("nya") or first.start() != s:
        return True  # "Senin (3/6), …", "Sebelumnya, …", "“Di …": not a subject
    opening = text[s : text.find(",", s, pos + 1)]
    if any(_predicate(w.lower()) for w in _WORD.findall(opening)):
        return True
    if word in PREPOSITIONS or _COMPOUND_PREPOSITION.match(opening):
        return True  # "Sehubungan dengan hal ini, Kepala Kantor …": a phrase, not a subject
    cut = max(text.rfind(mark, s, pos) for mark in (", ", " – ", " - ", " — ", ": "))
    before = _WORD.findall(text, max(s, cut + 1), pos)  # the segment the comma closes
    return not before or before[0].lower() in _FRONT or any(_predicate(w) for w in before)


_CLOSE = N_("The apposition is closed by a comma: '{word}'.")
_SPLIT = N_("No comma between '{word}' and its name.")


@rule("P33", WARNING, N_("An apposition or a place chain is set off by commas on both sides"))
def closing_comma(doc: Doc) -> Iterator[Hit]:
    """The comma that opens an apposition ('Seorang petugas, Rohri …') or the wider place of
    a place ('…, Kabupaten Pasaman, Sumatera Barat (Sumbar) …') wants its partner before the
    predicate (EYD V: keterangan aposisi diapit tanda koma); a region's generic head takes no
    comma before its own name ('di Kabupaten Kotawaringin Barat')."""
    for hit in _closing_comma(doc):
        if not _REGION_SHORT.search(doc.text, max(0, hit.end - 5), hit.end + 3):
            yield hit  # not "Kantor Pertanahan Kab. Pati": the short form's stop (probe64)


_REGION_SHORT = re.compile(r"\b(?:Kab|Kec|Kel|Prov)\. [A-Z]")


def _closing_comma(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        for s, e in para.sentences:
            named = list(unset_names(doc, s, e, _NOT_ITEM_START))  # after a quote too
            yield from named
            if doc.in_quote(s):
                continue
            one_of = name_one_of(doc, s, e)  # round 14: "Andi salah seorang … Batam mengaku"
            if one_of:
                yield one_of
            if ", s" in text[s:e]:
                yield from selaku_closed(doc, s, e)  # "Agus, selaku Kabag … Tuban menuturkan"
            for hit in local_office_holder(doc, s, e):  # round 24: "kepala rutan setempat Budi,"
                if not any(h.start < hit.end and hit.start < h.end for h in named):
                    yield hit
            if " (" in text[s:e]:
                yield from bracketed_name(doc, s, e)  # "Kakanwil … Utara (Dewa Putu Gede)"
            if ", dan " in text[s:e]:
                yield from fields_then_name(doc, s, e)  # "Kabid A, B, dan C Budi Santoso"
            if "," in text[s:e]:
                for hit in (  # round 21: "Dinas A, B dan C Gowa Budi", "Kalapas Calang Budi, …"
                    *listed_office_holder(doc, s, e),
                    *half_closed_holder(doc, s, e),
                ):
                    if not any(h.start < hit.end and hit.start < h.end for h in named):
                        yield hit
                yield from _open_appositions(doc, s, e)
                body = parent_body(doc, s, e)  # round 14: "Kanim …, Kementerian … (…) menggelar"
                if body:
                    yield body
        for m in _SPLIT_HEAD.finditer(text, para.start, para.end):
            if m.group(2).lower() in _NOT_NAMES or m.group(2) in PROVINCES:
                continue
            fix = f"{m.group(1)} {m.group(2)}"
            yield Hit(m.start(1), m.end(2), _SPLIT, fix, {"word": m.group(1)})


def _open_appositions(doc: Doc, s: int, e: int) -> Iterator[Hit]:
    """Sentence [s, e): a place chain, a person's name or a pair of appositions opened by a
    comma and left open before the predicate or the next position."""
    text = doc.text
    for m in _PLACE_LINK.finditer(text, s, e):
        if not chain_predicate(m.group(2), _predicate) or _opens_front(text, s, m.start()):
            continue
        if name_lists_fields(text, s, m.start(), m.group(1)):
            continue  # "Dinas Ketahanan Pangan, Pertanian dan Perikanan Kota …": one name
        if text.count(",", s, m.start()) > 3 or doc.in_quote(m.start()):
            continue
        yield Hit(m.start(1), m.end(1), _CLOSE, m.group(1) + ",", {"word": m.group(1)})
    one = _ONE_OF.match(text, s, e)
    if one and _predicate(one.group(3)) and not _names_body(one.group(2)):
        yield Hit(one.start(2), one.end(2), _CLOSE, one.group(2) + ",", {"word": one.group(2)})
    yield from _name_then_role(doc, s, e)
    for m in _NAME_THEN_POSITION.finditer(text, s, e):
        if m.group(2).lower() not in POSITIONS or _names_body(m.group(1)):
            continue
        if not _after_position(text, s, m.start()) or doc.in_quote(m.start()):
            continue
        yield Hit(m.start(1), m.end(1), _CLOSE, m.group(1) + ",", {"word": m.group(1)})


def _names_body(name: str) -> bool:
    """A capitalised phrase that names an office or a position, not a person."""
    return any(w.lower().rstrip(".") in _NOT_NAMES for w in name.split())


# "Rio Restu, petugas Seksi Intelijen Kantor Imigrasi Malang menjelaskan …": a person's
# full name opens the sentence, a comma opens what they are, and the predicate follows it
# with no comma.
_NAME_ROLE = re.compile(
    r"([A-Z][a-z]+(?: [A-Z][a-z]*\.?){1,3})(?: \(\d{1,3}\))?, "
    r"((?:petugas|pegawai|staf|seorang|salah seorang|warga|anggota|pejabat|perwakilan|klien|"
    r"mantan|pemilik|penyuluh|pembimbing)\b[^,.;:\"“”()]{1,140})"
)


def _name_then_role(doc: Doc, s: int, e: int) -> Iterator[Hit]:
    text = doc.text
    m = _NAME_ROLE.match(text, s, e)
    if m is None or _names_body(m.group(1)):
        return
    first = m.group(1).split()[0].lower()
    if first in _FRONT or first.endswith("nya"):
        return  # "Menurut Sri, klien …": an opener, then the subject
    found = list(_WORD.finditer(m.group(2)))
    verb = next((k for k, w in enumerate(found) if k and _predicate(w.group())), None)
    if verb is None or verb > 12:
        return
    role = [w.group() for w in found[:verb]]
    joins = [k for k, w in enumerate(role) if w in ("dan", "serta", "atau", "yang")]
    if any(not _inside_name(role, k) for k in joins):
        return  # "Budi, petugas kebersihan dan Andi …": a list, not one apposition
    end = m.start(2) + found[verb - 1].end()
    if text[end : end + 1] != " ":
        return
    last = role[-1]
    yield Hit(end - len(last), end, _CLOSE, last + ",", {"word": last})


def _inside_name(role: list[str], k: int) -> bool:
    """'dan' joins two words of one office's name ('Intelijen dan Penindakan')."""
    pair = role[k - 1 : k + 2 : 2] if 0 < k < len(role) - 1 else []
    return role[k] == "dan" and len(pair) == 2 and all(w[0].isupper() for w in pair)


def _after_position(text: str, s: int, comma: int) -> bool:
    """The words before ``comma`` are a capitalised position phrase ('Direktur Jenderal
    Imigrasi', 'Kepala Kantor Imigrasi Kelas I TPI Malang') opened by a position word."""
    before = text[max(s, comma - 120) : comma].split()
    for k in range(len(before) - 1, max(-1, len(before) - 10), -1):
        word = before[k].strip("()")
        if not word or not (word[0].isupper() or word in ("dan", "dan/atau")):
            return False
        if word.lower() in POSITIONS and word[0].isupper():
            if k > 0 and before[k - 1].lower() == "antara":
                return False  # "antara Kepala Lapas, Budi dan Kepala Dinas, …": a tight pair
            return k == 0 or not before[k - 1][:1].isupper()
    return False


# --- P34: 'antara lain' that brings in the examples of a clause's last noun ------------------

_ANTARA_LAIN = re.compile(r"(?:(?<=[^\W\d_])|(?<=\))) (antara lain)(?= [^\W\d_]|\d)")
_NOT_BEFORE_EXAMPLES = FUNCTION_WORDS | words(
    "ini itu tersebut adalah merupakan ialah yakni yaitu menjadi sebagai yang ada"
)


@rule("P34", WARNING, N_("A comma goes before 'antara lain' that follows a clause"))
def examples_comma(doc: Doc) -> Iterator[Hit]:
    """'… ada banyak pembinaan bagi warga binaan (WBP) antara lain pembuatan …': the examples
    of the clause's last noun are set off by a comma, as before 'yaitu' (P18). As the
    predicate of a subject ('Jenis usaha yang diajarkan antara lain …', 'Tujuannya antara
    lain …') it takes none: the clause before needs a verb of its own, outside a 'yang'
    clause."""
    text = doc.text
    for para in doc.prose_paras():
        for s, e in para.sentences:
            for m in _ANTARA_LAIN.finditer(text, s, e):
                if doc.in_quote(m.start()):
                    continue
                segment = text[max(s, text.rfind(",", s, m.start()) + 1) : m.start()].split()
                if not segment or segment[-1].lower().strip("()") in _NOT_BEFORE_EXAMPLES:
                    continue
                main = _main_clause(segment[:-1])
                if not any(_predicate(w) or w in ("ada", "punya") for w in main):
                    continue
                if _predicate(segment[-1].lower()):
                    continue  # "… yang diajarkan antara lain …": the verb's own complement
                last = segment[-1]
                yield Hit(
                    m.start() - len(last),
                    m.end(1),
                    N_("A comma goes before '{word}' after a clause."),
                    f"{last}, antara lain",
                    {"word": "antara lain"},
                )


def _main_clause(segment: list[str]) -> list[str]:
    """The words of the clause that 'antara lain' would follow, lowercase: after the last
    'bahwa' or verb of saying ('… menyampaikan bahwa kegiatan yang digelar antara lain …'
    reads the clause after 'bahwa'), and before a 'yang' clause, whose verb is not its own."""
    low = [w.lower().strip('“”"()') for w in segment]
    for k in range(len(low) - 1, -1, -1):
        if low[k] == "bahwa" or low[k] in SAYING_VERBS:
            low = low[k + 1 :]
            break
    return low[: low.index("yang")] if "yang" in low else low
