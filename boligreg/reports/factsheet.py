"""Boligsosialt faktaark: one A4 PDF per bydel and one for Oslo (reportlab, bokmål).

``build_figures`` reads the register once (the statistics service); ``render_factsheet`` only
lays out what it is given and never queries, so 16 sheets cost one set of queries. Page 1: key
figures, dwellings per 1 000 inhabitants for all bydeler, tenure, target groups and rooms.
Page 2: use and status, agreements, maintenance responsibility, open findings, change from the
previous year, imported indicators with sources, notes on what is missing, definitions and
sources. Fonts are embedded (``fonts.py``) and every text is real, selectable text.

The sheets are bokmål unless English is asked for (``language="en"``: ``factsheet --lang
en``); the window's or the environment's language does not change them, so a published
edition is always the bokmål sheet. Texts: context "FactSheet" (shared with the HTML edition).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import threading
import unicodedata
from collections.abc import Callable, Iterable
from datetime import date
from io import BytesIO
from itertools import combinations
from pathlib import Path
from typing import IO, Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from .. import formats
from ..errors import BoligregError, CancelledError
from ..i18n import QT_TRANSLATE_NOOP, forced_language, plural, translate, using
from ..i18n import language as current_language
from ..models.enums import ActualUse, DwellingStatus, Severity, TargetGroup, Tenure, label_nb
from ..safefiles import atomic_output, check_folder, check_output, write_output
from ..services.stats import OSLO, Figures, compute_figures
from .charts import (
    GRID,
    HIGHLIGHT,
    INK,
    MUTED,
    Bar,
    column_chart,
    hbar_chart,
    stacked_bar,
)
from .fonts import FontSet, register_fonts
from .map import bydel_map_drawing

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_W = PAGE_W - 2 * MARGIN_X
PANEL = colors.HexColor("#EEF2F7")
DEMO_BG = colors.HexColor("#FCEBD9")
NBSP = "\u00a0"
PRODUCER = "boligreg"
POPULATION_LICENCE = "Kilde: SSB (NLOD / CC BY 4.0)"
SHEET_LANGUAGE = "nb"  # the sheets' language unless another is asked for
TENURE_COLOURS = {
    Tenure.OWNED.value: HIGHLIGHT,
    Tenure.LEASED.value: colors.HexColor("#6C8EBF"),
    Tenure.REFERRAL.value: colors.HexColor("#B9C9DD"),
}

ProgressFn = Callable[[int, str], None]
CancelFn = Callable[[], bool]


# --------------------------------------------------------------------------- formatting


def fmt_int(value: float | None) -> str:
    """12345 -> "12 345" (boligreg.formats: no-break space); None -> "–"."""
    return formats.integer(value)


def fmt_dec(value: float | None, decimals: int = 1) -> str:
    return formats.number(value, decimals)


def fmt_pct(value: float | None, decimals: int = 1) -> str:
    return formats.percent(value, decimals)


def fmt_signed(value: float | None, decimals: int = 0) -> str:
    return formats.signed(value, decimals)


def fmt_date(iso: str | None) -> str:
    return formats.date(iso)


def fmt_timestamp(iso: str) -> str:
    return formats.timestamp(iso)


def enum_label(value: Any) -> str:
    """An enum value's label in the language being written (context: the enum's class)."""
    return translate(type(value).__name__, label_nb(value))


def sheet_title(f: Figures) -> str:
    return translate("FactSheet", "Boligsosialt faktaark {year} – {name}").format(
        year=f.year, name=f.official_name if f.scope != OSLO else "Oslo")


def population_licence() -> str:
    return translate("FactSheet", "Kilde: SSB (NLOD / CC BY 4.0)")


def _slug(text: str) -> str:
    text = text.lower().replace("æ", "ae").replace("ø", "o").replace("å", "a")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def factsheet_filename(f: Figures) -> str:
    """The sheet's file name, carrying its year and edition: "2025-030101-gamle-oslo.pdf",
    "2025-030102-grunerlokka.pdf", …, "2025-0301-oslo.pdf"; a published revised edition adds
    "-utgave2" (edition 1 and unpublished sheets: no suffix)."""
    stem = f"{f.year}-0301-oslo" if f.scope == OSLO else f"{f.year}-{f.scope}-{_slug(f.name)}"
    edition = getattr(f, "edition", None)
    return f"{stem}-utgave{edition}.pdf" if edition and edition >= 2 else f"{stem}.pdf"


# --------------------------------------------------------------------------- styles


def _styles(fonts: FontSet) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=fonts.regular, fontSize=8.5, leading=11.5,
                          textColor=INK, bulletFontName=fonts.regular)
    return {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontName=fonts.bold, fontSize=17,
                                leading=21, textColor=HIGHLIGHT, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=9, leading=12,
                                   textColor=MUTED),
        "h2": ParagraphStyle("h2", parent=base, fontName=fonts.bold, fontSize=10.5, leading=13,
                             textColor=HIGHLIGHT, spaceBefore=8, spaceAfter=3),
        "h3": ParagraphStyle("h3", parent=base, fontName=fonts.bold, fontSize=9, leading=11.5,
                             textColor=HIGHLIGHT, spaceAfter=3),
        "lead": ParagraphStyle("lead", parent=base, fontSize=9.5, leading=13.5),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
        "cell_r": ParagraphStyle("cell_r", parent=base, fontSize=8, leading=10,
                                 alignment=TA_RIGHT),
        # Nothing under 8 pt on an official sheet (universell utforming).
        "cell_small": ParagraphStyle("cell_small", parent=base, fontSize=8, leading=10,
                                     textColor=MUTED),
        "kf_value": ParagraphStyle("kf_value", parent=base, fontName=fonts.bold, fontSize=16,
                                   leading=19, textColor=HIGHLIGHT),
        "kf_label": ParagraphStyle("kf_label", parent=base, fontSize=8, leading=10),
        "kf_sub": ParagraphStyle("kf_sub", parent=base, fontSize=8, leading=10,
                                 textColor=MUTED),
        "note": ParagraphStyle("note", parent=base, fontSize=8, leading=10.5,
                               leftIndent=8, bulletIndent=0),
        "foot": ParagraphStyle("foot", parent=base, fontSize=8, leading=10,
                               textColor=MUTED, alignment=TA_LEFT, spaceAfter=2),
        "demo": ParagraphStyle("demo", parent=base, fontName=fonts.bold, fontSize=8.5,
                               leading=11, textColor=colors.HexColor("#8A4B08")),
    }


def _esc(text: Any) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --------------------------------------------------------------------------- page furniture


class _NumberedCanvas(Canvas):
    """Holds pages back until the end so the footer can say "Side 1 av 2"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            furniture = getattr(self, "_furniture", None)
            if furniture is not None:
                furniture(self, self._pageNumber, total)
            super().showPage()
        super().save()


def _furniture_for(f: Figures, fonts: FontSet) -> Callable[[Canvas, int, int], None]:
    title = sheet_title(f)
    # Translated now: the canvas draws them at save time, when the language may be another.
    page_text = translate("Pdf", "Side {page} av {total}")
    extracted_text = extracted_footer(f)
    demo_text = translate("FactSheet", "DEMODATA: tallene er syntetiske og laget for "
                                       "utprøving – ikke til publisering.")

    def draw(c: Canvas, page: int, total: int) -> None:
        c.saveState()
        # Header: who publishes, and a rule.
        y = PAGE_H - 13 * mm
        c.setFillColor(HIGHLIGHT)
        c.setFont(fonts.bold, 9)
        c.drawString(MARGIN_X, y, "Oslo kommune")
        c.setFont(fonts.regular, 8)
        c.setFillColor(MUTED)
        right = translate("FactSheet", "Boligsosialt faktaark {year}").format(year=f.year)
        if f.demo:
            right = translate("FactSheet", "DEMODATA – syntetiske tall") + "  ·  " + right
        c.drawRightString(PAGE_W - MARGIN_X, y, right)
        c.setStrokeColor(HIGHLIGHT)
        c.setLineWidth(1.2)
        c.line(MARGIN_X, y - 3 * mm, PAGE_W - MARGIN_X, y - 3 * mm)
        # Footer: the sheet, the extraction date, the page.
        c.setStrokeColor(GRID)
        c.setLineWidth(0.6)
        fy = 14 * mm
        c.line(MARGIN_X, fy + 4 * mm, PAGE_W - MARGIN_X, fy + 4 * mm)
        c.setFillColor(MUTED)
        c.setFont(fonts.regular, 8)
        c.drawString(MARGIN_X, fy, title)
        c.drawRightString(PAGE_W - MARGIN_X, fy, page_text.format(page=page, total=total))
        c.drawString(MARGIN_X, fy - 3.6 * mm, extracted_text)
        if f.demo:
            c.setFillColor(colors.HexColor("#8A4B08"))
            c.setFont(fonts.bold, 8)
            c.drawString(MARGIN_X, fy - 7.2 * mm, demo_text)
        c.restoreState()

    return draw


# --------------------------------------------------------------------------- building blocks


def extracted_footer(f: Figures) -> str:
    return translate("FactSheet", "Data hentet ut fra boligreg {time}. Tall per {date}.").format(
        time=fmt_timestamp(f.extracted_at), date=fmt_date(f.reference_date))


def key_figure_cells(f: Figures, line_break: str = "<br/>") -> list[tuple[str, str, str]]:
    """(value, label, more) of the sheet's five key figures; the PDF and the HTML edition
    word them alike (``line_break`` joins the two lines of the first one's "more")."""
    ch = (f.change or {}).get("delta", {})
    from_year = (f.change or {}).get("from_year")

    def since(key: str, decimals: int = 0) -> str:
        if from_year is None or ch.get(key) is None:
            return ""
        return translate("FactSheet", "{change} fra {year}").format(
            change=fmt_signed(ch[key], decimals), year=from_year)

    total_sub = since("dwellings_total")
    if f.scope != OSLO and f.share_of_oslo is not None:
        share = translate("FactSheet", "{share} av Oslos boliger").format(
            share=fmt_pct(f.share_of_oslo))
        total_sub = f"{share}{line_break}{total_sub}" if total_sub else share
    per_sub = (f"Oslo: {fmt_dec(f.oslo_per_1000)}" if f.scope != OSLO
               else translate("FactSheet", "folketall {n}").format(n=fmt_int(f.population)))
    if f.population is None:
        per_sub = translate("FactSheet", "folketall mangler")
    if f.scope == OSLO:
        third = (fmt_int(f.wheelchair_accessible),
                 translate("FactSheet", "tilgjengelige for rullestolbrukere"),
                 translate("FactSheet", "{share} av boligene").format(
                     share=fmt_pct(f.wheelchair_share)))
    else:
        rank = (translate("FactSheet", "{rank} av {of}").format(rank=f.rank_per_1000,
                                                                 of=f.rank_of)
                if f.rank_per_1000 is not None else "–")
        third = (rank, translate("FactSheet", "i rangering per 1 000 innbyggere"),
                 translate("FactSheet", "1 = flest kommunale boliger per innbygger")
                 if f.rank_per_1000 is not None
                 else translate("FactSheet", "kan ikke rangeres uten folketall"))
    if f.median_days_vacant is not None:
        vac_sub = translate("FactSheet", "median {n} dager ledig").format(
            n=fmt_int(f.median_days_vacant))
    else:
        vac_sub = (translate("FactSheet", "ledighetstid ukjent") if f.vacant
                   else translate("FactSheet", "ingen ledige boliger"))
    return [
        (fmt_int(f.dwellings_total), translate("FactSheet", "kommunalt disponerte boliger"),
         total_sub),
        (fmt_dec(f.dwellings_per_1000), translate("FactSheet", "boliger per 1 000 innbyggere"),
         per_sub),
        third,
        (fmt_pct(f.vacancy_rate),
         translate("FactSheet", "ledige ({n} boliger)").format(n=fmt_int(f.vacant)), vac_sub),
        (fmt_int(f.agreements_active),
         translate("FactSheet", "aktive innleie- og tilvisningsavtaler"),
         translate("FactSheet", "{n} utløper innen 12 mnd.").format(
             n=fmt_int(f.agreements_ending_12m))),
    ]


def _key_figures(f: Figures, st: dict[str, ParagraphStyle]) -> Table:
    cells = key_figure_cells(f)
    row = [[Paragraph(_esc(v), st["kf_value"]), Paragraph(label, st["kf_label"]),
            Paragraph(sub, st["kf_sub"])] for v, label, sub in cells]
    gap = 2.5 * mm
    col = (FRAME_W - gap * (len(cells) - 1)) / len(cells)
    widths: list[float] = []
    data: list[Any] = []
    for i, cell in enumerate(row):
        if i:
            widths.append(gap)
            data.append("")
        widths.append(col)
        data.append(cell)
    t = Table([data], colWidths=widths)
    style: list[tuple[Any, ...]] = [
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("FONTNAME", (0, 0), (-1, -1), register_fonts().regular),
             ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
             ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]
    for i in range(0, len(data), 2):
        style += [("BACKGROUND", (i, 0), (i, 0), PANEL),
                  ("LINEABOVE", (i, 0), (i, 0), 2, HIGHLIGHT)]
    t.setStyle(TableStyle(style))
    return t


def _summary(f: Figures) -> str:
    """One plain sentence or three about the sheet, for a reader in a hurry."""
    who = "Oslo kommune" if f.scope == OSLO else f.official_name
    if f.dwellings_total == 0:
        return translate("FactSheet", "{who} har ingen kommunalt disponerte boliger registrert "
                                      "i boligreg.").format(who=who)
    first = translate("FactSheet", "{who} disponerer {n} kommunale boliger").format(
        who=who, n=f"<b>{fmt_int(f.dwellings_total)}</b>")
    if f.dwellings_per_1000 is not None:
        first += translate("FactSheet", ", {n} per 1 000 innbyggere").format(
            n=fmt_dec(f.dwellings_per_1000))
        if f.scope != OSLO and f.rank_per_1000 is not None:
            first += translate("FactSheet", " – nummer {rank} av {of} bydeler (Oslo: {oslo})"
                               ).format(rank=f.rank_per_1000, of=f.rank_of,
                                        oslo=fmt_dec(f.oslo_per_1000))
    parts = [first + "."]
    owned = f.by_tenure.get(Tenure.OWNED.value, 0)
    parts.append(translate("FactSheet", "{share} er eid av kommunen.").format(
        share=fmt_pct(100 * owned / f.dwellings_total, 0)))
    if f.not_housing:
        parts.append(translate("FactSheet", "{n} brukes til annet enn bolig.").format(
            n=fmt_int(f.not_housing)))
    return " ".join(parts)


MAP_W, MAP_H = 34 * mm, 36 * mm


def _summary_with_map(figs: dict[str, Figures], f: Figures,
                      st: dict[str, ParagraphStyle]) -> Table:
    """The summary beside a small map: the bydel drawn strong among the others (the Oslo
    sheet: every bydel shaded by dwellings per 1 000 inhabitants, with a legend)."""
    if f.scope == OSLO:
        values = {k: g.dwellings_per_1000 for k, g in figs.items() if k != OSLO}
        drawing = bydel_map_drawing(values, width=MAP_W, height=MAP_H + 10 * mm, fmt=fmt_dec,
                                    legend=translate("FactSheet", "Boliger per 1 000 innb."),
                                    labels=False)
    else:
        drawing = bydel_map_drawing(None, width=MAP_W, height=MAP_H, highlight=f.scope,
                                    labels=False)
    left_w = FRAME_W - MAP_W - 4 * mm
    # Under the summary, beside the map (space the page had unused): the history chart.
    left: list[Flowable] = [Paragraph(_summary(f), st["lead"]),
                            *_history_block(f, st, left_w)]
    t = Table([[left, drawing]], colWidths=[left_w, MAP_W + 4 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("FONTNAME", (0, 0), (-1, -1), st["body"].fontName),  # not Helvetica
                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                           ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    return t


def _title(text: str, style: ParagraphStyle) -> Paragraph:
    """The title on one line: the size steps down for a long bydel name."""
    size = style.fontSize
    while size > 12 and stringWidth(text, style.fontName, size) > FRAME_W:
        size -= 0.5
    fitted = ParagraphStyle("title_fit", parent=style, fontSize=size, leading=size * 1.25)
    return Paragraph(_esc(text), fitted)


def _heading(text: str, st: dict[str, ParagraphStyle], level: str = "h2") -> Paragraph:
    return Paragraph(text, st[level])


def _per_1000_chart(figs: dict[str, Figures], f: Figures, height: float) -> Flowable:
    bydeler = [g for k, g in figs.items() if k != OSLO]
    have = sorted((g for g in bydeler if g.dwellings_per_1000 is not None),
                  key=lambda g: -g.dwellings_per_1000)  # type: ignore[operator]
    lacking = [g for g in bydeler if g.dwellings_per_1000 is None]
    bars = [Bar(g.name, g.dwellings_per_1000, highlight=g.scope == f.scope)
            for g in [*have, *lacking]]
    oslo = figs[OSLO].dwellings_per_1000
    return hbar_chart(bars, width=FRAME_W, height=height, fmt=fmt_dec,
                      reference=("Oslo", oslo) if oslo is not None else None,
                      empty_text=translate("FactSheet", "Ingen boliger registrert"),
                      missing_text=translate("FactSheet", "mangler folketall"))


def _split_bars(values: dict[str, int], labels: Iterable[tuple[str, str]], total: int
                ) -> list[Bar]:
    out = []
    for key, label in labels:
        n = values.get(key, 0)
        share = f" ({fmt_pct(100 * n / total, 0)})" if total else ""
        out.append(Bar(label, n, text=f"{fmt_int(n)}{share}"))
    return out


def _layout_style() -> TableStyle:
    """A table used for layout only: cells top-aligned, no padding, the sheet's font."""
    return TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("FONTNAME", (0, 0), (-1, -1), register_fonts().regular),
                       ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                       ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])


def _side_by_side(left: list[Flowable], right: list[Flowable], gap: float = 8 * mm) -> Table:
    w = (FRAME_W - gap) / 2
    t = Table([[left, "", right]], colWidths=[w, gap, w])
    t.setStyle(_layout_style())
    return t


def _columns(texts: list[str], style: ParagraphStyle, n: int, gap: float) -> Table:
    """``texts`` as paragraphs in ``n`` columns of about equal height, in reading order."""
    width = (FRAME_W - gap * (n - 1)) / n
    paras = [Paragraph(text, style) for text in texts]
    heights = [p.wrap(width, 10_000)[1] for p in paras]
    # The shortest tallest column over every way to cut the list in reading order (a few
    # paragraphs: trying all cuts is cheap).
    best: tuple[float, tuple[int, ...]] | None = None
    for cuts in combinations(range(1, len(paras)), n - 1):
        bounds = (0, *cuts, len(paras))
        tallest = max(sum(heights[a:b]) for a, b in zip(bounds, bounds[1:], strict=False))
        if best is None or tallest < best[0]:
            best = (tallest, bounds)
    bounds = best[1] if best else (0, len(paras))
    cols: list[list[Flowable]] = [list(paras[a:b])
                                  for a, b in zip(bounds, bounds[1:], strict=False)]
    w = (FRAME_W - gap * (n - 1)) / n
    cells: list[Any] = []
    widths: list[float] = []
    for i, col in enumerate(cols):
        if i:
            cells.append("")
            widths.append(gap)
        cells.append(col)
        widths.append(w)
    t = Table([cells], colWidths=widths)
    t.setStyle(_layout_style())
    return t


def _table(rows: list[list[Any]], widths: list[float], st: dict[str, ParagraphStyle],
           *, total_row: bool = False, numeric: Iterable[int] | None = None) -> Table:
    """A quiet table: bold header with a dark rule, hairlines between rows, numbers right.

    A cell whose text fits its column is a plain string (cheap: Paragraphs in every cell made
    up most of the rendering time); only text that must wrap becomes a Paragraph.
    """
    fonts = register_fonts()
    numeric_cols = set(numeric) if numeric is not None else set(range(1, len(widths)))
    size = st["cell"].fontSize
    pad = 3
    body = []
    for r, row in enumerate(rows):
        bold = r == 0 or (total_row and r == len(rows) - 1)
        face = fonts.bold if bold else fonts.regular
        cells: list[Any] = []
        for c, value in enumerate(row):
            if isinstance(value, Flowable):
                cells.append(value)
            elif stringWidth(str(value), face, size) <= widths[c] - 2 * pad:
                cells.append(str(value))
            else:
                style = st["cell_r"] if c in numeric_cols else st["cell"]
                text = f"<b>{_esc(value)}</b>" if bold else _esc(value)
                cells.append(Paragraph(text, style))
        body.append(cells)
    t = Table(body, colWidths=widths, repeatRows=1)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
        ("FONTNAME", (0, 0), (-1, 0), fonts.bold),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), st["cell"].leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, HIGHLIGHT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, GRID),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        # Plain strings sit on a baseline, Paragraphs hang from the top: pad to match.
        ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.4),
    ]
    style += [("ALIGN", (c, 0), (c, -1), "RIGHT") for c in sorted(numeric_cols)]
    if total_row:
        style += [("LINEABOVE", (0, -1), (-1, -1), 0.6, INK),
                  ("FONTNAME", (0, -1), (-1, -1), fonts.bold)]
    t.setStyle(TableStyle(style))
    return t


def _missing_notes(f: Figures) -> list[str]:
    notes = []
    oslo = f.scope == OSLO
    for key in f.missing:
        if key == "population":
            notes.append((
                translate("FactSheet", "Folketall mangler for Oslo (1.1.{year} eller tidligere). "
                                       "Boliger per 1 000 innbyggere og rangering kan derfor "
                                       "ikke beregnes.") if oslo else
                translate("FactSheet", "Folketall mangler for bydelen (1.1.{year} eller "
                                       "tidligere). Boliger per 1 000 innbyggere og rangering "
                                       "kan derfor ikke beregnes.")).format(year=f.year + 1))
        elif key == "population_current":
            notes.append(translate("FactSheet", "Folketall per 1.1.{year} finnes ikke ennå; "
                                                "folketallet per {date} er brukt.").format(
                year=f.year + 1, date=fmt_date(f.population_date)))
        elif key == "dwellings":
            notes.append(
                translate("FactSheet", "Ingen kommunalt disponerte boliger er registrert for "
                                       "Oslo; fordelingene er tomme.") if oslo else
                translate("FactSheet", "Ingen kommunalt disponerte boliger er registrert for "
                                       "bydelen; fordelingene er tomme."))
        elif key == "indicators":
            notes.append((
                translate("FactSheet", "Ingen boligsosiale indikatorer er importert for {year} "
                                       "for alle 15 bydeler.") if oslo else
                translate("FactSheet", "Ingen boligsosiale indikatorer er importert for {year}.")
            ).format(year=f.year))
        elif key == "previous_snapshot":
            notes.append(translate(
                "FactSheet", "Endring fra {year} vises ikke: det er ikke lagret noe "
                             "øyeblikksbilde av tallene for {year}, og registeret hadde ingen "
                             "boliger her per 31.12.{year} (eller historikken rekker ikke så "
                             "langt tilbake).").format(year=f.year - 1))
        elif key == "vacant_since":
            n = f.vacant_since_unknown
            notes.append(plural(
                n, "FactSheet",
                QT_TRANSLATE_NOOP("FactSheet", "{n} ledig bolig mangler dato for når den ble "
                                               "ledig og inngår ikke i ledighetstiden."),
                QT_TRANSLATE_NOOP("FactSheet", "{n} ledige boliger mangler dato for når de ble "
                                               "ledige og inngår ikke i ledighetstiden."),
            ).format(n=fmt_int(n)))
        elif key == "vacant_after_reference":
            n = f.vacant_after_reference
            notes.append(plural(
                n, "FactSheet",
                QT_TRANSLATE_NOOP("FactSheet", "{n} ledig bolig ble ledig etter {date} og "
                                               "inngår ikke i ledighetstiden."),
                QT_TRANSLATE_NOOP("FactSheet", "{n} ledige boliger ble ledige etter {date} og "
                                               "inngår ikke i ledighetstiden."),
            ).format(n=fmt_int(n), date=fmt_date(f.reference_date)))
    zero_tenures = [enum_label(t).lower() for t in Tenure if f.by_tenure.get(t.value, 0) == 0]
    if f.dwellings_total and zero_tenures:
        notes.append(translate("FactSheet", "Ingen boliger med disposisjonsform {tenures} er "
                                            "registrert.").format(
            tenures=translate("FactSheet", " eller ").join(zero_tenures)))
    if f.dwellings_total and f.agreements_active == 0:
        notes.append(translate("FactSheet",
                               "Ingen aktive innleie- eller tilvisningsavtaler er registrert."))
    gaps = ([plural(f.rent_tenant_missing, "FactSheet",
                    QT_TRANSLATE_NOOP("FactSheet", "husleie for {n} utleide bolig"),
                    QT_TRANSLATE_NOOP("FactSheet", "husleie for {n} utleide boliger"),
                    ).format(n=fmt_int(f.rent_tenant_missing))]
            if f.rent_tenant_missing else []) + (
        [plural(f.lease_cost_missing, "FactSheet",
                QT_TRANSLATE_NOOP("FactSheet", "leie for {n} innleieavtale"),
                QT_TRANSLATE_NOOP("FactSheet", "leie for {n} innleieavtaler"),
                ).format(n=fmt_int(f.lease_cost_missing))]
        if f.lease_cost_missing else [])
    if gaps:
        notes.append(translate("FactSheet", "Mangler {what} (ikke med i beløpene).").format(
            what=translate("FactSheet", " og ").join(gaps)))
    return notes


def _definitions(f: Figures) -> list[str]:
    ref = fmt_date(f.reference_date)
    oslo = f.scope == OSLO
    stock = (translate("FactSheet", "Bestanden er registeret slik det var registrert ved "
                                    "utgangen av {date}.").format(date=fmt_date(f.as_of))
             if f.basis == "registered" and f.as_of else
             translate("FactSheet", "Bestanden er dagens register på datoen {date}.").format(
                 date=fmt_date(f.as_of))
             if f.basis == "corrected" and f.as_of else
             translate("FactSheet", "Bestanden er registerets innhold på uttaksdatoen."))
    pop = (translate("FactSheet", "Her: folketall per {date}").format(
               date=fmt_date(f.population_date)) if f.population is not None
           else translate("FactSheet", "Folketall mangler"))
    # Markup (<b>) is part of each text: a translation keeps its tags.
    return [
        (translate("FactSheet", "<b>Kommunalt disponerte boliger</b>: alle boliger i boligreg, "
                                "hver bolig én gang – bydelenes, de sentrale enhetenes og "
                                "boliger registrert i Sentrum og Marka – eid av kommunen, "
                                "innleid eller med tilvisningsrett, også boliger som brukes "
                                "til annet enn bolig. Slettede poster er ikke med. {stock}")
         if oslo else
         translate("FactSheet", "<b>Kommunalt disponerte boliger</b>: boligene bydelen "
                                "disponerer (uansett beliggenhet) og avtalene den har – eid av "
                                "kommunen, innleid eller med tilvisningsrett, også boliger som "
                                "brukes til annet enn bolig. Slettede poster er ikke med. "
                                "{stock}")).format(stock=stock),
        translate("FactSheet", "<b>Per 1 000 innbyggere</b>: boliger / folketall × 1 000, som i "
                               "KOSTRA. Folketall per 1. januar året etter (= 31.12.{year}). "
                               "{pop}.").format(year=f.year, pop=pop),
        translate("FactSheet", "<b>Ledig</b>: status ledig, som andel av alle boliger. "
                               "Ledighetstid: median antall dager fra registrert ledig-dato til "
                               "{date}.").format(date=ref),
        translate("FactSheet", "<b>Aktive avtaler</b>: innleie- og tilvisningsavtaler som "
                               "gjelder {date}. Utløper: sluttdato innen 12 måneder. Ikke "
                               "gjennomgått: ingen registrert gjennomgang de siste 12 "
                               "månedene.").format(date=ref),
        translate("FactSheet", "<b>Husleie</b>: utleide boliger kommunen disponerer; "
                               "<b>innleiekostnad</b>: aktive innleieavtaler kommunen holder; "
                               "månedsbeløp × 12.") if oslo else
        translate("FactSheet", "<b>Husleie</b>: utleide boliger bydelen disponerer; "
                               "<b>innleiekostnad</b>: aktive innleieavtaler bydelen holder; "
                               "månedsbeløp × 12."),
        translate("FactSheet", "<b>Vedlikeholdsansvar</b>: boliger der ansvar er registrert "
                               "for boligen selv eller for bygget den ligger i, gyldig "
                               "{date}.").format(date=ref),
        translate("FactSheet", "<b>Åpne avvik</b>: funn fra registerets kontroller som ikke er "
                               "lukket eller akseptert."),
        translate("FactSheet", "<b>Kilder</b>: boligreg, uttrekk {time}. Folketall: SSB tabell "
                               "10826/07459; {licence}. Indikatorer: se tabellen.").format(
            time=fmt_timestamp(f.extracted_at), licence=population_licence()),
    ]


# --------------------------------------------------------------------------- the sheet


def agreement_rows(f: Figures) -> list[tuple[str, str, int]]:
    """(key, label, both kinds) of the agreements table (PDF and HTML)."""
    return [("active", translate("FactSheet", "Aktive"), f.agreements_active),
            ("ending_12m", translate("FactSheet", "Utløper innen 12 mnd."),
             f.agreements_ending_12m),
            ("unreviewed_12m", translate("FactSheet", "Ikke gjennomgått siste 12 mnd."),
             f.agreements_unreviewed_12m)]


def maintenance_areas() -> list[tuple[str, str]]:
    return [("interior", translate("FactSheet", "Indre")),
            ("exterior", translate("FactSheet", "Ytre")),
            ("technical", translate("FactSheet", "Tekniske anlegg")),
            ("outdoor", translate("FactSheet", "Uteområder"))]


def findings_title(f: Figures) -> str:
    return (translate("FactSheet", "Åpne avvik etter alvorlighet")
            if f.basis != "registered" or not f.as_of else
            translate("FactSheet", "Avvik åpne per {date}, etter alvorlighet").format(
                date=fmt_date(f.as_of)))


def subtitle_text(f: Figures) -> str:
    """"Kommunalt disponerte boliger per <date> · folketall per <date>" (PDF and HTML)."""
    pop = (translate("FactSheet", "folketall per {date}").format(
               date=fmt_date(f.population_date)) if f.population is not None
           else translate("FactSheet", "folketall mangler"))
    return translate("FactSheet", "Kommunalt disponerte boliger per {date} · {population}"
                     ).format(date=fmt_date(f.reference_date), population=pop)


def edition_label(f: Figures) -> str:
    return (translate("FactSheet", "Revidert utgave (utgave {n})").format(n=f.edition)
            if (f.edition or 0) > 1 else translate("FactSheet", "Publisert utgave 1"))


def edition_changes_text(f: Figures) -> str:
    # The changes themselves are stored with the edition, in bokmål (services/editions.py).
    return translate("FactSheet", "Endret fra utgave {n}: {changes}.").format(
        n=(f.edition or 1) - 1, changes="; ".join(f.edition_changes))


def demo_banner() -> str:
    return translate("FactSheet", "DEMODATA – tallene er syntetiske og laget for utprøving. "
                                  "Ikke til publisering.")


def _story(figs: dict[str, Figures], f: Figures, st: dict[str, ParagraphStyle]
           ) -> list[Flowable]:
    """Long because the story is the sheet read top to bottom (page 1, page 2, definitions),
    and its blocks share one measured height budget for the two pages; split, the
    budget would be spread over functions."""
    story: list[Flowable] = []
    total = f.dwellings_total
    story.append(_title(sheet_title(f), st["title"]))
    story.append(Paragraph(_esc(subtitle_text(f)), st["subtitle"]))
    basis = basis_text(f)
    if basis:
        story.append(Paragraph(_esc(basis), st["subtitle"]))
    if f.edition:
        story.append(Paragraph(f"<b>{_esc(edition_label(f))}</b>", st["subtitle"]))
        if f.edition_changes:
            story.append(Paragraph(_esc(edition_changes_text(f)), st["note"]))
    if f.demo:
        demo = Table([[Paragraph(_esc(demo_banner()), st["demo"])]], colWidths=[FRAME_W])
        demo.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), DEMO_BG),
                                  ("FONTNAME", (0, 0), (-1, -1), register_fonts().regular),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 6),
                                  ("TOPPADDING", (0, 0), (-1, -1), 3),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        story += [Spacer(1, 3 * mm), demo]
    story += [Spacer(1, 4 * mm), _key_figures(f, st), Spacer(1, 3 * mm),
              _summary_with_map(figs, f, st)]

    story.append(_heading(translate("FactSheet", "Kommunale boliger per 1 000 innbyggere, alle "
                                                 "bydeler"), st))
    story.append(_per_1000_chart(figs, f, height=50 * mm))

    tenure_parts = [(enum_label(t), float(f.by_tenure.get(t.value, 0)),
                     TENURE_COLOURS[t.value]) for t in Tenure]

    def with_share(n: float) -> str:
        return fmt_int(n) + (f" ({fmt_pct(100 * n / total, 0)})" if total else "")

    story.append(_heading(translate("FactSheet", "Disposisjonsform"), st))
    story.append(stacked_bar(tenure_parts, width=FRAME_W, height=17 * mm, fmt=with_share,
                             empty_text=translate("FactSheet", "Ingen boliger registrert")))

    groups = _split_bars(f.by_target_group, [(g.value, enum_label(g)) for g in TargetGroup],
                         total)
    rooms = [Bar(k if k != "unknown" else translate("FactSheet", "Ukjent"), f.by_rooms.get(k, 0))
             for k in ("1", "2", "3", "4", "5+", "unknown")]
    half = (FRAME_W - 8 * mm) / 2
    none = translate("FactSheet", "Ingen boliger")
    story.append(Spacer(1, 2 * mm))
    story.append(_side_by_side(
        [_heading(translate("FactSheet", "Målgrupper"), st),
         hbar_chart(groups, width=half, height=GROUPS_H, fmt=fmt_int, empty_text=none)],
        [_heading(translate("FactSheet", "Antall rom"), st),
         column_chart(rooms, width=half, height=GROUPS_H, fmt=fmt_int, empty_text=none)],
    ))
    story.append(PageBreak())

    # Page 2 ------------------------------------------------------------------------
    half_cols = [half * 0.52, half * 0.24, half * 0.24]

    def share(n: int) -> str:
        return fmt_pct(100 * n / total) if total else "–"

    dwellings, share_head = translate("FactSheet", "Boliger"), translate("FactSheet", "Andel")
    in_all = translate("FactSheet", "I alt")
    use_rows: list[list[Any]] = [[translate("FactSheet", "Faktisk bruk"), dwellings, share_head]]
    use_rows += [[enum_label(u), fmt_int(f.by_actual_use.get(u.value, 0)),
                  share(f.by_actual_use.get(u.value, 0))] for u in ActualUse]
    use_rows.append([in_all, fmt_int(total), share(total)])
    status_rows: list[list[Any]] = [[translate("FactSheet", "Status"), dwellings, share_head]]
    status_rows += [[enum_label(s), fmt_int(f.by_status.get(s.value, 0)),
                     share(f.by_status.get(s.value, 0))] for s in DwellingStatus]
    status_rows.append([translate("FactSheet", "Rullestoltilgjengelig"),
                        fmt_int(f.wheelchair_accessible), share(f.wheelchair_accessible)])
    story.append(_heading(translate("FactSheet", "Bruk og status"), st))
    story.append(_side_by_side([_table(use_rows, half_cols, st, total_row=True)],
                               [_table(status_rows, half_cols, st)]))

    kinds = f.agreements_by_kind
    lease, referral = kinds.get("lease", {}), kinds.get("referral", {})
    agr_rows: list[list[Any]] = [["", translate("FactSheet", "Innleie"),
                                  translate("FactSheet", "Tilvisning"), in_all]]
    for key, label, both in agreement_rows(f):
        agr_rows.append([label, fmt_int(lease.get(key, 0)), fmt_int(referral.get(key, 0)),
                         fmt_int(both)])
    maint_rows: list[list[Any]] = [[translate("FactSheet", "Område"),
                                    translate("FactSheet", "Registrert"), share_head,
                                    translate("FactSheet", "Mangler")]]
    for scope, label in maintenance_areas():
        n = f.maintenance_set.get(scope, 0)
        maint_rows.append([label, fmt_int(n), fmt_pct(f.maintenance_share.get(scope)),
                           fmt_int(total - n)])
    story.append(Spacer(1, 3 * mm))
    story.append(_side_by_side(
        [_heading(translate("FactSheet", "Innleie- og tilvisningsavtaler"), st, "h3"),
         _table(agr_rows, [half * 0.34, half * 0.22, half * 0.22, half * 0.22], st)],
        [_heading(translate("FactSheet", "Vedlikeholdsansvar registrert"), st, "h3"),
         _table(maint_rows, [half * 0.31, half * 0.25, half * 0.22, half * 0.22], st)],
    ))

    find_rows: list[list[Any]] = [[translate("FactSheet", "Alvorlighet"),
                                   translate("FactSheet", "Antall")]]
    find_rows += [[enum_label(s), fmt_int(f.findings_open.get(s.value, 0))]
                  for s in (Severity.HIGH, Severity.MEDIUM, Severity.LOW)]
    find_rows.append([in_all, fmt_int(f.findings_open.get("total", 0))])
    left: list[Flowable] = [_heading(findings_title(f), st, "h3"),
                            _table(find_rows, [half * 0.7, half * 0.3], st, total_row=True)]
    notes = _missing_notes(f)
    if notes:
        left += [Spacer(1, 3 * mm),
                 _heading(translate("FactSheet", "Dette mangler på arket"), st, "h3")]
        left += [Paragraph(_esc(n), st["note"], bulletText="•") for n in notes]
    story.append(Spacer(1, 3 * mm))
    right = _change_block(f, st, half)
    central = _central_units_block(f, st)

    def height(flowables: list[Flowable]) -> float:
        return sum(fl.wrap(half, 10_000)[1] + fl.getSpaceBefore() + fl.getSpaceAfter()
                   for fl in flowables)

    # The rents and the central units' block where they cost least height: each under the
    # shorter column, or the central units full width below (the sheet has two pages).
    if f.dwellings_total:
        rent = [Spacer(1, 2 * mm), *_rent_block(f, st, half)]
        if height(left) <= height(right):
            left += rent
        else:
            right = [*right, *rent]
    hl, hr = height(left), height(right)
    hc = height(central)
    full = sum(fl.wrap(FRAME_W, 10_000)[1] + fl.getSpaceBefore() + fl.getSpaceAfter()
               for fl in central)
    options = {"right": max(hl, hr + hc), "left": max(hl + hc, hr), "full": max(hl, hr) + full}
    where = min(options, key=lambda k: options[k]) if central else "full"
    if where == "right":
        story.append(_side_by_side(left, [*right, *central]))
    elif where == "left":
        story.append(_side_by_side([*left, Spacer(1, 3 * mm), *central], right))
    else:
        story.append(_side_by_side(left, right))
        if central:
            story.append(KeepTogether(central))

    story.append(_indicator_block(f, st))

    # Definitions in three balanced columns: reference text, read last (two pages hold).
    story.append(KeepTogether([_heading(translate("FactSheet", "Definisjoner og kilder"), st),
                               _columns(_definitions(f), st["foot"], 3, gap=5 * mm)]))
    return story


def _rent_block(f: Figures, st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    """Husleie (by disposer) beside the lease cost (by holder), per year (issue 14)."""
    rows: list[list[Any]] = [[translate("FactSheet", "Husleie og innleiekostnad per år"),
                              translate("FactSheet", "Kroner")], *rent_rows(f)]
    return [_table(rows, [width * 0.72, width * 0.28], st)]


def rent_rows(f: Figures) -> list[list[Any]]:
    return [[translate("FactSheet", "Husleie, utleide boliger"), fmt_int(f.rent_tenant_yearly)],
            [translate("FactSheet", "– herav i innleide boliger"),
             fmt_int(f.rent_tenant_leased_yearly)],
            [translate("FactSheet", "Innleiekostnad, aktive avtaler"),
             fmt_int(f.lease_cost_yearly)]]


# Målgrupper and Antall rom: 8 mm lower than before the history chart came onto page 1.
GROUPS_H = 48 * mm


def _history_block(f: Figures, st: dict[str, ParagraphStyle], width: float
                   ) -> list[Flowable]:
    """"Historikk" (issue 13 item 5): dwellings per 31.12 over the years the register covers,
    split by tenure, vacant under each year; a year it does not cover says so."""
    if not f.history:
        return []
    from .charts import history_chart

    own = f.history[-1]["year"]
    note = translate("FactSheet", "boliger per 31.12 som registrert da ({year}: {date}); "
                                  "oransje: ledige").format(year=own,
                                                            date=fmt_date(f.reference_date))
    fonts = register_fonts()
    title = Paragraph(f'{_esc(translate("FactSheet", "Historikk"))} '
                      f'<font name="{fonts.regular}" size="8" color="#5B6475">'
                      f"· {_esc(note)}</font>", st["h3"])
    chart = history_chart(f.history, width=width, height=16 * mm,
                          colours=[TENURE_COLOURS[t.value] for t in Tenure],
                          not_covered=translate("FactSheet", "ikke registrert"))
    return [Spacer(1, 1 * mm), title, chart]


def basis_text(f: Figures) -> str:
    """Which register the sheet counts: as registered then, or with later corrections."""
    if f.basis == "registered" and f.as_of:
        text = translate("FactSheet", "Som registrert per {date}: registeret slik det sto ved "
                                      "utgangen av dagen, også åpne avvik.").format(
            date=fmt_date(f.as_of))
        if f.changed_since:
            text += " " + translate("FactSheet", "{n} poster er endret senere og er ikke med."
                                    ).format(n=fmt_int(f.changed_since))
        return text
    if f.basis == "corrected" and f.as_of:
        return translate("FactSheet", "Med senere rettelser: dagens register på datoen {date}; "
                                      "{n} poster er endret etter datoen.").format(
            date=fmt_date(f.as_of), n=fmt_int(f.changed_since or 0))
    return f.basis_note or ""


def _change_source(f: Figures) -> str:
    year0 = f.year - 1
    if (f.change or {}).get("source") == "as_of":
        return translate("FactSheet", "{year}: registeret som registrert per 31.12.{year} (fra "
                                      "endringsloggen).").format(year=year0)
    return translate("FactSheet", "Øyeblikksbilde av {year} tatt {date}.").format(
        year=year0, date=fmt_date((f.change or {}).get("taken_at")))


def change_title(f: Figures) -> str:
    return translate("FactSheet", "Endring fra {year}").format(year=f.year - 1)


def change_missing_text(f: Figures) -> str:
    return translate("FactSheet", "Ikke tilgjengelig: det er ikke lagret noe øyeblikksbilde av "
                                  "tallene for {year0}, og registerets historikk viser ingen "
                                  "boliger her per 31.12.{year0}. Et øyeblikksbilde av {year} "
                                  "gjør at neste års faktaark viser endringen.").format(
        year0=f.year - 1, year=f.year)


def change_spec() -> list[tuple[str, str, Callable[[float | None], str], int]]:
    """(label, key, format, decimals) of the change table's rows (PDF and HTML)."""
    return [
        (translate("FactSheet", "Folketall"), "population", fmt_int, 0),
        (translate("FactSheet", "Boliger"), "dwellings_total", fmt_int, 0),
        (translate("FactSheet", "Per 1 000 innbyggere"), "dwellings_per_1000", fmt_dec, 1),
        (translate("FactSheet", "Ledige"), "vacant", fmt_int, 0),
        (translate("FactSheet", "Rullestolboliger, %"), "wheelchair_share", fmt_dec, 1),
        (translate("FactSheet", "Ikke brukt som bolig"), "not_housing", fmt_int, 0),
        (translate("FactSheet", "Aktive avtaler"), "agreements_active", fmt_int, 0),
    ]


def _change_block(f: Figures, st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    year0 = f.year - 1
    if f.change is None:
        return [_heading(change_title(f), st, "h3"),
                Paragraph(_esc(change_missing_text(f)), st["cell_small"])]
    prev, delta = f.change["previous"], f.change["delta"]
    current = f.to_dict()
    rows: list[list[Any]] = [["", str(year0), str(f.year), translate("FactSheet", "Endring")]]
    for label, key, fmt, decimals in change_spec():
        rows.append([label, fmt(prev.get(key)), fmt(current.get(key)),
                     fmt_signed(delta.get(key), decimals)])
    return [_heading(change_title(f), st, "h3"),
            _table(rows, [width * 0.43, width * 0.19, width * 0.19, width * 0.19], st),
            Paragraph(_esc(_change_source(f)), st["cell_small"])]


def central_units_text(f: Figures) -> str:
    """The sentence under "Sentrale enheters boliger i bydelen": what is counted, and how."""
    n = sum(int(b.get("dwellings", 0)) for b in f.central_units.values())
    if f.scope == OSLO:
        return translate("FactSheet", "I alt {n} boliger disponeres av sentrale enheter: med i "
                                      "Oslos tall over, ikke i noen bydels.").format(n=fmt_int(n))
    if not n:
        return translate("FactSheet", "Ingen boliger i bydelen disponeres av en sentral enhet. "
                                      "Tallene på arket er boligene bydelen disponerer.")
    return translate("FactSheet", "I alt {n} boliger som ligger i bydelen, disponeres av en "
                                  "sentral enhet: de er ikke med i tallene over, som teller det "
                                  "bydelen disponerer.").format(n=fmt_int(n))


def central_units_title(f: Figures) -> str:
    return (translate("FactSheet", "Sentrale enheters boliger i bydelen") if f.scope != OSLO
            else translate("FactSheet", "Sentrale enheters boliger i Oslo"))


def _central_units_block(f: Figures, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Issue 14: the central units' dwellings lying in the bydel (by location), apart from the
    bydel's own (by disposer); for Oslo each central unit's whole stock. In words, full width:
    the two-page sheet has no room for another table."""
    title = _heading(central_units_title(f), st, "h3")
    parts = []
    for b in f.central_units.values():
        if b.get("dwellings"):
            vacant = int(b["vacant"])
            detail = plural(vacant, "FactSheet",
                            QT_TRANSLATE_NOOP("FactSheet", "{vacant} ledig, {wheelchair} "
                                                           "rullestoltilgjengelige"),
                            QT_TRANSLATE_NOOP("FactSheet", "{vacant} ledige, {wheelchair} "
                                                           "rullestoltilgjengelige"),
                            ).format(vacant=fmt_int(vacant),
                                     wheelchair=fmt_int(b["wheelchair_accessible"]))
            parts.append(f"<b>{_esc(b['name'])}</b> {fmt_int(b['dwellings'])} "
                         f"({_esc(detail)})")
    listing = ("; ".join(parts) + ". ") if parts else ""
    # A hair of right indent: mixed bold and regular words measured to the column's edge.
    style = ParagraphStyle("central_units", parent=st["cell_small"], rightIndent=1.5)
    body = Paragraph(listing + _esc(central_units_text(f)), style)
    return [Spacer(1, 2 * mm), title, body]


def _indicator_block(f: Figures, st: dict[str, ParagraphStyle]) -> Flowable:
    title = _heading(_esc(indicators_title(f)), st)
    if not f.indicators:
        return KeepTogether([title, Paragraph(_esc(no_indicators_text(f)), st["body"])])
    rows: list[list[Any]] = [[translate("FactSheet", "Indikator"),
                              translate("FactSheet", "Verdi"), translate("FactSheet", "Kilde")]]
    for r in f.indicators:
        value = fmt_pct(r["value"]) if r["unit"] == "%" else (
            fmt_int(r["value"]) if float(r["value"]).is_integer() else fmt_dec(r["value"]))
        rows.append([r["label"], value, Paragraph(_esc(r["source"]), st["cell_small"])])
    w = FRAME_W
    block: list[Flowable] = [title, _table(rows, [w * 0.40, w * 0.12, w * 0.48], st,
                                           numeric=[1])]
    if f.scope == OSLO:
        block.append(Paragraph(_esc(oslo_indicators_note()), st["cell_small"]))
    return KeepTogether(block)


def indicators_title(f: Figures) -> str:
    return translate("FactSheet", "Boligsosiale indikatorer {year}").format(year=f.year)


def no_indicators_text(f: Figures) -> str:
    return (translate("FactSheet", "Ingen indikatorer er importert for {year} for alle 15 "
                                   "bydeler. Importer dem med «boligreg stats import» eller i "
                                   "vinduet.") if f.scope == OSLO else
            translate("FactSheet", "Ingen indikatorer er importert for {year}. Importer dem med "
                                   "«boligreg stats import» eller i vinduet.")).format(year=f.year)


def oslo_indicators_note() -> str:
    return translate("FactSheet", "Oslo: summen av de 15 bydelene; bare indikatorer som alle "
                                  "bydelene har tall for.")


def sheet_language(language: str | None = None) -> str:
    """``language``, else one forced around the call (``i18n.using``), else bokmål: never the
    window's or the environment's language."""
    return language or forced_language() or SHEET_LANGUAGE


def render_factsheet(figures: dict[str, Figures], scope: str, out: str | Path | IO[bytes],
                     *, language: str | None = None) -> None:
    """Write the sheet for ``scope`` (a district code or "oslo") to ``out`` (path or stream).

    ``figures`` is the whole year (from ``build_figures``): the per-1 000 chart compares all
    bydeler. ``language``: "nb" (the default, whatever the window's language) or "en".
    """
    with using(sheet_language(language)):
        _render_factsheet(figures, scope, out)


def _render_factsheet(figures: dict[str, Figures], scope: str, out: str | Path | IO[bytes]
                      ) -> None:
    fonts = register_fonts()
    f = figures[scope]
    st = _styles(fonts)
    target: Any = str(out) if isinstance(out, Path) else out
    doc = BaseDocTemplate(
        target, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=sheet_title(f), author="Oslo kommune",
        subject=translate("FactSheet", "Kommunalt disponerte boliger {year}").format(
            year=f.year), creator=PRODUCER,
        producer=PRODUCER, lang="en-GB" if current_language() == "en" else "nb-NO",
        initialFontName=fonts.regular,
        keywords=["boligsosialt faktaark", f.name, str(f.year)] + (["DEMODATA"] if f.demo
                                                                   else []),
    )
    furniture = _furniture_for(f, fonts)

    def on_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas._furniture = furniture  # drawn at save time (see _NumberedCanvas.save)

    frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="sheet", frames=[frame], onPage=on_page)])
    doc.build(_story(figures, f, st), canvasmaker=_NumberedCanvas)


def render_factsheet_bytes(figures: dict[str, Figures], scope: str, *,
                           language: str | None = None) -> bytes:
    buf = BytesIO()
    render_factsheet(figures, scope, buf, language=language)
    return buf.getvalue()


# --------------------------------------------------------------------------- many sheets


def build_figures(db: Any, year: int, *, as_of: date | None = None,
                  corrected: bool = False) -> dict[str, Figures]:
    """The year's figures for every sheet, read once (``db``: a Database). ``as_of``: the
    register as registered at the end of that day (``corrected``: today's register, with the
    count of later changes) — see ``services.stats.compute_figures``."""
    with db.engine.connect() as conn:
        return compute_figures(conn, year, as_of=as_of, corrected=corrected)


def write_factsheets(
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
    """Write one PDF per scope (default: the 15 bydeler and Oslo) into ``out_dir``.

    Every target is checked before the first is written (``safefiles.check_output``: never a
    database or backup, an existing sheet only with ``overwrite``). Each file is written to a
    temporary name and renamed when complete, so a cancelled or failed run never leaves a
    half-written PDF under a real name.
    """
    folder = check_folder(out_dir, create=True)
    todo = list(scopes) if scopes is not None else list(figures)
    protect = list(protect)
    targets = [folder / factsheet_filename(figures[scope]) for scope in todo]
    for path in targets:
        check_output(path, overwrite=overwrite, protect=protect)
    written: list[Path] = []
    for i, (scope, path) in enumerate(zip(todo, targets, strict=True)):
        if cancel is not None and cancel():
            raise CancelledError(
                f"Avbrutt etter {len(written)} av {len(todo)} faktaark.",
                f"Cancelled after {len(written)} of {len(todo)} fact sheets.")
        f = figures[scope]
        if progress is not None:
            progress(int(100 * i / max(len(todo), 1)),
                     translate("FactSheet", "Lager faktaark for {name} …").format(name=f.name))
        with atomic_output(path, overwrite=overwrite, protect=protect) as tmp, using(language):
            render_factsheet(figures, scope, tmp)
        written.append(path)
    if progress is not None:
        progress(100, translate("FactSheet", "{n} faktaark laget.").format(n=len(written)))
    return written


def write_factsheet(figures: dict[str, Figures], scope: str, path: str | Path, *,
                    overwrite: bool = False, protect: Iterable[str | Path | None] = (),
                    language: str = SHEET_LANGUAGE) -> Path:
    """One sheet to ``path`` through ``safefiles`` (checked target, temporary file, rename)."""
    def render(tmp: Path) -> None:
        with using(language):  # the language around the call: render_factsheet reads it
            render_factsheet(figures, scope, tmp)

    write_output(path, render, overwrite=overwrite, protect=protect)
    return Path(path)


# --------------------------------------------------------------------------- page images


class PreviewUnavailableError(BoligregError):
    """No way to turn PDF pages into images on this machine."""

    def __init__(self) -> None:
        super().__init__(
            "Forhåndsvisning og utskrift krever pakken pypdfium2 (eller programmet pdftoppm). "
            "PDF-ene kan likevel lagres.",
            "Preview and printing need the pypdfium2 package (or the pdftoppm program). "
            "The PDFs can still be saved.",
        )


_PDFIUM_LOCK = threading.Lock()  # PDFium is not thread-safe


def pdf_page_images(pdf: bytes, dpi: float = 110) -> list[bytes]:
    """Every page of ``pdf`` as a PNG image at ``dpi``.

    PDFium via the pypdfium2 wheel (no system tools needed); poppler's ``pdftoppm`` if that is
    what the machine has; otherwise PreviewUnavailableError.
    """
    try:
        import pypdfium2 as pdfium  # lazy: only for previews (≈ 70 ms); may be missing
    except ImportError:
        pdfium = None
    if pdfium is not None:
        out: list[bytes] = []
        with _PDFIUM_LOCK:
            doc = pdfium.PdfDocument(pdf)
            try:
                for i in range(len(doc)):
                    page = doc[i]
                    image = page.render(scale=dpi / 72).to_pil()
                    buf = BytesIO()
                    image.save(buf, format="PNG", compress_level=1)
                    out.append(buf.getvalue())
                    page.close()
            finally:
                doc.close()
        return out
    exe = shutil.which("pdftoppm")
    if exe is None:
        raise PreviewUnavailableError()
    with tempfile.TemporaryDirectory(prefix="boligreg-preview-") as tmp:
        src = Path(tmp) / "sheet.pdf"
        src.write_bytes(pdf)
        subprocess.run([exe, "-png", "-r", str(round(dpi)), str(src), str(Path(tmp) / "p")],
                       check=True, capture_output=True, timeout=60)
        pages = sorted(Path(tmp).glob("p-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        return [p.read_bytes() for p in pages]


__all__ = [
    "build_figures",
    "factsheet_filename",
    "fmt_dec",
    "fmt_int",
    "fmt_pct",
    "pdf_page_images",
    "render_factsheet",
    "render_factsheet_bytes",
    "sheet_title",
    "write_factsheet",
    "write_factsheets",
]
