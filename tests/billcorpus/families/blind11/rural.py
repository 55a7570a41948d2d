"""ELEVENTH BLIND SPLIT: not for the reader's author (see families/blind11/__init__.py).

Hood Canal Communications (an independent telephone company of Union, Washington), GVTC
(Guadalupe Valley Telephone Cooperative, New Braunfels, Texas Hill Country) and GTA (GTA Teleguam,
the incumbent telephone company of Guam).

Modelled on small ILEC statements of Hood Canal's kind (the payment stub printed at the top of
page 1, the statement under it, and the account holder's block at the bottom of the page with
the service address beside it; abbreviated labels; dates written '12-MAR-25'), on co-op
statements of GVTC's kind (page 1 in three columns: the member's window, the service location
with street, city, state and ZIP on their own labelled rows, and the statement facts with dates
written 'Mar. 3rd, 2025'; a DID block written '0120/0139') and on Guam business bills of GTA's
kind (the lines listed 'Line 1 of 3', a DID block written '... thru 0139', the premises address
under an abbreviated label, the remit-to in Guam beside the customer's own Guam address).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import call_detail, mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind11.parts import day_mon_yy, ordinal
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, digits, money, phone
from tests.billcorpus.truth import Draft, address_key


@family("hoodcanal_stub_top", carrier="hoodcanal", region="HCW", lines=(1, 4), dialed=8,
        person_share=0.35, account=lambda r, c, b: f"{r.randint(100, 999)}-{r.randint(1000, 9999)}",
        modelled_on="small ILEC statements of Hood Canal Communications' kind (Union, WA): the "
        "payment stub at the top of page 1, the statement under it, the account holder's block "
        "at the bottom of the page with the service address beside it, abbreviated labels "
        "(Acct No., Bill Dt, Svc Addr, BTN), dates written 12-MAR-25",
        accent="#0B4F6C", font="Helvetica")
def hoodcanal_stub_top(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("paren", "dash"))
    if r.random() < 0.5:
        d.upper()
    assert d.service is not None
    due = d.statement_date + timedelta(days=20)
    with s.roled("stub"):
        s.text(40, 28, "PLEASE RETURN THIS PORTION WITH YOUR PAYMENT", 6.5, color=GREY)
        s.text(40, 44, d.carrier.brand.upper(), 9, bold=True)
        s.lines(40, 56, list(d.carrier.remit), 8)
        for i, (label, value) in enumerate((("ACCT NO.", d.printed_account),
                                            ("AMT DUE", money(r, 30, 500)),
                                            ("DUE DT", day_mon_yy(due)))):
            s.text(340, 40 + i * 12, label, 7.5, bold=True)
            s.text(430, 40 + i * 12, value, 8)
        s.text(340, 76, "AMT ENCL", 7.5, bold=True)
        s.box(430, 68, 80, 11, stroke=GREY)
    with s.roled("scanline"):
        s.text(40, 108, f"{digits(r, 4)} {d.printed_account.replace('-', '')} {digits(r, 9)} "
                        f"{r.randint(0, 9)}", 10, font="Courier")
    s.rule(36, 122, W - 36, dash=True)
    s.image_logo(40, 130, "HOOD CANAL", 18, "#0B4F6C")
    s.text(40, 158, d.carrier.brand, 7.5, color=GREY)
    s.text(W - 40, 148, "STATEMENT", 12, bold=True, align="right")
    end = d.statement_date - timedelta(days=1)
    start = end - timedelta(days=29)
    facts = (("Acct No.", d.printed_account), ("Bill Dt", day_mon_yy(d.statement_date)),
             ("Svc Per", f"{day_mon_yy(start)} - {day_mon_yy(end)}"),
             ("BTN", phone(d.real_btn, style)), ("Due Dt", day_mon_yy(due)))
    for i, (label, value) in enumerate(facts):
        s.text(360, 168 + i * 11, label, 7.5, bold=True, color=s.accent)
        s.text(W - 40, 168 + i * 11, value, 8, align="right")
    s.mark("btn", d.real_btn)
    s.text(40, 172, "ACCOUNT SUMMARY", 10, bold=True, color=s.accent)
    y = 188.0
    for label in ("Prev Bal", "Pmts Rcvd", "Bal Fwd", "Local Svc", "LD / Toll", "Internet",
                  "Taxes & Surch", "TOTAL DUE"):
        s.text(44, y, label, 8, bold=label.startswith("TOTAL"))
        s.text(300, y, money(r, 0, 300), 8, align="right", bold=label.startswith("TOTAL"))
        y += 11
    s.text(40, y + 14, "LOCAL SERVICE BY LINE", 10, bold=True, color=s.accent)
    body = []
    for k, n in enumerate(d.numbers):
        body.append((phone(n, style), "1FB Business Line" if k == 0 or r.random() < 0.6
                     else "Fax Line", "Touch Tone, Call Waiting" if k == 0 else "",
                     money(r, 18, 45)))
    body.append(("", "DSL 25M", "", money(r, 40, 80)))
    y = s.table(40, y + 30, ("Line", "Svc", "Features", "Amt"), body, (110, 150, 180, 80),
                size=7.5, align=("left", "left", "left", "right"))
    if y < 560:
        notices(s, d, 40, y + 16, count=2, size=6.5)
    s.box(36, 604, W - 72, 150, stroke=s.accent)
    s.text(44, 620, "ACCOUNT HOLDER", 7.5, bold=True, color=s.accent)
    mailing_block(s, d, 44, 636, 9.5)
    s.text(300, 620, "SVC ADDR", 7.5, bold=True, color=s.accent)
    s.lines(300, 636, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    with s.roled("help"):
        s.lines(300, 700, [f"{label}: {number}" for label, number in d.carrier.help_lines]
                + [d.carrier.domain], 7)
    call_detail(s, d, 2, 1, "LONG DISTANCE / TOLL DETAIL", style, rows=30)


@family("gvtc_three_column", carrier="gvtc", region="GVT", lines=(1, 4), block=0.35,
        block_size=(10, 20), dialed=8, person_share=0.3,
        account=lambda r, c, b: f"{r.randint(1000000, 9999999)}",
        modelled_on="co-op statements of GVTC's kind (Texas Hill Country): page 1 in three "
        "columns (the member's window; the service location with street, city, state and ZIP "
        "on their own labelled rows; the statement facts with dates written Mar. 3rd, 2025 and "
        "the billing telephone number), lines and DID blocks ('0120/0139') in the middle "
        "column below, capital credits",
        accent="#7A1F2B", font="Times-Roman")
def gvtc_three_column(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("dash", "dot"))
    s.wordmark(40, 44, "GVTC", 26, "#7A1F2B", font="Times-Bold")
    s.text(120, 44, "Member Statement", 11, color=GREY)
    cols = (40.0, 232.0, 424.0)
    for x in cols[1:]:
        s.rule(x - 8, 70, x - 8, 0.4)
    s.text(cols[0], 80, "MEMBER", 7.5, bold=True, color=s.accent)
    mailing_block(s, d, cols[0], 96, 9)
    s.text(cols[1], 80, "SERVICE LOCATION", 7.5, bold=True, color=s.accent)
    a = d.service
    rows = [("Street", a.line1), *([("Unit", a.line2)] if a.line2 else []), ("City", a.city),
            ("State", a.state), ("ZIP", a.postal_code)]
    for i, (label, value) in enumerate(rows):
        s.text(cols[1], 96 + i * 12, label, 7, color=GREY)
        s.text(cols[1] + 40, 96 + i * 12, value, 8.5)
    s.mark("service", address_key(a))
    s.text(cols[2], 80, "STATEMENT", 7.5, bold=True, color=s.accent)
    due = d.statement_date + timedelta(days=19)
    facts = (("Member No.", d.printed_account), ("Statement Date", ordinal(d.statement_date)),
             ("Due Date", ordinal(due)), ("Billing Tel. No.", phone(d.real_btn, style)),
             ("Amount Due", money(r, 40, 700)))
    for i, (label, value) in enumerate(facts):
        s.text(cols[2], 96 + i * 22, label, 7, color=GREY)
        s.text(cols[2], 106 + i * 22, value, 9, bold=True)
    s.mark("btn", d.real_btn)
    s.rule(36, 214, W - 36, 0.8, s.accent)
    s.text(cols[0], 232, "Summary", 10, bold=True, color=s.accent)
    y = 248.0
    for label in ("Previous Balance", "Payments", "Adjustments", "Current Charges",
                  "Total Due"):
        s.text(cols[0], y, label, 8)
        s.text(cols[1] - 14, y, money(r, 0, 400), 8, align="right")
        y += 12
    s.text(cols[0], y + 10, f"Capital credits retired to you: {money(r, 5, 80)}", 7)
    s.text(cols[1], 232, "Your Lines", 10, bold=True, color=s.accent)
    lines = [phone(n, style) for n in d.singles()]
    for f, c in d.ranges:
        lines.append(f"{phone(f, style)}/{int(f[-4:]) + c - 1:04d} (DID)")
    yy = s.lines(cols[1], 248, lines, 8.5)
    s.lines(cols[1], yy + 6, ["Fiber Internet 1 Gig", "Hosted Voice Seats"], 8)
    s.text(cols[2], 232, "Member News", 10, bold=True, color=s.accent)
    s.lines(cols[2], 248, ["Annual meeting of members:", ordinal(d.statement_date
                                                                 + timedelta(days=40), "long"),
                           "Vote for your district trustee.", f"Pay online: {d.carrier.domain}"],
            7.5)
    with s.roled("help"):
        s.lines(cols[2], 310, [f"{label}" for label, _ in d.carrier.help_lines], 7, color=GREY)
        s.lines(cols[2] + 90, 310, [n for _, n in d.carrier.help_lines], 7.5)
    remit_stub(s, d, y=612, account_label="Member No.")


@family("gta_guam", carrier="gta_guam", region="GU", lines=(2, 5), block=0.4,
        block_size=(10, 20), dialed=8, person_share=0.25,
        account=lambda r, c, b: f"{r.randint(10, 99)}-{r.randint(100000, 999999)}",
        modelled_on="Guam business bills of GTA Teleguam's kind: the lines listed 'Line 1 of "
        "3' with their numbers, a DID block written '... thru 0139', the premises address "
        "under an abbreviated label (Prem. Addr.), dates written 12-MAR-2025, the carrier's "
        "Guam remit-to beside the customer's own Guam address",
        accent="#D2232A", font="DejaVuSans")
def gta_guam(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("paren", "dash"))
    s.image_logo(40, 24, "GTA", 30, "#D2232A")
    s.text(40, 66, d.carrier.legal, 7, color=GREY)
    s.lines(40, 76, list(d.carrier.remit), 7, color=GREY)
    s.text(W - 40, 34, "BUSINESS STATEMENT", 12, bold=True, align="right")
    facts = (("Acct No.", d.printed_account), ("Stmt Date", day_mon_yy(d.statement_date, True)),
             ("Due Date", day_mon_yy(d.statement_date + timedelta(days=15), True)),
             ("Main Tel. No.", phone(d.real_btn, style)))
    for i, (label, value) in enumerate(facts):
        s.text(380, 52 + i * 12, label, 7.5, color=GREY)
        s.text(W - 40, 52 + i * 12, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 124, 9.5)
    s.box(330, 112, W - 366, 58, fill=LIGHT)
    s.text(338, 126, "Prem. Addr.", 7.5, bold=True, color=s.accent)
    s.lines(338, 140, address_lines(d.service), 8.5)
    s.mark("service", address_key(d.service))
    s.text(40, 206, "Lines on this Account", 11, bold=True, color=s.accent)
    singles = d.singles()
    body = []
    for k, n in enumerate(singles):
        body.append((f"Line {k + 1} of {len(singles)}", phone(n, style),
                     "Business Line" if k else "Business Line (Main)", money(r, 25, 60)))
    for f, c in d.ranges:
        body.append((f"DID Block ({c})", f"{phone(f, style)} thru {int(f[-4:]) + c - 1:04d}",
                     "Direct Inward Dial", money(r, 10, 40)))
    body.append(("", "", "Business Internet 300M", money(r, 80, 200)))
    y = s.table(40, 224, ("", "Number", "Service", "Amount"), body, (110, 170, 170, 80),
                size=8, align=("left", "left", "left", "right"))
    s.text(40, y + 16, "Summary", 11, bold=True, color=s.accent)
    y += 32
    for label in ("Balance Forward", "Current Charges", "Guam Gross Receipts Tax",
                  "Total Amount Due"):
        s.text(44, y, label, 8.5, bold=label.startswith("Total"))
        s.text(300, y, money(r, 0, 500), 8.5, align="right", bold=label.startswith("Total"))
        y += 12
    with s.roled("help"):
        s.lines(340, y - 48, [f"{label} {number}" for label, number in d.carrier.help_lines],
                7.5)
    remit_stub(s, d, y=620, account_label="Acct No.")
