"""The manual page (issue 15 #6) is written from the argument parser: every command and
option ``kabar -h`` knows is in ``man kabar``, and roff shows it as text."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


@pytest.fixture(scope="module")
def manpage():
    path = PACKAGING / "manpage.py"
    spec = importlib.util.spec_from_file_location("kabar_packaging_manpage", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def page(manpage) -> str:
    return manpage.manpage("9.8.7", 1764720000)  # 2025-12-03


def test_every_command_and_option_is_in_the_page(manpage, page):
    parser = manpage.kabar_parser()
    commands = manpage.subcommands(parser)
    assert {"export", "import", "list", "history", "check", "sync", "send"} <= set(commands)
    for name, sub in commands.items():
        assert f'.SS "{manpage.escape(name)}"' in page
        for action in sub._actions:
            for option in action.option_strings:
                assert f"\\fB{manpage.escape(option)}\\fR" in page, (name, option)


def test_the_title_line_carries_the_version_and_the_build_date(page):
    assert page.startswith('.TH KABAR 1 "2025-12-03" "kabar 9.8.7"')


def test_text_that_looks_like_roff_is_shown_as_text(manpage):
    assert manpage.escape(".kabar\n'quoted'\nC:\\draf") == "\\&.kabar\n\\&'quoted'\nC:\\edraf"


@pytest.mark.skipif(shutil.which("groff") is None, reason="needs groff (man-db) to render")
def test_man_renders_it_without_warnings(page, tmp_path):
    source = tmp_path / "kabar.1"
    source.write_text(page, encoding="utf-8")
    done = subprocess.run(
        ["groff", "-man", "-Tutf8", "-ww", "-z", str(source)], capture_output=True, text=True
    )
    assert done.returncode == 0 and done.stderr == ""
