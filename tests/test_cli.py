"""The ``kabar`` command, run as a user runs it: a separate process, its output and exit code."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DATA

from kabar_desktop import __version__


def kabar(*args: str, cwd: Path | None = None, env: dict | None = None):
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "kabar_desktop", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=full_env,
        timeout=60,
    )


def test_version():
    result = kabar("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"kabar {__version__}"


@pytest.mark.parametrize("fmt", ["txt", "html", "docx"])
def test_export_writes_the_named_file(tmp_path, fmt):
    out = tmp_path / f"berita.{fmt}"
    result = kabar("export", str(DATA / "sample.json"), "--format", fmt, "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 500
    assert list(tmp_path.iterdir()) == [out]


def test_several_drafts_into_a_folder(tmp_path):
    second = tmp_path / "kedua.json"
    content = json.loads((DATA / "sample.json").read_text(encoding="utf-8"))
    content["title"] = "Berita Kedua"
    second.write_text(json.dumps(content), encoding="utf-8")
    folder = tmp_path / "keluar"
    result = kabar(
        "export", str(DATA / "sample.json"), str(second), "-f", "txt", "-o", f"{folder}/"
    )
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["kedua.txt", "sample.txt"]
    assert (folder / "kedua.txt").read_text(encoding="utf-8").startswith("*Berita Kedua*")


def _draft_with(tmp_path: Path, change) -> Path:
    content = json.loads((DATA / "sample.json").read_text(encoding="utf-8"))
    change(content)
    path = tmp_path / "draf.json"
    path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return path


BAD_INPUTS = {
    "unknown-part": (
        lambda c: c["speakers"][1].update(part="dalang"),
        "speakers[1].part: peran 'dalang' tidak dikenal",
    ),
    "no-such-date": (lambda c: c.update(date="2024-02-30"), "date: 2024-02-30 bukan tanggal"),
    "missing-title": (lambda c: c.pop("title"), "title: wajib diisi"),
    "control-character": (
        lambda c: c["paragraphs"].append("bel\u0007"),
        "paragraphs[1]: memuat karakter yang tidak dapat disimpan dalam dokumen (U+0007)",
    ),
    "missing-photo": (
        lambda c: c["photos"].append({"file": "tidak-ada.jpg", "caption": "x"}),
        "photos[0].file: tidak-ada.jpg tidak ada",
    ),
}


@pytest.mark.parametrize("case", BAD_INPUTS, ids=list(BAD_INPUTS))
@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_bad_input_one_clear_message_no_output(tmp_path, case, fmt):
    change, message = BAD_INPUTS[case]
    draft = _draft_with(tmp_path, change)
    out = tmp_path / "out" / f"berita.{fmt}"
    out.parent.mkdir()
    result = kabar("export", str(draft), "-f", fmt, "-o", str(out))
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert list(out.parent.iterdir()) == []


def test_invalid_json(tmp_path):
    bad = tmp_path / "rusak.json"
    bad.write_text("{", encoding="utf-8")
    result = kabar("export", str(bad), "-f", "html")
    assert result.returncode == 2
    assert f"{bad}: bukan JSON yang sah" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rusak.json"]


def test_messages_follow_the_interface_language(tmp_path):
    result = kabar("export", str(tmp_path / "none.json"), "-f", "txt", env={"KABAR_LANG": "en"})
    assert result.returncode == 2
    assert "none.json: no such file" in result.stderr


def test_usage_errors_are_in_indonesian():
    result = kabar("export")
    assert result.returncode == 2
    assert "penggunaan:" in result.stderr


def test_unwritable_output_is_a_message_not_a_traceback(tmp_path):
    result = kabar(
        "export",
        str(DATA / "sample.json"),
        "-f",
        "txt",
        "-o",
        str(tmp_path / "no" / "such" / "folder" / "x.txt"),
    )
    assert result.returncode == 1
    assert "tidak dapat menulis" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("fmt", "allowed", "forbidden"),
    [
        ("txt", set(), {"docx", "jinja2", "PIL", "PySide6", "lxml"}),
        ("html", {"jinja2"}, {"docx", "PySide6", "lxml"}),
        # DOCX is written with lxml alone: python-docx's object model costs 50 ms per run.
        ("docx", {"lxml"}, {"docx", "jinja2", "PIL", "PySide6"}),
    ],
)
def test_export_imports_only_what_the_format_needs(tmp_path, fmt, allowed, forbidden):
    code = (
        "import sys; from kabar_desktop.cli import main; "
        f"rc = main(['export', {str(DATA / 'sample.json')!r}, '-f', {fmt!r}, '-o', "
        f"{str(tmp_path / ('x.' + fmt))!r}]); "
        "print(sorted({m.split('.')[0] for m in sys.modules}))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    loaded = set(eval(result.stdout.strip().splitlines()[-1]))  # noqa: S307 - our own output
    assert allowed <= loaded
    assert not (forbidden & loaded)


def test_import_list_and_export_a_stored_draft_by_number(tmp_path, kabar_home):
    env = {"KABAR_HOME": str(kabar_home)}
    imported = kabar("import", str(DATA / "sample.json"), env=env)
    assert imported.returncode == 0, imported.stderr
    number = imported.stdout.strip()
    listed = kabar("list", env=env)
    assert "Rudenim Kupang Gelar Pelatihan" in listed.stdout
    out = tmp_path / "dari-toko.txt"
    exported = kabar("export", number, "-f", "txt", "-o", str(out), env=env)
    assert exported.returncode == 0, exported.stderr
    assert out.read_text(encoding="utf-8").startswith("*Rudenim Kupang Gelar Pelatihan")
    missing = kabar("export", "999", "-f", "txt", env=env)
    assert missing.returncode == 2 and "999" in missing.stderr
    history = kabar("history", number, env=env)
    assert history.returncode == 0 and "diimpor" in history.stdout


def test_check_takes_a_stored_drafts_number_as_export_does(tmp_path, kabar_home):
    env = {"KABAR_HOME": str(kabar_home)}
    content = json.loads((DATA / "sample.json").read_text(encoding="utf-8"))
    content["paragraphs"][0]["text"] += " Kegiatan diantaranya diikuti warga binaan."
    draft = tmp_path / "salah.json"
    draft.write_text(json.dumps(content), encoding="utf-8")
    number = kabar("import", str(draft), env=env).stdout.strip()
    checked = kabar("check", number, "-f", "json", env=env)
    assert checked.returncode == 1, checked.stderr
    found = json.loads(checked.stdout)
    assert {"rule": "W1", "text": "diantaranya"}.items() <= next(
        f for f in found if f["rule"] == "W1"
    ).items()
    missing = kabar("check", "999", env=env)
    assert missing.returncode == 2 and "999" in missing.stderr


def test_docx_export_carries_the_office_logo_as_the_window_does(tmp_path):
    import docx
    from conftest import png_bytes

    from kabar_desktop.settings import OfficeProfile, Settings, save_settings

    logo = tmp_path / "logo.png"
    logo.write_bytes(png_bytes(200, 100))
    save_settings(Settings(first_start_done=True, profile=OfficeProfile(logo_path=str(logo))))
    out = tmp_path / "berita.docx"
    result = kabar("export", str(DATA / "sample.json"), "-f", "docx", "-o", str(out))
    assert result.returncode == 0, result.stderr
    header = docx.Document(str(out)).sections[0].header
    assert len(header._element.xpath(".//pic:pic")) == 1

    logo.write_bytes(b"bukan gambar")
    result = kabar("export", str(DATA / "sample.json"), "-f", "docx", "-o", str(out))
    assert result.returncode == 0 and "logo" in result.stderr and "Traceback" not in result.stderr
    assert docx.Document(str(out)).sections[0].header._element.xpath(".//pic:pic") == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG folders are Linux's")
def test_without_kabar_home_the_folders_follow_the_environment(monkeypatch, tmp_path):
    """platformdirs is asked once per environment (the checker asks dozens of times a
    check), yet a changed XDG folder is still followed."""
    from kabar_desktop import paths

    monkeypatch.delenv("KABAR_HOME", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "a"))
    assert paths.config_dir() == tmp_path / "a" / "Kabar"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "b"))
    assert paths.config_dir() == tmp_path / "b" / "Kabar"


def test_an_export_ends_at_once_yet_a_profiled_one_still_reports(tmp_path):
    """``kabar export`` ends its process as soon as its files are written (cli._end_now),
    never before its output is out, and not under a profiler, whose report comes after."""
    out = tmp_path / "berita.docx"
    args = ["export", str(DATA / "sample.json"), "-f", "docx", "-o", str(out)]
    plain = kabar(*args)
    assert (plain.returncode, plain.stdout.strip()) == (0, str(out))
    out.unlink()
    profiled = subprocess.run(
        [sys.executable, "-m", "cProfile", "-m", "kabar_desktop", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert profiled.returncode == 0, profiled.stderr
    assert str(out) in profiled.stdout and "function calls" in profiled.stdout
    assert out.stat().st_size > 500


@pytest.mark.parametrize(
    "args",
    [["list"], ["check", str(DATA / "berita-rudenim-kupang-2024-09-25.txt")]],
    ids=["list", "check"],
)
def test_a_reader_that_stops_early_gets_no_traceback(kabar_home, args):
    """`kabar list | head -1`: the reader closes the pipe before Kabar is done printing."""
    env = {**os.environ, "KABAR_HOME": str(kabar_home)}
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before Kabar writes a line
    try:
        result = subprocess.run(
            [sys.executable, "-m", "kabar_desktop", *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            timeout=60,
        )
    finally:
        os.close(write_end)
    assert "Traceback" not in result.stderr and "BrokenPipeError" not in result.stderr
    assert result.returncode == 1


def test_inspect_still_answers_after_an_export_deferred_it():
    """`kabar export` imports dataclasses beside a stand-in for inspect: a dataclass without a
    docstring still gets its signature, and a later `import inspect` is the real module."""
    code = (
        "import sys; from kabar_desktop import cli; cli._inspect_when_used()\n"
        "print('inspect' in sys.modules)\n"
        "import dataclasses, inspect\n"
        "@dataclasses.dataclass\n"
        "class Point:\n"
        "    x: int\n"
        "    y: int = 0\n"
        "print(Point.__doc__); print(inspect.signature(Point)); print(inspect.isclass(Point))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:4] == [
        "False",  # dataclasses came without the real inspect
        "Point(x: int, y: int = 0)",
        "(x: int, y: int = 0) -> None",
        "True",
    ]
