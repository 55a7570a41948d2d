"""Round 29, Transylvania and Plovdiv (held back; truth from the drawn page, the filler never run
on these by their author):

- A Transylvanian fillable cerere de portare in Romanian whose labels are drawn a glyph at a
  time, letter-spaced ('N U M E'), with lying widget names (the widget 'CNP' holds the holder's
  name, 'Nume' the personal numeric code, not ours), 'Da / Nu' radio groups exporting 0 and 1,
  the operator and the county in drop-downs of exact and near spellings, a postcode comb widget,
  the numbers in one multi-line widget 'câte unul pe rând' and the numbers that stay in another,
  a section 'doar pentru numere mobile' (ICCID) that the cases leave empty.
- A Plovdiv paper заявление in Bulgarian (Cyrillic) on an A5 sheet: the numbers asked in a
  free-text paragraph 'Моля, пренесете следните номера: ____ (продължение на гърба)', the
  numbers that stay in another, the postcode and the phone in paper combs, ЕГН and ЕИК (not
  ours), and the signatures as a table 'Подпис | Име и фамилия | Длъжност | Дата' with a row for
  the subscriber and a row for the operator's representative (not ours).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, A5

from tests.loaforms.round14_kit import UnicodeSheet, unicode_a4
from tests.loaforms.round28_kit import choice, tf
from tests.loaforms.round29_kit import comb, multiline, radio_yes_no, sign_table, spaced

Built = tuple[bytes, dict[str, Any]]
W, H = A4


def _lab(s: Any, x: float, y: float, text: str) -> None:
    spaced(s, x, y + 17, text.upper(), 6.5, 1.4)


def tr_spaced_fillable() -> Built:
    s = unicode_a4("r29-tr-cerere-litere-rarite-fillable", "RO", "ro", ["r29-tr",
                   "r29-tr-partial"],
                   "Fillable, Transylvania, Romanian, one A4 page. Labels drawn a glyph at a "
                   "time, letter-spaced; widget names lie (CNP holds the holder's name, Nume the "
                   "CNP, not ours); Da/Nu radios 0/1; operator and county drop-downs holding "
                   "the exact spellings among near ones; postcode comb widget (6); numbers one "
                   "multi-line widget, one per line; numbers staying another; mobile-only ICCID "
                   "section not ours; ID card series not ours; signature without a widget.")
    s.date_formats = ["%d.%m.%Y"]
    s.text(40, H - 44, "Someș Telecom S.A.", 12, bold=True)
    s.text(40, H - 56, "Str. Horea 3, 400174 Cluj-Napoca  |  portare@somestelecom.example", 7.5)
    s.text(40, H - 84, "CERERE DE PORTARE A NUMĂRULUI", 14, bold=True)
    y = H - 110
    s.band(40, y, W - 80, "1. Abonatul", 9)
    y -= 34
    _lab(s, 40, y, "Nume / denumire titular")
    tf(s, "CNP", 40, y, 330, 14, "account_name")
    _lab(s, 380, y, "CNP / CUI")
    tf(s, "Nume", 380, y, 175, 14, None)
    y -= 34
    _lab(s, 40, y, "Cod client")
    tf(s, "Text3", 40, y, 160, 14, "account_number")
    _lab(s, 210, y, "Operatorul actual")
    choice(s, "Text4", 210, y, 160, ["Digi (RCS & RDS)", "Digi România", "Orange România",
                                    "Orange Romania Communications", "Vodafone România",
                                    "Telekom Romania"], "carrier")
    s.frame(210, y, 160, 15)
    _lab(s, 380, y, "Serie / nr. act identitate")
    tf(s, "Text5", 380, y, 175, 14, None)
    y -= 30
    y = radio_yes_no(s, "Grup1", 40, y, "Este un cont de persoană juridică (firmă)?",
                     "check:business", "check:residential", words=("Da", "Nu"), at=300)
    y = radio_yes_no(s, "Grup2", 40, y, "Se portează toate numerele din contract?",
                     "check:full_port", "check:partial_port", words=("Da", "Nu"), at=300)
    s.band(40, y, W - 80, "2. Adresa de instalare", 9)
    y -= 34
    _lab(s, 40, y, "Strada și numărul")
    tf(s, "Text6", 40, y, 330, 14, "street")
    _lab(s, 380, y, "Localitatea")
    tf(s, "Text7", 380, y, 175, 14, "city")
    y -= 34
    _lab(s, 40, y, "Județul")
    choice(s, "Text8", 40, y, 120, ["Alba", "Bistrița-Năsăud", "Cluj", "Mureș", "Sibiu"],
           "state")
    s.frame(40, y, 120, 15)
    _lab(s, 170, y, "Cod poștal")
    tf(s, "Text9", 170, y, 90, 14, "postal_code", maxlen=6, comb=True)
    _lab(s, 270, y, "Telefon de contact")
    tf(s, "Text10", 270, y, 120, 14, "contact_phone")
    _lab(s, 400, y, "E-mail")
    tf(s, "Text11", 400, y, 155, 14, "contact_email")
    y -= 24
    s.band(40, y, W - 80, "3. Numerele", 9)
    y -= 16
    _lab(s, 40, y - 17, "Numerele de portat (câte unul pe rând)")
    multiline(s, "Text12", 40, y - 86, 250, 84, "numbers", "numerele de portat")
    _lab(s, 305, y - 17, "Numere care rămân la operatorul actual")
    multiline(s, "Text13", 305, y - 50, 250, 48, "remaining_numbers", "numere care rămân")
    _lab(s, 305, y - 74, "Data dorită")
    s.text(305, y - 82, "(zz.ll.aaaa)", 6)
    tf(s, "Text14", 305, y - 74, 120, 14, "requested_date")
    _lab(s, 435, y - 74, "Număr principal")
    tf(s, "Text20", 435, y - 74, 120, 14, "btn")
    y -= 104
    s.band(40, y, W - 80, "4. Doar pentru numere mobile", 9)
    y -= 34
    _lab(s, 40, y, "ICCID (seria cartelei SIM)")
    tf(s, "Text15", 40, y, 220, 14, None)
    _lab(s, 270, y, "Tip abonament (preplătit / abonament)")
    tf(s, "Text16", 270, y, 180, 14, None)
    y -= 24
    s.band(40, y, W - 80, "5. Declarație și semnătură", 9)
    y = s.para(40, y - 18, "Subsemnatul/Subsemnata solicit portarea numerelor de mai sus la "
               "Someș Telecom S.A. și o împuternicesc să transmită în numele meu cererea de "
               "încetare a contractului cu operatorul actual pentru aceste numere.", W - 80, 7.5)
    y -= 30
    _lab(s, 40, y, "Nume în clar (semnatar)")
    tf(s, "Text17", 40, y, 200, 14, "authorized_name")
    _lab(s, 250, y, "Calitatea")
    tf(s, "Text18", 250, y, 150, 14, "authorized_title")
    _lab(s, 410, y, "Data (zz.ll.aaaa)")
    tf(s, "Text19", 410, y, 145, 14, "date_signed")
    y -= 44
    s.sign_line("Semnătura", 40, y, 260, label_below=True)
    s.frame(300, y - 12, 255, 46)
    s.text(304, y + 26, "Rezervat operator: nr. înregistrare / data", 6.5)
    s._place((302, y - 10, 553, y + 22), None, what="rezervat operator")
    s.footer("ST-POR-5 / 2029")
    return s.build()


def pv_paragraph_a5_paper() -> Built:
    s = UnicodeSheet("r29-pv-zayavlenie-a5-paper", "BG", "bg",
                     "Paper, Plovdiv, Bulgarian (Cyrillic), one A5 sheet. Numbers in a free-text "
                     "paragraph (numbers box), those staying in another; phone and postcode in "
                     "paper combs; ЕГН and ЕИК not ours; signatures as a table, subscriber row "
                     "ours, operator's representative row not; dates ДД.ММ.ГГГГ.", A5,
                     ["r29-pv", "r29-pv-partial"])
    s.date_formats = ["%d.%m.%Y"]
    w, h = A5
    s.text(28, h - 34, "МАРИЦА КОМ ЕАД  ·  гр. Пловдив, бул. Марица 12", 7.5)
    s.text(28, h - 54, "ЗАЯВЛЕНИЕ ЗА ПРЕНАСЯНЕ НА НОМЕР", 11, bold=True)
    y = h - 76
    s.blank("Титуляр (име / фирма):", 28, y, w - 28, "account_name", size=7.5)
    y -= 17
    s.blank("ЕГН / ЕИК:", 28, y, 170, None, size=7.5)
    s.blank("Клиентски номер:", 178, y, w - 28, "account_number", size=7.5)
    y -= 17
    s.blank("Настоящ оператор:", 28, y, 210, "carrier", size=7.5)
    x = s.text(220, y, "Вид:", 7.5) + 6
    s.tick(x, y - 1, "check:residential", "физ. лице")
    s.tick(x + 62, y - 1, "check:business", "юр. лице")
    y -= 17
    s.blank("Адрес (ул., №):", 28, y, 260, "street", size=7.5)
    s.blank("Град:", 268, y, w - 28, "city", size=7.5)
    y -= 20
    s.text(28, y + 3, "Пощ. код", 7.5)
    comb(s, 66, y, "____", "postal_code", "пощенски код", cell=9, h=12)
    s.text(118, y + 3, "Тел. за връзка", 7.5)
    comb(s, 176, y, "0__ ___ ___", "contact_phone", "телефон за връзка", cell=9, h=12)
    y -= 18
    s.blank("Е-поща:", 28, y, 230, "contact_email", size=7.5)
    s.blank("Главен номер:", 238, y, w - 28, "btn", size=7.5)
    y -= 22
    s.text(28, y, "Моля, пренесете следните номера:", 7.5, bold=True)
    for k in range(3):
        s.rule(28 + (140 if k == 0 else 0), y - 2 - k * 14, w - 28)
    s._place((28, y - 32, w - 28, y + 10), "numbers", what="следните номера (абзац)")
    s.text(w - 150, y - 42, "(продължение на гърба)", 6.5)
    y -= 56
    x = s.text(28, y, "Пренасят се всички номера по договора:", 7.5) + 8
    s.tick(x, y - 1, "check:full_port", "да")
    s.tick(x + 40, y - 1, "check:partial_port", "не, остават:")
    s.rule(x + 130, y - 2, w - 28)
    s._place((x + 130, y - 4, w - 28, y + 10), "remaining_numbers", what="остават")
    y -= 18
    s.blank("Желана дата на пренасяне (ДД.ММ.ГГГГ):", 28, y, 250, "requested_date", size=7.5)
    y = s.para(28, y - 18, "Упълномощавам Марица Ком ЕАД да подаде от мое име искане за "
               "прекратяване на договора с настоящия оператор за пренасяните номера.", w - 56,
               6.8)
    y = sign_table(s, 28, y - 4, [("Подпис", 90), ("Име и фамилия", 100), ("Длъжност", 60),
                                  ("Дата", 50)],
                   [("Абонат", ["signature", "authorized_name", "authorized_title",
                                "date_signed"]),
                    ("За оператора", [None, None, None, None])], row_h=26)
    s.text(28, 26, "МК-ПР-1 · Екземпляр за оператора", 6.5)
    return s.build()


FORMS = {
    "r29-tr-cerere-litere-rarite-fillable": tr_spaced_fillable,
    "r29-pv-zayavlenie-a5-paper": pv_paragraph_a5_paper,
}
