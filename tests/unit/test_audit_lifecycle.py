"""The life of a finding across runs: open, seen again, resolved automatically, accepted."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
import sqlalchemy as sa
from test_audit_rules import TODAY, World, build_every_rule, days

from boligreg.errors import CancelledError, StaleRecordError, ValidationError
from boligreg.models import AuditRun, ChangeLog, Dwelling, Finding
from boligreg.services.audit import (
    RULES,
    AuditSettings,
    last_run,
    list_findings,
    run_audit,
    set_status,
)


@pytest.fixture
def world(empty_db) -> World:
    return World(empty_db)


def findings(db, **where) -> list[Finding]:
    with db.session() as s:
        stmt = sa.select(Finding).order_by(Finding.first_seen, Finding.id)
        for k, v in where.items():
            stmt = stmt.where(getattr(Finding, k) == v)
        return list(s.scalars(stmt))


def status_log(db, finding_id: str) -> list[tuple[str, str, str]]:
    """(old, new, who) of every logged status change of a finding, in order."""
    with db.engine.connect() as conn:
        rows = conn.execute(
            sa.select(ChangeLog.old_value, ChangeLog.new_value, ChangeLog.changed_by)
            .where(ChangeLog.entity_id == finding_id, ChangeLog.field == "status")
            .order_by(ChangeLog.changed_at)
        ).all()
    return [(json.loads(o), json.loads(n), who) for o, n, who in rows]


def set_use(db, dwelling_id: str, use: str) -> None:
    with db.session() as s:
        s.get(Dwelling, dwelling_id).actual_use = use


def test_first_run_opens_one_finding_per_hit_and_records_the_run(world: World) -> None:
    build_every_rule(world)
    expected = {(code, et, eid) for code in RULES
                for eid, row in world.hits(code).items() for et in [row.entity_type]}
    result = run_audit(world.db, today=TODAY, user="revisor")
    stored = findings(world.db)
    assert {(f.rule, f.entity_type, f.entity_id) for f in stored} == expected
    assert result.opened == result.hits == len(expected) == result.still_open
    assert all(f.status == "open" and f.created_by == "revisor" for f in stored)
    assert sum(result.hits_by_rule.values()) == len(expected)
    with world.db.engine.connect() as conn:
        run = conn.execute(sa.select(AuditRun)).one()
        inserts = conn.execute(sa.select(sa.func.count()).select_from(ChangeLog).where(
            ChangeLog.entity_type == "finding", ChangeLog.action == "insert")).scalar_one()
    assert (run.opened, run.resolved, run.still_open, run.run_by) == (len(expected), 0,
                                                                      len(expected), "revisor")
    assert AuditSettings.from_json(run.settings_json) == AuditSettings()
    assert inserts == len(expected)


def test_rerun_without_changes_changes_nothing_but_last_seen(world: World) -> None:
    build_every_rule(world)
    run_audit(world.db, today=TODAY)
    before = {f.id: (f.version, f.last_seen) for f in findings(world.db)}
    result = run_audit(world.db, today=TODAY)
    assert (result.opened, result.resolved, result.updated) == (0, 0, 0)
    assert {f.id: (f.version, f.last_seen) for f in findings(world.db)} == before
    # last_seen has day precision: a run on a later day moves it, and only it.
    with world.db.engine.begin() as conn:
        conn.execute(sa.update(Finding).values(last_seen=Finding.last_seen - timedelta(days=1)))
    run_audit(world.db, today=TODAY)
    after = {f.id: (f.version, f.last_seen) for f in findings(world.db)}
    assert set(after) == set(before)
    assert all(after[k][0] == before[k][0] and after[k][1] > before[k][1] for k in after)


def test_vanished_hit_is_resolved_with_note_and_logged(world: World) -> None:
    misused = world.dwelling(actual_use="office")
    run_audit(world.db, today=TODAY, user="a")
    (f,) = findings(world.db, rule="MISUSE")
    set_use(world.db, misused, "housing")
    result = run_audit(world.db, today=TODAY, user="b")
    (g,) = findings(world.db, rule="MISUSE")
    assert result.resolved == 1 and result.resolved_by_rule == {"MISUSE": 1}
    assert g.id == f.id and g.status == "resolved" and g.resolved_at is not None
    assert g.status_note == (
        f"Løst automatisk: kontrollen {TODAY:%d.%m.%Y} fant ikke lenger avviket.")
    assert g.version == f.version + 1 and g.updated_by == "b"
    assert status_log(world.db, f.id) == [("open", "resolved", "b")]
    # The hit comes back: a new finding opens; the old one stays as history.
    set_use(world.db, misused, "storage")
    run_audit(world.db, today=TODAY)
    old, new = findings(world.db, rule="MISUSE")
    assert (old.id, old.status, new.status) == (f.id, "resolved", "open")


def test_in_progress_then_resolved_automatically(world: World) -> None:
    d = world.dwelling(actual_use="office")
    run_audit(world.db, today=TODAY)
    (f,) = findings(world.db, rule="MISUSE")
    with world.db.session_factory(info={"user": "saksbehandler"}) as s, s.begin():
        assert set_status(s, [f.id], "in_progress", comment="Bydelen undersøker") == 1
    set_use(world.db, d, "housing")
    run_audit(world.db, today=TODAY, user="revisor")
    assert status_log(world.db, f.id) == [("open", "in_progress", "saksbehandler"),
                                          ("in_progress", "resolved", "revisor")]


def test_accepted_exception_is_not_raised_again(world: World) -> None:
    world.dwelling(actual_use="staff_base")
    run_audit(world.db, today=TODAY)
    (f,) = findings(world.db, rule="MISUSE")
    with world.db.session() as s:
        with pytest.raises(ValidationError):
            set_status(s, [f.id], "accepted")  # no justification
        with pytest.raises(ValidationError):
            set_status(s, [f.id], "accepted", justification="   ")
    with world.db.session() as s:
        set_status(s, [f.id], "accepted", justification="Vedtak i bydelsutvalget 12.03.2026")
    for _ in range(2):
        result = run_audit(world.db, today=TODAY)
        assert (result.opened, result.accepted_suppressed, result.still_open) == (0, 1, 0)
    (g,) = findings(world.db, rule="MISUSE")
    assert g.status == "accepted" and g.justification.startswith("Vedtak")
    assert g.resolved_at is not None
    with world.db.engine.connect() as conn:
        assert list_findings(conn) == []
        assert [r.id for r in list_findings(conn, statuses=["accepted"])] == [f.id]


def test_status_transitions_and_stale_versions(world: World) -> None:
    world.dwelling(actual_use="office")
    run_audit(world.db, today=TODAY)
    (f,) = findings(world.db, rule="MISUSE")
    with world.db.session() as s:
        set_status(s, [f.id], "resolved", comment="Ryddet")
    with world.db.session() as s, pytest.raises(ValidationError):
        set_status(s, [f.id], "in_progress")  # resolved → in progress is not a step
    with world.db.session() as s, pytest.raises(StaleRecordError):
        set_status(s, [f.id], "open", versions={f.id: f.version})  # someone moved it on
    with world.db.session() as s:
        set_status(s, [f.id], "open", versions={f.id: f.version + 1})
    (g,) = findings(world.db, rule="MISUSE")
    assert g.status == "open" and g.resolved_at is None and g.status_note == "Ryddet"
    with world.db.session() as s, pytest.raises(ValidationError):
        set_status(s, ["no-such-id"], "resolved")


def test_bulk_status_change_is_all_or_nothing(world: World) -> None:
    for _ in range(3):
        world.dwelling(actual_use="office")
    run_audit(world.db, today=TODAY)
    ids = [f.id for f in findings(world.db, rule="MISUSE")]
    with world.db.session() as s:
        set_status(s, ids[:1], "resolved")
    with world.db.session() as s, pytest.raises(ValidationError):
        set_status(s, ids, "in_progress")  # the first cannot move: none move
    assert [f.status for f in findings(world.db, rule="MISUSE")].count("open") == 2
    with world.db.session() as s:
        assert set_status(s, ids[1:], "in_progress", comment="Tatt opp med bydelen") == 2


def test_changed_severity_and_message_are_updated_and_logged(world: World) -> None:
    world.dwelling(status="vacant", vacant_since=days(100))
    run_audit(world.db, today=TODAY)
    (f,) = findings(world.db, rule="VACANT_LONG")
    assert f.severity == "medium"
    later = TODAY + timedelta(days=300)
    result = run_audit(world.db, today=later, settings=AuditSettings(rules=("VACANT_LONG",)))
    (g,) = findings(world.db, rule="VACANT_LONG")
    assert result.updated == 1 and g.id == f.id
    assert (g.severity, g.status) == ("high", "open")
    assert "mer enn 365 dager" in g.message
    with world.db.engine.connect() as conn:
        fields = set(conn.execute(sa.select(ChangeLog.field).where(
            ChangeLog.entity_id == f.id, ChangeLog.action == "update")).scalars())
    assert fields == {"severity", "message"}


def test_district_run_leaves_other_districts_alone(world: World) -> None:
    a = world.dwelling(actual_use="office", district_code="030101")
    world.dwelling(actual_use="office", district_code="030102")
    run_audit(world.db, today=TODAY)
    set_use(world.db, a, "housing")
    result = run_audit(world.db, today=TODAY, district="030102")
    assert (result.resolved, result.still_open) == (0, 1)
    assert {f.district_code: f.status for f in findings(world.db, rule="MISUSE")} == {
        "030101": "open", "030102": "open"}
    result = run_audit(world.db, today=TODAY, district="030101")
    assert result.resolved == 1
    with world.db.engine.connect() as conn:
        assert last_run(conn, district="030101").district_code == "030101"
        assert last_run(conn, district="030105").district_code is None  # the city-wide run


def test_only_the_selected_rules_are_touched(world: World) -> None:
    d = world.dwelling(actual_use="office", last_inspection=None)
    run_audit(world.db, today=TODAY)
    set_use(world.db, d, "housing")
    run_audit(world.db, today=TODAY, settings=AuditSettings(rules=("INSPECTION_OVERDUE",)))
    assert findings(world.db, rule="MISUSE")[0].status == "open"  # not evaluated: unchanged


def test_cancel_writes_nothing_and_progress_reaches_100(world: World) -> None:
    build_every_rule(world)
    calls: list[int] = []
    with pytest.raises(CancelledError):
        run_audit(world.db, today=TODAY, progress=lambda p, _t: calls.append(p),
                  cancel=lambda: len(calls) >= 3)
    assert findings(world.db) == []
    with world.db.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(AuditRun)).scalar_one() == 0
    seen: list[tuple[int, str]] = []
    run_audit(world.db, today=TODAY, progress=lambda p, t: seen.append((p, t)))
    percents = [p for p, _ in seen]
    assert percents == sorted(percents) and percents[-1] == 100
    assert any(t.startswith("Kontrollerer: ") for _, t in seen)


def test_run_inside_callers_session_rolls_back_with_it(world: World) -> None:
    world.dwelling(actual_use="office")
    with world.db.session_factory() as s:
        s.begin()
        result = run_audit(s, today=TODAY)
        assert result.opened == 1
        s.rollback()
    assert findings(world.db) == []
    with world.db.session() as s:
        run_audit(s, today=TODAY)
    assert len(findings(world.db)) == 1
