"""Header matching for the whole sheet (issue 15): scores from header words, units and values,
the assignment (Hungarian algorithm, checked against brute force), saved mappings first, rows
that are not data, and messages that name the column and value once."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest

from boligreg.services.importer import Mapping, match_columns, read_table
from boligreg.services.importer.reader import classify_rows
from boligreg.services.importer.rows import RowProblem
from boligreg.services.importer.scoring import (
    _hungarian,
    assign,
    confidence_label,
    header_scores,
    linear_sum_assignment_max,
    profile,
    score_column,
    strip_units,
)
from boligreg.services.text import count_nb

# --- the assignment ---------------------------------------------------------------------------


def brute_force_best(score: list[list[float]]) -> float:
    """The largest total over every way of giving each row a different column (or none)."""
    n, m = len(score), len(score[0])
    best = 0.0
    cols = list(range(m)) + [None] * n
    for perm in itertools.permutations(cols, n):
        if len({c for c in perm if c is not None}) != sum(c is not None for c in perm):
            continue
        best = max(best, sum(score[i][c] for i, c in enumerate(perm) if c is not None))
    return best


@pytest.mark.parametrize("seed", range(25))
def test_hungarian_finds_the_best_total(seed: int) -> None:
    rng = random.Random(seed)
    n, m = rng.randint(1, 5), rng.randint(1, 5)
    score = [[rng.choice([0.0, round(rng.random(), 2)]) for _ in range(m)] for _ in range(n)]
    pairs = linear_sum_assignment_max(score)
    assert len({i for i, _ in pairs}) == len(pairs) == len({j for _, j in pairs})
    total = sum(score[i][j] for i, j in pairs)
    assert total == pytest.approx(brute_force_best(score))


def test_own_hungarian_without_scipy_on_a_known_case() -> None:
    # the classic 3×3: the greedy choice (row 0 → column 0, cost 1) is not the best
    cost = [[1, 2, 3], [2, 4, 6], [3, 6, 9]]
    cols = _hungarian(cost)
    assert sorted(cols) == [0, 1, 2]
    assert sum(cost[i][j] for i, j in enumerate(cols)) == 10  # 3 + 4 + 3


def test_one_shared_word_does_not_decide_alone() -> None:
    """The old first-match rule gave "Kontrakt" to the first header with the word and refused
    the rest as "allerede koblet"; the sheet as a whole gives each its own field."""
    dates = [["01.02.2021", "01.03.2022"], ["31.01.2027", "28.02.2030"]]
    for order in (["Kontrakt", "Kontrakt start", "Kontrakt slutt"],
                  ["Kontrakt start", "Kontrakt slutt", "Kontrakt"]):
        values = {"Kontrakt": ["INN-1", "INN-2"], "Kontrakt start": dates[0],
                  "Kontrakt slutt": dates[1]}
        matches = {m.header: m for m in match_columns(order, [values[h] for h in order])}
        assert matches["Kontrakt"].field == "agreement_reference"
        assert matches["Kontrakt start"].field == "agreement_start"
        assert matches["Kontrakt slutt"].field == "agreement_end"
        assert not any(m.how == "duplicate" for m in matches.values())


def test_the_values_decide_between_fields_a_header_names_alike() -> None:
    # "Start kontrakt" is no known name: its words name both the reference and the start
    [dated] = match_columns(["Start kontrakt"], [["01.02.2021", "15.06.2023", "01.01.2024"]])
    assert dated.field == "agreement_start" and dated.how == "guess"
    assert "datoer" in dated.reason
    [coded] = match_columns(["Start kontrakt"], [["INN-2021-1", "INN-2023-4", "INN-2024-2"]])
    assert coded.field == "agreement_reference"


def test_assign_never_takes_a_pair_below_the_threshold() -> None:
    cands = [score_column("Hvem vet", ["a", "b"]), score_column("Adresse", ["Storgata 1"])]
    won = assign(cands)
    assert set(won) == {1} and won[1].field == "street_address"


# --- the header's words and units -----------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "values", "field"),
    [
        ("Kontrakt start", ["01.02.2021"], "agreement_start"),
        ("Kontrakt slutt", ["31.01.2027"], "agreement_end"),
        ("Startdato", ["01.02.2021"], "agreement_start"),
        ("Sluttdato", ["31.01.2027"], "agreement_end"),
        ("Utløper", ["31.01.2027"], "agreement_end"),
        ("Gyldig til", ["31.01.2027"], "agreement_end"),
        ("UU", ["ja", "nei"], "wheelchair_accessible"),
        ("Rullestol", ["x", ""], "wheelchair_accessible"),
        ("Tilgjengelig", ["Ja", "Nei"], "wheelchair_accessible"),
        ("Husleie", ["8 950"], "tenant_rent"),
        ("Leie", ["8 950"], "tenant_rent"),
        ("Leie kr/mnd", ["8 950"], "tenant_rent"),
        ("Innflyttet", ["01.03.2021"], "tenancy_start"),
        ("Merknad/Kommentar", ["Heis"], "note"),
        ("Areal (m²)", ["55,5"], "area_m2"),
        ("Boareal (kvm)", ["55,5"], "area_m2"),
        ("Leie per bolig", ["12 500"], "lease_cost"),
    ],
)
def test_everyday_bydel_headers(header: str, values: list[str], field: str) -> None:
    [m] = match_columns([header], [values])
    assert m.field == field, (m.field, m.reason)
    assert m.confidence >= 0.7 and m.reason


def test_units_are_taken_off_and_named() -> None:
    assert strip_units("Leie kr/mnd") == ("leie", ["kr", "mnd"], False)
    assert strip_units("Areal (m²)") == ("areal", ["m²"], False)
    assert strip_units("Adresse (gate og nr.)")[2] is True  # more than a unit in there
    scores = header_scores("Boareal (kvm)")
    assert scores["area_m2"].score == pytest.approx(0.95)
    assert "m²" in scores["area_m2"].reason
    # a money unit speaks against a field that is not an amount
    assert header_scores("Status kr")["status"].score < header_scores("Status")["status"].score


def test_values_alone_give_a_low_guess() -> None:
    orgnrs = ["985987246", "912345688", "998877660"]
    [m] = match_columns(["Nr"], [orgnrs])
    assert (m.field, m.how) == ("landlord_orgnr", "guess")
    assert m.confidence < 0.7 and "organisasjonsnumre" in m.reason
    # a wrong check digit is no orgnr: nothing is guessed from the values
    [bad] = match_columns(["Nr"], [["985987247", "912345681", "998877661"]])
    assert bad.field is None
    [unit] = match_columns(["Ident"], [["H0101", "H0102", "U0101"]])
    assert unit.field == "unit_number"


def test_profile_of_values() -> None:
    p = profile(["01.02.2021", "1.3.22", "2024-05-06", ""])
    assert p.main == "date" and p.filled == 3
    assert profile(["0473", "0655", "473"]).main == "postcode"
    assert profile(["985987246", "985987246"]).main == "orgnr"  # before "amount"
    assert profile(["12 500,50", "9 800"]).main == "money"
    assert profile(["ja", "nei", "x"]).main == "bool"
    assert profile(["H0101", "u0201"]).main == "unit"
    assert "datoer (100 %)" in profile(["01.02.2021"]).describe_nb()


def test_unmatched_column_says_what_it_looked_like() -> None:
    [m] = match_columns(["Hvem vet"], [["01.02.2021", "03.04.2022"]])
    assert m.field is None and m.how == "none"
    assert "datoer" in m.note and "«01.02.2021»" in m.note


def test_saved_mapping_comes_first() -> None:
    mapping = Mapping(columns={"Kontrakt start": "agreement_end"})  # the user's own choice
    matches = match_columns(["Kontrakt start", "Kontrakt slutt"],
                            [["01.02.2021"], ["31.01.2027"]], mapping)
    assert (matches[0].field, matches[0].how, matches[0].confidence) == \
        ("agreement_end", "mapping", 1.0)
    assert matches[1].field != "agreement_end"


def test_confidence_words() -> None:
    assert confidence_label(1.0) == "høy (100 %)"
    assert confidence_label(0.72) == "middels (72 %)"
    assert confidence_label(0.55) == "lav (55 %)"


# --- rows that are not data -------------------------------------------------------------------

HEADER = ["Adresse", "Postnr", "Bruksenhetsnr", "Areal", "Husleie"]
ROW = ["Tøyengata 5", "0653", "H0101", 48.5, 8950]


def test_sums_blanks_repeated_headers_and_notes_are_recognised() -> None:
    rows = [
        ROW, ["", "", "", "", ""], list(HEADER), ROW,
        ["Sum bygg Tøyengata 5", "", "", 97.0, ""],
        ["Bygg: Hagegata 22", "", "", "", ""], ROW,
        ["", "", "", 145.5, "Totalt"], ["I alt", "", "", "", ""],
        ["Kilde: bydelens boligkontor", "", "", "", ""],
    ]
    got = classify_rows(HEADER, rows)
    assert {i: why.split(" ")[0] for i, why in got.items()} == {
        1: "tom", 2: "gjentatt", 4: "sumrad", 5: "mellomtittel", 7: "sumrad", 8: "sumrad",
        9: "merknad"}
    # an address that merely starts with the letters of "sum" is data
    assert classify_rows(HEADER, [["Sumpveien 3", "0653", "H0101", 40, 1]]) == {}


def test_grouped_header_above_the_real_one(tmp_path: Path) -> None:
    path = tmp_path / "gruppert.csv"
    path.write_text("Boliger i Bydel Sagene\n"
                    "Bolig;;;Avtale;\n"
                    "Adresse;Postnr;Bruksenhetsnr;Avtalenr;Utleier\n"
                    "Sandakerveien 12;0473;H0101;INN-1;Utleie AS\n"
                    "Sum;;;;\n", encoding="utf-8")
    table = read_table(path)
    assert table.header_row == 3
    assert [n for n, _ in table.above] == [1, 2]
    assert "gruppeoverskrift" in table.above[1][1]
    assert table.skipped_nb() == ["Rad 1: tittel («Boliger i Bydel Sagene»)",
                                  "Rad 2: gruppeoverskrift over overskriftsraden "
                                  "(«Bolig · Avtale»)",
                                  "Rad 5: sumrad («Sum»)"]
    # the sum row is not in the sample the header matching looks at
    assert table.column(0) == ["Sandakerveien 12"]


# --- messages ---------------------------------------------------------------------------------


def test_value_shown_once_and_the_fix_named() -> None:
    p = RowProblem(7, "F", "Kontrakt start", "31.02.2024",
                   "«31.02.2024» er ingen gyldig dato", "agreement_start")
    line = p.as_line()
    assert line.count("31.02.2024") == 1
    assert line == ("rad 7, kolonne F «Kontrakt start»: «31.02.2024» er ingen gyldig dato. "
                    "Rett celle F7 i regnearket.")
    q = RowProblem(9, "C", "Postnr", "12", "Postnummer må ha 4 siffer", "postcode")
    assert q.as_line() == ("rad 9, kolonne C «Postnr»: «12»: Postnummer må ha 4 siffer. "
                           "Rett celle C9 i regnearket.")
    missing = RowProblem(4, "B", "Adresse", "", "Adresse mangler", "street_address")
    assert missing.as_line().endswith("Adresse mangler. Fyll inn celle B4.")


@pytest.mark.parametrize(("n", "text"), [(0, "0 nye boliger"), (1, "1 ny bolig"),
                                         (2, "2 nye boliger"), (1234, "1\u00a0234 nye boliger"),
                                         (12000, "12\u00a0000 nye boliger")])
def test_count_nb(n: int, text: str) -> None:
    assert count_nb(n, "ny bolig", "nye boliger") == text


def test_agreement_data_without_reference_names_the_column(tmp_path: Path) -> None:
    from boligreg.services.importer.rows import parse_rows

    path = tmp_path / "uten_avtalenr.csv"
    path.write_text("Bydel;Adresse;Postnr;Bruksenhetsnr;Utleier\n"
                    "Sagene;Sandakerveien 12;0473;H0101;Utleie AS\n", encoding="utf-8")
    table = read_table(path)
    matches = match_columns(table.headers, [table.column(i) for i in range(5)])
    [p] = parse_rows(table, matches).problems
    assert (p.row, p.column, p.header, p.value) == (2, "E", "Utleier", "Utleie AS")
    assert "avtalenummer" in p.message and "kolonne «Avtalenr»" in p.message


def test_choice_values_under_an_unknown_header() -> None:
    # "Disp.form" is no known name, but its values are disposisjonsform and it abbreviates it
    [m] = match_columns(["Disp.form"], [["Innleid", "Eid", "Innleid"]])
    assert (m.field, m.how) == ("tenure", "guess") and "forkortelse" in m.reason
    # values that fit one field only, under a header that says nothing
    [s] = match_columns(["Hvordan"], [["Utleid", "Ledig", "Utleid"]])
    assert s.field == "status" and s.confidence == pytest.approx(0.55)
    # "Boligbygg" is both an owner and a maintainer: the values cannot tell, nothing is guessed
    [b] = match_columns(["Hvem"], [["Boligbygg", "Boligbygg"]])
    assert b.field is None


def test_cli_dry_run_prints_confidence_reasons_and_unmatched(tmp_path: Path, capsys) -> None:
    from boligreg.cli import main
    from boligreg.models import create_database

    register = tmp_path / "register.db"
    create_database(register, user="test").close()
    path = tmp_path / "ark.csv"
    path.write_text("Tittel over tabellen\n"
                    "Bydel;Adresse;Postnr;Leilighetsnumer;Org;Objektnr\n"
                    "Sagene;Sandakerveien 12;0473;H0101;985987246;BB-1\n"
                    "Sagene;Sandakerveien 12;0473;H0102;985987246;BB-2\n"
                    "Sum;;;;;\n", encoding="utf-8")
    # an utleier's orgnr without an agreement number is an error, named by its column
    assert main(["import", str(path), "--db", str(register), "--dry-run"]) == 2
    captured = capsys.readouterr()
    assert "rad 3, kolonne E «Org»: «985987246»: «Utleiers org.nr.» er fylt ut, men " \
        "avtalenummeret mangler" in captured.err
    out = captured.out
    lines = out.splitlines()
    address = next(ln for ln in lines if "Adresse" in ln and "street_address" in ln)
    assert "høy (100 %)" in address and "gjenkjent: kjent overskrift" in address
    typo = next(ln for ln in lines if "Leilighetsnumer" in ln)
    assert "unit_number" in typo and "gjetning" in typo and "ligner «leilighetsnummer»" in typo
    org = next(ln for ln in lines if " Org " in ln)
    assert "landlord_orgnr" in org and "lav (55 %)" in org
    assert "Ikke importert:" in out
    unmatched = next(ln for ln in lines if "Objektnr" in ln)
    assert "ingen kjent overskrift" in unmatched and "«BB-1»" in unmatched
    assert "Rad 1: tittel («Tittel over tabellen»)" in out and "Rad 5: sumrad («Sum»)" in out
