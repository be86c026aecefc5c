"""The models and migrations run on the central PostgreSQL too (marked ``pg``)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from boligreg.models import District, Dwelling, Property, make_engine, make_session_factory
from boligreg.models.db import seed_reference_data
from boligreg.models.migrate import upgrade_to_head

pytestmark = pytest.mark.pg


def test_migrations_and_change_log_on_postgres(pg_database: str) -> None:
    engine = make_engine(pg_database)
    try:
        upgrade_to_head(engine)
        with engine.begin() as conn:
            seed_reference_data(conn, "test")
        factory = make_session_factory(engine, "pg-test")
        with factory() as s, s.begin():
            prop = Property(district_code="030101", street_address="Tøyengata 1",
                            postcode="0190", gnr=229, bnr=1, owner_kind="boligbygg")
            s.add(Dwelling(property=prop, unit_number="H0101", district_code="030101"))
        with engine.connect() as conn:
            n_districts = conn.execute(sa.select(sa.func.count()).select_from(District)).scalar()
            logged = conn.exec_driver_sql(
                "SELECT count(*) FROM change_log WHERE entity_type='dwelling'"
            ).scalar()
        assert n_districts == 17
        assert logged == 1
    finally:
        engine.dispose()
