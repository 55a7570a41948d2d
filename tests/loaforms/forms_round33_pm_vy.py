"""Round 33, Pomerania and Vysočina (held back; truth from the drawn page, the filler never run
on these by their author):

- A Pomeranian partly fillable wniosek o przeniesienie numeru in Polish on two A4 pages: section
  titles turned 90 degrees in dark strips in the left margin, the subscriber's widgets named
  for something else (the form was copied from another: 'Adres' on the contact phone,
  'Ulica' on the main number, 'Podpis' on the requested date, 'Telefon' on the name), two
  repeated paper sections 'Lokalizacja 1' and 'Lokalizacja 2', each with its address and its
  own numbers (the case is one site: the second stays empty), paper ticks for all / some
  numbers and the numbers that stay, the terms and the signature on page 2.
- A Vysočina fillable žádost o přenesení čísla in Czech with English stacked under every
  label, widgets Text1..Text31 in no order, one wide widget under the two column headers
  'Ulice / Street | Č. p. / No.', two widgets 'Jméno / First name' | 'Příjmení / Surname'
  with their labels under them, an OKU code (the porting code from the current operator),
  'např. / e.g.' example values beside the blanks, a radio pair for all / some numbers and a
  signature box.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet
from tests.loaforms.round5_kit import letterhead
from tests.loaforms.round14_kit import UnicodeSheet
from tests.loaforms.round28_kit import span, tf
from tests.loaforms.round29_kit import multiline
from tests.loaforms.round31_kit import grey, side_label

Built = tuple[bytes, dict[str, Any]]


def _lab(s: Sheet, x: float, y: float, text: str, size: float = 6.8) -> None:
    s.text(x, y + 16, text, size)


def _bi(s: Sheet, x: float, y: float, first: str, other: str) -> None:
    """A Czech label with its English stacked under it, both above the widget at y."""
    s.text(x, y + 24, first, 6.8)
    s.c.setFillGray(0.35)
    s.text(x, y + 16.5, other, 6.2)
    s.c.setFillGray(0)


def pm_locations_partly() -> Built:
    s = UnicodeSheet("r33-pm-locations-partly-fillable", "PL", "pl",
                     "Partly fillable, Pomerania, two A4 pages, Polish. Section titles turned 90 "
                     "degrees in the left margin; subscriber widgets named for something else "
                     "(the printed label wins); NIP / PESEL not ours; paper Lokalizacja 1 (the "
                     "service address and numbers 1-6, ours) and Lokalizacja 2 (empty); paper "
                     "ticks all / some numbers; numbers staying two lines; requested date widget "
                     "named 'Podpis'; page 2 terms, signature line, Data ours, Miejscowość and "
                     "the operator's employee block not ours.", A4,
                     ["r33-pm", "r33-pm-partial"])
    s.date_formats = ["%d.%m.%Y", "%d-%m-%Y"]
    w, h = A4
    letterhead(s, w - 40, h - 40, ["Kaszubska Siec Sp. z o.o.", "ul. Grunwaldzka 102, "
                                   "80-244 Gdansk", "Biuro obslugi 58 555 01 00"])
    s.text(40, h - 48, "WNIOSEK O PRZENIESIENIE NUMERU", 14, bold=True)
    s.text(40, h - 61, "Pola w ramkach można wypełnić na komputerze; pozostałe długopisem, "
           "drukowanymi literami.", 7.5)
    top = h - 80
    side_label(s, 40, top - 146, top, "ABONENT")
    x0 = 62
    y = top - 24
    _lab(s, x0, y, "Nazwa firmy / imię i nazwisko abonenta")
    tf(s, "Telefon", x0, y, 300, 14, "account_name")
    _lab(s, x0 + 310, y, "NIP / PESEL")
    tf(s, "Text7", x0 + 310, y, 183, 14, None)
    y -= 34
    _lab(s, x0, y, "Obecny operator")
    tf(s, "Imie", x0, y, 150, 14, "carrier")
    _lab(s, x0 + 160, y, "Numer klienta / konta u obecnego operatora")
    tf(s, "Data", x0 + 160, y, 170, 14, "account_number")
    _lab(s, x0 + 340, y, "Numer główny (rozliczeniowy)")
    tf(s, "Ulica", x0 + 340, y, 153, 14, "btn")
    y -= 34
    _lab(s, x0, y, "Osoba upoważniona (imię i nazwisko)")
    tf(s, "Numer", x0, y, 200, 14, "authorized_name")
    _lab(s, x0 + 210, y, "Stanowisko")
    tf(s, "Email", x0 + 210, y, 120, 14, "authorized_title")
    s.text(x0 + 340, y + 4, "Typ:", 7.5)
    s.checkbox("Check1", x0 + 362, y + 2, "check:business", "firma")
    s.checkbox("Check2", x0 + 410, y + 2, "check:residential", "osoba prywatna")
    y -= 34
    _lab(s, x0, y, "Telefon kontaktowy")
    tf(s, "Adres", x0, y, 150, 14, "contact_phone")
    _lab(s, x0 + 160, y, "E-mail")
    tf(s, "Nazwisko", x0 + 160, y, 333, 14, "contact_email")
    y -= 14
    s.text(x0, y, "Dane muszą być takie same jak na ostatniej fakturze obecnego operatora.", 6.8)
    top = y - 18
    side_label(s, 40, top - 200, top, "LOKALIZACJE")
    bw = (w - x0 - 40 - 10) / 2
    slots = s.slot_group()
    for loc in range(2):
        bx = x0 + loc * (bw + 10)
        ours = loc == 0
        s.frame(bx, top - 200, bw, 200)
        s.text(bx + 6, top - 14, f"Lokalizacja {loc + 1}", 8.5, bold=True)
        y = top - 34
        s.blank("Ulica i nr", bx + 6, y, bx + bw - 6, "street" if ours else None, size=7.5)
        y -= 20
        s.blank("Kod pocztowy", bx + 6, y, bx + 110, "postal_code" if ours else None, size=7.5)
        s.blank("Miejscowość", bx + 116, y, bx + bw - 6, "city" if ours else None, size=7.5)
        y -= 22
        s.text(bx + 6, y, "Numery w tej lokalizacji (bez +48):", 7.5)
        for n in range(6):
            ly = y - 18 - n * 17
            s.right_text(bx + 18, ly, f"{n + 1}.", 7.5)
            if ours:
                s.rule(bx + 22, ly - 2, bx + bw - 6)
                s.slot(slots, (bx + 22, ly - 4, bx + bw - 6, ly + 11), f"lokalizacja 1 nr {n + 1}")
            else:
                s.line_under(bx + 22, ly - 2, bx + bw - 6, None, f"lokalizacja 2 nr {n + 1}",
                             height=11)
    top = top - 214
    side_label(s, 40, top - 100, top + 6, "PRZENIESIENIE")
    y = top - 8
    s.text(x0, y, "Przenieść:", 8)
    s.tick(x0 + 50, y - 1, "check:full_port", "wszystkie numery z umowy")
    s.tick(x0 + 200, y - 1, "check:partial_port", "tylko numery wpisane powyżej")
    y -= 20
    s.text(x0, y, "Numery pozostające u obecnego operatora:", 7.5)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for n in range(2):
        lx = x0 + 205 + n * 148
        s.right_text(lx - 3, y, f"{n + 1}.", 7.5)
        s.rule(lx, y - 2, lx + 130)
        s.slot(stay, (lx, y - 4, lx + 130, y + 11), f"pozostaje {n + 1}")
    y -= 38
    _lab(s, x0, y, "Preferowana data przeniesienia (dd.mm.rrrr)")
    tf(s, "Podpis", x0, y, 110, 14, "requested_date")
    s.text(x0 + 120, y + 4, "najwcześniej 3 dni robocze od złożenia wniosku", 7)
    s.footer("KS-PN-3/2029   strona 1 z 2")
    s.next_page()
    y = h - 60
    s.band(40, y, w - 80, "OŚWIADCZENIA I WARUNKI", 8.5)
    y -= 20
    for para in (
            "1. Abonent wnioskuje o przeniesienie wskazanych numerów do Kaszubskiej Sieci Sp. z "
            "o.o. i upoważnia ją do złożenia w jego imieniu oświadczenia o rozwiązaniu umowy z "
            "obecnym operatorem w zakresie przenoszonych numerów.",
            "2. Umowa z obecnym operatorem obowiązuje do dnia przeniesienia. Nie wypowiadaj jej "
            "wcześniej: numer mógłby zostać utracony.",
            "3. Dane we wniosku muszą być zgodne z danymi u obecnego operatora; niezgodność "
            "powoduje odrzucenie wniosku.",
            "4. Przy przeniesieniu części numerów pozostałe numery zostają u obecnego operatora "
            "na dotychczasowych warunkach."):
        y = s.para(40, y, para, w - 80, 7.5) - 4
    y -= 60
    s.sign_line("Podpis abonenta / osoby upoważnionej", 40, y, 280, label_below=True)
    y -= 32
    s.blank("Miejscowość", 40, y, 170, None, size=8)
    s.blank("Data", 180, y, 280, "date_signed", size=8)
    y -= 40
    s.band(40, y, w - 80, "WYPEŁNIA PRACOWNIK KASZUBSKIEJ SIECI", 8.5)
    y -= 22
    s.blank("Imię i nazwisko pracownika", 40, y, 300, None, size=8)
    s.blank("Nr punktu", 310, y, w - 40, None, size=8)
    y -= 40
    s.rule(40, y, 280)
    s.text(40, y - 9, "Podpis pracownika", 7)
    s._place((40, y - 3, 280, y + 30), None, what="podpis pracownika")
    s.footer("KS-PN-3/2029   strona 2 z 2")
    return s.build()


def vy_bilingual_fillable() -> Built:
    s = UnicodeSheet("r33-vy-bilingual-textn-fillable", "CZ", "cs",
                     "Fillable, Vysočina, one A4 page, Czech with English stacked under each "
                     "label. Widgets Text1..Text31 in no order; IČO / DIČ not ours; one widget "
                     "under 'Ulice | Č. p.' (the street); Jméno | Příjmení two widgets with "
                     "labels under them (the signer's name across both); OKU code is the PIN; "
                     "'např. / e.g.' examples; all / some radio; numbers 1-8 without +420; "
                     "numbers staying; V (place) not ours, dne the signing date; signature "
                     "box.", A4, ["r33-vy", "r33-vy-partial"])
    s.date_formats = ["%d.%m.%Y", "%d. %m. %Y"]
    w, h = A4
    letterhead(s, w - 40, h - 40, ["Vysocina Net s.r.o.", "Znojemska 77, 586 01 Jihlava",
                                   "Zakaznicka linka 567 555 100"])
    s.text(40, h - 48, "ŽÁDOST O PŘENESENÍ ČÍSLA", 14, bold=True)
    s.c.setFillGray(0.35)
    s.text(40, h - 60, "NUMBER PORTING REQUEST", 9, bold=True)
    s.c.setFillGray(0)
    y = h - 80
    s.band(40, y, w - 80, "1  ÚČASTNÍK / SUBSCRIBER", 8.5)
    y -= 38
    _bi(s, 40, y, "Obchodní firma nebo jméno a příjmení", "Company name or full name")
    tf(s, "Text12", 40, y, 330, 14, "account_name")
    _bi(s, 380, y, "IČO / DIČ", "Company ID / VAT ID")
    tf(s, "Text3", 380, y, 175, 14, None)
    y -= 22
    s.text(40, y + 2, "Typ účastníka / Type:", 7.5)
    s.radio("Text30", "1", 130, y, "check:business", "podnikatel / business")
    s.radio("Text30", "2", 240, y, "check:residential", "spotřebitel / consumer")
    y -= 22
    for x0, wd, first, other in ((40, 250, "Ulice", "Street"), (290, 60, "Č. p.", "No.")):
        s.c.setFillGray(0.9)
        s.c.rect(x0, y, wd, 16, stroke=1, fill=1)
        s.c.setFillGray(0)
        s.text(x0 + 3, y + 8.5, first, 6.8, bold=True)
        s.c.setFillGray(0.35)
        s.text(x0 + 3, y + 2, other, 6.2)
        s.c.setFillGray(0)
    y -= 16
    tf(s, "Text7", 40, y, 310, 15, "street")
    tf(s, "Text1", 360, y, 110, 15, "city")
    tf(s, "Text9", 480, y, 75, 15, "postal_code")
    for x0, first, other in ((360, "Obec", "Town"), (480, "PSČ", "Postcode")):
        s.text(x0, y - 8, first, 6.8)
        s.c.setFillGray(0.35)
        s.text(x0 + 1 + s.c.stringWidth(first + " ", s.font, 6.8), y - 8, "/ " + other, 6.2)
        s.c.setFillGray(0)
    y -= 36
    s.text(40, y + 18, "Oprávněná osoba (podepisuje žádost)", 7.5, bold=True)
    s.c.setFillGray(0.35)
    s.text(205, y + 18, "Authorised person (signs the request)", 6.5)
    s.c.setFillGray(0)
    tf(s, "Text21", 40, y, 120, 14, None)
    tf(s, "Text4", 164, y, 170, 14, None)
    span(s, 2, "authorized_name", "Jméno | Příjmení")
    for x0, first, other in ((40, "Jméno", "First name"), (164, "Příjmení", "Surname")):
        s.text(x0, y - 8, first, 6.8)
        s.c.setFillGray(0.35)
        s.text(x0 + 1 + s.c.stringWidth(first + " ", s.font, 6.8), y - 8, "/ " + other, 6.2)
        s.c.setFillGray(0)
    tf(s, "Text15", 344, y, 211, 14, "authorized_title")
    s.text(344, y - 8, "Funkce", 6.8)
    s.c.setFillGray(0.35)
    s.text(370, y - 8, "/ Position (companies only)", 6.2)
    s.c.setFillGray(0)
    y -= 50
    _bi(s, 40, y, "Kontaktní telefon", "Contact phone")
    tf(s, "Text2", 40, y, 150, 14, "contact_phone")
    grey(s, 40, y - 8, "např. / e.g. 603 555 199", 6.2)
    _bi(s, 200, y, "E-mail", "E-mail")
    tf(s, "Text25", 200, y, 355, 14, "contact_email")
    y -= 24
    s.band(40, y, w - 80, "2  STÁVAJÍCÍ OPERÁTOR / CURRENT OPERATOR", 8.5)
    y -= 38
    _bi(s, 40, y, "Název operátora", "Operator")
    tf(s, "Text18", 40, y, 150, 14, "carrier")
    _bi(s, 200, y, "Číslo smlouvy nebo zákaznické číslo", "Contract or customer number")
    tf(s, "Text11", 200, y, 170, 14, "account_number")
    _bi(s, 380, y, "OKU kód", "Porting code (OKU)")
    tf(s, "Text27", 380, y, 175, 14, "pin")
    s.c.setFillGray(0.35)
    s.text(380, y - 8, "zašle vám stávající operátor SMS / sent by SMS", 6)
    s.c.setFillGray(0)
    y -= 24
    s.band(40, y, w - 80, "3  ČÍSLA / NUMBERS", 8.5)
    y -= 16
    s.text(40, y, "Přenést / Port:", 7.5)
    s.radio("Text31", "A", 110, y - 2, "check:full_port", "všechna čísla ze smlouvy / all "
            "numbers")
    s.radio("Text31", "B", 360, y - 2, "check:partial_port", "jen uvedená čísla / only those "
            "listed")
    y -= 16
    s.text(40, y, "Přenášená čísla bez +420", 7.5, bold=True)
    s.c.setFillGray(0.35)
    s.text(150, y, "Numbers to port, without +420", 6.5)
    s.c.setFillGray(0)
    grey(s, 300, y, "např. / e.g. 567 555 100", 6.5)
    y -= 20
    slots = s.slot_group()
    order = [22, 5, 16, 29, 8, 13, 26, 19]
    for n in range(8):
        col, row = divmod(n, 4)
        x, ry = 40 + col * 260, y - row * 20
        s.right_text(x + 14, ry + 4, f"{n + 1}.", 8)
        name = f"Text{order[n]}"
        tf(s, name, x + 18, ry, 200, 14, None)
        s.places.pop()
        s.slot(slots, (x + 18, ry, x + 218, ry + 14), f"číslo {n + 1}", name)
    y -= 4 * 20 + 6
    _bi(s, 40, y - 26, "Čísla, která zůstávají u stávajícího operátora",
        "Numbers staying with the current operator")
    multiline(s, "Text6", 40, y - 50, 300, 24, "remaining_numbers", "zůstávají")
    _bi(s, 360, y - 26, "Požadované datum přenesení", "Requested porting date (DD.MM.RRRR)")
    tf(s, "Text14", 360, y - 26, 110, 14, "requested_date")
    y -= 70
    s.band(40, y, w - 80, "4  PROHLÁŠENÍ / DECLARATION", 8.5)
    y -= 18
    y = s.para(40, y, "Žádám o přenesení uvedených čísel k Vysočina Net s.r.o. a zmocňuji ji "
               "k ukončení smlouvy se stávajícím operátorem v rozsahu přenášených čísel. Údaje "
               "odpovídají údajům u stávajícího operátora.", w - 80, 7.5)
    s.c.setFillGray(0.35)
    y = s.para(40, y, "I ask for the numbers above to be ported to Vysočina Net s.r.o. and "
               "authorise it to end my contract with the current operator for those numbers.",
               w - 80, 6.8)
    s.c.setFillGray(0)
    y -= 40
    s.text(40, y + 4, "V / In", 7.5)
    tf(s, "Text10", 70, y, 120, 14, None)
    s.text(200, y + 4, "dne / on", 7.5)
    tf(s, "Text23", 236, y, 90, 14, "date_signed")
    s.box(340, y - 10, 215, 44, "signature", "podpis")
    s.text(340, y - 19, "Podpis účastníka / oprávněné osoby", 6.8)
    s.c.setFillGray(0.35)
    s.text(340, y - 27, "Signature of the subscriber / authorised person", 6.2)
    s.c.setFillGray(0)
    s.footer("VN-PR-12  v3")
    return s.build()


FORMS = {
    "r33-pm-locations-partly-fillable": pm_locations_partly,
    "r33-vy-bilingual-textn-fillable": vy_bilingual_fillable,
}
