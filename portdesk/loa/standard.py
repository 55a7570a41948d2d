"""The platform's standard LOA, drawn with reportlab from a case and the platform's branding.

Carriers compare an LOA field by field with their record, so every value is printed plainly in a
labelled table, numbers as NPA-NXX-XXXX, and nothing decorative competes with them. The signature
and date lines carry invisible form fields so signing finds them exactly, like a carrier's own form.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from portdesk.config import Branding
from portdesk.domain.case import PortCase, PortType
from portdesk.domain.numbers import format_display
from portdesk.loa.fields import format_date, remaining_text, values_from_case
from portdesk.loa.fonts import BOLD, REGULAR, register_fonts
from portdesk.loa.standard_marks import CREATOR, DATE_FIELD, PRINTED_NAME, SIGNATURE_FIELD
from portdesk.loa.standard_text import authorization_paragraphs, customer_type_label

INLINE_NUMBERS = 24  # more than this and the list moves to the annex
ANNEX_COLUMNS = 4
ANNEX_ROWS = 48  # rows of numbers that fit under the annex heading on one page
ROW_HEIGHT = 12.5
_MARGIN = 0.75 * inch
_FRAME_PAD = 6  # SimpleDocTemplate's frame padding, on each side
_INK = colors.HexColor("#1a1a1a")
_GREY = colors.HexColor("#5a5a5a")
_RULE = colors.HexColor("#9a9a9a")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=11.5, textColor=_INK,
                          alignment=TA_LEFT)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=_GREY),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=15, leading=19),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=10.5, leading=13,
                             spaceBefore=8, spaceAfter=2),
        "label": ParagraphStyle("label", parent=base, fontSize=8, leading=10.5, textColor=_GREY),
        "value": ParagraphStyle("value", parent=base, fontName=BOLD, fontSize=9.5, leading=11.5),
        "brand": ParagraphStyle("brand", parent=base, fontName=BOLD, fontSize=12, leading=15),
    }


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _PagedCanvas(Canvas):  # type: ignore[misc]
    """Writes the total page count once it is known, into a form every footer already refers to."""

    def save(self) -> None:
        self.beginForm("pd_total_pages")
        self.setFont(REGULAR, 7.5)
        self.setFillColor(_GREY)
        self.drawString(0, 0, str(self.getPageNumber() - 1))
        self.endForm()
        super().save()


class _SignatureBlock(Flowable):  # type: ignore[misc]
    """Signature and date lines with invisible fields on them, so signing places ink exactly."""

    def __init__(self, name: str, title: str, width: float) -> None:
        super().__init__()
        self.name, self.title, self.width, self.height = name, title, width, 66

    def draw(self) -> None:
        c = self.canv
        sig_w = self.width * 0.58
        date_x = sig_w + 24
        date_w = self.width - date_x
        c.setStrokeColor(_INK)
        c.setLineWidth(0.7)
        c.line(0, 34, sig_w, 34)
        c.line(date_x, 34, self.width, 34)
        c.setFont(REGULAR, 8)
        c.setFillColor(_GREY)
        c.drawString(0, 25, "Signature of authorized person")
        c.drawString(date_x, 25, "Date signed (MM/DD/YYYY)")
        c.setFillColor(_INK)
        c.setFont(REGULAR, 9.5)
        c.drawString(0, 9, f"{PRINTED_NAME}{self.name or '_' * 30}")
        c.drawString(date_x, 9, f"Title: {self.title or '_' * 24}")
        form = c.acroForm
        common: dict[str, Any] = {"borderWidth": 0, "fillColor": colors.white,
                                  "borderColor": colors.white, "relative": True,
                                  "fontName": "Helvetica", "fontSize": 10}
        form.textfield(name=SIGNATURE_FIELD, tooltip="Signature", x=0, y=35, width=sig_w,
                       height=30, **common)
        form.textfield(name=DATE_FIELD, tooltip="Date signed", x=date_x, y=35, width=date_w,
                       height=16, **common)


def _header_footer(case: PortCase, branding: Branding):  # type: ignore[no-untyped-def]
    ref = case.reference or "draft"

    def draw(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        width, _height = LETTER
        canvas.setStrokeColor(_RULE)
        canvas.setLineWidth(0.5)
        canvas.line(_MARGIN, 0.6 * inch, width - _MARGIN, 0.6 * inch)
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(_GREY)
        left = f"Letter of Authorization · {case.account_name} · ref. {ref}"
        canvas.drawString(_MARGIN, 0.45 * inch, left[:110])
        label = f"Page {doc.page} of "
        x = width - _MARGIN - canvas.stringWidth(label + "000", REGULAR, 7.5)
        canvas.drawString(x, 0.45 * inch, label)
        canvas.saveState()
        canvas.translate(x + canvas.stringWidth(label, REGULAR, 7.5), 0.45 * inch)
        canvas.doForm("pd_total_pages")
        canvas.restoreState()
        if doc.page > 1:
            canvas.drawString(_MARGIN, LETTER[1] - 0.5 * inch,
                              f"{branding.name} · Letter of Authorization (continued)")
        canvas.restoreState()

    return draw


def _brand_block(branding: Branding, st: dict[str, ParagraphStyle], width: float) -> Flowable:
    lines = [Paragraph(_esc(branding.name), st["brand"])]
    contact = " · ".join(p for p in (branding.address, branding.phone) if p)
    if contact:
        lines.append(Paragraph(_esc(contact), st["small"]))
    logo: Flowable | str = ""
    if branding.logo_path and Path(branding.logo_path).is_file():
        try:
            img = Image(branding.logo_path)
            scale = min(1.6 * inch / img.drawWidth, 0.6 * inch / img.drawHeight)
            img.drawWidth, img.drawHeight = img.drawWidth * scale, img.drawHeight * scale
            logo = img
        except OSError:
            logo = ""
    table = Table([[lines, logo]], colWidths=[width - 1.8 * inch, 1.8 * inch], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("LINEBELOW", (0, 0), (-1, 0), 1.2, _INK),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return table


def _kv_table(rows: list[tuple[str, str]], st: dict[str, ParagraphStyle], width: float) -> Table:
    """Two label/value pairs per row: compact, and each value sits right beside its label."""
    cells = [[Paragraph(_esc(k), st["label"]), Paragraph(_esc(v) or "—", st["value"])]
             for k, v in rows]
    pairs: list[list[Any]] = []
    for i in range(0, len(cells), 2):
        right = cells[i + 1] if i + 1 < len(cells) else ["", ""]
        pairs.append(cells[i] + right)
    label_w = 1.2 * inch
    value_w = width / 2 - label_w
    table = Table(pairs, colWidths=[label_w, value_w, label_w, value_w], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, _RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return table


def _number_grid(numbers: list[str], width: float, start: int = 1) -> Table:
    cols = ANNEX_COLUMNS
    rows_n = (len(numbers) + cols - 1) // cols
    data: list[list[str]] = []
    for r in range(rows_n):  # column-major: a reader runs down each column, like a printed list
        row: list[str] = []
        for c in range(cols):
            i = c * rows_n + r
            row += [f"{start + i}.", numbers[i]] if i < len(numbers) else ["", ""]
        data.append(row)
    idx_w = 0.42 * inch
    table = Table(data, colWidths=[idx_w, width / cols - idx_w] * cols, rowHeights=ROW_HEIGHT,
                  hAlign="LEFT")
    style = [("FONT", (0, 0), (-1, -1), REGULAR, 9), ("TEXTCOLOR", (0, 0), (-1, -1), _INK),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
             ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
             ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
    style += [("ALIGN", (c, 0), (c, -1), "RIGHT") for c in range(0, 2 * cols, 2)]
    style += [("TEXTCOLOR", (c, 0), (c, -1), _GREY) for c in range(0, 2 * cols, 2)]
    table.setStyle(TableStyle(style))
    return table


def _annex_chunks(numbers: list[str], per_page: int) -> list[list[str]]:
    return [numbers[i:i + per_page] for i in range(0, len(numbers), per_page)]


def render_standard_loa(case: PortCase, branding: Branding, today: date | None = None) -> bytes:
    """The letter as PDF bytes; the caller decides where it goes (file, store, print)."""
    register_fonts()
    today = today or date.today()
    st = _styles()
    values = values_from_case(case)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=LETTER, leftMargin=_MARGIN, rightMargin=_MARGIN, topMargin=0.6 * inch,
        bottomMargin=0.85 * inch, title=f"Letter of Authorization {case.reference}".strip(),
        author=branding.name, subject=f"Port of {len(case.numbers)} number(s) for "
        f"{case.account_name}", creator=CREATOR, invariant=True,
        keywords="LOA, toll-free" if values.toll_free else "LOA",
    )
    width = LETTER[0] - 2 * _MARGIN - 2 * _FRAME_PAD
    numbers = list(values.numbers)
    story: list[Flowable] = [_brand_block(branding, st, width), Spacer(1, 10)]
    story.append(Paragraph("Letter of Authorization to Port Telephone Numbers", st["title"]))
    kind = "toll-free (RespOrg change)" if values.toll_free else case.service_type.value.replace(
        "_", " ")
    story.append(Paragraph(_esc(
        f"Reference {case.reference or '(draft)'} · prepared {format_date(today)} · "
        f"{case.port_type.value} port · {kind}"), st["small"]))
    story.append(Paragraph("Account holder, exactly as on the current carrier's record", st["h2"]))
    story.append(_kv_table(_account_rows(case), st, width))
    story.append(Paragraph("Service address", st["h2"]))
    story.append(_kv_table(_address_rows(case), st, width))
    story.append(Paragraph(f"Numbers to port ({len(numbers)})", st["h2"]))
    if len(numbers) <= INLINE_NUMBERS:
        story.append(_number_grid(numbers, width))
    else:
        story.append(Paragraph(_esc(
            f"{len(numbers)} numbers are listed in Annex A, attached to and forming part of this "
            "letter. Every annex page carries the account holder's name and this letter's "
            "reference."), st["body"]))
    if case.port_type == PortType.PARTIAL:
        story.extend(_partial_section(case, st, width))
    story.append(Paragraph("Authorization", st["h2"]))
    paras = [Paragraph(_esc(p), st["body"])
             for p in authorization_paragraphs(case, branding.name, values.toll_free)]
    for para in paras[:-1]:
        story += [para, Spacer(1, 3)]
    # The signature never sits alone on a page: it travels with the statement it signs.
    story.append(KeepTogether([paras[-1], Spacer(1, 16),
                               _SignatureBlock(case.authorized_name, case.authorized_title, width)]))
    if len(numbers) > INLINE_NUMBERS:
        story.extend(_annex(case, numbers, st, width))
    decorate = _header_footer(case, branding)
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate, canvasmaker=_PagedCanvas)
    return buf.getvalue()


def _account_rows(case: PortCase) -> list[tuple[str, str]]:
    return [
        ("Customer name", case.account_name),
        ("Customer type", customer_type_label(case.customer_type)),
        ("Authorized person", case.authorized_name),
        ("Title", case.authorized_title),
        ("Current carrier", case.losing_carrier),
        ("Account number", case.account_number),
        ("Billing number (BTN)", format_display(case.btn) if case.btn else ""),
        ("PIN / passcode", case.pin or "none on the account"),
        ("Requested port date", format_date(case.requested_date) or "earliest available"),
        ("Contact phone", format_display(case.contact_phone) if case.contact_phone else ""),
        ("Contact e-mail", case.contact_email),
    ]


def _address_rows(case: PortCase) -> list[tuple[str, str]]:
    a = case.service_address
    return [("Street", a.line1), ("Suite / unit", a.line2), ("City", a.city),
            ("State / ZIP code", f"{a.state}  {a.postal_code}".strip())]


def _partial_section(case: PortCase, st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    staying = [format_display(e) for e in case.remaining_numbers]
    rows = [("Port type", "Partial"),
            ("Numbers that stay", f"{len(staying)} (listed below)" if staying else "not listed"),
            ("What happens to them", remaining_text(case.remaining_action)),
            ("New BTN", format_display(case.new_btn) if case.new_btn else
             ("required: the current BTN is leaving" if case.btn in case.number_e164s
              else "not needed: the BTN stays"))]
    out: list[Flowable] = [Paragraph("Partial port: numbers that stay with the current carrier",
                                     st["h2"]), _kv_table(rows, st, width)]
    if staying:
        out += [Spacer(1, 4), _number_grid(staying, width)]
    return out


def _annex(case: PortCase, numbers: list[str], st: dict[str, ParagraphStyle],
           width: float) -> list[Flowable]:
    per_page = ANNEX_COLUMNS * ANNEX_ROWS
    out: list[Flowable] = []
    chunks = _annex_chunks(numbers, per_page)
    for n, chunk in enumerate(chunks, start=1):
        out.append(PageBreak())
        out.append(Paragraph(f"Annex A: numbers to port ({n} of {len(chunks)})", st["title"]))
        out.append(Paragraph(_esc(
            f"Customer: {case.account_name} · account {case.account_number or '—'} · BTN "
            f"{format_display(case.btn) if case.btn else '—'} · reference "
            f"{case.reference or '(draft)'} · numbers {1 + (n - 1) * per_page}–"
            f"{(n - 1) * per_page + len(chunk)} of {len(numbers)}"), st["small"]))
        out.append(Spacer(1, 8))
        out.append(_number_grid(chunk, width, start=1 + (n - 1) * per_page))
    return out
