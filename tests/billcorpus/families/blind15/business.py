"""FIFTEENTH BLIND SPLIT: not for the reader's author (see families/blind15/__init__.py).

Twilio (a CPaaS: phone numbers rented by the month, usage billed per minute and per message) and
Zayo (an enterprise carrier: SIP trunks and circuits).

Modelled on Twilio's monthly invoices (the Account SID as the account, 'Bill to' a company, the
phone numbers in E.164 with their friendly names, usage counts, minutes and amounts whose digits
look like a number of the account, a message log whose recipients are masked '***-***-0137') and
on Zayo's enterprise invoices (invoiced to the customer's accounts payable, circuit IDs such as
'12.HCFS.123456..ZYO', a SIP trunk group with its channel count, the pilot number as the trunk's
BTN and the DID blocks under it, a block written with a wildcard '303-555-015X (10 DIDs)' in the
summary and in full in the inventory).
"""

from __future__ import annotations

import random
from datetime import timedelta

from tests.billcorpus.blocks import attention_line, mailing_block, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind15.parts import outside
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, masked_phone, phone
from tests.billcorpus.people import REGIONS, us_address
from tests.billcorpus.truth import Draft, address_key, e164


def _sid(r: random.Random) -> str:
    return "AC" + "".join(r.choice("0123456789abcdef") for _ in range(32))


@family("twilio_invoice", carrier="twilio", lines=(3, 8), dialed=0, person_share=0.0,
        account=lambda r, c, b: _sid(r),
        modelled_on="Twilio monthly invoices (a CPaaS): the Account SID as the account, 'Bill "
        "to' a company, the phone numbers in E.164 with their friendly names, usage counts, "
        "minutes and amounts whose digits look like a number of the account, a message log "
        "whose recipients are masked",
        accent="#F22F46", font="Helvetica")
def twilio_invoice(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.service, d.btn = None, None  # numbers rented from a platform: no premises, no BTN
    day = d.statement_date
    s.wordmark(40, 50, "twilio", 26, "#F22F46")
    s.text(W - 40, 44, "INVOICE", 16, bold=True, align="right")
    invoice = f"INV-{digits(r, 10)}"
    facts = (("Invoice number", invoice), ("Invoice date", date_text(day, "abbr")),
             ("Billing period", f"{date_text(day - timedelta(days=30), 'abbr')} - "
              f"{date_text(day - timedelta(days=1), 'abbr')}"),
             ("Account SID", d.printed_account))
    for i, (label, value) in enumerate(facts):
        s.text(300, 66 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 66 + i * 12, value, 8, bold=True, align="right")
    s.text(40, 90, "Bill to", 8, color=GREY)
    mailing_block(s, d, 40, 104, 9.5)
    s.text(40, 160, "Account name", 8, color=GREY)
    s.text(120, 160, d.name, 9, bold=True)
    # usage whose figures borrow the digits of the account's first number
    first = d.numbers[0][-10:]
    usage = (("Programmable Voice, outbound minutes", f"{int(first[3:]):,}".replace(",", ""),
              f"${first[0]}0,{first[1:4]}.{first[-2:]}"),
             ("Programmable Messaging, SMS segments", first[3:], f"{first[:3]}.{first[3:5]}"),
             ("Phone numbers, monthly rental", str(len(d.numbers)),
              f"${1.15 * len(d.numbers):.2f}"))
    s.band(182, 16, LIGHT)
    s.text(44, 193, "Usage summary", 9.5, bold=True, color=s.accent)
    y = s.table(44, 214, ("Product", "Quantity", "Amount"), usage, (300, 110, 110), size=8.5,
                align=("left", "right", "right"))
    s.text(44, y + 4, f"Usage through {day:%m/%d}/{first[4:6]} \u2014 see usage "
           "records in the Console.", 7, color=GREY)
    s.band(y + 18, 16, LIGHT)
    s.text(44, y + 29, f"Phone numbers ({len(d.numbers)})", 9.5, bold=True, color=s.accent)
    rows = [(f"+1{n[-10:]}", phone(n, "paren"), r.choice(("Local", "Local", "Toll-free ready")),
             "$1.15") for n in d.numbers]
    y = s.table(44, y + 50, ("Number", "Friendly name", "Type", "Monthly"), rows,
                (130, 130, 150, 110), size=8.5, align=("left", "left", "left", "right"))
    s.text(44, y + 10, "Message log (sample)", 9, bold=True)
    log = [(f"{(day - timedelta(days=k + 1)):%Y-%m-%d}", masked_phone(outside(d), "dash", "*"),
            "delivered", "1") for k in range(r.randint(3, 5))]
    with s.roled("detail"):
        y = s.table(44, y + 26, ("Date", "To", "Status", "Segments"), log, (120, 150, 150, 100),
                    size=8)
    with s.roled("help"):
        s.lines(40, y + 20, [f"{label}: {number}" for label, number in d.carrier.help_lines], 8)
    s.text(40, y + 46, f"{d.carrier.legal} \u00b7 {', '.join(d.carrier.remit)} \u00b7 "
           f"{d.carrier.domain}", 6.5, color=GREY)


def _decade_block(d: Draft) -> list[str]:
    """Ten DIDs 'NXX-015X': a free decade of 555-01XX numbers."""
    r, npa = d.rng, d.customer.npa
    decades = list(range(10, 20))
    r.shuffle(decades)
    for dec in decades:
        nums = [e164(npa, dec * 10 + k) for k in range(10)]
        if not d.pool.used.intersection(nums):
            d.pool.used.update(nums)
            return nums
    raise RuntimeError("no free decade")


@family("zayo_sip_sites", carrier="zayo", region="ZYO", lines=(1, 3), dialed=0,
        person_share=0.0, block=1.0, block_size=(4, 8),
        account=lambda r, c, b: f"ZAYO-{digits(r, 7)}",
        modelled_on="Zayo enterprise invoices (SIP trunks and circuits): invoiced to the "
        "customer's accounts payable, circuit IDs such as '12.HCFS.123456..ZYO', a SIP trunk "
        "group per site (two sites on one billing account) with its channel count, the pilot "
        "number as the trunk's BTN, DID blocks under it, one written with a wildcard in the "
        "summary and in full in the inventory",
        accent="#0F3D5C", font="Helvetica")
def zayo_sip_sites(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    block = _decade_block(d)
    d.numbers.extend(block)
    d.ranges.append((block[0], len(block)))
    pilot = d.real_btn
    branch = us_address(r, r.choice(REGIONS["ZYO"]), 0.4)
    pilot2 = d.pool.one(d.customer.npa)
    d.numbers.append(pilot2)
    d.alternatives = {"service_address": (d.service, branch), "btn": (pilot, pilot2)}
    d.traits.add("multi_site")
    day = d.statement_date
    s.wordmark(40, 50, "ZAYO", 24, "#0F3D5C")
    s.text(40, 64, d.carrier.legal, 8, color=GREY)
    s.text(W - 40, 44, "Invoice", 14, bold=True, align="right")
    facts = (("Billing Account", d.printed_account), ("Invoice Date", date_text(day, "us")),
             ("Invoice Number", f"{digits(r, 8)}"), ("Payment Terms", "Net 30"))
    for i, (label, value) in enumerate(facts):
        s.text(340, 62 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 62 + i * 12, value, 8.5, bold=True, align="right")
    s.text(40, 92, "Invoice To", 8, color=GREY)
    mailing_block(s, d, 40, 106, 9.5, attn=attention_line(d))
    s.text(340, 126, "Customer", 8, color=GREY)
    s.text(W - 40, 126, d.name, 8.5, bold=True, align="right")
    s.band(176, 16, LIGHT)
    s.text(44, 187, "Service Summary", 9.5, bold=True, color=s.accent)
    wildcard = phone(block[0], "dash")[:-1] + "X"
    channels = r.choice((23, 46, 24, 48, 30))
    tgs = (f"TG{digits(r, 4)}", f"TG{digits(r, 4)}")
    top = 206.0
    for k, (where, pil) in enumerate(((d.service, pilot), (branch, pilot2))):
        circuit = f"{r.randint(10, 99)}.HCFS.{digits(r, 6)}..ZYO"
        summary = [("Circuit ID", circuit),
                   ("Product", f"SIP Trunk \u2013 {channels if k == 0 else 8} channels"),
                   ("Trunk group", tgs[k]), ("Pilot number (BTN)", phone(pil, "dash"))]
        if k == 0:
            summary.append(("DID block", f"{wildcard} (10 DIDs)"))
        s.text(44, top, f"Site {k + 1}", 9, bold=True)
        for i, (label, value) in enumerate(summary):
            s.text(50, top + 14 + i * 13, label, 8.5, color=GREY)
            s.text(170, top + 14 + i * 13, value, 9, bold=True)
        s.mark("btn", pil)
        s.text(330, top + 14, "Service location", 8.5, color=GREY)
        s.lines(330, top + 27, address_lines(where), 9)
        s.mark("service", address_key(where))
        top += 24 + 13 * len(summary)
    top += 6
    s.band(top, 16, LIGHT)
    s.text(44, top + 11, "Telephone Number Inventory", 9.5, bold=True, color=s.accent)
    rows = [(phone(n, "dash"), "Pilot" if n in (pilot, pilot2) else "DID",
             tgs[1] if n == pilot2 else tgs[0]) for n in d.singles()]
    for first, count in d.ranges:
        end = d.numbers[d.numbers.index(first) + count - 1]
        rows.append((f"{phone(first, 'dash')} through {end[-4:]}",
                     f"DID block, {count} numbers", tgs[0]))
    y = s.table(44, top + 34, ("Number(s)", "Type", "Trunk group"), rows, (220, 160, 140),
                size=8.5)
    charges = (("SIP Trunk, per channel", f"{channels} @ $14.50"),
               ("DID numbers", f"{len(d.numbers)} @ $0.35"), ("E911 service", "2 @ $1.95"),
               ("Federal USF", ""), ("Total current charges", ""))
    for label, qty in charges:
        s.text(60, y + 10, label, 8.5, bold=label.startswith("Total"))
        s.text(340, y + 10, qty, 8.5)
        s.text(W - 44, y + 10, f"${r.randint(2, 1500)}.{r.randint(0, 99):02d}", 8.5,
               align="right")
        y += 12
    with s.roled("help"):
        s.lines(40, y + 22, [f"{label}: {number}" for label, number in d.carrier.help_lines],
                8)
    remit_stub(s, d, y=640, account_label="Billing Account", window=False)
