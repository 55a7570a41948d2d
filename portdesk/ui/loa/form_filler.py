"""Fill a carrier's own LOA form for a case: review the proposed mapping, fix it by clicking, save.

The table (our field, where it goes, how sure, the value) sits beside the rendered page with every
widget's box drawn. To fix a mapping the specialist selects our field and clicks the right box, or
a blank spot on a paper-only form. Saving fills the form, files it with the case and remembers the
corrections for the next copy of the same form. What the page draws is `form_page.py`, what the
screen says in words `form_report.py`; this module wires them to the services.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from portdesk.config import Settings
from portdesk.domain.case import PortCase
from portdesk.domain.intake import IntakeLimits
from portdesk.services import loa_desk
from portdesk.services.desk_types import (
    Document,
    FillResult,
    FormAnalysis,
    LoaValues,
    Store,
    Widget,
)
from portdesk.ui.loa.common import (
    PDF_FILTER,
    FileDropMixin,
    OpenFileAsk,
    StatusLine,
    TaskDialog,
    case_line,
    read_file,
)
from portdesk.ui.loa.form_model import MappingModel, MappingRow, build_rows, corrected, fits
from portdesk.ui.loa.form_page import mapping_overlays, widget_at
from portdesk.ui.loa.form_report import RememberAsk, ReportList, report_lines, review_lines
from portdesk.ui.loa.pdfview import PdfView
from portdesk.ui.loa.print_preview import DocumentButtons
from portdesk.ui.screen import fit_to_screen


def open_form(path: Path, overrides: dict[str, Any], country: str,
              limits: IntakeLimits | None = None) -> tuple[bytes, FormAnalysis]:
    pdf = read_file(path)
    return pdf, loa_desk.analyse(pdf, path.name, overrides, country, limits)


class FormFillDialog(FileDropMixin, TaskDialog):
    saved = Signal(object)  # Document
    file_dropped = Signal(str)

    def __init__(self, store: Store, settings: Settings, actor: str, case_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.settings, self.actor, self.case_id = store, settings, actor, case_id
        self.case: PortCase | None = None
        self.values: LoaValues | None = None
        self.form_pdf: bytes | None = None
        self.form_label = ""
        self.analysis: FormAnalysis | None = None
        self.overrides: dict[str, Any] = {}
        self.result_value: Document | None = None
        self.setWindowTitle("Fill a carrier's LOA form")
        self.setAcceptDrops(True)
        self._build()
        self.file_dropped.connect(lambda p: self.open_path(Path(p)))
        self.status.busy("Loading the case…")
        self.runner.run(loa_desk.case_values, store, case_id, on_success=self._on_case,
                        on_failure=self.status.error)

    @classmethod
    def ask(cls, store: Store, settings: Settings, actor: str, case_id: int,
            parent: QWidget | None = None) -> Document | None:
        dialog = cls(store, settings, actor, case_id, parent)
        dialog.exec()
        return dialog.result_value

    # -- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.header = QLabel()
        self.header.setStyleSheet("QLabel { font-weight: bold; }")
        self.form_name = QLabel("No form yet: open the carrier's PDF or drop it here.")
        open_button = QPushButton("Open form…")
        open_button.clicked.connect(self.on_open)
        top = QHBoxLayout()
        top.addWidget(self.header)
        top.addStretch(1)
        top.addWidget(self.form_name)
        top.addWidget(open_button)
        self.model = MappingModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._draw_boxes())
        hint = QLabel("To fix a line: select it, then click the right box on the page (or a "
                      "blank spot on a paper-only form).")
        hint.setWordWrap(True)
        self.remove_button = QPushButton("Take off the form")
        self.remove_button.clicked.connect(self.on_remove)
        self.reset_button = QPushButton("Undo my changes")
        self.reset_button.clicked.connect(self.on_reset)
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addWidget(self.reset_button)
        row.addStretch(1)
        self.show_boxes = QCheckBox("Show field boxes")
        self.show_boxes.setChecked(True)
        self.show_boxes.toggled.connect(lambda _on: self._draw_boxes())
        row.addWidget(self.show_boxes)
        self.report = ReportList()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(hint)
        left_layout.addLayout(row)
        left_layout.addWidget(QLabel("Fill report"))
        left_layout.addWidget(self.report)
        self.view = PdfView()
        self.view.page_clicked.connect(self.on_page_clicked)
        self.view.page_changed.connect(lambda _p: self._draw_boxes())
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setSizes([480, 620])
        self.status = StatusLine()
        self.buttons = QDialogButtonBox()
        self.preview_button = self.buttons.addButton(
            "Preview filled", QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = self.buttons.addButton(
            "Save to case", QDialogButtonBox.ButtonRole.AcceptRole)
        self.document_buttons = DocumentButtons(self, self.buttons, self.status)  # once saved
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.preview_button.clicked.connect(self.on_preview)
        self.save_button.clicked.connect(self.on_save)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 1180, 820)  # never past a 1024 x 700 screen's edge (ui/screen)
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        ready = self.analysis is not None and self.values is not None
        for b in (self.preview_button, self.save_button, self.remove_button, self.reset_button):
            b.setEnabled(ready)

    # -- opening --------------------------------------------------------------------------------
    def _on_case(self, loaded: tuple[PortCase, LoaValues]) -> None:
        self.case, self.values = loaded
        self.header.setText(case_line(self.case))
        self.status.clear_status()
        if self.analysis is not None:
            self._show_rows()
        self._sync_buttons()

    def on_open(self) -> None:
        path = OpenFileAsk.ask(self, "Carrier's LOA form", PDF_FILTER)
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> None:
        if self.runner.busy:
            return
        self.status.busy(f"Reading {path.name}: fields, printed labels, proposed mapping…")
        self.runner.run(open_form, path, {}, self._country(), self.settings.limits,
                        on_success=lambda r: self._on_opened(path, r),
                        on_failure=self.status.error, lane="background")

    def _country(self) -> str:
        return self.values.country if self.values is not None else "US"

    def _on_opened(self, path: Path, opened: tuple[bytes, FormAnalysis]) -> None:
        self.form_pdf, analysis = opened
        self.form_label, self.overrides = path.name, {}
        self.form_name.setText(path.name)
        self.view.set_pdf(self.form_pdf, path.name)
        self._on_analysed(analysis)

    def _on_analysed(self, analysis: FormAnalysis) -> None:
        self.analysis = analysis
        self.report.show_lines(review_lines(analysis), "Every blank was read; check the values.")
        if analysis.notice:
            self.status.warn(analysis.notice)
        else:
            kind = "fillable" if analysis.fillable else "paper-only (values are printed over it)"
            self.status.ok(f"{self.form_label}: {kind}, {len(analysis.widgets)} fields, "
                           f"{len(analysis.placements)} values placed. Check the low "
                           "confidences and the blanks left for you.")
        self._show_rows()
        self._sync_buttons()

    def _show_rows(self, keep: MappingRow | None = None) -> None:
        if self.analysis is None or self.values is None:
            return
        self.model.set_rows(build_rows(self.analysis, self.values))
        if keep is not None:
            for n, r in enumerate(self.model.rows()):
                if r.field == keep.field and r.slot == keep.slot:
                    self.select_row(n)
                    break
        self._draw_boxes()

    def select_row(self, row: int) -> None:
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def selected_row(self) -> MappingRow | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    # -- the page -------------------------------------------------------------------------------
    def _draw_boxes(self) -> None:
        if self.analysis is None:
            return
        if not self.show_boxes.isChecked():
            self.view.set_overlays([])
            return
        chosen = self.selected_row()
        overlays = mapping_overlays(self.analysis, self.model.rows(), chosen)
        self.view.set_overlays(overlays)
        if chosen is not None and chosen.placed and chosen.page != self.view.current_page:
            self.view.set_page(chosen.page or 0)

    def widget_at(self, page: int, x: float, y: float) -> Widget | None:
        return None if self.analysis is None else widget_at(self.analysis, page, x, y)

    def on_page_clicked(self, page: int, x: float, y: float) -> None:
        row = self.selected_row()
        if self.analysis is None or self.form_pdf is None or self.runner.busy:
            return
        if row is None:
            self.status.warn("Select one of our fields in the table first, then click where "
                             "it goes.")
            return
        widget = self.widget_at(page, x, y)
        problem = fits(row.field, widget)
        if problem:
            self.status.error(problem)
            return
        spec: Any = widget.key if widget else {"page": page + 1, "x": round(x, 1),
                                               "y": round(y, 1)}
        self.apply_overrides(corrected(self.overrides, self.model.rows(), row, spec), row)

    def on_remove(self) -> None:
        row = self.selected_row()
        if row is None or not row.placed:
            self.status.warn("Select a placed line to take it off the form.")
            return
        self.apply_overrides(corrected(self.overrides, self.model.rows(), row, None), row)

    def on_reset(self) -> None:
        self.apply_overrides({}, self.selected_row())

    def apply_overrides(self, overrides: dict[str, Any], keep: MappingRow | None) -> None:
        if self.form_pdf is None or self.runner.busy:
            return
        self.status.busy("Updating the mapping…")

        def done(analysis: FormAnalysis) -> None:
            self.overrides = overrides
            self.analysis = analysis
            self.status.ok("Mapping updated. When you save you can choose to remember it "
                           "for this form.")
            self._show_rows(keep)

        self.runner.run(loa_desk.analyse, self.form_pdf, self.form_label, overrides, self._country(),
                        self.settings.limits,
                        on_success=done, on_failure=self.status.error, lane="background")

    # -- filling --------------------------------------------------------------------------------
    def on_preview(self) -> None:
        if self.form_pdf is None or self.values is None or self.runner.busy:
            return
        self.status.busy("Filling a preview…")
        self.runner.run(loa_desk.preview_fill, self.form_pdf, self.values, self.form_label,
                        self.overrides, self.settings.limits, on_success=self._on_previewed,
                        on_failure=self.status.error, lane="background")

    def _on_previewed(self, result: FillResult) -> None:
        self.view.set_pdf(result.pdf, f"{self.form_label} (filled preview)")
        self._draw_boxes()
        self._show_report(result)
        self.status.ok("Preview of the filled form (not saved yet).")

    def on_save(self) -> None:
        if self.form_pdf is None or self.values is None or self.case is None \
                or self.runner.busy:
            return
        remember = bool(self.overrides) and RememberAsk.ask(self, len(self.overrides),
                                                           self.form_label)
        self.save_button.setEnabled(False)
        self.status.busy("Filling the form and filing it with the case…")
        self.runner.run(loa_desk.save_fill, self.store, self.actor, self.case, self.form_pdf,
                        self.values, self.form_label, self.overrides, remember,
                        self.settings.limits,
                        on_success=self._on_saved, on_failure=self._on_save_failed)

    def _on_save_failed(self, message: str) -> None:
        self.save_button.setEnabled(True)
        self.status.error(message)

    def _on_saved(self, saved: tuple[FillResult, Document]) -> None:
        result, doc = saved
        self.result_value = doc
        self.save_button.setEnabled(True)
        self.view.set_pdf(result.pdf, doc.filename)
        self._draw_boxes()
        self._show_report(result)
        warned = " Read the fill report before sending it." if result.problems else ""
        self.status.ok(f"Saved to the case as {doc.filename}.{warned}")
        self.saved.emit(doc)
        self.runner.run(loa_desk.display_copy, result.pdf, lane="background",  # prints widgets
                        on_success=lambda flat: self.document_buttons.show(
                            result.pdf, doc.filename, flat),
                        on_failure=lambda _m: self.document_buttons.show(result.pdf,
                                                                         doc.filename))

    def _show_report(self, result: FillResult) -> None:
        self.report.show_lines(report_lines(result), "Every value fitted its place.")
