"""Open tuning split tune16: Direct Communications (Idaho), values printed turned.

Direct Communications' statement prints the holder's name and mailing address a second time in a
return-envelope block upside down at the foot of the page (as a fold-over envelope carries it),
and a mailing-code line runs down the left margin, turned 90 degrees, carrying the account
number (a scan line, never proof); the lines are listed by 'WTN' (working telephone number) and
the page names the billing number 'BTN' under its own label.
"""

from __future__ import annotations

from tests.billcorpus.blocks import help_lines, mailing_block, notices
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.families.tune16.languages import turned
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.truth import Draft, address_key


@family("directcom_turned", carrier="direct_comm", region="DCID", lines=(1, 4), dialed=8,
        person_share=0.5, account=lambda r, c, b: f"{digits(r, 3)}-{digits(r, 4)}-{digits(r, 2)}",
        modelled_on="statements of Direct Communications' kind (southeast Idaho ILEC): the "
        "holder and mailing address repeated upside down in a fold-over return-envelope block, "
        "a sideways mailing-code line in the margin carrying the account number, lines by 'WTN' "
        "and the billing number under 'BTN'", accent="#1F4E79", font="DejaVuSans")
def directcom_turned(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None and d.billing is not None
    style = r.choice(("dash", "paren", "dot"))
    s.wordmark(40, 46, "Direct Communications", 18, "#1F4E79")
    s.text(40, 60, "Rockland, Idaho  -  phone, internet, TV", 7.5, color=GREY)
    facts = (("Account Number", d.printed_account),
             ("Billing Date", date_text(d.statement_date, r.choice(("abbr0", "us", "long")))),
             ("BTN (Billing Telephone Number)", phone(d.real_btn, style)),
             ("Please Pay", money(r, 40, 300)))
    s.box(320, 24, 256, 58, fill=LIGHT)
    for i, (lab, value) in enumerate(facts):
        s.text(326, 38 + i * 13, lab, 8)
        s.text(570, 38 + i * 13, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 50, 112, 9.5)
    s.text(320, 104, "Service Address", 8.5, bold=True, color=s.accent)
    s.lines(320, 117, address_lines(d.service), 8.5)
    s.mark("service", address_key(d.service))
    y = 196.0
    s.text(40, y, "Local Service", 10.5, bold=True, color=s.accent)
    rows = [(phone(n, style), r.choice(("Residence line", "Business line", "Fax line")),
             r.choice(("Caller ID, Voice Mail", "Call Waiting", "-")), money(r, 18, 40))
            for n in d.numbers]
    y = s.table(44, y + 16, ("WTN", "Service", "Features", "Amount"), rows, (110, 130, 180, 90),
                size=8, align=("left",) * 3 + ("right",))
    y += 8
    for lab in ("Idaho Universal Service Fund", "Federal Subscriber Line Charge", "911 Fee"):
        s.text(44, y, lab, 8)
        s.text(W - 44, y, money(r, 1, 10), 8, align="right")
        y += 11
    help_lines(s, d, 40, y + 14, 7.5)
    notices(s, d, 40, y + 44, count=2, size=7)
    # the fold-over return envelope: the holder's block printed upside down
    s.rule(36, 620, W - 36, dash=True)
    s.text(40, 632, "Fold here. Your return address is printed on the flap below.", 7,
           color=GREY)
    block = [d.name, *address_lines(d.billing)]
    for i, row in enumerate(block):
        turned(s, 300, 700 - i * 12, row, 9, angle=180)
    s.text(330, 740, "Direct Communications", 9, bold=True)
    s.lines(330, 752, list(d.carrier.remit), 8.5)
    code = f"{digits(r, 4)} {d.printed_account.replace('-', '')} {digits(r, 6)}"
    turned(s, 22, 560, code, 7, angle=90, role="scanline")
