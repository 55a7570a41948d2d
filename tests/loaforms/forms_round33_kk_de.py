"""Round 33, Kakheti and Delaware (held back; truth from the drawn page, the filler never run on
these by their author):

- A Kakheti fillable განაცხადი (porting application) printed in Georgian script only, which
  PortDesk does not read: the right outcome is the one line saying so and the desk's
  click-to-place, never a guess. Each place records what a specialist would click into it
  (`by_click`) while its `field` is None: anything the filler writes by itself is a guess (it
  scores as stray). The signature box is the only place that may take the signer's ink
  (optional). The carrier's own block comes first with the customer's labels, and a dealer's
  signature sits beside the holder's.
- A Delaware paper letter of authorization on two Letter pages: the carrier's own block first
  ('Company name', 'Address', 'Phone' as in the customer's block under it: not ours), labels
  printed after their lines ('______ account number', '______ current carrier'), footnote marks
  ('Address¹', 'Billing telephone number*') explained at the page foot, every phone number in
  '( ___ ) ___ - ____' drawn as three lines, 'e.g. (302) 555-0123' beside them, tick boxes
  that are '☐' glyphs in the text layer, 'Signed this ___ day of ________, 20__' on the terms
  page and a sales agent's signature block (not ours).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import Sheet
from tests.loaforms.round14_kit import UnicodeSheet, witness_line
from tests.loaforms.round28_kit import tf
from tests.loaforms.round29_kit import multiline
from tests.loaforms.round31_kit import grey
from tests.loaforms.round33_kit import by_click, glyph_tick, line_then_label, marked

Built = tuple[bytes, dict[str, Any]]


def _lab(s: Sheet, x: float, y: float, text: str, size: float = 7) -> None:
    s.text(x, y + 16, text, size)


def kk_georgian_fillable() -> Built:
    s = UnicodeSheet("r33-kk-georgian-fillable", "GE", "ka",
                     "Fillable, Kakheti, one A4 page, Georgian script only (PortDesk reads no "
                     "Georgian): the filler must say it cannot read the form and offer "
                     "click-to-place; every place's field is None (a value written by the "
                     "filler itself is a guess, scored stray) and `by_click` says what the "
                     "specialist would place there; the signature box is optional. Carrier's "
                     "block first with the customer's labels; dealer's signature not ours.", A4,
                     ["r33-kk", "r33-kk-partial"])
    s.date_formats = ["%d.%m.%Y", "%d/%m/%Y"]
    w, h = A4
    s.text(w - 210, h - 40, "კახეთის ქსელი", 11, bold=True)
    s.text(w - 210, h - 52, "თელავი, ჭავჭავაძის გამზ. 40", 7.5)
    s.text(w - 210, h - 62, "ცხელი ხაზი 0350 27 11 00", 7.5)
    s.text(40, h - 48, "ნომრის გადატანის განაცხადი", 14, bold=True)
    s.text(40, h - 62, "შეავსეთ ბეჭდური ასოებით. ყველა ველი სავალდებულოა.", 7.5)
    clicks: dict[int, str] = {}

    def field(label: str, name: str, x: float, y: float, wd: float, what: str | None) -> None:
        _lab(s, x, y, label)
        tf(s, name, x, y, wd, 14, None)
        if what:
            clicks[len(s.places) - 1] = what

    y = h - 84
    s.band(40, y, w - 80, "1. მიმღები ოპერატორი (ივსება ოპერატორის მიერ)", 8.5)
    y -= 34
    field("დასახელება", "f01", 40, y, 250, None)
    field("ტელეფონი", "f02", 300, y, 255, None)
    y -= 34
    field("მისამართი", "f03", 40, y, 515, None)
    y -= 26
    s.band(40, y, w - 80, "2. აბონენტი", 8.5)
    y -= 34
    field("დასახელება / სახელი და გვარი", "f04", 40, y, 330, "account_name")
    field("საიდენტიფიკაციო კოდი", "f05", 380, y, 175, None)
    y -= 24
    s.text(40, y + 2, "აბონენტის ტიპი:", 7.5)
    s.checkbox("f06", 130, y, None, "იურიდიული პირი")
    clicks[len(s.places) - 1] = "check:business"
    s.checkbox("f07", 250, y, None, "ფიზიკური პირი")
    clicks[len(s.places) - 1] = "check:residential"
    y -= 36
    field("მისამართი", "f08", 40, y, 300, "street")
    field("ქალაქი", "f09", 350, y, 120, "city")
    field("საფოსტო ინდექსი", "f10", 480, y, 75, "postal_code")
    y -= 34
    field("ტელეფონი", "f11", 40, y, 160, "contact_phone")
    field("ელექტრონული ფოსტა", "f12", 210, y, 345, "contact_email")
    y -= 34
    field("უფლებამოსილი პირი", "f13", 40, y, 250, "authorized_name")
    field("თანამდებობა", "f14", 300, y, 255, "authorized_title")
    y -= 26
    s.band(40, y, w - 80, "3. მიმდინარე ოპერატორი", 8.5)
    y -= 34
    field("ოპერატორის დასახელება", "f15", 40, y, 200, "carrier")
    field("აბონენტის ანგარიშის ნომერი", "f16", 250, y, 305, "account_number")
    y -= 26
    s.band(40, y, w - 80, "4. გადასატანი ნომრები", 8.5)
    y -= 22
    for n in range(6):
        col, row = divmod(n, 3)
        x, ry = 40 + col * 260, y - row * 20
        s.right_text(x + 14, ry + 4, f"{n + 1}.", 8)
        tf(s, f"f{17 + n:02d}", x + 18, ry, 220, 14, None)
        clicks[len(s.places) - 1] = "number"
    y -= 3 * 20 + 4
    s.checkbox("f23", 40, y, None, "ყველა ნომერი")
    clicks[len(s.places) - 1] = "check:full_port"
    s.checkbox("f24", 160, y, None, "მხოლოდ ჩამოთვლილი ნომრები")
    clicks[len(s.places) - 1] = "check:partial_port"
    y -= 16
    s.text(40, y, "ნომრები, რომლებიც რჩება მიმდინარე ოპერატორთან:", 7.5)
    multiline(s, "f25", 40, y - 30, 330, 24, None, "რჩება")
    clicks[len(s.places) - 1] = "remaining_numbers"
    _lab(s, 390, y - 30, "სასურველი თარიღი")
    tf(s, "f26", 390, y - 30, 110, 14, None)
    clicks[len(s.places) - 1] = "requested_date"
    y -= 52
    s.band(40, y, w - 80, "5. თანხმობა", 8.5)
    y -= 18
    y = s.para(40, y, "ვადასტურებ, რომ ვარ ნომრების მფლობელი ან უფლებამოსილი პირი და ვითხოვ "
               "ზემოთ ჩამოთვლილი ნომრების გადატანას კახეთის ქსელში. მიმდინარე ოპერატორთან "
               "ხელშეკრულება ძალაშია გადატანის დასრულებამდე.", w - 80, 7.5)
    y -= 56
    s.box(40, y, 250, 46, "signature", "ხელმოწერა", optional=True)
    clicks[len(s.places) - 1] = "signature"
    s.text(40, y - 9, "აბონენტის ხელმოწერა", 7)
    s.box(305, y, 250, 46, None, "დილერის ხელმოწერა")
    s.text(305, y - 9, "დილერის ხელმოწერა და ბეჭედი", 7)
    y -= 46
    field("თარიღი", "f27", 40, y, 110, "date_signed")
    field("დილერის კოდი", "f28", 305, y, 110, None)
    s.footer("კქ-გ-7  1/1")
    by_click(s, clicks)
    pdf, truth = s.build()
    truth["refuse"] = ("Georgian script: PortDesk reads no Georgian; the fill must say so in one "
                       "line and offer click-to-place, writing nothing by itself")
    return pdf, truth


def _phone_lines(s: Sheet, x: float, y: float) -> tuple[float, float, float, float]:
    """'( ___ ) ___ - ____' drawn as three lines; returns the rectangle over them."""
    s.text(x, y, "(", 9)
    s.rule(x + 5, y - 2, x + 29)
    s.text(x + 31, y, ")", 9)
    s.rule(x + 37, y - 2, x + 61)
    s.text(x + 64, y, "-", 9)
    s.rule(x + 70, y - 2, x + 104)
    return (x + 4, y - 4, x + 104, y + 11)


def de_carrier_first_paper() -> Built:
    s = UnicodeSheet("r33-de-carrier-first-paper", "US", "en",
                     "Paper, Delaware, two Letter pages. Carrier's block first with the "
                     "customer's labels (not ours); labels after their lines (account number, "
                     "PIN, current carrier); footnote marks ¹ and * explained at the foot; "
                     "every phone number in '( ___ ) ___ - ____' lines; ☐ glyph ticks "
                     "(Business / Residential, all / only listed; 'earliest available' not "
                     "ours); numbers 1-8; remaining numbers one line; requested date MM/DD/YYYY; "
                     "page 2 terms, 'Signed this ___ day of ________, 20__', signature, print "
                     "name and title; sales agent block not ours.", LETTER,
                     ["r33-de", "r33-de-partial"])
    s.date_formats = ["%m/%d/%Y", "%m-%d-%Y"]
    w, h = LETTER
    s.text(40, h - 46, "LETTER OF AUTHORIZATION", 15, bold=True)
    s.text(40, h - 60, "Local number port  -  please print in blue or black ink", 8)
    s.text(w - 200, h - 44, "Brandywine Telecom LLC", 10, bold=True)
    s.text(w - 200, h - 55, "Ports desk: fax 302-555-0111", 7.5)
    y = h - 84
    s.frame(40, y - 62, w - 80, 70)
    s.text(46, y - 4, "CARRIER INFORMATION  (completed by Brandywine Telecom)", 8, bold=True)
    y -= 22
    s.blank("Company name", 46, y, 320, None, size=8)
    s.blank("Order #", 330, y, w - 46, None, size=8)
    y -= 20
    s.blank("Address", 46, y, 320, None, size=8)
    end = s.text(330, y, "Phone", 8) + 4
    s._place(_phone_lines(s, end, y), None, what="carrier phone")
    y -= 36
    s.text(40, y, "CUSTOMER INFORMATION", 9, bold=True)
    s.text(190, y, "(exactly as it appears on your current bill)", 7.5)
    y -= 22
    s.blank("Company name", 40, y, 380, "account_name", size=8)
    s.text(384, y, "(or name on the account)", 7)
    y -= 22
    end = marked(s, 40, y, "Address", "1") + 4
    s.rule(end, y - 2, 380)
    s._place((end, y - 4, 380, y + 11), "street", what="Address¹")
    s.blank("Suite / Unit", 390, y, w - 40, None, size=8, optional=True)
    y -= 22
    s.blank("City", 40, y, 260, "city", size=8)
    s.blank("State", 270, y, 330, "state", size=8)
    s.blank("ZIP", 340, y, 430, "postal_code", size=8)
    y -= 22
    end = s.text(40, y, "Phone", 8) + 4
    s._place(_phone_lines(s, end, y), "contact_phone", what="customer phone")
    end = marked(s, 190, y, "Billing telephone number", "*") + 6
    s._place(_phone_lines(s, end, y), "btn", what="BTN")
    grey(s, 420, y, "e.g. (302) 555-0123", 7)
    y -= 22
    s.blank("Authorized name", 40, y, 300, "authorized_name", size=8)
    s.blank("Title", 310, y, w - 40, "authorized_title", size=8)
    y -= 22
    line_then_label(s, 40, y, 150, "account number", "account_number")
    line_then_label(s, 300, y, 90, "PIN / passcode (if any)", "pin")
    y -= 22
    line_then_label(s, 40, y, 150, "current carrier (losing carrier)", "carrier")
    s.text(330, y, "Account type:", 8)
    x = glyph_tick(s, 392, y, "check:business", "Business")
    glyph_tick(s, x + 12, y, "check:residential", "Residential")
    y -= 30
    s.text(40, y, "NUMBERS TO PORT", 9, bold=True)
    grey(s, 150, y, "e.g. ( 302 ) 555 - 0123", 7)
    y -= 22
    slots = s.slot_group()
    made = {}
    for n in range(8):
        col, row = divmod(n, 4)
        x, ry = 40 + col * 200, y - row * 20
        s.right_text(x + 14, ry, f"{n + 1}.", 8)
        made[n] = _phone_lines(s, x + 20, ry)
    for n in range(8):
        s.slot(slots, made[n], f"number {n + 1}")
    y -= 4 * 20 + 8
    glyph_tick(s, 40, y, "check:full_port", "Port ALL numbers on the account")
    y -= 16
    glyph_tick(s, 40, y, "check:partial_port", "Port ONLY the numbers listed (partial port)")
    y -= 20
    s.blank("Numbers that remain with the current carrier", 40, y, w - 40,
            "remaining_numbers", size=8)
    y -= 22
    s.blank("Requested port date (MM/DD/YYYY)", 40, y, 300, "requested_date", size=8)
    glyph_tick(s, 320, y, None, "earliest date available")
    s.rule(40, 62, 200, 0.4)
    s.text(40, 52, "¹ The service address where the lines are installed, as on your bill; "
           "not a P.O. box.", 6.5)
    s.text(40, 43, "* The main number of the account, printed on the first page of your "
           "bill.", 6.5)
    s.footer("BWT-LOA-2   page 1 of 2")
    s.next_page()
    y = h - 60
    s.text(40, y, "AUTHORIZATION", 10, bold=True)
    y -= 18
    for para in (
            "I, the undersigned, am the account holder of the telephone numbers listed on page "
            "1 or am authorized to act for the account holder. I authorize Brandywine Telecom "
            "LLC and its agents to act on my behalf to port these numbers from my current "
            "carrier.",
            "I understand that my current carrier's service on the ported numbers ends when the "
            "port completes, that any balance with my current carrier remains due, and that I "
            "must NOT cancel my current service before the port completes, or the numbers may "
            "be lost.",
            "I understand that the information above must match my current carrier's records, "
            "and that a mismatch may delay or reject the port."):
        y = s.para(40, y, para, w - 80, 8) - 6
    y -= 12
    x = s.text(40, y, "Signed this", 9) + 4
    s.line_under(x, y - 2, x + 30, "date_signed_day", "day")
    x = s.text(x + 34, y, "day of", 9) + 4
    s.line_under(x, y - 2, x + 90, "date_signed_month", "month")
    x = s.text(x + 94, y, ", 20", 9)
    s.line_under(x + 1, y - 2, x + 21, "date_signed_year2", "year 20__")
    y -= 56
    s.sign_line("Customer signature", 40, y, 300, label_below=True)
    witness_line(s, "Sales agent signature", 330, y, w - 40)
    y -= 34
    s.line_under(40, y, 300, "authorized_name", "print name")
    s.text(40, y - 9, "Print name", 7)
    s.line_under(330, y, w - 40, None, "agent name")
    s.text(330, y - 9, "Agent name and agent ID", 7)
    y -= 30
    s.line_under(40, y, 300, "authorized_title", "title")
    s.text(40, y - 9, "Title (business accounts)", 7)
    s.footer("BWT-LOA-2   page 2 of 2   Fax both pages to 302-555-0111.")
    return s.build()


FORMS = {
    "r33-kk-georgian-fillable": kk_georgian_fillable,
    "r33-de-carrier-first-paper": de_carrier_first_paper,
}
