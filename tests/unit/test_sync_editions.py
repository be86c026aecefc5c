"""Published editions travel with sync through a real central PostgreSQL: pushed by the copy
that published them, pulled byte for byte by the others, never changed on the central, and
the same number published from two copies is refused for the later one, never overwritten."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from boligreg.models import Database, Dwelling, Property, create_database
from boligreg.services.central import DisposableCentral, disposable_central
from boligreg.services.editions import list_editions, open_edition, publish_year
from boligreg.services.sync import sync

pytestmark = pytest.mark.pg

TODAY = date(2026, 3, 1)


@pytest.fixture
def central(pg_database: str) -> Iterator[DisposableCentral]:
    with disposable_central(pg_database, kinds=("admin", "03")) as c:
        yield c


@pytest.fixture
def copies(tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    a = create_database(tmp_path / "a.db", user="kari")
    b = create_database(tmp_path / "b.db", user="ola")
    yield a, b
    a.close()
    b.close()


def add_dwelling(db: Database, unit: str) -> None:
    with db.session() as s:
        p = Property(district_code="030103", street_address="Sandakerveien 10",
                     postcode="0473", gnr=75, bnr=10, owner_kind="boligbygg")
        s.add(Dwelling(property=p, unit_number=unit, district_code="030103", rooms=2))


def rows(conn: sa.Connection) -> dict[tuple[int, str, int], tuple[str, str, bytes]]:
    return {(r.year, r.scope, r.edition): (r.id, r.sha256, bytes(r.pdf)) for r in conn.execute(
        sa.text("SELECT id, year, scope, edition, sha256, pdf FROM published_edition"))}


def local_rows(db: Database) -> dict:
    with db.engine.connect() as conn:
        return rows(conn)


def central_rows(url: str) -> dict:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return rows(conn)
    finally:
        engine.dispose()


def test_an_edition_travels_byte_for_byte(central, copies) -> None:
    a, b = copies
    url = central.url_for("03")
    add_dwelling(a, "H0101")
    sync(a, url)
    sync(b, url)
    publish_year(a, 2025, user="kari", today=TODAY)
    res = sync(a, url)
    assert res.editions_sent == 16 and res.editions_received == 0 and not res.editions_refused
    assert "publiserte faktaark sendt 16" in res.summary()
    on_central = central_rows(central.url)
    assert on_central == local_rows(a) and len(on_central) == 16
    for _id, sha, pdf in on_central.values():
        assert hashlib.sha256(pdf).hexdigest() == sha
    res = sync(b, url)
    assert res.editions_received == 16 and res.editions_sent == 0
    assert local_rows(b) == local_rows(a)
    with b.engine.connect() as conn:
        sheet = open_edition(conn, 2025, "03")
        assert [e[0] for e in list_editions(conn, 2025)] == [1]
    with a.engine.connect() as conn:
        assert sheet.pdf == open_edition(conn, 2025, "03").pdf
    assert sheet.published_by == "kari"
    # Nothing more to exchange: a second sync sends and fetches nothing.
    again = sync(b, url)
    assert again.editions_sent == again.editions_received == 0

    # The other copy, knowing edition 1, publishes edition 2; it reaches the first copy.
    publish_year(b, 2025, user="ola", today=TODAY)
    assert sync(b, url).editions_sent == 16
    assert sync(a, url).editions_received == 16
    with a.engine.connect() as conn:
        assert [e[0] for e in list_editions(conn, 2025)] == [1, 2]
        assert open_edition(conn, 2025, "03", 2).published_by == "ola"
    assert local_rows(a) == local_rows(b) == central_rows(central.url)


@pytest.mark.parametrize("kind", ["03", "admin"])
def test_editions_are_read_only_on_the_central(central, copies, kind: str) -> None:
    a, _b = copies
    publish_year(a, 2025, user="kari", today=TODAY)
    sync(a, central.url_for("03"))
    before = central_rows(central.url)
    engine = sa.create_engine(central.url_for(kind))
    try:
        # No UPDATE or DELETE right for any app role (and no policy that would pass one).
        for sql in ("UPDATE published_edition SET published_by = 'x'",
                    "DELETE FROM published_edition"):
            with pytest.raises(sa.exc.ProgrammingError, match="permission denied"), \
                    engine.begin() as conn:
                conn.execute(sa.text(sql))
        # Adding is allowed (that is how a copy's edition arrives), changing never.
        with engine.begin() as conn:
            conn.execute(sa.text(
                "INSERT INTO published_edition (id, year, scope, edition, figures_json, pdf, "
                "sha256, changes_json, published_at, published_by) "
                "SELECT pg_catalog.gen_random_uuid()::text, 2024, "
                "scope, edition, figures_json, pdf, sha256, changes_json, published_at, "
                "published_by FROM published_edition"))
    finally:
        engine.dispose()
    after = central_rows(central.url)
    assert len(after) == 32 and {k: v for k, v in after.items() if k[0] == 2025} == before


def test_same_number_from_two_copies_is_refused_not_overwritten(central, copies) -> None:
    a, b = copies
    url = central.url_for("03")
    add_dwelling(b, "H0102")  # b's register differs: its sheets differ from a's
    publish_year(a, 2025, user="kari", today=TODAY)
    publish_year(b, 2025, user="ola", today=TODAY)
    mine_a, mine_b = local_rows(a), local_rows(b)
    assert mine_a.keys() == mine_b.keys()
    assert mine_a[(2025, "030103", 1)][1] != mine_b[(2025, "030103", 1)][1]

    assert sync(a, url).editions_sent == 16  # first at the central: keeps number 1
    res = sync(b, url)
    assert res.editions_sent == 0 and res.editions_received == 0
    assert res.editions_refused == [(2025, 1)]
    assert any("Utgave 1 av faktaarkene for 2025" in n and "ikke sendt" in n
               for n in res.notes)
    assert central_rows(central.url) == mine_a  # nothing overwritten there
    assert local_rows(b) == mine_b  # nor here: b's own edition 1 stays readable
    with b.engine.connect() as conn:
        assert open_edition(conn, 2025, "03").pdf == mine_b[(2025, "030103", 1)][2]

    # Publishing again makes the next number, which travels; the clash is still said.
    publish_year(b, 2025, user="ola", today=TODAY)
    res = sync(b, url)
    assert res.editions_sent == 16 and res.editions_refused == [(2025, 1)]
    assert sync(a, url).editions_received == 16
    with a.engine.connect() as conn:
        assert [e[0] for e in list_editions(conn, 2025)] == [1, 2]
        assert open_edition(conn, 2025, "03", 1).published_by == "kari"
        assert open_edition(conn, 2025, "03", 2).published_by == "ola"
