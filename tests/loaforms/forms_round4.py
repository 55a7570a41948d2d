"""Round 4: four forms written before any fix and scored once at the end (all of them held back).

A US paper form whose every label is grey placeholder text inside its box (centred or tiny in the
top-left corner), a UK fillable form in small caps with "Current provider account no." and a PAC
box that is not ours, a US business form with a two-column numbers grid numbered down the columns
(widgets named across the rows) and a "Numbers NOT to port" box, and a Canadian paper form with
bold English labels above the lines and the French in italics under them.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet, a4, letter
from tests.loaforms.round4_kit import (
    bilingual_line,
    caps_check,
    caps_tick,
    caps_widget,
    grey_box,
    small_caps,
)

Built = tuple[bytes, dict[str, Any]]
CONSENT = ("I am the account holder or authorized to act for the account holder. I authorize the "
           "new provider and its agents to port the telephone numbers listed on this form from my "
           "current provider and to act for me in all matters of this transfer.")


def us_placeholder_flat() -> Built:
    s = letter("r4-us-placeholder-flat", "US", "en", ["r4-us-spectrum", "r4-us-spectrum-partial"],
               "Paper only; every label is light grey text inside its own box, centred in most, "
               "tiny in the top-left corner in the contact row and the signature row. Suite, the "
               "order number and the new provider's name stay empty. Number boxes are numbered "
               "across the rows by their own grey text (Telephone number 1..8). Tick boxes with "
               "small-caps labels to their right.")
    s.date_formats = ["%m/%d/%Y"]
    s.text(40, 750, "Port-Out Authorization Request", 15, bold=True)
    s.text(40, 734, "Complete every box. Grey text shows what goes in each box.", 8.5)
    s.band(40, 708, 532, "1  ACCOUNT HOLDER")
    grey_box(s, "Business or account holder name", 40, 676, 532, "account_name")
    grey_box(s, "Service street address", 40, 650, 380, "street")
    grey_box(s, "Suite / Unit", 424, 650, 148, None, optional=True)
    grey_box(s, "City", 40, 624, 250, "city")
    grey_box(s, "State", 294, 624, 90, "state")
    grey_box(s, "ZIP code", 388, 624, 184, "postal_code")
    s.band(40, 598, 532, "2  ACCOUNT DETAILS")
    grey_box(s, "Current carrier", 40, 566, 176, "carrier")
    grey_box(s, "Account number", 220, 566, 176, "account_number")
    grey_box(s, "PIN / Passcode", 400, 566, 172, "pin")
    grey_box(s, "Billing telephone number", 40, 540, 262, "btn")
    grey_box(s, "Order number (carrier use)", 306, 540, 266, None)
    grey_box(s, "Authorized contact", 40, 510, 176, "authorized_name", h=26, corner=True)
    grey_box(s, "Title", 220, 510, 100, "authorized_title", h=26, corner=True)
    grey_box(s, "Contact phone", 324, 510, 110, "contact_phone", h=26, corner=True)
    grey_box(s, "Email", 438, 510, 134, "contact_email", h=26, corner=True)
    s.band(40, 484, 532, "3  SERVICE")
    caps_tick(s, 40, 462, "check:business", "Business account")
    caps_tick(s, 170, 462, "check:residential", "Residential account")
    caps_tick(s, 320, 462, "check:full_port", "Port every number on the account")
    caps_tick(s, 40, 446, "check:partial_port", "Port only the numbers below (others stay)")
    s.band(40, 420, 532, "4  TELEPHONE NUMBERS")
    slots = s.slot_group()
    for n in range(8):
        row, col = divmod(n, 2)
        x, y = 40 + col * 268, 388 - row * 26
        grey_box(s, f"Telephone number {n + 1}", x, y, 264, None)
        s.places.pop()
        s.slot(slots, (x, y, x + 264, y + 22), f"Telephone number {n + 1}")
    grey_box(s, "Numbers staying with the current carrier", 40, 258, 532, "remaining_numbers",
             h=26)
    grey_box(s, "Desired port date (MM/DD/YYYY)", 40, 230, 250, "requested_date")
    grey_box(s, "New provider name", 294, 230, 278, None)
    s.band(40, 200, 532, "5  AUTHORIZATION")
    s.para(40, 180, CONSENT, 532, 8)
    grey_box(s, "Authorized signature", 40, 110, 300, "signature", h=34, corner=True)
    grey_box(s, "Date", 344, 110, 228, "date_signed", h=34, corner=True)
    grey_box(s, "Printed name", 40, 80, 300, "authorized_name", h=26, corner=True)
    s.footer("POA-7 (01/2026)")
    return s.build()


def uk_pac_small_caps() -> Built:
    w, h = A4
    s = a4("r4-uk-pac-small-caps", "GB", "en", ["r4-uk-sky", "r4-uk-sky-partial"],
           "Fillable, widgets 'Text Field N' and 'Check Box N'; every label in small caps, "
           "text labels to the left, checkbox labels to the right. The PAC box and the gaining "
           "provider's reference are not ours. Numbers to port in one box, numbers that stay in "
           "another. Signed on a printed line, dated in a widget.")
    s.date_formats = ["%d/%m/%Y"]
    names = iter(f"Text Field {n}" for n in range(1, 40))
    checks = iter(f"Check Box {n}" for n in range(1, 10))
    top = h - 52
    s.text(40, top, "Number Porting - Letter of Authority", 15, bold=True)
    small_caps(s, 40, top - 18, "Please complete in full and return to your new provider", 9)
    rows: list[tuple[str, float, str | None]] = [
        ("Account holder name", 355, "account_name"),
        ("Installation address", 355, "street"),
        ("Town or city", 200, "city"),
        ("Postcode", 120, "postal_code"),
        ("Current provider", 250, "carrier"),
        ("Current provider account no.", 250, "account_number"),
        ("Porting authorisation code (PAC)", 160, None),
        ("Main telephone number", 200, "btn"),
        ("Contact telephone", 200, "contact_phone"),
        ("Email address", 300, "contact_email"),
        ("Gaining provider reference", 200, None),
    ]
    y = top - 50
    for label, width, fld in rows:
        caps_widget(s, label, next(names), 40, y, 160, width, fld)
        y -= 24
    y -= 6
    caps_check(s, next(checks), 40, y, "check:business", "Business customer")
    caps_check(s, next(checks), 200, y, "check:residential", "Residential customer")
    y -= 20
    caps_check(s, next(checks), 40, y, "check:full_port", "Port all numbers on the account")
    caps_check(s, next(checks), 280, y, "check:partial_port", "Port some numbers only")
    y -= 30
    small_caps(s, 40, y, "Numbers to be ported", 9)
    s.widget(next(names), 40, y - 50, w - 80, 44, "numbers")
    y -= 70
    small_caps(s, 40, y, "Numbers to remain with current provider", 9)
    s.widget(next(names), 40, y - 34, w - 80, 28, "remaining_numbers")
    y -= 56
    caps_widget(s, "Preferred port date", next(names), 40, y, 160, 120, "requested_date")
    y -= 30
    s.para(40, y, CONSENT, w - 80, 8)
    y -= 48
    caps_widget(s, "Name (capitals)", next(names), 40, y, 110, 180, "authorized_name")
    caps_widget(s, "Position", next(names), 340, y, 60, 155, "authorized_title")
    y -= 36
    end = small_caps(s, 40, y, "Signature")
    s.rule(end + 6, y - 2, 330)
    s._place((end + 6, y - 4, 330, y + 30), "signature", what="Signature")
    caps_widget(s, "Date", next(names), 340, y - 3, 40, 120, "date_signed")
    s.footer("LOA-UK v2.3 - one page")
    return s.build()


def _grid_numbers(s: Sheet, top: float) -> float:
    """Twenty slots in two columns, printed 1-10 down the left and 11-20 down the right; the
    widgets are named across the rows (Tel 1 left, Tel 2 right), as Acrobat numbered them."""
    slots = s.slot_group()
    rects: dict[int, tuple[float, float, float, float, str]] = {}
    for r in range(10):
        for c in range(2):
            x, y = 62 + c * 270, top - r * 20
            name = f"Tel {r * 2 + c + 1}"
            s.text(x - 20, y + 4, f"{c * 10 + r + 1}.", 8)
            s.widget(name, x, y, 220, 15, None)
            s.places.pop()
            rects[c * 10 + r + 1] = (x, y, x + 220, y + 15, name)
    for n in range(1, 21):
        x0, y0, x1, y1, name = rects[n]
        s.slot(slots, (x0, y0, x1, y1), f"printed {n}", name)
    return top - 10 * 20


def us_business_grid() -> Built:
    s = letter("r4-us-business-grid", "US", "en", ["r4-us-windstream", "r4-us-windstream-many"],
               "Partly fillable: account widgets with odd names and labels to the left; a "
               "two-column grid of 20 number widgets printed 1-10 down the left column and 11-20 "
               "down the right, named Tel 1..Tel 20 across the rows; a printed box 'Numbers NOT to "
               "port'; the signature line and date line printed (no widgets).")
    s.date_formats = ["%m/%d/%Y"]
    s.text(40, 750, "Business Local Number Portability - Letter of Agency", 13, bold=True)
    s.band(40, 722, 532, "CUSTOMER OF RECORD")
    fields: list[tuple[str, str, str | None, float, float, float]] = [
        ("Company name", "txtCo", "account_name", 40, 692, 250),
        ("Billing telephone # (BTN)", "txtBTN", "btn", 360, 692, 100),
        ("Service address", "txtAddr1", "street", 40, 670, 240),
        ("City", "txtCity", "city", 360, 670, 100),
        ("State", "txtSt", "state", 40, 648, 40),
        ("Zip", "txtZip", "postal_code", 120, 648, 60),
        ("Customer account #", "txtAcct", "account_number", 220, 648, 90),
        ("PIN", "txtPin", "pin", 400, 648, 60),
        ("Current local carrier", "txtLEC", "carrier", 40, 626, 200),
        ("Federal tax ID", "txtEIN", None, 360, 626, 100),
    ]
    for label, name, fld, x, y, w in fields:
        end = s.text(x, y + 4, f"{label}:", 8)
        s.widget(name, end + 4, y, min(w, 572 - end - 4), 14, fld)
    s.text(40, 602, "Requested due date (MM/DD/YYYY):", 8)
    s.widget("txtDD", 180, 598, 90, 14, "requested_date")
    s.text(300, 602, "Porting all numbers on this account?", 8)
    s.checkbox("cbAllYes", 450, 600, "check:full_port", "Yes")
    s.checkbox("cbAllNo", 500, 600, "check:partial_port", "No")
    s.band(40, 576, 532, "TELEPHONE NUMBERS TO BE PORTED")
    bottom = _grid_numbers(s, 548)
    s.text(40, bottom - 6, "Numbers NOT to port (these stay with the current carrier):", 8.5,
           bold=True)
    s.box(40, bottom - 50, 532, 38, "remaining_numbers", "Numbers NOT to port")
    y = bottom - 72
    y = s.para(40, y, CONSENT, 532, 8) - 14
    s.blank("Authorized name (print):", 40, y, 300, "authorized_name")
    s.blank("Title:", 320, y, 572, "authorized_title")
    y -= 34
    s.sign_line("Authorized signature:", 40, y, 330)
    s.blank("Date:", 350, y, 500, "date_signed")
    s.footer("BLNP-LOA 11/2025")
    return s.build()


def ca_bold_above_french_under() -> Built:
    s = letter("r4-ca-bold-french-under", "CA", "en", ["r4-ca-bell", "r4-ca-bell-partial"],
               "Paper only; each English label in bold above its line, the French caption in "
               "italics under the line (so the French under one line sits above the next line's "
               "English). Unit optional; the new provider's dealer code stays empty; numbers to "
               "port and numbers that stay in two boxes; date YYYY-MM-DD.")
    s.date_formats = ["%Y-%m-%d"]
    s.text(40, 752, "Authorization to Transfer Service / Autorisation de transfert", 13, bold=True)
    s.band(40, 724, 532, "Customer / Client")
    y = 690
    bilingual_line(s, "Legal name of customer", "Nom légal du client", 40, y, 572, "account_name")
    y -= 38
    bilingual_line(s, "Street address", "Adresse municipale", 40, y, 420, "street")
    bilingual_line(s, "Unit", "Unité", 430, y, 572, None, optional=True)
    y -= 38
    bilingual_line(s, "City", "Ville", 40, y, 260, "city")
    bilingual_line(s, "Province", "Province", 270, y, 360, "state")
    bilingual_line(s, "Postal code", "Code postal", 370, y, 572, "postal_code")
    y -= 38
    bilingual_line(s, "Current service provider", "Fournisseur de services actuel", 40, y, 300,
                   "carrier")
    bilingual_line(s, "Account number with that provider", "Numéro de compte chez ce "
                   "fournisseur", 310, y, 572, "account_number")
    y -= 38
    bilingual_line(s, "Account PIN", "NIP du compte", 40, y, 180, "pin")
    bilingual_line(s, "Dealer code (office use)", "Code du détaillant (usage interne)", 190, y,
                   360, None)
    bilingual_line(s, "Contact email", "Courriel", 370, y, 572, "contact_email")
    y -= 40
    s.band(40, y, 532, "Numbers / Numéros")
    y -= 22
    s.text(40, y, "Numbers to transfer", 7.5, bold=True)
    s.box(40, y - 40, 532, 34, "numbers", "Numbers to transfer")
    s.c.setFont("Helvetica-Oblique", 6.5)
    s.c.drawString(40, y - 49, "Numéros à transférer")
    y -= 70
    s.text(40, y, "Numbers staying with the current provider", 7.5, bold=True)
    s.box(40, y - 30, 532, 24, "remaining_numbers", "Numbers staying")
    s.c.setFont("Helvetica-Oblique", 6.5)
    s.c.drawString(40, y - 39, "Numéros conservés chez le fournisseur actuel")
    y -= 78
    bilingual_line(s, "Requested transfer date (YYYY-MM-DD)", "Date de transfert demandée "
                   "(AAAA-MM-JJ)", 40, y, 300, "requested_date")
    y -= 34
    s.para(40, y, CONSENT, 532, 8)
    y -= 60
    bilingual_line(s, "Name of authorized person", "Nom de la personne autorisée", 40, y, 300,
                   "authorized_name")
    bilingual_line(s, "Title", "Titre", 310, y, 572, "authorized_title")
    y -= 44
    s.c.setFont("Helvetica-Bold", 7.5)
    s.c.drawString(40, y + 14, "Signature")
    s.rule(40, y, 300)
    s.c.setFont("Helvetica-Oblique", 6.5)
    s.c.drawString(40, y - 8, "Signature")
    s._place((40, y - 3, 300, y + 30), "signature", what="Signature")
    bilingual_line(s, "Date (YYYY-MM-DD)", "Date (AAAA-MM-JJ)", 310, y, 460, "date_signed")
    s.footer("ATS-LOA 2026-01   Page 1 of 1")
    return s.build()


FORMS = {"r4-us-placeholder-flat": us_placeholder_flat,
         "r4-uk-pac-small-caps": uk_pac_small_caps,
         "r4-us-business-grid": us_business_grid,
         "r4-ca-bold-french-under": ca_bold_above_french_under}
