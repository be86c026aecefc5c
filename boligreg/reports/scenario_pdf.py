"""A scenario on paper, for the byråd's report: the reorganisation before it is made, per unit
before and after, as a table and as before/after bar charts (vector), A4 landscape in the
chosen language (context "ScenarioPdf"), with title, date, the scenario's description and
"Side x av y" on every page. The lines of what moves come from the scenario service.

Qt-free: the window and ``boligreg scenario FILE.json --pdf OUT.pdf`` hand over the same
:class:`~boligreg.services.scenario.ScenarioResult`. The chart is also what the window shows
(as SVG), so screen and paper cannot disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from ..i18n import QT_TRANSLATE_NOOP, language, translate
from ..services.scenario import FIGURES, ScenarioResult
from .charts import BAR, GRID, HIGHLIGHT, INK, MUTED, _fit
from .fonts import register_fonts
from .palette import OSLO_BLUE
from .table_pdf import BODY_PT, MARGIN, numbered_canvas

PAGE = landscape(A4)
MONEY = ("lease_cost_year", "tenant_rent_year")
# Bokmål as marked for the catalogue; translated where drawn.
HEADERS_NB = {
    "dwellings": QT_TRANSLATE_NOOP("ScenarioPdf", "Boliger"),
    "agreements": QT_TRANSLATE_NOOP("ScenarioPdf", "Avtaler"),
    "lease_cost_year": QT_TRANSLATE_NOOP("ScenarioPdf", "Innleie/år (kr)"),
    "tenant_rent_year": QT_TRANSLATE_NOOP("ScenarioPdf", "Husleie/år (kr)"),
    "vacant": QT_TRANSLATE_NOOP("ScenarioPdf", "Ledige"),
    "open_findings": QT_TRANSLATE_NOOP("ScenarioPdf", "Åpne avvik"),
    "maintenance": QT_TRANSLATE_NOOP("ScenarioPdf", "Med vedl.ansvar"),
}
CHART_TITLES_NB = {
    "dwellings": QT_TRANSLATE_NOOP("ScenarioPdf", "Boliger enheten disponerer"),
    "agreements": QT_TRANSLATE_NOOP("ScenarioPdf", "Gjeldende avtaler enheten har ansvar for"),
    "lease_cost_year": QT_TRANSLATE_NOOP("ScenarioPdf", "Innleiekostnad per år (kr)"),
    "tenant_rent_year": QT_TRANSLATE_NOOP("ScenarioPdf", "Husleie per år (kr)"),
    "vacant": QT_TRANSLATE_NOOP("ScenarioPdf", "Ledige boliger"),
    "open_findings": QT_TRANSLATE_NOOP("ScenarioPdf", "Åpne avvik"),
    "maintenance": QT_TRANSLATE_NOOP("ScenarioPdf", "Boliger med vedlikeholdsansvar"),
}
DEFINITIONS_NB = QT_TRANSLATE_NOOP(
    "ScenarioPdf",
    "Boliger: boligene enheten disponerer. Avtaler: gjeldende innleie- og "
    "tilvisningsavtaler enheten har ansvar for. Innleie/år: avtalenes månedsleie × 12. "
    "Husleie/år: husleien for boligene enheten disponerer × 12. Ledige: ledige boliger. "
    "Åpne avvik: åpne avvik på enhetens boliger og avtaler. Med vedl.ansvar: enhetens "
    "boliger med gjeldende vedlikeholdsansvar, på boligen eller bygget."
)
BEFORE_NB = QT_TRANSLATE_NOOP("ScenarioPdf", "Før")
AFTER_NB = QT_TRANSLATE_NOOP("ScenarioPdf", "Etter")


def _t(text: str) -> str:
    """A text of the tables above in the chosen language."""
    return translate("ScenarioPdf", text)


def fmt_figure(value: float) -> str:
    """A figure as printed: whole numbers, thousands apart with a no-break space."""
    return f"{value:,.0f}".replace(",", "\u00a0")


def before_after_chart(result: ScenarioResult, figure: str, *, width: float,
                       font_size: float = 8) -> Drawing:
    """Horizontal bars per unit, before (light) and after (dark), for one figure; only the
    units that have some of it before or after. The height follows the number of units."""
    fonts = register_fonts()
    units = [u for u in result.units if u.before[figure] or u.after[figure]]
    bar_h, gap = font_size + 1, 5.0
    row_h = 2 * bar_h + gap
    title_h, legend_h = font_size + 8, font_size + 6
    height = title_h + legend_h + max(len(units), 1) * row_h + 4
    d = Drawing(width, height)
    d.add(String(0, height - font_size - 2, _t(CHART_TITLES_NB[figure]), fontName=fonts.bold,
                 fontSize=font_size + 1, fillColor=INK))
    ly = height - title_h - font_size
    for i, (label, colour) in enumerate(((_t(BEFORE_NB), BAR), (_t(AFTER_NB), HIGHLIGHT))):
        x = i * 60
        d.add(Rect(x, ly, font_size, font_size - 1, fillColor=colour, strokeColor=None))
        d.add(String(x + font_size + 3, ly, label, fontName=fonts.regular,
                     fontSize=font_size, fillColor=INK))
    label_w = min(120.0, width * 0.32)
    value_w = 62.0
    area_w = max(width - label_w - value_w, 20)
    vmax = max([max(u.before[figure], u.after[figure]) for u in units] + [0])
    top = height - title_h - legend_h
    d.add(Line(label_w, top, label_w, top - len(units) * row_h, strokeColor=GRID,
               strokeWidth=0.6))
    for n, u in enumerate(units):
        y0 = top - (n + 1) * row_h + gap / 2
        d.add(String(0, y0 + bar_h - font_size / 2, _fit(u.name, fonts.regular, font_size,
                                                         label_w - 4),
                     fontName=fonts.regular, fontSize=font_size, fillColor=INK))
        for k, (value, colour) in enumerate(((u.before[figure], BAR),
                                             (u.after[figure], HIGHLIGHT))):
            y = y0 + (1 - k) * bar_h
            w = 0 if vmax <= 0 else area_w * value / vmax
            if w > 0:
                d.add(Rect(label_w, y, w, bar_h - 1, fillColor=colour, strokeColor=None))
            d.add(String(label_w + w + 3, y + 1, fmt_figure(value), fontName=fonts.regular,
                         fontSize=font_size, fillColor=INK if k else MUTED))
    if not units:
        d.add(String(label_w + 4, top - row_h + 4,
                     translate("ScenarioPdf", "Ingen enhet har noe av dette."),
                     fontName=fonts.italic, fontSize=font_size, fillColor=MUTED))
    return d


def chart_figures(result: ScenarioResult) -> list[str]:
    """The figures worth a chart: those the scenario changes (dwellings and agreements if it
    changes none)."""
    return result.changed() or ["dwellings", "agreements"]


def render_scenario_pdf(result: ScenarioResult, *, made_at: datetime | None = None,
                        notes: Sequence[str] = (), author: str = "Oslo kommune") -> bytes:
    """The PDF (bytes) of a scenario's result: heading, description, what moves, the table
    per unit before and after, and a chart per figure the scenario changes.

    Long because it lays the document out in reading order (heading, moves, table,
    charts) on one page frame; the pieces share its widths and styles.
    """
    fonts = register_fonts()
    made = made_at or datetime.now()
    title_text = translate("ScenarioPdf", "Scenario: {name}").format(name=result.name)
    body = ParagraphStyle("cell", fontName=fonts.regular, fontSize=BODY_PT, leading=10)
    num = ParagraphStyle("num", parent=body, alignment=2)
    changed = ParagraphStyle("changed", parent=num, fontName=fonts.bold)
    head = ParagraphStyle("head", parent=body, fontName=fonts.bold, textColor=colors.white,
                          alignment=1)
    head_left = ParagraphStyle("headl", parent=head, alignment=0)
    title = ParagraphStyle("title", fontName=fonts.bold, fontSize=16, leading=20,
                           textColor=colors.HexColor(OSLO_BLUE))
    meta = ParagraphStyle("meta", fontName=fonts.regular, fontSize=9, leading=12,
                          textColor=colors.HexColor("#4a4f5c"))
    text = ParagraphStyle("text", fontName=fonts.regular, fontSize=10, leading=13)
    sub = ParagraphStyle("sub", fontName=fonts.bold, fontSize=11, leading=14, spaceBefore=4,
                         textColor=colors.HexColor(OSLO_BLUE))

    story: list = [Paragraph(escape(title_text), title), Spacer(1, 1 * mm)]
    story.append(Paragraph(escape(
        translate("ScenarioPdf", "Beregnet {day} kl. {time} · overføringene gjelder fra {date}"
                  ).format(day=f"{made:%d.%m.%Y}", time=f"{made:%H:%M}",
                           date=f"{result.effective:%d.%m.%Y}")), meta))
    if result.demo:
        notes = [translate("ScenarioPdf", "DEMODATA: boligene, avtalene og fordelingen på "
                                          "enheter er syntetiske."), *notes]
    story += [Paragraph(escape(n), meta) for n in notes]
    story.append(Spacer(1, 3 * mm))
    if result.description:
        story.append(Paragraph(escape(result.description), text))
        story.append(Spacer(1, 2 * mm))
    story.append(Paragraph(escape(translate("ScenarioPdf", "Hva flyttes")), sub))
    story += [Paragraph(escape(line), text) for line in result.moved]
    story.append(Paragraph(escape(translate(
        "ScenarioPdf", "Ingenting er lagret: scenarioet ble regnet på en kopi av registeret i "
                       "minnet.")), meta))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(escape(translate("ScenarioPdf", "Per enhet, før og etter")), sub))

    # Two header rows: the figure over its "før" and "etter" columns.
    row1 = [Paragraph(escape(translate("ScenarioPdf", "Enhet")), head_left)]
    row2 = [Paragraph("", head_left)]
    before, after = escape(_t(BEFORE_NB).lower()), escape(_t(AFTER_NB).lower())
    for f in FIGURES:
        row1 += [Paragraph(escape(_t(HEADERS_NB[f])), head), ""]
        row2 += [Paragraph(before, head), Paragraph(after, head)]
    data = [row1, row2]
    for u in result.units:
        row = [Paragraph(escape(u.name), body)]
        for f in FIGURES:
            b, a = u.before[f], u.after[f]
            row += [Paragraph(fmt_figure(b), num),
                    Paragraph(fmt_figure(a), changed if a != b else num)]
        data.append(row)
    width = PAGE[0] - 2 * MARGIN
    weights = [3.0] + [w for f in FIGURES for w in ((1.35, 1.35) if f in MONEY else (0.8, 0.8))]
    widths = [width * w / sum(weights) for w in weights]
    table = LongTable(data, colWidths=widths, repeatRows=2)
    style: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor(OSLO_BLUE)),
        ("ROWBACKGROUNDS", (0, 2), (-1, -1), [colors.white, colors.HexColor("#f2f4f8")]),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for i in range(len(FIGURES)):
        c = 1 + 2 * i
        style.append(("SPAN", (c, 0), (c + 1, 0)))
        style.append(("LINEBEFORE", (c, 0), (c, -1), 0.6, colors.HexColor("#c9cfd9")))
    table.setStyle(TableStyle(style))
    story.append(table)
    story.append(Spacer(1, 2 * mm))
    story.append(Paragraph(escape(_t(DEFINITIONS_NB) + " "
                                  + translate("ScenarioPdf", "Tall i fet skrift endres.")), meta))

    # The charts, two side by side.
    figures = chart_figures(result)
    half = (width - 8 * mm) / 2
    charts = [before_after_chart(result, f, width=half) for f in figures]
    story.append(Spacer(1, 4 * mm))
    for i in range(0, len(charts), 2):
        pair = charts[i:i + 2] + ([""] if len(charts[i:i + 2]) == 1 else [])
        grid = Table([pair], colWidths=[half + 8 * mm, half])
        grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        block = [grid, Spacer(1, 5 * mm)]
        if i == 0:
            block.insert(0, Paragraph(escape(translate("ScenarioPdf", "Før og etter")), sub))
        story.append(KeepTogether(block))

    out = BytesIO()
    template = SimpleDocTemplate(
        out, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=14 * mm, title=title_text, author=author,
        subject=translate("ScenarioPdf", "Scenario fra boligreg: før og etter per enhet"),
        creator="boligreg", lang="en-GB" if language() == "en" else "nb-NO",
        initialFontName=fonts.regular)
    template.build(story, canvasmaker=numbered_canvas(f"boligreg · {title_text}",
                                                      fonts.regular))
    return out.getvalue()
