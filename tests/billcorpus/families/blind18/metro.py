"""EIGHTEENTH BLIND SPLIT: not for the reader's author (see families/blind18/__init__.py).

Smart City Telecom (Lake Buena Vista, Florida), Yadtel (Yadkin Valley Telephone Membership
Corporation, Yadkinville, North Carolina) and Optico Fiber (San Juan, Puerto Rico; its
statement in Spanish and English side by side).

Sources (public pages; the bills are drawn from what they describe, no real bill copied):
support.smartcitymetro.com 'How to read your bill' (three parts: an overall cost summary with the
account number, billing address and amount due; a summary of local service for each line; a
long-distance call log with date, number, location and duration); yadtel.net billing help and
the co-op's 'understanding your statement' page (the member's record as the billing system holds
it, in capitals; 'Bill To' and the users of the lines); opticofiber.com business and support
pages (bilingual service, voice lines with extensions). Read alongside: skybest.com 'How to read
your business services bill' and cogeco.ca 'Understanding your bill' (the service address may
differ from the billing address).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import call_detail, mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind18.parts import (
    WHITE,
    amount_like_phone,
    mixed,
    own_toll_free,
    ref_like_phone,
    running_head,
)
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.people import person_name
from tests.billcorpus.truth import Draft, address_key

# --- Smart City: the customer's toll-free numbers, one list three ways, phone-shaped refs ----


@family("smartcity_tollfree", carrier="smartcity", region="SCT", lines=(2, 5), dialed=8,
        person_share=0.1, account=lambda r, c, b: f"{digits(r, 8)}",
        modelled_on="Smart City Telecom statements (support.smartcitymetro.com 'How to read "
        "your bill'): an overall cost summary (account number, billing address, amount due), "
        "a summary of local service for each line, a long-distance call log; the customer's "
        "own toll-free numbers (8XX, ringing to a local line) listed among the lines beside "
        "the carrier's toll-free support lines; one list writing numbers as ten bare digits, "
        "+1 E.164 and (NPA) NXX-XXXX; order numbers in the 3-3-4 shape of a telephone number "
        "and minutes like '555.0199'. Ideas 3, 9 and 13",
        accent="#00629B", font="Helvetica")
def smartcity_tollfree(s: Sheet, d: Draft) -> None:
    r = s.rng
    own = own_toll_free(d, r.randint(1, 2))
    assert d.service is not None
    day = d.statement_date
    s.wordmark(40, 50, "Smart City", 24, "#00629B")
    s.text(40, 64, "Telecom \u00b7 " + d.carrier.legal, 7.5, color=GREY)
    s.band(80, 16, LIGHT)
    s.text(44, 92, "Overall Cost Summary", 10, bold=True, color=s.accent)
    facts = (("Account Number", d.printed_account), ("Bill Date", date_text(day, "long")),
             ("Billing Telephone Number", phone(d.real_btn, "dot")),
             ("Amount Due", money(r, 60, 700)),
             ("Due Date", date_text(day + timedelta(days=20), "long")))
    for i, (label, value) in enumerate(facts):
        s.text(340, 116 + i * 13, label, 8, color=GREY)
        s.text(W - 40, 116 + i * 13, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    s.text(44, 112, "Billing Address", 8, bold=True, color=s.accent)
    mailing_block(s, d, 44, 126, 9.5)
    s.text(44, 196, "Service Address", 8, bold=True, color=s.accent)
    s.text(130, 196, ", ".join([f"{d.service.line1} {d.service.line2}".strip(),
                                address_lines(d.service)[-1]]), 9)
    s.mark("service", address_key(d.service))
    y = 226.0
    s.band(y, 16, LIGHT)
    s.text(44, y + 12, "Summary of Local Service", 10, bold=True, color=s.accent)
    y += 32
    for x0, head in ((56, "Line"), (200, "Service"), (380, "Taxes & Fees")):
        s.text(x0, y, head, 7.5, bold=True)
    s.text(W - 44, y, "Total", 7.5, bold=True, align="right")
    y += 13
    for k, n in enumerate(d.numbers):
        s.text(56, y, mixed(n, k), 8.5)
        s.text(200, y, f"Toll-Free Service (rings to {d.real_btn[-10:]})" if n in own else
               r.choice(("Business Line", "Business Line + Voicemail", "Fax Line")), 8.5)
        s.text(380, y, money(r, 1, 9), 8.5)
        s.text(W - 44, y, money(r, 20, 60), 8.5, align="right")
        y += 13
    y += 10
    s.text(44, y, f"Order {ref_like_phone(d)} (new toll-free routing) completed "
           f"{date_text(day - timedelta(days=r.randint(4, 25)), 'us')}.", 7.5, color=GREY)
    s.text(44, y + 11, f"Long distance minutes this cycle: {amount_like_phone(d)}. Confirmation "
           f"no. {ref_like_phone(d)}.", 7.5, color=GREY)
    y += 34
    s.text(40, y, "Questions? Call us toll-free:", 8, bold=True)
    with s.roled("help"):
        s.lines(40, y + 12, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    notices(s, d, 40, y + 44, count=2, size=7.5)
    remit_stub(s, d, y=640)
    call_detail(s, d, 2, 1, "Long Distance Call Summary", "dash")


# --- Yadtel: the record in capitals, the holder billed, another person served ---------------

def _holder_and_user(d: Draft) -> tuple[str, str, str]:
    """The holder in capitals ('LAST, FIRST' for a person, with a title on the envelope), the
    envelope's attention line, and the authorised user the service is for (another person)."""
    r = d.rng
    d.upper()
    user = person_name(r).upper()
    if d.customer.person:
        words = d.name.split()
        title = r.choice(("DR.", "MR.", "MRS.", "REV."))
        d.name = f"{words[-1]}, {' '.join(words[:-1])}"
        return f"{title} {d.name}", "", user
    return d.name, r.choice(("ATTN: ACCOUNTS PAYABLE", "ATTN: BUSINESS OFFICE",
                             f"ATTN: {person_name(r).upper()}, OWNER")), user


@family("yadtel_caps", carrier="yadtel", region="YAD", lines=(2, 5), dialed=0,
        person_share=0.5, account=lambda r, c, b: f"{digits(r, 3)}-{digits(r, 4)}-{digits(r, 3)}",
        modelled_on="Yadtel (Yadkin Valley Telephone Membership Corporation) statements "
        "(yadtel.net billing help): the member's record in capitals as the billing system "
        "holds it, a person 'LAST, FIRST' with a title ('DR.'), a business with 'ATTN: "
        "ACCOUNTS PAYABLE'; the holder under 'Bill To' and the authorised user the service is "
        "for under 'Service For' (another person); page 2 under a running header 'Page 2 of 2 "
        "| ACME HOLDI... | Acct 1234' that cuts the name. Ideas 6, 7 and 14",
        accent="#5B2C83", font="DejaVuSans")
def yadtel_caps(s: Sheet, d: Draft) -> None:
    r = s.rng
    envelope, attn, user = _holder_and_user(d)
    assert d.service is not None
    day = d.statement_date
    s.wordmark(40, 50, "yadtel", 26, "#5B2C83")
    s.text(40, 64, f"{d.carrier.brand} \u00b7 {d.carrier.legal.upper()}", 7, color=GREY)
    facts = (("ACCOUNT NUMBER", d.printed_account), ("STATEMENT DATE", date_text(day, "upper")),
             ("BILLING TELEPHONE NO.", phone(d.real_btn, "dash")),
             ("TOTAL AMOUNT DUE", money(r, 50, 500)))
    for i, (label, value) in enumerate(facts):
        s.text(340, 44 + i * 13, label, 7.5, color=GREY)
        s.text(W - 40, 44 + i * 13, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    s.text(60, 108, "BILL TO", 7.5, bold=True, color=s.accent)
    mailing_block(s, d, 60, 122, 9.5, attn=attn, comma=False, name_lines=[envelope])
    s.text(340, 108, "SERVICE FOR", 7.5, bold=True, color=s.accent)
    s.text(340, 122, f"{user} (AUTHORIZED USER)", 9)
    s.lines(340, 135, address_lines(d.service, comma=False), 9)
    s.mark("service", address_key(d.service))
    s.text(340, 135 + 12 * len(address_lines(d.service)) + 4, f"ACCOUNT HOLDER: {d.name}", 8)
    y = 220.0
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "ACCOUNT SUMMARY", 9.5, bold=True, color=s.accent)
    y += 30
    for label in ("PREVIOUS BALANCE", "PAYMENT - THANK YOU", "LOCAL SERVICE", "BROADBAND",
                  "TAXES AND SURCHARGES", "TOTAL CURRENT CHARGES"):
        s.text(60, y, label, 8.5)
        s.text(W - 44, y, money(r, 2, 200), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.lines(40, y + 20, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    notices(s, d, 40, y + 56, count=2, size=7.5)
    remit_stub(s, d, y=640)
    s.new_page()
    running_head(s, d, 2, 2)
    y = 70.0
    s.text(44, y, "LOCAL SERVICE DETAIL", 10, bold=True, color=s.accent)
    y += 18
    for n in d.numbers:
        s.text(56, y, phone(n, "dash"), 9)
        s.text(180, y, r.choice(("RESIDENCE LINE", "BUSINESS LINE", "ADDITIONAL LINE")), 8.5)
        s.text(330, y, f"USER: {user if n == d.real_btn else person_name(r).upper()}", 8)
        s.text(W - 44, y, money(r, 18, 45), 8.5, align="right")
        y += 13
    y += 12
    for label in ("FEDERAL SUBSCRIBER LINE CHARGE", "NC 911 SERVICE CHARGE",
                  "FEDERAL UNIVERSAL SERVICE FEE"):
        s.text(56, y, label, 8.5)
        s.text(W - 44, y, money(r, 0, 12), 8.5, align="right")
        y += 12


# --- Optico: Spanish and English side by side, extensions, numbers three ways ---------------

_BI = (("Número de cuenta", "Account number"), ("Fecha de factura", "Bill date"),
       ("Número principal (BTN)", "Main number (BTN)"), ("Total a pagar", "Amount due"),
       ("Fecha de vencimiento", "Due date"))


@family("optico_bilingue", carrier="optico", region="OPT", lines=(3, 7), dialed=0,
        person_share=0.1, lang="es", block=0.4, block_size=(5, 10),
        account=lambda r, c, b: f"OPT-{digits(r, 7)}",
        modelled_on="Optico Fiber business statements (Puerto Rico; opticofiber.com business "
        "and support pages): every label in Spanish and English side by side (two columns, "
        "'Número de cuenta' beside 'Account number'), voice lines with their extensions "
        "('x204', 'ext. 12') and a fax line listed as such, one list writing numbers as ten "
        "bare digits, +1 E.164 and (787) NXX-XXXX, Puerto Rico addresses with 'Urb.' and "
        "'Suite'. Ideas 2, 12 and 13",
        accent="#E4002B", font="DejaVuSans")
def optico_bilingue(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    day = d.statement_date
    s.wordmark(40, 50, "optico", 26, "#E4002B")
    s.text(40, 64, "Optico Fiber \u00b7 " + d.carrier.legal, 7.5, color=GREY)
    s.text(330, 40, "ESPAÑOL", 7, bold=True, color=s.accent)
    s.text(470, 40, "ENGLISH", 7, bold=True, color=s.accent)
    values = (d.printed_account, date_text(day, "us"), phone(d.real_btn, "paren"),
              money(r, 80, 900), date_text(day + timedelta(days=21), "us"))
    for i, ((es, en), value) in enumerate(zip(_BI, values, strict=True)):
        yy = 54 + i * 24
        s.text(330, yy, es, 7.5, color=GREY)
        s.text(470, yy, en, 7.5, color=GREY)
        s.text(330, yy + 11, value, 8.5, bold=True)
    s.mark("btn", d.real_btn)
    s.text(60, 100, "Facturar a / Bill to", 7.5, bold=True, color=s.accent)
    mailing_block(s, d, 60, 114, 9.5)
    y = 186.0
    s.text(60, y, "Dirección de servicio", 7.5, bold=True, color=s.accent)
    s.text(200, y, "Service address", 7.5, bold=True, color=s.accent)
    s.lines(60, y + 13, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    y += 60
    s.band(y, 15)
    s.text(44, y + 11, "Líneas de voz", 9, bold=True, color=WHITE)
    s.text(300, y + 11, "Voice lines", 9, bold=True, color=WHITE)
    y += 28
    heads = (("Número / Number", 56), ("Ext.", 200), ("Tipo / Type", 250),
             ("Usuario / User", 370))
    for head, x0 in heads:
        s.text(x0, y, head, 7.5, bold=True)
    s.text(W - 44, y, "Cargo / Charge", 7.5, bold=True, align="right")
    y += 13
    fax = d.singles()[-1]
    for k, n in enumerate(d.singles()):
        ext = "" if n == fax else str(r.randint(10, 240))
        shown = mixed(n, k) + (f" {r.choice(('x', 'ext. '))}{ext}" if ext and k % 2 else "")
        s.text(56, y, shown, 8.5)
        s.text(200, y, ext or "-", 8.5)
        s.text(250, y, "Fax / Fax line" if n == fax else "Línea / Line", 8.5)
        s.text(370, y, "Recepción / Front desk" if k == 0 else "-" if n == fax
               else person_name(r), 8.5)
        s.text(W - 44, y, money(r, 15, 45), 8.5, align="right")
        y += 13
    for first, count in d.ranges:
        last = first[:-4] + f"{int(first[-4:]) + count - 1:04d}"
        s.text(56, y, f"{phone(first, 'paren')} a/to {phone(last, 'paren')}", 8.5)
        s.text(250, y, f"Bloque DID / DID block ({count})", 8.5)
        s.text(W - 44, y, money(r, 10, 40), 8.5, align="right")
        y += 13
    y += 12
    s.text(60, y, "Servicio al cliente", 7.5, bold=True)
    s.text(300, y, "Customer service", 7.5, bold=True)
    with s.roled("help"):
        s.lines(60, y + 12, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    y += 44
    s.text(60, y, "Mensajes importantes", 8.5, bold=True)
    s.text(300, y, "Important messages", 8.5, bold=True)
    s.lines(60, y + 12, ["Pague a tiempo y evite cargos", "por demora de 1.5% mensual."], 7.5)
    s.lines(300, y + 12, ["Pay on time to avoid a late", "charge of 1.5% per month."], 7.5)
    remit_stub(s, d, y=640, lang="es")
