"""The fact-sheet PDFs: figures read back from the PDF text, fonts, gaps, layout bounds."""

from __future__ import annotations

import re
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).parent))
from test_stats_sample import SPARSE, TODAY, YEAR, build_sample  # noqa: E402

from boligreg.errors import CancelledError  # noqa: E402
from boligreg.models import Database, Dwelling  # noqa: E402
from boligreg.models.db import set_meta  # noqa: E402
from boligreg.models.enums import ActualUse, DwellingStatus, TargetGroup, Tenure, label_nb  # noqa: E402
from boligreg.reports.factsheet import (  # noqa: E402
    MARGIN_X,
    PAGE_H,
    PAGE_W,
    factsheet_filename,
    render_factsheet,
    write_factsheets,
)
from boligreg.reports.fonts import register_fonts  # noqa: E402
from boligreg.services.stats import OSLO, Figures, compute_figures  # noqa: E402

NOW = datetime(2026, 6, 30, 9, 15)


@pytest.fixture
def sample_db(empty_db: Database) -> Database:
    build_sample(empty_db)
    return empty_db


def _figures(db: Database, year: int = YEAR) -> dict[str, Figures]:
    with db.engine.connect() as conn:
        return compute_figures(conn, year, today=TODAY, now=NOW)


def _pdf_lines(path: Path) -> tuple[list[list[str]], str]:
    """Lines per page (no-break spaces as spaces, stripped) and the whole text."""
    reader = PdfReader(path)
    pages = [[line.replace("\xa0", " ").strip() for line in p.extract_text().splitlines()]
             for p in reader.pages]
    return pages, "\n".join("\n".join(p) for p in pages)


def _num(text: str) -> float:
    """"1 933" -> 1933, "29,8" -> 29.8, "2,8 %" -> 2.8, "1 730 (89 %)" -> 1730."""
    head = text.split("(")[0].replace("%", "").replace(" ", "").replace(",", ".")
    return float(head)


def _after(lines: list[str], label: str, start: str | None = None, n: int = 1) -> list[str]:
    """The ``n`` lines after the first line equal to ``label`` (after the line ``start``)."""
    i = lines.index(start) if start else 0
    j = lines.index(label, i)
    return lines[j + 1:j + 1 + n]


def _before(lines: list[str], label: str) -> str:
    return lines[lines.index(label) - 1]


def check_sheet_against_figures(path: Path, figs: dict[str, Figures], scope: str) -> None:
    """Read every printed figure back from the PDF and compare it with the service's."""
    f = figs[scope]
    pages, _text = _pdf_lines(path)
    p1, p2 = pages[0], pages[1]
    total = f.dwellings_total
    # Key-figure band.
    assert _num(_before(p1, "kommunalt")) == total
    if f.dwellings_per_1000 is not None:
        assert _num(_before(p1, "boliger per 1 000")) == pytest.approx(f.dwellings_per_1000,
                                                                       abs=0.05 + 1e-9)
    if scope != OSLO and f.rank_per_1000 is not None:
        assert f"{f.rank_per_1000} av {f.rank_of}" in p1
    if f.vacancy_rate is not None:
        assert _num(_before(p1, f"ledige ({f.vacant:,} boliger)".replace(",", " "))) == \
            pytest.approx(f.vacancy_rate, abs=0.05 + 1e-9)
    assert _num(_before(p1, "aktive innleie- og")) == f.agreements_active
    # Per-1 000 chart: every bydel's bar value.
    chart = p1[p1.index("Kommunale boliger per 1 000 innbyggere, alle bydeler"):]
    for code, g in figs.items():
        if code == OSLO:
            continue
        value = _after(chart, g.name)[0]
        if g.dwellings_per_1000 is None:
            assert value == "mangler folketall"
        else:
            assert _num(value) == pytest.approx(g.dwellings_per_1000, abs=0.05 + 1e-9), g.name
    # Rents beside the summary (issue 14), whole kroner.
    if total:
        for label, value in (("Husleie, utleide boliger", f.rent_tenant_yearly),
                             ("– herav i innleide boliger", f.rent_tenant_leased_yearly),
                             ("Innleiekostnad, aktive avtaler", f.lease_cost_yearly)):
            assert _num(_after(p1, label, "Husleie og innleiekostnad per år")[0]) == round(
                value), label
    # Tenure, target groups, rooms.
    for t in Tenure:
        assert _num(_after(p1, label_nb(t), "Disposisjonsform")[0]) == f.by_tenure[t.value]
    for g in TargetGroup:
        assert _num(_after(p1, label_nb(g), "Målgrupper")[0]) == f.by_target_group[g.value]
    rooms = p1[p1.index("Antall rom") + 1:][:12]  # value, label, value, label, …
    assert rooms[1::2] == ["1", "2", "3", "4", "5+", "Ukjent"]
    for key, value in zip(("1", "2", "3", "4", "5+", "unknown"), rooms[0::2], strict=True):
        assert _num(value) == f.by_rooms[key], key
    # Page 2 tables.
    for u in ActualUse:
        assert _num(_after(p2, label_nb(u), "Faktisk bruk")[0]) == f.by_actual_use[u.value]
    for s in DwellingStatus:
        assert _num(_after(p2, label_nb(s), "Status")[0]) == f.by_status[s.value]
    assert _num(_after(p2, "Rullestoltilgjengelig")[0]) == f.wheelchair_accessible
    lease, ref = f.agreements_by_kind["lease"], f.agreements_by_kind["referral"]
    assert [_num(x) for x in _after(p2, "Aktive", "Innleie- og tilvisningsavtaler", 3)] == \
        [lease["active"], ref["active"], f.agreements_active]
    assert [_num(x) for x in _after(p2, "mnd.", "Aktive", 3)] == \
        [lease["ending_12m"], ref["ending_12m"], f.agreements_ending_12m]
    assert [_num(x) for x in _after(p2, "siste 12 mnd.", "Aktive", 3)] == \
        [lease["unreviewed_12m"], ref["unreviewed_12m"], f.agreements_unreviewed_12m]
    for scope_key, label in (("interior", "Indre"), ("exterior", "Ytre"),
                             ("technical", "Tekniske anlegg"), ("outdoor", "Uteområder")):
        n, share, lacking = _after(p2, label, "Vedlikeholdsansvar registrert", 3)
        assert _num(n) == f.maintenance_set[scope_key]
        assert _num(lacking) == total - f.maintenance_set[scope_key]
        if total:
            assert _num(share) == pytest.approx(f.maintenance_share[scope_key], abs=0.05 + 1e-9)
    for sev, label in (("high", "Høy"), ("medium", "Middels"), ("low", "Lav")):
        assert _num(_after(p2, label, "Alvorlighet")[0]) == f.findings_open[sev]
    for row in f.indicators:
        got = _after(p2, row["label"], "Indikator")[0]
        assert _num(got) == pytest.approx(row["value"], abs=0.05 + 1e-9), row["label"]


def test_all_sheets_read_back(sample_db: Database, tmp_path: Path) -> None:
    figs = _figures(sample_db)
    paths = write_factsheets(figs, tmp_path)
    assert [p.name for p in paths] == [factsheet_filename(f) for f in figs.values()]
    assert paths[-1].name == f"{YEAR}-0301-oslo.pdf"
    assert paths[1].name == f"{YEAR}-030102-grunerlokka.pdf"
    assert paths[12].name == f"{YEAR}-030113-ostensjo.pdf"
    for path, (scope, f) in zip(paths, figs.items(), strict=True):
        reader = PdfReader(path)
        assert len(reader.pages) == 2, path.name
        title = "Oslo" if scope == OSLO else f.official_name
        _pages, text = _pdf_lines(path)
        assert f"Boligsosialt faktaark {YEAR} – {title}" in text
        check_sheet_against_figures(path, figs, scope)
        assert reader.metadata.title == f"Boligsosialt faktaark {YEAR} – {title}"
    assert not list(tmp_path.glob("*.part"))


def test_fonts_are_embedded_and_norwegian_letters_survive(sample_db, tmp_path):
    figs = _figures(sample_db)
    path = tmp_path / "ostensjo.pdf"
    render_factsheet(figs, "030113", path)
    reader = PdfReader(path)
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            descendant = font.get("/FontDescriptor") or font["/DescendantFonts"][0].get_object()[
                "/FontDescriptor"]
            assert "/FontFile2" in descendant.get_object(), font["/BaseFont"]
    _pages, text = _pdf_lines(path)
    for word in ("Bydel Østensjø", "Grünerløkka", "Målgrupper", "Søndre Nordstrand",
                 "Åpne avvik", "Rus og psykisk helse", "Sagene"):
        assert word in text


def test_demo_database_says_so_on_every_page(sample_db, tmp_path):
    figs = _figures(sample_db)
    render_factsheet(figs, "030101", tmp_path / "real.pdf")
    pages, _ = _pdf_lines(tmp_path / "real.pdf")
    assert not any("DEMODATA" in line for page in pages for line in page)
    with sample_db.engine.begin() as conn:
        set_meta(conn, "demo", "1")
    figs = _figures(sample_db)
    render_factsheet(figs, "030101", tmp_path / "demo.pdf")
    pages, _ = _pdf_lines(tmp_path / "demo.pdf")
    for page in pages:
        assert any(line.startswith("DEMODATA: tallene er syntetiske") for line in page)


def test_year_without_population_says_what_is_missing(sample_db, tmp_path):
    figs = _figures(sample_db, 2003)
    for scope in ("030101", OSLO):
        path = tmp_path / f"{scope}.pdf"
        render_factsheet(figs, scope, path)
        pages, text = _pdf_lines(path)
        assert len(pages) == 2
        flat = " ".join(text.split())
        assert "folketall mangler" in flat
        assert "kan derfor ikke beregnes" in flat
        assert flat.count("mangler folketall") == 15  # every bar in the per-1 000 chart
        check_sheet_against_figures(path, figs, scope)


def test_bydel_without_dwellings_of_some_kinds(sample_db, tmp_path):
    figs = _figures(sample_db)
    path = tmp_path / "ullern.pdf"
    render_factsheet(figs, SPARSE, path)
    pages, text = _pdf_lines(path)
    flat = " ".join(text.split())
    assert "Ingen boliger med disposisjonsform innleid eller tilvisning er registrert." in flat
    assert "Ingen aktive innleie- eller tilvisningsavtaler er registrert." in flat
    assert "ingen ledige boliger" in flat
    check_sheet_against_figures(path, figs, SPARSE)


def test_bydel_with_no_dwellings_at_all(sample_db, tmp_path):
    w = Dwelling.__table__
    with sample_db.engine.begin() as conn:
        conn.execute(w.update().where(w.c.district_code == "030107")
                     .values(deleted_at=datetime(2026, 1, 1)))
    figs = _figures(sample_db)
    path = tmp_path / "vestre-aker.pdf"
    render_factsheet(figs, "030107", path)
    pages, text = _pdf_lines(path)
    assert len(pages) == 2
    flat = " ".join(text.split())
    assert "har ingen kommunalt disponerte boliger registrert" in flat
    assert "Ingen kommunalt disponerte boliger er registrert for bydelen" in flat
    assert "Ingen boliger registrert" in flat  # the tenure bar's empty text
    check_sheet_against_figures(path, figs, "030107")


def test_change_and_indicators_fit_on_two_pages(sample_db, tmp_path):
    from boligreg.services.stats import take_snapshot

    with sample_db.session() as s:
        take_snapshot(s, YEAR - 1, today=TODAY)
    figs = _figures(sample_db)
    assert figs["030101"].change is not None and figs["030101"].indicators
    for scope in ("030101", "030115", OSLO):
        path = tmp_path / f"{scope}.pdf"
        render_factsheet(figs, scope, path)
        pages, text = _pdf_lines(path)
        assert len(pages) == 2, scope
        assert f"Endring fra {YEAR - 1}" in text
        check_sheet_against_figures(path, figs, scope)


def test_no_text_outside_the_printable_area(sample_db, tmp_path):
    """Every text run starts and ends inside the margins, at the largest and smallest bydel."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    fonts = register_fonts()
    figs = _figures(sample_db)
    biggest = max((f for k, f in figs.items() if k != OSLO), key=lambda f: f.dwellings_total)
    smallest = min((f for k, f in figs.items() if k != OSLO), key=lambda f: f.dwellings_total)
    for scope in (biggest.scope, smallest.scope, OSLO, "030115"):
        path = tmp_path / f"{scope}.pdf"
        render_factsheet(figs, scope, path)
        for page in PdfReader(path).pages:
            runs = []

            def visit(text, cm, tm, font, size, runs=runs):
                if text.strip():
                    runs.append((text.strip(), cm, tm, font, size))

            page.extract_text(visitor_text=visit)
            assert runs
            for text, cm, tm, font, size in runs:
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                name = str(font.get("/BaseFont", "")) if font else ""
                face = fonts.bold if "Bold" in name else fonts.regular
                width = stringWidth(text, face, size * tm[0] * cm[0])
                assert x >= MARGIN_X - 0.5, (scope, text, x)
                assert x + width <= PAGE_W - MARGIN_X + 0.5, (scope, text, x, width)
                assert 10 <= y <= PAGE_H - 10, (scope, text, y)


def test_cancel_leaves_only_complete_files(sample_db, tmp_path):
    figs = _figures(sample_db)
    calls = []

    def cancel() -> bool:
        return len(calls) >= 2

    out = tmp_path / "out"
    with pytest.raises(CancelledError, match="2 av 16"):
        write_factsheets(figs, out, progress=lambda p, t: calls.append(p), cancel=cancel)
    assert sorted(p.name for p in out.iterdir()) == [f"{YEAR}-030101-gamle-oslo.pdf",
                                                    f"{YEAR}-030102-grunerlokka.pdf"]


def test_cli_writes_one_or_all(sample_db, db_path, tmp_path, capsys):
    from boligreg.cli import main

    out = tmp_path / "sheets"
    assert main(["factsheet", "--db", str(db_path), "--year", str(YEAR), "--all",
                 "--out-dir", str(out)]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 16 and f"{YEAR}-0301-oslo.pdf" in names
    assert f"{YEAR}-030104-st-hanshaugen.pdf" in names
    one = tmp_path / "bjerke.pdf"
    assert main(["factsheet", "--db", str(db_path), "--year", str(YEAR), "--district", "09",
                 "--out", str(one)]) == 0
    assert "Bydel Bjerke" in PdfReader(one).pages[0].extract_text()
    capsys.readouterr()
    assert main(["factsheet", "--db", str(db_path), "--year", str(YEAR), "--district", "09",
                 "--out", str(tmp_path / "nope" / "x.pdf")]) != 0
    assert "finnes ikke" in capsys.readouterr().err


def test_rounding_in_the_pdf_is_the_service_figure(sample_db):
    """A guard for the read-back helper itself: it must notice a wrong number."""
    figs = _figures(sample_db)
    wrong = dict(figs)
    import dataclasses

    wrong["030101"] = dataclasses.replace(figs["030101"], dwellings_total=figs["030101"]
                                          .dwellings_total + 1)
    path = Path(sample_db.path).with_name("wrong.pdf")
    render_factsheet(figs, "030101", path)
    with pytest.raises(AssertionError):
        check_sheet_against_figures(path, wrong, "030101")


def test_fonts_fall_back_to_reportlab_vera(monkeypatch):
    from boligreg.reports import fonts

    monkeypatch.setattr(fonts, "_candidate_dirs", lambda: [])
    monkeypatch.setattr(fonts, "_fc_match", lambda name: None)
    source, files = fonts.find_font_files()
    assert source.startswith("Bitstream Vera")
    assert files["regular"].name == "Vera.ttf" and files["bold"].name == "VeraBd.ttf"


def test_sample_figures_are_not_trivial(sample_db):
    figs = _figures(sample_db)
    assert figs[OSLO].indicators and figs["030101"].indicators
    w = Dwelling.__table__
    with sample_db.engine.connect() as conn:
        n = conn.execute(sa.select(sa.func.count()).where(w.c.deleted_at.is_(None))).scalar_one()
    assert figs[OSLO].dwellings_total == n
    assert date.fromisoformat(figs[OSLO].reference_date) == date(YEAR, 12, 31)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", figs[OSLO].extracted_at)


def test_page_images_with_pdfium_or_pdftoppm(sample_db, monkeypatch):
    """Both rasterizers give one PNG per page; with neither, a clear Norwegian error."""
    import shutil

    from boligreg.reports import factsheet as report

    pdf = report.render_factsheet_bytes(_figures(sample_db), "030101")
    tried = 0
    for hide_pdfium in (False, True):
        if hide_pdfium:
            monkeypatch.setitem(sys.modules, "pypdfium2", None)  # import now fails
        elif not _has_module("pypdfium2"):
            continue
        if hide_pdfium and shutil.which("pdftoppm") is None:
            continue
        pages = report.pdf_page_images(pdf, dpi=50)
        assert len(pages) == 2 and all(p.startswith(b"\x89PNG") for p in pages)
        tried += 1
    monkeypatch.setitem(sys.modules, "pypdfium2", None)
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(report.PreviewUnavailableError, match="pypdfium2"):
        report.pdf_page_images(pdf)
    if tried == 0:
        pytest.skip("no rasterizer on this machine (the error path was checked)")


def _has_module(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


def test_central_units_block_says_what_is_counted_how(sample_db, tmp_path):
    """Issue 14: a bydel's sheet counts what it disposes of; the central units' dwellings lying
    in it stand apart, by location, with their counts recomputed here from the table."""
    import sqlalchemy as sa

    figs = _figures(sample_db)
    with sample_db.engine.connect() as conn:
        rows = conn.execute(sa.text(
            "SELECT u.name, count(*), sum(d.status = 'vacant') FROM dwelling d JOIN unit u"
            " ON u.code = d.disposing_unit_code WHERE d.deleted_at IS NULL AND"
            " u.kind = 'central' AND d.district_code = '030101' GROUP BY u.name")).all()
    assert rows
    path = tmp_path / "gamle-oslo.pdf"
    render_factsheet(figs, "030101", path)
    pages, text = _pdf_lines(path)
    assert len(pages) == 2
    flat = " ".join(text.split())
    assert "Sentrale enheters boliger i bydelen" in flat
    for name, n, vacant in rows:
        assert f"{name} {n} ({vacant} {'ledig' if vacant == 1 else 'ledige'}" in flat
    assert (f"I alt {sum(n for _nm, n, _v in rows)} boliger som ligger i bydelen, disponeres av"
            " en sentral enhet") in flat
    assert "ikke med i tallene over" in flat
    render_factsheet(figs, OSLO, tmp_path / "oslo.pdf")
    _pages, oslo_text = _pdf_lines(tmp_path / "oslo.pdf")
    assert "Sentrale enheters boliger i Oslo" in " ".join(oslo_text.split())
