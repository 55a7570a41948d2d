"""Open tuning split tune17: Unite Private Networks (a Midwest enterprise carrier) and Weave
(phones for dental and medical offices).

UPN's consolidated invoice is a parent account over two to four sub-accounts, each with its
own number, site ID, main number, lines and subtotal; page 1 summarises them by site ID only,
the sub-accounts' detail runs over the following pages under a repeated running header
('Consolidated invoice (continued) - Page 2 of 4') with a numbers table broken over the page
break ('continued'), and the sites' addresses are only in a 'Locations' appendix on the last
page (site ID, site name, address). The case is one sub-account. The holder is written
'Incorporated' or with an '&', with an 'Attn:' line on the envelope.
Weave's invoice lists the practice's offices by name ('Northside Office') with their numbers;
the offices' addresses are only in the captions of small location maps. The holder is a person
holding the account for the practice ('Dr. Maria Gonzalez DBA Lakeside Family Dental'); the text
layer carries ligatures ('ﬁ', 'ﬂ', 'ﬃ'), no-break spaces in the addresses and
thin spaces inside the numbers; beside the account a ten-digit customer ID, an order number and
a support PIN.
"""

from __future__ import annotations

from tests.billcorpus.blocks import mailing_block
from tests.billcorpus.draw import GREY, LIGHT, H, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.families.tune17.parts import rename
from tests.billcorpus.formats import address_lines, date_text, digits, money, one_line, phone
from tests.billcorpus.people import REGIONS, person_name, us_address
from tests.billcorpus.truth import Draft, SubAccount, address_key, in_range

_SITE_NAMES = ("Headquarters", "Distribution Center", "West Campus", "Data Center", "Clinic",
               "Warehouse", "Branch Office", "Training Center")
_UPN_BIZ = ("Prairie Health Partners, Incorporated", "Heartland Grain & Feed Co.",
            "Missouri Valley Schools Cooperative", "Plains Credit Union & Trust",
            "Sioux River Logistics Incorporated", "Great Plains Orthopedics & Sports Medicine")


def _site_id(r: object, city: str) -> str:
    return f"{city[:3].upper()}-{r.randint(100, 9999):04d}"  # type: ignore[attr-defined]


@family("unite_consolidated", carrier="unite_pn", region="UPNM", lines=(2, 4), block=0.5,
        block_size=(10, 20), dialed=0, person_share=0.0,
        account=lambda r, c, b: f"{r.randint(100000, 999999)}",
        modelled_on="consolidated enterprise invoices of a Midwest fibre carrier of Unite "
        "Private Networks' kind: a parent account over sub-accounts by site ID with their main "
        "numbers and subtotals, each sub-account's lines on the following pages under a "
        "running header, a numbers table continued over the page break, the sites' addresses "
        "only in a 'Locations' appendix; the holder 'Incorporated' or with '&', an 'Attn:' "
        "line", accent="#00467F", font="Helvetica")
def unite_consolidated(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    rename(d, r.choice(_UPN_BIZ))
    parent = d.printed_account
    cities = REGIONS["UPNM"]
    subs = [SubAccount(f"{parent}-{1:02d}", d.real_btn, d.service, tuple(d.numbers))]
    for k in range(r.randint(1, 3)):
        where = us_address(r, r.choice(cities), 0.4)
        nums = tuple(d.pool.one(d.customer.npa) for _ in range(r.randint(2, 4)))
        subs.append(SubAccount(f"{parent}-{k + 2:02d}", nums[0], where, nums))
    r.shuffle(subs)
    d.sub_accounts = subs
    d.numbers = [n for x in subs for n in x.numbers]
    d.alternatives = {"account_number": (parent, *(x.account_number for x in subs)),
                      "btn": tuple(x.btn for x in subs),
                      "service_address": tuple(x.service for x in subs)}
    d.traits.update({"multi_account", "multi_site"})
    ids = [_site_id(r, x.service.city) for x in subs]
    names = r.sample(_SITE_NAMES, len(subs))
    when = d.statement_date
    # the detail, decided first so that 'Page n of m' is right: per sub-account a heading, its
    # numbers (a DID block as one row) and three charges
    detail: list[tuple[str, tuple[str, ...]]] = []
    for x, sid in zip(subs, ids, strict=True):
        detail.append(("head", (f"Sub-account {x.account_number}  -  Site {sid}",)))
        for n in x.numbers:
            if not any(in_range(n, f, c) for f, c in d.ranges):
                detail.append(("row", (phone(n, "dash"), r.choice(
                    ("SIP DID", "PRI channel", "Analog line")), money(r, 5, 80))))
        for f, c in d.ranges:
            if f in x.numbers:
                last = int(f[-4:]) + c - 1
                detail.append(("row", (f"{phone(f, 'dash')} - {last:04d}",
                                       f"DID block ({c} numbers)", money(r, 20, 200))))
        for lab in ("Dedicated Internet 1 Gbps", "Federal USF", "E911"):
            detail.append(("fee", (lab, money(r, 2, 900))))
        detail.append(("gap", ()))
    top, bottom, start = 80.0, 716.0, 330.0 + 13 * len(subs)

    def layout(draw: bool) -> int:
        page, y, current = 1, start, ""
        for kind, cells in detail:
            step = {"head": 14.0, "row": 12.0, "fee": 11.0, "gap": 14.0}[kind]
            if y + step > bottom and kind != "gap":
                if draw:
                    s.text(44, y, "continued on next page", 7.5, color=GREY)
                    s.new_page()
                    header(page + 1)
                page, y = page + 1, top
                if kind != "head" and current:
                    if draw:
                        s.text(40, y, f"{current} (continued)", 9.5, bold=True, color=s.accent)
                    y += 14
            if kind == "head":
                current = cells[0]
            if draw and kind == "head":
                s.text(40, y, cells[0], 9.5, bold=True, color=s.accent)
            elif draw and kind == "row":
                s.text(44, y, cells[0], 8.5)
                s.text(220, y, cells[1], 8)
                s.text(W - 44, y, cells[2], 8.5, align="right")
            elif draw and kind == "fee":
                s.text(44, y, cells[0], 8)
                s.text(W - 44, y, cells[1], 8, align="right")
            y += step
        if y + 30 + 13 * (len(subs) + 1) > bottom:  # the Locations appendix on a page of its own
            if draw:
                s.new_page()
                header(page + 1)
            page, y = page + 1, top
        if draw:
            locations(y + 10)
        return page

    def header(page: int) -> None:
        s.text(40, 40, "Unite Private Networks", 12, bold=True, color=s.accent)
        s.text(W - 40, 36, f"Consolidated invoice (continued) - Page {page} of {total_pages}",
               7.5, align="right")
        s.text(W - 40, 48, f"Parent account {parent}   {date_text(when, 'abbr0')}", 7.5,
               align="right")
        s.rule(36, 56, W - 36, 0.8, s.accent)

    def locations(y: float) -> None:
        s.text(40, y, "Locations", 11, bold=True, color=s.accent)
        y += 16
        for x0, head in ((44, "Site ID"), (130, "Site"), (250, "Service address")):
            s.text(x0, y, head, 8, bold=True)
        y += 13
        for x, sid, name in zip(subs, ids, names, strict=True):
            s.text(44, y, sid, 8.5)
            s.text(130, y, name, 8.5)
            s.text(250, y, one_line(x.service, 1), 8.5)
            s.mark("service", address_key(x.service))
            y += 13

    total_pages = layout(draw=False)
    s.wordmark(40, 48, "UPN", 28, "#00467F")
    s.text(40, 62, d.carrier.legal, 7.5, color=GREY)
    s.text(W - 40, 36, "CONSOLIDATED INVOICE", 12, bold=True, align="right")
    facts = (("Parent account", parent), ("Invoice number", f"INV-{digits(r, 8)}"),
             ("Invoice date", date_text(when, r.choice(("long", "abbr0", "us")))),
             ("Page", f"1 of {total_pages}"), ("Total due", money(r, 1500, 25000)))
    for i, (lab, value) in enumerate(facts):
        s.text(360, 54 + i * 12, lab, 8, color=GREY)
        s.text(W - 40, 54 + i * 12, value, 8.5, bold=True, align="right")
    mailing_block(s, d, 60, 118, 9.5, attn=r.choice(("Attn: Accounts Payable",
                                                       f"Attn: {person_name(r)}")))
    y = 200.0
    s.band(y, 16, LIGHT)
    s.text(44, y + 11, "Summary by sub-account", 9.5, bold=True, color=s.accent)
    y += 32
    for x0, head in ((44, "Sub-account"), (140, "Site ID"), (220, "Site"), (340, "Main number"),
                     (W - 44, "Subtotal")):
        s.text(x0, y, head, 8, bold=True, align="right" if x0 > 500 else "left")
    y += 14
    for x, sid, name in zip(subs, ids, names, strict=True):
        s.text(44, y, x.account_number, 8.5)
        s.text(140, y, sid, 8.5)
        s.text(220, y, name, 8.5)
        s.text(340, y, phone(x.btn, "dash"), 8.5)
        s.mark("btn", x.btn)
        s.text(W - 44, y, money(r, 300, 6000), 8.5, align="right")
        y += 13
    s.lines(40, y + 8, ["Site addresses are listed under Locations at the end of this invoice."],
            7.5, color=GREY)
    with s.roled("help"):
        s.lines(40, y + 22, ["   ".join(f"{lab}: {num}" for lab, num in d.carrier.help_lines)],
                7.5)
    layout(draw=True)


_PRACTICE = ("Lakeside Family Dental", "Northgate Pediatric Dentistry", "Bright Smiles Orthodontics",
             "Cedar Ridge Chiropractic", "Harbor View Optometry", "Silver Pine Veterinary Clinic")
_OFFICES = ("Main Office", "Northside Office", "Downtown Office", "Eastgate Office",
            "Westfield Office")


def _lig(text: str) -> str:
    """A renderer's ligatures in the text layer: 'Oﬃce', 'proﬁle', 'ﬂoor'."""
    return text.replace("ffi", "\ufb03").replace("fi", "\ufb01").replace("fl", "\ufb02")


def _map(s: Sheet, x: float, y: float, w: float, h: float) -> None:
    """A small location map: streets as lines and a pin (vector, no text)."""
    c = s.c
    s.box(x, y, w, h, fill=LIGHT)
    c.saveState()
    c.setStrokeColorRGB(1, 1, 1)
    c.setLineWidth(3)
    c.line(x + 6, H - y - h * 0.35, x + w - 6, H - y - h * 0.55)
    c.line(x + w * 0.4, H - y - 4, x + w * 0.55, H - y - h + 4)
    c.setFillColor(s.accent)
    c.circle(x + w * 0.48, H - y - h * 0.45, 4, stroke=0, fill=1)
    c.restoreState()


@family("weave_office_maps", carrier="weave", lines=(1, 3), dialed=6, person_share=0.0,
        account=lambda r, c, b: f"WV-{digits(r, 6)}",
        modelled_on="Weave invoices for dental, medical and veterinary practices: the practice's "
        "offices by name with their numbers, each office's address only in a small location "
        "map's caption, the account held by a person for the practice (a DBA), a customer ID of "
        "ten digits, an order number and a support PIN; the text layer with ligatures, "
        "no-break and thin spaces", accent="#3DB6A4", font="DejaVuSans")
def weave_office_maps(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    doctor = person_name(r)
    rename(d, f"{r.choice(('Dr. ', ''))}{doctor} DBA {r.choice(_PRACTICE)}")
    d.traits.add("dba")
    city = (d.service.city, d.service.state, d.service.postal_code[:3], d.customer.npa)
    offices = [SubAccount(d.printed_account, d.real_btn, d.service, tuple(d.numbers))]
    for _ in range(r.randint(0, 2)):
        nums = tuple(d.pool.one(d.customer.npa) for _ in range(r.randint(1, 2)))
        offices.append(SubAccount(d.printed_account, nums[0], us_address(r, city, 0.6), nums))
    d.sub_accounts = offices if len(offices) > 1 else []
    d.numbers = [n for x in offices for n in x.numbers]
    if len(offices) > 1:
        d.alternatives = {"service_address": tuple(x.service for x in offices)}
    labels = r.sample(_OFFICES, len(offices))
    thin = "\u2009"
    when = d.statement_date
    s.wordmark(40, 46, "weave", 26, "#3DB6A4")
    s.text(40, 60, _lig("Phones, texting and payments for your oﬃce"), 7.5, color=GREY)
    customer_id = d.pool.one(d.customer.npa)  # ten digits that read like a local line
    d.help_numbers.append(customer_id)
    facts = (("Account", d.printed_account), ("Invoice date", date_text(when, "abbr0")),
             ("Customer ID", customer_id[-10:]), ("Order no.", f"SO-{digits(r, 7)}"),
             ("Support PIN", digits(r, 4)), ("Amount due", money(r, 250, 1200)))
    s.box(330, 24, 246, 86, fill=LIGHT)
    for i, (lab, value) in enumerate(facts):
        s.text(338, 38 + i * 13, lab, 7.5)
        s.text(568, 38 + i * 13, value, 8.5, bold=True, align="right")
    mailing_block(s, d, 50, 100, 9.5)
    y = 170.0
    s.text(40, y, _lig("Your oﬃces"), 11, bold=True, color=s.accent)
    y += 16
    for k, (x, label) in enumerate(zip(offices, labels, strict=True)):
        s.text(44, y, _lig(label), 9.5, bold=True)
        y += 13
        for j, n in enumerate(x.numbers):
            p = phone(n, r.choice(("paren", "dash"))).replace(" ", thin).replace("-", f"{thin}-{thin}", 1)
            what = "Main number" if j == 0 and k == 0 else "Line"
            s.text(56, y, f"{what}: {p}", 8.5)
            s.mark("number", n)
            if j == 0 and k == 0:
                s.mark("btn", n)
            s.text(W - 44, y, money(r, 20, 45), 8.5, align="right")
            y += 12
        y += 6
    y += 8
    s.text(40, y, "Locations", 10, bold=True, color=s.accent)
    y += 10
    x0 = 40.0
    for x, label in zip(offices, labels, strict=True):
        _map(s, x0, y, 160, 70)
        caption = [f"{_lig(label)} \u00b7 {x.service.line1.replace(' ', chr(160), 1)}",
                   *([x.service.line2] if x.service.line2 else []),
                   address_lines(x.service)[-1]]
        s.lines(x0, y + 82, caption, 7.5, leading=9.5)
        s.mark("service", address_key(x.service))
        x0 += 180
    y += 124
    for lab in ("Weave Pro plan", "Phone hardware lease", "Text messaging", "E911 fees",
                "Taxes and surcharges"):
        s.text(44, y, _lig(lab), 8.5)
        s.text(W - 44, y, money(r, 5, 400), 8.5, align="right")
        y += 12
    y += 12
    with s.roled("help"):
        s.lines(40, y, [f"{lab}: {num}" for lab, num in d.carrier.help_lines], 7.5)
    s.lines(40, y + 30, [
        _lig("Update your practice proﬁle and ﬂoor plan in the Weave app."),
        "Autopay is on: your card on ﬁle is charged on the due date.",
    ], 7.5, color=GREY)
