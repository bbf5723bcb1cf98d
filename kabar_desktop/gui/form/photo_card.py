"""One photo in the "Photos" tab: its thumbnail, caption and credit, and buttons to order it.

Thumbnails are decoded once per photo at thumbnail size (JPEG decoders scale while reading,
so even a large photo costs little) and kept in a small cache, not rebuilt on every change.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kabar_desktop.gui.form.fields import (
    FieldRow,
    TextBox,
    add_item_buttons,
    add_row,
    line_edit,
    new_form,
)
from kabar_desktop.i18n import _
from kabar_desktop.model.draft import Photo

if TYPE_CHECKING:
    from typing import Protocol

    class PhotosPane(Protocol):
        """What a card asks of the Photos tab (``photos.PhotosPane``, which imports this
        module): its edits go through the pane, into the draft's one undo history."""

        def edit(self, i: int, name: str, value: str) -> None: ...

        def remove(self, i: int) -> None: ...

        def move_photo(self, i: int, k: int) -> None: ...


THUMB = 120
# id(data) → (fingerprint, thumbnail). The photo bytes themselves are not kept alive here;
# the fingerprint tells a reused id from the photo it once belonged to.
_CACHE: OrderedDict[int, tuple[tuple[int, bytes], QPixmap]] = OrderedDict()
_CACHE_SIZE = 48


def _fingerprint(data: bytes) -> tuple[int, bytes]:
    return len(data), data[:64] + data[-64:]


def thumbnail(data: bytes | None) -> QPixmap | None:
    """The photo scaled to fit ``THUMB`` pixels, decoded once and then cached."""
    if not data:
        return None
    key, fingerprint = id(data), _fingerprint(data)
    hit = _CACHE.get(key)
    if hit is not None and hit[0] == fingerprint:
        _CACHE.move_to_end(key)
        return hit[1]
    raw = QByteArray(data)
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(QSize(THUMB, THUMB), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    if max(image.width(), image.height()) > THUMB:  # the reader could not scale this kind
        image = image.scaled(
            THUMB,
            THUMB,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    pixmap = QPixmap.fromImage(image)
    _CACHE[key] = (fingerprint, pixmap)
    while len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return pixmap


class PhotoCard(QFrame):
    def __init__(self, pane: PhotosPane, index: int, count: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        number = index + 1
        self.thumb = QLabel()
        self.thumb.setFixedSize(THUMB + 8, THUMB + 8)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.setStyleSheet("background: palette(window); border-radius: 3px;")
        self.name = QLabel()
        self.name.setStyleSheet("font-weight: bold;")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.size_label = QLabel()  # not "size": that is QWidget.size()
        self.size_label.setStyleSheet("color: palette(placeholder-text);")

        form = new_form()
        self.caption = TextBox(2, 6)
        self.caption.textChanged.connect(
            lambda: pane.edit(index, "caption", self.caption.toPlainText())
        )
        self.credit = line_edit()
        self.credit.textChanged.connect(lambda text: pane.edit(index, "credit", text))
        self.rows: dict[str, FieldRow] = {"file": FieldRow(self.name)}
        caption_name = _("Caption of photo {number}").format(number=number)
        credit_name = _("Credit of photo {number}").format(number=number)
        self.rows["caption"] = add_row(form, _("Caption"), self.caption, caption_name)
        self.rows["credit"] = add_row(form, _("Photo credit"), self.credit, credit_name)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.size_label)
        buttons.addStretch(1)
        tips = (
            _("Move photo {number} up").format(number=number),
            _("Move photo {number} down").format(number=number),
            _("Remove photo {number}").format(number=number),
        )
        self.move_buttons, self.remove_button = add_item_buttons(
            buttons, index, count, tips, pane.move_photo, pane.remove
        )

        right = QVBoxLayout()
        right.setSpacing(4)
        right.addWidget(self.rows["file"])
        right.addLayout(form)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(10)
        layout.addWidget(self.thumb, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(right, 1)

    def show_photo(self, photo: Photo) -> None:
        name = photo.file.replace("\\", "/").rsplit("/", 1)[-1]
        self.name.setText(name)
        self.name.setToolTip(photo.file)
        pixmap = thumbnail(photo.data)
        if pixmap is None:
            self.thumb.setText(_("(no picture)"))
            self.size_label.setText("")
        else:
            self.thumb.setPixmap(pixmap)
            self.size_label.setText(
                _("{width} × {height} pixels").format(width=photo.width, height=photo.height)
                if photo.width
                else ""
            )

    def set_default_credit(self, credit: str) -> None:
        """The credit used when the field is left empty (shown greyed in it)."""
        if self.credit.placeholderText() != credit:
            self.credit.setPlaceholderText(credit)

    def mark(self, messages: dict[str, str | None]) -> None:
        for name, row in self.rows.items():
            row.mark(messages.get(name))
