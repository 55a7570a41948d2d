"""A person's block headed as copied from the bill asks that person's phone, not the BTN (review,
session 24: s24-forms42 made a bare "Phone" in the customer's block headed "as shown on the
bill" the billing number; a heading naming the customer's contact or authorised signatory "as
shown on the bill" matched too, and the account's BTN went into the box under the contact's or
signer's name, which the filler itself read as the signer's). The customer's own block so
headed keeps its BTN (tests/unit/loa/test_phone_as_on_the_bill.py).

Drawn here: fillable forms on A4, widgets f1..N, the account's block first, then the person's
block under a bold heading over "Name" and "Phone" rows, in English and in Spanish.
"""

from __future__ import annotations

import pytest

from portdesk.loa.fields import LoaField
from portdesk.loa.fill import analyse_form
from tests.loaforms.round14_kit import unicode_a4


def _form(language: str, country: str, first: str, person: str,
          labels: tuple[str, str, str]) -> bytes:
    s = unicode_a4(f"{language}-person-as-billed", country, language, [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, "Porting request / Solicitud de portabilidad", 14, bold=True)
    y, n = 760.0, 0
    for heading in (first, person):
        s.text(40, y, heading, 9, bold=True)
        y -= 24
        for label in labels[:2]:
            n += 1
            s.text(40, y + 4, label, 8)
            s.widget(f"f{n}", 110, y, 250, 15, None)
            y -= 22
        y -= 16
    s.text(40, y, labels[2], 8)
    s.widget("f9", 150, y - 4, 200, 15, None)
    return s.build()[0]


@pytest.mark.parametrize(("language", "country", "first", "person", "labels"), [
    ("en", "US", "ACCOUNT INFORMATION", "CUSTOMER CONTACT (as shown on the bill)",
     ("Name:", "Phone:", "Signature")),
    ("en", "US", "ACCOUNT INFORMATION", "CUSTOMER AUTHORIZED SIGNATORY (as shown on your bill)",
     ("Name:", "Phone:", "Signature")),
    ("es", "ES", "DATOS DE LA CUENTA", "CONTACTO DEL CLIENTE (como figura en la factura)",
     ("Nombre:", "Teléfono:", "Firma")),
])
def test_a_persons_phone_under_a_heading_as_on_the_bill_is_no_btn(
        language: str, country: str, first: str, person: str,
        labels: tuple[str, str, str]) -> None:
    analysis = analyse_form(_form(language, country, first, person, labels), "form.pdf",
                            country=country, strict=False)
    fields = {p.widget: p.field for p in analysis.placements if p.widget}
    assert fields.get("f4") != LoaField.BTN
    assert LoaField.BTN not in fields.values()
