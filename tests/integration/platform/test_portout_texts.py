"""A port-out authorization says what happens to the numbers' texts (the description's
`host_messaging`, "whether messaging services should be maintained with Telnyx after the port
out completes", default false).

Before, PortDesk never sent it: every authorization let the platform's default decide, and
nobody was told. Now `portdesk case portout --authorize` sends it written out (false, the
default, unless `--keep-texts`), says it in a line, keeps it in the audit entry, and the
timeline shows it; the platform's record carries it back. A rejection ports nothing and sends
none.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from portdesk.cli import main
from portdesk.platform.sandbox import portouts
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services.lookup import case_by_reference
from portdesk.services.timeline import timeline
from portdesk.store.store import Store
from tests.integration.platform.conftest import API_KEY


def _platform_record(sandbox: SandboxServer, portout_id: str) -> dict[str, object]:
    answer = httpx.get(f"{sandbox.base_url}/portouts/{portout_id}",
                       headers={"Authorization": f"Bearer {API_KEY}"})
    data: dict[str, object] = answer.json()["data"]
    return data


@pytest.mark.parametrize("keep", [False, True])
def test_the_authorization_sends_and_says_the_texts_decision(
        tmp_path: Path, sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], keep: bool) -> None:
    monkeypatch.setenv("PORTDESK_PLATFORM_URL", sandbox.base_url)
    monkeypatch.setenv("PORTDESK_PLATFORM_KEY", API_KEY)
    db = f"sqlite:///{tmp_path / 'q.sqlite3'}"

    def run(*args: str) -> int:
        return main(["--db", db, *args])

    request = portouts.create(sandbox.sandbox, ["+13125550174"], "Harper Dental LLC")
    assert _platform_record(sandbox, request["id"])["host_messaging"] is False
    assert run("sync", "--once") == 0
    store = Store.open(db, key_dir=tmp_path)
    case = store.cases.find_by_platform_order(request["id"])
    store.close()
    assert case is not None
    capsys.readouterr()

    assert run("case", "portout", case.reference, "--authorize",
               *(["--keep-texts"] if keep else [])) == 0
    out = capsys.readouterr().out
    if keep:
        assert "texts (messaging) stay hosted on this account after the numbers port out " \
               "(host_messaging: true)" in out
    else:  # the default is said, with how to change it
        assert "texts (messaging) leave with the numbers (host_messaging: false, the " \
               "platform's default); --keep-texts keeps them hosted here" in out
    assert run("sync", "--once") == 0
    record = _platform_record(sandbox, request["id"])
    assert record["status"] == "authorized" and record["host_messaging"] is keep
    store = Store.open(db, key_dir=tmp_path)
    try:
        held = case_by_reference(store, case.reference)
        assert held.id is not None
        [entry] = [t for t in timeline(store, held.id) if t.title == "Port-out authorized"]
        [audited] = [e for e in store.audit.for_case(held.id) if e.action == "portout.decided"]
    finally:
        store.close()
    assert ("stay hosted" if keep else "leave with the numbers") in entry.detail
    assert audited.changes["host_messaging"] is keep


def test_keep_texts_goes_with_an_authorization_only(
        tmp_path: Path, sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("PORTDESK_PLATFORM_URL", sandbox.base_url)
    monkeypatch.setenv("PORTDESK_PLATFORM_KEY", API_KEY)
    db = f"sqlite:///{tmp_path / 'q.sqlite3'}"
    request = portouts.create(sandbox.sandbox, ["+13125550175"], "Harper Dental LLC")
    assert main(["--db", db, "sync", "--once"]) == 0
    store = Store.open(db, key_dir=tmp_path)
    case = store.cases.find_by_platform_order(request["id"])
    store.close()
    assert case is not None
    capsys.readouterr()
    assert main(["--db", db, "case", "portout", case.reference, "--reject", "--code", "1004",
                 "--keep-texts"]) == 1
    assert "--keep-texts goes with --authorize" in capsys.readouterr().err
