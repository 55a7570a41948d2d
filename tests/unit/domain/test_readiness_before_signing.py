"""Which failing readiness checks matter to a signature: what the LOA will carry wrong or empty
(readiness.before_signing), not the LOA's own absence (signing fixes it) nor the bill's age."""

from __future__ import annotations

from datetime import date

from portdesk.domain.readiness import Evidence, Level, before_signing, run_checks
from tests.helpers import case

TODAY = date(2026, 12, 7)


def test_only_failing_checks_about_the_letters_values_are_named() -> None:
    checks = run_checks(case(account_number="", pin=""), Evidence(TODAY))
    failing = {c.id for c in checks if c.level == Level.FAIL}
    assert {"loa", "identity"} <= failing
    assert {c.id for c in before_signing(checks)} == failing - {"loa"}


def test_a_complete_case_has_nothing_to_say_before_signing() -> None:
    assert before_signing(run_checks(case(), Evidence(TODAY))) == []
