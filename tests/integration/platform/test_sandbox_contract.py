"""The sandbox against the published description, in-process: schemathesis generates valid and
invalid requests for every operation it serves (a bounded number each; `make bench` runs longer)
and checks every answer: no 500, answers as declared, invalid requests refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.platform.sandbox.app import operations
from tests.integration.platform.contract import run
from tests.integration.platform.description import load

pytestmark = pytest.mark.shared


def test_every_served_operation_answers_as_the_description_declares(shared_dir: Path) -> None:
    outcome = run(load(shared_dir), examples=12)
    served = len(operations())  # 37: every operation the sandbox serves under /v2
    assert outcome.operations == served
    assert outcome.cases >= served * 12
    assert dict(outcome.failures) == {}
