"""Open tuning split tune17: US Mobile (a US MVNO), a statement whose text layer is out of order.

The page reads like any statement, but its content stream was written by a renderer that emits
every value first and every label after, and the two columns of the summary row by row in turn
(left, right, left, ...): only the positions say which label a value belongs to. The account
number is the main line's ten digits (shown whole, or masked to its last four), the account box
is letter-spaced, and beside it sit decoys: an order number, a transfer PIN shown as dots, an
IMEI and an ICCID.
"""

from __future__ import annotations

from tests.billcorpus.blocks import mailing_block
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.families.tune17.parts import tracked
from tests.billcorpus.formats import date_text, digits, money, phone
from tests.billcorpus.truth import Draft

_PLANS = ("Unlimited Premium", "Unlimited Starter", "By the Gig 5GB", "Unlimited Flex")
_DEVICES = ("iPhone 15", "Pixel 8a", "Galaxy S24", "iPhone 13 mini", "moto g 5G")


@family("usmobile_streamed", carrier="us_mobile", lines=(1, 4), dialed=8, person_share=0.85,
        account=lambda r, c, b: b[2:],
        modelled_on="US Mobile monthly statements downloaded from the web app (a US MVNO): an "
        "account number that is the main line's ten digits (sometimes masked to its last "
        "four), a letter-spaced account box, lines with plans and devices, an order number, a "
        "transfer PIN shown as dots, IMEI and ICCID; the PDF's text layer written values first "
        "and labels after, the summary's two columns interleaved", accent="#1553FF",
        font="DejaVuSans")
def usmobile_streamed(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.service = None  # a wireless account: no premises
    masked = r.random() < 0.4
    if masked:
        d.mask_account("\u2022", 4)
    style = r.choice(("paren", "dash", "intl"))
    when = d.statement_date
    s.wordmark(40, 46, "US Mobile", 24, "#1553FF")
    tracked(s, W - 220, 40, "STATEMENT", 10, 2.6, bold=True)
    # the account box: labels and values laid out in two columns
    left = (("Account holder", d.name), ("Account number", d.printed_account),
            ("Main line", phone(d.real_btn, style)))
    right = (("Statement date", date_text(when, r.choice(("long", "abbr0", "us")))),
             ("Order number", f"USM-{digits(r, 9)}"),
             ("Transfer PIN", "\u2022" * 6))
    s.box(36, 66, W - 72, 56, fill=LIGHT)
    cells: list[tuple[float, float, str, str]] = []
    for i in range(3):  # interleaved: left row i, then right row i
        cells.append((44, 82 + i * 14, *left[i]))
        cells.append((318, 82 + i * 14, *right[i]))
    for x, y, _lab, value in cells:  # every value first ...
        if value == d.printed_account:
            tracked(s, x + 110, y, value, 8.5, 0.9, bold=True)
        else:
            s.text(x + 110, y, value, 8.5, bold=True)
    for x, y, lab, _value in cells:  # ... then every label
        tracked(s, x, y, lab.upper(), 6.5, 1.1, color="#555555")
    s.text(40, 134, f"Account {d.printed_account}", 7.5, color=GREY)
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 50, 150, 9.5)
    # the lines: a table whose cells are written column by column, bottom row first
    y0 = 230.0
    s.text(40, y0, "Lines on this account", 11, bold=True, color=s.accent)
    rows = []
    for n in d.numbers:
        rows.append((phone(n, style), r.choice(_PLANS), r.choice(_DEVICES),
                     f"IMEI {digits(r, 15)}", money(r, 15, 45)))
    xs = (44, 150, 270, 360, W - 44)
    for col in range(5):
        for i in reversed(range(len(rows))):
            s.text(xs[col], y0 + 30 + i * 14, rows[i][col], 8.5 if col == 0 else 8,
                   align="right" if col == 4 else "left")
    for col, head in enumerate(("Number", "Plan", "Device", "Device ID", "Amount")):
        s.text(xs[col], y0 + 16, head, 7.5, bold=True, color=GREY,
               align="right" if col == 4 else "left")
    y = y0 + 30 + len(rows) * 14 + 10
    s.text(44, y, f"SIM ICCID 8901{digits(r, 15)}", 7.5, color=GREY)
    y += 22
    for lab in ("Plan charges", "Add-ons", "Taxes and regulatory fees", "Total due"):
        s.text(W - 44, y, money(r, 5, 180), 8.5, align="right", bold=lab == "Total due")
        s.text(300, y, lab, 8.5, bold=lab == "Total due")
        y += 13
    y += 14
    with s.roled("help"):
        s.lines(40, y, [f"{lab}: {num}" for lab, num in d.carrier.help_lines], 7.5)
    s.lines(40, y + 30, [
        "Porting out? Your account number and transfer PIN are in the app under Account > "
        "Transfer PIN.",
        f"Autopay will charge your card on {date_text(when, 'long')}. Manage it at "
        f"{d.carrier.domain}.",
    ], 7.5, color=GREY)
