"""Acceptance of issue 11 on real published articles.

Each ``acceptance/NN-name.json`` holds the facts of one article a Humas office published (a
Lapas, Rutan, Rudenim, Kantor Imigrasi or Kanwil), typed into a version-2 draft as a writer
would type them (quotes and paragraphs in other words). ``acceptance/NN-name.points.json``
beside it records the article's structural points as published (its source, the dateline,
the date, who and what open the lead, how each speaker is introduced, the attribution tails,
the closing) and, for each, what Kabar's composed TXT must show.

Where the published form breaks the house style (shared/house-style.md wins over an
article's own slips: a date without its year, a comma outside the quote mark, a news site's
name in the dateline), the point says so in ``house_style`` and checks the house form. A
point Kabar cannot meet because the draft format cannot express it is marked ``unmet`` and
expected to fail (``xfail(strict=True)``): the day the format learns it, the mark must go.
``gap`` notes a limit the draft works around; ``via`` says when the writer's own text carries
the point rather than Kabar's sentences.

The drafts are composed without ``kabar export``'s completeness gate: some real articles
close without a credit, which the export requires of a writer (model/completeness.py).
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

from kabar_desktop.compose import compose
from kabar_desktop.export import export_article
from kabar_desktop.model.draft_file import read_draft

ACCEPTANCE = Path(__file__).parent / "acceptance"
DRAFTS = sorted(p for p in ACCEPTANCE.glob("*.json") if not p.name.endswith(".points.json"))

_DATELINE = re.compile(r"^.{1,60}? (?:--|-|–|—) (?=\S)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_DATE = re.compile(r"\(\d{1,2}/\d{1,2}/\d{4}\)")
_QUOTE_CLOSE = re.compile(r'(?:,|[?!])" ')
_CREDIT_END = re.compile(r"\([^()]*\)$")


def _points_file(draft: Path) -> Path:
    return draft.with_name(draft.stem + ".points.json")


@cache
def _composed(draft: Path, out_dir: Path) -> str:
    """The TXT that ``kabar export --format txt`` writes for the draft."""
    out = out_dir / (draft.stem + ".txt")
    export_article(compose(read_draft(draft)), "txt", out)
    return out.read_text(encoding="utf-8")


class Article:
    """The composed TXT read as an editor reads it: title, lead, paragraphs."""

    def __init__(self, text: str):
        self.paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
        self.lead_paragraph = self.paragraphs[1]
        self.body = self.paragraphs[2:]
        m = _DATELINE.match(self.lead_paragraph)
        self.dateline = m.group(0) if m else ""
        self.lead_body = self.lead_paragraph[len(self.dateline) :]
        sentences = _SENTENCE_END.split(self.lead_body)
        self.lead = sentences[0]
        # What follows the lead sentence: the rest of its paragraph, else the next paragraph.
        rest = " ".join(sentences[1:])
        self.after_lead = rest or (self.body[0] if self.body else "")

    def quote_ends(self) -> list[tuple[int, str]]:
        """(index in paragraphs, attribution tail) of every quote's last paragraph."""
        out = []
        for i, p in enumerate(self.paragraphs):
            if not p.startswith('"'):
                continue
            closes = list(_QUOTE_CLOSE.finditer(p))
            if not closes:
                continue  # an opening paragraph of a quote of several paragraphs
            tail = p[closes[-1].end() :]
            if i == len(self.paragraphs) - 1:
                tail = _CREDIT_END.sub("", tail).rstrip()
            out.append((i, tail))
        return out


def _in_order(text: str, parts: list[str]) -> bool:
    pos = 0
    for part in parts:
        found = text.find(part, pos)
        if found < 0:
            return False
        pos = found + len(part)
    return True


def _check(article: Article, check: dict) -> list[str]:
    """What in the composed article fails the point's check (empty: it holds)."""
    failures: list[str] = []
    lead = article.lead
    for key, want in check.items():
        if key == "dateline":
            if want is None:
                ok = article.dateline == ""
            else:
                city, tag, dash = want["city"], want["tag"], want["dash"]
                ok = article.dateline == (f"{city}, {tag} {dash} " if tag else f"{city} {dash} ")
            if not ok:
                failures.append(f"dateline {article.dateline!r}, expected {want!r}")
        elif key == "lead_opens":
            if not lead.startswith(want):
                failures.append(f"lead does not open with {want!r}: {lead!r}")
        elif key == "lead_starts":
            subject = lead.split(", ", 1)[1] if check.get("after_purpose") else lead
            if not subject.startswith(want):
                failures.append(f"lead's subject is not {want!r}: {lead!r}")
        elif key == "after_purpose":
            continue
        elif key == "lead_verb":
            if not any(verb in lead for verb in want):
                failures.append(f"lead has none of {want}: {lead!r}")
        elif key == "lead_parts":
            if not _in_order(lead, want):
                failures.append(f"lead lacks {want} in order: {lead!r}")
        elif key == "after_lead_starts":
            if not article.after_lead.startswith(want):
                failures.append(f"after the lead: {article.after_lead[:80]!r}, expected {want!r}")
        elif key == "after_lead_parts":
            if not _in_order(_SENTENCE_END.split(article.after_lead)[0], want):
                failures.append(f"the sentence after the lead lacks {want}")
        elif key == "date":
            failures += _check_date(article, want)
        elif key == "intro":
            failures += _check_intro(article, want)
        elif key == "attribution":
            failures += _check_attribution(article, want)
        elif key == "quotes":
            found = len(article.quote_ends())
            if found != want:
                failures.append(f"{found} quotes, expected {want}")
        elif key == "credit":
            failures += _check_credit(article, want, check.get("place"))
        elif key == "place":
            continue
        else:
            raise AssertionError(f"unknown check {key!r}")
    return failures


def _check_date(article: Article, want: dict) -> list[str]:
    where, text = want["where"], want.get("text", "")
    lead = article.lead
    if where == "lead_end":
        ok = lead.endswith(f", {text}.")
    elif where == "after_lead":
        ok = text not in lead and text in _SENTENCE_END.split(article.after_lead)[0]
    elif where == "none":
        ok = not _DATE.search(lead)
    else:
        raise AssertionError(f"unknown date place {where!r}")
    return [] if ok else [f"date {text!r} not at {where}: lead {lead!r}"]


def _check_intro(article: Article, want: dict) -> list[str]:
    """Some body paragraph opens with ``starts``, holds ``parts`` in order and ``also``
    anywhere (and stands before the ``before_quote``-th quote)."""
    limit = len(article.paragraphs)
    if "before_quote" in want:
        ends = article.quote_ends()
        n = want["before_quote"]
        limit = ends[n - 1][0] if len(ends) >= n else -1
    for p in article.paragraphs[2:limit]:
        opens = p.startswith(want.get("starts", ""))
        anywhere = all(w in p for w in want.get("also", []))
        if opens and _in_order(p, want.get("parts", [])) and anywhere:
            return []
    return [f"no paragraph opens with {want.get('starts', '')!r} holding {want.get('parts')}"]


def _check_attribution(article: Article, want: dict) -> list[str]:
    ends = article.quote_ends()
    n = want["n"]
    if len(ends) < n:
        return [f"only {len(ends)} quotes, expected a quote {n}"]
    tail = ends[n - 1][1]
    if "tail" in want and tail != want["tail"]:
        return [f"quote {n} closes with {tail!r}, expected {want['tail']!r}"]
    if "tail_re" in want and not re.match(want["tail_re"], tail):
        return [f"quote {n} closes with {tail!r}, expected /{want['tail_re']}/"]
    return []


def _check_credit(article: Article, credit: str | None, place: str | None) -> list[str]:
    last = article.paragraphs[-1]
    if credit is None:
        return [f"a credit closes the article: {last[-40:]!r}"] if _CREDIT_END.search(last) else []
    if place == "own_line":
        ok = last == credit
    else:  # inline: after the last full stop (or a closing quote mark), one space before it
        ok = bool(re.search(r'[.!?"] ' + re.escape(credit) + "$", last))
    return [] if ok else [f"closing {last[-60:]!r}, expected {credit!r} {place}"]


def _point_params() -> list:
    out = []
    for draft in DRAFTS:
        for point in json.loads(_points_file(draft).read_text(encoding="utf-8"))["points"]:
            marks = []
            if point.get("unmet"):
                reason = f"the draft format cannot express it: {point.get('gap', '')}"
                marks.append(pytest.mark.xfail(strict=True, reason=reason))
            name = f"{draft.stem[:2]}-{point['id']}"
            out.append(pytest.param(draft, point, id=name, marks=marks))
    return out


def test_ten_real_articles_each_with_its_points():
    assert len(DRAFTS) >= 8
    for draft in DRAFTS:
        data = json.loads(_points_file(draft).read_text(encoding="utf-8"))
        assert data["source"]["url"].startswith("https://"), draft.name
        assert data["points"], draft.name


@pytest.mark.parametrize(("draft", "point"), _point_params())
def test_the_composed_article_keeps_the_published_structure(draft, point, tmp_path_factory):
    text = _composed(draft, tmp_path_factory.getbasetemp())
    failures = _check(Article(text), point["check"])
    published = point["published"]
    assert not failures, f"{draft.name}: {point['id']} (published: {published}): {failures}"


@pytest.mark.parametrize("draft", [pytest.param(d, id=d.stem) for d in DRAFTS])
def test_kabar_check_of_the_composed_txt_finds_no_error(draft, tmp_path_factory):
    """``kabar check NN-name.txt`` of the composed article exits 0."""
    from kabar_desktop.check import check_text
    from kabar_desktop.commands.check_cmd import run_check

    base = tmp_path_factory.getbasetemp()
    _composed(draft, base)
    out = base / (draft.stem + ".txt")
    findings = check_text(out.read_text(encoding="utf-8"))
    errors = [(f.rule, f.text) for f in findings if f.severity == "error"]
    assert not errors, f"kabar check {out.name}: {errors}"
    assert run_check(out) == 0
