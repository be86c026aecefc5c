"""The import as one job: check every row, then write everything or nothing.

``run_import`` reads nothing itself: it takes a :class:`Table` (``reader.read_table``) and the
column matches (``headers.match_columns``), so the window can show and adjust the matches
before the rows are checked. ``import_file`` does all of it for the command line.

By default any problem means nothing is written (``report.written`` is False). With
``skip_invalid`` the rows without problems are written and the rest reported. Checking and
writing happen in one transaction, so the database cannot change between the two; cancelling
raises ``CancelledError`` and rolls everything back.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...models import Database
from ...models.backup import take_backup
from ..csvsafe import csv_row
from ..text import count_nb, shorten
from .fields import FIELD_BY_NAME
from .headers import ColumnMatch, match_columns
from .mapping import Mapping
from .plan import Plan, plan_import, write_plan
from .reader import Table, read_table
from .rows import ParseResult, RowProblem, parse_rows

ProgressFn = Callable[[int, str], None]
CancelFn = Callable[[], bool]

SAMPLE_ROWS = 200  # rows looked at for the content checks of the header matching


@dataclass
class ImportOptions:
    district: str | None = None  # SSB code: fills blank bydel cells, refuses other bydeler
    skip_invalid: bool = False
    dry_run: bool = False


@dataclass
class ImportReport:
    """What an import found and did. ``problems`` are in row order."""

    table: Table
    matches: list[ColumnMatch]
    options: ImportOptions
    rows_total: int = 0  # rows with any data
    problems: list[RowProblem] = field(default_factory=list)
    fatal: list[RowProblem] = field(default_factory=list)
    bad_rows: set[int] = field(default_factory=set)
    plan: Plan | None = None
    written: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems and not self.fatal

    @property
    def all_problems(self) -> list[RowProblem]:
        return self.fatal + self.problems

    @property
    def rows_valid(self) -> int:
        return self.rows_total - len(self.bad_rows)

    def counts(self) -> dict[str, int]:
        p = self.plan
        if p is None:
            return {}
        return {
            "dwellings_new": p.dwellings_new,
            "dwellings_changed": p.dwellings_changed,
            "dwellings_unchanged": p.dwellings_unchanged,
            "properties_new": p.count("property")[0],
            "properties_changed": p.count("property")[1],
            "agreements_new": p.count("agreement")[0],
            "agreements_changed": p.count("agreement")[1],
            "links_new": p.count("agreement_dwelling")[0],
            "responsibilities_new": p.count("maintenance_responsibility")[0],
            "responsibilities_changed": p.count("maintenance_responsibility")[1],
            "tenancies_new": p.count("tenancy")[0],
            "warnings": len(p.warnings),
            "field_changes": p.field_changes,
        }

    def column_notes(self) -> list[str]:
        """Columns not imported and why (personal data first)."""
        out = []
        for m in sorted(self.matches, key=lambda m: (not m.personal, m.index)):
            if m.field is None:
                why = m.note or m.how_nb
                out.append(f"Kolonne {self.table.letter(m.index)} «{shorten(m.header, 60)}»: "
                           f"{why}")
        return out

    def skipped_nb(self) -> list[str]:
        """Rows that are not data (sums, blank rows, repeated headers, notes, titles), with
        their row numbers: skipped, never counted as errors."""
        return self.table.skipped_nb()

    def summary_nb(self) -> list[str]:
        """A few lines for the terminal and the window (counts in correct Norwegian)."""
        t = self.table
        lines = [f"Fil: {t.path.name} ({t.describe_nb}), overskrift på rad {t.header_row}, "
                 f"{count_nb(self.rows_total, 'rad', 'rader')} med data."]
        skipped = self.skipped_nb()
        if skipped:
            lines.append(f"Hoppet over {count_nb(len(skipped), 'rad', 'rader')} som ikke er "
                         "data (ikke feil):")
            lines += [f"  {line}" for line in skipped[:20]]
            if len(skipped) > 20:
                lines.append(f"  … og {len(skipped) - 20} til")
        c = self.counts()
        if c:
            lines.append(
                "Boliger: " + ", ".join((
                    count_nb(c["dwellings_new"], "ny bolig", "nye boliger"),
                    count_nb(c["dwellings_changed"], "endret", "endret"),
                    count_nb(c["dwellings_unchanged"], "uendret", "uendret"),
                )) + f" ({count_nb(c['field_changes'], 'feltendring', 'feltendringer')})."
            )
            lines.append(
                "Bygg: " + count_nb(c["properties_new"], "nytt bygg", "nye bygg") + ", "
                + count_nb(c["properties_changed"], "endret", "endret") + ". Avtaler: "
                + count_nb(c["agreements_new"], "ny avtale", "nye avtaler") + ", "
                + count_nb(c["agreements_changed"], "endret", "endret") + ", "
                + count_nb(c["links_new"], "ny kobling", "nye koblinger") + " til boliger. "
                "Vedlikeholdsansvar: "
                + count_nb(c["responsibilities_new"], "nytt", "nye") + ", "
                + count_nb(c["responsibilities_changed"], "endret", "endret") + "."
            )
        if self.plan is not None and self.plan.warnings:
            lines.append(count_nb(len(self.plan.warnings), "advarsel", "advarsler")
                         + " (importeres, men bør sjekkes):")
            lines += [f"  {w.as_line()}" for w in self.plan.warnings[:20]]
        if self.fatal:
            lines.append("Kolonnekoblingen mangler felt som må være med, så ingen rader kan "
                         "importeres.")
        if self.problems:
            lines.append(f"{count_nb(len(self.problems), 'feil', 'feil')} i "
                         f"{count_nb(len(self.bad_rows), 'rad', 'rader')}.")
        if self.written:
            skipped_bad = (" " + count_nb(len(self.bad_rows), "rad", "rader")
                           + " med feil er hoppet over.") if self.bad_rows else ""
            changed = self.plan is not None and self.plan.changes_anything
            lines.append(("Lagret i databasen." if changed else
                          "Ingen endringer: registeret hadde alt dette fra før.") + skipped_bad)
        elif self.options.dry_run:
            lines.append("Prøvekjøring: ingenting er lagret.")
        elif not self.ok:
            lines.append("Ingenting er lagret. Rett feilene i filen, eller bruk "
                         "--skip-invalid for å lagre bare radene uten feil.")
        return lines


def write_errors_csv(problems: Sequence[RowProblem], path: str | os.PathLike[str]) -> None:
    """The error report as CSV (``;``, UTF-8 with BOM so Excel shows æøå). The file's own
    headers and values are echoed here, so every text cell is neutralised (``csvsafe``)."""
    with Path(path).open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["rad", "kolonne", "overskrift", "verdi", "felt", "melding"])
        for p in problems:
            label = FIELD_BY_NAME[p.field].label if p.field in FIELD_BY_NAME else ""
            w.writerow(csv_row([p.row, p.column, p.header, p.value, label, p.message]))


def _problem_factory(table: Table, matches: Sequence[ColumnMatch]
                     ) -> Callable[[int, str | None, str, Any], RowProblem]:
    col_of = {m.field: m for m in matches if m.field}

    def make(row: int, field_name: str | None, message: str, value: Any) -> RowProblem:
        m = col_of.get(field_name) if field_name else None
        shown = "" if value is None else str(value)
        if m is None:
            return RowProblem(row, "", "", shown, message, field_name)
        return RowProblem(row, table.letter(m.index), m.header, shown, message, field_name)

    return make


def _check(table: Table, matches: list[ColumnMatch], mapping: Mapping | None,
           options: ImportOptions, progress: ProgressFn | None,
           cancel: CancelFn | None, conn: Any) -> tuple[ImportReport, ParseResult]:
    parsed = parse_rows(table, matches, mapping, district=options.district,
                        progress=progress, cancel=cancel)
    report = ImportReport(table, matches, options, rows_total=len(parsed.rows),
                          problems=list(parsed.problems), fatal=list(parsed.fatal),
                          bad_rows=set(parsed.bad_rows))
    if parsed.fatal:
        return report, parsed
    if progress is not None:
        progress(48, "Sammenligner med registeret")
    plan = plan_import(conn, parsed.valid_rows, district=options.district,
                       problem_at=_problem_factory(table, matches), cancel=cancel)
    report.plan = plan
    if plan.problems:
        report.problems = sorted(report.problems + plan.problems,
                                 key=lambda p: (p.row, p.column))
        report.bad_rows |= {p.row for p in plan.problems}
    return report, parsed


def check_import(db: Database, table: Table, matches: list[ColumnMatch],
                 mapping: Mapping | None = None, options: ImportOptions | None = None, *,
                 progress: ProgressFn | None = None,
                 cancel: CancelFn | None = None) -> ImportReport:
    """Check every row and compare with the database, writing nothing (the window's step 4)."""
    options = options or ImportOptions()
    with db.engine.connect() as conn:
        report, _ = _check(table, matches, mapping, options, progress, cancel, conn)
    if progress is not None:
        progress(100, "Kontroll ferdig")
    return report


def run_import(db: Database, table: Table, matches: list[ColumnMatch],
               mapping: Mapping | None = None, options: ImportOptions | None = None, *,
               progress: ProgressFn | None = None,
               cancel: CancelFn | None = None) -> ImportReport:
    """Check, then write in one transaction: everything, or nothing if any row has a problem
    (unless ``options.skip_invalid``). ``options.dry_run`` checks and writes nothing."""
    options = options or ImportOptions()
    with db.session() as session:
        report, _ = _check(table, matches, mapping, options, progress, cancel,
                           session.connection())
        plan = report.plan
        may_write = plan is not None and not report.fatal and (
            report.ok or options.skip_invalid)
        if may_write and not options.dry_run and plan is not None:
            if db.path is not None:
                # A restore point before every import (issue 8); our transaction has only
                # read so far, so the backup sees the file as it was before this import.
                take_backup(db.path, reason="for-import", key=db.key)
            write_plan(session, plan, progress=progress, cancel=cancel)
            report.written = True
        else:
            session.rollback()
    if progress is not None:
        progress(100, "Ferdig")
    return report


def prepare(path: str | os.PathLike[str], sheet: str | None = None,
            mapping: Mapping | None = None) -> tuple[Table, list[ColumnMatch]]:
    """Read the file and match its columns (the first steps, for the CLI and the window)."""
    table = read_table(path, sheet)
    sample = [table.column(i, SAMPLE_ROWS) for i in range(len(table.headers))]
    return table, match_columns(table.headers, sample, mapping)


def import_file(db: Database, path: str | os.PathLike[str], *, sheet: str | None = None,
                mapping: Mapping | None = None, options: ImportOptions | None = None,
                progress: ProgressFn | None = None,
                cancel: CancelFn | None = None) -> ImportReport:
    """Read, match, check and (if all is well) write one file."""
    table, matches = prepare(path, sheet, mapping)
    return run_import(db, table, matches, mapping, options, progress=progress, cancel=cancel)
