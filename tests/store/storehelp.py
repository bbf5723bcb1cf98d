"""Helpers shared by the store tests (a module, not a conftest: tests/conftest.py is one)."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import TextIO

from kabar_desktop.model.draft import Draft
from kabar_desktop.model.draft_file import read_draft

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SAMPLE = ROOT / "tests" / "data" / "sample.json"
_SAMPLE = read_draft(SAMPLE)


def sample() -> Draft:
    return copy.deepcopy(_SAMPLE)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: float = 1_700_000_000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def child_env() -> dict[str, str]:
    """The environment for a child Python: this test's KABAR_HOME, the project importable."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run_child(script: str, *args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(HERE / script), *args],
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=120,
        **kwargs,
    )


class ForkServer:
    """Child processes of this folder's scripts, forked from one process that imported them
    (fork_server.py): a child costs milliseconds instead of an interpreter's start."""

    def __init__(self, *scripts: str):
        self.process = subprocess.Popen(
            [sys.executable, str(HERE / "fork_server.py"), *scripts],
            env=child_env(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def start(self, script: str, args: list[str], folder: Path) -> tuple[int, TextIO, TextIO]:
        """Fork ``script`` with ``args``: its pid, stdout and stderr. Both are pipes (FIFOs in
        ``folder``), as for a child started anew: a file-size limit does not apply to them."""
        out, err = folder / "child-out", folder / "child-err"
        for fifo in (out, err):
            fifo.unlink(missing_ok=True)
            os.mkfifo(fifo)
        order = {"script": script, "args": args, "out": str(out), "err": str(err)}
        self.process.stdin.write(json.dumps(order) + "\n")
        self.process.stdin.flush()
        pid = int(self.process.stdout.readline())
        err_stream = open(err, encoding="utf-8")  # noqa: SIM115 - the caller closes them
        return pid, open(out, encoding="utf-8"), err_stream  # noqa: SIM115

    def exit_code(self) -> int:
        """The exit code of the child started last, once it has ended."""
        return int(self.process.stdout.readline())

    def run(self, script: str, *args: str, folder: Path) -> subprocess.CompletedProcess:
        """Run ``script`` to its end, as ``run_child`` does."""
        _pid, out, err = self.start(script, list(args), folder)
        with out, err:
            stdout, stderr = out.read(), err.read()
        return subprocess.CompletedProcess([script, *args], self.exit_code(), stdout, stderr)

    def close(self) -> None:
        self.process.kill()
        self.process.wait()
        self.process.stdin.close()
        self.process.stdout.close()
