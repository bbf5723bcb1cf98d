"""The "Photos" tab: add photos (file dialog or drag and drop), caption, credit, order.

Each photo is checked before it joins the draft (a real JPEG or PNG, whole, of sane size);
a refused file is named in a message and nothing is added.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kabar_desktop.compose import Article
from kabar_desktop.gui.editor.draft_session import DraftSession
from kabar_desktop.gui.form.fields import Path as FieldPath
from kabar_desktop.gui.form.fields import bold, problem_text, quiet, set_line, set_plain
from kabar_desktop.gui.form.limits import full_message, limit_button, list_limit, may_add
from kabar_desktop.gui.form.names import office_photo_credit
from kabar_desktop.gui.form.photo_card import PhotoCard
from kabar_desktop.i18n import _
from kabar_desktop.model.draft import Draft, Photo
from kabar_desktop.model.problems import DraftError
from kabar_desktop.store.photos import import_photo

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png")
_last_folder = ""  # where the file dialog opens: the folder photos last came from


def photo_folder() -> Path:
    """Where "Add photos" opens: the folder photos last came from, else the Pictures folder,
    else home; always one that exists (a dialog proposing a missing folder confuses)."""
    pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    for folder in (_last_folder, pictures):
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def _dropped_files(event) -> list[str]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    files = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
    return [f for f in files if f.lower().endswith(PHOTO_SUFFIXES)]


class _DropCatcher(QObject):
    """Photo files dropped anywhere on the pane (even on a text box) are added as photos."""

    def __init__(self, pane: PhotosPane):
        super().__init__(pane)
        self._pane = pane

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(event, QDropEvent):  # drag enter and move events are drop events
            return False
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and _dropped_files(event):
            event.acceptProposedAction()
            return True
        if kind == QEvent.Type.Drop and _dropped_files(event):
            event.acceptProposedAction()
            self._pane.add_photo_files(_dropped_files(event))
            return True
        return False


class PhotosPane(QWidget):
    def __init__(self, session: DraftSession, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._problems: dict[str, str] = {}
        self.cards: list[PhotoCard] = []
        self._shown: list[tuple[int, str]] = []  # which photos the cards show
        self.setAcceptDrops(True)
        self._drops = _DropCatcher(self)
        self.installEventFilter(self._drops)

        heading = QLabel(_("Photos"))
        bold(heading)
        hint = QLabel(
            _(
                "JPEG or PNG. The first photo stands at the top of the article. "
                "You can also drag photo files here."
            )
        )
        hint.setWordWrap(True)
        quiet(hint)
        self.add_button = QPushButton(_("Add photos…"))
        self.add_button.setAccessibleName(_("Add photos"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._choose_files)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        self.empty = QFrame()
        self.empty.setFrameShape(QFrame.Shape.StyledPanel)
        empty_label = QLabel(_("No photos yet. Drop photo files here."))
        empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_label.setStyleSheet("color: palette(placeholder-text); padding: 28px;")
        QVBoxLayout(self.empty).addWidget(empty_label)
        self._cards_layout = QVBoxLayout()
        self._cards_layout.setContentsMargins(0, 0, 0, 0)
        self._cards_layout.setSpacing(10)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(add_row)
        layout.addWidget(self.empty)
        layout.addLayout(self._cards_layout)
        layout.addStretch(1)

    # --- adding ------------------------------------------------------------------------
    def _choose_files(self) -> None:
        global _last_folder
        files, _filter = QFileDialog.getOpenFileNames(
            self, _("Add photos"), str(photo_folder()), _("Photos (*.jpg *.jpeg *.png)")
        )
        if files:
            _last_folder = str(Path(files[0]).parent)
            self.add_photo_files(files)

    def add_photo_files(self, paths: list[str] | list[Path]) -> int:
        """Take copies of photo files (the file dialog and drag and drop both come here).

        Each photo is checked, turned upright, scaled to at most 2048 px and re-encoded
        without EXIF (GPS) by ``store.photos.import_photo``; the original is only read. A
        refused file is named in one message; the others are added in one undoable step.
        Returns how many were added.
        """
        start = len(self._session.draft.photos)
        if not may_add(self.add_button, self._session.draft, start, "photos"):
            return 0
        added: list[Photo] = []
        refused: list[str] = []
        room = list_limit("photos") - start
        if len(paths) > room:  # a drop of many files: the first ones, up to the limit
            refused.append(full_message("photos"))
            paths = paths[:room]
        for path in map(Path, paths):
            try:
                added.append(import_photo(path))
            except DraftError as exc:
                refused += [problem_text(p) for p in exc.problems]
        if added:
            label = _("Add photo") if len(added) == 1 else _("Add photos")
            self._session.apply(label, lambda d: d.photos.extend(added))
            self.cards[start].caption.setFocus(Qt.FocusReason.OtherFocusReason)
        if refused:
            title = _("Photo not added") if len(refused) == 1 else _("Photos not added")
            QMessageBox.warning(self, title, "\n\n".join(refused))
        return len(added)

    # --- draft → form --------------------------------------------------------------------
    def populate(self) -> None:
        photos = self._session.draft.photos
        shown = [(id(p.data), p.file) for p in photos]
        if shown != self._shown:
            for card in self.cards:
                card.hide()
                card.deleteLater()
            self.cards = [PhotoCard(self, i, len(photos)) for i in range(len(photos))]
            for card in self.cards:
                self._cards_layout.addWidget(card)
                for field in (card.caption, card.caption.viewport(), card.credit):
                    field.installEventFilter(self._drops)
            self._shown = shown
        for card, photo in zip(self.cards, photos, strict=True):
            card.show_photo(photo)
            set_plain(card.caption, photo.caption)
            set_line(card.credit, photo.credit)
        self.empty.setVisible(not photos)
        limit_button(self.add_button, len(photos), "photos")
        self.refresh(None)
        self.show_problems(self._problems)

    def refresh(self, article: Article | None) -> None:
        draft = self._session.draft
        default = office_photo_credit(draft.style.photo_credit, draft.organizer)
        for card in self.cards:
            card.set_default_credit(default)

    def show_problems(self, problems: dict[str, str]) -> None:
        self._problems = problems
        for i, card in enumerate(self.cards):
            card.mark({name: problems.get(f"photos[{i}].{name}") for name in card.rows})

    def focus_path(self, parts: FieldPath) -> QWidget | None:
        (_name, i), rest = parts[0], parts[1:]
        if i is None or not 0 <= i < len(self.cards):
            return None
        field = rest[0][0] if rest else "caption"
        widget = self.cards[i].credit if field == "credit" else self.cards[i].caption
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget

    # --- form → draft --------------------------------------------------------------------
    def edit(self, i: int, name: str, value: str) -> None:
        self.cards[i].rows[name].mark(None)
        self._session.set(("photos", i, name), value)

    def remove(self, i: int) -> None:
        self._session.apply(_("Remove photo"), lambda d: d.photos.pop(i))
        target = self.cards[min(i, len(self.cards) - 1)].caption if self.cards else self.add_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def move_photo(self, i: int, k: int) -> None:  # not "move": that is QWidget.move()
        def move(d: Draft) -> None:
            d.photos.insert(k, d.photos.pop(i))

        self._session.apply(_("Move photo"), move)
        self.cards[k].caption.setFocus(Qt.FocusReason.OtherFocusReason)
