"""A real store in tmp_path, a generated text bill, and a case built from what the bill says."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from portdesk.bills.corpus import GeneratedBill, random_truth, write_bill
from portdesk.config import Settings
from portdesk.domain.case import PortCase
from portdesk.store.store import Store
from portdesk.ui.bills import BillCheckDialog
from tests.helpers import case as make_case


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(f"sqlite:///{tmp_path}/q.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture
def bill(tmp_path: Path) -> GeneratedBill:
    rng = random.Random(21)
    return write_bill(tmp_path / "bill.pdf", random_truth(rng, line_count=3), "two_column", rng)


def case_for(bill: GeneratedBill, **changes: Any) -> PortCase:
    """A case holding exactly what the bill says, then `changes` (entry keys)."""
    t = bill.truth
    assert t.service_address is not None
    entry: dict[str, Any] = {"account_name": t.account_name, "account_number": t.account_number,
                             "btn": t.btn, "numbers": list(t.numbers), "carrier": t.carrier,
                             "service_address": t.service_address.to_dict()}
    entry.update(changes)
    return make_case(**entry)


OpenDialog = Callable[..., BillCheckDialog]


@pytest.fixture
def open_dialog(qtbot: QtBot, store: Store, settings: Settings) -> OpenDialog:
    """Open the screen on a saved case; with a path, wait until that bill was read (or refused)."""

    def opener(case: PortCase, path: Path | None = None) -> BillCheckDialog:
        assert case.id is not None
        dialog = BillCheckDialog(store, settings, "tester", case.id, None, path)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.case is not None and not dialog.busy, timeout=10_000)
        return dialog

    return opener
