"""The false-match probe (tests/billcorpus/probe.py) on one bill of every open split: a digit, a
suite, a letter, another customer's value, the carrier's own help line, remit box or name typed
for a field never comes back "exact" or "equivalent". A few seconds; the tool runs the whole
corpus (`python -m tests.billcorpus.probe --per-family 4`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.verdicts import Verdict
from tests.billcorpus.build import render_bill
from tests.billcorpus.families import OPEN, names
from tests.billcorpus.probe import probe_bill

# one family of each open split, and the one whose wordmark sat over the customer's block
_BILLS = sorted({*(names(split)[i % len(names(split))] for i, split in enumerate(OPEN)),
                 "wow_business"})


@pytest.mark.parametrize("family", _BILLS)
def test_no_altered_value_is_ever_a_match(tmp_path: Path, family: str) -> None:
    tried, found = probe_bill(render_bill(family, 1, tmp_path))
    assert not found, "\n".join(str(f) for f in found)
    assert {"account_name", "account_number", "carrier", "number"} <= set(tried)


def test_the_probe_reports_a_check_that_matches_everything(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The probe can fail: a check that calls every typed value exact is caught on every field."""
    import portdesk.bills.compare as compare_module

    real = compare_module.compare

    def credulous(case, fields):  # type: ignore[no-untyped-def]
        from dataclasses import replace

        result = real(case, fields)
        items = tuple(replace(i, verdict=Verdict.EXACT) for i in result.numbers.items)
        checks = {k: replace(c, verdict=Verdict.EXACT) for k, c in result.fields.items()}
        assert result.numbers is not None
        return replace(result, fields=checks, numbers=replace(result.numbers, items=items))

    monkeypatch.setattr(compare_module, "compare", credulous)
    tried, found = probe_bill(render_bill(names("tuned")[0], 1, tmp_path))
    assert {f.field for f in found} == set(tried)
