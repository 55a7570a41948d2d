"""Open tuning split tune13: Thumb Cellular (Michigan's Thumb) and Docomo Pacific (Guam).

Modelled on Thumb Cellular's statements as its billing system exports them (dates in ISO form,
the lines written with non-breaking hyphens or en dashes, thin and non-breaking spaces in the
amounts, a soft hyphen and the 'fi' ligature in the labels; the account holder with a title, as
two owners or as an estate; no service address and no billing number, as wireless bills go) and
on Docomo Pacific's business statements (the numbers list running over the page break under
'continued' with the account number and 'Page 2 of 2' repeated at the top; a Guam service
address with a lot number and a ZIP+4).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from portdesk.domain.case import Address
from tests.billcorpus.blocks import mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.people import person_name
from tests.billcorpus.truth import Draft, address_key

_NBH = "\u2011"  # non-breaking hyphen
_EN = "\u2013"  # en dash
_THIN = "\u2009"
_NBSP = "\u00a0"
_SHY = "\u00ad"
_FI = "\ufb01"


def _owner_shape(d: Draft) -> None:
    """A person's account as billing systems hold it: a title, two owners or an estate."""
    r = d.rng
    if not d.customer.person:
        return
    words = d.customer.name.split()
    first, last = words[0], words[-1]
    shape = r.choice(("title", "two", "estate"))
    if shape == "title":
        d.name = f"{r.choice(('Mr.', 'Ms.', 'Dr.', 'Mrs.'))} {d.customer.name}"
    elif shape == "two":
        other = person_name(r).split()[0]
        while other == first:
            other = person_name(r).split()[0]
        d.name = f"{first} & {other} {last}"
    else:
        d.name = f"Estate of {d.customer.name}"
    d.name = d.name.upper()
    d.traits.add("name_shape")


def _joined(e164: str, dash: str) -> str:
    ten = e164[-10:]
    return f"{ten[:3]}{dash}{ten[3:6]}{dash}{ten[6:]}"


@family("thumbcell_unicode", carrier="thumbcell", region="THMI", lines=(1, 5), dialed=6,
        person_share=0.6, account=lambda r, c, b: f"{digits(r, 8)}",
        modelled_on="wireless statements of Thumb Cellular's kind (Pigeon, Michigan) as its "
        "billing system exports them: ISO dates, the lines written with non-breaking hyphens "
        "or en dashes, thin and non-breaking spaces in amounts, a soft hyphen and the 'fi' "
        "ligature in labels, the account holder with a title, as two owners or as an estate, "
        "no service address and no billing number", accent="#C8102E", font="DejaVuSans")
def thumbcell_unicode(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.service, d.btn = None, None  # a wireless statement: no service address, no billing number
    _owner_shape(d)
    dash = r.choice((_NBH, _EN))
    s.wordmark(40, 46, "Thumb Cellular", 20, "#C8102E")
    s.text(40, 58, f"Wire{_SHY}less service for the Thumb since 1990", 7.5, color=GREY)
    due = d.statement_date + timedelta(days=r.choice((18, 21)))
    facts = (("Account", d.printed_account), ("Bill date", d.statement_date.isoformat()),
             ("Due date", due.isoformat()),
             ("Amount due", f"${_THIN}{money(r, 40, 400)[1:]}"))
    s.box(330, 28, 246, 66, fill=LIGHT)
    for i, (label, value) in enumerate(facts):
        s.text(338, 42 + i * 14, label, 8)
        s.text(568, 42 + i * 14, value, 8.5, bold=True, align="right")
    mailing_block(s, d, 50, 118, 9.5)
    s.text(40, 196, f"Your lines{_NBSP}&{_NBSP}plans", 11, bold=True, color=s.accent)
    y = 214.0
    for n in d.numbers:
        user = d.name if r.random() < 0.3 else person_name(r).upper()
        s.text(44, y, _joined(n, dash), 9, bold=True)
        s.mark("number", n)  # the line whole, its hyphens not the ASCII one
        s.text(160, y, user, 8.5)
        s.text(W - 44, y, f"${_THIN}{money(r, 25, 70)[1:]}", 8.5, align="right")
        y += 12
        plan = r.choice((f"Unlimited Talk{_NBSP}&{_NBSP}Text 10{_THIN}GB", "Basic 2 GB",
                         f"Unlimited Pro{_FI}le Plus"))
        s.text(60, y, f"Plan: {plan}   Device: {r.choice(('iPhone 15', 'Galaxy A54', 'Moto g'))}",
               7.5, color=GREY)
        y += 14
    y += 6
    for label in (f"Speci{_FI}c taxes {_EN} Michigan", "Federal Universal Service Fund",
                  "MI 911 Surcharge", f"Noti{_FI}cations by text"):
        s.text(44, y, label, 8)
        s.text(W - 44, y, f"${_THIN}{money(r, 0, 12)[1:]}", 8, align="right")
        y += 11
    with s.roled("help"):
        s.text(40, y + 18, "   ".join(f"{lab} {num}" for lab, num in d.carrier.help_lines), 7.5)
    notices(s, d, 40, y + 36, count=2, size=7)
    remit_stub(s, d, y=630)


_CHALAN = ("Chalan San Antonio", "Marine Corps Dr", "Chalan Pasaheru", "Route 3", "Army Dr",
           "Chalan Palasyo", "Santa Barbara Ave")


def _guam_address(d: Draft) -> None:
    """Guam addresses as the island writes them: a lot number with the road, a ZIP+4."""
    r = d.rng
    old = d.customer.service
    line1 = r.choice((f"Lot {r.randint(1, 9999)} {r.choice(_CHALAN)}",
                      f"{r.randint(10, 999)} {r.choice(_CHALAN)}"))
    unit = r.choice(("", "", f"Unit {r.randint(1, 40)}{r.choice('ABC')}", "Ste 2F"))
    postal = f"969{r.choice(('10', '11', '12', '13', '21', '29', '32'))}-{r.randint(1000, 9999)}"
    service = Address(line1, unit, old.city, "GU", postal)
    billing = service if r.random() < 0.5 else Address(
        f"PO Box {r.randint(1000, 99999)}", "", old.city, "GU", postal[:5])
    d.customer = replace(d.customer, service=service, billing=billing)
    d.service, d.billing = service, billing


@family("docomo_continued", carrier="docomo_pacific", region="GUAM", lines=(20, 34),
        dialed=6, person_share=0.0, account=lambda r, c, b: f"{digits(r, 3)}-{digits(r, 6)}",
        modelled_on="business statements of Docomo Pacific's kind (Guam): the account facts "
        "and the start of the numbers list on page 1, the list running over the page break "
        "under 'continued', the account number and 'Page 2 of 2' repeated at the top of page "
        "2; a Guam service address with a lot number and a ZIP+4", accent="#E60012",
        font="Helvetica")
def docomo_continued(s: Sheet, d: Draft) -> None:
    r = s.rng
    _guam_address(d)
    assert d.service is not None
    style = r.choice(("paren", "dash"))
    s.wordmark(40, 46, "DOCOMO PACIFIC", 18, "#E60012")
    s.text(40, 58, f"{d.carrier.legal}", 7.5, color=GREY)

    def header(page: int) -> None:
        s.text(W - 40, 36, f"Account No. {d.printed_account}", 8, align="right")
        s.text(W - 40, 47, f"Page {page} of 2", 7.5, align="right")

    header(1)
    facts = (("Statement Date", date_text(d.statement_date, "long")),
             ("Main Number", phone(d.real_btn, style)),
             ("Total Amount Due", money(r, 400, 3000)))
    for i, (label, value) in enumerate(facts):
        s.text(330, 72 + i * 13, label, 8)
        s.text(W - 40, 72 + i * 13, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 50, 112, 9.5)
    s.text(330, 124, "Service Address", 8, bold=True, color=s.accent)
    s.lines(330, 136, address_lines(d.service), 8.5)
    s.mark("service", address_key(d.service))
    s.text(40, 200, "Business Voice & Mobile Lines", 11, bold=True, color=s.accent)
    s.box(38, 208, W - 76, 12, fill=LIGHT)
    s.text(44, 217, "Number", 8, bold=True)
    s.text(180, 217, "Service", 8, bold=True)
    s.text(W - 44, 217, "Monthly", 8, bold=True, align="right")
    y, k = 232.0, 0
    first_page = min(len(d.numbers) - 3, r.randint(12, 26))  # the box's rows on page 1
    kinds = ("Business Line", "Mobile - Business Unlimited", "Fax Line", "Mobile - Data 20GB")
    while k < first_page:
        s.text(44, y, phone(d.numbers[k], style), 8.5)
        s.text(180, y, r.choice(kinds), 8.5)
        s.text(W - 44, y, money(r, 20, 80), 8.5, align="right")
        y += 11.5
        k += 1
    s.text(44, y + 4, "Continued on next page", 7.5, color=GREY)
    with s.roled("help"):
        s.text(40, 626, "   ".join(f"{lab} {num}" for lab, num in d.carrier.help_lines), 7.5)
    remit_stub(s, d, y=640)
    s.new_page()
    s.text(40, 40, "DOCOMO PACIFIC", 12, bold=True, color=s.accent)
    header(2)
    s.rule(36, 56, W - 36, 0.8, s.accent)
    s.text(40, 80, "Business Voice & Mobile Lines (continued)", 11, bold=True, color=s.accent)
    y = 100.0
    while k < len(d.numbers):
        s.text(44, y, phone(d.numbers[k], style), 8.5)
        s.text(180, y, r.choice(kinds), 8.5)
        s.text(W - 44, y, money(r, 20, 80), 8.5, align="right")
        y += 11.5
        k += 1
    y += 10
    for label in ("Guam Gross Receipts Tax", "Federal USF", "E911 Surcharge"):
        s.text(44, y, label, 8)
        s.text(W - 44, y, money(r, 1, 90), 8, align="right")
        y += 11
    notices(s, d, 40, y + 20, count=2, size=7)
