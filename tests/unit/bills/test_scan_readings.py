"""Numbers a scan prints but OCR cut, glued or doubted: found where they can only be the lines.

Pages here are OCR pages built word by word (what Tesseract hands back), so each class is tested
without the pixels: a dash lost between exchange and line, an area code on the line above its
seven digits, a number-block row whose header OCR garbled, an area code read unsurely in a column
of the same area code read surely, amounts of money kept out of the second reading.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from portdesk.bills.find import phone_index
from portdesk.bills.ocrdigits import CONFUSED_READ
from portdesk.bills.pageindex import BillIndex
from portdesk.bills.reader import BillDocument, Page, Word
from portdesk.bills.reread import AGREED, candidates, confirm_in_column
from portdesk.bills.scanphones import exchange_rows, glued


def _page(rows: list[list[tuple[str, float]]], conf: float = 0.95,
          source: str = "ocr") -> BillIndex:
    """Rows of (text, x) words, 14 pt apart, on a letter page."""
    words = []
    for r, row in enumerate(rows):
        top = 100 + 14 * r
        for text, x in row:
            words.append(Word(text, x, top, x + 6 * len(text), top + 10, conf))
    page = Page(1, 612, 792, tuple(words), source)  # type: ignore[arg-type]
    return BillIndex.of(BillDocument(Path("scan.png"), (page,), 1))


def test_a_dash_lost_between_exchange_and_line_is_read_only_among_the_lines() -> None:
    assert [e for e, *_ in glued("604555-0148 ELENA")] == ["+16045550148"]
    assert [e for e, *_ in glued("(604) 5550148")] == ["+16045550148"]
    assert list(glued("604-555-0148")) == []  # printed as a phone number: the usual reading
    table = _page([[("Phone", 60), ("number", 96), ("User", 220)],
                   [("604555-0148", 60), ("ELENA", 220)]])
    found = phone_index(table)["+16045550148"]
    assert found and max(f.read_conf for f in found) <= CONFUSED_READ
    prose = _page([[("Reference", 60), ("604555-0148", 140), ("applies", 230)]])
    assert "+16045550148" not in phone_index(prose)


def test_an_area_code_over_its_seven_digits_makes_one_number() -> None:
    index = _page([[("Line", 60), ("418", 200)], [("Service", 60), ("555-0165", 200)]])
    assert "+14185550165" in phone_index(index)
    apart = _page([[("Line", 60), ("418", 400)], [("Service", 60), ("555-0165", 200)]])
    assert "+14185550165" not in phone_index(apart)  # not over the digits: not its area code


def test_a_number_block_row_proves_itself_by_its_count_or_its_header() -> None:
    assert [(a, b, c, d) for a, b, c, d, *_ in exchange_rows("608-555 - 0130 0139 10")] == [
        ("608", "555", 130, 139)]
    assert list(exchange_rows("608-555 0130 0139 11")) == []  # the count says otherwise
    assert list(exchange_rows("608-555 0130 0139")) == []  # nothing says it is a block
    assert len(list(exchange_rows("608-555 0130 0139", "NPA-NXX Start End"))) == 1
    index = _page([[("NPA-NXX", 60), ("Start", 160), ("Count", 300)],
                   [("608-555", 60), ("-", 150), ("0130", 160), ("0139", 230), ("10", 300)]])
    phones = phone_index(index)
    assert all(f"+1608555{n:04d}" in phones for n in range(130, 140))
    assert "+16085550140" not in phones


def test_an_unsure_area_code_is_confirmed_by_its_column_only() -> None:
    def w(text: str, top: float, conf: float, x: float = 60) -> Word:
        return Word(text, x, top, x + 30, top + 10, conf)

    words = [w("(402)", 100, 0.96), w("(402)", 114, 0.96), w("-(402)", 128, 0.53),
             w("(403)", 142, 0.5), w("(402)", 156, 0.5, x=300),
             w("402-555-0186", 170, 0.5)]
    got = [x.conf for x in confirm_in_column(words)]
    assert got[2] == AGREED  # the same digits read surely right above, same edge
    assert got[3] == 0.5 and got[4] == 0.5  # other digits; another column
    assert got[5] == 0.5  # a whole number never borrows another row's confidence


def test_the_second_reading_skips_money_and_takes_area_codes() -> None:
    data: dict[str, list[Any]] = {"text": ["$47.82", "1,204.50", "-(402)", "555-0186", "2025"],
                                  "conf": [62, 50, 53, 86, 70]}
    assert candidates(data, [0, 1, 2, 3, 4]) == [2, 4]  # 555-0186 is sure enough (86)


def test_an_area_codes_brackets_and_a_speck_for_a_space_are_read_as_printed() -> None:
    from portdesk.bills.ocrdigits import as_digits

    assert as_digits("{509} 555-0109") == "(509) 555-0109"
    assert as_digits("[509] 555-0109") == "(509) 555-0109"
    assert as_digits("(813),555-0192") == "(813) 555-0192"
    assert as_digits("Total {509}") == "Total {509}"  # no number after it: left as read


def test_an_area_code_over_the_second_number_of_a_row() -> None:
    index = _page([[("(813)", 160)],
                   [("(813)", 60), ("555-0191", 92), ("555-0184", 160)]])
    assert "+18135550184" in phone_index(index)


def test_label_words_ocr_ran_together_still_say_what_they_label() -> None:
    from portdesk.bills.context import Context, classify_scanned

    assert classify_scanned("Mainnumber") == Context.BTN
    assert classify_scanned("Serviceaddress") == Context.SERVICE
    assert classify_scanned("Mainstreet") == Context.NONE  # not two label words


def test_words_of_letters_are_read_again_only_when_much_in_doubt() -> None:
    data: dict[str, list[Any]] = {"text": ["Insurance", "Agency", "Ltd.", "Oakmont"],
                                  "conf": [38, 70, 20, 41]}
    assert candidates(data, [0, 1, 2, 3]) == [0, 3]  # 'Ltd.' too short, 'Agency' sure enough


def test_a_lost_final_period_or_a_quote_speck_is_not_another_form() -> None:
    from portdesk.bills.scanmatch import _same_print

    assert _same_print("Cabinet Juridique Morin inc.", "Cabinet Juridique Morin inc")
    assert _same_print("DOING BUSINESS AS HARBORSIDE", 'DOING BUSINESS AS"HARBORSIDE')
    assert not _same_print("Acme Inc", "Acme Inc.")  # a period the typed value lacks
    assert not _same_print("L.L.C.", "LLC")  # periods inside a word are the typed form


def _row(x: float, *words: str) -> list[tuple[str, float]]:
    """Words set one after another from `x`, a narrow space apart (one segment)."""
    out = []
    for w in words:
        out.append((w, x))
        x += 6 * len(w) + 4
    return out


def test_two_headers_ocr_ran_together_part_where_the_next_column_starts() -> None:
    from portdesk.bills.context import Context

    index = _page([_row(40, "Account", "Number") + _row(157, "Billing", "Telephone", "Number",
                                                        "Service", "Address"),
                   [("502627716-00652", 40), ("602-555-0175", 157), ("8969", 307),
                    ("Oak", 339), ("Dr", 363)]])
    page = index.pages[0]
    number = next(s for s in page.segments if s.text == "602-555-0175")
    assert page.places(number)[0].context == Context.BTN
    street = next(s for s in page.segments if s.text.startswith("8969"))
    assert page.places(street)[0].context == Context.SERVICE


def test_a_block_under_a_scrambled_one_line_service_address_is_not_it() -> None:
    from portdesk.bills.scanmatch import under_another_address

    index = _page([[("Service", 60), ("Address", 110)],
                   _row(60, "5305", "MADISON", "LN.", "SAINT", "55141-3819"),
                   _row(60, "GOLDEN", "GATE", "CLINIC", "CO."),
                   _row(60, "PO", "BOX", "39644"),
                   _row(60, "SAINT", "PAUL,", "MN", "55188")])
    box = next(s for s in index.pages[0].segments if s.text.startswith("PO BOX"))
    from portdesk.bills.values import Evidence

    assert under_another_address(index, Evidence.of(box), "block")
    first = next(s for s in index.pages[0].segments if s.text.startswith("5305"))
    assert not under_another_address(index, Evidence.of(first), "block")  # the label's own
    assert not under_another_address(index, Evidence.of(box), "line")  # its own label


def test_a_word_read_the_same_twice_confirms_but_never_proves_a_difference() -> None:
    from PIL import Image

    from portdesk.bills.reread import WORD_AGREED, reread
    from portdesk.bills.verdicts import MIN_MISMATCH_READ
    from tests.unit.bills.test_ocr_readings import _Tess

    data: dict[str, list[Any]] = {"text": ["RHARMACY", "555-0190"], "conf": [40, 50],
                                  "left": [10, 10], "top": [10, 40], "width": [80, 80],
                                  "height": [12, 12]}
    gray = Image.new("L", (200, 100), 255)
    again = reread(_Tess(["RHARMACY", "555-0190"], [96, 95]), gray, data, [0, 1])
    assert again == {0: WORD_AGREED, 1: 95}
    assert WORD_AGREED / 100 < MIN_MISMATCH_READ


def test_a_name_word_read_with_a_look_alike_letter_is_a_question_not_a_difference() -> None:
    from portdesk.bills.find import name_tokens
    from portdesk.bills.scanmatch import letter_misread

    typed = name_tokens("Redwood Realty Inc. D/B/A Main Street Pharmacy")
    assert letter_misread(name_tokens("MAIN STREET RHARMACY"), typed)
    assert not letter_misread(name_tokens("MAIN STREET PHARXACY"), typed)  # a typo's letter
    assert not letter_misread(name_tokens("OAK STREET RHARMACY"), typed)  # another word too
    assert name_tokens("GROUP L.L.C") == name_tokens("GROUP L.L.C.")  # initials' last dot lost


def test_a_street_type_read_with_a_letter_of_its_shape_is_a_misreading_not_another_street(
        ) -> None:
    from portdesk.bills.scanmatch import street_misread
    from portdesk.domain.case import Address

    typed = Address("1530 COMMERCE DRIVE", "", "RALEIGH", "NC", "27607")
    assert street_misread(typed, Address("1530 COMMERCE OR", "", "RALEIGH", "NC", "27607"))
    assert not street_misread(typed, Address("1530 COMMERCE CT", "", "RALEIGH", "NC", "27607"))
    assert not street_misread(typed, Address("1530 COMMERCE OR", "", "DURHAM", "NC", "27607"))
