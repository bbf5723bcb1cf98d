"""Files written whole through a temporary file get the permissions a plain ``open()`` gives."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from kabar_desktop.atomic import atomic_path, write_bytes_atomic
from kabar_desktop.compose import compose
from kabar_desktop.export import FORMATS, export_article
from kabar_desktop.model.draft_file import read_draft


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_export_is_readable_like_any_saved_file(tmp_path, sample_path, umask_022, fmt):
    out = tmp_path / f"berita.{fmt}"
    export_article(compose(read_draft(sample_path)), fmt, out)
    assert mode(out) == 0o644


def test_a_writer_that_wants_a_file_name_gets_the_umasks_mode(tmp_path, umask_022):
    out = tmp_path / "berita.pdf"
    with atomic_path(out) as tmp:
        assert tmp.parent == tmp_path and not out.exists()
        tmp.unlink()  # as Qt may do: a new file of its own, made 0600
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT, 0o600)
        os.write(fd, b"%PDF-1.4")
        os.close(fd)
    assert out.read_bytes() == b"%PDF-1.4"
    assert mode(out) == 0o644
    assert list(tmp_path.iterdir()) == [out]


def test_an_existing_files_mode_is_kept(tmp_path, umask_022):
    out = tmp_path / "berita.txt"
    out.write_bytes(b"lama")
    out.chmod(0o640)
    write_bytes_atomic(out, b"baru")
    with atomic_path(out) as tmp:
        tmp.write_bytes(b"baru lagi")
    assert (out.read_bytes(), mode(out)) == (b"baru lagi", 0o640)


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    out = tmp_path / "berita.pdf"
    out.write_bytes(b"lama")
    with pytest.raises(RuntimeError), atomic_path(out) as tmp:
        tmp.write_bytes(b"setengah")
        raise RuntimeError
    assert out.read_bytes() == b"lama"
    assert list(tmp_path.iterdir()) == [out]
