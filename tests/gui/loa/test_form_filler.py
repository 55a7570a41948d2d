"""Carrier form screen: proposed mapping beside the page, fixes by click, save to the case, report."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from portdesk.config import Settings
from portdesk.domain.case import PortCase
from portdesk.loa.fields import LoaField
from portdesk.store.store import Store
from portdesk.ui.loa.common import OpenFileAsk
from portdesk.ui.loa.form_filler import FormFillDialog, RememberAsk
from portdesk.ui.loa.form_model import MappingModel, build_rows, corrected
from tests.gui.loa.conftest import many_numbers
from tests.helpers import case
from tests.loaforms import testforms


@pytest.fixture
def filler(qtbot, store: Store, settings: Settings, saved_case: PortCase) -> FormFillDialog:
    dialog = FormFillDialog(store, settings, "tester", saved_case.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.case is not None)
    return dialog


def _open(qtbot, dialog: FormFillDialog, path: Path) -> None:
    dialog.open_path(path)
    qtbot.waitUntil(lambda: dialog.analysis is not None and not dialog.runner.busy,
                    timeout=20_000)


def _row(dialog: FormFillDialog, field: LoaField, slot: int | None = None) -> int:
    return next(n for n, r in enumerate(dialog.model.rows())
                if r.field == field and (slot is None or r.slot == slot))


def _form(tmp_path: Path, data: bytes, name: str = "acme.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_mapping_table_and_boxes(qtbot, qtmodeltester, filler: FormFillDialog,
                                 tmp_path: Path) -> None:
    _open(qtbot, filler, _form(tmp_path, testforms.opaque_form()))
    qtmodeltester.check(filler.model)
    rows = {r.field: r for r in filler.model.rows()}
    assert rows[LoaField.STREET].widget == "Service Address"  # the printed label won
    assert rows[LoaField.ACCOUNT_NAME].value == "Harbor Dental Group LLC"
    assert rows[LoaField.PIN].value == "••••"  # never in clear in the table
    index = filler.model.index(_row(filler, LoaField.ACCOUNT_NAME), 2)
    assert filler.model.data(index) == "90%"
    assert len(filler.view._overlays) == len(filler.analysis.widgets)
    assert filler.save_button.isEnabled()


def test_clicking_a_box_remaps_the_selected_field(qtbot, filler: FormFillDialog,
                                                  tmp_path: Path) -> None:
    _open(qtbot, filler, _form(tmp_path, testforms.opaque_form()))
    city = next(w for w in filler.analysis.widgets if w.key == "Text3")
    filler.select_row(_row(filler, LoaField.AUTHORIZED_NAME))
    x, y = (city.rect[0] + city.rect[2]) / 2, (city.rect[1] + city.rect[3]) / 2
    filler.on_page_clicked(city.page, x, y)
    qtbot.waitUntil(lambda: filler.overrides == {"authorized_name": "Text3"} and
                    not filler.runner.busy, timeout=20_000)
    rows = filler.model.rows()
    moved = rows[_row(filler, LoaField.AUTHORIZED_NAME)]
    assert moved.widget == "Text3" and moved.source == "override"
    assert filler.selected_row() == moved  # the selection follows the line
    assert not any(r.widget == "Text3" and r.field == LoaField.CITY for r in rows)
    check = next(w for w in filler.analysis.widgets if w.kind == "checkbox")
    filler.on_page_clicked(check.page, check.rect[0] + 2, check.rect[1] + 2)
    assert filler.status.kind == "error" and "text field" in filler.status.text()


def test_save_files_the_form_remembers_the_fix_and_reports(qtbot, store: Store,
                                                           settings: Settings,
                                                           tmp_path: Path, monkeypatch) -> None:
    asked: list[int] = []
    monkeypatch.setattr(RememberAsk, "ask",
                        classmethod(lambda cls, parent, count, form: asked.append(count) or True))
    big = store.cases.create(case(numbers=many_numbers(9)), "tester")
    dialog = FormFillDialog(store, settings, "tester", big.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.case is not None)
    form = _form(tmp_path, testforms.opaque_form())
    _open(qtbot, dialog, form)
    dialog.select_row(_row(dialog, LoaField.CITY))
    dialog.on_remove()
    qtbot.waitUntil(lambda: dialog.overrides == {"city": None} and not dialog.runner.busy,
                    timeout=20_000)
    with qtbot.waitSignal(dialog.saved, timeout=20_000) as blocker:
        dialog.on_save()
    doc = blocker.args[0]
    assert asked == [1]  # confirmed: one fix (taking the city off), asked once
    assert doc.kind == "loa" and doc.filename == f"acme-{big.reference}-filled.pdf"
    assert store.documents.content(doc.id)[:5] == b"%PDF-"
    texts = [dialog.report.item(n).text() for n in range(dialog.report.count())]
    assert any("3 of 9 numbers do not fit" in t for t in texts)
    reopened = FormFillDialog(store, settings, "tester", big.id)
    qtbot.addWidget(reopened)
    qtbot.waitUntil(lambda: reopened.case is not None)
    _open(qtbot, reopened, form)
    city = reopened.model.rows()[_row(reopened, LoaField.CITY)]
    assert not city.placed and city.target == "not placed"  # remembered for this form


def test_paper_only_form_takes_a_click_on_a_blank_spot(qtbot, filler: FormFillDialog,
                                                       tmp_path: Path) -> None:
    _open(qtbot, filler, _form(tmp_path, testforms.flat_form(), "flat.pdf"))
    assert not filler.analysis.fillable
    filler.select_row(_row(filler, LoaField.ACCOUNT_NUMBER))
    filler.on_page_clicked(0, 400.0, 120.0)
    qtbot.waitUntil(lambda: "account_number" in filler.overrides and not filler.runner.busy,
                    timeout=20_000)
    assert filler.overrides["account_number"] == {"page": 1, "x": 400.0, "y": 120.0}
    moved = filler.model.rows()[_row(filler, LoaField.ACCOUNT_NUMBER)]
    assert moved.target == "page 1 at (400, 120)"
    filler.on_preview()
    qtbot.waitUntil(lambda: not filler.runner.busy, timeout=20_000)
    assert filler.status.text() == "Preview of the filled form (not saved yet)."


def test_shrunk_text_is_reported(qtbot, store: Store, settings: Settings, tmp_path: Path) -> None:
    long = store.cases.create(case(account_name="The Extremely Long Named Harbor Dental "
                                                "Group Of Greater Oxnard LLC"), "tester")
    dialog = FormFillDialog(store, settings, "tester", long.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.case is not None)
    _open(qtbot, dialog, _form(tmp_path, testforms.tiny_fields_form(), "tiny.pdf"))
    dialog.on_preview()
    qtbot.waitUntil(lambda: not dialog.runner.busy and "Preview" in dialog.status.text(),
                    timeout=20_000)
    texts = " ".join(dialog.report.item(n).text() for n in range(dialog.report.count()))
    assert "font" in texts or "fit" in texts


def test_bad_files_are_sentences(qtbot, filler: FormFillDialog, tmp_path: Path,
                                 monkeypatch) -> None:
    monkeypatch.setattr(OpenFileAsk, "ask",
                        classmethod(lambda cls, *a: _form(tmp_path, b"hello", "x.pdf")))
    filler.on_open()
    qtbot.waitUntil(lambda: filler.status.kind == "error", timeout=20_000)
    assert "not a PDF" in filler.status.text() and filler.analysis is None
    filler.open_path(_form(tmp_path, testforms.encrypted_form(), "locked.pdf"))
    qtbot.waitUntil(lambda: "encrypted" in filler.status.text(), timeout=20_000)
    assert not filler.save_button.isEnabled()


def test_a_dropped_pdf_is_opened(qtbot, filler: FormFillDialog, tmp_path: Path) -> None:
    path = _form(tmp_path, testforms.opaque_form())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    filler.dragEnterEvent(enter)  # Qt routes real drags only from a drag manager
    assert enter.isAccepted()
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    filler.dropEvent(event)
    qtbot.waitUntil(lambda: filler.analysis is not None, timeout=20_000)
    assert filler.form_label == "acme.pdf"
    text = QMimeData()
    text.setUrls([QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    refused = QDragEnterEvent(QPointF(10, 10), Qt.DropAction.CopyAction, text,
                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    filler.dragEnterEvent(refused)
    assert not refused.isAccepted()


def test_number_slot_fix_keeps_the_other_slots() -> None:
    from portdesk.loa.fields import values_from_case
    from portdesk.loa.fill import analyse_form
    analysis = analyse_form(testforms.opaque_form(), "acme.pdf")
    rows = build_rows(analysis, values_from_case(case(numbers=many_numbers(8))))
    slots = [r for r in rows if r.field == LoaField.NUMBER]
    assert len(slots) == 8 and not slots[-1].placed  # two numbers have no slot
    fixed = corrected({}, rows, slots[1], "Text9")
    assert fixed["number"][1] == "Text9" and len(fixed["number"]) == 6
    added = corrected({}, rows, slots[7], {"page": 1, "x": 90, "y": 100})
    assert len(added["number"]) == 7
    model = MappingModel()
    model.set_rows(rows)
    assert model.rowCount() == len(rows) and model.columnCount() == 4


def test_labels_are_drawn_inside_or_beside_their_own_box(qtbot, filler: FormFillDialog,
                                                         tmp_path: Path) -> None:
    from tests.loaforms import world as testforms_world

    _open(qtbot, filler, _form(tmp_path, testforms_world.numbered_columns_form(), "cols.pdf"))
    filler.resize(1180, 820)
    qtbot.waitUntil(lambda: filler.view.canvas.has_page, timeout=20_000)
    canvas = filler.view.canvas
    overlays = [o for o in canvas._overlays if o.label]
    assert len(overlays) > 40
    boxes = [canvas._rect(o) for o in canvas._overlays]
    for o in overlays:
        label, own = canvas.label_rect(o), canvas._rect(o)
        assert own.contains(label) or abs(label.left() - own.right()) < 6 or \
            abs(label.right() - own.left()) < 6  # inside, or right beside
        others = [b for b in boxes if b != own]
        assert not any(label.intersects(b) for b in others), o.label


def test_a_fix_by_click_never_leaves_two_values_in_one_box(qtbot, filler: FormFillDialog,
                                                           tmp_path: Path) -> None:
    _open(qtbot, filler, _form(tmp_path, testforms.opaque_form()))
    city = next(w for w in filler.analysis.widgets if w.key == "Text3")
    x, y = (city.rect[0] + city.rect[2]) / 2, (city.rect[1] + city.rect[3]) / 2
    for field in (LoaField.AUTHORIZED_NAME, LoaField.ACCOUNT_NAME):
        filler.select_row(_row(filler, field))
        filler.on_page_clicked(city.page, x, y)
        qtbot.waitUntil(lambda f=field: filler.overrides.get(f.value) == "Text3"
                        and not filler.runner.busy, timeout=20_000)
    assert filler.overrides == {"account_name": "Text3"}
    on_city = [r for r in filler.model.rows() if r.widget == "Text3"]
    assert [r.field for r in on_city] == [LoaField.ACCOUNT_NAME]
    slot = next(w for w in filler.analysis.widgets if w.key == "Text17")  # holds a number
    filler.select_row(_row(filler, LoaField.PIN))
    filler.on_page_clicked(slot.page, (slot.rect[0] + slot.rect[2]) / 2, slot.rect[1] + 4)
    qtbot.waitUntil(lambda: filler.overrides.get("pin") == "Text17" and not filler.runner.busy,
                    timeout=20_000)
    assert [r.field for r in filler.model.rows() if r.widget == "Text17"] == [LoaField.PIN]


def test_fixes_are_remembered_only_when_the_specialist_confirms(qtbot, filler: FormFillDialog,
                                                                tmp_path: Path,
                                                                monkeypatch) -> None:
    from portdesk.services import loa as loa_service

    monkeypatch.setattr(RememberAsk, "ask", classmethod(lambda cls, *a: False))
    _open(qtbot, filler, _form(tmp_path, testforms.opaque_form()))
    filler.select_row(_row(filler, LoaField.CITY))
    filler.on_remove()
    qtbot.waitUntil(lambda: filler.overrides == {"city": None} and not filler.runner.busy,
                    timeout=20_000)
    with qtbot.waitSignal(filler.saved, timeout=20_000):
        filler.on_save()
    assert not list(loa_service.mapping_memory().folder.glob("*.json"))


def test_a_form_we_cannot_read_opens_for_placing_by_click(qtbot, filler: FormFillDialog,
                                                          tmp_path: Path) -> None:
    from tests.loaforms import world as testforms_world

    _open(qtbot, filler, _form(tmp_path, testforms_world.cyrillic_form(), "ru.pdf"))
    assert "Cyrillic" in filler.status.text() and filler.status.kind == "warn"
    assert "Cyrillic" in filler.report.item(0).text()
    filler.select_row(_row(filler, LoaField.ACCOUNT_NAME))
    filler.on_page_clicked(0, 300.0, 700.0)
    qtbot.waitUntil(lambda: "account_name" in filler.overrides and not filler.runner.busy,
                    timeout=20_000)
    assert filler.model.rows()[_row(filler, LoaField.ACCOUNT_NAME)].placed


def test_a_saved_form_can_be_saved_as_a_copy(qtbot, filler: FormFillDialog, store: Store,
                                              tmp_path: Path, monkeypatch) -> None:
    from portdesk.ui.loa.common import SaveCopyAsk

    copy = tmp_path / "out" / "filled.pdf"
    monkeypatch.setattr(SaveCopyAsk, "ask", classmethod(lambda cls, *a: copy))
    _open(qtbot, filler, _form(tmp_path, testforms.opaque_form()))
    save_copy = filler.document_buttons.save_button
    assert not save_copy.isEnabled()  # a preview is not the filed document
    with qtbot.waitSignal(filler.saved, timeout=20_000) as blocker:
        filler.on_save()
    doc = blocker.args[0]
    qtbot.waitUntil(save_copy.isEnabled, timeout=20_000)
    assert filler.document_buttons.print_button.isEnabled()
    save_copy.click()
    qtbot.waitUntil(lambda: filler.status.text().startswith("Saved a copy"), timeout=20_000)
    assert copy.read_bytes() == store.documents.content(doc.id)


def test_the_mapping_list_shows_an_area_code_cell_as_the_page_will_show_it() -> None:
    # a "Vorwahl | Rufnummer" table: the area code cell's value is its row's area code, not ""
    from portdesk.domain.entries import case_from_entry
    from portdesk.loa.fields import values_from_case
    from portdesk.loa.fill import analyse_form
    from tests.loaforms import build
    from tests.loaforms.cases import CASES

    pdf, truth = build("r8-de-vorwahl-fillable")
    entry = CASES[truth["cases"][0]]
    values = values_from_case(case_from_entry(entry))
    rows = build_rows(analyse_form(pdf, "de.pdf", country="DE"), values)
    area = [r for r in rows if r.field == LoaField.AREA_CODE]
    assert area and area[0].value == "030" and all(r.value for r in area[:len(values.numbers)])
