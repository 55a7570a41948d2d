"""A specialist's whole day on the command line, against the real sandbox over loopback:
import, readiness gate, render + sign + attach the LOA, submit, sync until ported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from portdesk.cli import main
from portdesk.platform.sandbox.server import SandboxServer
from tests.helpers import entry

from .conftest import API_KEY


@pytest.fixture
def env(tmp_path: Path, sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PORTDESK_PLATFORM_URL", sandbox.base_url)
    monkeypatch.setenv("PORTDESK_PLATFORM_KEY", API_KEY)
    return tmp_path


def run(tmp: Path, *args: str) -> int:
    return main(["--db", f"sqlite:///{tmp / 'q.sqlite3'}", *args])


def test_import_gate_sign_submit_sync_to_ported(env: Path, sandbox: SandboxServer,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    src = env / "one.json"
    src.write_text(json.dumps(entry(requested_date=None, account_number="4410223109")))
    assert run(env, "case", "import", str(src)) == 0
    assert run(env, "case", "submit", "PD-000001") == 1
    err = capsys.readouterr().err
    assert "not ready to submit" in err and "LOA" in err
    assert run(env, "loa", "render", "PD-000001", "-o", str(env / "loa.pdf")) == 0
    assert run(env, "loa", "attach", "PD-000001", str(env / "loa.pdf")) == 1
    assert "no digital signature" in capsys.readouterr().err
    assert run(env, "loa", "sign", str(env / "loa.pdf"), "--typed", "Maria Lopez", "--signer",
               "Maria Lopez", "-o", str(env / "signed.pdf")) == 0
    assert run(env, "loa", "attach", "PD-000001", str(env / "signed.pdf")) == 0
    capsys.readouterr()
    assert run(env, "case", "submit", "PD-000001") == 0
    assert run(env, "sync", "--once") == 0
    for _ in range(12):
        sandbox.advance(days=3)
        assert run(env, "sync", "--once") == 0
    capsys.readouterr()
    assert run(env, "case", "show", "PD-000001", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["status"] == "ported" and shown["platform_order_id"]
    assert {n["status"] for n in shown["number_details"]} == {"ported"}
    assert run(env, "audit", "verify") == 0


def test_override_is_audited_and_wet_signature_path(env: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    src = env / "one.json"
    src.write_text(json.dumps(entry(btn="212-555-0199")))  # BTN not among the numbers: warn only
    assert run(env, "case", "import", str(src)) == 0
    assert run(env, "loa", "render", "PD-000001", "-o", str(env / "loa.pdf")) == 0
    assert run(env, "loa", "attach", "PD-000001", str(env / "loa.pdf"), "--signed-on",
               "2026-01-05") == 0
    assert run(env, "case", "submit", "PD-000001") == 1  # the wet LOA is far too old
    assert "LOA was signed" in capsys.readouterr().err
    assert run(env, "case", "submit", "PD-000001", "--override", "carrier accepts 90 days") == 0
    capsys.readouterr()
    assert run(env, "audit", "show", "PD-000001", "--json") == 0
    actions = [e["action"] for e in json.loads(capsys.readouterr().out)]
    assert "readiness.override" in actions and "case.submit_requested" in actions
