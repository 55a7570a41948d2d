"""Open tuning split tune12: Totelcom (De Kalb, Texas), Sonic (Santa Rosa, California) and Blue
Ridge Communications (cable in eastern Pennsylvania).

Modelled on Totelcom's letter-like statements (the account's values only inside sentences, a
business named with 'd/b/a' over two lines with an 'Attn:' line under it), on Sonic's (headings
letter-spaced in capitals, numbers written '+1 707 555 0123', the account number in groups of
four digits) and on Blue Ridge's (the lines in a grid of numbers without labels, written without
separators, the service address on the street beside a PO Box mailing address).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import (
    attention_line,
    doing_business_as,
    mailing_block,
    notices,
    remit_stub,
)
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, one_line, phone
from tests.billcorpus.people import po_box
from tests.billcorpus.truth import Draft, address_key


def _spaced(heading: str) -> str:
    """'ACCOUNT SUMMARY' letter-spaced: 'A C C O U N T   S U M M A R Y'."""
    return "   ".join(" ".join(word) for word in heading.split())


@family("totelcom_sentences", carrier="totelcom", region="TOTX", lines=(1, 4), dialed=8,
        person_share=0.25, account=lambda r, c, b: f"{digits(r, 6)}",
        modelled_on="letter-like statements of Totelcom's kind (De Kalb, Texas): the account's "
        "values only inside sentences ('Your account number is ... and this statement is "
        "dated ...'), a business named with 'd/b/a' over two lines and an 'Attn:' line in the "
        "window, the lines listed in a sentence", accent="#8A1538", font="DejaVuSerif")
def totelcom_sentences(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("paren", "dash"))
    legal, trade = doing_business_as(d, "d/b/a")
    names = [legal, trade] if trade else [d.name]
    attn = attention_line(d) if not d.customer.person else ""
    s.wordmark(40, 46, "Totelcom", 22, "#8A1538")
    s.text(40, 58, "Communications", 8.5, color=GREY)
    mailing_block(s, d, 60, 104, 9.5, attn=attn, name_lines=names)
    with s.roled("help"):
        s.lines(W - 40, 40, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 7.5,
                align="right")
    s.text(40, 200, f"Dear {d.name if d.customer.person else 'Customer'},", 10)
    nums = [phone(n, style) for n in d.numbers]
    listed = nums[0] if len(nums) == 1 else ", ".join(nums[:-1]) + " and " + nums[-1]
    due = d.statement_date + timedelta(days=r.choice((15, 20)))
    text = [
        f"Your account number is {d.printed_account} and this statement is dated",
        f"{date_text(d.statement_date, 'long')}. The amount of {money(r, 40, 400)} is due by "
        f"{date_text(due, 'long')}.",
        f"Service at {one_line(d.service, 1)} is billed",
        f"to your main number, {phone(d.real_btn, style)}.",
        "This month you were billed for " + ("this line:" if len(nums) == 1 else
                                              f"these {len(nums)} lines:"),
        listed + ".",
    ]
    y = s.lines(40, 220, text[:2], 9.5, leading=14)
    y = s.lines(40, y + 4, text[2:4], 9.5, leading=14)
    s.mark("service", address_key(d.service))
    s.mark("btn", d.real_btn)
    y = s.lines(40, y + 4, text[4:], 9.5, leading=14)
    s.text(40, y + 14, "Thank you for choosing Totelcom.", 9.5)
    s.text(40, y + 40, "Charges", 10, bold=True, color=s.accent)
    y += 56
    for label in ("Local service", "Features", "Internet 250", "Texas USF", "Federal USF"):
        s.text(44, y, label, 8.5)
        s.text(W - 44, y, money(r, 1, 90), 8.5, align="right")
        y += 12
    notices(s, d, 40, y + 14, count=2, size=7)
    remit_stub(s, d, y=622)


@family("sonic_spaced", carrier="sonic", region="SONO", lines=(1, 3), dialed=10,
        person_share=0.6,
        account=lambda r, c, b: " ".join(digits(r, 4) for _ in range(4)),
        modelled_on="fibre statements of Sonic's kind (Santa Rosa, California): headings "
        "letter-spaced in capitals ('A C C O U N T'), numbers written '+1 707 555 0123', the "
        "account number in four groups of four digits, the service address under the fibre "
        "phone line", accent="#E2231A", font="DejaVuSans")
def sonic_spaced(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = "intl"
    s.wordmark(40, 48, "Sonic", 26, "#E2231A")
    s.text(W - 40, 40, _spaced("STATEMENT"), 10, bold=True, align="right")
    s.text(W - 40, 54, date_text(d.statement_date, "long"), 9, align="right")
    s.text(40, 86, _spaced("ACCOUNT"), 7.5, bold=True, color=s.accent)
    s.text(40, 100, d.printed_account, 10)
    s.text(220, 86, _spaced("PRIMARY NUMBER"), 7.5, bold=True, color=s.accent)
    s.text(220, 100, phone(d.real_btn, style), 10)
    s.mark("btn", d.real_btn)
    s.text(420, 86, _spaced("DUE"), 7.5, bold=True, color=s.accent)
    s.text(420, 100, money(r, 50, 300), 10)
    s.text(40, 132, _spaced("BILL TO"), 7.5, bold=True, color=s.accent)
    mailing_block(s, d, 40, 146, 9)
    s.text(330, 132, _spaced("SERVICE ADDRESS"), 7.5, bold=True, color=s.accent)
    s.lines(330, 146, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    s.band(212, 1.2)
    s.text(40, 234, _spaced("FIBER PHONE"), 9, bold=True)
    y = 250.0
    for k, n in enumerate(d.numbers):
        s.text(44, y, phone(n, style), 9)
        s.text(200, y, "Primary line" if k == 0 else "Additional line", 8.5)
        s.text(W - 44, y, money(r, 5, 20), 8.5, align="right")
        y += 13
    s.text(40, y + 12, _spaced("FIBER INTERNET"), 9, bold=True)
    y += 28
    for label in ("Gigabit Fiber", "Equipment", "911 surcharge", "CA Relay Service"):
        s.text(44, y, label, 8.5)
        s.text(W - 44, y, money(r, 0, 60), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.text(40, y + 20, "   ".join(f"{lab} {num}" for lab, num in d.carrier.help_lines), 8)
    notices(s, d, 40, y + 42, count=2, size=7)
    remit_stub(s, d, y=622)


@family("blueridge_grid", carrier="blueridge", region="CARB", lines=(3, 10), dialed=8,
        person_share=0.3, account=lambda r, c, b: f"{digits(r, 4)}-{digits(r, 6)}-{digits(r, 2)}",
        modelled_on="cable phone statements of Blue Ridge's kind (eastern Pennsylvania): the "
        "digital phone lines in a grid of numbers without labels written without separators, "
        "the service location on the street beside a PO Box mailing address, the legal name "
        "(Pencor Services) in the remittance block", accent="#00529B", font="Helvetica")
def blueridge_grid(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    if r.random() < 0.7:  # the mail goes to a box at the post office
        a = d.service
        d.billing = po_box(r, (a.city, a.state, a.postal_code[:3], d.customer.npa), "US", False)
    style = r.choice(("plain", "dash"))
    s.wordmark(40, 46, "Blue Ridge", 22, "#00529B")
    s.text(40, 58, "Communications", 8.5, color=GREY)
    s.box(330, 28, 246, 58, fill=LIGHT)
    for i, (label, value) in enumerate((
            ("Account Number", d.printed_account),
            ("Statement Date", date_text(d.statement_date, "abbr0")),
            ("Amount Due", money(r, 60, 400)))):
        s.text(338, 42 + i * 14, label, 8)
        s.text(568, 42 + i * 14, value, 8.5, bold=True, align="right")
    s.text(40, 100, "Mailing Address", 7.5, bold=True, color=s.accent)
    mailing_block(s, d, 40, 112, 9)
    s.text(330, 100, "Service Location", 7.5, bold=True, color=s.accent)
    s.lines(330, 112, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    s.text(40, 186, "Digital Phone", 10, bold=True, color=s.accent)
    s.text(150, 186, f"Primary Line {phone(d.real_btn, style)}", 8.5)
    s.mark("btn", d.real_btn)
    y = 202.0
    for k in range(0, len(d.numbers), 4):
        for j, n in enumerate(d.numbers[k:k + 4]):
            s.text(48 + j * 130, y, phone(n, style), 8.5)
        y += 12
    s.text(W - 44, y, money(r, 20, 150), 8.5, align="right")
    y += 20
    for label in ("TV Select", "Internet 300", "PA 911 Fee", "Regulatory Recovery"):
        s.text(44, y, label, 8.5)
        s.text(W - 44, y, money(r, 1, 90), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.lines(40, y + 20, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 7.5)
    notices(s, d, 40, y + 50, count=2, size=7)
    remit_stub(s, d, y=622)
