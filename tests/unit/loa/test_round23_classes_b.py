"""Classes of issue 11 fixed on round 23's second half (a third party's block on a paper form
whose blanks are typed underscores, a provider named as the phone company, a sentence's lead-ins
to the customer and to the provider the numbers leave, the abbreviated main number): each drawn
here in the smallest form that has it, in words of its own (not any round's forms'), failing on
the code before its fix unless said to be a guard."""

from __future__ import annotations

from portdesk.loa.fields import LoaField
from portdesk.loa.fill import FormAnalysis, analyse_form
from portdesk.loa.mapping import Placement
from tests.loaforms.kit import Sheet, letter
from tests.loaforms.round5_kit import Gap, sentence
from tests.loaforms.round23_kit import underscore_gap, underscores


def _analyse(s: Sheet, country: str = "US") -> FormAnalysis:
    return analyse_form(s.build()[0], "form.pdf", country=country, strict=False)


def _between(analysis: FormAnalysis, top: float, bottom: float) -> list[Placement]:
    """The placements on printed blanks whose top sits between two heights of the page."""
    return [p for p in analysis.placements if p.rect and bottom < p.rect[3] <= top]


# -- a third party's block on a paper form typing its blanks as underscores ----------------------


def _party(s: Sheet, y: float, title: str) -> float:
    s.text(40, y, title, 9, bold=True)
    underscores(s, "Name:", 40, y - 22, 60, None)
    underscores(s, "Service address:", 40, y - 44, 50, None)
    underscores(s, "Town:", 40, y - 66, 30, None)
    end = underscores(s, "Phone:", 40, y - 88, 20, None)
    underscores(s, "E-mail:", end + 12, y - 88, 26, None)
    return y - 88


def _dealer_form() -> Sheet:
    s = letter("dealer", "US", "en", [], "")
    s.text(40, 750, "Keep-your-number request", 13, bold=True)
    y = _party(s, 720, "SUBSCRIBER")
    y = _party(s, y - 30, "DEALER (the dealer fills this in)")
    s.para(40, y - 30, "I confirm that the details above are correct and I ask Tamarack Voice "
           "to move my numbers to its service as soon as it can.", 520, 8)
    underscores(s, "Name:", 40, y - 80, 40, None)
    s.sign_line("Signature:", 300, y - 80, 560)
    return s


def test_a_dealers_block_of_typed_underscores_is_not_ours_row_by_row() -> None:
    """"Name: ____", "Service address: ____", "Town: ____", "Phone: ____  E-mail: ____" under
    "SUBSCRIBER" and again under "DEALER": every row of the dealer's block is the dealer's. The
    rows under its first had found the underscores of the row above them as their heading (a
    typed run of underscores is a blank, no heading) and took the customer's address, town,
    phone and e-mail."""
    analysis = _analyse(_dealer_form())
    dealer = _between(analysis, 595, 520)
    assert dealer == [], [(p.field, p.evidence) for p in dealer]
    customer = {p.field for p in _between(analysis, 715, 640)}
    assert {LoaField.ACCOUNT_NAME, LoaField.SERVICE_ADDRESS, LoaField.CITY} <= customer


def test_a_name_under_a_paragraph_below_a_dealers_block_is_still_ours() -> None:
    """Guard: the "Name:" after the confirming paragraph is the signer's: the dealer's rows
    above the paragraph are another block's, their heading does not reach over it."""
    analysis = _analyse(_dealer_form())
    below = {p.field for p in _between(analysis, 450, 425)}
    assert {LoaField.AUTHORIZED_NAME, LoaField.SIGNATURE} <= below


# -- a provider named as the phone company ---------------------------------------------------


def test_company_name_under_the_current_telephone_company_is_the_carrier() -> None:
    """"2. Your present telephone company" over "Company name": the carrier. The heading had not
    read as a provider's (no word for a provider in it), was passed over as a caption, and the
    account holder's section above governed: the customer's name went into the carrier's box."""
    s = letter("telco", "US", "en", [], "")
    s.text(40, 750, "Number move order", 13, bold=True)
    s.text(40, 720, "1. Account holder", 10, bold=True)
    s.blank("Name on the bill", 40, 700, 540, "account_name")
    s.text(40, 660, "2. Your current telephone company", 10, bold=True)
    s.blank("Company name", 40, 640, 540, "carrier")
    analysis = _analyse(s)
    [carrier] = _between(analysis, 655, 630)
    assert carrier.field == LoaField.CARRIER


# -- a sentence's lead-ins: the customer, and the provider the numbers leave ----------------------


def _sentence_form() -> Sheet:
    s = letter("sentence", "US", "en", [], "")
    s.text(40, 750, "Authority to transfer", 13, bold=True)
    sentence(s, 40, 710, [
        "I,", Gap(150, "authorized_name", "signer"), ", who is allowed to act for",
        Gap(200, "account_name", "company"), ", ask Tamarack Voice to transfer the lines named "
        "on this page from", Gap(150, "carrier", "provider"), "as soon as it is able."],
        size=9, leading=20, right=560, put_gap=underscore_gap)
    end = underscores(s, "Account no.:", 40, 640, 20, "account_number")
    underscores(s, "Main no.:", end + 12, 640, 16, "btn")
    return s


def _fields_on_line(analysis: FormAnalysis, top: float, bottom: float) -> list[LoaField]:
    return [p.field for p in sorted(_between(analysis, top, bottom), key=lambda p: p.x)]


def test_the_blank_after_to_act_for_is_the_customers_name() -> None:
    """"... who is allowed to act for ____": the company the signer acts for (it was left
    empty: "acting for" was read, "act for" not)."""
    fields = _fields_on_line(_analyse(_sentence_form()), 725, 705)
    assert fields == [LoaField.AUTHORIZED_NAME, LoaField.ACCOUNT_NAME]


def test_the_blank_after_a_sentence_moving_the_lines_from_is_the_current_provider() -> None:
    """"... to transfer the lines named on this page from ____": the provider the lines leave.
    The words before it had read as the numbers (a blank for a list of numbers, left empty)."""
    fields = _fields_on_line(_analyse(_sentence_form()), 705, 685)
    assert fields == [LoaField.CARRIER]


def test_main_no_is_the_main_number() -> None:
    """"Main no.: ____" beside the account number: the BTN, abbreviated as forms print it."""
    fields = _fields_on_line(_analyse(_sentence_form()), 655, 635)
    assert fields == [LoaField.ACCOUNT_NUMBER, LoaField.BTN]
