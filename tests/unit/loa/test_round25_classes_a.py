"""Classes of issue 11 fixed on round 25 (the first half of its forms, once it was opened): each
drawn here in the smallest form that has it, in words of its own (not any round's forms'),
failing on the code before its fix unless said to be a guard."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from portdesk.loa.fields import LoaField, values_from_case
from portdesk.loa.fill import FormAnalysis, analyse_form, fill_form
from portdesk.loa.formscan import extract_words
from portdesk.loa.persons import IF_DIFFERENT
from portdesk.loa.vocabulary import classify_in, normalise
from tests.loaforms.kit import Sheet
from tests.loaforms.round3_kit import table
from tests.loaforms.round5_kit import Gap, sentence
from tests.loaforms.round14_kit import unicode_a4
from tests.loaforms.round26_kit import dotted
from tests.unit.loa.helpers import make_case


def _analyse(s: Sheet, country: str) -> FormAnalysis:
    return analyse_form(s.build()[0], "form.pdf", country=country, strict=False)


def _polish(title: str) -> Sheet:
    s = unicode_a4(title, "PL", "pl", [], "")
    s.date_formats = ["%d.%m.%Y"]
    s.text(40, 800, "Wniosek o przeniesienie numeru", 13, bold=True)
    s.para(40, 770, "Abonent prosi o przeniesienie numerów wymienionych poniżej do nowego "
           "operatora i upoważnia go do wypowiedzenia umowy u dotychczasowego operatora.", 510, 8)
    return s


def _dots(s: Sheet, x: float, y: float, gap: Gap) -> None:
    """A blank typed as a run of dots in the sentence's own face, a little white after it."""
    step = stringWidth(".", s.font, 9)
    s.text(x, y, "." * max(3, int((gap.width - 5) / step)), 9)
    s._place((x, y - 3, x + gap.width, y + 11), gap.fld, what=gap.what)


def test_a_two_digit_years_short_dots_after_twenty_are_the_years_blank() -> None:
    """"Miejscowość ......, dnia .... .......... 20 ..... r.": the year's dots are narrower than
    the white space read as a blank, yet they are one; without them the day word's date had two
    parts, was no date, and the whole date went into the day's dots (misplaced, and its last
    digit over the month's: stray)."""
    s = _polish("dots")
    sentence(s, 40, 700, ["Miejscowość", Gap(90, None, "place"), ", dnia",
                          Gap(26, "date_signed_day", "d"), Gap(76, "date_signed_month", "m"),
                          "20", Gap(12, "date_signed_year2", "r"), "r."],
             size=9, put_gap=_dots)
    s.sign_line("Czytelny podpis abonenta", 40, 640, 300, label_below=True)
    row = sorted((str(p.field), p.part) for p in _analyse(s, "PL").placements
                 if p.rect and 690 < p.rect[3] < 720 and p.field == LoaField.DATE_SIGNED)
    assert row == [("date_signed", "day"), ("date_signed", "month"),
                   ("date_signed", "year2")], row


@pytest.mark.parametrize(("label", "field"), [
    ("Imię i nazwisko osoby reprezentującej abonenta", LoaField.AUTHORIZED_NAME),
    ("Numer główny (rozliczeniowy)", LoaField.BTN),
    ("Wnioskowany dzień przeniesienia: dnia", LoaField.REQUESTED_DATE),
])
def test_polish_words_for_the_signer_the_main_number_and_the_day_asked_for(
        label: str, field: LoaField) -> None:
    """The person representing the subscriber had been read as the subscriber (the company's
    name went in the signer's blank: misplaced); the main number and the day asked for read
    nothing."""
    read = classify_in(label, ("pl",))
    assert read is not None and read.field == field, read


@pytest.mark.parametrize(("label", "field"), [
    ("przedsiębiorca", LoaField.BUSINESS),
    ("konsument (osoba fizyczna)", LoaField.RESIDENTIAL),
    ("tylko numery wymienione poniżej", LoaField.PARTIAL_PORT),
])
def test_polish_tick_words_for_the_kind_of_customer_and_part_of_the_numbers(
        label: str, field: LoaField) -> None:
    from portdesk.loa.lexicon import reading_in
    from portdesk.loa.tickwords import check_field

    with reading_in(("pl",)):
        assert check_field(label) == field


@pytest.mark.parametrize("said", [
    "Numer klienta (jeśli inny)", "Číslo smlouvy (pokud jiné)", "Číslo zmluvy (ak iné)",
    "Pełnomocnik (wypełnić tylko, jeżeli wniosek składa pełnomocnik)",
    "Dane pełnomocnika - tylko gdy podpisuje pełnomocnik",
])
def test_if_different_and_only_if_a_proxy_signs_in_the_slavic_languages(said: str) -> None:
    assert IF_DIFFERENT.search(normalise(said))


def test_only_if_the_holder_does_not_sign_is_no_other_persons_block() -> None:
    """Guard: "fill only if the subscriber does not sign" asks for the case's signer."""
    assert not IF_DIFFERENT.search(normalise("wypełnić tylko, jeżeli nie podpisuje abonent"))


def test_a_proxys_block_asked_only_if_a_proxy_submits_stays_empty() -> None:
    """"PEŁNOMOCNIK (wypełnić tylko, jeżeli wniosek składa pełnomocnik)": a person who acts only
    when someone else submits the request; the signer's name had gone there (stray)."""
    s = _polish("proxy")
    dotted(s, "Imię i nazwisko osoby reprezentującej abonenta", 40, 700, 400, "authorized_name")
    s.sign_line("Czytelny podpis abonenta", 40, 650, 300, label_below=True)
    s.band(40, 600, 515, "5. PEŁNOMOCNIK (wypełnić tylko, jeżeli wniosek składa pełnomocnik)")
    dotted(s, "Imię i nazwisko pełnomocnika", 40, 570, 300, None)
    filled = fill_form(s.build()[0], values_from_case(make_case()), "pl.pdf").pdf
    below = [w.text for w in extract_words(filled) if w.y0 < 590 and not set(w.text) <= {"."}]
    assert "Núñez" not in below, below


def test_a_numbers_tables_account_column_asked_if_different_stays_empty() -> None:
    """A numbers table's "Nr klienta (jeśli inny)" column: a number's own account, asked only
    when it is not the account given above; the case's numbers share one account, so its
    account number had been written on every row (stray)."""
    s = _polish("account column")
    dotted(s, "Numer klienta u operatora", 40, 720, 400, "account_number")
    s.text(40, 690, "Numery do przeniesienia", 10, bold=True)
    table(s, 40, 680, [("Numer telefonu", 180, "number", False),
                       ("Nr klienta (jeśli inny)", 150, None, False)], rows=4)
    s.sign_line("Czytelny podpis abonenta", 40, 520, 300, label_below=True)
    account = make_case().account_number
    analysis = _analyse(s, "PL")
    column = [p for p in analysis.placements if p.field == LoaField.ACCOUNT_NUMBER
              and p.rect and p.rect[3] < 670]
    assert not column, [(p.rect, account) for p in column]


@pytest.mark.parametrize(("label", "field"), [
    ("Who provides your phone service today?", LoaField.CARRIER),
    ("Qui fournit votre ligne aujourd'hui ?", LoaField.CARRIER),
    ("Who can we call about this request?", LoaField.CONTACT_PHONE),  # guard
])
def test_who_provides_the_service_now_is_the_carrier(label: str, field: LoaField) -> None:
    """"Who provides your phone service today?": the provider serving the line, not a phone to
    call (the question's "phone" had made it the contact's phone; the carrier went nowhere)."""
    read = classify_in(label, ("en", "fr"))
    assert read is not None and read.field == field, read


def test_who_will_provide_the_service_is_not_the_carrier() -> None:
    """Guard: the provider after the move is the new one, not ours."""
    read = classify_in("Who will provide your service after the move?", ("en",))
    assert read is None or read.field != LoaField.CARRIER, read


def test_every_box_of_a_stack_captioned_small_in_its_corner_is_a_blank() -> None:
    """Rows of boxes 2 pt apart, each captioned small in its top-left corner: the drawn grid
    gives the lower row's cell the gap above it too, so its caption sits a hair more than 4 pt
    under the cell's top, and the box had been no blank at all (the contact's phone and e-mail
    left empty)."""
    from tests.loaforms.kit import letter
    from tests.loaforms.round25_kit import corner_box

    s = letter("corner", "CA", "en", [], "")
    s.text(40, 750, "Request to transfer your phone numbers", 14, bold=True)
    corner_box(s, "Name (BLOCK CAPITALS)", 36, 546, 260, 28, "authorized_name")
    corner_box(s, "Position / title", 298, 546, 278, 28, "authorized_title")
    corner_box(s, "Daytime phone (10 digits)", 36, 516, 200, 28, "contact_phone")
    corner_box(s, "E-mail", 238, 516, 338, 28, "contact_email")
    s.sign_line("Signature", 40, 420, 300, label_below=True)
    fields = {p.field for p in _analyse(s, "CA").placements}
    assert {LoaField.CONTACT_PHONE, LoaField.CONTACT_EMAIL} <= fields, fields


def _corner_numbered(heading: str) -> Sheet:
    """Two rows of four boxes numbered 1-8 small in their corners, under a heading that
    spans the first two columns only."""
    from tests.loaforms.kit import letter
    from tests.loaforms.round25_kit import corner_box

    s = letter("corner numbers", "CA", "en", [], "")
    s.text(40, 750, "Request to transfer your phone numbers", 14, bold=True)
    s.text(36, 592, heading, 8)
    for k in range(8):
        row, col = k // 4, k % 4
        corner_box(s, f"{k + 1}", 36 + col * 136, 562 - row * 28, 134, 26, "number")
    s.sign_line("Signature", 40, 420, 300, label_below=True)
    return s


def test_boxes_numbered_in_their_corners_take_the_numbers_in_that_order() -> None:
    """Boxes captioned only "1" .. "8" in their corners under "Numbers to move": each caption
    is the slot's printed number (read as an unread label, the boxes had been no slots), and
    is no column header (the columns the heading does not span had been left out)."""
    case = make_case(count=6)
    filled = fill_form(_corner_numbered("Which numbers should move? (one per box)").build()[0],
                       values_from_case(case), "form.pdf").pdf
    digits = [n.e164[-4:] for n in case.numbers]
    words = extract_words(filled)

    def held(x0: float, y0: float) -> str:
        return " ".join(w.text for w in words if x0 <= w.x0 < x0 + 134 and y0 <= w.y0 < y0 + 20)

    assert digits[4] in held(36, 534) and digits[2] in held(308, 562), (
        held(36, 534), held(308, 562))


def test_the_words_after_yes_and_a_comma_are_that_answers() -> None:
    """"Are you porting all the numbers? [ ] Yes, every one of them [ ] No, just those listed":
    the words after "Yes," are the Yes answer's, not the question the No box answers (the No box
    had read "every one of them" as its question: not ticked on a partial port)."""
    from tests.loaforms.kit import letter
    from tests.loaforms.round25_kit import tick_left

    s = letter("yes comma", "CA", "en", [], "")
    s.text(40, 750, "Request to transfer your phone numbers", 14, bold=True)
    s.text(36, 700, "Are you porting all the numbers on the account?", 8)
    tick_left(s, "Yes, every one of them", 250, 699, "check:full_port")
    tick_left(s, "No, just those listed below", 370, 699, "check:partial_port")
    s.sign_line("Signature", 40, 600, 300, label_below=True)
    ticks = {p.field for p in _analyse(s, "CA").placements}
    assert {LoaField.FULL_PORT, LoaField.PARTIAL_PORT} <= ticks, ticks
