"""A form in a script PortDesk cannot read is refused even when its widgets carry English names
(issue 11, session 21: round 35's Armenian form was filled by its widget names, its page unread).
Drawn unlike round 35's: a Russian A4 form (Cyrillic whose words are not Bulgarian) with plain
widgets named "customer_name", "account_number", "phone_1".. and no comb.

A widget's name is a hint that weighs a label read on the page; with no label read, a name alone
is no reading of the page: the fill says the script is unread and offers click-to-place,
writing nothing by itself."""

from __future__ import annotations

import pytest

from portdesk.loa.errors import FormNotUsable
from portdesk.loa.fields import values_from_case
from portdesk.loa.fill import analyse_form, fill_form
from tests.loaforms.round14_kit import UnicodeSheet
from tests.unit.loa.helpers import make_case

_ROWS = (("Наименование абонента", "customer_name"), ("Номер лицевого счёта", "account_number"),
         ("Адрес установки", "service_address"), ("Контактный телефон", "contact_phone"),
         ("Переносимый номер 1", "phone_1"), ("Переносимый номер 2", "phone_2"))


def _russian_form() -> bytes:
    from reportlab.lib.pagesizes import A4
    s = UnicodeSheet("ru-names", "GB", "ru", "", A4, [])
    s.date_formats = ["%d.%m.%Y"]
    s.text(40, 790, "Заявление о переносе абонентского номера", 13, bold=True)
    y = 750
    for label, name in _ROWS:
        s.text(40, y + 4, label, 8)
        s.widget(name, 220, y, 300, 15, None)
        y -= 26
    s.text(40, y - 20, "Подпись абонента ____________________   Дата ____________", 8)
    return s.build()[0]


def test_a_form_in_an_unread_script_is_refused_whatever_its_widget_names_say() -> None:
    pdf = _russian_form()
    with pytest.raises(FormNotUsable, match="cannot read"):
        fill_form(pdf, values_from_case(make_case()), "form.pdf")
    analysis = analyse_form(pdf, "form.pdf", strict=False)
    assert "cannot read" in analysis.notice
    assert not [p for p in analysis.placements if p.source in ("name", "tooltip")]
