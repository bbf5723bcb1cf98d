"""The "Speakers" tab: who spoke, in order of appearance, and the one being edited."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFrame, QLabel, QVBoxLayout, QWidget

from kabar_desktop.compose import Article
from kabar_desktop.gui.editor.draft_session import DraftSession
from kabar_desktop.gui.form.composed_text import ComposedText, composed_intro
from kabar_desktop.gui.form.fields import (
    FieldRow,
    Path,
    add_pair,
    add_row,
    guard_wheel,
    has_problem_under,
    line_edit,
    new_form,
    quiet,
    set_combo,
    set_combo_text,
    set_line,
)
from kabar_desktop.gui.form.limits import limit_button, may_add
from kabar_desktop.gui.form.lists import OrderedList
from kabar_desktop.gui.form.names import PARTS_WITH_ROLE, part_names
from kabar_desktop.gui.form.placement import move_speaker, remove_speaker
from kabar_desktop.gui.form.statements import StatementsEditor
from kabar_desktop.i18n import _
from kabar_desktop.model.draft import Speaker
from kabar_desktop.model.story import SPEAKER_PARTS

# Nouns as the article writes them ("narasumber kedua"): article words, never translated.
ROLES = ("narasumber", "pemateri", "pembicara", "moderator", "pembawa acara")
_TEXT_FIELDS = ("name", "short_name", "position", "topic", "context")


def speaker_entry(speaker: Speaker) -> str:
    """How a speaker reads in the list: "position, name", as the article introduces them."""
    parts = [p for p in (speaker.position.strip(), speaker.name.strip()) if p]
    return ", ".join(parts) if parts else _("(new speaker)")


class SpeakersPane(QWidget):
    """The list of speakers and the details of the selected one: who they are, the part they
    play (which decides how Kabar introduces them), and what they said."""

    def __init__(self, session: DraftSession, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._index = 0
        self._problems: dict[str, str] = {}
        self._article: Article | None = None

        self.list = OrderedList(
            [(_("Add"), _("Add a speaker (Insert)"), self._add)], _("Speakers"), rows=3
        )
        # no heading over the list (the tab names it): a line more for what they said
        self.list.list.setToolTip(_("Speakers, in order of appearance"))
        self.list.list.setAccessibleDescription(_("Speakers, in order of appearance"))
        self.list_row = FieldRow(self.list)
        self.list.current_changed.connect(self._select)
        self.list.remove_requested.connect(self._remove)
        self.list.move_requested.connect(self._move)
        self.empty = QLabel(_("No speakers yet. Click Add to enter the first one."))
        quiet(self.empty)

        self.details = QFrame()
        self.details.setFrameShape(QFrame.Shape.StyledPanel)
        form = new_form()
        labels = {
            "name": (_("Name"), _("Full name, e.g. Dian Lenggu")),
            "short_name": (_("Short name"), _("Later mentions; empty: the last word of the name")),
            "position": (_("Position"), _("e.g. Kasubbag HRBTI Kanwil NTT")),
            "topic": (_("Topic"), _("What they spoke about")),
            "context": (_("Before the introduction"), _("optional, e.g. Ditemui usai kegiatan")),
        }
        self.edits = {}
        self.rows: dict[str, FieldRow] = {}
        for name in _TEXT_FIELDS:
            label, placeholder = labels[name]
            edit = line_edit(placeholder)
            edit.textChanged.connect(lambda text, name=name: self._edit(name, text))
            self.edits[name] = edit
            if name == "short_name":  # beside the name: a line less (1366 × 768)
                self.rows["name"], self.rows[name] = add_pair(
                    form, labels["name"][0], self.edits["name"], label, edit
                )
            elif name != "name":
                self.rows[name] = add_row(form, label, edit)
            if name == "position":
                self._add_part(form)
        self.edits["context"].setToolTip(
            _("Words before the introduction: “Ditemui usai kegiatan, Kepala …, Nama, …”")
        )
        self.name_first = QCheckBox(_("Name before position"))
        self.name_first.setToolTip(
            _("“Budi Santoso, Kepala Lapas …” instead of “Kepala Lapas …, Budi Santoso”")
        )
        self.name_first.setAccessibleName(self.name_first.text())
        self.name_first.toggled.connect(lambda on: self._edit("name_first", on))
        self.form = form

        self.intro = ComposedText(
            _("Introduction (composed by Kabar)"),
            _("Introduction (your own wording)"),
            on_write_own=self._write_own_intro,
            on_back=self._back_to_composed_intro,
            on_edit=lambda text: self._edit("intro", text),
        )
        self.intro.add_to_heading(self.name_first)  # it changes the introduction's wording
        self.rows["intro"] = self.intro.row
        self.statements = StatementsEditor(session, lambda: self._index)

        inner = QVBoxLayout(self.details)
        inner.setContentsMargins(10, 8, 10, 8)
        inner.setSpacing(8)
        inner.addLayout(form)
        inner.addWidget(self.intro)
        inner.addWidget(self.statements)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(self.list_row)
        layout.addWidget(self.empty)
        layout.addWidget(self.details)
        layout.addStretch(1)

    def _add_part(self, form) -> None:
        self.part = QComboBox()
        for part, name in part_names().items():
            self.part.addItem(name, part)
        self.part.setToolTip(_("The part they play decides how Kabar introduces them."))
        guard_wheel(self.part)
        self.part.currentIndexChanged.connect(self._choose_part)
        self.rows["part"] = add_row(form, _("Part"), self.part)
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.role.addItems(ROLES)
        self.role.setToolTip(_("Speakers sharing a role are counted: narasumber kedua"))
        guard_wheel(self.role)
        self.role.editTextChanged.connect(lambda text: self._edit("role", text))
        self.rows["role"] = add_row(form, _("Called"), self.role)

    # --- draft → form --------------------------------------------------------------------
    def populate(self) -> None:
        speakers = self._session.draft.speakers
        self._index = min(max(self._index, 0), len(speakers) - 1)
        self.list.set_items([speaker_entry(s) for s in speakers], self._index)
        limit_button(self.list.add_buttons[0], len(speakers), "speakers")
        self._fill()

    def _fill(self, statement: int | None = None) -> None:
        speakers = self._session.draft.speakers
        has = 0 <= self._index < len(speakers)
        self.details.setVisible(has)
        self.empty.setVisible(not speakers)
        if has:
            s = speakers[self._index]
            for name, edit in self.edits.items():
                set_line(edit, getattr(s, name))
            part = s.part if s.part in SPEAKER_PARTS else SPEAKER_PARTS[0]
            set_combo(self.part, SPEAKER_PARTS.index(part))
            set_combo_text(self.role, s.role)
            self.form.setRowVisible(self.rows["role"], part in PARTS_WITH_ROLE)
            noun = "narasumber" if part == "narasumber" else _("e.g. moderator")
            role_line = self.role.lineEdit()
            assert role_line is not None  # an editable combo box has one
            role_line.setPlaceholderText(noun)
            self.name_first.blockSignals(True)
            self.name_first.setChecked(s.name_first)
            self.name_first.blockSignals(False)
            self.intro.show_value(s.intro)
            self._show_intro()
        self.statements.populate(statement)
        self.show_problems(self._problems)

    def refresh(self, article: Article) -> None:
        self._article = article
        for i, s in enumerate(self._session.draft.speakers):
            self.list.set_text(i, speaker_entry(s))
        self._show_intro()
        self.statements.refresh()

    def _show_intro(self) -> None:
        if self._article is None or self._index < 0:
            return
        text, joined = composed_intro(self._article, self._index)
        if joined:
            note = _("Kabar joins this sentence to the speaker's first paraphrase.")
        elif not text:
            note = _("No introduction: the lead already names this speaker.")
        else:
            note = ""
        self.intro.set_composed(text, note)

    def show_problems(self, problems: dict[str, str]) -> None:
        self._problems = problems
        self.list_row.mark(problems.get("speakers"))
        for i in range(len(self._session.draft.speakers)):
            missing = has_problem_under(problems, f"speakers[{i}]")
            self.list.mark(i, _("Something is missing here") if missing else None)
        path = f"speakers[{self._index}]"
        for name, row in self.rows.items():
            row.mark(problems.get(f"{path}.{name}"))
        self.statements.show_problems(problems)

    def focus_path(self, parts: Path) -> QWidget | None:
        (_name, i), rest = parts[0], parts[1:]
        if i is None:
            self.list.list.setFocus(Qt.FocusReason.OtherFocusReason)
            return self.list.list if not rest else None
        if not 0 <= i < len(self._session.draft.speakers):
            return None
        self.list.select(i)
        if not rest:
            self.edits["name"].setFocus(Qt.FocusReason.OtherFocusReason)
            return self.edits["name"]
        field = rest[0][0]
        if field == "statements":
            return self.statements.focus_path(rest)
        if field == "intro":
            self.intro.focus_input()
            return self.intro
        fields = {"role": self.role, "part": self.part, "name_first": self.name_first}
        widget = fields.get(field) or self.edits.get(field)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget

    # --- form → draft --------------------------------------------------------------------
    def _select(self, row: int) -> None:
        self._index = row
        self._fill(statement=0)

    def _edit(self, name: str, value: object) -> None:
        i = self._index
        if i < 0:
            return
        if name in self.rows:
            self.rows[name].mark(None)
        self._session.set(("speakers", i, name), value)
        if name in ("name", "position"):
            self.list.set_text(i, speaker_entry(self._session.draft.speakers[i]))

    def _add(self) -> None:
        draft = self._session.draft
        if not may_add(self.list.add_buttons[0], draft, len(draft.speakers), "speakers"):
            return
        self._index = len(self._session.draft.speakers)
        self._session.apply(_("Add speaker"), lambda d: d.speakers.append(Speaker()))
        self.edits["name"].setFocus(Qt.FocusReason.OtherFocusReason)

    def _choose_part(self, row: int) -> None:
        i, part = self._index, self.part.itemData(row)
        if i < 0 or self._session.draft.speakers[i].part == part:
            return
        self._session.apply(
            _("Change speaker's part"), lambda d: setattr(d.speakers[i], "part", part)
        )

    def _remove(self, i: int) -> None:
        """Paragraphs placed after this speaker go to the end; later ones keep their person."""
        self._index = i if i < len(self._session.draft.speakers) - 1 else i - 1
        self._session.apply(_("Remove speaker"), lambda d: remove_speaker(d, i))

    def _move(self, i: int, k: int) -> None:
        self._index = k
        self._session.apply(_("Move speaker"), lambda d: move_speaker(d, i, k))

    def _write_own_intro(self, text: str) -> None:
        i = self._index
        self._session.apply(
            _("Write own introduction"), lambda d: setattr(d.speakers[i], "intro", text)
        )
        self.intro.focus_input()

    def _back_to_composed_intro(self) -> None:
        i = self._index
        self._session.apply(
            _("Use Kabar's introduction"), lambda d: setattr(d.speakers[i], "intro", None)
        )
