"""The Kanwil desk: what came in from which office, read, judged, and the month's report.

A window beside the editor (not modal): on the left the incoming drafts by day and office
with the filters, how many wait for a verdict and which offices sent nothing today; on the
right the draft being read (``reader``), its remarks and the verdict buttons. The second tab
is the month's report (``report_view``). Verdicts, remarks and the published link are
stored at once and travel with the next sync (docs/desk.md).
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kabar_desktop.gui.desk.filters import DeskFilters
from kabar_desktop.gui.desk.incoming_list import SHOWN_MAX, IncomingList, day_label
from kabar_desktop.gui.desk.reader import Reader
from kabar_desktop.gui.drafts.verdict_dialog import review_label
from kabar_desktop.i18n import _, ngettext
from kabar_desktop.store import StoreError
from kabar_desktop.store import desk as desk_store
from kabar_desktop.store import remarks as remark_store
from kabar_desktop.store import sync_state as state

WATCH_MS = 10_000  # how often an open desk looks for what a sync brought

if TYPE_CHECKING:
    from kabar_desktop.gui.context import WindowContext
    from kabar_desktop.gui.desk.report_view import ReportView
    from kabar_desktop.store import DraftStore


class DeskWindow(QDialog):
    """Berkas ▸ Meja Kanwil…: every office's drafts; opened at start for a Kanwil."""

    def __init__(self, window: WindowContext, today: dt.date | None = None):
        super().__init__(window.widget)
        self.w = window
        self.today = today or dt.date.today()
        self.setObjectName("desk-window")
        self.setWindowTitle(_("Kanwil Desk"))
        self.resize(1280, 760)
        profile = window.settings.profile
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(_("Desk"))
        incoming = QWidget(self.tabs)
        self.filters = DeskFilters(incoming, self.today)
        self.count = QLabel(incoming)
        self.count.setObjectName("desk-count")
        self.count.setWordWrap(True)
        self.count.setAccessibleDescription(_("Drafts waiting"))
        self.silent = QLabel(incoming)
        self.silent.setObjectName("desk-silent")
        self.silent.setWordWrap(True)
        self.silent.setAccessibleDescription(_("Offices that sent nothing today"))
        self.list = IncomingList(incoming)
        self.reader = Reader(incoming)
        left = QWidget(incoming)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.count)
        column.addWidget(self.silent)
        column.addWidget(self.list, 1)
        split = QSplitter(incoming)
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(self.reader)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([460, 800])  # the list wide enough for the offices' names and titles
        self.split = split
        page = QVBoxLayout(incoming)
        page.addWidget(self.filters)
        page.addWidget(split, 1)
        self.tabs.addTab(incoming, _("Incoming"))
        self.report: ReportView | None = None
        self.tabs.addTab(QWidget(self.tabs), _("Month's Report"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        if not profile.is_kanwil:
            note = QLabel(
                _("This office is not a Kanwil: set the role under Preferences ▸ Office role."),
                self,
            )
            note.setObjectName("desk-not-kanwil")
            note.setWordWrap(True)
            layout.insertWidget(0, note)

        self.filters.changed.connect(self._filtered)
        self.list.opened.connect(self.open_draft)
        self.reader.accept_requested.connect(lambda: self.set_verdict("accepted"))
        self.reader.send_back_requested.connect(self.send_back)
        self.reader.published_requested.connect(self.mark_published)
        self.reader.edit_requested.connect(self.edit)
        self.reader.remarks.add_requested.connect(self.add_remark)
        self._seen: tuple = ()
        self._waiting = 0
        self.watch = QTimer(self)  # a sync (automatic or by hand) brings drafts meanwhile
        self.watch.setInterval(WATCH_MS)
        self.watch.timeout.connect(self.refresh_if_changed)
        self.watch.start()

    @property
    def store(self) -> DraftStore | None:
        """The window's drafts store; None without one, or once it is closed (quitting)."""
        store = self.w.store
        return store if store is not None and store.db.conn is not None else None

    def offices(self) -> list[str]:
        """The profile's UPTs, then any other office that sent drafts here."""
        listed = list(self.w.settings.profile.offices)
        others = desk_store.origins(self.store) if self.store is not None else []
        return listed + [o for o in others if o and o not in listed]

    # --- the list ------------------------------------------------------------------------------
    def _state(self) -> tuple:
        """What a sync or another window may change: drafts, verdicts, remarks (one cheap
        look at the sync table, not the list's query)."""
        store = self.store
        if store is None:
            return ()
        return tuple(
            store.db.query(
                "SELECT COUNT(*), MAX(arrived), TOTAL(LENGTH(review)), "
                "(SELECT COUNT(*) FROM remarks), (SELECT TOTAL(done) FROM remarks) "
                "FROM sync_drafts"
            )[0]
        )

    def refresh_if_changed(self) -> None:
        if self.isVisible() and self.store is not None and self._state() != self._seen:
            self.refresh()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.refresh_if_changed()

    def refresh(self) -> None:
        """Read the desk again: the list under the filters, the count, the silent offices."""
        store = self.store
        if store is None:
            return
        try:
            self.filters.set_offices(self.offices())
            rows = desk_store.incoming(store, **self.filters.values(), limit=SHOWN_MAX + 1)
            self._waiting = desk_store.waiting(store)
            silent = desk_store.silent_offices(store, self.w.settings.profile.offices, self.today)
        except StoreError as exc:
            self._problem(exc)
            return
        self._seen = self._state()
        self._show(rows, silent)

    def _filtered(self) -> None:
        """A filter changed: only the list is read again (a filter changes neither the
        offices, nor the count waiting, nor who sent nothing: a sync does, see ``watch``)."""
        store = self.store
        if store is None:
            return
        try:
            rows = desk_store.incoming(store, **self.filters.values(), limit=SHOWN_MAX + 1)
        except StoreError as exc:
            self._problem(exc)
            return
        self._show(rows, None)

    @staticmethod
    def _say(label: QLabel, text: str) -> None:
        """A line's text, also as its name: a screen reader reads the name, not the label's
        purpose (that is its description)."""
        label.setText(text)
        label.setAccessibleName(text)

    def _show(self, rows: list[desk_store.DeskRow], silent: list[str] | None) -> None:
        waiting = self._waiting
        self.list.show_rows(rows, self.today)
        count = ngettext(
            "{count} draft waits for a verdict", "{count} drafts wait for a verdict", waiting
        ).format(count=waiting)
        shown = ngettext("{count} listed", "{count} listed", len(rows)).format(count=len(rows))
        if len(rows) > len(self.list.rows):
            shown = _("the newest {count} listed: the filters find the others").format(
                count=len(self.list.rows)
            )
        self.count.setText(f"<b>{html.escape(count)}</b> · {html.escape(shown)}")
        self.count.setAccessibleName(f"{count} · {shown}")  # what a screen reader says
        if silent:
            names = ", ".join(silent)
            self._say(self.silent, _("Sent nothing today: {offices}").format(offices=names))
        elif silent is not None:  # None: a filter changed, the line stays as it was
            self._say(self.silent, _("Every listed office sent something today."))
        current = self.reader.draft_id
        if current is not None and not self.list.select_draft(current):
            self.reader.show_nothing()

    def open_draft(self, draft_id: int) -> None:
        """Show ``draft_id`` in the reader with its facts and remarks."""
        store = self.store
        if store is None:
            return
        try:
            draft = store.load(draft_id)
            row = state.for_draft(store, draft_id)
            remarks = remark_store.for_draft(store, draft_id)
        except StoreError as exc:
            self._problem(exc)
            return
        self.reader.show_draft(draft_id, draft, self._heading(draft.title, row), remarks)

    def _heading(self, title: str, row: state.SyncRow | None) -> str:
        title = html.escape(" ".join(title.split()) or _("(untitled)"))
        parts = []
        if row is not None:
            office = html.escape(row.origin or _("(office unknown)"))
            when = row.sent if row.sent is not None else row.arrived
            if when is not None:
                moment_ = dt.datetime.fromtimestamp(when)
                day = html.escape(day_label(moment_.date(), self.today))
                office += f" · {day} {moment_:%H.%M}"
            parts.append(office)
            verdict = html.escape(review_label(row.review))
            if row.review == "published" and row.published_url:
                url = html.escape(row.published_url, quote=True)
                verdict += f' — <a href="{url}">{url}</a>'
                if row.published_on:
                    verdict += f" ({html.escape(row.published_on)})"
            parts.append(_("Verdict: {verdict}").format(verdict=verdict))
        return f"<h3 style='margin:0'>{title}</h3>" + "<br>".join(parts)

    def _problem(self, exc: StoreError) -> None:
        from kabar_desktop.gui.editor.autosave import store_message

        QMessageBox.warning(self, _("Kanwil Desk"), store_message(exc))

    def _after_change(self, message: str) -> None:
        draft_id = self.reader.draft_id
        self.refresh()
        if draft_id is not None:
            self.list.select_draft(draft_id)
            self.open_draft(draft_id)
        self.w.say(message)
        self.w.sync.refresh()  # the status bar's "waiting to be sent"

    # --- verdicts and remarks --------------------------------------------------------------------
    def add_remark(self) -> bool:
        """Store the remark typed in the reader, on its field or sentence."""
        store, draft_id, panel = self.store, self.reader.draft_id, self.reader.remarks
        text = panel.typed()
        if store is None or draft_id is None or not text or not panel.anchor:
            return False
        try:
            author = self.w.settings.profile.kanwil_name or self.w.settings.profile.office_name
            remark_store.add(store, draft_id, panel.anchor, text, panel.quote, author)
        except StoreError as exc:
            self._problem(exc)
            return False
        panel.clear_text()
        self._after_change(_("The remark goes to the office with the next sync."))
        return True

    def set_verdict(self, review: str) -> bool:
        store, draft_id = self.store, self.reader.draft_id
        if store is None or draft_id is None:
            return False
        try:
            row = state.for_draft(store, draft_id)
            remark = row.remark if row is not None else ""
            state.set_review(store, draft_id, review, remark, self.w.settings.profile.office_name)
        except StoreError as exc:
            self._problem(exc)
            return False
        label = review_label(review)
        self._after_change(
            _("Verdict “{verdict}”: it goes back to the office with the next sync.").format(
                verdict=label
            )
        )
        return True

    def send_back(self) -> bool:
        """Needs changes: a remark typed and not yet added is added first; without any open
        remark the office would not know what to change, so the reviewer is asked for one."""
        store, draft_id = self.store, self.reader.draft_id
        if store is None or draft_id is None:
            return False
        panel = self.reader.remarks
        if panel.typed() and panel.anchor and not self.add_remark():
            return False
        try:
            open_remarks = [r for r in remark_store.for_draft(store, draft_id) if not r.done]
        except StoreError as exc:
            self._problem(exc)
            return False
        if not open_remarks:
            QMessageBox.information(
                self,
                _("Send Back"),
                _(
                    "Write at least one remark first: pick a field or select words in the "
                    "article, type what should change, and press Add Remark."
                ),
            )
            return False
        return self.set_verdict("needs_changes")

    def mark_published(self, url: str | None = None, on: str | None = None) -> bool:
        """The published address and date (asked for unless given)."""
        store, draft_id = self.store, self.reader.draft_id
        if store is None or draft_id is None:
            return False
        if url is None or on is None:
            from kabar_desktop.gui.desk.published_dialog import PublishedDialog

            row = state.for_draft(store, draft_id)
            dialog = PublishedDialog(
                self.reader.session.draft.title, row.published_url if row else "", None, self
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            url, on = dialog.value()
        try:
            state.set_published(store, draft_id, url, on, self.w.settings.profile.office_name)
        except StoreError as exc:
            self._problem(exc)
            return False
        self._after_change(_("Marked published: the office sees the link after the next sync."))
        return True

    def edit(self) -> None:
        """Open the draft in the editor window: the Kanwil's edits travel as a new revision."""
        draft_id, autosave = self.reader.draft_id, self.w.autosave
        if draft_id is None or autosave is None:
            return
        if autosave.open_draft(draft_id):
            self.w.settings.add_recent_draft(draft_id)
            self.w.widget.raise_()
            self.w.widget.activateWindow()

    # --- the month's report -----------------------------------------------------------------------
    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self.show_report()

    def show_report(self) -> ReportView | None:
        """The report tab, built when first shown, counted again each time."""
        store = self.store
        if store is None:
            return None
        if self.report is None:
            from kabar_desktop.gui.desk.report_view import ReportView

            profile = self.w.settings.profile
            kanwil = profile.kanwil_name or profile.office_name
            self.report = ReportView(
                Path(store.db.path), list(profile.offices), kanwil, None, self.today
            )
            old = self.tabs.widget(1)
            self.tabs.blockSignals(True)
            self.tabs.removeTab(1)
            self.tabs.insertTab(1, self.report, _("Month's Report"))
            self.tabs.setCurrentIndex(1)
            self.tabs.blockSignals(False)
            if old is not None:
                old.deleteLater()
        self.report.refresh()
        return self.report

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.report is not None:
            self.report.wait()
        super().closeEvent(event)


def show_desk(window: WindowContext) -> DeskWindow | None:
    """Open (or bring forward) the desk of ``window``; None without a drafts store."""
    if window.store is None:
        return None
    desk = window.widget.findChild(DeskWindow, "desk-window")
    if desk is not None and not desk.isVisible():  # built anew: in today's language
        desk.setObjectName("")
        desk.deleteLater()
        desk = None
    if desk is None:
        desk = DeskWindow(window)
    desk.refresh()
    desk.show()
    desk.raise_()
    desk.activateWindow()
    return desk


def retranslate_desk(window: WindowContext) -> DeskWindow | None:
    """After a language switch: an open desk is built again in the new language, with its
    filters, the draft being read, the tab and its place on the screen (a remark being
    typed is kept too)."""
    old = window.widget.findChild(DeskWindow, "desk-window")
    if old is None or not old.isVisible():
        return None
    typed = old.reader.remarks.text.toPlainText()
    reading = old.reader.draft_id
    geometry = old.saveGeometry()
    tab = old.tabs.currentIndex()
    desk = DeskWindow(window, old.today)
    desk.filters.copy_from(old.filters)
    old.setObjectName("")
    old.close()  # waits for a report being counted
    old.deleteLater()
    desk.restoreGeometry(geometry)
    desk.refresh()
    if reading is not None and desk.list.select_draft(reading):
        desk.reader.remarks.text.setPlainText(typed)
    desk.show()
    if tab:
        desk.tabs.setCurrentIndex(tab)
    return desk
