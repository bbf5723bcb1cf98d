"""Hostile text and drafts (issue 12 #4, #7). Prints one figure per line, ``name: value unit``.

A megabyte of each pattern's worst text (it was quadratic: '_a ' * n took 89 s at 96 KB, one
100,000-letter word 67 s in the web-address pattern), the checker on the most it reads
(200 KB), and how soon a draft past the limits is refused (a 200 MB ``.json`` took 80 s and
3.6 GB; 100,000 speakers 82 s and 2.6 GB).
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kabar_desktop.check import check_text  # noqa: E402
from kabar_desktop.check.document import _SENTENCE_END  # noqa: E402
from kabar_desktop.check.rules import marks_spacing, punctuation, spelling  # noqa: E402
from kabar_desktop.compose.inline import emphasis, pair_marks  # noqa: E402
from kabar_desktop.model.draft_file import read_draft  # noqa: E402
from kabar_desktop.model.problems import DraftError  # noqa: E402

MB = 1024 * 1024


def seconds(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def repeat(unit: str, n: int = MB) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def refused(path: Path) -> None:
    try:
        read_draft(path)
    except DraftError:
        return
    raise AssertionError(f"{path} was read")


def main() -> None:
    figures = {
        "emphasis_1mb": (lambda t: list(emphasis(t)), repeat("_a ")),
        "chat_markup_1mb": (
            lambda t: list(
                pair_marks(t, punctuation._OPENING.finditer(t), punctuation._CLOSING.finditer(t))
            ),
            repeat("~a "),
        ),
        "check_url_1mb": (lambda t: list(marks_spacing._ADDRESS.finditer(t)), repeat("a")),
        "check_maybe_url_1mb": (lambda t: list(spelling._MAYBE_ADDRESS.finditer(t)), repeat("a.")),
        "check_email_1mb": (lambda t: list(spelling._ADDRESS.finditer(t)), repeat("a-")),
        "sentence_end_1mb": (lambda t: list(_SENTENCE_END.finditer(t)), repeat(".")),
        "check_200kb_emphasis": (check_text, repeat("_a ", 200 * 1024)),
        "check_200kb_capitals": (check_text, repeat("Aa ", 200 * 1024)),
    }
    for name, (fn, text) in figures.items():
        print(f"{name}: {seconds(fn, text):.3f} s", flush=True)
    sample = json.loads((ROOT / "tests" / "data" / "sample.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        huge = Path(tmp) / "besar.json"
        with huge.open("w", encoding="utf-8") as f:  # 200 MB, written in pieces
            f.write(json.dumps(sample)[:-1] + ', "x": "')
            for _ in range(200):
                f.write("a" * MB)
            f.write('"}')
        print(f"refuse_json_200mb: {seconds(refused, huge) * 1000:.1f} ms")
        many = Path(tmp) / "pembicara.json"
        many.write_text(json.dumps({**sample, "speakers": [{"name": "A"}] * 100_000}))
        print(f"refuse_100k_speakers: {seconds(refused, many) * 1000:.1f} ms")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak_memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
