"""`portdesk audit show` says each entry in the words the desk's Audit trail says (the same
`timeline.trail_line`): it printed 'case.status {'status': {'old': 'submitted', 'new':
'at_carrier'}}'. The entry as logged stays one flag away (--raw) and in --json beside the words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from portdesk.cli import main
from portdesk.domain.queue import QueueQuery
from portdesk.services.demo import load_demo
from portdesk.services.timeline import trail_line
from portdesk.store.store import Store


def test_audit_show_says_the_desk_s_words_and_keeps_the_raw_entry(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.sqlite3"
    store = Store.open(f"sqlite:///{db}", key_dir=tmp_path)
    load_demo(store, "tester")
    row = store.queue.page(QueueQuery(statuses=("at_carrier",))).rows[0]
    case = store.cases.get(row.id)
    expected = [trail_line(e, case.kind) for e in store.audit.for_case(row.id)]
    store.close()
    url = f"sqlite:///{db}"
    capsys.readouterr()
    assert main(["--db", url, "audit", "show", row.reference]) == 0
    shown = capsys.readouterr().out
    assert "case.status" not in shown and "'at_carrier'" not in shown, shown
    assert "Status: At carrier" in shown, shown
    for line in expected:  # every entry by the desk's own words, details and all
        assert line.what in shown
        if line.details:
            assert f"{line.what}: {line.details}" in shown
    assert main(["--db", url, "audit", "show", row.reference, "--raw"]) == 0
    raw = capsys.readouterr().out
    assert "case.status" in raw and "'at_carrier'" in raw
    assert main(["--db", url, "audit", "show", row.reference, "--json"]) == 0
    entries = json.loads(capsys.readouterr().out)
    assert [e["what"] for e in entries] == [line.what for line in expected]
    assert any(e["action"] == "case.status" for e in entries)  # the codes kept beside


def test_an_entry_titled_by_its_new_value_does_not_say_it_twice() -> None:
    """The texts' own port, first told by the platform, read 'Texts (messaging) port: ported:
    Texts (messaging) port: (empty) → ported' (the title said the value, the change line again);
    a later change keeps what it was."""
    from datetime import UTC, datetime

    from portdesk.domain.case import CaseKind
    from portdesk.store.audit_entry import AuditEntry

    def line(old: str | None) -> tuple[str, str]:
        entry = AuditEntry(1, datetime(2026, 12, 7, tzinfo=UTC), "platform", 1, "PD-000001",
                           "sync.messaging",
                           {"messaging_port_status": {"old": old, "new": "ported"}})
        said = trail_line(entry, CaseKind.PORT_IN)
        return said.what, said.details

    assert line(None) == ("Texts (messaging) port: ported", "")
    assert line("pending") == ("Texts (messaging) port: ported", "was pending")
