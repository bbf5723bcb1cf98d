"""The form panes of the editor window: the facts of the event, the speakers, the closing,
the photos; one tab each, beside the live preview.

Typing goes through ``session.set`` (one undo step per run of typing in a field); adding,
removing and moving go through ``session.apply``; both land in the window's one undo
history. The panes re-read the whole draft only on ``session.reset``; on
``session.changed`` they refresh just what Kabar composes.

Only the first tab is built with the panel (it is what the window first shows); the others
are built when first shown or asked for (``speakers``, ``body``, ``photos``, ``build_all``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from kabar_desktop.gui.editor.draft_session import DraftSession
from kabar_desktop.gui.form.facts import FactsPane
from kabar_desktop.gui.form.fields import has_problem_under, parse_path, problems_by_path
from kabar_desktop.gui.qt.enum_properties import set_keys
from kabar_desktop.i18n import _
from kabar_desktop.model.problems import Problem

if TYPE_CHECKING:
    from kabar_desktop.gui.form.paragraphs import ParagraphsPane
    from kabar_desktop.gui.form.photos import PhotosPane
    from kabar_desktop.gui.form.speakers import SpeakersPane

    Pane = FactsPane | SpeakersPane | ParagraphsPane | PhotosPane  # one tab's contents

__all__ = ["FormPanel"]

# Which tab holds a field, by the first part of its path.
_FACTS = (
    *("title", "kind", "dateline", "date", "period", "organizer", "counterpart", "event"),
    *("event_detail", "venue", "participants", "purpose", "date_in_lead", "lead"),
    *("companions", "attendees"),
)
_TABS = {
    **{name: 0 for name in _FACTS},
    "speakers": 1,
    "paragraphs": 2,
    "credit": 2,
    "photos": 3,
}


class FormPanel(QWidget):
    """Everything the writer fills in, in four tabs; the preview beside it shows the result."""

    pane_built = Signal(int)  # a tab's pane was built (its fields exist from now on)

    def __init__(
        self,
        session: DraftSession,
        parent: QWidget | None = None,
        later: Callable[[Callable[[], object]], None] | None = None,
    ):
        """``later`` schedules the first showing of what Kabar composes (the window's
        after-first-paint jobs: composing is not needed for the first frame)."""
        super().__init__(parent)
        self._session = session
        self._problems: dict[str, str] = {}
        self.facts = FactsPane(session)
        self._panes: list[Pane | None] = [self.facts, None, None, None]

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(False)
        self._scrolls: list[QScrollArea] = []
        names = [_("Event"), _("Speakers"), _("Body & closing"), _("Photos")]
        for pane, name in zip(self._panes, names, strict=True):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            set_keys(scroll, "focusPolicy", "NoFocus")  # Tab goes to the fields, not here
            if pane is not None:
                scroll.setWidget(pane)
            self._scrolls.append(scroll)
            self.tabs.addTab(scroll, name.replace("&", "&&"))
        self.tabs.setAccessibleName(_("Article facts"))
        self.tabs.currentChanged.connect(self.pane)  # a tab is built before it is shown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        session.reset.connect(self.populate)
        session.changed.connect(self.refresh)
        self.populate()
        if later is None:
            self.refresh()
        else:
            later(self.refresh)

    # --- the tabs, built when first needed -----------------------------------------------
    def pane(self, tab: int) -> Pane:
        """The pane of tab ``tab``, built (and filled from the draft) on first use."""
        pane = self._panes[tab]
        if pane is not None:
            return pane
        if tab == 1:
            from kabar_desktop.gui.form.speakers import SpeakersPane

            pane = SpeakersPane(self._session)
        elif tab == 2:
            from kabar_desktop.gui.form.paragraphs import ParagraphsPane

            pane = ParagraphsPane(self._session)
        else:
            from kabar_desktop.gui.form.photos import PhotosPane

            pane = PhotosPane(self._session)
        self._panes[tab] = pane
        pane.populate()
        pane.refresh(self._session.preview_article())
        pane.show_problems(self._problems)
        self._scrolls[tab].setWidget(pane)
        self.pane_built.emit(tab)
        return pane

    def draft_room(self) -> int:
        """Bytes of JSON the draft may still grow by before a saved file would be refused on
        opening (gui/form/limits.py); the fields ask it as they grow."""
        from kabar_desktop.gui.form.limits import session_room

        return session_room(self._session)

    def built(self, tab: int) -> bool:
        return self._panes[tab] is not None

    def build_all(self) -> None:
        """Build the tabs not built yet (after the window's first paint: switching is instant)."""
        for tab in range(len(self._panes)):
            self.pane(tab)

    @property
    def speakers(self) -> SpeakersPane:
        return self.pane(1)  # type: ignore[return-value]

    @property
    def body(self) -> ParagraphsPane:
        return self.pane(2)  # type: ignore[return-value]

    @property
    def photos(self) -> PhotosPane:
        return self.pane(3)  # type: ignore[return-value]

    @property
    def panes(self) -> list[QWidget]:
        return [self.pane(tab) for tab in range(len(self._panes))]

    def _built_panes(self) -> list:
        return [pane for pane in self._panes if pane is not None]

    # --- draft → form --------------------------------------------------------------------
    def populate(self) -> None:
        """Re-read every field from the draft (a new draft, an undo, a structural edit)."""
        for pane in self._built_panes():
            pane.populate()
        self.show_problems_by_path(self._problems)

    def refresh(self) -> None:
        """Show what Kabar composes now (the lead, the introductions): cheap, on every edit."""
        article = self._session.preview_article()
        for pane in self._built_panes():
            pane.refresh(article)

    # --- the window's entry points -------------------------------------------------------
    def focus_field(self, path: str) -> bool:
        """Show the tab (speaker, statement, photo) holding field ``path`` and focus its input."""
        parts = parse_path(path)
        if parts is None or parts[0][0] not in _TABS:
            return False
        tab = _TABS[parts[0][0]]
        self.tabs.setCurrentIndex(tab)
        widget = self.pane(tab).focus_path(parts)
        if widget is None:
            return False
        self._scrolls[tab].ensureWidgetVisible(widget, 40, 40)
        return True

    def field_widget(self, path: str) -> QWidget | None:
        """The input now showing field ``path`` (None when it is not on screen: another
        speaker or statement is selected, or Kabar composes the part). Changes nothing."""
        parts = parse_path(path)
        if parts is None or parts[0][0] not in _TABS:
            return None
        (name, i), rest = parts[0], parts[1:]
        if _TABS[name] == 0:
            return self.facts.field_widget(name, i, rest)
        if name == "paragraphs" and i is not None and not rest:
            return self.body.boxes[i].text if 0 <= i < len(self.body.boxes) else None
        if name == "credit" and i is None and not rest:
            return self.body.credit
        if name == "photos" and i is not None and len(rest) == 1:
            if not 0 <= i < len(self.photos.cards):
                return None
            card = self.photos.cards[i]
            return {"caption": card.caption, "credit": card.credit}.get(rest[0][0])
        pane = self.speakers
        if name != "speakers" or i is None or i != pane._index or not rest:  # noqa: SLF001
            return None
        field, j = rest[0]
        if field == "intro":
            return pane.intro.editor if pane.intro.own else None
        if field != "statements":
            return pane.edits.get(field) if j is None and len(rest) == 1 else None
        editor = pane.statements
        if j != editor._index:  # noqa: SLF001
            return None
        sub = rest[1][0] if len(rest) > 1 else "text"
        fields = {"text": editor.text, "context": editor.context, "verb": editor.verb.lineEdit()}
        return fields.get(sub)

    def show_problems(self, problems: list[Problem]) -> None:
        """Mark every field a problem names (message and red outline); clear earlier marks."""
        self.show_problems_by_path(problems_by_path(problems))

    def show_problems_by_path(self, problems: dict[str, str]) -> None:
        self._problems = problems
        warning = None
        for tab, pane in enumerate(self._panes):
            if pane is not None:
                pane.show_problems(problems)
            names = [name for name, t in _TABS.items() if t == tab]
            flagged = any(has_problem_under(problems, name) for name in names) or any(
                p.startswith(f"{name}[") for p in problems for name in names
            )
            if flagged and warning is None:
                from PySide6.QtWidgets import QStyle

                warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.tabs.setTabIcon(tab, warning if flagged and warning is not None else QIcon())
