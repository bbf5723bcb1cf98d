"""The word-frequency list the spelling suggestions are ranked with (frekuensi-kata.tsv)."""

from __future__ import annotations

import re

from kabar_desktop import paths
from kabar_desktop.check import frequency
from kabar_desktop.check.frequency import FREQUENCY_FILE, zipf


def test_words_in_use_rank_above_rare_ones():
    assert zipf("liburan") > 4 > zipf("leburan")
    assert zipf("Liburan") == zipf("liburan")  # a capital at a sentence's start changes nothing
    assert zipf("kata-yang-tidak-ada") == 0.0


def test_the_list_names_its_source_and_licence_and_holds_plain_words_most_used_first():
    lines = (paths.resources_dir() / "dictionaries" / FREQUENCY_FILE).read_text("utf-8")
    header = [line for line in lines.splitlines() if line.startswith("#")]
    rows = [line.split("\t") for line in lines.splitlines() if not line.startswith("#")]
    assert any("wordfreq" in line for line in header)
    assert any("CC BY-SA 4.0" in line for line in header)
    assert len(rows) > 20_000
    assert all(re.fullmatch(r"[a-z]+(?:-[a-z]+)*", word) for word, _ in rows)
    values = [float(v) for _, v in rows]
    assert values == sorted(values, reverse=True)


def test_without_the_list_every_word_counts_as_unused(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path)
    frequency._zipf_table.cache_clear()
    try:
        assert zipf("liburan") == 0.0
    finally:
        frequency._zipf_table.cache_clear()
