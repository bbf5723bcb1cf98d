"""Export speed: composition, HTML and DOCX in-process, and the command line beside pandoc.

Prints one figure per line, ``name: value unit``. Targets (issue 2): compose + HTML ≤ 5 ms
for the sample; DOCX ≤ 100 ms; one ``kabar export --format docx`` ≤ 2 × pandoc; a batch of
100 drafts faster than 100 pandoc runs.
"""

from __future__ import annotations

import copy
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "sample.json"
sys.path.insert(0, str(ROOT))

from kabar_desktop.compose import compose  # noqa: E402
from kabar_desktop.export.docx import write_docx  # noqa: E402
from kabar_desktop.export.html import render_html  # noqa: E402
from kabar_desktop.export.text import render_text  # noqa: E402
from kabar_desktop.model.draft_file import read_draft  # noqa: E402
from kabar_desktop.model.parse import draft_from_dict  # noqa: E402


def large_content() -> dict:
    """10 speakers and 100 paragraphs, built from the sample's own sentences."""
    content = json.loads(SAMPLE.read_text(encoding="utf-8"))
    base = content["speakers"]
    content["speakers"] = []
    for i in range(10):
        speaker = copy.deepcopy(base[i % 2])
        speaker["name"] = f"{speaker['name']} {i + 1}"
        content["speakers"].append(speaker)
    content["paragraphs"] = [content["paragraphs"][0]] * 100
    return content


def median_ms(fn, runs: int) -> float:
    for _ in range(3):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


# Measure as installed Pythons run: with compiled .pyc files (this workplace sets
# PYTHONDONTWRITEBYTECODE, which would recompile Kabar's modules on every command).
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def wall_ms(cmd: list[str], runs: int = 5) -> float:
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=CHILD_ENV)  # writes .pyc
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=CHILD_ENV)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def kabar_cmd() -> list[str]:
    script = shutil.which("kabar")
    if script and "shims" not in script:
        return [script]
    return [sys.executable, "-m", "kabar_desktop"]


def main() -> None:
    sample = read_draft(SAMPLE)
    large = draft_from_dict(large_content())
    for name, draft, runs in (("sample", sample, 300), ("large", large, 50)):
        article = compose(draft)
        print(f"compose_{name}: {median_ms(lambda d=draft: compose(d), runs):.3f} ms")
        print(f"html_{name}: {median_ms(lambda a=article: render_html(a), runs):.3f} ms")
        both = median_ms(lambda d=draft: render_html(compose(d)), runs)
        print(f"compose_plus_html_{name}: {both:.3f} ms")
        docx_ms = median_ms(lambda a=article: write_docx(a, io.BytesIO()), max(10, runs // 10))
        print(f"docx_{name}: {docx_ms:.2f} ms")

    pandoc = shutil.which("pandoc")
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        text = tmp_path / "sample.txt"
        text.write_text(render_text(compose(sample)), encoding="utf-8")
        drafts = []
        for i in range(100):
            path = tmp_path / f"draft-{i:03d}.json"
            shutil.copy(SAMPLE, path)
            drafts.append(str(path))
        cmd = kabar_cmd()
        one = wall_ms(
            [*cmd, "export", str(SAMPLE), "--format", "docx", "-o", str(tmp_path / "one.docx")]
        )
        print(f"cli_export_docx_one: {one:.1f} ms")
        batch = wall_ms(
            [*cmd, "export", *drafts, "--format", "docx", "-o", str(tmp_path / "out") + "/"], runs=3
        )
        print(f"cli_export_docx_batch_100: {batch:.1f} ms")
        if pandoc:
            p_one = wall_ms([pandoc, str(text), "-f", "markdown", "-o", str(tmp_path / "p.docx")])
            print(f"pandoc_docx_one: {p_one:.1f} ms")
            print(f"cli_vs_pandoc_one: {one / p_one:.2f} ratio")

            def hundred() -> None:
                for i in range(100):
                    subprocess.run(
                        [pandoc, str(text), "-o", str(tmp_path / f"p{i}.docx")], check=True
                    )

            start = time.perf_counter()
            hundred()
            p_batch = (time.perf_counter() - start) * 1000
            print(f"pandoc_docx_100_runs: {p_batch:.1f} ms")
            print(f"cli_batch_vs_pandoc_100: {batch / p_batch:.2f} ratio")
        else:
            print("pandoc not installed (apt-get install pandoc): no comparison", file=sys.stderr)


if __name__ == "__main__":
    main()
