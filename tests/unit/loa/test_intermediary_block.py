"""A block for an agent or intermediary who files the request for the customer (issue 11,
session 22: round 36's Polish form had the signer's name written in "Imię i nazwisko
pełnomocnika" under "Pełnomocnik / agent (jeśli wniosek składa pośrednik)", 2 stray), drawn
unlike round 36's: a US Letter paper form in English, the intermediary's block ABOVE the
signature, its blanks a contact person and a phone, as the customer's own block asks them.

The class: a section headed as an agent or intermediary of the request is someone else's: its
blanks stay empty, however much they read like the customer's. The customer's own authorised
agent, who signs for the account, is not such a block."""

from __future__ import annotations

import pytest

from portdesk.loa.fields import LoaField
from portdesk.loa.fill import analyse_form
from portdesk.loa.headingwords import THIRD_PARTY
from portdesk.loa.vocabulary import normalise
from tests.loaforms.kit import letter


def _form() -> bytes:
    s = letter("intermediary", "US", "en", [], "")
    s.text(40, 750, "LETTER OF AUTHORIZATION", 13, bold=True)
    s.band(40, 720, 532, "1. Customer")
    s.blank("Customer name:", 40, 695, 560, "account_name")
    s.blank("Contact person:", 40, 672, 330, "authorized_name")
    s.blank("Phone:", 340, 672, 560, "contact_phone")
    s.band(40, 640, 532, "2. Intermediary (only when an agent files this request)")
    s.blank("Contact person:", 40, 615, 330, None)
    s.blank("Phone:", 340, 615, 560, None)
    s.band(40, 580, 532, "3. Signature")
    s.blank("Signature:", 40, 550, 330, "signature")
    s.blank("Date:", 340, 550, 560, "date_signed")
    return s.build()[0]


def test_the_intermediarys_block_stays_empty() -> None:
    placements = analyse_form(_form(), "form.pdf", country="US").placements
    below = [p for p in placements if 600 < p.y < 630]
    assert not below, [(p.field, p.evidence) for p in below]
    fields = {p.field for p in placements if p.y > 660}
    assert {LoaField.ACCOUNT_NAME, LoaField.AUTHORIZED_NAME, LoaField.CONTACT_PHONE} <= fields


@pytest.mark.parametrize(("heading", "theirs"), [
    ("Pełnomocnik / agent (jeśli wniosek składa pośrednik)", True),
    ("Intermediario (solo se la richiesta è presentata da un terzo)", True),
    ("Agent details", True),
    ("Authorized agent of the customer", False),
    ("Letter of agency", False),
    ("hereby authorize Acme to act as agent for", False),
    ("agent for", False),
])
def test_an_agent_or_intermediary_heads_a_third_partys_block(heading: str, theirs: bool) -> None:
    assert bool(THIRD_PARTY.search(normalise(heading))) is theirs
