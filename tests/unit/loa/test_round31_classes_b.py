"""Round 31's classes, second half (issue 11, session 18: the held-back round opened after its
blind score), each failed before its fix. The rules are general (how a language words a form's
labels), never one form's literal."""

from __future__ import annotations

import pytest

from portdesk.loa.fields import LoaField
from portdesk.loa.lexicon import reading_in
from portdesk.loa.tickwords import check_field
from portdesk.loa.vocabulary import NOT_OURS, classify_in
from tests.integration.loa.scoring import Char, _not_the_forms_own
from tests.loaforms.kit import a4
from tests.loaforms.round28_kit import tf

# -- "X at the current operator" names the operator only to say whose X -------------------------

@pytest.mark.parametrize(("label", "language", "field"), [
    # Croatian "kod" (at), as Danish "hos": whose account number, not the carrier
    ("Br. računa kod sadašnjeg operatora", "hr", LoaField.ACCOUNT_NUMBER),
    ("Sadašnji operator", "hr", LoaField.CARRIER),
    # the running header's and the address block's abbreviations
    ("Br. računa", "hr", LoaField.ACCOUNT_NUMBER),
    ("Poštanski br.", "hr", LoaField.POSTAL_CODE),
    # a second representative's name and signature: the case has one signer
    ("Ime i prezime drugog zastupnika", "hr", NOT_OURS),
    ("Potpis drugog ovlaštenog zastupnika (ako je potrebno)", "hr", NOT_OURS),
    ("Potpis ovlaštene osobe", "hr", LoaField.SIGNATURE),
    # English trade abbreviations on a narrow form: the holder's name is no account number
    ("Acct. holder name", "en", LoaField.ACCOUNT_NAME),
    ("Acct #", "en", LoaField.ACCOUNT_NUMBER),
    ("Auth. name", "en", LoaField.AUTHORIZED_NAME),
    ("Not before (mm/dd/yyyy)", "en", LoaField.REQUESTED_DATE),
    # an employee's number is an identifier, never a number to port
    ("Employee #", "en", NOT_OURS),
])
def test_whose_and_abbreviated_labels_read_in_their_language(label: str, language: str,
                                                             field: object) -> None:
    reading = classify_in(label, (language,))
    assert reading is not None and reading.field == field, reading


def test_the_latest_date_bound_is_no_value_of_ours() -> None:
    assert classify_in("Not after (mm/dd/yyyy)", ("en",)) is None


@pytest.mark.parametrize(("label", "field"), [
    ("Bus.", LoaField.BUSINESS),
    ("Res.", LoaField.RESIDENTIAL),
])
def test_the_customer_kind_abbreviated_beside_its_tick(label: str, field: LoaField) -> None:
    with reading_in(("en",)):
        assert check_field(label) == field


# -- the scorer: a widget's own prefilled value, kept by the filler, is the form's ----------------

def test_an_editable_widgets_own_value_kept_unchanged_is_the_forms_not_a_stray() -> None:
    """'Verkoopkanaal [Telefonisch]': a form's own value in an editable widget meant for others
    shows on the flattened page; the filler kept it (it wrote nothing), so it is no stray. A
    widget the truth asks a value of ours in, or one whose value changed, is still scored."""
    s = a4("own-value", "NL", "nl", [], "")
    tf(s, "Kanaal", 92, 700, 90, 12, None, value="Telefonisch")
    original = s.build()[0]
    chars = [Char("T", 1, 95.0, 702.0, 100.0, 710.0)]
    assert _not_the_forms_own(chars, original) == chars  # editable: no longer read as the form's
    assert _not_the_forms_own(chars, original, original, frozenset()) == []
    assert _not_the_forms_own(chars, original, original, frozenset({"Kanaal"})) == chars
