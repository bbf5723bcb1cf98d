"""The checker's recall and precision on hand-marked Indonesian government news (issue 13).

Prints one figure per line, ``name: value unit``. Each file of ``benchmarks/checker_corpus/``
is a news text as published with every error a careful Kanwil editor would mark written as
``{{wrong|fix|family}}`` (``w`` among the flags: a house convention, scored as a warning;
a rule id among them: the rule expected to catch it). Unmarked text is correct by
definition, so every finding on it counts against precision. See the corpus README.

A finding that overlaps a mark is a hit for it; one that overlaps no mark is a false
positive. ``recall_errors`` counts the error marks hit by any finding (an "unknown word"
warning on a misspelling is a hit: the writer looks); ``recall_errors_by_errors`` only those
hit by an error-severity finding; ``recall_errors_without_notes`` those hit by an error or a
warning (a note is a reading the marked sets confirm seldom: kabar_desktop/check/
quiet_readings.py); ``hits_with_fix`` the hits whose finding offers the mark's fix. Errors,
warnings and notes each have their own precision. ``--details`` lists every miss and every
false positive with file, line and context.

    python3 benchmarks/check_quality.py [--details] [FILE or FOLDER ...]

With no argument it scores ``benchmarks/checker_corpus/``; a folder argument scores its
``*.txt`` files (``benchmarks/checker_corpus_heldout/`` is the held-out set).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "benchmarks" / "checker_corpus"
HELDOUT = ROOT / "benchmarks" / "checker_corpus_heldout"  # never used to tune the checker
sys.path.insert(0, str(ROOT))

FAMILIES = ("spelling", "word-form", "capital", "punctuation", "number", "structure")
HEADER_END = "---"
_MARK = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
_RULE_ID = re.compile(r"[AKNPSW]\d{1,2}")
# Findings that span a whole paragraph or title: they speak to a structure mark only, not to
# every misspelling that happens to lie inside them.
_WIDE_RULES = frozenset({"A1", "A2", "A4"})


@dataclass(frozen=True)
class Mark:
    """One marked error: ``start``/``end`` index the published text (``wrong`` is that slice)."""

    start: int
    end: int
    wrong: str
    fix: str
    family: str
    warning: bool = False
    rule: str = ""


@dataclass
class CorpusText:
    """A corpus file read: its header fields, the text as published and its marks."""

    name: str
    header: dict[str, str]
    text: str
    marks: list[Mark] = field(default_factory=list)


class MarkupError(ValueError):
    """A corpus file whose markup cannot be read; the message says where."""


def parse_marked(body: str, name: str = "") -> tuple[str, list[Mark]]:
    """The published text of a marked body and its marks, in order."""
    out: list[str] = []
    marks: list[Mark] = []
    pos = length = 0
    for m in _MARK.finditer(body):
        out.append(body[pos : m.start()])
        length += m.start() - pos
        fields = m.group(1).split("|")
        where = f"{name}: {m.group(0)!r}"
        if len(fields) < 3:
            raise MarkupError(f"{where}: needs wrong|fix|family")
        wrong, fix, family, *flags = fields
        if not wrong:
            raise MarkupError(f"{where}: the wrong text is empty (mark the word beside it)")
        if family not in FAMILIES:
            raise MarkupError(f"{where}: family {family!r} is not one of {FAMILIES}")
        if wrong == fix:
            raise MarkupError(f"{where}: the fix equals the wrong text")
        rule = ""
        for flag in flags:
            if flag == "w":
                continue
            if not _RULE_ID.fullmatch(flag):
                raise MarkupError(f"{where}: unknown flag {flag!r}")
            rule = flag
        marks.append(Mark(length, length + len(wrong), wrong, fix, family, "w" in flags, rule))
        out.append(wrong)
        length += len(wrong)
        pos = m.end()
    rest = body[pos:]
    if "{{" in rest or "}}" in rest:
        raise MarkupError(f"{name}: an unclosed or stray '{{{{'/'}}}}'")
    out.append(rest)
    return "".join(out), marks


def parse_corpus_text(raw: str, name: str = "") -> CorpusText:
    """Read one corpus file: ``# key: value`` header lines, a ``---`` line, the marked body."""
    lines = raw.split("\n")
    try:
        end = lines.index(HEADER_END)
    except ValueError:
        raise MarkupError(f"{name}: no '{HEADER_END}' line after the header") from None
    header: dict[str, str] = {}
    for line in lines[:end]:
        if not line.strip():
            continue
        if not line.startswith("# ") or ":" not in line:
            raise MarkupError(f"{name}: header line {line!r} is not '# key: value'")
        key, _, value = line[2:].partition(":")
        key = key.strip()
        header[key] = f"{header[key]} {value.strip()}" if key in header else value.strip()
    text, marks = parse_marked("\n".join(lines[end + 1 :]).strip("\n") + "\n", name)
    return CorpusText(name, header, text, marks)


def corpus_files(paths: list[str] | None = None) -> list[Path]:
    """The files to score: each path a corpus file or a corpus folder (its ``*.txt``)."""
    if not paths:
        return sorted(CORPUS.glob("*.txt"))
    files: list[Path] = []
    for p in map(Path, paths):
        files.extend(sorted(p.glob("*.txt")) if p.is_dir() else [p])
    return files


def read_corpus(paths: list[str] | None = None) -> list[CorpusText]:
    return [parse_corpus_text(p.read_text(encoding="utf-8"), p.name) for p in corpus_files(paths)]


def _matches(finding, m: Mark) -> bool:
    """Whether ``finding`` speaks to mark ``m``: their spans overlap."""
    if finding.rule in _WIDE_RULES and m.family != "structure":
        return False
    if finding.start == finding.end:  # a finding at one point: inside or at the mark's edge
        return m.start <= finding.start <= m.end
    return finding.start < m.end and m.start < finding.end


def _where(text: str, start: int) -> str:
    line = text.count("\n", 0, start) + 1
    col = start - (text.rfind("\n", 0, start) + 1) + 1
    return f"{line}:{col}"


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    a, b = max(0, start - width), min(len(text), end + width)
    snippet = f"{text[a:start]}[{text[start:end]}]{text[end:b]}"
    return snippet.replace("\n", " ¶ ")


@dataclass
class Score:
    marks: int = 0
    marks_w: int = 0
    hit: int = 0
    hit_by_error: int = 0
    hit_w: int = 0
    hit_with_fix: int = 0
    errors: int = 0
    errors_right: int = 0
    warnings: int = 0
    warnings_right: int = 0
    hit_without_notes: int = 0
    notes: int = 0
    notes_right: int = 0
    family_marks: Counter = field(default_factory=Counter)
    family_hits: Counter = field(default_factory=Counter)
    rule_findings: Counter = field(default_factory=Counter)
    rule_false: Counter = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)


def score(texts: list[CorpusText], check=None) -> Score:
    """Match the findings of ``check`` (default: ``check_text``) to each text's marks."""
    from kabar_desktop.check import ERROR, NOTE, check_text

    check = check or check_text
    s = Score()
    for ct in texts:
        findings = check(ct.text)
        for m in ct.marks:
            hits = [f for f in findings if _matches(f, m)]
            if m.warning:
                s.marks_w += 1
                s.hit_w += bool(hits)
            else:
                s.marks += 1
                s.family_marks[m.family] += 1
                if hits:
                    s.hit += 1
                    s.family_hits[m.family] += 1
                    s.hit_by_error += any(f.severity == ERROR for f in hits)
                    s.hit_without_notes += any(f.severity != NOTE for f in hits)
                    s.hit_with_fix += any(_gives_fix(ct.text, f, m) for f in hits)
            if not hits:
                kind = "warning" if m.warning else "error"
                s.misses.append(
                    f"{ct.name}:{_where(ct.text, m.start)} miss {kind} {m.family}"
                    f"{' ' + m.rule if m.rule else ''}: {m.wrong!r} → {m.fix!r}"
                    f" | {_context(ct.text, m.start, m.end)}"
                )
        for f in findings:
            right = any(_matches(f, m) for m in ct.marks)
            s.rule_findings[f.rule] += 1
            if f.severity == ERROR:
                s.errors += 1
                s.errors_right += right
            elif f.severity == NOTE:
                s.notes += 1
                s.notes_right += right
            else:
                s.warnings += 1
                s.warnings_right += right
            if not right:
                s.rule_false[f.rule] += 1
                fix = "" if f.suggestion is None else f" (fix {f.suggestion!r})"
                s.false_positives.append(
                    f"{ct.name}:{_where(ct.text, f.start)} false {f.severity} {f.rule}:"
                    f" {f.describe()}{fix} | {_context(ct.text, f.start, f.end)}"
                )
    return s


def _gives_fix(text: str, finding, m: Mark) -> bool:
    """Whether applying the finding's suggestion yields the mark's fix around the mark."""
    if finding.suggestion is None:
        return False
    a, b = min(finding.start, m.start), max(finding.end, m.end)
    fixed = text[a : finding.start] + finding.suggestion + text[finding.end : b]
    wanted = text[a : m.start] + m.fix + text[m.end : b]
    return fixed == wanted


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}" if whole else "n/a"


def report(s: Score, texts: list[CorpusText]) -> list[str]:
    words = sum(len(ct.text.split()) for ct in texts)
    false = (s.errors - s.errors_right) + (s.warnings - s.warnings_right)
    false += s.notes - s.notes_right
    lines = [
        f"texts: {len(texts)} files",
        f"words: {words} words",
        f"recall_errors: {_pct(s.hit, s.marks)} %",
        f"recall_errors_by_errors: {_pct(s.hit_by_error, s.marks)} %",
        f"recall_errors_without_notes: {_pct(s.hit_without_notes, s.marks)} %",
        f"recall_warnings: {_pct(s.hit_w, s.marks_w)} %",
        f"precision_errors: {_pct(s.errors_right, s.errors)} %",
        f"precision_warnings: {_pct(s.warnings_right, s.warnings)} %",
        f"precision_notes: {_pct(s.notes_right, s.notes)} %",
        f"marked_errors: {s.marks} marks",
        f"marked_warnings: {s.marks_w} marks",
        f"hits_errors: {s.hit} marks",
        f"hits_warnings: {s.hit_w} marks",
        f"hits_with_fix: {s.hit_with_fix} marks",
        f"found_errors: {s.errors} findings",
        f"found_warnings: {s.warnings} findings",
        f"found_notes: {s.notes} findings",
        f"false_positives: {false} findings",
    ]
    for family in FAMILIES:
        lines.append(
            f"recall_errors_{family.replace('-', '_')}: "
            f"{_pct(s.family_hits[family], s.family_marks[family])} %"
            f" ({s.family_hits[family]}/{s.family_marks[family]})"
        )
    return lines


def details(s: Score) -> list[str]:
    out = ["", "# findings and false positives by rule"]
    for rule, n in sorted(s.rule_findings.items()):
        out.append(f"{rule}: {n} found, {s.rule_false[rule]} false")
    out += ["", f"# misses ({len(s.misses)})", *s.misses]
    out += ["", f"# false positives ({len(s.false_positives)})", *s.false_positives]
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "files", nargs="*", help="corpus files or folders (default: benchmarks/checker_corpus/)"
    )
    parser.add_argument("--details", action="store_true", help="list misses and false alarms")
    args = parser.parse_args(argv)
    # The office's own word list must not colour the measurement.
    os.environ.setdefault("KABAR_HOME", tempfile.mkdtemp(prefix="kabar-quality-"))
    texts = read_corpus(args.files)
    s = score(texts)
    print("\n".join(report(s, texts)))
    if args.details:
        print("\n".join(details(s)))


if __name__ == "__main__":
    main()
