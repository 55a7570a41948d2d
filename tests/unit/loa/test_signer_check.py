"""The signer check reads the authorized person the standard LOA prints (loa/signer_check.py)."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from portdesk.config import Branding
from portdesk.loa.signer_check import check_signer, printed_authorized_name
from portdesk.loa.standard import render_standard_loa
from tests.unit.loa.helpers import make_case


def _letter(name: str) -> PdfReader:
    pdf = render_standard_loa(make_case(authorized_name=name), Branding(name="Acme Voice"))
    return PdfReader(io.BytesIO(pdf))


@pytest.mark.parametrize("name", ["李娜", "李 Smith", "Anna 李"])
def test_a_name_printed_in_glyphs_the_font_lacks_is_no_name_read(name: str) -> None:
    # the letter's font has no glyph for these letters: the page shows empty boxes and its text
    # reads them as NULs, no name a signer could type; refusing would name "\x00 Smith" as the
    # person to sign and refuse every signer, the right one too
    letter = _letter(name)
    assert printed_authorized_name(letter) == ""
    check_signer(letter, name, "letter.pdf")  # not refused


def test_a_name_the_font_prints_is_read_as_printed() -> None:
    assert printed_authorized_name(_letter("Zoë d’Arcy")) == "Zoë d’Arcy"
