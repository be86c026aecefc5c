"""Audits on the 100k-dwelling demo: the rules alone, a re-run, and the reports.

The runner times ``run`` several times after one warm-up, so the audit benchmark measures the
steady state (a re-run: findings exist, nothing new). The first run of a fresh database also
inserts every finding with its change-log row; ``first_run_seconds`` measures that once.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .common import copy_db, demo_db

N = 100_000


@dataclass
class _State:
    db: Any  # boligreg.models.Database
    out: Path
    rows: list = field(default_factory=list)
    report: Any = None

    def close(self) -> None:
        self.db.close()


def _audited_copy(folder: Path, name: str) -> _State:
    """A private copy of the demo (the audit writes), audited once."""
    from boligreg.models import open_database
    from boligreg.services.audit import run_audit

    path = copy_db(demo_db(folder, N), folder / f"audit-{name}.db")
    db = open_database(path)
    run_audit(db, user="bench")
    return _State(db, folder)


def _rerun_setup(folder: Path) -> _State:
    return _audited_copy(folder, "rerun")


def _rerun(state: _State) -> None:
    from boligreg.services.audit import run_audit

    result = run_audit(state.db, user="bench")
    assert result.opened == 0 and result.still_open > 0


def _rules_setup(folder: Path) -> _State:
    from boligreg.models import open_database

    return _State(open_database(demo_db(folder, N)), folder)


def _rules(state: _State) -> None:
    from datetime import date

    from boligreg.services.audit import RULES, AuditSettings, RuleContext, evaluate_rules

    with state.db.engine.connect() as conn:
        hits = evaluate_rules(conn, RuleContext(date.today(), AuditSettings()), RULES.values())
    assert hits


def _report_setup(folder: Path) -> _State:
    from boligreg.reports.audit_report import build_audit_report
    from boligreg.services.audit import list_findings

    state = _audited_copy(folder, "report")
    with state.db.engine.connect() as conn:
        state.rows = list_findings(conn, statuses=None)
        state.report = build_audit_report(conn, demo=True)
    return state


def _pdf(state: _State) -> None:
    from boligreg.reports.audit_report import build_audit_report, render_audit_pdf

    with state.db.engine.connect() as conn:
        report = build_audit_report(conn, demo=True)
    render_audit_pdf(report, state.out / "avviksrapport.pdf")


def _xlsx(state: _State) -> None:
    from boligreg.reports.audit_report import write_findings_xlsx

    write_findings_xlsx(state.rows, state.out / "avvik.xlsx")


def first_run_seconds(folder: Path) -> float:
    """One first audit of a fresh copy (every finding inserted and logged)."""
    from boligreg.models import open_database
    from boligreg.services.audit import run_audit

    db = open_database(copy_db(demo_db(folder, N), folder / "audit-first.db"))
    try:
        t0 = time.perf_counter()
        run_audit(db, user="bench")
        return time.perf_counter() - t0
    finally:
        db.close()


def benchmarks() -> list:
    return [
        ("audit: rules only", "100k dwellings", 0.4, _rules_setup, _rules),
        ("audit: full re-run (life cycle)", "100k dwellings", 0.5, _rerun_setup, _rerun),
        ("audit report PDF", "100k dwellings, 14k findings", 1.0, _report_setup, _pdf),
        ("audit findings xlsx", "14k findings", 5.0, _report_setup, _xlsx),
    ]
