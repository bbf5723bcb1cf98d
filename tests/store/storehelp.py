"""Helpers shared by the store tests (a module, not a conftest: tests/conftest.py is one)."""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from pathlib import Path

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
