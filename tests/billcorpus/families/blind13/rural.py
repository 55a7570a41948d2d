"""THIRTEENTH BLIND SPLIT: not for the reader's author (see families/blind13/__init__.py).

3 Rivers Communications (a telephone co-operative of north-central Montana), Strata Networks
(UBTA-UBET's co-operative of the Uintah Basin, Utah), Chequamegon Communications (a co-operative
of north-western Wisconsin, its statement printed by a billing agent) and Great Plains
Communications (Nebraska), the last as the customer service record it sends a gaining carrier.

Modelled on member statements of 3 Rivers' kind (the lines in monospaced NPA / NXX / LINE
columns, a list that runs over the page break with 'continued', page headers repeating the account
and 'Page 2 of 2', directory listings under an 'Area code 406' heading, the member's name as the
directory holds it: 'SMITH, JORDAN A', two owners, a church or a school), on Strata statements
(page 1 amounts only, call detail with From and To columns where the customer's own line is only
one end of a call, and the account's facts in a table on the last page, footnote marks glued to
values), on agent-printed co-operative bills ('Billed on behalf of ... by ...', the agent's name
and remittance address large, Bill To and Service Address side by side with their lines drawn in
turn, street names spelled out) and on CSR printouts (monospaced field codes BTN, LN, SA, BA, TN,
USOC codes, an ISO run date, no amounts).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import mailing_block, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind13.parts import (
    last_first,
    move_to,
    shared_name,
    spelled_out,
)
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, one_line, phone
from tests.billcorpus.people import person_name
from tests.billcorpus.truth import Draft, address_key

_MONO = "Courier"
_GROUPS = ("First Lutheran Church", "St. Mary Catholic Church", "Teton Valley School District",
           "Grace Bible Church", "Sun River Community Hall Trust")


def _rename(d: Draft) -> None:
    """The account holder as the co-op's records hold it: directory form, two owners, a
    church, a school or a trust, or the name as drawn."""
    r = d.rng
    roll = r.random()
    if d.customer.person:
        if roll < 0.4:
            d.name = last_first(d.name)
        elif roll < 0.7:
            d.name = shared_name(d, person_name(r).split()[0])
        elif roll < 0.85:
            d.name = f"Estate of {d.name}"
    elif roll < 0.5:
        assert d.service is not None
        d.name = f"{r.choice(_GROUPS)} of {d.service.city}"


@family("threerivers_columns", carrier="threerivers", region="TRV", lines=(3, 8), dialed=8,
        person_share=0.6, account=lambda r, c, b: f"{r.randint(10000, 99999)}-{r.randint(1, 9)}",
        modelled_on="member statements of 3 Rivers Communications' kind (Fairfield, Montana): the "
        "lines in monospaced NPA / NXX / LINE columns running over the page break with "
        "'continued', a page header repeating the account number and 'Page 2 of 2', directory "
        "listings under an 'Area code 406' heading, the member as the directory holds the name "
        "(last name first in capitals, two owners, an estate, a church or a school)",
        accent="#1A5276", font="Helvetica")
def threerivers_columns(s: Sheet, d: Draft) -> None:
    r = s.rng
    _rename(d)
    assert d.service is not None
    s.wordmark(40, 46, "3 Rivers", 24, "#1A5276")
    s.text(40, 60, "Communications \u00b7 " + d.carrier.domain, 8, color=GREY)
    s.text(W - 40, 40, "Member Statement", 13, bold=True, align="right")
    s.text(W - 40, 54, "Page 1 of 2", 7.5, align="right")
    mailing_block(s, d, 60, 100, 9.5)
    facts = (("Member Number", d.printed_account),
             ("Statement Date", date_text(d.statement_date, "long")),
             ("Due Date", date_text(d.statement_date + timedelta(days=20), "long")),
             ("Amount Due", money(r, 40, 260)))
    for i, (label, value) in enumerate(facts):
        s.text(330, 100 + i * 13, label, 8, color=GREY)
        s.text(W - 40, 100 + i * 13, value, 8.5, bold=True, align="right")
    s.text(40, 176, "Member Name", 8, bold=True, color=s.accent)
    s.text(140, 176, d.name, 9)
    s.text(40, 190, "Service Location", 8, bold=True, color=s.accent)
    s.text(140, 190, one_line(d.service), 9)
    s.mark("service", address_key(d.service))
    s.text(40, 204, "Main Number", 8, bold=True, color=s.accent)
    s.text(140, 204, phone(d.real_btn, "paren"), 9)
    s.mark("btn", d.real_btn)
    s.band(222, 16, LIGHT)
    s.text(44, 233, "Telephone Services", 9.5, bold=True, color=s.accent)
    head = f"{'NPA':<4}{'NXX':<4}{'LINE':<7}{'SERVICE':<30}{'AMOUNT':>10}"
    rows = []
    for k, n in enumerate(d.numbers):
        ten = n[-10:]
        what = "Local Access Line - Main" if k == 0 else "Additional Line"
        rows.append(f"{ten[:3]:<4}{ten[3:6]:<4}{ten[6:]:<7}{what:<30}{money(r, 18, 40):>10}")
    cut = min(3, len(rows) - 1)
    s.text(40, 256, head, 8.5, font=_MONO, bold=True)
    y = s.lines(40, 270, rows[:cut], 8.5, font=_MONO, leading=11)
    s.text(40, y + 4, "(continued on page 2)", 8, color=GREY)
    for label in ("Fiber Internet 300 Mbps", "Montana 911 Fee", "Federal USF"):
        s.text(40, y + 24, label, 8.5)
        s.text(400, y + 24, money(r, 1, 80), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.lines(40, y + 40, [f"{label}: {number}" for label, number in d.carrier.help_lines],
                7.5)
    s.text(40, y + 66, d.carrier.legal, 6.5, color=GREY)
    remit_stub(s, d, y=626, account_label="Member Number")
    s.new_page()
    s.text(40, 40, "3 Rivers Communications", 11, bold=True, color=s.accent)
    s.text(W - 40, 36, "Page 2 of 2", 7.5, align="right")
    s.text(W - 40, 48, f"Member Number {d.printed_account}", 7.5, align="right")
    s.rule(36, 56, W - 36, 0.8, s.accent)
    s.text(40, 80, "Telephone Services (continued)", 9.5, bold=True, color=s.accent)
    s.text(40, 98, head, 8.5, font=_MONO, bold=True)
    y = s.lines(40, 112, rows[cut:], 8.5, font=_MONO, leading=11)
    y += 20
    s.text(40, y, "Directory Listings", 9.5, bold=True, color=s.accent)
    s.text(40, y + 14, f"Area code {d.customer.npa}", 8.5, bold=True)
    listed = [n for n in d.numbers[:2]]
    s.lines(60, y + 28, [f"{n[-7:-4]}-{n[-4:]}  {d.name}" for n in listed], 8.5,
            font=_MONO)


def _call_rows(s: Sheet, d: Draft, own: str, count: int) -> list[tuple[str, ...]]:
    r = s.rng
    out: list[tuple[str, ...]] = []
    for i in range(count):
        day = d.statement_date - timedelta(days=30 - (i * 29) // count)
        other = r.choice(d.dialed)
        outgoing = r.random() < 0.6
        a, b = (own, other) if outgoing else (other, own)
        mark = "*" if not outgoing and r.random() < 0.3 else ""
        out.append((f"{day:%m/%d}", f"{(i * 7) % 12 + 1}:{(i * 11) % 60:02d}",
                    phone(a, "dash") + mark, phone(b, "dash"),
                    "Outgoing" if outgoing else "Incoming", str(1 + (i * 5) % 23),
                    f"{(i % 4) * 0.05:.2f}"))
    return out


@family("strata_facts_last", carrier="strata", region="STR", lines=(1, 4), dialed=10,
        person_share=0.4, account=lambda r, c, b: f"{r.randint(100000, 999999)}",
        modelled_on="statements of Strata Networks' kind (Roosevelt, Utah): page 1 the amounts "
        "only beside the payment stub, call detail pages with From and To columns where the "
        "customer's own line is one end of each call ('Calls from' and 'Calls to' headings), "
        "and the account's facts in an 'Account Information' table on the last page, footnote "
        "marks glued to the lines and the account number",
        accent="#00695C", font="Helvetica")
def strata_facts_last(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    detail_pages = min(len(d.numbers), 2)
    pages = 2 + detail_pages
    s.wordmark(40, 46, "STRATA", 24, "#00695C")
    s.text(40, 60, "Strata Networks", 8.5, color=GREY)
    s.text(W - 40, 40, f"Bill Date {date_text(d.statement_date, 'abbr')}", 9, align="right")
    s.text(W - 40, 52, f"Page 1 of {pages}", 7.5, align="right")
    mailing_block(s, d, 60, 100, 9.5)
    s.band(180, 16, LIGHT)
    s.text(44, 191, "Your Bill at a Glance", 9.5, bold=True, color=s.accent)
    y = 214.0
    for label in ("Previous Balance", "Payment Received - Thank You", "Local Service",
                  "Long Distance", "Internet", "Taxes, Fees & Surcharges", "Total Amount Due"):
        s.text(60, y, label, 9, bold=label.startswith("Total"))
        s.text(420, y, money(r, 1, 250), 9, align="right", bold=label.startswith("Total"))
        y += 13
    s.text(40, y + 14, "Your account information is on the last page of this statement.", 8,
           color=GREY)
    remit_stub(s, d, y=626, account_label="Account No.")
    for p in range(detail_pages):
        own = d.numbers[p]
        s.new_page()
        s.text(40, 40, "Strata Networks", 11, bold=True, color=s.accent)
        s.text(W - 40, 40, f"Page {p + 2} of {pages}", 7.5, align="right")
        s.rule(36, 50, W - 36, 0.8, s.accent)
        with s.roled("detail"):
            s.text(40, 76, "Call Detail", 12, bold=True)
            s.text(40, 92, f"Calls from and to {phone(own, 'dash')}", 9, bold=True)
            s.table(40, 112, ("Date", "Time", "From", "To", "Type", "Min", "Amount"),
                    _call_rows(s, d, own, 36), (50, 50, 100, 100, 70, 50, 60), size=7.5,
                    lead=11, align=("left",) * 5 + ("right", "right"))
            s.text(40, 530, "* Call forwarded to your voice mail.", 7, color=GREY)
    s.new_page()
    s.text(40, 40, "Strata Networks", 11, bold=True, color=s.accent)
    s.text(W - 40, 40, f"Page {pages} of {pages}", 7.5, align="right")
    s.rule(36, 50, W - 36, 0.8, s.accent)
    s.text(40, 80, "Account Information", 12, bold=True, color=s.accent)
    foot = "\u00b9" if r.random() < 0.5 else "\u2020"
    rows = [("Account Name", d.name), ("Account Number", d.printed_account + foot),
            ("Billing Telephone Number", phone(d.real_btn, "dash")),
            *(("Service Address" if i == 0 else "", line)
              for i, line in enumerate(address_lines(d.service))),
            ("Statement Date", date_text(d.statement_date, "long"))]
    y = 100.0
    for label, value in rows:
        s.text(40, y, label, 8.5, bold=True)
        s.text(200, y, value, 9)
        y += 14
    s.mark("btn", d.real_btn)
    s.mark("service", address_key(d.service))
    s.text(40, y + 10, "Lines on this account", 8.5, bold=True)
    for k, n in enumerate(d.numbers):
        s.text(200, y + 10 + k * 13, phone(n, "dash") + ("*" if k == 0 else ""), 9)
    y += 10 + len(d.numbers) * 13 + 12
    s.lines(40, y, [f"{foot} Your account number changes only if your services move to a new "
                    "account.", "* Billing telephone number (main line)."], 7, color=GREY)
    with s.roled("help"):
        s.lines(40, y + 40, [f"{label} {number}" for label, number in d.carrier.help_lines], 8)
    s.text(40, y + 70, d.carrier.legal, 6.5, color=GREY)


_AGENT = ("Northwoods Billing Services, LLC", "PO Box 880", "Rhinelander, WI 54501-0880",
          "1-888-362-7710")


@family("chequamegon_agent", carrier="chequamegon", region="CHQ", lines=(1, 4), dialed=8,
        person_share=0.6, account=lambda r, c, b: f"{r.randint(1000, 9999)}{r.randint(100, 999)}",
        modelled_on="co-operative bills printed by a billing agent (Chequamegon Communications' "
        "kind, Cable, Wisconsin): the agent's name, remittance address and billing line "
        "large, 'Billed on behalf of Chequamegon Communications by ...' on one line, Bill To "
        "and Service Address side by side with their lines drawn in turn, the street's "
        "direction and type spelled out, two owners or a church as the account holder",
        accent="#2E4053", font="Helvetica")
def chequamegon_agent(s: Sheet, d: Draft) -> None:
    r = s.rng
    _rename(d)
    assert d.service is not None
    move_to(d, spelled_out(d.service))
    assert d.service is not None and d.billing is not None
    d.help_numbers.append("+1" + "".join(c for c in _AGENT[3] if c.isdigit())[-10:])
    s.wordmark(40, 46, "NORTHWOODS BILLING", 20, "#2E4053")
    s.lines(40, 60, [_AGENT[0], _AGENT[1], _AGENT[2]], 8)
    d.billing_agent = _AGENT[0]
    with s.roled("help"):
        s.text(W - 40, 44, f"Billing questions {_AGENT[3]}", 9, bold=True, align="right")
    s.text(40, 104, f"Billed on behalf of {d.carrier.brand} by {_AGENT[0]}", 7.5, color=GREY)
    bill = address_lines(d.billing)
    svc = address_lines(d.service)
    s.text(40, 128, "Bill To", 8, bold=True, color=s.accent)
    s.text(320, 128, "Service Address", 8, bold=True, color=s.accent)
    left, right = [d.name, *bill], [d.name, *svc]
    for i in range(max(len(left), len(right))):
        if i < len(left):
            with s.roled("mailing"):
                s.text(40, 142 + i * 12, left[i], 9)
        if i < len(right):
            s.text(320, 142 + i * 12, right[i], 9)
    s.mark("service", address_key(d.service))
    facts = (("Account Number", d.printed_account),
             ("Billing Date", date_text(d.statement_date, "abbr0")),
             ("Billing Telephone Number", phone(d.real_btn, "dot")))
    y = 206.0
    for label, value in facts:
        s.text(40, y, label, 8.5, bold=True)
        s.text(200, y, value, 9)
        y += 13
    s.mark("btn", d.real_btn)
    body = [(phone(n, "dot"), "Basic Local Service" if k == 0 else "Additional Line",
             money(r, 16, 38)) for k, n in enumerate(d.numbers)]
    body += [("", "Internet 100 Mbps", money(r, 40, 80)), ("", "Wisconsin USF", money(r, 1, 4))]
    y = s.table(40, y + 20, ("Telephone", "Service", "Amount"), body, (130, 280, 100), size=8.5,
                align=("left", "left", "right"))
    with s.roled("help"):
        s.lines(40, y + 20, [f"Service questions, {d.carrier.brand}: "
                             f"{d.carrier.help_lines[0][1]}"], 8)
    s.text(40, y + 36, f"{d.carrier.legal} provides your telephone and internet service.", 7,
           color=GREY)
    with s.roled("stub"):
        s.rule(36, 640, W - 36, dash=True)
        s.text(40, 654, "Return this portion with your payment", 7, color=GREY)
        s.text(60, 676, f"Make checks payable to {_AGENT[0]}", 8, bold=True)
        s.lines(60, 688, [_AGENT[1], _AGENT[2]], 8)
        s.text(330, 676, "Account Number", 8, bold=True)
        s.text(470, 676, d.printed_account, 8)
        s.text(330, 689, "Amount Due", 8, bold=True)
        s.text(470, 689, money(r, 40, 200), 8)
    with s.roled("scanline"):
        s.text(60, 760, f"{digits(r, 4)} {d.printed_account} {digits(r, 9)} {r.randint(0, 9)}",
               10, font=_MONO)


_USOC = {"1FB": "BUS LINE FLAT RATE", "1FR": "RES LINE FLAT RATE", "ESX": "CALL WAITING",
         "NSS": "VOICE MAIL", "9ZR": "PIC FREEZE", "ESC": "CALLER ID NAME/NBR"}


@family("great_plains_csr", carrier="great_plains", region="GPC", lines=(1, 5), dialed=0,
        person_share=0.5,
        account=lambda r, c, b: f"{r.randint(100000, 999999)}-{r.randint(1, 9):03d}",
        modelled_on="customer service records as a losing carrier such as Great Plains "
        "Communications (Blair, Nebraska) sends them to a gaining carrier: a monospaced "
        "printout in capitals with short field codes (ACCT, BTN, LN listed name, SA service "
        "address, BA billing address, TN lines with their USOC codes), a hunt sequence under "
        "the area code given once, an ISO run date, no amounts",
        accent="#000000", font="Courier")
def great_plains_csr(s: Sheet, d: Draft) -> None:
    r = s.rng
    if d.customer.person and r.random() < 0.6:
        d.name = last_first(d.name)
    d.upper()
    d.carrier_printed = d.carrier.brand.upper()
    assert d.service is not None and d.billing is not None
    run = d.statement_date
    s.text(40, 44, f"{d.carrier_printed}  -  CUSTOMER SERVICE RECORD", 11, font=_MONO,
           bold=True)
    s.text(40, 58, f"RUN DATE {date_text(run, 'iso')}   INQUIRY {digits(r, 10)}   PAGE 1", 8,
           font=_MONO)
    s.rule(36, 66, W - 36, 0.6)

    def field(y: float, code: str, value: str) -> float:
        s.text(40, y, f"{code:<6}{value}", 9, font=_MONO)
        return y + 12

    y = field(90, "ACCT", d.printed_account)
    y = field(y, "BTN", phone(d.real_btn, "space"))
    s.mark("btn", d.real_btn)
    y = field(y, "LN", d.name)
    svc = d.service
    y = field(y, "SA", f"{svc.line1}{', ' + svc.line2 if svc.line2 else ''}")
    y = field(y, "", f"{svc.city}, {svc.state} {svc.postal_code}")
    s.mark("service", address_key(svc))
    bill = d.billing
    y = field(y, "BA", f"{d.name}")
    y = field(y, "", f"{bill.line1}{', ' + bill.line2 if bill.line2 else ''}")
    y = field(y, "", f"{bill.city}, {bill.state} {bill.postal_code}")
    y = field(y, "CLS", "BUS" if not d.customer.person else "RES")
    y = field(y + 8, "", "--- SERVICE AND EQUIPMENT ---")
    line = "1FR" if d.customer.person else "1FB"
    for n in d.numbers:
        y = field(y, "TN", f"{phone(n, 'space')}  {line}  {_USOC[line]}  PIC 0{r.randint(100, 999)}")
        for usoc in r.sample(("ESX", "NSS", "9ZR", "ESC"), r.randint(1, 2)):
            y = field(y, "", f"      {usoc}  {_USOC[usoc]}")
    if len(d.numbers) > 1:
        y = field(y + 8, "HT", f"NPA {d.customer.npa}  SEQ "
                  + " ".join(f"{n[-7:-4]}-{n[-4:]}" for n in d.numbers))
    y = field(y + 8, "DL", f"LISTED  {d.name}")
    s.text(40, y + 24, "*** END OF RECORD ***   NO CHARGES SHOWN ON A CSR", 8, font=_MONO)
    with s.roled("help"):
        s.text(40, y + 40, f"{d.carrier.help_lines[1][0].upper()} {d.carrier.help_lines[1][1]}",
               8, font=_MONO)
