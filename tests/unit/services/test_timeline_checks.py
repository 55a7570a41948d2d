"""A check in the timeline is drawn as confirming only when its verdict confirms the value."""

from __future__ import annotations

from datetime import UTC, datetime

from portdesk.services.timeline import check_entry
from portdesk.store.documents import Verification

AT = datetime(2026, 3, 2, 15, tzinfo=UTC)


def _check(field: str, verdict: str, method: str = "bill") -> Verification:
    return Verification(1, 1, field, verdict, method, "", "maria", AT)


def test_exact_equivalent_and_verified_confirm_the_rest_do_not() -> None:
    kinds = {v: check_entry(_check("account_number", v)).kind
             for v in ("exact", "equivalent", "verified", "mismatch", "not_found",
                       "unverifiable")}
    assert kinds == {"exact": "check", "equivalent": "check", "verified": "check",
                     "mismatch": "check_failed", "not_found": "check_failed",
                     "unverifiable": "check_failed"}


def test_a_failed_post_port_check_is_not_drawn_as_passed() -> None:
    failed = check_entry(_check("postport.sms", "fail", "postport"))
    assert failed.kind == "check_failed" and failed.title == "Post-port check: SMS FAILED"
    assert check_entry(_check("postport.sms", "pass", "postport")).kind == "check"
