"""An edit refused on a case the platform has says who has the request, by the case's kind: a
sub-account transfer read "is at carrier: the carrier has the request" though it has no carrier
(DOMAIN: done internally by the platform)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from portdesk.domain.case import CaseKind
from portdesk.domain.errors import PortDeskError
from portdesk.domain.lifecycle import Status
from portdesk.services.intents import update_draft
from portdesk.store.store import Store
from tests.helpers import case


@pytest.mark.parametrize(("kind", "said"), [
    (CaseKind.SUBACCOUNT_TRANSFER, "is transferring: the platform has the request"),
    (CaseKind.PORT_IN, "is at carrier: the carrier has the request"),
])
def test_a_sent_case_s_refused_edit_names_who_has_it(store: Store, kind: CaseKind,
                                                     said: str) -> None:
    saved = store.cases.create(replace(case(), kind=kind, status=Status.AT_CARRIER,
                                       platform_order_id="order-1"), "tester")
    with pytest.raises(PortDeskError) as refused:
        update_draft(store, replace(saved, account_name="Harbor Dental Group"), "tester")
    assert said in str(refused.value)
