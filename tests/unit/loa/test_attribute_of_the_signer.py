"""A label asking another attribute of the person who signs than the title, the person named
only as whose it is: its signature, the date of signing, a phone, an e-mail, an address
(review of session 22: the signing person's words added for round 36 made "Podpis podepisující
osoby" (the signing person's signature), "Datum podpisu podepisující osoby" and "Telefon osoby
podpisującej" read as the signer's NAME, the name typed into a signature, date or phone box).

The class is the title's (test_title_of_the_person): in "<attribute> of <person>" the words
before the person say what the blank holds. An attribute the filler knows of the signer is that
field; one it does not know of the signer (an address, an ID) is not ours, left empty; a label
that asks the name as well, or says nothing before the person, stays the name's."""

from __future__ import annotations

import pytest

from portdesk.loa.fields import LoaField
from portdesk.loa.vocabulary import NOT_OURS, classify_in


@pytest.mark.parametrize(("label", "languages", "field"), [
    # the signature or the date it is signed on, asked of the signer
    ("Podpis podepisující osoby", ("cs",), LoaField.SIGNATURE),
    ("Podpis zástupce", ("cs",), LoaField.SIGNATURE),
    ("Datum podpisu podepisující osoby", ("cs",), LoaField.DATE_SIGNED),
    ("Datum podpisu zástupce", ("cs",), LoaField.DATE_SIGNED),
    # the signer's phone, as a phone under the signer's heading is (sections.py): our contact's
    ("Telefon osoby podpisującej", ("pl",), LoaField.CONTACT_PHONE),
    ("Telefon podepisující osoby", ("cs",), LoaField.CONTACT_PHONE),
    ("Telefón podpisujúcej osoby", ("sk",), LoaField.CONTACT_PHONE),
    ("Mobile of authorized person", ("en",), LoaField.CONTACT_PHONE),
    ("Teléfono del representante legal", ("es",), LoaField.CONTACT_PHONE),
    # what the case does not hold of the signer: no value of ours, never the name
    ("Adres osoby upoważnionej", ("pl",), NOT_OURS),
    ("Numer telefonu osoby podpisującej", ("pl",), NOT_OURS),
    # the name asked, or nothing said before the person: the name's
    ("Imię i nazwisko osoby podpisującej", ("pl",), LoaField.AUTHORIZED_NAME),
    ("Jméno podepisující osoby", ("cs",), LoaField.AUTHORIZED_NAME),
    ("Meno podpisujúcej osoby", ("sk",), LoaField.AUTHORIZED_NAME),
    ("Authorized person", ("en",), LoaField.AUTHORIZED_NAME),
    ("Stanowisko osoby podpisującej", ("pl",), LoaField.AUTHORIZED_TITLE),
])
def test_the_words_before_the_signer_say_which_of_the_signer_s_values_is_asked(
        label: str, languages: tuple[str, ...], field: LoaField | str) -> None:
    read = classify_in(label, languages)
    assert read is not None and read.field == field, read
