"""``kabar check``: run_check() in-process and in a separate Python, exit codes and JSON."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DATA

from kabar_desktop.check import article_plain_text
from kabar_desktop.commands.check_cmd import line_col, run_check
from kabar_desktop.compose import compose
from kabar_desktop.model.draft_file import read_draft

SAMPLE_TXT = DATA / "berita-rudenim-kupang-2024-09-25.txt"
SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
SAMPLE_DRAFT = SAMPLES / "berita-rudenim-kupang.json"
KEYS = ["rule", "severity", "message", "start", "end", "text", "suggestion"]


def _json(capsys) -> list[dict]:
    return json.loads(capsys.readouterr().out)


def test_the_sample_text_has_errors(capsys):
    assert run_check(SAMPLE_TXT, "json") == 1
    findings = _json(capsys)
    text = SAMPLE_TXT.read_text(encoding="utf-8")
    assert findings and all(list(f) == KEYS for f in findings)
    for f in findings:
        assert text[f["start"] : f["end"]] == f["text"]
    assert {"rule": "W1", "text": "diantaranya", "suggestion": "di antaranya"}.items() <= {
        k: v for f in findings if f["rule"] == "W1" for k, v in f.items()
    }.items()
    # Messages are in the interface language (Indonesian unless KABAR_LANG says otherwise).
    assert all(isinstance(f["message"], str) and f["message"] for f in findings)


def test_a_draft_is_composed_and_checked(capsys):
    assert run_check(DATA / "sample.json", "json") == 0
    assert _json(capsys) == []


def test_a_corrected_text_has_no_error(tmp_path, capsys):
    corrected = tmp_path / "berita.txt"
    corrected.write_text(article_plain_text(compose(read_draft(DATA / "sample.json"))), "utf-8")
    assert run_check(corrected, "json") == 0
    assert {f["severity"] for f in _json(capsys)} <= {"warning"}


def test_offsets_of_a_draft_index_the_articles_plain_text(tmp_path, capsys):
    content = json.loads((DATA / "sample.json").read_text(encoding="utf-8"))
    first = content["paragraphs"][0]
    first["text"] = first["text"].replace("Berita", "Berita diantaranya")
    draft = tmp_path / "draft.json"
    draft.write_text(json.dumps(content), encoding="utf-8")
    assert run_check(draft, "json") == 1
    (f,) = _json(capsys)
    text = article_plain_text(compose(read_draft(draft)))
    assert text[f["start"] : f["end"]] == "diantaranya"


def test_the_human_format_gives_line_column_rule_and_fix(capsys):
    assert run_check(SAMPLE_TXT, "text") == 1
    lines = capsys.readouterr().out.splitlines()
    w1 = next(line for line in lines if " W1: " in line)
    assert w1.startswith(f"{SAMPLE_TXT}:7:121: ")
    assert "'di antaranya'" in w1
    # the count: 9 errors, 9 warnings and a note (P5's lone ')', a note since session 44)
    assert lines[-1].startswith("9 ")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("rusak.json", b"{not json"),
        ("bukan.txt", b"\xff\xfe\x00bad"),
        ("gambar.png", b"\x89PNG"),
    ],
)
def test_bad_input_exits_2(tmp_path, capsys, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    assert run_check(path, "json") == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("kabar: ")


def test_missing_files_exit_2(tmp_path):
    assert run_check(tmp_path / "tidak-ada.txt", "json") == 2
    assert run_check(tmp_path / "tidak-ada.kabar", "json") == 2
    assert run_check(tmp_path, "json") == 2  # a folder named like nothing we read


def test_line_col():
    assert line_col("ab\ncd", 0) == (1, 1)
    assert line_col("ab\ncd", 4) == (2, 2)


def _in_python(path: Path, fmt: str) -> subprocess.CompletedProcess:
    code = (
        "import sys; from pathlib import Path; "
        "from kabar_desktop.commands.check_cmd import run_check; "
        f"sys.exit(run_check(Path({str(path)!r}), {fmt!r}))"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "KABAR_LANG": "en"},
    )


def test_run_in_a_separate_python(tmp_path):
    result = _in_python(SAMPLE_TXT, "json")
    assert result.returncode == 1, result.stderr
    findings = json.loads(result.stdout)
    assert [f["rule"] for f in findings].count("K3") == 4
    assert findings[0]["message"] == "The apposition is closed by a comma: 'Rakhmat Renaldy'."
    assert _in_python(DATA / "sample.json", "json").returncode == 0
    assert _in_python(tmp_path / "tidak-ada.txt", "text").returncode == 2


def _kabar(*args: str, home: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kabar_desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "KABAR_HOME": str(home), "KABAR_LANG": "en"},
    )


def test_kabars_own_txt_export_and_its_draft_pass_kabars_own_check(tmp_path):
    home = tmp_path / "home"
    out = tmp_path / "berita.txt"
    exported = _kabar("export", str(SAMPLE_DRAFT), "--format", "txt", "-o", str(out), home=home)
    assert exported.returncode == 0, exported.stderr
    text = out.read_text(encoding="utf-8")
    assert text.startswith("*") and re.search(r"(?<!\w)_[^_\n]+_(?!\w)", text)  # its marks
    checked = _kabar("check", str(out), home=home)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.splitlines()[-1].startswith("0 errors"), checked.stdout
    draft = _kabar("check", str(SAMPLE_DRAFT), "--format", "json", home=home)
    assert draft.returncode == 0, draft.stdout + draft.stderr
    assert [f for f in json.loads(draft.stdout) if f["severity"] == "error"] == []
