"""TWENTY-SECOND BLIND SPLIT: not for the reader's author (see families/blind22/__init__.py).

Two Ontario carriers: Comwave (Comwave Networks Inc., Toronto), a VoIP home and business phone
provider that bills by e-mail, and Roxborough Telephone (The Roxborough Telephone Company
Limited, Avonmore), a small rural telephone company.

Sources (public pages; the bills are drawn from what they describe, no real bill copied):
customer.wavebroadband.com 'Guide to your bill' and faq.wavehome.com 'Billing FAQs' (an e-bill
notice and what a monthly statement holds: current charges, payments and credits, messages);
wcvt.com/bill (a small company's account summary, summary by service type and important
information); nebnet.net 'About your phone bill' (the return portion with the name, account
number and amount due; the summary of charges); skybest.com 'How to Read Your Business Services
Bill'. No page of Comwave's or Roxborough's own bill was found: each follows that common layout
with the habits named in its family.
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import doing_business_as, mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind22.parts import (
    crease,
    decoy,
    facts,
    former_account,
    pen_mark,
    set_billing,
    set_service,
    sidebar,
    stamp,
)
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import csz, date_text, digits, money, phone
from tests.billcorpus.people import po_box
from tests.billcorpus.truth import Draft, address_key

# --- Comwave: a summary-only e-bill page, the billing PO box and no service address ---------


@family("comwave_ebill", carrier="comwave", region="CWV", country="CA", lines=(1, 4),
        dialed=0, person_share=0.3, account=lambda r, c, b: f"{r.randint(100, 999)}{digits(r, 6)}",
        modelled_on="Comwave (Comwave Networks Inc., Toronto) e-bills (no page of its own bill "
        "found: wavebroadband.com and wavehome.com for an e-bill and what a statement holds): a "
        "one-page summary e-bill printed from the browser, the account, the bill date, the "
        "amount and the numbers on the account, addressed to the billing PO box with no "
        "service address anywhere (the page proves none); a sidebar down the left margin "
        "with the contacts and hours; a business holder's legal name with its trade name. No "
        "label makes any number the BTN. Ideas 1, 6 and 13",
        accent="#E2231A", font="Helvetica")
def comwave_ebill(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    svc = d.service
    city = (svc.city, svc.state, svc.postal_code[:3], d.customer.npa)
    set_billing(d, po_box(r, city, "CA", False))
    set_service(d, None)
    d.btn = None
    legal, trade = doing_business_as(d, r.choice(("Doing Business As", "DBA", "d/b/a")))
    day = d.statement_date
    s.text(40, 22, f"{date_text(day + timedelta(days=r.randint(0, 3)), 'us')}  "
           "My Account - eBill summary", 6.5, color=GREY)
    sidebar(s, d, 36, 60, 128, ("Mon-Fri 8 am - 10 pm ET", "Sat-Sun 9 am - 6 pm ET"),
            title="Need help?")
    x = 190
    s.wordmark(x, 70, "comwave", 26, "#E2231A")
    s.text(W - 44, 62, d.carrier.legal, 7, color=GREY, align="right")
    s.text(x, 86, "Your eBill is ready", 12, bold=True)
    y = facts(s, (("Account number", d.printed_account), ("Bill date", date_text(day, "long")),
                  ("Total amount due", money(r, 30, 180)),
                  ("Payment due", date_text(day + timedelta(days=21), "long"))),
              x=x, y=112, right=W - 44)
    y += 14
    s.text(x, y, "Billed to", 8, bold=True, color=s.accent)
    assert d.billing is not None
    s.lines(x, y + 13, [d.name, *([legal, trade] if trade else []), d.billing.line1,
                        csz(d.billing)], 9)
    y += 13 + 13 * (4 + (2 if trade else 0)) + 8
    s.band(y, 15, LIGHT, x0=x - 4)
    s.text(x, y + 11, "Summary", 9.5, bold=True, color=s.accent)
    y += 30
    for label in ("Previous balance", "Payment received - thank you", "Monthly services",
                  "Long distance and usage", "GST/HST"):
        s.text(x + 4, y, label, 8.5)
        s.text(W - 44, y, money(r, 1, 120), 8.5, align="right")
        y += 12
    y += 10
    s.text(x, y, "Phone numbers on this account", 8.5, bold=True, color=s.accent)
    y += 13
    for n in d.numbers:
        s.text(x + 4, y, phone(n, "dash"), 8.5)
        s.text(x + 110, y, r.choice(("Home Phone Unlimited", "Business Line", "Virtual Number")),
               8.5)
        y += 12
    s.text(x, y + 14, "Your detailed statement is available in My Account. This summary is not "
           "a tax invoice.", 7, color=GREY)
    s.text(40, 760, f"Comwave is a trademark of {d.carrier.legal}", 6.5, color=GREY)
    s.text(40, 770, f"https://myaccount.{d.carrier.domain}/ebill/summary", 6.5, color=GREY)
    s.text(W - 40, 770, "1/1", 6.5, color=GREY, align="right")


# --- Roxborough: a kept copy with a stamp, a pen mark and a crease; a former account -------


@family("roxborough_stamp", carrier="roxborough", region="RXB", country="CA", lines=(1, 3),
        dialed=5, person_share=0.6, account=lambda r, c, b: f"{b[-7:]}-{r.randint(10, 99)}",
        modelled_on="Roxborough Telephone (The Roxborough Telephone Company Limited, "
        "Avonmore, Ontario) statements (no page of its own bill found: nebnet.net and "
        "skybest.com for a small company's sections, wcvt.com for the account summary): the "
        "BTN under 'Account phone' beside a 'Call-back number' that is not on the account; a "
        "credit naming the former account number after an account change; the customer's "
        "kept copy: a 'RECEIVED' rubber stamp near the amount, a pen tick with a few words "
        "beside the account, a fold crease across page 1 (pixels only; the scans go through "
        "the corpus's own scan maker). Ideas 10, 15 and 16",
        accent="#2C5F2D", font="DejaVuSans")
def roxborough_stamp(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    day = d.statement_date
    callback = decoy(d)
    s.wordmark(40, 50, "Roxborough Telephone", 18, "#2C5F2D")
    s.text(40, 63, d.carrier.legal, 7, color=GREY)
    facts(s, (("Account", d.printed_account), ("Account phone", phone(d.real_btn, "space")),
              ("Call-back number", phone(callback, "space")),
              ("Statement date", date_text(day, "long")), ("Amount due", money(r, 40, 250))))
    s.mark("btn", d.real_btn)
    stamp(s, r.choice((400.0, 440.0)), 162, r.choice(("RECEIVED", "PAID")))
    pen_mark(s, 190, 72, r.choice(("paid online", "ok - pd", "filed")))
    mailing_block(s, d, 60, 124, 9.5)
    s.text(330, 124, "Service address", 8, bold=True, color=s.accent)
    s.lines(330, 137, [f"{d.service.line1}{' ' + d.service.line2 if d.service.line2 else ''}",
                       csz(d.service)], 9)
    s.mark("service", address_key(d.service))
    y = 206.0
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Monthly Service", 9.5, bold=True, color=s.accent)
    y += 30
    for n in d.numbers:
        s.text(56, y, phone(n, "space"), 8.5)
        s.text(190, y, r.choice(("Residence line", "Business line", "Farm line")), 8.5)
        s.text(W - 44, y, money(r, 20, 45), 8.5, align="right")
        y += 13
    for label in ("911 Service", "Touch-Tone", "HST"):
        s.text(56, y, label, 8.5)
        s.text(W - 44, y, money(r, 0, 12), 8.5, align="right")
        y += 12
    y += 8
    s.text(44, y, "Credits", 9, bold=True, color=s.accent)
    y += 14
    s.text(56, y, f"Credit balance from former account {former_account(d)}", 8.5)
    s.text(W - 44, y, f"-{money(r, 5, 50)}", 8.5, align="right")
    with s.roled("help"):
        s.lines(40, y + 24, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    notices(s, d, 40, y + 54, count=2, size=7.5)
    crease(s, r.choice((250.0, 330.0)))
    remit_stub(s, d, 620)
