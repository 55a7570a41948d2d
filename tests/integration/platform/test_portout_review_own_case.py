"""The port-out screen never says "matches" for a value the request itself brought.

A port-out case is made from the gaining carrier's request: its name, authorized person and
service address are the request's own. When support's account details are entered on that case
(account number, PIN), the screen takes the case as the account, and set the request's name,
signer and address against those same copies: "matches", three times, whatever the account holds
(a port-out to a stranger looked verified). A value the case holds as the request sent it is no
evidence: "unverifiable", with the account side said to be the request's copy; a value the
specialist changed is set against the request as usual.
"""

from __future__ import annotations

from collections.abc import Callable

from portdesk.domain.case import Address
from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox import portouts
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services.sync import SyncEngine
from portdesk.services.sync_portout_review import review
from portdesk.store.store import Store


def test_the_request_s_own_copies_on_the_case_are_not_the_account(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = SyncEngine(desk, make_client(sandbox), clock=sandbox.sandbox.clock.now)
    engine.run_once()  # the desk synced before: the request's event (with its PIN) is read
    portouts.create(sandbox.sandbox, ["+13125550183"], "Harper Dental LLC",
                    authorized_name="Bob Stranger", attempted_pin="1234")
    engine.run_once()
    [made] = [c for c in desk.cases.iter_all() if c.kind.value == "port_out"]
    assert made.id is not None
    entered = desk.cases.update(made.with_changes(account_number="4410-2231-09", pin="4821"),
                                "tester")  # what support gave for the account
    seen = {f.label: f for f in review(desk, made.id).fields}
    for label in ("Name", "Authorized person", "Service address"):
        assert seen[label].verdict == "unverifiable", seen[label]
        assert "request" in seen[label].account
    assert seen["PIN"].verdict == "differs"

    corrected = entered.with_changes(
        authorized_name="Ann Harper",
        service_address=Address(line1="12 Oak Avenue", city="Springfield", state="IL",
                                postal_code="62704"))
    desk.cases.update(corrected, "tester")  # the account's, as support read them out
    seen = {f.label: f for f in review(desk, made.id).fields}
    assert (seen["Authorized person"].account, seen["Authorized person"].verdict) == \
        ("Ann Harper", "differs")
    assert seen["Service address"].verdict == "differs"
    assert seen["Name"].verdict == "unverifiable"  # still the request's own copy
