"""The "Body & closing" tab: the writer's own paragraphs and where each stands (after the
lead, after a speaker, at the end), and the writer's credit.

Paragraphs are few and long, so each gets its own text box rather than a list; adding,
removing, moving and placing them is undoable.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kabar_desktop.compose import Article
from kabar_desktop.gui.editor.draft_session import DraftSession
from kabar_desktop.gui.form.fields import (
    FieldRow,
    Path,
    TextBox,
    add_item_buttons,
    add_row,
    bold,
    guard_wheel,
    line_edit,
    new_form,
    quiet,
    set_combo,
    set_line,
    set_plain,
)
from kabar_desktop.gui.form.limits import limit_button, may_add
from kabar_desktop.gui.form.placement import place_choices
from kabar_desktop.i18n import _
from kabar_desktop.model.draft import Draft, Paragraph


class _ParagraphBox(QWidget):
    """One paragraph: its number, where it stands, its text, and buttons to move or remove it."""

    def __init__(self, pane: ParagraphsPane, index: int, count: int):
        super().__init__()
        number = index + 1
        self.label = QLabel(_("Paragraph {number}").format(number=number))
        self.text = TextBox(3, 12)
        self.text.setAccessibleName(self.label.text())
        self.label.setBuddy(self.text)
        self.row = FieldRow(self.text)
        self.text.textChanged.connect(lambda: pane._edit(index, self.text.toPlainText()))
        self.place = QComboBox()
        self.place.setAccessibleName(_("Place of paragraph {number}").format(number=number))
        self.place.setToolTip(_("Where the paragraph stands in the article"))
        self.place.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        guard_wheel(self.place)
        self.place.currentIndexChanged.connect(
            lambda row: pane._place(index, self.place.itemData(row))
        )
        place_label = QLabel(_("Place"))
        place_label.setBuddy(self.place)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.label)
        header.addSpacing(12)
        header.addWidget(place_label)
        header.addWidget(self.place, 1)
        tips = (
            _("Move paragraph {number} up").format(number=number),
            _("Move paragraph {number} down").format(number=number),
            _("Remove paragraph {number}").format(number=number),
        )
        self.move_buttons, self.remove_button = add_item_buttons(
            header, index, count, tips, pane._move, pane._remove
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.row)


class ParagraphsPane(QWidget):
    def __init__(self, session: DraftSession, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._problems: dict[str, str] = {}
        self.boxes: list[_ParagraphBox] = []
        self._places_shown: tuple | None = None  # (choices, places) the combos show

        heading = QLabel(_("Your own paragraphs"))
        bold(heading)
        hint = QLabel(
            _(
                "Background after the lead, a paragraph between speakers, the closing: choose "
                "where each one stands."
            )
        )
        hint.setWordWrap(True)
        quiet(hint)
        self.empty = QLabel(_("No paragraphs yet."))
        quiet(self.empty)
        self._boxes_layout = QVBoxLayout()
        self._boxes_layout.setContentsMargins(0, 0, 0, 0)
        self._boxes_layout.setSpacing(10)
        self.add_button = QPushButton(_("Add paragraph"))
        self.add_button.setAccessibleName(self.add_button.text())
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add)
        add_row_layout = QHBoxLayout()
        add_row_layout.addWidget(self.add_button)
        add_row_layout.addStretch(1)

        form = new_form()
        self.credit = line_edit(_("e.g. humas/fka"))
        self.credit.setToolTip(_("Written at the end of the article in brackets: (humas/fka)"))
        self.credit.textChanged.connect(self._edit_credit)
        self.credit_row = add_row(form, _("Writer's credit"), self.credit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.empty)
        layout.addLayout(self._boxes_layout)
        layout.addLayout(add_row_layout)
        layout.addSpacing(16)
        layout.addLayout(form)
        layout.addStretch(1)

    # --- draft → form --------------------------------------------------------------------
    def populate(self) -> None:
        paragraphs = self._session.draft.paragraphs
        if len(paragraphs) != len(self.boxes):
            for box in self.boxes:
                box.hide()
                box.deleteLater()
            self.boxes = [_ParagraphBox(self, i, len(paragraphs)) for i in range(len(paragraphs))]
            for box in self.boxes:
                self._boxes_layout.addWidget(box)
            self._order_tabs()
        self._places_shown = None
        for box, paragraph in zip(self.boxes, paragraphs, strict=True):
            set_plain(box.text, paragraph.text)
        self._show_places()
        self.empty.setVisible(not paragraphs)
        limit_button(self.add_button, len(paragraphs), "paragraphs")
        set_line(self.credit, self._session.draft.credit)
        self.show_problems(self._problems)

    def _order_tabs(self) -> None:
        """New boxes join the end of the Tab order; put them back where they stand."""
        chain: list[QWidget] = []
        for box in self.boxes:
            chain += [box.place, *box.move_buttons, box.remove_button, box.text]
        chain += [self.add_button, self.credit]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def refresh(self, article: Article) -> None:
        """Nothing here is composed by Kabar; the places name the speakers as typed."""
        self._show_places()

    def _show_places(self) -> None:
        """Bring every "Letak" combo in step with the speakers; nothing when nothing changed
        (this runs on every keystroke, and touching a hundred combos relays out the tab)."""
        choices = place_choices(self._session.draft)
        values = [value for value, _label in choices]
        state = (tuple(choices), tuple(p.after for p in self._session.draft.paragraphs))
        if state == self._places_shown and len(self.boxes) == len(state[1]):
            return
        self._places_shown = state
        for box, paragraph in zip(self.boxes, self._session.draft.paragraphs, strict=True):
            combo = box.place
            shown = [(combo.itemData(r), combo.itemText(r)) for r in range(combo.count())]
            if shown != choices:
                combo.blockSignals(True)
                combo.clear()
                for value, label in choices:
                    combo.addItem(label, value)
                combo.blockSignals(False)
            after = paragraph.after if paragraph.after in values else "end"  # as composed
            set_combo(combo, values.index(after))

    def show_problems(self, problems: dict[str, str]) -> None:
        self._problems = problems
        for i, box in enumerate(self.boxes):
            box.row.mark(problems.get(f"paragraphs[{i}]"))
        self.credit_row.mark(problems.get("credit"))

    def focus_path(self, parts: Path) -> QWidget | None:
        (name, i), rest = parts[0], parts[1:]
        if rest:
            return None
        widget: QWidget
        if name == "credit" and i is None:
            widget = self.credit
        elif name == "paragraphs" and i is not None and 0 <= i < len(self.boxes):
            widget = self.boxes[i].text
        else:
            return None
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget

    # --- form → draft --------------------------------------------------------------------
    def _edit(self, i: int, text: str) -> None:
        self.boxes[i].row.mark(None)
        self._session.set(("paragraphs", i, "text"), text)

    def _place(self, i: int, after: str) -> None:
        if after is None or self._session.draft.paragraphs[i].after == after:
            return
        self._session.apply(
            _("Place paragraph"), lambda d: setattr(d.paragraphs[i], "after", after)
        )

    def _edit_credit(self, text: str) -> None:
        self.credit_row.mark(None)
        self._session.set(("credit",), text)

    def _add(self) -> None:
        draft = self._session.draft
        if not may_add(self.add_button, draft, len(draft.paragraphs), "paragraphs"):
            return
        self._session.apply(_("Add paragraph"), lambda d: d.paragraphs.append(Paragraph()))
        self.boxes[-1].text.setFocus(Qt.FocusReason.OtherFocusReason)

    def _remove(self, i: int) -> None:
        self._session.apply(_("Remove paragraph"), lambda d: d.paragraphs.pop(i))
        if self.boxes:
            self.boxes[min(i, len(self.boxes) - 1)].text.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _move(self, i: int, k: int) -> None:
        def move(d: Draft) -> None:
            d.paragraphs.insert(k, d.paragraphs.pop(i))

        self._session.apply(_("Move paragraph"), move)
        self.boxes[k].text.setFocus(Qt.FocusReason.OtherFocusReason)
