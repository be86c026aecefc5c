"""«Vis registeret per …»: the register's tables as they stood at the end of a past day.

The window asks for a day, rebuilds the register as of that day off the UI thread
(services.history.view.open_as_of: a read-only copy) and hands it to the shared state; every
section then reads the copy, editing, undo and import are switched off, and a banner says what
is shown, with a button back to today. A history that does not reach back to the day gives
the service's own message; nothing is guessed.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import formats
from ..i18n import translate
from .messages import show_error
from .workers import Job, run_job

if TYPE_CHECKING:
    from .main_window import MainWindow

BANNER_STYLE = """
#asOfBanner { background: #e8f0fe; border-bottom: 2px solid #1f42aa; }
#asOfBannerText { color: #12285c; font-weight: 600; padding: 6px 4px; }
"""


def banner_line(day: date) -> str:
    return translate("AsOf", "Registeret slik det var registrert per {day} – kun lesing. "
                     "Endringer, angre og import er slått av.").format(day=formats.date(day))


class AsOfBanner(QFrame):
    """A blue bar over the sections while a past day is shown; «Tilbake til i dag» leaves."""

    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("asOfBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.label = QLabel("")
        self.label.setObjectName("asOfBannerText")
        self.label.setWordWrap(True)
        self.back_button = QPushButton(translate("AsOf", "Tilbake til i dag"))
        self.back_button.setToolTip(translate(
            "AsOf", "Vis registeret slik det er nå, og rediger igjen"))
        self.back_button.clicked.connect(self.back)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 2, 14, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.back_button)
        self.setVisible(False)

    def show_day(self, day: date | None) -> None:
        self.label.setText(banner_line(day) if day else "")
        self.setVisible(day is not None)


class DayDialog(QDialog):
    """A calendar for the day whose end the register is shown as of (today and earlier)."""

    def __init__(self, parent: QWidget | None, initial: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AsOf", "Vis registeret per …"))
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setMaximumDate(QDate.currentDate())
        self.calendar.setSelectedDate(QDate(initial.year, initial.month, initial.day))
        self.calendar.setFirstDayOfWeek(self.calendar.firstDayOfWeek().Monday)
        note = QLabel(translate("AsOf", "Tabellene vises slik registeret var registrert ved "
                                "slutten av dagen (kl. 24.00 norsk tid), bare for lesing."))
        note.setWordWrap(True)
        self.year_end = QPushButton(translate("AsOf", "31.12 i fjor"))
        self.year_end.clicked.connect(lambda: self.calendar.setSelectedDate(
            QDate(QDate.currentDate().year() - 1, 12, 31)))
        buttons = QDialogButtonBox()
        buttons.addButton(self.year_end, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(translate("AsOf", "Vis"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("AsOf", "Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)

    def day(self) -> date:
        d = self.calendar.selectedDate()
        return date(d.year(), d.month(), d.day())


def ask_day(parent: QWidget, current: date | None) -> date | None:
    initial = current or date(date.today().year - 1, 12, 31)
    dialog = DayDialog(parent, initial)
    return dialog.day() if dialog.exec() else None


def open_as_of_job(window: MainWindow, day: date) -> Job:
    """Rebuild the register as of ``day`` in the background, then show it."""
    ctx = window.ctx
    live = ctx.live_register
    title = translate("AsOf", "Registeret per {day}").format(day=formats.date(day))

    def job(progress: Any, _cancel: Any) -> Any:
        return live.as_of(day, progress=progress)

    def done(view: Any) -> None:
        if ctx.live_register is not live:  # another file was opened meanwhile
            view.close()
            return
        ctx.enter_as_of(day, view)
        window.statusBar().showMessage(translate(
            "AsOf", "Viser registeret per {day} (kun lesing).").format(day=formats.date(day)),
            8000)

    def failed(exc: BaseException) -> None:
        show_error(window, title, exc)

    return run_job(window, title, job, done, failed)
