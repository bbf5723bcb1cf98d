"""The hand-marked corpora of benchmarks/ read cleanly (issue 13).

``checker_corpus/`` is the tuned corpus; ``checker_corpus_heldout/`` and
``checker_corpus_heldout2/`` the first two held-out ones (now development sets);
``checker_corpus_heldout3/`` and ``checker_corpus_heldout4/`` the held-out ones.

Every file parses, names its source (or says it is constructed), and every marked error has
a fix and a rule family, so check_quality.py measures what the editor marked.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kabar_desktop.check.finding import ERROR, WARNING, Finding

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import check_quality as cq  # noqa: E402

HELDOUT2 = cq.CORPUS.parent / "checker_corpus_heldout2"  # read after scoring: a development set
HELDOUT3 = cq.CORPUS.parent / "checker_corpus_heldout3"  # never used to tune the checker
HELDOUT4 = cq.CORPUS.parent / "checker_corpus_heldout4"  # never used to tune the checker
HELDOUT5 = cq.CORPUS.parent / "checker_corpus_heldout5"  # never used to tune the checker
HELDOUT6 = cq.CORPUS.parent / "checker_corpus_heldout6"  # never used to tune the checker
HELDOUT7 = cq.CORPUS.parent / "checker_corpus_heldout7"  # never used to tune the checker
HELDOUT8 = cq.CORPUS.parent / "checker_corpus_heldout8"  # never used to tune the checker
HELDOUT9 = cq.CORPUS.parent / "checker_corpus_heldout9"  # never used to tune the checker
HELDOUT10 = cq.CORPUS.parent / "checker_corpus_heldout10"  # never used to tune the checker
HELDOUT11 = cq.CORPUS.parent / "checker_corpus_heldout11"  # never used to tune the checker
HELDOUT12 = cq.CORPUS.parent / "checker_corpus_heldout12"  # never used to tune the checker
HELDOUT13 = cq.CORPUS.parent / "checker_corpus_heldout13"  # never used to tune the checker
HELDOUT14 = cq.CORPUS.parent / "checker_corpus_heldout14"  # never used to tune the checker
HELDOUT15 = cq.CORPUS.parent / "checker_corpus_heldout15"  # never used to tune the checker
HELDOUT16 = cq.CORPUS.parent / "checker_corpus_heldout16"  # never used to tune the checker
HELDOUT17 = cq.CORPUS.parent / "checker_corpus_heldout17"  # never used to tune the checker
HELDOUT18 = cq.CORPUS.parent / "checker_corpus_heldout18"  # never used to tune the checker
HELDOUT19 = cq.CORPUS.parent / "checker_corpus_heldout19"  # never used to tune the checker
HELDOUT20 = cq.CORPUS.parent / "checker_corpus_heldout20"  # never used to tune the checker
HELDOUT21 = cq.CORPUS.parent / "checker_corpus_heldout21"  # never used to tune the checker
HELDOUT22 = cq.CORPUS.parent / "checker_corpus_heldout22"  # never used to tune the checker
HELDOUT23 = cq.CORPUS.parent / "checker_corpus_heldout23"  # never used to tune the checker

FILES = (
    sorted(cq.CORPUS.glob("*.txt"))
    + sorted(cq.HELDOUT.glob("*.txt"))
    + sorted(HELDOUT2.glob("*.txt"))
    + sorted(HELDOUT3.glob("*.txt"))
    + sorted(HELDOUT4.glob("*.txt"))
    + sorted(HELDOUT5.glob("*.txt"))
    + sorted(HELDOUT6.glob("*.txt"))
    + sorted(HELDOUT7.glob("*.txt"))
    + sorted(HELDOUT8.glob("*.txt"))
    + sorted(HELDOUT9.glob("*.txt"))
    + sorted(HELDOUT10.glob("*.txt"))
    + sorted(HELDOUT11.glob("*.txt"))
    + sorted(HELDOUT12.glob("*.txt"))
    + sorted(HELDOUT13.glob("*.txt"))
    + sorted(HELDOUT14.glob("*.txt"))
    + sorted(HELDOUT15.glob("*.txt"))
    + sorted(HELDOUT16.glob("*.txt"))
    + sorted(HELDOUT17.glob("*.txt"))
    + sorted(HELDOUT18.glob("*.txt"))
    + sorted(HELDOUT19.glob("*.txt"))
    + sorted(HELDOUT20.glob("*.txt"))
    + sorted(HELDOUT21.glob("*.txt"))
    + sorted(HELDOUT22.glob("*.txt"))
    + sorted(HELDOUT23.glob("*.txt"))
)


def test_the_corpus_is_large_enough():
    texts = cq.read_corpus()
    assert len(texts) >= 20
    assert sum(len(t.text.split()) for t in texts) >= 4000
    assert sum(len(t.marks) for t in texts) >= 150


def test_the_heldout_corpus_is_large_enough_and_read_as_a_folder():
    texts = cq.read_corpus([str(cq.HELDOUT)])
    assert len(texts) >= 12
    assert sum(len(t.text.split()) for t in texts) >= 2000
    assert sum(len(t.marks) for t in texts) >= 100
    assert all(t.header["kind"] == "real" for t in texts)
    tuned = {t.header.get("source") for t in cq.read_corpus()}
    assert not tuned & {t.header["source"] for t in texts}, "a held-out source was tuned on"


def test_the_second_heldout_corpus_is_large_enough_and_new():
    texts = cq.read_corpus([str(HELDOUT2)])
    assert len(texts) >= 12
    assert sum(len(t.text.split()) for t in texts) >= 2000
    assert sum(len(t.marks) for t in texts) >= 100
    assert all(t.header["kind"] == "real" for t in texts)
    seen = {t.header.get("source") for t in cq.read_corpus()}
    seen |= {t.header.get("source") for t in cq.read_corpus([str(cq.HELDOUT)])}
    assert not seen & {t.header["source"] for t in texts}, "a held-out source was seen before"


def test_the_third_heldout_corpus_is_large_enough_and_new():
    texts = cq.read_corpus([str(HELDOUT3)])
    assert len(texts) >= 12
    assert sum(len(t.text.split()) for t in texts) >= 2000
    assert sum(len(t.marks) for t in texts) >= 100
    assert all(t.header["kind"] == "real" for t in texts)
    seen = {t.header.get("source") for t in cq.read_corpus()}
    for folder in (cq.HELDOUT, HELDOUT2):
        seen |= {t.header.get("source") for t in cq.read_corpus([str(folder)])}
    assert not seen & {t.header["source"] for t in texts}, "a held-out source was seen before"


def test_the_fourth_heldout_corpus_is_large_enough_and_new():
    texts = cq.read_corpus([str(HELDOUT4)])
    assert len(texts) >= 12
    assert sum(len(t.text.split()) for t in texts) >= 2000
    assert sum(len(t.marks) for t in texts) >= 100
    assert all(t.header["kind"] == "real" for t in texts)
    seen = {t.header.get("source") for t in cq.read_corpus()}
    for folder in (cq.HELDOUT, HELDOUT2, HELDOUT3):
        seen |= {t.header.get("source") for t in cq.read_corpus([str(folder)])}
    assert not seen & {t.header["source"] for t in texts}, "a held-out source was seen before"


def test_the_fifth_heldout_corpus_is_large_enough_and_new():
    texts = cq.read_corpus([str(HELDOUT5)])
    assert len(texts) >= 12
    assert sum(len(t.text.split()) for t in texts) >= 2000
    assert sum(len(t.marks) for t in texts) >= 100
    assert all(t.header["kind"] == "real" for t in texts)
    seen = {t.header.get("source") for t in cq.read_corpus()}
    for folder in (cq.HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4):
        seen |= {t.header.get("source") for t in cq.read_corpus([str(folder)])}
    assert not seen & {t.header["source"] for t in texts}, "a held-out source was seen before"


def test_the_sixth_heldout_corpus_is_large_enough_and_new():
    texts = cq.read_corpus([str(HELDOUT6)])
    assert len(texts) >= 12
    assert sum(len(t.text.split()) for t in texts) >= 2000
    assert sum(len(t.marks) for t in texts) >= 100
    assert all(t.header["kind"] == "real" for t in texts)
    seen = {t.header.get("source") for t in cq.read_corpus()}
    for folder in (cq.HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5):
        seen |= {t.header.get("source") for t in cq.read_corpus([str(folder)])}
    assert not seen & {t.header["source"] for t in texts}, "a held-out source was seen before"


def test_the_seventh_heldout_corpus_is_large_enough_and_new():
    texts = cq.read_corpus([str(HELDOUT7)])
    assert len(texts) >= 12
    assert sum(len(t.text.split()) for t in texts) >= 2000
    assert sum(len(t.marks) for t in texts) >= 100
    assert all(t.header["kind"] == "real" for t in texts)
    seen = {t.header.get("source") for t in cq.read_corpus()}
    for folder in (cq.HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6):
        seen |= {t.header.get("source") for t in cq.read_corpus([str(folder)])}
    assert not seen & {t.header["source"] for t in texts}, "a held-out source was seen before"


def test_the_eighth_heldout_corpus_is_large_enough_and_new():
    texts = cq.read_corpus([str(HELDOUT8)])
    assert len(texts) >= 12
    assert sum(len(t.text.split()) for t in texts) >= 2000
    assert sum(len(t.marks) for t in texts) >= 100
    assert all(t.header["kind"] == "real" for t in texts)
    seen = {t.header.get("source") for t in cq.read_corpus()}
    for folder in (cq.HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7):
        seen |= {t.header.get("source") for t in cq.read_corpus([str(folder)])}
    assert not seen & {t.header["source"] for t in texts}, "a held-out source was seen before"


def test_the_ninth_heldout_corpus_is_large_enough_and_new():
    texts = cq.read_corpus([str(HELDOUT9)])
    assert len(texts) >= 12
    assert sum(len(t.text.split()) for t in texts) >= 2000
    assert sum(len(t.marks) for t in texts) >= 100
    assert all(t.header["kind"] == "real" for t in texts)
    seen = {t.header.get("source") for t in cq.read_corpus()}
    earlier = (cq.HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8)
    for folder in earlier:
        seen |= {t.header.get("source") for t in cq.read_corpus([str(folder)])}
    assert not seen & {t.header["source"] for t in texts}, "a held-out source was seen before"


def test_the_tenth_heldout_corpus_is_large_enough_and_new():
    texts = cq.read_corpus([str(HELDOUT10)])
    assert len(texts) >= 12
    assert sum(len(t.text.split()) for t in texts) >= 2000
    assert sum(len(t.marks) for t in texts) >= 100
    assert all(t.header["kind"] == "real" for t in texts)
    seen = {t.header.get("source") for t in cq.read_corpus()}
    earlier = (cq.HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8)
    for folder in (*earlier, HELDOUT9):
        seen |= {t.header.get("source") for t in cq.read_corpus([str(folder)])}
    assert not seen & {t.header["source"] for t in texts}, "a held-out source was seen before"


def test_the_eleventh_heldout_corpus_is_large_enough_and_new():
    texts = cq.read_corpus([str(HELDOUT11)])
    assert len(texts) >= 12
    assert sum(len(t.text.split()) for t in texts) >= 2000
    assert sum(len(t.marks) for t in texts) >= 100
    assert all(t.header["kind"] == "real" for t in texts)
    sources = [t.header["source"] for t in texts]
    assert len(set(sources)) == len(sources), "a source is used twice"
    seen = {t.header.get("source") for t in cq.read_corpus()}
    earlier = (cq.HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8)
    for folder in (*earlier, HELDOUT9, HELDOUT10):
        seen |= {t.header.get("source") for t in cq.read_corpus([str(folder)])}
    assert not seen & set(sources), "a held-out source was seen before"


def test_the_twelfth_heldout_corpus_is_large_enough_and_new():
    texts = cq.read_corpus([str(HELDOUT12)])
    assert len(texts) >= 12
    assert sum(len(t.text.split()) for t in texts) >= 2000
    assert sum(len(t.marks) for t in texts) >= 100
    assert all(t.header["kind"] == "real" for t in texts)
    sources = [t.header["source"] for t in texts]
    assert len(set(sources)) == len(sources), "a source is used twice"
    seen = {t.header.get("source") for t in cq.read_corpus()}
    earlier = (cq.HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8)
    for folder in (*earlier, HELDOUT9, HELDOUT10, HELDOUT11):
        seen |= {t.header.get("source") for t in cq.read_corpus([str(folder)])}
    assert not seen & set(sources), "a held-out source was seen before"


def test_the_thirteenth_heldout_corpus_is_large_enough_and_new():
    texts = cq.read_corpus([str(HELDOUT13)])
    assert len(texts) >= 12
    assert sum(len(t.text.split()) for t in texts) >= 2000
    assert sum(len(t.marks) for t in texts) >= 100
    assert all(t.header["kind"] == "real" for t in texts)
    sources = [t.header["source"] for t in texts]
    assert len(set(sources)) == len(sources), "a source is used twice"
    seen = {t.header.get("source") for t in cq.read_corpus()}
    earlier = (cq.HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8)
    for folder in (*earlier, HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12):
        seen |= {t.header.get("source") for t in cq.read_corpus([str(folder)])}
    assert not seen & set(sources), "a held-out source was seen before"


def test_the_fourteenth_heldout_corpus_is_large_enough_and_new():
    texts = cq.read_corpus([str(HELDOUT14)])
    assert len(texts) >= 12
    assert sum(len(t.text.split()) for t in texts) >= 2000
    assert sum(len(t.marks) for t in texts) >= 100
    assert all(t.header["kind"] == "real" for t in texts)
    sources = [t.header["source"] for t in texts]
    assert len(set(sources)) == len(sources), "a source is used twice"
    seen = {t.header.get("source") for t in cq.read_corpus()}
    earlier = (cq.HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8)
    for folder in (*earlier, HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13):
        seen |= {t.header.get("source") for t in cq.read_corpus([str(folder)])}
    assert not seen & set(sources), "a held-out source was seen before"


def test_the_fifteenth_heldout_corpus_is_large_enough_and_new():
    texts = cq.read_corpus([str(HELDOUT15)])
    assert len(texts) >= 12
    assert sum(len(t.text.split()) for t in texts) >= 2000
    assert sum(len(t.marks) for t in texts) >= 100
    assert all(t.header["kind"] == "real" for t in texts)
    sources = [t.header["source"] for t in texts]
    assert len(set(sources)) == len(sources), "a source is used twice"
    seen = {t.header.get("source") for t in cq.read_corpus()}
    earlier = (cq.HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8)
    for folder in (*earlier, HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13, HELDOUT14):
        seen |= {t.header.get("source") for t in cq.read_corpus([str(folder)])}
    assert not seen & set(sources), "a held-out source was seen before"


def test_the_sixteenth_heldout_corpus_is_large_enough_and_new():
    texts = cq.read_corpus([str(HELDOUT16)])
    assert len(texts) >= 12
    assert sum(len(t.text.split()) for t in texts) >= 2000
    assert sum(len(t.marks) for t in texts) >= 100
    assert all(t.header["kind"] == "real" for t in texts)
    sources = [t.header["source"] for t in texts]
    assert len(set(sources)) == len(sources), "a source is used twice"
    seen = {t.header.get("source") for t in cq.read_corpus()}
    earlier = (cq.HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8)
    later = (HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13, HELDOUT14, HELDOUT15)
    for folder in (*earlier, *later):
        seen |= {t.header.get("source") for t in cq.read_corpus([str(folder)])}
    assert not seen & set(sources), "a held-out source was seen before"


def test_the_seventeenth_heldout_corpus_is_large_enough_and_new():
    texts = cq.read_corpus([str(HELDOUT17)])
    assert len(texts) >= 12
    assert sum(len(t.text.split()) for t in texts) >= 2000
    assert sum(len(t.marks) for t in texts) >= 100
    assert all(t.header["kind"] == "real" for t in texts)
    sources = [t.header["source"] for t in texts]
    assert len(set(sources)) == len(sources), "a source is used twice"
    seen = {t.header.get("source") for t in cq.read_corpus()}
    earlier = (cq.HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8)
    later = (HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13, HELDOUT14, HELDOUT15, HELDOUT16)
    for folder in (*earlier, *later):
        seen |= {t.header.get("source") for t in cq.read_corpus([str(folder)])}
    assert not seen & set(sources), "a held-out source was seen before"


def test_the_eighteenth_heldout_corpus_is_large_enough_and_new():
    texts = cq.read_corpus([str(HELDOUT18)])
    assert len(texts) >= 12
    assert sum(len(t.text.split()) for t in texts) >= 2000
    assert sum(len(t.marks) for t in texts) >= 100
    assert all(t.header["kind"] == "real" for t in texts)
    sources = [t.header["source"] for t in texts]
    assert len(set(sources)) == len(sources), "a source is used twice"
    seen = {t.header.get("source") for t in cq.read_corpus()}
    earlier = (cq.HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8)
    later = (HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13, HELDOUT14, HELDOUT15, HELDOUT16)
    for folder in (*earlier, *later, HELDOUT17):
        seen |= {t.header.get("source") for t in cq.read_corpus([str(folder)])}
    assert not seen & set(sources), "a held-out source was seen before"


def test_the_nineteenth_heldout_corpus_is_large_enough_and_new():
    texts = cq.read_corpus([str(HELDOUT19)])
    assert len(texts) >= 12
    assert sum(len(t.text.split()) for t in texts) >= 2000
    assert sum(len(t.marks) for t in texts) >= 100
    assert all(t.header["kind"] == "real" for t in texts)
    sources = [t.header["source"] for t in texts]
    assert len(set(sources)) == len(sources), "a source is used twice"
    seen = {t.header.get("source") for t in cq.read_corpus()}
    earlier = (cq.HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8)
    later = (HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13, HELDOUT14, HELDOUT15, HELDOUT16)
    for folder in (*earlier, *later, HELDOUT17, HELDOUT18):
        seen |= {t.header.get("source") for t in cq.read_corpus([str(folder)])}
    assert not seen & set(sources), "a held-out source was seen before"


def test_the_twentieth_heldout_corpus_is_large_enough_and_new():
    texts = cq.read_corpus([str(HELDOUT20)])
    assert len(texts) >= 12
    assert sum(len(t.text.split()) for t in texts) >= 2000
    assert sum(len(t.marks) for t in texts) >= 100
    assert all(t.header["kind"] == "real" for t in texts)
    sources = [t.header["source"] for t in texts]
    assert len(set(sources)) == len(sources), "a source is used twice"
    seen = {t.header.get("source") for t in cq.read_corpus()}
    earlier = (cq.HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8)
    later = (HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13, HELDOUT14, HELDOUT15, HELDOUT16)
    for folder in (*earlier, *later, HELDOUT17, HELDOUT18, HELDOUT19):
        seen |= {t.header.get("source") for t in cq.read_corpus([str(folder)])}
    assert not seen & set(sources), "a held-out source was seen before"


def test_the_twenty_first_heldout_corpus_is_large_enough_and_new():
    texts = cq.read_corpus([str(HELDOUT21)])
    assert len(texts) >= 12
    assert sum(len(t.text.split()) for t in texts) >= 2000
    assert sum(len(t.marks) for t in texts) >= 100
    assert all(t.header["kind"] == "real" for t in texts)
    sources = [t.header["source"] for t in texts]
    assert len(set(sources)) == len(sources), "a source is used twice"
    seen = {t.header.get("source") for t in cq.read_corpus()}
    earlier = (cq.HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8)
    later = (HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13, HELDOUT14, HELDOUT15, HELDOUT16)
    for folder in (*earlier, *later, HELDOUT17, HELDOUT18, HELDOUT19, HELDOUT20):
        seen |= {t.header.get("source") for t in cq.read_corpus([str(folder)])}
    assert not seen & set(sources), "a held-out source was seen before"


def test_the_twenty_second_heldout_corpus_is_large_enough_and_new():
    texts = cq.read_corpus([str(HELDOUT22)])
    assert len(texts) >= 12
    assert sum(len(t.text.split()) for t in texts) >= 2000
    assert sum(len(t.marks) for t in texts) >= 100
    assert all(t.header["kind"] == "real" for t in texts)
    sources = [t.header["source"] for t in texts]
    assert len(set(sources)) == len(sources), "a source is used twice"
    seen = {t.header.get("source") for t in cq.read_corpus()}
    earlier = (cq.HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8)
    later = (HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13, HELDOUT14, HELDOUT15, HELDOUT16)
    for folder in (*earlier, *later, HELDOUT17, HELDOUT18, HELDOUT19, HELDOUT20, HELDOUT21):
        seen |= {t.header.get("source") for t in cq.read_corpus([str(folder)])}
    assert not seen & set(sources), "a held-out source was seen before"


def test_the_twenty_third_heldout_corpus_is_large_enough_and_new():
    texts = cq.read_corpus([str(HELDOUT23)])
    assert len(texts) >= 12
    assert sum(len(t.text.split()) for t in texts) >= 2000
    assert sum(len(t.marks) for t in texts) >= 100
    assert all(t.header["kind"] == "real" for t in texts)
    sources = [t.header["source"] for t in texts]
    assert len(set(sources)) == len(sources), "a source is used twice"
    seen = {t.header.get("source") for t in cq.read_corpus()}
    earlier = (cq.HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8)
    later = (HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13, HELDOUT14, HELDOUT15, HELDOUT16)
    newest = (HELDOUT17, HELDOUT18, HELDOUT19, HELDOUT20, HELDOUT21, HELDOUT22)
    for folder in (*earlier, *later, *newest):
        seen |= {t.header.get("source") for t in cq.read_corpus([str(folder)])}
    assert not seen & set(sources), "a held-out source was seen before"


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.name}" for p in FILES])
def test_each_file_parses_and_names_its_source(path: Path):
    ct = cq.parse_corpus_text(path.read_text(encoding="utf-8"), path.name)
    assert ct.header.get("kind") in {"real", "constructed"}, ct.header
    if ct.header["kind"] == "real":
        assert ct.header.get("source", "").startswith("http"), ct.header
        assert ct.header.get("published"), ct.header
        assert "rewritten after" in ct.header.get("note", ""), ct.header
    else:
        assert "constructed" in ct.header.get("note", ""), ct.header
    assert ct.marks, "a corpus text with nothing marked measures only precision"
    for m in ct.marks:
        assert ct.text[m.start : m.end] == m.wrong
        assert m.family in cq.FAMILIES
        assert m.fix != m.wrong
        assert "{{" not in ct.text and "}}" not in ct.text


def test_marks_map_onto_the_published_text():
    text, marks = cq.parse_marked(
        "Ia {{dimana|di mana|word-form|W1}} dan {{ijin|izin|spelling|w}}."
    )
    assert text == "Ia dimana dan ijin."
    assert [(m.wrong, m.fix, m.family, m.warning, m.rule) for m in marks] == [
        ("dimana", "di mana", "word-form", False, "W1"),
        ("ijin", "izin", "spelling", True, ""),
    ]
    assert text[marks[1].start : marks[1].end] == "ijin"


@pytest.mark.parametrize(
    "body",
    [
        "a {{dimana|di mana}} b",  # no family
        "a {{dimana|di mana|typo}} b",  # unknown family
        "a {{|,|punctuation}} b",  # nothing marked
        "a {{ijin|ijin|spelling}} b",  # the fix changes nothing
        "a {{ijin|izin|spelling|x}} b",  # unknown flag
        "a {{ijin|izin|spelling b",  # unclosed
    ],
)
def test_bad_markup_is_refused(body: str):
    with pytest.raises(cq.MarkupError):
        cq.parse_marked(body)


def test_a_finding_on_a_mark_is_a_hit_and_elsewhere_a_false_positive():
    text = (
        "# kind: constructed\n---\nJudul Berita Uji\n"
        "Kupang - Petugas bekerja {{diatas|di atas|word-form}} kapal "
        "dan {{ijin|izin|spelling|w}}.\n"
    )
    ct = cq.parse_corpus_text(text, "t.txt")
    at = ct.text.index

    def check(_text):
        return [
            Finding("W1", ERROR, "m", at("diatas"), at("diatas") + 6, "diatas", "di atas"),
            Finding("P9", ERROR, "m", at("kapal"), at("kapal") + 5, "kapal"),
            Finding("A2", WARNING, "m", 0, len(ct.text), ct.text),  # paragraph-wide
        ]

    s = cq.score([ct], check)
    assert (s.marks, s.hit, s.hit_with_fix, s.marks_w, s.hit_w) == (1, 1, 1, 1, 0)
    assert (s.errors, s.errors_right, s.warnings, s.warnings_right) == (2, 1, 1, 0)
    assert [fp.split(" false ")[1][:8] for fp in s.false_positives] == ["error P9", "warning "]
    assert any("miss warning spelling" in m for m in s.misses)
