"""Any list of the window on paper: the table as it is filtered and sorted, A4 landscape, with
title, date, the filters in force and "Side x av y" on every page. Qt-free: the window hands
over the rows it shows; the PDF is the same whether it is saved or printed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from .. import formats
from ..errors import BoligregError
from ..i18n import language, translate
from .fonts import register_fonts
from .palette import OSLO_BLUE

PAGE = landscape(A4)
MARGIN = 12 * mm
BODY_PT = 8  # nothing smaller than 8 pt on paper
MAX_ROWS = 20_000  # beyond this a list belongs in Excel (the export), not on paper


@dataclass
class TableDocument:
    title: str
    columns: list[str]
    rows: list[list[str]]
    lines: list[str] = field(default_factory=list)  # scope, filters, search, count
    numeric: set[int] = field(default_factory=set)  # column indexes aligned right
    made_at: datetime | None = None
    author: str = "Oslo kommune"


class NumberedCanvas(Canvas):
    """Writes "Side x av y" once the page count is known (two-pass: pages are kept), with
    ``footer`` at the left; any page size (the right edge is the page's own). Every PDF of
    lists and tables uses this one (``canvasmaker=numbered_canvas(footer, font)``)."""

    def __init__(self, *args: object, footer: str = "", font: str = "Helvetica",
                 **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._footer, self._font = footer, font

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(self._font, BODY_PT)
            self.setFillColor(colors.HexColor("#4a4f5c"))
            self.drawString(MARGIN, 7 * mm, self._footer)
            self.drawRightString(self._pagesize[0] - MARGIN, 7 * mm, translate(
                "Pdf", "Side {page} av {total}").format(page=self._pageNumber, total=total))
            super().showPage()
        super().save()


_NumberedCanvas = NumberedCanvas  # the name it had


def numbered_canvas(footer: str, font: str) -> Callable[..., NumberedCanvas]:
    """A ``canvasmaker`` for ``SimpleDocTemplate.build``: pages numbered "Side x av y"."""
    return lambda *a, **k: NumberedCanvas(*a, footer=footer, font=font, **k)


def render_table_pdf(doc: TableDocument) -> bytes:
    """The PDF of ``doc`` (bytes); columns share the width by how much text they hold."""
    # The title, the columns and the lines come translated from the window; the page's own
    # words here (context "TablePdf", "Pdf").
    if len(doc.rows) > MAX_ROWS:
        raise BoligregError(
            f"Listen har {formats.integer(len(doc.rows))} rader; på papir går grensen ved "
            f"{formats.integer(MAX_ROWS)}. Snevre inn utvalget, eller eksporter listen til Excel.",
            f"The list has {len(doc.rows)} rows; the limit on paper is {MAX_ROWS}. Narrow the "
            "selection, or export the list to Excel.",
        )
    fonts = register_fonts()
    made = doc.made_at or datetime.now()
    body = ParagraphStyle("cell", fontName=fonts.regular, fontSize=BODY_PT, leading=10)
    right = ParagraphStyle("num", parent=body, alignment=2)
    head = ParagraphStyle("head", parent=body, fontName=fonts.bold, textColor=colors.white)
    title = ParagraphStyle("title", fontName=fonts.bold, fontSize=15, leading=19,
                           textColor=colors.HexColor(OSLO_BLUE))
    meta = ParagraphStyle("meta", fontName=fonts.regular, fontSize=9, leading=12,
                          textColor=colors.HexColor("#4a4f5c"))

    def cell(text: str, i: int) -> Paragraph:
        return Paragraph(escape(text), right if i in doc.numeric else body)

    width = PAGE[0] - 2 * MARGIN
    weights = []
    for i, name in enumerate(doc.columns):
        longest = max([len(name), *(len(r[i]) for r in doc.rows[:500] if i < len(r))])
        weights.append(min(max(longest, 4), 40))
    total = sum(weights) or 1
    widths = [width * w / total for w in weights]
    data = [[Paragraph(escape(c), head) for c in doc.columns]]
    data += [[cell(v, i) for i, v in enumerate(r)] for r in doc.rows]
    if not doc.rows:
        data.append([Paragraph(escape(translate("TablePdf", "Ingen rader i utvalget.")), body)]
                    + [""] * (len(doc.columns) - 1))
    table = LongTable(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(OSLO_BLUE)),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f4f8")]),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.HexColor(OSLO_BLUE)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    story = [Paragraph(escape(doc.title), title), Spacer(1, 2 * mm)]
    story += [Paragraph(escape(line), meta) for line in doc.lines]
    printed = translate("TablePdf", "Utskrevet {time}").format(time=formats.timestamp(made))
    story += [Paragraph(escape(printed), meta), Spacer(1, 4 * mm), table]
    out = BytesIO()
    footer = f"boligreg · {doc.title}"
    template = SimpleDocTemplate(
        out, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=14 * mm, title=doc.title, author=doc.author,
        subject=translate("TablePdf", "Liste fra boligreg"), creator="boligreg",
        producer="boligreg", lang="en-GB" if language() == "en" else "nb-NO",
        initialFontName=fonts.regular)
    template.build(story, canvasmaker=numbered_canvas(footer, fonts.regular))
    return out.getvalue()


def table_document(title: str, columns: Sequence[str], rows: Sequence[Sequence[object]],
                   lines: Sequence[str] = (), numeric: Sequence[int] = ()) -> TableDocument:
    """A TableDocument with every value as its shown text (None as empty)."""
    return TableDocument(title, list(columns),
                         [["" if v is None else str(v) for v in r] for r in rows],
                         list(lines), set(numeric))
