"""Open tuning split tune16: Plivo (CPaaS), a web console page printed to PDF.

Plivo's invoice page as the customer printed it from the browser: the browser's header (the
print date and time '12/02/26, 3:04 PM' and the page title) and footer (the page's URL carrying
the account id and a session id, 'Page 1 of 1'), the console's menu, buttons and a cookie banner
around the invoice; the print date is not the invoice date. The numbers the account rents are an
abbreviated list, the area code and exchange printed once and only the last four digits after
('608-555-0101, -0104, -0117'). A CPaaS account has no service address and no billing number.
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import mailing_block
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import date_text, digits, short_list
from tests.billcorpus.truth import Draft

_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _letters(r: object, n: int) -> str:
    return "".join(r.choice(_LETTERS) for _ in range(n))  # type: ignore[attr-defined]


@family("plivo_console_print", carrier="plivo", lines=(2, 5), dialed=8, person_share=0.0,
        account=lambda r, c, b: f"MA{_letters(r, 6)}{digits(r, 6)}{_letters(r, 6)}",
        modelled_on="invoice pages of Plivo's kind (CPaaS console) printed from a web browser: "
        "the browser's header and footer (print date and time, page title, the URL with the "
        "account and a session id, 'Page 1 of 1'), menus, buttons and a cookie banner around "
        "the invoice, the rented numbers as an abbreviated list", accent="#3D7AF5",
        font="DejaVuSans")
def plivo_console_print(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.service, d.btn = None, None  # an API account: numbers rented, no premises, no billing TN
    printed = d.statement_date + timedelta(days=r.randint(3, 40))
    hour = r.randint(1, 12)
    stamp = f"{printed:%m/%d/%y}, {hour}:{r.randint(0, 59):02d} {r.choice(('AM', 'PM'))}"
    invoice = f"INV-{d.statement_date:%y%m}-{r.randint(1, 9999):04d}"
    s.text(24, 20, stamp, 7)
    s.text(W / 2, 20, "Invoices | Plivo Console", 7, align="center")
    s.box(24, 30, W - 48, 26, fill=LIGHT)
    s.wordmark(34, 49, "plivo", 17, "#3D7AF5")
    x = 110.0
    for item in ("Dashboard", "Voice", "Messaging", "Phone Numbers", "Billing", "Settings"):
        s.text(x, 47, item, 8, bold=item == "Billing")
        x += s.width(item, 8) + 18
    s.text(W - 34, 47, "Help  |  Sign out", 7.5, align="right", color=GREY)
    s.text(40, 84, "Billing  >  Invoices  >  " + invoice, 8, color=GREY)
    s.text(40, 104, f"Invoice {invoice}", 15, bold=True)
    for i, button in enumerate(("Download PDF", "Pay now")):
        s.box(400 + i * 90, 90, 82, 20, stroke=s.accent, radius=4)
        s.text(441 + i * 90, 104, button, 8, align="center", color=s.accent)
    facts = (("Account ID", d.printed_account),
             ("Invoice date", date_text(d.statement_date, r.choice(("long", "abbr", "iso")))),
             ("Billing period", f"{date_text(d.statement_date - timedelta(days=30), 'abbr')} - "
                                f"{date_text(d.statement_date - timedelta(days=1), 'abbr')}"),
             ("Status", r.choice(("Unpaid", "Due"))))
    y = 130.0
    for lab, value in facts:
        s.text(40, y, lab, 8, color=GREY)
        s.text(150, y, value, 8.5, bold=True)
        y += 13
    s.text(340, 130, "Billed to", 8, color=GREY)
    mailing_block(s, d, 340, 143, 9)
    y = 232.0
    s.text(40, y, "Charges", 11, bold=True, color=s.accent)
    y += 6
    nums = sorted(d.numbers)
    rows = [("Phone number rental", f"{len(nums)} local numbers", f"${len(nums) * 0.5:.2f}"),
            ("Outbound voice", f"{r.randint(1000, 40000):,} min", f"${r.randint(10, 900)}.{digits(r, 2)}"),
            ("Inbound voice", f"{r.randint(1000, 40000):,} min", f"${r.randint(10, 900)}.{digits(r, 2)}"),
            ("SMS outbound", f"{r.randint(100, 90000):,} msgs", f"${r.randint(1, 400)}.{digits(r, 2)}"),
            ("10DLC campaign fee", "1 campaign", "$10.00")]
    y = s.table(44, y + 12, ("Item", "Quantity", "Amount"), rows, (240, 160, 120), size=8,
                align=("left", "left", "right"))
    y += 14
    s.text(40, y, f"Numbers on this account ({len(nums)})", 9.5, bold=True)
    y += 13
    s.text(44, y, short_list(nums, r.choice(("dash", "paren")), r.choice((", -", ", "))), 8.5)
    for n in nums[1:]:
        s.mark("number", n)  # by its last four digits after the first number's exchange
    y += 26
    s.text(40, y, "Need help? Open a ticket from the console or call us.", 7.5, color=GREY)
    with s.roled("help"):
        s.text(40, y + 11, "   ".join(f"{lab} {num}" for lab, num in d.carrier.help_lines), 7.5,
               color=GREY)
    s.box(24, 660, W - 48, 46, fill=LIGHT, stroke=GREY)
    s.text(36, 678, "We use cookies to make the console work and to understand how it is used.",
           8)
    s.text(36, 692, "See our Cookie Policy.", 7.5, color=GREY)
    for i, button in enumerate(("Accept all", "Manage cookies")):
        s.box(420 + i * 80, 668, 74, 20, stroke=GREY, radius=3)
        s.text(457 + i * 80, 682, button, 7.5, align="center")
    session = _letters(r, 10).lower()
    s.text(24, 778, f"https://console.plivo.com/billing/invoices/{invoice}?account_id="
           f"{d.printed_account}&sid={session}", 6.5)
    s.text(W - 24, 778, "Page 1 of 1", 7, align="right")
