"""SIXTEENTH BLIND SPLIT: not for the reader's author (see families/blind16/__init__.py).

Custer Telephone Cooperative (Challis, Idaho), Chickasaw Telephone (Sulphur, Oklahoma), Sacred
Wind Communications (the Navajo Nation's New Mexico side) and Gila River Telecommunications (the
Gila River Indian Community, Arizona): rural telephone companies.

Modelled on Custer's member statements (a cycle code, a bill period serial, a Julian run date and
a statement number near the statement date; the member's lines listed with the area code and
exchange printed once and only the last digits after), on Chickasaw Telephone's bills (the
industry's words for numbers: 'WTN', 'DN', 'Main listed number'; a long-distance carrier's charges
billed through the bill with its own questions number; a 9-1-1 notice naming the county's
provider), on Sacred Wind's e-bill (labels drawn as icons only: a person before the name, a house
before the service address, a handset before the numbers, a calendar before the date; a news
insert with a store's address, a promo code and a sample customer) and on Gila River's business
statements (a table with merged cells: one service address spanning its numbers' rows, a line's
features over three rows, a row header printed turned; a return-envelope block printed upside
down, a mailing-code line down the margin carrying the account number).
"""

from __future__ import annotations

from datetime import timedelta

from reportlab.lib.colors import HexColor

from tests.billcorpus.blocks import mailing_block, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind16.parts import icon, outside, turned
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.people import REGIONS, us_address
from tests.billcorpus.truth import Draft, address_key


@family("custer_cycle_codes", carrier="custer", region="CUS", lines=(2, 5), dialed=0,
        person_share=0.6, account=lambda r, c, b: f"{digits(r, 4)}-{digits(r, 3)}",
        modelled_on="Custer Telephone Cooperative member statements (Challis, Idaho): a cycle "
        "code, a bill period serial, a Julian run date and a statement number printed near the "
        "labelled statement date; a member number beside the account number; the lines listed "
        "with the area code and exchange once and only the last four digits after",
        accent="#5B3A1A", font="Helvetica")
def custer_cycle_codes(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    day = d.statement_date
    run = day + timedelta(days=r.randint(1, 3))
    s.wordmark(40, 48, "Custer Telephone Cooperative", 17, "#5B3A1A")
    s.text(40, 62, "Member-owned since 1952 \u00b7 Challis \u00b7 Mackay \u00b7 Stanley", 7.5,
           color=GREY)
    facts = (("Account No.", d.printed_account), ("Member No.", digits(r, 5)),
             ("Cycle", str(r.randint(1, 28))),
             ("Bill Period", f"{day.year % 100:02d}{day.month:02d}"),
             ("Run", f"{run.year % 100:02d}{run.timetuple().tm_yday:03d}"),
             ("Statement No.", f"{r.randint(1, 400):04d}"),
             ("Statement Date", date_text(day, "us")))
    for i, (label, value) in enumerate(facts):
        s.text(370, 40 + i * 11, label, 8, color=GREY)
        s.text(W - 40, 40 + i * 11, value, 8.5, bold=True, align="right")
    mailing_block(s, d, 60, 110, 9.5)
    s.text(370, 130, "Billing Telephone No.", 8, color=GREY)
    s.text(W - 40, 130, phone(d.real_btn, "dash"), 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    s.text(44, 190, "Service Location:", 8.5, bold=True, color=s.accent)
    s.text(130, 190, ", ".join(address_lines(d.service)), 8.5)
    s.mark("service", address_key(d.service))
    # the lines: the area code and exchange once, the last four digits after
    tails = [n[-4:] for n in d.numbers[1:]]
    listed = phone(d.numbers[0], "dash")
    if len(tails) > 1:  # '208-555-0100, -0101, 0105 and 0110': a dash on some, not on others
        listed += ", " + ", ".join(f"-{t}" if k % 2 == 0 else t for k, t in enumerate(tails[:-1]))
    listed += f" and {tails[-1]}"
    s.text(44, 204, f"Lines: {listed}", 8.5)
    for n in d.numbers:
        s.mark("number", n)
    s.band(220, 16, LIGHT)
    s.text(44, 231, "Current Charges", 9.5, bold=True, color=s.accent)
    rows = [("Local Service", f"{len(d.numbers)} lines", money(r, 18, 30)),
            ("Touch-tone / Custom Calling", "", money(r, 2, 12)),
            ("Broadband 100 Mbps", "", money(r, 45, 80)),
            ("Federal Subscriber Line Charge", "", money(r, 6, 12)),
            ("Idaho Universal Service", "", money(r, 1, 3)),
            ("Capital Credit Allocation (no charge)", f"{r.randint(2015, 2024)}", "$0.00")]
    y = s.table(44, 252, ("Item", "Detail", "Amount"), rows, (260, 140, 120), size=8.5,
                align=("left", "left", "right"))
    s.text(44, y + 10, "Total Due", 10, bold=True)
    s.text(W - 44, y + 10, money(r, 90, 240), 10, bold=True, align="right")
    with s.roled("help"):
        s.lines(40, y + 36, [f"{label} {number}" for label, number in d.carrier.help_lines], 8)
    s.text(40, y + 66, "Annual meeting notice: members vote by the ballot mailed with Cycle "
           f"{r.randint(1, 28)} statements.", 7.5, color=GREY)
    remit_stub(s, d, y=630, account_label="Account No.")


@family("chickasaw_jargon", carrier="chickasaw", region="CHK", lines=(2, 4), dialed=0,
        person_share=0.4, account=lambda r, c, b: f"{c.npa}{digits(r, 7)}",
        modelled_on="Chickasaw Telephone bills (Sulphur, Oklahoma): the industry's words for "
        "numbers ('Main listed number (BTN)', 'WTN', 'DN' in the directory listing), a "
        "long-distance carrier's charges billed through the bill with its own questions "
        "number, a 9-1-1 notice naming the county's provider and its number",
        accent="#7A1F1F", font="Helvetica")
def chickasaw_jargon(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    day = d.statement_date
    s.wordmark(40, 48, "Chickasaw Telephone", 18, "#7A1F1F")
    s.text(40, 61, d.carrier.legal + " \u00b7 " + ", ".join(d.carrier.remit), 7, color=GREY)
    s.text(W - 40, 42, "Customer Statement", 13, bold=True, align="right")
    facts = (("Account Number", d.printed_account), ("Bill Date", date_text(day, "abbr")),
             ("Main listed number (BTN)", phone(d.real_btn, "paren")))
    for i, (label, value) in enumerate(facts):
        s.text(340, 62 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 62 + i * 12, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 110, 9.5)
    s.text(340, 124, "Service address", 8, color=GREY)
    s.lines(340, 136, address_lines(d.service), 8.5)
    s.mark("service", address_key(d.service))
    s.band(180, 16, LIGHT)
    s.text(44, 191, "Local Service by WTN", 9.5, bold=True, color=s.accent)
    rows = []
    for k, n in enumerate(d.numbers):
        listing = "DN listed" if k == 0 else r.choice(("DN non-published", "DN non-listed"))
        rows.append((phone(n, "dash"), "1FR" if d.customer.person else "1FB", listing,
                     money(r, 19, 34)))
    y = s.table(44, 212, ("WTN", "USOC", "Directory", "Amount"), rows, (130, 90, 180, 120),
                size=8.5, align=("left", "left", "left", "right"))
    # another carrier's charges billed through this bill, with its own number: not a line
    ld_help = outside(d, "800")
    s.band(y + 6, 16, LIGHT)
    s.text(44, y + 17, "Charges from Sooner Long Distance", 9.5, bold=True, color=s.accent)
    with s.roled("help"):
        s.text(44, y + 32, f"Billed for Sooner Long Distance. Questions: {phone(ld_help, 'one_dash')}",
               8)
    s.text(44, y + 45, f"Interstate minutes {r.randint(20, 400)}", 8.5)
    s.text(W - 44, y + 45, money(r, 2, 30), 8.5, align="right")
    y += 64
    e911 = outside(d, "580")
    with s.roled("help"):
        s.lines(44, y, [
            "9-1-1 service in Murray County is provided by Murray County 911 Trust Authority; "
            f"non-emergency line {phone(e911, 'paren')}.",
            *(f"{label} {number}" for label, number in d.carrier.help_lines)], 7.5)
    s.text(44, y + 40, "Total Amount Due", 10, bold=True)
    s.text(W - 44, y + 40, money(r, 60, 260), 10, bold=True, align="right")
    remit_stub(s, d, y=636)


@family("sacred_wind_icons", carrier="sacred_wind", region="SWC", lines=(1, 3), dialed=0,
        person_share=0.85, account=lambda r, c, b: f"SW{digits(r, 7)}",
        modelled_on="Sacred Wind Communications e-bills (New Mexico, Navajo Nation): labels "
        "drawn as icons only (a person before the name, a house before the service address, a "
        "handset before the numbers, a calendar before the statement date), the words "
        "'Account' and 'Amount due' only; a news insert page with the store's address, a "
        "promo code as long as an account number, a refer-a-friend number and a sample "
        "customer",
        accent="#B5651D", font="Helvetica")
def sacred_wind_icons(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    d.btn = None  # a handset before the numbers says nothing of which one is billed
    day = d.statement_date
    s.wordmark(40, 50, "Sacred Wind Communications", 14, "#B5651D")
    s.text(40, 64, "Connecting the Navajo Nation", 7.5, color=GREY)
    s.box(330, 30, W - 370, 96, fill=HexColor("#FBF1E6"), radius=6)
    icon(s, "calendar", 342, 40, 10)
    s.text(360, 49, date_text(day, "abbr"), 9)
    s.text(342, 68, "Account", 8, color=GREY)
    s.text(W - 50, 68, d.printed_account, 9, bold=True, align="right")
    s.text(342, 86, "Amount due", 8, color=GREY)
    s.text(W - 50, 86, money(r, 40, 160), 11, bold=True, align="right")
    s.text(342, 104, f"by {date_text(day + timedelta(days=20), 'abbr')}", 8, color=GREY)
    mailing_block(s, d, 60, 110, 9.5)
    top = 170.0
    icon(s, "person", 44, top, 10)
    s.text(62, top + 9, d.name, 10, bold=True)
    icon(s, "house", 44, top + 18, 10)
    s.text(62, top + 27, ", ".join(address_lines(d.service)), 9)
    s.mark("service", address_key(d.service))
    icon(s, "handset", 44, top + 36, 10)
    s.text(62, top + 45, "   ".join(phone(n, "paren") for n in d.numbers), 9)
    s.band(top + 62, 16, LIGHT)
    y = s.table(44, top + 90, ("", "", ""), [
        ("Home Phone", f"{len(d.numbers)}", money(r, 20, 35)),
        ("Internet 25/3", "1", money(r, 40, 70)),
        ("Lifeline credit", "", "-$9.25"),
        ("Taxes and surcharges", "", money(r, 3, 12))], (300, 80, 140), size=8.5,
        shade=False, align=("left", "left", "right"))
    with s.roled("help"):
        s.lines(40, y + 20, [f"{label} {number}" for label, number in d.carrier.help_lines], 8)
    remit_stub(s, d, y=636, account_label="Account")
    # the news insert: a store, a promo code, a refer-a-friend number, a sample customer
    s.new_page()
    s.wordmark(40, 60, "Wind Words", 26, "#B5651D")
    s.text(40, 78, f"News from Sacred Wind \u00b7 {day:%B %Y}", 9, color=GREY)
    refer = outside(d, "505")
    promo = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(9))
    body = [
        "Visit our new store: 2 Navajo Route 9, Crownpoint, NM 87313 (Mon-Fri 8-5).",
        f"Upgrade to fiber this month with promo code {promo} at checkout.",
        f"Refer a friend: call {phone(refer, 'dash')} and you both get $25 off.",
        "",
        "How to read your new e-bill: the person is who the account is for, the house is",
        "where service is installed, the handset shows your numbers.",
    ]
    with s.roled("help"):
        s.lines(40, 110, body, 10)
        s.box(60, 210, 300, 80, stroke=GREY, radius=4)
        s.text(70, 228, "SAMPLE", 9, bold=True, color=GREY)
        s.lines(70, 244, ["Jane Doe", "123 Any Street, Anytown, NM 87000",
                          "Account SW0000000"], 9)


@family("gila_river_merged", carrier="gila_river", region="GRT", lines=(3, 6), dialed=0,
        person_share=0.0, account=lambda r, c, b: f"{digits(r, 3)}-{digits(r, 4)}-{digits(r, 2)}",
        modelled_on="Gila River Telecommunications business statements (Gila River Indian "
        "Community, Arizona): two locations on one account in a table with merged cells (a "
        "service address spanning the rows of its numbers, a line's features over three rows, "
        "the row header 'LOCAL SERVICE' printed turned); a return-envelope block printed upside "
        "down with the customer's name and mailing address, a mailing-code line down the margin "
        "carrying the account number",
        accent="#1E5631", font="Helvetica")
def gila_river_merged(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    branch = us_address(r, r.choice(REGIONS["GRT"]), 0.3)
    split = max(1, len(d.numbers) // 2)
    sites = ((d.service, d.numbers[:split]), (branch, d.numbers[split:]))
    d.alternatives = {"service_address": (d.service, branch)}
    d.traits.add("multi_site")
    day = d.statement_date
    s.wordmark(40, 48, "Gila River Telecommunications", 17, "#1E5631")
    s.text(40, 61, d.carrier.legal + " \u00b7 Sacaton, Arizona", 7.5, color=GREY)
    facts = (("Account Number", d.printed_account), ("Statement Date", date_text(day, "long")),
             ("Billing Telephone Number", phone(d.real_btn, "dash")),
             ("Amount Due", money(r, 150, 900)))
    for i, (label, value) in enumerate(facts):
        s.text(330, 80 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 80 + i * 12, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 110, 9.5)
    s.band(176, 16, LIGHT)
    s.text(44, 187, "Services by Location", 9.5, bold=True, color=s.accent)
    # the table: a turned row header, the service address merged over its numbers' rows, each
    # line's features over three rows (the number printed once)
    x0, top, lead = 62.0, 212.0, 11.0
    s.text(140, top, "Service Address", 8, bold=True)
    s.text(300, top, "Telephone Number", 8, bold=True)
    s.text(400, top, "Features", 8, bold=True)
    s.text(W - 44, top, "Amount", 8, bold=True, align="right")
    y = top + 6
    for where, numbers in sites:
        rows = 3 * len(numbers)
        height = rows * lead + 4
        s.box(x0 + 72, y, W - 44 - x0 - 72, height, stroke=GREY, line=0.5)
        cell_y = y + height / 2 - 6
        s.lines(140, cell_y, address_lines(where), 8)
        s.mark("service", address_key(where))
        yy = y + lead
        for n in numbers:
            s.text(300, yy, phone(n, "dash"), 8.5)
            feats = r.sample(("Caller ID", "Call Waiting", "Voice Mail", "Hunting",
                              "3-Way Calling", "Call Forwarding"), 3)
            for k, feat in enumerate(feats):
                s.text(400, yy + k * lead, feat, 8)
            s.text(W - 44, yy, money(r, 25, 60), 8.5, align="right")
            s.rule(296, yy + 2 * lead + 3, W - 44, 0.3, color=GREY)
            yy += 3 * lead
        y += height
    s.box(x0 - 18, top + 6, 16, y - top - 6, fill=LIGHT)
    turned(s, x0 - 7, y - 8, ["LOCAL SERVICE"], 90, 7.5, bold=True)
    y += 14
    for label in ("Long Distance", "Federal Subscriber Line Charge", "E911 Surcharge",
                  "Total Current Charges"):
        s.text(60, y, label, 8.5, bold=label.startswith("Total"))
        s.text(W - 44, y, money(r, 3, 300), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.lines(40, y + 12, [f"{label} {number}" for label, number in d.carrier.help_lines], 8)
    # the mailing-code line down the right margin carries the account number: a scan line
    assert d.billing is not None
    with s.roled("scanline"):
        turned(s, W - 14, 560, [f"*{digits(r, 5)}*{''.join(ch for ch in d.printed_account if ch.isdigit())}*GRT*{digits(r, 3)}"],
               90, 6.5)
    # the return-envelope block: printed upside down, to show through the return envelope
    with s.roled("mailing"):
        turned(s, W - 60, 760, [d.name, *address_lines(d.billing)], 180, 9)
    with s.roled("stub"):
        s.rule(36, 650, W - 36, dash=True)
        s.text(40, 664, "Return this portion with your payment", 7, color=GREY)
        s.text(40, 680, "Account Number", 8, bold=True)
        s.text(140, 680, d.printed_account, 8)
        s.text(40, 692, "Amount Enclosed", 8, bold=True)
        s.box(140, 684, 80, 12, stroke=GREY)
        s.lines(330, 680, [d.carrier.brand, *d.carrier.remit], 8)
