"""The window's side of sync: runs a sync, tells what waits, marks ready, syncs by itself.

One ``SyncController`` per window (the window makes it, before its menus) keeps what
outlives a menu rebuild (a language switch): the status bar's "3 drafts waiting to be
sent", the running sync and the automatic-sync timer; ``menu_actions`` puts Sync Now, Ready
to Send and the verdict in the menus for it.
Nothing here queries the store or imports the sync engine before the window's first paint:
the controller starts as one of the window's last ``later`` jobs, and a sync imports the
engine on its own thread (``worker``).
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from kabar_desktop.i18n import _, ngettext

if TYPE_CHECKING:
    from kabar_desktop.gui.context import WindowContext
    from kabar_desktop.gui.sync.worker import SyncThread
    from kabar_desktop.services.syncing import SyncJob, SyncOutcome

AUTO_FIRST_MS = 15_000  # the first automatic sync, once the window is ready
AUTO_EVERY_MS = 5 * 60_000  # then every five minutes while all goes well
AUTO_MAX_MS = 60 * 60_000  # after failures, waiting doubles up to an hour
STOP_WAIT_MS = 10_000  # closing the window waits this long for a stopped sync to end


def result_text(outcome: SyncOutcome) -> str:
    """A finished sync in one line: "3 drafts sent, 1 received, 1 conflict"."""
    report = outcome.report
    assert report is not None
    lines = (
        (report.sent, ngettext("{count} draft sent", "{count} drafts sent", report.sent)),
        (report.received, ngettext("{count} received", "{count} received", report.received)),
        (
            report.removed,
            ngettext("{count} moved to the trash", "{count} moved to the trash", report.removed),
        ),
        (report.conflicts, ngettext("{count} conflict", "{count} conflicts", report.conflicts)),
    )
    words = [line.format(count=count) for count, line in lines if count]
    if not words:
        return _("Sync done: nothing new.")
    return _("Sync done: {what}.").format(what=", ".join(words))


class SyncController(QObject):
    """Runs syncs (one at a time), tells what is waiting, and syncs by itself when asked to."""

    def __init__(self, window: WindowContext):
        super().__init__(window.widget)
        self.w = window
        self.actions: tuple[QAction, QAction, QAction] | None = None
        self.worker: SyncThread | None = None  # not "thread": that is QObject.thread()
        self.started = False
        self.auto_paused = False  # the user said "No" to an automatic sync's question
        self.auto_wait = AUTO_EVERY_MS
        self._typed_password: str | None = None  # asked this time: kept once a sync works
        self._before: tuple[int | None, int | None] = (None, None)
        self.label = QLabel()
        self.label.setObjectName("sync-waiting-label")
        self.label.setContentsMargins(6, 0, 6, 0)
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._auto_tick)
        window.installEventFilter(self)
        window.later.add(self.start, last=True)  # after the drafts store is attached

    # --- start and stop ---------------------------------------------------------------------
    def start(self) -> None:
        """The window is ready: count what waits, follow saves, start the automatic timer."""
        if self.started:
            return
        self.started = True
        if self.w.autosave is not None:
            self.w.autosave.stored.connect(self._stored)
        self.w.session.reset.connect(self.show_state)
        self.refresh()
        self.timer.start(AUTO_FIRST_MS)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if obj is self.w and event.type() == QEvent.Type.Close:
            self.stop(timer=False)  # the timer does nothing while the window is hidden
        return False

    def stop(self, timer: bool = True) -> None:
        """Stop a running sync and wait for it (everything it finished is kept)."""
        if timer:
            self.timer.stop()
        thread = self.worker
        if thread is not None and thread.isRunning():
            thread.cancel.set()
            thread.wait(STOP_WAIT_MS)

    def _stored(self, draft_id: int) -> None:
        """The window stored its draft: count again; during a sync, that write is the user's
        own, not something the sync brought (so it is no reason to reload)."""
        if self.running and draft_id == self._before[0]:
            self._before = self._window_draft()
        self.refresh()

    @property
    def running(self) -> bool:
        return self.worker is not None

    # --- what the window shows --------------------------------------------------------------
    def refresh(self) -> None:
        """The waiting count and the Ready to Send tick, read from the store again."""
        store = self.w.store
        if not self.started or store is None:
            return
        from kabar_desktop.store import StoreError
        from kabar_desktop.store import sync_state as state

        try:
            count = state.waiting(store)
        except StoreError:
            return
        if count:
            text = ngettext(
                "{count} draft waiting to be sent", "{count} drafts waiting to be sent", count
            ).format(count=count)
        else:
            text = _("Nothing waiting to be sent")
        self.label.setText(text)
        self.label.setToolTip(_("Sync Now sends them to the regional office."))
        self.label.setVisible(True)
        self.show_state()

    def show_state(self) -> None:
        """The actions as they should be now: Sync Now while a sync runs, the draft's tick."""
        if self.actions is None:
            return
        sync, ready, verdict = self.actions
        with contextlib.suppress(RuntimeError):  # a menu being rebuilt
            sync.setText(_("Syncing…") if self.running else _("S&ync Now"))
            sync.setEnabled(self.w.store is not None and not self.running)
            ready.setChecked(self.status() in ("ready", "sent"))

    def status(self) -> str:
        """The open draft's status in the store ("draft", "ready", "sent"; "" if unstored)."""
        store, draft_id = self.w.store, self.w.session.draft_id
        if store is None or draft_id is None or not self.started:
            return ""
        from kabar_desktop.store import StoreError

        try:
            return store.row(draft_id).status
        except StoreError:
            return ""

    # --- ready to send and the verdict ------------------------------------------------------
    def set_ready(self, checked: bool) -> None:
        """Mark the draft in the window ready to send (or a draft again)."""
        from PySide6.QtWidgets import QMessageBox  # made on first use, not at start

        autosave, store = self.w.autosave, self.w.store
        if autosave is None or store is None or not autosave.flush():
            self.show_state()
            return
        draft_id = self.w.session.draft_id
        if draft_id is None:
            self.w.say(_("Write something first: an empty draft is not sent."))
            self.show_state()
            return
        from kabar_desktop.gui.editor.autosave import store_message
        from kabar_desktop.store import StoreError

        try:
            store.set_status(draft_id, "ready" if checked else "draft")
        except StoreError as exc:
            QMessageBox.warning(self.w.widget, _("Ready to Send"), store_message(exc))
        if checked:
            self.w.say(_("This draft will be sent with the next sync."))
        self.refresh()

    def edit_verdict(self) -> None:
        autosave = self.w.autosave
        if autosave is None or not autosave.flush():
            return
        draft_id = self.w.session.draft_id
        if draft_id is None:
            self.w.say(_("Write something first: an empty draft is not sent."))
            return
        from kabar_desktop.gui.drafts.verdict_dialog import ask_verdict

        if ask_verdict(self.w, draft_id):
            self.refresh()

    # --- a sync -----------------------------------------------------------------------------
    def sync_now(self, automatic: bool = False, allow: bool = False) -> bool:
        """Start a sync in the background; False when it could not start (it was said why)."""
        from PySide6.QtWidgets import QMessageBox  # made on first use, not at start

        w = self.w
        if self.running:
            if not automatic:
                w.say(_("A sync is already running."))
            return False
        if w.store is None or w.autosave is None:
            return False
        cfg = w.settings.sync
        if not cfg.is_set:
            if automatic:
                return False
            answer = QMessageBox.question(
                w.widget,
                _("Sync"),
                _("Kabar does not know yet where to send the drafts. Choose it in Preferences?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            from kabar_desktop.gui.sync.settings_page import PAGE_NAME

            w.edit_preferences(PAGE_NAME)  # on the Sync page, where the answer is chosen
            if not w.settings.sync.is_set:
                return False
            cfg = w.settings.sync
        if not w.autosave.flush():
            return False
        from kabar_desktop.gui.sync.ready_offer import offer_ready

        if not automatic and not offer_ready(self):  # nothing marked: say so, offer to mark
            return False
        password = self._password(cfg, automatic)
        if password is None:
            return False
        from kabar_desktop.services.syncing import SyncJob

        job = SyncJob(
            db_path=w.store.db.path,
            where=cfg.target.strip(),
            office=w.settings.profile.office_name.strip(),
            user=cfg.user.strip(),
            password=password,
            ca_file=cfg.ca_file.strip(),
            allow=allow,
            automatic=automatic,
        )
        self._run(job)
        return True

    def _password(self, cfg, automatic: bool) -> str | None:
        """The WebDAV password: from a secure keyring, else asked (None: not given)."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit  # made on first use, not at start

        from kabar_desktop.sync import is_url

        self._typed_password = None
        if not is_url(cfg.target.strip()) or not cfg.user.strip():
            return ""
        from kabar_desktop.services.syncing import saved_password

        user = cfg.user.strip()
        saved = saved_password(cfg.target, user)
        if saved:
            return saved
        if automatic:  # nobody to ask: wait for Sync Now
            return None
        password, ok = QInputDialog.getText(
            self.w.widget,
            _("Sync"),
            _("Password for {user} on {server}:").format(user=user, server=cfg.target.strip()),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return None
        self._typed_password = password
        return password

    def _run(self, job: SyncJob) -> None:
        from kabar_desktop.gui.sync.worker import SyncThread

        self._before = self._window_draft()
        self.worker = SyncThread(job, self)
        self.worker.progress.connect(self._progress)
        self.worker.ended.connect(self._ended)
        self.show_state()
        if not job.automatic:
            self.w.say(_("Syncing…"), 0)
        self.worker.start()

    def _progress(self, done: int, total: int) -> None:
        self.w.say(_("Syncing… {done} of {total}").format(done=done, total=total), 0)

    def _ended(self, outcome: SyncOutcome) -> None:
        thread, self.worker = self.worker, None
        if thread is not None:
            thread.wait()
            thread.deleteLater()
        job = thread.job if thread is not None else None
        self.show_state()
        if outcome.kind == "question" and job is not None:
            self._ask(outcome, job)
        elif outcome.kind == "done":
            self._done(outcome, job)
        elif outcome.kind == "unreachable":
            self._backoff()
        else:
            self._failed(outcome, job)
        self.refresh()

    def _ask(self, outcome: SyncOutcome, job: SyncJob) -> None:
        from PySide6.QtWidgets import QMessageBox  # made on first use, not at start

        self.w.say("")
        answer = QMessageBox.question(
            self.w.widget,
            _("Sync"),
            outcome.message + "\n\n" + _("Go on with the sync?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            job.allow, job.automatic = True, False
            self.auto_paused = False
            self._run(job)
            return
        if job.automatic:
            self.auto_paused = True  # until the user syncs by hand
        self.w.say(_("The sync was stopped; nothing was changed."), 0)
        self._schedule()

    def _done(self, outcome: SyncOutcome, job: SyncJob | None) -> None:
        from PySide6.QtWidgets import QMessageBox  # made on first use, not at start

        self._settle_password(outcome, job)  # it worked: a typed password is kept
        if job is not None and not job.automatic:
            self.auto_paused = False
        self.auto_wait = AUTO_EVERY_MS
        note = self._after_change()
        hint = ""
        if (
            job is not None
            and not job.automatic
            and result_text(outcome) == _("Sync done: nothing new.")
        ):
            from kabar_desktop.gui.sync.ready_offer import nothing_sent_hint, waiting_count

            hint = nothing_sent_hint() if waiting_count(self) == 0 else ""
        self.w.say(" ".join(filter(None, (result_text(outcome), note, hint))), 0)
        if outcome.problems and job is not None and not job.automatic:
            QMessageBox.warning(self.w.widget, _("Sync"), "\n".join(outcome.problems))
        self._schedule()

    def _settle_password(self, outcome: SyncOutcome, job: SyncJob | None) -> None:
        """The one keep-or-forget rule of both faces (``services.syncing``)."""
        from kabar_desktop.services.syncing import settle_password

        cfg = self.w.settings.sync
        where, user = (job.where, job.user) if job is not None else (cfg.target, cfg.user)
        settle_password(outcome, where, user, self._typed_password)
        if outcome.kind == "done":
            self._typed_password = None

    def _failed(self, outcome: SyncOutcome, job: SyncJob | None) -> None:
        from PySide6.QtWidgets import QMessageBox  # made on first use, not at start

        self._settle_password(outcome, job)  # a refused password is forgotten
        text = _("The sync did not finish: {reason}").format(reason=outcome.message)
        self.w.say(text, 0)
        if job is not None and not job.automatic and outcome.kind != "cancelled":
            QMessageBox.warning(self.w.widget, _("Sync"), text)
        self._after_change()  # what was done before the failure is kept
        self._backoff()

    # --- the draft in the window, the browser -----------------------------------------------
    def _window_draft(self) -> tuple[int | None, int | None]:
        """(draft id, its head revision) of the draft in the window, to see what a sync did."""
        store, draft_id = self.w.store, self.w.session.draft_id
        if store is None or draft_id is None:
            return (None, None)
        rows = store.db.query("SELECT head FROM drafts WHERE id = ?", (draft_id,))
        return (draft_id, rows[0][0] if rows else None)

    def _after_change(self) -> str:
        """Show what the sync brought: the draft in the window, the drafts browser; a note
        for the status bar when the draft in the window changed."""
        note = ""
        before_id, before_head = self._before
        now_id, now_head = self._window_draft()
        if before_id is not None and before_id == now_id and now_head != before_head:
            note = self._reload()
        browser = self.w.browser
        if browser is not None and browser.isVisible():
            browser.refresh()
        return note

    def _reload(self) -> str:
        """The sync changed the draft in the window: show the new content (ask first if the
        user typed meanwhile, since showing it drops that typing); what to say about it."""
        from PySide6.QtWidgets import QMessageBox  # made on first use, not at start

        w = self.w
        autosave = w.autosave
        if autosave is None:  # files only: no stored draft for a sync to change
            return ""
        if w.session.modified:
            answer = QMessageBox.question(
                w.widget,
                _("Sync"),
                _(
                    "The sync brought a newer version of this draft from another office. "
                    "Show it? Your typing since the sync started would be dropped; "
                    "with No, your version is kept and sent with the next sync."
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return ""
        from kabar_desktop.store import StoreError

        try:
            autosave.reload()
        except StoreError:
            return ""
        return _("This draft was changed by another office; its new version is shown.")

    # --- automatic sync ---------------------------------------------------------------------
    def _schedule(self) -> None:
        self.timer.start(self.auto_wait)

    def _backoff(self) -> None:
        self.auto_wait = min(AUTO_MAX_MS, self.auto_wait * 2)
        self._schedule()

    def _auto_tick(self) -> None:
        cfg = self.w.settings.sync
        idle = not self.w.isVisible() or self.auto_paused or self.running
        if idle or not (cfg.automatic and cfg.is_set):
            self._schedule()
            return
        if not self.sync_now(automatic=True):
            self._schedule()
