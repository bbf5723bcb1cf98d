"""Check a plain article or a composed one; apply a finding's fix.

``check_article`` checks the article's plain text (see ``article_text``) and drops every
finding that lies wholly in what Kabar composed: the lead's and introductions' own words,
attribution verbs, dates, the credit. What remains concerns the writer's words, and each
finding inside one field says which field and where in it, so the editor can underline it
where it was typed.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import replace

from kabar_desktop.pattern_cache import cached_patterns

with cached_patterns():  # the rules' ~190 patterns, compiled once per installation
    from kabar_desktop.check.article_text import Placed, PlainArticle, plain_article
    from kabar_desktop.check.document import Doc
    from kabar_desktop.check.finding import Finding, Ignores
    from kabar_desktop.check.marks import read_marks
    from kabar_desktop.check.rules import RULES, run_rules
    from kabar_desktop.check.spelling import one_speller
    from kabar_desktop.check.verbs import unknown_verbs
    from kabar_desktop.compose.document import Article
    from kabar_desktop.compose.inline import tidy
    from kabar_desktop.model.draft import Draft, Paragraph, Statement
    from kabar_desktop.model.field_path import parse_or_none, resolve

# Findings that span a whole paragraph do not hide a misspelling inside it.
_WIDE_RULES = frozenset({"A1", "A2", "A4", "P4"})
# Findings on what the writer chose in a field the article shows in Kabar's own words (the
# attribution verb): kept, naming that field.
_CHOSEN_RULES = frozenset({"A8"})
_NAME_FIELDS = (".name", ".short_name", "organizer", "dateline", "venue")


def check_text(
    text: str,
    *,
    ignores: Ignores | None = None,
    rules: Iterable[str] | None = None,
    strict: bool = False,
) -> list[Finding]:
    """Findings for a plain article (each line a paragraph; see ``Doc.from_text``).

    WhatsApp's well-formed ``*…*`` and ``_…_`` are read as emphasis (marks.py); offsets
    index ``text`` as given, marks included."""
    plain = read_marks(text)
    doc = Doc.from_text(plain.text, italic=plain.italic)
    return _finish([plain.to_file(f, text) for f in _run(doc, rules, strict)], ignores)


def check_article(
    article: Article,
    draft: Draft | None = None,
    *,
    ignores: Ignores | None = None,
    rules: Iterable[str] | None = None,
    include_composed: bool = False,
    strict: bool = False,
) -> list[Finding]:
    """Findings for a composed article, offsets into its plain text.

    With ``draft`` (the one it was composed from), ``field_start``/``field_end`` index the
    field's text as Kabar tidies it (``tidy``: one space between words, none at the ends);
    ``raw_span`` maps them onto the text as typed. Without it they index the field's own
    words as the article shows them, WhatsApp marks restored. ``include_composed`` keeps the
    findings in Kabar's own words (tests use it to prove there are none).
    """
    plain = plain_article(article)
    doc = Doc(
        plain.text,
        plain.paras,
        mode="article",
        italic=plain.italic_spans(),
        frame=plain.frame_spans(),
    )
    given = {
        word
        for p in plain.placed
        if p.run.source.endswith(_NAME_FIELDS)
        for word in p.run.text.split()
    }
    doc.names |= given
    # The names the draft gives, the other party's too: S1 takes none of them for a typo.
    doc.given_names = given | {
        word for p in plain.placed if p.run.source == "counterpart" for word in p.run.text.split()
    }
    if draft is not None:
        doc.unknown_verbs = unknown_verbs(plain, draft)
    chosen = {(v.start, v.end): v.field for v in doc.unknown_verbs}
    found = _run(doc, rules, strict)
    mapper = _FieldMapper(plain, draft)
    out = []
    for f in found:
        placed = mapper.overlapping(f.start, f.end)
        if f.rule in _CHOSEN_RULES and (f.start, f.end) in chosen:
            block = placed[0].block_source if placed else ""
            out.append(replace(f, block=block, field=chosen[f.start, f.end]))
            continue
        if not include_composed and placed and all(p.composed for p in placed):
            continue
        out.append(mapper.locate(f, placed))
    return _finish(out, ignores)


def _run(doc: Doc, rules: Iterable[str] | None, strict: bool) -> list[Finding]:
    with one_speller():  # the office word list is looked at once per check
        return _run_pinned(doc, rules, strict)


def _run_pinned(doc: Doc, rules: Iterable[str] | None, strict: bool) -> list[Finding]:
    try:
        found = run_rules(doc, rules)
    except Exception:
        if strict:
            raise
        import logging  # only here: it cost every ``kabar check`` ~3 ms at start-up

        log = logging.getLogger(__name__)
        log.exception("the house-style check failed; rules run one by one")
        found = []
        for rule_id in rules if rules is not None else RULES:
            try:
                found += run_rules(doc, [rule_id])
            except Exception:  # noqa: BLE001 - one broken rule must not stop the others
                log.exception("rule %s failed", rule_id)
        found.sort(key=lambda f: (f.start, f.end, f.rule))
    return _without_duplicates(found)


def _without_duplicates(found: list[Finding]) -> list[Finding]:
    """One finding per rule and span, one per span and fix (two rules that ask for the same
    change say it once: the error if one is), one per slip (``_one_per_slip``); no spelling
    finding where a rule says more, no W9 where S7 respells the loan, W6 closes the compound
    or S9 writes the brand as its owner does, no S7 inside a foreign phrase W9 reports."""
    found = _without_contradictions(_one_per_slip(_one_per_fix(found)))
    seen: set[tuple[str, int, int]] = set()
    spans = sorted((f.start, f.end) for f in found if f.rule != "S1" and f.rule not in _WIDE_RULES)
    starts = [s for s, _ in spans]
    longest = max((e - s for s, e in spans), default=0)
    respelt = {(f.start, f.end) for f in found if f.rule in ("S7", "S9")}
    foreign = [(f.start, f.end) for f in found if f.rule == "W9"]
    compounds = [(f.start, f.end) for f in found if f.rule == "W6" and " " in f.text]
    out = []
    for f in found:
        key = (f.rule, f.start, f.end)
        if key in seen or (f.rule == "W9" and (f.start, f.end) in respelt):
            continue  # "motto": S7 gives KBBI's spelling of the loan ("moto"), W9 says less
        if f.rule in ("W9", "W34") and any(s <= f.start and f.end <= e for s, e in compounds):
            continue  # "stop kontak", "menumbuh kembangkan": W6 closes KBBI's compound
        if f.rule == "S7" and any(
            s <= f.start and f.end <= e and e - s > f.end - f.start for s, e in foreign
        ):
            continue  # "press tour": the English phrase is italic as a whole (W9)
        seen.add(key)
        if f.rule == "S1":
            lo = bisect.bisect_left(starts, f.start - longest)
            hi = bisect.bisect_left(starts, f.end)
            if any(spans[k][1] > f.start for k in range(lo, hi)):
                continue
        out.append(f)
    return out


def _without_contradictions(found: list[Finding]) -> list[Finding]:
    """No K3 finding that lowercases a word which a wider capital finding's fix keeps as it
    is: 'Kepala seksi Pembinaan' is one position (K1 → 'Kepala Seksi Pembinaan'), and its
    'Pembinaan' is no common noun to lower (heldout23); nor the word right after a K1 post,
    the office K1 read it before ('menteri Agama' → 'Menteri Agama', the fifth probe); and no
    P13 deleting the comma that closes an apposition P33 or P6 opens."""
    wide = [f for f in found if f.rule.startswith("K") and f.rule != "K3" and f.suggestion]

    def kept_by(f: Finding, w: Finding) -> bool:
        if w.rule == "K1" and f.start == w.end + 1:
            return True  # "menteri Agama": K1 capitalises the post for the office it names
        if not (w.start <= f.start and f.end <= w.end) or (w.start, w.end) == (f.start, f.end):
            return False
        fix = w.suggestion or ""
        if len(fix) != w.end - w.start:
            return False  # the wider fix moves letters: no place-by-place reading
        return fix[f.start - w.start : f.end - w.start] == f.text

    # "… Bali I Putu Surya Darma, menerangkan": P33 opens the apposition the comma closes; P13
    # would delete that comma (probes 29 and 30).
    closed = {f.end for f in found if f.rule in ("P33", "P6")}
    found = [f for f in found if not (f.rule == "P13" and f.start in closed)]
    return [f for f in found if f.rule != "K3" or not any(kept_by(f, w) for w in wide)]


def _one_per_fix(found: list[Finding]) -> list[Finding]:
    from kabar_desktop.check.finding import RANK

    chosen: dict[tuple[int, int, str], Finding] = {}
    for f in found:
        if f.suggestion is None:
            continue
        key = (f.start, f.end, f.suggestion)
        if key not in chosen or RANK[f.severity] > RANK[chosen[key].severity]:
            chosen[key] = f
    if len(chosen) == sum(f.suggestion is not None for f in found):
        return found
    keep = {id(f) for f in chosen.values()}
    return [f for f in found if f.suggestion is None or id(f) in keep]


def _edit(f: Finding) -> tuple[int, int, str]:
    """The change ``f``'s fix makes, narrowed to the characters it changes: (start, end,
    replacement)."""
    old, new = f.text, f.suggestion or ""
    p = 0
    while p < len(old) and p < len(new) and old[p] == new[p]:
        p += 1
    q = 0
    while q < len(old) - p and q < len(new) - p and old[-1 - q] == new[-1 - q]:
        q += 1
    return f.start + p, f.end - q, new[p : len(new) - q]


def _one_per_slip(found: list[Finding]) -> list[Finding]:
    """One finding for one slip (round 24): where two findings' spans share characters, the
    one whose fix makes the very change the other's makes is dropped (``Dalam sambutannya``
    → ``sambutannya,`` twice: the error kept over the warning); two punctuation findings on
    one mark that change its different sides (``” Kami``: the mark turned, the space after
    it; `` ,dengan``: the space before, the space after) become one, whose fix makes both
    changes."""
    from kabar_desktop.check.finding import RANK, louder

    fixed = sorted(
        (f for f in found if f.suggestion is not None and f.rule not in _WIDE_RULES),
        key=lambda f: (f.start, f.end),
    )
    gone: set[int] = set()
    merged: dict[int, Finding] = {}  # an original finding's id → the finding that stands
    for n, first in enumerate(fixed):
        for m in range(n + 1, len(fixed)):  # no slice: a copy per finding was quadratic
            second = fixed[m]
            if second.start >= first.end or id(first) in gone:
                break
            if id(second) in gone:
                continue
            a, b = merged.get(id(first), first), merged.get(id(second), second)
            louder_second = RANK[b.severity] > RANK[a.severity]
            keep, drop = (second, first) if louder_second else (first, second)
            ea, eb = _edit(a), _edit(b)
            if ea == eb:
                gone.add(id(drop))
                continue
            covered = _deleted_inside(ea, eb) or _deleted_inside(eb, ea)
            if covered and a.rule.startswith("P") and b.rule.startswith("P"):
                # '” Kami': P21 deletes the space that P9's '” ' → '“' rewrites already
                gone.add(id(first) if _deleted_inside(ea, eb) else id(second))
                continue
            both = _both_edits(a, b, ea, eb)
            if both is not None:
                start, end, text, fix = both
                merged[id(keep)] = replace(
                    merged.get(id(keep), keep),
                    start=start,
                    end=end,
                    text=text,
                    suggestion=fix,
                    severity=louder(a.severity, b.severity),
                    params={**keep.params, "fix": fix} if "fix" in keep.params else keep.params,
                )
                gone.add(id(drop))
    if not gone:
        return found
    return [merged.get(id(f), f) for f in found if id(f) not in gone]


def _deleted_inside(small: tuple[int, int, str], big: tuple[int, int, str]) -> bool:
    """``small`` only deletes characters that ``big``'s change rewrites."""
    return small[2] == "" and big[0] <= small[0] and small[1] <= big[1] and small != big


def _both_edits(
    a: Finding, b: Finding, ea: tuple[int, int, str], eb: tuple[int, int, str]
) -> tuple[int, int, str, str] | None:
    """The two punctuation findings' fixes made at once, when they touch one mark (the
    characters their spans share are no letter or digit) on its two sides."""
    if not (a.rule.startswith("P") and b.rule.startswith("P")):
        return None
    lo, hi = max(a.start, b.start), min(a.end, b.end)
    text = {a.start + i: ch for i, ch in enumerate(a.text)}
    text.update({b.start + i: ch for i, ch in enumerate(b.text)})
    if any(text[i].isalnum() for i in range(lo, hi)):
        return None
    first, second = sorted((ea, eb))
    if first[1] > second[0] or (first[0] == first[1] == second[0] == second[1]):
        return None  # the changes overlap: not two sides of one mark
    start, end = min(a.start, b.start), max(a.end, b.end)
    span = "".join(text[i] for i in range(start, end))
    fix = (
        span[: first[0] - start]
        + first[2]
        + span[first[1] - start : second[0] - start]
        + second[2]
        + span[second[1] - start :]
    )
    return start, end, span, fix


def _finish(found: list[Finding], ignores: Ignores | None) -> list[Finding]:
    return ignores.apply(found) if ignores is not None else found


class _FieldMapper:
    """Plain-text offsets → the runs they fall in → the field and the offset inside it."""

    def __init__(self, plain: PlainArticle, draft: Draft | None):
        self.placed = plain.placed
        self.starts = [p.start for p in plain.placed]
        self._index = {id(p): i for i, p in enumerate(plain.placed)}
        self.draft = draft
        self._field_texts: dict[str, str | None] = {}
        self._bases: dict[tuple[str, int], int | None] = {}  # by field and first run

    def overlapping(self, start: int, end: int) -> list[Placed]:
        i = max(0, bisect.bisect_right(self.starts, start) - 1)
        out = []
        while i < len(self.placed) and self.placed[i].start < end:
            if self.placed[i].end > start:
                out.append(self.placed[i])
            i += 1
        return out

    def locate(self, f: Finding, placed: list[Placed]) -> Finding:
        block = placed[0].block_source if placed else ""
        source = placed[0].run.source if placed else ""
        one_field = (
            placed
            and not any(p.composed for p in placed)
            and all(p.run.source == source and p.block == placed[0].block for p in placed)
            and all(a.end == b.start for a, b in zip(placed, placed[1:], strict=False))
        )
        if not one_field:
            return replace(f, block=block)
        group = self._group(placed[0])
        key = (source, self._index[id(group[0])])  # one search per group, not per finding:
        if key not in self._bases:  # 80,000 findings in a 200 KB paragraph took minutes
            self._bases[key] = self._base(source, group)
        base = self._bases[key]
        if base is None:
            return replace(f, block=block, field=source)
        return replace(
            f,
            block=block,
            field=source,
            field_start=base + _offset_in(group, f.start, at_end=False),
            field_end=base + _offset_in(group, f.end, at_end=True),
        )

    def _group(self, member: Placed) -> list[Placed]:
        """The consecutive runs of one field in one paragraph that ``member`` belongs to."""
        i = self._index[id(member)]
        lo = hi = i
        while lo > 0 and _joined(self.placed[lo - 1], self.placed[lo]):
            lo -= 1
        while hi + 1 < len(self.placed) and _joined(self.placed[hi], self.placed[hi + 1]):
            hi += 1
        return self.placed[lo : hi + 1]

    def _base(self, source: str, group: list[Placed]) -> int | None:
        """Where the group's words start in the field's tidied text (0 without a draft)."""
        if self.draft is None:
            return 0
        if source not in self._field_texts:
            self._field_texts[source] = field_text(self.draft, source)
        text = self._field_texts[source]
        if text is None:
            return None
        marked = "".join(_marked(p) for p in group)
        for candidate in (marked, marked[:1].swapcase() + marked[1:]):
            i = text.find(candidate)
            if i >= 0:
                return i
        return None


def _joined(a: Placed, b: Placed) -> bool:
    return a.block == b.block and a.end == b.start and a.run.source == b.run.source


def _marked(p: Placed) -> str:
    """The run as the writer typed it: ``_italic_``, ``*bold*``."""
    r = p.run
    if r.italic and r.text.strip():
        return f"_{r.text}_"
    if r.bold and r.text.strip():
        return f"*{r.text}*"
    return r.text


def _offset_in(group: list[Placed], pos: int, *, at_end: bool) -> int:
    offset = 0
    for p in group:
        mark = 1 if _marked(p) != p.run.text else 0
        inside = p.start <= pos < p.end or (at_end and pos == p.end)
        if inside or (not at_end and pos == p.end and p is group[-1]):
            return offset + mark + (pos - p.start)
        offset += len(_marked(p))
    return offset


def field_text(draft: Draft, path: str) -> str | None:
    """The tidied text of the field at ``path`` (``speakers[0].statements[1]``), if any."""
    parts = parse_or_none(path)
    obj = resolve(draft, parts) if parts is not None else None
    if isinstance(obj, Statement | Paragraph):
        obj = obj.text
    return tidy(obj) if isinstance(obj, str) else None


def raw_span(raw: str, start: int, end: int) -> tuple[int, int]:
    """Offsets into ``tidy(raw)`` → offsets into ``raw`` as typed (spaces not collapsed)."""
    positions = _raw_positions(raw)

    def at(i: int) -> int:
        return positions[min(max(i, 0), len(positions) - 1)]

    return at(start), at(end)


@functools.lru_cache(maxsize=2)  # the field being underlined; a 100 KB one's map is ~3 MB
def _raw_positions(raw: str) -> tuple[int, ...]:
    """Where each character of ``tidy(raw)`` stands in ``raw``: made once per text, not once
    per finding (16,000 findings in one 40 KB field held the window for minutes)."""
    positions: list[int] = []
    previous_end = None
    for m in re.finditer(r"\S+", raw):
        if previous_end is not None:
            positions.append(previous_end)
        positions.extend(range(m.start(), m.end()))
        previous_end = m.end()
    positions.append(previous_end if previous_end is not None else 0)
    return tuple(positions)


def apply_fix(text: str, finding: Finding, *, in_field: bool = False) -> str:
    """``text`` with the finding's suggestion in place of its span.

    ``text`` is what was checked (or, with ``in_field``, the field's tidied text). If it
    changed since, the nearest occurrence of the finding's text is fixed instead; a finding
    without a suggestion, or whose text is gone, raises ``ValueError``.
    """
    if finding.suggestion is None:
        raise ValueError(f"finding {finding.rule} has no suggested fix")
    if in_field:
        if finding.field_start is None or finding.field_end is None:
            raise ValueError("the finding is not inside one field")
        start, end = finding.field_start, finding.field_end
    else:
        start, end = finding.start, finding.end
    if _unmarked(text[start:end]) != finding.text:
        found = [m.start() for m in re.finditer(re.escape(finding.text), text)]
        if not found:
            raise ValueError(f"the text no longer holds {finding.text!r}")
        start = min(found, key=lambda s: abs(s - start))
        end = start + len(finding.text)
    return text[:start] + finding.suggestion + text[end:]


def _unmarked(text: str) -> str:
    return re.sub(r"(?<![\w*_])[*_]|[*_](?![\w*_])", "", text)
