"""Import: a guided wizard from a bydel's spreadsheet to the register, and the export dialog.

Steps: 1 choose the file (and the bydel it is for), 2 the sheet, 3 the column matches with a
preview (every match can be changed, the mapping saved), 4 the check of every row (click an
error to jump to its row), 5 the write. Reading, checking and writing run in the background
with progress and Avbryt (``workers.run_job``); the services do all the work.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ... import formats
from ...errors import BoligregError
from ...i18n import QT_TRANSLATE_NOOP, plural, translate
from ...safefiles import write_output
from ...services.importer import (
    FIELDS,
    ColumnMatch,
    ImportOptions,
    ImportReport,
    Mapping,
    RowProblem,
    Table,
    check_import,
    load_mapping,
    mapping_from_matches,
    prepare,
    run_import,
    save_mapping,
    set_field,
    sheet_names,
    write_errors_csv,
)
from ...services.importer.headers import HOW_LABELS
from ...services.importer.values import show
from ..context import AppState
from ..export_dialog import ExportDialog
from ..messages import show_error
from ..widgets.table import ListTableModel
from ..workers import run_job
from .base import Section

Index = QModelIndex | QPersistentModelIndex
STEPS = (QT_TRANSLATE_NOOP("ImportSection", "Fil"), QT_TRANSLATE_NOOP("ImportSection", "Ark"),
         QT_TRANSLATE_NOOP("ImportSection", "Kolonner"),
         QT_TRANSLATE_NOOP("ImportSection", "Kontroll"),
         QT_TRANSLATE_NOOP("ImportSection", "Lagre"))
# Counted nouns, singular and plural ("{n}" is formats.integer of the count).
NOUNS: dict[str, tuple[str, str]] = {
    "rad": (QT_TRANSLATE_NOOP("ImportSection", "1 rad"),
            QT_TRANSLATE_NOOP("ImportSection", "{n} rader")),
    "kolonne": (QT_TRANSLATE_NOOP("ImportSection", "1 kolonne"),
                QT_TRANSLATE_NOOP("ImportSection", "{n} kolonner")),
    "feil": (QT_TRANSLATE_NOOP("ImportSection", "1 feil"),
             QT_TRANSLATE_NOOP("ImportSection", "{n} feil")),
    "felt endres": (QT_TRANSLATE_NOOP("ImportSection", "1 felt endres"),
                    QT_TRANSLATE_NOOP("ImportSection", "{n} felt endres")),
    "ny bolig": (QT_TRANSLATE_NOOP("ImportSection", "1 ny bolig"),
                 QT_TRANSLATE_NOOP("ImportSection", "{n} nye boliger")),
    "ny avtale": (QT_TRANSLATE_NOOP("ImportSection", "1 ny avtale"),
                  QT_TRANSLATE_NOOP("ImportSection", "{n} nye avtaler")),
    "nytt bygg": (QT_TRANSLATE_NOOP("ImportSection", "1 nytt bygg"),
                  QT_TRANSLATE_NOOP("ImportSection", "{n} nye bygg")),
    "nytt ansvar": (QT_TRANSLATE_NOOP("ImportSection", "1 nytt ansvar"),
                    QT_TRANSLATE_NOOP("ImportSection", "{n} nye ansvar")),
    "feltendring": (QT_TRANSLATE_NOOP("ImportSection", "1 feltendring"),
                    QT_TRANSLATE_NOOP("ImportSection", "{n} feltendringer")),
}


def _count(n: int, noun: str) -> str:
    """The count with its noun: "1 rad", "12 000 rader", in the window's language."""
    one, many = NOUNS[noun]
    return plural(n, "ImportSection", one, many).format(n=formats.integer(n))


PREVIEW_ROWS = 30
ROW_HEIGHT = 24

LOCAL_STYLE = """
#stepBar { background: white; border: 1px solid #dde1e8; border-radius: 6px; }
#step { color: #6b7080; padding: 8px 14px; font-size: 13px; }
#stepDone { color: #1f6f43; padding: 8px 14px; font-size: 13px; }
#stepActive { color: white; background: #2a2859; border-radius: 4px; padding: 8px 14px;
              font-size: 13px; font-weight: 600; }
#card { background: white; border: 1px solid #dde1e8; border-radius: 6px; }
#cardValue { font-size: 22px; font-weight: 600; color: #2a2859; }
#cardValueBad { font-size: 22px; font-weight: 600; color: #a4232a; }
#cardCaption { color: #4a4f5c; }
#pageTitle { font-size: 15px; font-weight: 600; color: #2a2859; }
#help { color: #4a4f5c; }
#fileBox { background: white; border: 1px dashed #9aa3b5; border-radius: 8px; }
#fileName { font-size: 14px; font-weight: 600; color: #2a2859; }
#okBanner { background: #e5f4ea; color: #1f5130; border: 1px solid #b9dec5; border-radius: 6px;
            padding: 10px 12px; }
#badBanner { background: #fdecec; color: #7a1d22; border: 1px solid #f2c0c3;
             border-radius: 6px; padding: 10px 12px; }
#infoBanner { background: #eef3fb; color: #22345c; border: 1px solid #c9d6ee;
              border-radius: 6px; padding: 10px 12px; }
QPushButton#primary { background: #1f42aa; color: white; border: none; border-radius: 4px;
                      padding: 7px 18px; font-weight: 600; }
QPushButton#primary:disabled { background: #aab4cf; }
QPushButton { padding: 6px 14px; }
QListWidget#sheetList::item { padding: 7px 10px; }
"""


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class SheetTableModel(QAbstractTableModel):
    """Rows of a sheet as the file holds them; row headers are the spreadsheet's row numbers,
    cells with a problem are tinted. Fixed row height, no sizing to contents (big sheets)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: Table | None = None
        self.limit: int | None = None
        self.headers: list[str] = []
        self.bad: dict[tuple[int, int], str] = {}  # (data row, column) → message
        self.bad_rows: set[int] = set()

    def set_table(self, table: Table | None, limit: int | None = None,
                  headers: list[str] | None = None) -> None:
        self.beginResetModel()
        self.table, self.limit = table, limit
        self.headers = headers or (list(table.headers) if table else [])
        self.bad, self.bad_rows = {}, set()
        self.endResetModel()

    def set_problems(self, problems: list[RowProblem], matches: list[ColumnMatch]) -> None:
        if self.table is None:
            return
        col_by_letter = {self.table.letter(m.index): m.index for m in matches}
        self.beginResetModel()
        self.bad, self.bad_rows = {}, set()
        for p in problems:
            i = p.row - self.table.header_row - 1
            if i < 0:
                continue
            self.bad_rows.add(i)
            if p.column in col_by_letter:
                self.bad[(i, col_by_letter[p.column])] = p.message
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt idiom
        if parent.isValid() or self.table is None:
            return 0
        n = len(self.table.rows)
        return n if self.limit is None else min(n, self.limit)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt idiom
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.table is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self.headers[section]
            return str(self.table.row_number(section))
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self.tr("Kolonne {letter}").format(letter=self.table.letter(section))
        if role == Qt.ItemDataRole.ForegroundRole and orientation == Qt.Orientation.Vertical \
                and section in self.bad_rows:
            return QBrush(QColor("#a4232a"))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.table is None:
            return None
        key = (index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return show(self.table.rows[index.row()][index.column()])
        if role == Qt.ItemDataRole.BackgroundRole:
            if key in self.bad:
                return QBrush(QColor("#f9d3d5"))
            if index.row() in self.bad_rows:
                return QBrush(QColor("#fdf1f1"))
        skipped = self.table.skipped.get(index.row())
        if skipped is not None:  # a sum, a repeated header, a note: greyed, never imported
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#9aa0ab"))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Hoppes over: {reason}").format(reason=skipped)
        if role == Qt.ItemDataRole.ToolTipRole and key in self.bad:
            return self.bad[key]
        return None


class MappingTableModel(ListTableModel):
    """One row per file column: letter, header, examples, chosen field (a combo box sits on
    top of that column), how it was matched."""

    HEADERS = (QT_TRANSLATE_NOOP("MappingTableModel", "Kol."),
               QT_TRANSLATE_NOOP("MappingTableModel", "Overskrift i filen"),
               QT_TRANSLATE_NOOP("MappingTableModel", "Eksempler fra filen"),
               QT_TRANSLATE_NOOP("MappingTableModel", "Felt i boligreg"),
               QT_TRANSLATE_NOOP("MappingTableModel", "Treff"),
               QT_TRANSLATE_NOOP("MappingTableModel", "Sikkerhet"),
               QT_TRANSLATE_NOOP("MappingTableModel", "Begrunnelse"))
    CONFIDENCE_COLUMN, REASON_COLUMN = 5, 6
    COLUMNS = HEADERS
    FIELD_COLUMN = 3
    HOW_COLOURS = {"exact": "#1f6f43", "mapping": "#1f6f43", "user": "#1f42aa",
                   "guess": "#8a5a00", "personal": "#a4232a"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: Table | None = None

    @property
    def matches(self) -> list[ColumnMatch]:
        return self.items

    def set_matches(self, table: Table | None, matches: list[ColumnMatch]) -> None:
        self.table = table
        self.set_items(matches)
        self.items = matches  # the section edits these ColumnMatch objects in place

    def refresh(self) -> None:
        if self.items:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.items) - 1, len(self.HEADERS) - 1))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().headerData(section, orientation, role)
        return translate("MappingTableModel", value) if isinstance(value, str) else value

    def cell(self, m: ColumnMatch, column: int) -> Any:
        if column == 0:
            return self.table.letter(m.index) if self.table else m.letter
        if column == 1:
            return m.header
        if column == 2:
            return " · ".join(m.samples)
        if column == 4:
            return HOW_LABELS.get(m.how, m.how)
        if column == 5:
            return m.confidence_label or "–"
        if column == 6:
            # an unmatched column says what it looked like, so nothing is dropped silently
            return m.reason or m.note or (
                self.tr("verdiene: {looks}").format(looks=m.looks) if m.looks else "")
        return None

    def tooltip(self, m: ColumnMatch, column: int) -> Any:
        if column == 6:
            return m.reason or m.note or None
        return m.note if column in (1, 2, 4) and m.note else None

    def style(self, m: ColumnMatch, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 4:
            return QBrush(QColor(self.HOW_COLOURS.get(m.how, "#6b7080")))
        if role == Qt.ItemDataRole.ForegroundRole and column == 5 and m.field:
            colour = ("#1f6f43" if m.confidence >= 0.9 else "#8a5a00" if m.confidence >= 0.7
                      else "#a4232a")
            return QBrush(QColor(colour))
        if role == Qt.ItemDataRole.FontRole and column == 1:
            return _bold()
        return None


class ProblemTableModel(ListTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("ProblemTableModel", "Rad"),
               QT_TRANSLATE_NOOP("ProblemTableModel", "Kolonne"),
               QT_TRANSLATE_NOOP("ProblemTableModel", "Verdi"),
               QT_TRANSLATE_NOOP("ProblemTableModel", "Feil"))
    COLUMNS = HEADERS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().headerData(section, orientation, role)
        return translate("ProblemTableModel", value) if isinstance(value, str) else value

    @property
    def problems(self) -> list[RowProblem]:
        return self.items

    def set_problems(self, problems: list[RowProblem]) -> None:
        self.set_items(problems)

    def cell(self, p: RowProblem, column: int) -> Any:
        where = f"{p.column} «{p.header}»" if p.column else "–"
        return (str(p.row), where, p.value, p.message_with_fix)[column]

    def tooltip(self, p: RowProblem, column: int) -> Any:
        return p.as_line()

    def style(self, p: RowProblem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _restyle(widget: QWidget, name: str) -> None:
    """Switch a widget to another stylesheet rule and let the layout take its new size."""
    widget.setObjectName(name)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.updateGeometry()


def _table_view(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setDefaultSectionSize(130)
    return view


def _card(caption: str) -> tuple[QFrame, QLabel]:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 8, 14, 8)
    value = QLabel("–")
    value.setObjectName("cardValue")
    label = QLabel(caption)
    label.setObjectName("cardCaption")
    layout.addWidget(value)
    layout.addWidget(label)
    return frame, value


def _title(label: str, help_text: str) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 4)
    title = QLabel(label)
    title.setObjectName("pageTitle")
    helper = QLabel(help_text)
    helper.setObjectName("help")
    helper.setWordWrap(True)
    layout.addWidget(title)
    layout.addWidget(helper)
    return box


class ImportSection(Section):
    key = "import"
    title = QT_TRANSLATE_NOOP("Section", "Import")

    def __init__(self, ctx: AppState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setStyleSheet(LOCAL_STYLE)
        self.path: Path | None = None
        self.sheets: list[str] = []
        self.table: Table | None = None
        self.matches: list[ColumnMatch] = []
        self.mapping: Mapping | None = None
        self.mapping_path: Path | None = None
        self.report: ImportReport | None = None
        self.result: ImportReport | None = None
        self.combos: list[QComboBox] = []

        self._build_view()
        self._connect_signals()
        self._show_step(0)
        # File → Eksporter … in the window's menu, once the window exists.
        QTimer.singleShot(0, self._install_menu_action)

    # -- view --------------------------------------------------------------------------------
    def _build_view(self) -> None:
        heading = QLabel(self.tr("Import av regneark"))
        heading.setObjectName("sectionHeading")
        sub = QLabel(self.tr("Hent inn bydelens egne lister over boliger, avtaler og "
                             "vedlikeholdsansvar. Alle rader kontrolleres før noe lagres."))
        sub.setObjectName("sectionSubheading")
        sub.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Eksporter …"))
        top = QHBoxLayout()
        top_text = QVBoxLayout()
        top_text.addWidget(heading)
        top_text.addWidget(sub)
        top.addLayout(top_text, 1)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        self._build_step_bar()

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_file_page())
        self.pages.addWidget(self._build_sheet_page())
        self.pages.addWidget(self._build_mapping_page())
        self.pages.addWidget(self._build_check_page())
        self.pages.addWidget(self._build_write_page())
        nav = self._build_nav()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        # While a past day is shown (Vis registeret per …) nothing may be imported.
        self.read_only_note = QLabel("")
        self.read_only_note.setObjectName("help")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setVisible(False)
        layout.addLayout(top)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.step_bar)
        layout.addWidget(self.pages, 1)
        layout.addLayout(nav)

    def _build_step_bar(self) -> None:
        """The wizard's steps in a row, the current one marked by _show_step."""
        self.step_bar = QFrame()
        self.step_bar.setObjectName("stepBar")
        bar = QHBoxLayout(self.step_bar)
        bar.setContentsMargins(6, 6, 6, 6)
        bar.setSpacing(4)
        self.step_labels: list[QLabel] = []
        for i, name in enumerate(STEPS):
            label = QLabel(f"{i + 1}  {self.tr(name)}")
            label.setObjectName("step")
            self.step_labels.append(label)
            bar.addWidget(label)
            if i < len(STEPS) - 1:
                arrow = QLabel("›")
                arrow.setObjectName("step")
                bar.addWidget(arrow)
        bar.addStretch(1)

    def _build_nav(self) -> QHBoxLayout:
        """Start på nytt, Tilbake and Neste under the pages."""
        self.back_button = QPushButton(self.tr("‹ Tilbake"))
        self.next_button = QPushButton(self.tr("Neste ›"))
        self.next_button.setObjectName("primary")
        self.restart_button = QPushButton(self.tr("Start på nytt"))
        nav = QHBoxLayout()
        nav.addWidget(self.restart_button)
        nav.addStretch(1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        return nav

    def _connect_signals(self) -> None:
        """The frame's own buttons (each page wires its own widgets where it is built)."""
        self.export_button.clicked.connect(self.open_export_dialog)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.restart_button.clicked.connect(self.restart)
        self.ctx.as_of_changed.connect(self._as_of_changed)

    def _as_of_changed(self, day: date | None) -> None:
        read_only = day is not None
        for w in (self.pages, self.back_button, self.next_button, self.restart_button):
            w.setEnabled(not read_only)
        self.read_only_note.setVisible(read_only)
        if read_only:
            self.read_only_note.setText(
                self.tr("Import er slått av: registeret vises per {date} (kun lesing). "
                        "Gå tilbake til i dag (banneret øverst) for å importere.").format(
                    date=formats.date(day)))
        else:
            self._update_nav()

    # --- pages ----------------------------------------------------------------------------
    def _build_file_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(_title(
            self.tr("1. Velg regnearket"),
            self.tr("Excel (.xlsx) eller CSV. Tegnsett (UTF-8, Windows-1252) og skilletegn "
                    "(semikolon, komma, tabulator) finnes automatisk. Overskriftene kobles til "
                    "feltene i registeret etter navn; du kan endre hver kobling i steg 3.")))
        box = QFrame()
        box.setObjectName("fileBox")
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(24, 20, 24, 20)
        self.file_label = QLabel(self.tr("Ingen fil valgt"))
        self.file_label.setObjectName("fileName")
        self.file_info = QLabel(self.tr("Velg filen bydelen fører boligene i."))
        self.file_info.setObjectName("help")
        self.file_info.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Velg fil …"))
        self.choose_button.setObjectName("primary")
        self.choose_button.clicked.connect(self._choose_file)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addStretch(1)
        box_layout.addWidget(self.file_label)
        box_layout.addWidget(self.file_info)
        box_layout.addSpacing(6)
        box_layout.addLayout(row)
        layout.addWidget(box)

        form = QFormLayout()
        form.setContentsMargins(0, 12, 0, 0)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.district_combo = QComboBox()
        self.district_combo.addItem(self.tr("Oppgitt i filen (kolonnen Bydel)"), "")
        for code, name in self.ctx.districts:
            self.district_combo.addItem(f"{code[-2:]}  {name}", code)
        index = self.district_combo.findData(self.ctx.scope or "")
        self.district_combo.setCurrentIndex(max(index, 0))
        self.district_combo.setMinimumWidth(280)
        self.district_combo.setMaximumWidth(380)
        district_help = QLabel(self.tr("Rader uten bydel får denne; rader fra andre bydeler "
                                       "avvises."))
        district_help.setObjectName("help")
        district_box = QVBoxLayout()
        district_box.addWidget(self.district_combo)
        district_box.addWidget(district_help)
        form.addRow(self.tr("Filen gjelder bydel:"), district_box)
        self.mapping_label = QLabel(self.tr("Ingen (kolonnene kobles etter overskrift)"))
        self.mapping_label.setObjectName("help")
        load_mapping_button = QPushButton(self.tr("Hent lagret kobling …"))
        load_mapping_button.clicked.connect(self._choose_mapping)
        mapping_row = QHBoxLayout()
        mapping_row.addWidget(self.mapping_label, 1)
        mapping_row.addWidget(load_mapping_button)
        form.addRow(self.tr("Lagret kobling:"), mapping_row)
        layout.addLayout(form)
        privacy = QLabel(
            self.tr("Personopplysninger importeres aldri: kolonner med navn, fødselsnummer "
                    "eller kontaktopplysninger om leietakere blir stående igjen i filen."))
        privacy.setObjectName("infoBanner")
        privacy.setWordWrap(True)
        layout.addSpacing(8)
        layout.addWidget(privacy)
        layout.addStretch(1)
        return page

    def _build_sheet_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(_title(self.tr("2. Velg arket"),
                                self.tr("Ett ark med én rad per bolig. Overskriftsraden finnes "
                                        "selv om det står en tittel over den.")))
        body = QHBoxLayout()
        self.sheet_list = QListWidget()
        self.sheet_list.setObjectName("sheetList")
        self.sheet_list.setMaximumWidth(240)
        self.sheet_list.currentRowChanged.connect(self._sheet_changed)
        body.addWidget(self.sheet_list)
        right = QVBoxLayout()
        self.sheet_info = QLabel("")
        self.sheet_info.setObjectName("help")
        self.sheet_info.setWordWrap(True)
        self.sheet_model = SheetTableModel(self)
        self.sheet_view = _table_view(self.sheet_model)
        right.addWidget(self.sheet_info)
        right.addWidget(self.sheet_view, 1)
        body.addLayout(right, 1)
        layout.addLayout(body, 1)
        return page

    def _build_mapping_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(_title(
            self.tr("3. Koble kolonnene til feltene"),
            self.tr("Sjekk særlig radene merket «gjetning». Velg «– ikke importer –» for "
                    "kolonner som ikke skal inn. Bruksenhetsnummer, adresse, postnummer og bydel "
                    "må være med.")))
        self.mapping_model = MappingTableModel(self)
        self.mapping_view = _table_view(self.mapping_model)
        self.mapping_view.verticalHeader().setVisible(False)
        self.mapping_view.verticalHeader().setDefaultSectionSize(30)
        header = self.mapping_view.horizontalHeader()
        header.setStretchLastSection(False)
        for col, width in enumerate((40, 150, 150, 210, 110, 105, 330)):
            self.mapping_view.setColumnWidth(col, width)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.mapping_status = QLabel("")
        self.mapping_status.setObjectName("help")
        self.mapping_status.setWordWrap(True)
        save_button = QPushButton(self.tr("Lagre koblingen …"))
        save_button.clicked.connect(self._choose_save_mapping)
        row = QHBoxLayout()
        row.addWidget(self.mapping_status, 1)
        row.addWidget(save_button)
        preview_label = QLabel(self.tr("De første {n} radene i filen, med feltet hver "
                                       "kolonne går til:").format(n=PREVIEW_ROWS))
        preview_label.setObjectName("help")
        self.preview_model = SheetTableModel(self)
        self.preview_view = _table_view(self.preview_model)
        self.preview_view.horizontalHeader().setDefaultSectionSize(160)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.mapping_view)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 6, 0, 0)
        lower_layout.addWidget(preview_label)
        lower_layout.addWidget(self.preview_view)
        splitter.addWidget(lower)
        splitter.setSizes([330, 170])
        layout.addWidget(splitter, 1)
        layout.addLayout(row)
        return page

    def _build_check_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(_title(self.tr("4. Kontroll av alle rader"),
                                self.tr("Ingenting er lagret ennå. Klikk på en feil for å se "
                                        "raden i filen; rett filen og les den inn på nytt, eller "
                                        "hopp over radene med feil.")))
        cards = QHBoxLayout()
        self.cards: dict[str, QLabel] = {}
        for key, caption in (("rows", self.tr("rader med data")),
                             ("new", self.tr("nye boliger")),
                             ("changed", self.tr("boliger endres")),
                             ("unchanged", self.tr("uendret")), ("errors", self.tr("feil"))):
            frame, value = _card(caption)
            self.cards[key] = value
            cards.addWidget(frame)
        layout.addLayout(cards)
        self.check_banner = QLabel("")
        self.check_banner.setObjectName("infoBanner")
        self.check_banner.setWordWrap(True)
        layout.addWidget(self.check_banner)
        self.problem_model = ProblemTableModel(self)
        self.problem_view = _table_view(self.problem_model)
        self.problem_view.verticalHeader().setVisible(False)
        self.problem_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problem_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.problem_view.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((56, 190, 150)):
            self.problem_view.setColumnWidth(col, width)
        self.problem_view.clicked.connect(self.jump_to_problem)
        self.problem_view.activated.connect(self.jump_to_problem)
        self.data_model = SheetTableModel(self)
        self.data_view = _table_view(self.data_model)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.problem_view)
        splitter.addWidget(self.data_view)
        splitter.setSizes([200, 220])
        layout.addWidget(splitter, 1)
        row = QHBoxLayout()
        self.skip_invalid = QCheckBox(self.tr("Hopp over radene med feil og lagre resten"))
        self.skip_invalid.toggled.connect(self._update_nav)
        self.errors_button = QPushButton(self.tr("Lagre feilrapport …"))
        self.errors_button.clicked.connect(self._choose_errors_out)
        row.addWidget(self.skip_invalid)
        row.addStretch(1)
        row.addWidget(self.errors_button)
        layout.addLayout(row)
        return page

    def _build_write_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(_title(self.tr("5. Lagre i registeret"),
                                self.tr("Alt lagres i én operasjon: blir importen avbrutt, "
                                        "lagres ingenting. Hver ny post og hver endring føres i "
                                        "endringsloggen.")))
        self.write_summary = QLabel("")
        self.write_summary.setObjectName("infoBanner")
        self.write_summary.setWordWrap(True)
        layout.addWidget(self.write_summary)
        self.write_button = QPushButton(self.tr("Lagre i databasen"))
        self.write_button.setObjectName("primary")
        self.write_button.clicked.connect(self.write)
        self.new_button = QPushButton(self.tr("Ny import"))
        self.new_button.clicked.connect(self.restart)
        self.new_button.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.write_button)
        row.addWidget(self.new_button)
        row.addStretch(1)
        self.write_result = QLabel("")
        self.write_result.setObjectName("okBanner")
        self.write_result.setWordWrap(True)
        self.write_result.setVisible(False)
        layout.addWidget(self.write_result)
        layout.addSpacing(6)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # --- navigation -----------------------------------------------------------------------
    @property
    def step(self) -> int:
        return self.pages.currentIndex()

    def _show_step(self, step: int) -> None:
        self.pages.setCurrentIndex(step)
        for i, label in enumerate(self.step_labels):
            label.setText(f"{'✓' if i < step else i + 1}  {self.tr(STEPS[i])}")
            _restyle(label, "stepActive" if i == step else "stepDone" if i < step else "step")
        if step == 4:
            self._prepare_write_page()
        self._update_nav()

    def _update_nav(self) -> None:
        step = self.step
        self.back_button.setEnabled(step > 0 and self.result is None
                                    and not self.ctx.read_only)
        can = {
            0: self.table is not None,
            1: self.table is not None,
            2: bool(self.matches),
            3: self.report is not None and not self.report.fatal and (
                self.report.ok or self.skip_invalid.isChecked()),
            4: False,
        }[step]
        self.next_button.setEnabled(can and not self.ctx.read_only)
        self.next_button.setVisible(step < 4)
        self.next_button.setText(self.tr("Kontroller alle rader ›") if step == 2
                                 else self.tr("Neste ›"))

    def go_next(self) -> None:
        if not self.next_button.isEnabled():
            return
        if self.step == 2:
            self.check()
            return
        self._show_step(min(self.step + 1, 4))

    def go_back(self) -> None:
        if self.step > 0:
            self._show_step(self.step - 1)

    def restart(self) -> None:
        self.path, self.table, self.matches, self.report, self.result = None, None, [], None, None
        self.sheets = []
        self.file_label.setText(self.tr("Ingen fil valgt"))
        self.file_info.setText(self.tr("Velg filen bydelen fører boligene i."))
        self.sheet_list.clear()
        self.sheet_model.set_table(None)
        self._set_matches([])
        self.write_result.setVisible(False)
        self._show_step(0)

    def refresh(self) -> None:
        """Nothing to reload: the wizard keeps its state; the scope only seeds the bydel."""
        if self.path is None:
            index = self.district_combo.findData(self.ctx.scope or "")
            self.district_combo.setCurrentIndex(max(index, 0))

    # --- step 1: file ---------------------------------------------------------------------
    def _start_dir(self) -> str:
        return str(self.path.parent) if self.path else str(Path.home())

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Velg regneark"), self._start_dir(),
            self.tr("Regneark (*.xlsx *.xlsm *.xls *.csv *.txt);;Alle filer (*)"))
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path, sheet: str | None = None) -> None:
        """Read ``path`` (first sheet with data unless ``sheet``) in the background."""
        self.path = source = Path(path)
        self.report = self.result = None
        mapping = self.mapping

        def job(progress, cancel) -> tuple[list[str], Table, list[ColumnMatch]]:
            progress(10, self.tr("Leser {name}").format(name=source.name))
            names = sheet_names(source)
            table, matches = prepare(source, sheet, mapping)
            return names, table, matches

        run_job(self, self.tr("Leser filen"), job, self._file_read, self._file_failed)

    def _file_read(self, result: tuple[list[str], Table, list[ColumnMatch]]) -> None:
        names, table, matches = result
        self.sheets = names
        self.table = table
        self.file_label.setText(table.path.name)
        notes = " ".join(table.notes)
        if table.skipped:
            notes += " " + self.tr("{rows} under overskriften er ikke data (sum, tom, gjentatt "
                                   "overskrift, merknad) og hoppes over.").format(
                rows=_count(len(table.skipped), "rad"))
        self.file_info.setText(self.tr("{file}. {rows} under overskriften på rad {row}. "
                                       "{notes}").format(
            file=table.describe_nb, rows=_count(len(table.rows), "rad"), row=table.header_row,
            notes=notes).strip())
        self.sheet_list.blockSignals(True)
        self.sheet_list.clear()
        for name in names:
            QListWidgetItem(name, self.sheet_list)
        self.sheet_list.setCurrentRow(names.index(table.sheet) if table.sheet in names else 0)
        self.sheet_list.blockSignals(False)
        self.sheet_model.set_table(table, PREVIEW_ROWS * 2)
        self.sheet_info.setText(
            self.tr("Ark «{sheet}»: {rows}, {columns}, overskrift på rad {row}. {notes}").format(
                sheet=table.sheet, rows=_count(len(table.rows), "rad"),
                columns=_count(len(table.headers), "kolonne"), row=table.header_row,
                notes=notes).strip())
        self._set_matches(matches)
        self.report = None
        self._update_nav()

    def _file_failed(self, exc: BaseException) -> None:
        self.table = None
        self.file_label.setText(self.path.name if self.path else self.tr("Ingen fil valgt"))
        self.file_info.setText(getattr(exc, "nb", str(exc)))
        self._update_nav()
        show_error(self, self.tr("Kan ikke lese filen"), exc)

    def _choose_mapping(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Hent lagret kobling"),
                                              self._start_dir(),
                                              self.tr("Kobling (*.json);;Alle filer (*)"))
        if path:
            self.use_mapping(Path(path))

    def use_mapping(self, path: Path) -> None:
        try:
            self.mapping = load_mapping(path)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, self.tr("Kan ikke bruke koblingen"), exc)
            return
        self.mapping_path = path
        self.mapping_label.setText(
            f"{path.name} ({_count(len(self.mapping.columns), 'kolonne')})")
        if self.path is not None:  # match the open file again with the mapping
            self.open_file(self.path, self.table.sheet if self.table else None)

    # --- step 2: sheet --------------------------------------------------------------------
    def _sheet_changed(self, row: int) -> None:
        if self.path is not None and 0 <= row < len(self.sheets) and self.table is not None \
                and self.sheets[row] != self.table.sheet:
            self.open_file(self.path, self.sheets[row])

    # --- step 3: mapping ------------------------------------------------------------------
    def _set_matches(self, matches: list[ColumnMatch]) -> None:
        self.matches = matches
        self.mapping_model.set_matches(self.table, matches)
        self.combos = []
        for row, m in enumerate(matches):
            combo = QComboBox()
            combo.addItem(self.tr("– ikke importer –"), "")
            group = None
            for f in FIELDS:
                if f.group != group:
                    if group is not None:
                        combo.insertSeparator(combo.count())
                    group = f.group
                # the label only; the field name (for mapping files) and help as a tooltip
                combo.addItem(f.title, f.name)
                combo.setItemData(combo.count() - 1, "\n".join(
                    x for x in (f.name, f.description) if x), Qt.ItemDataRole.ToolTipRole)
            if m.personal:
                combo.clear()
                combo.addItem(self.tr("Personopplysning – importeres ikke"), "")
                combo.setEnabled(False)
            combo.setCurrentIndex(max(combo.findData(m.field or ""), 0))
            combo.currentIndexChanged.connect(
                lambda _i, r=row, c=combo: self.choose_field(r, c.currentData() or None))
            self.mapping_view.setIndexWidget(
                self.mapping_model.index(row, MappingTableModel.FIELD_COLUMN), combo)
            self.combos.append(combo)
        self._matches_changed()

    def choose_field(self, row: int, field_name: str | None) -> None:
        """The user's choice in the combo of one file column."""
        reason = set_field(self.matches, row, field_name)
        if reason:
            show_error(self, self.tr("Kan ikke koble kolonnen"), ValueError(reason))
        for combo, m in zip(self.combos, self.matches, strict=True):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(m.field or ""), 0))
            combo.blockSignals(False)
        self.report = None
        self._matches_changed()

    def _matches_changed(self) -> None:
        self.mapping_model.refresh()
        labels = {f.name: f.title for f in FIELDS}
        headers = []
        for m in self.matches:
            target = labels.get(m.field or "", self.tr("ikke importert"))
            headers.append(f"{m.header}\n→ {target}")
        self.preview_model.set_table(self.table, PREVIEW_ROWS, headers)
        self.preview_view.horizontalHeader().setMinimumHeight(44)
        mapped = sum(1 for m in self.matches if m.field)
        guesses = sum(1 for m in self.matches if m.how == "guess")
        personal = sum(1 for m in self.matches if m.personal)
        parts = [self.tr("{mapped} av {columns} koblet").format(
            mapped=formats.integer(mapped), columns=_count(len(self.matches), "kolonne"))]
        if guesses:
            parts.append(plural(guesses, "ImportSection",
                                QT_TRANSLATE_NOOP("ImportSection", "1 gjetning bør sjekkes"),
                                QT_TRANSLATE_NOOP("ImportSection", "{n} gjetninger bør sjekkes"),
                                ).format(n=formats.integer(guesses)))
        if personal:
            parts.append(self.tr("{n} med personopplysninger blir ikke importert").format(
                n=formats.integer(personal)))
        self.mapping_status.setText(". ".join(parts) + ".")
        self._update_nav()

    def _choose_save_mapping(self) -> None:
        start = str(self.mapping_path or Path(self._start_dir()) / "kobling.json")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lagre koblingen"), start,
                                              self.tr("Kobling (*.json)"))
        if path:  # the save dialog has asked before an existing file is replaced
            self.save_mapping_to(Path(path), overwrite=True)

    def save_mapping_to(self, path: Path, *, overwrite: bool = False) -> None:
        mapping = mapping_from_matches(self.matches, self.mapping)
        try:
            write_output(path, lambda tmp: save_mapping(mapping, tmp), overwrite=overwrite,
                         protect=[self.ctx.register.path, self.path])
        except BoligregError as exc:
            show_error(self, self.tr("Kan ikke lagre koblingen"), exc)
            return
        self.mapping, self.mapping_path = mapping, path
        self.mapping_label.setText(
            f"{path.name} ({_count(len(mapping.columns), 'kolonne')})")

    # --- step 4: check --------------------------------------------------------------------
    def _options(self) -> ImportOptions:
        return ImportOptions(district=self.district_combo.currentData() or None,
                             skip_invalid=self.skip_invalid.isChecked())

    def check(self) -> None:
        if self.table is None:
            return
        table, matches, mapping = self.table, list(self.matches), self.mapping
        options, db = self._options(), self.ctx.register

        def job(progress, cancel) -> ImportReport:
            return db.run(check_import, table, matches, mapping, options, progress=progress,
                          cancel=cancel)

        run_job(self, self.tr("Kontrollerer radene"), job, self._checked)

    def _checked(self, report: ImportReport) -> None:
        self.report = report
        c = report.counts()
        self.cards["rows"].setText(str(report.rows_total))
        self.cards["new"].setText(str(c.get("dwellings_new", 0)))
        self.cards["changed"].setText(str(c.get("dwellings_changed", 0)))
        self.cards["unchanged"].setText(str(c.get("dwellings_unchanged", 0)))
        errors = len(report.all_problems)
        self.cards["errors"].setText(str(errors))
        _restyle(self.cards["errors"], "cardValueBad" if errors else "cardValue")
        if report.fatal:
            text = " ".join(p.message for p in report.fatal) + " " + self.tr(
                "Gå tilbake til steg 3.")
            banner = "badBanner"
        elif report.problems:
            text = self.tr("{errors} i {rows} av {total}. Ingenting lagres før feilene er "
                           "rettet — eller kryss av for å hoppe over radene med feil.").format(
                errors=_count(len(report.problems), "feil"),
                rows=_count(len(report.bad_rows), "rad"),
                total=formats.integer(report.rows_total))
            banner = "badBanner"
        else:
            every = (self.tr("Raden er i orden.") if report.rows_total == 1
                     else self.tr("Alle {n} rader er i orden.").format(
                         n=formats.integer(report.rows_total)))
            text = self.tr("{every} {changes} i eksisterende poster.").format(
                every=every, changes=_count(c.get("field_changes", 0), "felt endres"))
            banner = "okBanner"
        skipped = report.skipped_nb()
        if skipped:
            shown = "; ".join(skipped[:6]) + (" …" if len(skipped) > 6 else "")
            text += " " + self.tr("Hoppet over {rows} som ikke er data (ikke feil): "
                                  "{shown}.").format(rows=_count(len(skipped), "rad"),
                                                     shown=shown)
        self.check_banner.setText(text)
        _restyle(self.check_banner, banner)
        self.problem_model.set_problems(report.all_problems)
        self.data_model.set_table(self.table)
        self.data_model.set_problems(report.problems, self.matches)
        self.errors_button.setEnabled(bool(report.all_problems))
        self._show_step(3)
        if report.problems:
            self.problem_view.selectRow(0)
            self.jump_to_problem(self.problem_model.index(0, 0))

    def jump_to_problem(self, index: QModelIndex) -> None:
        """Show the problem's row (and cell) in the file below the list."""
        if not index.isValid() or self.table is None:
            return
        p = self.problem_model.problems[index.row()]
        row = p.row - self.table.header_row - 1
        if row < 0:
            return
        col = next((m.index for m in self.matches if self.table.letter(m.index) == p.column), 0)
        target = self.data_model.index(row, col)
        self.data_view.setCurrentIndex(target)
        self.data_view.scrollTo(target, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _choose_errors_out(self) -> None:
        start = str(Path(self._start_dir()) / "importfeil.csv")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lagre feilrapport"), start,
                                              self.tr("CSV (*.csv)"))
        if path and self.report is not None:
            self.save_errors_to(Path(path), overwrite=True)  # the dialog asked first

    def save_errors_to(self, path: Path, *, overwrite: bool = False) -> None:
        if self.report is None:
            return
        problems = self.report.all_problems
        try:
            write_output(path, lambda tmp: write_errors_csv(problems, tmp),
                         overwrite=overwrite,
                         protect=[self.ctx.register.path, self.path, self.mapping_path])
        except BoligregError as exc:
            show_error(self, self.tr("Kan ikke lagre feilrapporten"), exc)

    # --- step 5: write --------------------------------------------------------------------
    def _prepare_write_page(self) -> None:
        report = self.report
        if report is None or self.result is not None or self.table is None:
            return
        c = report.counts()
        skipped = len(report.bad_rows) if self.skip_invalid.isChecked() else 0
        self.write_summary.setText(
            self.tr("Klar til å lagre {rows} fra «{file}»: {new}, {changed} endret, "
                    "{unchanged} uendret; {agreements}, {properties}.").format(
                rows=_count(report.rows_total - skipped, "rad"), file=self.table.path.name,
                new=_count(c.get("dwellings_new", 0), "ny bolig"),
                changed=formats.integer(c.get("dwellings_changed", 0)),
                unchanged=formats.integer(c.get("dwellings_unchanged", 0)),
                agreements=_count(c.get("agreements_new", 0), "ny avtale"),
                properties=_count(c.get("properties_new", 0), "nytt bygg"))
            + (" " + self.tr("{rows} med feil hoppes over.").format(
                rows=_count(skipped, "rad")) if skipped else ""))
        self.write_button.setEnabled(True)
        self.write_button.setVisible(True)
        self.new_button.setVisible(False)
        self.write_result.setVisible(False)

    def write(self) -> None:
        if self.table is None:
            return
        table, matches, mapping = self.table, list(self.matches), self.mapping
        options, db = self._options(), self.ctx.register
        self.write_button.setEnabled(False)

        def job(progress, cancel) -> ImportReport:
            return db.run(run_import, table, matches, mapping, options, progress=progress,
                          cancel=cancel)

        def failed(exc: BaseException) -> None:
            self.write_button.setEnabled(True)
            show_error(self, self.tr("Importen ble ikke lagret"), exc)

        job_ = run_job(self, self.tr("Importerer"), job, self._written, failed)
        job_.failed.connect(lambda _e: self.write_button.setEnabled(True))

    def _written(self, report: ImportReport) -> None:
        self.report = report
        self.write_result.setVisible(True)
        if not report.written:
            _restyle(self.write_result, "badBanner")
            self.write_result.setText(self.tr("Ingenting ble lagret: registeret er endret siden "
                                      "kontrollen, eller filen har fått nye feil. Kontroller "
                                      "på nytt."))
            self.write_button.setEnabled(True)
        else:
            self.result = report
            c = report.counts()
            _restyle(self.write_result, "okBanner")
            self.write_button.setVisible(False)
            self.new_button.setVisible(True)
            self.write_result.setText(
                self.tr("Lagret. {new}, {changed} endret, {agreements}, {properties}, "
                        "{responsibilities}. {changes} er ført i endringsloggen.").format(
                    new=_count(c["dwellings_new"], "ny bolig"),
                    changed=formats.integer(c["dwellings_changed"]),
                    agreements=_count(c["agreements_new"], "ny avtale"),
                    properties=_count(c["properties_new"], "nytt bygg"),
                    responsibilities=_count(c["responsibilities_new"], "nytt ansvar"),
                    changes=_count(c["field_changes"], "feltendring")))
            self.ctx.data_changed.emit()
        self._update_nav()

    # --- export ---------------------------------------------------------------------------
    def _install_menu_action(self) -> None:
        menu = getattr(self.window(), "file_menu", None)
        if menu is None or getattr(menu, "_boligreg_export", False):
            return
        action = QAction(self.tr("&Eksporter …"), self.window())
        action.triggered.connect(self.open_export_dialog)
        actions = menu.actions()
        menu.insertAction(actions[1] if len(actions) > 1 else None, action)
        menu._boligreg_export = True  # one action, however many sections get built

    def open_export_dialog(self) -> ExportDialog:
        dialog = ExportDialog(self.ctx, self)
        dialog.open()
        return dialog

