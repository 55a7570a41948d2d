"""The one door for documents refuses an LOA for a case that takes none from us (a port-out: the
gaining carrier holds it; a sub-account transfer: no carrier), with the reason; `loa attach`
says it in one line. Before, the LOA was filed and nothing followed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from portdesk.domain.errors import PortDeskError
from portdesk.services import intents
from portdesk.services import loa as loa_service
from portdesk.store.store import Store
from tests.helpers import case


def test_an_loa_is_refused_for_a_port_out_and_a_transfer(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'd.sqlite3'}", key_dir=tmp_path)
    try:
        out = store.cases.create(case(numbers=["312-555-0101"], kind="port_out"), "tester")
        moved = store.cases.create(case(numbers=["312-555-0102"],
                                        kind="subaccount_transfer"), "tester")
        assert out.id and moved.id
        with pytest.raises(PortDeskError, match="port-out: the gaining carrier holds"):
            intents.attach_document(store, out.id, "loa_signed", "loa.pdf", b"%PDF-1.4", "t")
        with pytest.raises(PortDeskError, match="sub-account transfer"):
            loa_service.attach_signed_file(store, None, moved.reference,  # type: ignore[arg-type]
                                           b"%PDF-1.4", "scan.pdf", "t", date(2026, 3, 2))
        assert store.documents.for_case(out.id) == [] and store.documents.for_case(moved.id) == []
        bill = intents.attach_document(store, out.id, "bill", "bill.pdf", b"%PDF-1.4", "t")
        assert bill.kind == "bill"  # other documents are still kept
    finally:
        store.close()
