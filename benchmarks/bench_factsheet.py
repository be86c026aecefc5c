"""Fact sheets: all 16 PDFs (15 bydeler and Oslo) from the demo database, figures included."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .common import demo_db


@dataclass
class _State:
    db: object  # boligreg.models.Database
    out: Path
    year: int

    def close(self) -> None:
        self.db.close()  # type: ignore[attr-defined]


def _setup(dwellings: int):
    def setup(folder: Path) -> _State:
        from boligreg.models import open_database

        db = open_database(demo_db(folder, dwellings))
        out = folder / f"factsheets-{dwellings}"
        # The usual job: last year's sheets, made during this year.
        return _State(db, out, date.today().year - 1)

    return setup


def _run(state: _State) -> None:
    from boligreg.reports.factsheet import build_figures, write_factsheets

    figures = build_figures(state.db, state.year)
    paths = write_factsheets(figures, state.out, overwrite=True)  # repeated runs
    assert len(paths) == 16


def _stats_run(state: _State) -> None:
    from boligreg.reports.factsheet import build_figures

    build_figures(state.db, state.year)


def benchmarks() -> list:
    return [
        ("fact sheets, all 16 PDFs", "14k dwellings", 2.0, _setup(14_000), _run),
        ("fact sheets, all 16 PDFs", "100k dwellings", 5.0, _setup(100_000), _run),
        ("fact-sheet figures (stats only)", "100k dwellings", 0.5, _setup(100_000), _stats_run),
    ]
