"""The default suite's gate on the real carrier forms we tuned on (../shared; skipped without it).

Wrong is worse than empty: not one value in a wrong box, not one printed where nothing belongs.
The blind forms are never run here: they are scored once, by the benchmark, on request.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.loa.scoring import load_truths, per_form, score_forms, table

PLACEMENT_FLOOR = 0.95  # of the values that belong somewhere, placed in their own box

pytestmark = pytest.mark.shared


def test_tuned_carrier_forms_misplace_nothing_and_print_nothing_stray(
        shared_dir: Path, tmp_path: Path) -> None:
    scores = score_forms(shared_dir, "tuned", tmp_path)
    forms = per_form(scores)
    report = table(scores) + "\n" + "\n".join(
        f"  {s.form} [{s.case}] {n}" for s in scores for n in s.notes)
    assert sum(s.misplaced for s in forms.values()) == 0, report
    assert sum(s.stray for s in forms.values()) == 0, report
    right = sum(s.right for s in forms.values())
    values = sum(s.values for s in forms.values())
    assert right / values >= PLACEMENT_FLOOR, report
    assert all(s.complete for s in forms.values()), report
    assert len(forms) == len(load_truths("tuned"))


def test_truth_files_match_the_sample_forms(shared_dir: Path) -> None:
    from tests.integration.loa.scoring import form_path

    for truth in load_truths():
        assert form_path(shared_dir, truth).is_file()  # sha256 checked inside
