"""The audit report (PDF, A4, in the chosen language) and the Excel export of findings.

``build_audit_report(conn, ...)`` gathers the figures through the audit service;
``render_audit_pdf(report, path)`` and ``write_findings_xlsx(rows, path, ...)`` only draw what
they are given (they never query). No Qt. Texts go through ``boligreg.i18n`` (context
"AuditReport"); rule codes are for the program and never printed, only the rules' titles.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from .. import formats
from ..i18n import language, translate
from ..models.enums import Severity, label_nb
from ..resources import districts
from ..services.audit import (
    RULES,
    AuditSettings,
    FindingRow,
    RunInfo,
    finding_counts,
    last_run,
    longest_open,
)
from ..services.export import audit_findings_sheets, write_xlsx
from .fonts import register_fonts
from .palette import SEVERITY_COLOURS, SEVERITY_TINTS  # noqa: F401 - re-exported

# Oslo-like sober palette (the fact sheets use the same dark blue).
INK = colors.HexColor("#1F2A44")
MUTED = colors.HexColor("#5B6475")
DARK = colors.HexColor("#2A2859")
RULE_LINE = colors.HexColor("#D5DAE1")
ZEBRA = colors.HexColor("#F4F6F9")
ENTITY_NB = {"dwelling": "Bolig", "property": "Bygg", "agreement": "Avtale",
             "tenancy": "Leieforhold"}
LIVE = ("open", "in_progress")



def severity_label(severity: str) -> str:
    """The severity's label in the chosen language (the catalogue context of an enum's labels
    is its class name)."""
    return translate("Severity", label_nb(Severity(severity)))


def pdf_language() -> str:
    """The PDF's /Lang entry for the chosen language."""
    return "en-GB" if language() == "en" else "nb-NO"


def fmt_int(n: int, zero: str = "–") -> str:
    """A count as :mod:`boligreg.formats` writes it; zero as an en dash in tables."""
    return formats.integer(n) if n else zero


# ------------------------------------------------------------------------------ the figures


@dataclass
class RuleSummary:
    code: str
    title: str
    severity: str  # the rule's default (or overridden) severity
    by_severity: dict[str, int] = field(default_factory=dict)  # open + in progress
    in_progress: int = 0
    accepted: int = 0

    @property
    def live(self) -> int:
        return sum(self.by_severity.values())


@dataclass
class AuditReport:
    """Everything the PDF shows; plain data."""

    today: date
    generated_at: datetime
    district: str | None
    scope_name: str
    demo: bool
    run: RunInfo | None
    catalogue: list[dict[str, str]]
    per_rule: list[RuleSummary]
    district_columns: list[tuple[str, str, str]]  # (code, number, name) with dwellings
    matrix: dict[str, dict[str, int]]  # rule → district → live findings
    severity_totals: dict[str, int]
    status_totals: dict[str, int]
    longest: list[FindingRow]

    @property
    def live_total(self) -> int:
        return self.status_totals.get("open", 0) + self.status_totals.get("in_progress", 0)


def build_audit_report(
    conn: sa.Connection,
    *,
    district: str | None = None,
    today: date | None = None,
    demo: bool = False,
    longest: int = 15,
) -> AuditReport:
    """Figures of the stored findings (run the audit first) for the whole city or one bydel."""
    today = today or date.today()
    run = last_run(conn, district=district)
    settings = run.settings if run else AuditSettings()
    per_rule = {code: RuleSummary(code, r.title, settings.severities.get(code, r.severity.value))
                for code, r in RULES.items()}
    matrix: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    severity_totals: dict[str, int] = defaultdict(int)
    status_totals: dict[str, int] = defaultdict(int)
    for c in finding_counts(conn, district=district, statuses=None):
        status_totals[c.status] += c.count
        summary = per_rule.get(c.rule)
        if summary is None:  # a rule this version no longer has
            summary = per_rule[c.rule] = RuleSummary(c.rule, c.rule, c.severity)
        if c.status in LIVE:
            summary.by_severity[c.severity] = summary.by_severity.get(c.severity, 0) + c.count
            severity_totals[c.severity] += c.count
            matrix[c.rule][c.district_code or ""] += c.count
            if c.status == "in_progress":
                summary.in_progress += c.count
        elif c.status == "accepted":
            summary.accepted += c.count
    known = {d.code: d for d in districts()}
    columns = [(d.code, d.number, d.name) for d in districts()
               if d.has_dwellings and (district is None or d.code == district)]
    extra = {code for per in matrix.values() for code in per} - {c for c, _, _ in columns}
    columns += [(code, known[code].number if code in known else "?",
                 known[code].name if code in known else translate("AuditReport", "Ukjent"))
                for code in sorted(extra)]
    scope_name = translate("AuditReport", "Hele Oslo") if district is None else (
        known[district].official_name if district in known else district)
    return AuditReport(
        today=today,
        generated_at=datetime.now(),
        district=district,
        scope_name=scope_name,
        demo=demo,
        run=run,
        catalogue=[{"code": code, "title": r.title, "explanation": r.explain(settings),
                    "severity": settings.severities.get(code, r.severity.value)}
                   for code, r in RULES.items()],
        per_rule=list(per_rule.values()),
        district_columns=columns,
        matrix={k: dict(v) for k, v in matrix.items()},
        severity_totals=dict(severity_totals),
        status_totals=dict(status_totals),
        longest=longest_open(conn, district=district, limit=longest),
    )


# ------------------------------------------------------------------------------ the PDF

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
CONTENT_W = PAGE_W - 2 * MARGIN


class _Styles:
    def __init__(self) -> None:
        f = register_fonts()
        self.fonts = f
        base = dict(fontName=f.regular, textColor=INK)
        self.body = ParagraphStyle("body", fontSize=9, leading=12, **base)
        self.small = ParagraphStyle("small", fontSize=8, leading=10, **base)
        self.muted = ParagraphStyle("muted", parent=self.small, textColor=MUTED)
        self.cell = ParagraphStyle("cell", fontSize=8, leading=9.8, **base)
        self.cell_bold = ParagraphStyle("cellb", parent=self.cell, fontName=f.bold)
        self.h2 = ParagraphStyle("h2", fontName=f.bold, fontSize=12, leading=15,
                                 textColor=DARK, spaceBefore=4 * mm, spaceAfter=2 * mm)
        self.kpi_num = ParagraphStyle("kpin", fontName=f.bold, fontSize=17, leading=20,
                                      textColor=INK)
        self.kpi_label = ParagraphStyle("kpil", fontName=f.regular, fontSize=8, leading=10,
                                        textColor=MUTED)
        self.right = ParagraphStyle("right", parent=self.cell, alignment=TA_RIGHT)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SeverityDot(Flowable):
    """A small filled circle in the severity's colour, then its Norwegian label."""

    def __init__(self, severity: str, font: str, size: float = 8) -> None:
        super().__init__()
        self.severity, self.font, self.size = severity, font, size
        self.width, self.height = 16 * mm, size + 2

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(colors.HexColor(SEVERITY_COLOURS.get(self.severity, "#888888")))
        # Baseline raised so the text sits centred in the row like the plain cells beside it.
        baseline = self.height / 2 - 0.2 * self.size
        c.circle(2.2, baseline + 0.36 * self.size, 2.2, stroke=0, fill=1)
        c.setFillColor(INK)
        c.setFont(self.font, self.size)
        c.drawString(7, baseline, severity_label(self.severity))


def _table_style(header_rows: int = 1, numeric_from: int = 1) -> list[tuple]:
    fonts = register_fonts()
    return [
        # Plain-string cells would otherwise use Helvetica (not embedded, Latin-1 only).
        ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
        ("FONTNAME", (0, 0), (-1, header_rows - 1), fonts.bold),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, DARK),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE_LINE),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]


def _kpis(report: AuditReport, st: _Styles) -> Table:
    sev = report.severity_totals
    cells = [
        (report.live_total, translate("AuditReport", "åpne avvik i alt"), DARK),
        (sev.get("high", 0), translate("AuditReport", "høy alvorlighet"),
         colors.HexColor(SEVERITY_COLOURS["high"])),
        (sev.get("medium", 0), translate("AuditReport", "middels alvorlighet"),
         colors.HexColor(SEVERITY_COLOURS["medium"])),
        (sev.get("low", 0), translate("AuditReport", "lav alvorlighet"),
         colors.HexColor(SEVERITY_COLOURS["low"])),
        (report.status_totals.get("in_progress", 0), translate("AuditReport", "under arbeid"),
         MUTED),
        (report.status_totals.get("accepted", 0), translate("AuditReport", "akseptert som unntak"),
         MUTED),
    ]
    row = [[Paragraph(fmt_int(n, "0"), st.kpi_num), Paragraph(label, st.kpi_label)]
           for n, label, _ in cells]
    t = Table([row], colWidths=[CONTENT_W / len(cells)] * len(cells))
    style: list[tuple[Any, ...]] = [
             ("FONTNAME", (0, 0), (-1, -1), st.fonts.regular),
             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 6),
             ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
             ("BACKGROUND", (0, 0), (-1, -1), ZEBRA)]
    for i, (_, _, colour) in enumerate(cells):
        style.append(("LINEBEFORE", (i, 0), (i, 0), 2.5, colour))
    t.setStyle(TableStyle(style))
    return t


def _per_rule_table(report: AuditReport, st: _Styles) -> Table:
    head: list[Any] = [translate("AuditReport", "Regel"),
                       translate("AuditReport", "Alvorlighet")] + [
        Paragraph(f"<b>{_esc(t)}</b>", st.right)
        for t in (translate("AuditReport", "Høy"), translate("AuditReport", "Middels"),
                  translate("AuditReport", "Lav"), translate("AuditReport", "Under arbeid"),
                  translate("AuditReport", "Åpne i alt"), translate("AuditReport", "Akseptert"))]
    rows: list[list[Any]] = [head]
    for s in report.per_rule:
        rows.append([
            # The rule's title only: its code is for the program, not for the reader.
            Paragraph(_esc(s.title), st.cell),
            SeverityDot(s.severity, st.fonts.regular),
            fmt_int(s.by_severity.get("high", 0)),
            fmt_int(s.by_severity.get("medium", 0)),
            fmt_int(s.by_severity.get("low", 0)),
            fmt_int(s.in_progress),
            fmt_int(s.live),
            fmt_int(s.accepted),
        ])
    sev = report.severity_totals
    rows.append([translate("AuditReport", "Sum"), "", fmt_int(sev.get("high", 0)),
                 fmt_int(sev.get("medium", 0)),
                 fmt_int(sev.get("low", 0)), fmt_int(report.status_totals.get("in_progress", 0)),
                 fmt_int(report.live_total), fmt_int(report.status_totals.get("accepted", 0))])
    widths = [52 * mm, 20 * mm] + [(CONTENT_W - 72 * mm) / 6] * 6
    t = Table(rows, colWidths=widths, repeatRows=1)
    style = _table_style(numeric_from=2)
    style += [("FONTNAME", (0, 0), (-1, 0), st.fonts.bold),
              ("FONTNAME", (0, -1), (-1, -1), st.fonts.bold),
              ("FONTNAME", (6, 1), (6, -1), st.fonts.bold),
              ("LINEABOVE", (0, -1), (-1, -1), 0.8, DARK)]
    for i in range(1, len(rows) - 1):
        if i % 2 == 0:
            style.append(("BACKGROUND", (0, i), (-1, i), ZEBRA))
    t.setStyle(TableStyle(style))
    return t


def _heat(n: int, top: int) -> colors.Color | None:
    """A blue tint growing with ``n`` (relative to the largest cell)."""
    if n <= 0 or top <= 0:
        return None
    share = 0.15 + 0.85 * (n / top) ** 0.6
    base, full = (0.96, 0.97, 0.99), (0.42, 0.56, 0.75)
    return colors.Color(*[b + (f - b) * share for b, f in zip(base, full, strict=True)])


def _matrix_table(report: AuditReport, st: _Styles) -> Table:
    cols = report.district_columns
    head = ([translate("AuditReport", "Regel")] + [num for _, num, _ in cols]
            + [translate("AuditReport", "Sum")])
    rows: list[list[Any]] = [head]
    top = max((n for per in report.matrix.values() for n in per.values()), default=0)
    style = _table_style(numeric_from=1)
    col_totals = [0] * len(cols)
    for r_i, s in enumerate(report.per_rule, start=1):
        per = report.matrix.get(s.code, {})
        cells = []
        for c_i, (code, _, _) in enumerate(cols):
            n = per.get(code, 0)
            col_totals[c_i] += n
            cells.append(fmt_int(n))
            tint = _heat(n, top)
            if tint is not None:
                style.append(("BACKGROUND", (c_i + 1, r_i), (c_i + 1, r_i), tint))
                if n / top > 0.55:
                    style.append(("TEXTCOLOR", (c_i + 1, r_i), (c_i + 1, r_i), colors.white))
        rows.append([Paragraph(_esc(s.title), st.cell), *cells, fmt_int(sum(per.values()))])
    rows.append([translate("AuditReport", "Sum"), *[fmt_int(n) for n in col_totals],
                 fmt_int(sum(col_totals))])
    first, total = 42 * mm, 14 * mm
    rest = (CONTENT_W - first - total) / len(cols)
    t = Table(rows, colWidths=[first] + [rest] * len(cols) + [total], repeatRows=1)
    style += [("FONTNAME", (0, 0), (-1, 0), st.fonts.bold),
              ("FONTNAME", (0, -1), (-1, -1), st.fonts.bold),
              ("FONTNAME", (-1, 1), (-1, -1), st.fonts.bold),
              ("LINEABOVE", (0, -1), (-1, -1), 0.8, DARK),
              ("LINEBEFORE", (-1, 0), (-1, -1), 0.8, DARK),
              ("FONTSIZE", (1, 1), (-1, -1), 8),
              ("LEFTPADDING", (1, 0), (-1, -1), 1.5), ("RIGHTPADDING", (1, 0), (-1, -1), 2)]
    t.setStyle(TableStyle(style))
    return t


def _longest_table(report: AuditReport, st: _Styles) -> Table:
    names = {code: name for code, _, name in report.district_columns}
    head = [translate("AuditReport", "Åpnet"), translate("AuditReport", "Dager"),
            translate("AuditReport", "Alvor"), translate("AuditReport", "Bydel"),
            translate("AuditReport", "Regel"), translate("AuditReport", "Post og melding")]
    rows: list[list[Any]] = [head]
    for f in report.longest:
        age = max(0, f.age_days(report.today))
        rows.append([
            formats.date(f.first_seen),
            fmt_int(age) if age else "0",
            SeverityDot(f.severity, st.fonts.regular),
            Paragraph(_esc(names.get(f.district_code or "", f.district_code or "")), st.cell),
            Paragraph(_esc(f.title), st.cell),
            Paragraph(f"<b>{_esc(f.label)}</b><br/>{_esc(f.shown_message)}", st.cell),
        ])
    widths = [16 * mm, 10 * mm, 17 * mm, 23 * mm, 34 * mm]
    widths.append(CONTENT_W - sum(widths))
    t = Table(rows, colWidths=widths, repeatRows=1)
    style = _table_style(numeric_from=1)
    style += [("ALIGN", (2, 0), (-1, -1), "LEFT"), ("ALIGN", (0, 0), (0, -1), "LEFT"),
              ("VALIGN", (0, 1), (-1, -1), "TOP"), ("TOPPADDING", (2, 1), (2, -1), 3.5)]
    for i in range(2, len(rows), 2):
        style.append(("BACKGROUND", (0, i), (-1, i), ZEBRA))
    t.setStyle(TableStyle(style))
    return t


def _rules_table(report: AuditReport, st: _Styles) -> Table:
    rows: list[list[Any]] = [[translate("AuditReport", "Regel"),
                              translate("AuditReport", "Alvorlighet"),
                              translate("AuditReport", "Forklaring og terskler")]]
    for r in report.catalogue:
        rows.append([
            Paragraph(f"<b>{_esc(r['title'])}</b>", st.cell),
            SeverityDot(r["severity"], st.fonts.regular),
            Paragraph(_esc(r["explanation"]), st.cell),
        ])
    t = Table(rows, colWidths=[48 * mm, 21 * mm, CONTENT_W - 69 * mm], repeatRows=1)
    style = _table_style(numeric_from=99)
    style += [("VALIGN", (0, 1), (-1, -1), "TOP"),
              ("FONTNAME", (0, 0), (-1, 0), st.fonts.bold)]
    t.setStyle(TableStyle(style))
    return t


def _make_canvas(report: AuditReport, fonts: Any) -> type[Canvas]:
    """A canvas that knows the page count ("Side 2 av 4") and draws header and footer."""
    scope_line = translate("AuditReport", "{scope} · per {date}").format(
        scope=report.scope_name, date=formats.date(report.today))

    class ReportCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = fonts.regular  # no stray (unembedded) Helvetica
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            page = self.getPageNumber()
            self.saveState()
            if page == 1:
                self.setFillColor(DARK)
                self.rect(0, PAGE_H - 38 * mm, PAGE_W, 38 * mm, stroke=0, fill=1)
                self.setFillColor(colors.white)
                self.setFont(fonts.bold, 9)
                self.drawString(MARGIN, PAGE_H - 12 * mm, "OSLO KOMMUNE")
                self.setFont(fonts.regular, 9)
                self.drawRightString(PAGE_W - MARGIN, PAGE_H - 12 * mm,
                                     translate("AuditReport", "Kommunalt disponerte boliger"))
                self.setFont(fonts.bold, 22)
                self.drawString(MARGIN, PAGE_H - 25 * mm, translate("AuditReport", "Avviksrapport"))
                self.setFont(fonts.regular, 12)
                self.drawString(MARGIN, PAGE_H - 32 * mm, scope_line)
            else:
                self.setFillColor(DARK)
                self.setFont(fonts.bold, 8)
                self.drawString(MARGIN, PAGE_H - 11 * mm, translate("AuditReport", "Avviksrapport"))
                self.setFillColor(MUTED)
                self.setFont(fonts.regular, 8)
                self.drawRightString(PAGE_W - MARGIN, PAGE_H - 11 * mm, scope_line)
                self.setStrokeColor(RULE_LINE)
                self.setLineWidth(0.5)
                self.line(MARGIN, PAGE_H - 13 * mm, PAGE_W - MARGIN, PAGE_H - 13 * mm)
            self.setStrokeColor(RULE_LINE)
            self.setLineWidth(0.5)
            self.line(MARGIN, 13 * mm, PAGE_W - MARGIN, 13 * mm)
            self.setFillColor(MUTED)
            self.setFont(fonts.regular, 8)
            self.drawString(MARGIN, 9 * mm, translate(
                "AuditReport", "boligreg · utskrevet {time}").format(
                time=formats.timestamp(report.generated_at)))
            self.drawRightString(PAGE_W - MARGIN, 9 * mm, translate(
                "Pdf", "Side {page} av {total}").format(page=page, total=total))
            if report.demo:
                self.setFillColor(colors.HexColor("#C0392B"))
                self.setFont(fonts.bold, 8)
                self.drawCentredString(PAGE_W / 2, 9 * mm,
                                       translate("AuditReport", "DEMODATA – syntetiske tall"))
            self.restoreState()

    return ReportCanvas


def render_audit_pdf(report: AuditReport, path: Path) -> Path:
    """Write the report to ``path`` (A4 portrait, fonts embedded).

    Long because it lays the report out in reading order — summary, key figures, the table
    per rule, the oldest findings, notes — so the code reads as the printed pages do.
    """
    st = _Styles()
    # Page 1 carries the 38 mm title band; the frame is the same on every page, so push down.
    story: list[Flowable] = [Spacer(1, 38 * mm - 18 * mm + 4 * mm)]
    run = report.run
    if run is not None:
        started = formats.timestamp(run.started_at, utc=True)  # stored as naive UTC
        values = dict(started=started, who=run.run_by or "", opened=fmt_int(run.opened, "0"),
                      resolved=fmt_int(run.resolved, "0"))
        if run.district_code is None:
            ran = (translate("AuditReport", "Siste kontroll kjørt {started} av {who}, for hele "
                                            "Oslo: {opened} nye avvik, {resolved} lukket "
                                            "automatisk.")
                   if run.run_by else
                   translate("AuditReport", "Siste kontroll kjørt {started}, for hele Oslo: "
                                            "{opened} nye avvik, {resolved} lukket automatisk."))
        else:
            ran = (translate("AuditReport", "Siste kontroll kjørt {started} av {who}, for "
                                            "bydelen: {opened} nye avvik, {resolved} lukket "
                                            "automatisk.")
                   if run.run_by else
                   translate("AuditReport", "Siste kontroll kjørt {started}, for bydelen: "
                                            "{opened} nye avvik, {resolved} lukket automatisk."))
        ran = ran.format(**values)
    else:
        ran = translate("AuditReport", "Kontrollen er ikke kjørt for dette omfanget ennå.")
    intro = translate(
        "AuditReport", "Omfang: {scope}. Rapporten viser avvikene slik de står i registeret "
             "per {date}. {ran} Et avvik er åpent til det er rettet (lukkes automatisk ved "
             "neste kontroll) eller akseptert som begrunnet unntak.")
    # Escaped piece by piece: the scope in bold is markup, the texts are not.
    intro = _esc(intro).format(scope=f"<b>{_esc(report.scope_name)}</b>",
                               date=formats.date(report.today), ran=_esc(ran))
    story += [
        Paragraph(intro, st.body),
        Spacer(1, 4 * mm),
        _kpis(report, st),
        Paragraph(_esc(translate("AuditReport", "Avvik per regel")), st.h2),
        Paragraph(_esc(translate("AuditReport", "Åpne avvik (åpne og under arbeid) fordelt på "
                                      "alvorlighet. Akseptert: begrunnede unntak som ikke "
                                      "meldes på nytt.")), st.muted),
        Spacer(1, 1.5 * mm),
        _per_rule_table(report, st),
    ]
    if report.district is None and report.district_columns:
        legend = " · ".join(f"{num} {name}" for _, num, name in report.district_columns)
        story += [
            CondPageBreak(90 * mm),
            Paragraph(_esc(translate("AuditReport", "Åpne avvik per bydel og regel")), st.h2),
            Paragraph(_esc(translate("AuditReport",
                                     "Antall åpne avvik. Sterkere farge: flere avvik.")),
                      st.muted),
            Spacer(1, 1.5 * mm),
            _matrix_table(report, st),
            Spacer(1, 1.5 * mm),
            Paragraph(_esc(legend), st.muted),
        ]
    story += [CondPageBreak(60 * mm),
              Paragraph(_esc(translate("AuditReport", "Eldste åpne avvik")), st.h2)]
    if report.longest:
        story += [Paragraph(_esc(translate(
                      "AuditReport", "De {n} avvikene som har vært åpne lengst.").format(
                      n=formats.integer(len(report.longest)))), st.muted),
                  Spacer(1, 1.5 * mm), _longest_table(report, st)]
    else:
        story.append(Paragraph(_esc(translate("AuditReport", "Ingen åpne avvik.")), st.body))
    story += [CondPageBreak(60 * mm),
              KeepTogether([Paragraph(_esc(translate("AuditReport", "Regler og terskler")), st.h2),
                            Paragraph(_esc(translate(
                                "AuditReport",
                                "Tersklene er de som ble brukt ved siste kontroll.")),
                                st.muted), Spacer(1, 1.5 * mm)]),
              _rules_table(report, st)]

    path = Path(path)
    doc = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=18 * mm, bottomMargin=18 * mm,
        title=translate("AuditReport", "Avviksrapport – {scope}").format(scope=report.scope_name),
        author="Oslo kommune",
        subject=translate("AuditReport", "Avvik i registeret over kommunalt disponerte boliger"),
        lang=pdf_language(),
        creator="boligreg", producer="boligreg",
    )
    # Header and footer are drawn by the canvas, which knows the page count.
    doc.build(story, canvasmaker=_make_canvas(report, st.fonts))
    return path


# ------------------------------------------------------------------------------ Excel

def write_findings_xlsx(rows: Sequence[FindingRow], path: Path, *, scope: str = "Hele Oslo",
                        today: date | None = None) -> Path:
    """Findings to an xlsx through the exports' one writer (services/export.py): the findings
    with the severity tint, bold frozen header and autofilter; a second sheet counts open
    findings per rule and bydel."""
    path = Path(path)
    write_xlsx(audit_findings_sheets(rows, scope=scope, today=today), path)
    return path
