"""Open tuning split tune13: Blackfoot (western Montana) and West River Telecom (North Dakota).

Modelled on the Customer Service Record a losing carrier of Blackfoot's kind sends when asked for
one (a monospaced printout of short field codes, 'BTN', 'LN' for the listed name written last
name first, 'SA' for the service address, one 'TN' row per line with its USOC code, no amounts at
all) and on West River's statements after a billing-system conversion (the new account number
beside the former one, each labelled; the bill-to and service address blocks side by side so
their lines alternate in the text layer; the lines in a table of NPA, NXX and LINE cells).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.truth import Draft, address_key


def last_name_first(name: str) -> str:
    """'James T. Whitfield' as a listing record holds it: 'WHITFIELD, JAMES T'."""
    words = name.replace(".", "").split()
    return f"{words[-1]}, {' '.join(words[:-1])}".upper()


@family("blackfoot_csr", carrier="blackfoot", region="BFMT", lines=(2, 6), dialed=4,
        person_share=0.4,
        account=lambda r, c, b: f"{b[2:5]} {b[5:8]}-{b[8:]} {digits(r, 3)}",
        modelled_on="Customer Service Records of Blackfoot's kind (western Montana) as a losing "
        "carrier sends them: a monospaced printout of field codes ('ACCT', 'BTN', 'LN' listed "
        "name last name first, 'BN', 'BA', 'SA' service address, 'TN' one row per line with its "
        "USOC), the PIC codes and an order number, the date printed in ISO form, no amounts",
        accent="#000000", font="Courier")
def blackfoot_csr(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None and d.billing is not None
    d.upper()
    if d.customer.person:
        d.name = last_name_first(d.customer.name)
    mono = 8.0
    s.text(40, 40, "Blackfoot", 14, bold=True)
    s.text(W - 40, 40, "CUSTOMER SERVICE RECORD", 10, bold=True, align="right")
    s.text(40, 52, d.carrier.legal.upper(), mono)
    with s.roled("help"):
        s.text(40, 62, "  ".join(f"{lab.upper()} {num}" for lab, num in d.carrier.help_lines),
               mono)
    s.text(W - 40, 52, f"PRINTED {d.statement_date.isoformat()}", mono, align="right")
    s.text(W - 40, 62, f"REQ NO {digits(r, 8)}  PAGE 1", mono, align="right")
    s.rule(40, 70, W - 40, 0.5)
    left, value_x = 40, 96
    y = 86.0

    def row(code: str, values: list[str]) -> None:
        nonlocal y
        s.text(left, y, code, mono, bold=True)
        for k, value in enumerate(values):
            s.text(value_x, y + k * 10, value, mono)
        y += 10 * max(1, len(values)) + 4

    kind = "RES" if d.customer.person else "BUS"
    row("ACCT", [f"{d.printed_account}    CLASS {kind}    STATUS ACTIVE"])
    row("BTN", [phone(d.real_btn, "space")])
    s.mark("btn", d.real_btn)
    row("LN", [d.name])
    row("BN", [d.name])
    row("BA", address_lines(d.billing, comma=False))
    row("SA", address_lines(d.service, comma=False))
    s.mark("service", address_key(d.service))
    row("PIC", [f"{digits(r, 4)}   LPIC {digits(r, 4)}   FREEZE N"])
    y += 6
    s.text(left, y, "TN", mono, bold=True)
    s.text(value_x, y, f"{'NUMBER':<16}{'USOC':<8}{'QTY':<5}{'FEATURES'}", mono, bold=True)
    y += 11
    usoc = "1FR" if d.customer.person else "1FB"
    for k, n in enumerate(d.numbers):
        feats = r.choice(("ESC ESM", "ESX HTG", "NSY", "ESC NSD", "-"))
        if k == 0:
            feats = "BTN " + feats
        s.text(value_x, y, f"{phone(n, 'space'):<16}{usoc:<8}{'1':<5}{feats}", mono)
        y += 10
    y += 8
    s.text(left, y, "USOC", mono, bold=True)
    y += 11
    for code, text in (("9ZR", "FED SUBSCRIBER LINE CHG"), ("E911", "MT 911 SURCHARGE"),
                       ("HTG", "HUNTING - SERIAL"), ("NSY", "NO SOLICITATION LISTING")):
        s.text(value_x, y, f"{code:<8}{len(d.numbers):<5}{text}", mono)
        y += 10
    y += 8
    done = d.statement_date - timedelta(days=r.randint(40, 300))
    s.text(left, y, "RMKS", mono, bold=True)
    s.lines(value_x, y, [f"LAST ORD N{digits(r, 7)} CMPL {done.isoformat()}",
                         "NO PENDING ORDERS.  DIRECTORY: LISTED",
                         "CSR REFLECTS ACCOUNT AS OF DATE PRINTED.  NO CHARGES SHOWN."], mono,
            leading=10)
    s.text(40, 740, "END OF RECORD", mono, color=GREY)


@family("westriver_convert", carrier="westriver", region="WRND", lines=(2, 5), block=0.35,
        block_size=(5, 10), dialed=8, person_share=0.3,
        account=lambda r, c, b: f"{r.randint(100000, 999999)}{digits(r, 3)}",
        modelled_on="co-operative statements of West River's kind (North Dakota) after a "
        "billing-system conversion: the new account number beside the former one, each "
        "labelled; 'Bill To' and 'Service Address' side by side so their lines alternate in "
        "the text layer; the lines in a table of NPA, NXX and LINE cells, a number block as "
        "one row with its quantity", accent="#7A1F1F", font="Helvetica")
def westriver_convert(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None and d.billing is not None
    former = f"{digits(r, 3)}-{digits(r, 4)}"
    s.wordmark(40, 46, "West River", 22, "#7A1F1F")
    s.text(40, 58, "Telecom", 9, color=GREY)
    s.box(330, 28, 246, 84, fill=LIGHT)
    when = d.statement_date - timedelta(days=r.randint(60, 200))
    facts = (("Account Number", d.printed_account),
             ("Former Account Number", former),
             ("Statement Date", date_text(d.statement_date, "us")),
             ("Main Number", phone(d.real_btn, "dash")),
             ("Amount Due", money(r, 60, 500)))
    for i, (label, value) in enumerate(facts):
        s.text(338, 42 + i * 14, label, 8)
        s.text(568, 42 + i * 14, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    s.text(40, 78, f"We moved to a new billing system on {when:%m/%d/%Y}. Your account number "
                   "has changed;", 7, color=GREY)
    s.text(40, 87, "please use the new number with payments. Your former number is shown for "
                   "reference.", 7, color=GREY)
    # side by side: the rows are drawn alternately, one line of each block per baseline
    bill = [d.name, *address_lines(d.billing)]
    service = address_lines(d.service)
    s.text(40, 124, "Bill To", 8, bold=True, color=s.accent)
    s.text(320, 124, "Service Address", 8, bold=True, color=s.accent)
    for k in range(max(len(bill), len(service))):
        if k < len(bill):
            with s.roled("mailing"):
                s.text(40, 137 + k * 11, bill[k], 9)
        if k < len(service):
            s.text(320, 137 + k * 11, service[k], 9)
    s.mark("service", address_key(d.service))
    s.text(40, 200, "Telephone Service", 11, bold=True, color=s.accent)
    y = 216.0
    s.box(38, y - 9, W - 76, 13, fill=LIGHT)
    cols = (44, 80, 116, 190, 420)
    for x, head in zip(cols, ("NPA", "NXX", "LINE", "Service", "Qty"), strict=True):
        s.text(x, y, head, 8, bold=True)
    s.text(W - 44, y, "Monthly", 8, bold=True, align="right")
    y += 14
    rows: list[tuple[str, str, str, str, int, list[str]]] = []
    for n in d.singles():
        ten = n[-10:]
        service_name = "Business Line" if not d.customer.person else "Residential Line"
        rows.append((ten[:3], ten[3:6], ten[6:], service_name, 1, [n]))
    for first, count in d.ranges:
        ten = first[-10:]
        last = f"{int(ten[6:]) + count - 1:04d}"
        block = [f"{first[:-4]}{int(first[-4:]) + i:04d}" for i in range(count)]
        rows.append((ten[:3], ten[3:6], f"{ten[6:]} - {last}", "DID Number Block", count, block))
    for npa, nxx, line, what, qty, nums in rows:
        for x, cell in zip(cols, (npa, nxx, line, what, str(qty)), strict=True):
            s.text(x, y, cell, 8.5)
        s.text(W - 44, y, money(r, 5, 45), 8.5, align="right")
        for n in nums:  # three cells of one row: the page prints the number whole
            s.mark("number", n)
        y += 12
    y += 6
    for label in ("Federal Subscriber Line Charge", "ND 911 Fee", "Federal USF Surcharge",
                  "Fiber Internet 250"):
        s.text(44, y, label, 8)
        s.text(W - 44, y, money(r, 1, 80), 8, align="right")
        y += 11
    with s.roled("help"):
        s.text(40, y + 18, "   ".join(f"{lab} {num}" for lab, num in d.carrier.help_lines), 7.5)
    notices(s, d, 40, y + 38, count=2, size=7)
    remit_stub(s, d, y=626, account_label="New Account Number")
    s.text(330, 626 + 80, f"Former account {former}", 6.5, color=GREY)
