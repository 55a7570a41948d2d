"""Open tuning split tune11: Point Broadband (fibre in west Georgia and east Alabama), TruVista
(the Chester, South Carolina telephone company) and Home Telecom (Moncks Corner, South Carolina).

Modelled on Point Broadband's statements (a three-column head: the window, the service location
over separately labelled rows, the account facts under abbreviated labels, dates '03-MAR-25'),
on TruVista's (the customer's name and address only at the bottom of page 1, in the return
portion's window; lines counted 'Line 1 of 3'; the service location on one line; dates
'Mar. 3rd, 2025') and on Home Telecom's (values in ruled boxes whose caption sits in the top
border, the billing number named only in the summary by number).
"""

from __future__ import annotations

from datetime import timedelta

from reportlab.lib.colors import HexColor

from tests.billcorpus.blocks import attention_line, mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, one_line, phone
from tests.billcorpus.truth import Draft, address_key

WHITE = HexColor("#FFFFFF")


def caption_box(s: Sheet, x: float, y: float, w: float, h: float, caption: str,
                rows: list[str], size: float = 9) -> None:
    """A ruled box whose caption interrupts its top border, the values inside it."""
    s.box(x, y, w, h, stroke=GREY, line=0.8)
    cw = s.width(caption, 6.5) + 6
    s.box(x + 8, y - 3, cw, 6, fill=WHITE)
    s.text(x + 11, y + 2, caption, 6.5, color=GREY)
    s.lines(x + 8, y + 14, rows, size, bold_first=False)


@family("point_columns", carrier="pointbroadband", region="PBB", lines=(1, 5), dialed=8,
        person_share=0.3, account=lambda r, c, b: f"{digits(r, 3)}-{digits(r, 6)}",
        modelled_on="fibre statements of Point Broadband's kind (west Georgia, east Alabama): "
        "a three-column head (the window with an Attn line, the service location over separately "
        "labelled rows, the account facts under abbreviated labels 'Acct #', 'Stmt Dt', "
        "'Bill Tel #'), dates like '03-MAR-25', voice lines in the charges by service",
        accent="#E35205", font="Helvetica")
def point_columns(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("dot", "dash"))
    s.wordmark(40, 44, "Point Broadband", 20, "#E35205")
    with s.roled("help"):
        s.text(W - 40, 36, f"{d.carrier.help_lines[0][0]} {d.carrier.help_lines[0][1]}", 7.5,
               align="right")
        s.text(W - 40, 46, d.carrier.domain, 7.5, align="right")
    s.rule(36, 62, W - 36, 1.2, s.accent)
    cols = (40, 230, 410)
    for x, head in zip(cols, ("BILL TO", "SERVICE LOCATION", "ACCOUNT"), strict=True):
        s.text(x, 80, head, 7.5, bold=True, color=s.accent)
    attn = attention_line(d) if not d.customer.person and r.random() < 0.5 else ""
    mailing_block(s, d, cols[0], 96, 8.5, attn=attn)
    a = d.service
    rows = [("Street", a.line1), *([("Unit", a.line2)] if a.line2 else []), ("City", a.city),
            ("State", a.state), ("ZIP", a.postal_code)]
    for i, (label, value) in enumerate(rows):
        s.text(cols[1], 96 + i * 12, f"{label}:", 7.5, color=GREY)
        s.text(cols[1] + 40, 96 + i * 12, value, 8.5)
    s.mark("service", address_key(a))
    facts = (("Acct #", d.printed_account), ("Stmt Dt", date_text(d.statement_date, "dmon2")),
             ("Bill Tel #", phone(d.real_btn, style)),
             ("Due Dt", date_text(d.statement_date + timedelta(days=20), "dmon2")),
             ("Amt Due", money(r, 60, 500)))
    for i, (label, value) in enumerate(facts):
        s.text(cols[2], 96 + i * 12, label, 7.5, color=GREY)
        s.text(W - 40, 96 + i * 12, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    s.rule(36, 170, W - 36, 0.6)
    s.text(40, 190, "CHARGES BY SERVICE", 9.5, bold=True, color=s.accent)
    y = 206.0
    for label in ("Fiber Internet 500", "WiFi Plus"):
        s.text(44, y, label, 8)
        s.text(W - 44, y, money(r, 10, 90), 8, align="right")
        y += 11
    s.text(44, y + 4, "Voice", 8.5, bold=True)
    y += 16
    for k, n in enumerate(d.numbers):
        s.text(52, y, phone(n, style), 8)
        s.text(180, y, "Voice Line" + (" (Billing)" if k == 0 and r.random() < 0.5 else ""), 8)
        s.text(W - 44, y, money(r, 15, 35), 8, align="right")
        y += 11
    for label in ("E911 Fee", "Federal USF", "Sales Tax"):
        s.text(44, y, label, 8)
        s.text(W - 44, y, money(r, 0, 9), 8, align="right")
        y += 11
    notices(s, d, 40, y + 18, count=2, size=7)
    remit_stub(s, d, y=622, account_label="Acct #")


@family("truvista_bottom", carrier="truvista", region="CHSC", lines=(2, 5), dialed=10,
        person_share=0.4, account=lambda r, c, b: f"{r.randint(100000, 999999)}-{r.randint(1, 9)}",
        modelled_on="telephone company statements of TruVista's kind (Chester, SC): the "
        "customer's name and address only in the return portion's window at the bottom of page "
        "1, account facts top right ('Acct No.', 'Bill Date' like 'Mar. 3rd, 2025'), each line "
        "counted 'Line 1 of 3' with the first called the primary telephone number, the service "
        "location on one line", accent="#00467F", font="DejaVuSans")
def truvista_bottom(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    if r.random() < 0.35:
        d.upper()
    style = r.choice(("paren", "space"))
    s.wordmark(40, 46, "TruVista", 24, "#00467F")
    s.text(40, 60, d.carrier.legal, 7, color=GREY)
    s.box(340, 28, 236, 70, fill=LIGHT)
    for i, (label, value) in enumerate((
            ("Acct No.", d.printed_account), ("Bill Date", date_text(d.statement_date, "ordinal")),
            ("Primary Tel. No.", phone(d.real_btn, style)), ("Amt Due", money(r, 40, 450)))):
        s.text(348, 44 + i * 14, label, 8)
        s.text(568, 44 + i * 14, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    s.text(40, 120, "Svc Loc:", 8, bold=True)
    s.text(84, 120, one_line(d.service, r.choice((0, 1))), 8)
    s.mark("service", address_key(d.service))
    s.text(40, 150, "YOUR SERVICES", 10, bold=True, color=s.accent)
    y = 168.0
    total = len(d.numbers)
    for k, n in enumerate(d.numbers):
        s.text(44, y, f"Line {k + 1} of {total}", 8, bold=True)
        s.text(130, y, phone(n, style), 8.5)
        s.text(250, y, "Residential Line" if d.customer.person else "Business Line", 8)
        s.text(W - 44, y, money(r, 18, 42), 8, align="right")
        y += 12
        for feat in r.sample(("Caller ID", "Call Waiting", "Voice Mail", "Hunting"), 2):
            s.text(140, y, feat, 7.5, color=GREY)
            s.text(W - 44, y, money(r, 1, 8), 7.5, align="right")
            y += 10
    for label in ("TruStream Internet", "SC 911 Surcharge", "Access Recovery Charge"):
        s.text(44, y + 4, label, 8)
        s.text(W - 44, y + 4, money(r, 1, 80), 8, align="right")
        y += 11
    with s.roled("help"):
        s.text(40, y + 22, f"Questions? {d.carrier.help_lines[0][0]} {d.carrier.help_lines[0][1]}"
                           f"  Repair {d.carrier.help_lines[1][1]}", 7.5)
    remit_stub(s, d, y=600, account_label="Acct No.")


@family("home_ruled", carrier="hometelecom", region="BERK", lines=(2, 6), dialed=8,
        person_share=0.2, account=lambda r, c, b: f"{digits(r, 2)}{digits(r, 5)}",
        modelled_on="telephone company statements of Home Telecom's kind (Moncks Corner, SC): "
        "every value in a ruled box whose caption sits in the top border (account number, "
        "statement date, service address, amount due), the billing number named only in the "
        "summary by number, where each line's type says 'BTN' or 'Addl Line'",
        accent="#7A1F2B", font="Helvetica")
def home_ruled(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("dash", "plain"))
    s.wordmark(40, 44, "Home Telecom", 22, "#7A1F2B")
    with s.roled("help"):
        s.lines(40, 58, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 7)
    caption_box(s, 330, 30, 120, 26, "Account Number", [d.printed_account])
    caption_box(s, 458, 30, 118, 26, "Statement Date",
                [date_text(d.statement_date, r.choice(("long", "us")))])
    caption_box(s, 330, 68, 246, 26 + 11 * (len(address_lines(d.service)) - 1),
                "Service Address", address_lines(d.service))
    s.mark("service", address_key(d.service))
    mailing_block(s, d, 60, 132, 9.5)
    caption_box(s, 330, 140, 246, 26, "Amount Due", [money(r, 60, 600)], size=10)
    s.text(40, 220, "SUMMARY BY NUMBER", 10, bold=True, color=s.accent)
    body = []
    for k, n in enumerate(d.numbers):
        body.append((phone(n, style), "BTN" if k == 0 else "Addl Line",
                     r.choice(("1FB", "1FB", "Hunt")), money(r, 20, 60)))
    y = s.table(40, 238, ("Number", "Type", "Svc", "Amount"), body, (140, 110, 120, 160),
                size=8, shade=False, align=("left", "left", "left", "right"))
    s.mark("btn", d.real_btn)
    for label in ("Internet 1 Gig", "Federal Subscriber Line Charge", "SC USF", "Taxes"):
        s.text(44, y + 6, label, 8)
        s.text(W - 44, y + 6, money(r, 1, 90), 8, align="right")
        y += 11
    remit_stub(s, d, y=622, account_label="Account Number")
