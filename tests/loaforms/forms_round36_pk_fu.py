"""Round 36, Subcarpathia and Funen (held back; truth from the drawn page, the filler never run on
these by their author):

- A Subcarpathia partly fillable wniosek o przeniesienie numeru in Polish on one A4 page.
  Ideas: widgets named generically as Acrobat's Polish version names them ("Pole tekstowe 1"..,
  "Pole wyboru 1"..) whose only meaning is the printed label or the tooltip (/TU), some
  tooltips only; the requested date as a comb widget of eight cells "dd mm rrrr" and the
  signing date written "dnia ____ r."; a business section ("Wypełnia tylko firma": NIP and
  REGON not ours, the position of the firm's representative) that stays empty for a
  household; the signature and the signer's printed name on lines captioned under; a pełnomocnik /
  agent block on paper whose blanks stay empty; the numbers on paper lines.
- A Funen fillable anmodning om nummerflytning in Danish on one A4 page. Ideas: a read-only
  widget pre-filled with the receiving provider ("Fynsk Fiber A/S") that must stay; widgets
  with auto font size (0) and centred quadding, the postcode and the date very narrow; the
  numbers in a grid of three columns of widgets numbered across each row (the reading order is
  the truth); widgets inside the legal sentence ("Undertegnede ______ giver hermed på vegne af
  ______ fuldmagt ...").
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.round5_kit import letterhead
from tests.loaforms.round14_kit import UnicodeSheet
from tests.loaforms.round28_kit import tf
from tests.loaforms.round35_kit import comb_widget, mask_under
from tests.loaforms.round36_kit import finish, grid3

Built = tuple[bytes, dict[str, Any]]


def pk_generic_partly() -> Built:
    s = UnicodeSheet("r36-pk-generic-partly", "PL", "pl",
                     "Partly fillable, Subcarpathia, one A4 page, Polish. Name / company, widgets 'Pole "
                     "tekstowe N' / 'Pole wyboru N' meaning only their printed label or "
                     "tooltip; requested date a comb widget 'dd mm rrrr'; business section "
                     "(NIP and REGON not ours, position) empty for a household; paper numbers "
                     "1-6; paper pełnomocnik / agent block not ours; 'dnia ____ r.' and a "
                     "signature line and the signer's printed name captioned under.", A4, ["r36-pk", "r36-pk-partial"])
    s.date_formats = ["%d.%m.%Y", "%d%m%Y", "%d-%m-%Y"]
    w, h = A4
    letterhead(s, w - 40, h - 36, ["Bieszczady Net Sp. z o.o.", "ul. 3 Maja 12, 35-030 "
                                   "Rzeszów", "Infolinia 17 555 01 00"])
    s.text(40, h - 48, "Wniosek o przeniesienie numeru", 14, bold=True)
    s.text(40, h - 61, "Pola oznaczone * są obowiązkowe.", 7.5)
    n = iter(range(1, 40))

    def pole(label: str, x: float, y: float, wd: float, fld: str | None, tip: str) -> None:
        end = s.text(x, y + 4, label, 8) + 4 if label else x
        tf(s, f"Pole tekstowe {next(n)}", end, y, wd, 15, fld, tooltip=tip)

    y = h - 82
    s.band(40, y, w - 80, "A. Abonent", 8.5)
    y -= 22
    s.checkbox("Pole wyboru 1", 40, y + 2, "check:residential", "Osoba fizyczna")
    s.checkbox("Pole wyboru 2", 150, y + 2, "check:business", "Firma")
    y -= 22
    pole("Imię i nazwisko / nazwa firmy*:", 40, y, 380, "account_name", "Abonent")
    y -= 22
    pole("Ulica, nr domu / lokalu*:", 40, y, 390, "street", "Adres instalacji")
    y -= 22
    pole("Kod pocztowy*:", 40, y, 60, "postal_code", "")
    pole("Miejscowość*:", 180, y, 200, "city", "")
    y -= 22
    pole("Telefon kontaktowy:", 40, y, 120, "contact_phone", "")
    pole("", 260, y, 295, "contact_email", "Adres e-mail")
    y -= 26
    s.band(40, y, w - 80, "B. Wypełnia tylko firma", 8.5)
    y -= 22
    pole("NIP:", 40, y, 110, None, "")
    pole("REGON:", 190, y, 110, None, "")
    y -= 22
    pole("Stanowisko osoby reprezentującej firmę:", 40, y, 250, "authorized_title", "")
    y -= 26
    s.band(40, y, w - 80, "C. Obecny operator i numery", 8.5)
    y -= 22
    pole("Obecny operator*:", 40, y, 170, "carrier", "")
    pole("Nr klienta / umowy:", 300, y, 145, "account_number", "")
    y -= 22
    s.text(40, y + 4, "Numery do przeniesienia (wypełnić ręcznie):", 8)
    y -= 20
    slots = s.slot_group()
    for k in range(6):
        col, row = divmod(k, 3)
        x, ry = 60 + col * 250, y - row * 20
        s.right_text(x - 4, ry + 2, f"{k + 1}.", 8)
        s.rule(x, ry, x + 170)
        s.slot(slots, (x, ry - 2, x + 170, ry + 13), f"numer {k + 1}")
    y -= 3 * 20 + 4
    s.checkbox("Pole wyboru 3", 40, y, "check:full_port", "Wszystkie numery")
    s.checkbox("Pole wyboru 4", 180, y, "check:partial_port", "Tylko wymienione numery")
    y -= 22
    s.blank("Numery pozostające u obecnego operatora:", 40, y, w - 40, "remaining_numbers", 8)
    y -= 24
    s.text(40, y + 4, "Wnioskowana data przeniesienia:", 8)
    comb_widget(s, f"Pole tekstowe {next(n)}", 175, y, 8, "requested_date", cell=13,
                tooltip="")
    mask_under(s, 177, y - 8, "d  d  m  m  r   r   r   r")
    y -= 26
    s.band(40, y, w - 80, "D. Pełnomocnik / agent (jeśli wniosek składa pośrednik)", 8.5)
    y -= 22
    s.blank("Imię i nazwisko pełnomocnika:", 40, y, 330, None, 8)
    s.blank("Kod agenta:", 340, y, w - 40, None, 8)
    y -= 26
    y = s.para(40, y, "Wnoszę o przeniesienie powyższych numerów do Bieszczady Net Sp. z o.o. "
               "i rozwiązanie umowy z obecnym operatorem w zakresie tych numerów.", w - 80, 7.5)
    y -= 34
    s.text(40, y, "dnia", 8)
    s.rule(62, y - 2, 170)
    s._place((62, y - 4, 170, y + 11), "date_signed", what="dnia")
    s.text(173, y, "r.", 8)
    s.rule(260, y - 2, w - 40)
    s.text(260, y - 10.5, "czytelny podpis abonenta", 6.5)
    s._place((260, y - 4, w - 40, y + 28), "signature", what="podpis (under)")
    s.rule(260, y - 30, w - 40)
    s.text(260, y - 38.5, "imię i nazwisko podpisującego (drukowanymi literami)", 6.5)
    s._place((260, y - 32, w - 40, y - 18), "authorized_name", what="imię i nazwisko (under)")
    s.footer("BN-WP-3  str. 1/1")
    return s.build()


def fu_readonly_grid_fillable() -> Built:
    s = UnicodeSheet("r36-fu-readonly-grid-fillable", "DK", "da",
                     "Fillable, Funen, one A4 page, Danish. Read-only widget pre-filled with "
                     "the receiving provider (stays); auto-size centred widgets, narrow for "
                     "postnr and dates; widgets inside the legal sentence (signer, company); "
                     "numbers 1-9 in a 3-column widget grid numbered across the rows; all / "
                     "some; numbers staying; signature box; CVR not ours.", A4,
                     ["r36-fu", "r36-fu-partial"])
    s.date_formats = ["%d-%m-%Y", "%d.%m.%Y", "%d/%m/%Y"]
    w, h = A4
    letterhead(s, w - 40, h - 36, ["Fynsk Fiber A/S", "Vestergade 20, 5000 Odense C",
                                   "Kundeservice 66 55 01 00"])
    s.text(40, h - 48, "Anmodning om nummerflytning", 14, bold=True)
    auto: list[str] = []

    def fld(label: str, name: str, x: float, y: float, wd: float, field: str | None,
            centred: bool = False) -> None:
        end = s.text(x, y + 4, label, 8) + 4
        tf(s, name, end, y, wd, 15, field)
        if centred:
            auto.append(name)

    y = h - 76
    end = s.text(40, y + 4, "Ny udbyder:", 8) + 4
    tf(s, "ny_udbyder", end, y, 180, 15, None, value="Fynsk Fiber A/S", flags="readOnly",
       what="read-only: receiving provider")
    y -= 24
    s.band(40, y, w - 80, "1. Kunde", 8.5)
    y -= 22
    fld("Kundenavn / firmanavn:", "kundenavn", 40, y, 400, "account_name")
    y -= 22
    fld("Adresse:", "adresse", 40, y, 280, "street")
    fld("Postnr.:", "postnr", 370, y, 40, "postal_code", centred=True)
    fld("By:", "by", 450, y, 90, "city")
    y -= 22
    fld("CVR-nr.:", "cvr", 40, y, 80, None, centred=True)
    fld("Telefon:", "telefon", 170, y, 110, "contact_phone")
    fld("E-mail:", "email", 325, y, 230, "contact_email")
    y -= 22
    fld("Nuværende udbyder:", "udbyder", 40, y, 160, "carrier")
    fld("Kundenummer:", "kundenr", 300, y, 150, "account_number", centred=True)
    y -= 26
    s.band(40, y, w - 80, "2. Numre der skal flyttes", 8.5)
    y -= 4
    slots = s.slot_group()
    y = grid3(s, 40, y, 3, slots, col_w=172, names="nummer_")
    y -= 22
    s.checkbox("alle", 40, y, "check:full_port", "Alle numre på kontoen")
    s.checkbox("udvalgte", 220, y, "check:partial_port", "Kun de nævnte numre")
    y -= 22
    fld("Numre der bliver hos nuværende udbyder:", "bliver", 40, y, 345, "remaining_numbers")
    y -= 22
    fld("Ønsket flytningsdato:", "dato_onsket", 40, y, 70, "requested_date", centred=True)
    y -= 30
    s.band(40, y, w - 80, "3. Fuldmagt", 8.5)
    y -= 22
    x = s.text(40, y + 4, "Undertegnede", 8) + 3
    tf(s, "underskriver", x, y, 170, 15, "authorized_name")
    x = s.text(x + 174, y + 4, ", stilling", 8) + 3
    tf(s, "stilling", x, y, 120, 15, "authorized_title")
    y -= 20
    x = s.text(40, y + 4, "giver hermed på vegne af", 8) + 3
    tf(s, "vegne_af", x, y, 200, 15, "account_name")
    s.text(x + 204, y + 4, "Fynsk Fiber A/S fuldmagt til at opsige", 8)
    y -= 14
    s.text(40, y, "aftalen hos den nuværende udbyder og flytte ovenstående numre.", 8)
    y -= 62
    s.text(40, y + 40, "Underskrift:", 8)
    s.box(40, y, 250, 34, "signature", "Underskrift")
    fld("Dato:", "dato", 320, y + 10, 70, "date_signed", centred=True)
    s.footer("FF-NF-1  side 1 af 1")
    pdf, truth = s.build()
    return finish(pdf, tuple(auto)), truth


FORMS = {
    "r36-pk-generic-partly": pk_generic_partly,
    "r36-fu-readonly-grid-fillable": fu_readonly_grid_fillable,
}
