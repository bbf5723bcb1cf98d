"""A data file read once per installation (issue 15 #8): the kept copy gives what reading the
file gives, and is never trusted once the file changed or the copy is damaged."""

from __future__ import annotations

import datetime as dt
import os
import tomllib

from kabar_desktop import paths
from kabar_desktop.compose.patterns import load_patterns
from kabar_desktop.file_cache import read_kept


def test_the_sentence_patterns_read_from_the_kept_copy_are_the_toml_file():
    path = paths.templates_dir() / "compose" / "id.toml"
    load_patterns.cache_clear()
    first = load_patterns("id")
    assert (paths.cache_dir() / "compose-id.marshal").is_file()
    load_patterns.cache_clear()
    assert load_patterns("id") == first == tomllib.loads(path.read_text(encoding="utf-8"))


def test_a_changed_file_or_a_damaged_copy_is_read_again(tmp_path):
    source = tmp_path / "data.toml"
    source.write_text('a = "satu"\n', encoding="utf-8")
    reads = []

    def read(data: bytes) -> dict:
        reads.append(data)
        return tomllib.loads(data.decode("utf-8"))

    assert read_kept(source, "data.marshal", read) == {"a": "satu"}
    assert read_kept(source, "data.marshal", read) == {"a": "satu"}
    assert len(reads) == 1
    source.write_text('a = "dua"\n', encoding="utf-8")
    later = source.stat().st_mtime_ns + 1_000_000_000
    os.utime(source, ns=(later, later))
    assert read_kept(source, "data.marshal", read) == {"a": "dua"}
    (paths.cache_dir() / "data.marshal").write_bytes(b"\x00damaged" * 20)
    assert read_kept(source, "data.marshal", read) == {"a": "dua"}
    assert len(reads) == 3


def test_a_value_marshal_cannot_keep_is_read_each_time(tmp_path):
    source = tmp_path / "dated.toml"
    source.write_text("when = 2024-09-25\n", encoding="utf-8")
    reads = []

    def read(data: bytes) -> dict:
        reads.append(data)
        return tomllib.loads(data.decode("utf-8"))

    for _ in range(2):
        assert read_kept(source, "dated.marshal", read) == {"when": dt.date(2024, 9, 25)}
    assert len(reads) == 2
