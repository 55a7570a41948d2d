"""SEVENTH BLIND SPLIT: not for the reader's author (see families/blind7/__init__.py).

Nuvera (the former New Ulm Telecom, a telephone company of south-central Minnesota) and Pioneer
Telephone Cooperative (a telephone cooperative of western Oklahoma, its customers members).

Modelled on Nuvera's residential and business statements (the account known by its main billing
number at the top of the page, the account number itself printed on the return portion only, a
business office on a local number in the customers' own area code, the service location in a
small table whose street and city columns sit side by side, local service by line, Minnesota 911
and TAP surcharges) and on Pioneer Telephone Cooperative's member statements (a member number,
the primary line named as such, the record in capitals, numbers of one exchange written after the
first by their last digits, a DID table "NPA-NXX | From | To | Qty", capital credits, a toll
detail page).
"""

from __future__ import annotations

from datetime import timedelta

from reportlab.lib.colors import HexColor

from tests.billcorpus.blocks import (
    attention_line,
    call_detail,
    mailing_block,
    notices,
    remit_stub,
)
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import (
    block_cells,
    csz,
    date_text,
    did_range,
    digits,
    money,
    phone,
    short_list,
)
from tests.billcorpus.truth import Draft, address_key, in_range

WHITE = HexColor("#FFFFFF")


@family("nuvera", carrier="nuvera", region="NUV", lines=(1, 4), block=0.25, block_size=(5, 10),
        dialed=8, person_share=0.5, account=lambda r, c, b: f"{digits(r, 6)}",
        modelled_on="Nuvera (New Ulm Telecom) statements: the main billing number at the top, "
        "the account number on the return portion only, the business office on a local number "
        "in the customers' area code, service location in a two-column table (street | city, "
        "state, ZIP), local service by line, MN 911 and TAP surcharges",
        accent="#6D2077", font="DejaVuSans")
def nuvera(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = "paren"
    s.image_logo(40, 22, "nuvera", 26, "#6D2077")
    s.text(40, 62, "Nuvera Communications, Inc. · 27 North Minnesota Street · New Ulm MN", 6.5,
           color=GREY)
    s.box(330, 20, 246, 72, fill=LIGHT)
    due = d.statement_date + timedelta(days=22)
    top = (("Main Billing Number", phone(d.real_btn, style)),
           ("Statement Date", date_text(d.statement_date, "long")),
           ("Payment Due", date_text(due, "long")), ("Amount Due", money(r, 30, 400)))
    for i, (label, value) in enumerate(top):
        s.text(340, 34 + i * 15, label, 8, color=GREY)
        s.text(W - 48, 34 + i * 15, value, 9, bold=True, align="right")
    s.mark("btn", d.real_btn)
    attn = attention_line(d) if not d.customer.person and r.random() < 0.6 else ""
    mailing_block(s, d, 60, 116, 9.5, attn=attn)
    s.text(40, 196, "Service Location", 9, bold=True, color=s.accent)
    street = " ".join(p for p in (d.service.line1, d.service.line2) if p)
    s.table(40, 212, ("Street Address", "City / State / ZIP"), [(street, csz(d.service))],
            (250, 250), size=8.5)
    s.mark("service", address_key(d.service))
    s.text(40, 252, "Summary of Charges", 11, bold=True, color=s.accent)
    y = 268.0
    for label in ("Previous Balance", "Payment Received - Thank You", "Local Service",
                  "Internet Service", "Long Distance", "MN 911 Surcharge", "MN TAP Surcharge",
                  "Federal Universal Service Fund", "Total Amount Due"):
        s.text(44, y, label, 8.5, bold=label.startswith("Total"))
        s.text(300, y, money(r, 0, 120), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.text(340, 252, "Questions about your bill?", 9, bold=True, color=s.accent)
        for k, (label, number) in enumerate(d.carrier.help_lines):
            s.text(340, 268 + k * 12, f"{label}: {number}", 8)
    s.text(340, 268 + 12 * len(d.carrier.help_lines), "nuvera.net/support", 8)
    s.text(40, y + 16, "Local Service", 11, bold=True, color=s.accent)
    body = [(phone(n, style), r.choice(("Business Line", "Residential Line", "Fax Line",
                                          "Hunting Line")), money(r, 18, 45))
            for n in d.singles()]
    body += [(did_range(f, c, "through", style), f"Direct Inward Dial ({c} numbers)",
              money(r, 5, 30)) for f, c in d.ranges]
    y = s.table(40, y + 34, ("Telephone Number", "Service", "Monthly"), body, (190, 230, 80),
                size=8.5, align=("left", "left", "right"))
    notices(s, d, 40, y + 10, count=1, size=7)
    remit_stub(s, d, y=616, account_label="Account Number")
    if r.random() < 0.4:
        call_detail(s, d, 2, 1, "Long Distance Charges", style, rows=28)


@family("pioneer_coop", carrier="pioneer_ok", region="OKP", lines=(2, 6), block=0.5,
        block_size=(5, 15), dialed=10, person_share=0.4,
        account=lambda r, c, b: f"{digits(r, 5)}-{r.randint(1, 9)}",
        modelled_on="Pioneer Telephone Cooperative member statements: member number, the "
        "primary line named as such, record in capitals, short lists of one exchange's numbers "
        "('405-555-0101, -0104'), a DID table NPA-NXX/From/To/Qty, capital credits, local "
        "office number in the members' area code, toll detail",
        accent="#00703C", font="DejaVuSans")
def pioneer_coop(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.upper()
    assert d.service is not None
    style = "dash"
    s.wordmark(40, 48, "PIONEER", 24, "#00703C")
    s.text(40, 62, "Telephone Cooperative · Member owned since 1953", 7.5, color=GREY)
    s.text(W - 40, 36, "MEMBER STATEMENT", 12, bold=True, align="right")
    rows = (("Member Number", d.printed_account), ("Primary Line", phone(d.real_btn, style)),
            ("Statement Date", date_text(d.statement_date, "upper")),
            ("Total Due", money(r, 60, 700)))
    for i, (label, value) in enumerate(rows):
        s.text(360, 54 + i * 12, f"{label}:", 8, bold=True)
        s.text(W - 40, 54 + i * 12, value, 8, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 120, 9.5)
    s.text(330, 120, "SERVICE ADDRESS", 7.5, bold=True, color=s.accent)
    rows_svc = [" ".join(p for p in (d.service.line1, d.service.line2) if p), csz(d.service)]
    s.lines(330, 132, rows_svc, 8.5)
    s.mark("service", address_key(d.service))
    s.band(186, 16)
    s.text(44, 197, "ACCOUNT ACTIVITY", 9, bold=True, color=WHITE)
    y = 216.0
    for label in ("PREVIOUS BALANCE", "PAYMENTS", "CAPITAL CREDIT RETIREMENT",
                  "CURRENT CHARGES", "TOTAL DUE"):
        s.text(44, y, label, 8.5, bold=label == "TOTAL DUE")
        s.text(300, y, money(r, 0, 300), 8.5, align="right")
        y += 12
    singles = d.singles()
    s.text(40, y + 14, "LINES ON THIS ACCOUNT", 9, bold=True, color=s.accent)
    y += 28
    for start in range(0, len(singles), 4):
        s.text(44, y, short_list(singles[start:start + 4], style), 8.5)
        for n in singles[start:start + 4]:  # '405-555-0101, -0104': listed by its last digits
            s.mark("number", n)
        y += 12
    if d.ranges:
        s.text(40, y + 8, "DIRECT INWARD DIALING", 9, bold=True, color=s.accent)
        y = s.table(40, y + 24, ("NPA-NXX", "From", "To", "Qty"),
                    [block_cells(f, c) for f, c in d.ranges], (90, 70, 70, 50), size=8.5)
        for n in d.numbers:
            if any(in_range(n, f, c) for f, c in d.ranges):
                s.mark("number", n)
    with s.roled("help"):
        s.text(340, 216, "MEMBER SERVICES", 8, bold=True, color=s.accent)
        for k, (label, number) in enumerate(d.carrier.help_lines):
            s.text(340, 230 + k * 12, f"{label} {number}", 8)
    s.text(340, 270, "Capital credits allocated this year appear on your", 7, color=GREY)
    s.text(340, 279, "annual statement. ptci.com/members", 7, color=GREY)
    notices(s, d, 40, max(y + 16, 420), count=2, size=7)
    remit_stub(s, d, y=616, account_label="Member Number")
    if r.random() < 0.6:
        call_detail(s, d, 2, 1, "TOLL DETAIL", style, rows=34)
