"""TWENTY-SECOND BLIND SPLIT: not for the reader's author (see families/blind22/__init__.py).

Three carriers of the Northeast and Ohio: WCVT (Waitsfield and Champlain Valley Telecom,
Waitsfield, Vermont), VTel (Vermont Telephone Company, Springfield, Vermont) and Horizon (The
Chillicothe Telephone Company, Chillicothe, Ohio).

Sources (public pages; the bills are drawn from what they describe, no real bill copied):
wcvt.com/bill 'Understanding your bill' (SmartHub bill: 1 Account Summary with the phone number
and account number, 2 Summary by Service Type, 3 Important Information, 4 Amount Due and Due
Date, 5 Voice Services Summary with the FCC Access Line Charge, Features / Services, Federal
Excise Tax, Federal Universal Service Charge and Vermont Universal Service Fund Charge);
flipyourpages.com WCVT 'Guide to Telecommunication Services' (SmartHub, the automated account
line, the Vermont Telecommunication Tax); horizonconnects.com FAQs (payments to PO Box 480,
Chillicothe, OH 45601-0480; 'enter your account number exactly as it is displayed on your
Horizon bill'; pay by phone 1.833.890.9504; customer service 740.772.8331) and
horizontel.com 'Customer Rights' (the PUCO notice printed with the bill); vtwow.com network
management page (Vermont Telephone Company's legal name). No page of VTel's or Horizon's own
bill was found: they follow the common small-company layout with the habits named in their
families.
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import doing_business_as, mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind22.parts import (
    barcode,
    crease,
    facts,
    last_first,
    leader,
    ref_like_phone,
    rural_box,
    sidebar,
)
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import (
    csz,
    date_text,
    did_range,
    digits,
    money,
    phone,
)
from tests.billcorpus.people import person_name
from tests.billcorpus.truth import Draft, address_key

# --- WCVT: a hunt group's pilot over its members, a DID block, a contacts sidebar ---------


@family("wcvt_hunt", carrier="wcvt", region="WCV", lines=(3, 6), dialed=4,
        person_share=0.0, block=0.7, block_size=(10, 20),
        account=lambda r, c, b: f"{r.randint(10, 99)}{digits(r, 5)}",
        modelled_on="WCVT (Waitsfield and Champlain Valley Telecom, Vermont) SmartHub business "
        "bills (wcvt.com/bill: Account Summary with the account phone and account number, "
        "Summary by Service Type, Important Information, Voice Services Summary): a hunt group "
        "printed as its pilot over its member lines ('Hunt Group 1 - Pilot 802-555-0123', "
        "members indented, each 'Member'), a DID block printed as a range ('802-555-0140 thru "
        "0159 (20 numbers)'); a narrow sidebar down the right margin with the co-op's "
        "contacts and office hours; a Customer ID beside the account number and a barcode on "
        "the stub whose caption runs digits. The BTN as 'Account Phone'. Ideas 4, 12, 13 and 15",
        accent="#1F5F3A", font="Helvetica")
def wcvt_hunt(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    day = d.statement_date
    right = W - 160
    sidebar(s, d, W - 150, 120, 118, ("Mon-Fri 8:00 am - 5:00 pm", "Closed weekends and",
                                      "state holidays", "Repairs reported 24/7"))
    s.wordmark(40, 50, "WCVT", 26, "#1F5F3A")
    s.text(40, 64, d.carrier.legal, 7, color=GREY)
    s.band(78, 15, LIGHT, x1=right)
    s.text(44, 89, "1  Account Summary", 9.5, bold=True, color=s.accent)
    y = facts(s, (("Account Number", d.printed_account), ("Customer ID", d.customer_id),
                  ("Account Phone", phone(d.real_btn, "dash")),
                  ("Statement Date", date_text(day, "us"))), x=250, y=108, right=right)
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 44, 110, 9.5)
    y = max(y, 170.0) + 8
    s.text(44, y, "Service Location", 8, bold=True, color=s.accent)
    s.text(140, y, f"{d.service.line1}{' ' + d.service.line2 if d.service.line2 else ''}, "
           f"{csz(d.service)}", 8.5)
    s.mark("service", address_key(d.service))
    y += 22
    s.band(y, 15, LIGHT, x1=right)
    s.text(44, y + 11, "2  Summary by Service Type", 9.5, bold=True, color=s.accent)
    y += 30
    for label in ("Previous Balance", "Payment Received - Thank You", "Voice Services",
                  "Internet Services", "Taxes and Surcharges"):
        s.text(48, y, label, 8.5)
        s.text(right - 8, y, money(r, 5, 400), 8.5, align="right")
        y += 12
    s.text(48, y + 4, "4  Amount Due", 9, bold=True)
    s.text(right - 8, y + 4, money(r, 120, 900), 9, bold=True, align="right")
    s.text(48, y + 17, f"Due Date {date_text(day + timedelta(days=20), 'us')}", 8.5)
    y += 40
    s.band(y, 15, LIGHT, x1=right)
    s.text(44, y + 11, "5  Voice Services Summary", 9.5, bold=True, color=s.accent)
    y += 30
    singles = d.singles()
    pilot, members = singles[0], singles[1:]
    s.text(48, y, f"Hunt Group 1 - Pilot {phone(pilot, 'dash')}", 8.5, bold=True)
    s.text(right - 8, y, money(r, 30, 80), 8.5, align="right")
    y += 12
    for n in members:
        s.text(64, y, f"Member  {phone(n, 'dash')}", 8.5)
        s.text(200, y, r.choice(("Business Line", "Hosted Seat", "Analog Line")), 8.5)
        s.text(right - 8, y, money(r, 18, 45), 8.5, align="right")
        y += 12
    for first, count in d.ranges:
        s.text(48, y, f"DID Block  {did_range(first, count, 'thru', 'dash')} ({count} numbers)",
               8.5)
        s.text(right - 8, y, money(r, 10, 40), 8.5, align="right")
        y += 12
    for label in ("FCC Access Line Charge", "Features / Services", "Federal Excise Tax",
                  "Federal Universal Service Charge", "Vermont Universal Service Fund Charge"):
        s.text(64, y, label, 8)
        s.text(right - 8, y, money(r, 1, 30), 8, align="right")
        y += 11
    s.band(y + 8, 15, LIGHT, x1=right)
    s.text(44, y + 19, "3  Important Information", 9.5, bold=True, color=s.accent)
    notices(s, d, 44, y + 38, count=2, size=7.5)
    remit_stub(s, d, 610, window=True)
    caption = f"{d.customer_id}{''.join(c for c in d.printed_account if c.isdigit())}{digits(r, 6)}"
    barcode(s, 330, 735, caption)


# --- VTel: an E911 location apart from a rural route mailing address, 'LAST, FIRST M.' ----


@family("vtel_e911", carrier="vtel", region="VTL", lines=(1, 3), dialed=5,
        person_share=0.7, account=lambda r, c, b: f"{b[-10:]}-{r.randint(100, 999)}",
        modelled_on="VTel (Vermont Telephone Company, Springfield, Vermont) residential and "
        "small-business statements (no page of its own bill found: wcvt.com/bill for a "
        "Vermont company's sections and taxes): the mail goes to a rural route box ('RR 3 Box "
        "212') while an 'E911 Service Location' block prints the street where the lines ring "
        "(the service address); a person's name as 'LAST, FIRST M.' in the account box with a "
        "'c/o' or 'Attn:' line on the envelope; the account built from the main number and a "
        "customer code; a fold crease across page 1 (pixels only). Ideas 7, 8, 15 and 16",
        accent="#6A1B9A", font="DejaVuSans")
def vtel_e911(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    service = d.service
    box = rural_box(d, r.choice(("RR", "RR", "HC")))
    envelope = last_first(d)
    attn = r.choice(("c/o ", "C/O ", "Attn: ")) + person_name(r)
    day = d.statement_date
    s.wordmark(40, 50, "VTel", 26, "#6A1B9A")
    s.text(40, 64, d.carrier.legal, 7, color=GREY)
    facts(s, (("Account Number", d.printed_account), ("Bill Date", date_text(day, "abbr")),
              ("Main Number", phone(d.real_btn, "paren")),
              ("Amount Due", money(r, 40, 260)),
              ("Pay By", date_text(day + timedelta(days=21), "abbr"))))
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 118, 9.5, attn=attn, name_lines=[envelope])
    s.box(326, 118, W - 366, 62, stroke=GREY)
    s.text(332, 130, "Account Holder", 7.5, color=GREY)
    s.text(332, 142, d.name, 9, bold=True)
    s.text(332, 156, "Mailing Address", 7.5, color=GREY)
    s.text(332, 168, f"{box.line1}, {csz(box)}", 8.5)
    s.box(36, 196, W - 72, 46, stroke=s.accent)
    s.text(44, 209, "E911 Service Location", 8.5, bold=True, color=s.accent)
    s.text(44, 222, f"{service.line1}{' ' + service.line2 if service.line2 else ''}", 9)
    s.text(44, 234, csz(service), 9)
    s.mark("service", address_key(service))
    s.text(300, 214, "This is the address 9-1-1 responders receive when you dial 9-1-1", 7,
           color=GREY)
    s.text(300, 224, "from the lines below. Moved? Call us to update it.", 7, color=GREY)
    y = 266.0
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Monthly Service", 9.5, bold=True, color=s.accent)
    y += 30
    for n in d.numbers:
        s.text(56, y, phone(n, "paren"), 8.5)
        s.text(190, y, r.choice(("Residence Line", "Business Line", "Additional Line")), 8.5)
        s.text(W - 44, y, money(r, 18, 45), 8.5, align="right")
        y += 13
    for label in ("FCC Access Line Charge", "Vermont Universal Service Fund Charge",
                  "Vermont Telecommunication Tax"):
        s.text(56, y, label, 8.5)
        s.text(W - 44, y, money(r, 0, 12), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.lines(40, y + 18, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    notices(s, d, 40, y + 48, count=2, size=7.5)
    crease(s, r.choice((226.0, 300.0, 396.0)))
    remit_stub(s, d, 620)


# --- Horizon: a legal name beside its trade name, dot leaders, a labelled invoice number ----


@family("horizon_dba", carrier="horizon_oh", region="HZN", lines=(2, 5), dialed=6,
        person_share=0.0, account=lambda r, c, b: f"{digits(r, 3)}-{digits(r, 4)}-{digits(r, 2)}",
        modelled_on="Horizon (The Chillicothe Telephone Company, Ohio) business statements (no "
        "page of its own bill found: horizonconnects.com FAQs for the PO box, the account "
        "number typed 'exactly as it is displayed', pay by phone and the PUCO notice): the "
        "holder as a legal name with its trade name ('... DBA Corner Bakehouse') printed whole "
        "in the account box and as two lines on the envelope; charge rows with dot leaders "
        "('Business line .......... 740-555-0123   $34.50'); an invoice number and an order "
        "number in the shape of a telephone number, each under its own label. Ideas 1, 11 "
        "and 14",
        accent="#0B4F8A", font="Helvetica")
def horizon_dba(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    legal, trade = doing_business_as(d, r.choice(("DBA", "d/b/a", "Doing Business As")))
    d.btn = None  # no label makes any line the billing number
    day = d.statement_date
    s.wordmark(40, 50, "horizon", 24, "#0B4F8A")
    s.text(40, 64, f"Horizon is a trade name of {d.carrier.legal}", 7, color=GREY)
    facts(s, (("Account Number", d.printed_account), ("Invoice Number", ref_like_phone(d)),
              ("Statement Date", date_text(day, "long")), ("Total Due", money(r, 90, 700)),
              ("Due Date", date_text(day + timedelta(days=20), "long"))))
    mailing_block(s, d, 60, 120, 9.5, name_lines=[legal, *([trade] if trade else [])])
    s.box(36, 192, W - 72, 48, stroke=GREY)
    s.text(44, 205, "Account Name", 7.5, color=GREY)
    s.text(44, 217, d.name, 9, bold=True)
    s.text(44, 231, "Service Address", 7.5, color=GREY)
    s.text(120, 231, f"{d.service.line1}{' ' + d.service.line2 if d.service.line2 else ''}, "
           f"{csz(d.service)}", 8.5)
    s.mark("service", address_key(d.service))
    y = 262.0
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Current Charges", 9.5, bold=True, color=s.accent)
    y += 30
    kinds = ("Business line", "Additional line", "Hunting line", "Key system line")
    for k, n in enumerate(d.numbers):
        label = "Business line" if k == 0 else r.choice(kinds)
        leader(s, 48, W - 44, y, label, phone(n, "dash"), amount=money(r, 20, 60))
        y += 13
    for label in ("Subscriber line charge", "Federal USF end user charge", "Ohio 9-1-1 charge",
                  "Federal excise tax"):
        leader(s, 48, W - 44, y, label, money(r, 0, 14))
        y += 12
    y += 10
    s.text(44, y, f"Order No. {ref_like_phone(d)}   completed "
           f"{date_text(day - timedelta(days=r.randint(3, 20)), 'us')}  (feature change)", 8,
           color=GREY)
    with s.roled("help"):
        s.lines(40, y + 22, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    s.lines(40, y + 50, ["If your bill has charges for services you did not order, call us. If "
                         "you are not satisfied, contact the PUCO call center."], 7, color=GREY)
    remit_stub(s, d, 620)
