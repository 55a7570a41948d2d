"""Open tuning split tune10: Hargray (fibre, cable and hosted voice of the South Carolina low
country) and North State (the telephone company of High Point, North Carolina).

Modelled on business statements of Hargray's kind (a shaded sidebar down the right with each
value printed large above its small caption, the pay-by-phone number just under the account
number; the service address printed only in the heading row of the voice charges; hosted
voice seats listed by user and direct number with its extension) and on North State's telephone
statements (an account box whose values stand left of their captions, the customer's legal
name wrapped over two lines with its trade name under it, the main number printed large in the
header with no label, every number of the account in a four-column grid, day-month-year
dates).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import doing_business_as, mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import date_text, did_range, digits, money, one_line, phone
from tests.billcorpus.people import person_name, two_lines
from tests.billcorpus.truth import Draft, address_key


@family("hargray_sidebar", carrier="hargray", region="LOWC", lines=(2, 6), block=0.25,
        block_size=(5, 12), dialed=8, person_share=0.1,
        account=lambda r, c, b: f"{digits(r, 3)} {digits(r, 4)} {digits(r, 2)}",
        modelled_on="business statements of Hargray's kind (SC low country): a shaded sidebar "
        "on the right, each value large above its small caption, pay by phone just under the "
        "account number; the service address only in the voice charges' heading row; hosted "
        "voice seats by user and direct number with its extension", accent="#E0701B", font="DejaVuSans")
def hargray_sidebar(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("dot", "paren"))
    s.wordmark(40, 48, "Hargray", 26, "#E0701B")
    s.text(40, 62, "Business Solutions", 8.5, color=GREY)
    s.box(400, 24, 176, 300, fill=LIGHT)
    total = money(r, 80, 1400)
    y = 46.0
    for caption, value in (("Account Number", d.printed_account),
                           ("Statement Date", date_text(d.statement_date, "long")),
                           ("Main Telephone Number", phone(d.real_btn, style)),
                           ("Amount Due", total),
                           ("Please Pay By", date_text(d.statement_date + timedelta(days=21),
                                                       "long"))):
        s.text(410, y, value, 11, bold=True)
        s.text(410, y + 10, caption, 6.5, color=GREY)
        if caption == "Account Number":
            with s.roled("help"):
                s.text(410, y + 22, f"Pay by phone {d.carrier.help_lines[1][1]}", 7,
                       color=s.accent)
            y += 12
        y += 34
    s.mark("btn", d.real_btn)
    with s.roled("help"):
        s.lines(410, y + 4, [f"{d.carrier.help_lines[0][0]}", d.carrier.help_lines[0][1],
                             d.carrier.domain], 7.5)
    mailing_block(s, d, 60, 110, 9.5)
    s.text(40, 200, "YOUR MONTHLY SERVICES", 10, bold=True, color=s.accent)
    s.band(210, 15, x1=390)
    s.text(44, 221, f"Business Voice  {one_line(d.service, r.choice((0, 1)))}", 7.5, bold=True,
           color=LIGHT)
    s.mark("service", address_key(d.service))
    body = []
    for k, n in enumerate(d.singles()):
        body.append((person_name(r), f"{phone(n, style)} x{200 + k}", money(r, 18, 35)))
    for f, c in d.ranges:
        body.append(("DID block", did_range(f, c, "en_dash", style), money(r, 5, 30)))
    y = s.table(40, 244, ("User", "Direct Number / Ext.", "Monthly"), body,
                (150, 170, 30), size=7.5, align=("left", "left", "right"))
    for label in ("Fiber Internet 300M", "Static IP Block /29", "Federal USF",
                  "SC 911 Charge"):
        s.text(44, y + 6, label, 7.5)
        s.text(386, y + 6, money(r, 1, 120), 7.5, align="right")
        y += 11
    if y < 520:
        notices(s, d, 40, y + 20, count=2, size=6.5)
    remit_stub(s, d, y=622, account_label="Account Number")


@family("northstate_grid", carrier="northstate", region="PIED", lines=(2, 10), block=0.0,
        dialed=10, person_share=0.0,
        account=lambda r, c, b: f"{b[2:12]}{r.randint(100, 999)}",
        modelled_on="telephone statements of North State's kind (High Point, NC): an account "
        "box whose values stand left of their captions, the legal name wrapped over two lines "
        "with the trade name under it, the main number large in the header with no label, all "
        "numbers of the account in a four-column grid, day-month-year dates",
        accent="#00467F", font="Helvetica")
def northstate_grid(s: Sheet, d: Draft) -> None:
    d.btn = None  # the header prints the main number without a word saying what it is
    r = s.rng
    assert d.service is not None
    style = "dash"
    legal, trade = doing_business_as(d, r.choice(("DBA", "d/b/a")))
    first, second = two_lines(legal) if len(legal.split()) > 1 else (legal, "")
    s.wordmark(40, 44, "North State", 22, "#00467F")
    s.text(40, 58, d.carrier.legal, 7.5, color=GREY)
    s.text(250, 44, phone(d.real_btn, style), 16, bold=True)
    s.box(380, 24, 196, 66, stroke=GREY)
    for i, (caption, value) in enumerate((("Acct. No.", d.printed_account),
                                          ("Bill Date", date_text(d.statement_date, "dmy")),
                                          ("Due", date_text(d.statement_date + timedelta(days=20),
                                                            "dmy")),
                                          ("Balance", money(r, 40, 900)))):
        s.text(488, 38 + i * 14, value, 8.5, bold=True, align="right")
        s.text(494, 38 + i * 14, caption, 7.5, color=GREY)
    mailing_block(s, d, 60, 112, 9.5,
                  name_lines=[x for x in (first, second, trade) if x])
    s.text(330, 112, "Lines Located At", 8, bold=True, color=s.accent)
    s.lines(330, 124, [d.service.line1 + (f" {d.service.line2}" if d.service.line2 else ""),
                       f"{d.service.city} {d.service.state} {d.service.postal_code}"], 8.5)
    s.mark("service", address_key(d.service))
    s.text(40, 210, "Telephone Numbers on This Account", 9.5, bold=True, color=s.accent)
    nums = d.singles()
    for k, n in enumerate(nums):
        s.text(44 + (k % 4) * 130, 226 + (k // 4) * 12, phone(n, style), 8)
    y = 226 + ((len(nums) + 3) // 4) * 12 + 14
    s.text(40, y, "Charges", 9.5, bold=True, color=s.accent)
    rows = [("Business Lines", str(len(nums)), money(r, 30, 300)),
            ("Hunting", "1", money(r, 3, 10)), ("Long Distance", "", money(r, 0, 60)),
            ("Taxes and Surcharges", "", money(r, 5, 40))]
    y = s.table(40, y + 16, ("Service", "Qty", "Amount"), rows, (300, 60, 170), size=8,
                align=("left", "right", "right"))
    with s.roled("help"):
        s.text(40, y + 14, "Need help?", 8, bold=True)
        s.lines(40, y + 26, [f"{lab}: {num}" for lab, num in d.carrier.help_lines], 7.5)
    remit_stub(s, d, y=622, account_label="Acct. No.")
