"""Classes of issue 11 fixed on round 23's second half (a third party's block on a paper form
whose blanks are typed underscores, a provider named as the phone company, a sentence's lead-ins
to the customer and to the provider the numbers leave, the abbreviated main number): each drawn
here in the smallest form that has it, in words of its own (not any round's forms'), failing on
the code before its fix unless said to be a guard."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from portdesk.loa.fields import LoaField, values_from_case
from portdesk.loa.fill import FormAnalysis, analyse_form, fill_form
from portdesk.loa.formscan import extract_words
from portdesk.loa.mapping import Placement
from portdesk.loa.sign import place_signature
from portdesk.loa.signature import typed_to_png
from portdesk.loa.tickwords import check_field
from portdesk.loa.vocabulary import classify_in
from tests.loaforms.kit import Sheet, a4, letter
from tests.loaforms.round5_kit import Gap, numbers_table, sentence
from tests.loaforms.round10_kit import captioned_sentence, widget_sentence
from tests.loaforms.round14_kit import split_comb
from tests.loaforms.round23_kit import underscore_gap, underscores
from tests.unit.loa.helpers import make_case


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


# -- dates in words after a place, on drawn lines and in widgets ---------------------------------


def _place_then_date() -> Sheet:
    s = a4("local e data", "PT", "pt", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, "Declaração de portabilidade", 13, bold=True)
    s.blank("Nome do titular", 40, 770, 550, "account_name")
    s.para(40, 740, "O titular declara que os dados acima são verdadeiros e pede a portabilidade "
           "dos seus números para a Maré Alta Telecom.", 510, 8)
    sentence(s, 40, 700, [Gap(110, None, "local"), ",", Gap(30, "date_signed_day", "dia"), "de",
                          Gap(84, "date_signed_month", "mês"), "de 20",
                          Gap(24, "date_signed_year2", "ano")], size=9)
    s.sign_line("Assinatura do titular", 40, 650, 300, label_below=True)
    return s


def test_a_place_a_comma_and_a_date_in_words_are_where_and_when_it_is_signed() -> None:
    """"______ , __ de ______ de 20__" on drawn lines, no word before it: the place, then the
    signing date's day, month and two digits of the year. The lone comma's low glyph had been
    read as a line of its own, and the row had no word leading into the date: left empty."""
    dates = [p for p in _analyse(_place_then_date(), "PT").placements
             if p.field == LoaField.DATE_SIGNED]
    assert sorted(p.part for p in dates) == ["day", "month", "year2"]


def test_a_month_in_words_on_a_portuguese_form_is_written_in_portuguese() -> None:
    """The signing month goes into "__ de ______ de 20__" in the form's language ("dezembro"),
    not in English (it had been written "December")."""
    filled = fill_form(_place_then_date().build()[0], values_from_case(make_case()), "pt.pdf").pdf
    when = datetime(2026, 12, 5, 10, 30, tzinfo=UTC)
    signed, _where, _notes = place_signature(filled, typed_to_png("José Núñez"), "José Núñez",
                                             "", when, "pt")
    words = {w.text for w in extract_words(signed)}
    assert "dezembro" in words and "December" not in words


def test_widgets_after_en_a_joined_by_de_and_de_20_are_the_signing_date() -> None:
    """"En [____] a [__] de [______] de 20[__]" in widgets: the place, then the day, the month
    and the year's last two digits of the signing date (no caption names the parts; they were
    left empty)."""
    s = a4("en a de", "ES", "es", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, "Solicitud de cambio de operador", 13, bold=True)
    s.widget("Titular", 150, 766, 400, 15, "account_name")
    s.text(40, 770, "Nombre del titular", 8)
    widget_sentence(s, 40, 720, ["En", Gap(110, None, "lugar"), "a", Gap(28, "date_signed_day",
                                                                      "día"),
                                 "de", Gap(76, "date_signed_month", "mes"), "de 20",
                                 Gap(24, "date_signed_year2", "año")],
                    ["Sitio", "Dd", "Mm", "Aa"], size=9)
    s.sign_line("Firma del titular", 40, 660, 300, label_below=True)
    dates = [p for p in _analyse(s, "ES").placements if p.field == LoaField.DATE_SIGNED]
    assert sorted(p.part for p in dates) == ["day", "month", "year2"]


def test_the_blank_after_signed_by_wrapped_under_a_captioned_blank_is_the_signers_name() -> None:
    """"... mit meinem bisherigen Anbieter [____] abzustimmen. Unterschrieben von" then, on the
    next line, "[____] in der Funktion [____]", each blank captioned under it: the first is the
    signer's name. The sentence had been passed over (its line starts right after the line
    before's blank, and that blank's caption lay between), and "unterschrieben von" named no
    one: left empty."""
    s = a4("unterschrieben", "DE", "de", [], "")
    s.date_formats = ["%d.%m.%Y"]
    s.text(40, 800, "Auftrag zur Rufnummernmitnahme", 13, bold=True)
    s.blank("Anschlussinhaber", 40, 770, 550, "account_name")
    captioned_sentence(s, 40, 730, [
        "Ich beauftrage die Fördewelle GmbH, die Übernahme meiner Rufnummern mit meinem "
        "bisherigen Anbieter", Gap(140, "carrier", "bisheriger Anbieter"),
        "abzustimmen und die Verträge dort zu beenden. Unterschrieben von",
        Gap(150, "authorized_name", "Vor- und Nachname"), "in der Funktion",
        Gap(110, "authorized_title", "Funktion"), "."], size=8.5, leading=24)
    analysis = _analyse(s, "DE")
    names = [p for p in analysis.placements if p.field == LoaField.AUTHORIZED_NAME]
    assert len(names) == 1 and names[0].rect and names[0].rect[0] < 60


# -- two numbers tables side by side, the right one titled as the numbers that stay ------------


def test_a_table_titled_as_the_numbers_that_stay_beside_the_table_to_port_holds_them() -> None:
    """"LINES TO MOVE" over one table and "LINES THAT STAY WITH US" over another at its right,
    row for row: the two read as one grid, and the right table's cells had been more slots for
    the numbers to port (numbers 7-10 went there; the numbers that stay were left out)."""
    s = letter("side by side", "US", "en", [], "")
    s.date_formats = ["%m/%d/%Y"]
    s.text(40, 750, "Number move order", 13, bold=True)
    s.blank("Customer name", 40, 720, 560, "account_name")
    s.text(40, 690, "NUMBERS TO MOVE", 8.5, bold=True)
    s.text(320, 690, "NUMBERS THAT STAY (kept with Oldline)", 8.5, bold=True)
    numbers_table(s, s.slot_group(ordered=True), 40, 686,
                  [("Phone number", 150, "number", False), ("Kind of line", 70, None, False)],
                  5, widgets=[f"Cell{k}" for k in range(10)])
    numbers_table(s, s.slot_group(ordered=False, fld="remaining_numbers"), 320, 686,
                  [("Phone number", 150, "number", False), ("Kind of line", 60, None, False)],
                  3, widgets=[f"Cell{k}" for k in range(10, 16)])
    analysis = _analyse(s)
    right = [p.field for p in analysis.placements if p.rect and p.rect[0] > 320
             and p.field in (LoaField.NUMBER, LoaField.REMAINING_NUMBER)]
    assert right == [LoaField.REMAINING_NUMBER] * 3


# -- words of the lexicons -----------------------------------------------------------------------


@pytest.mark.parametrize(("label", "languages", "field"), [
    ("Cód. postal", ("es",), LoaField.POSTAL_CODE),  # the abbreviated código postal
    ("Línea principal de la cuenta", ("es",), LoaField.BTN),  # the account's main line
    ("Main no.", ("en",), LoaField.BTN),
])
def test_abbreviated_and_spelled_out_labels_read_as_their_field(
        label: str, languages: tuple[str, ...], field: LoaField) -> None:
    read = classify_in(label, languages)
    assert read is not None and read.field == field


@pytest.mark.parametrize(("label", "field"), [
    ("Transfer every number", LoaField.FULL_PORT),
    ("Portabilité d'une partie des numéros", LoaField.PARTIAL_PORT),
])
def test_tick_labels_for_all_or_part_of_the_numbers(label: str, field: LoaField) -> None:
    assert check_field(label) == field


def test_every_number_asked_to_be_listed_is_no_full_port() -> None:
    """Guard: "List every number below" asks for the list, it is no choice of a full port."""
    assert check_field("List every number below") is None
