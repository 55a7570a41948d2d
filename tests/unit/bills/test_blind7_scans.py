"""Scan classes the opened blind7 split showed, each on OCR words drawn here (never on a corpus
bill):

- a carrier's web address standing alone on its line ('help.northwire.net', taller than the body
  because OCR's word boxes take in the descenders of its 'p' and 'g') is no section heading: the
  list of the customer's lines printed below it is not the carrier's help;
- a city line whose first word OCR boxed with a speck glued to its left ('Ocala,' read unsurely,
  its box 18 points left of its print) still lies under the street, in the address's column; and
  'FI' there is the typed unit 'Fl', not the state 'FL' typed after it;
- a star or a colon OCR read between a unit's word and its number ('Rm*5C') is the gap between
  them;
- a city read one letter off ('Saint Lauis' for 'Saint Louis') while all else agrees is a question
  for the eye, not the mailing address typed for the service one (a false alarm on blind7);
- a row of the list of lines that OCR reads as one run of digits is each of its numbers
  (tests/unit/bills/test_typed_first_scans.py).
"""

from __future__ import annotations

from pathlib import Path

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.reader import BillDocument, Page, Word
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import Address, CaseNumber, PortCase


def _numbers(first_line: str) -> dict[str, Verdict]:
    """The verdicts on three typed lines printed side by side under `first_line` (alone on its
    line, as tall as OCR's boxes of a word with descenders) and the list's own caption."""
    rows = [[(40, "Account|Number:|5521-0087")], [(40, "Phone|Numbers|(3)")],
            [(40, "+1608|555|0131"), (200, "+1608|555|0144"), (360, "+1608|555|0152")]]
    words = [Word(first_line, 360, 80, 360 + 8 * len(first_line), 96, 0.9)]
    for r, row in enumerate(rows):
        top = 110 + 14 * r
        for x, text in row:
            for w in text.split("|"):
                words.append(Word(w, x, top, x + 6 * len(w), top + 10, 0.95))
                x += 6 * len(w) + 4
    doc = BillDocument(Path("scan.png"), (Page(1, 612, 792, tuple(words), "ocr"),), 1)
    case = PortCase(account_name="", account_number="5521-0087",
                    numbers=tuple(CaseNumber(n) for n in (
                        "+16085550131", "+16085550144", "+16085550152")))
    result = compare(case, extract_fields(doc)).numbers
    assert result is not None
    return {i.number: i.verdict for i in result.items}


def test_a_web_address_alone_on_its_line_heads_no_section_of_the_page() -> None:
    verdicts = _numbers("help.northwire.net")
    assert verdicts["+16085550152"] == Verdict.EXACT  # under the web address, on the right
    assert set(verdicts.values()) == {Verdict.EXACT}
    # a heading that says it is the carrier's help still makes what is under it the carrier's
    assert _numbers("CUSTOMER SUPPORT")["+16085550152"] != Verdict.EXACT


def _service_address(city_left: float, city_conf: float) -> Verdict:
    """A service address block on the right of the page, its unit read 'FI' for 'Fl', its city
    line's first word boxed from `city_left` (its print starts under the street, at 335)."""
    words = [Word("Service", 335, 100, 365, 108, 0.96), Word("Address", 369, 100, 400, 108, 0.96),
             Word("Mei", 40, 100, 55, 108, 0.96), Word("Schmidt", 59, 100, 90, 108, 0.96),
             Word("Account", 40, 70, 82, 78, 0.96), Word("Number:", 86, 70, 128, 78, 0.96),
             Word("5579311849", 132, 70, 192, 78, 0.96)]
    for x, text in ((335, "5919"), (360, "SE"), (376, "Madison"), (414, "Hwy"), (434, "FI"),
                    (446, "131")):
        words.append(Word(text, x, 112, x + 6 * len(text), 120, 0.71 if text == "FI" else 0.96))
    words += [Word("Ocala,", city_left, 123, 362, 133, city_conf),
              Word("FL", 366, 123, 378, 131, 0.91), Word("34435", 382, 123, 410, 131, 0.91)]
    for r, line in enumerate(("8446 N Lakeview Ln", "Ocala, FL 34492-2638")):
        x = 40.0
        for text in line.split():
            words.append(Word(text, x, 112 + 11 * r, x + 6 * len(text), 120 + 11 * r, 0.96))
            x += 6 * len(text) + 4
    doc = BillDocument(Path("scan.png"), (Page(1, 612, 792, tuple(words), "ocr"),), 1)
    typed = Address("5919 SE Madison Hwy", "Fl 131", "Ocala", "FL", "34435")
    case = PortCase(account_name="Mei Schmidt", account_number="5579311849",
                    service_address=typed)
    return compare(case, extract_fields(doc)).fields["service_address"].verdict


def test_a_city_line_whose_first_word_ocr_swelled_with_a_speck_stays_in_its_column() -> None:
    assert _service_address(335, 0.96) == Verdict.EXACT  # printed and boxed in the column
    # a speck glued left of 'Ocala,' (read unsurely for it): the line still starts there, and
    # 'FI' is the typed unit 'Fl' as OCR reads it, not the state 'FL' typed after it
    assert _service_address(317, 0.80) == Verdict.EXACT
    # a word read surely that starts left of the column is another column's
    assert _service_address(317, 0.96) != Verdict.EXACT


def test_a_speck_between_a_units_word_and_its_number_is_the_gap_between_them() -> None:
    from portdesk.bills.findaddr import _specks_off

    assert _specks_off("136 Park Pkwy Rm*5C") == "136 Park Pkwy Rm 5C"
    assert _specks_off("40 Elm St Suite:210") == "40 Elm St Suite 210"
    # elsewhere a star or a colon before digits is not a unit's gap: left for the other rules
    assert _specks_off("Ref*5C 12") == "Ref*5C 12"
    assert _specks_off("Palm*12 Rd") == "Palm*12 Rd"


def test_a_city_read_one_letter_off_on_a_scan_is_a_question_not_another_address() -> None:
    from portdesk.bills.scanmatch import city_misread

    typed = Address("2840 Main Pkwy", "", "Saint Louis", "MO", "63149-5483")
    assert city_misread(typed, Address("2840 Main Pkwy", "", "Saint Lauis", "MO", "63149-5483"))
    assert city_misread(typed, Address("2840 Main Pkwy", "", "Saint-Lauis", "MO", "63149-5483"))
    # another place: two letters, another word, or the ZIP differs too
    assert not city_misread(typed, Address("2840 Main Pkwy", "", "Saint Lewis", "MO",
                                           "63149-5483"))
    assert not city_misread(typed, Address("2840 Main Pkwy", "", "Saint Charles", "MO",
                                           "63149-5483"))
    assert not city_misread(typed, Address("2840 Main Pkwy", "", "Saint Lauis", "MO", "63301"))
    assert not city_misread(Address("12 Elm St", "", "Ada", "OK", "74820"),
                            Address("12 Elm St", "", "Ida", "OK", "74820"))  # too short to tell
