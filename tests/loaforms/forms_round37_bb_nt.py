"""Round 37, Banská Bystrica and the Northern Territory (held back; truth from the drawn pages,
the filler never run on these by their author):

- A Banská Bystrica Region fillable žiadosť o prenesenie čísla in Slovak over two A4 pages, in
  an embedded Unicode font (č, ľ, ť). Ideas: page 2 repeats page 1's header as "Pokračovanie
  zo strany 1" with the holder's name and the customer number to be typed again (widgets of
  their own); a radio group "Ide o podnikateľa?" Áno / Nie with the case's answer; tick boxes
  for the kind of service (Pevná linka / Mobilná sieť / VoIP / Bezplatná linka 0800) with the
  case's kind ticked (a business's fixed lines, a household's mobiles).
- A Northern Territory partly fillable Customer Authority in English on one landscape A4 page.
  Ideas: the landscape page; every number as two widgets "( 0_ ) | ________" (area code and
  number, one slot over both) in a grid of three columns numbered across; two columns of
  printed label / line pairs whose right column's labels sit right after the left column's
  lines (4 points) and far from their own; the customer's e-mail and a dealer's e-mail apart
  (the dealer's stays empty).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import black, white
from reportlab.lib.pagesizes import A4, landscape

from tests.loaforms.kit import Sheet
from tests.loaforms.round14_kit import UnicodeSheet
from tests.loaforms.round28_kit import tf
from tests.loaforms.round29_kit import radio_yes_no
from tests.loaforms.round37_kit import continued_header, service_kinds, two_columns

Built = tuple[bytes, dict[str, Any]]


def bb_slovak_two_pages() -> Built:
    s = UnicodeSheet("r37-bb-slovak-two-pages", "SK", "sk",
                     "Fillable, Banská Bystrica Region, two A4 pages, Slovak (embedded font). "
                     "Page 1: holder widgets (Slovak address order: street, PSČ, obec), IČO not "
                     "ours, radio 'Ide o podnikateľa?' Áno / Nie, service-kind check boxes with "
                     "the case's kind ticked, all / some check boxes, requested date. Page 2: "
                     "'Pokračovanie zo strany 1' repeating the holder's name and customer number "
                     "in widgets of their own, numbers 1-8 in widgets, numbers staying, the "
                     "signature on a printed line, printed name and date widgets.", A4,
                     ["r37-bb", "r37-bb-partial"])
    s.date_formats = ["%d.%m.%Y", "%d. %m. %Y"]
    w, h = A4
    s.text(w - 200, h - 40, "Stredoslovenský Spoj s.r.o.", 10, bold=True)
    s.text(w - 200, h - 51, "Námestie SNP 9, 974 01 Banská Bystrica", 7)
    s.text(40, h - 48, "Žiadosť o prenesenie čísla", 14, bold=True)
    s.text(40, h - 62, "Vyplňte elektronicky. Strana 1 z 2.", 7.5)
    y = h - 90
    s.band(40, y, w - 80, "A. Účastník", 8.5)
    y -= 24
    s.text(40, y + 4, "Meno a priezvisko / obchodné meno:", 8)
    tf(s, "ucastnik_meno", 200, y, 355, 15, "account_name")
    y -= 22
    s.text(40, y + 4, "Číslo zákazníka:", 8)
    tf(s, "cislo_zakaznika", 110, y, 170, 15, "account_number")
    s.text(295, y + 4, "IČO:", 8)
    tf(s, "ico", 320, y, 110, 15, None)
    y -= 22
    y = radio_yes_no(s, "podnikatel", 40, y + 4, "Ide o podnikateľa?", "check:business",
                     "check:residential", words=("Áno", "Nie"), at=185) - 9
    s.text(40, y + 4, "Ulica a číslo:", 8)
    tf(s, "ulica", 105, y, 210, 15, "street")
    s.text(325, y + 4, "PSČ:", 8)
    tf(s, "psc", 350, y, 55, 15, "postal_code")
    s.text(415, y + 4, "Obec:", 8)
    tf(s, "obec", 445, y, 110, 15, "city")
    y -= 22
    s.text(40, y + 4, "Oprávnená osoba:", 8)
    tf(s, "osoba", 125, y, 180, 15, "authorized_name")
    s.text(315, y + 4, "Funkcia:", 8)
    tf(s, "funkcia", 355, y, 200, 15, "authorized_title")
    y -= 22
    s.text(40, y + 4, "Telefón:", 8)
    tf(s, "telefon", 80, y, 140, 15, "contact_phone")
    s.text(230, y + 4, "E-mail:", 8)
    tf(s, "email", 265, y, 290, 15, "contact_email")
    y -= 30
    s.band(40, y, w - 80, "B. Súčasný poskytovateľ a služba", 8.5)
    y -= 24
    s.text(40, y + 4, "Súčasný poskytovateľ:", 8)
    tf(s, "poskytovatel", 145, y, 200, 15, "carrier")
    y -= 24
    s.text(40, y + 1, "Druh služby:", 8)
    service_kinds(s, 100, y, [("Pevná linka", "landline"), ("Mobilná sieť", "mobile"),
                              ("VoIP", "voip"), ("Bezplatná linka 0800", "toll_free")],
                  names=["druh_pevna", "druh_mobilna", "druh_voip", "druh_0800"])
    y -= 24
    s.checkbox("vsetky", 40, y, "check:full_port", "Preniesť všetky čísla")
    s.checkbox("niektore", 200, y, "check:partial_port", "Preniesť len čísla uvedené na strane 2")
    y -= 24
    s.text(40, y + 4, "Požadovaný dátum prenesenia (dd.mm.rrrr):", 8)
    tf(s, "datum_prenosu", 232, y, 90, 15, "requested_date")
    y -= 30
    s.para(40, y, "Čísla, ktoré sa majú preniesť, uveďte na strane 2. Žiadosť podpíšte na "
           "strane 2.", w - 80, 7.5)
    s.footer("SSS-PR-2  strana 1/2")
    s.next_page()
    s.text(40, h - 48, "Žiadosť o prenesenie čísla", 12, bold=True)
    y = continued_header(s, h - 66, "Pokračovanie zo strany 1",
                         [("Meno a priezvisko / obchodné meno", 300, "account_name"),
                          ("Číslo zákazníka", 170, "account_number")],
                         names=["meno_s2", "zakaznik_s2"])
    y -= 22
    s.band(40, y, w - 80, "C. Prenášané čísla", 8.5)
    y -= 24
    slots = s.slot_group()
    for n in range(8):
        col, row = divmod(n, 4)
        bx = 40 + col * 260
        by = y - row * 21
        s.right_text(bx + 12, by + 4, f"{n + 1}.", 8)
        tf(s, f"cislo{n + 1}", bx + 16, by, 220, 15, "number")
        place = s.places.pop()
        s.slot(slots, tuple(place["rect"]), f"číslo {n + 1}", f"cislo{n + 1}")
    y -= 4 * 21 + 8
    s.text(40, y + 4, "Čísla, ktoré zostávajú u súčasného poskytovateľa:", 8)
    tf(s, "zostavaju", 262, y, 293, 15, "remaining_numbers")
    y -= 28
    y = s.para(40, y, "Žiadam o prenesenie uvedených čísel k spoločnosti Stredoslovenský Spoj "
               "s.r.o. a splnomocňujem ju konať v mene účastníka voči súčasnému "
               "poskytovateľovi.", w - 80, 7.5)
    y -= 44
    s.sign_line("Podpis účastníka:", 40, y, 300)
    s.text(320, y + 4, "Dátum:", 8)
    tf(s, "datum_podpisu", 356, y, 90, 15, "date_signed")
    y -= 30
    s.text(40, y + 4, "Meno podpisujúceho:", 8)
    tf(s, "meno_podpis", 135, y, 200, 15, "authorized_name")
    s.footer("SSS-PR-2  strana 2/2")
    return s.build()


def _au_number(s: Sheet, slots: list[dict[str, Any]], x: float, y: float, n: int) -> None:
    """'( 0_ ) | ________': the area code and the number in two widgets; one slot over both."""
    s.text(x, y + 4, "(", 9)
    for name, wx, ww in ((f"ac{n}", x + 5, 22), (f"tel{n}", x + 36, 92)):
        s.c.acroForm.textfield(name=name, tooltip="", x=wx, y=y, width=ww, height=15,
                               fontSize=9, borderWidth=0.5, borderColor=black,
                               fillColor=white, textColor=black, forceBorder=True,
                               annotationFlags="print")
    s.text(x + 29, y + 4, ")", 9)
    s.slot(slots, (x + 5, y, x + 128, y + 15), f"number {n} (area code + number widgets)")


def nt_landscape_partly() -> Built:
    s = Sheet("r37-nt-landscape-partly", "AU", "en",
              "Partly fillable, Northern Territory, one landscape A4 page. Customer details on "
              "paper in two columns of label / line pairs, each right label 4 points after the "
              "left line and far from its own; customer e-mail and dealer e-mail (empty); "
              "numbers 1-9 as two widgets each (area code | number) in a grid numbered across "
              "three columns; all / some check boxes; numbers staying and requested date "
              "widgets; signature, name and date on paper.", landscape(A4),
              ["r37-nt", "r37-nt-partial"])
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    w, h = landscape(A4)
    s.text(w - 260, h - 36, "Top End Telco Pty Ltd", 10, bold=True)
    s.text(w - 260, h - 47, "19 Smith St Mall, Darwin NT 0800", 7.5)
    s.text(40, h - 44, "Customer Authority to Transfer Numbers", 14, bold=True)
    s.text(40, h - 57, "Write the customer details on the lines; type the numbers in the boxes.",
           7.5)
    y = h - 80
    s.band(40, y, w - 80, "CUSTOMER DETAILS", 8.5)
    y -= 24
    y = two_columns(s, y, [
        (("Customer name:", "account_name"), ("ABN:", None)),
        (("Street address:", "street"), ("Suburb:", "city")),
        (("State:", "state"), ("Postcode:", "postal_code")),
        (("Authorised person:", "authorized_name"), ("Position:", "authorized_title")),
        (("Contact phone:", "contact_phone"), ("Customer email:", "contact_email")),
        (("Losing carrier:", "carrier"), ("Account no.:", "account_number")),
        (("Dealer name:", None), ("Dealer email:", None)),
    ], left=(40, 118, 392), right=(396, 500, 800), step=22)
    s.band(40, y, w - 80, "NUMBERS TO TRANSFER  (area code, then the number)", 8.5)
    y -= 24
    slots = s.slot_group()
    for n in range(9):
        row, col = divmod(n, 3)
        bx = 40 + col * 255
        by = y - row * 21
        s.right_text(bx + 14, by + 4, f"{n + 1}.", 8)
        _au_number(s, slots, bx + 20, by, n + 1)
    y -= 3 * 21 + 6
    s.checkbox("all_numbers", 40, y, "check:full_port", "Transfer all numbers on the account")
    s.checkbox("some_numbers", 260, y, "check:partial_port", "Transfer only the numbers above")
    y -= 22
    s.text(40, y + 4, "Numbers staying with the losing carrier:", 8)
    tf(s, "staying", 200, y, 300, 15, "remaining_numbers")
    s.text(515, y + 4, "Preferred date (DD/MM/YYYY):", 8)
    tf(s, "pref_date", 630, y, 90, 15, "requested_date")
    y -= 22
    y = s.para(40, y, "I authorise Top End Telco Pty Ltd to transfer the numbers above from the "
               "losing carrier. I am the customer or authorised to act for the customer.",
               w - 80, 7.5)
    y -= 36
    s.sign_line("Signature:", 40, y, 330)
    s.blank("Name:", 350, y, 600, "authorized_name", 8)
    s.blank("Date:", 620, y, 800, "date_signed", 8)
    s.footer("TET-CA-1  landscape")
    return s.build()


FORMS = {
    "r37-bb-slovak-two-pages": bb_slovak_two_pages,
    "r37-nt-landscape-partly": nt_landscape_partly,
}
