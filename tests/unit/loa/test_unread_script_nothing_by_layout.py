"""A paper form in a script PortDesk cannot read gets nothing placed by its layout either (issue
11, session 23: round 37's form in Hebrew was said unread, yet the long rule at its foot with a
short one beside it was taken for the signature and date lines by layout alone, and the signed
copy carried a signature image and a date on the witness's side).

Drawn unlike round 37's: a Russian paper form (Cyrillic whose words are not Bulgarian), labels
left of their lines, a numbered list "1." to "5." (the layout's numbers list) and at the foot a
long rule with a short one beside it, captions under them. A rule's length and place are no
reading of the page: the fill refuses in one line that names the script and offers
click-to-place, and writes nothing; the specialist's own clicks still place values."""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A4

from portdesk.loa.errors import FormNotUsable
from portdesk.loa.fields import LoaField, values_from_case
from portdesk.loa.fill import analyse_form, fill_form
from tests.loaforms.round14_kit import UnicodeSheet
from tests.unit.loa.helpers import make_case

_ROWS = ("Наименование абонента", "Адрес установки", "Номер лицевого счёта",
         "Контактный телефон")


def _russian_paper_form() -> bytes:
    s = UnicodeSheet("ru-paper-layout", "GB", "ru", "", A4, [])
    s.date_formats = ["%d.%m.%Y"]
    s.text(40, 800, "Заявление о переносе абонентского номера", 13, bold=True)
    s.text(40, 786, "Заполните разборчиво печатными буквами над линиями.", 7.5)
    y = 750
    for label in _ROWS:
        s.text(40, y + 3, label, 8)
        s.rule(200, y, 555)
        y -= 26
    s.text(40, y, "Номера для переноса:", 8.5, bold=True)
    y -= 22
    for n in range(1, 6):
        s.text(40, y + 3, f"{n}.", 8)
        s.rule(56, y, 300)
        y -= 20
    s.text(40, y - 10, "Я подтверждаю, что являюсь владельцем номеров и прошу их перенести.", 7.5)
    y -= 70
    s.rule(40, y, 330)
    s.rule(360, y, 520)
    s.text(40, y - 10, "Подпись абонента", 7)
    s.text(360, y - 10, "Дата", 7)
    return s.build()[0]


def test_an_unread_script_gets_no_signature_nor_numbers_by_layout() -> None:
    pdf = _russian_paper_form()
    with pytest.raises(FormNotUsable, match="Cyrillic script, which PortDesk cannot read"):
        fill_form(pdf, values_from_case(make_case()), "form.pdf")
    analysis = analyse_form(pdf, "form.pdf", strict=False)
    assert "cannot read" in analysis.notice
    assert analysis.placements == []


def test_the_specialists_clicks_still_place_values_on_an_unread_script() -> None:
    pdf = _russian_paper_form()
    overrides = {"account_name": {"page": 1, "x": 210, "y": 752}}
    result = fill_form(pdf, values_from_case(make_case()), "form.pdf", overrides=overrides)
    assert [r.field for r in result.rows] == [LoaField.ACCOUNT_NAME.value]
    assert "cannot read" in result.review[0]
