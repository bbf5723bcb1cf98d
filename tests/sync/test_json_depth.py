"""The bundle reader's depth guard refuses exactly the JSON nested deeper than its limit."""

from __future__ import annotations

from itertools import accumulate

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kabar_desktop.sync.bundle_read import _STRING, MAX_JSON_DEPTH, Refused, load_json

_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def _nested(depth: int, inner: str = "1") -> str:
    return "[" * depth + inner + "]" * depth


@pytest.mark.parametrize("depth", [1, MAX_JSON_DEPTH])
def test_json_as_deep_as_the_limit_is_read(depth):
    assert load_json(_nested(depth).encode(), "draft.json", 10**6) is not None


@pytest.mark.parametrize(
    "text",
    [_nested(MAX_JSON_DEPTH + 1), "[" * 100_000, "{" * 70 + "]"],
    ids=["balanced", "never closed", "closed by the wrong bracket"],
)
def test_json_deeper_than_the_limit_is_refused_by_name(text):
    with pytest.raises(Refused) as caught:
        load_json(text.encode(), "draft.json", 10**6)
    assert "nested deeper" in caught.value.args[0]


@given(st.text(alphabet='[]{}"x\\', max_size=300), st.integers(0, MAX_JSON_DEPTH + 2))
def test_the_guard_agrees_with_counting_bracket_by_bracket(text, padding):
    """Any text, balanced or not, brackets inside strings too, pushed near the limit: refused
    for its depth exactly when the depth counted bracket by bracket outside strings passes
    the limit (what the guard did before it was made faster)."""
    text = "[" * padding + text
    outside = _STRING.sub("", text)
    steps = [_STEP[c] for c in outside if c in _STEP]
    deep = bool(steps) and max(accumulate(steps)) > MAX_JSON_DEPTH
    try:
        load_json(text.encode(), "draft.json", 10**6)
        refused_for_depth = False
    except Refused as exc:
        refused_for_depth = "nested deeper" in exc.args[0]
    assert refused_for_depth == deep


def test_a_run_of_openers_after_stray_closers_is_counted_as_it_nests():
    """65 openers after a stray closer reach depth 64 only: refused as invalid, not as deep."""
    text = "]" + _nested(MAX_JSON_DEPTH + 1)
    with pytest.raises(Refused) as caught:
        load_json(text.encode(), "draft.json", 10**6)
    assert "nested deeper" not in caught.value.args[0]
    assert "not valid JSON" in caught.value.args[0]
