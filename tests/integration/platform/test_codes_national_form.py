"""Every line the verification codes print names a number as the desk writes it.

Session 19 left the command line's code lines and the outcome words (which the desk's codes
dialog shows too) in the platform's "+1" form, beside a desk that writes 312-555-0150 everywhere
(the queue, the dialog's rows, the send lines). One formatter now (domain.numbers.format_display)
for the rows, the prompts and the outcomes; the platform's own form stays on the wire and in the
audit entry's data.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from types import SimpleNamespace

import pytest

from portdesk.commands import case_platform
from portdesk.domain.numbers import format_display
from portdesk.domain.verification_codes import outcome_words
from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services.sync import SyncEngine
from portdesk.store.store import Store
from tests.integration.platform.sync_helpers import submitted
from tests.integration.platform.test_verification_codes import FIRST, NUMBERS, SECOND, _received


@pytest.mark.parametrize("verified", [True, False, None])
def test_an_outcome_names_the_number_in_national_form(verified: bool | None) -> None:
    said = outcome_words("+13125550150", verified).words
    assert said.startswith("312-555-0150: ") and "+1" not in said
    assert outcome_words("+442071838750", verified).words.startswith("+44 20 7183 8750: ")


def test_the_command_line_says_every_code_line_as_the_desk(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    client = make_client(sandbox)
    case = submitted(desk, NUMBERS)
    assert case.id is not None
    SyncEngine(desk, client).run_once()
    order_id = desk.cases.get(case.id).platform_order_id
    assert order_id
    # each command closes its client, as `portdesk case codes` does
    ctx = SimpleNamespace(store=desk, platform=lambda: make_client(sandbox), actor="tester")
    base = {"reference": case.reference, "number": [], "verify": False}
    case_platform.cmd_codes(argparse.Namespace(**base, send="sms"), ctx)  # type: ignore[arg-type]
    phones = _received(sandbox, order_id)
    prompts: list[str] = []

    def typed(prompt: str) -> str:
        prompts.append(prompt)
        return phones[FIRST]["code"] if format_display(FIRST) in prompt else "000000"

    monkeypatch.setattr("getpass.getpass", typed)
    case_platform.cmd_codes(argparse.Namespace(**{**base, "verify": True}, send=None),
                            ctx)  # type: ignore[arg-type]
    out = capsys.readouterr().out
    assert "+1" not in out and not any("+1" in p for p in prompts)
    assert f"{format_display(FIRST)}: verified" in out
    assert f"{format_display(SECOND)}: the code was not accepted" in out
    assert f"{format_display(FIRST)}  code sent, waiting" in out  # the rows after the send
