"""The default suite's gate on the drawn carrier forms (tests/loaforms) the fixes were tuned on:
not one value in a wrong box, not one printed where nothing belongs, every form filled, signed and
intact; round 3's tuned half and round 6 likewise. The held-back forms are scored only by the
benchmark, on request; round 5 (scored blind in session 5) and round 7 (scored blind in session 6)
are open for tuning and scored by the benchmark too."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from portdesk.loa import formocr
from tests.integration.loa.scoring import per_form, table
from tests.loaforms import (
    HELD_BACK,
    HELD_BACK_SPLITS,
    ROUND2,
    ROUND3,
    ROUND3_HELD_BACK,
    ROUND4,
    ROUND5,
    ROUND6,
    ROUND7,
    ROUND8,
    ROUND9,
    ROUND10,
    ROUND11,
    ROUND12,
    ROUND13,
    ROUND14,
    ROUND15,
    ROUND16,
    ROUND17,
    ROUND18,
    ROUND19,
    ROUND20,
    ROUND21,
    ROUND22,
    ROUND23,
    ROUND24,
    ROUND25,
    ROUND26,
    ROUND27,
    ROUND28,
    ROUND29,
    ROUND30,
    ROUND31,
    ROUND32,
    ROUND33,
    ROUND34,
    ROUND35,
    ROUND36,
    ROUND37,
    ROUND38,
    ROUND39,
    build,
    names,
)
from tests.loaforms.score import score_drawn

PLACEMENT_FLOOR = 0.95  # of the values that belong somewhere, placed in their own box
# round 29 misplaces nothing and prints nothing stray, yet leaves more values empty than the
# others: it joins the gate at the share it places now (88.4%), to be raised as it fills
_FLOORS = {"round29-held-back": 0.88,
           # round 30 (tuning material of session 17) misplaces nothing and prints nothing
           # stray since session 18 (its typed date mask and "Fait à ... le ..." leftovers
           # fixed); it joins at the share it places now (82.1%)
           "round30-tuned": 0.82,
           # round 31 (held back in session 18, open since) misplaces nothing and prints
           # nothing stray since session 19 (its captions under boxes, turned "SIGN HERE" tab
           # and tooltip-only phone fixed by class; its picture page read by OCR); it joins at
           # the share it places now (83.4%)
           "round31-held-back": 0.83,
           # round 34 (tuning material of session 19) misplaces nothing and prints nothing stray
           # since its fixes; it joins at the share it places then (457/533 = 85.7%), its
           # Vientiane form in Lao refused as it should be (its 48 values counted missing)
           "round34-tuned": 0.85}
# without Tesseract a picture page's labels are not read: round 31's Wallonia form keeps 8 of
# its 44 values (76.5% for the round), empty and said, never wrong
_WITHOUT_OCR = {"round31-held-back": 0.76}


@dataclass(frozen=True)
class _Round:
    """A round opened after its blind score, gated at its figures after its fixes: at most
    `misplaced` and `stray`, at least `floor` placed (`without_ocr` without Tesseract, when its
    picture-only form `picture` is then refused: said, nothing written); `refused` names the
    form in a script PortDesk cannot read, which must be refused (none when empty)."""

    split: str
    floor: float = PLACEMENT_FLOOR
    refused: str = ""
    misplaced: int = 0
    stray: int = 0
    without_ocr: float | None = None
    picture: str = ""
    count: int = 8


# the tuned splits and the rounds opened before round 33: not one value misplaced or stray
_TUNED = [
    _Round(split, _FLOORS.get(split, PLACEMENT_FLOOR), without_ocr=_WITHOUT_OCR.get(split),
           count=count, refused="Lao" if split == "round34-tuned" else "")
    for split, count in [("tuned", 8), ("round3-tuned", 4), ("round6-tuned", 7),
                         ("round8-tuned", 12), ("round12-tuned", 12), ("round14-tuned", 12),
                         ("round13-held-back", 8), ("round16-tuned", 12),
                         ("round15-held-back", 8), ("round18-tuned", 12),
                         ("round17-held-back", 8), ("round20-tuned", 12),
                         ("round19-held-back", 8), ("round21-held-back", 8),
                         ("round22-tuned", 12), ("round24-tuned", 12),
                         ("round23-held-back", 8), ("round26-tuned", 12),
                         ("round25-held-back", 8), ("round27-held-back", 8),
                         ("round28-tuned", 12), ("round29-held-back", 8),
                         ("round30-tuned", 12), ("round31-held-back", 8),
                         ("round34-tuned", 12)]]
_ROUNDS = [
    # round 33 (held back in session 19, open since its blind end score) printed a few values
    # where they did not belong after session 19's fixes (259/341 = 76.0%, 4 misplaced, 12
    # stray): values written over grey placeholders under see-through widgets, a receiving
    # provider's block, a second numbered service location. Session 20 fixed those by class
    # (283/341 = 83.0%, 0, 0): the ceilings are zero now, the share placed may not fall
    _Round("round33-held-back", 0.82, refused="Georgian"),
    # round 35 (held back in session 20, open since): 261/305 = 85.6%, 22 misplaced, 4 stray
    # after session 20; session 21 fixed its wrong boxes by class (numbers continued on page 2
    # a slot off, widgets holding their own label, one value printed twice over an askew
    # picture's leader): 282/305 = 92.5%, 1 misplaced ("Funktion:", a label kept inside a box
    # the case has no value for), 4 stray (signature images drawn past their box on two
    # forms). Session 22's scorer counts a label left untouched where the filler wrote nothing
    # as the form's own (the lead's decision): 0 misplaced. Without Tesseract its picture-only
    # page is not read: that form is refused (said, nothing written)
    _Round("round35-held-back", 0.92, refused="Armenian", stray=4, without_ocr=0.83,
           picture="r35-co-skewed-picture-paper.pdf"),
    # round 36 (held back in session 21, open since session 22): blind 239/305 = 78.4% at
    # session 21's start, 247/305 = 81.0%, 12 misplaced, 2 stray at its end; session 22 fixed
    # its wrong boxes by class (a numbers table's address column, a title asked of the signer,
    # an intermediary's block, the name of the one signing) and two blanks of a legal sentence
    # (the undersigned, whose customer): 282/305 = 92.5%, 0 misplaced, 0 stray. Without
    # Tesseract its picture-only page is not read: that form is refused (said, nothing
    # written; 231/321 = 72.0%)
    _Round("round36-held-back", 0.92, refused="Georgian", without_ocr=0.70,
           picture="r36-nm-jpeg-table-picture.pdf"),
    # round 37 (held back in session 22, open since session 23): blind 173/342 = 50.6% at
    # session 22's start, 175/342 = 51.2%, 18 misplaced, 10 stray at its end; session 23 fixed
    # by class the refused form's writing (an unread script signed by layout), the unsigned
    # form (a signature column under a party's heading), the wrong boxes (a dealer's e-mail,
    # numbers said of the carrier, a list starting past its first slot, dates as a sentence, a
    # number as two widgets) and lines with grey labels on them: 265/340 = 77.9% (the refused
    # form counts no value), 0 misplaced, 0 stray. Without Tesseract its picture-only page is
    # not read: that form is refused too (said, nothing written; 229/331 = 69.2%)
    _Round("round37-held-back", 0.77, refused="Hebrew", without_ocr=0.69,
           picture="r37-ut-askew-picture.pdf"),
    # round 38 (held back in session 23, open since session 24): blind 208/283 = 73.5%, 0
    # misplaced, 5 stray at session 23's start and end; session 24 fixed by class the form in
    # a language no lexicon read (Albanian: nothing but its numbers placed, signing failed),
    # a form filled by layout alone with a date widget beside its signature line, rules over
    # section headings read as writing lines (the 5 stray) and a customer block copied from
    # the bill (its phone the BTN), Danish and German words: 272/283 = 96.1%, 0 misplaced, 0
    # stray. Its syllabics form is refused (said, nothing written). Without Tesseract its
    # picture-only page is not read: that form is refused too (said, nothing written;
    # 246/283 = 86.9%)
    _Round("round38-held-back", 0.96, refused="syllabics",
           without_ocr=0.86, picture="r38-gi-tinted-picture.pdf"),
]


@pytest.mark.parametrize("gate", _TUNED + _ROUNDS, ids=[r.split for r in _TUNED + _ROUNDS])
def test_drawn_forms_place_no_more_wrong_values_than_their_gate(
        tmp_path: Path, gate: _Round) -> None:
    """Each split: at most its misplaced and stray (none for most), at least its share placed,
    every form filled, signed and intact but the ones that must be refused (a script PortDesk
    cannot read; without Tesseract a picture-only form too: said, nothing written)."""
    scores = score_drawn(gate.split, tmp_path)
    forms = per_form(scores)
    report = table(scores) + "\n" + "\n".join(
        f"  {s.form} [{s.case}] {n}" for s in scores for n in s.notes)
    assert sum(s.misplaced for s in forms.values()) <= gate.misplaced, report
    assert sum(s.stray for s in forms.values()) <= gate.stray, report
    right = sum(s.right for s in forms.values())
    values = sum(s.values for s in forms.values())
    ocr = formocr.available()
    floor = gate.floor if ocr or gate.without_ocr is None else gate.without_ocr
    assert right / values >= floor, report
    refused = {truth["file"] for truth in (build(name)[1] for name in names(gate.split))
               if truth.get("refuse")}
    assert bool(refused) == bool(gate.refused), f"its {gate.refused} form is refused"
    unread = refused if ocr or not gate.picture else refused | {gate.picture}
    assert all(s.complete for f, s in forms.items() if f not in unread), report
    assert not any(forms[f].filled for f in unread), report
    assert len(forms) == len(names(gate.split)) == gate.count


def test_the_held_back_third_is_set_apart() -> None:
    assert HELD_BACK <= set(ROUND2)
    assert not HELD_BACK & set(names("tuned"))
    assert len(HELD_BACK) * 3 == len(ROUND2)
    assert ROUND3_HELD_BACK <= set(ROUND3)
    assert not ROUND3_HELD_BACK & set(names("round3-tuned"))
    assert len(ROUND3_HELD_BACK) * 2 == len(ROUND3) >= 8
    assert set(names("round4-held-back")) == set(ROUND4) and len(ROUND4) >= 4
    assert not set(ROUND4) & (set(ROUND2) | set(ROUND3))
    assert set(names("round5-held-back")) == set(ROUND5) and len(ROUND5) >= 6
    assert not set(ROUND5) & (set(ROUND2) | set(ROUND3) | set(ROUND4))
    assert set(names("round6-tuned")) == set(ROUND6) and len(ROUND6) >= 4
    assert not set(ROUND6) & (set(ROUND2) | set(ROUND3) | set(ROUND4) | set(ROUND5))
    assert set(names("round8-tuned")) == set(ROUND8) and len(ROUND8) >= 12
    assert not set(ROUND8) & (set(ROUND2) | set(ROUND3) | set(ROUND4) | set(ROUND5) | set(ROUND6))
    # the gate above scores only tuned splits: no held-back form is filled by the default suite
    assert not {"tuned", "round3-tuned", "round6-tuned", "round8-tuned"} & HELD_BACK_SPLITS
    assert set(names("round7-held-back")) == set(ROUND7) and len(ROUND7) == 7
    assert not set(ROUND7) & (set(ROUND2) | set(ROUND3) | set(ROUND4) | set(ROUND5) | set(ROUND6))
    # round 7 was scored blind in session 6 and is open now, like round 5 before it
    assert not {"round5-held-back", "round7-held-back"} & HELD_BACK_SPLITS
    assert not set(ROUND7) & set(ROUND8)
    # round 10 is tuning material, open from the start; its names collide with no other round's
    assert set(names("round10-tuned")) == set(ROUND10) and len(ROUND10) >= 3
    assert "round10-tuned" not in HELD_BACK_SPLITS
    assert not set(ROUND10) & (set(ROUND2) | set(ROUND3) | set(ROUND4) | set(ROUND5)
                               | set(ROUND6) | set(ROUND7) | set(ROUND8))
    # round 9 was written before session 7's tuning, scored blind at its start and end, open now
    assert "round9-held-back" not in HELD_BACK_SPLITS
    assert set(names("round9-held-back")) == set(ROUND9) and len(ROUND9) == 7
    earlier = (set(ROUND2) | set(ROUND3) | set(ROUND4) | set(ROUND5) | set(ROUND6) | set(ROUND7)
               | set(ROUND8))
    assert not set(ROUND9) & earlier
    # round 11 was written before session 8's tuning, scored blind at its start and end, open now
    assert "round11-held-back" not in HELD_BACK_SPLITS
    assert set(names("round11-held-back")) == set(ROUND11) and len(ROUND11) == 8
    assert not set(ROUND11) & (earlier | set(ROUND9) | set(ROUND10))
    # round 12 is tuning material like round 10, open from the start, new beside every round
    assert set(names("round12-tuned")) == set(ROUND12) and len(ROUND12) >= 3
    assert "round12-tuned" not in HELD_BACK_SPLITS
    assert not set(ROUND12) & (earlier | set(ROUND9) | set(ROUND10) | set(ROUND11))
    # round 13 was written before session 9's tuning, scored blind at its start and end, open now
    assert "round13-held-back" not in HELD_BACK_SPLITS
    assert set(names("round13-held-back")) == set(ROUND13) and len(ROUND13) == 8
    assert not set(ROUND13) & (earlier | set(ROUND9) | set(ROUND10) | set(ROUND11)
                               | set(ROUND12))
    # round 14 is tuning material like round 12, open from the start, new beside every round
    assert set(names("round14-tuned")) == set(ROUND14) and len(ROUND14) >= 3
    assert "round14-tuned" not in HELD_BACK_SPLITS
    assert not set(ROUND14) & (earlier | set(ROUND9) | set(ROUND10) | set(ROUND11)
                               | set(ROUND12) | set(ROUND13))
    # round 15 was written before session 10's tuning, scored blind at its start and end, open now
    assert "round15-held-back" not in HELD_BACK_SPLITS
    assert set(names("round15-held-back")) == set(ROUND15) and len(ROUND15) == 8
    assert not set(ROUND15) & (earlier | set(ROUND9) | set(ROUND10) | set(ROUND11)
                               | set(ROUND12) | set(ROUND13) | set(ROUND14))
    # round 16 is tuning material like round 14, open from the start, new beside every round
    assert set(names("round16-tuned")) == set(ROUND16) and len(ROUND16) == 12
    assert "round16-tuned" not in HELD_BACK_SPLITS
    assert not set(ROUND16) & (earlier | set(ROUND9) | set(ROUND10) | set(ROUND11)
                               | set(ROUND12) | set(ROUND13) | set(ROUND14) | set(ROUND15))
    # round 17 was written before session 11's tuning, scored blind at its start and end, open now
    assert "round17-held-back" not in HELD_BACK_SPLITS
    assert set(names("round17-held-back")) == set(ROUND17) and len(ROUND17) == 8
    assert not set(ROUND17) & (earlier | set(ROUND9) | set(ROUND10) | set(ROUND11)
                               | set(ROUND12) | set(ROUND13) | set(ROUND14) | set(ROUND15)
                               | set(ROUND16))
    # round 18 is tuning material like round 16, open from the start, new beside every round
    # (its forms joined the gate above once the tuner had fixed them by class)
    assert set(names("round18-tuned")) == set(ROUND18) and len(ROUND18) >= 4
    assert "round18-tuned" not in HELD_BACK_SPLITS
    assert not set(ROUND18) & (earlier | set(ROUND9) | set(ROUND10) | set(ROUND11)
                               | set(ROUND12) | set(ROUND13) | set(ROUND14) | set(ROUND15)
                               | set(ROUND16) | set(ROUND17))
    # round 19 was written before session 12's tuning, scored blind at its start and end, open now
    assert "round19-held-back" not in HELD_BACK_SPLITS
    assert set(names("round19-held-back")) == set(ROUND19) and len(ROUND19) == 8
    assert not set(ROUND19) & (earlier | set(ROUND9) | set(ROUND10) | set(ROUND11)
                               | set(ROUND12) | set(ROUND13) | set(ROUND14) | set(ROUND15)
                               | set(ROUND16) | set(ROUND17) | set(ROUND18))
    # round 20 is tuning material like round 18, open from the start, new beside every round
    # (its forms joined the gate above once the tuner had fixed them by class)
    assert set(names("round20-tuned")) == set(ROUND20) and len(ROUND20) >= 4
    assert "round20-tuned" not in HELD_BACK_SPLITS
    assert not set(ROUND20) & (earlier | set(ROUND9) | set(ROUND10) | set(ROUND11)
                               | set(ROUND12) | set(ROUND13) | set(ROUND14) | set(ROUND15)
                               | set(ROUND16) | set(ROUND17) | set(ROUND18) | set(ROUND19))
    # round 21 was written before session 13's tuning, scored blind at its start and end, open now
    assert "round21-held-back" not in HELD_BACK_SPLITS
    assert set(names("round21-held-back")) == set(ROUND21) and len(ROUND21) == 8
    assert not set(ROUND21) & (earlier | set(ROUND9) | set(ROUND10) | set(ROUND11)
                               | set(ROUND12) | set(ROUND13) | set(ROUND14) | set(ROUND15)
                               | set(ROUND16) | set(ROUND17) | set(ROUND18) | set(ROUND19)
                               | set(ROUND20))
    # round 22 is tuning material like round 20, open from the start, new beside every round
    # (its forms join the gate above once the tuner has fixed them by class)
    assert set(names("round22-tuned")) == set(ROUND22) and len(ROUND22) >= 4
    assert "round22-tuned" not in HELD_BACK_SPLITS
    assert not set(ROUND22) & (earlier | set(ROUND9) | set(ROUND10) | set(ROUND11)
                               | set(ROUND12) | set(ROUND13) | set(ROUND14) | set(ROUND15)
                               | set(ROUND16) | set(ROUND17) | set(ROUND18) | set(ROUND19)
                               | set(ROUND20) | set(ROUND21))
    # round 23 was written before session 14's tuning, scored blind at its start and end, open now
    assert "round23-held-back" not in HELD_BACK_SPLITS
    assert set(names("round23-held-back")) == set(ROUND23) and len(ROUND23) == 8
    assert not set(ROUND23) & (earlier | set(ROUND9) | set(ROUND10) | set(ROUND11)
                               | set(ROUND12) | set(ROUND13) | set(ROUND14) | set(ROUND15)
                               | set(ROUND16) | set(ROUND17) | set(ROUND18) | set(ROUND19)
                               | set(ROUND20) | set(ROUND21) | set(ROUND22))
    # round 24 is tuning material like round 22, open from the start, new beside every round
    # (its forms join the gate above once the tuner has fixed them by class)
    assert set(names("round24-tuned")) == set(ROUND24) and len(ROUND24) >= 4
    assert "round24-tuned" not in HELD_BACK_SPLITS
    assert not set(ROUND24) & (earlier | set(ROUND9) | set(ROUND10) | set(ROUND11)
                               | set(ROUND12) | set(ROUND13) | set(ROUND14) | set(ROUND15)
                               | set(ROUND16) | set(ROUND17) | set(ROUND18) | set(ROUND19)
                               | set(ROUND20) | set(ROUND21) | set(ROUND22) | set(ROUND23))
    # round 25 was written before session 15's tuning, scored blind at its start and end, open now
    assert "round25-held-back" not in HELD_BACK_SPLITS
    assert set(names("round25-held-back")) == set(ROUND25) and len(ROUND25) == 8
    assert not set(ROUND25) & (earlier | set(ROUND9) | set(ROUND10) | set(ROUND11)
                               | set(ROUND12) | set(ROUND13) | set(ROUND14) | set(ROUND15)
                               | set(ROUND16) | set(ROUND17) | set(ROUND18) | set(ROUND19)
                               | set(ROUND20) | set(ROUND21) | set(ROUND22) | set(ROUND23)
                               | set(ROUND24) | set(ROUND26))
    # round 26 is tuning material like round 24, open from the start, new beside every round
    # (its forms join the gate above once the tuner has fixed them by class)
    assert set(names("round26-tuned")) == set(ROUND26) and len(ROUND26) >= 4
    assert "round26-tuned" not in HELD_BACK_SPLITS
    assert not set(ROUND26) & (earlier | set(ROUND9) | set(ROUND10) | set(ROUND11)
                               | set(ROUND12) | set(ROUND13) | set(ROUND14) | set(ROUND15)
                               | set(ROUND16) | set(ROUND17) | set(ROUND18) | set(ROUND19)
                               | set(ROUND20) | set(ROUND21) | set(ROUND22) | set(ROUND23)
                               | set(ROUND24))
    # round 28 is tuning material like round 26, open from the start, new beside every round
    # (its forms join the gate above once the tuner has fixed them by class)
    assert set(names("round28-tuned")) == set(ROUND28) and len(ROUND28) >= 4
    assert "round28-tuned" not in HELD_BACK_SPLITS
    assert not set(ROUND28) & (earlier | set(ROUND9) | set(ROUND10) | set(ROUND11)
                               | set(ROUND12) | set(ROUND13) | set(ROUND14) | set(ROUND15)
                               | set(ROUND16) | set(ROUND17) | set(ROUND18) | set(ROUND19)
                               | set(ROUND20) | set(ROUND21) | set(ROUND22) | set(ROUND23)
                               | set(ROUND24) | set(ROUND25) | set(ROUND26))
    # round 27 was written before session 16's tuning, scored blind at its start and end, open now
    assert "round27-held-back" not in HELD_BACK_SPLITS
    assert set(names("round27-held-back")) == set(ROUND27) and len(ROUND27) == 8
    assert not set(ROUND27) & (earlier | set(ROUND9) | set(ROUND10) | set(ROUND11)
                               | set(ROUND12) | set(ROUND13) | set(ROUND14) | set(ROUND15)
                               | set(ROUND16) | set(ROUND17) | set(ROUND18) | set(ROUND19)
                               | set(ROUND20) | set(ROUND21) | set(ROUND22) | set(ROUND23)
                               | set(ROUND24) | set(ROUND25) | set(ROUND26) | set(ROUND28))
    # round 29 was written before session 17's tuning, scored blind at its start and end, open now
    assert "round29-held-back" not in HELD_BACK_SPLITS
    assert set(names("round29-held-back")) == set(ROUND29) and len(ROUND29) == 8
    assert not set(ROUND29) & (earlier | set(ROUND9) | set(ROUND10) | set(ROUND11)
                               | set(ROUND12) | set(ROUND13) | set(ROUND14) | set(ROUND15)
                               | set(ROUND16) | set(ROUND17) | set(ROUND18) | set(ROUND19)
                               | set(ROUND20) | set(ROUND21) | set(ROUND22) | set(ROUND23)
                               | set(ROUND24) | set(ROUND25) | set(ROUND26) | set(ROUND27)
                               | set(ROUND28) | set(ROUND30))
    # round 30 is tuning material like round 28, open from the start, new beside every round
    # (its forms join the gate above once the tuner has fixed them by class)
    assert set(names("round30-tuned")) == set(ROUND30) and len(ROUND30) >= 4
    assert "round30-tuned" not in HELD_BACK_SPLITS
    assert not set(ROUND30) & (earlier | set(ROUND9) | set(ROUND10) | set(ROUND11)
                               | set(ROUND12) | set(ROUND13) | set(ROUND14) | set(ROUND15)
                               | set(ROUND16) | set(ROUND17) | set(ROUND18) | set(ROUND19)
                               | set(ROUND20) | set(ROUND21) | set(ROUND22) | set(ROUND23)
                               | set(ROUND24) | set(ROUND25) | set(ROUND26) | set(ROUND27)
                               | set(ROUND28))
    # round 31 was written before session 18's tuning, scored blind at its start and end, open now
    assert "round31-held-back" not in HELD_BACK_SPLITS
    assert set(names("round31-held-back")) == set(ROUND31) and len(ROUND31) == 8
    assert not set(ROUND31) & (earlier | set(ROUND9) | set(ROUND10) | set(ROUND11)
                               | set(ROUND12) | set(ROUND13) | set(ROUND14) | set(ROUND15)
                               | set(ROUND16) | set(ROUND17) | set(ROUND18) | set(ROUND19)
                               | set(ROUND20) | set(ROUND21) | set(ROUND22) | set(ROUND23)
                               | set(ROUND24) | set(ROUND25) | set(ROUND26) | set(ROUND27)
                               | set(ROUND28) | set(ROUND29) | set(ROUND30))
    # round 32 is tuning material like round 30, open from the start, new beside every round
    # (its forms join the gate above once the tuner has fixed them by class)
    assert set(names("round32-tuned")) == set(ROUND32) and len(ROUND32) >= 4
    assert "round32-tuned" not in HELD_BACK_SPLITS
    assert not set(ROUND32) & (earlier | set(ROUND9) | set(ROUND10) | set(ROUND11) | set(ROUND31)
                               | set(ROUND12) | set(ROUND13) | set(ROUND14) | set(ROUND15)
                               | set(ROUND16) | set(ROUND17) | set(ROUND18) | set(ROUND19)
                               | set(ROUND20) | set(ROUND21) | set(ROUND22) | set(ROUND23)
                               | set(ROUND24) | set(ROUND25) | set(ROUND26) | set(ROUND27)
                               | set(ROUND28) | set(ROUND29) | set(ROUND30))
    # round 34 is tuning material like round 32, open from the start, new beside every round
    assert set(names("round34-tuned")) == set(ROUND34) and len(ROUND34) == 12
    assert "round34-tuned" not in HELD_BACK_SPLITS
    assert not set(ROUND34) & (earlier | set(ROUND9) | set(ROUND10) | set(ROUND11) | set(ROUND31)
                               | set(ROUND12) | set(ROUND13) | set(ROUND14) | set(ROUND15)
                               | set(ROUND16) | set(ROUND17) | set(ROUND18) | set(ROUND19)
                               | set(ROUND20) | set(ROUND21) | set(ROUND22) | set(ROUND23)
                               | set(ROUND24) | set(ROUND25) | set(ROUND26) | set(ROUND27)
                               | set(ROUND28) | set(ROUND29) | set(ROUND30) | set(ROUND32))
    # round 33 was held back: written before session 19's tuning, scored blind at that round's
    # start and end, open since (like round 31)
    assert "round33-held-back" not in HELD_BACK_SPLITS
    assert set(names("round33-held-back")) == set(ROUND33) and len(ROUND33) == 8
    assert not set(ROUND33) & (earlier | set(ROUND9) | set(ROUND10) | set(ROUND11)
                               | set(ROUND12) | set(ROUND13) | set(ROUND14) | set(ROUND15)
                               | set(ROUND16) | set(ROUND17) | set(ROUND18) | set(ROUND19)
                               | set(ROUND20) | set(ROUND21) | set(ROUND22) | set(ROUND23)
                               | set(ROUND24) | set(ROUND25) | set(ROUND26) | set(ROUND27)
                               | set(ROUND28) | set(ROUND29) | set(ROUND30) | set(ROUND31)
                               | set(ROUND32) | set(ROUND34))
    # round 35 was held back: written before session 20's tuning, scored blind at that round's
    # start and end, open since (like round 33)
    assert "round35-held-back" not in HELD_BACK_SPLITS
    assert set(names("round35-held-back")) == set(ROUND35) and len(ROUND35) == 8
    assert not set(ROUND35) & (earlier | set(ROUND9) | set(ROUND10) | set(ROUND11)
                               | set(ROUND12) | set(ROUND13) | set(ROUND14) | set(ROUND15)
                               | set(ROUND16) | set(ROUND17) | set(ROUND18) | set(ROUND19)
                               | set(ROUND20) | set(ROUND21) | set(ROUND22) | set(ROUND23)
                               | set(ROUND24) | set(ROUND25) | set(ROUND26) | set(ROUND27)
                               | set(ROUND28) | set(ROUND29) | set(ROUND30) | set(ROUND31)
                               | set(ROUND32) | set(ROUND33) | set(ROUND34))
    # round 36 was held back: written before session 21's tuning, scored blind at that round's
    # start and end, open since (like round 35)
    assert "round36-held-back" not in HELD_BACK_SPLITS
    assert set(names("round36-held-back")) == set(ROUND36) and len(ROUND36) == 8
    assert not set(ROUND36) & (earlier | set(ROUND9) | set(ROUND10) | set(ROUND11)
                               | set(ROUND12) | set(ROUND13) | set(ROUND14) | set(ROUND15)
                               | set(ROUND16) | set(ROUND17) | set(ROUND18) | set(ROUND19)
                               | set(ROUND20) | set(ROUND21) | set(ROUND22) | set(ROUND23)
                               | set(ROUND24) | set(ROUND25) | set(ROUND26) | set(ROUND27)
                               | set(ROUND28) | set(ROUND29) | set(ROUND30) | set(ROUND31)
                               | set(ROUND32) | set(ROUND33) | set(ROUND34) | set(ROUND35))
    # round 37 was held back: written before session 22's tuning, scored blind at that round's
    # start and end, open since session 23 (like round 36)
    assert "round37-held-back" not in HELD_BACK_SPLITS
    assert set(names("round37-held-back")) == set(ROUND37) and len(ROUND37) == 8
    assert not set(ROUND37) & (earlier | set(ROUND9) | set(ROUND10) | set(ROUND11)
                               | set(ROUND12) | set(ROUND13) | set(ROUND14) | set(ROUND15)
                               | set(ROUND16) | set(ROUND17) | set(ROUND18) | set(ROUND19)
                               | set(ROUND20) | set(ROUND21) | set(ROUND22) | set(ROUND23)
                               | set(ROUND24) | set(ROUND25) | set(ROUND26) | set(ROUND27)
                               | set(ROUND28) | set(ROUND29) | set(ROUND30) | set(ROUND31)
                               | set(ROUND32) | set(ROUND33) | set(ROUND34) | set(ROUND35)
                               | set(ROUND36))
    # round 38 was held back: written before session 23's tuning, scored blind at that round's
    # start and end, open since session 24 (like round 37)
    assert "round38-held-back" not in HELD_BACK_SPLITS
    assert set(names("round38-held-back")) == set(ROUND38) and len(ROUND38) == 8
    assert not set(ROUND38) & (earlier | set(ROUND9) | set(ROUND10) | set(ROUND11)
                               | set(ROUND12) | set(ROUND13) | set(ROUND14) | set(ROUND15)
                               | set(ROUND16) | set(ROUND17) | set(ROUND18) | set(ROUND19)
                               | set(ROUND20) | set(ROUND21) | set(ROUND22) | set(ROUND23)
                               | set(ROUND24) | set(ROUND25) | set(ROUND26) | set(ROUND27)
                               | set(ROUND28) | set(ROUND29) | set(ROUND30) | set(ROUND31)
                               | set(ROUND32) | set(ROUND33) | set(ROUND34) | set(ROUND35)
                               | set(ROUND36) | set(ROUND37))
    # round 39 is held back: written before session 24's tuning, scored only at its start and
    # end (the refusal tests below cover its split with every held-back one); no default-suite
    # gate fills it
    assert "round39-held-back" in HELD_BACK_SPLITS
    assert set(names("round39-held-back")) == set(ROUND39) and len(ROUND39) == 8
    assert not set(ROUND39) & (earlier | set(ROUND9) | set(ROUND10) | set(ROUND11)
                               | set(ROUND12) | set(ROUND13) | set(ROUND14) | set(ROUND15)
                               | set(ROUND16) | set(ROUND17) | set(ROUND18) | set(ROUND19)
                               | set(ROUND20) | set(ROUND21) | set(ROUND22) | set(ROUND23)
                               | set(ROUND24) | set(ROUND25) | set(ROUND26) | set(ROUND27)
                               | set(ROUND28) | set(ROUND29) | set(ROUND30) | set(ROUND31)
                               | set(ROUND32) | set(ROUND33) | set(ROUND34) | set(ROUND35)
                               | set(ROUND36) | set(ROUND37) | set(ROUND38))


@pytest.mark.parametrize("split", sorted(HELD_BACK_SPLITS | {"all"}))
def test_the_scorer_refuses_a_held_back_split_unless_asked(
        split: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Without PORTDESK_SCORE_HELDBACK=1 the scorer stops before filling anything (a guard that
    fills nothing either way: filling here would fail the test, not score the forms)."""
    from tests.loaforms import score

    def refuse(*_: object) -> None:
        raise AssertionError(f"{split} was filled without PORTDESK_SCORE_HELDBACK=1")

    monkeypatch.delenv("PORTDESK_SCORE_HELDBACK", raising=False)
    monkeypatch.setattr(score, "score_drawn", refuse)
    assert score.main([split]) == 1
    assert "PORTDESK_SCORE_HELDBACK=1" in capsys.readouterr().out


@pytest.mark.parametrize("split", sorted(HELD_BACK_SPLITS))
def test_the_writer_refuses_a_held_back_split_unless_asked(
        split: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """`score write DIR SPLIT` writes a held-back split's PDFs and truth only with
    PORTDESK_SCORE_HELDBACK=1, as the score fills them only then; `write DIR` (every split)
    leaves the held-back forms out without it and says so. The forms are not drawn here: the
    writer's build is replaced by a stub that records what it was asked for."""
    from tests.loaforms import score, split_of

    built: list[str] = []

    def stub(name: str) -> tuple[bytes, dict[str, str]]:
        built.append(name)
        return b"%PDF-1.4", {"file": f"{name}.pdf"}

    monkeypatch.setattr(score, "build", stub)
    monkeypatch.delenv("PORTDESK_SCORE_HELDBACK", raising=False)
    assert score.main(["write", str(tmp_path / "one"), split]) == 1
    assert "PORTDESK_SCORE_HELDBACK=1" in capsys.readouterr().out
    assert not built and not (tmp_path / "one").exists()
    assert score.main(["write", str(tmp_path / "all")]) == 0
    assert "held-back forms" in capsys.readouterr().out
    assert built and not any(split_of(name) in HELD_BACK_SPLITS for name in built)
    assert not set(names(split)) & {p.stem for p in (tmp_path / "all").iterdir()}
    built.clear()
    monkeypatch.setenv("PORTDESK_SCORE_HELDBACK", "1")
    assert score.main(["write", str(tmp_path / "asked"), split]) == 0
    assert sorted(built) == names(split)
