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

from ... import formats
from ...i18n import QT_TRANSLATE_NOOP, plural, translate
from ...models import Database
from ...models.backup import take_backup
from ..csvsafe import csv_row
from ..text import shorten
from .fields import FIELD_BY_NAME
from .headers import ColumnMatch, match_columns
from .mapping import Mapping
from .plan import Plan, plan_import, write_plan
from .reader import Table, read_table
from .rows import ParseResult, RowProblem, parse_rows

ProgressFn = Callable[[int, str], None]
CancelFn = Callable[[], bool]

SAMPLE_ROWS = 200  # rows looked at for the content checks of the header matching

# The summary's counted nouns: (one, many), "{n}" the count (formats.integer).
_NOUNS: dict[str, tuple[str, str]] = {
    "rad": (QT_TRANSLATE_NOOP("ImportSummary", "1 rad"),
            QT_TRANSLATE_NOOP("ImportSummary", "{n} rader")),
    "ny bolig": (QT_TRANSLATE_NOOP("ImportSummary", "1 ny bolig"),
                 QT_TRANSLATE_NOOP("ImportSummary", "{n} nye boliger")),
    "endret": (QT_TRANSLATE_NOOP("ImportSummary", "1 endret"),
               QT_TRANSLATE_NOOP("ImportSummary", "{n} endret")),
    "uendret": (QT_TRANSLATE_NOOP("ImportSummary", "1 uendret"),
                QT_TRANSLATE_NOOP("ImportSummary", "{n} uendret")),
    "feltendring": (QT_TRANSLATE_NOOP("ImportSummary", "1 feltendring"),
                    QT_TRANSLATE_NOOP("ImportSummary", "{n} feltendringer")),
    "nytt bygg": (QT_TRANSLATE_NOOP("ImportSummary", "1 nytt bygg"),
                  QT_TRANSLATE_NOOP("ImportSummary", "{n} nye bygg")),
    "ny avtale": (QT_TRANSLATE_NOOP("ImportSummary", "1 ny avtale"),
                  QT_TRANSLATE_NOOP("ImportSummary", "{n} nye avtaler")),
    "ny kobling": (QT_TRANSLATE_NOOP("ImportSummary", "1 ny kobling"),
                   QT_TRANSLATE_NOOP("ImportSummary", "{n} nye koblinger")),
    "nytt": (QT_TRANSLATE_NOOP("ImportSummary", "1 nytt"),
             QT_TRANSLATE_NOOP("ImportSummary", "{n} nye")),
    "advarsel": (QT_TRANSLATE_NOOP("ImportSummary", "1 advarsel"),
                 QT_TRANSLATE_NOOP("ImportSummary", "{n} advarsler")),
    "feil": (QT_TRANSLATE_NOOP("ImportSummary", "1 feil"),
             QT_TRANSLATE_NOOP("ImportSummary", "{n} feil")),
}


def _count(n: int, noun: str) -> str:
    """"1 rad", "12 000 rader" in the chosen language."""
    one, many = _NOUNS[noun]
    return plural(n, "ImportSummary", one, many).format(n=formats.integer(n))


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
                why = m.note or m.how_label
                out.append(translate("ImportSummary", "Kolonne {letter} «{header}»: {why}").format(
                    letter=self.table.letter(m.index), header=shorten(m.header, 60), why=why))
        return out

    def skipped_nb(self) -> list[str]:
        """Rows that are not data (sums, blank rows, repeated headers, notes, titles), with
        their row numbers: skipped, never counted as errors."""
        return self.table.skipped_nb()

    def summary(self) -> list[str]:
        """A few lines for the terminal and the window (counts in correct grammar, in the
        chosen language)."""
        t = self.table
        lines = [translate("ImportSummary", "Fil: {name} ({kind}), overskrift på rad {row}, "
                                            "{rows} med data.").format(
            name=t.path.name, kind=t.describe_nb, row=t.header_row,
            rows=_count(self.rows_total, "rad"))]
        skipped = self.skipped_nb()
        if skipped:
            lines.append(translate("ImportSummary", "Hoppet over {rows} som ikke er data (ikke "
                                                    "feil):").format(
                rows=_count(len(skipped), "rad")))
            lines += [f"  {line}" for line in skipped[:20]]
            if len(skipped) > 20:
                lines.append("  " + translate("ImportSummary", "… og {n} til").format(
                    n=formats.integer(len(skipped) - 20)))
        c = self.counts()
        if c:
            lines.append(translate(
                "ImportSummary", "Boliger: {new}, {changed}, {unchanged} ({fields}).").format(
                new=_count(c["dwellings_new"], "ny bolig"),
                changed=_count(c["dwellings_changed"], "endret"),
                unchanged=_count(c["dwellings_unchanged"], "uendret"),
                fields=_count(c["field_changes"], "feltendring")))
            lines.append(translate(
                "ImportSummary", "Bygg: {new}, {changed}. Avtaler: {agreements}, "
                                 "{agreements_changed}, {links} til boliger. "
                                 "Vedlikeholdsansvar: {resp}, {resp_changed}.").format(
                new=_count(c["properties_new"], "nytt bygg"),
                changed=_count(c["properties_changed"], "endret"),
                agreements=_count(c["agreements_new"], "ny avtale"),
                agreements_changed=_count(c["agreements_changed"], "endret"),
                links=_count(c["links_new"], "ny kobling"),
                resp=_count(c["responsibilities_new"], "nytt"),
                resp_changed=_count(c["responsibilities_changed"], "endret")))
        if self.plan is not None and self.plan.warnings:
            lines.append(translate("ImportSummary", "{warnings} (importeres, men bør "
                                                    "sjekkes):").format(
                warnings=_count(len(self.plan.warnings), "advarsel")))
            lines += [f"  {w.as_line()}" for w in self.plan.warnings[:20]]
        if self.fatal:
            lines.append(translate("ImportSummary", "Kolonnekoblingen mangler felt som må være "
                                                    "med, så ingen rader kan importeres."))
        if self.problems:
            lines.append(translate("ImportSummary", "{errors} i {rows}.").format(
                errors=_count(len(self.problems), "feil"),
                rows=_count(len(self.bad_rows), "rad")))
        if self.written:
            skipped_bad = (" " + translate("ImportSummary", "{rows} med feil er hoppet over.")
                           .format(rows=_count(len(self.bad_rows), "rad"))
                           if self.bad_rows else "")
            changed = self.plan is not None and self.plan.changes_anything
            lines.append((translate("ImportSummary", "Lagret i databasen.") if changed else
                          translate("ImportSummary", "Ingen endringer: registeret hadde alt "
                                                     "dette fra før.")) + skipped_bad)
        elif self.options.dry_run:
            lines.append(translate("ImportSummary", "Prøvekjøring: ingenting er lagret."))
        elif not self.ok:
            lines.append(translate("ImportSummary", "Ingenting er lagret. Rett feilene i filen, "
                                                    "eller bruk --skip-invalid for å lagre bare "
                                                    "radene uten feil."))
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
