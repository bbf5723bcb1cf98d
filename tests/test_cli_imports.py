"""What each ``kabar`` command imports (issue 15 #8, issue 13 #7): a command pays at start-up
for every module it loads, so each loads only what its job needs. Read from ``python -X
importtime`` in a child process, as a user runs the command; no timings are asserted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DATA

SAMPLE_TXT = DATA / "berita-rudenim-kupang-2024-09-25.txt"
# Never needed by a command of the command line: the window's toolkit, Babel (build time
# only), the mail parser, python-docx (the tests' reader), the spelling engine for an article
# whose words the lists know.
NEVER = ("PySide6", "shiboken6", "babel", "email.parser", "docx", "spylls", "jinja2")


def imported(*args: str, home: Path) -> set[str]:
    """The modules ``kabar ARGS`` imports, by full name, on an everyday run: a first run
    (a fresh checkout, a new user) compiles the catalog and keeps caches, which may need
    more, so the command runs once before it is measured."""
    env = {**os.environ, "KABAR_HOME": str(home)}
    command = [sys.executable, "-m", "kabar_desktop", *args]
    subprocess.run(command, capture_output=True, env=env, timeout=120)
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "kabar_desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode in (0, 1), result.stderr[-2000:]
    names = set()
    for line in result.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            name = line.rsplit("|", 1)[1]
            if name.strip() == "site" and not name.startswith("  "):
                names.clear()  # what site's .pth files load comes before any command
            elif name.strip() != "imported package":
                names.add(name.strip())
    assert "kabar_desktop.cli" in names  # the report was read
    return names


def loaded(names: set[str], package: str) -> list[str]:
    return sorted(n for n in names if n == package or n.startswith(package + "."))


def test_version_imports_nothing_of_kabar_but_the_command(tmp_path):
    names = imported("--version", home=tmp_path)
    assert loaded(names, "kabar_desktop") == ["kabar_desktop", "kabar_desktop.cli"]
    for heavy in ("argparse", "gettext", "typing", "dataclasses", "shutil", *NEVER):
        assert not loaded(names, heavy), heavy


@pytest.mark.parametrize("fmt", ["docx", "txt"])
def test_export_imports_neither_the_checker_nor_mail_nor_sync(tmp_path, fmt):
    out = tmp_path / f"berita.{fmt}"
    draft = str(DATA / "sample.json")
    names = imported("export", draft, "--format", fmt, "-o", str(out), home=tmp_path)
    assert out.is_file()
    for module in (
        "kabar_desktop.check",
        "kabar_desktop.commands.check_cmd",
        "kabar_desktop.commands.mail_cmd",
        "kabar_desktop.commands.sync_cmd",
        "kabar_desktop.mail",
        "kabar_desktop.store",
        "kabar_desktop.gui",
        "email",
        *NEVER,
    ):
        assert not loaded(names, module), module
    # The lean path of docs/architecture.md: a draft file without photos needs neither the
    # .kabar format's zipfile nor the photos' modules; a DOCX is written into the reference
    # prepared by an earlier run (docx_template.py), without lxml or zipfile either.
    for module in ("lxml", "zipfile", "tempfile", "typing", "kabar_desktop.model.photo_check"):
        assert not loaded(names, module), module
    for module in ("inspect", "ast", "dis"):  # dataclasses' inspect waits until it is read
        assert not loaded(names, module), module
    if fmt == "docx":
        assert loaded(names, "kabar_desktop.export.docx")
        assert not loaded(names, "kabar_desktop.export.docx_prepare")


def test_check_of_a_text_imports_no_exporter_mail_or_spelling_engine(tmp_path):
    names = imported("check", str(SAMPLE_TXT), home=tmp_path)
    assert loaded(names, "kabar_desktop.check.rules")
    for module in (
        "kabar_desktop.commands.export",
        "kabar_desktop.export.docx",
        "kabar_desktop.export.html",
        "kabar_desktop.mail",
        "kabar_desktop.store",
        "kabar_desktop.gui",
        "lxml",
        "email",
        "shutil",  # argparse's help width is read without it; nothing is written
        "tempfile",
        *NEVER,
    ):
        assert not loaded(names, module), module
