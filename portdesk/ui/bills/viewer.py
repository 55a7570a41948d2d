"""The bill page with its evidence boxes, coloured by verdict; a selected row's box is brought
into view and drawn bold, so the specialist reads the bill's own words next to the case's value.

Pages come from the LOA screens' PdfView (render thread, white pages, zoom, HiDPI). The service
hands a PDF for every bill (scans are wrapped in a PDF of the reader's page size), and the
extractor's boxes are in points from the top-left, so one flip of y puts them on the page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget

from portdesk.services.bill_desk import CheckRow
from portdesk.services.desk_types import BillEvidence as Evidence
from portdesk.ui.bills.model import box_color
from portdesk.ui.loa.canvas import Overlay
from portdesk.ui.loa.pdfview import PdfView


class BillPageView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = PdfView()
        self.pdf.document_loaded.connect(lambda _: self._refresh())
        self._rows: list[CheckRow] = []
        self._verdict_of: Callable[[CheckRow], str] = lambda r: r.verdict
        self.selected: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pdf)
        self.pdf.message.setText("The bill's page shows here once it is read, with a box "
                                 "around every value it was compared on.")
        self.pdf.message.show()

    def set_bill(self, pdf: bytes | None, label: str) -> None:
        self.selected = None
        if pdf is None:
            self.pdf.clear()
            self.pdf.message.setText(f"{label} was checked but cannot be shown here.")
            self.pdf.message.show()
            return
        self.pdf.set_pdf(pdf, label)

    def set_rows(self, rows: list[CheckRow], verdict_of: Callable[[CheckRow], str]) -> None:
        self._rows, self._verdict_of = list(rows), verdict_of
        self._refresh()

    def overlays(self) -> list[Overlay]:
        """The boxes drawn over the pages (every page), for the screen and its tests."""
        out: list[Overlay] = []
        seen: set[tuple[int, tuple[float, ...]]] = set()
        for row in self._rows:
            ev = row.evidence
            if ev is None or not 0 < ev.page <= self.pdf.page_count:
                continue
            spot = (ev.page, ev.bbox)
            selected = row.key == self.selected
            if spot in seen and not selected:
                continue  # the BTN is usually one of the numbers too: one box, the field's colour
            seen.add(spot)
            out.append(Overlay(ev.page - 1, self._rect(ev), box_color(self._verdict_of(row)),
                               "", selected))
        return out

    def _rect(self, ev: Evidence) -> tuple[float, float, float, float]:
        height = self.pdf.page_size(ev.page - 1).height()
        x0, top, x1, bottom = ev.bbox
        pad = 2.0
        return (x0 - pad, height - bottom - pad, x1 + pad, height - top + pad)

    def row_at(self, page: int, x: float, y: float) -> CheckRow | None:
        """The row whose box holds a click on `page` (0-based; points, origin bottom-left)."""
        for row in self._rows:
            ev = row.evidence
            if ev is not None and ev.page - 1 == page and 0 < ev.page <= self.pdf.page_count:
                x0, y0, x1, y1 = self._rect(ev)
                if x0 <= x <= x1 and y0 <= y <= y1:
                    return row
        return None

    def _refresh(self) -> None:
        self.pdf.set_overlays(self.overlays())

    def show_row(self, row: CheckRow | None) -> bool:
        """Select the row's box, turn to its page and scroll it into view; False if it has none."""
        self.selected = row.key if row is not None else None
        ev = row.evidence if row is not None else None
        self._refresh()
        if ev is None or not 0 < ev.page <= self.pdf.page_count:
            return False
        self.pdf.set_page(ev.page - 1)
        x0, y0, x1, y1 = self._rect(ev)
        centre = self.pdf.canvas.to_widget((x0 + x1) / 2, (y0 + y1) / 2)
        self.pdf.scroller.ensureVisible(round(centre.x()), round(centre.y()), 120, 160)
        return True

    def shutdown(self) -> None:
        self.pdf.shutdown()
