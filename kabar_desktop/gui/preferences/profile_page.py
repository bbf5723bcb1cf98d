"""The office profile: what every new article starts from.

One ``ProfileForm`` serves the first-start ``ProfileDialog`` and the "Office profile" tab of
``PreferencesDialog`` (``dialogs``). Every house-style choice shows a live example in the
article's own words (the patterns of ``templates/compose``), so a user sees what a tick
changes before saving.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from kabar_desktop import paths
from kabar_desktop.atomic import write_bytes_atomic
from kabar_desktop.compose.indonesian import numeric_date, weekday
from kabar_desktop.compose.patterns import Value, Values, fill_text, load_patterns
from kabar_desktop.gui.form.names import office_photo_credit
from kabar_desktop.i18n import _
from kabar_desktop.model.draft import Photo
from kabar_desktop.model.photo_check import check_photo
from kabar_desktop.settings import OfficeProfile

EXAMPLE_DATE = dt.date(2024, 9, 4)  # a Wednesday early in a month: padding shows
EXAMPLE_SENTENCE = "Kegiatan berjalan dengan lancar."  # article text: always Indonesian
EXAMPLE_CAPTION = "Foto bersama usai kegiatan"
DASHES = ("-", "–")  # what may stand between the dateline and the lead
LOGO_HEIGHT = 40
EXAMPLE_MIN_WIDTH = 120  # an example may shrink to this, never push the dialog wider
NOTE_STYLE = "color: palette(placeholder-text);"
PROBLEM_STYLE = "color: #b3261e;"


class _Example(QLabel):
    """A live example on one line: cut short with "…" rather than widen the dialog as the
    writer types (the whole text is its tooltip)."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), EXAMPLE_MIN_WIDTH), hint.height())

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        room = self.contentsRect()
        lines = self.text().split("\n")
        metrics = self.fontMetrics()
        if all(metrics.horizontalAdvance(line) <= room.width() for line in lines):
            super().paintEvent(event)
            return
        from PySide6.QtGui import QPainter, QPalette

        elided = "\n".join(
            metrics.elidedText(line, Qt.TextElideMode.ElideRight, room.width()) for line in lines
        )
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            room,
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            elided,
            QPalette.ColorRole.WindowText,
        )
        painter.end()  # a painter left to the garbage collector outlives the paint: a crash


def note(parent: QWidget, text: str = "", wrap: bool = True) -> QLabel:
    """A small grey line under an input: an example (kept whole) or a hint (wrapped)."""
    label = QLabel(text, parent) if wrap else _Example(text, parent)
    label.setWordWrap(wrap)
    label.setStyleSheet(NOTE_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def _line(parent: QWidget, text: str, placeholder: str, name: str) -> QLineEdit:
    field = QLineEdit(text, parent)
    field.setPlaceholderText(placeholder)
    field.setObjectName(name)
    field.setClearButtonEnabled(True)
    return field


class ProfileForm(QWidget):
    """The office profile's fields, each with a live example of what it changes."""

    changed = Signal()
    validity_changed = Signal(bool)

    def __init__(self, profile: OfficeProfile, parent: QWidget | None = None):
        super().__init__(parent)
        self._patterns = load_patterns("id")
        self._logo_path = profile.logo_path
        self._original = profile  # what the form does not show (the role) is kept as it was
        self._valid: bool | None = None
        self._weekday = Value(weekday(EXAMPLE_DATE))

        self.office = _line(self, profile.office_name, _("e.g. Rudenim Kupang"), "office-name")
        self.city = _line(self, profile.city, _("e.g. Kupang"), "city")
        self.tag = _line(self, profile.dateline_tag, _("optional, e.g. Humas_Rudenim"), "tag")
        self.dash = QComboBox(self)
        self.dash.addItem(_("- (hyphen)"), "-")
        self.dash.addItem(_("– (en dash)"), "–")
        dash = profile.dateline_dash if profile.dateline_dash in DASHES else "-"
        self.dash.setCurrentIndex(DASHES.index(dash))
        self.dash.setObjectName("dash")
        self.photo_credit = _line(self, profile.photo_credit, "", "photo-credit")
        self.photo_brackets = QCheckBox(_("Photo credit in &brackets"), self)
        self.photo_brackets.setChecked(profile.photo_credit_brackets)
        self.initials = _line(self, profile.credit_initials, _("e.g. fka"), "initials")
        self.initials.setMaxLength(12)
        self.pad = QCheckBox(_("Write &day and month with two digits"), self)
        self.pad.setChecked(profile.pad_dates)
        self.credit_inline = QRadioButton(_("At the &end of the last paragraph"), self)
        self.credit_own_line = QRadioButton(_("On a line of its &own"), self)
        placement = QButtonGroup(self)
        for radio in (self.credit_inline, self.credit_own_line):
            placement.addButton(radio)
        (self.credit_inline if profile.credit_inline else self.credit_own_line).setChecked(True)
        examples = [note(self, wrap=False) for _i in range(6)]
        self.dateline_example, self.credit_example, self.date_example = examples[:3]
        self.inline_example, self.own_line_example, self.caption_example = examples[3:]
        self._build_logo()
        self._lay_out()
        order = [self.office, self.city, self.tag, self.dash, self.initials, self.pad]
        order += [self.credit_inline, self.credit_own_line, self.photo_credit]
        order += [self.photo_brackets, self.logo_choose, self.logo_remove]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        for field in (self.office, self.city, self.tag, self.initials, self.photo_credit):
            field.textChanged.connect(self._edited)
        for button in (self.pad, self.credit_inline, self.credit_own_line, self.photo_brackets):
            button.toggled.connect(self._edited)
        self.dash.currentIndexChanged.connect(self._edited)
        self._show_logo()
        self._edited()

    # --- layout: one grid of label | input | live example, in three sections -------------------
    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(12)
        self.office.setToolTip(_("Your office: whose stories Kabar writes; also in photo credits."))
        self.initials.setMaximumWidth(140)
        for box in (self.pad, self.photo_brackets):
            box.setAccessibleName(box.text().replace("&", ""))
        self.photo_credit.setToolTip(
            _("Written after every photo caption; a photo may have its own.")
        )
        for radio in (self.credit_inline, self.credit_own_line):
            place = radio.text().replace("&", "")
            radio.setAccessibleName(_("Credit: {place}").format(place=place))
        logo = QHBoxLayout()
        logo.setSpacing(8)
        for widget in (self.logo_preview, self.logo_choose, self.logo_remove):
            logo.addWidget(widget)
        rows: list[tuple] = [
            (_("Office"),),
            (_("&Office name:"), self.office),
            (_("&City:"), self.city),
            (_("Dateline &tag:"), self.tag, self.dateline_example),
            (_("Dateline da&sh:"), self.dash),
            (_("House style"),),
            (_("Writer's &initials:"), self.initials, self.credit_example),
            (_("Dates:"), self.pad, self.date_example),
            (_("The credit goes:"), self.credit_inline, self.inline_example),
            ("", self.credit_own_line, self.own_line_example),
            (_("&Photo credit:"), self.photo_credit, self.caption_example),
            ("", self.photo_brackets),
            (_("Logo in the DOCX header (optional)"),),
            ("", logo, self.logo_message),
        ]
        for row, (text, *cells) in enumerate(rows):
            label = QLabel(text, self)
            if not cells:
                font = label.font()
                font.setBold(True)
                label.setFont(font)
                label.setContentsMargins(0, 0 if row == 0 else 10, 0, 0)
                grid.addWidget(label, row, 0, 1, 3)
                continue
            grid.addWidget(label, row, 0)
            if isinstance(cells[0], QLineEdit | QComboBox):  # its label names it (Alt+letter)
                label.setBuddy(cells[0])
                cells[0].setAccessibleName(text.replace("&", "").rstrip(":"))
            for column, cell in enumerate(cells, start=1):
                add = grid.addLayout if isinstance(cell, QHBoxLayout) else grid.addWidget
                add(cell, row, column, Qt.AlignmentFlag.AlignVCenter)
        grid.setRowStretch(len(rows), 1)

    def _build_logo(self) -> None:
        self.logo_preview = QLabel(self)
        no_logo = self.fontMetrics().horizontalAdvance(_("No logo")) + 16  # "Tanpa logo" fits
        self.logo_preview.setFixedSize(max(LOGO_HEIGHT * 2, no_logo), LOGO_HEIGHT)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setAccessibleName(_("Logo preview"))
        self.logo_choose = QPushButton(_("&Choose logo…"), self)
        self.logo_choose.setAccessibleName(_("Choose logo"))
        self.logo_choose.clicked.connect(self.choose_logo)
        self.logo_remove = QPushButton(_("&Remove logo"), self)
        self.logo_remove.setAccessibleName(_("Remove logo"))
        self.logo_remove.clicked.connect(self.remove_logo)
        self.logo_message = QLabel(self)
        self.logo_message.setWordWrap(True)

    # --- live examples and validity --------------------------------------------------------
    def _edited(self) -> None:
        p = self._patterns
        city = self.city.text().strip() or _("[city]")
        tag = self.tag.text().strip()
        kind = "tagged" if tag else "plain"
        dash = Value(self.dash.currentData() or "-")
        values: Values = {"city": Value(city), "tag": Value(tag), "dash": dash}
        dateline = fill_text(p["dateline"][kind], values)
        self.dateline_example.setText(_("Dateline: {example}").format(example=dateline + "…"))
        credit = fill_text(p["credit"]["text"], {"credit": Value(self._credit() or "humas/…")})
        self.credit_example.setText(_("Credit: {example}").format(example=credit))
        numeric = Value(numeric_date(EXAMPLE_DATE, self.pad.isChecked()))
        date = fill_text(p["date"]["event"], {"weekday": self._weekday, "numeric": numeric})
        self.date_example.setText(_("Example: {example}").format(example=date))
        self.inline_example.setText(f"…{EXAMPLE_SENTENCE} {credit}")
        self.own_line_example.setText(f"…{EXAMPLE_SENTENCE}\n{credit}")
        self._show_caption()
        valid = self.is_valid()
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)
        self.changed.emit()

    def _show_caption(self) -> None:
        """The photo credit's placeholder and a caption as the article will write it."""
        office = self.office.text().strip()
        self.photo_credit.setPlaceholderText(office_photo_credit("", office or _("<office>")))
        credit = office_photo_credit(self.photo_credit.text(), office or _("<office>"))
        brackets = self.photo_brackets.isChecked()
        pattern = self._patterns["caption"]["brackets" if brackets else "plain"]
        values: Values = {"caption": Value(EXAMPLE_CAPTION), "credit": Value(credit.rstrip("."))}
        example = fill_text(pattern, values)
        self.caption_example.setText(_("Caption: {example}").format(example=example))

    def _credit(self) -> str:
        return OfficeProfile(credit_initials=self.initials.text()).credit

    def is_valid(self) -> bool:
        """An office name and a city: what every new article needs from the profile."""
        return bool(self.office.text().strip() and self.city.text().strip())

    def profile(self) -> OfficeProfile:
        return replace(
            self._original,
            office_name=self.office.text().strip(),
            city=self.city.text().strip(),
            credit_initials=self.initials.text().strip().strip("/").lower(),
            pad_dates=self.pad.isChecked(),
            credit_inline=self.credit_inline.isChecked(),
            dateline_tag=self.tag.text().strip(),
            logo_path=self._logo_path,
            dateline_dash=self.dash.currentData() or "-",
            photo_credit=self.photo_credit.text().strip(),
            photo_credit_brackets=self.photo_brackets.isChecked(),
        )

    # --- logo ------------------------------------------------------------------------------
    def choose_logo(self) -> None:
        start = str(Path(self._logo_path).parent) if self._logo_path else str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, _("Choose the office logo"), start, _("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.set_logo(path)

    def set_logo(self, path: str) -> bool:
        """Use the image at ``path`` if it is a readable JPEG or PNG, else say why not.

        Kabar keeps its own copy, so the logo survives the original being moved or deleted.
        """
        photo, problem = _read_logo(path)
        if photo is None:
            self._say(problem)
            return False
        self._logo_path = _keep_logo(photo, path)
        self._show_logo()
        self.changed.emit()
        return True

    def remove_logo(self) -> None:
        self._logo_path = ""
        self._show_logo()
        self.changed.emit()

    def _show_logo(self) -> None:
        path = self._logo_path
        self.logo_remove.setEnabled(bool(path))
        self.logo_preview.clear()
        self._say("", NOTE_STYLE)
        if not path:
            self.logo_preview.setText(_("No logo"))
            self._say(_("DOCX documents get no header picture."), NOTE_STYLE)
            return
        photo, problem = _read_logo(path)
        pixmap = QPixmap()
        if photo is None or not pixmap.loadFromData(photo.data or b""):
            self._say(problem or _("Kabar could not read {name}.").format(name=Path(path).name))
            return
        mode = Qt.TransformationMode.SmoothTransformation
        scaled = pixmap.scaledToHeight(LOGO_HEIGHT, mode)
        if scaled.width() > self.logo_preview.width() - 8:
            scaled = pixmap.scaledToWidth(self.logo_preview.width() - 8, mode)
        self.logo_preview.setPixmap(scaled)

    def _say(self, text: str, style: str = PROBLEM_STYLE) -> None:
        self.logo_message.setText(text)
        self.logo_message.setStyleSheet(style)


def _read_logo(path: str) -> tuple[Photo | None, str]:
    """The logo as a checked photo, or None and a plain message saying what is wrong."""
    name = Path(path).name
    try:
        data = Path(path).read_bytes()
    except OSError:
        return None, _("Kabar could not read {name}.").format(name=name)
    photo = Photo(file=name)
    problem = check_photo(photo, data, "")
    return (None, problem.message(_)) if problem else (photo, "")


def _keep_logo(photo: Photo, original: str) -> str:
    """Kabar's own copy of the logo, named by its content; the original if it cannot copy."""
    suffix = ".png" if photo.media_type == "image/png" else ".jpg"
    digest = hashlib.sha1(photo.data or b"").hexdigest()[:12]
    target = paths.data_dir() / "logos" / f"logo-{digest}{suffix}"
    try:
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(target, photo.data or b"")
    except OSError:
        return str(Path(original).resolve())
    return str(target)
