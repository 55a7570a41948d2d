"""Classes of issue 11 fixed on round 23's second half (a third party's block on a paper form
whose blanks are typed underscores, a provider named as the phone company, a sentence's lead-ins
to the customer and to the provider the numbers leave, the abbreviated main number): each drawn
here in the smallest form that has it, in words of its own (not any round's forms'), failing on
the code before its fix unless said to be a guard."""

from __future__ import annotations

from portdesk.loa.fields import LoaField
from portdesk.loa.fill import FormAnalysis, analyse_form
from portdesk.loa.mapping import Placement
from tests.loaforms.kit import Sheet, a4, letter
from tests.loaforms.round5_kit import Gap, sentence
from tests.loaforms.round14_kit import split_comb
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


# -- round 24's leftovers ----------------------------------------------------------------------


def test_a_person_asked_only_if_someone_else_signs_is_not_the_cases() -> None:
    """"Datos del mandatario (solo si firma un mandatario)" over "Nombre del firmante" and
    "Cargo": asked only when someone signs for the holder; the case's signer goes in the
    holder's signatory row below ("Aclaración"). The signer's name and title had gone into both
    rows."""
    s = a4("mandatario", "ES", "es", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, "Solicitud de portabilidad", 13, bold=True)
    s.text(40, 770, "Datos del titular", 9, bold=True)
    s.blank("Nombre del titular", 40, 750, 550, "account_name")
    s.text(40, 710, "Datos del mandatario (solo si firma un mandatario)", 8, bold=True)
    s.blank("Nombre del firmante", 40, 690, 330, None)
    s.blank("Cargo", 340, 690, 550, None)
    s.text(40, 650, "Conformidad del titular", 8, bold=True)
    s.sign_line("Firma", 40, 620, 280)
    s.blank("Aclaración", 300, 620, 550, "authorized_name")
    analysis = _analyse(s, "ES")
    assert _between(analysis, 710, 680) == []
    assert [p.field for p in _between(analysis, 640, 610) if p.field != LoaField.SIGNATURE] \
        == [LoaField.AUTHORIZED_NAME]


def test_a_signature_under_a_declaration_below_the_receiving_operators_rows_is_ours() -> None:
    """"TO BE COMPLETED BY THE RECEIVING OPERATOR" over "Agent name" and "Agent code", then the
    holder's declaration, then "Signature of the account holder" and "Date": the panel's
    heading governs its own rows, not the signature line under the paragraph (it had reached
    over the paragraph: the form could not be signed)."""
    s = letter("receiving", "US", "en", [], "")
    s.text(40, 750, "Port request", 13, bold=True)
    s.blank("Customer name", 40, 720, 560, "account_name")
    s.text(40, 680, "TO BE COMPLETED BY THE RECEIVING OPERATOR", 8.5, bold=True)
    s.text(40, 664, "Agent name", 7.5)
    s.line_under(40, 648, 280, None, "agent")
    s.text(300, 664, "Agent code", 7.5)
    s.line_under(300, 648, 560, None, "code")
    s.para(40, 630, "The account holder asks Larchwood Voice to request the transfer of the "
           "numbers listed on this form and to end the service with the current provider.",
           520, 7.5)
    s.sign_line("Signature of the account holder", 40, 600, 300, label_below=True)
    s.blank("Date", 330, 600, 560, "date_signed")
    fields = {p.field for p in _analyse(s).placements}
    assert {LoaField.SIGNATURE, LoaField.DATE_SIGNED} <= fields


def _dated_comb(footer: str) -> Sheet:
    s = letter("comb date", "GB", "en", [], "")
    s.text(40, 750, "Authority to move numbers", 13, bold=True)
    s.blank("Company name", 40, 720, 560, "account_name")
    s.sign_line("Signed", 40, 660, 260, label_below=True)
    s.text(280, 664, "Date", 8)
    split_comb(s, 302, 660, [2, 2, 4], "date_signed", "date signed", cell=11, h=14)
    for cx, cap in ((313, "DD"), (342, "MM"), (382, "YYYY")):
        s.text(cx - 5, 652, cap, 5.5)
    s.footer(footer)
    return s


def test_date_beside_boxes_captioned_with_date_parts_dates_the_boxes() -> None:
    """"Date [][] [][] [][][][]" captioned "DD MM YYYY" under the boxes: the signing date goes
    in the boxes (the caption had been taken as the boxes' own name, read as nothing)."""
    dates = [p for p in _analyse(_dated_comb("LOA-1 2026")).placements
             if p.field == LoaField.DATE_SIGNED]
    assert [abs(p.rect[0] - 302) < 3 for p in dates if p.rect] == [True]


def test_a_footer_saying_each_page_must_be_signed_and_dated_is_no_date_blank() -> None:
    """"... each page must be signed and dated" at the page's foot states a rule: the room after
    "dated" is no blank (the date had been written there, beside the footer)."""
    dates = [p for p in _analyse(_dated_comb("LOA-1 2026 - each page must be signed and dated"))
             .placements if p.field == LoaField.DATE_SIGNED]
    assert all(p.rect and p.rect[1] > 600 for p in dates), [p.rect for p in dates]
