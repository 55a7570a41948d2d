"""Open tuning split tune11: Carolina West Wireless (the mobile carrier of Wilkesboro, North
Carolina) and Voxox (a cloud PBX provider, San Diego).

Modelled on Carolina West's statements (an account box with 'Acct #' and the bill date,
'Mobile Nbr' in a summary of lines counted 'Line 1 of 3', then a page per line that repeats
the account's header in a band, no service address and no billing number) and on Voxox's
invoices (the 'Bill To' window on the right, the E911 service address on the left, invoice
number and customer ID beside the account number, the main number under its caption, the
numbers in a three-column grid with extensions, a DID block 'thru' its last number).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import mailing_block, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, did_range, digits, money, phone
from tests.billcorpus.people import person_name
from tests.billcorpus.truth import Draft, address_key


@family("carolinawest_lines", carrier="carolinawest", region="WLK", lines=(2, 4), dialed=8,
        person_share=0.5, account=lambda r, c, b: f"{digits(r, 9)}",
        modelled_on="regional wireless statements of Carolina West's kind (NC mountains): an "
        "account box with 'Acct #' and the bill date, a summary of lines counted 'Line 1 of 3' "
        "with 'Mobile Nbr' and user, then a page per line under a band repeating the account, "
        "no service address and no billing number", accent="#0072CE", font="Helvetica")
def carolinawest_lines(s: Sheet, d: Draft) -> None:
    d.service, d.btn = None, None  # a wireless statement: no service address, no billing number
    r = s.rng
    style = r.choice(("dot", "dash"))
    s.wordmark(40, 46, "Carolina West", 22, "#0072CE")
    s.text(40, 60, "WIRELESS", 8, bold=True, color=GREY)
    s.box(360, 26, 216, 62, stroke=GREY)
    for i, (label, value) in enumerate((("Acct #", d.printed_account),
                                        ("Bill Date", date_text(d.statement_date, "us")),
                                        ("Amt Due", money(r, 60, 400)))):
        s.text(368, 42 + i * 15, label, 8, color=GREY)
        s.text(568, 42 + i * 15, value, 9, bold=True, align="right")
    mailing_block(s, d, 60, 120, 9.5)
    s.text(40, 210, "SUMMARY OF LINES", 10, bold=True, color=s.accent)
    users = [d.name if d.customer.person and k == 0 else person_name(r).upper()
             for k in range(len(d.numbers))]
    body = [(f"Line {k + 1} of {len(d.numbers)}", phone(n, style), users[k], money(r, 25, 90))
            for k, n in enumerate(d.numbers)]
    s.table(40, 228, ("", "Mobile Nbr", "User", "Amount"), body, (90, 120, 200, 120), size=8,
            align=("left", "left", "left", "right"))
    with s.roled("help"):
        s.text(40, 400, f"{d.carrier.help_lines[0][0]} {d.carrier.help_lines[0][1]}  or 611 "
                        f"from your phone  \u2022  Pay by phone {d.carrier.help_lines[1][1]}", 7.5)
    remit_stub(s, d, y=622, account_label="Acct #")
    for k, n in enumerate(d.numbers):
        s.new_page()
        s.band(30, 22)
        s.text(44, 45, f"Acct # {d.printed_account}   {date_text(d.statement_date, 'abbr')}",
               8.5, color=LIGHT)
        s.text(W - 44, 45, f"Page {k + 2}", 8, color=LIGHT, align="right")
        s.text(40, 84, f"Line {k + 1} of {len(d.numbers)}", 11, bold=True)
        s.text(40, 98, f"Mobile Nbr {phone(n, style)}   {users[k]}", 9)
        yy = 120.0
        for label in ("Unlimited Talk & Text", "Data 15GB", "Device Payment 12 of 24",
                      "Surcharges", "Taxes"):
            s.text(44, yy, label, 8)
            s.text(W - 44, yy, money(r, 1, 50), 8, align="right")
            yy += 11


@family("voxox_grid", carrier="voxox", lines=(3, 9), block=0.4, block_size=(5, 15), dialed=8,
        person_share=0.0, account=lambda r, c, b: f"VX-{digits(r, 6)}",
        modelled_on="cloud PBX invoices of Voxox's kind: the 'Bill To' window on the right, "
        "the E911 service address on the left, invoice number and customer ID beside the "
        "account number, 'Main Number' under its caption, the numbers in a three-column grid "
        "with extensions, a DID block 'thru' its last number, dates like 'Mar. 3rd, 2025'",
        accent="#F26722", font="DejaVuSans")
def voxox_grid(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("one_dash", "dot"))
    s.wordmark(40, 46, "VOXOX", 24, "#F26722")
    with s.roled("help"):
        s.text(40, 60, f"{d.carrier.domain}  \u2022  Support {d.carrier.help_lines[0][1]}", 7,
               color=GREY)
    for i, (label, value) in enumerate((("Invoice #", d.invoice_id),
                                        ("Customer ID", d.customer_id),
                                        ("Account #", d.printed_account),
                                        ("Invoice Date", date_text(d.statement_date, "ordinal")),
                                        ("Due", date_text(d.statement_date + timedelta(days=15),
                                                          "ordinal")))):
        s.text(380, 34 + i * 12, label, 7.5, color=GREY)
        s.text(W - 40, 34 + i * 12, value, 8.5, bold=True, align="right")
    s.text(40, 110, "E911 Service Address", 7.5, bold=True, color=s.accent)
    s.lines(40, 122, address_lines(d.service), 8.5)
    s.mark("service", address_key(d.service))
    s.text(40, 170, "Main Number", 7.5, bold=True, color=s.accent)
    s.text(40, 182, phone(d.real_btn, style), 9, bold=True)
    s.mark("btn", d.real_btn)
    s.text(330, 110, "Bill To", 7.5, bold=True, color=s.accent)
    mailing_block(s, d, 330, 122, 9)
    s.text(40, 216, "PHONE NUMBERS", 10, bold=True, color=s.accent)
    singles = d.singles()
    y = 232.0
    for k, n in enumerate(singles):
        col, row = k % 3, k // 3
        x = 40 + col * 180
        yy = y + row * 24
        s.text(x, yy, phone(n, style), 8.5, bold=True)
        s.text(x, yy + 10, f"Ext {101 + k}  {person_name(r) if k else 'Auto Attendant'}", 7,
               color=GREY)
    y += 24 * ((len(singles) + 2) // 3) + 6
    for f, c in d.ranges:
        s.text(40, y, f"DID Block ({c}): {did_range(f, c, 'thru', style)}", 8)
        y += 12
    body = [("Cloud PBX Seat", str(len(singles)), money(r, 20, 300)),
            ("DID Numbers", str(len(d.numbers)), money(r, 5, 60)),
            ("E911 Service Fee", str(len(singles)), money(r, 2, 20)),
            ("Regulatory Recovery", "1", money(r, 1, 15))]
    y = s.table(40, y + 16, ("Description", "Qty", "Amount"), body, (330, 80, 122), size=8,
                align=("left", "right", "right"))
    s.text(W - 44, y + 6, f"Total Due {money(r, 60, 900)}", 9, bold=True, align="right")
    remit_stub(s, d, y=622, account_label="Account #", window=False)
