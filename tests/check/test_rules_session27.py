"""Session twenty-seven: notes, a third severity for the readings the Kanwil's editors apply
about as often as they leave (kabar_desktop/check/quiet_readings.py). Texts of our own."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kabar_desktop.check import ERROR, NOTE, WARNING, check_text
from kabar_desktop.check.quiet_readings import NOTE_READINGS
from kabar_desktop.commands.check_cmd import run_check

ROOT = Path(__file__).resolve().parents[2]
_TITLE = "Lapas Bantaeng Gelar Panen Cabai di Lahan Pembinaan\n"
_LEAD = "Bantaeng - Lapas Kelas IIB Bantaeng memanen cabai di lahan pembinaan, Senin (6/10/2025).\n"
_BODY = _TITLE + _LEAD


def _severities(text: str, rule: str) -> list[tuple[str, str]]:
    return [(f.text, f.severity) for f in check_text(text) if f.rule == rule]


# A reading of a rule that the sets confirm seldom speaks as a note; its rule's other
# readings keep their severity.
QUIET = [
    ("N1", _BODY + "Panen diikuti 7 orang warga binaan.", ("7", NOTE)),
    (
        "P33",
        _BODY + "Kepala Lapas Kelas IIB Bantaeng Andi Rahman mengatakan panen berjalan baik.",
        ("Bantaeng Andi Rahman", NOTE),
    ),
    ("K9", _BODY + "Kegiatan itu bagian dari bimbingan perkawinan (Bimwin).", ("Bimwin", NOTE)),
]
LOUD = [
    # the number written twice, in words and figures: the editors mark it (64 of 65)
    ("N1", _BODY + "Panen diikuti 7 (tujuh) orang warga binaan.", WARNING),
    ("W1", _BODY + "Cabai dibagikan diantaranya kepada petugas.", ERROR),
]


@pytest.mark.parametrize(("rule", "text", "expected"), QUIET)
def test_a_seldom_confirmed_reading_is_a_note(rule, text, expected):
    assert expected in _severities(text, rule)


@pytest.mark.parametrize(("rule", "text", "severity"), LOUD)
def test_other_readings_keep_their_severity(rule, text, severity):
    found = _severities(text, rule)
    assert found and {s for _t, s in found} == {severity}


def test_every_note_reading_is_a_message_a_rule_gives():
    """A reworded message would silently turn its note back into a warning or an error."""
    catalog = (ROOT / "resources/locale/id/LC_MESSAGES/kabar.po").read_text(encoding="utf-8")
    msgids = {
        m.group(1).replace('\\"', '"') for m in re.finditer(r'^msgid "(.*)"$', catalog, re.M)
    }
    missing = [(rule, message) for rule, message in NOTE_READINGS if message not in msgids]
    assert missing == []


def test_the_command_line_names_notes_and_counts_them(tmp_path, capsys):
    article = tmp_path / "berita.txt"
    article.write_text(_BODY + "Panen diikuti 7 orang warga binaan.\n", encoding="utf-8")
    assert run_check(article, "text") == 0  # notes alone never fail a check
    lines = capsys.readouterr().out.splitlines()
    n1 = next(line for line in lines if " N1: " in line)
    assert " catatan N1: " in n1 or " note N1: " in n1
    summary = r"0 (galat|errors), \d+ (peringatan|warnings), 1 (catatan|notes)"
    assert re.fullmatch(summary, lines[-1])
    assert run_check(article, "json") == 0
    notes = [f for f in json.loads(capsys.readouterr().out) if f["rule"] == "N1"]
    assert [f["severity"] for f in notes] == ["note"]


def test_the_quality_script_counts_notes_apart(tmp_path):
    """A note on unmarked text lowers the notes' precision, not the warnings'."""
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import check_quality

    corpus = tmp_path / "c.txt"
    corpus.write_text(
        "# source: test\n# kind: real\n---\n" + _BODY + "Panen diikuti 7 orang warga binaan.\n",
        encoding="utf-8",
    )
    texts = check_quality.read_corpus([str(corpus)])
    lines = dict(
        line.split(": ", 1) for line in check_quality.report(check_quality.score(texts), texts)
    )
    assert lines["found_notes"] == "1 findings"
    assert lines["precision_notes"] == "0.0 %"
    assert lines["found_warnings"] == "0 findings"
