"""TWENTY-FIRST BLIND SPLIT: not for the reader's author (see families/blind21/__init__.py).

Three carriers of the South: Peoples Telephone Cooperative (Quitman, Texas), NCTC (North
Central Telephone Cooperative, Lafayette, Tennessee) and Pine Cellular (Pine Telephone Company,
Broken Bow, Oklahoma, its wireless service).

Sources (public pages; the bills are drawn from what they describe, no real bill copied):
nttfiber.net 'Billing information' (a Texas company: local service a month in advance, long
distance after, the due date at the top, disconnection for non-payment); nebnet.net 'About your
phone bill' (return portion, summary, detail of recurring and non-recurring charges, messages);
hctc.net FAQ (a Texas co-operative's notices about the Texas Universal Service Fund surcharge
printed on members' bills); metronetbusiness.com 'Understanding your bill' (the first bill
prorated, service billed a month in advance). No page of these three carriers' own bills was
found: each follows that common layout with the habits named in its family.
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind21.parts import (
    decoy,
    facts,
    pin_line,
    running,
    with_unit,
)
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import (
    csz,
    date_text,
    did_range,
    digits,
    extension,
    money,
    phone,
)
from tests.billcorpus.people import person_name, us_address
from tests.billcorpus.truth import Draft, address_key

# --- Peoples: the unit above the street, a 'moved from' address, numbers disconnected -------


@family("peoples_moved", carrier="peoples_tx", region="PTQ", lines=(2, 4), dialed=6,
        person_share=0.6, account=lambda r, c, b: f"{digits(r, 3)}{digits(r, 4)}",
        modelled_on="Peoples Telephone Cooperative (Quitman, Texas) member statements (no page "
        "of its own bill found: nttfiber.net and nebnet.net for a small company's layout, "
        "hctc.net for the Texas USF surcharge line): the service address with its unit ('Apt "
        "4', 'Lot 12', 'Unit 7', 'Bldg C', 'Ste 210') on its own line above the street line; "
        "a 'Moved from' line with the member's previous address beside it; a 'Numbers "
        "disconnected this period' list of lines that are no longer on the account. Ideas 4, 7 "
        "and 8",
        accent="#5D4037", font="DejaVuSans")
def peoples_moved(s: Sheet, d: Draft) -> None:
    r = s.rng
    service = with_unit(d, ("Apt", "Lot", "Unit", "Bldg", "Ste"))
    day = d.statement_date
    s.wordmark(40, 50, "Peoples Telephone", 19, "#5D4037")
    s.text(40, 63, d.carrier.legal, 7, color=GREY)
    facts(s, (("Member Account", d.printed_account), ("Statement Date", date_text(day, "us")),
              ("Main Number", phone(d.real_btn, "paren")), ("Amount Due", money(r, 40, 300))))
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 116, 9.5)
    s.text(330, 116, "Service Address", 8, bold=True, color=s.accent)
    s.lines(330, 129, [service.line2, service.line1, csz(service)], 9)
    s.mark("service", address_key(service))
    old = us_address(r, (service.city, service.state, service.postal_code[:3],
                         d.customer.npa), 0.3)
    s.text(330, 176, "Moved from:", 7.5, color=GREY)
    s.text(384, 176, f"{old.line1}{' ' + old.line2 if old.line2 else ''}, {old.city}", 7.5,
           color=GREY)
    s.text(330, 186, f"Service transferred {date_text(day - timedelta(days=r.randint(20, 50)), 'us')}",
           7.5, color=GREY)
    y = 212.0
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Local Service", 9.5, bold=True, color=s.accent)
    y += 30
    for n in d.numbers:
        s.text(56, y, phone(n, "paren"), 8.5)
        s.text(190, y, r.choice(("Residence Line", "Business Line", "Additional Line")), 8.5)
        s.text(W - 44, y, money(r, 18, 45), 8.5, align="right")
        y += 13
    y += 10
    s.text(44, y, "Numbers disconnected this period", 8.5, bold=True, color=s.accent)
    y += 13
    for _ in range(r.randint(1, 2)):
        gone = decoy(d)
        when = day - timedelta(days=r.randint(2, 25))
        s.text(56, y, f"{phone(gone, 'paren')}   Disconnected {date_text(when, 'us')}  "
               "(final charges prorated)", 8)
        y += 12
    for label in ("Texas Universal Service Fund", "9-1-1 Emergency Service Fee"):
        s.text(56, y, label, 8.5)
        s.text(W - 44, y, money(r, 0, 12), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.lines(40, y + 16, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    notices(s, d, 40, y + 46, count=2, size=7.5)
    remit_stub(s, d, 620)


# --- NCTC: numbers with extensions, a ported-in history, a tiny footer on every page -------


@family("nctc_ported", carrier="nctc", region="NCT", lines=(3, 6), dialed=8,
        person_share=0.0, block=0.5, block_size=(4, 10), account=lambda r, c, b: f"{digits(r, 6)}",
        modelled_on="NCTC (North Central Telephone Cooperative, Lafayette, Tennessee) business "
        "statements (no page of its own bill found: nebnet.net for the common layout, "
        "metronetbusiness.com for the business bill's proration): the lines listed with the "
        "extension each rings ('615-555-0123 x204 Front Desk') and, for half the customers, a "
        "direct inward dial block ('615-555-0140 THRU 0147'); a 'Number history' on page 2 "
        "saying which of the lines was ported in on what date and from which carrier, and a "
        "line ported away (no longer the customer's); a tiny footer on every page with the "
        "account and 'Page 1 of 2'. Ideas 3, 8 and 15",
        accent="#003B71", font="Helvetica")
def nctc_ported(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    day = d.statement_date
    running(s, d, 1, 2, "Account", top=False)
    s.wordmark(40, 50, "NCTC", 24, "#003B71")
    s.text(40, 63, d.carrier.legal, 7, color=GREY)
    facts(s, (("Account Number", d.printed_account), ("Bill Date", date_text(day, "abbr")),
              ("Amount Due", money(r, 120, 900)),
              ("Due Date", date_text(day + timedelta(days=15), "abbr"))))
    mailing_block(s, d, 60, 116, 9.5)
    s.text(330, 116, "Service Location", 8, bold=True, color=s.accent)
    s.lines(330, 129, [d.service.line1, *([d.service.line2] if d.service.line2 else []),
                       csz(d.service)], 9)
    s.mark("service", address_key(d.service))
    y = 200.0
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Business Lines", 9.5, bold=True, color=s.accent)
    y += 30
    for x0, head in ((48, "Number"), (210, "Rings at"), (400, "Monthly")):
        s.text(x0, y, head, 7.5, bold=True)
    y += 13
    style = r.choice(("x", "ext", "Ext"))
    for i, n in enumerate(d.singles()):
        where = "Main / Billing Number" if i == 0 else r.choice(
            ("Front Desk", "Shop", "Office", "Fax", "Parts Counter", "Manager"))
        s.text(48, y, f"{phone(n, 'dash')}{extension(r, style)}", 8.5)
        s.text(210, y, where, 8.5)
        s.text(400, y, money(r, 25, 60), 8.5)
        y += 13
    for first, count in d.ranges:
        s.text(48, y, did_range(first, count, r.choice(("THRU", "to", "dash")), "dash"), 8.5)
        s.text(210, y, f"Direct inward dial block ({count})", 8.5)
        s.text(400, y, money(r, 10, 40), 8.5)
        y += 13
    s.mark("btn", d.real_btn)
    with s.roled("help"):
        s.lines(40, y + 20, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    notices(s, d, 40, y + 50, count=2, size=7.5)
    remit_stub(s, d, 620)
    s.new_page()
    running(s, d, 2, 2, "Account", top=False)
    s.text(40, 50, "NCTC", 14, bold=True, color=s.accent)
    s.band(70, 15, LIGHT)
    s.text(44, 81, "Number history", 9.5, bold=True, color=s.accent)
    y = 104.0
    ported = r.choice(d.singles())
    came = day - timedelta(days=r.randint(40, 400))
    s.text(48, y, f"{phone(ported, 'dash')}  ported in on {date_text(came, 'us')} from "
           f"{r.choice(('AT&T', 'Verizon', 'a previous provider', 'Brightspeed'))}", 8.5)
    y += 13
    away = decoy(d)
    left = day - timedelta(days=r.randint(5, 25))
    s.text(48, y, f"{phone(away, 'dash')}  ported out on {date_text(left, 'us')} "
           "(no longer on this account)", 8.5)
    y += 30
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Long Distance", 9.5, bold=True, color=s.accent)
    y += 30
    for _ in range(5):
        other = decoy(d, r.choice(("615", "270", "931", "423")))
        when = day - timedelta(days=r.randint(2, 28))
        s.text(48, y, f"{when:%m/%d}  {phone(other, 'dash')}", 8)
        s.text(W - 44, y, money(r, 0, 3), 8, align="right")
        y += 11


# --- Pine Cellular: wireless, disconnected lines, forwarded calls, a masked PIN -------------


@family("pine_cellular_lines", carrier="pine_cellular", region="PNC", lines=(2, 5), dialed=0,
        person_share=0.5, account=lambda r, c, b: f"{digits(r, 9)}",
        modelled_on="Pine Cellular (Pine Telephone Company, Broken Bow, Oklahoma) wireless "
        "statements (no page of its own bill found: the common summary and detail layout of "
        "nebnet.net, a wireless account's lines with their users): each line with its user's "
        "name; a 'Lines cancelled this cycle' list; usage described in sentences ('Calls "
        "forwarded to 580-555-0188', 'Call to ...'); the account's security PIN masked; no "
        "billing telephone number. Ideas 8, 10 and 11",
        accent="#1B5E20", font="DejaVuSans")
def pine_cellular_lines(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    d.btn = None
    day = d.statement_date
    s.wordmark(40, 50, "Pine Cellular", 20, "#1B5E20")
    s.text(40, 63, d.carrier.legal, 7, color=GREY)
    facts(s, (("Account Number", d.printed_account),
              ("Bill Cycle", f"{date_text(day - timedelta(days=30), 'us')} - "
                             f"{date_text(day, 'us')}"),
              ("Total Due", money(r, 60, 400)), ("Due", date_text(day + timedelta(days=21),
                                                                 "abbr"))))
    mailing_block(s, d, 60, 116, 9.5)
    s.text(330, 116, "Primary Place of Use", 8, bold=True, color=s.accent)
    s.lines(330, 129, [d.service.line1, *([d.service.line2] if d.service.line2 else []),
                       csz(d.service)], 9)
    s.mark("service", address_key(d.service))
    s.text(330, 176, pin_line(d), 7.5, color=GREY)
    y = 200.0
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Your Lines", 9.5, bold=True, color=s.accent)
    y += 30
    for n in d.numbers:
        s.text(48, y, phone(n, "dash"), 8.5)
        s.text(160, y, person_name(r), 8.5)
        s.text(320, y, r.choice(("Unlimited Talk & Text", "Shared 10GB", "Basic Voice")), 8.5)
        s.text(W - 44, y, money(r, 25, 70), 8.5, align="right")
        y += 13
    y += 8
    s.text(44, y, "Lines cancelled this cycle", 8.5, bold=True, color=s.accent)
    y += 13
    gone = decoy(d)
    s.text(56, y, f"{phone(gone, 'dash')}  cancelled {date_text(day - timedelta(days=9), 'us')}"
           "  (final bill)", 8)
    y += 24
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Usage Highlights", 9.5, bold=True, color=s.accent)
    y += 30
    own = r.choice(d.numbers)
    fwd = decoy(d)
    rows = [f"{phone(own, 'dash')}: calls forwarded to {phone(fwd, 'dash')} "
            f"({r.randint(3, 40)} min)"]
    for _ in range(3):
        other = decoy(d, r.choice(("580", "918", "405", "903")))
        rows.append(f"{phone(r.choice(d.numbers), 'dash')}: call to {phone(other, 'dash')} "
                    f"on {date_text(day - timedelta(days=r.randint(2, 27)), 'us')}, "
                    f"{r.randint(1, 30)} min")
    y = s.lines(48, y, rows, 8)
    with s.roled("help"):
        s.lines(40, y + 16, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    notices(s, d, 40, y + 46, count=2, size=7.5)
    remit_stub(s, d, 620)
