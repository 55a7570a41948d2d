"""FOURTEENTH BLIND SPLIT: not for the reader's author (see families/blind14/__init__.py).

MTA (Matanuska Telecom Association, Palmer, Alaska: here its enterprise billing) and Webex Calling
(Cisco's cloud calling service, billed by Cisco).

Modelled on enterprise statements of MTA's kind (a master account over sub-accounts, each with
its own account number, location name and address, the case being one of them; a building name
before the street; the customer's federal EIN, an invoice number, the carrier's FCC registration
number and a Regulatory Commission of Alaska tariff reference beside the account; a remittance
stub with a lockbox address and a scan line running account, amount and check digits together)
and on Webex Calling invoices (a subscription ID and a site, the numbers with their features:
a DID range beside its pilot, forwarding to numbers outside the account, hunt group members; the
numbers written '+1 (919) 555-0100'; a foreign number for a remote user; labels whose word changes
font midway; business names with 'The', '&', a number or 'L.L.C.').
"""

from __future__ import annotations

from datetime import timedelta

from portdesk.domain.case import Address
from tests.billcorpus.blocks import mailing_block
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind14.parts import move_to, outside, split_word
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, one_line, phone
from tests.billcorpus.people import REGIONS, us_address
from tests.billcorpus.truth import Draft, SubAccount, address_key, in_range

_BUILDINGS = ("Mat-Su Regional Plaza", "Valley Professional Center", "Glenn Square",
              "Parks Highway Commons", "Palmer Depot Building", "Knik Arm Office Park")
_SITES = ("Administration", "Clinic", "Warehouse", "Field Office", "Lab", "School")
_AK_BIZ = ("Mat-Su Valley Medical Group, Inc.", "Knik Construction Company",
           "Alaska Frontier Freight & Storage, LLC", "Susitna Engineering Incorporated",
           "Denali View Credit Union")


def _in_building(d: Draft, a: Address) -> Address:
    """'Mat-Su Regional Plaza, 2500 S Woodworth Loop': a building's name before the street."""
    return Address(f"{d.rng.choice(_BUILDINGS)}, {a.line1}", a.line2, a.city, a.state,
                   a.postal_code)


def _scan_line(d: Draft, amount: str) -> str:
    """The remittance scan line: account digits, amount in cents and two check digits run
    together (an OCR line)."""
    account = "".join(c for c in d.printed_account if c.isdigit())
    cents = "".join(c for c in amount if c.isdigit()).rjust(10, "0")
    return f"{account}{cents}{d.rng.randint(10, 99)}"


@family("mta_master_sub", carrier="mta_ak", region="MAT", lines=(2, 4), block=0.3,
        block_size=(5, 12), dialed=0, person_share=0.0,
        account=lambda r, c, b: f"{r.randint(100, 999)}{digits(r, 5)}",
        modelled_on="enterprise statements of MTA's kind (Matanuska Telecom Association, "
        "Palmer, Alaska): a master account over two to four sub-accounts, each with its own "
        "account number, location name and address (a building name before the street), the "
        "customer's EIN, an invoice number, the carrier's FCC registration number and a "
        "Regulatory Commission of Alaska tariff reference beside the account, a remittance "
        "stub with a lockbox and a scan line of account, amount and check digits",
        accent="#005B96", font="Helvetica")
def mta_master_sub(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    d.name = r.choice(_AK_BIZ)
    move_to(d, _in_building(d, d.service))
    assert d.service is not None
    master = d.printed_account
    subs = [SubAccount(f"{master}-01", d.real_btn, d.service, tuple(d.numbers))]
    for k in range(r.randint(1, 3)):
        city = r.choice(REGIONS["MAT"])
        where = us_address(r, city, 0.3)
        if r.random() < 0.5:
            where = _in_building(d, where)
        nums = tuple(d.pool.one(d.customer.npa) for _ in range(r.randint(1, 3)))
        subs.append(SubAccount(f"{master}-{k + 2:02d}", nums[0], where, nums))
    d.sub_accounts = subs
    d.numbers = [n for x in subs for n in x.numbers]
    d.alternatives = {"account_number": tuple(x.account_number for x in subs),
                      "btn": tuple(x.btn for x in subs),
                      "service_address": tuple(x.service for x in subs)}
    d.traits.update({"multi_account", "multi_site"})
    sites = r.sample(_SITES, len(subs))
    bill = d.statement_date
    total = money(r, 800, 9000)
    s.wordmark(40, 48, "MTA", 26, "#005B96")
    s.text(40, 62, d.carrier.legal, 7.5, color=GREY)
    s.text(W - 40, 40, "Enterprise Statement", 13, bold=True, align="right")
    facts = (("Master Account", master), ("Invoice Number", digits(r, 9)),
             ("Prepared on", date_text(bill, "long")),
             ("Customer EIN", f"{r.randint(10, 99)}-{digits(r, 7)}"),
             ("Amount Due", total))
    for i, (label, value) in enumerate(facts):
        s.text(330, 58 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 58 + i * 12, value, 8.5, bold=True, align="right")
    mailing_block(s, d, 60, 112, 9.5)
    s.text(40, 180, f"FCC Registration No. {digits(r, 10)}  \u00b7  RCA tariff TA{r.randint(100, 999)}"
           f"-{r.randint(100, 999)}  \u00b7  Due {date_text(bill + timedelta(days=30), 'long')}",
           7, color=GREY)
    s.band(194, 16, LIGHT)
    s.text(44, 205, "Sub-accounts", 9.5, bold=True, color=s.accent)
    y = 228.0
    for head, x0 in (("Sub-account", 44), ("Location", 150), ("Main number", 300),
                     ("Total", W - 44)):
        s.text(x0, y, head, 8, bold=True, align="right" if head == "Total" else "left")
    y += 14
    for x, site in zip(subs, sites, strict=True):
        s.text(44, y, x.account_number, 8.5)
        s.text(150, y, site, 8.5)
        s.text(300, y, phone(x.btn, "dash"), 8.5)
        s.text(W - 44, y, money(r, 100, 2000), 8.5, align="right")
        s.text(150, y + 11, one_line(x.service, 1), 7.5, color=GREY)
        s.mark("service", address_key(x.service))
        s.mark("btn", x.btn)
        y += 26
    with s.roled("help"):
        s.lines(40, y + 16, [f"{label}: {number}" for label, number in d.carrier.help_lines],
                7.5)
    with s.roled("stub"):
        s.rule(36, 626, W - 36, dash=True)
        s.text(40, 640, "Return this portion with your payment to MTA", 7, color=GREY)
        s.text(60, 662, "MTA  \u00b7  Lockbox 196810", 8, bold=True)
        s.lines(60, 674, list(d.carrier.remit), 8)
        s.text(330, 662, "Master Account", 8, bold=True)
        s.text(470, 662, master, 8)
        s.text(330, 675, "Amount Due", 8, bold=True)
        s.text(470, 675, total, 8)
        mailing_block(s, d, 330, 700, 9)
    with s.roled("scanline"):
        s.text(60, 770, _scan_line(d, total), 11, font="Courier")
    for i, (x, site) in enumerate(zip(subs, sites, strict=True)):
        s.new_page()
        s.text(40, 40, "MTA", 12, bold=True, color=s.accent)
        s.text(W - 40, 36, f"Page {i + 2} of {len(subs) + 1}", 7.5, align="right")
        s.text(W - 40, 48, f"Master Account {master}", 7.5, align="right")
        s.rule(36, 56, W - 36, 0.8, s.accent)
        s.text(40, 80, f"Sub-account {x.account_number}  \u2013  {site}", 11, bold=True)
        s.text(40, 98, "Service Address", 8, bold=True, color=s.accent)
        yy = s.lines(40, 111, address_lines(x.service), 9)
        s.mark("service", address_key(x.service))
        s.text(330, 98, "Main Number", 8, bold=True, color=s.accent)
        s.text(330, 111, phone(x.btn, "dash"), 9)
        s.mark("btn", x.btn)
        body = []
        for n in x.numbers:
            block = next(((f, c) for f, c in d.ranges if f == n), None)
            if block:
                f, c = block
                body.append((f"{phone(f, 'dash')} thru {int(f[-4:]) + c - 1:04d}",
                             f"DID block ({c} numbers)", money(r, 10, 60)))
            elif not any(in_range(n, f, c) for f, c in d.ranges):
                body.append((phone(n, "dash"), "Business line", money(r, 25, 60)))
        s.table(40, yy + 20, ("Number", "Service", "Amount"), body, (180, 240, 90), size=8.5,
                align=("left", "left", "right"))


_BIZ = ("The 4th Street Deli, L.L.C.", "Barnes & Noble Dental Associates",
        "The Triangle Group, Incorporated", "Oak City Cycle Co.", "Three Rivers Title and Escrow",
        "The Hartwell Company")


@family("webex_features", carrier="webex", region="WBX", lines=(3, 6), block=0.5,
        block_size=(10, 20), dialed=0, person_share=0.0,
        account=lambda r, c, b: f"Sub{r.randint(100000, 999999)}",
        modelled_on="Webex Calling invoices billed by Cisco: a subscription ID and a calling "
        "site, each number with its features (a DID range beside its pilot, call forwarding to "
        "numbers outside the account, hunt group members), numbers written '+1 (919) 555-0100', "
        "a remote user's foreign number, labels whose word changes font midway, business names "
        "with 'The', '&', a number or 'L.L.C.'",
        accent="#0D7EA8", font="DejaVuSans")
def webex_features(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    d.name = r.choice(_BIZ)
    d.btn = None  # a UCaaS invoice names no billing telephone number
    bill = d.statement_date
    s.wordmark(40, 48, "Webex", 24, "#0D7EA8")
    s.text(40, 62, "by Cisco  \u00b7  Webex Calling", 8, color=GREY)
    s.text(W - 40, 40, "Invoice", 13, bold=True, align="right")
    split_word(s, 330, 60, (("Sub", True), ("scription ID", False)), 8)
    s.text(W - 40, 60, d.printed_account, 8.5, bold=True, align="right")
    split_word(s, 330, 72, (("Inv", True), ("oice date", False)), 8)
    s.text(W - 40, 72, date_text(bill, "abbr0"), 8.5, bold=True, align="right")
    s.text(330, 84, "Invoice number", 8, color=GREY)
    s.text(W - 40, 84, f"{r.randint(10, 99)}{digits(r, 8)}", 8.5, bold=True, align="right")
    s.text(330, 96, "Payment terms", 8, color=GREY)
    s.text(W - 40, 96, f"Net 30 ({date_text(bill + timedelta(days=30), 'abbr0')})", 8.5,
           bold=True, align="right")
    s.text(40, 96, "Bill to", 8, bold=True, color=s.accent)
    mailing_block(s, d, 40, 110, 9.5)
    s.text(40, 180, f"Calling site: {d.service.city} HQ   \u00b7   Service location", 8,
           bold=True, color=s.accent)
    s.text(40, 193, ", ".join(address_lines(d.service)), 8.5)
    s.mark("service", address_key(d.service))
    s.band(210, 16, LIGHT)
    s.text(44, 221, "Numbers and features", 9.5, bold=True, color=s.accent)
    singles = d.singles()
    pilot = singles[0]
    lines = [f"{_plus(pilot)}   Main number (hunt group pilot)"]
    for f, c in d.ranges:
        last = f[:-4] + f"{int(f[-4:]) + c - 1:04d}"
        lines.append(f"{_plus(f)} \u2013 {_plus(last)}   DID range ({c} numbers), pilot "
                     f"{_plus(pilot)}")
    members = singles[1:]
    for k, n in enumerate(members):
        if k < 2 and len(members) > 2:
            lines.append(f"{_plus(n)}   Hunt group member")
        else:
            lines.append(f"{_plus(n)}   User line")
    y = s.lines(44, 244, lines, 8.5, leading=13)
    with s.roled("help"):
        dest = outside(d, r.choice(("919", "984")))
        y = s.lines(44, y + 4, [
            f"Call forwarding always: {_plus(members[-1] if members else pilot)} forwards to "
            f"{_plus(dest)} (mobile, not on this account)",
            "Remote user Dublin office: +353 1 555 0142 (not a Webex number)"], 8, leading=12)
    for label in ("Webex Calling Professional licenses", "Numbers and DID ranges",
                  "Regulatory recovery fee", "Sales tax", "Total due"):
        s.text(60, y + 14, label, 8.5, bold=label.startswith("Total"))
        s.text(W - 44, y + 14, money(r, 5, 900), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.lines(40, y + 34, [f"{label}: {number}" for label, number in d.carrier.help_lines],
                7.5)
    s.text(40, y + 58, f"{d.carrier.legal}, {d.carrier.remit[0]}, {d.carrier.remit[1]}  "
           f"\u00b7  Federal Tax ID 77-0059951", 6.5, color=GREY)


def _plus(n: str) -> str:
    t = n[-10:]
    return f"+1 ({t[:3]}) {t[3:6]}-{t[6:]}"
