"""Draft files built to stop Kabar: each gives exit 2 and one line, never a traceback.

Issue 12 #5 and #7: JSON nested 100,000 deep, a 5,000-digit number, a damaged deflate
stream, an encrypted member, an unknown compression method, a 3 MB draft, 100,000 speakers,
a FIFO or /dev/zero named as a draft (both hung) and a million paragraphs to check. Every
file is generated here; every ``kabar`` run happens in a child limited to 700 MB of address
space and 60 s (``photo_samples.run_kabar``).
"""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest
from photo_samples import run_kabar

from kabar_desktop import i18n
from kabar_desktop.model.draft_file import read_draft
from kabar_desktop.model.problems import DraftError

SAMPLE = json.loads((Path(__file__).parent / "data" / "sample.json").read_text(encoding="utf-8"))


def _draft_text(**fields) -> str:
    return json.dumps({**SAMPLE, **fields}, ensure_ascii=False)


def _damaged_zip(path, how: str):
    """A ``.kabar`` whose draft.json member is damaged, encrypted or oddly compressed."""
    body = _draft_text().encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("draft.json", body)
    data = bytearray(path.read_bytes())
    header = data.index(b"PK\x03\x04")
    central = data.index(b"PK\x01\x02")
    if how == "deflate":  # the compressed bytes garbled in the middle
        start = header + 30 + len("draft.json")
        middle = start + (central - start) // 2
        data[middle : middle + 16] = b"\xff" * 16
    elif how == "encrypted":  # the flag bit 0 in both headers
        data[header + 6] |= 1
        data[central + 8] |= 1
    elif how == "method":  # compression method 99 (AES) in both headers
        data[header + 8 : header + 10] = (99).to_bytes(2, "little")
        data[central + 10 : central + 12] = (99).to_bytes(2, "little")
    path.write_bytes(bytes(data))
    return path


def _fifo(path):
    os.mkfifo(path)
    return path


CASES = {
    "fifo": lambda p: _fifo(p.with_suffix(".json")),  # opening it waited for a writer
    "device": lambda p: p.with_suffix(".json").symlink_to("/dev/zero"),  # read for ever
    "deep": lambda p: p.with_suffix(".json").write_text(
        '{"format": "kabar-draft", "version": 2, "title": ' + "[" * 100_000 + "]" * 100_000 + "}"
    ),
    "digits": lambda p: p.with_suffix(".json").write_text(
        _draft_text().replace('"version": 2', '"version": 2, "x": ' + "9" * 5000)
    ),
    "digits_field": lambda p: p.with_suffix(".json").write_text(
        _draft_text().replace('"version": 2', '"version": ' + "7" * 5000)
    ),
    "huge": lambda p: p.with_suffix(".json").write_text(_draft_text(title="a" * 3_000_000)),
    "speakers": lambda p: p.with_suffix(".json").write_text(
        _draft_text(speakers=[{"name": "A"}] * 100_000)
    ),
    "deflate": lambda p: _damaged_zip(p.with_suffix(".kabar"), "deflate"),
    "encrypted": lambda p: _damaged_zip(p.with_suffix(".kabar"), "encrypted"),
    "method": lambda p: _damaged_zip(p.with_suffix(".kabar"), "method"),
}
DAMAGED = ("is not a Kabar draft (the file is damaged)", {})
LONG_NUMBER = ("holds a number longer than {limit} digits: it is not a Kabar draft", {"limit": 30})
MESSAGES = {
    "fifo": ("is not a regular file", {}),
    "device": ("is not a regular file", {}),
    "deep": ("is nested too deeply: it is not a Kabar draft", {}),
    "digits": LONG_NUMBER,
    "digits_field": LONG_NUMBER,
    "huge": ("is larger than {limit} MB: too large to be a draft", {"limit": 2}),
    "speakers": (
        "holds {count} items; a draft holds at most {limit}",
        {"count": 100000, "limit": 100},
    ),
    "deflate": DAMAGED,
    "encrypted": DAMAGED,
    "method": DAMAGED,
}


def indonesian(template: str, **params) -> str:
    """What the user reads: the command line speaks Indonesian unless told otherwise."""
    return i18n._catalog("id").gettext(template).format(**params)


def _make(tmp_path, case: str):
    CASES[case](tmp_path / "draf")
    (path,) = [p for p in tmp_path.iterdir() if p.name.startswith("draf.")]
    return path


@pytest.mark.parametrize("case", sorted(CASES))
def test_read_draft_names_the_problem(tmp_path, case):
    with pytest.raises(DraftError) as err:
        read_draft(_make(tmp_path, case))
    (problem,) = err.value.problems
    assert (problem.template, problem.params) == MESSAGES[case]


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("command", ["export", "import", "check"])
def test_kabar_says_one_line_and_exits_2(tmp_path, monkeypatch, case, command):
    monkeypatch.setenv("KABAR_HOME", str(tmp_path / "home"))
    path = _make(tmp_path, case)
    args = {"export": ["export", "-f", "txt", "-o", str(tmp_path / "out.txt")]}.get(
        command, [command]
    )
    code, err, seconds = run_kabar(*args, str(path))
    assert code == 2, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    template, params = MESSAGES[case]
    assert len(lines) == 1 and lines[0].endswith(indonesian(template, **params)), err
    assert seconds < 30
    assert not (tmp_path / "out.txt").exists()


def test_check_refuses_a_million_paragraphs_at_once(tmp_path):
    path = tmp_path / "panjang.txt"
    path.write_text("Aa.\n" * 1_000_000)
    code, err, seconds = run_kabar("check", str(path))
    assert (code, "Traceback" in err) == (2, False)
    assert indonesian("{file}: too large to be an article", file=path) in err
    assert seconds < 20


def test_check_refuses_many_short_paragraphs(tmp_path):
    path = tmp_path / "pendek.txt"
    path.write_text("Aa.\n" * 5_000)
    code, err, _seconds = run_kabar("check", str(path))
    assert code == 2 and "Traceback" not in err
    message = "{file}: too long to check: Kabar checks at most {size} KB or {count} paragraphs"
    assert indonesian(message, file=path, size=200, count=2000) in err


def test_check_refuses_a_fifo_given_as_an_article(tmp_path):
    path = tmp_path / "berita.txt"
    os.mkfifo(path)
    code, err, seconds = run_kabar("check", str(path), timeout=20)
    assert code == 2 and "Traceback" not in err
    assert indonesian("{file}: is not a regular file", file=path) in err


def test_a_stored_draft_past_the_limits_is_never_lost():
    """The window may let a draft grow past what a file may hold: the store still reads it."""
    from kabar_desktop.model.parse import LIMITS, draft_from_dict
    from kabar_desktop.store import DraftStore

    many = LIMITS["speakers"] + 20
    draft = draft_from_dict(SAMPLE)
    draft.speakers = [draft.speakers[0]] * many
    store = DraftStore.open(session=False)
    try:
        draft_id = store.create(draft)
        assert len(store.load(draft_id).speakers) == many
    finally:
        store.close()
