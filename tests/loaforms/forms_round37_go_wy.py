"""Round 37, Gozo and Wyoming (held back; truth from the drawn page, the filler never run on
these by their author):

- A Gozo fillable formola għat-trasferiment tan-numru in Maltese (a language no earlier round
  printed) on one A4 page, in an embedded Unicode font (ħ, ġ, ż, ċ). Ideas: the form's own
  language with Malta's address order (house and street, locality, postcode "VCT 2510"); the
  requested and signing dates written as a sentence with the month in words ("__ ta'
  ________ 20__", the month a Maltese word or its number; the signing year after a printed
  "20"); a radio group "Huwa negozju?" Iva / Le with the case's answer; the customer's e-mail
  and a separate agent's e-mail (the agent's stays empty).
- A Wyoming fillable letter of agency in English on one Letter page. Ideas: widgets whose /TU
  tooltip disagrees with the printed label (the print is the truth: "Account number" printed
  over a widget whose tooltip says "Customer name", the agent's e-mail widget's tooltip says
  "Customer e-mail"); every number as three widgets "( NPA ) NXX - XXXX" in a grid of two
  columns numbered down; the customer's e-mail and a sales agent's e-mail apart (the agent's
  stays empty); a signature block for the customer and a witness side by side (only the
  customer's is ours).
"""

from __future__ import annotations

from itertools import count
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import Sheet
from tests.loaforms.round5_kit import letterhead
from tests.loaforms.round14_kit import UnicodeSheet, npa_field, npa_widget_slots
from tests.loaforms.round28_kit import tf
from tests.loaforms.round29_kit import radio_yes_no
from tests.loaforms.round37_kit import month_sentence, two_signers

Built = tuple[bytes, dict[str, Any]]


def go_maltese_fillable() -> Built:
    s = UnicodeSheet("r37-go-maltese-fillable", "MT", "mt",
                     "Fillable, Gozo, one A4 page, Maltese (embedded font). Customer widgets in "
                     "Malta's address order; radio 'Huwa negozju?' Iva (business) / Le "
                     "(household); customer's e-mail and agent's e-mail (empty); numbers 1-6 in "
                     "widgets; all / some check boxes; numbers staying; requested and signing "
                     "dates as '__ ta' ________ 20__' widgets (month in words or digits); the "
                     "signature on a printed line.", A4, ["r37-go", "r37-go-partial"])
    s.date_formats = ["%d/%m/%Y", "%d.%m.%Y"]
    w, h = A4
    s.text(w - 200, h - 40, "Għawdex Net Ltd", 10, bold=True)
    s.text(w - 200, h - 51, "Triq ir-Repubblika 31, Victoria VCT 1011", 7)
    s.text(40, h - 48, "Formola għat-Trasferiment tan-Numru", 14, bold=True)
    s.text(40, h - 62, "Imla bl-ittri kapitali. Il-formola tista' timtela fuq il-kompjuter.", 7.5)
    y = h - 92
    s.band(40, y, w - 80, "1. Dettalji tal-klijent", 8.5)
    y -= 24
    s.text(40, y + 4, "Isem tal-klijent / kumpanija:", 8)
    tf(s, "isem", 165, y, 390, 15, "account_name")
    y -= 22
    y = radio_yes_no(s, "negozju", 40, y + 4, "Huwa negozju?", "check:business",
                     "check:residential", words=("Iva", "Le"), at=165) - 9
    s.text(40, y + 4, "Numru tad-dar u triq:", 8)
    tf(s, "triq", 165, y, 390, 15, "street")
    y -= 22
    s.text(40, y + 4, "Lokalità:", 8)
    tf(s, "lokalita", 85, y, 190, 15, "city")
    s.text(290, y + 4, "Kodiċi postali:", 8)
    tf(s, "kodici", 360, y, 80, 15, "postal_code")
    y -= 22
    s.text(40, y + 4, "Persuna awtorizzata:", 8)
    tf(s, "awtorizzata", 135, y, 200, 15, "authorized_name")
    s.text(345, y + 4, "Kariga:", 8)
    tf(s, "kariga", 380, y, 175, 15, "authorized_title")
    y -= 22
    s.text(40, y + 4, "Telefon ta' kuntatt:", 8)
    tf(s, "telefon", 135, y, 130, 15, "contact_phone")
    s.text(280, y + 4, "E-mail tal-klijent:", 8)
    tf(s, "email_klijent", 360, y, 195, 15, "contact_email")
    y -= 22
    s.text(280, y + 4, "E-mail tal-aġent:", 8)
    tf(s, "email_agent", 360, y, 195, 15, None)
    s.text(40, y + 4, "(jekk hemm aġent tal-bejgħ)", 7)
    y -= 28
    s.band(40, y, w - 80, "2. Operatur attwali u numri", 8.5)
    y -= 24
    s.text(40, y + 4, "Operatur attwali:", 8)
    tf(s, "operatur", 125, y, 170, 15, "carrier")
    s.text(305, y + 4, "Numru tal-kont:", 8)
    tf(s, "kont", 380, y, 175, 15, "account_number")
    y -= 24
    s.text(40, y + 4, "Numri li għandhom jiġu trasferiti:", 8)
    y -= 22
    slots = s.slot_group()
    for n in range(6):
        bx = 40 + (n % 3) * 172
        by = y - (n // 3) * 22
        s.right_text(bx + 12, by + 4, f"{n + 1}.", 8)
        tf(s, f"numru{n + 1}", bx + 16, by, 150, 15, "number")
        place = s.places.pop()
        s.slot(slots, tuple(place["rect"]), f"numru {n + 1}", f"numru{n + 1}")
    y -= 48
    s.checkbox("kollha", 40, y, "check:full_port", "In-numri kollha tal-kont")
    s.checkbox("xi_whud", 220, y, "check:partial_port", "Xi wħud biss (elenkati hawn fuq)")
    y -= 24
    s.text(40, y + 4, "Numri li jibqgħu mal-operatur attwali:", 8)
    tf(s, "jibqghu", 205, y, 350, 15, "remaining_numbers")
    y -= 26
    month_sentence(s, 40, y + 4, "requested",
                   ["Data mitluba għat-trasferiment:", (22, "day"), "ta'", (80, "month"),
                    (38, "year")], names=["jum_mitlub", "xahar_mitlub", "sena_mitluba"])
    y -= 30
    y = s.para(40, y, "Jiena, il-klijent jew il-persuna awtorizzata, nitlob li n-numri msemmija "
               "hawn fuq jiġu trasferiti lil Għawdex Net Ltd u nawtorizza lil Għawdex Net Ltd "
               "biex tinforma lill-operatur attwali.", w - 80, 7.5)
    y -= 40
    s.sign_line("Firma tal-klijent:", 40, y, 300)
    month_sentence(s, 320, y, "date_signed",
                   ["Data:", (20, "day"), "ta'", (70, "month"), "20", (18, "year2")],
                   names=["jum_firma", "xahar_firma", "sena_firma"])
    s.footer("GN-TN-3  1/1")
    return s.build()


def wy_tooltips_npa_fillable() -> Built:
    s = Sheet("r37-wy-tooltips-npa-fillable", "US", "en",
              "Fillable, Wyoming, one Letter page. Widgets Text1..TextN whose tooltips disagree "
              "with the printed labels (the print is the truth); BTN and contact phone as three "
              "widgets '( NPA ) NXX - XXXX'; numbers 1-8 as three widgets each in two columns "
              "numbered down; customer e-mail and sales agent e-mail (empty); customer and "
              "witness signature blocks side by side (witness not ours).", LETTER,
              ["r37-wy", "r37-wy-partial"])
    s.date_formats = ["%m/%d/%Y", "%m-%d-%Y"]
    w, h = LETTER
    names = (f"Text{n}" for n in count(1))
    letterhead(s, w - 40, h - 40, ["Wind River Telephone", "220 E Main St, Riverton, WY 82501",
                                   "Porting: 307-555-0100"])
    s.text(40, h - 50, "Letter of Agency", 15, bold=True)
    s.text(40, h - 63, "Type in the boxes. The labels printed on this form say what each box is.",
           7.5)
    y = h - 90
    s.band(40, y, w - 80, "CUSTOMER", 8.5)
    y -= 24

    def field(label: str, x: float, x0: float, x1: float, fld: str | None, tip: str) -> None:
        s.text(x, y + 4, label, 8)
        tf(s, next(names), x0, y, x1 - x0, 15, fld, tooltip=tip)

    field("Customer name:", 40, 115, 380, "account_name", "Company name")
    field("Account number:", 390, 462, 572, "account_number", "Customer name")
    y -= 22
    field("Service address:", 40, 115, 380, "street", "Billing address")
    field("City:", 390, 412, 572, "city", "City")
    y -= 22
    field("State:", 40, 70, 110, "state", "Zip")
    field("ZIP:", 120, 140, 210, "postal_code", "State")
    field("Current carrier:", 220, 288, 572, "carrier", "New carrier")
    y -= 22
    s.text(40, y + 4, "Billing telephone number (BTN):", 8)
    npa_field(s, 170, y, names, "btn", "BTN")
    s.text(300, y + 4, "Contact phone:", 8)
    npa_field(s, 365, y, names, "contact_phone", "contact phone")
    y -= 22
    field("Customer e-mail:", 40, 115, 330, "contact_email", "Agent e-mail")
    field("Sales agent e-mail:", 340, 420, 572, None, "Customer e-mail")
    y -= 22
    field("Authorized person:", 40, 125, 330, "authorized_name", "Title")
    field("Title:", 340, 365, 572, "authorized_title", "Authorized person")
    y -= 28
    s.band(40, y, w - 80, "TELEPHONE NUMBERS TO PORT", 8.5)
    y -= 24
    slots = s.slot_group()
    npa_widget_slots(s, slots, 40, y, 2, 4, 260, names)
    y -= 4 * 19 + 8
    s.checkbox(next(names), 40, y, "check:full_port", "All numbers on the account")
    s.checkbox(next(names), 220, y, "check:partial_port", "Only the numbers listed above")
    y -= 22
    field("Numbers remaining with current carrier:", 40, 205, 572, "remaining_numbers",
          "Numbers to port")
    y -= 22
    field("Requested port date (MM/DD/YYYY):", 40, 190, 290, "requested_date", "Today's date")
    y -= 24
    y = s.para(40, y, "I authorize Wind River Telephone to act as my agent to port the numbers "
               "above from my current carrier. I am the customer of record or authorized to "
               "sign for the customer. A witness signs for business accounts only when the "
               "carrier asks it.", w - 80, 7.5)
    y -= 50
    two_signers(s, 40, y, "CUSTOMER", "WITNESS", ["Witness printed name", "Witness date"],
                width=240, gap=52, name_caption="Printed name",
                date_caption="Date (MM/DD/YYYY)")
    s.footer("WRT-LOA-7  rev 2030")
    return s.build()


FORMS = {
    "r37-go-maltese-fillable": go_maltese_fillable,
    "r37-wy-tooltips-npa-fillable": wy_tooltips_npa_fillable,
}
