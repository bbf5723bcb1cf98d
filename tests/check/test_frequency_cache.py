"""The word-frequency table (frekuensi-kata.tsv) is read from Kabar's cache folder after the
first process that needed it (issue 13 #7: S3 and S1's fixes ask it on most checks now), and
a damaged cache is read afresh and rewritten, with the same figures."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kabar_desktop.check.frequency import CACHE_FILE

# Reports whether the table came from the cache: the .tsv is read with Path.read_text only
# when the cache is missing or stale.
ASK = """
from pathlib import Path
read = []
real = Path.read_text
def spy(self, *a, **k):
    if self.name == "frekuensi-kata.tsv":
        read.append(self.name)
    return real(self, *a, **k)
Path.read_text = spy
from kabar_desktop.check.frequency import zipf
print(zipf("pemerintah"), zipf("tidakadakata"), len(read))
"""


def _child(home: Path) -> list[str]:
    env = {**os.environ, "KABAR_HOME": str(home)}
    out = subprocess.run(
        [sys.executable, "-c", ASK], capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.split()


def test_the_second_process_reads_the_cache_not_the_file(tmp_path):
    first = _child(tmp_path)
    assert (tmp_path / "cache" / CACHE_FILE).is_file()
    second = _child(tmp_path)
    assert float(first[0]) > 5 and float(first[1]) == 0.0
    assert first[:2] == second[:2]  # the same figures either way
    assert first[2] == "1" and second[2] == "0"


def test_a_damaged_cache_is_read_afresh_and_rewritten(tmp_path):
    _child(tmp_path)
    cache = tmp_path / "cache" / CACHE_FILE
    cache.write_bytes(b"\x00not a cache" * 50)
    again = _child(tmp_path)
    assert again[2] == "1" and float(again[0]) > 5
    assert b"not a cache" not in cache.read_bytes()
    assert _child(tmp_path)[2] == "0"
