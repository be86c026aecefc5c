"""Issue 16 item 7: the labels services give the window and the exports come out in English
when the language is English, and none is left equal to its bokmål source unless it is a
proper noun or the same word in both languages (the short allowlist below)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from boligreg import i18n
from boligreg.models.enums import LABELS_NB, DwellingStatus, Tenure, label, label_nb, labels
from boligreg.services.audit import RULES, rule_title
from boligreg.services.audit.settings import AuditSettings
from boligreg.services.export import XLSX_COLUMNS, dwelling_columns, xlsx_headers
from boligreg.services.importer import FIELDS
from boligreg.services.register import ENTITY_LABELS, FIELD_LABELS, entity_label, field_label

# Proper nouns and words spelt the same in both languages.
SAME_IN_BOTH = {
    "Status", "ID",  # the same word
    "Boligbygg", "Oslobygg", "Boligbygg Oslo KF", "Oslobygg KF",  # proper nouns (owners)
    "Gnr/bnr/fnr/snr",  # the Norwegian cadastral identifiers, kept as written
}


@pytest.fixture
def english() -> Iterator[None]:
    i18n.set_language("en")
    try:
        yield
    finally:
        i18n.set_language(None)


def _untranslated(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(nb, en) for nb, en in pairs if nb == en and nb not in SAME_IN_BOTH]


def test_bokmal_is_the_default() -> None:
    assert i18n.language() == "nb"
    assert label("owned", Tenure) == "Eid"
    assert field_label("property", "street_address") == "Adresse"
    assert RULES["MISUSE"].title == "Bolig brukt til annet formål"
    assert [c.header for c in dwelling_columns()][:5] == [
        "boligreg-ID", "Bydel", "Bruksenhetsnummer", "Adresse", "Postnummer"]


def test_enum_labels_in_english(english) -> None:
    assert label("owned", Tenure) == "Owned"
    assert label(DwellingStatus.VACANT) == "Vacant"
    assert labels(DwellingStatus)["to_be_sold"] == "To be sold"
    # the values stay what they are, and label_nb stays bokmål (fact sheets by default)
    assert list(labels(Tenure)) == [m.value for m in Tenure]
    assert label_nb("owned", Tenure) == "Eid"
    pairs = [(nb, labels(enum)[value]) for enum, table in LABELS_NB.items()
             for value, nb in table.items()]
    assert _untranslated(pairs) == []


def test_record_and_field_labels_in_english(english) -> None:
    assert field_label("property", "street_address") == "Address"
    assert field_label("dwelling", "note") == "Note"  # a common label
    assert entity_label("agreement") == "Agreement"
    pairs = [(nb, field_label(entity, name)) for entity, table in FIELD_LABELS.items()
             for name, nb in table.items()]
    pairs += [(nb, entity_label(entity)) for entity, nb in ENTITY_LABELS.items()]
    assert _untranslated(pairs) == []


def test_rule_titles_and_explanations_in_english(english) -> None:
    assert RULES["MISUSE"].title == "Dwelling used for another purpose"
    assert rule_title("VACANT_LONG") == "Dwelling vacant for a long time"
    assert "30 days" in RULES["VACANT_LONG"].explain(AuditSettings(vacant_medium_days=30))
    for code, rule in RULES.items():
        assert rule.title != rule.title_source, code
        assert rule.title != code and code not in rule.explain(), code
        assert "{" not in rule.explain(), code
        assert " ".join(rule.explanation_source.split()) != rule.explanation, code


def test_import_fields_and_exports_in_english(english) -> None:
    street = next(f for f in FIELDS if f.name == "street_address")
    assert street.title == "Address" and street.label == "Adresse"
    assert "Thorvald Meyers gate 12B" in street.description  # proper noun kept
    assert _untranslated([(f.label, f.title) for f in FIELDS]) == []
    assert _untranslated([(f.help, f.description) for f in FIELDS if f.help]) == []
    assert [c.header for c in dwelling_columns()][:5] == [
        "boligreg ID", "District", "Unit number", "Address", "Postcode"]
    assert [c.header for c in dwelling_columns(field_names=True)][:3] == [
        "id", "district", "unit_number"]
    assert _untranslated(list(zip([n for n, _w in XLSX_COLUMNS], xlsx_headers(),
                                  strict=True))) == []


def test_english_labels_name_their_own_field() -> None:
    """An English header never lands on another field (bokmål mode: the importer reads every
    language whatever the window's)."""
    from boligreg.services.importer.fields import synonym_index
    from boligreg.services.importer.values import enum_words, fold

    index = synonym_index()
    i18n.set_language("en")
    try:
        english = [(f.name, f.title) for f in FIELDS]
        values = [(enum, value, label(value, enum)) for enum in LABELS_NB
                  for value in LABELS_NB[enum]]
    finally:
        i18n.set_language(None)
    assert [(name, t) for name, t in english if index.get(fold(t)) != name] == []
    imported = [f.enum for f in FIELDS if f.enum is not None]
    assert [(e.__name__, v, t) for e, v, t in values
            if e in imported and enum_words(e).get(fold(t)) != v] == []


def test_label_tables_translate_when_read(english) -> None:
    """Tables the window indexes directly (i18n.Labels) follow the language at call time."""
    from boligreg.services.capacity import REASON_LABELS, ROOM_LABELS, STATE_LABELS
    from boligreg.services.register import COVERAGE_LABELS
    from boligreg.services.scenario import FIGURE_LABELS

    assert COVERAGE_LABELS["gap"] == "Missing" and COVERAGE_LABELS.source["gap"] == "Mangler"
    assert ROOM_LABELS["5+"] == "5 rooms or more"
    assert dict(STATE_LABELS.items()) == {"vacant": "Vacant now", "soon": "Soon vacant"}
    pairs = [(t.source[k], t[k]) for t in (COVERAGE_LABELS, ROOM_LABELS, STATE_LABELS,
                                           REASON_LABELS, FIGURE_LABELS) for k in t]
    assert _untranslated(pairs) == []
    i18n.set_language(None)
    assert ROOM_LABELS["5+"] == "5 rom eller flere"


def test_form_messages_in_english(english) -> None:
    from boligreg.services.validation import FORMS, clean

    out = clean("dwelling", {"unit_number": "", "rooms": "tre", "area_m2": "-4"})
    assert out.errors["unit_number"] == "Fill in unit number"
    assert out.errors["rooms"] == "Enter a whole number"
    assert out.errors["area_m2"] == "The area cannot be negative"
    hints = {s.name: s.placeholder for s in FORMS["dwelling"]}
    assert hints["vacant_since"] == "dd.mm.yyyy" and hints["unit_number"] == "H0101"


def test_import_wizard_texts_in_english(english) -> None:
    from boligreg.services.importer.headers import match_columns

    matches = match_columns(["Adresse", "Fødselsnummer", "Xyzzy"],
                            [["Kingos gate 11", "Uelands gate 30"],
                             ["01019912345", "02029912345"], ["a", "b"]])
    address, person, unknown = matches
    assert (address.field, address.how_label, address.reason) == (
        "street_address", "recognised", "known header")
    assert address.confidence_label == "high (100 %)"
    assert person.how_label == "personal data – not imported"
    assert person.note == "The column seems to hold national identity numbers; it is not imported"
    assert unknown.note.startswith("not mapped: no known header; the values are text")


def test_cell_and_identifier_messages_in_english(english) -> None:
    from boligreg.services.identifiers import check_matrikkel, check_postcode
    from boligreg.services.importer.values import CellValueError

    area = next(f for f in FIELDS if f.name == "area_m2")
    tenure = next(f for f in FIELDS if f.name == "tenure")
    with pytest.raises(CellValueError, match="^The area cannot be less than 5$"):
        area.parse("2")
    with pytest.raises(CellValueError, match="^Unknown tenure “x”; use one of: Owned, Leased"):
        tenure.parse("x")
    assert check_postcode("12") == "A postcode must have 4 digits"
    assert check_matrikkel(None, 1) == "Farm number (gnr) missing"
    i18n.set_language(None)
    with pytest.raises(CellValueError, match="^Arealet kan ikke være mindre enn 5$"):
        area.parse("2")


def test_row_problems_in_english(english) -> None:
    from boligreg.services.importer.rows import RowProblem, complete_row

    problems = complete_row({"street_address": "Kingos gate 11"}, None, date(2025, 1, 1))
    assert ("unit_number", "Unit number missing") in problems
    missing = RowProblem(3, "B", "Bolignr", "", "Unit number missing", "unit_number")
    assert missing.fix == "Fill in cell B3."
    assert missing.as_line() == "row 3, column B “Bolignr”: Unit number missing. Fill in cell B3."
    twice = RowProblem(4, "C", "Adresse", "x", "The same dwelling is also on row 2")
    assert twice.fix.startswith("Delete one of the rows")
    quoted = RowProblem(5, "D", "Areal", "abc", "“abc” is not a number")
    assert quoted.message_nb == "“abc” is not a number"  # the value is not repeated
