"""Open tuning split tune14: Premier Communications (northwest Iowa), a TV, internet and phone
bundle.

Modelled on Premier Communications' bundle statements: the statement named by its month only
in the heading ('NOVEMBER 2026 STATEMENT', 'Bill for Nov 2026') with the full date under one
of several labels ('Date of bill', 'Billing date', 'Prepared on'); the phone lines among the TV
and internet items, with long digit strings that are not phone numbers (a modem's MAC address,
set-top box and ONT serial numbers, ten-digit order numbers, equipment IDs) printed on the same
row as a line; business accounts with a DID block.
"""

from __future__ import annotations

from tests.billcorpus.blocks import mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, did_range, digits, money, phone
from tests.billcorpus.truth import Draft, address_key


def _mac(d: Draft) -> str:
    return ":".join(f"{d.rng.randint(0, 255):02X}" for _ in range(6))


@family("premier_bundle", carrier="premier_ia", region="PRIA", lines=(1, 4), block=0.35,
        block_size=(5, 15), dialed=6, person_share=0.4,
        account=lambda r, c, b: f"{digits(r, 6)}-{digits(r, 3)}",
        modelled_on="bundle statements of Premier Communications' kind (Sioux Center, Iowa): "
        "the statement named by its month in the heading with the full date under another "
        "label, the phone lines among TV and internet items, a modem MAC, set-top box and ONT "
        "serial numbers, ten-digit order numbers and equipment IDs on the same rows as lines",
        accent="#00693E", font="DejaVuSans")
def premier_bundle(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("paren", "dash", "dot"))
    month = r.choice((f"{d.statement_date:%B %Y} STATEMENT".upper(),
                      f"Bill for {d.statement_date:%b %Y}",
                      f"Your {d.statement_date:%B %Y} Statement"))
    label = r.choice(("Date of bill", "Billing date", "Prepared on", "Issued"))
    s.wordmark(40, 46, "Premier Communications", 18, "#00693E")
    s.text(40, 60, month, 11, bold=True)
    facts = [("Account", d.printed_account),
             (label, date_text(d.statement_date, r.choice(("us", "long", "abbr0")))),
             ("Main phone number", phone(d.real_btn, style)),
             ("Total due", money(r, 90, 450))]
    s.box(330, 26, 246, 60, fill=LIGHT)
    for i, (lab, value) in enumerate(facts):
        s.text(338, 40 + i * 12, lab, 8)
        s.text(568, 40 + i * 12, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 50, 112, 9.5)
    s.text(330, 112, "Service at", 8, bold=True, color=s.accent)
    s.lines(330, 124, address_lines(d.service), 8.5)
    s.mark("service", address_key(d.service))
    y = 196.0
    s.text(40, y, "Your Services", 11, bold=True, color=s.accent)
    y += 16
    items: list[tuple[str, str]] = [
        ("Premier TV Plus", f"Set-top box S/N {digits(r, 4)}{r.choice('ABCDEF')}{digits(r, 9)}"),
        ("Fiber Internet 500 Mbps", f"Modem MAC {_mac(d)}"),
        ("ONT", f"Serial {digits(r, 14)}   Equipment ID {digits(r, 12)}")]
    for n in d.singles():
        order = digits(r, 10)
        d.dialed.append(f"+1{order}")  # an order number of ten digits, not a phone number
        items.append((f"Phone line {phone(n, style)}",
                      r.choice((f"Order # {order}", f"Order {order}   CPE {digits(r, 16)}"))))
    for first, count in d.ranges:
        items.append((f"DID block {did_range(first, count, 'through', style)} "
                      f"({count} numbers)", f"Order # {digits(r, 7)}"))
    r.shuffle(items)
    for name, extra in items:
        s.text(44, y, name, 8.5)
        s.text(318, y, extra, 7.5, color=GREY)
        s.text(W - 44, y, money(r, 8, 120), 8.5, align="right")
        y += 13
    y += 8
    for lab in ("Iowa Telecom Surcharge", "Federal USF", "Broadcast TV Fee", "E911"):
        s.text(44, y, lab, 8)
        s.text(W - 44, y, money(r, 1, 25), 8, align="right")
        y += 11
    with s.roled("help"):
        s.text(40, y + 16, "   ".join(f"{lab} {num}" for lab, num in d.carrier.help_lines), 7.5)
    notices(s, d, 40, y + 34, count=2, size=7)
    remit_stub(s, d, y=630)
