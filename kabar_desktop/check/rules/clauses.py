"""How clauses join (P6, P7, P12, P13): appositions, list commas, the conjunction that opens a
sentence, a comma between subject and predicate or before what was said.

These rules read commas that mean different things ("Kepala Lapas, Budi, hadir", "buku, pena,
dan kertas", "Setelah apel, pegawai dan petugas pulang"), so each looks at what stands on both
sides of the comma and stays silent when it cannot tell: a wrong comma asked for is worse than
a missing one left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.clause_reader import PREPOSITIONS
from kabar_desktop.check.document import Doc, Token
from kabar_desktop.check.lexicon import (
    ATTRIBUTION_VERBS,
    FUNCTION_WORDS,
    INSTITUTIONS,
    POSITIONS,
    WEEKDAYS,
    words,
)
from kabar_desktop.check.rules import N_, WARNING, Hit, rule
from kabar_desktop.check.rules.apposition_commas import short_form_name_closed, subject_through
from kabar_desktop.check.rules.apposition_reach import (
    group_after_dan,
    name_stop,
    next_after_name,
    office_goes_on,
)
from kabar_desktop.check.rules.apposition_reach import joined as _joined
from kabar_desktop.check.rules.apposition_reach import name_end as _name_end
from kabar_desktop.check.rules.apposition_reach import phrase_end as _phrase_end
from kabar_desktop.check.rules.appositions import (
    closing_word,
    fronted_role,
    looks_like_name,
    name_closed_at,
    office_named,
    short_form_of,
)
from kabar_desktop.check.rules.commas import is_verb as _is_verb
from kabar_desktop.check.rules.commas import noun_phrase_subject
from kabar_desktop.check.rules.list_names import (
    spelled_short_form,
    titled_pair_with_short_form,
    unit_named_elsewhere,
)
from kabar_desktop.check.rules.list_pairs import ONE_ITEM, pair_in_list
from kabar_desktop.check.rules.list_readings import (
    case_differs,
    closes_clause,
    closes_condition,
    closes_opener,
    objects_joined,
    range_item,
)
from kabar_desktop.check.rules.name_readings import inserted, list_is_name
from kabar_desktop.check.rules.open_heads import open_heads, opens_sentence
from kabar_desktop.check.rules.role_appositions import role_appositions
from kabar_desktop.check.rules.seams19_degrees import degree_closings
from kabar_desktop.check.rules.seams19_names import province_then_name
from kabar_desktop.check.rules.seams19_subjects import office_subject_comma
from kabar_desktop.check.rules.seams21_names import UNIT_HEADS, person_appositions, unit_fields
from kabar_desktop.check.rules.seams22_lists import place_chain_end
from kabar_desktop.check.rules.seams23_relatives import open_relative
from kabar_desktop.check.rules.seams24_lists import (
    agency_fields,
    fields_of_last_body,
    office_list_commas,
)
from kabar_desktop.check.rules.shared_heads import shared_head_lists
from kabar_desktop.check.rules.speaker_names import ends_in_person as _ends_in_person
from kabar_desktop.check.rules.speaker_names import missing_name_comma
from kabar_desktop.check.rules.subject_commas import (
    _FRONTING,
    _NOT_SUBJECTS,
    _OPENERS,
    _PREDICATES,
    _demonstrative_subject,
    _relative_subject,
    _said_comma,
    has_predicate,
)

_CONJ = ("dan", "atau", "maupun", "serta")
# A pair set off by commas before the predicate: ", pegawai dan tamu, mendapat".
_INSERTED_END = re.compile(r"(?: [^\W\d_]+){0,2}, ([a-z]+)\b")
# The clause ends right after the list: no main clause follows it, so no opener came first.
_LIST_ENDS = re.compile(r"[.;:!?\"”]|,[\"”]")
_COUNT_BEFORE = re.compile(
    r"\b(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa) $"
)
_LIST = re.compile(  # not "…, Sabtu dan Minggu (19-20/8)": two days, then their dates (heldout91)
    r"\b([^\W\d_]+), ?(?!(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu) dan [A-Z][a-z]+ \()"
    r"((?:[^\W\d_]+ )?([^\W\d_]+)) (dan|serta|atau|maupun) ([^\W\d_]+)"
)
# Never a list's item: function words, adverbs joining clauses ("…, kemudian sahur dan …").
_NOT_ITEMS = FUNCTION_WORDS | words(
    """baik yakni yaitu seperti termasuk juga bahkan ini itu tersebut kemudian lalu lantas
    selanjutnya sedangkan sementara namun tetapi melainkan pula mulai misalnya contohnya
    umpamanya dirinya beliau mereka kami kita saya pihaknya ia khususnya terutama
    sekaligus sambil seraya terkait mengenai seputar perihal menyangkut demikian setelah
    sesudah sebelum ketika saat usai maka peran selain sehingga asal asalkan"""
)  # heldout26: "Namun demikian, kepedulian dan …", "…, setelah lulus dan terjun …"; probe41:
# "karena keterbatasan petugas, maka peran serta masyarakat …" (KBBI's 'peran serta');
# heldout46: "…, selain futsal dan tenis meja": an exception, no item; probe138: "tidak
# sulit, asal telaten dan disiplin": a condition


_APPOSED = ("salah satu ", "salah seorang ", "selaku ")  # an apposition's first words


def _open_before_lowercase(doc: Doc, j: int) -> bool:
    toks = doc.tokens
    return (
        next_after_name(doc, j)
        and toks[j].text[0].islower()
        # "A, B dan C": a list, not an apposition ("B dan para petugas": one name)
        and (toks[j].text not in _CONJ or group_after_dan(doc, j))
        # "Ronaldo dafinci, dan": a word of the name; "Agung Pratama mengatakan, …" closes it
        and (doc.text[toks[j].end : toks[j].end + 1] != "," or closing_word(toks[j].text))
    )


def _lower_position(doc: Doc, i: int) -> bool:
    """A position in lowercase ('…, ketua PKK Kabupaten Taliabu, Zahra Yolanda yang …') that
    opens an apposition all the same: a capitalised office follows, a comma comes before."""
    toks = doc.tokens
    if i == 0 or i + 1 >= len(toks) or not toks[i + 1].text[0].isupper():
        return False
    return doc.text[toks[i - 1].end : toks[i].start] == ", " and _phrase_end(doc, i) - i >= 2


def _is_position_word(word: str) -> bool:
    """A capitalised position or unit head's title ('Kasi', 'Kepala', 'Kasubbid')."""
    return word[:1].isupper() and (word.lower() in POSITIONS or word.lower() in UNIT_HEADS)


def _is_position(t: Token) -> bool:
    return t.text.lower() in POSITIONS and t.text[0].isupper()


@rule("P6", WARNING, N_("An apposition is closed by a second comma"))
def apposition(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    message = N_("The apposition is closed by a comma: '{word}'.")
    # round 19: "Budi, S.T. didampingi", "Kepala … Denpasar, Bali Ni Luh … mengatakan"; 21:
    # "Zakaria (39) warga …"; session 24: open_heads.py. Round 20's "Pj Bupati Inhil H. Herman
    # pada" went in session 34: the sets left that comma 31 times of 52 (P33's note reads it)
    yield from (*degree_closings(doc), *province_then_name(doc))
    yield from (*person_appositions(doc), *open_heads(doc), *role_appositions(doc))
    for para in doc.prose_paras():  # round 23: "Budi, yang memimpin razia itu menyatakan"
        for s, e in para.sentences:
            if ", yang " in doc.text[s:e]:
                yield from open_relative(doc.text, s, e)
    for i, t in enumerate(toks):
        if t.text.lower() not in POSITIONS or doc.paras[t.para].kind == "title":
            continue
        if t.text[0].islower() and not t.initial and not _lower_position(doc, i):
            continue
        opening = missing_name_comma(doc, i)
        if opening is not None:
            yield opening
            continue
        j = _phrase_end(doc, i)
        after = doc.text[toks[j - 1].end : toks[j - 1].end + 2]
        if after == "),":  # "Gubernur Maluku Utara (Malut), Sherly …": the short form's bracket
            after = doc.text[toks[j - 1].end + 1 : toks[j - 1].end + 3]
        if j < len(toks) and after == ", " and toks[j].text[0].isupper():
            if _is_position(toks[j]) or toks[j].text in WEEKDAYS or office_named(doc, j):
                continue  # "Kepala Seksi A, Kepala Seksi B …"; "…, Kamis pagi"; "…, LPKA Palu"
            if _fronted(doc, i) or fronted_role(doc, i):
                continue  # "Mewakili Kepala Kanwil, Herdaus membuka …": Herdaus is the subject
            first = j
            j = office_goes_on(doc, j)  # "…, Kantor Imigrasi Kelas II TPI Tarakan, Aris …"
            k = _name_end(doc, j)
            if _open_before_lowercase(doc, k) and (j == first or looks_like_name(doc, j, k)):
                if i > 0 and toks[i - 1].text.lower() in ("selaku", "sebagai"):
                    continue  # round 24: "Budi selaku Kepala UPTD X, Ruth selaku Kepala …":
                    # the position is the role of the name before it; the comma after it
                    # ends that item, and the next name opens the next
                stop = name_stop(doc, k)
                name = doc.text[toks[j].start : stop]
                yield Hit(toks[j].start, stop, message, name + ",", {"word": name})
        elif _open_before_lowercase(doc, j) and i >= 1 and t.text[0].isupper():
            before = doc.text[toks[i - 1].end : t.start]
            first = i - 1
            while first > 0 and doc.adjacent(toks[first - 1], toks[first]):
                first -= 1
            named = all(x.text[0].isupper() for x in toks[first:i])
            if _is_position(toks[first]):
                continue  # the phrase before is a position too: list items
            if toks[first].text.lower() in _OPENERS | _FRONTING | _LEADING_ADVERBS:
                continue  # "Selanjutnya, Kakanwil … juga": a connector, not a name
            if not looks_like_name(doc, first, i):
                continue  # "Bertindak Sebagai Inspektur Upacara, Bupati …": no name before
            if before == ", " and opens_sentence(doc, first) and named and i - first <= 4:
                phrase = doc.text[t.start : toks[j - 1].end]
                last = toks[j - 1]
                yield Hit(last.start, last.end, message, last.text + ",", {"word": phrase})


_COMPANY_WORDS = words("bersama beserta didampingi bersama-sama")
# Adverbs and connectors that open a sentence before its subject ("Selanjutnya, Kakanwil …").
_LEADING_ADVERBS = words(
    """selanjutnya kemudian lalu akhirnya sebelumnya setelahnya sementara selain namun terlebih
    bahkan tentu jadi lebih terakhir pertama kedua ketiga kini saat ini itu tersebut kedepan
    kedepannya sehingga maka sedangkan"""
)  # 'kedepan': 'ke depan' typed solid (W1's slip), an adverb all the same (probe70)


def _fronted(doc: Doc, i: int) -> bool:
    """The position at token ``i`` stands in a phrase that opens the sentence before it."""
    toks = doc.tokens
    k = i
    while k > 0 and not toks[k].initial and _joined(doc, toks[k - 1], toks[k]):
        k -= 1
    return 0 < i - k <= 2 and toks[k].initial and toks[k].text.lower() in _FRONTING


def _ends_position(doc: Doc, i: int) -> bool:
    """Token ``i`` ends a capitalised phrase that starts with a position ('Kepala Lapas')."""
    toks = doc.tokens
    k = i
    while k > 0 and _joined(doc, toks[k - 1], toks[k]) and toks[k - 1].text[0].isupper():
        k -= 1
        if _is_position(toks[k]):
            return True
    return _is_position(toks[k])


_ASPECT = words("terus juga akan selalu tetap senantiasa semakin makin")  # before a verb


@rule("P7", WARNING, N_("A list of three or more takes a comma before the last item"))
def list_comma(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        found: set[int] = set()
        for hit in shared_head_lists(doc, para.start, para.end):
            found.add(hit.end)
            yield hit
        for at, end, conj, last in office_list_commas(text, para.start, para.end):
            if doc.in_quote(at) or end + 1 + len(conj) in found:
                continue  # round 24: "Lapas Kelas I Medan, Lapas … Medan dan Rutan …"
            found.add(end + 1 + len(conj))
            yield Hit(
                at,
                end + 1 + len(conj),
                N_("In a list of three or more, a comma goes before '{word}'."),
                f"{last}, {conj}",
                {"word": conj},
            )
        for m in _LIST.finditer(text, para.start, para.end):
            first, items, last_word, conj, after = m.groups()
            if m.end(4) in found:
                continue
            i = doc.token_at(m.start(1))
            if i is None or doc.tokens[i].initial:
                continue
            if i > 0 and doc.tokens[i - 1].text.lower() in _CONJ:
                continue  # "cetak atau elektronik, konvensional maupun …": two pairs
            words_ = [first.lower(), *items.lower().split(), after.lower()]
            if any(w in _NOT_ITEMS for w in words_) or first.lower().endswith("nya"):
                continue
            if (last_word.lower(), after.lower()) in ONE_ITEM:
                continue  # "…, sumber daya manusia, sarana dan prasarana, …": one item
            if conj == "maupun" and "maupun" in text[max(para.start, m.start() - 60) : m.start()]:
                continue  # "baik A maupun B, C maupun D": correlated pairs (heldout26)
            opened = text.rfind(",", para.start, m.start(1)) + 1
            if items.split()[0].lower() in _COMPANY_WORDS or items.startswith(("pasca", "usai")):
                continue  # "Kepala rutan, bersama jajaran dan …"; "…, pascalibur dan cuti bersama"
            if opened and text[opened : m.start(1)].lstrip().startswith(_APPOSED):
                continue  # "Aulia, salah satu warga binaan, senang dan antusias" (probe51)
            if conj == "atau" and after.lower() in ("tidak", "tak", "bukan", "tidaknya"):
                continue  # "tak ada perbedaan, ada atau tidak adanya …": a thing or its lack
            if conj == "atau" and short_form_of(items.split(), after):
                continue  # "kesehatan narapidana atau napi": the other name, not an item
            if conj == "atau" and last_word.lower() in INSTITUTIONS and after[:1].isupper():
                continue  # "Bapas atau Balai Pemasyarakatan": the name spelled out (probe 5)
            if titled_pair_with_short_form(text, last_word, after, m.end(5)):
                continue  # "…, Keamanan dan Ketertiban (Kamtib)": one name (probe 5)
            if spelled_short_form(text, m.end(5)) or unit_named_elsewhere(
                doc, last_word, conj, after, m.start(3)
            ):
                continue  # "Pembinaan, Monitoring, Pengawasan dan Pengendalian (Bintorwasdal)"
            if _is_position_word(items.split()[0]) and not _is_position_word(first):
                continue  # "Devi, Kasi Binadik dan Giatja …": a name and its position
            if unit_fields(text, para.start, m.start(1)):
                continue  # "Subbidang Penyuluhan Hukum, Bantuan Hukum dan JDIH": a unit's name
            if agency_fields(text, para.start, m.start(1), m.end(5)):
                continue  # round 24: "Dinas Kominfo, Persandian dan Statistik Provinsi …"
            if fields_of_last_body(items, after):
                continue  # round 24: "Bapas Ambon, Kementerian Hukum dan HAM RI …"
            if case_differs(first, items, after) or list_is_name(doc, m.start(1), after, m.end(5)):
                continue  # "Dinas Ketahanan Pangan, Pertanian dan Perikanan": a name
            if items[0].isupper() and _ends_position(doc, i):
                continue  # "antara Kepala Lapas, Budi dan …": an apposition inside a pair
            if closes_opener(doc, i) and not _LIST_ENDS.match(text, m.end(5)):
                continue  # "Setelah apel, pegawai dan petugas …" (not "…, jujur dan adil.")
            if closes_condition(text, max(para.start, m.start() - 70), m):
                continue  # "… apabila ada undangan dari kecamatan, kepala kampung dan …"
            if text[m.start() - 2 : m.start()] != ", " and closes_clause(first, items, after):
                continue  # "Ia melanjutkan, dirinya dan …": a verb ends a clause, not an item
            item = [*text[max(0, m.start() - 40) : m.start()].split()[-1:], first]
            if len(item) == 2 and item[0].lower() in ATTRIBUTION_VERBS:
                continue  # "Selain itu, kata dia, guru dan murid …": who said it (heldout180)
            verb = any(w[:2] in ("me", "di") and _is_verb(w) for w in items.split())
            verb = verb or (items[:2] == "be" and after[:2] == "me" and _is_verb(after))
            if verb and not any(_is_verb(w.lower()) and w not in PREPOSITIONS for w in item):
                continue  # "di sekitar kolam, memeriksa dan …": a predicate, not an item
            if range_item(text, m.start(), m.end(5)):
                continue  # "Mulai dari alur …, pola A dan B, hingga …": a range's item
            if place_chain_end(text[max(para.start, m.start(1) - 30) : m.end(1)], items):
                continue  # "Deli Serdang, Sumatera Utara dan Bandara …": a place's address
            if objects_joined(items, after):
                continue  # "…, membawa pesan dan tradisi …": two objects of one verb
            inserted = _INSERTED_END.match(text, m.end(5), para.end)
            if inserted and _is_verb(inserted.group(1)):
                continue  # "Peserta yang hadir, pegawai dan tamu, mendapat …": an aside
            if _COUNT_BEFORE.search(text, max(para.start, m.start() - 20), m.start()):
                continue  # "dibagi menjadi 2 sesi, pagi dan siang": the two it counted
            rest = text[m.end(5) : para.end]
            if pair_in_list(rest, last_word, after):
                continue  # "intelektual, sikap dan perilaku, profesional, …": a pair as an item
            clause = re.split(r"[,.;:!?]", rest, maxsplit=1)[0]
            if conj == "dan" and re.search(r"\bserta\b", clause):
                continue  # "A dan B serta C dan D": pairs joined by 'serta'
            if after.lower() in _ASPECT and _is_verb((clause.split() or [""])[0].lower()):
                continue  # "memperkuat A, B dan terus meningkatkan …": a second predicate (p88)
            yield Hit(
                m.start(3),
                m.end(4),
                N_("In a list of three or more, a comma goes before '{word}'."),
                f"{last_word}, {conj}",
                {"word": conj},
            )


# P12: conjunctions inside a sentence open none (EYD V, kata penghubung intrakalimat; the sets
# leave "Maka dari itu," 5 of 5; mark 44 of 54 "Serta"). "Sementara itu," means "meanwhile".
_OPENING_CONJUNCTION = re.compile(
    r"(Dan|Serta|Maka(?! dari itu,)(?: dari itu)?|Sehingga|Tetapi|Tapi)(?= [A-Za-z]|,)"
)
_SEHINGGA = re.compile(r"(Sehingga)(?= [a-z]|,)")
_OLEHNYA = re.compile(r"Olehnya(?: itu)?,?(?= [A-Za-z])")  # Sulawesi's "oleh karena itu"
_SEMENTARA = re.compile(r"Sementara(?: itu\b)?(,?)(?=( [^\W\d_]+)?)")
# In the writer's sentences a sentence-opening "Sementara" is written "Sementara itu," however
# it goes on: the sets mark it 78 of 79 times (session 22), "while" clauses too.
_CONJUNCTION_FIX = {"Maka": "Oleh karena itu,", "Maka dari itu": "Oleh karena itu,"}
_CONJUNCTION_FIX |= {"Tetapi": "Akan tetapi,", "Tapi": "Akan tetapi,"}


@rule("P12", WARNING, N_("A sentence does not open with 'dan', 'maka' or 'sehingga'"))
def opening_conjunction(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        for s, _e in para.sentences:
            if doc.in_quote(s):
                # The speaker's own words, except "Sehingga": a result clause cut from its
                # sentence, which the writer punctuates all the same.
                m = _SEHINGGA.match(text, s + (text[s : s + 1] in '"“'))
                if m:
                    yield Hit(
                        m.start(1),
                        m.end(1),
                        N_("'{word}' joins clauses inside a sentence; it does not open one."),
                        None,
                        {"word": "sehingga"},
                    )
                continue
            m = _OPENING_CONJUNCTION.match(text, s)
            if m:
                word = m.group(1)
                fix = _CONJUNCTION_FIX.get(word)
                if fix and text.startswith(",", m.end()):
                    fix = fix.rstrip(",")  # "Maka, kegiatan …": the comma is there
                yield Hit(
                    m.start(1),
                    m.end(1),
                    N_("'{word}' joins clauses inside a sentence; it does not open one."),
                    fix,
                    {"word": word.split()[0].lower()},
                )
                continue
            if m := _OLEHNYA.match(text, s):  # "Olehnya dia menyarankan …" (heldout22, 23)
                yield Hit(
                    m.start(),
                    m.end(),
                    N_("'Olehnya' opening a sentence is written 'Oleh karena itu,'."),
                    "Oleh karena itu,",
                )
                continue
            m = _SEMENTARA.match(text, s)
            if text.startswith(("Sementara ini", "Sementara waktu"), s):
                continue  # "for now", "for a while": no connector (heldout220)
            if m is not None and not m.group().startswith("Sementara itu"):
                yield Hit(
                    m.start(),
                    m.end(),
                    N_("'Sementara' opening a sentence is written 'Sementara itu,'."),
                    "Sementara itu,",
                )


# P13: a comma between subject and predicate ("Kepala Lapas, mengatakan …"), where the subject
# is plain (a position or a name opening the sentence or after an opening phrase), then a verb.
_SUBJECT_COMMA = re.compile(r", ([a-z]+)\b")


@rule("P13", WARNING, N_("No comma between subject and predicate, or before what was said"))
def subject_comma(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    toks = doc.tokens
    for para in doc.prose_paras():
        yield from _said_comma(doc, para.start, para.end)
        for s, e in para.sentences:
            if _SAID_FIRST.match(text, _first_word(text, s)):
                continue  # "Kata dia, diusulkan …": who said it, set off (heldout187)
            relative = _relative_subject(doc, s, e)
            if relative and name_closed_at(doc, 0, (s, e), relative.start, people=False):
                continue  # round 16: "X yang disambut Kepala Lapas Ani Lestari, memeriksa"
            plain = None if relative else _demonstrative_subject(doc, s, e)
            if not (relative or plain) and not _LEBIH_LANJUT.match(text, s):
                plain = noun_phrase_subject(doc, s, e, _OPENERS | _FRONTING | _NOT_SUBJECTS)
                if plain and has_predicate(text, s, plain.start):
                    plain = None  # round 16: "… paling banyak datang dari …, disusul …"
            relative = relative or plain
            relative = relative or subject_through(doc, s, e)  # round 14: "… melalui …, memberi"
            relative = relative or office_subject_comma(doc, s, e)  # round 19
            if relative and text.startswith((" menurut ", " mengingat "), relative.start + 1):
                continue  # "… ini, menurut Charandi": a set-in source (p100); "rutan, mengingat"
            if relative and not inserted(text, s, e, relative.start):
                first = doc.token_at(_first_word(text, s))
                # the comma closes a name run into its office's short form (round 14: P33
                # asks its opening comma, "Kepala Pengamanan Rutan (KPR), Ismail, …")
                if first is None or not (
                    _is_position(toks[first])
                    and (
                        _ends_in_person(doc, first, relative.start)
                        or short_form_name_closed(doc, (s, e), relative.start)
                    )
                ):
                    yield relative
                continue
            for m in _SUBJECT_COMMA.finditer(text, s, e):
                if m.group(1) not in _PREDICATES or doc.in_quote(m.start()):
                    continue
                segment_start = text.rfind(",", s, m.start()) + 1 or s
                i = doc.token_at(_first_word(text, max(segment_start, s)))
                if i is None or not _subject(doc, i, m.start()) or inserted(text, s, e, m.start()):
                    continue
                if _is_position(toks[i]) and name_closed_at(doc, i, (s, e), m.start()):
                    continue  # "Kepala Lapas X Budi Santoso, mengatakan": an apposition's close
                if segment_start > s:  # "Dalam sambutannya, Kepala Lapas, mengatakan"
                    if text.count(",", s, segment_start) != 1 or not _is_position(toks[i]):
                        continue
                    k = doc.token_at(_first_word(text, s))
                    if k is None or toks[k].text.lower() not in _OPENERS:
                        continue
                    if any(w[:1].isupper() for w in text[s : segment_start - 1].split()[1:]):
                        continue  # "Sementara dr Budi M, Kepala …, menjelaskan": its apposition
                yield Hit(
                    m.start(),
                    m.start() + 1,
                    N_("No comma between the subject and its predicate '{word}'."),
                    "",
                    {"word": m.group(1)},
                )
                break


# "Lebih lanjut, terdapat …": P8's connector, no subject (probe40).
_LEBIH_LANJUT = re.compile(r"(?i:lebih (?:lanjut|jauh)),")
_SAID_FIRST = re.compile(r"(?:Kata|Ujar|Tutur|Ucap) (?:dia|ia|beliau|[A-Z][a-z]+),")
def _first_word(text: str, pos: int) -> int:
    while pos < len(text) and not text[pos].isalpha():
        pos += 1
    return pos


def _subject(doc: Doc, i: int, comma: int) -> bool:
    """Tokens from ``i`` to the comma read as one subject: a position phrase (capitalised,
    'dan' or a bracketed short form inside) or a name of at most four words."""
    toks = doc.tokens
    j = i
    while j + 1 < len(toks) and toks[j + 1].start < comma:
        if not _joined(doc, toks[j], toks[j + 1]):
            return False
        j += 1
    phrase = toks[i : j + 1]
    if any(not (t.text[0].isupper() or t.text == "dan") for t in phrase):
        return False
    if _is_position(toks[i]):
        return True
    # A name: seen capitalised mid-sentence ("Budi"), or more words than an opener has.
    return len(phrase) <= 4 and (len(phrase) > 1 or phrase[0].text in doc.names)
