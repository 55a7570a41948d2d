"""Round 35, Åland and Western Australia (held back; truth from the drawn page, the filler never
run on these by their author):

- An Åland paper fullmakt för nummerflytt in Swedish on one A4 sheet drawn landscape on a
  portrait page that carries /Rotate 90. Ideas: the landscape page turned by /Rotate; several
  labels and blanks on one line ("Kundens namn ______ FO-nummer ______ Telefon ______ E-post
  ______"; the business ID is not ours); Ja / Nej tick pairs under each question ("Flyttas
  alla nummer på abonnemanget?", "Är det ett företagsabonnemang?"); the signature block as a
  2 x 2 grid (Behörig firmatecknare | Namnförtydligande / Titel | Datum).
- A Western Australia partly fillable customer authority on one A4 page. Ideas: a paper numbers
  table "Number | Keep or port | Service type" for the numbers that port (the middle column
  takes "Port"; the service type is not ours) with the numbers kept on a line under it (a
  partial port); an account PIN / passcode widget beside "Tax File Number" and "Date of birth"
  widgets the entries never fill (they stay empty; neither case has a PIN, so it stays empty
  too); several labels and widgets on one line ("Name [ ] Title [ ] Phone [ ]"); a "For office
  use only" block of widgets captioned like the customer's ("Customer name", "Account no.",
  "Phone", "Date": none ours).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet
from tests.loaforms.round5_kit import letterhead
from tests.loaforms.round14_kit import UnicodeSheet
from tests.loaforms.round24_kit import rotate_pages, turn_page, unturn_places
from tests.loaforms.round28_kit import tf
from tests.loaforms.round35_kit import grid2x2, keep_port_table, office_block, yes_no_under

Built = tuple[bytes, dict[str, Any]]


def al_landscape_paper() -> Built:
    s = UnicodeSheet("r35-al-landscape-paper", "FI", "sv",
                     "Paper, Åland, one A4 sheet drawn landscape on a portrait page with "
                     "/Rotate 90, Swedish. Several labels and blanks on one line (name, "
                     "FO-nummer not ours, phone, e-mail; street, postcode, town; contact "
                     "person and title; operator and customer number); Ja / Nej ticks under "
                     "two questions; numbers 1-8 in two columns; numbers staying; requested "
                     "date; signature block as a 2 x 2 grid.", A4, ["r35-al", "r35-al-partial"])
    s.date_formats = ["%d.%m.%Y", "%Y-%m-%d"]
    w, h = turn_page(s)
    s.text(40, h - 44, "Fullmakt för nummerflytt", 15, bold=True)
    s.text(40, h - 57, "Fast telefoni. Fyll i med tydlig text och skicka blanketten till oss.", 7.5)
    s.c.setFont(s.bold_font, 10)
    s.c.drawRightString(w - 40, h - 40, "Skärgårdens Fiber Ab")
    s.c.setFont(s.font, 7.5)
    s.c.drawRightString(w - 40, h - 51, "Norra Esplanadgatan 3, AX-22100 Mariehamn")
    s.c.drawRightString(w - 40, h - 61, "Kundtjänst 018 555 100")
    y = h - 80
    s.band(40, y, w - 80, "1  ABONNENT", 8.5)
    y -= 24
    s.blank("Kundens namn", 40, y, 320, "account_name", size=8)
    s.blank("FO-nummer", 330, y, 450, None, size=8)
    s.blank("Telefon", 460, y, 600, "contact_phone", size=8)
    s.blank("E-post", 610, y, w - 40, "contact_email", size=8)
    y -= 22
    s.blank("Gatuadress", 40, y, 320, "street", size=8)
    s.blank("Postnummer", 330, y, 450, "postal_code", size=8)
    s.blank("Ort", 460, y, 600, "city", size=8)
    y -= 22
    s.blank("Kontaktperson", 40, y, 320, "authorized_name", size=8)
    s.blank("Titel", 330, y, 600, "authorized_title", size=8)
    y -= 22
    s.blank("Nuvarande operatör", 40, y, 320, "carrier", size=8)
    s.blank("Kundnummer hos nuvarande operatör", 330, y, 600, "account_number", size=8)
    y -= 22
    s.band(40, y, w - 80, "2  NUMMER SOM SKA FLYTTAS", 8.5)
    y -= 18
    top = y
    yes_no_under(s, 40, y, "Flyttas alla nummer på abonnemanget?", "check:full_port",
                 "check:partial_port", ("Ja", "Nej"))
    yes_no_under(s, 40, y - 34, "Är det ett företagsabonnemang?", "check:business",
                 "check:residential", ("Ja", "Nej"))
    slots = s.slot_group()
    for n in range(8):
        col, row = divmod(n, 4)
        x, ry = 330 + col * 250, top - row * 20
        s.right_text(x - 4, ry, f"{n + 1}.", 8)
        s.rule(x, ry - 2, x + 210)
        s.slot(slots, (x, ry - 4, x + 210, ry + 11), f"nummer {n + 1}")
    y = top - 4 * 20 - 4
    s.blank("Nummer som blir kvar hos nuvarande operatör", 40, y, w - 40, "remaining_numbers",
            size=8)
    y -= 22
    s.blank("Önskat flyttdatum (dd.mm.åååå)", 40, y, 300, "requested_date", size=8)
    y -= 16
    y = s.para(40, y, "Jag ger Skärgårdens Fiber Ab fullmakt att flytta ovanstående nummer från "
               "min nuvarande operatör och att säga upp dem där när flytten är klar.", w - 80,
               7.5)
    y -= 4
    grid2x2(s, 40, y, 480, 30, [("Behörig firmatecknare", "signature"),
                                ("Namnförtydligande", "authorized_name"),
                                ("Titel", "authorized_title"),
                                ("Datum", "date_signed")])
    s.text(40, 22, "SFA-NF-1", 7)
    unturn_places(s, 1)
    pdf, truth = s.build()
    return rotate_pages(pdf, {1}, 90), truth


def _inline(s: Sheet, x: float, y: float, label: str, name: str, w: float,
            fld: str | None) -> float:
    """'Label [widget]' on one line; returns the x after the widget."""
    end = s.text(x, y + 4, label, 7.5) + 4
    tf(s, name, end, y, w, 14, fld)
    return end + w + 10


def wau_keep_or_port_partly() -> Built:
    s = Sheet("r35-wau-keep-or-port-partly", "AU", "en",
              "Partly fillable, Western Australia, one A4 page. Several labels and widgets on "
              "one line; ABN not ours; PIN / passcode widget beside Tax File Number and Date "
              "of birth widgets (never filled: not ours); paper table 'Number | Keep or port "
              "| Service type' 1-8 for the numbers that port ('Port' in the middle column, "
              "service type not ours) and a paper line for the numbers kept; all / some check "
              "boxes; requested date widget; paper signature line, name and date widgets; "
              "'For office use only' widgets with customer-like captions (not ours).", A4,
              ["r35-wau", "r35-wau-partial"])
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    w, h = A4
    letterhead(s, w - 40, h - 36, ["Indian Ocean Telecom Pty Ltd", "Level 5, 88 St Georges "
                                   "Terrace, Perth WA 6000", "Porting 08 5550 0100"])
    s.text(40, h - 44, "Customer Authority - Number Port", 14, bold=True)
    s.text(40, h - 57, "Type into the boxes or print clearly. Page 1 of 1.", 7.5)
    y = h - 80
    s.band(40, y, w - 80, "1  ACCOUNT HOLDER", 8.5)
    y -= 24
    x = _inline(s, 40, y, "Account name", "w_acct_name", 290, "account_name")
    _inline(s, x, y, "ABN", "w_abn", w - 40 - x - 26, None)
    y -= 22
    x = _inline(s, 40, y, "Street", "w_street", 200, "street")
    x = _inline(s, x, y, "Suburb", "w_suburb", 110, "city")
    x = _inline(s, x, y, "State", "w_state", 30, "state")
    _inline(s, x, y, "Postcode", "w_pc", w - 40 - x - 36, "postal_code")
    y -= 22
    x = _inline(s, 40, y, "Name", "w_name", 150, "authorized_name")
    x = _inline(s, x, y, "Title", "w_title", 120, "authorized_title")
    _inline(s, x, y, "Phone", "w_phone", w - 40 - x - 28, "contact_phone")
    y -= 22
    _inline(s, 40, y, "Email", "w_email", 300, "contact_email")
    y -= 20
    s.band(40, y, w - 80, "2  CURRENT PROVIDER", 8.5)
    y -= 24
    x = _inline(s, 40, y, "Current provider", "w_provider", 160, "carrier")
    _inline(s, x, y, "Account number", "w_acct_no", w - 40 - x - 62, "account_number")
    y -= 22
    x = _inline(s, 40, y, "Account PIN / passcode", "w_pin", 70, "pin")
    x = _inline(s, x, y, "Tax File Number", "w_tfn", 100, None)
    _inline(s, x, y, "Date of birth", "w_dob", w - 40 - x - 50, None)
    s.text(40, y - 10, "PIN: only if your current provider set one. TFN and date of birth: for "
           "identity checks by your current provider only.", 6.3)
    y -= 28
    s.band(40, y, w - 80, "3  NUMBERS", 8.5)
    y -= 16
    s.text(40, y, "List the numbers to PORT (write Port in the middle column). List numbers you "
           "keep on the line under the table.", 7.2)
    y -= 4
    slots = s.slot_group()
    y = keep_port_table(s, 60, y, ("Number (incl. area code)", "Keep or port",
                                   "Service type (voice / fax / data)"), (180, 110, 205), 8, 1,
                        slots, ("port_choice", ["Port", "PORT", "P"]))
    y -= 20
    s.blank("Numbers you keep with your current provider", 40, y, w - 40, "remaining_numbers",
            size=7.5)
    y -= 22
    s.checkbox("w_all", 40, y, "check:full_port", "Port all numbers on the account")
    s.checkbox("w_some", 260, y, "check:partial_port", "Port only the numbers listed")
    y -= 24
    _inline(s, 40, y, "Requested port date (DD/MM/YYYY)", "w_req", 90, "requested_date")
    y -= 18
    y = s.para(40, y, "I am the account holder or authorised to act for the account holder. I "
               "authorise Indian Ocean Telecom Pty Ltd to port the numbers above and I "
               "understand my current provider's service on them ends when the port "
               "completes.", w - 80, 7.5)
    y -= 36
    s.sign_line("Signature", 40, y, 260)
    x = _inline(s, 275, y - 4, "Print name", "w_sig_name", 120, "authorized_name")
    _inline(s, x, y - 4, "Date", "w_sig_date", w - 40 - x - 24, "date_signed")
    y -= 30
    office_block(s, 40, y - 40, w - 80, "For office use only", ["Customer name", "Account no.",
                                                                "Phone", "Date"],
                 h=38, names=["o_name", "o_acct", "o_phone", "o_date"])
    s.footer("IOT-CA-2")
    return s.build()


FORMS = {
    "r35-al-landscape-paper": al_landscape_paper,
    "r35-wau-keep-or-port-partly": wau_keep_or_port_partly,
}
