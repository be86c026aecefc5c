"""The audit on PostgreSQL gives exactly what it gives on SQLite (marked ``pg``)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from test_audit_rules import TODAY, World, build_every_rule

from boligreg.models import Base, Finding
from boligreg.models.db import open_url, seed_reference_data
from boligreg.services.audit import RULES, run_audit, set_status

pytestmark = pytest.mark.pg


def _signature(world: World) -> set[tuple]:
    """Every hit of every rule without the (random) ids."""
    out = set()
    for code in RULES:
        for row in world.hits(code).values():
            out.add((code, row.entity_type, row.district_code, row.label,
                     row.message, row.severity))
    return out


def test_rules_and_life_cycle_on_postgres(pg_database: str, empty_db) -> None:
    db = open_url(pg_database, user="pg-test")
    try:
        Base.metadata.create_all(db.engine)
        with db.engine.begin() as conn:
            seed_reference_data(conn, "pg-test")
        pg, lite = World(db), World(empty_db)
        build_every_rule(pg)
        build_every_rule(lite)
        on_pg = _signature(pg)
        assert on_pg == _signature(lite)
        assert {s[0] for s in on_pg} == set(RULES)

        first = run_audit(db, today=TODAY)
        assert first.opened == sum(len(pg.hits(code)) for code in RULES)
        again = run_audit(db, today=TODAY)
        assert (again.opened, again.resolved, again.updated) == (0, 0, 0)
        with db.session() as s:
            ids = list(s.scalars(sa.select(Finding.id).where(Finding.rule == "MISUSE")))
            set_status(s, ids, "accepted", justification="Avklart")
        assert run_audit(db, today=TODAY).accepted_suppressed == len(ids)
        # Everything vanishes with a far future date's thresholds off: all resolve in bulk.
        from boligreg.services.audit import AuditSettings

        none = AuditSettings(rules=("RENT_OUTLIER",), rent_min_group=1000)
        assert run_audit(db, today=TODAY, settings=none).resolved == first.hits_by_rule[
            "RENT_OUTLIER"]
    finally:
        db.close()


def test_identifier_checks_on_postgres(pg_url: str) -> None:
    """The CASE guard holds on PostgreSQL: no CAST of a non-digit ever raises."""
    from test_audit_rules import _sql_verdicts

    from boligreg.services import identifiers
    from boligreg.services.audit.rules import orgnr_ok, unit_number_ok

    orgnrs = [None, "", "985987246", "985987247", "NO 985 987 246 MVA", "985.987.246",
              "98598724x", "NOMVA", "MVA985987246", "1234567890", "no985987246mva", "x"]
    units = [None, "", "H0101", "h 0101", "H0001", "X0101", "H01O1", "H010"]
    engine = sa.create_engine(pg_url)
    try:
        assert _sql_verdicts(engine, orgnr_ok, orgnrs) == [identifiers.is_valid_orgnr(v)
                                                           for v in orgnrs]
        assert _sql_verdicts(engine, unit_number_ok, units) == [
            identifiers.is_valid_unit_number(v) for v in units]
    finally:
        engine.dispose()
