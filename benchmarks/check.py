"""House-style checker speed. Prints one figure per line, ``name: value unit``.

Targets (issue: house-style checker): checking the sample ≤ 30 ms and a 3,000-word article
≤ 200 ms, median of repeated checks as the editor re-checks while the writer types (word
lookups cached). The one-off costs are reported too: reading the word lists, loading spylls,
and a first check with empty caches. Issue 13: ``kabar check ARTICLE.txt`` from the command
line within 2× of ``kabar --version`` on the same machine: both are timed here side by side,
run in turns in fresh processes as the .deb's launcher runs Kabar (bytecode, the word lists'
and the patterns' caches written once, as an installed Kabar has them; see export.py), each
ratio of the medians with the range of the rounds' own (``--no-cli`` leaves them out).

The machine may be shared: ``cli_cpu_*`` are the same commands' processor time (user and
system), which the other programs running change far less than the wall time.

Nothing is kept per text (no findings are cached), and ``cli_check_unseen`` checks a corpus
text never checked before in each round, to show it. ``cli_phase_*`` splits one ``kabar
check`` of the sample into where its time goes after the interpreter's start (the floor the
2× target meets): the imports of the command line (argparse, gettext and the catalog, the
standard library's re, pathlib, dataclasses), of the checker (its rules and tables), the
first check (with the word lists' load, each rule's first call and each word's first
lookup), and the same article checked again in that process (the rules' own work).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_TXT = ROOT / "tests" / "data" / "berita-rudenim-kupang-2024-09-25.txt"
SAMPLE_DRAFT = ROOT / "tests" / "data" / "sample.json"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from export import (  # noqa: E402
    CHILD_ENV,
    bare_python,
    in_turns,
    kabar_launcher,
    large_content,
    print_ratio,
)

from kabar_desktop.check import article_plain_text, check_article, check_text  # noqa: E402
from kabar_desktop.check.limits import MAX_TEXT_BYTES  # noqa: E402
from kabar_desktop.check.spelling import _base_words, speller  # noqa: E402
from kabar_desktop.compose import compose  # noqa: E402
from kabar_desktop.model.draft_file import read_draft  # noqa: E402
from kabar_desktop.model.parse import draft_from_dict  # noqa: E402


def median_ms(fn, runs: int) -> float:
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def once_ms(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def cli_timings(rounds: int = 15) -> None:
    """``kabar --version`` and ``kabar check`` on the sample and on a misspelt article, run in
    turns as the .deb's launcher runs Kabar (export.py's ``kabar_launcher``; the word lists'
    and the patterns' caches and the bytecode written once, as after an install)."""
    with tempfile.TemporaryDirectory() as home:
        misspelt = Path(home) / "salah-ketik.txt"
        text = SAMPLE_TXT.read_text(encoding="utf-8")
        misspelt.write_text(
            text.replace("pelaksanaan", "pelaksanan").replace("menyebutkan", "menyebutkn")
            + "\nPetugas melasanakan razia dan mensosialisasikan penegakkan aturan.\n",
            encoding="utf-8",
        )
        pycache = Path(home) / "pyc"
        env = dict(CHILD_ENV, KABAR_HOME=home, PYTHONPYCACHEPREFIX=str(pycache))
        kabar = kabar_launcher(pycache)
        commands = {
            "python": [*bare_python(pycache), "-c", "pass"],
            "version": [*kabar, "--version"],
            "check_sample": [*kabar, "check", str(SAMPLE_TXT)],
            "check_misspelt": [*kabar, "check", str(misspelt)],
        }
        times = in_turns(commands, rounds, env=env, ok=(0, 1))  # 1: the check found errors
    for name, values in times.items():
        print(f"cli_{name}: {statistics.median(values):.0f} ms")
    print_ratio("cli_check_sample_ratio", times["check_sample"], times["version"])
    print_ratio("cli_check_misspelt_ratio", times["check_misspelt"], times["version"])
    print_ratio("cli_version_vs_python", times["version"], times["python"])


def unseen_texts(folder: Path, count: int) -> list[Path]:
    """``count`` articles of the tuned corpus as a writer's ``.txt`` files (marks removed)."""
    import check_quality as cq

    out = []
    for corpus_file in sorted(cq.CORPUS.glob("*.txt"))[:count]:
        text = cq.parse_corpus_text(corpus_file.read_text(encoding="utf-8"), corpus_file.name)
        path = folder / corpus_file.name
        path.write_text(text.text, encoding="utf-8")
        out.append(path)
    return out


def _wall_ms(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    if done.returncode not in (0, 1):  # 1: the check found errors
        raise SystemExit(f"{cmd[-2:]} exited {done.returncode}: {done.stderr[-500:]!r}")
    return (time.perf_counter() - start) * 1000


def cli_unseen(rounds: int = 15) -> None:
    """``kabar check`` of a different corpus article in each round, beside ``--version``."""
    with tempfile.TemporaryDirectory() as home:
        pycache = Path(home) / "pyc"
        env = dict(CHILD_ENV, KABAR_HOME=home, PYTHONPYCACHEPREFIX=str(pycache))
        kabar = kabar_launcher(pycache)
        texts = unseen_texts(Path(home), rounds + 1)
        in_turns({"warm": [*kabar, "check", str(texts[0])]}, 1, env=env, ok=(0, 1))  # caches
        version: list[float] = []
        unseen: list[float] = []
        for path in texts[1:]:
            version.append(_wall_ms([*kabar, "--version"], env))
            unseen.append(_wall_ms([*kabar, "check", str(path)], env))  # its only run
    print(f"cli_check_unseen: {statistics.median(unseen):.0f} ms")
    print_ratio("cli_check_unseen_ratio", unseen, version)


def _cpu_ms(cmd: list[str], env: dict[str, str]) -> float:
    """The processor time (user and system) ``cmd`` took: on a machine others share, it
    varies far less than the wall time, which counts the waits for a processor too."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{cmd[-2:]} exited {done.returncode}: {done.stderr[-500:]!r}")
    used = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return used * 1000


def cli_cpu(rounds: int = 15) -> None:
    """``kabar --version`` and ``kabar check`` of the sample in processor time, in turns."""
    with tempfile.TemporaryDirectory() as home:
        pycache = Path(home) / "pyc"
        env = dict(CHILD_ENV, KABAR_HOME=home, PYTHONPYCACHEPREFIX=str(pycache))
        kabar = kabar_launcher(pycache)
        commands = {
            "python": [*bare_python(pycache), "-c", "pass"],
            "version": [*kabar, "--version"],
            "check_sample": [*kabar, "check", str(SAMPLE_TXT)],
        }
        for cmd in commands.values():
            _cpu_ms(cmd, env)  # bytecode and caches
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(rounds):
            for name, cmd in commands.items():
                times[name].append(_cpu_ms(cmd, env))
    for name, values in times.items():
        print(f"cli_cpu_{name}: {statistics.median(values):.0f} ms")
    print_ratio("cli_cpu_check_sample_ratio", times["check_sample"], times["version"])


# One ``kabar check`` of the sample in phases, as the launcher runs it (``-I -S``).
PHASES = """
import time
start = time.perf_counter()
import io, sys, contextlib
sys.path[:0] = {where!r}
marks = []
from kabar_desktop.cli import build_parser
from kabar_desktop.pattern_cache import cached_patterns
with cached_patterns():
    args = build_parser("check").parse_args(["check", {sample!r}])
    from kabar_desktop.commands.check_cmd import run_check
marks.append(("cli_imports", time.perf_counter()))
with cached_patterns(literal_only=True):
    from kabar_desktop.check import checker
    marks.append(("checker_import", time.perf_counter()))
    text = open({sample!r}, encoding="utf-8").read()
    checker.check_text(text)
    marks.append(("first_check", time.perf_counter()))
    checker.check_text(text)
    marks.append(("same_text_again", time.perf_counter()))
with contextlib.redirect_stdout(io.StringIO()):
    run_check(args.file)
before = start
for name, at in marks:
    print(name, (at - before) * 1000)
    before = at
"""


def cli_phases(rounds: int = 15) -> None:
    import sysconfig

    with tempfile.TemporaryDirectory() as home:
        pycache = Path(home) / "pyc"
        env = dict(CHILD_ENV, KABAR_HOME=home, PYTHONPYCACHEPREFIX=str(pycache))
        where = [str(ROOT), sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]]
        code = PHASES.format(where=where, sample=str(SAMPLE_TXT))
        phases: dict[str, list[float]] = {}
        for i in range(rounds + 1):
            done = subprocess.run(
                [*bare_python(pycache), "-c", code],
                capture_output=True,
                text=True,
                env=env,
                check=True,
            )
            for line in done.stdout.splitlines() if i else ():  # the first writes the caches
                name, ms = line.split()
                phases.setdefault(name, []).append(float(ms))
    for name, values in phases.items():
        print(f"cli_phase_{name}: {statistics.median(values):.1f} ms")


def long_article(words: int = 3000) -> str:
    """The sample's paragraphs, repeated until the article has ``words`` words."""
    paragraphs = SAMPLE_TXT.read_text(encoding="utf-8").splitlines()
    out: list[str] = []
    count = 0
    while count < words:
        p = paragraphs[len(out) % len(paragraphs)]
        out.append(p)
        count += len(p.split())
    return "\n".join(out)


def main() -> None:
    if "--no-cli" not in sys.argv:
        cli_timings()
        cli_unseen()
        cli_cpu()
        cli_phases()
    sample = SAMPLE_TXT.read_text(encoding="utf-8")
    big = long_article()
    print(f"long_article_words: {len(big.split())} words")
    print(f"load_word_lists: {once_ms(_base_words):.1f} ms")
    # The sample's words are all known without spylls, so its first check does not load it.
    print(f"check_sample_first: {once_ms(lambda: check_text(sample)):.2f} ms")
    print(f"spylls_loads_by_sample: {int(speller()._hunspell is not None)} loads")
    print(f"load_spylls_dictionary: {once_ms(lambda: speller().dictionary()):.1f} ms")
    print(f"check_sample: {median_ms(lambda: check_text(sample), 100):.2f} ms")
    speller()._cache.clear()
    print(f"check_3000_words_first: {once_ms(lambda: check_text(big)):.2f} ms")
    print(f"check_3000_words: {median_ms(lambda: check_text(big), 20):.2f} ms")
    at_cap = long_article(60_000).encode("utf-8")[:MAX_TEXT_BYTES].decode("utf-8", "ignore")
    print(f"check_text_at_the_cap_words: {len(at_cap.split())} words")
    print(f"check_text_at_the_cap: {once_ms(lambda: check_text(at_cap)):.0f} ms")
    draft = read_draft(SAMPLE_DRAFT)
    article = compose(draft)
    print(f"check_article_sample: {median_ms(lambda: check_article(article, draft), 100):.2f} ms")
    both = median_ms(lambda: check_article(compose(draft), draft), 100)
    print(f"compose_and_check_sample: {both:.2f} ms")
    large = draft_from_dict(large_content())  # export.py's: 10 speakers, 100 paragraphs
    composed = compose(large)
    words = len(article_plain_text(composed).split())
    ms = median_ms(lambda: check_article(composed, large), 10)
    print(f"check_article_large_{words}_words: {ms:.1f} ms")


if __name__ == "__main__":
    main()
