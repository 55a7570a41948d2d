"""The documents screen flags a filled carrier form the case changed after it was filled (before
it is signed) like a signed LOA the case no longer matches: in the list, and when opened."""

from __future__ import annotations

from dataclasses import replace

from portdesk.config import Settings
from portdesk.domain.loa_binding import STALE_FORM, STALE_LOA
from portdesk.services import loa_desk
from portdesk.store.store import Store
from portdesk.ui.loa.preview import STALE_ROLE, DocumentPreviewDialog
from tests.helpers import case
from tests.loaforms import testforms


def _listed(dialog: DocumentPreviewDialog) -> dict[str, str]:
    items = [dialog.documents.item(r) for r in range(dialog.documents.count())]
    return {item.text().split("\n")[0]: str(item.data(STALE_ROLE) or "") for item in items}


def _open(qtbot, store: Store, case_id: int) -> DocumentPreviewDialog:  # type: ignore[no-untyped-def]
    dialog = DocumentPreviewDialog(store, Settings(), case_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.documents.count() == 3, timeout=20_000)
    return dialog


def test_a_filled_form_the_case_left_behind_is_flagged_like_a_stale_signed_loa(
        qtbot, store: Store) -> None:
    made = store.cases.create(case(account_name="Harbor Dental Group LLC"), "ana")
    assert made.id is not None
    seen, values = loa_desk.case_values(store, made.id)
    loa_desk.save_fill(store, "ana", seen, testforms.opaque_form(), values, "acme.pdf", {})
    loa_desk.sign(store, Settings(), "ana", made.reference, {"typed": "Maria Lopez"},
                  "Maria Lopez", "Office Manager", False, None)
    fresh = _listed(_open(qtbot, store, made.id))
    assert set(fresh.values()) == {""}  # nothing changed yet: nothing flagged

    store.cases.update(replace(store.cases.get(made.id), account_name="Harbor Dental LLC"), "ana")
    dialog = _open(qtbot, store, made.id)
    listed = _listed(dialog)
    [form] = [why for name, why in listed.items() if name.startswith("LOA: acme-")]
    [letter] = [why for name, why in listed.items() if name.startswith("Signed LOA:")]
    assert form == f"{STALE_FORM} (changed since it was filled: customer name)."
    assert letter == f"{STALE_LOA} (changed since it was signed: customer name)."
    row = next(r for r in range(dialog.documents.count())
               if dialog.documents.item(r).text().startswith("LOA: acme-"))
    assert "No longer matches the case" in dialog.documents.item(row).text()
    dialog.documents.setCurrentRow(row)
    qtbot.waitUntil(lambda: dialog.current is not None
                    and dialog.current.name.startswith("acme-"), timeout=20_000)
    assert dialog.status.kind == "warn" and dialog.status.text() == form
