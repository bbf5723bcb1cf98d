"""Earlier versions of a draft: pick one, see it beside the current one, bring it back.

Every pause in typing keeps a version (thinned as they age), dozens in an hour: the list
groups them by sitting ("Kamis 14.05–14.40, 38 perubahan", newest first), each sitting
standing for its last version, with its versions inside. The view beside it shows, field
by field, what that version said and what the draft says now, the removed words struck
through in red and the added words in green. Restoring makes the old version current as a
new version, so restoring is itself undone by restoring the version before it.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kabar_desktop.gui.drafts.drafts_model import when
from kabar_desktop.gui.editor.autosave import store_message
from kabar_desktop.i18n import _
from kabar_desktop.model.field_path import parse_or_none
from kabar_desktop.store import StoreError, diff_drafts, word_diff
from kabar_desktop.store.history import RevisionInfo, kind_label
from kabar_desktop.store.sittings import sitting_label, sittings

if TYPE_CHECKING:
    from kabar_desktop.gui.context import WindowContext

REMOVED = "color:#a4161a; background:#fde4e4; text-decoration:line-through"
ADDED = "color:#1b5e20; background:#dcf3df"
FIELDS = {
    "title": lambda: _("Title"),
    "dateline": lambda: _("City"),
    "date": lambda: _("Date"),
    "period": lambda: _("Period"),
    "organizer": lambda: _("Office"),
    "counterpart": lambda: _("Other party"),
    "event": lambda: _("Event"),
    "event_detail": lambda: _("Event detail"),
    "venue": lambda: _("Venue"),
    "participants": lambda: _("Participants"),
    "purpose": lambda: _("Opening clause"),
    "kind": lambda: _("Kind of story"),
    "date_in_lead": lambda: _("Date in the lead"),
    "lead": lambda: _("Lead (your own wording)"),
    "name": lambda: _("Name"),
    "short_name": lambda: _("Short name"),
    "position": lambda: _("Position"),
    "part": lambda: _("Part"),
    "role": lambda: _("Called"),
    "topic": lambda: _("Topic"),
    "name_first": lambda: _("Name before position"),
    "intro": lambda: _("Introduction (your own wording)"),
    "text": lambda: _("Statement"),
    "verb": lambda: _("Attribution verb"),
    "after": lambda: _("Place"),
    "context": lambda: _("After the verb"),
    "speaker_context": lambda: _("Before the introduction"),
    "caption": lambda: _("Caption"),
    "credit": lambda: _("Credit"),
    "file": lambda: _("Photo"),
}


def _where() -> dict[str, str]:
    return {
        "speakers": _("speaker {n}"),
        "statements": _("statement {n}"),
        "paragraphs": _("paragraph {n}"),
        "photos": _("photo {n}"),
        "companions": _("companion {n}"),
        "attendees": _("attendee {n}"),
    }


def field_label(path: str) -> str:
    """A field path in words: "speakers[1].statements[0].text" → "Statement (speaker 2, 1)"."""
    parts = parse_or_none(path) or ()
    names = _where()
    where = [
        names[kind].format(n=n + 1)
        for kind, n in zip(parts, parts[1:], strict=False)
        if isinstance(kind, str) and kind in names and isinstance(n, int)
    ]
    last = path.rsplit(".", 1)[-1]
    if last.startswith("paragraphs["):
        return _("Paragraph {number}").format(number=int(last[11:-1]) + 1)
    if path.startswith("style."):
        return _("House style")
    label = FIELDS.get(last)
    if last == "context" and ".statements[" not in path:
        label = FIELDS["speaker_context"]
    text = label() if label else last
    return f"{text} ({', '.join(where)})" if where else text


def _marked(runs: list[tuple[str, bool]], style: str) -> str:
    return "".join(
        f'<span style="{style}">{html.escape(piece)}</span>' if changed else html.escape(piece)
        for piece, changed in runs
    )


def diff_html(old, new) -> str:
    """The differences between two drafts as a three-column table (field, then, now)."""
    rows = [r for r in diff_drafts(old, new) if r.tag != "equal"]
    if not rows:
        return "<p>{}</p>".format(html.escape(_("This version says the same as the draft now.")))
    out = [
        '<table width="100%" cellspacing="0" cellpadding="6" style="border-collapse:collapse">',
        "<tr style='background:#eef1f4'><th align='left' width='22%'>{}</th>"
        "<th align='left' width='39%'>{}</th><th align='left' width='39%'>{}</th></tr>".format(
            html.escape(_("Field")),
            html.escape(_("This version")),
            html.escape(_("Now")),
        ),
    ]
    for row in rows:
        left, right = word_diff(row.old, row.new)
        label = field_label(row.new_field or row.old_field)
        out.append(
            f"<tr><td valign='top' style='color:#555'>{html.escape(label)}</td>"
            f"<td valign='top'>{_marked(left, REMOVED)}</td>"
            f"<td valign='top'>{_marked(right, ADDED)}</td></tr>"
        )
    out.append("</table>")
    return "".join(out)


class HistoryDialog(QDialog):
    """Berkas ▸ Riwayat Versi…, for the draft in the window."""

    def __init__(self, window: WindowContext):
        super().__init__(window.widget)
        self.w = window
        self.setObjectName("history-dialog")
        title = " ".join(window.session.draft.title.split()) or _("(untitled)")
        self.setWindowTitle(_("Version History — {title}").format(title=title))
        self.resize(960, 560)

        self.versions = QTreeWidget()
        self.versions.setAccessibleName(_("Kept versions"))
        self.versions.setHeaderHidden(True)
        self.versions.setColumnCount(1)
        self.view = QTextBrowser()
        self.view.setAccessibleName(_("Differences"))
        self.view.setOpenLinks(False)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(_("Kept versions, newest first:")))
        column.addWidget(self.versions, 1)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        column.addWidget(self.caption)
        column.addWidget(self.view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([260, 700])
        splitter.setChildrenCollapsible(False)

        self.restore_button = QPushButton(_("Restore This Version"))
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.restore_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.versions.currentItemChanged.connect(lambda *_a: self.show_selected())
        self.refresh()

    @property
    def store(self):
        return self.w.store

    def refresh(self) -> None:
        """List the kept versions again, by sitting, and select the newest earlier one."""
        self.versions.clear()
        try:
            revisions = self.store.history(self.w.session.draft_id)
        except StoreError as exc:
            QMessageBox.warning(self, _("Version History"), store_message(exc))
            revisions = []
        groups = sittings(revisions)
        tops: list[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]] = []
        for sitting in groups:
            text = sitting_label(sitting, _)
            if sitting.last.current:
                text += " " + _("(now)")
            top = _item(text, sitting.last)
            self.versions.addTopLevelItem(top)
            inside = [_version_item(info) for info in sitting.versions]
            if len(inside) > 1:
                top.addChildren(inside)
            tops.append((top, inside))
        if tops and len(tops[0][1]) > 1:  # the version before this one, inside
            first, inside = tops[0]
            first.setExpanded(True)
            self.versions.setCurrentItem(inside[1])
        elif tops:
            self.versions.setCurrentItem(tops[1 if len(tops) > 1 else 0][0])
        else:
            self.show_selected()

    def selected(self) -> tuple[int, bool] | None:
        item = self.versions.currentItem()
        if item is None:
            return None
        return item.data(0, Qt.ItemDataRole.UserRole), bool(
            item.data(0, Qt.ItemDataRole.UserRole + 1)
        )

    def show_selected(self) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(chosen is not None and not chosen[1])
        if chosen is None:
            self.caption.setText("")
            self.view.setHtml("")
            return
        try:
            old = self.store.load_revision(chosen[0])
        except StoreError as exc:
            self.view.setPlainText(store_message(exc))
            return
        self.caption.setText(
            _(
                "Left: the chosen version, removed words struck through in red. "
                "Right: the draft now, added words in green."
            )
        )
        self.view.setHtml(diff_html(old, self.w.session.draft))

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen[1]:
            return
        autosave = self.w.autosave
        if autosave is None or not autosave.flush():
            return
        try:
            self.store.restore_revision(chosen[0])
            autosave.reload()
        except StoreError as exc:
            QMessageBox.warning(self, _("Version History"), store_message(exc))
            return
        self.w.say(_("The earlier version is back; the one before it is kept in the history."))
        self.refresh()


def _item(text: str, info: RevisionInfo) -> QTreeWidgetItem:
    """A row that stands for version ``info`` (a sitting stands for its last one)."""
    item = QTreeWidgetItem([text])
    item.setData(0, Qt.ItemDataRole.UserRole, info.id)
    item.setData(0, Qt.ItemDataRole.UserRole + 1, info.current)
    return item


def _version_item(info: RevisionInfo) -> QTreeWidgetItem:
    text = f"{when(info.saved)} — {_(kind_label(info.kind))}"
    if info.current:
        text += " " + _("(now)")
    return _item(text, info)
