"""The default suite's sample of the forms own-case probe (`python -m tests.loaforms.own`): open
drawn forms filled with variants of their own cases (values swapped between roles, values
dropped, more numbers than the form has rows, a business case on a household's form, long
values, a partial port on a form with no place for the numbers that stay), scored against the
unchanged truth. A first-sight gate that needs no new round: nothing of ours in a box the truth
gives to another role or to none.

The sample is drawn by this test's own seed (the same forms every run, whatever order pytest
picks), the first case of each form, every variant; about half a minute on one core. The whole
probe over every open round is a command the lead runs (`python -m tests.loaforms.own open
--per-round 3 --first-case`, README).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaforms import HELD_BACK_SPLITS, build
from tests.loaforms.cases import CASES
from tests.loaforms.own import VARIANTS, judged_truth, open_forms, refuse_held_back, run, sample

SEED = 20261207
SAMPLE = 6  # forms, each with its first case and every variant


def test_a_seeded_sample_of_open_forms_misplaces_nothing_under_every_variant(
        tmp_path: Path) -> None:
    forms = sample(open_forms("open"), SAMPLE, SEED)
    probe = run(forms, tmp_path / "work", first_case_only=True)
    total = probe.total()
    assert total.runs >= SAMPLE * 3, probe.table()
    assert (total.misplaced, total.stray, total.incomplete) == (0, 0, 0), \
        probe.table() + "\n" + "\n".join(total.notes)


@pytest.mark.parametrize("split", [*sorted(HELD_BACK_SPLITS), "no-such"])
def test_a_held_back_or_unknown_split_is_never_probed(split: str) -> None:
    with pytest.raises(SystemExit, match="never read"):
        open_forms(split)
    with pytest.raises(SystemExit):
        refuse_held_back(split)


def test_each_variant_s_truth_follows_from_the_form_s() -> None:
    """How each variant is derived, on one form: the swap exchanges values between roles, the
    drop empties them, `many` passes the form's capacity, `partial` appears only where the
    form has no place for the numbers that stay, a literal accept is left unjudged."""
    name = "r30-ie-codes-sign-first-paper"
    _pdf, truth = build(name)
    case = CASES[truth["cases"][0]]
    swapped = VARIANTS["swap"](case, truth)
    assert swapped is None or (swapped["pin"], swapped["account_number"]) == (
        case["account_number"], case["pin"]) or swapped["account_name"] == case["authorized_name"]
    dropped = VARIANTS["drop"](case, truth)
    assert dropped is not None and not dropped["contact_email"] and not dropped["pin"]
    many = VARIANTS["many"](case, truth)
    capacity = sum(len(p["slots"]) for p in truth["places"]
                   if "slots" in p and p.get("field") != "remaining_numbers")
    assert many is not None and len(many["numbers"]) > capacity
    assert len(set(many["numbers"])) == len(many["numbers"])
    has_stay = any(p.get("field") == "remaining_numbers" for p in truth["places"])
    assert (VARIANTS["partial"](case, truth) is None) == (has_stay or case["port_type"] != "full")
    long_ = VARIANTS["long"](case, truth)
    assert long_ is not None and long_["contact_email"] != case["contact_email"]
    judged = judged_truth(truth, case, long_)
    accepts = [p for p in truth["places"] if "accept" in p and p["field"] == "contact_email"]
    assert accepts, "the form prints '@' after its e-mail box: a literal accept"
    assert not any("accept" in p and p.get("field") == "contact_email" for p in judged["places"])
