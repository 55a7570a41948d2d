"""A form in Albanian is read in Albanian (issue 11, session 24: round 38's comb-widget form was
read as a language PortDesk does not read: nothing but a numbers list placed, and its comb
widgets for the account number and the postal code left empty).

Drawn unlike round 38's: a paper-free fillable form whose widgets are named Text1..TextN (no name
hints), labels above their boxes in other wordings ("Emri dhe mbiemri", "Adresa e instalimit",
"Operatori dhurues", "Kodi i klientit" in an 8-cell comb, "Kodi postar" in a 4-cell comb), a tax
number that is not ours, a receiving operator's box that is not ours, the requested date as a
phrase, and the signature and its date as widgets captioned "Nënshkrimi i abonentit" and "Data".
"""

from __future__ import annotations

import pytest

from portdesk.loa.fields import values_from_case
from portdesk.loa.fill import analyse_form, fill_form
from portdesk.loa.vocabulary import classify_in
from tests.loaforms.round14_kit import unicode_a4
from tests.loaforms.round35_kit import comb_widget
from tests.unit.loa.helpers import make_case, widget_values

_ROWS = (  # (label above, widget width, expected field or None, comb cells)
    ("Emri dhe mbiemri", 300, "account_name", 0),
    ("NIPT", 120, None, 0),
    ("Adresa e instalimit", 300, "service_address", 0),
    ("Kodi postar", 0, "postal_code", 4),
    ("Qyteti", 200, "city", 0),
    ("Operatori dhurues", 200, "carrier", 0),
    ("Operatori marrës", 200, None, 0),
    ("Kodi i klientit", 0, "account_number", 8),
    ("Data e dëshiruar e portimit", 100, "requested_date", 0),
    ("Nënshkrimi i abonentit", 220, "signature", 0),
    ("Data", 100, "date_signed", 0),
)


def _albanian_form() -> bytes:
    s = unicode_a4("sq-text-widgets", "AL", "sq", [], "")
    s.date_formats = ["%d.%m.%Y"]
    s.text(40, 800, "Kërkesë për portimin e numrit të telefonit", 13, bold=True)
    s.text(40, 786, "Ju lutemi plotësoni me shkronja të mëdha dhe nënshkruani në fund.", 7.5)
    y = 750.0
    for n, (label, width, _field, cells) in enumerate(_ROWS, 1):
        s.text(40, y + 18, label, 7.5)
        if cells:
            comb_widget(s, f"Text{n}", 40, y, cells, None, cell=14)
        else:
            s.widget(f"Text{n}", 40, y, width, 15, None)
        y -= 40
    return s.build()[0]


@pytest.mark.parametrize(("label", "concept"), [
    ("Numri i llogarisë", "account_number"), ("Emri i abonentit / subjektit", "account_name"),
    ("Personi i autorizuar", "authorized_name"), ("Telefon kontakti", "contact_phone"),
    ("Operatori aktual", "carrier"), ("Qarku", "state"), ("Rruga", "street"),
    ("Numrat që mbeten te operatori aktual", "remaining_numbers"), ("Detyra", "authorized_title"),
    ("NIPT / Nr. personal", "not_ours"), ("Data e lindjes", "not_ours")])
def test_an_albanian_label_is_read_in_albanian(label: str, concept: str) -> None:
    read = classify_in(label, ("sq",))
    assert (str(read.field) if read else None) == concept


def test_an_albanian_form_with_bare_widget_names_is_filled_from_its_labels() -> None:
    pdf = _albanian_form()
    analysis = analyse_form(pdf, "form.pdf", country="AL", strict=False)
    assert analysis.language == "sq"
    fields = {p.widget: p.field.value for p in analysis.placements}
    expected = {f"Text{n}": f for n, (_l, _w, f, _c) in enumerate(_ROWS, 1) if f}
    assert fields == expected


def test_its_comb_widgets_take_the_account_number_and_the_postal_code() -> None:
    case = make_case(account_number="AL-12345",  # 8 characters for 8 cells
                     service_address={"line1": "Rruga e Durrësit 21", "city": "Tiranë",
                                      "postal_code": "1001", "country": "AL"})
    values = values_from_case(case)
    got = widget_values(fill_form(_albanian_form(), values, "form.pdf").pdf)
    assert got["Text8"] == "AL-12345"
    assert got["Text4"] == "1001"
    assert got["Text7"] in ("", None)  # the receiving operator's box stays empty
