"""TWELFTH BLIND SPLIT: not for the reader's author (see families/blind12/__init__.py).

Smithville (an independent ILEC of southern Indiana), Polar Communications (a mutual aid
telephone corporation of north-eastern North Dakota) and Table Top Telephone (a rural ILEC of
south-western Arizona).

Modelled on a legacy billing system's print of Smithville's kind (monospaced capitals in fixed
columns, no rules, labels abbreviated with periods and the value on the next line, indented; an
account number with a check digit after a dash; rural route premises; four labelled dates), on
member statements of Polar's kind (a form: every value over a rule with its small caption under
it, a PO Box mailing address beside a street or rural route service location, five dates on page
1 of which one is the statement date), and on small-ILEC letters of Table Top's kind (the values
inside sentences, the service address only in an E911 address notice, often a highway contract
box, and the lines in a grid without labels).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from tests.billcorpus.blocks import mailing_block, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind12.parts import move_to, rural_route, value_over_caption
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, money, phone
from tests.billcorpus.people import REGIONS, po_box
from tests.billcorpus.truth import Draft, address_key

_MONO = "Courier"


def _cell(s: Sheet, x: float, y: float, label: str, rows: list[str], size: float = 8.5) -> None:
    """A mainframe field: the abbreviated label, the value on the next line(s), indented."""
    s.text(x, y, label, size, font=_MONO, bold=True)
    s.lines(x + 18, y + size * 1.25, rows, size, font=_MONO)


@family("smithville_mainframe", carrier="smithville", region="SMV", lines=(1, 4), dialed=8,
        person_share=0.5,
        account=lambda r, c, b: f"{r.randint(100000, 999999):07d}-{r.randint(0, 9)}",
        modelled_on="legacy-system statements of Smithville's kind (southern Indiana): "
        "monospaced capitals in fixed columns without rules, labels abbreviated with periods "
        "(ACCT NO., SVC ADDR, BTN/MAIN TEL, BILL DT.) and the value on the next line, indented; "
        "an account number with a check digit after a dash; rural route premises; bill date, "
        "due date, period and last payment each labelled",
        accent="#1B5E20", font="Courier")
def smithville_mainframe(s: Sheet, d: Draft) -> None:
    r = s.rng
    if r.random() < 0.6:
        move_to(d, rural_route(d, "RR"))
    d.upper()
    assert d.service is not None
    s.wordmark(40, 44, "Smithville", 22, "#1B5E20")
    s.text(40, 58, d.carrier.legal.upper() + "  " + d.carrier.remit[0].upper() + "  "
           + d.carrier.remit[1].upper(), 7, font=_MONO)
    bill = d.statement_date
    due = bill + timedelta(days=21)
    paid = bill - timedelta(days=r.randint(12, 20))
    us2 = "us2"
    _cell(s, 40, 90, "ACCT NO.", [d.printed_account])
    _cell(s, 170, 90, "BILL DT.", [date_text(bill, us2)])
    _cell(s, 290, 90, "DUE DT.", [date_text(due, us2)])
    _cell(s, 410, 90, "AMT DUE", [money(r, 40, 400)])
    mailing_block(s, d, 58, 140, 9)
    _cell(s, 330, 130, "CUST NAME", [d.name])
    _cell(s, 330, 160, "SVC ADDR", address_lines(d.service))
    s.mark("service", address_key(d.service))
    _cell(s, 330, 206, "BTN/MAIN TEL", [phone(d.real_btn, "space")])
    s.mark("btn", d.real_btn)
    period = f"{date_text(bill - timedelta(days=30), us2)} - {date_text(bill - timedelta(days=1), us2)}"
    _cell(s, 40, 236, "SVC PER.", [period])
    _cell(s, 200, 236, "LAST PMT RCVD", [f"{date_text(paid, us2)}  {money(r, 40, 400)}  THANK YOU"])
    y = 280.0
    s.text(40, y, "TEL NO.        DESCRIPTION                      QTY      AMOUNT", 8.5,
           font=_MONO, bold=True)
    y += 13
    for k, n in enumerate(d.numbers):
        desc = "RES LINE" if d.customer.person else "BUS LINE"
        desc += " - MAIN" if k == 0 else ""
        s.text(40, y, f"{phone(n, 'space'):<15}{desc:<33}1{money(r, 18, 45):>14}", 8.5,
               font=_MONO)
        y += 11
        if r.random() < 0.5:
            s.text(40, y, f"{'':<15}{'  CALL WAITING':<33}1{money(r, 2, 6):>14}", 8.5,
                   font=_MONO)
            y += 11
    for label in ("FED SUBSCRIBER LINE CHG", "IN USF SURCHARGE", "E911 SVC FEE - MONROE CO",
                  "FIBER INTERNET 500M"):
        s.text(40, y, f"{'':<15}{label:<33}1{money(r, 1, 70):>14}", 8.5, font=_MONO)
        y += 11
    with s.roled("help"):
        s.lines(40, y + 16, [f"{label.upper()} {number}" for label, number in
                             d.carrier.help_lines], 8, font=_MONO)
    remit_stub(s, d, y=620, account_label="ACCT NO.")


@family("polar_form", carrier="polar", region="PLR", lines=(1, 3), dialed=8, person_share=0.6,
        account=lambda r, c, b: f"{r.randint(10000, 99999)}",
        modelled_on="member statements of Polar Communications' kind (North Dakota): a form "
        "where every value stands over a rule with its small caption under it, a PO Box "
        "mailing address beside a street or rural route service location, five dates on page 1 "
        "(statement date, billing period, due date, last payment, capital credits as of) of "
        "which one is the statement date",
        accent="#0D47A1", font="Helvetica")
def polar_form(s: Sheet, d: Draft) -> None:
    r = s.rng
    if r.random() < 0.4:
        move_to(d, rural_route(d, "RR"))
    assert d.service is not None and d.billing is not None
    if d.billing == d.service or r.random() < 0.5:
        city = next(c for c in REGIONS["PLR"] if c[0] == d.service.city)
        d.billing = po_box(r, city, "US", False)
        d.customer = replace(d.customer, billing=d.billing)
    s.wordmark(40, 46, "POLAR", 26, "#0D47A1")
    s.text(40, 60, "Communications \u00b7 " + d.carrier.domain, 8, color=GREY)
    s.text(W - 40, 40, "Member Statement", 14, bold=True, align="right")
    mailing_block(s, d, 60, 100, 9.5)
    bill = d.statement_date
    dates = ((date_text(bill, "abbr"), "Statement Date"),
             (f"{date_text(bill, 'us')} - {date_text(bill + timedelta(days=29), 'us')}",
              "Billing Period"),
             (date_text(bill + timedelta(days=20), "abbr"), "Payment Due"))
    x = 40.0
    for (value, caption), w in zip(dates, (120, 170, 120), strict=True):
        value_over_caption(s, x, 180, w - 10, value, caption)
        x += w
    value_over_caption(s, 40, 214, 110, d.printed_account, "Account Number")
    value_over_caption(s, 160, 214, 250, d.name, "Member Name")
    value_over_caption(s, 420, 214, 130, phone(d.real_btn, "paren"), "Billing Telephone Number")
    s.mark("btn", d.real_btn)
    rows = address_lines(d.service)
    s.lines(340, 104, rows, 9.5)
    s.rule(340, 104 + len(rows) * 12.35 - 6, 560, 0.6, GREY)
    s.text(340, 104 + len(rows) * 12.35 + 2, "Service Location", 6, color=GREY)
    s.mark("service", address_key(d.service))
    y = 256.0
    paid = bill - timedelta(days=r.randint(10, 25))
    value_over_caption(s, 40, y, 200, f"{money(r, 30, 300)} on {date_text(paid, 'abbr')}",
                       "Last Payment Received")
    value_over_caption(s, 260, y, 200, f"{money(r, 50, 900)} as of "
                       f"{date_text(bill - timedelta(days=r.randint(40, 200)), 'abbr')}",
                       "Capital Credits Allocated")
    s.band(296, 16, LIGHT)
    s.text(44, 307, "Service Detail", 9, bold=True, color=s.accent)
    body = []
    for k, n in enumerate(d.numbers):
        body.append((phone(n, "paren"), "Local Access Line" if k == 0 else "Additional Line",
                     money(r, 18, 40)))
    body += [("", "Fiber Internet 250 Mbps", money(r, 40, 80)),
             ("", "ND Relay & 911 Fees", money(r, 1, 4))]
    s.table(40, 330, ("Telephone", "Description", "Amount"), body, (140, 300, 90), size=8.5,
            shade=False, align=("left", "left", "right"))
    with s.roled("help"):
        s.lines(40, 560, [f"{label}: {number}" for label, number in d.carrier.help_lines], 7.5)
    s.text(40, 586, d.carrier.legal, 6.5, color=GREY)
    remit_stub(s, d, y=626, account_label="Account Number")


@family("tabletop_letter", carrier="tabletop", region="TTT", lines=(2, 6), dialed=8,
        person_share=0.5, account=lambda r, c, b: f"{r.randint(1000, 9999)}{r.randint(100, 999)}",
        modelled_on="small-ILEC statements of Table Top Telephone's kind (Ajo, Arizona): "
        "written as a letter, the account number, statement date and main number inside "
        "sentences, the service address only in an E911 address notice (often a highway "
        "contract box), the lines in a grid without labels",
        accent="#8D4B16", font="Times-Roman")
def tabletop_letter(s: Sheet, d: Draft) -> None:
    r = s.rng
    if r.random() < 0.6:
        move_to(d, rural_route(d, "HC"))
    assert d.service is not None
    s.wordmark(40, 46, "Table Top Telephone", 20, "#8D4B16")
    with s.roled("help"):
        s.text(W - 40, 40, f"Business Office {d.carrier.help_lines[0][1]}", 8, align="right")
    s.text(W - 40, 52, d.carrier.domain, 8, align="right")
    mailing_block(s, d, 60, 96, 10)
    due = d.statement_date + timedelta(days=20)
    dear = "Dear " + (d.name if d.customer.person else "Customer") + ","
    y = s.lines(40, 170, [
        dear, "",
        f"This statement is for {d.name}.",
        f"Your account number is {d.printed_account} and this statement is dated "
        f"{date_text(d.statement_date, 'long')}.",
        f"The amount of {money(r, 40, 300)} is due by {date_text(due, 'long')}.",
        f"Charges for your main number, {phone(d.real_btn, 'dash')}, and for every other line "
        "on your account are shown below.",
    ], 10.5, leading=14)
    s.mark("btn", d.real_btn)
    s.text(40, y + 6, "Lines on this account:", 10.5)
    cols = 3
    for k, n in enumerate(d.numbers):
        s.text(60 + (k % cols) * 130, y + 24 + (k // cols) * 14, phone(n, "dash"), 10.5)
    y += 24 + ((len(d.numbers) - 1) // cols + 1) * 14 + 8
    s.box(40, y, W - 80, 74, stroke=s.accent)
    s.text(50, y + 14, "E911 ADDRESS NOTICE", 9, bold=True, color=s.accent)
    s.text(50, y + 27, "A 911 call from your lines is sent to the address below. If it is not "
           "where your telephone is, call us.", 8.5)
    s.lines(70, y + 42, address_lines(d.service), 9.5)
    s.mark("service", address_key(d.service))
    y += 92
    for label in ("Local Service", "Long Distance", "Internet", "Arizona USF",
                  "Federal Subscriber Line Charge", "Total Due"):
        s.text(60, y, label, 9.5, bold=label == "Total Due")
        s.text(360, y, money(r, 1, 120), 9.5, align="right", bold=label == "Total Due")
        y += 12
    s.text(40, y + 16, "Sincerely, Table Top Telephone Company, Inc.", 9.5)
    s.text(40, y + 30, csz_note(d), 7.5, color=GREY)
    remit_stub(s, d, y=640, account_label="Account")


def csz_note(d: Draft) -> str:
    """The carrier's office line at the foot of the letter."""
    return f"{d.carrier.remit[0]}, {d.carrier.remit[1]}"
