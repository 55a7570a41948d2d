"""Open tuning split tune17: VoIP.ms (Canada), an invoice e-mail printed to PDF.

What the customer saved: the mail client's print of the carrier's invoice e-mail. The print's
own header (date and time, the mail client's title), the message's From / To / Date / Subject
lines, a greeting, the bill summary in the body (account, invoice date, the DIDs in a sentence
and in a small table, the e911 address), the carrier's signature block with its own address and
telephone, GST/HST and QST registrations and the invoice number, then a quoted earlier exchange
('On ..., ... wrote:', lines starting with '>') where the customer asked about a port and named
a number from another provider.
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.families.tune17.parts import paragraph
from tests.billcorpus.formats import address_lines, digits, money, phone
from tests.billcorpus.truth import Draft, address_key


def _mailbox(d: Draft) -> str:
    base = "".join(c for c in d.name.lower() if c.isalnum())[:16] or "office"
    return f"{'billing' if not d.customer.person else base}@{base}.ca"


@family("voipms_email_print", carrier="voipms", country="CA", lines=(1, 4), dialed=4,
        person_share=0.3, block=0.2, block_size=(5, 10),
        account=lambda r, c, b: str(r.randint(100000, 399999)),
        modelled_on="VoIP.ms invoice notification e-mails as a customer prints them from a web "
        "mail client: the print header, From/To/Date/Subject, the summary in the body with the "
        "DIDs named in a sentence and listed in a table, the e911 address, the signature block "
        "with the carrier's address and telephone, GST/HST and QST registrations, and a quoted "
        "earlier exchange about a port naming another provider's number", accent="#E4572E",
        font="DejaVuSans")
def voipms_email_print(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    d.btn = None  # no line is named the billing number
    d.billing = None  # an e-mail: no envelope, no mailing address
    when = d.statement_date
    sent = when + timedelta(days=r.randint(0, 2))
    printed = sent + timedelta(days=r.randint(1, 12))
    invoice = str(r.randint(1000000, 9999999))
    s.text(36, 24, f"{printed:%m/%d/%y}, {r.randint(1, 12)}:{r.randint(0, 59):02d} "
           f"{r.choice(('AM', 'PM'))}", 7, color=GREY)
    s.text(W / 2, 24, f"Mail - VoIP.ms invoice #{invoice}", 7, color=GREY, align="center")
    s.text(40, 56, f"VoIP.ms - Invoice #{invoice} is now available", 13, bold=True)
    s.rule(36, 66, W - 36, 0.5, GREY)
    y = 82.0
    heads = (("From:", "VoIP.ms Billing <billing@voip.ms>"),
             ("To:", f"{d.name} <{_mailbox(d)}>"),
             ("Date:", f"{sent:%a, %b} {sent.day}, {sent.year} at "
                       f"{r.randint(1, 11)}:{r.randint(0, 59):02d} AM"),
             ("Subject:", f"VoIP.ms - Invoice #{invoice} for account {d.printed_account}"))
    for lab, value in heads:
        s.text(40, y, lab, 8.5, bold=True, color=GREY)
        s.text(96, y, value, 8.5)
        y += 12
    s.rule(36, y, W - 36, 0.5, GREY)
    y += 22
    hello = d.name.split()[0] if d.customer.person else "there"
    s.text(40, y, f"Hello {hello},", 9.5)
    y += 18
    lines = [n for n in d.numbers if not any(n[:-4] == f[:-4] and 0 <= int(n[-4:]) -
                                             int(f[-4:]) < c for f, c in d.ranges)]
    said = [phone(n, "dash") for n in lines]
    spoken = said[0] if len(said) == 1 else f"{', '.join(said[:-1])} and {said[-1]}"
    body = (f"Your invoice for {when:%B %Y} is ready. It covers the DIDs {spoken} on account "
            f"{d.printed_account} ({d.name}), dated {when:%B} {when.day}, {when.year}.")
    y = paragraph(s, 40, y, body, 9, W - 90, leading=12) + 12
    s.box(40, y, W - 80, 16, fill=LIGHT)
    s.text(46, y + 11, "Invoice summary", 9, bold=True)
    y += 30
    for lab, value in (("Account", d.printed_account), ("Invoice date",
                                                        f"{when:%Y-%m-%d}"),
                       ("Invoice number", invoice), ("Total (CAD)", money(r, 8, 180))):
        s.text(46, y, lab, 8.5, color=GREY)
        s.text(200, y, value, 8.5)
        y += 12
    y += 8
    s.text(46, y, "DID", 8, bold=True)
    s.text(200, y, "Rate centre", 8, bold=True)
    s.text(W - 46, y, "Monthly", 8, bold=True, align="right")
    y += 12
    for n in lines:
        s.text(46, y, phone(n, r.choice(("plain", "dash"))), 8.5)
        s.text(200, y, d.service.city, 8.5)
        s.text(W - 46, y, money(r, 1, 4), 8.5, align="right")
        y += 12
    for first, count in d.ranges:
        last = int(first[-4:]) + count - 1
        s.text(46, y, f"{phone(first, 'dash')} to {phone(first[:-4] + f'{last:04d}', 'dash')} "
               f"({count} DIDs)", 8.5)
        s.text(W - 46, y, money(r, 5, 20), 8.5, align="right")
        y += 12
    y += 10
    s.text(46, y, "e911 service address on file:", 8.5, bold=True)
    s.lines(200, y, address_lines(d.service), 8.5)
    s.mark("service", address_key(d.service))
    y += 46
    s.lines(40, y, [f"Log in at {d.carrier.domain} to view or download the full invoice.",
                    "Thank you for choosing VoIP.ms!"], 9, leading=12)
    y += 34
    with s.roled("help"):
        s.lines(40, y, ["--", "VoIP.ms Billing Team", *d.carrier.remit,
                        f"Tel. {d.carrier.help_lines[1][1]}  |  Support "
                        f"{d.carrier.help_lines[0][1]}"], 8, leading=10.5, color=GREY)
    y += 58
    s.text(40, y, f"GST/HST No. {digits(r, 9)} RT0001   QST No. {digits(r, 10)} TQ0001   "
           f"Order #{digits(r, 8)}", 7, color=GREY)
    y += 24
    old = sent - timedelta(days=r.randint(20, 40))
    other = d.pool.one(d.customer.npa)
    d.dialed.append(other)  # a number still with the old provider: not on this account
    s.text(40, y, f"On {old:%a, %b} {old.day}, {old.year}, {d.name} <{_mailbox(d)}> wrote:", 8,
           color=GREY)
    y += 12
    quoted = [f"> Hi, we would like to port {phone(other, 'dash')} from our old provider",
              f"> into account {d.printed_account} as well. What do you need from us?",
              "> Thanks"]
    s.lines(44, y, quoted, 8, leading=10.5, color=GREY)
