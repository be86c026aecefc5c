"""A register section: heading, search and filters, the table, and the detail pane.

Boliger, Eiendommer and Avtaler are this one class with their own columns, filters and
loader. Loading the scope's rows runs as a background job (100k rows take a few tenths of a
second); after a save only the saved record's row is fetched again and patched in.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ...errors import BoligregError
from ...i18n import QT_TRANSLATE_NOOP, translate
from ...safefiles import check_output, write_output
from ...services.register import RowSet, apply_filter, load_grid
from ..context import AppState
from ..messages import show_error
from ..printing import PRINT_DPI_MAX, ask_pdf_path, ask_printer, paint_pages
from ..qtutil import redo_keys, text_of, undo_keys
from ..transfer_dialog import open_for_selection
from ..widgets.detail import DetailPane, redo_next, sync_undo_buttons, undo_last
from ..widgets.filters import FilterDef, FilterPanel
from ..widgets.style import SECTION_STYLE
from ..widgets.table import Column, RecordTable, RowSetTableModel
from ..workers import run_job
from .base import Section

PREFETCH_DELAY_MS = 400


class TableSection(Section):
    """A heading, a filter panel and a table of the scope's rows beside a side panel.

    Subclasses set the class attributes, implement :meth:`fetch` and :meth:`side_panel`
    and react to :meth:`current_changed`. ``nouns``, ``search_hint`` and ``new_label`` are
    bokmål marked with ``QT_TRANSLATE_NOOP("RegisterView", …)``; the instance holds them
    translated (a fixed context: these methods run for every subclass).
    """

    entity = ""
    nouns = (QT_TRANSLATE_NOOP("RegisterView", "post"), QT_TRANSLATE_NOOP("RegisterView", "poster"))
    columns: tuple[Column, ...] = ()
    filters: tuple[FilterDef, ...] = ()
    search_hint = QT_TRANSLATE_NOOP("RegisterView", "Søk (Ctrl+F)")
    expiring_filter = False
    default_sort: str | None = None
    side_width = 480  # first-run width of the side panel; the splitter is remembered
    # Load in the background shortly after start (and after a scope change) even while
    # hidden, so opening a big table shows it at once instead of after a load.
    prefetch = False
    model_class: type[RowSetTableModel] = RowSetTableModel

    def __init__(self, ctx: AppState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        cls = type(self)
        self.nouns = (translate("RegisterView", cls.nouns[0]),
                      translate("RegisterView", cls.nouns[1]))
        self.search_hint = translate("RegisterView", cls.search_hint)
        # Column titles, tooltips and the filters' "alle" wording are marked in the
        # subclasses with QT_TRANSLATE_NOOP("RegisterColumns", …); the instance shows them
        # translated (the choices are the enums' labels, translated by the services).
        self.columns = tuple(replace(
            c, title=translate("RegisterColumns", c.title),
            tooltip=translate("RegisterColumns", c.tooltip) if c.tooltip else "")
            for c in cls.columns)
        self.filters = tuple(replace(f, all_label=translate("RegisterColumns", f.all_label))
                             for f in cls.filters)
        self.setStyleSheet(SECTION_STYLE)
        self.loading = False
        self._generation = 0
        self._elsewhere_generation = 0
        self._pending_id: str | None = None
        self._emitting = False
        self._guard = False

        self._build_view()
        self._connect_signals()
        self.find_action = self._action(translate("RegisterView", "Søk"),
                                        QKeySequence.StandardKey.Find, self.focus_search)
        self.setTabOrder(self.filter_panel.search, self.table)
        if self.prefetch:
            QTimer.singleShot(PREFETCH_DELAY_MS, self, self._prefetch)
            ctx.scope_changed.connect(self._schedule_prefetch)

    def _build_view(self) -> None:
        self._build_head()
        self.filter_panel = FilterPanel(self.nouns, self.filters, self.search_hint,
                                        self.expiring_filter)
        self.model = self.model_class(self.columns, self)
        self.table = RecordTable(self.model, self.ctx.settings, self.key, self.default_sort)
        self.side = self.side_panel()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.side.setMinimumWidth(380)
        state = self.ctx.settings.value(f"splitters/{self.key}")
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([1180 - self.side_width, self.side_width])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 10)
        layout.setSpacing(10)
        layout.addLayout(self.head)
        layout.addWidget(self.filter_panel)
        layout.addWidget(self.splitter, 1)

    def _build_head(self) -> None:
        """The heading and its description beside Skriv ut … (print or save the list)."""
        self.heading = QLabel(self.title)
        self.heading.setObjectName("sectionHeading")
        self.subheading = QLabel("")
        self.subheading.setObjectName("sectionSubheading")
        self.subheading.setWordWrap(True)  # a long description wraps on a laptop screen
        self.head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.heading)
        titles.addWidget(self.subheading)
        self.head.addLayout(titles, 1)
        # The list as it stands (filters, search, sort, shown columns) on paper or as PDF.
        self.print_button = QPushButton(translate("RegisterView", "Skriv ut …"))
        print_menu = QMenu(self.print_button)
        self.print_action = self._action(translate("RegisterView", "Skriv ut listen …"),
                                         QKeySequence.StandardKey.Print,
                                         self.print_list)
        self.pdf_action = QAction(translate("RegisterView", "Lagre listen som PDF …"), self)
        print_menu.addAction(self.print_action)
        print_menu.addAction(self.pdf_action)
        self.print_button.setMenu(print_menu)
        self.head.addWidget(self.print_button)

    def _connect_signals(self) -> None:
        ctx = self.ctx
        self.pdf_action.triggered.connect(self.save_list_pdf)
        self.filter_panel.changed.connect(self.apply_filter)
        self.filter_panel.widen_scope.connect(lambda: self.ctx.set_scope(None))
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._row_changed(cur.row()))
        self.splitter.splitterMoved.connect(
            lambda *_: ctx.settings.setValue(f"splitters/{self.key}", self.splitter.saveState()))

    def _schedule_prefetch(self, *_args: object) -> None:
        QTimer.singleShot(PREFETCH_DELAY_MS, self, self._prefetch)

    def _prefetch(self) -> None:
        if self._stale and not self.loading:
            self._stale = False
            self.refresh()

    def side_panel(self) -> QWidget:  # pragma: no cover - abstract
        raise NotImplementedError

    def _action(self, text: str, keys: Any, slot: Any,
                context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
                widget: QWidget | None = None) -> QAction:
        """An action with a shortcut; WindowShortcut works only while this section shows."""
        action = QAction(text, self, shortcutContext=context)
        action.setShortcuts(keys if isinstance(keys, list) else [QKeySequence(keys)])
        action.triggered.connect(slot)
        (widget or self).addAction(action)
        return action

    # --- the list on paper -------------------------------------------------------------------
    def list_document(self) -> Any:
        """The shown rows and columns, with what selects them, as a TableDocument."""
        from ...reports.table_pdf import table_document  # lazy: reportlab, not at start

        model, table = self.model, self.table
        columns = table.visible_columns()
        rows = [[model.index(r, c).data() for c in columns] for r in range(model.rowCount())]
        names = [model.headerData(c, Qt.Orientation.Horizontal) for c in columns]
        numeric = [i for i, c in enumerate(columns)
                   if model.columns[c].kind in ("int", "year", "decimal", "money", "days")]
        panel = self.filter_panel
        lines = [translate("RegisterView", "Bydel: {scope}").format(
            scope=self.ctx.district_name(self.ctx.scope))]
        chosen = [c.currentText() for c in panel.combos.values() if c.currentIndex() > 0]
        if panel.expiring is not None and panel.expiring.currentIndex() > 0:
            chosen.append(panel.expiring.currentText())
        if chosen:
            lines.append(translate("RegisterView", "Filtre: {filters}").format(
                filters="; ".join(chosen)))
        if panel.search_query().strip():
            lines.append(translate("RegisterView", "Søk: «{query}»").format(
                query=panel.search_query().strip()))
        lines.append(text_of(panel.count_label).replace("  ", " "))
        title = f"{self.title} – {self.ctx.district_name(self.ctx.scope)}"
        return table_document(title, names, rows, lines, numeric)

    def _render_list(self, then: Any) -> None:
        from ...reports.table_pdf import render_table_pdf  # lazy: reportlab, not at start

        doc = self.list_document()
        run_job(self, translate("RegisterView", "Lager PDF av listen"),
                lambda _p, _c: render_table_pdf(doc), then,
                lambda exc: show_error(self, translate("RegisterView", "Skriv ut listen"), exc))

    def save_list_pdf(self, path: Path | None = None, *, overwrite: bool = False) -> None:
        """Save the list as PDF; the file dialog asks before replacing a file, so a chosen
        path may replace (``path`` given: no dialog, ``overwrite`` as said)."""
        if path is None:
            suggested = f"{self.key}-{self.ctx.scope or translate('RegisterView', 'alle')}.pdf"
            path = ask_pdf_path(self, translate("RegisterView", "Lagre listen som PDF"),
                                suggested)
            if path is None:
                return
            overwrite = True
        protect = [self.ctx.register.path]
        try:
            check_output(path, overwrite=overwrite, protect=protect)  # before the work
        except BoligregError as exc:
            show_error(self, translate("RegisterView", "Lagre listen som PDF"), exc)
            return

        def done(pdf: bytes) -> None:
            try:
                write_output(path, lambda tmp: tmp.write_bytes(pdf), overwrite=overwrite,
                             protect=protect)
            except BoligregError as exc:
                show_error(self, translate("RegisterView", "Lagre listen som PDF"), exc)
                return
            window = self.window()
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(
                    translate("RegisterView", "Lagret {path}").format(path=path), 8000)

        self._render_list(done)

    def print_list(self, printer: Any = None) -> None:
        """Print the list on ``printer`` (None: ask with the print dialog)."""
        from ...reports.factsheet import pdf_page_images  # lazy: reportlab, pypdfium2
        printer = printer or ask_printer(self, self.title)
        if printer is None:
            return
        dpi = min(printer.resolution(), PRINT_DPI_MAX)

        def done(pdf: bytes) -> None:
            paint_pages(printer, pdf_page_images(pdf, dpi))

        self._render_list(done)

    def focus_search(self) -> None:
        self.filter_panel.search.setFocus()
        self.filter_panel.search.selectAll()

    # --- loading ----------------------------------------------------------------------------
    # Which of the register's tables (services.register.GRIDS) the section shows; the
    # service opens its own connection for each load, on whatever thread runs it.
    grid = ""

    def _mark_stale(self, *args: object) -> None:
        if not self._emitting:  # our own save is patched in already
            super()._mark_stale(*args)

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        db, district = self.ctx.register, self.ctx.scope
        sort_field, descending = self.model.sort_field, self.model.descending
        self.loading = True
        self.heading.setText(f"{self.title} – {self.ctx.district_name(district)}")
        self.filter_panel.count_label.setText(translate("RegisterView", "Laster …"))

        def job(_progress: Any, _cancel: Any) -> RowSet:
            rows = db.run(load_grid, self.grid, district)  # db taken on the UI thread
            # Sort order and search index too, off the UI thread: the table then only
            # has to show them (the caches live in the RowSet).
            if sort_field:
                rows.order(sort_field, descending)
            rows.haystack()
            return rows

        def failed(exc: BaseException) -> None:
            if isValid(self):
                self.loading = False
                show_error(self, translate("RegisterView", "Kan ikke laste {nouns}").format(
                    nouns=self.nouns[1]), exc)

        run_job(self, translate("RegisterView", "Laster {nouns}").format(nouns=self.nouns[1]),
                job,
                lambda rows: self._loaded(generation, rows), failed, show_dialog=False)

    def selected_id(self) -> str | None:
        """The record the side panel shows (kept selected across reloads)."""
        return self.table.current_id()

    def _loaded(self, generation: int, rowset: RowSet) -> None:
        if generation != self._generation or not isValid(self.table):
            return  # a newer load (scope changed meanwhile) wins, or the window closed
        current = self._pending_id or self.selected_id()
        self._guard = True
        try:
            self.model.set_rowset(rowset)
        finally:
            self._guard = False
        self.loading = False
        self._update_counts()
        self._pending_id = None
        if current:
            self._show_row(current)
        elif self.model.shown():
            self.table.selectRow(0)  # the pane shows something useful from the start
        self.after_load()

    def after_load(self) -> None:
        """Hook: the rows were (re)loaded because something changed."""

    def apply_filter(self) -> None:
        current = self.selected_id()
        self._guard = True
        try:
            self.model.set_filter(self.filter_panel.row_filter())
        finally:
            self._guard = False
        self._update_counts()
        if current:
            self._show_row(current)

    def _update_counts(self) -> None:
        where = self.ctx.district_name(self.ctx.scope) if self.ctx.scope else ""
        self.filter_panel.set_counts(self.model.total(), self.model.shown(), where)
        self.subheading.setText(self.describe())
        self._explain_empty()

    def _explain_empty(self) -> None:
        """No row shows although the bydel has some: say whether other bydeler have hits.

        Counted off the UI thread over all bydeler with the same search and filters; the
        answer is a link that widens the scope ("3 treff i andre bydeler — vis alle
        bydeler")."""
        panel = self.filter_panel
        panel.show_elsewhere(None)
        flt = panel.row_filter()
        if self.model.shown() or flt.is_empty() or self.ctx.scope is None or self.loading:
            return
        self._elsewhere_generation += 1
        generation, db, scope = self._elsewhere_generation, self.ctx.register, self.ctx.scope

        def job(_progress: Any, _cancel: Any) -> int:
            rows = db.run(load_grid, self.grid, None)
            return len(apply_filter(rows, range(len(rows)), flt))

        def done(count: int) -> None:
            if generation == self._elsewhere_generation and scope == self.ctx.scope \
                    and not self.model.shown():
                panel.show_elsewhere(count)

        run_job(self, translate("RegisterView", "Søker i andre bydeler"), job, done,
                lambda _exc: None,
                show_dialog=False)

    def describe(self) -> str:
        return ""

    def _show_row(self, entity_id: str) -> None:
        self._guard = True
        try:
            shown = self.table.select_id(entity_id)
        finally:
            self._guard = False
        if not shown:
            self.table.clearSelection()
        self.row_visibility(entity_id, shown)

    def row_visibility(self, entity_id: str, shown: bool) -> None:
        """Hook: whether the record the side panel shows is in the list right now."""

    def _row_changed(self, row: int) -> None:
        if self._guard:
            return
        entity_id = self.model.row_id(row)
        if entity_id is not None:
            self.current_changed(entity_id)

    def current_changed(self, entity_id: str) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def patch_row(self, entity_id: str) -> None:
        """Fetch just this record's row again and patch it in; tell the other sections."""
        if self.model.rowset is not None:
            fresh = self.ctx.register.run(load_grid, self.grid, self.ctx.scope, [entity_id])
            current = self.selected_id()
            self._guard = True
            try:
                self.model.rowset.patch(entity_id, fresh.rows)
                self.model.set_rowset(self.model.rowset)
            finally:
                self._guard = False
            self._update_counts()
            if current:
                self._show_row(current)
        self._emitting = True
        try:
            self.ctx.data_changed.emit()
        finally:
            self._emitting = False


class RegisterSection(TableSection):
    """A table of records with the edit pane beside it, undo, and the usual shortcuts."""

    new_label = QT_TRANSLATE_NOOP("RegisterView", "Ny")
    transfer_what: str | None = None  # "dwellings"/"agreements": rows can be transferred

    def __init__(self, ctx: AppState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.new_label = translate("RegisterView", type(self).new_label)
        self.undo_button = QPushButton(translate("RegisterView", "Angre"))
        self.redo_button = QPushButton(translate("RegisterView", "Gjør om"))
        self.new_button = QPushButton(f"+  {self.new_label}")
        self.new_button.setObjectName("primaryButton")
        self.new_button.setToolTip(translate("RegisterView", "{label} (Ctrl+N)").format(
            label=self.new_label))
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        self.new_button.clicked.connect(self.new_record)
        self.stack.indexChanged.connect(lambda _i: self._update_undo())
        self.head.addWidget(self.undo_button)
        self.head.addWidget(self.redo_button)
        self.head.addSpacing(8)
        self.head.addWidget(self.new_button)
        self.table.activated_id.connect(lambda _id: self.detail.tabs.setCurrentIndex(0))
        self.detail.saved.connect(self.patch_row)
        self.detail.deleted.connect(self.patch_row)

        ks = QKeySequence.StandardKey
        self.new_action = self._action(self.new_label, ks.New, self.new_record)
        self.save_action = self._action(translate("RegisterView", "Lagre"), ks.Save,
                                        self.detail.save)
        self.discard_action = self._action(translate("RegisterView", "Forkast endringer"),
                                           Qt.Key.Key_Escape,
                                           self.detail.discard,
                                           Qt.ShortcutContext.WidgetWithChildrenShortcut,
                                           self.detail)
        self.undo_action = self._action(translate("RegisterView", "Angre"), undo_keys(),
                                        self.undo)
        self.redo_action = self._action(translate("RegisterView", "Gjør om"), redo_keys(),
                                        self.redo)
        self.delete_action = self._action(translate("RegisterView", "Slett …"), ks.Delete,
                                          self.detail.delete,
                                          Qt.ShortcutContext.WidgetShortcut, self.table)
        self.open_action = QAction(translate("RegisterView", "Vis i skjemaet"), self)
        self.open_action.triggered.connect(lambda: self.detail.tabs.setCurrentIndex(0))
        extra: list[QAction | None] = []
        if self.transfer_what:  # "Overfør til …" on the selected rows (issue 14)
            self.transfer_action = QAction(translate("RegisterView", "Overfør til …"), self)
            self.transfer_action.triggered.connect(self.transfer_selection)
            extra = [None, self.transfer_action]
        self.table.add_context_actions([self.open_action, self.new_action, *extra, None,
                                        self.delete_action])
        self._update_undo()
        ctx.as_of_changed.connect(lambda _day: self._apply_read_only())

    def _apply_read_only(self) -> None:
        """A past day shown: no new records, no saving, deleting, undo or redo."""
        writable = not self.ctx.read_only
        for action in (self.new_action, self.save_action, self.delete_action):
            action.setEnabled(writable)
        self.new_button.setEnabled(writable)
        self._update_undo()
        if self.detail.mode == "new" and not writable:
            self.detail.clear()

    def transfer_selection(self) -> Any:
        """The transfer dialog for the selected rows (``transfer_what``)."""
        assert self.transfer_what is not None
        return open_for_selection(self, self.transfer_what)

    def after_load(self) -> None:
        # Others may have changed what the pane shows (links, version): show it afresh,
        # unless the person is in the middle of an edit (their save checks the version).
        if self.detail.mode == "view" and self.detail.entity_id and not self.detail.dirty() \
                and not self.detail.load(self.detail.entity_id, keep_banner=True):
            self.detail.clear()

    def side_panel(self) -> QWidget:
        self.stack = QUndoStack(self)
        self.detail = DetailPane(self.ctx, self.entity, self.stack)
        return self.detail

    def _update_undo(self) -> None:
        sync_undo_buttons(self.stack, self.undo_button, self.redo_button)
        writable = not self.ctx.read_only
        if not writable:
            self.undo_button.setEnabled(False)
            self.redo_button.setEnabled(False)
        self.undo_action.setEnabled(writable)
        self.redo_action.setEnabled(writable)

    def undo(self) -> None:
        if not self.ctx.read_only:
            undo_last(self.stack, self)

    def redo(self) -> None:
        if not self.ctx.read_only:
            redo_next(self.stack, self)

    def selected_id(self) -> str | None:
        return self.table.current_id() or self.detail.entity_id

    def row_visibility(self, entity_id: str, shown: bool) -> None:
        # The pane keeps a record the search or filter hides (an edit in it is never thrown
        # away), but says so plainly.
        if entity_id != self.detail.entity_id or self.detail.mode != "view":
            return
        hidden = bool(self.detail.banner.property("hidden_record"))
        if not shown:
            self.detail.set_banner(
                translate("RegisterView", "Ikke i utvalget: søket, filtrene eller bydelsvalget "
                          "skjuler denne {noun} i listen. Den kan fortsatt endres her.").format(
                    noun=self.nouns[0]), "info", sticky=True)
            self.detail.banner.setProperty("hidden_record", True)
        elif hidden:
            self.detail.set_banner("")
            self.detail.banner.setProperty("hidden_record", False)

    def current_changed(self, entity_id: str) -> None:
        if entity_id == self.detail.entity_id:
            return
        if not self.detail.maybe_leave():
            self._guard = True
            try:  # stay on the record with unsaved edits
                if self.detail.entity_id:
                    self.table.select_id(self.detail.entity_id)
                else:
                    self.table.clearSelection()
            finally:
                self._guard = False
            return
        if not self.detail.load(entity_id):
            self.detail.clear()

    def show_record(self, entity_type: str, entity_id: str) -> bool:
        if entity_type != self.entity:
            return False
        if entity_id != self.detail.entity_id and not self.detail.maybe_leave():
            return True
        if not self.detail.load(entity_id):
            return False
        if self.loading or self._stale:
            self._pending_id = entity_id
        else:
            self._show_row(entity_id)
        return True

    def current_record(self) -> tuple[str, str] | None:
        if self.detail.entity_id:
            return (self.entity, self.detail.entity_id)
        return None

    def new_record(self) -> None:
        if not self.detail.maybe_leave():
            return
        self._guard = True
        self.table.clearSelection()
        self._guard = False
        defaults, labels = self.new_defaults()
        self.detail.start_new(defaults, labels)

    def new_defaults(self) -> tuple[dict[str, Any], dict[str, str]]:
        """Values a new record starts with, and labels for its reference fields."""
        return ({"district_code": self.ctx.scope} if self.ctx.scope else {}), {}
