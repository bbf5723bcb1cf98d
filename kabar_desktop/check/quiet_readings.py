"""The readings the checker reports as notes, not as errors or warnings.

Each entry is one reading of a rule (its rule id and its message template) whose findings
the Kanwil's own editors confirm fewer than two times in three: over every hand-marked set
in ``benchmarks/checker_corpus*`` (180 folders, about 27,000 findings, counted before
session twenty-seven; 200 folders counted again in session twenty-eight, the newest eighty
then heldout120-199) or over the eighty newest (the sets most like unseen text), a reading
with at least ten findings of which under two thirds touched a mark. They are house-style
readings the editors apply about as often as they leave them (numbers in words, commas
around a holder's name, an outlet's name as the dateline, the acronym of common words in
lower case, a weekday without its date).

A note is still shown, in grey, so a writer who keeps the house style strictly sees it; a
warning is kept for what the editors mark when they see it, so that a warning stays worth
heeding. The counts are in docs/checker.md ("Notes"); a reading leaves this table when the
sets say so, not when a test wants it.
"""

from __future__ import annotations

import re

from kabar_desktop.check.finding import NOTE

# (rule, message template), with its count: findings that touched a mark / findings, over
# all 180 sets and over the eighty newest (heldout100-179). K4 ('humas' in lowercase: 9/14,
# session 28) stays a warning: house-style.md names it and its sample shows it.
NOTE_READINGS: frozenset[tuple[str, str]] = frozenset(
    {
        # A2 (warning): 10/27 confirmed, newest 5/17
        ("A2", "The lead has {count} words in {sentences} sentences; keep it to 45 and 3."),
        # A7 (warning): 16/28 confirmed, newest 2/9
        ("A7", "The dateline names the medium, not the city: '{city}, {word} – …'."),
        # A7 (warning): 40/109 confirmed, newest 7/52
        (
            "A7",
            "The dateline names the medium, not the city: the city comes first ('City, "
            "{word} – …').",
        ),
        # A7 (warning): 64/88 confirmed, newest 18/31
        ("A7", "The lead opens with the city and a dash: '{city} - …'."),
        # A7 (warning), a lead with no dateline: 186/282 confirmed, newest 86/137 (session 28)
        ("A7", "The lead opens with the city of the news and a dash."),
        # P8 (error), an opening phrase of means closed by its demonstrative before a passive
        # verb ('Melalui kegiatan ini diharapkan …'): 6/17 confirmed over heldout1-568 (session 40)
        ("P8", "A comma may close the opening phrase ending in '{word}'."),
        # P15 (error), a dateline's spaced '--' for its dash: the sets mark it about two times
        # in three (session 39: 77 of 120 over heldout1-544)
        ("P15", "The dateline's dash is one dash, '–', not two hyphens."),
        # K10 (error): 6/13 confirmed, newest 0/7 (session 28: 'Tanjung Balai')
        ("K10", "The place's name is written as one word: '{word}'."),
        # K32 (error): 8/13 confirmed, newest 4/9
        ("K32", "A place's kind is part of its name: '{word}'."),
        # K9 (error): 20/52 confirmed, newest 9/29
        ("K9", "'{word}' is an acronym read as a common word: lowercase."),
        # W30 (error), a doubled noun of people after a quantifier ('para ibu-ibu') or any
        # in a quote: 17/33 confirmed over heldout1-383 (session 35)
        ("W30", "'{word}': '{quantifier}' already says many; the single noun will do: '{fix}'."),
        # P39 (warning), 'maupun' after a comma: 15/24 confirmed over heldout1-383 (session 35)
        (
            "P39",
            "No comma before 'maupun' joining two items (EYD V: only in a list of three or more).",
        ),
        # N1 (warning): 247/639 confirmed, newest 93/250
        ("N1", "Write this number in words: '{word}'."),
        # N5 (error): 6/14 confirmed, newest 4/8
        ("N5", "One date form per article: '{word}'."),
        # N5 (error): 4/12 confirmed, newest 2/10
        ("N5", "The date needs its year, the days joined by a dash: '{word} …'."),
        # N5 (error): 4/16 confirmed, newest 0/3
        ("N5", "The weekday needs its date: '{word}'."),
        # P18 (warning): 28/38 confirmed, newest 10/17
        ("P18", "'{word}' does not open a sentence: a comma joins it to the one before."),
        # P20 (warning): 43/96 confirmed, newest 24/48
        ("P20", "A comma parts a place from the wider region it lies in: '{word}'."),
        # P29 (error): 4/12 confirmed, newest 2/6
        ("P29", "The sentence's subject has no predicate after its 'yang' clause: drop 'yang'."),
        # P30 (warning): 14/34 confirmed, newest 3/14
        ("P30", "A comma closes the opening phrase before the subject: '{word}'."),
        # P33 (warning): 226/527 confirmed, newest 35/188
        ("P33", "The name after the position is set off by commas: '{word}'."),
        # Counted again on heldout1-219 at session 28's end (the newest eighty heldout140-219):
        # N8 (warning): 6/10 confirmed, newest 1/3
        ("N8", "No zero before the day: '{word}'."),
        # P29 (error): 58/76 confirmed, newest 17/26
        ("P29", "'{word}' does not open a sentence: it goes on the sentence before."),
        # P29 (error): 6/10 confirmed, newest 0/2
        (
            "P29",
            "'{word}' opens a clause that no main clause follows: drop it or join the sentence "
            "to the one before.",
        ),
        # S1 (warning): 46/51 confirmed, newest 7/11
        ("S1", "'{word}' is no short form Kabar knows; did you mean '{fix}'?"),
        # W13 (warning): 3/10 confirmed, newest 2/7
        ("W13", "A person is told 'kepada', not 'pada'."),
        # P35 (warning): 16/25 confirmed, newest 2/7 (session 28)
        ("P35", "A comma closes the opening phrase before the subject: '{word}'."),
        # P5 (error): 23/35 confirmed, newest 9/15
        ("P5", "The quote closed later in this paragraph opens here, with a mark."),
        # P8 (error): 17/23 confirmed, newest 6/10
        ("P8", "A comma closes the opening clause before 'maka'."),
        # P8 (error): 7/11 confirmed, newest 1/3
        ("P8", "A comma closes the opening phrase before the subject: '{word}'."),
        # S1 (warning): 39/48 confirmed, newest 11/20
        ("S1", "'{word}' is the name of a place: write '{fix}'."),
        # S8 (warning): 6/10 confirmed, newest 2/5 (session 28: 'Ditjen PAS')
        ("S8", "'{word}' is no short form Kabar knows; did you mean '{fix}'?"),
        # P41 (warning, new in session 29): 94/281 confirmed, newest (heldout140-219) 61/96;
        # heldout200-219 alone 21/23: the newest sets mark it, the older ones left it; over
        # heldout1-481 (session 38) 552/1069, in a speaker's words 186/447
        ("P41", "No comma before '{word}': the clause it opens follows the main clause."),
        # A6 (warning), the verbs three paragraphs apart: 102/154 confirmed over heldout1-448
        # (session 37; two paragraphs or fewer 501/607)
        ("A6", "The quote three paragraphs before also ends with '{word}': vary the verb."),
        # Counted over heldout1-456 (session 37): P40 (warning) 21/39, P20 (warning) 23/42,
        # K19 (warning) 62/104
        ("P40", "A phrase set into the sentence is set off by commas on both sides: '{word}'."),
        ("P20", "A comma separates '{word}' from its province."),
        ("K19", "'{word}' is a verb or an adjective: lowercase in mid-sentence."),
        # and over heldout1-481 at the session's end: K27 (error) 8/16, P34 (warning) 10/22,
        # W29's 'di mana' as a relative (warning) 8/26, W31 (warning) 4/16
        ("K27", "A term of address for the listener starts with a capital: '{word}'."),
        ("P34", "A comma goes before '{word}' after a clause."),
        (
            "W29",
            "'{word}' asks a question; as a relative write 'yang' or 'tempat', or start a new "
            "sentence.",
        ),
        ("W31", "'{word}' says the same thing twice: write '{fix}'."),
        # N7 (warning) on 'Kamis, 10 Juli 2025': 267 of 411 marked over heldout1-489, most
        # as warnings (session 38)
        ("N7", "The house writes the date in brackets: '{word}'."),
        # W27 (warning): 20/40 confirmed, newest 7/15
        (
            "W27",
            "'{word}' is the speaker's voice in the writer's sentence: quote the words, or "
            "write 'pihaknya' or 'ia'.",
        ),
        # Counted again over all 616 folders (first corpus and heldout1-615) at session 43's
        # start, the newest two hundred heldout416-615: P39 (warning) 111/167, newest 25/49;
        # P17 (error) 195/250, newest 56/85; P5 (error) 100/151, newest 30/50; N4 (error)
        # 36/53, newest 7/12; S8 (warning) 21/32 and 11/18; W13 (warning) 2/11; P29 (error)
        # 1/10; N5 (error) 11/17; W34 (warning) 5/10; P6 (warning) 5/10
        ("P39", "No comma between the subject or verb and '{word}'."),
        ("P17", "A comma goes before '{word}' inside a sentence."),
        ("P5", "The quote opened in this paragraph is not closed."),
        ("N4", "The time needs its zone (WIB, WITA or WIT)."),
        ("S8", "'{word}' is not in the Indonesian word list; did you mean '{fix}'?"),
        ("S8", "'{word}' is the short form of an office's section: write '{fix}'."),
        ("W13", "'antara' pairs with 'dan', not '{word}'."),
        ("P29", "'{word}' needs its subject: the sentence has none."),
        ("N5", "The date takes its weekday before the bracket: '{word}'."),
        ("W34", "A sentence does not open with a bare verb: '{fix}'."),
        ("P6", "The name after the position is set off by commas: '{word}'."),
        # and at the session's end, over the 638 folders (newest two hundred heldout438-637):
        # P28 (error) 77/107, newest 19/29; P10 (error) 11/18
        ("P28", "A comma does not join two sentences: end the first with a full stop."),
        ("P10", "A lone '{mark}' marks nothing: delete it."),
        # Session 44, over the 646 folders (newest two hundred heldout446-645, the bodies):
        # P13 (warning) 330/458, newest 102/155; P5 (error) 169/231, newest 61/93; W27
        # (warning) 3/10
        ("P13", "No comma between the subject and its predicate '{word}'."),
        ("P5", "This mark has no partner."),
        ("W27", "'{word}' is a particle of speech; news text leaves it out."),
    }
)


# The same for one word of a reading that names its word ('{word}'): the reading stays as
# it is for every other word.
NOTE_WORDS: dict[tuple[str, str], frozenset[str]] = {
    # 5/10 of the newest; a remission's kind ('Remisi Umum', 'Remisi Khusus', 'Remisi
    # Dasawarsa') 5/15 (session 28)
    ("K14", "'{word}' is a common noun, not a name: lowercase in running text."): frozenset(
        {"pemasyarakatan", "remisi umum", "remisi khusus", "remisi dasawarsa"}
        # session 35, over heldout1-383: 'kekayaan intelektual' 11/25, 'pemerintah daerah' 20/34
        | {"kekayaan intelektual", "pemerintah daerah"}
        # over all 616 folders (session 43): 'penelitian kemasyarakatan' 8/15 ('pembimbing
        # kemasyarakatan', 21/33, stays: K2 would report the same words as a warning)
        | {"penelitian kemasyarakatan"}
        | {"pemerintah desa"}  # 35/51, newest 11/20 (session 43's end)
    ),
    # 9/14; identity papers spelled out, 10/23 (session 28)
    ("K3", "'{word}' is written in lowercase in the middle of a sentence."): frozenset(
        {"anak", "kartu tanda penduduk", "kartu tanda penduduk elektronik", "kartu keluarga"}
        | {"pembinaan"}  # 8/13 (session 35)
        | {"sumber daya manusia"}  # 11/17 of K3's findings (session 36)
        # session 43, over all 616 folders: 'kantor' 31/46 (newest two hundred 5/14), 'kantor
        # wilayah' 3/10, 'pekerja migran indonesia' 13/20
        | {"kantor", "kantor wilayah", "pekerja migran indonesia"}
        | {"tingkat", "staf"}  # 9/15 and 10/16 over the 638 folders (session 43's end)
    ),
    # 'kabupaten' as a common noun 33/40, newest 6/10 (session 44, the 646 folders)
    ("K3", "'{word}' is a common noun, not a name: lowercase in running text."): frozenset(
        {"kabupaten"}
    ),
    # 'baik … dan' 38/55, newest 8/17; 'baik … atau' 9/14 ('ataupun' 19/19 stays; session 44)
    ("S8", "After 'baik', the second of the pair is '{fix}', not '{word}'."): frozenset(
        {"dan", "atau"}
    ),
    # 'dalam' capitalised in mid-sentence 18/24, newest 5/11 (session 44)
    ("K18", "'{word}' is a function word: lowercase in mid-sentence."): frozenset({"dalam"}),
    # 9/16
    ("P12", "'{word}' joins clauses inside a sentence; it does not open one."): frozenset({"maka"}),
    # khususnya 20/53, terutama 29/35 but 7/12 of the newest, termasuk 3/12; salah satunya
    # 9/15 (session 28)
    ("P18", "A comma goes before '{word}' after a clause."): frozenset(
        {"khususnya", "terutama", "termasuk", "salah satunya"}
        # 'terdiri' 3/13, 'di antaranya' 5/14, 'antara lain' 12/23 (session 35)
        | {"terdiri", "di antaranya", "antara lain"}
    ),
    # ini 11/19, kemudian 6/13
    ("P8", "A comma follows '{word}' at the start of a sentence."): frozenset(
        {"ini", "kemudian", "nah"}  # 'nah' 4/17 (session 35)
        # over heldout1-472: 'tentu' 2/9, 'tentu saja' 0/3, 'harapannya' 6/11, 'terakhir'
        # 3/6 (session 37)
        | {"tentu", "tentu saja", "harapannya", "terakhir"}
        | {"artinya"}  # 12/20 over all 616 folders (session 43)
    ),
    # 'pemerintah' 8/14; 'cuma' 1/15; the editor's 'red' 8/20 (session 35); 'alhamdulillah'
    # in mid-sentence 3/10 (session 36)
    ("K24", "'{word}' is an ordinary word here: lowercase in mid-sentence."): frozenset(
        {"pemerintah", "alhamdulillah"}
        | {"sosialisasi", "koordinasi"}  # 12/19 and 5/10 (session 43's end)
    ),
    ("W27", "'{word}' is a spoken form (KBBI: cak); in news text write '{fix}'."): frozenset(
        {"cuma", "bikin"}  # 'bikin' 6/12 (session 43's end)
    ),
    ("P11", "This abbreviation ends with a period: '{word}'."): frozenset(
        {"red.", "kec."}  # 'Kec' 5/13 (session 44)
    ),
    # session 43, over all 616 folders: 'server' 1/11, 'batch' 5/13, 'tips' 4/11 (English words
    # the writers' offices use as their own); 'juga sekaligus' 2/17
    ("W9", "'{word}' is a foreign word: write it in italics or use an Indonesian word."): (
        frozenset({"server", "batch", "tips"})
    ),
    ("W13", "'{word}' says the same thing twice: write '{fix}'."): frozenset({"juga sekaligus"}),
    # KBBI's 'pembudi daya' for 'pembudidaya': 0/20, the sets leave it (session 28)
    ("W6", "The standard spelling is '{word}'."): frozenset({"pembudi daya"})
    # 'antri' → 'antre' 10/16, 'rejeki' → 'rezeki' 6/11 over the 638 folders (session 43)
    | {"antre", "rezeki"},
    # 'corona' → 'korona' 1/12, 'tahfidz' → 'tahfiz' 5/10 (heldout1-219, session 28); 'Expo'
    # → 'Ekspo' 2/8 (heldout1-399, session 35)
    ("S7", "The standard spelling is '{word}'."): frozenset({"korona", "tahfiz", "ekspo"}),
    # 'hijaiyah' → 'hijaiah' 2/10 (session 28)
    ("S1", "'{word}' is not in the Indonesian word list; did you mean '{fix}'?"): frozenset(
        {"hijaiyah"}
    ),
}


# Readings whose findings on a phrase of several words are notes, their single words staying
# as they are: K24 on a run of capitalised common words ('Pesantren Kilat', 'Kartu Nelayan',
# 'Donor Darah'), 80 of 144 confirmed over heldout1-480, its single words 761 of 899
# (session 37).
NOTE_PHRASES: frozenset[tuple[str, str]] = frozenset(
    {("K24", "'{word}' is an ordinary word here: lowercase in mid-sentence.")}
)


# Readings whose findings are notes when the words right after them match: the serial comma
# before the 'dan' of 'dan lain-lain', 'dan sebagainya' (P7 and P32: 29 of 59 confirmed over
# heldout1-489, 4 of 12 of the eighty newest; before 'dan lainnya' 45 of 45, session 38).
_AND_SO_ON = re.compile(r" (?:lain-lain(?:nya)?|sebagainya|lain sebagainya)\b")
NOTE_AFTER: dict[tuple[str, str], re.Pattern[str]] = {
    (rule_id, "In a list of three or more, a comma goes before '{word}'."): _AND_SO_ON
    for rule_id in ("P7", "P32")
}


def severity_of(
    rule_id: str,
    severity: str,
    message: str,
    params: dict | None = None,
    text: str = "",
    end: int = 0,
) -> str:
    """The severity a finding of ``rule_id`` with ``message`` (and ``params``) is reported
    with; ``text`` is the document and ``end`` where the finding ends in it."""
    if (rule_id, message) in NOTE_READINGS:
        return NOTE
    if (pattern := NOTE_AFTER.get((rule_id, message))) and pattern.match(text, end):
        return NOTE
    if (rule_id, message) in NOTE_PHRASES and params and " " in str(params.get("word", "")):
        return NOTE
    words = NOTE_WORDS.get((rule_id, message))
    if words and params and str(params.get("word", "")).lower() in words:
        return NOTE
    return severity
