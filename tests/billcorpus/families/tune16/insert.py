"""Open tuning split tune16: Ting Internet (fiber), a marketing insert in the bill's PDF.

Ting Internet's statement PDF carries a news-and-offers insert as its second page: the town's
Ting store with its street address, a promo code as long as the account number, a 'refer a
friend' code and line, and a picture of a sample bill for a made-up customer ('Jane Doe, 123
Any Street', a 555-555 number and a sample account); none of it is the customer's.
"""

from __future__ import annotations

from tests.billcorpus.blocks import mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.people import us_address
from tests.billcorpus.truth import Draft, address_key


@family("ting_insert", carrier="ting_internet", region="TING", lines=(1, 2), dialed=8,
        person_share=0.8, account=lambda r, c, b: digits(r, 9),
        modelled_on="fiber statements of Ting Internet's kind with a news-and-offers insert as "
        "page 2: the local store's address, a promo code as long as the account number, a "
        "refer-a-friend code and line, a sample bill for a made-up customer", accent="#1BA39C",
        font="DejaVuSans")
def ting_insert(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("paren", "dash", "dot"))
    s.wordmark(40, 46, "Ting Internet", 22, "#1BA39C")
    s.text(40, 60, "Fiber internet and home phone", 8, color=GREY)
    facts = (("Account number", d.printed_account),
             ("Statement date", date_text(d.statement_date, r.choice(("long", "abbr", "us")))),
             ("Primary phone (billing number)", phone(d.real_btn, style)),
             ("Total due", money(r, 70, 160)))
    s.box(320, 24, 256, 58, fill=LIGHT)
    for i, (lab, value) in enumerate(facts):
        s.text(326, 38 + i * 13, lab, 8)
        s.text(570, 38 + i * 13, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 50, 112, 9.5)
    s.text(320, 104, "Service address", 8.5, bold=True, color=s.accent)
    s.lines(320, 117, address_lines(d.service), 8.5)
    s.mark("service", address_key(d.service))
    y = 196.0
    s.text(40, y, "Your services", 10.5, bold=True, color=s.accent)
    y += 16
    for lab in ("Ting Fiber 1 Gig", "Wi-Fi 6 router"):
        s.text(44, y, lab, 8.5)
        s.text(W - 44, y, money(r, 9, 89), 8.5, align="right")
        y += 12
    for n in d.numbers:
        s.text(44, y, f"Ting Home Phone {phone(n, style)}", 8.5)
        s.text(W - 44, y, money(r, 15, 25), 8.5, align="right")
        y += 12
    for lab in ("Regulatory cost recovery", "911 fee"):
        s.text(44, y, lab, 8.5)
        s.text(W - 44, y, money(r, 1, 5), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.lines(40, y + 14, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 7.5)
    notices(s, d, 40, y + 44, count=2, size=7)
    remit_stub(s, d, y=628)
    # page 2: the insert
    s.new_page()
    s.band(36, 40, s.accent)
    s.text(48, 62, "Ting Town News  -  offers and updates", 16, bold=True,
           color=LIGHT)
    store = us_address(r, (d.service.city, d.service.state, d.service.postal_code[:3],
                           d.customer.npa), 0.0)
    promo = digits(r, len(d.printed_account))
    while promo == d.printed_account:
        promo = digits(r, len(d.printed_account))
    refer = d.pool.one("855")
    sample = f"+1555555{r.randint(100, 199):04d}"
    d.dialed += [refer, sample]  # the insert's numbers: never the customer's lines
    s.lines(48, 110, [
        f"Visit the Ting Town store at {store.line1}, {store.city}, {store.state} "
        f"{store.postal_code}, Tuesday to Saturday.",
        f"Upgrade to 2 Gig this month with promo code {promo} at checkout.",
        f"Refer a friend: share code TING-{digits(r, 5)} or have them call {phone(refer, 'one_dash')};"
        " you both get $25.",
    ], 9, leading=16)
    s.text(48, 190, "How to read your bill (sample)", 11, bold=True, color=s.accent)
    s.box(48, 200, 300, 96, stroke=GREY)
    s.lines(58, 216, ["Jane Doe", "123 Any Street", "Anytown, ST 00000",
                      f"Account number {'0' * 4}{digits(r, len(d.printed_account) - 4)}",
                      f"Home phone {phone(sample, 'paren')}"], 8.5, color=GREY)
    s.text(48, 320, "Sample values for illustration only.", 7, color=GREY)
