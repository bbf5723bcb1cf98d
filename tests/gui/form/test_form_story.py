"""The story's shape in the form: its kind (or Kabar's suggestion), the speakers' parts, who
else was there, where the writer's paragraphs stand; the preview follows each choice."""

from __future__ import annotations

import pytest
from conftest import DATA
from PySide6.QtCore import QPoint, Qt

from kabar_desktop.gui.editor.draft_session import DraftSession
from kabar_desktop.gui.editor.preview import PreviewPane
from kabar_desktop.gui.form import FormPanel
from kabar_desktop.model.draft import Draft, Paragraph, Speaker
from kabar_desktop.model.draft_file import read_draft

CLOSING = "Selain itu, kegiatan ini juga diisi dengan Latihan Penulisan Narasi Berita"


def _open(qtbot, draft: Draft):
    session = DraftSession(draft)
    panel = FormPanel(session)
    preview = PreviewPane(session)
    for widget in (panel, preview):
        qtbot.addWidget(widget)
        widget.resize(600, 760)
        widget.show()
    qtbot.waitUntil(lambda: bool(preview.plain_text().strip()), timeout=3000)
    return session, panel, preview


@pytest.fixture
def sample(qtbot):
    return _open(qtbot, read_draft(DATA / "sample.json"))


@pytest.fixture
def office(qtbot):
    """A story with no speakers yet: Kabar suggests the kind from the facts."""
    draft = Draft(
        title="Rudenim Kupang Ikuti Rapat",
        dateline="Kupang",
        organizer="Rudenim Kupang",
        event="rapat koordinasi pengawasan orang asing",
        credit="humas/fka",
    )
    return _open(qtbot, draft)


def shows(qtbot, preview: PreviewPane, text: str) -> None:
    qtbot.waitUntil(lambda: text in preview.plain_text(), timeout=3000)


def click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot, box) -> None:
    """Click a check box on its box (the widget may be wider than its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


# --- the kind of story ---------------------------------------------------------------------
def test_choosing_a_kind_changes_the_lead_in_the_preview(sample, qtbot):
    session, panel, preview = sample
    combo = panel.facts.kind
    assert combo.currentData() == "narasumber"
    assert combo.count() == 14  # "Otomatis: …" and the 13 kinds
    combo.setCurrentIndex(combo.findData("rapat"))
    assert session.draft.kind == "rapat"
    shows(qtbot, preview, "Kupang - Rudenim Kupang menggelar Pelatihan")
    session.undo_stack.undo()
    assert combo.currentData() == "narasumber"
    shows(qtbot, preview, "hadir sebagai narasumber")


def test_automatic_shows_the_suggestion_and_follows_the_facts(office, qtbot):
    session, panel, preview = office
    combo = panel.facts.kind
    assert session.draft.kind is None and combo.currentIndex() == 0
    assert combo.currentText() == "Otomatis: Rapat atau koordinasi"
    shows(qtbot, preview, "Rudenim Kupang menggelar rapat koordinasi")

    qtbot.keyClicks(panel.facts.edits["counterpart"], "Kanwil Kemenkumham NTT")
    assert combo.currentText() == "Otomatis: Menghadiri kegiatan pihak lain"
    assert session.draft.kind is None  # still Kabar's choice, not the writer's
    shows(qtbot, preview, "yang diselenggarakan oleh Kanwil Kemenkumham NTT")
    assert panel.facts.rows["counterpart"].caption.text() == "Penyelenggara"


def test_choosing_automatic_again_hands_the_kind_back_to_kabar(sample):
    session, panel, _preview = sample
    panel.facts.kind.setCurrentIndex(0)
    assert session.draft.kind is None
    assert panel.facts.kind.currentText().startswith("Otomatis: ")


def test_the_other_partys_field_says_what_it_holds_for_the_kind(office):
    _session, panel, _preview = office
    facts = panel.facts
    facts.kind.setCurrentIndex(facts.kind.findData("kunjungan"))
    assert facts.rows["counterpart"].caption.text() == "Tujuan kunjungan"
    facts.kind.setCurrentIndex(facts.kind.findData("penyerahan"))
    assert facts.rows["counterpart"].caption.text() == "Penerima"
    assert "diserahkan" in facts.edits["event"].placeholderText()


def test_purpose_and_date_in_the_lead(office, qtbot):
    session, panel, preview = office
    facts = panel.facts
    qtbot.keyClicks(facts.edits["purpose"], "Dalam rangka menjaga keamanan")
    shows(qtbot, preview, "Dalam rangka menjaga keamanan, Rudenim Kupang")
    assert facts.date_in_lead.isChecked()
    tick(qtbot, facts.date_in_lead)
    assert session.draft.date_in_lead is False
    qtbot.keyClicks(facts.edits["period"], "Oktober 2024")
    assert session.draft.period == "Oktober 2024"


# --- who else was there --------------------------------------------------------------------
def test_a_companion_and_an_attendee_show_in_the_preview(sample, qtbot):
    session, panel, preview = sample
    companions = panel.facts.people["companions"]
    click(qtbot, companions.add_button)
    row = companions.people_rows[0]
    assert panel.focusWidget() is row.edits["position"]
    qtbot.keyClicks(row.edits["position"], "Kepala Rudenim Kupang")
    qtbot.keyClicks(row.edits["name"], "Heksa Asik Soepriadi")
    assert session.draft.companions[0].name == "Heksa Asik Soepriadi"
    shows(qtbot, preview, "didampingi oleh Kepala Rudenim Kupang, Heksa Asik Soepriadi")

    attendees = panel.facts.people["attendees"]
    click(qtbot, attendees.add_button)
    qtbot.keyClicks(attendees.people_rows[0].edits["position"], "para pejabat struktural")
    shows(qtbot, preview, "tersebut para pejabat struktural.")
    assert "Turut hadir dalam" in preview.plain_text()

    click(qtbot, attendees.people_rows[0].remove_button)
    assert session.draft.attendees == []
    qtbot.waitUntil(lambda: "Turut hadir" not in preview.plain_text(), timeout=3000)
    session.undo_stack.undo()
    assert session.draft.attendees[0].position == "para pejabat struktural"
    assert attendees.people_rows[0].edits["position"].text() == "para pejabat struktural"


def test_a_person_with_a_problem_is_marked_and_found(sample, qtbot):
    session, panel, _preview = sample
    click(qtbot, panel.facts.people["attendees"].add_button)
    from kabar_desktop.model.completeness import missing_facts

    panel.show_problems(missing_facts(session.draft))
    row = panel.facts.people["attendees"].people_rows[0]
    assert row.rows["position"].message
    assert panel.focus_field("attendees[0].name")
    assert panel.focusWidget() is row.edits["name"]
    assert panel.field_widget("attendees[0].position") is row.edits["position"]


# --- speakers by their part ----------------------------------------------------------------
def test_a_speakers_part_changes_their_introduction(sample, qtbot):
    session, panel, preview = sample
    pane = panel.speakers
    pane.list.list.setCurrentRow(1)
    shows(qtbot, preview, "Selanjutnya, narasumber kedua, Kasubbag HRBTI Kanwil NTT, Dian Lenggu")
    assert pane.role.isVisibleTo(pane)  # a narasumber's noun may be chosen
    pane.part.setCurrentIndex(pane.part.findData("pengarah"))
    assert session.draft.speakers[1].part == "pengarah"
    assert not pane.role.isVisibleTo(pane)  # the part has its own words
    shows(qtbot, preview, "Dalam arahannya, Kasubbag HRBTI Kanwil NTT, Dian Lenggu, menekankan")
    assert pane.intro.composed.toPlainText().startswith("Dalam arahannya, ")
    session.undo_stack.undo()
    assert session.draft.speakers[1].part == "narasumber"
    assert pane.part.currentData() == "narasumber"


def test_context_and_name_first_reach_the_introduction(sample, qtbot):
    session, panel, preview = sample
    pane = panel.speakers
    pane.list.list.setCurrentRow(1)
    qtbot.keyClicks(pane.edits["context"], "Ditemui usai kegiatan")
    tick(qtbot, pane.name_first)
    speaker = session.draft.speakers[1]
    assert (speaker.context, speaker.name_first) == ("Ditemui usai kegiatan", True)
    shows(qtbot, preview, "Ditemui usai kegiatan, ")
    shows(qtbot, preview, "Dian Lenggu, Kasubbag HRBTI Kanwil NTT")


def test_any_attribution_verb_and_a_quote_of_two_paragraphs(sample, qtbot):
    session, panel, preview = sample
    st = panel.speakers.statements
    quote = next(j for j, s in enumerate(session.draft.speakers[0].statements) if s.kind == "quote")
    st.list.list.setCurrentRow(quote)
    st.verb.lineEdit().selectAll()
    qtbot.keyClicks(st.verb.lineEdit(), "puji")
    assert session.draft.speakers[0].statements[quote].verb == "puji"
    shows(qtbot, preview, "pujinya")
    st.verb.setCurrentIndex(0)  # "(otomatis)"
    assert session.draft.speakers[0].statements[quote].verb is None

    st.text.moveCursor(st.text.textCursor().MoveOperation.End)
    qtbot.keyClick(st.text, Qt.Key.Key_Return)
    qtbot.keyClicks(st.text, "Paragraf kedua kutipan.")
    text = session.draft.speakers[0].statements[quote].text
    assert text.endswith("opini publik.\nParagraf kedua kutipan.")
    shows(qtbot, preview, '"Paragraf kedua kutipan,"')


# --- where the writer's paragraphs stand ----------------------------------------------------
def test_moving_a_paragraph_after_the_lead_moves_it_in_the_preview(sample, qtbot):
    session, panel, preview = sample
    body = panel.body
    place = body.boxes[0].place
    texts = [place.itemText(i) for i in range(place.count())]
    assert texts == [
        "Setelah teras berita",
        "Setelah pembicara 1: Rakhmat Renaldy",
        "Setelah pembicara 2: Dian Lenggu",
        "Di akhir",
    ]
    assert place.currentData() == "end"
    text = preview.plain_text()
    assert text.index(CLOSING) > text.index("Humas adalah tim")
    place.setCurrentIndex(place.findData("lead"))
    assert session.draft.paragraphs[0].after == "lead"
    qtbot.waitUntil(
        lambda: preview.plain_text().index(CLOSING) < preview.plain_text().index("Menurutnya"),
        timeout=3000,
    )
    session.undo_stack.undo()
    assert session.draft.paragraphs[0].after == "end"
    assert place.currentData() == "end"


def test_the_places_name_the_speakers_as_they_are_typed(sample, qtbot):
    _session, panel, _preview = sample
    place = panel.body.boxes[0].place
    panel.speakers.list.list.setCurrentRow(1)
    name = panel.speakers.edits["name"]
    name.selectAll()
    qtbot.keyClicks(name, "Dian L.")
    assert place.itemText(2) == "Setelah pembicara 2: Dian L."


def test_removing_or_moving_a_speaker_keeps_paragraphs_with_their_person(qtbot):
    draft = read_draft(DATA / "sample.json")
    draft.speakers.append(Speaker(name="Tiga", position="Kasi Registrasi"))
    draft.paragraphs = [
        Paragraph("Sesudah Dian.", "speakers[1]"),
        Paragraph("Sesudah Renaldy.", "speakers[0]"),
        Paragraph("Di akhir.", "end"),
    ]
    session, panel, _preview = _open(qtbot, draft)
    pane = panel.speakers
    pane.list.list.setCurrentRow(0)
    click(qtbot, pane.list.remove_button)  # Renaldy leaves
    assert [p.after for p in session.draft.paragraphs] == ["speakers[0]", "end", "end"]
    assert panel.body.boxes[0].place.currentText() == "Setelah pembicara 1: Dian Lenggu"
    session.undo_stack.undo()  # one undo brings the speaker and the placements back
    assert [p.after for p in session.draft.paragraphs] == ["speakers[1]", "speakers[0]", "end"]

    pane.list.list.setCurrentRow(2)
    click(qtbot, pane.list.up_button)  # Tiga before Dian
    assert [s.name for s in session.draft.speakers] == ["Rakhmat Renaldy", "Tiga", "Dian Lenggu"]
    assert [p.after for p in session.draft.paragraphs] == ["speakers[2]", "speakers[0]", "end"]


def test_a_new_paragraph_stands_at_the_end(sample, qtbot):
    session, panel, _preview = sample
    panel.tabs.setCurrentIndex(2)
    click(qtbot, panel.body.add_button)
    assert session.draft.paragraphs[-1] == Paragraph("", "end")
    assert panel.body.boxes[-1].place.currentText() == "Di akhir"
