"""FOURTH BLIND SPLIT: not for the reader's author (see families/blind4/__init__.py).

Alaska Communications (an ILEC), HTC (a telephone cooperative) and Metronet Business (a fiber
CLEC).

Modelled on Alaska Communications' billing support (bill balance by Easy Features, "563-EASY
(563-3279)" in Anchorage and 1-800-808-8083 outside it; prorated first bill; local service,
long distance), on HTC's member pages (Horry Telephone Cooperative: members own the cooperative,
capital credits refunded as "Capital Credits-Refund" on the bill, questions to 843-369-8530 or
1-800-824-6779; measured extended area service) and the cooperative bill guides of its kind
(account number, past due after, total due, remittance address, previous bill, current charges,
charge detail printed front and back), and on Metronet Business's "understanding your bill"
(billed one month in advance, prorated first bill, Business Customer Care (888) 664-1348).
"""

from __future__ import annotations

from datetime import timedelta

from reportlab.lib.colors import HexColor

from tests.billcorpus.blocks import call_detail, help_lines, mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import (
    address_lines,
    date_text,
    did_range,
    digits,
    extension,
    money,
    one_line,
    phone,
)
from tests.billcorpus.people import person_name
from tests.billcorpus.truth import Draft, address_key

WHITE = HexColor("#FFFFFF")
_FEATURES = ("Business Line", "Caller ID with Name", "Voice Mail", "Call Waiting", "Hunting",
             "Call Forwarding - Busy", "Three-Way Calling")


@family("alaska_comm", carrier="acs", region="AK", lines=(2, 5), block=0.3, block_size=(5, 10),
        dialed=10, person_share=0.15, account=lambda r, c, b: f"{digits(r, 9)}-{digits(r, 3)}",
        modelled_on="alaskacommunications.com support/billing: how to read your bill, Easy "
        "Features balance line (563-EASY in Anchorage, 1-800-808-8083 outside), prorated first "
        "bill, local service and long distance", accent="#00467F", font="Helvetica")
def alaska_comm(s: Sheet, d: Draft) -> None:
    d.btn = None  # no number on this bill is called the billing number
    r = s.rng
    assert d.service is not None
    detail = r.randint(1, 2)
    pages = 2 + detail
    s.image_logo(40, 24, "Alaska Communications", 26, "#00467F")
    s.band(66, 22)
    band = (f"Account Number  {d.printed_account}", f"Bill Date  {date_text(d.statement_date, 'us2')}",
            f"Page 1 of {pages}")
    for i, cell in enumerate(band):
        s.text(46 + i * 200, 81, cell, 9, bold=True, color=WHITE)
    mailing_block(s, d, 60, 128)
    s.box(340, 110, 236, 58, stroke=GREY)
    s.text(350, 126, "Amount Due", 9, bold=True)
    s.text(566, 126, money(r, 60, 900), 12, bold=True, align="right")
    s.text(350, 144, "Due By", 9)
    s.text(566, 144, date_text(d.statement_date + timedelta(days=20), "us2"), 9, align="right")
    s.text(350, 160, "Alaska Communications", 8, color=GREY)
    s.text(40, 214, "Account Summary", 11, bold=True, color=s.accent)
    y = 230.0
    for label in ("Previous Balance", "Payment Received - Thank You", "Balance Forward",
                  "Local Service", "Long Distance", "Taxes, Surcharges and Fees",
                  "Total Current Charges"):
        s.text(44, y, label, 8.5, bold=label.startswith("Total"))
        s.text(300, y, money(r, 0, 400), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.text(340, 230, "Check your balance with Easy Features", 8, bold=True)
        s.text(340, 242, "In Anchorage: 563-EASY (563-3279)", 8)
    help_lines(s, d, 340, 254, 8, extra=(d.carrier.domain,))
    notices(s, d, 40, y + 16, count=2)
    remit_stub(s, d, y=600)
    s.new_page()
    _acs_detail_page(s, d, pages)
    call_detail(s, d, 3, detail, "Long Distance Call Detail", "dot")


def _acs_detail_page(s: Sheet, d: Draft, pages: int) -> None:
    """Local service by line: each line of the account is the heading of its own features."""
    r = s.rng
    assert d.service is not None
    s.band(30, 20)
    s.text(46, 44, f"Account Number  {d.printed_account}", 8.5, bold=True, color=WHITE)
    s.text(W - 46, 44, f"Page 2 of {pages}", 8.5, bold=True, color=WHITE, align="right")
    s.box(340, 70, 236, 16, fill=s.accent)
    s.text(348, 81, "SERVICE LOCATION", 8, bold=True, color=WHITE)
    s.box(340, 86, 236, 50, stroke=s.accent)
    s.lines(348, 100, address_lines(d.service), 8.5)
    s.mark("service", address_key(d.service))
    s.text(40, 80, "Local Service Detail", 12, bold=True)
    s.text(40, 94, f"Service period {date_text(d.statement_date, 'abbr')} - "
                   f"{date_text(d.statement_date + timedelta(days=29), 'abbr')}", 8, color=GREY)
    y = 160.0
    for n in d.singles():
        s.text(40, y, f"Local Service for {phone(n, 'dot')}", 9, bold=True, color=s.accent)
        rows = [(f, money(r, 2, 45)) for f in r.sample(_FEATURES[1:], r.randint(1, 3))]
        y = s.table(56, y + 14, ("Description", "Amount"), [("Business Line", money(r, 25, 60)),
                                                           *rows], (300, 80), size=8,
                    shade=False, align=("left", "right")) + 6
    for first, count in d.ranges:
        s.text(40, y, f"Direct Inward Dial {did_range(first, count, 'dash', 'dot')}", 9,
               bold=True, color=s.accent)
        y = s.table(56, y + 14, ("Description", "Amount"),
                    [(f"DID numbers, {count} @ $1.50", f"${count * 1.5:.2f}")], (300, 80),
                    size=8, shade=False, align=("left", "right")) + 6


@family("htc_coop", carrier="htc", region="SC", lines=(1, 4), dialed=10, person_share=0.35,
        account=lambda r, c, b: f"{digits(r, 6)}-{digits(r, 3)}",
        modelled_on="htcinc.net: HTC membership and capital credits (Capital Credits-Refund on "
        "the bill), measured extended area service; cooperative bill guide: account number, "
        "past due after, total due, remittance address, previous bill, current charges, charge "
        "detail front and back", accent="#005A9C", font="Times-Roman")
def htc_coop(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    d.help_numbers.append("+18433698530")  # the capital credits office, printed in a sentence
    style = "dash"
    s.text(40, 52, "HTC", 30, bold=True, color=s.accent)
    s.text(112, 40, "Horry Telephone Cooperative, Inc.", 10, bold=True)
    s.text(112, 52, "Your member-owned cooperative since 1952", 8, color=GREY)
    cells = (("Member Number", d.customer_id), ("Account Number", d.printed_account),
             ("Bill Date", date_text(d.statement_date, "dash")),
             ("Past Due After", date_text(d.statement_date + timedelta(days=20), "dash")))
    for i, (label, value) in enumerate(cells):
        x = 330 + (i % 2) * 123
        y = 30 + (i // 2) * 34
        s.box(x, y, 120, 31, stroke=GREY)
        s.text(x + 5, y + 10, label, 7, color=GREY)
        s.text(x + 5, y + 24, value, 9.5, bold=True)
    mailing_block(s, d, 60, 118)
    s.text(330, 118, "Master Number", 7.5, color=GREY)
    s.text(330, 131, phone(d.real_btn, style), 11, bold=True)
    s.mark("btn", d.real_btn)
    s.text(40, 196, "Current Charges", 11, bold=True, color=s.accent)
    location = one_line(d.service, 3)
    body = [(phone(n, style), location, r.choice(("Business Line", "Residential Line",
                                                  "Fax Line", "Business Line + Voice Mail")),
             money(r, 18, 70)) for n in d.numbers]
    y = s.table(40, 214, ("Telephone Number", "Service Location", "Description", "Amount"), body,
                (92, 250, 110, 60), size=7.5, align=("left", "left", "left", "right"))
    s.mark("service", address_key(d.service))
    rows = [("Previous Bill", money(r)), ("Payment Received", money(r)),
            ("Capital Credits-Refund", f"-${r.randint(3, 49)}.{r.randint(0, 99):02d}"),
            ("Taxes and Surcharges", money(r, 3, 40)), ("Total Due", money(r, 40, 500))]
    for i, (label, value) in enumerate(rows):
        s.text(44, y + 14 + i * 12, label, 8.5, bold=label == "Total Due")
        s.text(300, y + 14 + i * 12, value, 8.5, align="right")
    y += 14 + len(rows) * 12
    s.text(40, y + 10, "Measured Extended Area Service (MEAS)", 9, bold=True)
    for i, n in enumerate(d.numbers[:3]):
        s.text(44, y + 24 + i * 11, f"MEAS calls from {phone(n, style)}: {r.randint(2, 40)} "
                                    f"calls, {r.randint(10, 300)} minutes", 8)
    with s.roled("help"):
        s.text(330, 420, "Questions about capital credits? Call 843-369-8530", 7.5)
        s.text(330, 430, "or 1-800-824-6779.", 7.5)
    help_lines(s, d, 330, 444, 7.5)
    remit_stub(s, d, y=610, account_label="Account Number")
    call_detail(s, d, 2, r.randint(1, 2), "Charge Detail", style)


def _tile(s: Sheet, x: float, y: float, w: float, label: str, value: str) -> None:
    """A box with its label above the value, as on a fiber CLEC's statement header."""
    s.box(x, y, w, 38, fill=LIGHT)
    s.text(x + 8, y + 13, label, 7.5, color=GREY)
    s.text(x + 8, y + 29, value, 11, bold=True)


@family("metronet_business", carrier="metronet", lines=(2, 7), block=0.35, block_size=(5, 12),
        dialed=8, person_share=0.0, account=lambda r, c, b: f"{digits(r, 3)}-{digits(r, 7)}",
        modelled_on="metronetbusiness.com support: understanding your bill (billed one month in "
        "advance, prorated first bill, Business Customer Care (888) 664-1348); voice lines with "
        "their users and extensions", accent="#F26522", font="DejaVuSans")
def metronet_business(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    s.vector_mark(40, 24, "swoosh", 22, "#F26522")
    s.text(84, 44, "Metronet Business", 16, bold=True, color=s.accent)
    due = d.statement_date + timedelta(days=21)
    for i, (label, value) in enumerate((("Account Number", d.printed_account),
                                        ("Statement Date", date_text(d.statement_date, "abbr")),
                                        ("Due Date", date_text(due, "abbr")),
                                        ("Amount Due", money(r, 90, 1500)))):
        _tile(s, 40 + i * 134, 70, 128, label, value)
    s.text(40, 136, "BILL TO", 7.5, bold=True, color=GREY)
    mailing_block(s, d, 40, 150, 9)
    s.text(320, 136, "ACCOUNT TELEPHONE NUMBER", 7.5, bold=True, color=GREY)
    s.text(320, 152, phone(d.real_btn, "paren"), 12, bold=True)
    s.mark("btn", d.real_btn)
    s.text(320, 176, "Service Address:", 8, bold=True)
    s.text(324 + s.width("Service Address:", 8, bold=True), 176, one_line(d.service, 1), 7.5)
    s.mark("service", address_key(d.service))
    s.text(40, 226, "Voice Lines", 11, bold=True, color=s.accent)
    rows = []
    for i, n in enumerate(d.singles()):
        user = "Main Line" if i == 0 else r.choice((person_name(r), "Conference Room",
                                                    "Fax", "Lobby"))
        rows.append((f"+1 {phone(n, 'dash')}", user, extension(r, "x").strip(),
                     r.choice(("Unlimited Local/LD", "Metered", "Fax Line"))))
    for first, count in d.ranges:
        rows.append((f"+1 {did_range(first, count, 'thru', 'dash')}", f"DID block ({count})", "",
                     "DID"))
    y = s.table(40, 244, ("Number", "Assigned To", "Ext.", "Plan"), rows, (170, 150, 60, 130),
                size=8)
    s.text(40, y + 16, "Summary of Charges", 11, bold=True, color=s.accent)
    y += 32
    for label in ("Previous Balance", "Payments", "Monthly Services (billed in advance)",
                  "Prorated Charges", "Taxes and Fees", "Total Amount Due"):
        s.text(44, y, label, 8.5, bold=label.startswith("Total"))
        s.text(330, y, money(r, 0, 800), 8.5, align="right")
        y += 12
    help_lines(s, d, 380, y - 60, 8, extra=(d.carrier.domain,))
    s.text(40, 760, f"Services provided by {d.carrier.legal}.", 7, color=GREY)
    s.new_page()
    s.text(40, 40, "Metronet Business", 12, bold=True, color=s.accent)
    s.text(W - 40, 40, f"Account {d.printed_account} · Page 2 of 2", 7.5, align="right")
    s.text(40, 76, "Monthly Service Detail", 12, bold=True)
    body = [("Business Fiber Internet 1 Gig", money(r, 80, 250)),
            (f"Business Voice Lines x {len(d.singles())}", money(r, 25, 200)),
            *((f"DID Block {c} numbers", money(r, 5, 40)) for _, c in d.ranges),
            ("Static IP (1)", "$10.00")]
    s.table(40, 96, ("Description", "Amount"), body, (340, 80), size=8.5,
            align=("left", "right"))
    remit_stub(s, d, y=560)
