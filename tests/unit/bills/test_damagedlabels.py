"""A scan's label OCR damaged past one slip a word: a word cut in two, round letters swapped.

The words are drawn apart from the bills the fix was traced on (other labels, other cuts, other
letters), and every case is read as OCR gives it (confidence under 1) and as a text layer does.
"""

from __future__ import annotations

import pytest

from portdesk.bills.labelmatch import LabelHit, LabelMatcher
from portdesk.bills.layout import Segment
from portdesk.bills.reader import Word
from portdesk.bills.vocab import VOCAB

MATCHER = LabelMatcher(VOCAB)


def _seg(text: str, conf: float) -> Segment:
    return Segment(1, tuple(Word(t, 12.0 * i, 0, 12.0 * i + 10, 9, conf)
                            for i, t in enumerate(text.split())), 0)


def _hit(text: str, conf: float = 0.91) -> tuple[str, int] | None:
    hit: LabelHit | None = MATCHER.match(_seg(text, conf))
    return None if hit is None else (hit.field, hit.size)


@pytest.mark.parametrize(("text", "want"), [
    # a word of the label cut in two: the whole label is read, over every word it takes
    ("Invo ice Date 11/02/2026", ("statement_date", 3)),
    ("Serv ice Address 88 Elm Ct", ("service_address", 3)),
    ("Mailing Addr ess PO Box 7", ("billing_address", 3)),
    ("Acc ount Number 55120-9", ("account_number", 3)),
    ("Account Num ber: 55120-9", ("account_number", 3)),
    # round letters (a, e, o, c) read for one another in a long label word
    ("Pramisa 88 Elm Ct", ("service_address", 1)),
    ("Sarvice Lecation 88 Elm Ct", ("service_address", 2)),
    ("Stotament Data 11/02/2026", ("statement_date", 2)),
])
def test_a_damaged_label_is_read_on_an_ocr_page(text: str, want: tuple[str, int]) -> None:
    assert _hit(text) == want


@pytest.mark.parametrize("text", ["Invo ice Date 11/02/2026", "Pramisa 88 Elm Ct",
                                  "Sarvice Lecation 88 Elm Ct", "Stotament Data 11/02/2026"])
def test_a_text_layer_reads_its_labels_as_printed(text: str) -> None:
    """A text layer's words are what the bill prints: no repair (its damage is the bill's)."""
    got = _hit(text, conf=1.0)
    assert got is None or got[1] < 2


@pytest.mark.parametrize("text", [
    "Paul Lee 88 Elm Ct",  # two names joined are no label
    "Rachel Moore Dental",  # round letters: no label of that shape
    "Cote Road 12",  # too few letters to tell a label by the rest
    "Montant a payer 40,00",  # a lone letter stays a word of its own
])
def test_no_other_words_read_as_a_label(text: str) -> None:
    got = _hit(text)
    assert got is None or got[0] == "_other"


def test_a_cut_word_never_takes_a_label_of_its_pieces_further() -> None:
    """A label read whole as printed stays as it is: mending a cut after it takes no value word."""
    assert _hit("Account Number Alpha Beta") == ("account_number", 2)
    assert _hit("Service Address Ann Ave") == ("service_address", 2)
