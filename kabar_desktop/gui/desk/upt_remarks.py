"""At a UPT: the Kanwil's remarks on the draft in the window, beside the fields they concern,
and the verdict (with the address once it is published).

Like the house-style check's findings: a dock lists them (open ones first), and the fields
they are about are tinted in the form; choosing one shows its field with the words
selected. "Done" marks a remark dealt with; that travels back to the Kanwil with the next
sync (``store.remarks.set_done``). The dock hides while the draft has no remark.

Remarks arrive by sync, while the draft may stay as it is: the list is read again when the
draft changes, is stored, and every few seconds (one indexed query of a small table).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from kabar_desktop.gui.desk.remarks_panel import anchor_label, short
from kabar_desktop.gui.drafts.verdict_dialog import review_label
from kabar_desktop.i18n import _
from kabar_desktop.store import StoreError
from kabar_desktop.store import remarks as remark_store
from kabar_desktop.store import sync_state as state

if TYPE_CHECKING:
    from kabar_desktop.gui.context import WindowContext
    from kabar_desktop.store.remarks import Remark

POLL_MS = 3000
TINT = "#fff3c4"  # the soft yellow the desk marks remarked fields with
RID_ROLE = Qt.ItemDataRole.UserRole
DONE_COLOR = "#5f6368"


class RemarksDock(QDockWidget):
    """The remarks' list, with "Show in the form" and "Done"."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("kanwil-remarks-dock")
        body = QWidget(self)
        self.list = QListWidget(body)
        self.list.setObjectName("kanwil-remarks")
        self.list.setWordWrap(True)
        self.show_button = QPushButton(body)
        self.done_button = QPushButton(body)
        self.done_button.setObjectName("kanwil-remark-done")
        self.changes_button = QPushButton(body)
        self.changes_button.setObjectName("kanwil-changes")
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        self.note = QLabel(body)
        self.note.setObjectName("kanwil-verdict")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.note.setOpenExternalLinks(True)
        layout = QVBoxLayout(body)
        layout.addWidget(self.note)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.changes_button)
        self.setWidget(body)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(_("Kanwil's Remarks"))
        self.list.setAccessibleName(_("The Kanwil's remarks on this draft"))
        self.show_button.setText(_("&Show in the Form"))
        self.show_button.setAccessibleName(_("Show in the form"))
        self.done_button.setText(_("&Done"))
        self.done_button.setAccessibleName(_("Mark the remark done"))
        self.done_button.setToolTip(_("You dealt with it: the Kanwil sees it after the sync."))
        self.changes_button.setText(_("What the Kanwil &Changed…"))
        self.changes_button.setAccessibleName(_("What the Kanwil changed"))
        self.changes_button.setToolTip(
            _("The version before the Kanwil's edit beside the draft as it is now")
        )


class UptRemarks(QObject):
    """Keeps the dock and the tinted fields in step with the remarks on the window's draft."""

    def __init__(self, window: WindowContext):
        super().__init__(window.widget)
        self.w = window
        self.remarks: list[Remark] = []
        self.verdict = ("", "", "")  # review, published address, published day
        self.edited = False  # the newest version came from the Kanwil
        self._key: tuple = ()
        self._tinted: list[tuple[QWidget, QPalette]] = []
        self.dock = RemarksDock(window.widget)
        window.widget.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock.list.currentItemChanged.connect(lambda _i, _o: self._enable())
        self.dock.list.itemActivated.connect(lambda _item: self.show_current())
        self.dock.show_button.clicked.connect(self.show_current)
        self.dock.done_button.clicked.connect(self.mark_done)
        self.dock.changes_button.clicked.connect(self.show_changes)
        window.session.reset.connect(self.reload)
        if window.autosave is not None:
            window.autosave.stored.connect(lambda _draft_id: self.reload())
        self._relabel = QTimer(self)
        self._relabel.setSingleShot(True)
        self._relabel.setInterval(0)
        self._relabel.timeout.connect(self.retranslate)
        window.menuBar().installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.reload)
        self.timer.start()
        self.reload()

    # --- reading -----------------------------------------------------------------------------
    def edited_from(self) -> int | None:
        """The version before the newest, when the newest came by sync (the Kanwil's edit)."""
        store, draft_id = self.w.store, self.w.session.draft_id
        if store is None or draft_id is None or store.db.conn is None:
            return None
        try:
            versions = store.history(draft_id, limit=2)  # newest first; read every 3 s
        except StoreError:
            return None
        if len(versions) < 2 or versions[0].kind != "sync":
            return None
        return versions[1].id

    def show_changes(self) -> QDialog | None:
        """The version history, the version before the Kanwil's edit chosen: its words
        beside the draft's now, what changed marked."""
        before = self.edited_from()
        if before is None:
            return None
        from kabar_desktop.gui.drafts.history_view import HistoryDialog

        dialog = HistoryDialog(self.w)
        tree = dialog.versions
        stack = [tree.topLevelItem(n) for n in range(tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item is None:
                continue
            if item.data(0, Qt.ItemDataRole.UserRole) == before:
                tree.setCurrentItem(item)
                break
            stack += [item.child(n) for n in range(item.childCount())]
        dialog.open()
        return dialog

    def _read(self) -> tuple[list[Remark], tuple[str, str, str]]:
        """The remarks on the window's draft, and its verdict (review, published link, day)."""
        store, draft_id = self.w.store, self.w.session.draft_id
        if store is None or draft_id is None or store.db.conn is None:  # none, or closed
            return [], ("", "", "")
        try:
            row = state.for_draft(store, draft_id)
            verdict = (row.review, row.published_url, row.published_on) if row else ("", "", "")
            return remark_store.for_draft(store, draft_id), verdict
        except StoreError:
            return [], ("", "", "")

    def reload(self) -> None:
        """Read the remarks again; redraw only when they (or the draft) changed."""
        if not self.w.isVisible():  # closing (its store too), or not shown yet
            self.timer.stop()
            return
        self.timer.start()
        remarks, verdict = self._read()
        edited = self.edited_from()
        key = (
            self.w.session.draft_id,
            verdict,
            edited,
            tuple((r.rid, r.done) for r in remarks),
        )
        if key == self._key and self._fields_in_step():
            return
        self._key = key
        self.remarks = remarks
        self.verdict = verdict
        self.edited = edited is not None
        self._render()

    def open_remarks(self) -> list[Remark]:
        return [r for r in self.remarks if not r.done]

    # --- showing ----------------------------------------------------------------------------
    def _render(self) -> None:
        draft = self.w.session.draft
        chosen = self.current()
        dock = self.dock
        dock.list.clear()
        for remark in sorted(self.remarks, key=lambda r: (r.done, r.created)):
            where = anchor_label(remark.anchor, draft)
            words = remark.quote or self._sentence(remark)
            quote = f"\n“{short(words, 120)}”" if words else ""
            state = _("done") if remark.done else _("open")
            item = QListWidgetItem(f"{where} ({state}){quote}\n{remark.text}", dock.list)
            item.setData(RID_ROLE, remark.rid)
            item.setToolTip(remark.text)
            if remark.done:
                item.setForeground(QBrush(QColor(DONE_COLOR)))
            if chosen is not None and remark.rid == chosen.rid:
                dock.list.setCurrentItem(item)
        count = len(self.open_remarks())
        lines = []
        review, url, on = self.verdict
        if review == "published" and url:
            link = html.escape(url, quote=True)
            lines.append(
                _("Published on {day}: {link}").format(
                    day=html.escape(on), link=f'<a href="{link}">{link}</a>'
                )
            )
        elif review:
            lines.append(html.escape(_("Verdict: {verdict}").format(verdict=review_label(review))))
        if self.remarks:
            lines.append(
                html.escape(
                    _("{count} open: deal with each, then mark it done.").format(count=count)
                    if count
                    else _("Every remark is done.")
                )
            )
        dock.note.setText("<br>".join(lines))
        if self.edited:
            lines.append(html.escape(_("The Kanwil edited this draft.")))
        dock.list.setVisible(bool(self.remarks))
        dock.show_button.setVisible(bool(self.remarks))
        dock.done_button.setVisible(bool(self.remarks))
        dock.changes_button.setVisible(self.edited)
        dock.setVisible(bool(self.remarks) or review == "published" or self.edited)
        self._tint()
        self._enable()

    def _sentence(self, remark: Remark) -> str:
        """The words of a ``sentence:<n>`` remark's sentence in the article as it is now."""
        n = remark.sentence
        if n is None:
            return ""
        from kabar_desktop.compose.anchors import sentences

        found = sentences(self.w.session.preview_article())
        return found[n - 1] if 0 < n <= len(found) else ""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """The menus are rebuilt when the interface language changes: follow it."""
        if event.type() == QEvent.Type.ActionAdded and not self._relabel.isActive():
            self._relabel.start()
        return False

    def retranslate(self) -> None:
        self.dock.retranslate()
        self._key = ()
        self.reload()

    def _enable(self) -> None:
        remark = self.current()
        self.dock.done_button.setEnabled(remark is not None and not remark.done)
        anchored = remark is not None and not remark.anchor.startswith("sentence:")
        self.dock.show_button.setEnabled(anchored)

    def _untint(self) -> None:
        for widget, palette in self._tinted:
            if isValid(widget):
                widget.setPalette(palette)
        self._tinted = []

    def _tint(self) -> None:
        """Tint every field an open remark is about (on screen now)."""
        self._untint()
        form = self.w.form
        for remark in self.open_remarks():
            widget = form.field_widget(remark.anchor)
            if not isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
                continue
            if any(w is widget for w, _p in self._tinted):
                continue
            palette = widget.palette()
            self._tinted.append((widget, QPalette(palette)))
            palette.setColor(QPalette.ColorRole.Base, QColor(TINT))
            widget.setPalette(palette)

    def _fields_in_step(self) -> bool:
        """Whether the tinted fields are still the form's (a speaker switch, a rebuilt form)."""
        form = self.w.form
        wanted = [form.field_widget(r.anchor) for r in self.open_remarks()]
        kinds = QLineEdit | QPlainTextEdit | QTextEdit
        wanted_ids = {id(w) for w in wanted if isinstance(w, kinds)}
        tinted = {id(w) for w, _p in self._tinted if isValid(w)}
        return wanted_ids == tinted

    def tinted(self) -> list[QWidget]:
        return [w for w, _p in self._tinted if isValid(w)]

    # --- acting -----------------------------------------------------------------------------
    def current(self) -> Remark | None:
        item = self.dock.list.currentItem()
        rid = item.data(RID_ROLE) if item is not None else None
        return next((r for r in self.remarks if r.rid == rid), None)

    def select(self, rid: str) -> bool:
        for n in range(self.dock.list.count()):
            item = self.dock.list.item(n)
            if item is not None and item.data(RID_ROLE) == rid:
                self.dock.list.setCurrentItem(item)
                return True
        return False

    def show_current(self) -> bool:
        """Show the chosen remark's field in the form, its words selected."""
        remark = self.current()
        form = self.w.form
        if remark is None or not form.focus_field(remark.anchor):
            return False
        widget = form.field_widget(remark.anchor)
        quote = remark.quote.strip()
        if quote and isinstance(widget, QPlainTextEdit | QTextEdit):
            widget.find(quote) or _find_from_start(widget, quote)
        elif quote and isinstance(widget, QLineEdit):
            start = widget.text().find(quote)
            if start >= 0:
                widget.setSelection(start, len(quote))
        self._tint()
        return True

    def mark_done(self) -> bool:
        remark, store = self.current(), self.w.store
        if remark is None or store is None or remark.done:
            return False
        try:
            remark_store.set_done(store, remark.rid)
        except StoreError as exc:
            from kabar_desktop.gui.editor.autosave import store_message

            self.w.say(store_message(exc))
            return False
        self.reload()
        self.select(remark.rid)
        self.w.say(_("Marked done: the Kanwil sees it after the next sync."))
        self.w.sync.refresh()
        return True


def _find_from_start(widget: QPlainTextEdit | QTextEdit, quote: str) -> bool:
    cursor = widget.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    widget.setTextCursor(cursor)
    return bool(widget.find(quote))


def install_upt_remarks(window: WindowContext) -> UptRemarks:
    """Show the Kanwil's remarks in ``window`` (the editor window)."""
    return UptRemarks(window)
