"""Open tuning split tune15: Fuze (US, UCaaS and SIP trunking for enterprises).

Modelled on Fuze's enterprise invoices: 'Invoice to' a parent company's accounts-payable
department at its own address, the account holder under 'Service for' (the customer); two to
four sites, each with a SIP trunk group (trunk group number, circuit ID '12.HCFS.123456..FZ',
channel count), the group's pilot number and the DIDs under it, a DID block written with its size.
The pilot of the main site is the account's billing number.
"""

from __future__ import annotations

from tests.billcorpus.blocks import mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import csz, date_text, did_range, digits, money, phone
from tests.billcorpus.people import REGIONS, us_address
from tests.billcorpus.truth import Draft, SubAccount, address_key, in_range

_PARENTS = ("Holdings", "Group Inc.", "Partners LLC", "Enterprises Corp.")


@family("fuze_trunk_summary", carrier="fuze", region="MPWI", lines=(1, 3), dialed=8,
        person_share=0.0, block=0.7, block_size=(10, 20),
        account=lambda r, c, b: f"FZ-{digits(r, 7)}",
        modelled_on="enterprise invoices of Fuze's kind (UCaaS and SIP trunking): 'Invoice to' "
        "a parent company's accounts-payable department, the account holder under 'Service "
        "for', sites each with a SIP trunk group (trunk group number, circuit ID, channels), "
        "its pilot number and the DIDs under it, a DID block with its size", accent="#E3173E",
        font="DejaVuSans")
def fuze_trunk_summary(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("dash", "paren", "dot"))
    # the payer: a parent company's AP department at its own address (where the invoice goes)
    parent = f"{d.name.split()[0]} {r.choice(_PARENTS)}"
    d.billing = us_address(r, r.choice(REGIONS["MPWI"]), 0.8)
    singles = [n for n in d.numbers if not any(in_range(n, f, c) for f, c in d.ranges)]
    main = SubAccount(d.printed_account, d.real_btn, d.service, tuple(d.numbers))
    sites = [main]
    for _ in range(r.randint(1, 3)):
        nums = tuple(d.pool.one(d.customer.npa) for _ in range(r.randint(1, 3)))
        sites.append(SubAccount(d.printed_account, nums[0], us_address(r, r.choice(
            REGIONS["MPWI"])), nums))
    d.sub_accounts = sites
    d.numbers = [*d.numbers, *(n for x in sites[1:] for n in x.numbers)]
    d.alternatives = {"service_address": tuple(x.service for x in sites)}
    s.wordmark(40, 46, "fuze", 28, "#E3173E")
    s.text(40, 60, "Enterprise Invoice", 9, bold=True)
    facts = (("Account", d.printed_account),
             ("Invoice date", date_text(d.statement_date, r.choice(("long", "abbr0", "us")))),
             ("Invoice no.", f"INV-{d.invoice_id}"), ("Billing number (pilot)",
                                                      phone(d.real_btn, style)),
             ("Amount due", money(r, 900, 9000)))
    s.box(330, 24, 246, 72, fill=LIGHT)
    for i, (lab, value) in enumerate(facts):
        s.text(338, 38 + i * 13, lab, 8)
        s.text(568, 38 + i * 13, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    s.text(50, 106, "Invoice to", 8, bold=True, color=GREY)
    mailing_block(s, d, 50, 118, 9.5, name_lines=[parent], attn="Attn: Accounts Payable")
    s.text(320, 106, "Service for", 8, bold=True, color=GREY)
    s.text(320, 118, d.name, 9.5, bold=True)
    s.text(320, 130, f"Authorized contact: {r.choice(('IT Director', 'Office Manager'))}", 7.5,
           color=GREY)
    y = 190.0
    s.text(40, y, f"Sites and SIP trunk groups ({len(sites)})", 11, bold=True, color=s.accent)
    y += 16
    for k, site in enumerate(sites):
        channels = r.choice((10, 23, 46))
        circuit = f"{r.randint(10, 99)}.HCFS.{digits(r, 6)}..FZ"
        s.text(44, y, f"Site {k + 1}", 8.5, bold=True)
        s.text(90, y, f"{site.service.line1} {site.service.line2}".strip()
               + f", {csz(site.service)}", 8.5)
        s.mark("service", address_key(site.service))
        y += 12
        s.text(60, y, f"Trunk group {r.randint(1000, 9999)}   Circuit ID {circuit}   "
               f"{channels} channels", 7.5, color=GREY)
        y += 11
        pilot = site.btn if k else d.real_btn
        s.text(60, y, f"Pilot {phone(pilot, style)}", 8)
        s.text(W - 44, y, money(r, 100, 900), 8, align="right")
        y += 11
        dids = [n for n in (singles if k == 0 else site.numbers) if n != pilot]
        for n in dids:
            s.text(76, y, f"DID {phone(n, style)}", 8)
            y += 10
        if k == 0:
            for first, count in d.ranges:
                s.text(76, y, f"DID block ({count} numbers): "
                       f"{did_range(first, count, r.choice(('THRU', 'to', 'dash')), style)}", 8)
                y += 10
        y += 8
    y += 4
    for lab in ("Fuze Enterprise seats", "E911 service fee", "Federal USF", "State 911 surcharge"):
        s.text(44, y, lab, 8)
        s.text(W - 44, y, money(r, 5, 400), 8, align="right")
        y += 11
    with s.roled("help"):
        s.text(40, y + 12, "   ".join(f"{lab} {num}" for lab, num in d.carrier.help_lines), 7.5)
    notices(s, d, 40, y + 30, count=1, size=7)
    remit_stub(s, d, y=640, account_label="Account", window=False)
