"""Control characters and terminal escapes (issue 18, S8): refused or removed on input (forms,
importer, indicator import, finding notes), shown as \\uXXXX on every line the CLI prints."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from boligreg.cli import main
from boligreg.errors import ValidationError
from boligreg.models import Finding
from boligreg.services.controlchars import ControlCharError, clean_controls, escape_controls
from boligreg.services.importer import ImportOptions, import_file
from boligreg.services.importer.values import CellValueError, parse_text
from boligreg.services.validation import clean

TITLE = "\x1b]0;pwned\x07"  # retitles the terminal
CLEAR = "\x1b[2J"  # clears the screen
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # anything but \t and \n

DWELLING = {"property_id": "p1", "unit_number": "H0101", "district_code": "030101",
            "tenure": "owned", "status": "occupied", "actual_use": "housing",
            "target_group": "ordinary"}


# --- the functions -------------------------------------------------------------------------


def test_clean_controls_refuses_nul_and_escape_sequences() -> None:
    for text in ("a\x00b", f"Storgata 1{TITLE}", f"{CLEAR}x", "a\x9b2Jb", "a\x9d0;x\x9c"):
        with pytest.raises(ControlCharError) as err:
            clean_controls(text)
        assert "styretegn" in str(err.value)
    with pytest.raises(ControlCharError) as err:
        clean_controls("ab\x1b[2J")
    assert err.value.position == 3 and "ESC" in err.value.nb and "U+001B" in err.value.nb


def test_clean_controls_removes_the_rest_and_handles_whitespace_per_field() -> None:
    assert clean_controls("Stor\x07gata\x7f 1\x08") == "Storgata 1"
    assert clean_controls("a\x85b\x8ac") == "a bc"  # NEL is a line break, the rest C1 junk
    assert clean_controls("linje 1\r\nlinje 2\tx\x0b") == "linje 1  linje 2 x "
    assert clean_controls("linje 1\r\nlinje 2\rlinje 3\n\tx\x0c", multiline=True) == \
        "linje 1\nlinje 2\nlinje 3\n\tx\n"
    assert clean_controls("Thorvald Meyers gate 12B – æøå ÆØÅ") == \
        "Thorvald Meyers gate 12B – æøå ÆØÅ"


@given(st.text(), st.booleans())
def test_clean_controls_output_never_holds_a_control_character(text: str, multi: bool) -> None:
    try:
        out = clean_controls(text, multiline=multi)
    except ControlCharError as exc:
        assert text[exc.position - 1] in "\x00\x1b\x90\x98\x9b\x9d\x9e\x9f"
        return
    allowed = "\n\t" if multi else ""
    assert not [c for c in out if (ord(c) < 32 or 0x7f <= ord(c) <= 0x9f) and c not in allowed]
    # printable text is never touched
    def visible(t: str) -> list[str]:
        return [c for c in t if c.isprintable() and c != " "]

    assert visible(out) == visible(text)


@given(st.text())
def test_escape_controls_leaves_nothing_a_terminal_acts_on(text: str) -> None:
    out = escape_controls(text)
    assert not RAW_CONTROL.search(out)
    assert not re.search("[\u202a-\u202e\u2066-\u2069]", out)
    one_line = escape_controls(text, keep_newlines=False)
    assert "\n" not in one_line and "\t" not in one_line
    if text.isprintable():
        assert out == text


def test_escaped_output_stays_json() -> None:
    text = json.dumps({"label": "a\x9bb\x7f\u202e"}, ensure_ascii=False)
    assert json.loads(escape_controls(text)) == {"label": "a\x9bb\x7f\u202e"}


# --- input: forms, importer, indicators, finding notes ----------------------------------------


def test_form_refuses_escape_sequences_and_nul() -> None:
    out = clean("dwelling", {**DWELLING, "note": f"Fin bolig{TITLE}"})
    assert "note" in out.errors and "styretegn" in out.errors["note"]
    out = clean("property", {"street_address": "Storgata\x00 1", "postcode": "0182",
                             "district_code": "030101", "owner_kind": "municipal"})
    assert "street_address" in out.errors


def test_form_note_keeps_lines_and_one_line_fields_do_not() -> None:
    out = clean("dwelling", {**DWELLING, "note": "Linje 1\r\nLinje 2\x07\n\tinnrykk"})
    assert out.ok, out.errors
    assert out.values["note"] == "Linje 1\nLinje 2\n\tinnrykk"
    out = clean("property", {"street_address": "Storgata\n1\x7f", "postcode": "0182",
                             "district_code": "030101", "owner_kind": "municipal"})
    assert out.values["street_address"] == "Storgata 1"
    out = clean("agreement", {"kind": "lease", "reference": "\x07\x08",
                              "district_code": "030101", "landlord_name": "Utleier AS",
                              "start_date": "01.01.2024"})
    assert out.errors.get("reference", "").startswith("Fyll ut")


def test_importer_cells() -> None:
    assert parse_text("Stor\x07gata 1\x7f") == "Storgata 1"
    for text in ("a\x00b", f"Storgata 1{CLEAR}", TITLE):
        with pytest.raises(CellValueError, match="styretegn"):
            parse_text(text)


def test_import_file_with_escapes_is_refused_and_with_junk_is_cleaned(empty_db, db_path,
                                                                      tmp_path) -> None:
    src = tmp_path / "inn.csv"
    src.write_text("adresse;postnr;bydel;bruksenhetsnummer;merknad\n"
                   f"Storgata 1;0182;01;H0101;Fin{TITLE}\n"
                   "Storgata\x07 2;0182;01;H0101;ok\x7f\n", encoding="utf-8")
    report = import_file(empty_db, src, options=ImportOptions(skip_invalid=True))
    assert [(p.row, p.field) for p in report.problems] == [(2, "note")]
    assert report.written
    with sqlite3.connect(db_path) as con:
        stored = con.execute("SELECT p.street_address, d.note FROM dwelling d JOIN property p "
                             "ON p.id = d.property_id").fetchall()
    assert stored == [("Storgata 2", "ok")]


def test_indicator_import_refuses_escapes(empty_db, tmp_path) -> None:
    from boligreg.services.indicators import IndicatorImportError, import_indicators

    src = tmp_path / "ind.csv"
    src.write_text("district;year;indicator;value;source\n"
                   f"01;2024;søknader;12;SSB{CLEAR}\n", encoding="utf-8")
    with empty_db.session() as s, pytest.raises(IndicatorImportError) as err:
        import_indicators(s, src)
    assert "styretegn" in str(err.value)


def test_finding_notes_refuse_escapes(empty_db) -> None:
    from boligreg.services.audit.lifecycle import set_status

    with empty_db.session() as s:
        f = Finding(rule="vacant_long", severity="high", entity_type="dwelling",
                    entity_id="x", district_code="030103", label="Storgata 1", message="m")
        s.add(f)
        s.flush()
        with pytest.raises(ValidationError, match="styretegn"):
            set_status(s, [f.id], "accepted", justification=f"ok{TITLE}")
        assert set_status(s, [f.id], "accepted", justification="linje 1\r\nlinje\x07 2") == 1
        assert f.justification == "linje 1\nlinje 2"


# --- output: every CLI line -----------------------------------------------------------------


def _no_raw_escapes(text: str) -> None:
    assert "\x1b" not in text and "\x07" not in text and "\x9b" not in text, repr(text)


def test_import_messages_echo_file_content_escaped(empty_db, db_path, tmp_path,
                                                   capsys) -> None:
    empty_db.close()
    src = tmp_path / "inn.csv"
    src.write_text(f"adresse;postnr;bydel;bruksenhetsnummer;{TITLE}merknad\n"
                   f"Storgata 1;0182;01;H0101{CLEAR};x\n", encoding="utf-8")
    code = main(["import", str(src), "--db", str(db_path)])
    out, err = capsys.readouterr()
    assert code == 2
    _no_raw_escapes(out + err)
    assert "\\u001b]0" in out and "pwned\\u0007merknad" in out  # ";" splits the header
    assert "\\u001b[2J" in err


def test_stored_values_are_printed_escaped(empty_db, db_path, capsys) -> None:
    # a value stored before this check existed (or written by another program)
    with empty_db.session() as s:
        s.add(Finding(rule="vacant_long", severity="high", entity_type="dwelling",
                      entity_id="x", district_code="030103",
                      label=f"Storgata 1{TITLE}\nH0101", message=f"m{CLEAR}\x9b31m"))
    empty_db.close()
    assert main(["audit", "--db", str(db_path), "--all"]) == 0
    out, err = capsys.readouterr()
    _no_raw_escapes(out + err)
    line = next(ln for ln in out.splitlines() if "Storgata 1" in ln)
    assert "\\u001b]0;pwned\\u0007\\u000aH0101" in line  # one line, newline shown
    assert main(["audit", "--db", str(db_path), "--all", "--json"]) == 0
    out, err = capsys.readouterr()
    _no_raw_escapes(out + err)
    labels = {f["label"] for f in json.loads(out)}
    assert f"Storgata 1{TITLE}\nH0101" in labels  # the JSON still holds the exact value


def test_typed_arguments_and_errors_are_echoed_escaped(tmp_path, capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["export", "--out", "x.csv", "--what", CLEAR])
    assert exit_.value.code == 2
    _, err = capsys.readouterr()
    _no_raw_escapes(err)
    assert "invalid choice" in err
    code = main(["info", "--db", str(tmp_path / f"mangler{TITLE}.db")])
    _, err = capsys.readouterr()
    assert code != 0 and "feil" in err
    _no_raw_escapes(err)


def test_streams_are_restored_after_main(tmp_path) -> None:
    import sys

    before = (sys.stdout, sys.stderr)
    main(["info", "--db", str(tmp_path / "mangler.db")])
    assert (sys.stdout, sys.stderr) == before


def test_demo_progress_line_still_redraws(monkeypatch, tmp_path, capsys) -> None:
    """The demo's own "\\r" progress goes to the terminal as it is; the rest is escaped."""
    import sys

    from boligreg.commands import _util
    from boligreg.commands.demo import _progress_line

    class Tty:
        def __init__(self) -> None:
            self.parts: list[str] = []

        def write(self, s: str) -> int:
            self.parts.append(s)
            return len(s)

        def flush(self) -> None:
            pass

        def isatty(self) -> bool:
            return True

    tty = Tty()
    monkeypatch.setattr(sys, "stderr", tty)
    with _util.terminal_safe_output():
        show = _progress_line("Lager demodata")
        show(50, "Boliger")
        print(f"verdi {CLEAR}", file=sys.stderr)
    written = "".join(tty.parts)
    assert "\r 50 %  Boliger" in written
    assert "verdi \\u001b[2J" in written and "\x1b" not in written
    capsys.readouterr()


def test_escape_in_path_names(tmp_path: Path) -> None:
    assert escape_controls(str(tmp_path / f"a{CLEAR}.db")).endswith("a\\u001b[2J.db")
