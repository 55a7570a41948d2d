"""SIXTH BLIND SPLIT: not for the reader's author (see families/blind6/__init__.py).

Nex-Tech (a rural telephone company of northwest Kansas) and Paul Bunyan Communications (a
telephone cooperative of northern Minnesota, its customers members).

Modelled on small independent telephone companies' statements of Nex-Tech's kind (billing systems
of rural telcos: short labels with colons on one line, "Svc Addr" and "Billing Tel No.", the
customer's record in capitals, local service by line, extended area service, a toll detail whose
every row repeats the calling number, a repair line in the customers' own area code); and on Paul
Bunyan Communications' cooperative statements (a member number instead of an account number,
capital credits returned as a bill credit, GigaZone internet, digital voice lines, customer service
on local numbers (218) 444-1234 and (218) 999-1234 in the members' own area code).
"""

from __future__ import annotations

from datetime import timedelta

from reportlab.lib.colors import HexColor

from tests.billcorpus.blocks import mailing_block, notices, page_header, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import date_text, did_range, digits, money, one_line, phone
from tests.billcorpus.truth import Draft, address_key

WHITE = HexColor("#FFFFFF")
_PLACES = ("HAYS KS", "SALINA KS", "DENVER CO", "WICHITA KS", "KANSAS CITY MO", "TOLL FREE",
           "OMAHA NE", "GOODLAND KS")


@family("nextech", carrier="nextech", region="KS", lines=(1, 4), block=0.2, block_size=(5, 10),
        dialed=10, person_share=0.45, account=lambda r, c, b: f"{digits(r, 5)}-{digits(r, 3)}",
        modelled_on="small independent telephone company statements of Nex-Tech's kind: short "
        "labels with colons on one line (Acct No, Bill Date, Svc Addr, Billing Tel No.), the "
        "record in capitals, local service and extended area service by line, toll detail rows "
        "repeating the calling number, a repair line in the customers' own area code",
        accent="#E35205", font="Courier")
def nextech(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.upper()
    assert d.service is not None
    style = "dash"
    s.wordmark(40, 50, "Nex-Tech", 24, "#E35205", font="Helvetica-Bold")
    s.text(40, 64, "Connecting Kansas", 8, color=GREY, font="Helvetica")
    due = d.statement_date + timedelta(days=20)
    left = (("Acct No:", d.printed_account), ("Bill Date:", date_text(d.statement_date, "us")),
            ("Due Date:", date_text(due, "us")),
            ("Billing Tel No.:", phone(d.real_btn, style)))
    for i, (label, value) in enumerate(left):
        s.text(330, 32 + i * 12, label, 8, bold=True)
        s.text(450, 32 + i * 12, value, 8)
    s.mark("btn", d.real_btn)
    s.text(330, 92, "Svc Addr:", 8, bold=True)
    s.text(392, 92, one_line(d.service, 3), 7.5)
    s.mark("service", address_key(d.service))
    mailing_block(s, d, 60, 120, 9)
    s.text(40, 196, "ACCOUNT SUMMARY", 9, bold=True)
    s.rule(40, 200, 300, 0.6)
    y = 214.0
    for label in ("PREVIOUS BALANCE", "PAYMENT 00/00 THANK YOU", "BALANCE FORWARD",
                  "LOCAL SERVICE", "LONG DISTANCE", "TAXES AND SURCHARGES", "TOTAL DUE"):
        text = label.replace("00/00", f"{d.statement_date - timedelta(days=12):%m/%d}")
        s.text(44, y, text, 8, bold=label == "TOTAL DUE")
        s.text(300, y, money(r, 0, 300), 8, align="right")
        y += 11
    _nextech_local(s, d, style, y + 16)
    with s.roled("help"):
        s.text(340, 200, "CUSTOMER SERVICE", 8, bold=True)
        s.text(340, 212, d.carrier.help_lines[0][1], 8)
        s.text(340, 226, "REPAIR 24 HRS", 8, bold=True)
        s.text(340, 238, d.carrier.help_lines[1][1], 8)
    s.text(340, 256, d.carrier.domain, 8)
    remit_stub(s, d, y=610, account_label="Acct No")
    if d.numbers and r.random() < 0.6:
        _toll_detail(s, d, style)


def _nextech_local(s: Sheet, d: Draft, style: str, y: float) -> None:
    r = s.rng
    s.text(40, y, "LOCAL SERVICE DETAIL", 9, bold=True)
    s.rule(40, y + 4, W - 40, 0.6)
    y += 18
    for n in d.singles():
        s.text(44, y, phone(n, style), 8, bold=True)
        s.text(150, y, r.choice(("BUSINESS LINE", "RESIDENCE LINE", "FAX LINE",
                                 "BUSINESS LINE-HUNT")), 8)
        s.text(W - 44, y, money(r, 18, 40), 8, align="right")
        s.text(150, y + 10, "EXTENDED AREA SERVICE", 7.5)
        s.text(W - 44, y + 10, money(r, 2, 9), 7.5, align="right")
        y += 24
    for f, c in d.ranges:
        s.text(44, y, did_range(f, c, "to", style), 8, bold=True)
        s.text(W - 44, y, f"${c * 0.75:.2f}", 8, align="right")
        s.text(44, y + 10, f"DIRECT INWARD DIAL NUMBERS ({c})", 7.5)
        y += 24
    notices(s, d, 40, y + 8, count=1, size=7)


def _toll_detail(s: Sheet, d: Draft, style: str) -> None:
    """Toll calls with the calling number on every row (a column, not a heading)."""
    r = s.rng
    s.new_page()
    page_header(s, d, 2, 2, account_label="Acct No")
    with s.roled("detail"):
        s.text(40, 90, "ITEMIZED TOLL CALLS", 11, bold=True)
        own = [n for n in d.numbers][:2]
        body = []
        for i in range(36):
            day = d.statement_date - timedelta(days=30 - i * 29 // 36)
            body.append((f"{day:%m/%d}", phone(own[i % len(own)], style),
                         phone(r.choice(d.dialed), style), r.choice(_PLACES),
                         f"{1 + i * 7 % 23}", f"{(i % 5) * 0.09:.2f}"))
        s.table(40, 110, ("DATE", "ORIG NUMBER", "NUMBER CALLED", "PLACE", "MIN", "AMOUNT"),
                body, (50, 100, 100, 130, 50, 60), size=7.5, lead=11,
                align=("left", "left", "left", "left", "right", "right"))


@family("paul_bunyan", carrier="paul_bunyan", region="NMN", lines=(1, 3), block=0.15,
        block_size=(5, 8), dialed=8, person_share=0.6,
        account=lambda r, c, b: f"{digits(r, 6)}",
        modelled_on="paulbunyan.net cooperative statements: a member number instead of an account "
        "number, capital credits returned as a bill credit, GigaZone internet, digital voice "
        "lines, customer service on local numbers (218) 444-1234 / (218) 999-1234",
        accent="#1D5C2E", font="DejaVuSans")
def paul_bunyan(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = "paren"
    s.image_logo(40, 20, "Paul Bunyan", 24, "#1D5C2E", mark="square")
    s.text(40, 58, "Communications · A member-owned cooperative", 7.5, color=GREY)
    cells = (("Member Number", d.printed_account), ("Statement Date",
                                                    date_text(d.statement_date, "abbr")),
             ("Main Phone Number", phone(d.real_btn, style)),
             ("Amount Due", money(r, 40, 400)))
    for i, (label, value) in enumerate(cells):
        x, y = 340.0 + (i % 2) * 118, 24.0 + (i // 2) * 34
        s.box(x - 4, y - 10, 114, 30, fill=LIGHT)
        s.text(x, y, label, 6.5, bold=True, color=GREY)
        s.text(x, y + 13, value, 9, bold=True)
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 116, 9)
    s.text(340, 110, "Member Name", 6.5, bold=True, color=GREY)
    s.text(340, 121, d.name, 8.5)
    s.text(340, 138, "Service Location", 6.5, bold=True, color=GREY)
    s.text(340, 149, one_line(d.service, 1), 8)
    s.mark("service", address_key(d.service))
    s.text(40, 200, "Your Services This Month", 11, bold=True, color=s.accent)
    body = [("GigaZone Gig Internet", "", money(r, 60, 110))]
    body += [(f"Digital Voice Line {phone(n, style)}", "Unlimited Local & LD",
              money(r, 20, 35)) for n in d.singles()]
    body += [(f"DID Block {did_range(f, c, 'through', style)}", f"{c} numbers",
              money(r, 5, 20)) for f, c in d.ranges]
    body.append(("Capital Credit Retirement", "Thank you, member!", f"-{money(r, 5, 90)}"))
    y = s.table(40, 218, ("Service", "Description", "Amount"), body, (270, 150, 80), size=8,
                align=("left", "left", "right"))
    s.text(40, y + 16, "Account Activity", 11, bold=True, color=s.accent)
    for i, label in enumerate(("Previous Balance", "Payments", "Current Charges",
                               "Federal & State Taxes", "Balance Due")):
        s.text(44, y + 32 + i * 12, label, 8.5, bold=i == 4)
        s.text(300, y + 32 + i * 12, money(r, 0, 350), 8.5, align="right")
    s.box(340, y + 8, 236, 60, stroke=s.accent)
    with s.roled("help"):
        s.text(348, y + 22, "Questions about your bill?", 8, bold=True)
        s.text(348, y + 34, f"Call {d.carrier.help_lines[0][1]} or "
                            f"{d.carrier.help_lines[1][1]}", 8)
    s.text(348, y + 46, f"or e-mail us from {d.carrier.domain}", 7.5)
    s.text(348, y + 58, "Capital credits are your share as a member.", 7, color=GREY)
    s.text(40, 580, f"Thank you for being a member of {d.carrier.brand}.", 7.5, color=GREY)
    s.text(40, 592, f"{d.carrier.legal} · {' '.join(d.carrier.remit)}", 6.5, color=GREY)
    remit_stub(s, d, y=604, account_label="Member Number")
