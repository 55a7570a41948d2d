"""Open tuning split tune16: Bluewater (Michigan), a utility co-op's combined statement.

Bluewater's member statement bills electricity, water, internet and telephone on one page: a
member number beside the account number, the service location with its map location ('Map
12-34-5'), an electric meter with kWh readings and a water meter with gallons (numbers of many
digits that are neither accounts nor lines), internet, and the telephone service one section
among the others, its billing number under its own label and the lines under it.
"""

from __future__ import annotations

from tests.billcorpus.blocks import mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.truth import Draft, address_key


@family("bluewater_combined", carrier="bluewater", region="BWMI", lines=(1, 3), dialed=6,
        person_share=0.6, account=lambda r, c, b: f"{digits(r, 5)}-{digits(r, 3)}",
        modelled_on="combined member statements of a rural utility co-op of Bluewater's kind "
        "(Michigan thumb): electric, water, internet and telephone on one statement, a member "
        "number beside the account number, the service location with a map location, meter "
        "numbers and readings, the telephone section one among others with its billing number",
        accent="#0B5394", font="Helvetica")
def bluewater_combined(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("paren", "dash"))
    s.wordmark(40, 46, "Bluewater", 24, "#0B5394", font="Helvetica-Bold")
    s.text(40, 60, "Rural Utilities Cooperative  -  Electric  Water  Internet  Telephone", 7.5,
           color=GREY)
    member = digits(r, 6)
    while member in d.printed_account.replace("-", ""):
        member = digits(r, 6)
    facts = (("Member No.", member), ("Account No.", d.printed_account),
             ("Statement Date", date_text(d.statement_date, r.choice(("abbr0", "us", "long")))),
             ("Total Amount Due", money(r, 120, 480)))
    s.box(330, 24, 246, 60, stroke=GREY)
    for i, (lab, value) in enumerate(facts):
        s.text(338, 38 + i * 13, lab, 8)
        s.text(568, 38 + i * 13, value, 8.5, bold=True, align="right")
    mailing_block(s, d, 50, 110, 9.5)
    s.text(330, 104, "Service Location", 8.5, bold=True, color=s.accent)
    s.lines(330, 117, address_lines(d.service), 8.5)
    s.mark("service", address_key(d.service))
    mp = f"Map {r.randint(1, 40)}-{r.randint(1, 60)}-{r.randint(1, 9)}"
    s.text(330, 117 + 11 * (len(address_lines(d.service))) + 2, f"Map location: {mp}", 7.5,
           color=GREY)
    y = 190.0

    def section(title: str) -> None:
        nonlocal y
        s.box(38, y - 10, W - 76, 14, fill=LIGHT)
        s.text(44, y, title, 9, bold=True, color=s.accent)
        y += 15

    def row(label: str, value: str) -> None:
        nonlocal y
        s.text(50, y, label, 8)
        s.text(W - 44, y, value, 8, align="right")
        y += 11

    prev = r.randint(10000, 90000)
    used = r.randint(300, 2400)
    section("ELECTRIC SERVICE")
    row(f"Meter E{digits(r, 7)}   Previous reading {prev}   Present reading {prev + used}",
        f"{used} kWh")
    row("Energy charge", money(r, 40, 260))
    row("Power supply cost recovery", money(r, 2, 30))
    row("Facilities charge", money(r, 12, 30))
    wprev = r.randint(100000, 900000)
    wused = r.randint(1000, 9000)
    section("WATER SERVICE")
    row(f"Meter W{digits(r, 6)}   Previous {wprev}   Present {wprev + wused}", f"{wused} gal")
    row("Water usage and readiness to serve", money(r, 20, 70))
    section("INTERNET")
    row("Fiber 250 Mbps", money(r, 50, 80))
    section("TELEPHONE SERVICE")
    s.text(50, y, f"Billing Telephone Number: {phone(d.real_btn, style)}", 8, bold=True)
    s.mark("btn", d.real_btn)
    y += 12
    for n in d.numbers:
        row(f"Local line {phone(n, style)}", money(r, 18, 35))
    row("Federal subscriber line charge", money(r, 3, 9))
    row("Michigan 911 surcharge", money(r, 1, 4))
    y += 8
    with s.roled("help"):
        s.lines(40, y + 6, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 7.5)
    notices(s, d, 40, y + 36, count=2, size=7)
    remit_stub(s, d, y=640)
