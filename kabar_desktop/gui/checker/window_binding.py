"""Put the house-style check into the editor window: a dock with the findings, underlines in
the form, a menu toggle, and the actions (fix, ignore, add a word) wired to the draft.

The window rebuilds its menus and form when the interface language changes; the checker
notices (the menu bar and the splitter report it) and attaches itself again.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QLineEdit, QMenu, QPlainTextEdit, QTextEdit, QWidget

from kabar_desktop.check.finding import NOTE, Finding, Ignores
from kabar_desktop.compose.inline import tidy
from kabar_desktop.gui.checker.dock import checker_dock
from kabar_desktop.gui.checker.finding_menu import FindingMenu
from kabar_desktop.gui.checker.highlight import Highlighter, select_span, span_in
from kabar_desktop.gui.checker.panel import CheckerPanel
from kabar_desktop.gui.checker.suggestions import Suggestions
from kabar_desktop.gui.checker.worker import CheckRunner
from kabar_desktop.i18n import _
from kabar_desktop.model.draft import Draft, Paragraph, Statement
from kabar_desktop.model.field_path import parse as parse_path
from kabar_desktop.model.field_path import parse_or_none, resolve

if TYPE_CHECKING:
    from kabar_desktop.gui.context import WindowContext
    from kabar_desktop.gui.form import FormPanel

_MENU_NAMES = ("view-menu", "menu-view", "edit-menu", "menu-edit")
# The most findings listed and underlined at once: a real article has a few dozen; a pasted
# "kata kata kata …" of 40 KB has 16,000, and listing them held the window for seconds after
# every pause in typing.
MAX_LISTED = 500


def _holder(draft: Draft, path: str) -> tuple[object, str] | None:
    """The object holding field ``path`` and the attribute name of its text."""
    parts = parse_or_none(path)
    if not parts:
        return None
    value = resolve(draft, parts)
    if isinstance(parts[-1], int):  # the path names a statement or paragraph: its text
        return (value, "text") if isinstance(value, Statement | Paragraph) else None
    holder = resolve(draft, parts[:-1])
    return (holder, parts[-1]) if holder is not None and isinstance(value, str) else None


class CheckerController(QObject):
    """Keeps the panel, the underlines and the draft's ignores in step with the checks."""

    def __init__(self, window: WindowContext, dock: QDockWidget | None = None):
        super().__init__(window.widget)
        self.window = window
        self.session = window.session
        self.found: list[Finding] = []
        self.panel = CheckerPanel()
        self.panel.setObjectName("checker-panel")
        self.dock = dock if dock is not None else checker_dock(window.widget, self.panel)
        old = self.dock.widget()
        if old is not self.panel:
            self.dock.setWidget(self.panel)
            if old is not None:
                old.deleteLater()
        self.toggle = self.dock.toggleViewAction()
        self.toggle.setShortcut(QKeySequence("F7"))
        self._menu: QMenu | None = None
        self._form: FormPanel | None = None
        self._pending = False
        self._clipped = False  # the last check covered only the start of a long text

        self.highlighter = Highlighter(self)
        self.suggestions = Suggestions(self)  # spelling suggestions, off the interface thread
        self.suggestions.ready.connect(self._suggested)
        self.finding_menu = FindingMenu(self._findings_in, self.suggestions, self)
        self.finding_menu.fix.connect(self.fix)
        self.finding_menu.ignore.connect(self.ignore)
        self.finding_menu.add_word.connect(self.add_word)
        self.runner = CheckRunner(self.session, self)
        self.runner.checked.connect(self._checked)
        self.session.reset.connect(self._later)
        self.session.reset.connect(self.runner.check_now)  # another draft: check it at once
        self.panel.activated.connect(self.show_finding)
        self.panel.fix_requested.connect(self.fix)
        self.panel.ignore_requested.connect(self.ignore)
        self.panel.ignore_rule_requested.connect(self.ignore_rule)
        self.panel.add_word_requested.connect(self.add_word)
        self.panel.suggestions_wanted.connect(self._wanted)
        window.menuBar().installEventFilter(self)
        window.splitter.installEventFilter(self)
        self._reattach()
        self.runner.check_now()

    # --- attaching to the window's current form and menus ------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kinds = (QEvent.Type.ActionAdded, QEvent.Type.ActionRemoved, QEvent.Type.ChildAdded)
        if event.type() in kinds:
            self._later()
        return False

    def _later(self) -> None:
        """Attach again once the window has finished what it is doing (coalesced)."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._reattach)  # not after the window is gone

    def _reattach(self) -> None:
        self._pending = False
        form = self.window.form
        if form is not self._form:
            self._form = form
            form.pane_built.connect(self._pane_built)
            if form.built(1):
                self._pane_built(1)
            self.retranslate()
        self._ensure_menu()
        self._mark(form, self.listed())

    def _pane_built(self, tab: int) -> None:
        """A tab of the form was built: underline its fields, follow its speaker lists."""
        if tab == 1:
            speakers = self.window.form.speakers
            for lst in (speakers.list, speakers.statements.list):
                lst.current_changed.connect(self._later)
        self._later()

    def retranslate(self) -> None:
        self.dock.setWindowTitle(_("House-style check"))
        self.toggle.setToolTip(_("Show or hide the house-style check (F7)"))
        self.panel.retranslate()
        self._render()

    def _ensure_menu(self) -> None:
        bar = self.window.menuBar()
        menus = [m for a in bar.actions() if isinstance(m := a.menu(), QMenu)]
        if any(self.toggle in m.actions() for m in menus):
            return
        undo = self.window.acts.undo
        target = next((m for m in menus if m.objectName() in _MENU_NAMES), None) or next(
            (m for m in menus if undo is not None and undo in m.actions()), None
        )  # a View menu if the window has one, else Edit (where Undo is)
        if target is not None:
            target.addSeparator()
            target.addAction(self.toggle)
            return
        if self._menu is not None:
            with contextlib.suppress(RuntimeError):
                self._menu.deleteLater()
        self._menu = QMenu(_("&View"), self.window.widget)
        self._menu.setObjectName("checker-view-menu")
        self._menu.addAction(self.toggle)
        actions = bar.actions()
        if actions:
            bar.insertMenu(actions[-1], self._menu)  # before Help
        else:
            bar.addMenu(self._menu)

    # --- showing -----------------------------------------------------------------------------
    def ignores(self) -> Ignores:
        return Ignores.from_dict(self.session.draft.check_ignores)

    def shown(self) -> list[Finding]:
        """What is not ignored: errors and warnings in text order, then the notes (the
        quietest, left out first when the list is full)."""
        return sorted(self.ignores().apply(self.found), key=lambda f: f.severity == NOTE)

    def listed(self) -> list[Finding]:
        """What the panel lists and the form underlines: the first ``MAX_LISTED`` shown."""
        return self.shown()[:MAX_LISTED]

    def _checked(self, found: list[Finding]) -> None:
        self.found = found
        if self.runner.clipped and not self._clipped:  # said once, not after every pause
            from kabar_desktop.gui.checker.panel import clipped_note

            self.window.say(clipped_note(), 0)
        self._clipped = self.runner.clipped
        self._render()

    def _render(self) -> None:
        shown = self.shown()
        listed = shown[:MAX_LISTED]
        hidden = len(shown) - len(listed)
        self.panel.show_findings(listed, self.session.draft, self.runner.clipped, hidden)
        shown = listed
        if self._form is not None:
            self._mark(self._form, shown)
        # The slow suggestions (spylls) are worked out only when the writer asks for them
        # (selects the finding, opens the menu): a word flagged mid-typing costs nothing.

    def _mark(self, form: FormPanel, shown: list[Finding]) -> None:
        """Underline the findings in the form; their inputs get the findings' context menu."""
        self.highlighter.show(form, shown)
        for f in shown:
            widget = form.field_widget(f.field) if f.field else None
            if isinstance(widget, QPlainTextEdit | QTextEdit | QLineEdit):
                self.finding_menu.watch(widget)

    def _findings_in(self, widget: QWidget) -> list[Finding]:
        form = self.window.form
        return [f for f in self.listed() if f.field and form.field_widget(f.field) is widget]

    # --- spelling suggestions ----------------------------------------------------------------
    def _wanted(self, word: str) -> None:
        found = self.suggestions.get(word)
        if found is None:
            self.suggestions.prefetch([word])
        else:
            self.panel.offer(word, found)

    def _suggested(self, word: str) -> None:
        found = self.suggestions.get(word)
        if found is not None:
            self.panel.offer(word, found)

    def show_finding(self, finding: Finding) -> None:
        """Show the tab and the input holding the finding, its words selected."""
        path = finding.field or finding.block
        if not path or not self.window.form.focus_field(path):
            return
        widget = self.window.form.field_widget(path)
        if widget is not None and finding.field:
            select_span(widget, finding)
            self.highlighter.show(self.window.form, self.listed())

    # --- acting ------------------------------------------------------------------------------
    def fix(self, finding: Finding) -> None:
        """Put the suggestion in place, through the input when it is on screen, else
        straight into the draft: one "Checker fix" in the window's Undo either way."""
        if finding.suggestion is None or not finding.field:
            return
        with self.session.group(_("Checker fix")):
            self._fix(finding)

    def _fix(self, finding: Finding) -> None:
        assert finding.suggestion is not None and finding.field
        form = self.window.form
        form.focus_field(finding.field)
        widget = form.field_widget(finding.field)
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            span = span_in(widget.toPlainText(), finding)
            if span is not None:
                cursor = widget.textCursor()
                cursor.setPosition(span[0])
                cursor.setPosition(span[1], cursor.MoveMode.KeepAnchor)
                cursor.insertText(finding.suggestion)
                widget.setTextCursor(cursor)
                self._fixed(finding)
                return
        if isinstance(widget, QLineEdit):
            span = span_in(widget.text(), finding)
            if span is not None:
                widget.setSelection(span[0], span[1] - span[0])
                widget.insert(finding.suggestion)
                self._fixed(finding)
                return
        holder = _holder(self.session.draft, finding.field)
        if holder is None:
            return
        obj, name = holder
        typed = getattr(obj, name)
        span = span_in(typed, finding)  # fix in place, keeping the writer's line breaks
        if span is not None:
            text = typed[: span[0]] + finding.suggestion + typed[span[1] :]
        else:
            try:
                from kabar_desktop.check.checker import apply_fix

                text = apply_fix(tidy(typed), finding, in_field=True)
            except ValueError:
                return
        path = parse_path(finding.field)
        self.session.set(path if path[-1] == name else (*path, name), text)
        form.populate()
        self._fixed(finding)

    def _fixed(self, finding: Finding) -> None:
        """Take the fixed finding off the list now (a chosen suggestion is a copy of it)."""
        done = (finding.key, finding.start)
        self.found = [f for f in self.found if f is not finding and (f.key, f.start) != done]
        self._render()
        self.runner.schedule()

    def ignore(self, finding: Finding) -> None:
        ignores = self.ignores()
        ignores.ignore(finding)
        self._keep(ignores)

    def ignore_rule(self, rule: str) -> None:
        ignores = self.ignores()
        ignores.ignore_rule(rule)
        self._keep(ignores)

    def _keep(self, ignores: Ignores) -> None:
        """The ignores travel with the draft: saving it keeps them."""
        data = ignores.to_dict()
        self.session.set(("check_ignores",), data, _("Ignore finding"))
        self._render()

    def add_word(self, finding: Finding) -> None:
        try:
            from kabar_desktop.check.office_words import add_office_word

            add_office_word(finding.text)
        except OSError as error:
            self.window.say(_("Could not add the word: {error}").format(error=error))
            return
        self.window.say(_("“{word}” added to the office's words").format(word=finding.text))
        self.found = [
            f for f in self.found if not (f.rule == finding.rule and f.text == finding.text)
        ]
        self._render()
        self.runner.check_now()


def install_checker(window: WindowContext, dock: QDockWidget | None = None) -> CheckerController:
    """Add the house-style check to ``window`` (the editor window), in ``dock`` if one was
    placed already (else in a new ``checker_dock``)."""
    return CheckerController(window, dock)
