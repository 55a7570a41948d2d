"""UK and Irish forms: an industry-style CLoA on paper (signed and dated on every page), a
fillable UK form with widgets named "Text Field N" and a signature widget on each page, and an
eir-style partly fillable Irish form."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet, a4

Built = tuple[bytes, dict[str, Any]]
W = A4[0]
UK_AUTH = ("I/We authorise the new provider named on this form to act on my/our behalf to port "
           "the numbers listed from the current provider, and authorise the current provider to "
           "share the details of the service with the new provider for that purpose.")


def _page_footer_signed(s: Sheet, y: float = 56) -> None:
    """The UK habit: a signature and date line at the foot of every page."""
    s.rule(40, y + 38, W - 40, 0.3)
    s.sign_line("Signed:", 40, y, 300)
    s.blank("Date:", 330, y, W - 40, "date_signed")


def bt_cloa_paper() -> Built:
    s = a4("uk-cloa-paper", "GB", "en", ["uk-bt", "uk-bt-partial"],
           "Paper only, two pages, signed and dated at the foot of each. 'To' (new provider) "
           "blanks stay empty; the current provider's address and the company registration "
           "number stay empty; the registered address may hold the service address or nothing.")
    top = A4[1] - 50
    s.text(40, top, "Customer Letter of Authority (CLoA) - Number Porting", 13, bold=True)
    s.para(40, top - 18, "Geographic and non-geographic numbers. Complete in BLOCK CAPITALS. "
           "This letter must be signed and dated on every page.", W - 80)
    s.frame(40, top - 120, (W - 90) / 2, 84)
    s.text(46, top - 50, "To: (new provider)", 9, bold=True)
    s.blank("Company name:", 46, top - 72, 40 + (W - 90) / 2 - 6, None, 8.5)
    s.blank("Address:", 46, top - 96, 40 + (W - 90) / 2 - 6, None, 8.5)
    x2 = 50 + (W - 90) / 2
    s.frame(x2, top - 120, (W - 90) / 2, 84)
    s.text(x2 + 6, top - 50, "From: (current provider)", 9, bold=True)
    s.blank("Company name:", x2 + 6, top - 72, W - 46, "carrier", 8.5)
    s.blank("Address:", x2 + 6, top - 96, W - 46, None, 8.5)
    y = top - 150
    s.text(40, y, "Customer details", 10, bold=True)
    s.blank("Company / customer name:", 40, y - 22, W - 40, "account_name")
    s.blank("Registered address:", 40, y - 44, W - 40, "street", optional=True)
    s.blank("Company registration number:", 40, y - 66, 330, None)
    s.text(40, y - 96, "Requester details", 10, bold=True)
    s.blank("Name:", 40, y - 118, 300, "authorized_name")
    s.blank("Job title:", 320, y - 118, W - 40, "authorized_title")
    s.blank("Contact telephone:", 40, y - 140, 300, "contact_phone")
    s.blank("E-mail:", 320, y - 140, W - 40, "contact_email")
    s.para(40, y - 172, UK_AUTH, W - 80, 8.5)
    _page_footer_signed(s)
    s.footer("CLoA v2 - page 1 of 2")
    s.next_page()
    y = A4[1] - 60
    s.text(40, y, "Site and numbers", 11, bold=True)
    s.blank("Site address (where the lines are installed):", 40, y - 24, W - 40, "street")
    s.blank("Town / city:", 40, y - 46, 320, "city")
    s.blank("Postcode:", 340, y - 46, W - 40, "postal_code")
    s.blank("Account number with current provider:", 40, y - 68, 360, "account_number")
    s.blank("Main billing number (MBN):", 40, y - 90, 360, "btn")
    s.text(40, y - 118, "Port type:", 9)
    s.tick(100, y - 119, "check:full_port", "All numbers on the account")
    s.tick(260, y - 119, "check:partial_port", "Some numbers only (list them all below)")
    s.text(40, y - 146, "Numbers to be ported", 9, bold=True)
    slots = s.slot_group()
    n = 0
    for row in range(6):
        for col in range(2):
            n += 1
            x, yy = 40 + col * 260, y - 170 - row * 20
            s.right_text(x + 16, yy, f"{n}.", 8.5)
            line = s.line_under(x + 22, yy - 2, x + 230, "number", f"slot {n}")
            s.places.remove(line)
            s.slot(slots, tuple(line["rect"]), f"slot {n}")  # type: ignore[arg-type]
    s.blank("Requested port date:", 40, y - 310, 300, "requested_date")
    s.text(40, y - 340, "Numbers NOT being ported that remain with the current provider:", 9)
    s.box(40, y - 392, W - 80, 40, "remaining_numbers", "numbers that stay")
    _page_footer_signed(s)
    s.footer("CLoA v2 - page 2 of 2")
    return s.build()


def uk_fillable_text_fields() -> Built:
    s = a4("uk-fillable-text-fields", "GB", "en", ["uk-virgin"],
           "Fillable, widgets 'Text Field N'; a signature widget and a date widget on both pages; "
           "the requested date in DD / MM / YYYY widgets; numbers 1-10 across the rows.")
    names = iter(f"Text Field {n}" for n in range(1, 60))
    top = A4[1] - 50
    s.text(40, top, "Number Port Request - Letter of Authorisation", 13, bold=True)
    s.text(40, top - 16, "New provider: Northwind Voice Ltd, 3 Albion Place, Leeds LS1 6JL", 8.5)
    rows: list[tuple[str, str | None]] = [
        ("Current provider", "carrier"), ("Customer / company name", "account_name"),
        ("Installation address", "street"), ("Town", "city"), ("Postcode", "postal_code"),
        ("Account number", "account_number"), ("VAT number", None),
        ("Authorised person", "authorized_name"), ("Position", "authorized_title")]
    y = top - 50
    for label, fld in rows:
        s.text(40, y + 4, label, 9)
        s.widget(next(names), 200, y, 320, 16, fld)
        y -= 26
    s.para(40, y - 4, UK_AUTH, W - 80, 8.5)
    s.text(40, 122, "Customer signature", 8)
    s.widget("Signature1", 40, 96, 250, 22, "signature")
    s.text(320, 122, "Date", 8)
    s.widget("Date1", 320, 96, 120, 18, "date_signed")
    s.footer("Page 1 of 2")
    s.next_page()
    y = A4[1] - 60
    s.text(40, y, "Numbers", 11, bold=True)
    s.text(40, y - 26, "Main billing number", 9)
    s.widget(next(names), 200, y - 30, 200, 16, "btn")
    s.text(40, y - 56, "Requested port date", 9)
    for label, x, w, fld in (("DD", 200, 26, "requested_day"), ("MM", 236, 26, "requested_month"),
                             ("YYYY", 272, 44, "requested_year")):
        s.widget(next(names), x, y - 60, w, 16, fld)
        s.text(x + 2, y - 70, label, 6.5)
    slots = s.slot_group()
    for n in range(10):
        row, col = divmod(n, 2)
        x, yy = 40 + col * 260, y - 110 - row * 24
        s.text(x, yy + 4, f"{n + 1}", 8.5)
        name = next(names)
        s.widget(name, x + 18, yy, 220, 16, None)
        s.places.pop()
        s.slot(slots, (x + 18, yy, x + 238, yy + 16), f"slot {n + 1}", name)
    s.text(40, 122, "Customer signature", 8)
    s.widget("Signature2", 40, 96, 250, 22, "signature")
    s.text(320, 122, "Date", 8)
    s.widget("Date2", 320, 96, 120, 18, "date_signed")
    s.footer("Page 2 of 2")
    return s.build()


def eir_partly() -> Built:
    s = a4("ie-eir-partly-fillable", "IE", "en", ["ie-eir", "ie-eir-partial"],
           "Partly fillable: widgets for the account holder, Yes/No check boxes, numbers on a "
           "printed grid across the rows, signature and date on printed lines. VAT number and "
           "installation/circuit id stay empty.")
    top = A4[1] - 50
    s.text(40, top, "eir", 20, bold=True)
    s.text(90, top + 2, "Number Porting Request Form (Business)", 12, bold=True)
    y = top - 40
    s.band(40, y, W - 80, "1. Account holder")
    rows: list[tuple[str, str, str | None]] = [
        ("Account holder name", "acc_name", "account_name"),
        ("Account number (UAN)", "acc_no", "account_number"),
        ("Address", "addr1", "street"), ("Town / County", "addr2", "city"),
        ("Eircode", "eircode", "postal_code"), ("VAT number", "vat", None),
        ("Installation / circuit ID", "circuit", None),
        ("Current operator", "operator", "carrier")]
    y -= 30
    for label, name, fld in rows:
        s.text(40, y + 4, label, 9)
        s.widget(name, 190, y, 340, 16, fld)
        y -= 24
    s.band(40, y - 6, W - 80, "2. Numbers")
    y -= 32
    s.text(40, y, "Are you porting all numbers on this account?", 9)
    s.checkbox("yes", 290, y - 2, "check:full_port", "Yes")
    s.checkbox("no", 340, y - 2, "check:partial_port", "No")
    s.text(40, y - 24, "Number(s) to be ported (include the area code):", 9)
    slots = s.slot_group()
    n = 0
    for row in range(4):
        for col in range(2):
            n += 1
            x, yy = 40 + col * 260, y - 50 - row * 22
            s.text(x, yy + 4, f"{n}", 8.5)
            box = s.box(x + 14, yy, 220, 16, "number", f"slot {n}")
            s.places.remove(box)
            s.slot(slots, tuple(box["rect"]), f"slot {n}")  # type: ignore[arg-type]
    y -= 50 + 4 * 22 + 20
    s.band(40, y, W - 80, "3. Authorisation")
    s.para(40, y - 24, "I confirm that I am the account holder, or am authorised by the account "
           "holder, and I request that the numbers above be ported.", W - 80, 8.5)
    s.text(40, y - 64, "Name (block capitals)", 9)
    s.widget("sig_name", 190, y - 68, 200, 16, "authorized_name")
    s.text(40, y - 90, "Position in company", 9)
    s.widget("sig_pos", 190, y - 94, 200, 16, "authorized_title")
    s.sign_line("Signature of account holder:", 40, y - 140, 330)
    s.blank("Date:", 350, y - 140, W - 40, "date_signed")
    return s.build()


FORMS = {
    "uk-cloa-paper": bt_cloa_paper,
    "uk-fillable-text-fields": uk_fillable_text_fields,
    "ie-eir-partly-fillable": eir_partly,
}
