"""A real store in tmp_path with one saved case, and helpers the LOA screen tests share."""

from __future__ import annotations

import pytest

from portdesk.domain.case import PortCase
from portdesk.store.store import Store
from tests.helpers import case


@pytest.fixture
def saved_case(store: Store) -> PortCase:
    return store.cases.create(case(authorized_name="José Núñez"), "tester")


def many_numbers(count: int) -> list[str]:
    return [f"212-555-{100 + n:04d}" for n in range(count)]
