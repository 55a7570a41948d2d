"""Classes round 29 showed once opened (issue 11), the second half (Danish, Polish, Romanian and
Bulgarian forms). Each is read here in words of its own (not the round's forms'), and fails on
the code before its fix."""

from __future__ import annotations

import pytest

from portdesk.loa.blanks import Blank
from portdesk.loa.fields import LoaField, date_format_for
from portdesk.loa.fill import analyse_form
from portdesk.loa.formscan import Word, _join_spaced_letters
from portdesk.loa.stayrow import staying_row_continued
from portdesk.loa.ticks import Found
from portdesk.loa.vocabulary import NOT_OURS, classify_in, for_language
from tests.loaforms.kit import a4
from tests.loaforms.round29_kit import sign_table


@pytest.mark.parametrize("label", ["Aftalenummer hos nuværende udbyder",
                                   "Kundenr. hos nuværende udbyder"])
def test_a_danish_number_at_the_current_provider_is_the_account_number(label: str) -> None:
    """"X hos nuværende udbyder": the provider is named after "hos" (at) only to say whose
    number it is; the carrier's name had gone into the account number's blank."""
    read = classify_in(label, ("da",))
    assert read is not None and read.field == LoaField.ACCOUNT_NUMBER


def test_the_current_provider_alone_is_still_the_carrier() -> None:
    read = classify_in("Nuværende udbyder (afgivende)", ("da",))
    assert read is not None and read.field == LoaField.CARRIER


def test_danish_numbers_that_stay_with_the_provider_are_the_remaining_numbers() -> None:
    """"numre, som bliver hos nuværende udbyder": the numbers that stay, not the provider
    the sentence names (the carrier's name had filled a slot for the numbers that stay)."""
    read = classify_in("Ved delvis portering: numre, som bliver hos nuværende udbyder", ("da",))
    assert read is not None and read.field == LoaField.REMAINING_NUMBERS


@pytest.mark.parametrize("label", ["Flyttedato", "Ønsket porteringsdato (DD-MM-ÅÅÅÅ)"])
def test_a_danish_compound_date_word_is_the_requested_date(label: str) -> None:
    read = classify_in(label, ("da",))
    assert read is not None and read.field == LoaField.REQUESTED_DATE


def test_a_second_danish_authorised_signatory_is_not_ours() -> None:
    """"Underskrift tegningsberettigede 2": the case has one signer; the signature had been
    drawn twice."""
    read = classify_in("Underskrift, tegningsberettigede 2", ("da",))
    assert read is not None and read.field == NOT_OURS
    own = classify_in("Underskrift (tegningsberettiget)", ("da",))
    assert own is not None and own.field == LoaField.SIGNATURE


@pytest.mark.parametrize(("country", "shape"), [("PL", "%d.%m.%Y"), ("NO", "%d.%m.%Y"),
                                                ("DK", "%d-%m-%Y")])
def test_a_date_is_written_the_countrys_way_where_the_form_says_nothing(country: str,
                                                                        shape: str) -> None:
    """Polish and Norwegian dates part day, month and year by dots, Danish forms by hyphens
    ("DD-MM-ÅÅÅÅ"); a slash (07/12/2026) is no national way there and was counted wrong."""
    assert date_format_for(country) == shape


@pytest.mark.parametrize("label", ["Titulyar", "Титуляр на договора (име / фирма)"])
def test_a_bulgarian_holder_is_the_account_name_and_firma_no_signature(label: str) -> None:
    """"Титуляр (име / фирма)": the holder; фирма is the company in Bulgarian (as "Firma" in
    Polish), never the Spanish or Italian signature (the signature had been drawn there)."""
    read = classify_in(label, ("bg",))
    assert read is not None and read.field == LoaField.ACCOUNT_NAME
    firma = for_language(classify_in("Име / фирма", ("bg",)), "bg")
    assert firma is not None and firma.field == LoaField.ACCOUNT_NAME


@pytest.mark.parametrize(("label", "field"), [
    ("Главен номер за фактуриране", LoaField.BTN), ("Е-поща за връзка", LoaField.CONTACT_EMAIL),
    ("Пощ. код на града", LoaField.POSTAL_CODE), ("Тел. за връзка (мобилен)", LoaField.CONTACT_PHONE),
    ("За оператора", NOT_OURS), ("Име и фамилия", LoaField.AUTHORIZED_NAME)])
def test_bulgarian_short_words(label: str, field: object) -> None:
    read = classify_in(label, ("bg",))
    assert read is not None and read.field == field


def test_a_signature_table_whose_parties_are_printed_in_their_own_cells() -> None:
    """'| Signature | Print name | Date' over rows whose first cell prints the party, no blank
    ('Customer', 'Witness'), the table under a paragraph that names the current provider: the
    customer's row takes the ink, the name and the date by its column heads; the witness's row
    and the empty corner cell over the parties take nothing (the corner had read the paragraph
    as the carrier's label, the witness's row taken the date)."""
    s = a4("printed-parties", "GB", "en", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, "Number Porting Request", 14, bold=True)
    s.blank("Account holder name:", 40, 760, 400, "account_name")
    s.blank("Current provider:", 40, 735, 400, "carrier")
    s.text(40, 700, "I authorise the new provider to end my contract with the current provider", 7)
    s.text(40, 691, "for the numbers ported.", 7)
    sign_table(s, 40, 680, [("Signature", 150), ("Print name", 130), ("Date", 80)],
               [("Customer", ["signature", "authorized_name", "date_signed"]),
                ("Witness", [None, None, None])])
    analysis = analyse_form(s.build()[0], "form.pdf", country="GB", strict=False)
    table = sorted((str(p.field), round(p.rect[1])) for p in analysis.placements
                   if p.rect and p.rect[3] < 682)
    assert [f for f, _ in table] == ["authorized_name", "date_signed", "signature"], table
    assert all(640 < y < 660 for _, y in table), table  # the customer's row


def test_a_yes_no_pair_is_read_apart_from_another_question_on_its_row() -> None:
    """'Transfer every number?  Yes [ ]  No [ ]    Customer type:  [ ] Home  [ ] Business' on
    one row (two columns): the answers' words come before their boxes; the other question's
    boxes, labelled after them, had made 'No' the label after the yes box (a partial port
    ticked 'Yes')."""
    s = a4("yes-no-beside", "GB", "en", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, "Number Porting Request", 14, bold=True)
    s.blank("Account holder name:", 40, 760, 400, "account_name")
    s.blank("Current provider:", 40, 735, 400, "carrier")
    y = 700
    s.text(40, y, "Transfer every number on the account?", 8.5)
    s.text(215, y, "Yes", 8.5)
    s.frame(234, y - 0.5, 8, 8)
    s.text(262, y, "No", 8.5)
    s.frame(278, y - 0.5, 8, 8)
    s.text(330, y, "Customer type:", 8.5)
    s.tick(400, y - 0.5, "check:residential", "Home")
    s.tick(460, y - 0.5, "check:business", "Business")
    analysis = analyse_form(s.build()[0], "form.pdf", country="GB", strict=False)
    at = {round(p.rect[0] / 10): str(p.field) for p in analysis.placements
          if p.rect and 690 < p.rect[1] < 710}
    assert at.get(23) == "full_port" and at.get(28) == "partial_port", at


def _spaced(text: str, x: float = 40.0, letter: float = 5.0, gap: float = 2.0,
            space: float = 7.0) -> list[Word]:
    out = []
    for word in text.split():
        for ch in word:
            out.append(Word(ch, 1, x, 700.0, x + letter, 707.0))
            x += letter + gap
        x += space - gap
    return out


def test_a_short_word_of_a_letter_spaced_label_is_one_word() -> None:
    """'M A I L  D E  C O N T A C T': the two letters of 'DE', as far apart as the letters of
    the spaced words around them, are one word (they had stayed 'D' and 'E', and labels with
    'LA', 'ÎN', 'DE' went unread)."""
    words = [w.text for w in _join_spaced_letters(_spaced("ADRESA DE LA POSTA"))]
    assert words == ["ADRESA", "DE", "LA", "POSTA"]
    # two letters alone, no spaced word before them on their line: left as they are
    assert [w.text for w in _join_spaced_letters(_spaced("A B"))] == ["A", "B"]


@pytest.mark.parametrize(("label", "field"), [
    ("OPERATORUL ACTUAL", LoaField.CARRIER), ("Nume în clar al reprezentantului", LoaField.AUTHORIZED_NAME),
    ("Calitatea", LoaField.AUTHORIZED_TITLE),
    ("Numerele care rămân la operatorul actual", LoaField.REMAINING_NUMBERS)])
def test_romanian_words_of_the_signer_and_the_operator(label: str, field: object) -> None:
    read = classify_in(label, ("ro",))
    assert read is not None and read.field == field


def test_words_flush_over_the_next_box_are_its_label_not_this_ones_caption() -> None:
    """A form labelling every box above it: 'NEXT LABEL' printed tight under a box (its capitals
    reaching up to it) and flush over the next box is the next box's label; the upper box keeps
    its own label above (it had read the lower box's words as its caption, the nearer)."""
    s = a4("labels-above", "GB", "en", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, "Number Porting Request", 14, bold=True)
    s.text(300, 741.5, "ACCOUNT NUMBER", 7)
    s.widget("upper", 300, 700, 200, 40, "account_number")
    s.text(300, 694.6, "CONTACT PHONE", 7)
    s.widget("lower", 300, 678, 200, 14, "contact_phone")
    s.text(40, 741, "ACCOUNT HOLDER NAME", 7)
    s.widget("holder", 40, 726, 200, 14, "account_name")
    analysis = analyse_form(s.build()[0], "form.pdf", country="GB", strict=False)
    fields = {p.widget: str(p.field) for p in analysis.placements}
    assert fields.get("upper") == "account_number", fields
    assert fields.get("lower") in (None, "contact_phone"), fields



def test_the_numbers_that_stay_over_two_lines_of_one_row_take_one_each() -> None:
    """'Partial port only: numbers that stay' over two lines side by side, the second with no
    label of its own (it had read the next row's label under it and lost): one number that
    stays on each line, not both in the first."""
    first = Found(Blank("leader", 1, (70.0, 429.0, 291.0, 440.0)), LoaField.REMAINING_NUMBERS,
                  0.9, "label (above)", "Partial port only: numbers that stay")
    second = Found(Blank("leader", 1, (309.0, 429.0, 531.0, 440.0)), LoaField.BTN, 0.6,
                   "label (below)", "Main number")
    below = Found(Blank("leader", 1, (398.0, 407.0, 586.0, 418.0)), LoaField.BTN, 0.9,
                  "label (left)", "Main number")
    staying_row_continued([first, second, below])
    assert first.field == second.field == LoaField.REMAINING_NUMBER
    assert below.field == LoaField.BTN
