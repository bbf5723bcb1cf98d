"""A file named by a user, a draft or the shared folder is read only if what was *opened* is
a regular file (issue 12: a FIFO or a link to /dev/zero swapped in between a check of the
name and its opening still blocked, or read without end).

Every case that could hang runs in a child process with a deadline: a reader that waits on a
FIFO fails the test by its timeout instead of stopping the suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from photo_samples import run_kabar

from kabar_desktop import i18n
from kabar_desktop.regular_file import NotRegularFile, TooLarge, read_regular

SAMPLE = Path(__file__).parent / "data" / "sample.json"
SWAP_CHILD = Path(__file__).parent / "swap_child.py"
TIMEOUT = 30

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")


def indonesian(template: str, **params) -> str:
    return i18n._catalog("id").gettext(template).format(**params)


def _helper_in_child(path: Path, follow_links: bool) -> str:
    """What ``read_regular`` says of ``path``, asked in a child that may not hang."""
    code = (
        "import sys\n"
        "from kabar_desktop.regular_file import NotRegularFile, read_regular\n"
        "try:\n"
        f"    data = read_regular(sys.argv[1], 1 << 20, follow_links={follow_links})\n"
        "except NotRegularFile as exc:\n"
        "    print('link' if exc.link else 'special')\n"
        "else:\n"
        "    print('read', len(data))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=TIMEOUT
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _dev_zero(path: Path) -> Path:
    path.symlink_to("/dev/zero")
    return path


def test_the_helper_refuses_a_fifo_handed_to_it(tmp_path):
    """No check of the name came first: the helper's own look at the open file refuses it."""
    assert _helper_in_child(_fifo(tmp_path / "berita.json"), follow_links=True) == "special"


def test_the_helper_refuses_a_link_to_dev_zero_by_what_it_opened(tmp_path):
    link = _dev_zero(tmp_path / "berita.json")
    assert _helper_in_child(link, follow_links=True) == "special"  # followed: a device
    assert _helper_in_child(link, follow_links=False) == "link"  # not even followed


def test_the_helper_reads_a_regular_file_and_a_link_to_one(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"x" * 1000)
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    assert read_regular(tmp_path / "a.txt", 1000) == b"x" * 1000
    assert read_regular(tmp_path / "b.txt", 1000) == b"x" * 1000
    with pytest.raises(NotRegularFile):
        read_regular(tmp_path / "b.txt", 1000, follow_links=False)
    with pytest.raises(TooLarge):
        read_regular(tmp_path / "a.txt", 999)
    with pytest.raises(IsADirectoryError):
        read_regular(tmp_path, 1000)


def _swapped(path: Path, kind: str, *args: str) -> subprocess.CompletedProcess:
    """``kabar ARGS`` while ``path`` turns into a FIFO (or /dev/zero) as it is opened."""
    result = subprocess.run(
        [sys.executable, str(SWAP_CHILD), str(path), kind, *args],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert "SWAPPED" in result.stderr, result.stderr  # the race did happen
    return result


def _one_line(result: subprocess.CompletedProcess, expected: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line != "SWAPPED"]
    assert len(lines) == 1 and lines[0].endswith(expected), result.stderr


@pytest.mark.parametrize("kind", ["fifo", "zero"])
@pytest.mark.parametrize("suffix", [".json", ".kabar"])
def test_kabar_export_refuses_a_draft_swapped_as_it_is_opened(tmp_path, kind, suffix):
    draft = tmp_path / f"draf{suffix}"
    if suffix == ".json":
        draft.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    else:
        from kabar_desktop.model.draft_file import read_draft, write_draft

        write_draft(read_draft(SAMPLE), draft)
    out = tmp_path / "berita.txt"
    result = _swapped(draft, kind, "export", "-f", "txt", "-o", str(out), str(draft))
    _one_line(result, indonesian("is not a regular file"))
    assert not out.exists()


@pytest.mark.parametrize("kind", ["fifo", "zero"])
def test_kabar_check_refuses_an_article_swapped_as_it_is_opened(tmp_path, kind):
    article = tmp_path / "berita.txt"
    article.write_text("Kupang - Rudenim Kupang menggelar pelatihan.\n", encoding="utf-8")
    result = _swapped(article, kind, "check", str(article))
    _one_line(result, indonesian("{file}: is not a regular file", file=article))


PHOTO_REFUSALS = {
    "fifo": "{name} is not an ordinary file (a device, a pipe or a socket)",
    "zero": "{name} lies outside the draft's folder; a draft's photos lie beside it",
}


@pytest.mark.parametrize("kind", ["fifo", "zero"])
def test_a_photo_swapped_beside_a_json_draft_is_refused_by_name(tmp_path, kind):
    """The photo's path was checked (inside the draft's folder, a file); then it was swapped:
    a FIFO is not waited on, and a link is not followed out of the folder."""
    from photo_samples import json_draft, plain_jpeg

    photo = tmp_path / "foto.jpg"
    photo.write_bytes(plain_jpeg())
    draft = json_draft(tmp_path / "draf.json", "foto.jpg")
    out = tmp_path / "o.txt"
    result = _swapped(photo, kind, "export", "-f", "txt", "-o", str(out), str(draft))
    expected = indonesian(PHOTO_REFUSALS[kind], name="foto.jpg")
    _one_line(result, f"photos[0].file: {expected}")
    assert not out.exists()


@pytest.mark.parametrize("kind", ["fifo", "zero"])
def test_kabar_check_refuses_a_special_file_named_as_an_article(tmp_path, kind):
    article = (_fifo if kind == "fifo" else _dev_zero)(tmp_path / "berita.txt")
    code, err, seconds = run_kabar("check", str(article), timeout=TIMEOUT)
    assert code == 2 and "Traceback" not in err, err
    assert err.strip().endswith(indonesian("{file}: is not a regular file", file=article))
    assert seconds < TIMEOUT
