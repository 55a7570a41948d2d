"""Open tuning split tune12: Flowroute (SIP trunks, Seattle) and Emery Telcom (Orangeville, Utah).

Modelled on Flowroute's invoice e-mails printed from the browser (a navigation bar and buttons as
text, a greeting to the contact by first name, the account named only in sentences, the account
number masked to its last four digits, the E911 address the only service address, DID blocks
written '206-555-0120..0139 (20 numbers)', no billing number and no mailing window) and on Emery
Telcom's statements (page 1 a cover with the return portion and the statement's date only; the
account's facts from page 2 under labels in white on a dark band).
"""

from __future__ import annotations

from datetime import timedelta

from reportlab.lib.colors import HexColor

from tests.billcorpus.blocks import notices, page_header, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, one_line, phone
from tests.billcorpus.people import person_name
from tests.billcorpus.truth import Draft, address_key

WHITE = HexColor("#FFFFFF")


@family("flowroute_email", carrier="flowroute", lines=(1, 4), block=0.6, block_size=(5, 20),
        dialed=6, person_share=0.0, account=lambda r, c, b: f"{digits(r, 10)}",
        modelled_on="SIP trunking invoice e-mails of Flowroute's kind printed from the browser: "
        "a navigation bar and buttons as text, 'Hi Jordan,' to the contact, the account named "
        "only in sentences, 'account ending in 4821', the E911 address as the only service "
        "address, DID blocks written '..' with a count, no billing number, no window",
        accent="#2C6EBF", font="DejaVuSans")
def flowroute_email(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    d.btn, d.billing = None, None  # a SIP trunk invoice: no billing number, no mailing window
    d.mask_account("*")
    last4 = d.account_number[-4:]
    style = r.choice(("dot", "dash", "intl"))
    s.text(40, 30, f"Flowroute Billing <billing@{d.carrier.domain}>", 7.5, color=GREY)
    s.text(W - 40, 30, f"{d.statement_date:%a, %b %d, %Y} at 6:02 AM", 7.5, color=GREY,
           align="right")
    s.rule(36, 38, W - 36, 0.4, GREY)
    s.band(46, 22)
    s.text(50, 61, "flowroute", 14, bold=True, color=WHITE)
    s.text(W - 50, 61, "Dashboard    Numbers    Billing    Support    Log out", 8,
           color=WHITE, align="right")
    contact = person_name(r).split()[0]
    y = 100.0
    s.text(50, y, f"Hi {contact},", 11)
    sentences = [
        f"Your Flowroute invoice for {d.name} is ready. This invoice is for the account ending "
        f"in {last4}",
        f"and is dated {date_text(d.statement_date, 'long')}. Your card on file will be "
        f"charged {money(r, 20, 600)} on "
        f"{date_text(d.statement_date + timedelta(days=3), 'long')}.",
    ]
    y = s.lines(50, y + 22, sentences, 9, leading=13)
    s.box(50, y + 4, 110, 20, fill=s.accent, radius=4)
    s.text(105, y + 17, "View invoice", 9, bold=True, color=WHITE, align="center")
    s.box(170, y + 4, 110, 20, stroke=s.accent, radius=4)
    s.text(225, y + 17, "Pay now", 9, bold=True, color=s.accent, align="center")
    y += 48
    s.box(50, y, W - 100, 46, fill=LIGHT)
    for i, (label, value) in enumerate((("Account", d.printed_account),
                                        ("Invoice", d.invoice_id),
                                        ("Billing period", f"{d.statement_date - timedelta(30):%b %d}"
                                                           f" - {d.statement_date:%b %d, %Y}"))):
        s.text(60, y + 14 + i * 12, label, 8, color=GREY)
        s.text(160, y + 14 + i * 12, value, 8.5)
    y += 66
    s.text(50, y, "Your numbers", 11, bold=True)
    y += 16
    singles = [phone(n, style) for n in d.singles()]
    for first, count in d.ranges:
        last = f"{int(first[-4:]) + count - 1:04d}"
        singles.append(f"{phone(first, style)}..{last} ({count} numbers)")
    for k in range(0, len(singles), 2):
        s.text(60, y, "     ".join(singles[k:k + 2]), 8.5)
        y += 12
    y += 8
    s.text(50, y, "Your E911 address on file is " + one_line(d.service, 1) + ".", 8.5)
    s.mark("service", address_key(d.service))
    s.text(50, y + 13, "If this is not where your phones are used, update it in the portal "
                       "before you place a 911 call.", 8.5)
    y += 36
    s.text(50, y, "Summary", 11, bold=True)
    y += 14
    for label in ("Inbound channels", "Outbound usage", "DID rental", "E911 service",
                  "Regulatory recovery fee", "Total"):
        s.text(60, y, label, 8.5, bold=label == "Total")
        s.text(W - 60, y, money(r, 1, 300), 8.5, align="right", bold=label == "Total")
        y += 12
    with s.roled("help"):
        s.text(50, y + 20, f"Questions? Reply to this e-mail or call {d.carrier.help_lines[0][0]}"
                           f" at {d.carrier.help_lines[0][1]}.", 8)
    s.text(50, y + 40, f"{d.carrier.legal}, {', '.join(d.carrier.remit)}  |  Unsubscribe  |  "
                       "Privacy", 6.5, color=GREY)


@family("emery_cover", carrier="emery", region="EMRY", lines=(1, 5), dialed=10,
        person_share=0.4, account=lambda r, c, b: f"E{digits(r, 7)}",
        modelled_on="telephone and cable statements of Emery Telcom's kind (Orangeville, "
        "Utah): page 1 a cover carrying only the return portion and a dated message, the "
        "account's facts from page 2 under labels printed white on a dark band (account, "
        "statement date, service address, billing telephone number), the lines under their "
        "own band",
        accent="#5B2C1A", font="Helvetica")
def emery_cover(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("paren", "dash"))
    s.wordmark(40, 60, "Emery Telcom", 26, "#5B2C1A")
    s.text(40, 76, "Phone \u2022 Internet \u2022 TV", 9, color=GREY)
    s.text(40, 130, "Your statement is enclosed.", 14, bold=True)
    # the statement date on the cover too: a scan of page 1 alone still dates the bill
    s.lines(40, 150, [f"Statement of {date_text(d.statement_date, 'long')}: account details "
                      "and charges begin on page 2.",
                      "Pay online at " + d.carrier.domain + " or return the portion below."], 9)
    remit_stub(s, d, y=560, account_label="Account")
    s.new_page()
    page_header(s, d, 2, 2, account_label="Account")
    dark = HexColor("#2B2B2B")

    def band(y: float, label: str) -> None:
        s.band(y, 14, dark)
        s.text(44, y + 10, label, 8.5, bold=True, color=WHITE)

    band(84, "ACCOUNT SUMMARY")
    rows = (("Account", d.printed_account),
            ("Statement Date", date_text(d.statement_date, r.choice(("us", "abbr")))),
            ("Billing Telephone Number", phone(d.real_btn, style)),
            ("Amount Due", money(r, 40, 500)))
    for i, (label, value) in enumerate(rows):
        s.box(36, 102 + i * 16, 150, 14, fill=s.accent)
        s.text(42, 112 + i * 16, label, 7.5, bold=True, color=WHITE)
        s.text(196, 112 + i * 16, value, 9)
    s.mark("btn", d.real_btn)
    band(176, "SERVICE ADDRESS")
    y = s.lines(44, 202, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    band(y + 6, "YOUR LINES")
    y += 32
    for n in d.numbers:
        s.text(44, y, phone(n, style), 8.5)
        s.text(180, y, "Residential Line" if d.customer.person else "Business Line", 8)
        s.text(W - 44, y, money(r, 18, 40), 8, align="right")
        y += 12
    band(y + 6, "OTHER CHARGES")
    y += 32
    for label in ("Fiber Internet", "Emery TV Basic", "Utah Poison Control", "Utah 911 Fee"):
        s.text(44, y, label, 8)
        s.text(W - 44, y, money(r, 0, 90), 8, align="right")
        y += 11
    with s.roled("help"):
        s.lines(44, y + 18, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 7.5)
    notices(s, d, 40, y + 50, count=2, size=7)
