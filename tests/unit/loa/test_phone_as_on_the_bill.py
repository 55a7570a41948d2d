"""A bare "Phone" in the customer's block headed as copied from the bill is the billing
telephone number (issue 11, session 24: round 38's "CUSTOMER (exactly as shown on the bill)"
block asked "Name" and "Phone" as the bill shows them; the phone was left empty as "not one of
ours", the account's BTN never written). A bare phone under the customer's heading that says
nothing of the bill stays as before (whose phone is not said: empty).

Drawn unlike round 38's: a French fillable form on A4, widgets named champ1..N, headings printed
in bold with no rule, "TITULAIRE (tel qu'il figure sur la facture)" over "Nom : [ ]" and
"Téléphone : [ ]" on two rows, then "PERSONNE DE CONTACT" over the same two labels."""

from __future__ import annotations

import pytest

from portdesk.loa.fields import LoaField
from portdesk.loa.fill import analyse_form
from tests.loaforms.round14_kit import unicode_a4


def _french_form(holder_heading: str) -> bytes:
    s = unicode_a4("fr-holder-as-billed", "FR", "fr", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, "Demande de portabilité des numéros", 14, bold=True)
    y = 760.0
    n = 0
    for heading in (holder_heading, "PERSONNE DE CONTACT"):
        s.text(40, y, heading, 9, bold=True)
        y -= 24
        for label in ("Nom :", "Téléphone :"):
            n += 1
            s.text(40, y + 4, label, 8)
            s.widget(f"champ{n}", 110, y, 250, 15, None)
            y -= 22
        y -= 16
    s.text(40, y, "Signature du titulaire", 8)
    s.widget("champ9", 150, y - 4, 200, 15, None)
    return s.build()[0]


def test_the_phone_of_the_holder_as_billed_is_the_billing_number() -> None:
    analysis = analyse_form(_french_form("TITULAIRE (tel qu'il figure sur la facture)"),
                            "form.pdf", country="FR", strict=False)
    fields = {p.widget: p.field for p in analysis.placements if p.widget}
    assert fields["champ1"] == LoaField.ACCOUNT_NAME
    assert fields["champ2"] == LoaField.BTN
    assert fields["champ4"] == LoaField.CONTACT_PHONE


@pytest.mark.parametrize("heading", ["TITULAIRE", "TITULAIRE (en majuscules)"])
def test_the_holders_bare_phone_with_no_word_of_the_bill_stays_as_before(heading: str) -> None:
    analysis = analyse_form(_french_form(heading), "form.pdf", country="FR", strict=False)
    fields = {p.widget: p.field for p in analysis.placements if p.widget}
    assert fields.get("champ2") != LoaField.BTN
