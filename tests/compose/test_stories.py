"""The golden corpus of issue 11: stories from invented facts, each with its expected TXT.

Each ``stories/NN-name.json`` is a draft (format version 2) of one kind of Humas story;
``stories/NN-name.txt`` beside it is the article Kabar must export for it, every sentence
read by a Kanwil editor. Together they cover every kind of story and every part a speaker
plays (the last tests say so), plus the facts that change the text: a purpose clause, the
date outside the lead, companions and attendees, paragraphs between speakers, a context
before an introduction, a name first, a group speaker, a quote of two paragraphs, free
attribution verbs, dates after a verb, credits, datelines and photo captions.

A story whose draft lists photos gets them as tiny JPEGs made at run time, so the corpus
holds no binary files.

When a sentence pattern (templates/compose/) or the composer changes, a golden file may no
longer match: the test shows the unified diff. Read the diff before blessing: every changed
sentence must still be what a careful editor would write. Then

    KABAR_BLESS=1 python3 -m pytest tests/compose/test_stories.py

rewrites the golden files from the current composer (the tests that compare pass while
blessing), and ``git diff tests/compose/stories`` shows what changed once more.

Checker findings that are wrong on correct Indonesian are checker bugs: they are listed in
``CHECKER_FALSE_POSITIVES`` by story and rule and marked ``xfail(strict=True)``, so the mark
must go once the checker is fixed.
"""

from __future__ import annotations

import difflib
import io
import json
import os
import shutil
from pathlib import Path

import pytest

from kabar_desktop.check import check_article, check_text
from kabar_desktop.commands.export import load_for_export
from kabar_desktop.compose import compose
from kabar_desktop.export import export_article
from kabar_desktop.model.draft import Draft
from kabar_desktop.model.draft_file import read_draft
from kabar_desktop.model.story import SPEAKER_PARTS, STORY_KINDS, effective_kind

STORIES = Path(__file__).parent / "stories"
DRAFTS = sorted(STORIES.glob("*.json"))
BLESS = os.environ.get("KABAR_BLESS") == "1"

# (check, story) → the checker rules that report an error on its correct Indonesian, and
# why; "txt" is ``kabar check`` of the golden file, "article" ``check_article`` of the draft.
CHECKER_FALSE_POSITIVES: dict[tuple[str, str], dict[str, str]] = {}


class CheckerFalsePositive(AssertionError):
    """Only the known false positives of ``CHECKER_FALSE_POSITIVES`` were reported."""


def _params(check: str, drafts: list[Path]) -> list:
    out = []
    for path in drafts:
        known = CHECKER_FALSE_POSITIVES.get((check, path.stem))
        marks = []
        if known:
            reason = "checker false positive: " + "; ".join(known.values())
            marks.append(pytest.mark.xfail(strict=True, raises=CheckerFalsePositive, reason=reason))
        out.append(pytest.param(path, id=path.stem, marks=marks))
    return out


def _photo_jpeg() -> bytes:
    """A tiny real JPEG: the draft's photos exist only while the test runs."""
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (48, 32), (40, 90, 150)).save(buf, "JPEG", quality=70)
    return buf.getvalue()


def _draft_path(path: Path, tmp_path: Path) -> Path:
    """The draft to read: as it stands, or copied beside freshly made photo files."""
    photos = json.loads(path.read_text(encoding="utf-8")).get("photos") or []
    if not photos:
        return path
    copy = tmp_path / path.name
    shutil.copyfile(path, copy)
    for photo in photos:
        target = tmp_path / photo["file"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(_photo_jpeg())
    return copy


def _exported(path: Path, tmp_path: Path) -> tuple[Draft, str]:
    """The draft and its TXT export, as ``kabar export DRAFT --format txt`` writes it."""
    draft = load_for_export(_draft_path(path, tmp_path))
    out = tmp_path / "export.txt"
    export_article(compose(draft), "txt", out)
    return draft, out.read_text(encoding="utf-8")


def _errors(findings) -> list:
    return [f for f in findings if f.severity == "error"]


def _judge(check: str, story: str, errors: list, what: str) -> None:
    """Fail on any error; raise ``CheckerFalsePositive`` when the errors are exactly the
    story's known false positives (its xfail), so an unexpected error still fails."""
    if not errors:
        return
    listed = [(f.rule, f.text, f.describe()) for f in errors]
    known = CHECKER_FALSE_POSITIVES.get((check, story), {})
    if known and {f.rule for f in errors} <= set(known):
        raise CheckerFalsePositive(f"{what}: {listed}")
    raise AssertionError(f"{what} has errors: {listed}")


def test_the_corpus_has_at_least_32_stories_each_with_its_golden_file():
    assert len(DRAFTS) >= 32
    missing = [p.name for p in DRAFTS if not p.with_suffix(".txt").exists() and not BLESS]
    assert not missing, f"no golden .txt for {missing}"
    orphans = [p.name for p in STORIES.glob("*.txt") if not p.with_suffix(".json").exists()]
    assert not orphans, f"golden files without a draft: {orphans}"


@pytest.mark.parametrize("path", [pytest.param(p, id=p.stem) for p in DRAFTS])
def test_the_txt_export_equals_the_golden_file(path: Path, tmp_path: Path):
    _, text = _exported(path, tmp_path)
    golden = path.with_suffix(".txt")
    if BLESS:
        golden.write_text(text, encoding="utf-8", newline="\n")
        return
    expected = golden.read_text(encoding="utf-8")
    if text != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                text.splitlines(keepends=True),
                fromfile=f"{golden.name} (golden)",
                tofile=f"{golden.name} (composed now)",
            )
        )
        pytest.fail(
            f"{path.name} no longer composes its golden file. Read the diff; bless with "
            f"KABAR_BLESS=1 only if every changed sentence is right:\n{diff}",
            pytrace=False,
        )


@pytest.mark.parametrize("path", _params("txt", DRAFTS))
def test_kabar_check_of_the_golden_file_finds_no_error(path: Path):
    """``kabar check NN-name.txt`` exits 0: the export passes Kabar's own checker."""
    from kabar_desktop.commands.check_cmd import run_check

    golden = path.with_suffix(".txt")
    text = golden.read_text(encoding="utf-8")
    _judge("txt", path.stem, _errors(check_text(text)), f"kabar check {golden.name}")
    assert run_check(golden) == 0


@pytest.mark.parametrize("path", _params("article", DRAFTS))
def test_the_composed_article_checks_without_error(path: Path, tmp_path: Path):
    draft = read_draft(_draft_path(path, tmp_path))
    findings = check_article(compose(draft), draft)
    _judge("article", path.stem, _errors(findings), f"check_article of {path.name}")


def test_every_kind_of_story_and_every_speaker_part_is_exercised(tmp_path: Path):
    drafts = [read_draft(_draft_path(p, tmp_path)) for p in DRAFTS]
    assert {effective_kind(d) for d in drafts} == set(STORY_KINDS)
    assert {s.part for d in drafts for s in d.speakers} == set(SPEAKER_PARTS)


def test_kabar_suggests_the_kind_where_the_writer_left_it_open(tmp_path: Path):
    """Stories with ``"kind": null`` read as the kind their facts point to."""
    suggested = {}
    for path in DRAFTS:
        if json.loads(path.read_text(encoding="utf-8")).get("kind") is None:
            suggested[path.stem] = effective_kind(read_draft(_draft_path(path, tmp_path)))
    assert suggested == {
        "09-rakor-orang-asing-imigrasi-atambua": "partisipasi",
        "16-razia-kamar-hunian-rutan-soe": "pemantauan",
        "24-kunjungan-ombudsman-rutan-ruteng": "kunjungan_diterima",
        "34-lead-sendiri-pks-rutan-bima": "penandatanganan",
    }
