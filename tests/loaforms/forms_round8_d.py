"""Round 8, fourth batch (written after the third batch was fixed, before the filler ran on
these): two more forms of the judged countries.

- A US paper LOA whose provider details sit in two boxed columns side by side, "OLD SERVICE
  PROVIDER" (its name is ours, its contact and phone are the provider's, not ours) and "NEW
  SERVICE PROVIDER" (printed, not ours), under a customer block with 'City / State / Zip' on one
  line and a 'Desired due date'.
- An Irish paper porting form in block capitals with comb boxes (one box per character) for the
  account number and the Eircode, a "Mobile / Landline" choice that is not ours, numbers on
  lines numbered 1-6 across two columns, and signature and date.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import a4, letter

Built = tuple[bytes, dict[str, Any]]


def us_two_providers() -> Built:
    s = letter("r8-us-two-providers-flat", "US", "en", ["r8-us", "r8-us-partial"],
               "Paper. Customer block with 'Label: ____' lines, 'City / State / Zip' as one line "
               "(locality); two boxed columns side by side: OLD SERVICE PROVIDER (Name: ours; "
               "Contact and Phone: the provider's, not ours; Account #: ours) and NEW SERVICE "
               "PROVIDER (name printed; Contact and Phone not ours); numbers in a box, one per "
               "line; Desired due date; signature, date, printed name and title.")
    s.date_formats = ["%m/%d/%Y"]
    w = LETTER[0]
    s.text(40, 742, "Letter of Authorization", 16, bold=True)
    y = s.para(40, 722, "The customer named below authorizes Prairie Wind Networks to arrange the "
               "transfer of the telephone numbers listed from the old service provider.", w - 80,
               8.5) - 12
    s.text(40, y, "CUSTOMER", 10, bold=True)
    y -= 22
    s.blank("Company name:", 40, y, w - 40, "account_name")
    y -= 20
    s.blank("Street address:", 40, y, w - 40, "street")
    y -= 20
    s.blank("City / State / Zip:", 40, y, w - 40, "locality")
    y -= 20
    s.blank("Main billing number:", 40, y, 300, "btn")
    y -= 34
    top = y
    for x, title in ((40, "OLD SERVICE PROVIDER"), (316, "NEW SERVICE PROVIDER")):
        s.frame(x, top - 96, 256, 110)
        s.text(x + 6, top, title, 9.5, bold=True)
    s.blank("Name:", 46, top - 22, 290, "carrier")
    s.blank("Contact:", 46, top - 44, 290, None)
    s.blank("Phone:", 46, top - 66, 290, None)
    s.blank("Account #:", 46, top - 88, 290, "account_number")
    s.text(322, top - 22, "Name: Prairie Wind Networks LLC", 9)
    s.blank("Contact:", 322, top - 44, 566, None)
    s.blank("Phone:", 322, top - 66, 566, None)
    y = top - 124
    s.text(40, y, "Telephone numbers to transfer (one per line):", 9)
    s.box(40, y - 70, w - 80, 62, "numbers", "numbers box")
    y -= 96
    s.blank("Desired due date:", 40, y, 260, "requested_date")
    y -= 40
    s.sign_line("Customer signature:", 40, y, 330)
    s.blank("Date:", 350, y, w - 40, "date_signed")
    y -= 24
    s.blank("Printed name:", 40, y, 300, "authorized_name")
    s.blank("Title:", 320, y, w - 40, "authorized_title")
    s.footer("PWN-LOA 2026-03")
    return s.build()


def ie_comb_boxes() -> Built:
    s = a4("r8-ie-comb-flat", "IE", "en", ["r8-ie", "r8-ie-partial"],
           "Paper, block capitals. Account holder and address on lines; the account number and "
           "the Eircode in comb boxes (one box per character; one place each in the truth); "
           "'Mobile / Landline' tick boxes not ours; numbers on six lines numbered 1-3 down the "
           "left and 4-6 down the right; current network; signature and date.")
    s.date_formats = ["%d/%m/%Y"]
    w = A4[0]
    top = A4[1] - 50
    s.text(40, top, "PORTING FORM", 16, bold=True)
    s.right_text(w - 40, top, "Shannon Broadband Ltd", 9)
    s.text(40, top - 16, "Please complete in BLOCK CAPITALS", 8.5)
    y = top - 50
    s.blank("Account holder name", 40, y, w - 40, "account_name")
    y -= 22
    s.blank("Address", 40, y, w - 40, "street")
    y -= 22
    s.blank("Town / City", 40, y, 330, "city")
    y -= 28

    def comb(label: str, x0: float, count: int, fld: str) -> None:
        nonlocal y
        s.text(40, y + 4, label, 9)
        for n in range(count):
            s.frame(x0 + n * 14, y, 14, 16)
        s.places.append({"page": s.page, "rect": [x0, y, x0 + 14 * count, y + 16],
                         "field": fld, "what": f"{label} (comb)", "comb": True})
        y -= 28

    comb("Eircode", 200, 8, "postal_code")
    comb("Account number", 200, 16, "account_number")
    s.blank("Current network", 40, y + 4, 330, "carrier")
    y -= 26
    s.text(40, y, "Type of service", 9)
    s.tick(200, y - 1, None, "Mobile")
    s.tick(270, y - 1, None, "Landline")
    y -= 30
    s.text(40, y, "Numbers to be ported", 10, bold=True)
    y -= 22
    slots = s.slot_group(ordered=True)
    for col, x in enumerate((40, 300)):
        for r in range(3):
            n = col * 3 + r + 1
            ly = y - r * 20
            s.text(x, ly, f"{n}.", 9)
            s.rule(x + 16, ly - 2, x + 230)
            s.slot(slots, (x + 16, ly - 4, x + 230, ly + 11), f"number {n}")
    y -= 80
    s.blank("Requested porting date (DD/MM/YYYY)", 40, y, 330, "requested_date")
    y -= 40
    s.sign_line("Signature of account holder", 40, y, 330)
    s.blank("Date", 350, y, w - 40, "date_signed")
    y -= 24
    s.blank("Name in block capitals", 40, y, 330, "authorized_name")
    s.footer("SBL-PF-04")
    return s.build()


FORMS = {
    "r8-us-two-providers-flat": us_two_providers,
    "r8-ie-comb-flat": ie_comb_boxes,
}
