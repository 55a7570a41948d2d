"""TWENTY-FIRST BLIND SPLIT: not for the reader's author (see families/blind21/__init__.py).

Three Midwest telephone companies: Chariton Valley (Chariton Valley Telephone Corporation,
Macon, Missouri), WIATEL (West Iowa Telephone Company, Remsen, Iowa) and Blue Valley
Tele-Communications (Home, Kansas).

Sources (public pages; the bills are drawn from what they describe, no real bill copied):
nebnet.net 'About your phone bill' (the payment return portion on top of page 1, the summary of
charges, the detail of recurring and non-recurring charges, messages on the back, long distance
itemised by the long-distance company) and nttfiber.net 'Billing information' (local service
billed a month in advance, long distance after, the due date at the top, disconnection for
non-payment) for the small companies' common layout; radfordva.gov 'Read your bill' (bill,
customer and account numbers on the stub and on the part kept); kipdf.com's copy of a
co-operative's quarterly newsletter (the member newsletter printed in two columns with the
co-op's news, meeting places and numbers). No page of these three carriers' own bills was found:
each follows that common layout with the habits named in its family.
"""

from __future__ import annotations

from datetime import timedelta

from reportlab.lib.colors import HexColor

from tests.billcorpus.blocks import mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind21.parts import decoy, facts, pin_line, wrap
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.people import person_name, us_address
from tests.billcorpus.truth import Draft, address_key

# --- Chariton Valley: a page in two newsletter columns, numbers in many forms, calls ---------

_FORMS = ("intl", "dot", "paren_tight")


def _form(n: str, style: str) -> str:
    if style == "paren_tight":
        d = n[-10:]
        return f"({d[:3]}){d[3:]}"
    return phone(n, style)


@family("chariton_newsletter", carrier="chariton", region="CHV", lines=(2, 5), dialed=6,
        person_share=0.4, account=lambda r, c, b: f"{digits(r, 6)}",
        modelled_on="Chariton Valley (Chariton Valley Telephone Corporation, Macon, Missouri) "
        "member statements (no page of its own bill found: nebnet.net and nttfiber.net for a "
        "small company's return portion, summary and detail; a co-operative's newsletter in "
        "two columns): the lower half of page 1 printed in two newsletter columns, the list "
        "of the member's numbers running from the foot of the left column to the top of the "
        "right one, with the co-op's news (an extension office's telephone, the annual "
        "meeting's address) beside it; numbers written '+1 660 555 0123', '660.555.0123' and "
        "'(660)5550123'; long distance calls described 'Call to ...' and 'Forwarded to ...'. "
        "Ideas 3, 5 and 11",
        accent="#2E7D32", font="DejaVuSans")
def chariton_newsletter(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    day = d.statement_date
    style = r.choice(_FORMS)
    s.wordmark(40, 50, "Chariton Valley", 20, "#2E7D32")
    s.text(40, 63, d.carrier.legal, 7, color=GREY)
    facts(s, (("Account No.", d.printed_account), ("Billing Date", date_text(day, "abbr")),
              ("Billing Number", _form(d.real_btn, style)),
              ("Total Due", money(r, 40, 420)),
              ("Due Date", date_text(day + timedelta(days=20), "abbr"))))
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 120, 9.5)
    s.text(330, 120, "Service Location", 8, bold=True, color=s.accent)
    s.lines(330, 133, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    s.band(186, 15, LIGHT)
    s.text(44, 197, "Your Chariton Valley Connection", 9.5, bold=True, color=s.accent)
    # two columns: left x=44, right x=316, each ~250 wide
    left, right = 44.0, 316.0
    s.c.setLineWidth(0.4)
    s.c.line(306, 792 - 212, 306, 792 - 560)
    y = 222.0
    news = ["Annual Meeting: members are invited to the",
            f"{us_address(r, ('Macon', 'MO', '635', '660'), 0.0).line1}, Macon, on the",
            "second Saturday of next month. Door prizes,",
            "a light meal and the board election.",
            "",
            "Farm safety: before you dig, call 811. For",
            f"4-H and extension news call {phone(decoy(d), 'dash')}.",
            "",
            "Fiber construction continues along the",
            "county roads north of town this season."]
    y = s.lines(left, y, news, 8, leading=11) + 8
    s.text(left, y, "Services on your account:", 8.5, bold=True)
    y += 13
    nums = list(d.numbers)
    first = min(len(nums), max(0, int((540 - y) // 12)), r.randint(0, 2))
    for n in nums[:first]:
        s.text(left + 8, y, f"{_form(n, style)}  Business Line" if not d.customer.person
               else f"{_form(n, style)}  Residence Line", 8.5)
        y += 12
    yr = 222.0
    for n in nums[first:]:
        s.text(right + 8, yr, f"{_form(n, style)}  Additional Line", 8.5)
        yr += 12
    yr += 10
    s.text(right, yr, "Long Distance Detail", 8.5, bold=True)
    yr += 13
    for _ in range(3):
        other = decoy(d, r.choice(("816", "573", "314", d.customer.npa)))
        when = day - timedelta(days=r.randint(3, 27))
        s.text(right, yr, f"{when:%m/%d} Call to {_form(other, style)}", 7.5)
        s.text(W - 44, yr, money(r, 0, 4), 7.5, align="right")
        yr += 11
    fwd = decoy(d)
    s.text(right, yr, f"Call Forwarding: forwarded to {_form(fwd, style)}", 7.5)
    yr += 11
    s.text(right, yr + 6, "Questions? Stop by our office or call us.", 7.5, color=GREY)
    with s.roled("help"):
        s.lines(right, yr + 19, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 7.5)
    remit_stub(s, d, 600)


# --- WIATEL: authorized contacts, a masked PIN, a long name wrapped in its box -------------


@family("wiatel_contacts", carrier="wiatel", region="WIA", lines=(1, 4), dialed=8,
        person_share=0.2, account=lambda r, c, b: f"{digits(r, 4)}-{digits(r, 3)}",
        modelled_on="WIATEL (West Iowa Telephone Company, Remsen, Iowa) statements (no page of "
        "its own bill found: nebnet.net for the common layout of a small company's bill): the "
        "account holder's name in a narrow 'Account Holder' box, wrapped onto a second line "
        "when long (the envelope and the stub print it whole); an 'Authorized contacts' box "
        "naming people who may discuss the account, with their own telephone numbers (none "
        "of them the holder); the account PIN printed masked ('PIN on file: ****'). Ideas 2, 6 "
        "and 10",
        accent="#8B1A1A", font="Helvetica")
def wiatel_contacts(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    day = d.statement_date
    if not d.customer.person and len(d.name) < 30:
        # a long holder: the business's full registered name, its words before the suffix
        words = d.name.split()
        extra = r.choice(("Farm Supply and Agronomy", "Grain and Livestock Services",
                          "Family Partnership of Remsen"))
        tail = words[-1:] if words[-1].rstrip(".").upper() in ("LLC", "INC", "LTD", "CORP",
                                                               "CO", "LLP") else []
        d.name = " ".join([*words[:len(words) - len(tail)], extra, *tail])
    s.wordmark(40, 50, "WIATEL", 24, "#8B1A1A")
    s.text(40, 63, d.carrier.legal, 7, color=GREY)
    facts(s, (("Account", d.printed_account), ("Statement Date", date_text(day, "us")),
              ("Amount Due", money(r, 40, 300)),
              ("Due Date", date_text(day + timedelta(days=18), "us"))))
    s.box(40, 84, 150, 52, stroke=GREY)
    s.text(46, 96, "Account Holder", 7, color=GREY)
    s.lines(46, 108, wrap(d.name, 26)[:3], 8.5, leading=10)
    s.box(200, 84, 120, 52, stroke=GREY)
    s.text(206, 96, "Main Number", 7, color=GREY)
    s.text(206, 110, phone(d.real_btn, "dash"), 9, bold=True)
    s.mark("btn", d.real_btn)
    s.text(206, 124, pin_line(d), 7)
    mailing_block(s, d, 60, 160, 9.5)
    s.text(340, 160, "Service Address", 8, bold=True, color=s.accent)
    s.lines(340, 173, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    y = 230.0
    s.box(40, y - 10, W - 80, 16 + 13 * 3, stroke=GREY)
    s.text(46, y, "Authorized contacts (may discuss this account)", 8, bold=True,
           color=s.accent)
    y += 14
    for role in r.sample(("Office Manager", "Bookkeeper", "Spouse", "IT Contractor",
                          "Farm Manager"), 3):
        s.text(52, y, person_name(r), 8.5)
        s.text(220, y, role, 8.5)
        s.text(360, y, phone(decoy(d, r.choice(("712", d.customer.npa))), "paren"), 8.5)
        y += 13
    y += 20
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Current Charges", 9.5, bold=True, color=s.accent)
    y += 30
    for n in d.numbers:
        s.text(56, y, phone(n, "dash"), 8.5)
        s.text(180, y, r.choice(("Business Line", "Residence Line", "Line w/ Caller ID")),
               8.5)
        s.text(W - 44, y, money(r, 20, 55), 8.5, align="right")
        y += 13
    for label in ("Federal Subscriber Line Charge", "Iowa E911 Surcharge",
                  "Federal Universal Service Fund"):
        s.text(56, y, label, 8.5)
        s.text(W - 44, y, money(r, 0, 9), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.lines(40, y + 16, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    notices(s, d, 40, y + 46, count=2, size=7.5)
    s.rule(36, 650, W - 36, dash=True)
    with s.roled("stub"):
        s.text(60, 668, "Return this portion with your payment", 7.5, color=GREY)
        s.text(60, 684, d.name, 8.5, bold=True)
        s.text(360, 668, f"Account {d.printed_account}", 8.5)
        s.lines(60, 700, [d.carrier.legal, *d.carrier.remit], 8)


# --- Blue Valley: a collections notice, a long scan line, faded print ---------------------

_FADED = HexColor("#8C8C8C")


@family("bluevalley_pastdue", carrier="bluevalley", region="BVT", lines=(1, 3), dialed=6,
        person_share=0.5, account=lambda r, c, b: f"{digits(r, 7)}",
        modelled_on="Blue Valley Tele-Communications (Home, Kansas) statements (no page of its "
        "own bill found: nebnet.net for the common layout; nttfiber.net for past-due and "
        "disconnection practice): a 'FINAL NOTICE - PAST DUE' box with a collection agency's "
        "own reference number (ten digits) and its telephone; numbers written '+1 785 555 "
        "0123'; the remittance slip's long OCR scan line holding the account between other "
        "digits; the body printed in a faded grey (a worn ribbon: low contrast in the "
        "pixels). Ideas 3, 12, 14 and 16",
        accent="#1F4E79", font="Helvetica")
def bluevalley_pastdue(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    day = d.statement_date
    s.wordmark(40, 50, "Blue Valley", 22, "#1F4E79")
    s.text(40, 63, d.carrier.legal, 7, color=GREY)
    rows = (("Account Number", d.printed_account), ("Bill Date", date_text(day, "long")),
            ("Past Due", money(r, 80, 400)), ("Current Charges", money(r, 40, 200)))
    for i, (label, value) in enumerate(rows):
        s.text(330, 40 + i * 13, label, 8, color=_FADED)
        s.text(W - 40, 40 + i * 13, value, 8.5, color=_FADED, align="right")
    mailing_block(s, d, 60, 112, 9.5)
    s.text(330, 112, "Service Address", 8, bold=True, color=s.accent)
    s.lines(330, 125, address_lines(d.service), 9, color=_FADED)
    s.mark("service", address_key(d.service))
    s.text(330, 168, "Telephone", 8, color=_FADED)
    s.text(400, 168, phone(d.real_btn, "intl"), 9, color=_FADED)
    s.mark("btn", d.real_btn)
    y = 192.0
    s.box(40, y, W - 80, 64, stroke=s.accent, line=1.2)
    s.text(48, y + 14, "FINAL NOTICE - PAST DUE", 10, bold=True, color=HexColor("#B22222"))
    ref = f"{r.choice('23456789')}{digits(r, 9)}"
    collector = decoy(d, r.choice(("888", "877", "913")))
    s.lines(48, y + 28, [
        "Your account has been referred to Prairie Recovery Services, LLC.",
        f"Collection reference number: {ref}   Call {phone(collector, 'one_dash')} "
        "Mon-Fri 8-5.",
        "Pay the past-due amount by the date shown to avoid disconnection."], 8,
        color=_FADED)
    y += 84
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Monthly Service", 9.5, bold=True, color=s.accent)
    y += 30
    for n in d.numbers:
        s.text(56, y, phone(n, "intl"), 8.5, color=_FADED)
        s.text(200, y, r.choice(("Local Access Line", "Business Line", "Residence Line")), 8.5,
               color=_FADED)
        s.text(W - 44, y, money(r, 18, 50), 8.5, color=_FADED, align="right")
        y += 13
    with s.roled("help"):
        s.lines(40, y + 16, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    notices(s, d, 40, y + 46, count=2, size=7.5)
    s.rule(36, 640, W - 36, dash=True)
    with s.roled("stub"):
        s.text(60, 656, "REMITTANCE SLIP", 8.5, bold=True)
        s.text(330, 656, "Account Number", 8)
        s.text(470, 656, d.printed_account, 8.5)
        s.lines(60, 672, [d.carrier.legal, *d.carrier.remit], 8)
    amount = digits(r, 7)
    scan = f"{digits(r, 6)}{d.account_number}{amount}{digits(r, 5)}{r.randint(0, 9)}"
    with s.roled("scanline"):
        s.text(60, 740, scan, 10.5, font="Courier")
