"""SEVENTH BLIND SPLIT: not for the reader's author (see families/blind7/__init__.py).

Sangoma (Sangoma Business Voice, the former Star2Star hosted voice service) and Mitel (MiCloud
Connect, Mitel's cloud phone system, the former ShoreTel Sky).

Modelled on hosted-voice invoices of Sangoma's kind (a customer number and an invoice number,
ISO dates, the phone numbers in a grid without a label on each, numbers and the vendor's own
support lines written alike in "+1 NPA NXX XXXX" form, the E911 location on one line, no billing
number named, seat and feature counts) and on MiCloud Connect invoices (a bill-to customer with an
"Attn:" line, the company main number on the cover, a site with its address and the users of the
site with their extensions and DIDs, dates written "05-Mar-2025", usage by site).
"""

from __future__ import annotations

from datetime import date, timedelta

from tests.billcorpus.blocks import attention_line, mailing_block, page_header, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import date_text, did_range, digits, money, one_line, phone
from tests.billcorpus.people import person_name
from tests.billcorpus.truth import Draft, address_key


def _dmy(d: date) -> str:
    return f"{d.day:02d}-{d:%b}-{d.year}"


@family("sangoma_voice", carrier="sangoma", lines=(3, 12), block=0.3, block_size=(5, 12),
        dialed=8, person_share=0.0, account=lambda r, c, b: f"C{digits(r, 6)}",
        modelled_on="hosted voice invoices of Sangoma's kind: customer and invoice numbers, "
        "ISO dates, phone numbers in an unlabelled grid, numbers and support lines alike in "
        "+1 NPA NXX XXXX form, the E911 location on one line, no billing number named, seats "
        "and features", accent="#E1261C", font="DejaVuSans")
def sangoma_voice(s: Sheet, d: Draft) -> None:
    d.btn = None
    r = s.rng
    assert d.service is not None
    s.wordmark(40, 48, "sangoma", 26, "#E1261C")
    s.text(40, 62, "Business Voice", 8, color=GREY)
    s.text(W - 40, 34, "INVOICE", 15, bold=True, align="right")
    rows = (("Customer Number", d.printed_account), ("Invoice Number", d.invoice_id),
            ("Invoice Date", date_text(d.statement_date, "iso")),
            ("Due Date", date_text(d.statement_date + timedelta(days=15), "iso")),
            ("Amount Due (USD)", money(r, 100, 1800)))
    for i, (label, value) in enumerate(rows):
        s.text(380, 52 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 52 + i * 12, value, 8, bold=True, align="right")
    s.text(40, 104, "BILL TO", 7.5, bold=True, color=s.accent)
    mailing_block(s, d, 40, 118, 9)
    with s.roled("help"):
        s.text(380, 126, "Support", 7.5, bold=True, color=s.accent)
        for k, (label, number) in enumerate(d.carrier.help_lines):
            s.text(380, 139 + k * 11, f"{label}  {phone(_e164(number), 'intl')}", 8)
    s.text(380, 162, "support.sangoma.com", 8)
    s.text(40, 196, "Emergency (E911) Location", 8, bold=True, color=s.accent)
    s.text(40, 209, one_line(d.service, 1), 8.5)
    s.mark("service", address_key(d.service))
    seats = len(d.numbers) + r.randint(0, 6)
    y = s.table(40, 236, ("Description", "Qty", "Unit", "Amount"),
                [("Business Voice Seat - Premium", str(seats), money(r, 20, 35),
                  money(r, 100, 900)),
                 ("Local Phone Number", str(len(d.numbers)), "$2.00", money(r, 5, 60)),
                 ("Toll-Free Minutes", str(r.randint(100, 900)), "$0.03", money(r, 3, 30)),
                 ("E911 Service Fee", str(len(d.numbers)), "$1.50", money(r, 2, 20)),
                 ("Regulatory Recovery Fee", "1", "", money(r, 5, 40))],
                (260, 50, 80, 100), size=8.5, align=("left", "right", "right", "right"))
    s.text(40, y + 18, f"Phone Numbers ({len(d.numbers)})", 10, bold=True, color=s.accent)
    cells = [phone(n, "intl") for n in d.singles()]
    cells += [did_range(f, c, "full_dash", "intl") for f, c in d.ranges]
    y += 34
    for k, cell in enumerate(cells):
        s.text(44 + (k % 3) * 176, y + (k // 3) * 12, cell, 8.5)
    y += 12 * ((len(cells) + 2) // 3) + 16
    s.text(40, y, "Payments are due in USD. Late invoices accrue 1.5% per month.", 7,
           color=GREY)
    remit_stub(s, d, y=620, account_label="Customer Number")


def _e164(printed: str) -> str:
    return "+1" + "".join(c for c in printed if c.isdigit())[-10:]


@family("micloud_connect", carrier="mitel", lines=(3, 9), block=0.25, block_size=(5, 10),
        dialed=10, person_share=0.0, account=lambda r, c, b: f"{digits(r, 4)}-{digits(r, 5)}",
        modelled_on="MiCloud Connect invoices: bill-to customer with an Attn line, the company "
        "main number on the cover, a site with its address and its users with extensions and "
        "DIDs, dates written 05-Mar-2025, usage by site", accent="#0073CF", font="DejaVuSans")
def micloud_connect(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = "paren"
    s.vector_mark(40, 20, "bars", 26, "#0073CF")
    s.wordmark(80, 44, "Mitel", 24, "#0073CF")
    s.text(80, 58, "MiCloud Connect", 8, color=GREY)
    s.text(W - 40, 34, "Invoice", 15, bold=True, align="right")
    rows = (("Account", d.printed_account), ("Invoice", d.invoice_id),
            ("Invoice Date", _dmy(d.statement_date)),
            ("Payment Due", _dmy(d.statement_date + timedelta(days=30))),
            ("Company Main Number", phone(d.real_btn, style)))
    for i, (label, value) in enumerate(rows):
        s.text(370, 52 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 52 + i * 12, value, 8, bold=True, align="right")
    s.mark("btn", d.real_btn)
    s.text(40, 110, "Bill To", 7.5, bold=True, color=s.accent)
    mailing_block(s, d, 40, 124, 9, attn=attention_line(d))
    s.box(330, 112, 246, 72, fill=LIGHT)
    s.text(338, 124, "Invoice Summary", 8.5, bold=True, color=s.accent)
    for i, label in enumerate(("Previous Balance", "Payments", "Current Charges",
                               "Total Due")):
        s.text(338, 138 + i * 11, label, 8, bold=i == 3)
        s.text(W - 48, 138 + i * 11, money(r, 0, 2000), 8, bold=i == 3, align="right")
    site = r.choice(("Headquarters", "Main Office", "Site 1", "Downtown Office"))
    s.band(206, 16)
    s.text(44, 217, f"Site: {site}", 9, bold=True, color=LIGHT)
    s.text(40, 238, "Site Address:", 8, bold=True)
    s.text(110, 238, one_line(d.service, 2), 8.5)
    s.mark("service", address_key(d.service))
    body = [(person_name(r), str(r.randint(100, 499)), phone(n, style),
             r.choice(("Connect CLOUD Essentials", "Connect CLOUD Advanced", "Conference Room",
                       "Analog Fax Port")), money(r, 19, 45)) for n in d.singles()]
    body += [("Inbound DIDs", "-", did_range(f, c, "thru_full", style), f"{c} DIDs",
              money(r, 5, 30)) for f, c in d.ranges]
    y = s.table(40, 262, ("User", "Ext.", "DID", "Profile", "Monthly"), body,
                (130, 40, 170, 140, 50), size=8, align=("left", "left", "left", "left", "right"))
    with s.roled("help"):
        s.text(40, y + 20, "Mitel Customer Support " + d.carrier.help_lines[0][1]
               + " · Billing " + d.carrier.help_lines[1][1], 7.5, color=GREY)
    remit_stub(s, d, y=620, account_label="Account", window=False)
    if r.random() < 0.5:
        _usage(s, d, style)


def _usage(s: Sheet, d: Draft, style: str) -> None:
    """Usage by site: outbound calls listed by the DID they came from, with the number dialed."""
    r = s.rng
    s.new_page()
    page_header(s, d, 2, 2, account_label="Account")
    s.text(40, 90, "Usage Detail by Site", 12, bold=True)
    rows = [(_dmy(d.statement_date - timedelta(days=r.randint(1, 29))),
             phone(r.choice(d.dialed), style), str(r.randint(1, 40)), f"{r.random():.2f}")
            for _ in range(30)]
    with s.roled("detail"):
        s.text(40, 106, f"Calls from {phone(d.numbers[0], style)}", 9, bold=True)
        s.table(40, 126, ("Date", "Number Dialed", "Minutes", "Charge"), rows,
                (100, 160, 70, 70), size=7.5, lead=11, align=("left", "left", "right", "right"))
