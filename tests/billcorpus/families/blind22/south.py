"""TWENTY-SECOND BLIND SPLIT: not for the reader's author (see families/blind22/__init__.py).

Five carriers of the South and the Plains: Dobson Telephone Company (Oklahoma), Reserve
Telephone Company (Reserve, Louisiana), Wheat State Telephone (Udall, Kansas), Dell Telephone
Cooperative (Dell City, Texas) and Cortelco Systems Puerto Rico (San Juan, in Spanish).

Sources (public pages; the bills are drawn from what they describe, no real bill copied):
cld.bz Dobson Telephone directory 'Questions about your bill' (local service billed a month in
advance, long distance after; the bill due on receipt; payments to Dobson Telephone Company,
P.O. Box 268940, Oklahoma City, OK 73126-8932; 'return the first page of the bill with your
payment and note your telephone number on the check'; the business office 1-580-497-3344);
skybest.com 'How to Read Your Business Services Bill' (account number, past due after, total
due, amount enclosed, remittance address, previous bill, current charges, important messages,
charge detail); nebnet.net 'About your phone bill' (return portion, summary of charges, detail
of recurring and non-recurring charges, messages, long distance companies billed through the
local bill); smartcitymetro.com 'How to read your bill' (a cost summary per phone line);
nextera.net 'Understanding your bill' (the summary 'for all accounts billed to this number').
No page of these five carriers' own bills was found: each follows that common layout with the
habits named in its family.
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind22.parts import (
    barcode,
    decoy,
    facts,
    former_account,
    last_first,
    leader,
    own_toll_free,
    ref_like_phone,
    rural_box,
)
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import csz, date_text, digits, money, phone
from tests.billcorpus.people import person_name, us_address
from tests.billcorpus.truth import Draft, SubAccount, address_key

# --- Dobson: fax, alarm and point-of-sale lines, 'Main number' and a call-back number -------

_LINE_KINDS = ("Fax line", "Alarm line", "Point-of-sale line", "Elevator emergency line",
               "Fax / modem line")


@family("dobson_alarm", carrier="dobson_tel", region="DOB", lines=(3, 5), dialed=4,
        person_share=0.0, account=lambda r, c, b: f"{r.randint(100000, 999999)}",
        modelled_on="Dobson Telephone Company (Oklahoma) business bills (cld.bz Dobson "
        "directory 'Questions about your bill' for the payment return and the business "
        "office; skybest.com for a business bill's sections): the customer's lines labelled by "
        "what they serve ('Fax line', 'Alarm line', 'Point-of-sale line', 'Elevator emergency "
        "line': all the customer's), the BTN under 'Main number' and a different 'Call-back "
        "number' (a contact's cell, not on the account); a credit row naming the former "
        "account the balance was transferred from. Ideas 9, 10 and 15",
        accent="#8B1A1A", font="Helvetica")
def dobson_alarm(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    day = d.statement_date
    callback = decoy(d)
    old = former_account(d)
    s.wordmark(40, 50, "Dobson Telephone", 19, "#8B1A1A")
    s.text(40, 63, d.carrier.legal, 7, color=GREY)
    facts(s, (("Account Number", d.printed_account), ("Bill Date", date_text(day, "us")),
              ("Main number", phone(d.real_btn, "dash")),
              ("Call-back number", phone(callback, "dash")),
              ("Amount Due", money(r, 120, 600))))
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 120, 9.5)
    s.text(330, 120, "Service Address", 8, bold=True, color=s.accent)
    s.lines(330, 133, [d.service.line1, *([d.service.line2] if d.service.line2 else []),
                       csz(d.service)], 9)
    s.mark("service", address_key(d.service))
    y = 200.0
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Monthly Service by Line", 9.5, bold=True, color=s.accent)
    y += 30
    kinds = r.sample(_LINE_KINDS, 4)
    for k, n in enumerate(d.numbers):
        label = "Main business line" if k == 0 else kinds[(k - 1) % 4]
        s.text(56, y, phone(n, "dash"), 8.5)
        s.text(170, y, label, 8.5)
        s.text(W - 44, y, money(r, 18, 55), 8.5, align="right")
        y += 13
    y += 8
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Adjustments and Credits", 9.5, bold=True, color=s.accent)
    y += 30
    s.text(56, y, f"Balance transferred from former account {old}", 8.5)
    s.text(W - 44, y, f"-{money(r, 10, 90)}", 8.5, align="right")
    y += 13
    s.text(56, y, "Service credit - outage " + date_text(day - timedelta(days=r.randint(5, 25)),
                                                          "us"), 8.5)
    s.text(W - 44, y, f"-{money(r, 2, 20)}", 8.5, align="right")
    y += 20
    s.text(44, y, "Please note your telephone number on your check and return the first page "
           "with your payment.", 7.5, color=GREY)
    with s.roled("help"):
        s.lines(40, y + 18, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    notices(s, d, 40, y + 46, count=2, size=7.5)
    remit_stub(s, d, 620)


# --- Reserve: two locations' lines in one table over the page break, subtotals between ------

_SITES = ("Main Office", "Warehouse", "Yard", "Shop", "Branch Office")


def _reserve_sites(d: Draft) -> list[tuple[SubAccount, str]]:
    """The statement's account over two locations, each with its own sub-account number of the
    account's shape, its service address and its lines; the case's own location first."""
    r = d.rng
    assert d.service is not None
    city = (d.service.city, d.service.state, d.service.postal_code[:3], d.customer.npa)
    sites = r.sample(_SITES, 2)
    seen = {d.account_number}
    out: list[tuple[SubAccount, str]] = []
    for k in range(2):
        acct = f"{digits(r, 2)}-{digits(r, 5)}"
        while acct in seen:
            acct = f"{digits(r, 2)}-{digits(r, 5)}"
        seen.add(acct)
        if k == 0:
            nums, where = tuple(d.numbers), d.service
        else:
            nums = tuple(d.pool.one(d.customer.npa) for _ in range(r.randint(3, 5)))
            where = us_address(r, city, 0.4)
        out.append((SubAccount(acct, nums[0], where, nums), sites[k]))
    d.sub_accounts = [x for x, _ in out]
    d.numbers = [n for x, _ in out for n in x.numbers]
    d.alternatives = {"service_address": tuple(x.service for x, _ in out),
                      "account_number": tuple(x.account_number for x, _ in out)}
    d.traits.add("multi_site")
    return out


@family("reserve_continued", carrier="reserve_tel", region="RSV", lines=(5, 8), dialed=6,
        person_share=0.0, account=lambda r, c, b: f"{digits(r, 2)}-{digits(r, 5)}",
        modelled_on="Reserve Telephone Company (Reserve, Louisiana) business statements (no page "
        "of its own bill found: nebnet.net and skybest.com for the sections, nextera.net for "
        "a summary of 'all accounts billed to this number'): one statement account over two "
        "locations, each with its own sub-account number, location name and service address "
        "(the case is one location); page 1 the summary and the start of the 'Local Service "
        "Detail' table with a 'Subtotal this page' row, page 2 'Local Service Detail "
        "(continued)' under a repeated header, a subtotal per location between the rows and a "
        "total; lines labelled fax, alarm or credit card terminal; a trouble ticket number and "
        "a work order number shaped like telephone numbers, each labelled. No label makes any "
        "line the billing number. Ideas 3, 9 and 11",
        accent="#00566E", font="DejaVuSans")
def reserve_continued(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    d.btn = None  # no label makes any line the billing number
    sites = _reserve_sites(d)
    day = d.statement_date
    s.wordmark(40, 50, "Reserve Telephone", 19, "#00566E")
    s.text(40, 63, d.carrier.legal, 7, color=GREY)
    facts(s, (("Statement Account", d.printed_account),
              ("Statement Date", date_text(day, "abbr")), ("Amount Due", money(r, 200, 900)),
              ("Due Date", date_text(day + timedelta(days=15), "abbr"))))
    mailing_block(s, d, 60, 118, 9.5)
    s.text(330, 118, "Locations on this statement", 8, bold=True, color=s.accent)
    for k, (sub, site) in enumerate(sites):
        s.text(330, 131 + k * 11, f"{sub.account_number}  {site}", 8)
    s.text(330, 162, f"Trouble Ticket {ref_like_phone(d)}  (closed)", 7.5, color=GREY)
    s.text(330, 173, f"Work Order {ref_like_phone(d)}", 7.5, color=GREY)
    kinds = ("Business line", "Fax line", "Alarm line", "Credit card terminal", "Rotary line")
    rows: list[tuple[str, object]] = []
    for sub, site in sites:
        rows.append(("site", (sub, site)))
        rows += [("line", n) for n in sub.numbers]
        rows.append(("sub", sub))
    cut = r.randint(5, 7)

    def head(y: float, title: str) -> float:
        s.band(y, 15, LIGHT)
        s.text(44, y + 11, title, 9.5, bold=True, color=s.accent)
        for x0, h in ((56, "Telephone Number"), (180, "Service"), (W - 44, "Amount")):
            s.text(x0, y + 28, h, 7.5, bold=True, align="right" if x0 > 400 else "left")
        return y + 42

    def row(y: float, kind: str, item: object) -> float:
        if kind == "site":
            sub, site = item  # type: ignore[misc]
            a = sub.service
            s.text(48, y, f"Sub-account {sub.account_number}  {site}", 8.5, bold=True)
            s.text(48, y + 11, "Service Address  " + f"{a.line1}{' ' + a.line2 if a.line2 else ''}"
                   f", {csz(a)}", 8)
            s.mark("service", address_key(a))
            return y + 25
        if kind == "sub":
            s.rule(300, y - 6, W - 40)
            s.text(300, y + 4, "Location subtotal", 8.5, bold=True)
            s.text(W - 44, y + 4, money(r, 90, 300), 8.5, bold=True, align="right")
            return y + 20
        s.text(56, y, phone(str(item), "paren"), 8.5)
        s.text(180, y, r.choice(kinds), 8.5)
        s.text(W - 44, y, money(r, 20, 60), 8.5, align="right")
        return y + 13

    y = head(200.0, "Local Service Detail")
    for kind, item in rows[:cut]:
        y = row(y, kind, item)
    s.rule(300, y - 6, W - 40)
    s.text(300, y + 4, "Subtotal this page", 8.5, bold=True)
    s.text(W - 44, y + 4, money(r, 90, 300), 8.5, bold=True, align="right")
    s.text(44, y + 22, "Continued on next page", 7.5, color=GREY)
    with s.roled("help"):
        s.lines(40, y + 40, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    remit_stub(s, d, 620)
    s.new_page()
    s.text(40, 40, d.carrier.brand, 12, bold=True, color=s.accent)
    s.text(W - 40, 36, "Page 2 of 2", 7, align="right")
    s.text(W - 40, 48, f"Statement Account {d.printed_account}", 7, align="right")
    s.rule(36, 56, W - 36, 0.8, s.accent)
    y = head(70.0, "Local Service Detail (continued)")
    for kind, item in rows[cut:]:
        y = row(y, kind, item)
    s.text(300, y + 4, "Total Local Service", 8.5, bold=True)
    s.text(W - 44, y + 4, money(r, 200, 600), 8.5, bold=True, align="right")
    y += 30
    for label in ("Louisiana Universal Service Fund", "911 Emergency Service Charge",
                  "Federal Subscriber Line Charge"):
        s.text(56, y, label, 8.5)
        s.text(W - 44, y, money(r, 1, 30), 8.5, align="right")
        y += 12
    notices(s, d, 40, y + 20, count=2, size=7.5)


# --- Wheat State: the customer's toll-free number and the line it rings, an HC box --------


@family("wheatstate_tollfree", carrier="wheat_state", region="WST", lines=(1, 3), dialed=5,
        person_share=0.3, account=lambda r, c, b: f"{digits(r, 4)}{r.randint(100, 999)}",
        modelled_on="Wheat State Telephone (Udall, Kansas) statements (no page of its own bill "
        "found: skybest.com and nebnet.net for a small company's sections): the customer's "
        "own toll-free number listed with the local line it rings to ('888-555-0142 rings to "
        "620-555-0117'), the mail to a highway contract or rural route box while the service "
        "address is the farm or shop's street; the BTN as 'Primary line' and a 'Contact "
        "phone' that is not on the account. Ideas 5, 7 and 15",
        accent="#A67C00", font="Helvetica")
def wheatstate_tollfree(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    day = d.statement_date
    box = rural_box(d, r.choice(("HC", "RR", "Rural Route")))
    rings = r.choice(d.numbers)
    tf = own_toll_free(d)
    contact = decoy(d)
    s.wordmark(40, 50, "Wheat State", 22, "#A67C00")
    s.text(40, 63, d.carrier.legal, 7, color=GREY)
    facts(s, (("Account", d.printed_account), ("Primary line", phone(d.real_btn, "paren")),
              ("Statement date", date_text(day, "us")), ("Amount due", money(r, 60, 400))))
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 118, 9.5)
    s.text(330, 118, "Service Address", 8, bold=True, color=s.accent)
    s.lines(330, 131, [f"{d.service.line1}{' ' + d.service.line2 if d.service.line2 else ''}",
                       csz(d.service)], 9)
    s.mark("service", address_key(d.service))
    s.text(330, 160, f"Contact phone {phone(contact, 'paren')}", 8)
    s.text(330, 171, f"Mail to {box.line1}", 7.5, color=GREY)
    y = 200.0
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Local Service", 9.5, bold=True, color=s.accent)
    y += 30
    for n in d.numbers:
        if n == tf:
            continue
        s.text(56, y, phone(n, "paren"), 8.5)
        s.text(190, y, r.choice(("Residence line", "Business line", "Farm line")), 8.5)
        s.text(W - 44, y, money(r, 18, 45), 8.5, align="right")
        y += 13
    y += 8
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Toll-Free Service", 9.5, bold=True, color=s.accent)
    y += 30
    s.text(56, y, f"{phone(tf, 'dash')}  rings to  {phone(rings, 'dash')}", 8.5)
    s.text(W - 44, y, money(r, 5, 20), 8.5, align="right")
    y += 13
    s.text(56, y, f"Toll-free usage  {r.randint(40, 600)} minutes", 8.5)
    s.text(W - 44, y, money(r, 3, 40), 8.5, align="right")
    y += 20
    for label in ("Kansas Universal Service Fund", "Federal Universal Service Fee",
                  "911 Tax"):
        s.text(56, y, label, 8.5)
        s.text(W - 44, y, money(r, 0, 12), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.lines(40, y + 18, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    notices(s, d, 40, y + 46, count=2, size=7.5)
    remit_stub(s, d, 620)


# --- Dell: billed by an agent on behalf of the co-op, a former account's credit, leaders ---

_AGENT = ("Trans-Pecos Billing Services, LLC", "PO Box 1290", "Van Horn, TX 79855-1290",
          "1-866-283-4410")


@family("dell_agent", carrier="dell_tel", region="DLL", lines=(1, 4), dialed=6,
        person_share=0.5, account=lambda r, c, b: f"{r.randint(1000, 9999)}{digits(r, 3)}",
        modelled_on="Dell Telephone Cooperative (Dell City, Texas) member statements printed "
        "by a billing agent (nebnet.net for a co-op bill that carries other companies' "
        "charges, skybest.com for the sections): the agent's name, remit-to and billing line "
        "at the head and 'Billed on behalf of Dell Telephone Cooperative by ...' under it (the "
        "co-op provides the lines and is the carrier to port from, never the agent); a credit "
        "naming a transferred account number; charge rows with dot leaders. Ideas 2, 10 "
        "and 14",
        accent="#5B3A29", font="DejaVuSans")
def dell_agent(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    d.btn = None  # no label makes any line the billing number
    day = d.statement_date
    d.help_numbers.append("+1" + "".join(c for c in _AGENT[3] if c.isdigit())[-10:])
    d.billing_agent = _AGENT[0]
    s.wordmark(40, 46, "TRANS-PECOS BILLING", 18, "#5B3A29")
    s.lines(40, 60, [_AGENT[0], _AGENT[1], _AGENT[2]], 8)
    with s.roled("help"):
        s.text(W - 40, 44, f"Billing questions {_AGENT[3]}", 9, bold=True, align="right")
    s.text(40, 102, f"Billed on behalf of {d.carrier.legal} by {_AGENT[0]}", 7.5,
           color=GREY)
    facts(s, (("Member Account", d.printed_account), ("Bill Date", date_text(day, "abbr0")),
              ("Amount Due", money(r, 40, 300))), y=62)
    mailing_block(s, d, 60, 128, 9.5)
    s.text(330, 128, "Service Location", 8, bold=True, color=s.accent)
    s.lines(330, 141, [f"{d.service.line1}{' ' + d.service.line2 if d.service.line2 else ''}",
                       csz(d.service)], 9)
    s.mark("service", address_key(d.service))
    y = 200.0
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, f"{d.carrier.brand} - Local Service", 9.5, bold=True, color=s.accent)
    y += 30
    for n in d.numbers:
        leader(s, 56, W - 44, y, r.choice(("Local line", "Residence line", "Business line")),
               phone(n, "dash"), amount=money(r, 18, 45))
        y += 13
    for label in ("Texas Universal Service", "Federal Universal Service",
                  "9-1-1 Emergency Service Fee"):
        leader(s, 56, W - 44, y, label, money(r, 0, 12))
        y += 12
    y += 10
    s.text(44, y, "Adjustments", 9, bold=True, color=s.accent)
    y += 14
    s.text(56, y, f"Credit transferred from account {former_account(d)} (closed)", 8.5)
    s.text(W - 44, y, f"-{money(r, 5, 60)}", 8.5, align="right")
    y += 20
    s.text(44, y, f"Questions about your service? Call {d.carrier.brand}:", 8, color=GREY)
    with s.roled("help"):
        s.lines(40, y + 14, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    notices(s, d, 40, y + 44, count=2, size=7.5)
    remit_stub(s, d, 620)


# --- Cortelco (in Spanish): a customer number, a barcode, a hunt group, 'APELLIDO, NOMBRE' ---


@family("cortelco_es", carrier="cortelco_pr", region="CSP", lang="es", lines=(2, 4), dialed=5,
        person_share=0.4, block=0.5, block_size=(5, 12),
        account=lambda r, c, b: f"{r.randint(100, 999)}{digits(r, 6)}",
        modelled_on="Cortelco Systems Puerto Rico (San Juan) business statements in Spanish "
        "(no page of its own bill found: skybest.com and nebnet.net for the sections, printed "
        "in Spanish as Puerto Rico's carriers print them): 'Número de cuenta' beside a "
        "distinct 'Núm. de cliente', a barcode on the stub with its caption of digits; a "
        "'Grupo de búsqueda' with its 'Número piloto' and members (the pilot is no BTN label: no BTN in the truth) and a DID block printed "
        "'787-555-0140 al 0151'; a person's name as 'APELLIDO, NOMBRE I.' with an 'a/c' or "
        "'Attn:' line. Ideas 4, 8 and 12",
        accent="#004B87", font="DejaVuSans")
def cortelco_es(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    envelope = last_first(d)
    attn = r.choice(("a/c ", "Attn: ", "c/o ")) + person_name(r)
    day = d.statement_date
    s.wordmark(40, 50, "CORTELCO", 22, "#004B87")
    s.text(40, 63, d.carrier.legal, 7, color=GREY)
    facts(s, (("Número de cuenta", d.printed_account), ("Núm. de cliente", d.customer_id),
              ("Fecha de factura", date_text(day, "us")), ("Total a pagar", money(r, 80, 700)),
              ("Fecha de vencimiento", date_text(day + timedelta(days=20), "us"))))
    mailing_block(s, d, 60, 118, 9.5, attn=attn, name_lines=[envelope])
    s.text(330, 118, "Titular de la cuenta", 8, bold=True, color=s.accent)
    s.text(330, 131, d.name, 9)
    s.text(330, 148, "Dirección de servicio", 8, bold=True, color=s.accent)
    s.lines(330, 161, [f"{d.service.line1}{' ' + d.service.line2 if d.service.line2 else ''}",
                       csz(d.service)], 9)
    s.mark("service", address_key(d.service))
    y = 210.0
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Servicio local", 9.5, bold=True, color=s.accent)
    y += 30
    singles = d.singles()
    s.text(56, y, f"Grupo de búsqueda - Número piloto {phone(singles[0], 'dash')}", 8.5,
           bold=True)
    d.btn = None  # a pilot is the group's number, not a billing number: the page proves no BTN
    s.text(W - 44, y, money(r, 25, 70), 8.5, align="right")
    y += 13
    for n in singles[1:]:
        s.text(72, y, f"Miembro  {phone(n, 'dash')}", 8.5)
        s.text(W - 44, y, money(r, 15, 40), 8.5, align="right")
        y += 13
    for first, count in d.ranges:
        last = f"{int(first[-4:]) + count - 1:04d}"
        s.text(56, y, f"Bloque DID  {phone(first, 'dash')} al {last}  ({count} números)", 8.5)
        s.text(W - 44, y, money(r, 10, 40), 8.5, align="right")
        y += 13
    for label in ("Cargo por acceso de línea (FCC)", "Fondo de Servicio Universal",
                  "Cargo 9-1-1", "IVU"):
        s.text(72, y, label, 8.5)
        s.text(W - 44, y, money(r, 0, 15), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.lines(40, y + 18, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    s.text(40, y + 46, "Mensajes importantes", 9, bold=True)
    s.lines(40, y + 60, [
        f"Pague en línea en {d.carrier.domain} o en nuestras oficinas. Los cargos locales se "
        "facturan por adelantado.",
        "Si su pago no se recibe en la fecha de vencimiento, se aplicará un cargo por demora."],
        7.5, color=GREY)
    remit_stub(s, d, 610, lang="es", account_label="Número de cuenta")
    caption = f"{d.customer_id} {''.join(c for c in d.printed_account if c.isdigit())} " \
              f"{digits(r, 5)}"
    barcode(s, 60, 706, caption, w=170, h=18)
