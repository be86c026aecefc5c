"""The PDFs and the CLI in English (issue 16 item 7): the audit report and the lists follow the
chosen language, rule codes never appear, fact sheets stay bokmål unless English is asked
for, and a published edition stays bokmål and byte for byte what was stored."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from boligreg import i18n
from boligreg.cli import main
from boligreg.reports.audit_report import build_audit_report, render_audit_pdf
from boligreg.reports.table_pdf import render_table_pdf, table_document
from boligreg.services.audit import RULES
from boligreg.services.audit.lifecycle import run_audit
from boligreg.services.demo import generate_demo


def pdf_text(pdf: bytes) -> str:
    doc = pdfium.PdfDocument(pdf)
    try:
        # Words joined by single spaces: a heading broken over two lines still reads whole.
        return " ".join(" ".join(doc[i].get_textpage().get_text_range().split())
                        for i in range(len(doc)))
    finally:
        doc.close()


def pdf_language(pdf: bytes) -> str | None:
    m = re.search(rb"/Lang\s*\(([^)]*)\)", pdf)
    return m.group(1).decode() if m else None


@pytest.fixture(autouse=True)
def _bokmal_after() -> object:
    yield
    i18n.set_language(None)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from boligreg.models import create_database

    path = tmp_path_factory.mktemp("i18n") / "demo.db"
    db = create_database(path)
    generate_demo(db, dwellings=600)
    run_audit(db)
    yield db
    db.close()


def _audit_pdf(db, tmp_path: Path, lang: str) -> bytes:
    i18n.set_language(lang)
    with db.engine.connect() as conn:
        report = build_audit_report(conn, district=None, demo=True)
    out = tmp_path / f"avvik-{lang}.pdf"
    render_audit_pdf(report, out)
    return out.read_bytes()


# Headings and furniture of the audit report, in bokmål and in English.
AUDIT_NB = ["Avviksrapport", "Avvik per regel", "Åpne avvik per bydel og regel",
            "Eldste åpne avvik", "Regler og terskler", "Forklaring og terskler", "Side 1 av",
            "åpne avvik i alt", "DEMODATA"]
AUDIT_EN = ["Audit report", "Findings per rule", "Open findings per district and rule",
            "Oldest open findings", "Rules and thresholds", "Explanation and thresholds",
            "Page 1 of", "open findings in total", "DEMO DATA"]


def test_audit_pdf_in_english_has_no_rule_code_and_no_bokmal_heading(demo, tmp_path) -> None:
    pdf = _audit_pdf(demo, tmp_path, "en")
    text = pdf_text(pdf)
    for heading in AUDIT_EN:
        assert heading in text, heading
    for heading in AUDIT_NB:
        assert heading not in text, heading
    codes = [code for code in RULES if re.search(rf"\b{code}\b", text)]
    assert not codes, f"rule codes printed: {codes}"
    assert pdf_language(pdf) == "en-GB"
    # A page as an image (what a reader sees), kept for a look: the first page renders.
    doc = pdfium.PdfDocument(pdf)
    try:
        image = doc[0].render(scale=1).to_pil()
        image.save(tmp_path / "audit-en-p1.png")
        assert image.size[0] > 500
    finally:
        doc.close()


def test_audit_pdf_in_bokmal_as_before(demo, tmp_path) -> None:
    pdf = _audit_pdf(demo, tmp_path, "nb")
    text = pdf_text(pdf)
    for heading in AUDIT_NB:
        assert heading in text, heading
    assert not [code for code in RULES if re.search(rf"\b{code}\b", text)]
    assert pdf_language(pdf) == "nb-NO"


def test_list_pdf_follows_the_language() -> None:
    doc = table_document("Dwellings", ["Address"], [], ["District: all"])
    i18n.set_language("en")
    english = pdf_text(render_table_pdf(doc))
    assert "No rows in the selection." in english and "Page 1 of 1" in english
    assert "Printed " in english and "Utskrevet" not in english
    i18n.set_language("nb")
    bokmal = pdf_text(render_table_pdf(doc))
    assert "Ingen rader i utvalget." in bokmal and "Side 1 av 1" in bokmal


def test_using_forces_a_language_for_one_block_only() -> None:
    i18n.set_language("nb")
    with i18n.using("en"):
        assert i18n.language() == "en"
        assert i18n.translate("Pdf", "Side {page} av {total}") == "Page {page} of {total}"
    assert i18n.translate("Pdf", "Side {page} av {total}") == "Side {page} av {total}"
    i18n.set_language("en")
    with i18n.using("nb"):
        assert i18n.translate("Pdf", "Side {page} av {total}") == "Side {page} av {total}"
    with pytest.raises(ValueError), i18n.using("de"):
        pass


# --- the CLI ----------------------------------------------------------------------------


def test_cli_info_in_english(demo, capsys) -> None:
    assert main(["--lang", "en", "info", "--db", str(demo.path)]) == 0
    out = capsys.readouterr().out
    assert "Code" in out and "District" in out and "Dwellings" in out
    assert "(DEMO DATA – synthetic figures)" in out
    assert "Kode" not in out and "Boliger" not in out
    assert i18n.language() != "en" or i18n._chosen is None  # main() leaves no language behind
    assert main(["info", "--db", str(demo.path)]) == 0
    assert "Kode" in capsys.readouterr().out


def test_cli_lang_after_the_command_and_from_the_environment(demo, capsys, monkeypatch) -> None:
    assert main(["info", "--db", str(demo.path), "--lang", "en"]) == 0
    assert "Dwellings" in capsys.readouterr().out
    monkeypatch.setenv("BOLIGREG_LANG", "en")
    assert main(["info", "--db", str(demo.path)]) == 0
    assert "Dwellings" in capsys.readouterr().out


def test_cli_error_in_english_is_the_english_text(tmp_path, capsys) -> None:
    bad = tmp_path / "not-a-db.db"
    bad.write_bytes(b"this is not sqlite" * 10)
    assert main(["--lang", "en", "info", "--db", str(bad)]) != 0
    err = capsys.readouterr().err.strip()
    assert err.startswith("boligreg: error: "), err
    assert "feil" not in err and len(err.splitlines()) == 1
    assert main(["info", "--db", str(bad)]) != 0
    assert capsys.readouterr().err.startswith("boligreg: feil: ")


def test_cli_refuses_an_unknown_language(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--lang", "de", "info"])
    assert exc.value.code == 2
    assert "--lang" in capsys.readouterr().err


# --- fact sheets: bokmål by default, English when asked -----------------------------------

NUMBER = re.compile(r"\d+(?:[ \u00a0]\d{3})*(?:,\d+)?")
SHEET_NB = ["Boligsosialt faktaark 2025", "Disposisjonsform", "Målgrupper", "Antall rom",
            "Bruk og status", "Definisjoner og kilder", "Side 1 av 2"]
SHEET_EN = ["Social housing fact sheet 2025", "Tenure", "Target groups", "Number of rooms",
            "Use and status", "Definitions and sources", "Page 1 of 2"]


def _numbers(text: str) -> list[str]:
    """The figures a sheet prints, "1 000" of "per 1 000 innbyggere" aside (English writes
    "1,000" there: words, not a figure of the sheet)."""
    return sorted(n for n in NUMBER.findall(text) if n not in ("1 000", "1\u00a0000", "1,000"))


@pytest.fixture(scope="module")
def figures(demo):
    from boligreg.reports.factsheet import build_figures

    return build_figures(demo, 2025)


@pytest.mark.parametrize("scope", ["030101", "oslo"])
def test_english_fact_sheet_has_english_headings_and_the_same_numbers(figures, scope) -> None:
    from boligreg.reports.factsheet import render_factsheet_bytes

    nb = render_factsheet_bytes(figures, scope)
    en = render_factsheet_bytes(figures, scope, language="en")
    nb_text, en_text = pdf_text(nb), pdf_text(en)
    for heading in SHEET_NB:
        assert heading in nb_text and heading not in en_text, heading
    for heading in SHEET_EN:
        assert heading in en_text, heading
    assert _numbers(en_text) == _numbers(nb_text)
    assert pdf_language(nb) == "nb-NO" and pdf_language(en) == "en-GB"
    assert len(pdfium.PdfDocument(en)) == 2  # English still fits the two pages


def test_fact_sheet_stays_bokmal_whatever_the_language_chosen(figures) -> None:
    from boligreg.reports.factsheet import render_factsheet_bytes
    from boligreg.reports.factsheet_html import render_factsheet_html

    i18n.set_language("en")
    text = pdf_text(render_factsheet_bytes(figures, "030101"))
    assert "Boligsosialt faktaark 2025" in text and "Social housing" not in text
    html = render_factsheet_html(figures, "030101")
    assert '<html lang="nb">' in html and "Definisjoner og kilder" in html
    # ... and the English one leaves the chosen language as it was.
    english = render_factsheet_html(figures, "030101", language="en")
    assert '<html lang="en">' in english and "Definitions and sources" in english
    assert "Definisjoner" not in english
    assert i18n.language() == "en"


def test_cli_factsheet_lang_en_writes_an_english_sheet(demo, tmp_path, capsys,
                                                        monkeypatch) -> None:
    en, nb = tmp_path / "en.pdf", tmp_path / "nb.pdf"
    assert main(["factsheet", "--db", str(demo.path), "--year", "2025", "--district", "01",
                 "--out", str(en), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Fact sheets for 2025: 1, in " in out and "faktaark" not in out
    assert "Social housing fact sheet 2025" in pdf_text(en.read_bytes())
    # BOLIGREG_LANG changes what is printed, not the sheet: official sheets are bokmål.
    monkeypatch.setenv("BOLIGREG_LANG", "en")
    assert main(["factsheet", "--db", str(demo.path), "--year", "2025", "--district", "01",
                 "--out", str(nb)]) == 0
    assert "Fact sheets for 2025: 1" in capsys.readouterr().out
    assert "Boligsosialt faktaark 2025" in pdf_text(nb.read_bytes())


def test_published_edition_is_bokmal_and_unchanged_by_the_language(tmp_path, capsys) -> None:
    import hashlib

    from boligreg.models import create_database
    from boligreg.services.editions import open_edition, publish_year

    db = create_database(tmp_path / "e.db")
    generate_demo(db, dwellings=120)
    try:
        i18n.set_language("en")  # the window or the CLI in English while publishing
        publish_year(db, 2025)
        with db.engine.connect() as conn:
            stored = open_edition(conn, 2025, "01")
        assert "Boligsosialt faktaark 2025" in pdf_text(stored.pdf)
        assert "Social housing" not in pdf_text(stored.pdf)
        out = tmp_path / "published.pdf"
        assert main(["--lang", "en", "factsheet", "--db", str(db.path), "--published",
                     "--year", "2025", "--district", "01", "--out", str(out)]) == 0
        assert "edition 1" in capsys.readouterr().out
        assert out.read_bytes() == stored.pdf
        assert hashlib.sha256(out.read_bytes()).hexdigest() == stored.sha256
    finally:
        db.close()


def test_scenario_pdf_follows_the_language(demo) -> None:
    from boligreg.reports.scenario_pdf import render_scenario_pdf
    from boligreg.services.scenario import run_scenario

    result = run_scenario(demo.path, {"name": "V til Alna", "effective": "01.01.2027",
                                      "transfers": [{"from": "velferdsetaten", "to": "12",
                                                     "what": "dwellings"}]})
    i18n.set_language("en")
    english = render_scenario_pdf(result)
    text = pdf_text(english)
    for words in ("What moves", "Per unit, before and after", "Before and after",
                  "Figures in bold change.", "Page 1 of"):
        assert words in text, words
    for words in ("Hva flyttes", "Per enhet", "Før og etter", "Side 1 av"):
        assert words not in text, words
    assert pdf_language(english) == "en-GB"
    i18n.set_language("nb")
    assert "Hva flyttes" in pdf_text(render_scenario_pdf(result))


def test_cli_help_in_english(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "en", "info", "--help"])
    out = capsys.readouterr().out
    assert "Print the number of dwellings per district and tenure." in out
    with pytest.raises(SystemExit):
        main(["info", "--help"])
    assert "Skriv ut antall boliger per bydel og disposisjonsform." in capsys.readouterr().out
