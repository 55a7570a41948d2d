"""Round 36, Kentucky and Imereti (held back; truth from the drawn page, the filler never run on
these by their author):

- A Kentucky partly fillable port authorization in English on one Letter page. Ideas: an
  existing unsigned signature field (/FT /Sig) as the signature place; a "Business accounts
  only" section (Federal Tax ID not ours, the authorized person's title) that a household
  leaves empty; a column-header table of widgets "Telephone number | Account number | Service
  address" over empty cells (each row's account number and service address belong only on a
  row that holds a number); an "Agent / reseller" block on paper whose blanks stay empty; the
  printed name and the date on paper lines captioned under.
- An Imereti paper application printed in Georgian script only (Mkhedruli), which PortDesk does
  not read: the right outcome is the one line saying so and the desk's click-to-place, never a
  guess. Each place records what a specialist would click into it (`by_click`) while its
  `field` is None; the signature line is the only place that may take the signer's ink
  (optional). Ideas: the script the filler cannot read; the requested and signing dates as
  three boxes each (დღე / თვე / წელი); the numbers in a grid of three columns numbered across
  each row; captions under the lines.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import Sheet
from tests.loaforms.round5_kit import letterhead
from tests.loaforms.round14_kit import UnicodeSheet
from tests.loaforms.round28_kit import tf
from tests.loaforms.round33_kit import by_click
from tests.loaforms.round36_kit import caption_under, date_boxes, finish, grid3, header_table

Built = tuple[bytes, dict[str, Any]]


def ky_sig_table_partly() -> Built:
    s = Sheet("r36-ky-sig-table-partly", "US", "en",
              "Partly fillable, Kentucky, one Letter page. Customer widgets; business / "
              "residential check boxes; 'Business accounts only' (Federal Tax ID not ours, "
              "title) empty for a household; a widget table 'Telephone number | Account number "
              "| Service address' rows 1-8 (account and address on a number's row only); all / "
              "listed check boxes; numbers staying; agent / reseller block on paper not ours; "
              "unsigned /Sig field; printed name and date on paper lines captioned under.",
              LETTER, ["r36-ky", "r36-ky-partial"])
    s.date_formats = ["%m/%d/%Y", "%m-%d-%Y"]
    w, h = LETTER
    letterhead(s, w - 40, h - 40, ["Bluegrass Link Communications", "500 W Main St, "
                                   "Lexington, KY 40507", "LNP desk 859-555-0100"])
    s.text(40, h - 50, "Port Authorization Form", 14, bold=True)
    s.text(40, h - 63, "Type in the fields; sign in the signature field or by hand.", 7.5)
    y = h - 86
    s.band(40, y, w - 80, "1  Account holder", 8.5)
    y -= 22
    s.checkbox("acct_business", 40, y + 2, "check:business", "Business")
    s.checkbox("acct_residential", 120, y + 2, "check:residential", "Residential")
    y -= 22
    s.text(40, y + 4, "Account holder name:", 8)
    tf(s, "holder_name", 130, y, 420, 15, "account_name")
    y -= 22
    s.text(40, y + 4, "Current provider:", 8)
    tf(s, "losing_provider", 115, y, 170, 15, "carrier")
    s.text(300, y + 4, "Contact phone:", 8)
    tf(s, "contact_phone", 365, y, 185, 15, "contact_phone")
    y -= 22
    s.text(40, y + 4, "City:", 8)
    tf(s, "city", 65, y, 150, 15, "city")
    s.text(225, y + 4, "State:", 8)
    tf(s, "state", 255, y, 40, 15, "state")
    s.text(305, y + 4, "ZIP:", 8)
    tf(s, "zip", 325, y, 60, 15, "postal_code")
    s.text(395, y + 4, "Email:", 8)
    tf(s, "email", 425, y, 147, 15, "contact_email")
    y -= 26
    s.band(40, y, w - 80, "2  Business accounts only", 8.5)
    y -= 22
    s.text(40, y + 4, "Federal Tax ID:", 8)
    tf(s, "fein", 110, y, 110, 15, None)
    s.text(235, y + 4, "Title of authorized person:", 8)
    tf(s, "auth_title", 345, y, 205, 15, "authorized_title")
    y -= 26
    s.band(40, y, w - 80, "3  Numbers to port", 8.5)
    y -= 8
    slots = s.slot_group()
    y = header_table(s, 40, y, [("Telephone number", 120, "number"),
                                ("Account number", 130, "account_number"),
                                ("Service address", w - 80 - 250, "street")], 8, slots,
                     names="tn_row")
    y -= 18
    s.checkbox("port_all", 40, y, "check:full_port", "Port all numbers on the account")
    s.checkbox("port_listed", 260, y, "check:partial_port", "Port only the numbers listed")
    y -= 22
    s.text(40, y + 4, "Numbers that stay with the current provider:", 8)
    tf(s, "remaining", 225, y, 325, 15, "remaining_numbers")
    y -= 22
    s.text(40, y + 4, "Requested port date (MM/DD/YYYY):", 8)
    tf(s, "due_date", 185, y, 90, 15, "requested_date")
    y -= 26
    s.band(40, y, w - 80, "4  Agent / reseller (if any)", 8.5)
    y -= 20
    s.blank("Agent name:", 40, y, 300, None, 8)
    s.blank("Agent code:", 310, y, 572, None, 8)
    y -= 22
    y = s.para(40, y, "I authorize Bluegrass Link Communications to port the numbers above "
               "and to notify my current provider. I am the account holder or authorized to "
               "act for the account holder.", w - 80, 7.5)
    y -= 44
    s.text(40, y + 14, "Signature:", 8)
    sig_rect = (90.0, y, 330.0, y + 30)
    s.frame(90, y, 240, 30, 0.5)
    s._place(sig_rect, "signature", widget="Signature1", what="Signature (/Sig)")
    caption_under(s, 360, y + 6, 572, "date_signed", "Date (MM/DD/YYYY)")
    y -= 34
    caption_under(s, 90, y, 330, "authorized_name", "Printed name of authorized person")
    s.footer("BLC-PA-2  rev 2030")
    pdf, truth = s.build()
    return finish(pdf, (), (("Signature1", 1, sig_rect),)), truth


def im_georgian_paper() -> Built:
    s = UnicodeSheet("r36-im-georgian-paper", "GE", "ka",
                     "Paper, Imereti, one A4 page, Georgian script only (PortDesk reads no "
                     "Georgian): the filler must say it cannot read the form and offer "
                     "click-to-place; every place's field is None and `by_click` says what the "
                     "specialist would place there; the signature line is optional. Captions "
                     "under the lines; numbers 1-9 in a 3-column grid numbered across the rows; "
                     "requested and signing dates as three boxes (day / month / year).", A4,
                     ["r36-im", "r36-im-partial"])
    s.date_formats = ["%d.%m.%Y", "%d/%m/%Y"]
    w, h = A4
    s.text(w - 210, h - 40, "შპს „რიონი ქსელი“", 10, bold=True)
    s.text(w - 210, h - 52, "ქუთაისი, რუსთაველის გამზ. 18", 7.5)
    s.text(40, h - 48, "ნომრის გადატანის განაცხადი", 14, bold=True)
    s.text(40, h - 62, "შეავსეთ ხაზების ზემოთ, ნაბეჭდი ასოებით.", 7.5)
    clicks: dict[int, str] = {}

    def under(x: float, y: float, x1: float, caption: str, what: str | None) -> None:
        caption_under(s, x, y, x1, None, caption)
        if what:
            clicks[len(s.places) - 1] = what

    y = h - 96
    s.band(40, y, w - 80, "1. აბონენტი", 8.5)
    y -= 30
    under(40, y, 555, "აბონენტის სახელი და გვარი / ორგანიზაციის დასახელება", "account_name")
    y -= 32
    under(40, y, 330, "მისამართი (ქუჩა, სახლის ნომერი)", "street")
    under(345, y, 470, "ქალაქი", "city")
    under(485, y, 555, "საფოსტო ინდექსი", "postal_code")
    y -= 32
    under(40, y, 250, "საკონტაქტო ტელეფონი", "contact_phone")
    under(265, y, 555, "ელ. ფოსტა", "contact_email")
    y -= 32
    under(40, y, 250, "საიდენტიფიკაციო კოდი", None)
    under(265, y, 555, "უფლებამოსილი პირი", "authorized_name")
    y -= 32
    under(40, y, 250, "თანამდებობა", "authorized_title")
    y -= 26
    s.band(40, y, w - 80, "2. მიმდინარე ოპერატორი", 8.5)
    y -= 30
    under(40, y, 290, "ოპერატორის დასახელება", "carrier")
    under(305, y, 555, "ანგარიშის ნომერი", "account_number")
    y -= 26
    s.band(40, y, w - 80, "3. გადასატანი ნომრები", 8.5)
    y -= 4
    slots = s.slot_group()
    y = grid3(s, 40, y, 3, slots, col_w=170)
    group = s._slot_groups[-1]
    s._slot_groups.pop()  # a refused form's numbers: places of none, clicked one by one
    for slot in group["slots"]:
        x0, y0, x1, y1 = slot["rect"]
        s._place((x0, y0, x1, y1), None, what=slot["what"])
        clicks[len(s.places) - 1] = "number"
    y -= 24
    s.tick(40, y, None, "ყველა ნომერი")
    clicks[len(s.places) - 1] = "check:full_port"
    s.tick(200, y, None, "მხოლოდ მითითებული ნომრები")
    clicks[len(s.places) - 1] = "check:partial_port"
    y -= 30
    under(40, y, 555, "ნომრები, რომლებიც რჩება მიმდინარე ოპერატორთან", "remaining_numbers")
    y -= 30
    s.text(40, y + 4, "გადატანის სასურველი თარიღი:", 8)
    start = len(s.places)
    date_boxes(s, 220, y, "requested", ("დღე", "თვე", "წელი"))
    for k, part in enumerate(("day", "month", "year")):
        s.places[start + k]["field"] = None
        clicks[start + k] = f"requested_{part}"
    y -= 28
    y = s.para(40, y, "ვადასტურებ, რომ ვარ ნომრების მფლობელი ან უფლებამოსილი პირი და ვითხოვ "
               "ზემოთ მითითებული ნომრების გადატანას შპს „რიონი ქსელში“.", w - 80, 7.5)
    y -= 40
    s.rule(40, y, 290)
    s.text(40, y - 8.5, "ხელმოწერა", 6.5)
    s._place((40, y - 2, 290, y + 28), "signature", what="ხელმოწერა (under)", optional=True)
    s.text(320, y + 4, "თარიღი:", 8)
    start = len(s.places)
    date_boxes(s, 365, y, "date_signed", ("დღე", "თვე", "წელი"))
    for k, part in enumerate(("day", "month", "year")):
        s.places[start + k]["field"] = None
        clicks[start + k] = f"date_signed_{part}"
    s.footer("რქ-გ-4  1/1")
    by_click(s, clicks)
    pdf, truth = s.build()
    truth["refuse"] = ("Georgian script: PortDesk reads no Georgian; the fill must say so in one "
                       "line and offer click-to-place, writing nothing by itself")
    return pdf, truth


FORMS = {
    "r36-ky-sig-table-partly": ky_sig_table_partly,
    "r36-im-georgian-paper": im_georgian_paper,
}
