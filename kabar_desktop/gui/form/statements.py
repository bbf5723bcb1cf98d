"""What one speaker said: their quotes and paraphrases, in order, and the one being edited."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QVBoxLayout, QWidget

from kabar_desktop.gui.editor.draft_session import DraftSession
from kabar_desktop.gui.form.fields import (
    FieldRow,
    Path,
    TextBox,
    add_pair,
    add_row,
    bold,
    clip,
    guard_wheel,
    has_problem_under,
    line_edit,
    new_form,
    quiet,
    set_combo,
    set_combo_text,
    set_line,
    set_plain,
)
from kabar_desktop.gui.form.limits import limit_button, may_add
from kabar_desktop.gui.form.lists import OrderedList
from kabar_desktop.i18n import _
from kabar_desktop.model.draft import ATTRIBUTION_VERBS, Draft, Statement

QUOTE_MARKS = "\"'“”‘’„«»"


def statement_entry(st: Statement) -> str:
    """How a statement reads in the list: its kind, then the start of its text."""
    kind = _("Quote") if st.kind == "quote" else _("Paraphrase")
    typed = st.text.strip()
    if st.kind == "quote":  # typed with its own marks: the entry adds its own, once
        typed = typed.strip(QUOTE_MARKS).strip()
    text = clip(typed, 70) if typed else _("(empty)")
    return f"{kind}: “{text}”" if st.kind == "quote" and typed else f"{kind}: {text}"


def verb_value(text: str) -> str | None:
    """The verb the writer chose or typed; None (Kabar chooses) for "(automatic)" or nothing."""
    text = text.strip()
    return None if not text or text == _("(automatic)") else text


class StatementsEditor(QWidget):
    """The statements of the speaker ``speaker()`` returns (an index into the draft)."""

    def __init__(
        self, session: DraftSession, speaker: Callable[[], int], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._session, self._speaker = session, speaker
        self._index = -1
        self._problems: dict[str, str] = {}

        heading = QLabel(_("What the speaker said"))
        bold(heading)
        self.list = OrderedList(
            [
                (_("Add quote"), _("Add a direct quote (Insert)"), lambda: self._add("quote")),
                (
                    _("Add paraphrase"),
                    _("Add a paraphrase in your words"),
                    lambda: self._add("paraphrase"),
                ),
            ],
            _("Statements"),
            rows=3,
        )
        heading.setBuddy(self.list.list)
        self.list.current_changed.connect(self._select)
        self.list.remove_requested.connect(self._remove)
        self.list.move_requested.connect(self._move)
        self.empty = QLabel(_("Nothing yet: add a quote or a paraphrase."))
        quiet(self.empty)

        self.details = QWidget()
        form = new_form()
        self.form = form
        self.kind = QComboBox()
        self.kind.addItem(_("Quote (the speaker's own words)"), "quote")
        self.kind.addItem(_("Paraphrase (in your words)"), "paraphrase")
        guard_wheel(self.kind)
        self.kind.currentIndexChanged.connect(self._change_kind)
        add_row(form, _("Kind"), self.kind, _("Kind of statement"))
        self.text = TextBox(3, 12)
        self.text.textChanged.connect(self._edit_text)
        self.rows: dict[str, FieldRow] = {"text": add_row(form, _("Text"), self.text)}
        self.text.setToolTip(_("A quote of several paragraphs: one paragraph per line."))
        self.verb = QComboBox()
        self.verb.setEditable(True)  # any verb: the list only suggests
        self.verb.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.verb.addItem(_("(automatic)"), None)
        for verb in ATTRIBUTION_VERBS:
            self.verb.addItem(verb, verb)
        verb_line = self.verb.lineEdit()
        assert verb_line is not None  # an editable combo box has one
        verb_line.setPlaceholderText(_("(automatic)"))
        self.verb.setToolTip(_("The word after the quote: ujarnya, katanya, … (type any verb)"))
        guard_wheel(self.verb)
        self.verb.editTextChanged.connect(lambda text: self._edit("verb", verb_value(text)))
        self.context = line_edit(_("e.g. mengutip pesan Andap Budhi Revianto"))
        self.context.textChanged.connect(lambda text: self._edit("context", text))
        self.rows["verb"], self.rows["context"] = add_pair(  # one line: 1366 × 768 fits
            form, _("Attribution verb"), self.verb, _("After the verb"), self.context
        )
        self.name_speaker = QCheckBox(_("Name the speaker (“ujar Dian” instead of “ujarnya”)"))
        self.name_speaker.setAccessibleName(_("Name the speaker"))
        self.name_speaker.toggled.connect(lambda on: self._edit("name_speaker", on))
        form.addRow("", self.name_speaker)
        self.details.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(heading)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(self.details)

    # --- draft → form --------------------------------------------------------------------
    def _statements(self) -> list[Statement]:
        draft = self._session.draft
        i = self._speaker()
        return draft.speakers[i].statements if 0 <= i < len(draft.speakers) else []

    def populate(self, index: int | None = None) -> None:
        """Re-read the statements; keep the selection (or select ``index``)."""
        statements = self._statements()
        if index is not None:
            self._index = index
        self._index = min(max(self._index, 0), len(statements) - 1)
        self.list.set_items([statement_entry(st) for st in statements], self._index)
        for button in self.list.add_buttons:
            limit_button(button, len(statements), "statements")
        self._fill()
        self.show_problems(self._problems)

    def _fill(self) -> None:
        statements = self._statements()
        has = 0 <= self._index < len(statements)
        self.details.setVisible(has)
        self.empty.setVisible(not statements)
        if not has:
            return
        st = statements[self._index]
        quote = st.kind == "quote"
        set_combo(self.kind, 0 if quote else 1)
        set_plain(self.text, st.text)
        self.text.setAccessibleName(
            _("Text of the quote") if quote else _("Text of the paraphrase")
        )
        self.text.setPlaceholderText(
            _("The speaker's words, without quote marks; one paragraph per line")
            if quote
            else _("In your words: what the speaker said")
        )
        set_combo_text(self.verb, st.verb if st.verb is not None else _("(automatic)"))
        set_line(self.context, st.context)
        self.name_speaker.blockSignals(True)
        self.name_speaker.setChecked(st.name_speaker)
        self.name_speaker.blockSignals(False)
        self.form.setRowVisible(self.name_speaker, quote)
        verb_caption = self.rows["verb"].caption
        assert verb_caption is not None  # add_pair gave it one
        self.form.setRowVisible(verb_caption, quote)  # the verb and what follows share a line

    def refresh(self) -> None:
        """Keep the list entries in step with typing (cheap)."""
        for j, st in enumerate(self._statements()):
            self.list.set_text(j, statement_entry(st))

    def show_problems(self, problems: dict[str, str]) -> None:
        self._problems = problems
        prefix = f"speakers[{self._speaker()}].statements"
        for j in range(len(self._statements())):
            path = f"{prefix}[{j}]"
            missing = has_problem_under(problems, path)
            self.list.mark(j, _("Something is missing here") if missing else None)
        path = f"{prefix}[{self._index}]"
        self.rows["text"].mark(problems.get(f"{path}.text") or problems.get(path))
        self.rows["verb"].mark(problems.get(f"{path}.verb"))
        self.rows["context"].mark(problems.get(f"{path}.context"))

    def focus_path(self, parts: Path) -> QWidget | None:
        """``[("statements", j), ("text", None)]`` → select statement j, focus its text."""
        (name, j), rest = parts[0], parts[1:]
        if name != "statements" or j is None or not 0 <= j < len(self._statements()):
            return None
        self.list.select(j)
        field = rest[0][0] if rest else "text"
        fields: dict[str, QWidget] = {
            "text": self.text,
            "kind": self.kind,
            "verb": self.verb,
            "context": self.context,
            "name_speaker": self.name_speaker,
        }
        widget = fields.get(field)
        if widget is None or not widget.isVisibleTo(self):
            return None
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget

    def focus_text(self) -> None:
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- form → draft --------------------------------------------------------------------
    def _select(self, row: int) -> None:
        self._index = row
        self._fill()
        self.show_problems(self._problems)

    def _edit(self, name: str, value: object) -> None:
        i, j = self._speaker(), self._index
        if j < 0:
            return
        if name in self.rows:
            self.rows[name].mark(None)
        self._session.set(("speakers", i, "statements", j, name), value)

    def _edit_text(self) -> None:
        self._edit("text", self.text.toPlainText())
        self.list.set_text(self._index, statement_entry(self._statements()[self._index]))

    def _add(self, kind: str) -> None:
        i = self._speaker()
        if i < 0:
            return
        button = self.list.add_buttons[0 if kind == "quote" else 1]
        if not may_add(button, self._session.draft, len(self._statements()), "statements"):
            return
        self._index = len(self._statements())
        label = _("Add quote") if kind == "quote" else _("Add paraphrase")
        self._session.apply(label, lambda d: d.speakers[i].statements.append(Statement(kind)))
        self.focus_text()

    def _remove(self, j: int) -> None:
        i = self._speaker()
        self._index = j if j < len(self._statements()) - 1 else j - 1
        self._session.apply(_("Remove statement"), lambda d: d.speakers[i].statements.pop(j))

    def _move(self, j: int, k: int) -> None:
        i = self._speaker()
        self._index = k

        def move(d: Draft) -> None:
            statements = d.speakers[i].statements
            statements.insert(k, statements.pop(j))

        self._session.apply(_("Move statement"), move)

    def _change_kind(self, row: int) -> None:
        i, j = self._speaker(), self._index
        kind = self.kind.itemData(row)
        if j < 0 or self._statements()[j].kind == kind:
            return
        self._session.apply(
            _("Change kind of statement"),
            lambda d: setattr(d.speakers[i].statements[j], "kind", kind),
        )
