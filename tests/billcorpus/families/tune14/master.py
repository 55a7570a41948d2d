"""Open tuning split tune14: Bell MTS (Manitoba) business billing and Randolph Telephone
(central North Carolina).

Modelled on Bell MTS's consolidated business statements (a master account over sub-accounts,
each with its own account number, location, service address, main number and lines; a
remittance stub with a lockbox address, the customer's address placed for the envelope window
and a scan line running the master account, the amount and check digits together) and on
Randolph Telephone's business statements (features per number that carry other numbers: call
forwarding destinations, hunt group members under a pilot, a distinctive ring number, remote
call forwarding to another town, a DID range beside its pilot; names with apostrophes and
suffixes, legal forms written out or with periods, '&', a leading 'The').
"""

from __future__ import annotations

from tests.billcorpus.blocks import mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, did_range, digits, money, phone
from tests.billcorpus.people import ca_address
from tests.billcorpus.truth import Draft, SubAccount, address_key

_PLACES = ("Head Office", "Warehouse", "Brandon Branch", "Steinbach Store", "Selkirk Yard",
           "Service Centre")


def _subs(d: Draft) -> list[SubAccount]:
    """Two to four sub-accounts of one customer, each its own account, address and lines."""
    r = d.rng
    assert d.service is not None
    city = (d.service.city, d.service.state, d.service.postal_code[:3], d.customer.npa)
    subs = [SubAccount(f"{digits(r, 9)}", d.real_btn, d.service, tuple(d.numbers))]
    for _ in range(r.randint(1, 3)):
        nums = tuple(d.pool.one(d.customer.npa) for _ in range(r.randint(1, 3)))
        subs.append(SubAccount(f"{digits(r, 9)}", nums[0], ca_address(r, city, False), nums))
    d.sub_accounts = subs
    d.numbers = [n for x in subs for n in x.numbers]
    d.alternatives = {"service_address": tuple(x.service for x in subs),
                      "btn": tuple(x.btn for x in subs),
                      "account_number": tuple(x.account_number for x in subs)}
    d.traits.add("multi_site")
    return subs


def _lockbox_stub(s: Sheet, d: Draft, amount: str, y: float = 630) -> None:
    """The return portion: a lockbox address, the window address and an OCR scan line."""
    with s.roled("stub"):
        s.rule(36, y, W - 36, dash=True)
        s.text(40, y + 12, "Return this portion with your payment. Do not staple.", 7, color=GREY)
        s.text(330, y + 30, "Master account", 8, bold=True)
        s.text(470, y + 30, d.printed_account, 8)
        s.text(330, y + 43, "Amount due", 8, bold=True)
        s.text(470, y + 43, amount, 8)
        s.text(60, y + 34, "Bell MTS", 8, bold=True)
        s.lines(60, y + 46, ["Lockbox 7600", *d.carrier.remit], 8)
        mailing_block(s, d, 330, y + 80, 9)
    cents = "".join(c for c in amount if c.isdigit())
    scan = f"{d.printed_account}{cents.zfill(9)}{digits(s.rng, 2)}"
    with s.roled("scanline"):
        s.text(60, y + 150, scan, 11, font="Courier")


@family("bellmts_summary", carrier="bell_mts", country="CA", region="MBCA", lines=(1, 3),
        dialed=6, person_share=0.0, account=lambda r, c, b: f"{digits(r, 3)} {digits(r, 6)}",
        modelled_on="consolidated business statements of Bell MTS's kind (Manitoba): a master "
        "account over two to four sub-accounts, each with its own account number, location, "
        "service address, main number and lines; a lockbox stub with the window address and "
        "an OCR scan line running the master account, the amount and check digits together",
        accent="#00549A", font="DejaVuSans")
def bellmts_summary(s: Sheet, d: Draft) -> None:
    r = s.rng
    subs = _subs(d)
    style = r.choice(("space", "dash", "paren"))
    amount = money(r, 300, 2500)
    s.wordmark(40, 46, "Bell MTS", 22, "#00549A")
    s.text(40, 58, "Business consolidated statement", 8, color=GREY)
    facts = (("Master account", d.printed_account),
             ("Statement date", date_text(d.statement_date, r.choice(("long", "abbr")))),
             ("Sub-accounts", str(len(subs))), ("Total amount due", amount))
    s.box(330, 26, 246, 58, fill=LIGHT)
    for i, (lab, value) in enumerate(facts):
        s.text(338, 40 + i * 12, lab, 8)
        s.text(568, 40 + i * 12, value, 8.5, bold=True, align="right")
    mailing_block(s, d, 50, 110, 9.5)
    s.text(40, 176, "Summary by sub-account", 11, bold=True, color=s.accent)
    s.table(40, 194, ("Sub-account", "Location", "Main number", "Charges"),
            [(x.account_number, _PLACES[i % len(_PLACES)], phone(x.btn, style),
              money(r, 60, 600)) for i, x in enumerate(subs)], (120, 170, 140, 102),
            align=("left", "left", "left", "right"))
    y = 210.0 + 12 * len(subs) + 16
    for i, x in enumerate(subs):
        if y > 560:
            s.new_page()
            s.text(40, 40, "Bell MTS", 12, bold=True, color=s.accent)
            s.text(W - 40, 40, f"Master account {d.printed_account}", 8, align="right")
            y = 70.0
        s.band(y, 14)
        s.text(44, y + 10, f"Sub-account {x.account_number} - {_PLACES[i % len(_PLACES)]}", 8.5,
               bold=True, color=LIGHT)
        y += 26
        s.text(44, y, "Service address", 7.5, color=GREY)
        rows = address_lines(x.service)
        s.lines(140, y, rows, 8.5)
        s.mark("service", address_key(x.service))
        s.text(360, y, "Main number", 7.5, color=GREY)
        s.text(440, y, phone(x.btn, style), 8.5)
        s.mark("btn", x.btn)
        y += 12 * len(rows) + 6
        for n in x.numbers:
            s.text(60, y, phone(n, style), 8.5)
            s.text(200, y, r.choice(("Business Line", "Centrex Line", "Fax Line")), 8)
            s.text(W - 44, y, money(r, 25, 60), 8, align="right")
            y += 11.5
        y += 10
    if y > 520:
        s.new_page()
        y = 60.0
    with s.roled("help"):
        s.text(40, y + 10, "   ".join(f"{lab} {num}" for lab, num in d.carrier.help_lines), 7.5)
    notices(s, d, 40, y + 28, count=2, size=7)
    _lockbox_stub(s, d, amount)


_FIRST_R = ("Sean", "Patrick", "Mary", "Colleen", "James", "Robert")
_LAST_R = ("O'Brien", "O'Neal", "McAllister", "D'Angelo", "Smith", "Hargrove")
_BIZ_R = ("The Randolph Feed & Seed Company", "4th Street Deli, L.L.C.",
          "Liberty Hardware Incorporated", "O'Brien & Sons Plumbing, Inc.",
          "The Asheboro Print Shop", "Ramseur Family Dental, P.A.", "Franklinville Grill and Bar")


def _name(d: Draft) -> None:
    """Apostrophes, suffixes, legal forms spelled out or with periods, '&', a leading 'The'."""
    r = d.rng
    if d.customer.person:
        d.name = f"{r.choice(_FIRST_R)} {r.choice(_LAST_R)} {r.choice(('Jr.', 'Sr.', 'III', 'II'))}"
    else:
        d.name = r.choice(_BIZ_R)
    d.traits.add("name_shape")


@family("randolph_features", carrier="randolph_tel", region="RTNC", lines=(4, 7), block=0.4,
        block_size=(10, 20), dialed=6, person_share=0.3,
        account=lambda r, c, b: f"{digits(r, 4)}-{digits(r, 5)}",
        modelled_on="business statements of Randolph Telephone's kind (Liberty, North "
        "Carolina): features per number that carry other numbers (call forwarding "
        "destinations, hunt group members under a pilot, a distinctive ring number, remote "
        "call forwarding to another town, a DID range beside its pilot); holders' names with "
        "apostrophes and suffixes, legal forms spelled out or with periods, '&', a leading "
        "'The', a business name holding a number", accent="#7A1F2B", font="Helvetica")
def randolph_features(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    _name(d)
    style = r.choice(("dash", "paren"))
    s.wordmark(40, 46, "Randolph Telephone", 20, "#7A1F2B")
    s.text(40, 58, d.carrier.legal, 7.5, color=GREY)
    facts = (("Account", d.printed_account),
             ("Bill Date", date_text(d.statement_date, r.choice(("us", "long")))),
             ("Billing Telephone Number", phone(d.real_btn, style)),
             ("Amount Due", money(r, 120, 900)))
    for i, (lab, value) in enumerate(facts):
        s.text(330, 34 + i * 12, lab, 7.5, color=GREY)
        s.text(W - 40, 34 + i * 12, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 50, 112, 9.5)
    s.text(330, 100, "Service Address", 8, bold=True, color=s.accent)
    s.lines(330, 112, address_lines(d.service), 8.5)
    s.mark("service", address_key(d.service))
    singles = d.singles()
    pilot, members = singles[0], singles[1:3]
    rest = singles[3:]
    y = 190.0
    s.text(40, y, "Lines and Features", 11, bold=True, color=s.accent)
    y += 16

    def row(number: str, what: str, note: str = "") -> None:
        nonlocal y
        s.text(44, y, number, 8.5)
        s.text(170, y, what, 8)
        if note:
            s.text(320, y, note, 7.5, color=GREY)
        s.text(W - 44, y, money(r, 2, 45), 8, align="right")
        y += 12

    row(phone(pilot, style), "Hunt Group Pilot",
        "Members " + ", ".join(phone(m, style) for m in members) if members else "")
    for m in members:
        row(phone(m, style), "Hunt Group Member Line")
    trap = r.choice(d.dialed)  # a destination: someone else's number, printed on the row
    for n in rest:
        kind = r.choice(("fwd", "ring", "rcf", "plain"))
        if kind == "fwd":
            row(phone(n, style), "Call Forwarding Variable", f"forwards to {phone(trap, style)}")
        elif kind == "ring":
            row(phone(n, style), "Distinctive Ring (second number on this line)")
        elif kind == "rcf":
            row(phone(n, style), "Remote Call Forwarding", f"RCF to {phone(trap, style)}")
        else:
            row(phone(n, style), "Business Line")
    for first, count in d.ranges:
        row(did_range(first, count, r.choice(("THRU", "to")), style), f"DID Block ({count})",
            f"pilot {phone(pilot, style)}")
    y += 8
    for lab in ("NC 911 Service Charge", "Federal USF", "Hunt Group Feature", "Voice Mail"):
        row("", lab)
    with s.roled("help"):
        s.text(40, y + 16, "   ".join(f"{lab} {num}" for lab, num in d.carrier.help_lines), 7.5)
    notices(s, d, 40, y + 34, count=2, size=7)
    remit_stub(s, d, y=630)
