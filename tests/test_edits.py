"""The draft's undo history (model/edits.py): commands, merging of typing, and a state
machine over random mixes of typing, structural changes, undos and redos."""

from __future__ import annotations

import copy

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from kabar_desktop.model.draft import Draft, Paragraph, Photo, Speaker, Statement
from kabar_desktop.model.edits import (
    History,
    Replace,
    SetField,
    changed_part,
    parse_path,
    structural,
)


def test_parse_path():
    assert parse_path("speakers[1].statements[0].text") == ("speakers", 1, "statements", 0, "text")
    assert parse_path("title") == ("title",)


def test_a_structural_change_keeps_only_the_list_it_changed():
    draft = Draft(title="Judul", paragraphs=[Paragraph("satu")])
    command = structural(draft, "Tambah paragraf", lambda d: d.paragraphs.append(Paragraph()))
    assert isinstance(command, Replace) and command.path == ("paragraphs",)
    assert structural(draft, "nothing", lambda d: None) is None
    after = copy.deepcopy(draft)
    after.speakers[:] = [Speaker(statements=[Statement(text="a")])]
    before = copy.deepcopy(after)
    after.speakers[0].statements[0].text = "b"
    assert changed_part(before, after) == ("speakers", 0, "statements", 0, "text")


def test_defect_1_undo_of_add_paragraph_keeps_the_title_typed_after_it():
    draft, history = Draft(title="Lama"), History()
    history.push(
        draft, structural(draft, "Tambah paragraf", lambda d: d.paragraphs.append(Paragraph()))
    )
    history.push(draft, SetField("Ketik paragraf", ("paragraphs", 0, "text"), "", "Isi"))
    history.push(draft, SetField("Ketik judul", ("title",), "Lama", "Baru"))
    assert history.undo_label == "Ketik judul"
    history.undo(draft)
    assert draft.title == "Lama" and draft.paragraphs[0].text == "Isi"
    history.undo(draft)
    history.undo(draft)
    assert draft.paragraphs == [] and history.redo_label == "Tambah paragraf"
    for _ in range(3):
        history.redo(draft)
    assert draft.title == "Baru" and draft.paragraphs[0].text == "Isi"


def test_consecutive_typing_in_one_field_is_one_command():
    draft, history = Draft(), History()
    for text in ("K", "Ku", "Kup"):
        history.push(draft, SetField("Ketik judul", ("title",), draft.title, text))
    assert len(history.commands) == 1
    history.push(draft, SetField("Ketik kredit", ("credit",), "", "x"))
    history.push(draft, SetField("Ketik judul", ("title",), "Kup", "Kupa"))
    assert len(history.commands) == 3  # typing elsewhere ended the group
    history.undo(draft)
    history.push(draft, SetField("Ketik judul", ("title",), "Kup", "Kupang"))
    assert len(history.commands) == 3 and draft.title == "Kupang"


def test_a_redone_structure_is_a_copy_later_typing_does_not_reach():
    draft, history = Draft(), History()
    history.push(draft, structural(draft, "Tambah foto", lambda d: d.photos.append(Photo("a"))))
    history.undo(draft)
    history.redo(draft)
    history.push(draft, SetField("Ketik keterangan", ("photos", 0, "caption"), "", "Rapat"))
    history.undo(draft)
    history.undo(draft)
    history.redo(draft)
    assert draft.photos[0].caption == ""
    history.redo(draft)
    assert draft.photos[0].caption == "Rapat"


WORDS = st.text(alphabet="abc ", min_size=0, max_size=4)


class HistoryMachine(RuleBasedStateMachine):
    """The draft after any mix of steps equals the model: the list of states, and the
    position in it. Typing in the field typed in just before replaces the last state."""

    def __init__(self) -> None:
        super().__init__()
        self.draft = Draft()
        self.history = History()
        self.states = [copy.deepcopy(self.draft)]
        self.index = 0
        self.open_path: tuple | None = None  # the field typed in by the last step

    def _pushed(self, path: tuple | None) -> None:
        state = copy.deepcopy(self.draft)
        if path is not None and path == self.open_path:
            self.states[self.index] = state
        else:
            del self.states[self.index + 1 :]
            self.states.append(state)
            self.index += 1
        self.open_path = path

    def _type(self, path: tuple, text: str) -> None:
        from kabar_desktop.model.edits import get

        old = get(self.draft, path)
        self.history.push(self.draft, SetField("typing", path, old, old + text))
        self._pushed(path)

    @rule(text=WORDS)
    def type_title(self, text):
        self._type(("title",), text)

    @rule(text=WORDS)
    def type_credit(self, text):
        self._type(("credit",), text)

    @precondition(lambda self: self.draft.paragraphs)
    @rule(data=st.data(), text=WORDS)
    def type_paragraph(self, data, text):
        i = data.draw(st.integers(0, len(self.draft.paragraphs) - 1))
        self._type(("paragraphs", i, "text"), text)

    @precondition(lambda self: self.draft.photos)
    @rule(data=st.data(), text=WORDS)
    def type_caption(self, data, text):
        i = data.draw(st.integers(0, len(self.draft.photos) - 1))
        self._type(("photos", i, "caption"), text)

    @precondition(lambda self: self.draft.speakers and self.draft.speakers[0].statements)
    @rule(text=WORDS)
    def type_statement(self, text):
        self._type(("speakers", 0, "statements", 0, "text"), text)

    def _structure(self, change) -> None:
        command = structural(self.draft, "structure", change)
        if command is not None:
            self.history.push(self.draft, command)
            self._pushed(None)

    @rule(text=WORDS)
    def add_paragraph(self, text):
        self._structure(lambda d: d.paragraphs.append(Paragraph(text)))

    @rule()
    def add_photo(self):
        self._structure(lambda d: d.photos.append(Photo("p.jpg")))

    @rule()
    def add_speaker_with_statement(self):
        self._structure(lambda d: d.speakers.insert(0, Speaker(statements=[Statement()])))

    @precondition(lambda self: self.draft.paragraphs)
    @rule(data=st.data())
    def remove_paragraph(self, data):
        i = data.draw(st.integers(0, len(self.draft.paragraphs) - 1))
        self._structure(lambda d: d.paragraphs.pop(i))

    @precondition(lambda self: len(self.draft.paragraphs) > 1)
    @rule()
    def move_paragraph(self):
        self._structure(lambda d: d.paragraphs.insert(0, d.paragraphs.pop()))

    @precondition(lambda self: self.draft.photos)
    @rule()
    def remove_photo_and_retitle(self):  # two parts at once: the whole draft is replaced
        def change(d: Draft) -> None:
            d.photos.pop()
            d.title += "!"

        self._structure(change)

    @rule()
    def undo(self):
        done = self.history.undo(self.draft)
        assert (done is None) == (self.index == 0)
        self.index = max(0, self.index - 1)
        self.open_path = None

    @rule()
    def redo(self):
        done = self.history.redo(self.draft)
        assert (done is None) == (self.index == len(self.states) - 1)
        self.index = min(len(self.states) - 1, self.index + 1)
        self.open_path = None

    @invariant()
    def the_draft_is_the_models_state(self):
        assert self.draft == self.states[self.index]
        assert self.history.index == self.index
        assert len(self.history.commands) == len(self.states) - 1

    def teardown(self):
        """Undo everything, then redo everything: every state comes back, text and all."""
        while self.history.undo(self.draft) is not None:
            pass
        assert self.draft == self.states[0]
        for state in self.states[1:]:
            self.history.redo(self.draft)
            assert self.draft == state


HistoryMachine.TestCase.settings = settings(max_examples=150, stateful_step_count=40, deadline=None)
TestHistory = pytest.mark.slow(HistoryMachine.TestCase)
