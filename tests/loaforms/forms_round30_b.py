"""Round 30, second batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- A Moravian partly fillable žádost on two A5 sheets in an embedded Unicode font: labels
  letter-spaced (drawn a glyph at a time) or split by a font change mid-word ("Adre" + "sa"),
  the holder's name one field whose two widgets (kids) sit on both pages, the company ID (IČO)
  not ours, a paper numbers table, the numbers staying "only for a partial port", and a
  signature row drawn as a table "Podpis | Jméno | Funkce | Datum" with a second row for the
  losing operator (not ours).
- A Varna paper заявление in Bulgarian (Cyrillic): ЕГН / ЕИК and the ID card number on the rows
  of the holder and the signer (not ours), the whole address in one box of three lines, the
  numbers in a free-text paragraph "Моля, пренесете следните номера: ____ (продължава на
  гърба)", the position "само за юридически лица" (empty for the residential case), and
  "Дата: __.__.20__".
- A Kaunas fillable prašymas whose page carries a CropBox that does not start at 0,0: widgets
  labelled only with codes "1.1".."3.2" and their key in a legend box, radio groups for the
  holder's type and full / partial, the operator in a drop-down of official names, the customer
  number at the NEW operator, the company code and an office-use box inside the holder's section
  (not ours).
- A Gotland paper begäran om nummerflytt: "Ja / Nej" per question, the postcode in a comb
  "SE-___ __" with "SE-" printed, an organisation-number comb and "www." before a website blank
  (not ours), numbers as "Riktnummer | Nummer" rows, the numbers staying "endast om Nej", and a
  signature table with the receiving operator's row (not ours).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, A5

from tests.loaforms.round14_kit import UnicodeSheet, split_comb, unicode_a4
from tests.loaforms.round24_kit import TWIN, join_twins
from tests.loaforms.round28_kit import choice, tf
from tests.loaforms.round30_kit import crop, mixed, sign_table, spaced, yes_no

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4
W5, H5 = A5


def _head(s: UnicodeSheet, right: float, top: float, lines: list[str]) -> None:
    s.c.setFont(s.bold_font, 9)
    s.c.drawRightString(right, top, lines[0])
    s.c.setFont(s.font, 7)
    for n, line in enumerate(lines[1:], start=1):
        s.c.drawRightString(right, top - 2 - n * 9, line)


def mor_spaced_twins_a5() -> Built:
    s = UnicodeSheet("r30-mor-spaced-twins-a5", "CZ", "cs",
                     "Partly fillable Moravian žádost on two A5 sheets, Unicode font. Labels "
                     "letter-spaced (a glyph at a time) or split by a font change mid-word; the "
                     "holder's name one field with a widget (kid) on each page (both truth); IČO "
                     "not ours; paper numbers table of 8 rows; numbers staying only for a partial "
                     "port; signature row as a table 'Podpis | Jméno | Funkce | Datum' with a "
                     "second row for the losing operator (not ours).", A5,
                     ["r30-mor", "r30-mor-partial"])
    s.date_formats = ["%d.%m.%Y", "%d. %m. %Y"]
    _head(s, W5 - 24, H5 - 28, ["Morava Net s.r.o.", "Masarykova 12, 602 00 Brno",
                                "Zákaznická linka 545 555 100"])
    s.text(24, H5 - 32, "Žádost o přenesení čísla", 12, bold=True)
    y = H5 - 76
    spaced(s, 24, y + 16, "JMÉNO / NÁZEV ZÁKAZNÍKA", 6.5)
    tf(s, "zakaznik", 24, y, 250, 13, "account_name")
    spaced(s, 282, y + 16, "IČO", 6.5)
    tf(s, "ico", 282, y, 114, 13, None)
    y -= 30
    mixed(s, 24, y + 16, [("Adre", False), ("sa instalace (ulice a č. p.)", True)], 6.5)
    tf(s, "adresa", 24, y, 220, 13, "street")
    mixed(s, 250, y + 16, [("Ob", True), ("ec", False)], 6.5)
    tf(s, "obec", 250, y, 90, 13, "city")
    spaced(s, 346, y + 16, "PSČ", 6.5)
    tf(s, "psc", 346, y, 50, 13, "postal_code")
    y -= 30
    mixed(s, 24, y + 16, [("Číslo zákaz", False), ("nického účtu", True)], 6.5)
    tf(s, "ucet", 24, y, 150, 13, "account_number")
    spaced(s, 182, y + 16, "SOUČASNÝ OPERÁTOR", 6.5)
    tf(s, "operator", 182, y, 214, 13, "carrier")
    y -= 24
    spaced(s, 24, y, "TELEFONNÍ ČÍSLA K PŘENESENÍ", 7, bold=True)
    slots = s.slot_group(ordered=True)
    for r in range(8):
        col, row = divmod(r, 4)
        bx, by = 24 + col * 190, y - 20 - row * 17
        s.right_text(bx + 12, by + 4, f"{r + 1}.", 7.5)
        s.frame(bx + 16, by, 166, 14)
        s.slot(slots, (bx + 17, by + 1, bx + 181, by + 13), f"číslo {r + 1}")
    y -= 20 + 4 * 17 + 10
    s.text(24, y, "Vyplňte jen při částečném přenesení - čísla, která zůstávají:", 7)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        s.frame(24 + k * 190, y - 20, 182, 14)
        s.slot(stay, (25 + k * 190, y - 19, 205 + k * 190, y - 7), f"zůstává {k + 1}")
    y -= 48
    mixed(s, 24, y + 16, [("Požadované datum přene", False), ("sení", True)], 6.5)
    s.box(24, y, 100, 13, "requested_date", "požadované datum")
    spaced(s, 132, y + 16, "KONTAKTNÍ TELEFON", 6.5)
    tf(s, "telefon", 132, y, 110, 13, "contact_phone")
    spaced(s, 250, y + 16, "E-MAIL", 6.5)
    tf(s, "email", 250, y, 146, 13, "contact_email")
    s.footer("MN-PREN-A5  1/2")
    s.next_page()
    s.text(24, H5 - 32, "Žádost o přenesení čísla - prohlášení", 11, bold=True)
    spaced(s, 24, H5 - 50, "ZÁKAZNÍK", 6.5)
    tf(s, "zakaznik" + TWIN, 24, H5 - 66, 250, 13, "account_name")
    s.places[-1].update(widget="zakaznik", what="the holder's name again (second kid)")
    y = s.para(24, H5 - 90, "Zákazník žádá o přenesení uvedených čísel k Morava Net s.r.o. a "
               "zmocňuje ji k jednání se současným operátorem. Služby na přenesených číslech u "
               "současného operátora zaniknou dnem přenesení.", W5 - 48, 7)
    y -= 14
    sign_table(s, 24, y, [("", 80), ("Podpis", 82), ("Jméno (hůlkovým písmem)", 104),
                          ("Funkce", 56), ("Datum", 50)],
               [("Zákazník", [None, "signature", "authorized_name", "authorized_title",
                              "date_signed"]),
                ("Opouštějící operátor", [None, None, None, None, None])])
    s.footer("MN-PREN-A5  2/2")
    pdf, truth = s.build()
    return join_twins(pdf), truth


def bg_cyrillic_paragraph_paper() -> Built:
    s = unicode_a4("r30-bg-cyrillic-paragraph-paper", "BG", "bg", ["r30-bg", "r30-bg-partial"],
                   "Paper Varna заявление in Bulgarian (Cyrillic, Unicode font). ЕГН / ЕИК on the "
                   "holder's row and the ID card number on the signer's row (not ours); the "
                   "whole address in one box of three lines; the numbers in a free-text "
                   "paragraph box 'Моля, пренесете следните номера: ... (продължава на гърба)'; "
                   "numbers staying only for a partial port; длъжност only for legal entities "
                   "(empty for the residential case); 'Дата: __.__.20__' parts.")
    s.date_formats = ["%d.%m.%Y", "%d.%m.%Y г."]
    _head(s, W4 - 40, H4 - 36, ["Варна Телеком ЕАД", "бул. Сливница 2, 9000 Варна",
                                "Телефон 052 555 100"])
    s.text(40, H4 - 50, "ЗАЯВЛЕНИЕ", 15, bold=True)
    s.text(40, H4 - 64, "за пренасяне на номер към Варна Телеком ЕАД", 9)
    y = H4 - 96
    s.text(40, y, "Абонатът е:", 8.5)
    s.tick(120, y - 1, "check:business", "юридическо лице")
    s.tick(230, y - 1, "check:residential", "физическо лице")
    y -= 24
    s.blank("Име / наименование на абоната:", 40, y, 380, "account_name", 8.5)
    s.blank("ЕГН / ЕИК:", 390, y, W4 - 40, None, 8.5)
    y -= 22
    s.text(40, y, "Адрес (улица, №, град, пощенски код):", 8.5)
    s.box(40, y - 48, W4 - 80, 44, "address", "адрес, три реда")
    for k in (1, 2):
        s.rule(44, y - 48 + k * 14.7, W4 - 44, 0.3)
    y -= 70
    s.blank("Настоящ оператор:", 40, y, 280, "carrier", 8.5)
    s.blank("Клиентски номер:", 290, y, W4 - 40, "account_number", 8.5)
    y -= 30
    s.text(40, y, "Моля, пренесете следните номера:", 9, bold=True)
    s.box(40, y - 62, W4 - 80, 56, "numbers", "абзац с номерата")
    s.text(W4 - 160, y - 72, "(продължава на гърба)", 7)
    y -= 92
    s.text(40, y, "Само при частично пренасяне - номера, които остават при настоящия оператор:",
           8.5)
    s.box(40, y - 24, W4 - 80, 18, "remaining_numbers", "остават")
    y -= 46
    s.blank("Желана дата за пренасяне:", 40, y, 260, "requested_date", 8.5)
    s.blank("Телефон за връзка:", 270, y, W4 - 40, "contact_phone", 8.5)
    y -= 22
    s.blank("Електронна поща:", 40, y, 340, "contact_email", 8.5)
    y -= 30
    y = s.para(40, y, "Упълномощавам Варна Телеком ЕАД да подаде от мое име заявление за "
               "пренасяне на посочените номера до настоящия ми оператор.", W4 - 80, 8)
    y -= 20
    s.blank("Име, фамилия на подписващия:", 40, y, 330, "authorized_name", 8.5)
    s.blank("Лична карта №:", 340, y, W4 - 40, None, 8.5)
    y -= 22
    s.blank("Длъжност (само за юридически лица):", 40, y, 330, "authorized_title", 8.5)
    y -= 40
    x = s.text(40, y, "Дата:", 9) + 4
    s.line_under(x, y - 2, x + 20, "date_signed_day", "ден")
    x = s.text(x + 22, y, ".", 9) + 2
    s.line_under(x, y - 2, x + 20, "date_signed_month", "месец")
    x = s.text(x + 22, y, ".20", 9) + 1
    s.line_under(x, y - 2, x + 18, "date_signed_year2", "година")
    s.text(x + 20, y, "г.", 9)
    s.sign_line("Подпис:", 300, y, W4 - 40)
    s.footer("ВТ-ПН-01 / 2026")
    return s.build()


def lt_codes_cropped_fillable() -> Built:
    s = unicode_a4("r30-lt-codes-cropped-fillable", "LT", "lt", ["r30-lt", "r30-lt-partial"],
                   "Fillable Kaunas prašymas; the page's CropBox starts at (18, 16), not 0,0. "
                   "Widgets labelled only with codes 1.1..3.2, key in a legend box at the top. "
                   "Radio groups holder type (Juridinis / Fizinis) and full / partial; operator "
                   "drop-down of official names; customer number at the NEW operator, company "
                   "code and an office-use box inside the holder's section (not ours); "
                   "signature on paper.")
    s.date_formats = ["%Y-%m-%d", "%Y.%m.%d"]
    _head(s, W4 - 40, H4 - 44, ["UAB Nemunas Ryšys", "Savanorių pr. 1, LT-44255 Kaunas",
                                "Tel. 837 555 100"])
    s.text(40, H4 - 54, "Prašymas perkelti numerius", 14, bold=True)
    legend = [("1.1", "Abonento pavadinimas / vardas, pavardė"), ("1.2", "Įmonės kodas"),
              ("1.3", "Kliento Nr. pas naują operatorių"), ("1.4", "Adresas (gatvė, namas)"),
              ("1.5", "Miestas"), ("1.6", "Pašto kodas"), ("2.1", "Dabartinis operatorius"),
              ("2.2", "Sutarties / sąskaitos Nr."), ("2.3", "Pageidaujama data (MMMM-MM-DD)"),
              ("3.1", "Kontaktinis telefonas"), ("3.2", "El. paštas")]
    s.frame(40, H4 - 150, W4 - 80, 82)
    s.text(46, H4 - 80, "Laukų paaiškinimai", 7.5, bold=True)
    for k, (code, words) in enumerate(legend):
        col, row = divmod(k, 6)
        s.text(46 + col * 255, H4 - 92 - row * 10, code, 6.5, bold=True)
        s.text(64 + col * 255, H4 - 92 - row * 10, words, 6.5)

    def coded(code: str, name: str, x: float, y: float, w: float, fld: str | None) -> None:
        s.text(x, y + 4, code, 7.5, bold=True)
        tf(s, name, x + 16, y, w - 16, 14, fld)

    y = H4 - 176
    s.text(40, y, "1. Abonentas", 9, bold=True)
    s.text(150, y, "Tipas:", 8)
    s.radio("tipas", "0", 180, y - 1, "check:business", "Juridinis asmuo")
    s.radio("tipas", "1", 270, y - 1, "check:residential", "Fizinis asmuo")
    y -= 24
    coded("1.1", "f01", 40, y, 330, "account_name")
    coded("1.2", "f02", 380, y, W4 - 420, None)
    y -= 22
    coded("1.3", "f03", 40, y, 170, None)
    s.frame(220, y - 2, W4 - 260, 18)
    s.text(224, y + 4, "Tik tarnybinėms žymoms:", 6.5)
    tf(s, "f04", 310, y, W4 - 352, 14, None)
    y -= 22
    coded("1.4", "f05", 40, y, 260, "street")
    coded("1.5", "f06", 310, y, 120, "city")
    coded("1.6", "f07", 440, y, W4 - 480, "postal_code")
    y -= 30
    s.text(40, y, "2. Numeriai", 9, bold=True)
    s.text(150, y, "Perkeliami:", 8)
    s.radio("apimtis", "0", 200, y - 1, "check:full_port", "visi numeriai")
    s.radio("apimtis", "1", 280, y - 1, "check:partial_port", "dalis numerių")
    y -= 24
    s.text(40, y + 4, "2.1", 7.5, bold=True)
    choice(s, "f10", 56, y, 180, ["Telia Lietuva, AB", "BITE Lietuva, UAB", "Tele2, UAB",
                                  "Cgates, UAB"], "carrier",
           accept=["Telia Lietuva, AB", "BITE Lietuva, UAB"], h=14)
    coded("2.2", "f11", 246, y, 150, "account_number")
    coded("2.3", "f12", 406, y, W4 - 446, "requested_date")
    y -= 24
    s.text(40, y, "Perkeliami numeriai", 8, bold=True)
    s.text(320, y, "Lieka dabartiniam operatoriui (tik jei dalis)", 8, bold=True)
    slots = s.slot_group(ordered=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for r in range(8):
        col, row = divmod(r, 4)
        bx, by = 40 + col * 135, y - 20 - row * 18
        s.text(bx, by + 4, f"{r + 1}.", 7.5)
        tf(s, f"n{r + 1}", bx + 14, by, 116, 14, None)
        s.places.pop()
        s.slot(slots, (bx + 14, by, bx + 130, by + 14), f"numeris {r + 1}", f"n{r + 1}")
    for k in range(3):
        by = y - 20 - k * 18
        tf(s, f"l{k + 1}", 320, by, 140, 14, None)
        s.places.pop()
        s.slot(stay, (320, by, 460, by + 14), f"lieka {k + 1}", f"l{k + 1}")
    y -= 20 + 4 * 18 + 12
    s.text(40, y, "3. Kontaktai", 9, bold=True)
    y -= 22
    coded("3.1", "f20", 40, y, 200, "contact_phone")
    coded("3.2", "f21", 250, y, W4 - 290, "contact_email")
    y -= 30
    y = s.para(40, y, "Prašau perkelti nurodytus numerius į UAB Nemunas Ryšys tinklą ir "
               "įgalioju ją atlikti visus su tuo susijusius veiksmus.", W4 - 80, 8)
    y -= 34
    s.sign_line("Parašas", 40, y, 240, label_below=True)
    s.text(260, y + 18, "Vardas, pavardė", 7)
    tf(s, "f30", 260, y, 140, 14, "authorized_name")
    s.text(410, y + 18, "Pareigos", 7)
    tf(s, "f31", 410, y, 80, 14, "authorized_title")
    s.text(500, y + 18, "Data", 7)
    tf(s, "f32", 500, y, W4 - 540, 14, "date_signed")
    s.footer("NR-PERK-3  2026")
    pdf, truth = s.build()
    return crop(pdf, {1}, (18, 16, W4 - 12, H4 - 8)), truth


def _area_rows(s: UnicodeSheet, slots: list[dict[str, Any]], x: float, top: float,
               rows: int) -> None:
    """'Nr | Riktnummer | Nummer': the row's area code in its own box (truth: that row's area
    code, with or without the 0), the rest of the number in the slot."""
    for head, cx, w in (("Nr", x, 24), ("Riktnummer", x + 24, 60), ("Nummer", x + 84, 172)):
        s.frame(cx, top - 16, w, 16)
        s.text(cx + 3, top - 11, head, 7, bold=True)
    for r in range(rows):
        ry = top - 16 * (r + 2)
        s.frame(x, ry, 24, 16)
        s.right_text(x + 18, ry + 5, str(r + 1), 8)
        place = s.box(x + 24, ry, 60, 16, "area_code", f"riktnummer {r + 1}")
        place["row"] = r
        s.frame(x + 84, ry, 172, 16)
        s.slot(slots, (x + 85, ry + 1, x + 255, ry + 15), f"nummer {r + 1}")


def got_ja_nej_area_paper() -> Built:
    s = unicode_a4("r30-got-ja-nej-area-paper", "SE", "sv", ["r30-got", "r30-got-partial"],
                   "Paper Gotland begäran om nummerflytt. 'Ja / Nej' ticks per question "
                   "(företagsabonnemang, alla nummer); postcode comb 'SE-___ __' with SE- "
                   "printed (the value without it); organisation-number comb and 'www.' before "
                   "a website blank (not ours); numbers as Riktnummer | Nummer rows (area code "
                   "with or without 0); numbers staying only 'om Nej'; befattning only for "
                   "companies (empty for the residential case); signature table with the "
                   "receiving operator's row (not ours).")
    s.date_formats = ["%Y-%m-%d"]
    _head(s, W4 - 40, H4 - 36, ["Gutenät AB", "Hamngatan 3, 621 57 Visby", "Kundtjänst "
                                "0498-55 51 00"])
    s.text(40, H4 - 50, "Begäran om nummerflytt", 15, bold=True)
    y = H4 - 84
    yes_no(s, 40, y, "Är abonnemanget ett företagsabonnemang?", "check:business",
           "check:residential", words=("Ja", "Nej"), at=300)
    y -= 16
    yes_no(s, 40, y, "Ska alla nummer på abonnemanget flyttas?", "check:full_port",
           "check:partial_port", words=("Ja", "Nej"), at=300)
    y -= 28
    s.blank("Abonnentens namn (som på fakturan)", 40, y, W4 - 40, "account_name", 8.5)
    y -= 24
    s.text(40, y, "Organisationsnummer / personnummer", 8)
    split_comb(s, 210, y - 4, [6, 4], None, "organisationsnummer", cell=12, h=14)
    y -= 24
    s.blank("Gatuadress", 40, y, 330, "street", 8.5)
    s.text(340, y, "Postnummer", 8)
    s.text(392, y, "SE-", 8)
    split_comb(s, 408, y - 4, [3, 2], "postal_code", "postnummer", cell=12, h=14)
    y -= 24
    s.blank("Ort", 40, y, 300, "city", 8.5)
    s.text(310, y, "Land", 8)
    s.frame(336, y - 4, W4 - 376, 14)
    s.text(340, y, "Sverige", 8)
    y -= 24
    s.blank("Nuvarande operatör", 40, y, 300, "carrier", 8.5)
    s.blank("Kundnummer", 310, y, W4 - 40, "account_number", 8.5)
    y -= 24
    s.text(40, y, "Hemsida", 8)
    s.text(80, y, "www.", 8)
    s.rule(100, y - 2, 300)
    s._place((100, y - 4, 300, y + 11), None, what="hemsida after www.")
    s.blank("Önskat flyttdatum (ÅÅÅÅ-MM-DD)", 310, y, W4 - 40, "requested_date", 8.5)
    y -= 30
    s.text(40, y, "Nummer som ska flyttas", 9, bold=True)
    s.text(320, y, "Endast om Nej ovan: nummer som ska vara kvar", 8, bold=True)
    slots = s.slot_group(ordered=True)
    s._slot_groups[-1]["local"] = True
    _area_rows(s, slots, 40, y - 6, 8)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(3):
        by = y - 22 - k * 18
        s.frame(320, by, 235, 15)
        s.slot(stay, (321, by + 1, 554, by + 14), f"kvar {k + 1}")
    y -= 6 + 16 * 9 + 20
    s.blank("Kontakttelefon", 40, y, 260, "contact_phone", 8.5)
    s.blank("E-post", 270, y, W4 - 40, "contact_email", 8.5)
    y -= 26
    y = s.para(40, y, "Jag begär att numren ovan flyttas till Gutenät AB och ger Gutenät AB "
               "fullmakt att säga upp dem hos nuvarande operatör.", W4 - 80, 8)
    y -= 12
    sign_table(s, 40, y, [("", 80), ("Underskrift", 140), ("Namnförtydligande", 120),
                          ("Befattning (företag)", 90), ("Datum", 85)],
               [("Abonnent", [None, "signature", "authorized_name", "authorized_title",
                              "date_signed"]),
                ("Mottagande operatör", [None, None, None, None, None])])
    s.footer("GN-NF-2026")
    return s.build()


FORMS = {
    "r30-mor-spaced-twins-a5": mor_spaced_twins_a5,
    "r30-bg-cyrillic-paragraph-paper": bg_cyrillic_paragraph_paper,
    "r30-lt-codes-cropped-fillable": lt_codes_cropped_fillable,
    "r30-got-ja-nej-area-paper": got_ja_nej_area_paper,
}
