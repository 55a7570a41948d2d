"""Open tuning split tune16: Lynx Mobile (US, an MVNO).

Lynx Mobile's statement speaks the industry's jargon for its lines: each line's 'MDN' in the
lines table, the same line again as its 'MSISDN' (eleven digits, country code first) in the
device table, 'Subscriber no.' in the usage table; nothing says which of them is billed, so no
billing number. Its notices name OTHER carriers with their own phone numbers: the 911 service
provider, the carrier of international calls billed through this bill ('Charges from ... Long
Distance, questions 1-800-...') and, in a welcome note, the carrier a line was ported in from.
"""

from __future__ import annotations

from tests.billcorpus.blocks import mailing_block, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import date_text, digits, money, phone
from tests.billcorpus.people import person_name
from tests.billcorpus.truth import Draft

_FORMER = ("Consumer Cellular", "Mint Mobile", "Cricket Wireless", "Metro by T-Mobile")


@family("lynx_mdn_jargon", carrier="lynx_mobile", lines=(1, 3), dialed=8, person_share=0.8,
        account=lambda r, c, b: f"LX{digits(r, 8)}",
        modelled_on="wireless statements of an MVNO of Lynx Mobile's kind: lines by 'MDN', "
        "devices by 'MSISDN', usage by 'Subscriber no.', no line named the billed one; notices "
        "naming the 911 provider, a long-distance carrier billed through the bill and the "
        "carrier a line was ported in from, each with its own phone number", accent="#5B2A86",
        font="DejaVuSans")
def lynx_mdn_jargon(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.service, d.btn = None, None  # wireless: no premises; the page names no billed line
    style = r.choice(("dash", "paren", "dot"))
    s.wordmark(40, 46, "Lynx Mobile", 24, "#5B2A86")
    s.text(40, 60, "Monthly account statement", 8.5, color=GREY)
    facts = (("Account holder", d.name), ("Account no.", d.printed_account),
             ("Statement date", date_text(d.statement_date, r.choice(("long", "us", "abbr0")))),
             ("Total due", money(r, 30, 160)))
    s.box(320, 24, 256, 58, fill=LIGHT)
    for i, (lab, value) in enumerate(facts):
        s.text(326, 38 + i * 13, lab, 8)
        s.text(570, 38 + i * 13, value, 8.5, bold=True, align="right")
    mailing_block(s, d, 50, 112, 9.5)
    users = [d.name if (i == 0 and d.customer.person) else person_name(r).split()[0]
             for i in range(len(d.numbers))]
    y = 190.0
    s.text(40, y, "Your lines", 10.5, bold=True, color=s.accent)
    rows = [(str(i + 1), users[i], phone(n, style), r.choice(("Unlimited", "Basic 5GB")),
             money(r, 15, 45)) for i, n in enumerate(d.numbers)]
    y = s.table(44, y + 16, ("Line", "User", "MDN", "Plan", "Monthly"), rows,
                (40, 150, 110, 110, 90), size=8, align=("left",) * 4 + ("right",))
    y += 12
    s.text(40, y, "Devices", 10.5, bold=True, color=s.accent)
    rows = [(f"1{n[-10:]}", r.choice(("Galaxy A15", "iPhone 13", "moto g play")),
             f"IMEI ending {digits(r, 4)}") for n in d.numbers]
    y = s.table(44, y + 16, ("MSISDN", "Device", "Identifier"), rows, (110, 150, 160), size=8)
    y += 12
    s.text(40, y, "Usage", 10.5, bold=True, color=s.accent)
    rows = [(phone(n, style), f"{r.randint(50, 900)} min", f"{r.randint(20, 2000)} msgs",
             f"{r.randint(1, 30)}.{r.randint(0, 9)} GB") for n in d.numbers]
    y = s.table(44, y + 16, ("Subscriber no.", "Talk", "Text", "Data"), rows,
                (110, 90, 90, 90), size=8)
    y += 14
    e911 = d.pool.one("800")
    ld = d.pool.one("888")
    d.dialed += [e911, ld]  # other carriers' numbers: never the customer's lines
    ported = d.numbers[-1]
    former = r.choice(_FORMER)
    s.text(40, y, "Notices", 9.5, bold=True)
    s.lines(44, y + 13, [
        f"911 and E911 service for your lines is provided by Intrado Life & Safety, questions "
        f"{phone(e911, 'one_dash')}.",
        f"Charges from Globetel Long Distance (international calls) are billed on this statement;"
        f" questions {phone(ld, 'one_dash')}.",
        f"Welcome to Lynx Mobile! Your number {phone(ported, style)} came to us from {former}.",
    ], 7.5)
    with s.roled("help"):
        s.text(40, y + 60, "   ".join(f"{lab} {num}" for lab, num in d.carrier.help_lines), 7.5,
               color=GREY)
    remit_stub(s, d, y=628)
