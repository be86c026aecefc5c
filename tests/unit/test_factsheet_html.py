"""The accessible HTML edition of the fact sheets (universell utforming): the same figures as
the PDF, semantic structure a screen reader can follow, one self-contained file."""

from __future__ import annotations

import re
import sys
from collections import Counter
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

import pypdfium2 as pdfium
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_stats_sample import TODAY, YEAR, build_sample  # noqa: E402

from boligreg.models import Database  # noqa: E402
from boligreg.models.enums import (  # noqa: E402
    ActualUse,
    DwellingStatus,
    TargetGroup,
    Tenure,
    label_nb,
)
from boligreg.reports.factsheet import render_factsheet_bytes  # noqa: E402
from boligreg.reports.factsheet_html import (  # noqa: E402
    html_filename,
    render_factsheet_html,
    write_factsheets_html,
)
from boligreg.safefiles import UnsafePathError  # noqa: E402
from boligreg.services.stats import OSLO, Figures, compute_figures, take_snapshot  # noqa: E402

NOW = datetime(2026, 6, 30, 9, 15)
SCOPES = ("030101", "030115", OSLO)


@pytest.fixture(scope="module")
def figures(tmp_path_factory) -> dict[str, Figures]:
    from boligreg.models import create_database

    db: Database = create_database(tmp_path_factory.mktemp("html") / "sample.db")
    build_sample(db)
    with db.session() as s:  # last year's snapshot: the change table is on both editions
        take_snapshot(s, YEAR - 1, today=TODAY)
    with db.engine.connect() as conn:
        figs = compute_figures(conn, YEAR, today=TODAY, now=NOW)
    db.close()
    assert figs["030101"].change is not None and figs["030101"].indicators
    return figs


# --------------------------------------------------------------------------- reading HTML


class Doc(HTMLParser):
    """What a test needs from the page: elements in order, texts, tables with their cells."""

    VOID = {"meta", "br", "img", "input", "link", "hr", "source", "area", "col", "wbr"}

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.open: list[str] = []
        self.texts: list[str] = []  # each text node, no-break spaces as spaces
        self.headings: list[tuple[int, str]] = []
        self.tables: list[dict] = []
        self._heading: list[str] | None = None
        self._cell: list[str] | None = None
        self._caption: list[str] | None = None
        self.errors: list[str] = []
        self.feed(html)
        self.close()
        if self.open:
            self.errors.append(f"unclosed: {self.open}")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.elements.append((tag, a))
        if tag not in self.VOID:
            self.open.append(tag)
        if re.fullmatch(r"h[1-6]", tag):
            self._heading = []
        elif tag == "table":
            self.tables.append({"caption": None, "rows": [], "th": []})
        elif tag == "caption":
            self._caption = []
        elif tag == "tr":
            self.tables[-1]["rows"].append([])
        elif tag in ("td", "th"):
            self._cell = []
            if tag == "th":
                self.tables[-1]["th"].append(a.get("scope"))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        if not self.open or self.open[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.open[-1:]}")
            return
        self.open.pop()
        if re.fullmatch(r"h[1-6]", tag) and self._heading is not None:
            self.headings.append((int(tag[1]), "".join(self._heading).strip()))
            self._heading = None
        elif tag == "caption" and self._caption is not None:
            self.tables[-1]["caption"] = "".join(self._caption).strip()
            self._caption = None
        elif tag in ("td", "th") and self._cell is not None:
            self.tables[-1]["rows"][-1].append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data: str) -> None:
        data = data.replace("\xa0", " ")
        if "style" in self.open:
            return
        self.texts.append(data)
        for part in (self._heading, self._cell, self._caption):
            if part is not None:
                part.append(data)

    def table(self, caption: str) -> dict[str, list[str]]:
        """Rows of the table with that caption (below its header row), by their row header."""
        for t in self.tables:
            if t["caption"] == caption:
                return {r[0]: r[1:] for r in t["rows"][1:]}
        raise AssertionError(f"no table {caption!r}: {[t['caption'] for t in self.tables]}")


NUMBER = re.compile(r"\d+(?:,\d+)?")


def numbers(texts: list[str]) -> Counter[str]:
    return Counter(n for t in texts for n in NUMBER.findall(t))


def pdf_body_texts(pdf: bytes) -> list[str]:
    """Every line of the PDF's text, without the page header and footer (page furniture the
    HTML prints once, not once per page)."""
    doc = pdfium.PdfDocument(pdf)
    lines: list[str] = []
    try:
        for i in range(len(doc)):
            page = doc[i].get_textpage().get_text_range().replace("\xa0", " ").splitlines()
            cut = next(j for j, line in enumerate(page) if line.startswith("Oslo kommune")
                       and "faktaark" in line and j > len(page) - 6)
            lines += page[:cut]
    finally:
        doc.close()
    return lines


# --------------------------------------------------------------------------- independent formats


def n0(n: float) -> str:
    return f"{round(n):,}".replace(",", " ")


def d1(x: float) -> str:
    return f"{x:,.1f}".replace(",", " ").replace(".", ",")


def pct(x: float, decimals: int = 1) -> str:
    return f"{x:,.{decimals}f}".replace(",", " ").replace(".", ",") + " %"


# --------------------------------------------------------------------------- tests


@pytest.mark.parametrize("scope", SCOPES)
def test_every_number_on_the_pdf_is_in_the_html(figures, scope) -> None:
    pdf_numbers = numbers(pdf_body_texts(render_factsheet_bytes(figures, scope)))
    doc = Doc(render_factsheet_html(figures, scope))
    html_numbers = numbers(doc.texts)
    assert sum(pdf_numbers.values()) > 150  # the sheet is full of figures
    missing = {n: c - html_numbers[n] for n, c in pdf_numbers.items() if html_numbers[n] < c}
    assert not missing, missing


@pytest.mark.parametrize("scope", SCOPES)
def test_the_html_figures_are_the_statistics(figures, scope) -> None:
    f = figures[scope]
    d = f.to_dict()
    doc = Doc(render_factsheet_html(figures, scope))
    total = sum(d["by_tenure"].values())
    assert total == d["dwellings_total"] > 0
    text = " ".join(doc.texts)

    def key_figure(label: str) -> str:  # <dt>label</dt><dd><span>value</span>…
        return doc.texts[doc.texts.index(label) + 1]

    assert key_figure("kommunalt disponerte boliger") == n0(total)
    assert key_figure("aktive innleie- og tilvisningsavtaler") == n0(d["agreements_active"])
    assert key_figure(f"ledige ({n0(d['by_status']['vacant'])} boliger)") == \
        pct(100 * d["by_status"]["vacant"] / total)
    assert key_figure("boliger per 1 000 innbyggere") == \
        d1(1000 * total / d["population"])

    tenure = doc.table("Disposisjonsform")
    for t in Tenure:
        n = d["by_tenure"][t.value]
        assert tenure[label_nb(t)] == [n0(n), pct(100 * n / total, 0)]
    groups = doc.table("Målgrupper")
    for g in TargetGroup:
        assert groups[label_nb(g)][0] == n0(d["by_target_group"][g.value])
    rooms = doc.table("Antall rom")
    assert [rooms[k][0] for k in ("1", "2", "3", "4", "5+", "Ukjent")] == \
        [n0(d["by_rooms"][k]) for k in ("1", "2", "3", "4", "5+", "unknown")]
    use = doc.table("Faktisk bruk")
    for u in ActualUse:
        n = d["by_actual_use"][u.value]
        assert use[label_nb(u)] == [n0(n), pct(100 * n / total)]
    assert use["I alt"] == [n0(total), pct(100)]
    status = doc.table("Status")
    for s in DwellingStatus:
        assert status[label_nb(s)][0] == n0(d["by_status"][s.value])
    assert status["Rullestoltilgjengelig"][0] == n0(d["wheelchair_accessible"])
    agreements = doc.table("Avtaler etter type")
    lease, ref = d["agreements_by_kind"]["lease"], d["agreements_by_kind"]["referral"]
    assert agreements["Aktive"] == [n0(lease["active"]), n0(ref["active"]),
                                    n0(lease["active"] + ref["active"])]
    assert lease["active"] + ref["active"] == d["agreements_active"]
    maint = doc.table("Boliger med registrert vedlikeholdsansvar, etter område")
    for key, label in (("interior", "Indre"), ("exterior", "Ytre"),
                       ("technical", "Tekniske anlegg"), ("outdoor", "Uteområder")):
        n = d["maintenance_set"][key]
        assert maint[label] == [n0(n), pct(100 * n / total), n0(total - n)]
    findings = doc.table("Åpne avvik etter alvorlighet")
    sev = d["findings_open"]
    assert [findings[x][0] for x in ("Høy", "Middels", "Lav")] == \
        [n0(sev["high"]), n0(sev["medium"]), n0(sev["low"])]
    assert findings["I alt"] == [n0(sev["high"] + sev["medium"] + sev["low"])]

    # The per-1 000 table: every bydel, most first, this one marked, Oslo at the foot.
    per = next(t for t in doc.tables if t["caption"].startswith("Boliger per 1 000"))
    rows = per["rows"][1:]
    bydeler = [g for k, g in figures.items() if k != OSLO]
    expected = sorted((g for g in bydeler if g.population),
                      key=lambda g: -g.dwellings_total / g.population)
    assert [r[0] for r in rows[:len(expected)]] == [g.name for g in expected]
    for r, g in zip(rows, expected, strict=False):
        assert r[1] == d1(1000 * g.dwellings_total / g.population)
    oslo = figures[OSLO]
    assert rows[-1] == ["Oslo", d1(1000 * oslo.dwellings_total / oslo.population)]
    if scope != OSLO:
        assert f"{f.name} er uthevet i tabellen." in text

    change = doc.table(f"Tallene i {YEAR - 1} og {YEAR}")
    prev = d["change"]["previous"]
    assert change["Boliger"][:2] == [n0(prev["dwellings_total"]), n0(total)]
    indicators = doc.table(f"Boligsosiale indikatorer {YEAR}")
    assert set(indicators) == {r["label"] for r in d["indicators"]}
    for r in d["indicators"]:
        value = float(r["value"])
        shown = pct(value) if r["unit"] == "%" else (
            n0(value) if value.is_integer() else d1(value))
        assert indicators[r["label"]] == [shown, r["source"]]


@pytest.mark.parametrize("scope", SCOPES)
def test_the_html_is_structured_for_a_screen_reader(figures, scope) -> None:
    html = render_factsheet_html(figures, scope)
    doc = Doc(html)
    assert not doc.errors, doc.errors
    assert html.startswith("<!DOCTYPE html>")
    tags = [t for t, _a in doc.elements]
    html_attrs = doc.elements[0][1]
    assert doc.elements[0][0] == "html" and html_attrs.get("lang") == "nb"
    assert tags.count("title") == 1 and tags.count("main") == 1
    name = figures[scope].official_name if scope != OSLO else "Oslo"
    assert [h for h in doc.headings if h[0] == 1] == [(1, f"Boligsosialt faktaark {YEAR} – {name}")]
    levels = [lvl for lvl, _t in doc.headings]
    assert levels[0] == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False)), levels
    assert len(doc.tables) >= 10
    for t in doc.tables:
        assert t["caption"], t
        assert t["th"] and all(s in ("col", "row") for s in t["th"]), t
    for tag, attrs in doc.elements:
        assert tag not in ("script", "link", "iframe", "object", "embed"), tag
        if tag == "img":
            assert attrs.get("alt"), attrs
        for key in ("src", "href", "action"):
            value = attrs.get(key) or ""
            assert not re.match(r"(https?:)?//|file:", value), (tag, key, value)
    assert "url(" not in html and "@import" not in html
    charset = [a for t, a in doc.elements if t == "meta" and "charset" in a]
    assert charset == [{"charset": "utf-8"}]
    meta = {a.get("name"): a.get("content") for t, a in doc.elements if t == "meta"}
    assert meta["author"] == "Oslo kommune" and meta["generator"] == "boligreg"


def test_the_check_fails_on_a_bad_page() -> None:
    bad = Doc('<html><body><h1>a</h1><h3>b</h3><table><tr><th>x</th></tr></table>'
              '<img src="http://x/y.png"></body></html>')
    assert bad.elements[0][1].get("lang") is None
    assert [lvl for lvl, _t in bad.headings] == [1, 3]
    assert bad.tables[0]["caption"] is None and bad.tables[0]["th"] == [None]
    assert Doc("<div><p>x</div>").errors


def test_cli_html_one_and_all_keep_the_overwrite_rules(figures, tmp_path, capsys) -> None:
    from boligreg.cli import main
    from boligreg.models import create_database

    db_path = tmp_path / "sample.db"
    db = create_database(db_path)
    build_sample(db)
    db.close()
    out = tmp_path / "html"
    args = ["factsheet", "--db", str(db_path), "--year", str(YEAR)]
    assert main([*args, "--all", "--format", "html", "--out-dir", str(out)]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 16 and f"{YEAR}-0301-oslo.html" in names
    assert f"{YEAR}-030104-st-hanshaugen.html" in names
    one = out / f"{YEAR}-030109-bjerke.html"
    first = one.read_text(encoding="utf-8")
    assert '<html lang="nb">' in first and "Bydel Bjerke" in first
    capsys.readouterr()
    # Existing files are kept without --overwrite, replaced with it.
    assert main([*args, "--district", "09", "--html", "--out", str(one)]) != 0
    assert "finnes" in capsys.readouterr().err
    assert main([*args, "--district", "09", "--html", "--out", str(one), "--overwrite"]) == 0
    # Never over the database.
    assert main([*args, "--district", "09", "--html", "--out", str(db_path),
                 "--overwrite"]) != 0
    assert db_path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert main([*args, "--publish", "--html"]) != 0


def test_writer_checks_every_target_first(figures, tmp_path) -> None:
    existing = tmp_path / html_filename(figures["030115"])
    existing.write_text("mine", encoding="utf-8")
    with pytest.raises(UnsafePathError):
        write_factsheets_html(figures, tmp_path, list(SCOPES))
    assert sorted(p.name for p in tmp_path.iterdir()) == [existing.name]  # nothing written
    paths = write_factsheets_html(figures, tmp_path, list(SCOPES), overwrite=True)
    assert [p.name for p in paths] == [html_filename(figures[s]) for s in SCOPES]
    assert existing.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
