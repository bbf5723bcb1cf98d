"""The findings shown where the text was typed: a wavy underline in text boxes; a tooltip and
a coloured bottom edge on one-line fields, which cannot underline a part of their text.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget
from shiboken6 import isValid

from kabar_desktop.check.finding import ERROR, NOTE, RANK, WARNING, Finding
from kabar_desktop.i18n import _

ERROR_COLOR = "#c62828"
WARNING_COLOR = "#d08a00"
NOTE_COLOR = "#7b8794"  # a note: grey, quieter than a warning (check/quiet_readings.py)
PROPERTY = "kabarCheck"
_OWN_TIP = "kabarCheckOwnTip"
_LINE_STYLE = (
    "QLineEdit[kabarCheck] {{ border: 1px solid palette(mid); border-radius: 3px;"
    " padding: 2px 3px; border-bottom: 2px solid {color}; }}"
)


_COLORS = {ERROR: ERROR_COLOR, WARNING: WARNING_COLOR, NOTE: NOTE_COLOR}


def color(severity: str) -> str:
    return _COLORS[severity]


def _plain(text: str) -> str:
    return re.sub(r"[*_]", "", text)


def span_in(typed: str, finding: Finding) -> tuple[int, int] | None:
    """Where ``finding`` is in the field's text as typed now (it may have moved since)."""
    if finding.field_start is None or finding.field_end is None:
        return None
    from kabar_desktop.check.checker import raw_span  # loaded on first use

    start, end = raw_span(typed, finding.field_start, finding.field_end)
    if _plain(typed[start:end]) == finding.text:
        return start, end
    found = [m.start() for m in re.finditer(re.escape(finding.text), typed)]
    if not found:
        return None
    start = min(found, key=lambda s: abs(s - start))
    return start, start + len(finding.text)


def select_span(widget: QWidget, finding: Finding) -> None:
    """Select the finding's words in ``widget`` so the writer sees them at once."""
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        from PySide6.QtGui import QTextCursor

        span = span_in(widget.toPlainText(), finding)
        if span is None:
            return
        cursor = widget.textCursor()
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
        widget.ensureCursorVisible()
    elif isinstance(widget, QLineEdit):
        span = span_in(widget.text(), finding)
        if span is not None:
            widget.setSelection(span[0], span[1] - span[0])


class Highlighter(QObject):
    """Marks the form's inputs; ``clear`` undoes every mark it made."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._marked: list[QWidget] = []

    def clear(self) -> None:
        for widget in self._marked:
            if not isValid(widget):
                continue
            if isinstance(widget, QPlainTextEdit | QTextEdit):
                widget.setExtraSelections([])
            elif isinstance(widget, QLineEdit):
                widget.setProperty(PROPERTY, None)
                widget.setStyleSheet("")
                widget.setToolTip(widget.property(_OWN_TIP) or "")
        self._marked = []

    def show(self, form, findings: list[Finding]) -> None:
        """Mark every finding whose field is on screen in ``form`` (a ``FormPanel``)."""
        self.clear()
        by_field: dict[str, list[Finding]] = {}
        for f in findings:
            if f.field:
                by_field.setdefault(f.field, []).append(f)
        for path, found in by_field.items():
            widget = form.field_widget(path)
            if isinstance(widget, QPlainTextEdit | QTextEdit):
                self._underline(widget, found)
            elif isinstance(widget, QLineEdit):
                self._edge(widget, found)

    def _underline(self, widget: QPlainTextEdit | QTextEdit, found: list[Finding]) -> None:
        from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor

        typed = widget.toPlainText()
        selections = []
        for f in found:
            span = span_in(typed, f)
            if span is None:
                continue
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            quiet = f.severity == NOTE  # a dotted line: seen, but not pressing
            fmt.setUnderlineStyle(
                QTextCharFormat.UnderlineStyle.DotLine
                if quiet
                else QTextCharFormat.UnderlineStyle.SpellCheckUnderline
            )
            fmt.setUnderlineColor(QColor(color(f.severity)))
            sel.format = fmt
            cursor = QTextCursor(widget.document())
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            selections.append(sel)
        widget.setExtraSelections(selections)
        self._marked.append(widget)

    def _edge(self, widget: QLineEdit, found: list[Finding]) -> None:
        worst = max((f.severity for f in found), key=RANK.__getitem__)
        if widget.property(PROPERTY) is None:  # keep the field's own tip for later
            widget.setProperty(_OWN_TIP, widget.toolTip())
        own = widget.property(_OWN_TIP) or ""
        widget.setProperty(PROPERTY, worst)
        widget.setStyleSheet(_LINE_STYLE.format(color=color(worst)))
        lines = [f"“{f.text}”: {f.describe(_)}" for f in found]
        widget.setToolTip("\n".join([*lines, own] if own else lines))
        self._marked.append(widget)
