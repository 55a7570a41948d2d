"""What a scan's OCR gets wrong in the characters, and what the check makes of it.

Letters read for digits ('SSS-0132'), a range's dash lost or kept, words Tesseract is unsure of,
and the same value read identically in two places (two readings that agree are not a misread).
"""

from __future__ import annotations

from portdesk.bills.context import Context
from portdesk.bills.judge import Sighting, read_twice
from portdesk.bills.ocr import _kept_words
from portdesk.bills.ocrdigits import as_digits, key_as_digits
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


def _data(words: list[tuple[str, float]]) -> dict[str, list[object]]:
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
