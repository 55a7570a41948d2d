"""Fixtures shared by the LOA tests."""

from __future__ import annotations

import pytest

from portdesk.domain.case import PortCase
from portdesk.loa.fields import LoaValues, values_from_case
from tests.unit.loa.helpers import make_case


@pytest.fixture
def case() -> PortCase:
    return make_case()


@pytest.fixture
def values(case: PortCase) -> LoaValues:
    return values_from_case(case)
