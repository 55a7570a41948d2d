"""An unsure '+1' word before a telephone number's ten digits is not part of the value; the
same word before an account number (or a phone with fewer digits) is a digit of it."""
from portdesk.bills.findbase import _read_conf
from portdesk.bills.reader import Word


def _words(*parts: tuple[str, float]) -> tuple[Word, ...]:
    return tuple(Word(t, 10.0 * i, 0.0, 10.0 * i + 8, 10.0, conf=c) for i, (t, c) in enumerate(parts))


def test_phone_country_code_read_unsurely_is_not_counted() -> None:
    words = _words(("+1", 0.31), ("585", 0.96), ("555", 0.95), ("0140", 0.97))
    assert _read_conf(words, phone=True) == 0.95


def test_account_numbers_leading_one_read_unsurely_is_counted() -> None:
    words = _words(("1", 0.31), ("2345", 0.96), ("6789", 0.95))
    assert _read_conf(words) == 0.31
    assert _read_conf(words, phone=True) == 0.31  # eight digits follow, not ten


def test_ten_digits_after_a_leading_one_are_not_a_phone_outside_the_phone_finders() -> None:
    words = _words(("1", 0.31), ("585", 0.96), ("555", 0.95), ("0140", 0.97))
    assert _read_conf(words) == 0.31
