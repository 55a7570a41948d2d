"""Round 15 (held back), the US: a Minnesota rural telephone company's paper Letter of
Authorization as customers send it back, scanned (each page an image, its words an invisible OCR
layer, no vector line left: labels beside their blanks, Residential / Business ticks, a current
provider block with a PIN, number lines 1-12 numbered across three columns, numbers that stay on
their own line, captions under the signature lines, an office-use panel); and a hosted-voice
provider's two-page fillable port request exported from a web form builder (a bold question over
every input and a grey sub-label under it, widgets named after the builder's question ids, an
address in five inputs of which Street Address Line 2 is not asked of us, radio groups for the
customer type and the scope, a numbers input table of twelve rows whose type and caller-ID
columns are not ours, the desired date in Month - Day - Year inputs, a signature input)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tests.loaforms.kit import letter
from tests.loaforms.round5_kit import date_parts, letterhead, numbered_slots
from tests.loaforms.round12_kit import continued_rows
from tests.loaforms.round14_kit import office_panel, sign_block
from tests.loaforms.round15_kit import builder_input, scanned

Built = tuple[bytes, dict[str, Any]]


def us_rural_scanned() -> Built:
    s = letter("r15-us-rural-scanned", "US", "en", ["r15-us-mn", "r15-us-mn-home"],
               "Paper, scanned: one page image with an invisible OCR text layer, modelled on a "
               "Minnesota rural telephone company's LOA (the new provider's letterhead); labels "
               "left of their blanks; Residential / Business ticks; City / State / Zip on one "
               "line; current provider, account number, PIN, BTN; 'name on the account if "
               "different' not ours; all / only-listed ticks; number lines 1-12 numbered ACROSS "
               "three columns; numbers remaining line; directory listing ticks not ours; "
               "requested port date; captions under signature, printed name, title, date; "
               "office panel not ours.")
    s.date_formats = ["%m/%d/%Y", "%m/%d/%y", "%m-%d-%Y"]
    s.text(40, 748, "Prairie Wind Telephone Co.", 15, bold=True)
    s.text(40, 736, "Member-owned local telephone service since 1908", 7.5)
    letterhead(s, 572, 750, ["Prairie Wind Telephone Company", "411 Railroad Ave, PO Box 27",
                             "Albany, MN 56307", "Business office (320) 555-0100"])
    s.text(150, 698, "LETTER OF AUTHORIZATION - LOCAL NUMBER PORTABILITY", 11, bold=True)
    y = s.para(40, 682, "Please print clearly. The information below must match the records of "
               "your current telephone company exactly or the port request will be rejected "
               "and your service date delayed. Return the signed form to our business office.",
               532, 8) - 10
    s.text(40, y, "CUSTOMER INFORMATION", 9, bold=True)
    y -= 20
    s.blank("Customer or business name:", 40, y, 572, "account_name")
    y -= 22
    s.text(40, y, "Type of service:", 8.5)
    s.tick(130, y - 1, "check:residential", "Residential")
    s.tick(210, y - 1, "check:business", "Business")
    y -= 22
    s.blank("Service address:", 40, y, 572, "street")
    y -= 22
    s.blank("City:", 40, y, 300, "city")
    s.blank("State:", 310, y, 380, "state")
    s.blank("Zip:", 390, y, 480, "postal_code")
    y -= 22
    s.blank("Contact phone:", 40, y, 300, "contact_phone")
    s.blank("E-mail:", 310, y, 572, "contact_email")
    y -= 28
    s.text(40, y, "CURRENT LOCAL SERVICE PROVIDER", 9, bold=True)
    y -= 20
    s.blank("Current provider:", 40, y, 300, "carrier")
    s.blank("Account number:", 310, y, 572, "account_number")
    y -= 22
    s.blank("Account PIN / passcode (if any):", 40, y, 300, "pin")
    s.blank("Billing telephone number (BTN):", 310, y, 572, "btn")
    y -= 22
    s.blank("Name on the account, if different from above:", 40, y, 572, None)
    y -= 28
    s.text(40, y, "TELEPHONE NUMBERS TO BE PORTED", 9, bold=True)
    y -= 18
    s.tick(40, y - 1, "check:full_port", "Port ALL numbers on this account")
    s.tick(250, y - 1, "check:partial_port", "Port ONLY the numbers listed below")
    y -= 22
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y, cols=3, rows=4, col_w=177, down=False, row_h=20)
    y -= 4 * 20 + 8
    s.blank("Numbers that stay with the current provider (partial port only):", 40, y, 572,
            "remaining_numbers")
    y -= 22
    s.text(40, y, "Directory listing:", 8.5)
    s.tick(130, y - 1, None, "Keep my listing")
    s.tick(230, y - 1, None, "Unlisted")
    s.blank("Requested port date:", 330, y, 480, "requested_date")
    y -= 24
    y = s.para(40, y, "I authorize Prairie Wind Telephone Company to act as my agent to notify "
               "my current local service provider of my decision to change my local service "
               "and to port the telephone numbers listed above. I am the account holder or am "
               "authorized to act for the account holder. I understand my service with my "
               "current provider on the ported numbers will end when the port completes and "
               "that I remain responsible for any charges owed to it.", 532, 7.5) - 26
    sign_block(s, 40, y, [("Authorized signature", "signature"),
                          ("Printed name", "authorized_name")], [260, 258])
    y -= 34
    sign_block(s, 40, y, [("Title (business accounts)", "authorized_title"),
                          ("Date", "date_signed")], [260, 150])
    office_panel(s, 40, 40, 532, "FOR OFFICE USE ONLY", ["Order no.", "PON", "FOC date",
                                                         "Rep"], h=40)
    pdf, truth = s.build()
    return scanned(pdf, seed=1508), truth


def _qids() -> Iterator[str]:
    for qid, key in ((3, "companyName"), (4, "customerType"), (5, "serviceAddress[addr_line1]"),
                     (5, "serviceAddress[addr_line2]"), (5, "serviceAddress[city]"),
                     (5, "serviceAddress[state]"), (5, "serviceAddress[postal]"),
                     (6, "contactPhone[full]"), (7, "email"), (9, "currentCarrier"),
                     (10, "accountNumber"), (11, "accountPin"), (12, "billingTelephone"),
                     (14, "serviceLocation")):
        yield f"q{qid}_{key}"


def us_ucaas_builder_fillable() -> Built:
    s = letter("r15-us-ucaas-builder", "US", "en", ["r15-us-co", "r15-us-co-partial"],
               "Fillable, 2 pages, a hosted-voice provider's port request exported from a web "
               "form builder: widgets q3_companyName.. (question ids), a bold label over each "
               "input and a grey sub-label under it; the address in five inputs (Street Address "
               "Line 2 not asked of us: optional); radio groups for Business / Residential and "
               "all / some numbers; 'service location name' not ours; page 2: a numbers input "
               "table of 12 rows (Phone Number ours, Number Type and Caller ID Name not), "
               "numbers staying in a text area, desired port date in Month - Day - Year inputs, "
               "a signature input, signer's name, title and date.")
    s.date_formats = ["%m-%d-%Y", "%m/%d/%Y"]
    q = _qids()
    s.c.setFillColorRGB(0.13, 0.27, 0.53)
    s.c.rect(0, 742, 612, 50, stroke=0, fill=1)
    s.c.setFillGray(1)
    s.c.setFont(s.bold_font, 16)
    s.c.drawString(40, 760, "Cirrus Voice")
    s.c.setFont(s.font, 9)
    s.c.drawString(160, 761, "Number Port Request (Letter of Agency)")
    s.c.setFillGray(0)
    y = s.para(40, 722, "Use this form to move your existing phone numbers to Cirrus Voice. "
               "Fields marked * are required. The details must match your current carrier's "
               "bill exactly.", 532, 8) - 36
    builder_input(s, "Company Name", next(q), 40, y, 532, "account_name",
                  sub="Exactly as it appears on your current carrier's bill", required=True)
    y -= 44
    s.text(40, y + 4, "Customer Type", 8.5, bold=True)
    group = next(q)
    s.radio(group, "Business", 140, y + 3, "check:business", "Business")
    s.radio(group, "Residential", 220, y + 3, "check:residential", "Residential")
    y -= 40
    builder_input(s, "Service Address", next(q), 40, y, 532, "street", sub="Street Address",
                  required=True)
    y -= 32
    builder_input(s, "", next(q), 40, y, 532, None, sub="Street Address Line 2", optional=True)
    y -= 32
    builder_input(s, "", next(q), 40, y, 260, "city", sub="City")
    builder_input(s, "", next(q), 312, y, 120, "state", sub="State / Province")
    builder_input(s, "", next(q), 444, y, 128, "postal_code", sub="Postal / Zip Code")
    y -= 52
    builder_input(s, "Contact Phone", next(q), 40, y, 250, "contact_phone",
                  sub="Please enter a valid phone number.", required=True)
    builder_input(s, "Contact Email", next(q), 312, y, 260, "contact_email",
                  sub="example@example.com", required=True)
    y -= 40
    s.band(40, y, 532, "Current Carrier", 9)
    y -= 42
    builder_input(s, "Current Carrier Name", next(q), 40, y, 250, "carrier", required=True)
    builder_input(s, "Account Number with Current Carrier", next(q), 312, y, 260,
                  "account_number", sub="Found on your bill", required=True)
    y -= 46
    builder_input(s, "Account PIN / Passcode", next(q), 40, y, 250, "pin",
                  sub="Only if your carrier uses one")
    builder_input(s, "Billing Telephone Number (BTN)", next(q), 312, y, 260, "btn",
                  sub="The main number on your account", required=True)
    y -= 46
    s.text(40, y + 4, "Are you porting ALL numbers on this account?", 8.5, bold=True)
    s.radio("q13_portAll", "Yes", 280, y + 3, "check:full_port", "Yes, all numbers")
    s.radio("q13_portAll", "No", 380, y + 3, "check:partial_port",
            "No, only the numbers I list")
    y -= 44
    builder_input(s, "Service Location Name", next(q), 40, y, 250, None,
                  sub="e.g. Main Office (for your Cirrus portal)")
    s.footer("Form 231148807 - page 1 of 2")
    s.next_page()
    s.band(40, 752, 532, "Numbers to Port", 9)
    s.text(40, 730, "List every number to move. Numbers you do not list stay with your current "
           "carrier.", 8)
    names = [f"q15_numbersTo[{r}][{c}]" for r in range(12) for c in range(3)]
    slots = s.slot_group(ordered=True)
    y = continued_rows(s, slots, 40, 718, [("Phone Number", 200, "number"),
                                           ("Number Type (Main / Fax / DID)", 150, None),
                                           ("Caller ID Name", 156, None)], rows=12,
                       row_h=19, names=names)
    y -= 70
    s.text(40, y + 44, "Numbers Staying with Current Carrier", 8.5, bold=True)
    s.widget("q16_numbersStaying", 40, y, 532, 38, "remaining_numbers")
    s.c.setFillGray(0.45)
    s.text(41, y - 8, "Only for a partial port: the numbers that remain on your old account", 6.5)
    s.c.setFillGray(0)
    y -= 40
    s.text(40, y + 4, "Desired Port Date", 8.5, bold=True)
    date_parts(s, 150, y, [("Month", 26, "requested_month"), ("Day", 26, "requested_day"),
                           ("Year", 40, "requested_year")],
               names=["q17_desiredPort[month]", "q17_desiredPort[day]",
                      "q17_desiredPort[year]"], sep="-")
    y -= 34
    y = s.para(40, y, "By signing, I authorize Cirrus Voice and its carrier partners to act as "
               "my agent to port the numbers listed above from my current carrier. I am "
               "authorized to make this request for the account named on page 1.", 532, 8) - 60
    s.text(40, y + 44, "Signature", 8.5, bold=True)
    s.widget("q19_signature", 40, y, 280, 38, "signature")
    y -= 46
    builder_input(s, "Authorized Signer Name", "q18_signerName", 40, y, 250,
                  "authorized_name", required=True)
    builder_input(s, "Title", "q20_title", 312, y, 140, "authorized_title")
    builder_input(s, "Date", "q21_date", 464, y, 108, "date_signed", sub="MM-DD-YYYY")
    s.footer("Form 231148807 - page 2 of 2")
    return s.build()


FORMS = {"r15-us-rural-scanned": us_rural_scanned,
         "r15-us-ucaas-builder": us_ucaas_builder_fillable}
