"""The accessible HTML edition of a fact sheet (universell utforming).

reportlab cannot write a tagged PDF (no structure tree, no reading order for a screen reader),
so each sheet also exists as one self-contained HTML5 file with the same figures: ``lang="nb"``,
one ``h1`` and headings in order, every chart given as a real ``<table>`` (``<caption>``,
``<th scope>``) with the values as text, no images, scripts, fonts or links to anything outside
the file. It is built from the same :class:`~boligreg.services.stats.Figures` as the PDF
(``factsheet.build_figures``) with the PDF's own formatters and texts, so both print the same
numbers; a test compares every number on the PDF with the HTML.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from html import escape
from pathlib import Path

from ..errors import CancelledError
from ..models.enums import ActualUse, DwellingStatus, Severity, TargetGroup, Tenure, label_nb
from ..safefiles import atomic_output, check_folder, check_output, write_output
from ..services.stats import OSLO, Figures
from .factsheet import (
    _change_source,
    _definitions,
    _missing_notes,
    _summary,
    basis_text,
    central_units_text,
    factsheet_filename,
    fmt_date,
    fmt_dec,
    fmt_int,
    fmt_pct,
    fmt_signed,
    fmt_timestamp,
    key_figure_cells,
    sheet_title,
)

ProgressFn = Callable[[int, str], None]
CancelFn = Callable[[], bool]

# Inline only: the file opens the same anywhere, offline, with nothing fetched. Colours pass
# WCAG AA contrast on white; sizes are relative, so the reader's browser zoom works.
_CSS = """
:root { color: #1f2a44; background: #fff; font-family: system-ui, "Segoe UI", Arial, sans-serif;
        font-size: 100%; line-height: 1.5; }
body { max-width: 52rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
header.publisher { border-bottom: 2px solid #2a2859; color: #2a2859; font-weight: 700;
                   display: flex; justify-content: space-between; gap: 1rem; }
header.publisher span { font-weight: 400; color: #4a4f5c; }
h1 { color: #2a2859; font-size: 1.7rem; line-height: 1.25; margin: 1rem 0 .25rem; }
h2 { color: #2a2859; font-size: 1.25rem; margin: 2rem 0 .5rem; }
.sub { color: #4a4f5c; margin: .1rem 0; }
.demo { background: #fcebd9; color: #6b3a06; font-weight: 700; padding: .5rem .75rem; }
dl.key { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
         gap: .5rem; margin: 1rem 0; }
dl.key div { background: #eef2f7; border-top: 3px solid #2a2859; padding: .5rem .6rem; }
dl.key dt { font-size: .9rem; }
dl.key dd { margin: 0; }
dl.key dd.value { font-size: 1.6rem; font-weight: 700; color: #2a2859; }
dl.key dd.more { font-size: .9rem; color: #4a4f5c; }
table { border-collapse: collapse; margin: .5rem 0 1rem; min-width: 60%; }
caption { text-align: left; font-weight: 700; padding: .25rem 0; }
th, td { padding: .2rem .6rem .2rem 0; border-bottom: 1px solid #d5dae1; text-align: left;
         vertical-align: top; }
thead th { border-bottom: 2px solid #2a2859; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.this th, tr.this td { font-weight: 700; }
tr.total th, tr.total td { font-weight: 700; border-top: 1px solid #1f2a44; }
.bar { display: inline-block; height: .7rem; background: #6c8ebf; vertical-align: middle; }
tr.this .bar { background: #2a2859; }
.note { color: #4a4f5c; }
footer { margin-top: 2.5rem; border-top: 1px solid #d5dae1; color: #4a4f5c;
         font-size: .95rem; }
:focus { outline: 3px solid #d9822b; }
"""


def html_filename(f: Figures) -> str:
    """The PDF's name with .html: "030101-gamle-oslo.html", …, "oslo.html"."""
    return Path(factsheet_filename(f)).with_suffix(".html").name


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _para_markup(text: str) -> str:
    """The PDF's paragraph texts (reportlab mini-markup: only ``<b>`` and ``<br/>``) as HTML."""
    return (text.replace("<b>", "<strong>").replace("</b>", "</strong>")
            .replace("<br/>", "<br>"))


class _Page:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self._ids: set[str] = set()

    def add(self, html: str) -> None:
        self.parts.append(html)

    def section(self, heading: str, ident: str) -> None:
        assert ident not in self._ids, ident
        self._ids.add(ident)
        self.add(f'<section aria-labelledby="{ident}"><h2 id="{ident}">{_e(heading)}</h2>')

    def end(self) -> None:
        self.add("</section>")

    def table(self, caption: str, head: Sequence[str], rows: Iterable[Sequence[str]], *,
              numeric: Iterable[int] | None = None, total: Sequence[str] | None = None,
              this_row: int | None = None, bars: Sequence[float | None] | None = None) -> None:
        """A data table: the first column is each row's header (``th scope="row"``); the
        columns in ``numeric`` are right-aligned; ``bars`` draws a decorative bar (hidden from
        screen readers, the number is in the cell) after each row's last value."""
        nums = set(numeric) if numeric is not None else set(range(1, len(head)))
        out = [f"<table><caption>{_e(caption)}</caption><thead><tr>"]
        for c, h in enumerate(head):
            cls = ' class="num"' if c in nums else ""
            out.append(f'<th scope="col"{cls}>{_e(h)}</th>')
        out.append("</tr></thead><tbody>")
        top = max([b for b in (bars or []) if b is not None] + [0])
        for r, row in enumerate(rows):
            cls = ' class="this"' if r == this_row else ""
            out.append(f"<tr{cls}>" + self._cells(row, nums))
            if bars is not None:
                b = bars[r]
                width = 0 if not b or top <= 0 else round(8 * b / top, 2)
                out[-1] = out[-1][:-5] + (f' <span class="bar" style="width:{width}rem" '
                                          'aria-hidden="true"></span></td>')
            out.append("</tr>")
        out.append("</tbody>")
        if total is not None:
            out.append('<tfoot><tr class="total">' + self._cells(total, nums) + "</tr></tfoot>")
        out.append("</table>")
        self.add("".join(out))

    @staticmethod
    def _cells(row: Sequence[str], nums: set[int]) -> str:
        out = [f'<th scope="row">{_e(row[0])}</th>']
        for c, value in enumerate(row[1:], start=1):
            cls = ' class="num"' if c in nums else ""
            out.append(f"<td{cls}>{_e(value)}</td>")
        return "".join(out)


def _per_1000(page: _Page, figs: dict[str, Figures], f: Figures) -> None:
    bydeler = [g for k, g in figs.items() if k != OSLO]
    have = sorted((g for g in bydeler if g.dwellings_per_1000 is not None),
                  key=lambda g: -(g.dwellings_per_1000 or 0.0))
    ordered = [*have, *(g for g in bydeler if g.dwellings_per_1000 is None)]
    page.section("Kommunale boliger per 1 000 innbyggere, alle bydeler", "per1000")
    here = next((i for i, g in enumerate(ordered) if g.scope == f.scope), None)
    if here is not None:
        page.add(f'<p class="note">{_e(ordered[here].name)} er uthevet i tabellen.</p>')
    oslo = figs[OSLO].dwellings_per_1000 if OSLO in figs else None
    page.table("Boliger per 1 000 innbyggere, bydelene fra flest til færrest",
               ["Bydel", "Per 1 000 innbyggere"],
               [[g.name, fmt_dec(g.dwellings_per_1000) if g.dwellings_per_1000 is not None
                 else "mangler folketall"] for g in ordered],
               this_row=here, bars=[g.dwellings_per_1000 for g in ordered],
               total=["Oslo", fmt_dec(oslo)] if oslo is not None else None)
    if f.scope == OSLO:
        from .map import class_breaks

        present = [g.dwellings_per_1000 for g in have if g.dwellings_per_1000 is not None]
        breaks = class_breaks(present)
        text = ("Kartet på PDF-arket viser de 15 bydelene skyggelagt etter boliger per 1 000 "
                "innbyggere, mørkere jo flere; tallene står i tabellen over.")
        if breaks:
            text += (f" Fargene går fra {fmt_dec(min(present))} til {fmt_dec(breaks[-1])} i "
                     f"{len(breaks)} klasser: " + ", ".join(f"til og med {fmt_dec(b)}"
                                                           for b in breaks) + ".")
    else:
        text = f"Kartet på PDF-arket viser hvor {f.official_name} ligger blant Oslos bydeler."
    page.add(f'<p class="note">{_e(text)}</p>')
    page.end()


def _distribution(page: _Page, heading: str, ident: str, first: str,
                  rows: list[tuple[str, int]], total: int) -> None:
    page.section(heading, ident)
    if not total:
        page.add("<p>Ingen boliger registrert.</p>")
    page.table(f"Boliger etter {first.lower()}", [first, "Boliger", "Andel"],
               [[label, fmt_int(n), fmt_pct(100 * n / total, 0) if total else "–"]
                for label, n in rows],
               bars=[float(n) for _label, n in rows])
    page.end()


def render_factsheet_html(figures: dict[str, Figures], scope: str) -> str:
    """The accessible HTML edition of the sheet for ``scope`` (one complete document).

    Long because it writes the document in reading order, section by section as the PDF
    has them, so the HTML edition can be read against the PDF line by line.
    """
    f = figures[scope]
    total = f.dwellings_total
    title = sheet_title(f)
    page = _Page()

    def share(n: int) -> str:
        return fmt_pct(100 * n / total) if total else "–"

    right = f"Boligsosialt faktaark {f.year}"
    if f.demo:
        right = "DEMODATA – syntetiske tall · " + right
    page.add(f'<header class="publisher"><p>Oslo kommune</p><p><span>{_e(right)}</span></p>'
             "</header><main>")
    page.add(f"<h1>{_e(title)}</h1>")
    pop = (f"folketall per {fmt_date(f.population_date)}" if f.population is not None
           else "folketall mangler")
    page.add(f'<p class="sub">Kommunalt disponerte boliger per {fmt_date(f.reference_date)} · '
             f"{_e(pop)}</p>")
    basis = basis_text(f)
    if basis:
        page.add(f'<p class="sub">{_e(basis)}</p>')
    if f.edition:
        label = (f"Revidert utgave (utgave {f.edition})" if f.edition > 1
                 else "Publisert utgave 1")
        page.add(f'<p class="sub"><strong>{_e(label)}</strong></p>')
        if f.edition_changes:
            page.add(f"<p>{_e(f'Endret fra utgave {f.edition - 1}: ')}"
                     f"{_e('; '.join(f.edition_changes))}.</p>")
    if f.demo:
        page.add('<p class="demo" role="note">DEMODATA – tallene er syntetiske og laget for '
                 "utprøving. Ikke til publisering.</p>")

    page.section("Nøkkeltall", "nokkeltall")
    page.add('<dl class="key">')
    for value, label, more in key_figure_cells(f, "; "):
        extra = f'<dd class="more">{_e(more)}</dd>' if more else ""
        page.add(f'<div><dt>{_e(label)}</dt><dd class="value">{_e(value)}</dd>{extra}</div>')
    page.add("</dl>")
    page.add(f"<p>{_para_markup(_summary(f))}</p>")
    page.end()

    if f.history:  # the chart beside the map on the PDF, as a table (issue 13 item 5)
        own = f.history[-1]["year"]
        page.section("Historikk", "historikk")
        page.add(f"<p>Boliger per 31.12 som registrert da ({own}: "
                 f"{_e(fmt_date(f.reference_date))}). Et år registeret ikke dekker, står som "
                 "«ikke registrert».</p>")

        def cell(p: dict, key: str) -> str:
            return fmt_int(p[key]) if p.get("covered") else "ikke registrert"

        page.table("Boliger per 31.12 etter disposisjonsform, og ledige",
                   ["År", "Boliger", "Eid", "Innleid", "Tilvisning", "Ledige"],
                   [[str(p["year"]), cell(p, "total"), cell(p, "owned"), cell(p, "leased"),
                     cell(p, "referral"), cell(p, "vacant")] for p in f.history])
        page.end()

    if total:  # the table beside the summary on the PDF (issue 14)
        page.section("Husleie og innleiekostnad", "leie")
        page.table("Husleie og innleiekostnad per år", ["Per år", "Kroner"],
                   [["Husleie, utleide boliger", fmt_int(f.rent_tenant_yearly)],
                    ["– herav i innleide boliger", fmt_int(f.rent_tenant_leased_yearly)],
                    ["Innleiekostnad, aktive avtaler", fmt_int(f.lease_cost_yearly)]])
        page.end()

    _per_1000(page, figures, f)
    _distribution(page, "Disposisjonsform", "disposisjonsform", "Disposisjonsform",
                  [(label_nb(t), f.by_tenure.get(t.value, 0)) for t in Tenure], total)
    _distribution(page, "Målgrupper", "malgrupper", "Målgruppe",
                  [(label_nb(g), f.by_target_group.get(g.value, 0)) for g in TargetGroup],
                  total)
    _distribution(page, "Antall rom", "rom", "Antall rom",
                  [(k if k != "unknown" else "Ukjent", f.by_rooms.get(k, 0))
                   for k in ("1", "2", "3", "4", "5+", "unknown")], total)

    page.section("Bruk og status", "bruk")
    page.table("Faktisk bruk", ["Faktisk bruk", "Boliger", "Andel"],
               [[label_nb(u), fmt_int(f.by_actual_use.get(u.value, 0)),
                 share(f.by_actual_use.get(u.value, 0))] for u in ActualUse],
               total=["I alt", fmt_int(total), share(total)])
    page.table("Status", ["Status", "Boliger", "Andel"],
               [*([label_nb(s), fmt_int(f.by_status.get(s.value, 0)),
                   share(f.by_status.get(s.value, 0))] for s in DwellingStatus),
                ["Rullestoltilgjengelig", fmt_int(f.wheelchair_accessible),
                 share(f.wheelchair_accessible)]])
    page.end()

    kinds = f.agreements_by_kind
    lease, referral = kinds.get("lease", {}), kinds.get("referral", {})
    page.section("Innleie- og tilvisningsavtaler", "avtaler")
    page.table("Avtaler etter type", ["Avtaler", "Innleie", "Tilvisning", "I alt"],
               [[label, fmt_int(lease.get(key, 0)), fmt_int(referral.get(key, 0)),
                 fmt_int(both)]
                for key, label, both in (
                    ("active", "Aktive", f.agreements_active),
                    ("ending_12m", "Utløper innen 12 mnd.", f.agreements_ending_12m),
                    ("unreviewed_12m", "Ikke gjennomgått siste 12 mnd.",
                     f.agreements_unreviewed_12m))])
    page.end()

    page.section("Vedlikeholdsansvar registrert", "vedlikehold")
    page.table("Boliger med registrert vedlikeholdsansvar, etter område",
               ["Område", "Registrert", "Andel", "Mangler"],
               [[label, fmt_int(f.maintenance_set.get(key, 0)),
                 fmt_pct(f.maintenance_share.get(key)),
                 fmt_int(total - f.maintenance_set.get(key, 0))]
                for key, label in (("interior", "Indre"), ("exterior", "Ytre"),
                                   ("technical", "Tekniske anlegg"), ("outdoor", "Uteområder"))])
    page.end()

    find_title = ("Åpne avvik etter alvorlighet" if f.basis != "registered" or not f.as_of
                  else f"Avvik åpne per {fmt_date(f.as_of)}, etter alvorlighet")
    page.section(find_title, "avvik")
    page.table(find_title, ["Alvorlighet", "Antall"],
               [[label_nb(s), fmt_int(f.findings_open.get(s.value, 0))]
                for s in (Severity.HIGH, Severity.MEDIUM, Severity.LOW)],
               total=["I alt", fmt_int(f.findings_open.get("total", 0))])
    page.end()

    notes = _missing_notes(f)
    if notes:
        page.section("Dette mangler på arket", "mangler")
        page.add("<ul>" + "".join(f"<li>{_e(n)}</li>" for n in notes) + "</ul>")
        page.end()

    _change(page, f)
    _central_units(page, f)
    _indicators(page, f)

    page.section("Definisjoner og kilder", "definisjoner")
    for text in _definitions(f):
        page.add(f"<p>{_para_markup(text)}</p>")
    page.end()
    page.add("</main>")
    footer = (f"Data hentet ut fra boligreg {fmt_timestamp(f.extracted_at)}. "
              f"Tall per {fmt_date(f.reference_date)}.")
    page.add(f"<footer><p>{_e(title)}</p><p>{_e(footer)}</p>")
    if f.demo:
        page.add("<p><strong>DEMODATA: tallene er syntetiske og laget for utprøving – ikke til "
                 "publisering.</strong></p>")
    page.add("<p>Tilgjengelig utgave (HTML) av PDF-faktaarket, med de samme tallene.</p>"
             "</footer>")
    keywords = ", ".join(["boligsosialt faktaark", f.name, str(f.year)]
                         + (["DEMODATA"] if f.demo else []))
    head = ("<!DOCTYPE html>\n"
            '<html lang="nb">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{_e(title)}</title>\n"
            '<meta name="author" content="Oslo kommune">\n'
            '<meta name="generator" content="boligreg">\n'
            f'<meta name="description" content="Kommunalt disponerte boliger {f.year}">\n'
            f'<meta name="keywords" content="{_e(keywords)}">\n'
            f"<style>{_CSS}</style>\n</head>\n<body>\n")
    return head + "\n".join(page.parts) + "\n</body>\n</html>\n"


def _central_units(page: _Page, f: Figures) -> None:
    """Issue 14: the central units' dwellings lying in the bydel, as on the PDF, as a table."""
    title = ("Sentrale enheters boliger i bydelen" if f.scope != OSLO
             else "Sentrale enheters boliger i Oslo")
    page.section(title, "sentrale")
    rows = [[str(b["name"]), fmt_int(b["dwellings"]), fmt_int(b["vacant"]),
             fmt_int(b["wheelchair_accessible"])]
            for b in f.central_units.values() if b.get("dwellings")]
    if rows:
        page.table(title, ["Enhet", "Boliger", "Ledige", "Rullestoltilgjengelige"], rows)
    page.add(f"<p>{_e(central_units_text(f))}</p>")
    page.end()


def _change(page: _Page, f: Figures) -> None:
    year0 = f.year - 1
    page.section(f"Endring fra {year0}", "endring")
    if f.change is None:
        page.add(f"<p>Ikke tilgjengelig: det er ikke lagret noe øyeblikksbilde av tallene for "
                 f"{year0}, og registerets historikk viser ingen boliger her per "
                 f"31.12.{year0}. Et øyeblikksbilde av {f.year} gjør at neste års faktaark "
                 "viser endringen.</p>")
        page.end()
        return
    prev, delta = f.change["previous"], f.change["delta"]
    current = f.to_dict()
    spec: list[tuple[str, str, Callable[[float | None], str], int]] = [
        ("Folketall", "population", fmt_int, 0),
        ("Boliger", "dwellings_total", fmt_int, 0),
        ("Per 1 000 innbyggere", "dwellings_per_1000", fmt_dec, 1),
        ("Ledige", "vacant", fmt_int, 0),
        ("Rullestolboliger, %", "wheelchair_share", fmt_dec, 1),
        ("Ikke brukt som bolig", "not_housing", fmt_int, 0),
        ("Aktive avtaler", "agreements_active", fmt_int, 0),
    ]
    page.table(f"Tallene i {year0} og {f.year}", ["Tall", str(year0), str(f.year), "Endring"],
               [[label, fmt(prev.get(key)), fmt(current.get(key)),
                 fmt_signed(delta.get(key), decimals)] for label, key, fmt, decimals in spec])
    page.add(f'<p class="note">{_e(_change_source(f))}</p>')
    page.end()


def _indicators(page: _Page, f: Figures) -> None:
    page.section(f"Boligsosiale indikatorer {f.year}", "indikatorer")
    if not f.indicators:
        page.add(f"<p>Ingen indikatorer er importert for {f.year}"
                 + (" for alle 15 bydeler" if f.scope == OSLO else "")
                 + ". Importer dem med «boligreg stats import» eller i vinduet.</p>")
        page.end()
        return
    rows = []
    for r in f.indicators:
        value = fmt_pct(r["value"]) if r["unit"] == "%" else (
            fmt_int(r["value"]) if float(r["value"]).is_integer() else fmt_dec(r["value"]))
        rows.append([str(r["label"]), value, str(r["source"])])
    page.table(f"Boligsosiale indikatorer {f.year}", ["Indikator", "Verdi", "Kilde"], rows,
               numeric=[1])
    if f.scope == OSLO:
        page.add('<p class="note">Oslo: summen av de 15 bydelene; bare indikatorer som alle '
                 "bydelene har tall for.</p>")
    page.end()


def _write(figures: dict[str, Figures], scope: str, tmp: Path) -> None:
    tmp.write_text(render_factsheet_html(figures, scope), encoding="utf-8")


def write_factsheet_html(figures: dict[str, Figures], scope: str, path: str | Path, *,
                         overwrite: bool = False, protect: Iterable[str | Path | None] = ()
                         ) -> Path:
    """One HTML sheet to ``path`` through ``safefiles`` (checked target, temporary file,
    rename) — the same rules as the PDF."""
    write_output(path, lambda tmp: _write(figures, scope, tmp), overwrite=overwrite,
                 protect=protect)
    return Path(path)


def write_factsheets_html(
    figures: dict[str, Figures],
    out_dir: str | Path,
    scopes: Iterable[str] | None = None,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    overwrite: bool = False,
    protect: Iterable[str | Path | None] = (),
) -> list[Path]:
    """One HTML file per scope (default: all) into ``out_dir``; every target is checked
    before the first is written, as ``write_factsheets`` does for the PDFs."""
    folder = check_folder(out_dir, create=True)
    todo = list(scopes) if scopes is not None else list(figures)
    protect = list(protect)
    targets = [folder / html_filename(figures[scope]) for scope in todo]
    for path in targets:
        check_output(path, overwrite=overwrite, protect=protect)
    written: list[Path] = []
    for i, (scope, path) in enumerate(zip(todo, targets, strict=True)):
        if cancel is not None and cancel():
            raise CancelledError(
                f"Avbrutt etter {len(written)} av {len(todo)} faktaark.",
                f"Cancelled after {len(written)} of {len(todo)} fact sheets.")
        if progress is not None:
            progress(int(100 * i / max(len(todo), 1)),
                     f"Lager HTML-faktaark for {figures[scope].name} …")
        with atomic_output(path, overwrite=overwrite, protect=protect) as tmp:
            _write(figures, scope, tmp)
        written.append(path)
    if progress is not None:
        progress(100, f"{len(written)} faktaark laget.")
    return written


__all__ = [
    "html_filename",
    "render_factsheet_html",
    "write_factsheet_html",
    "write_factsheets_html",
]
