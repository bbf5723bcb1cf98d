"""Export speed: composition, HTML and DOCX in-process, and the command line beside pandoc.

Prints one figure per line, ``name: value unit``. Targets (issue 2): compose + HTML ≤ 5 ms
for the sample; DOCX ≤ 100 ms; a batch of 100 drafts faster than 100 pandoc runs. Issue 15
#8: one ``kabar export --format docx`` of the sample faster than pandoc converting the same
article from Markdown (``cli_docx_vs_pandoc`` < 1), and ``kabar --version`` ≤ 2 × ``python -c
pass`` (``cli_version_vs_python``). The machine may be shared, so the commands run in turns,
``ROUNDS`` times, and each ratio is of the medians, with the range of the rounds' own ratios.

Kabar runs here as its Debian launcher runs it (``python -I -S``, its own packages on the
path, compiled bytecode): the interpreter's start is the bare one, without the site's
``.pth`` files (an editable install's finder, a workplace's certificate hook: 30 ms on the
machine this was written on, counted against neither side). ``python -I -S -c pass`` is the
baseline; ``cli_version_vs_python_site`` gives the same ratio with the site loaded on both
sides (``python -m kabar_desktop`` against ``python -c pass``).

An export writes into the reference document as an earlier run prepared it (kept in the cache
folder, export/docx_template.py); ``cli_docx_unprepared_ms`` is one export whose reference is
prepared anew (the first export after an installation, or after the reference changed).
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
ROUNDS = 15


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


def bare_python(pycache: Path) -> list[str]:
    """The interpreter as the .deb's launcher starts it: isolated, no site (bytecode kept in
    ``pycache``: -I ignores PYTHONPYCACHEPREFIX)."""
    return [sys.executable, "-I", "-S", "-X", f"pycache_prefix={pycache}"]


def kabar_launcher(pycache: Path) -> list[str]:
    """``kabar`` as packaging/deb.py's launcher runs it: Kabar and its packages on the path."""
    import sysconfig

    where = [str(ROOT), sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]]
    code = (
        f"import sys; sys.path[:0] = {where!r}; "
        "from kabar_desktop.cli import main; sys.exit(main())"
    )
    return [*bare_python(pycache), "-c", code]


def in_turns(
    commands: dict[str, list[str]], rounds: int = ROUNDS, env=None, ok=(0,)
) -> dict[str, list[float]]:
    """Each command's wall times (ms), the commands run in turn ``rounds`` times after one
    unmeasured run each (bytecode, caches): a busy moment slows a whole round alike. An exit
    code outside ``ok`` stops the benchmark (a failing command is no timing)."""
    env = env or CHILD_ENV

    def run(cmd: list[str]) -> None:
        done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        if done.returncode not in ok:
            raise SystemExit(f"{cmd[-3:]} exited {done.returncode}: {done.stderr[-500:]!r}")

    for cmd in commands.values():
        run(cmd)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(rounds):
        for name, cmd in commands.items():
            start = time.perf_counter()
            run(cmd)
            times[name].append((time.perf_counter() - start) * 1000)
    return times


def print_ratio(name: str, times: list[float], base: list[float]) -> None:
    """``name: median/median x`` and the range of the rounds' own ratios."""
    rounds = sorted(a / b for a, b in zip(times, base, strict=True))
    print(f"{name}: {statistics.median(times) / statistics.median(base):.2f} x")
    print(f"{name}_range: {rounds[0]:.2f}-{rounds[-1]:.2f} x")


def cli_timings(tmp_path: Path, markdown: Path) -> None:
    """``kabar --version`` against Python's start, one DOCX export against pandoc."""
    pycache = tmp_path / "pyc"
    env = dict(CHILD_ENV, KABAR_HOME=str(tmp_path / "home"), PYTHONPYCACHEPREFIX=str(pycache))
    kabar = kabar_launcher(pycache)
    docx = [*kabar, "export", str(SAMPLE), "--format", "docx", "-o", str(tmp_path / "one.docx")]
    commands = {
        "python": [*bare_python(pycache), "-c", "pass"],
        "version": [*kabar, "--version"],
        "docx": docx,
        "python_site": [sys.executable, "-c", "pass"],
        "version_site": [sys.executable, "-m", "kabar_desktop", "--version"],
    }
    pandoc = shutil.which("pandoc")
    if pandoc:
        out = str(tmp_path / "p.docx")
        commands["pandoc"] = [pandoc, str(markdown), "-f", "markdown", "-o", out]
    times = in_turns(commands, env=env)
    for name, values in times.items():
        print(f"cli_{name}_ms: {statistics.median(values):.1f} ms")
    print_ratio("cli_version_vs_python", times["version"], times["python"])
    print_ratio("cli_version_vs_python_site", times["version_site"], times["python_site"])
    if pandoc:
        print_ratio("cli_docx_vs_pandoc", times["docx"], times["pandoc"])
    else:
        print("cli_docx_vs_pandoc: skipped (pandoc not installed: apt-get install pandoc)")
    kept = tmp_path / "home" / "cache" / "docx-reference.marshal"
    unprepared = []
    for _ in range(5):
        kept.unlink(missing_ok=True)
        start = time.perf_counter()
        subprocess.run(docx, check=True, stdout=subprocess.DEVNULL, env=env)
        unprepared.append((time.perf_counter() - start) * 1000)
    print(f"cli_docx_unprepared_ms: {statistics.median(unprepared):.1f} ms")


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
        text = tmp_path / "sample.md"  # the WhatsApp text is Markdown enough for pandoc
        text.write_text(render_text(compose(sample)), encoding="utf-8")
        cli_timings(tmp_path, text)
        drafts = []
        for i in range(100):
            path = tmp_path / f"draft-{i:03d}.json"
            shutil.copy(SAMPLE, path)
            drafts.append(str(path))
        cmd = kabar_cmd()
        batch = wall_ms(
            [*cmd, "export", *drafts, "--format", "docx", "-o", str(tmp_path / "out") + "/"], runs=3
        )
        print(f"cli_export_docx_batch_100: {batch:.1f} ms")
        if pandoc:

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


if __name__ == "__main__":
    main()
