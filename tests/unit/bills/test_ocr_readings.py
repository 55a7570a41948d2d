"""What a scan's OCR gets wrong in the characters, and what the check makes of it.

Letters read for digits ('SSS-0132'), a range's dash lost or kept, words Tesseract is unsure of,
and the same value read identically in two places (two readings that agree are not a misread).
"""

from __future__ import annotations

from typing import Any

from portdesk.bills.context import Context
from portdesk.bills.judge import read_twice
from portdesk.bills.ocr import _kept_words
from portdesk.bills.ocrdigits import as_digits, key_as_digits
from portdesk.bills.placerank import Sighting
from portdesk.bills.ranges import blocks_in
from portdesk.bills.values import Evidence


def test_letters_misread_in_a_number_are_read_as_digits() -> None:
    assert as_digits("306 SSS-0132 Line") == "306 555-0132 Line"
    assert as_digits("(72O) 555-0l33") == "(720) 555-0133"
    assert key_as_digits("4l3927l6") == "41392716"


def test_words_and_codes_keep_their_letters() -> None:
    # no digits, a postal code, a unit: not numbers with a letter misread
    assert as_digits("Sales Office B3H 5H3 Suite 5C") == "Sales Office B3H 5H3 Suite 5C"
    assert key_as_digits("AB12CD34") == "AB12CD34"


def test_a_digit_misread_as_another_digit_is_not_undone() -> None:
    assert as_digits("306 555-0138") == "306 555-0138"


def test_a_range_whose_dash_ocr_lost_ends_its_cell() -> None:
    assert [(b.first, b.last) for b in blocks_in("(720) 555-0126 0135", scan=True)] == [
        (126, 135)]
    assert [(b.first, b.last) for b in blocks_in("(402) 555-0111 -.0116")] == [(111, 116)]
    assert blocks_in("(720) 555-0126 0135") == []  # a text layer prints what it means
    assert blocks_in("720-555-0126 1015 Main St", scan=True) == []  # a house number after it
    assert blocks_in("720-555-0126 0935", scan=True) == []  # over a hundred lines
    assert [(b.first, b.last) for b in blocks_in("608-555-0153 through 01 71", scan=True)] == [
        (153, 171)]  # a space OCR put inside the last line's digits


def _data(words: list[tuple[str, float]]) -> dict[str, list[Any]]:
    n = len(words)
    return {"text": [w for w, _ in words], "conf": [c for _, c in words],
            "block_num": [1] * n, "par_num": [1] * n, "line_num": [1] * n}


def test_a_lone_dash_is_kept_only_between_two_numbers() -> None:
    kept = _kept_words(_data([("512", 96), ("555-0140", 95), ("-", 40), ("0156", 93)]))
    assert kept == [0, 1, 2, 3]
    assert _kept_words(_data([("Harbor", 96), ("-", 40), ("Plumbing", 93)])) == [0, 2]


def test_a_long_word_is_kept_however_unsure_ocr_is() -> None:
    kept = _kept_words(_data([("AUSTIN:", 8), ("x", 8), ("TX", 8)]))
    assert kept == [0]


def _seen(page: int, x: float, conf: float) -> Sighting:
    return Sighting("41392716", Evidence(page, (x, 10, x + 50, 20), "41392716"), Context.ACCOUNT,
                    "Account", conf)


def test_two_readings_that_agree_confirm_each_other() -> None:
    header, stub = _seen(1, 400, 0.3), _seen(1, 100, 0.4)
    assert read_twice(header, [header, stub])
    assert not read_twice(header, [header])


def test_an_address_is_read_toward_the_typed_words_only_through_confusions() -> None:
    from portdesk.bills.ocrdigits import toward, typed_words

    words = typed_words("8871 Lakeview Ln", "Rm 5C", "Austin", "TX", "K1P 6R5")
    assert toward("8858 HARBOR WAY, OTTAWA, ON K1P 6RS", words).endswith("K1P 6R5")
    assert toward("8871 LAKEVIEW LN RM SC", words) == "8871 LAKEVIEW LN RM 5C"
    assert toward("9175 LAKEVIEWAVE", typed_words("9175 Lakeview Ave")) == "9175 LAKEVIEW AVE"
    assert toward("rm sc", words) == "rm 5c"  # the bill's own case kept
    # another digit, another letter: the scan still disagrees with the case
    assert toward("RM 5D, 8872 Lakeview", words) == "RM 5D, 8872 Lakeview"


def test_a_near_reading_that_is_the_bills_own_value_is_no_doubt_about_it() -> None:
    from portdesk.bills.judge import _holds

    assert _holds("Account 269475972435", "2694 7597 2435")
    assert not _holds("269475972436", "269475972435")


class _Tess:
    """Tesseract at the edge: answers the strip of numbers read again with a set reading."""

    class Output:
        DICT = "dict"

    def __init__(self, texts: list[str], confs: list[float]) -> None:
        self.texts, self.confs = texts, confs

    def image_to_data(self, image: object, config: str, output_type: str) -> dict[str, list[Any]]:
        # read as sparse text, then the words still in doubt digits only
        assert config == "--psm 11" or "whitelist=0123456789" in config
        n = len(self.texts)
        # one row per crop, stacked from the top (see reread: 16 px gaps, crops 2x their box)
        tops = [16 + k * (2 * 20 + 16) for k in range(n)]
        return {"text": self.texts, "conf": self.confs, "top": tops, "height": [40] * n}


def test_an_unsure_number_read_the_same_again_is_sure() -> None:
    from PIL import Image

    from portdesk.bills.reread import reread

    data: dict[str, list[Any]] = {
            "text": ["518-555-0179", "Repair", "206-555-0123"], "conf": [36, 40, 50],
            "left": [10, 10, 10], "top": [10, 40, 70], "width": [80, 40, 80],
            "height": [12, 12, 12]}
    gray = Image.new("L", (200, 100), 255)
    again = reread(_Tess(["518-555-0179", "208-555-0123"], [96, 95]), gray, data, [0, 1, 2])
    assert again == {0: 96}  # the second reading disagrees on 206/208: the doubt stays


def test_a_misread_label_on_a_scan_still_says_what_it_labels() -> None:
    from portdesk.bills.context import classify, classify_scanned

    assert classify_scanned("Accoant number") == Context.ACCOUNT
    assert classify_scanned("Servlce Addres") == Context.SERVICE
    assert classify_scanned("Billing, Name") == Context.NAME
    assert classify("Accoant number") == Context.NONE  # a text layer is read as printed
    # a customer's name or street is not a label a letter away
    assert classify_scanned("Maple Leaf Insurance") == Context.NONE
    assert classify_scanned("Sunset Way") == Context.NONE


def test_an_address_line_cut_at_the_typed_city_and_cleared_of_specks() -> None:
    from portdesk.bills.findaddr import _specks_off, _split_by_city

    assert _split_by_city("80 WILLOW LN. OXNARD, CA 93044", "Oxnard") == (
        "80 WILLOW LN, OXNARD, CA 93044")
    assert _split_by_city("120 Oak St, Springfield, IL", "Springfield") == (
        "120 Oak St, Springfield, IL")
    assert _specks_off("2584 SE Main Ln,-Omaha NE 68189-5779:") == (
        "2584 SE Main Ln, Omaha NE 68189-5779")


def test_a_toll_free_help_line_under_a_numbers_heading_is_still_the_carriers() -> None:
    from portdesk.bills.placerank import number_rank

    ev = Evidence(1, (0, 0, 10, 10), "")
    block = Sighting("1-888-225-5837", ev, Context.NUMBERS, "Telephone numbers", 0.9,
                     direct=False)
    repair = Sighting("1-888-225-5837", Evidence(1, (0, 50, 10, 60), ""), Context.HELP,
                      "Repair", 0.9)
    assert number_rank("+18882255837", [block, repair])[0] == 0
    listed = Sighting("1-888-225-5837", ev, Context.NUMBERS, "Number", 0.9)  # a table's column
    assert number_rank("+18882255837", [listed, repair])[0] == 2


def test_what_ocr_does_to_marks_and_spaces_is_not_another_form() -> None:
    from portdesk.bills.scanmatch import _same_print

    for typed, read in (("NORTHGATE INC.", "NORTHGATE INC:"), ("Silver Cafe Corp.", "Silver Cafe-Corp."),
                        ("9415 Maple Dr, Denver, CO", "9415 Maple Dr, Denver., CO"),
                        ("805 555-0172 675 0", "805 555-0172 6750"), ("GROUP CO.", "GROUP co.")):
        assert _same_print(typed, read), read
    # the specialist's other forms stay other forms: a period, the case, the separators
    for typed, read in (("Acme Inc", "Acme Inc."), ("ACME PLUMBING", "Acme Plumbing"),
                        ("831044710925", "8310 4471 0925"), ("5292 rue X", "5292, rue X"),
                        ("1234", "1235")):
        assert not _same_print(typed, read), read


def test_part_of_a_name_is_two_words_short_or_more() -> None:
    from portdesk.bills.scanmatch import part_of

    typed = ["maple", "leaf", "llc", "dba", "main", "street"]
    assert part_of(["dba", "main", "street"], typed)
    assert not part_of(["maple", "leaf"], ["maple", "leaf", "s"])  # a typo is a difference
    assert not part_of(["maple", "llc"], typed)  # not a run of the typed words
