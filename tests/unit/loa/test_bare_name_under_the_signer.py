"""A language's bare "Name" under the authorised person's heading is the signer's name, not the
customer's (review, session 24: s24-forms42's Albanian lexicon reads "Emri" whole, as sure as a
customer's label (0.9), and no heading word knew "Personi i autorizuar": on a form asking "Emri"
under the subscriber's heading and again under the authorised person's, the company's name went
into both boxes; Estonian "Nimi" under "Volitatud isik" did the same). The signer's heading is
also the one the form's own lexicon reads as the authorised person, and a one-word label naming
no party under it asks that person's name, as English "Name" under "AUTHORIZED PERSON" does.

Drawn here: A4 fillable forms, widgets f1..N, each block's labels left of its boxes, the
customer's block first, the authorised person's second, the signature line last.
"""

from __future__ import annotations

import pytest

from portdesk.loa.fields import LoaField
from portdesk.loa.fill import analyse_form
from tests.loaforms.round14_kit import unicode_a4

_FORMS = {
    "sq": ("AL", "Kërkesë për portimin e numrit të telefonit",
           (("TË DHËNAT E ABONENTIT", ("Emri:", "Adresa:", "Numri i llogarisë:")),
            ("PERSONI I AUTORIZUAR", ("Emri:", "Detyra:"))), "Nënshkrimi"),
    "et": ("EE", "Numbri teisaldamise taotlus",
           (("KLIENDI ANDMED", ("Nimi:", "Aadress:", "Kliendi number:")),
            ("VOLITATUD ISIK", ("Nimi:", "Ametikoht:"))), "Allkiri"),
    "en": ("US", "Request to port telephone numbers",
           (("SUBSCRIBER DETAILS", ("Name:", "Address:", "Account number:")),
            ("AUTHORIZED PERSON", ("Name:", "Title:"))), "Signature"),
}


def _form(language: str) -> bytes:
    country, title, blocks, sign = _FORMS[language]
    s = unicode_a4(f"{language}-two-names", country, language, [], "")
    s.date_formats = ["%d.%m.%Y"]
    s.text(40, 800, title, 13, bold=True)
    y, n = 760.0, 0
    for heading, labels in blocks:
        s.text(40, y, heading, 9, bold=True)
        y -= 24
        for label in labels:
            n += 1
            s.text(40, y + 4, label, 8)
            s.widget(f"f{n}", 150, y, 250, 15, None)
            y -= 22
        y -= 16
    s.text(40, y, sign, 8)
    s.widget("f9", 150, y - 4, 200, 15, None)
    return s.build()[0]


@pytest.mark.parametrize("language", sorted(_FORMS))
def test_a_bare_name_under_the_authorised_persons_heading_is_the_signers(language: str) -> None:
    analysis = analyse_form(_form(language), "form.pdf", country=_FORMS[language][0],
                            strict=False)
    fields = {p.widget: p.field for p in analysis.placements if p.widget}
    assert analysis.language == language
    assert fields["f1"] == LoaField.ACCOUNT_NAME  # the customer's block keeps its name
    assert fields["f4"] == LoaField.AUTHORIZED_NAME
