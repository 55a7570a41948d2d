"""Numbered sites under a qualified heading (issue 11, session 20: round 33's last strays). A
case is one service address: of "Service site 1" / "Service site 2" blocks repeating the same
blanks, only the first is the case's. The heading may carry a word before the site's word
("Service location 2", "Installation premises 2"); copies of a form printed twice carry the
same number and are not sites (tests/unit/loa/test_round33_wrong_classes.py keeps them)."""

from __future__ import annotations

from portdesk.loa.fields import LoaField
from portdesk.loa.fill import analyse_form
from tests.loaforms.kit import letter


def test_the_second_of_two_numbered_sites_one_under_the_other_stays_empty() -> None:
    s = letter("numbered-sites", "US", "en", [], "")
    s.text(40, 790, "Number Transfer Request", 13, bold=True)
    s.blank("Account holder name", 40, 760, 400, "account_name", 8)
    s.blank("Account number", 40, 736, 300, "account_number", 8)
    y = 700.0
    for n in (1, 2):
        s.frame(36, y - 62, 520, 74)
        s.text(42, y, f"Installation premises {n}", 8.5, bold=True)
        s.blank("Street", 42, y - 22, 540, "street" if n == 1 else None, 7.5)
        s.blank("City", 42, y - 44, 300, "city" if n == 1 else None, 7.5)
        s.blank("ZIP", 310, y - 44, 540, "postal_code" if n == 1 else None, 7.5)
        y -= 90
    s.sign_line("Signature", 40, 420, 300, label_below=True)
    analysis = analyse_form(s.build()[0], "form.pdf", country="US", strict=False)
    streets = [p for p in analysis.placements
               if p.field in (LoaField.STREET, LoaField.CITY, LoaField.POSTAL_CODE)]
    assert streets, [(p.field, p.rect) for p in analysis.placements]
    # every address blank placed is in the first site's block (above y = 620)
    assert all(p.rect is not None and p.rect[1] > 620 for p in streets), \
        [(p.field, p.rect) for p in streets]
