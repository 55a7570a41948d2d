"""A filled carrier form records what it was filled from when it is saved (issue 12's leftover):
signed later, after the case changed, it is bound to the values it holds, so readiness says the
signed LOA no longer matches, instead of binding the signature to the case as it stands then."""

from __future__ import annotations

from dataclasses import replace

from portdesk.config import Settings
from portdesk.loa import testforms
from portdesk.services import loa_desk
from portdesk.services.cases import readiness
from portdesk.services.loa_binding import BINDING_KEY
from portdesk.store.store import Store
from tests.helpers import case

STALE = "no longer matches the case: fill and sign again"


def _loa_check(store: Store, case_id: int):  # type: ignore[no-untyped-def]
    current = store.cases.get(case_id)
    return next(c for c in readiness(store, current, Settings()) if "LOA" in c.title)


def test_a_form_signed_after_an_edit_is_bound_to_what_it_was_filled_with(store: Store) -> None:
    made = store.cases.create(case(account_name="Harbor Dental Group LLC"), "ana")
    assert made.id is not None
    seen, values = loa_desk.case_values(store, made.id)
    _result, form = loa_desk.save_fill(store, "ana", seen, testforms.opaque_form(), values,
                                       "acme.pdf", {})
    assert form.meta[BINDING_KEY]["values"]["account_name"] == "Harbor Dental Group LLC"
    store.cases.update(replace(store.cases.get(made.id), account_name="Harbor Dental LLC"),
                       "ana")  # the form still says "Harbor Dental Group LLC"
    loa_desk.sign(store, Settings(), "ana", made.reference, {"typed": "Maria Lopez"},
                  "Maria Lopez", "Office Manager", False, form.id)
    check = _loa_check(store, made.id)
    assert check.level.value == "fail" and STALE in check.message
