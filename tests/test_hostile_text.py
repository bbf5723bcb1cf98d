"""Text built to make Kabar's patterns crawl: linear time, the same readings as before.

Issue 12 #4: ``'_a ' * n`` took 8 s at 24 KB (the emphasis pattern tried every opening mark
to the line's end), one 100,000-character word 67 s in the checker's web-address pattern.
Each case here runs on n and 8n characters: time linear in the length grows 8 times, a
quadratic one 64 times; the best of seven runs must grow less than 20 times (a shared
machine's noise stays well inside that). The scanners
that replaced the lazy patterns are compared with them on generated texts.
"""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kabar_desktop.check import addresses, check_text
from kabar_desktop.check.document import _SENTENCE_END
from kabar_desktop.check.marks import read_marks
from kabar_desktop.check.rules import (
    caps32_times,
    legal_titles,
    marks_spacing,
    punctuation,
    structure,
)
from kabar_desktop.compose.inline import emphasis, pair_marks, runs
from kabar_desktop.sync import bundle_read

OLD_EMPHASIS = re.compile(r"(?<![\w*_])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*_])")
OLD_MARKUP = re.compile(r"(?<![\w*_~])([*_~]+)(?=[^\s*_~])([^\n]*?[^\s*_~])\1(?![\w*_~])")
marked = st.text(st.sampled_from("ab_*~ \n.1é\u00a0\t"), max_size=30)


@given(marked)
@settings(max_examples=600)  # texts of up to 30 of 11 letters: 600 reach every pairing
def test_emphasis_reads_what_the_pattern_read(text):
    old = [(m.start(), m.end(), m.group(1)) for m in OLD_EMPHASIS.finditer(text)]
    assert [tuple(e) for e in emphasis(text)] == old


@given(marked)
@settings(max_examples=600)
def test_chat_markup_pairs_what_the_pattern_paired(text):
    old = [(m.start(), m.end(), m.group(1), m.group(2)) for m in OLD_MARKUP.finditer(text)]
    found = pair_marks(
        text, punctuation._OPENING.finditer(text), punctuation._CLOSING.finditer(text)
    )
    assert [(p.start, p.end, p.mark, p.inner(text)) for p in found] == old


@given(st.text(st.sampled_from('w.:/@a \n"(#'), max_size=30))
@settings(max_examples=500)
def test_addresses_are_the_words_they_were(text):
    old = re.compile(r"\S*(?:://|www\.|@)\S*")
    assert [m.span() for m in marks_spacing._ADDRESS.finditer(text)] == [
        m.span() for m in old.finditer(text)
    ]
    maybe = re.compile(r"[^\s\"“”‘’()]*(?:\w\.\w|[@#]\w|://)[^\s\"“”‘’()]*")
    assert [m.span() for m in addresses._MAYBE_ADDRESS.finditer(text)] == [
        m.span() for m in maybe.finditer(text)
    ]


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _costs(fn, small: str, big: str) -> tuple[float, float]:
    """The best of seven runs on each, taken in turns so that a busy moment hits both."""
    best = [float("inf"), float("inf")]
    fn(small)
    for _ in range(7):
        for i, text in enumerate((small, big)):
            start = time.perf_counter()
            fn(text)
            best[i] = min(best[i], time.perf_counter() - start)
    return best[0], best[1]


def _checked(rule: str):
    return lambda text: check_text(text, rules=[rule])


CASES = {
    "odd_dateline": (_checked("A7"), "A"),  # minutes for 1,000 capitals: n⁴ ways to split them
    "slogan": (_checked("K3"), "Aa "),  # each word read its whole paragraph's quotes
    "pair_slip": (_checked("S1"), "Aa, "),  # each unknown word looked itself up in the list
    "long_word": (_checked("S3"), "a"),  # every edit of one 80,000-letter word
    "emphasis": (lambda t: list(emphasis(t)), "_a "),
    "runs": (runs, "*a "),
    "read_marks": (read_marks, "_a "),
    "address_word": (lambda t: list(marks_spacing._ADDRESS.finditer(t)), "a"),
    "address_p10": (lambda t: list(punctuation._ADDRESS.finditer(t)), "a"),
    "maybe_address": (lambda t: list(addresses._MAYBE_ADDRESS.finditer(t)), "a."),
    "email": (lambda t: list(addresses.ADDRESS.finditer(t)), "a-"),
    "sentence_end": (lambda t: list(_SENTENCE_END.finditer(t)), "."),
    "credit_tail": (lambda t: structure._CREDIT_TAIL.sub("", t), " "),
    "camera_file": (lambda t: list(structure._CAMERA_FILE.finditer(t)), "-1"),
    "regulation_number": (lambda t: list(legal_titles._NUMBER_YEAR.finditer(t)), "No.1"),
    "letter_date": (
        lambda t: [
            m for m in caps32_times._DATED.finditer(t) if caps32_times._letter_number(t, m.start(1))
        ],
        "1.0 Tanggal 5 ",
    ),
    "bundle_json_strings": (lambda t: bundle_read._STRING.sub("", t), '\\"'),
    "markup": (
        lambda t: list(
            pair_marks(t, punctuation._OPENING.finditer(t), punctuation._CLOSING.finditer(t))
        ),
        "~a ",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_cost_grows_linearly(case):
    fn, unit = CASES[case]
    n = 5_000 if case in ("odd_dateline", "slogan", "pair_slip", "long_word") else 50_000
    small, big = _costs(fn, _repeat(unit, n), _repeat(unit, 8 * n))
    assert big / max(small, 1e-4) < 20, (case, small, big)


def test_a_huge_number_is_no_traceback(caplog):
    text = "Dana " + "1" * 6000 + " rupiah dan " + "1.000" * 2000 + " (seribu) orang."
    check_text(text)
    assert "failed" not in caplog.text
