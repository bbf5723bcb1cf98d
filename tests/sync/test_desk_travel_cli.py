"""The Kanwil desk's travel from the command line (issue 16): two UPTs and a Kanwil, each its
own ``KABAR_HOME``, running ``kabar`` (in this process) against a real WebDAV server."""

from __future__ import annotations

import re
import time

import pytest

from kabar_desktop.cli import main as kabar
from kabar_desktop.compose import compose
from kabar_desktop.compose.anchors import sentences
from kabar_desktop.settings import Settings, save_settings
from kabar_desktop.store import DraftStore, remarks
from kabar_desktop.store import sync_state as state

from .davserver import PASSWORD, USER

SAMPLE = "tests/data/sample.json"
URL = "https://kemenkumham.go.id/berita/pelatihan-kehumasan-rudenim-kupang"


class Home:
    """One office's Kabar: its own KABAR_HOME and office name."""

    def __init__(self, root, name: str, monkeypatch, capsys, dav_url: str):
        self.path, self.name = root / name.replace(" ", "-"), name
        self.mp, self.capsys, self.dav_url = monkeypatch, capsys, dav_url
        self.path.mkdir()
        self.use()
        settings = Settings()
        settings.profile.office_name = name
        save_settings(settings)

    def use(self) -> None:
        self.mp.setenv("KABAR_HOME", str(self.path))

    def run(self, *argv: str) -> tuple[int, str, str]:
        self.use()
        self.capsys.readouterr()
        try:
            status = kabar(list(argv))
        except SystemExit as exc:  # argparse refusing
            status = exc.code if isinstance(exc.code, int) else 2
        out, err = self.capsys.readouterr()
        return status, out, err

    def sync(self) -> str:
        status, out, err = self.run("sync", "--to", self.dav_url, "--user", USER)
        assert status == 0, (out, err)
        return out

    def store(self) -> DraftStore:
        self.use()
        return DraftStore.open()


@pytest.fixture
def homes(tmp_path, monkeypatch, capsys, dav):
    monkeypatch.setenv("KABAR_SYNC_PASSWORD", PASSWORD)

    def make(name: str) -> Home:
        return Home(tmp_path, name, monkeypatch, capsys, dav.url)

    return make


def _kanwil_id(home: Home, origin: str) -> int:
    store = home.store()
    try:
        (row,) = [r for r in state.all_rows(store) if r.origin == origin]
        assert row.draft_id is not None
        return row.draft_id
    finally:
        store.close()


def test_three_offices_from_the_command_line(homes):
    kupang, atambua, kanwil = homes("Rudenim Kupang"), homes("Lapas Atambua"), homes("Kanwil NTT")
    before = time.time()
    for upt in (kupang, atambua):
        assert upt.run("import", SAMPLE)[0] == 0
        assert upt.run("ready", "1")[0] == 0
        assert "1 draf terkirim" in upt.sync()
    after = time.time()
    assert "2 draf diterima" in kanwil.sync()

    # the draft arrives with its office and when it was sent
    got = _kanwil_id(kanwil, "Rudenim Kupang")
    store = kanwil.store()
    row = state.for_draft(store, got)
    store.close()
    assert row is not None and row.sent is not None and row.arrived is not None
    assert before <= row.sent <= after <= row.arrived

    # bad input: a message, exit 2, nothing written
    for argv, says in [
        (["--remark-at", "speakers[9].name", "Siapa?"], "speakers[9].name"),
        (["--remark-at", "judul", "Terlalu panjang"], "judul"),
        (["--remark-at", "title", "  "], "title"),
        (["--remark-at", "sentence:0", "Rancu"], "sentence:0"),
        (["--remark-at", "sentence:99", "Rancu"], "sentence:99"),  # past the article's end
        (["--url", URL], "--url"),
    ]:
        status, _out, err = kanwil.run("review", str(got), "--verdict", "needs_changes", *argv)
        assert status == 2 and says in err and "Traceback" not in err, (argv, err)
    status, _out, err = kanwil.run(
        "review", str(got), "--verdict", "published", "--url", "javascript:alert(1)"
    )
    assert status == 2 and "javascript:alert(1)" in err and "http" in err
    for argv in (["--on", "2026-12-03"], ["--url", URL, "--on", "3 Desember 2026"]):
        status, _out, err = kanwil.run("review", str(got), "--verdict", "published", *argv)
        assert status == 2 and ("--on" in err or "3 Desember 2026" in err), (argv, err)
    assert kanwil.run("review", "99", "--verdict", "accepted")[0] == 2
    store = kanwil.store()
    assert remarks.for_draft(store, got) == [] and state.for_draft(store, got).review == ""
    store.close()

    # the verdict with two anchored remarks
    status, out, err = kanwil.run(
        "review", str(got), "--verdict", "needs_changes", "--remark", "Lihat catatan",
        "--remark-at", "speakers[0].statements[1]", "Kutipan terlalu panjang",
        "--remark-at", "sentence:2", "Kalimat ini rancu",
    )  # fmt: skip
    assert status == 0, err
    assert "perlu perbaikan: Lihat catatan" in out and "2 catatan terbuka" in out
    kanwil.sync()

    # at the UPT: on the same field, with the words remarked on
    kupang.sync()
    status, out, _err = kupang.run("remarks", "1")
    assert status == 0
    lines = out.splitlines()
    quote_line = next(i for i, line in enumerate(lines) if "speakers[0].statements[1]" in line)
    assert "[terbuka]" in lines[quote_line] and "Kutipan terlalu panjang" in lines[quote_line]
    store = kupang.store()
    kupang_draft = store.load(1)
    statement = kupang_draft.speakers[0].statements[1].text
    store.close()
    assert statement[:40] in lines[quote_line + 1]  # the quoted words follow
    said = next(
        i for i, line in enumerate(lines) if "kalimat ke-2 artikel: Kalimat ini rancu" in line
    )
    second = sentences(compose(kupang_draft, placeholders=True))[1]
    assert f"« {second} »" in lines[said + 1]  # the sentence's words travel with the remark
    status, out, _err = kupang.run("list")
    assert "perlu perbaikan: Lihat catatan" in out

    # the writer marks the quote's remark done; a remark it does not have: exit 2
    rid = re.match(r"([0-9a-f]{8})", lines[quote_line]).group(1)
    status, _out, err = kupang.run("remarks", "1", "--done", "ffff0000")
    assert status == 2 and "ffff0000" in err
    status, out, _err = kupang.run("remarks", "1", "--done", rid)
    assert status == 0 and "1 draf menunggu dikirim" in out
    listed = [line for line in out.splitlines() if re.match(r"[0-9a-f]{8}  ", line)]
    assert "[terbuka]" in listed[0] and listed[1].startswith(f"{rid}  [selesai]")  # open first
    assert "1 draf terkirim" in kupang.sync()

    # "done" reaches the Kanwil
    kanwil.sync()
    status, out, _err = kanwil.run("remarks", str(got))
    assert f"{rid}  [selesai]  speakers[0].statements[1]" in out

    # published, with its link and day, flows back
    status, out, err = kanwil.run(
        "review", str(got), "--verdict", "published", "--url", URL, "--on", "2026-12-03"
    )
    assert status == 0, err
    assert URL in out and "2026-12-03" in out
    kanwil.sync()
    kupang.sync()
    status, out, _err = kupang.run("list")
    line = next(line for line in out.splitlines() if line.startswith("1 "))
    assert "2026-12-03" in line and URL in line
    store = kupang.store()
    row = state.for_draft(store, 1)
    store.close()
    assert row is not None and (row.review, row.published_on) == ("published", "2026-12-03")

    # the other UPT's draft has none of it
    atambua.sync()
    store = atambua.store()
    mine = state.for_draft(store, 1)
    store.close()
    assert mine is not None and (mine.review, mine.published_url) == ("", "")
