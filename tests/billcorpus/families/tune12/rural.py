"""Open tuning split tune12: Nemont (the telephone co-operative of north-east Montana), Pine Belt
Communications (west-central Alabama) and Yelcot (Mountain Home, Arkansas).

Modelled on Nemont's co-operative statements printed by a legacy billing system (monospaced
capitals in fixed columns, no rules, labels abbreviated with periods, each value on the next line
indented, several dates each with its label), on Pine Belt's (form-like: each value over a rule
with its small caption under it, numbers written '334.555.0123', a credit naming a disconnected
number that is no longer the customer's) and on Yelcot's (one account over several service
locations, each with its own address and lines, the account number with a check digit).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, csz, date_text, digits, money, phone
from tests.billcorpus.people import REGIONS, us_address
from tests.billcorpus.truth import Draft, SubAccount, address_key


@family("nemont_mainframe", carrier="nemont", region="NEMT", lines=(1, 4), dialed=10,
        person_share=0.45, account=lambda r, c, b: f"{digits(r, 3)}-{digits(r, 4)}",
        modelled_on="co-operative statements of Nemont's kind (north-east Montana) printed by a "
        "legacy billing system: monospaced capitals in fixed columns, no rules, labels "
        "abbreviated with periods ('ACCT NO.', 'SVC ADDR', 'BTN/MAIN TEL') with each value on "
        "the next line indented, five dates each with its own label, lines written without "
        "separators", accent="#000000", font="Courier")
def nemont_mainframe(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    d.upper()
    style = r.choice(("plain", "dash"))
    mono = 8.0
    s.text(40, 40, "Nemont", 16, bold=True)
    s.text(40, 52, d.carrier.legal.upper(), mono)
    s.text(40, 62, "  ".join(f"{lab.upper()} {num}" for lab, num in d.carrier.help_lines), mono)
    left, right = 40, 330
    dates = (("BILL DATE", d.statement_date),
             ("LAST PMT RCVD", d.statement_date - timedelta(days=r.randint(12, 20))),
             ("BAL AS OF", d.statement_date - timedelta(days=r.randint(1, 3))),
             ("DUE DATE", d.statement_date + timedelta(days=r.choice((15, 20, 25)))))
    rows: list[tuple[str, list[str]]] = [
        ("ACCT NO.", [d.printed_account]),
        ("BTN/MAIN TEL", [phone(d.real_btn, style)]),
        ("SVC ADDR", address_lines(d.service)),
    ]
    y = 90.0
    for label, values in rows:
        s.text(left, y, label, mono)
        for k, value in enumerate(values):
            s.text(left + 24, y + 10 + k * 10, value, mono)
        y += 14 + 10 * len(values)
        if label == "BTN/MAIN TEL":
            s.mark("btn", d.real_btn)
    s.mark("service", address_key(d.service))
    yy = 90.0
    period = f"{d.statement_date - timedelta(days=30):%m/%d/%y} - {d.statement_date:%m/%d/%y}"
    for label, when in dates[:1]:
        s.text(right, yy, label, mono)
        s.text(right + 24, yy + 10, f"{when:%m/%d/%y}", mono)
        yy += 24
    s.text(right, yy, "SVC PERIOD", mono)
    s.text(right + 24, yy + 10, period, mono)
    yy += 24
    for label, when in dates[1:]:
        s.text(right, yy, label, mono)
        s.text(right + 24, yy + 10, f"{when:%m/%d/%y}", mono)
        yy += 24
    y = max(y, yy) + 8
    s.text(left, y, "MAIL TO", mono)
    y = mailing_block(s, d, left + 24, y + 10, mono) + 12
    s.text(left, y, "LINE DETAIL", mono)
    y += 12
    for k, n in enumerate(d.numbers):
        kind = "1FR" if d.customer.person else "1FB"
        s.text(left + 24, y, f"{phone(n, style):<14}{kind:<6}{'MAIN' if k == 0 else 'ADDL':<6}"
                             f"{money(r, 15, 40):>10}", mono)
        y += 10
    for label in ("FED SUBSCRIBER LINE CHG", "MT 911 FEE", "FED USF", "INTERNET 100M"):
        s.text(left + 24, y, f"{label:<26}{money(r, 1, 70):>10}", mono)
        y += 10
    notices(s, d, left, y + 14, count=2, size=6.5)
    remit_stub(s, d, y=622, account_label="ACCT NO.")


@family("pinebelt_captions", carrier="pinebelt", region="PBAL", lines=(2, 5), dialed=8,
        person_share=0.3, account=lambda r, c, b: f"{digits(r, 2)}-{digits(r, 5)}",
        modelled_on="telephone company statements of Pine Belt's kind (west-central Alabama): "
        "form-like, each value over a rule with its small caption under it (account number, "
        "statement date, main number, service address), numbers written with dots, a credit "
        "naming a disconnected number that is no longer on the account",
        accent="#1F5F3A", font="Helvetica")
def pinebelt_captions(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = "dot"
    s.wordmark(40, 46, "Pine Belt", 22, "#1F5F3A")
    s.text(40, 58, "Communications", 9, color=GREY)

    def field(x: float, y: float, w: float, values: list[str], caption: str) -> None:
        for k, value in enumerate(values):
            s.text(x, y + k * 11, value, 9.5)
        base = y + (len(values) - 1) * 11 + 4
        s.rule(x, base, x + w, 0.6)
        s.text(x, base + 8, caption, 6.2, color=GREY)

    field(320, 40, 120, [d.printed_account], "Account Number")
    field(456, 40, 120, [date_text(d.statement_date, r.choice(("long", "us")))],
          "Statement Date")
    field(320, 72, 120, [phone(d.real_btn, style)], "Main Telephone Number")
    s.mark("btn", d.real_btn)
    field(456, 72, 120, [money(r, 50, 400)], "Amount Due")
    field(320, 104, 256, address_lines(d.service), "Service Address")
    s.mark("service", address_key(d.service))
    mailing_block(s, d, 50, 120, 9.5)
    s.text(40, 210, "Local Service", 10, bold=True, color=s.accent)
    y = 226.0
    for n in d.numbers:
        s.text(44, y, phone(n, style), 8.5)
        s.text(170, y, "Residence Line" if d.customer.person else "Business Line", 8)
        s.text(W - 44, y, money(r, 18, 40), 8, align="right")
        y += 12
    gone = d.pool.one(d.customer.npa)
    d.dialed.append(gone)  # printed, not the customer's line any more
    when = d.statement_date - timedelta(days=r.randint(5, 25))
    s.text(44, y + 6, "Adjustments", 9, bold=True)
    s.text(52, y + 18, f"Credit, line {phone(gone, style)} disconnected {when:%m/%d}; "
                       "prorated charges", 8)
    s.text(W - 44, y + 18, f"-{money(r, 3, 20)}", 8, align="right")
    y += 30
    for label in ("Alabama 911 Charge", "Federal USF", "Pine Belt Internet 200"):
        s.text(44, y + 6, label, 8)
        s.text(W - 44, y + 6, money(r, 1, 80), 8, align="right")
        y += 11
    with s.roled("help"):
        s.text(40, y + 24, f"{d.carrier.help_lines[0][0]} {d.carrier.help_lines[0][1]}  "
                           f"{d.carrier.help_lines[1][0]} {d.carrier.help_lines[1][1]}", 7.5)
    notices(s, d, 40, y + 44, count=2, size=7)
    remit_stub(s, d, y=622)


@family("yelcot_locations", carrier="yelcot", region="YELC", lines=(1, 3), dialed=8,
        person_share=0.0,
        account=lambda r, c, b: f"{r.randint(1000000, 9999999)}-{r.randint(0, 9)}",
        modelled_on="business statements of Yelcot's kind (Mountain Home, Arkansas): one account "
        "over two to four service locations, each under its own heading with its address and "
        "its lines, the main billing number in the account summary, the account number with a "
        "check digit after a dash", accent="#0B4F8A", font="DejaVuSans")
def yelcot_locations(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("paren", "dash"))
    city = r.choice(REGIONS["YELC"])
    sites = [SubAccount(d.printed_account, d.real_btn, d.service, tuple(d.numbers))]
    for _ in range(r.randint(1, 3)):
        nums = tuple(d.pool.one(d.customer.npa) for _ in range(r.randint(1, 3)))
        sites.append(SubAccount(d.printed_account, d.real_btn, us_address(r, city), nums))
    r.shuffle(sites)
    d.sub_accounts = sites
    d.numbers = [d.real_btn] + [n for x in sites for n in x.numbers if n != d.real_btn]
    d.alternatives = {"service_address": tuple(x.service for x in sites)}
    s.wordmark(40, 46, "Yelcot", 24, "#0B4F8A")
    with s.roled("help"):
        s.lines(40, 60, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 7)
    s.box(330, 30, 246, 66, stroke=GREY)
    for i, (label, value) in enumerate((
            ("Account No.", d.printed_account),
            ("Statement Date", date_text(d.statement_date, "abbr")),
            ("Main Billing No.", phone(d.real_btn, style)),
            ("Total Due", money(r, 100, 900)))):
        s.text(338, 44 + i * 14, label, 8)
        s.text(568, 44 + i * 14, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 50, 118, 9.5)
    s.text(40, 196, f"Service Locations ({len(sites)})", 11, bold=True, color=s.accent)
    y = 214.0
    for k, site in enumerate(sites):
        s.text(44, y, f"Location {k + 1}", 8.5, bold=True)
        s.text(110, y, f"{site.service.line1} {site.service.line2}".strip()
                       + f", {csz(site.service)}", 8.5)
        s.mark("service", address_key(site.service))
        y += 12
        for n in site.numbers:
            s.text(60, y, phone(n, style), 8)
            s.text(200, y, r.choice(("Business Line", "Hunting Line", "Fax Line")), 8)
            s.text(W - 44, y, money(r, 20, 45), 8, align="right")
            y += 11
        s.text(60, y, "Location subtotal", 7.5, color=GREY)
        s.text(W - 44, y, money(r, 30, 200), 7.5, align="right", color=GREY)
        y += 16
    notices(s, d, 40, y + 8, count=2, size=7)
    remit_stub(s, d, y=622, account_label="Account No.")
