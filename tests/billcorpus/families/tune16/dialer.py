"""Open tuning split tune16: Kixie (a sales dialer, business VoIP).

Kixie's invoice lists the account's numbers as an abbreviated list, the area code and exchange
printed once and only the last four digits after ('619-555-0100, -0101, -0102, 0105 and 0110'),
and its agents by 'DN' (direct number) and an extension range 'ext. 0100-0103' whose digits look
like the lines' last four (an extension is never a line); no service address, no billing number.
"""

from __future__ import annotations

from tests.billcorpus.blocks import mailing_block, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import date_text, digits, money, phone
from tests.billcorpus.people import person_name
from tests.billcorpus.truth import Draft


def _abbreviated(numbers: list[str], style: str) -> str:
    """'619-555-0100, -0101, 0105 and 0110': the first in full, the rest by their last four."""
    tails = [f"{'-' if i % 2 == 0 else ''}{n[-4:]}" for i, n in enumerate(numbers[1:])]
    if len(tails) > 1:
        return f"{phone(numbers[0], style)}, {', '.join(tails[:-1])} and {tails[-1]}"
    return f"{phone(numbers[0], style)}{', ' + tails[0] if tails else ''}"


@family("kixie_pool_list", carrier="kixie", lines=(3, 6), dialed=8, person_share=0.0,
        account=lambda r, c, b: f"KX-{digits(r, 6)}",
        modelled_on="invoices of a sales dialer of Kixie's kind (business VoIP): the account's "
        "local-presence numbers as an abbreviated list after one number in full, agents by 'DN' "
        "with extension ranges ('ext. 0100-0103'), per-seat charges; no premises and no "
        "billing number", accent="#F26B21", font="DejaVuSans")
def kixie_pool_list(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.service, d.btn = None, None  # numbers in a cloud dialer: no premises, none the billed one
    style = r.choice(("dash", "paren"))
    nums = sorted(d.numbers)
    s.wordmark(40, 46, "kixie", 26, "#F26B21")
    s.text(40, 60, "Sales dialer and business phone", 8, color=GREY)
    facts = (("Account", d.printed_account),
             ("Invoice date", date_text(d.statement_date, r.choice(("abbr", "us", "long")))),
             ("Invoice #", f"{d.invoice_id[:7]}"), ("Amount due", money(r, 200, 1900)))
    s.box(330, 24, 246, 58, fill=LIGHT)
    for i, (lab, value) in enumerate(facts):
        s.text(338, 38 + i * 13, lab, 8)
        s.text(568, 38 + i * 13, value, 8.5, bold=True, align="right")
    s.text(50, 104, "Bill to", 8, bold=True, color=GREY)
    mailing_block(s, d, 50, 116, 9.5)
    y = 196.0
    s.text(40, y, "Numbers", 10.5, bold=True, color=s.accent)
    y += 14
    s.text(44, y, f"Local presence pool ({len(nums)}): {_abbreviated(nums, style)}", 8.5)
    for n in nums[1:]:
        s.mark("number", n)  # printed by its last four after the first number's exchange
    y += 22
    s.text(40, y, "Agents", 10.5, bold=True, color=s.accent)
    rows = []
    for k in range(r.randint(2, 4)):
        first = r.randint(1, 60) * 4
        dn = nums[k % len(nums)]
        rows.append((person_name(r), phone(dn, style), f"ext. {first:04d}-{first + 3:04d}",
                     r.choice(("PowerCall", "PowerDialer", "Standard")), money(r, 35, 95)))
    y = s.table(44, y + 16, ("Agent", "DN", "Extensions", "Seat", "Monthly"), rows,
                (140, 110, 110, 90, 80), size=8, align=("left",) * 4 + ("right",))
    y += 10
    for lab in ("Local presence numbers", "SMS messages", "Call recording storage",
                "Regulatory recovery fee", "E911 fee"):
        s.text(44, y, lab, 8.5)
        s.text(W - 44, y, money(r, 1, 120), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.text(40, y + 14, "   ".join(f"{lab} {num}" for lab, num in d.carrier.help_lines), 7.5,
               color=GREY)
    remit_stub(s, d, y=628)
