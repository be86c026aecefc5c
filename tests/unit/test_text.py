"""One normal form for text (issue 18, D5): NFC, no invisible format characters, no NUL —
on input (importer and the window's validation) and in the audit's duplicate comparison."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from boligreg.models import Dwelling, Property
from boligreg.services.audit import RULES, AuditSettings, RuleContext, evaluate_rules
from boligreg.services.text import NulCharacterError, has_invisible, normalise_text, shorten
from boligreg.services.validation import clean

ADDRESS = "Åsengata 5"
VARIANTS = [
    unicodedata.normalize("NFD", ADDRESS),
    "Åsen\u200bgata 5",  # zero-width space
    "\ufeffÅsengata 5",  # byte-order mark
    "Åsengata\u200e 5",  # left-to-right mark
    "Åsengata\u200f 5",  # right-to-left mark
    "\u202eÅsengata 5",  # right-to-left override
    "Åsen\u00adgata 5",  # soft hyphen
    "Å\u2060sengata 5",  # word joiner
]


@pytest.mark.parametrize("variant", VARIANTS)
def test_variants_normalise_to_one_form(variant: str) -> None:
    assert variant != ADDRESS
    assert normalise_text(variant) == ADDRESS


def test_nul_is_refused() -> None:
    with pytest.raises(NulCharacterError):
        normalise_text("Sandaker\x00veien")


@given(st.text())
def test_normal_form_properties(text: str) -> None:
    if "\x00" in text:
        with pytest.raises(NulCharacterError):
            normalise_text(text)
        return
    out = normalise_text(text)
    assert unicodedata.is_normalized("NFC", out)
    assert not has_invisible(out)
    assert normalise_text(out) == out  # idempotent


def test_shorten() -> None:
    assert shorten("x" * 1000, 80) == "x" * 79 + "…"
    assert shorten("kort") == "kort"


@pytest.mark.parametrize("variant", VARIANTS)
def test_form_validation_normalises(variant: str) -> None:
    out = clean("property", {"street_address": variant, "postcode": "0957",
                             "district_code": "030110"})
    assert out.values.get("street_address") == ADDRESS, out.errors


def test_form_validation_refuses_nul() -> None:
    out = clean("property", {"street_address": "Åsen\x00gata 5", "postcode": "0957",
                             "district_code": "030110"})
    assert "NUL" in out.errors["street_address"]


def _duplicates(db) -> set[str]:
    ctx = RuleContext(today=__import__("datetime").date(2026, 6, 1), settings=AuditSettings())
    with db.engine.connect() as conn:
        found = evaluate_rules(conn, ctx, [RULES["DUPLICATE"]])
    return {key[2] for key in found}


def test_audit_duplicate_rule_compares_normal_forms(empty_db) -> None:
    """Records stored before normalisation on input (written directly here) that look
    identical are one dwelling twice: the rule flags every one of them."""
    ids = []
    with empty_db.session() as s:
        for address in [ADDRESS, *VARIANTS[:5]]:
            prop = Property(district_code="030110", street_address=address, postcode="0957",
                            owner_kind="boligbygg")
            d = Dwelling(property=prop, unit_number="H0101", district_code="030110")
            s.add(d)
            s.flush()
            ids.append(d.id)
        other = Dwelling(property=Property(district_code="030110", street_address="Åsengata 7",
                                           postcode="0957", owner_kind="boligbygg"),
                         unit_number="H0101", district_code="030110")
        s.add(other)
        s.flush()
        other_id = other.id
    found = _duplicates(empty_db)
    assert found == set(ids)
    assert other_id not in found


def test_sql_normal_form_matches_python_on_postgres(pg_url: str) -> None:
    import sqlalchemy as sa

    from boligreg.services.audit.rules import normal_text

    texts = [ADDRESS, *VARIANTS, "Thorvald Meyers gate 12", "e\u0301\u200d\U000e0041x"]
    engine = sa.create_engine(pg_url)
    try:
        with engine.connect() as conn:
            got = [conn.execute(sa.select(normal_text(sa.literal(t)))).scalar_one()
                   for t in texts]
    finally:
        engine.dispose()
    assert got == [normalise_text(t) for t in texts]


def test_sql_normal_form_matches_python_on_sqlite(empty_db) -> None:
    import sqlalchemy as sa

    from boligreg.services.audit.rules import normal_text, register_sqlite_functions

    texts = [ADDRESS, *VARIANTS, "e\u0301\u200d\U000e0041x", None]
    with empty_db.engine.connect() as conn:
        register_sqlite_functions(conn)
        got = [conn.execute(sa.select(normal_text(sa.literal(t, sa.String)))).scalar_one()
               for t in texts]
    assert got == [None if t is None else normalise_text(t) for t in texts]


def test_the_format_characters_come_from_every_plane_that_has_any() -> None:
    """The set is read from five planes only (import cost): a full scan of this Python's
    Unicode tables finds no format character anywhere else."""
    import sys
    import unicodedata

    from boligreg.services import text

    full = "".join(chr(c) for c in range(sys.maxunicode + 1)
                   if unicodedata.category(chr(c)) == "Cf")
    assert full == text.INVISIBLE_CLASS and len(full) > 150
