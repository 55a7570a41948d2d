"""A signature column's top line that is another party's, or the signer's printed name read surely,
is never signed by layout (signbox.signature_atop_the_dates_column). Forms drawn here: a US Letter paper form whose
signing block is a column of lines, captions under the lower ones, and a line over them labelled
above it (unlike the British form of test_round37_classes: letter size, labels above, a wider
column)."""

from __future__ import annotations

import pytest

from portdesk.loa.fields import LoaField
from portdesk.loa.fill import analyse_form
from tests.loaforms.kit import letter


def _column(top_label: str) -> bytes:
    s = letter("signature-column-labelled-top", "US", "en", [], "")
    s.text(50, 740, "Name on the account", 8)
    s.widget("holder", 170, 736, 300, 15, "account_name")
    s.text(50, 716, "Number to port", 8)
    s.widget("tel", 170, 712, 200, 15, "number")
    s.text(50, 470, "SUBSCRIBER", 9, bold=True)
    if top_label:
        s.text(50, 431, top_label, 7.5)  # tight above the line: its own label
    s.rule(50, 420, 280)
    s.rule(50, 388, 280)
    s.text(50, 379, "Printed name", 7.5)
    s.rule(50, 356, 280)
    s.text(50, 347, "Date signed", 7.5)
    return s.build()[0]


def _placed(pdf: bytes) -> dict[LoaField, list[float]]:
    analysis = analyse_form(pdf, "form.pdf", country="US", strict=False)
    return {p.field: p.rect[1] for p in analysis.placements if p.rect is not None}


def test_the_bare_top_line_is_still_signed() -> None:
    """The control: nothing printed on or by the top line, the party's heading over the column."""
    placed = _placed(_column(""))
    assert LoaField.SIGNATURE in placed and 415 <= placed[LoaField.SIGNATURE] <= 425


@pytest.mark.parametrize("label", ["Witness signature", "Installer signature", "Fax"])
def test_a_top_line_read_as_another_partys_is_never_signed(label: str) -> None:
    """The top line's own label is read, surely, as a value that is not ours (a witness's or an
    installer's signature, a fax number): the customer's signature never goes on it."""
    assert LoaField.SIGNATURE not in _placed(_column(label))


def _labelled_above() -> bytes:
    """The same letter's signing block with its labels printed over the lines: 'Printed name'
    over the top line, 'Date' over the next; no signature line."""
    s = letter("name-and-date-labelled-above", "US", "en", [], "")
    s.text(50, 740, "Name on the account", 8)
    s.widget("holder", 170, 736, 300, 15, "account_name")
    s.text(50, 716, "Number to port", 8)
    s.widget("tel", 170, 712, 200, 15, "number")
    s.text(50, 470, "AUTHORIZATION", 9, bold=True)
    s.text(50, 428, "Printed name", 7.5)
    s.rule(50, 420, 280)
    s.text(50, 396, "Date", 7.5)
    s.rule(50, 388, 280)
    return s.build()[0]


def test_the_printed_names_line_atop_the_column_is_never_signed() -> None:
    """The column's top line is the signer's printed name, read surely by its label over it: it
    keeps the name, and the signature is not guessed onto it (before, the name line took the
    signature and the name was lost)."""
    placed = _placed(_labelled_above())
    assert LoaField.SIGNATURE not in placed
    assert LoaField.AUTHORIZED_NAME in placed and 415 <= placed[LoaField.AUTHORIZED_NAME] <= 425
