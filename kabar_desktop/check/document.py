"""The checked text, read once: paragraphs, sentences, words, italics and the frame.

Every rule reads the same ``Doc`` instead of tokenising again, which keeps a whole check of
a long article within a few milliseconds. The *frame* is the part of the text that belongs
to the article's form rather than its sentences (the dateline ``Kupang - `` and the credit
``(humas/fka)``): findings inside it are dropped.
"""

from __future__ import annotations

import bisect
import re
from collections import namedtuple
from dataclasses import dataclass, field

from kabar_desktop.check.lexicon import ABBREVIATIONS, words
from kabar_desktop.check.quote_marks import after_opening_quote, quote_roles
from kabar_desktop.export.text import CAPTION_LABEL

TYPE_CHECKING = False  # typing costs every ``kabar check`` ~3 ms: no typing.NamedTuple (cli.py)
if TYPE_CHECKING:
    from typing import NamedTuple

    class VerbSpan(NamedTuple):
        start: int  # offsets into the article's plain text: the verb as written ("pujinya")
        end: int
        verb: str  # as the draft has it, lowercase
        field: str  # the draft field it was typed in: "speakers[0].statements[1].verb"

    class Token(NamedTuple):  # a tuple: made ~3× faster than a frozen dataclass, per word
        start: int
        end: int
        text: str
        para: int  # index into Doc.paras
        initial: bool  # first word of a sentence, of a quote, or of the title

else:
    VerbSpan = namedtuple("VerbSpan", "start end verb field")
    Token = namedtuple("Token", "start end text para initial")


WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_OPENERS = "\"'“‘([«"
# A sentence ends at . ! ? … (maybe after a closing quote or bracket) before a space and a
# capital, a digit or an opening quote.
_SENTENCE_END = re.compile(r"(?<![.!?…])(?:[.!?…]+|[?!],)[\"'”’)\]]*\s+(?=[\"'“‘(\[]*[^\W_a-z])")
# The city, maybe an office tag ("Sragen (Humas)", "Kupang, Humas_Unit", "(TO - Binjai)"), then
# a spaced dash; an en or em dash (or "--") may touch a capital ("Humas_Unit–Kegiatan").
# An outlet's name may open with digits ("1Minutesnews, TAPTENG | …"), and a bar between
# spaces parts it from the lead as a dash does.
_DATELINE = re.compile(
    # round 25: an outlet's name with its own hyphen before its domain ('TRIBUN-MEDAN.com')
    r"(?:[^\W\d_]+-(?=[^\W\d_]+\.(?:com|co\.id|id|net|org)\b))?"
    r"(?:(?:[^\W\d_]|\d+[^\W\d_])[\w.'’ ]{0,40}?(?:/[\w.-]+)?(?: \([^()\n]{1,30}\))?"
    r"(?:, ?\(?[\w.'’-]+(?: [\w.'’-]+){0,4}\)?)?|\([^()\n]{1,30}\))"
    r"(?: [-–—|_] | ?(?:[–—]|--) ?(?=[^\W\d_a-z])|(?<=\))-(?=[A-Z]))"
)  # a hyphen glued after the office's tag: "Maros (Humas Maros)-Revitalisasi" (probe35)
def _titled_by_dateline(text: str, prose: list[Para]) -> bool:
    """A first line ending in '!', '?' or a quote mark, before a line that opens with the
    dateline, is the title ("… Gelar Razia!" / "PEKALONGAN, iNews.id – …"; round 26)."""
    first = text[prose[0].start : prose[0].end]
    return (  # or any length of line with no stop (a 25-word title, probe44)
        (first[-1] in '!?"”' or first[-1].isalnum())
        and not _DATELINE.match(first)
        and bool(_DATELINE.match(text[prose[1].start : prose[1].end]))
    )


# The reporter's credit: "(humas/fka)", "(*man)", "(Dede).", or "*man" / "*)Dede" or a bare
# lowercase word (heldout24) after the last stop.
# A slash before initials is a credit too ("… Bidang Pembinaan. /aj", "… pungkasnya. */JEF",
# "… ujarnya./*Red", probe36), as are initials in capitals joined by slashes ("… ke
# mana-mana. HUM/BOY") and initials in brackets after the office's tag ("Diskominfo
# (dn/Nn/Ard)", "Humas Lapas (rz/ed)"): the slash between letters tells initials from a word
# or a date ("Sabtu (21/3/2026)"). Any bracket holds a credit: "[dny/aje]" (round 24).
_CREDIT_FORM = (
    r"(?:(?:[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2} )?\([^\W\d_]{1,12}(?:/[^\W\d_]{1,20}){1,4}\)\.?"
    r"|\([^()\n]{1,60}\)\.?|\[[^\[\]\n]{1,40}\]\.?|\*{1,3}\)?[^\W\d_]{0,20}\*{0,3}"
    r"|\*{3} \([^()\n]{1,60}\)|[—–] [a-z]{2,6}(?:/[a-z]{2,6}){0,3}"  # "*** (Imelda)"; "— iq"
    r"|\*{0,3}/\*?[^\W\d_]{1,8}(?:/[^\W\d_]{1,8}){0,3}|[A-Z]{2,8}(?:/[A-Z]{2,8}){1,3}"
    r"|@[^\W\d_]{2,12}"  # "… Bulungan.@MANDU": the writer's handle (probe101)
    # one bare word in lowercase after the last full stop: "… Ikhlas”. kartia" (not a verb of
    # saying after a quote's comma: '… musik,” katanya')
    r"|(?:(?<=[.!?] )|(?<=[.!?][\"”] ))[a-z]{2,12})"
)
# a second credit in brackets may follow the first: "… ujarnya. (Mu'min/Idham) (Arifin sulsel)"
_CREDIT = re.compile(rf"(?<=[.!?\"”])\s*{_CREDIT_FORM}(?: \([^()\n]{{1,40}}\))?\s*$")
_CREDIT_LINE = re.compile(_CREDIT_FORM)
# Initials with a slash in brackets that end the last paragraph, even with no stop before
# them: '… lanjutnya (Humas/FM)' (probe38).
_INITIALS_AFTER_WORD = re.compile(r"(?<=[^\W\d_]) \([^\W\d_]{2,12}(?:/[^\W\d_]{1,20}){1,3}\)\s*$")
# A last line of one short lowercase word, alone: the reporter's or the release's tag ("rls",
# heldout29), no sentence of the body.
_BARE_CREDIT_LINE = re.compile(r"[a-z]{2,6}\.?")
# A last line that names the contributor ("Kontributor: Humas Lapas Wonreli", heldout149):
# the article's sentences end before it, with their own trailing credit.
CONTRIBUTOR_LINE = re.compile(r"(?:Kontributor|Penulis|Pewarta|Reporter|Editor) ?:")
# Abbreviations whose period ends no sentence: before a name ("Moch. Ali", "Pj. Bupati",
# "RM.", "oleh Mr. Sardar Ali") or an amount ("Rp. 5.000", N6's); "QS. Asy-Syams" (a surah,
# probe53), "SE. 01" (a circular, heldout54), "TA. 2023" (tahun anggaran, probe95), "pk. 11.00"
# (pukul in lowercase, heldout147; "PK." is the Pembimbing Kemasyarakatan ending a sentence).
_MORE_ABBREVIATIONS = words("moch moh muh mhd abd ach pj plt plh rp rm rr kh mr mrs ms qs se ta")
# Short forms that stand before a number ("Jalan Ahmad Yani Km. 85", "Lt. 2 Gedung"; heldout201,
# 215) but are words or units elsewhere ("sejauh 5 km. Warga …", "dalam segala hal. Kami …").
_BEFORE_NUMBER = words("km lt kav hal rt rw nomor")  # "Perka BNPB Nomor. 1 Tahun 2012" (s33)
# An address's RT and RW take their number after a number too: "Rt. 001 Rw. 006" (probe158).
_ADDRESS_PARTS = words("rt rw")
# "Foto: …", "Foto 2: …": a caption line of Kabar's TXT export.
_CAPTION = re.compile(rf"{CAPTION_LABEL}(?: \d{{1,2}})?: ")
_LIST_ITEM = re.compile(r"\s*(?:[-•*]|\d{1,2}[.)]|[a-z][.)])\s")
_TERMINAL = ".!?…"
# A lead opened by the outlet's web name alone, with no dash ("Kasedata.id Dalam rangka …",
# probe101), or by its city with the dash glued to it ("Bandarlampung- Warga …", probe103):
# the word after it is the lead's first.
_LEAD_TAG = re.compile(
    r"[A-Za-z][\w-]*\.(?:co\.id|go\.id|id|com|net) |[A-Z][a-z]{2,20}[-–—] "
    r"|[^\n|]{0,40}\.(?:co\.id|id|com|net) ?\| ?"  # "FLORES TIMUR-Terasbalinews.com|Ditutup"
)
_AFTER_ALL = float("inf")  # sorts after any offset: (start, _AFTER_ALL) follows (start, end)


@dataclass
class Para:
    """A paragraph of the checked text: its span, its kind and its sentences."""

    start: int
    end: int
    kind: str  # title, lead, body, quote, credit or caption
    list_item: bool = False
    sentences: list[tuple[int, int]] = field(default_factory=list)


class Doc:
    """The text with its structure. ``mode`` is ``"text"`` (a plain article) or ``"article"``
    (composed by Kabar: italics known, quotes in Kabar's straight style)."""

    def __init__(
        self,
        text: str,
        paras: list[Para],
        *,
        mode: str = "text",
        italic: list[tuple[int, int]] | None = None,
        frame: list[tuple[int, int]] | None = None,
    ):
        self.text = text
        self.paras = paras
        self.mode = mode
        self.italic = sorted(italic or [])
        self.frame = sorted(frame or [])
        prose = [
            p
            for p in paras
            if p.kind not in ("caption", "credit") and not CONTRIBUTOR_LINE.match(text, p.start)
        ]
        self._last_prose = prose[-1] if prose else None  # its trailing "(humas/fka)": the credit
        for para in paras:
            para.list_item = para.list_item or bool(_LIST_ITEM.match(text, para.start, para.end))
        _items_after_colon(text, paras)
        _tally_lines(text, paras)
        for para in paras:
            self._frame_of(para)
            para.sentences = _sentences(text, para.start, para.end, self.frame)
        self.tokens = self._tokens()
        self._token_starts = [t.start for t in self.tokens]
        # Words seen capitalised mid-sentence: names, even where a sentence starts with one.
        self.names = {t.text for t in self.tokens if t.text[:1].isupper() and not t.initial}
        # The draft's attribution verbs Kabar does not know, where the article writes them
        # (A8). ``check_article`` fills them in from the draft; a plain text has none.
        self.unknown_verbs: list[VerbSpan] = []
        # The words of the names the draft gives (speakers, organizer, venue, the other
        # party): ``check_article`` fills them in; no capitals rule takes them for a common word.
        self.given_names: set[str] = set()
        self._quotes: list[tuple[int, int]] | None = None
        self._by_lower: dict[str, list[int]] | None = None

    # --- building ---------------------------------------------------------------------
    @classmethod
    def from_text(cls, text: str, *, italic: list[tuple[int, int]] | None = None) -> Doc:
        """A plain article: each line is a paragraph (blank lines are ignored); a short first
        line without a final stop is the title; the first paragraph after it is the lead; a
        last one in brackets is the credit; ``Foto: …``, ``Foto 2: …`` lines are captions.
        ``italic``: the spans its reader sees in italics (``check_text`` reads them from
        WhatsApp's ``_…_``, see marks.py)."""
        paras: list[Para] = []
        for m in re.finditer(r"[^\n]+", text):
            start, end = m.start(), m.end()
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start < end:
                paras.append(Para(start, end, "body"))
        for para in paras:
            if _CAPTION.match(text, para.start, para.end):
                para.kind = "caption"
        prose = [p for p in paras if p.kind != "caption"]
        if len(prose) > 1:
            first = text[prose[0].start : prose[0].end]
            dated = _titled_by_dateline(text, prose)
            short = len(first.split()) <= 20
            quoted = first[-1] in '"”' and first[-2:-1] not in _TERMINAL + ","  # '… "Kampung KB"'
            # "… Warga Binaan Berhasil!": one exclaimed sentence of a headline's length (h181)
            exclaimed = first[-1] in "!?" and not _SENTENCE_END.search(first)
            if dated or short and (first[-1] not in _TERMINAL + '"”:' or quoted or exclaimed):
                prose[0].kind = "title"
        for para in prose:
            if para.kind != "title":
                para.kind = "lead"
                break
        last = prose[-1] if prose else None
        if (
            last is not None
            and last.kind == "body"
            and (
                _CREDIT_LINE.fullmatch(text, last.start, last.end)
                or _BARE_CREDIT_LINE.fullmatch(text, last.start, last.end)
            )
        ):
            last.kind = "credit"  # "(humas/fka)" on its own line
        for para in prose:
            if text[para.start] in '"“' and para.kind == "body":
                para.kind = "quote"
        return cls(text, paras, mode="text", italic=italic)

    def _frame_of(self, para: Para) -> None:
        """Add the dateline of the lead, a trailing credit and a caption's label to the frame."""
        chunk = self.text[para.start : para.end]
        if para.kind == "caption" and self.mode == "text":
            m = _CAPTION.match(chunk)
            if m:
                self.frame.append((para.start, para.start + m.end()))
        if para.kind == "lead":
            m = _DATELINE.match(chunk) or _DATELINE.fullmatch(chunk + " X", 0, len(chunk) + 1)
            if m:  # or a dateline on a line of its own: "Bandarlampung (ANTARA) -" (probe46)
                self.frame.append((para.start, para.start + min(m.end(), len(chunk))))
        if para.kind == "credit":
            self.frame.append((para.start, para.end))
        elif self.mode == "text" and para is self._last_prose:
            m = _CREDIT.search(chunk) or _INITIALS_AFTER_WORD.search(chunk)
            if m:
                self.frame.append((para.start + m.start(), para.end))
        self.frame.sort()

    def _tokens(self) -> list[Token]:
        out: list[Token] = []
        for i, para in enumerate(self.paras):
            found = [
                (m.start(), m.end(), m.group())
                for m in WORD.finditer(self.text, para.start, para.end)
            ]
            if para.kind == "title" and "." in self.text[para.start : para.end]:
                found = _without_addresses(self.text, para, found)
            firsts, j = set(), 0
            for s, e in para.sentences:
                while j < len(found) and found[j][0] < s:
                    j += 1
                if j < len(found) and found[j][0] < e:
                    firsts.add(found[j][0])
            if para.list_item and found and found[0][2].islower() and self._goes_on(i):
                firsts.discard(found[0][0])  # "fotokopi KTP;": the item goes on the colon's
                # sentence, its first word in lowercase as EYD V lists it
            for k, (s, e, word) in enumerate(found):
                initial = (
                    s in firsts
                    or (para.kind == "title" and k == 0)
                    or after_opening_quote(self.text, s, para.start)
                    or (k <= 8 and _LEAD_TAG.fullmatch(self.text, para.start, s) is not None)
                )
                out.append(Token(s, e, word, i, initial))
        return out

    def _goes_on(self, i: int) -> bool:
        """Does the paragraph before ``i`` leave its sentence open for the list item ``i`` (a
        colon, a semicolon, a comma, 'dan'/'atau' closing it)? After a full stop an item
        opens a sentence of its own, with a capital."""
        if i == 0:
            return False
        before = self.text[self.paras[i - 1].start : self.paras[i - 1].end]
        return before[-1] in ":;," or before.endswith((" dan", " atau", " serta"))

    # --- queries ----------------------------------------------------------------------
    def para_text(self, para: Para) -> str:
        return self.text[para.start : para.end]

    def in_frame(self, start: int, end: int) -> bool:
        return _inside(self.frame, start, end)

    def is_italic(self, start: int, end: int) -> bool:
        return _inside(self.italic, start, end)

    def token_at(self, offset: int) -> int | None:
        """Index of the token starting at ``offset``."""
        i = bisect.bisect_left(self._token_starts, offset)
        if i < len(self.tokens) and self.tokens[i].start == offset:
            return i
        return None

    def adjacent(self, a: Token, b: Token) -> bool:
        """Two tokens of one paragraph separated by spaces only."""
        if a.para != b.para:
            return False
        if b.start - a.end == 1:  # the usual case, asked thousands of times a check
            return self.text[a.end] == " "
        return self.text[a.end : b.start].strip(" ") == ""

    def same_words(self, lower: str) -> list[int]:
        """The indices of the tokens reading ``lower`` in any case: rules that weigh how an
        article writes a word ask it per candidate, and a scan of every token each time cost a
        3,000-word check ~30 ms."""
        if self._by_lower is None:
            self._by_lower = {}
            for i, t in enumerate(self.tokens):
                self._by_lower.setdefault(t.text.lower(), []).append(i)
        return self._by_lower.get(lower, [])

    def prose_paras(self) -> list[Para]:
        """Paragraphs of running text: the title, the credit and list items excluded."""
        return [p for p in self.paras if p.kind not in ("title", "credit") and not p.list_item]

    def in_quote(self, start: int, end: int | None = None) -> bool:
        """Whether [start, end) lies inside a direct quote, marks included: a speaker's own
        words, which rules about the writer's conventions (time zones, openers) leave alone."""
        if self._quotes is None:
            self._quotes = _quote_spans(self.text, self.paras)
        return _inside(self._quotes, start, start + 1 if end is None else end)


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies in one of ``spans`` (sorted, not overlapping)."""
    if not spans:  # no italics, no quotes: most words of most articles
        return False
    i = bisect.bisect_right(spans, (start, _AFTER_ALL)) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def _quote_spans(text: str, paras: list[Para]) -> list[tuple[int, int]]:
    """The quotes of each paragraph, marks included; one left open runs to its end."""
    out = []
    for para in paras:
        opened: int | None = None
        for i, opening in quote_roles(text, para.start, para.end, doubled=True):
            if opening and opened is None:
                opened = i
            elif not opening and opened is not None:
                out.append((opened, i + 1))
                opened = None
        if opened is not None:
            out.append((opened, para.end))
    return out


def _sentences(
    text: str, start: int, end: int, frame: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    for s, e in frame:  # the dateline is not part of the lead's first sentence
        if s == start and e < end:
            start = e
    out = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        before = text[max(start, m.start() - 12) : m.start()]
        word = re.search(r"(\d ?)?(?<![^\W\d_])(?<![’'])([^\W\d_]+)$", before)  # not "Qur’an."
        # A single letter after a number is its era or unit, no initial: "libur Idulfitri
        # 1446H. Mereka …", "1445 H. Kegiatan …" end the sentence.
        if (
            text[m.start()] == "."
            and word
            and word.group(2).lower() in _BEFORE_NUMBER
            and (not word.group(1) or word.group(2).lower() in _ADDRESS_PARTS)
            and text[m.end() : m.end() + 1].isdigit()
        ):
            continue
        if (
            text[m.start()] == "."
            and word
            and _abbreviation(word.group(2))
            and not (word.group(1) and len(word.group(2)) == 1)
            and not _ROMAN_AFTER_NOUN.search(text, max(start, m.start() - 24), m.start())
        ):
            continue
        out.append((pos, m.start() + len(m.group().rstrip())))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return [(s + _lead_space(text, s, e), e) for s, e in out]


def _lead_space(text: str, s: int, e: int) -> int:
    n = 0
    while s + n < e and text[s + n] in _OPENERS + " ":
        n += 1
    return n


# A list's item after a paragraph that ends with a colon ("… antara lain:"): a short line of
# one noun phrase, with or without its stop ("Kartu Keluarga (KK).", "2 lembar pas foto"). A
# modal or aspect word, 'adalah', or a di-/meN- verb outside a 'yang'/'jika' clause or
# brackets after a subject is a predicate: the line is a sentence again ("Semua dokumen harus
# dibawa …"); a verb that opens the line is a criterion's ('Tidak menerima bantuan PKH').
_ITEM_WORDS = 16
_PREDICATE = re.compile(
    r"\b(?:harus|dapat|akan|wajib|bisa|perlu|telah|sudah|sedang|boleh|mampu|tidak|belum"
    r"|adalah|merupakan|di[a-z]{4,}|me[mny][a-z]{4,}|meng[a-z]{3,})\b"
)
# A clause that hangs on the item's noun, or a condition: its verb is no predicate of the line.
_DEPENDENT = re.compile(r"\((?:[^()]*)\)|\b(?:yang|jika|apabila|bila|bagi|untuk|dengan)\b.*")


def _items_after_colon(text: str, paras: list[Para]) -> None:
    """Mark the lines that follow a paragraph ending with a colon as list items while each is
    one short phrase with no predicate of its own."""
    for k, para in enumerate(paras):
        if para.kind == "caption" or text[para.end - 1] != ":":
            continue
        for item in paras[k + 1 :]:
            if item.kind in ("caption", "credit"):
                break
            line = text[item.start : item.end]
            if not item.list_item and (line[0] in "\"“'‘" or not _item_like(line)):
                break
            item.list_item = True


# A line of a tally: a label, a colon and a count ("Vietnam : 9 orang", "Total: 20 orang").
_TALLY_LINE = re.compile(r"[A-Z][^.:\n]{0,40}?\s?:\s?\d[\d.,]*(?: [a-z]+){0,2}\.?")
_TALLY_RUN = 3  # lines in a row that make a tally, not a sentence that happens to look so


def _tally_lines(text: str, paras: list[Para]) -> None:
    """Mark runs of three or more tally lines as list items (probe43: a page's deportations
    by country, one 'Negara : n orang' a line, drew P4's stop and N1's words on each)."""
    run: list[Para] = []
    for para in paras:
        if para.kind in ("lead", "body") and _TALLY_LINE.fullmatch(text, para.start, para.end):
            run.append(para)
            continue
        _close_tally(run)
        run = []
    _close_tally(run)


def _close_tally(run: list[Para]) -> None:
    if len(run) >= _TALLY_RUN:
        for item in run:
            item.list_item = True


def _item_like(line: str) -> bool:
    body = line.rstrip(".;")
    if len(body.split()) > _ITEM_WORDS or _SENTENCE_END.search(body):
        return False
    found = _PREDICATE.search(_DEPENDENT.sub(" ", re.sub(r"^(?:Tidak|Belum|Bukan) ", "", body)))
    return found is None or found.start() == 0  # no subject before it (probe83)


# A Roman numeral or a letter after the noun it counts ends the sentence at its stop:
# "evaluasi Triwulan I. Dalam kesempatan …" (probe37); a lone capital is otherwise a name's
# initial.
_ROMAN_AFTER_NOUN = re.compile(
    r"\b(?i:triwulan|semester|tahap|kelas|gelombang|angkatan|periode|tingkat|eselon|golongan"
    r"|sesi|kuartal|siklus|jilid|lantai|regu|zona|babak|bab|pasal) [IVX]$"
    r"|\b(?i:paket|blok|tipe|kategori|grup|kelompok|zona|regu) [A-Z]$"  # "Paket B." (probe39)
)


def _abbreviation(word: str) -> bool:
    """``Dok.``, ``S.H.``, ``a.n.``: a period that does not end a sentence."""
    if len(word) == 1:
        return True
    lower = word.lower()
    return lower in ABBREVIATIONS or lower in _MORE_ABBREVIATIONS or word == "pk"


# A web address in a title ("Pemanfaatan infodairi.id ke …"): written as the address is, no
# word of the title to capitalise.
_WEB_ADDRESS = re.compile(
    r"(?<![\w.])(?:www\.)?[^\W_][\w-]*(?:\.[\w-]+)*"
    r"\.(?:com|id|net|org|co|news|info|tv|io)(?![\w-])(?:/\S*)?"
)


def _without_addresses(
    text: str, para: Para, found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    spans = [m.span() for m in _WEB_ADDRESS.finditer(text, para.start, para.end)]
    if not spans:
        return found
    return [w for w in found if not any(s <= w[0] < e for s, e in spans)]
