"""A wordmark set letter-spaced, that OCR cut into letters and pieces of words."""

from __future__ import annotations

import pytest

from portdesk.bills.blocks import _letter_spaced


@pytest.mark.parametrize(("read", "mark"), [
    ("N o r th Riv e r Tel ec om", "North River Telecom"),
    ("S ky l ine C o m", "Skyline Com"),
    ("Pra i r ie W ave", "Prairie Wave"),
    ("W T C", "WTC"),  # initials set letter-spaced: one word of capitals
    ("P R T C", "PRTC"),
])
def test_a_letter_spaced_wordmark_is_read_as_its_words(read: str, mark: str) -> None:
    assert _letter_spaced(read, ocr=True) == mark


@pytest.mark.parametrize("read", [
    "N o r th Riv e r Tel ec om",  # a text layer's words are as printed
    "W T C",
])
def test_a_text_layer_is_left_as_printed(read: str) -> None:
    assert _letter_spaced(read, ocr=False) == read


@pytest.mark.parametrize("read", [
    "A T & T",  # not letters only
    "N O R T H W E S T",  # capitals only: where its words end is not in its letters
    "Q uadro",  # a capital set apart: blocks._initial_joined's case
    "Lake Shore Telephone Co",  # whole words, not pieces
    "Mi d w est tel",  # the joined letters do not read as capitalised words
])
def test_other_marks_are_left_as_read(read: str) -> None:
    assert _letter_spaced(read, ocr=True) == read
