"""A box read only by its tooltip as a phone, on a person's row: under the new provider's
heading that person is theirs (not our contact); a 'Billing telephone number' tooltip is the
account's main number wherever its box sits, never the contact's phone (a wrong box on a legal
document is worse than an empty one)."""

from __future__ import annotations

from portdesk.loa.fields import LoaField
from portdesk.loa.fill import FormAnalysis, analyse_form
from tests.loaforms.kit import Sheet, letter
from tests.loaforms.round28_kit import tf


def _analyse(s: Sheet) -> FormAnalysis:
    return analyse_form(s.build()[0], "form.pdf", country="US", strict=False)


def _fields(analysis: FormAnalysis, widget: str) -> set[object]:
    return {p.field for p in analysis.placements if p.widget == widget}


def _form(heading: str, tooltip: str) -> Sheet:
    s = letter("hinted-phone", "US", "en", [], "")
    s.text(40, 790, "Letter of Authorization", 13, bold=True)
    s.para(40, 770, "I authorize the new provider to act as my agent and to transfer the "
           "numbers below.", 500, 8)
    s.text(40, 717, "Account holder name", 7)
    tf(s, "a1", 40, 700, 300, 14, "account_name")
    s.text(40, 620, "Numbers to transfer", 9, bold=True)
    for n in range(2):
        s.text(40, 600 - n * 20, f"{n + 1}.", 8)
        tf(s, f"n{n + 1}", 56, 596 - n * 20, 180, 14, None)
    s.text(40, 520, heading, 9, bold=True)
    s.text(40, 497, "Contact person", 7)
    tf(s, "p1", 40, 480, 180, 14, "authorized_name")
    s.text(230, 497, "Position", 7)
    tf(s, "p2", 230, 480, 120, 14, "authorized_title")
    tf(s, "p3", 378, 480, 177, 14, None, tooltip=tooltip)
    s.sign_line("Signature", 40, 400, 300, label_below=True)
    return s


def test_a_tooltip_phone_on_a_row_under_the_new_providers_heading_is_not_our_contacts() -> None:
    analysis = _analyse(_form("New provider representative", "Phone number"))
    assert LoaField.CONTACT_PHONE not in _fields(analysis, "p3"), analysis.placements
    assert LoaField.NUMBER not in _fields(analysis, "p3"), analysis.placements


def test_a_billing_telephone_number_tooltip_on_the_signers_row_is_not_the_contacts_phone() -> None:
    analysis = _analyse(_form("Authorized signer", "Billing telephone number"))
    assert LoaField.CONTACT_PHONE not in _fields(analysis, "p3"), analysis.placements


def test_a_tooltip_phone_on_the_signers_row_is_still_the_contacts_phone() -> None:
    analysis = _analyse(_form("Authorized signer", "Phone number"))
    assert _fields(analysis, "p3") == {LoaField.CONTACT_PHONE}, analysis.placements
