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
from ..i18n import language as current_language
from ..i18n import translate, using
from ..models.enums import ActualUse, DwellingStatus, Severity, TargetGroup, Tenure
from ..safefiles import atomic_output, check_folder, check_output, write_output
from ..services.stats import OSLO, Figures
from .factsheet import (
    SHEET_LANGUAGE,
    _change_source,
    _definitions,
    _missing_notes,
    _summary,
    agreement_rows,
    basis_text,
    central_units_text,
    central_units_title,
    change_missing_text,
    change_spec,
    change_title,
    demo_banner,
    edition_changes_text,
    edition_label,
    enum_label,
    extracted_footer,
    factsheet_filename,
    findings_title,
    fmt_date,
    fmt_dec,
    fmt_int,
    fmt_pct,
    fmt_signed,
    indicators_title,
    key_figure_cells,
    maintenance_areas,
    no_indicators_text,
    oslo_indicators_note,
    rent_rows,
    sheet_language,
    sheet_title,
    subtitle_text,
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
    page.section(translate("FactSheet", "Kommunale boliger per 1 000 innbyggere, alle bydeler"),
                 "per1000")
    here = next((i for i, g in enumerate(ordered) if g.scope == f.scope), None)
    if here is not None:
        page.add('<p class="note">' + _e(translate("FactSheet", "{name} er uthevet i tabellen.")
                                         .format(name=ordered[here].name)) + "</p>")
    oslo = figs[OSLO].dwellings_per_1000 if OSLO in figs else None
    lacking = translate("FactSheet", "mangler folketall")
    page.table(translate("FactSheet", "Boliger per 1 000 innbyggere, bydelene fra flest til "
                                      "færrest"),
               [translate("FactSheet", "Bydel"), translate("FactSheet", "Per 1 000 innbyggere")],
               [[g.name, fmt_dec(g.dwellings_per_1000) if g.dwellings_per_1000 is not None
                 else lacking] for g in ordered],
               this_row=here, bars=[g.dwellings_per_1000 for g in ordered],
               total=["Oslo", fmt_dec(oslo)] if oslo is not None else None)
    if f.scope == OSLO:
        from .map import class_breaks

        present = [g.dwellings_per_1000 for g in have if g.dwellings_per_1000 is not None]
        breaks = class_breaks(present)
        text = translate("FactSheet", "Kartet på PDF-arket viser de 15 bydelene skyggelagt "
                                      "etter boliger per 1 000 innbyggere, mørkere jo flere; "
                                      "tallene står i tabellen over.")
        if breaks:
            upto = translate("FactSheet", "til og med {n}")
            text += " " + translate("FactSheet", "Fargene går fra {low} til {high} i {n} "
                                                 "klasser: {classes}.").format(
                low=fmt_dec(min(present)), high=fmt_dec(breaks[-1]), n=len(breaks),
                classes=", ".join(upto.format(n=fmt_dec(b)) for b in breaks))
    else:
        text = translate("FactSheet", "Kartet på PDF-arket viser hvor {name} ligger blant "
                                      "Oslos bydeler.").format(name=f.official_name)
    page.add(f'<p class="note">{_e(text)}</p>')
    page.end()


def _distribution(page: _Page, heading: str, ident: str, first: str, caption: str,
                  rows: list[tuple[str, int]], total: int) -> None:
    page.section(heading, ident)
    if not total:
        page.add(f"<p>{_e(translate('FactSheet', 'Ingen boliger registrert') + '.')}</p>")
    page.table(caption, [first, translate("FactSheet", "Boliger"),
                         translate("FactSheet", "Andel")],
               [[label, fmt_int(n), fmt_pct(100 * n / total, 0) if total else "–"]
                for label, n in rows],
               bars=[float(n) for _label, n in rows])
    page.end()


def render_factsheet_html(figures: dict[str, Figures], scope: str, *,
                          language: str | None = None) -> str:
    """The accessible HTML edition of the sheet for ``scope`` (one complete document), in
    bokmål unless ``language`` says "en" (as the PDF)."""
    with using(sheet_language(language)):
        return _render_factsheet_html(figures, scope)


def _render_factsheet_html(figures: dict[str, Figures], scope: str) -> str:
    """The document itself, in the language in force.

    Long because it writes the document in reading order, section by section as the PDF
    has them, so the HTML edition can be read against the PDF line by line.
    """
    f = figures[scope]
    total = f.dwellings_total
    title = sheet_title(f)
    page = _Page()

    def share(n: int) -> str:
        return fmt_pct(100 * n / total) if total else "–"

    right = translate("FactSheet", "Boligsosialt faktaark {year}").format(year=f.year)
    if f.demo:
        right = translate("FactSheet", "DEMODATA – syntetiske tall") + " · " + right
    page.add(f'<header class="publisher"><p>Oslo kommune</p><p><span>{_e(right)}</span></p>'
             "</header><main>")
    page.add(f"<h1>{_e(title)}</h1>")
    page.add(f'<p class="sub">{_e(subtitle_text(f))}</p>')
    basis = basis_text(f)
    if basis:
        page.add(f'<p class="sub">{_e(basis)}</p>')
    if f.edition:
        page.add(f'<p class="sub"><strong>{_e(edition_label(f))}</strong></p>')
        if f.edition_changes:
            page.add(f"<p>{_e(edition_changes_text(f))}</p>")
    if f.demo:
        page.add(f'<p class="demo" role="note">{_e(demo_banner())}</p>')

    page.section(translate("FactSheet", "Nøkkeltall"), "nokkeltall")
    page.add('<dl class="key">')
    for value, label, more in key_figure_cells(f, "; "):
        extra = f'<dd class="more">{_e(more)}</dd>' if more else ""
        page.add(f'<div><dt>{_e(label)}</dt><dd class="value">{_e(value)}</dd>{extra}</div>')
    page.add("</dl>")
    page.add(f"<p>{_para_markup(_summary(f))}</p>")
    page.end()

    if f.history:  # the chart beside the map on the PDF, as a table (issue 13 item 5)
        own = f.history[-1]["year"]
        page.section(translate("FactSheet", "Historikk"), "historikk")
        page.add("<p>" + _e(translate("FactSheet", "Boliger per 31.12 som registrert da ({year}: "
                                                   "{date}). Et år registeret ikke dekker, står "
                                                   "som «ikke registrert».").format(
            year=own, date=fmt_date(f.reference_date))) + "</p>")
        not_covered = translate("FactSheet", "ikke registrert")

        def cell(p: dict, key: str) -> str:
            return fmt_int(p[key]) if p.get("covered") else not_covered

        page.table(translate("FactSheet", "Boliger per 31.12 etter disposisjonsform, og ledige"),
                   [translate("FactSheet", "År"), translate("FactSheet", "Boliger"),
                    *(enum_label(t) for t in Tenure), translate("FactSheet", "Ledige")],
                   [[str(p["year"]), cell(p, "total"), cell(p, "owned"), cell(p, "leased"),
                     cell(p, "referral"), cell(p, "vacant")] for p in f.history])
        page.end()

    if total:  # the table beside the summary on the PDF (issue 14)
        page.section(translate("FactSheet", "Husleie og innleiekostnad"), "leie")
        page.table(translate("FactSheet", "Husleie og innleiekostnad per år"),
                   [translate("FactSheet", "Per år"), translate("FactSheet", "Kroner")],
                   rent_rows(f))
        page.end()

    _per_1000(page, figures, f)
    tenure = translate("FactSheet", "Disposisjonsform")
    _distribution(page, tenure, "disposisjonsform", tenure,
                  translate("FactSheet", "Boliger etter disposisjonsform"),
                  [(enum_label(t), f.by_tenure.get(t.value, 0)) for t in Tenure], total)
    _distribution(page, translate("FactSheet", "Målgrupper"), "malgrupper",
                  translate("FactSheet", "Målgruppe"),
                  translate("FactSheet", "Boliger etter målgruppe"),
                  [(enum_label(g), f.by_target_group.get(g.value, 0)) for g in TargetGroup],
                  total)
    rooms = translate("FactSheet", "Antall rom")
    _distribution(page, rooms, "rom", rooms, translate("FactSheet", "Boliger etter antall rom"),
                  [(k if k != "unknown" else translate("FactSheet", "Ukjent"),
                    f.by_rooms.get(k, 0)) for k in ("1", "2", "3", "4", "5+", "unknown")],
                  total)

    dwellings, share_head = translate("FactSheet", "Boliger"), translate("FactSheet", "Andel")
    in_all = translate("FactSheet", "I alt")
    use = translate("FactSheet", "Faktisk bruk")
    page.section(translate("FactSheet", "Bruk og status"), "bruk")
    page.table(use, [use, dwellings, share_head],
               [[enum_label(u), fmt_int(f.by_actual_use.get(u.value, 0)),
                 share(f.by_actual_use.get(u.value, 0))] for u in ActualUse],
               total=[in_all, fmt_int(total), share(total)])
    status = translate("FactSheet", "Status")
    page.table(status, [status, dwellings, share_head],
               [*([enum_label(s), fmt_int(f.by_status.get(s.value, 0)),
                   share(f.by_status.get(s.value, 0))] for s in DwellingStatus),
                [translate("FactSheet", "Rullestoltilgjengelig"), fmt_int(f.wheelchair_accessible),
                 share(f.wheelchair_accessible)]])
    page.end()

    kinds = f.agreements_by_kind
    lease, referral = kinds.get("lease", {}), kinds.get("referral", {})
    page.section(translate("FactSheet", "Innleie- og tilvisningsavtaler"), "avtaler")
    page.table(translate("FactSheet", "Avtaler etter type"),
               [translate("FactSheet", "Avtaler"), translate("FactSheet", "Innleie"),
                translate("FactSheet", "Tilvisning"), in_all],
               [[label, fmt_int(lease.get(key, 0)), fmt_int(referral.get(key, 0)),
                 fmt_int(both)] for key, label, both in agreement_rows(f)])
    page.end()

    page.section(translate("FactSheet", "Vedlikeholdsansvar registrert"), "vedlikehold")
    page.table(translate("FactSheet", "Boliger med registrert vedlikeholdsansvar, etter område"),
               [translate("FactSheet", "Område"), translate("FactSheet", "Registrert"),
                share_head, translate("FactSheet", "Mangler")],
               [[label, fmt_int(f.maintenance_set.get(key, 0)),
                 fmt_pct(f.maintenance_share.get(key)),
                 fmt_int(total - f.maintenance_set.get(key, 0))]
                for key, label in maintenance_areas()])
    page.end()

    find_title = findings_title(f)
    page.section(find_title, "avvik")
    page.table(find_title, [translate("FactSheet", "Alvorlighet"),
                            translate("FactSheet", "Antall")],
               [[enum_label(s), fmt_int(f.findings_open.get(s.value, 0))]
                for s in (Severity.HIGH, Severity.MEDIUM, Severity.LOW)],
               total=[in_all, fmt_int(f.findings_open.get("total", 0))])
    page.end()

    notes = _missing_notes(f)
    if notes:
        page.section(translate("FactSheet", "Dette mangler på arket"), "mangler")
        page.add("<ul>" + "".join(f"<li>{_e(n)}</li>" for n in notes) + "</ul>")
        page.end()

    _change(page, f)
    _central_units(page, f)
    _indicators(page, f)

    page.section(translate("FactSheet", "Definisjoner og kilder"), "definisjoner")
    for text in _definitions(f):
        page.add(f"<p>{_para_markup(text)}</p>")
    page.end()
    page.add("</main>")
    page.add(f"<footer><p>{_e(title)}</p><p>{_e(extracted_footer(f))}</p>")
    if f.demo:
        page.add("<p><strong>" + _e(translate(
            "FactSheet", "DEMODATA: tallene er syntetiske og laget for utprøving – ikke til "
                         "publisering.")) + "</strong></p>")
    page.add("<p>" + _e(translate("FactSheet", "Tilgjengelig utgave (HTML) av PDF-faktaarket, "
                                               "med de samme tallene.")) + "</p></footer>")
    description = translate("FactSheet", "Kommunalt disponerte boliger {year}").format(
        year=f.year)
    keywords = ", ".join(["boligsosialt faktaark", f.name, str(f.year)]
                         + (["DEMODATA"] if f.demo else []))
    head = ("<!DOCTYPE html>\n"
            f'<html lang="{current_language()}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{_e(title)}</title>\n"
            '<meta name="author" content="Oslo kommune">\n'
            '<meta name="generator" content="boligreg">\n'
            f'<meta name="description" content="{_e(description)}">\n'
            f'<meta name="keywords" content="{_e(keywords)}">\n'
            f"<style>{_CSS}</style>\n</head>\n<body>\n")
    return head + "\n".join(page.parts) + "\n</body>\n</html>\n"


def _central_units(page: _Page, f: Figures) -> None:
    """Issue 14: the central units' dwellings lying in the bydel, as on the PDF, as a table."""
    title = central_units_title(f)
    page.section(title, "sentrale")
    rows = [[str(b["name"]), fmt_int(b["dwellings"]), fmt_int(b["vacant"]),
             fmt_int(b["wheelchair_accessible"])]
            for b in f.central_units.values() if b.get("dwellings")]
    if rows:
        page.table(title, [translate("FactSheet", "Enhet"), translate("FactSheet", "Boliger"),
                           translate("FactSheet", "Ledige"),
                           translate("FactSheet", "Rullestoltilgjengelige")], rows)
    page.add(f"<p>{_e(central_units_text(f))}</p>")
    page.end()


def _change(page: _Page, f: Figures) -> None:
    year0 = f.year - 1
    page.section(change_title(f), "endring")
    if f.change is None:
        page.add(f"<p>{_e(change_missing_text(f))}</p>")
        page.end()
        return
    prev, delta = f.change["previous"], f.change["delta"]
    current = f.to_dict()
    spec = change_spec()
    page.table(translate("FactSheet", "Tallene i {year0} og {year}").format(year0=year0,
                                                                            year=f.year),
               [translate("FactSheet", "Tall"), str(year0), str(f.year),
                translate("FactSheet", "Endring")],
               [[label, fmt(prev.get(key)), fmt(current.get(key)),
                 fmt_signed(delta.get(key), decimals)] for label, key, fmt, decimals in spec])
    page.add(f'<p class="note">{_e(_change_source(f))}</p>')
    page.end()


def _indicators(page: _Page, f: Figures) -> None:
    page.section(indicators_title(f), "indikatorer")
    if not f.indicators:
        page.add(f"<p>{_e(no_indicators_text(f))}</p>")
        page.end()
        return
    rows = []
    for r in f.indicators:
        value = fmt_pct(r["value"]) if r["unit"] == "%" else (
            fmt_int(r["value"]) if float(r["value"]).is_integer() else fmt_dec(r["value"]))
        rows.append([str(r["label"]), value, str(r["source"])])
    page.table(indicators_title(f), [translate("FactSheet", "Indikator"),
                                     translate("FactSheet", "Verdi"),
                                     translate("FactSheet", "Kilde")], rows, numeric=[1])
    if f.scope == OSLO:
        page.add(f'<p class="note">{_e(oslo_indicators_note())}</p>')
    page.end()


def _write(figures: dict[str, Figures], scope: str, tmp: Path,
           language: str = SHEET_LANGUAGE) -> None:
    tmp.write_text(render_factsheet_html(figures, scope, language=language), encoding="utf-8")


def write_factsheet_html(figures: dict[str, Figures], scope: str, path: str | Path, *,
                         overwrite: bool = False, protect: Iterable[str | Path | None] = (),
                         language: str = SHEET_LANGUAGE) -> Path:
    """One HTML sheet to ``path`` through ``safefiles`` (checked target, temporary file,
    rename) — the same rules as the PDF."""
    write_output(path, lambda tmp: _write(figures, scope, tmp, language), overwrite=overwrite,
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
    language: str = SHEET_LANGUAGE,
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
                     translate("FactSheet", "Lager HTML-faktaark for {name} …").format(
                         name=figures[scope].name))
        with atomic_output(path, overwrite=overwrite, protect=protect) as tmp:
            _write(figures, scope, tmp, language)
        written.append(path)
    if progress is not None:
        progress(100, translate("FactSheet", "{n} faktaark laget.").format(n=len(written)))
    return written


__all__ = [
    "html_filename",
    "render_factsheet_html",
    "write_factsheet_html",
    "write_factsheets_html",
]
