"""Round 25 (held back), Masovia and Bulgaria: a Warsaw provider's partly fillable wniosek o
przeniesienie numeru on two A4 pages in Polish (numbered sections 1., 1.1 ... under coloured
bands with white text; labels in small capitals above their widgets mixed with labels left of
them; NIP, REGON and PESEL widgets not ours; check boxes left of their words for the subscriber
type and right of them for the scope; a numbers table 1-6 on page 1 continued on page 2 as rows
7-14 under the same header; the requested date as 'dnia __ ______ 20__ r.' widgets (day, month in
words or digits, a two-digit year after a printed '20'); page 2 on paper with dotted blanks typed
in the text layer, the place and date of signing as 'Miejscowość ....., dnia .. ...... 20.. r.',
a company stamp, a proxy's details and a section 'wypełnia dotychczasowy dostawca' not ours);
and a Sofia provider's fillable заявление за пренасяне на номер on one A4 page in Bulgarian
(Cyrillic; widgets named fill_1..fill_40; labels in small capitals above and labels left on the
same page; ЕИК / БУЛСТАТ and an ЕГН comb not ours; a postcode comb; check boxes left of their
words for the subscriber type and right of them for the scope; numbers 1-8 on lines numbered
down two columns; ДД / ММ / ГГГГ widgets; a proxy under a notarised power of attorney and the
receiving provider's section not ours; the signature on paper dots). Truth from the drawn page;
the filler never run on them."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet
from tests.loaforms.round9_kit import comb_widget
from tests.loaforms.round11_kit import choice_widget
from tests.loaforms.round14_kit import unicode_a4
from tests.loaforms.round25_kit import (
    carrier_head,
    check_left,
    check_right,
    colour_band,
    date3,
    dotted,
    number_rows,
    text_widget,
)

Built = tuple[bytes, dict[str, Any]]
W, H = float(A4[0]), float(A4[1])
_WOJ = ["dolnośląskie", "łódzkie", "lubelskie", "mazowieckie", "podlaskie", "świętokrzyskie"]
_PL_COLS = [("Lp.", 26, "no"), ("Numer telefonu (9 cyfr)", 200, "number"),
            ("Nr klienta u dawcy (jeśli inny)", 130, None), ("Uwagi", W - 72 - 356, None)]


def _above(s: Sheet, label: str, x: float, y: float) -> None:
    s.text(x, y + 17, label.upper(), 6)


def _pl_subscriber(s: Sheet, y: float, names: list[str]) -> float:
    n = iter(names)
    colour_band(s, 36, y, W - 72, "1. DANE ABONENTA")
    y -= 34
    _above(s, "1.1 Nazwa firmy albo imię i nazwisko abonenta", 36, y)
    text_widget(s, next(n), 36, y, W - 72, 15, "account_name")
    y -= 32
    _above(s, "1.2 NIP", 36, y)
    text_widget(s, next(n), 36, y, 150, 15, None)
    _above(s, "REGON", 196, y)
    text_widget(s, next(n), 196, y, 150, 15, None)
    _above(s, "PESEL (osoby fizyczne)", 356, y)
    text_widget(s, next(n), 356, y, W - 36 - 356, 15, None)
    y -= 32
    _above(s, "1.3 Adres instalacji: ulica, nr domu, nr lokalu", 36, y)
    text_widget(s, next(n), 36, y, W - 72, 15, "street")
    y -= 24
    end = s.text(36, y + 4, "Kod pocztowy", 7.5) + 4
    text_widget(s, next(n), end, y, 56, 15, "postal_code")
    end = s.text(end + 66, y + 4, "Miejscowość", 7.5) + 4
    text_widget(s, next(n), end, y, 150, 15, "city")
    end = s.text(end + 160, y + 4, "Województwo", 7.5) + 4
    choice_widget(s, next(n), end, y, W - 36 - end, _WOJ, "state")
    y -= 22
    s.text(36, y + 1, "1.4 Abonent:", 8)
    x = check_left(s, next(n), "przedsiębiorca", 100, y, "check:business")
    check_left(s, next(n), "konsument (osoba fizyczna)", x, y, "check:residential")
    y -= 22
    end = s.text(36, y + 4, "1.5 Telefon kontaktowy", 7.5) + 4
    text_widget(s, next(n), end, y, 120, 15, "contact_phone")
    end = s.text(end + 130, y + 4, "Adres e-mail", 7.5) + 4
    text_widget(s, next(n), end, y, W - 36 - end, 15, "contact_email")
    return y - 24


def _pl_donor(s: Sheet, y: float, names: list[str]) -> float:
    n = iter(names)
    colour_band(s, 36, y, W - 72, "2. DOTYCHCZASOWY DOSTAWCA USŁUG (DAWCA)")
    y -= 34
    _above(s, "2.1 Nazwa dostawcy", 36, y)
    text_widget(s, next(n), 36, y, 170, 15, "carrier")
    _above(s, "2.2 Numer klienta / konta u dawcy (z faktury)", 216, y)
    text_widget(s, next(n), 216, y, 170, 15, "account_number")
    _above(s, "2.3 Numer główny (rozliczeniowy)", 396, y)
    text_widget(s, next(n), 396, y, W - 36 - 396, 15, "btn")
    return y - 24


def _pl_numbers(s: Sheet, y: float, names: list[str]) -> tuple[float, list[dict[str, Any]]]:
    n = iter(names)
    colour_band(s, 36, y, W - 72, "3. NUMERY DO PRZENIESIENIA")
    y -= 22
    s.text(36, y + 1, "3.1 Zakres:", 8)
    x = check_right(s, next(n), "wszystkie numery", 100, y, "check:full_port")
    check_right(s, next(n), "tylko numery wymienione w tabeli", x, y, "check:partial_port")
    y -= 8
    slots = s.slot_group(ordered=True)
    y = number_rows(s, slots, 36, y, 1, 6, _PL_COLS, row_h=16,
                    names=iter([next(n) for _ in range(6)]))
    s.text(36, y - 9, "3.2 Ciąg dalszy tabeli na stronie 2 (poz. 7-14).", 6.5)
    y -= 40
    _above(s, "3.3 Numery pozostające u dawcy (przy przeniesieniu części numerów)", 36, y)
    text_widget(s, next(n), 36, y, W - 72, 15, "remaining_numbers")
    y -= 26
    end = s.text(36, y + 4, "3.4 Wnioskowany dzień przeniesienia: dnia", 8) + 6
    end = date3(s, end, y, [("dzień", 26, "requested_day"), ("miesiąc (słownie)", 80,
                                                       "requested_month"),
                      ("rok", 22, "requested_year2")], sep=" ",
          names=[next(n), next(n), next(n)], prefix=["", "", "20"])
    s.text(end + 4, y + 4, "r.", 8)
    return y - 26, slots


def _pl_page2(s: Sheet, slots: list[dict[str, Any]]) -> None:
    s.text(36, H - 44, "Wniosek o przeniesienie numeru - strona 2 z 2", 9, bold=True)
    colour_band(s, 36, H - 70, W - 72, "3. NUMERY DO PRZENIESIENIA (ciąg dalszy)")
    y = number_rows(s, slots, 36, H - 78, 7, 8, _PL_COLS, row_h=16)
    y -= 26
    colour_band(s, 36, y, W - 72, "4. OŚWIADCZENIE I PODPIS ABONENTA")
    y = s.para(36, y - 18, "Wnoszę o przeniesienie wskazanych numerów do Mazowieckiej Sieci "
               "Telekomunikacyjnej sp. z o.o. i upoważniam ją do złożenia w moim imieniu "
               "wypowiedzenia umowy u dotychczasowego dostawcy w zakresie przenoszonych numerów.",
               W - 72, 8) - 14
    x = dotted(s, "Miejscowość", 36, y, 180, None, optional=True)
    x = dotted(s, ", dnia", x + 2, y, x + 56, "date_signed_day")
    x = dotted(s, "", x + 6, y, x + 84, "date_signed_month")
    x = dotted(s, "20", x + 6, y, x + 34, "date_signed_year2")
    s.text(x + 3, y, "r.", 8.5)
    y -= 24
    dotted(s, "4.1 Imię i nazwisko osoby reprezentującej abonenta", 36, y, W - 36,
           "authorized_name")
    y -= 20
    dotted(s, "4.2 Stanowisko / funkcja", 36, y, 330, "authorized_title")
    y -= 40
    end = s.text(36, y, "4.3 Czytelny podpis abonenta", 8.5) + 3
    count = int((330 - end) / (s.c.stringWidth(".", s.font, 8.5)))
    s.text(end, y, "." * count, 8.5)
    s._place((end, y - 3, end + count * s.c.stringWidth(".", s.font, 8.5), y + 30), "signature",
             what="podpis (kropki)")
    s.box(380, y - 6, W - 36 - 380, 50, None, "pieczęć firmowa")
    s.text(383, y + 36, "Pieczęć firmowa", 6.5)
    y -= 30
    colour_band(s, 36, y, W - 72, "5. PEŁNOMOCNIK (wypełnić tylko, jeżeli wniosek składa "
                "pełnomocnik)")
    y -= 22
    dotted(s, "Imię i nazwisko pełnomocnika", 36, y, 330, None)
    dotted(s, "PESEL", 340, y, W - 36, None)
    y -= 18
    dotted(s, "Seria i nr dowodu osobistego", 36, y, 330, None)
    y -= 30
    colour_band(s, 36, y, W - 72, "6. WYPEŁNIA DOTYCHCZASOWY DOSTAWCA (DAWCA)",
                rgb=(0.55, 0.1, 0.1))
    y -= 22
    dotted(s, "Data wpływu wniosku", 36, y, 250, None)
    dotted(s, "Nr sprawy", 260, y, W - 36, None)
    y -= 18
    dotted(s, "Podpis i pieczęć pracownika dawcy", 36, y, 330, None)


def pl_sections_partly() -> Built:
    s = unicode_a4("r25-pl-wniosek-przeniesienie-partly", "PL", "pl", ["r25-pl", "r25-pl-home"],
                   "Partly fillable, Masovia, Polish, two A4 pages. Numbered sections (1., 1.1) "
                   "under coloured bands with white text; small-capital labels above widgets "
                   "and labels left of widgets on one page; NIP, REGON, PESEL not ours; "
                   "Województwo drop-down; subscriber-type checkboxes left of their words, scope "
                   "checkboxes right of them; numbers table rows 1-6 (widgets) continued on page "
                   "2 as rows 7-14 (paper) under the same header; 'dnia __ ______ 20__ r.' "
                   "widgets for the requested date; page 2 paper with dotted blanks, "
                   "'Miejscowość ....., dnia .. ...... 20.. r.' (the place of signing optional, "
                   "not in the case), signature on dots, company stamp, a proxy and a section "
                   "for the losing provider not ours.")
    s.date_formats = ["%d.%m.%Y"]
    carrier_head(s, 36, H - 40, "MAZOWIECKA SIEĆ TELEKOMUNIKACYJNA sp. z o.o.",
                 ["ul. Grójecka 186, 02-390 Warszawa  |  tel. 22 555 01 00  |  "
                  "bok@mst-siec.example",
                  "KRS 0000771204  |  NIP 526-104-77-12  |  REGON 384417720  |  "
                  "kapitał zakładowy 500 000 zł"])
    s.text(36, H - 78, "WNIOSEK O PRZENIESIENIE NUMERU (NUMERÓW)", 12, bold=True)
    s.text(36, H - 90, "Proszę wypełnić DRUKOWANYMI LITERAMI, zgodnie z danymi w umowie u "
           "dotychczasowego dostawcy.", 7.5)
    names = [f"Tekst{k}" for k in range(1, 40)]
    y = _pl_subscriber(s, H - 112, names[0:12])
    y = _pl_donor(s, y, names[12:15])
    _, slots = _pl_numbers(s, y, names[15:27])
    s.footer("MST/PN/03/2026  -  strona 1 z 2")
    s.next_page()
    _pl_page2(s, slots)
    s.footer("MST/PN/03/2026  -  strona 2 z 2")
    return s.build()


# -- Bulgaria ------------------------------------------------------------------------------------
def _bg_subscriber(s: Sheet, y: float, n: Any) -> float:
    colour_band(s, 36, y, W - 72, "1. ДАННИ ЗА АБОНАТА", rgb=(0.1, 0.4, 0.25))
    y -= 34
    _above(s, "Наименование на фирмата / Име и фамилия (както е в договора)", 36, y)
    text_widget(s, next(n), 36, y, W - 72, 15, "account_name")
    y -= 32
    _above(s, "ЕИК / БУЛСТАТ", 36, y)
    text_widget(s, next(n), 36, y, 150, 15, None)
    _above(s, "ЕГН (за физически лица)", 200, y)
    comb_widget(s, next(n), 200, y, 10, None, cell=13, h=15)
    y -= 24
    s.text(36, y + 4, "Вид абонат:", 8)
    x = check_left(s, next(n), "юридическо лице", 100, y + 2, "check:business")
    check_left(s, next(n), "физическо лице", x, y + 2, "check:residential")
    y -= 24
    end = s.text(36, y + 4, "Адрес на услугата (ул./бул., №, бл., вх., ет., ап.)", 7.5) + 4
    text_widget(s, next(n), end, y, W - 36 - end, 15, "street")
    y -= 22
    end = s.text(36, y + 4, "Населено място", 7.5) + 4
    text_widget(s, next(n), end, y, 170, 15, "city")
    end = s.text(end + 180, y + 4, "Пощенски код", 7.5) + 4
    comb_widget(s, next(n), end, y, 4, "postal_code", cell=14, h=15)
    y -= 22
    end = s.text(36, y + 4, "Телефон за връзка", 7.5) + 4
    text_widget(s, next(n), end, y, 130, 15, "contact_phone")
    end = s.text(end + 140, y + 4, "Електронна поща", 7.5) + 4
    text_widget(s, next(n), end, y, W - 36 - end, 15, "contact_email")
    return y - 24


def _bg_numbers(s: Sheet, y: float, n: Any) -> float:
    colour_band(s, 36, y, W - 72, "3. НОМЕРА ЗА ПРЕНАСЯНЕ", rgb=(0.1, 0.4, 0.25))
    y -= 22
    x = check_right(s, next(n), "Всички номера по договора", 36, y, "check:full_port")
    check_right(s, next(n), "Само посочените по-долу номера", x + 20, y, "check:partial_port")
    y -= 26
    slots = s.slot_group(ordered=True)
    made: dict[int, tuple[float, float, float, float, str]] = {}
    for r in range(4):
        for c in range(2):
            k = 1 + c * 4 + r  # numbered down each column: 1-4 left, 5-8 right
            x0, yy = 36.0 + c * 262, y - r * 20
            s.right_text(x0 + 16, yy + 4, f"{k}.", 8)
            name = next(n)
            text_widget(s, name, x0 + 20, yy, 220, 15, None)
            s.places.pop()
            made[k] = (x0 + 20, yy, x0 + 240, yy + 15, name)
    for k in sorted(made):
        s.slot(slots, made[k][:4], f"номер {k}", made[k][4])
    y -= 4 * 20 + 10
    _above(s, "Номера, които остават при даряващия доставчик (при частично пренасяне)", 36, y)
    text_widget(s, next(n), 36, y, W - 72, 15, "remaining_numbers")
    y -= 24
    s.text(36, y + 4, "Желана дата за пренасяне:", 8)
    date3(s, 160, y, [("ДД", 26, "requested_day"), ("ММ", 26, "requested_month"),
                      ("ГГГГ", 44, "requested_year")], sep=".", names=[next(n), next(n),
                                                                     next(n)])
    return y - 28


def bg_fillable() -> Built:
    s = unicode_a4("r25-bg-zayavlenie-prenasyane-fillable", "BG", "bg", ["r25-bg", "r25-bg-home"],
                   "Fillable, Bulgaria, Bulgarian (Cyrillic), one A4 page. Widgets fill_1..; "
                   "labels in small capitals above and labels left of widgets mixed; ЕИК / "
                   "БУЛСТАТ and an ЕГН comb not ours; postcode comb (4); subscriber type "
                   "checkboxes left of their words, scope checkboxes right of them; numbers 1-8 "
                   "on lines numbered down two columns; remaining numbers one widget; ДД.ММ.ГГГГ "
                   "widgets; representative name and position labelled left; proxy (notarised "
                   "power of attorney) and the receiving provider's section not ours; signature "
                   "on paper dots beside a date widget.")
    s.date_formats = ["%d.%m.%Y"]
    carrier_head(s, W - 36, H - 40, "ВИТОША НЕТ ООД",
                 ["бул. Витоша 64, 1463 София  |  тел. 02 955 0100",
                  "ЕИК 204417723  |  www.vitoshanet.example  |  port@vitoshanet.example"],
                 right=True)
    s.text(36, H - 44, "ЗАЯВЛЕНИЕ", 14, bold=True)
    s.text(36, H - 58, "за пренасяне на географски номер", 9)
    s.text(36, H - 70, "Попълва се с ГЛАВНИ БУКВИ", 7)
    n = iter([f"fill_{k}" for k in range(1, 41)])
    y = _bg_subscriber(s, H - 94, n)
    colour_band(s, 36, y, W - 72, "2. ДАРЯВАЩ ДОСТАВЧИК (настоящ оператор)",
                rgb=(0.1, 0.4, 0.25))
    y -= 34
    _above(s, "Наименование на доставчика", 36, y)
    text_widget(s, next(n), 36, y, 170, 15, "carrier")
    _above(s, "Клиентски номер / № на договор", 216, y)
    text_widget(s, next(n), 216, y, 160, 15, "account_number")
    _above(s, "Основен номер по сметката", 386, y)
    text_widget(s, next(n), 386, y, W - 36 - 386, 15, "btn")
    y = _bg_numbers(s, y - 26, n)
    colour_band(s, 36, y, W - 72, "4. ПРЕДСТАВИТЕЛ И ПОДПИС", rgb=(0.1, 0.4, 0.25))
    y -= 24
    end = s.text(36, y + 4, "Име и фамилия на представляващия", 7.5) + 4
    text_widget(s, next(n), end, y, 200, 15, "authorized_name")
    end = s.text(end + 210, y + 4, "Длъжност", 7.5) + 4
    text_widget(s, next(n), end, y, W - 36 - end, 15, "authorized_title")
    y -= 22
    end = s.text(36, y + 4, "Пълномощник (по нотариално заверено пълномощно)", 7.5) + 4
    text_widget(s, next(n), end, y, W - 36 - end, 15, None)
    y -= 34
    end = s.text(36, y, "Подпис:", 8.5) + 3
    dot = s.c.stringWidth(".", s.font, 8.5)
    count = int(200 / dot)
    s.text(end, y, "." * count, 8.5)
    s._place((end, y - 3, end + count * dot, y + 30), "signature", what="Подпис (точки)")
    x = s.text(300, y, "Дата:", 8.5) + 4
    text_widget(s, next(n), x, y - 4, 80, 15, "date_signed")
    s.text(x, y - 12, "ДД.ММ.ГГГГ", 5.5)
    y -= 36
    colour_band(s, 36, y, W - 72, "5. ПОПЪЛВА СЕ ОТ ПРИЕМАЩИЯ ДОСТАВЧИК",
                rgb=(0.45, 0.45, 0.45))
    y -= 24
    end = s.text(36, y + 4, "Вх. №", 7.5) + 4
    text_widget(s, next(n), end, y, 100, 15, None)
    end = s.text(end + 110, y + 4, "Служител", 7.5) + 4
    text_widget(s, next(n), end, y, 150, 15, None)
    end = s.text(end + 160, y + 4, "Подпис", 7.5) + 4
    text_widget(s, next(n), end, y, W - 36 - end, 15, None)
    s.footer("Витоша Нет ООД  -  образец ЗП-2 / 2026")
    return s.build()


FORMS = {"r25-pl-wniosek-przeniesienie-partly": pl_sections_partly,
         "r25-bg-zayavlenie-prenasyane-fillable": bg_fillable}
