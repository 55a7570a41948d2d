"""Round 37, Maramureș and Utah (held back; truth from the drawn page, the filler never run on
these by their author):

- A Maramureș paper cerere de portare in Romanian on one A4 page, in an embedded Unicode font
  (ș, ț). Ideas: every label printed grey inside its blank over the line ("Nume și prenume /
  Denumire", no label outside); a numbers table "Nr. | Număr de telefon | P / R | PIN" where
  P / R asks per row whether the number is ported (P) or stays (R) and the PIN column takes
  the account's PIN on a number's row (a household without a PIN leaves it empty); the signing
  date as a sentence with the month in words ("Data: __ ____________ 20__", decembrie or 12);
  a signature block for the holder and for a notary public (legalizare) side by side, the
  notary's not ours.
- A Utah paper customer authorization in English on one Letter page, delivered as a picture
  only: the drawn page rendered at 200 dpi, fed 1.5 degrees askew, no text layer (every place
  is the box around its turned rectangle). Ideas: the picture fed askew; a "Billing name
  (exactly as on your bill)" line with a "Service name (if different)" line under it that
  stays empty (the case gives one name); a numbers table "# | Telephone number | Port or keep
  (P / K) | PIN (if any)" with the numbers that stay on a line of their own under it.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import Sheet
from tests.loaforms.round5_kit import letterhead
from tests.loaforms.round14_kit import UnicodeSheet
from tests.loaforms.round35_kit import skewed_picture
from tests.loaforms.round37_kit import choice_table, month_sentence, ph_line, two_signers

Built = tuple[bytes, dict[str, Any]]


def mm_romanian_paper() -> Built:
    s = UnicodeSheet("r37-mm-romanian-paper", "RO", "ro",
                     "Paper, Maramureș, one A4 page, Romanian (embedded font). Labels grey "
                     "inside the blanks over the lines; a table 'Nr. | Număr de telefon | P / R "
                     "| PIN' rows 1-7 (P on a ported number's row, the PIN on a number's row); "
                     "numbers staying on a line; requested date dd.mm.yyyy; holder and notary "
                     "signature blocks side by side (notary not ours); the signing date as "
                     "'__ ____________ 20__' (month in words or digits).", A4,
                     ["r37-mm", "r37-mm-partial"])
    s.date_formats = ["%d.%m.%Y", "%d/%m/%Y"]
    w, h = A4
    s.text(w - 200, h - 40, "Nord Vest Telecom SRL", 10, bold=True)
    s.text(w - 200, h - 51, "Bd. București 14, Baia Mare", 7.5)
    s.text(40, h - 48, "Cerere de portare a numerelor", 14, bold=True)
    s.text(40, h - 62, "Completați cu majuscule, pe linii. Textul gri arată ce se scrie.", 7.5)
    y = h - 92
    s.band(40, y, w - 80, "1. Titularul contractului", 8.5)
    y -= 28
    ph_line(s, 40, y, 555, "account_name", "Nume și prenume / Denumire firmă")
    y -= 28
    ph_line(s, 40, y, 300, "street", "Strada, număr, bloc, apartament")
    ph_line(s, 310, y, 445, "city", "Localitate")
    ph_line(s, 455, y, 555, "postal_code", "Cod poștal")
    y -= 28
    ph_line(s, 40, y, 200, "state", "Județ")
    ph_line(s, 210, y, 380, "contact_phone", "Telefon de contact")
    ph_line(s, 390, y, 555, "contact_email", "E-mail")
    y -= 28
    ph_line(s, 40, y, 200, None, "CNP / CUI")
    ph_line(s, 210, y, 380, "authorized_name", "Reprezentant legal")
    ph_line(s, 390, y, 555, "authorized_title", "Funcția")
    y -= 24
    s.band(40, y, w - 80, "2. Furnizorul actual", 8.5)
    y -= 28
    ph_line(s, 40, y, 290, "carrier", "Furnizor actual")
    ph_line(s, 300, y, 555, "account_number", "Număr cont client")
    y -= 24
    s.band(40, y, w - 80, "3. Numere (P = se portează, R = rămâne); numerele care rămân se scriu "
           "pe linia de sub tabel", 8)
    y -= 8
    slots = s.slot_group()
    y = choice_table(s, 40, y, [("Nr.", 30), ("Număr de telefon", 200), ("P / R", 70),
                                ("PIN", 90)],
                     [("n", None), ("number", None), ("choice", ["P"]), ("pin", None)],
                     7, slots)
    y -= 26
    ph_line(s, 40, y, 555, "remaining_numbers", "Numere care rămân la furnizorul actual")
    y -= 28
    ph_line(s, 40, y, 220, "requested_date", "Data portării dorită (zz.ll.aaaa)")
    y -= 22
    y = s.para(40, y, "Subsemnatul, titular sau reprezentant legal, solicit portarea numerelor "
               "de mai sus la Nord Vest Telecom SRL și împuternicesc Nord Vest Telecom SRL să "
               "încheie procedura cu furnizorul actual.", w - 80, 7.5)
    y -= 50
    y = two_signers(s, 40, y, "Semnătura titularului", "Notar public (legalizare)",
                    ["Numele notarului", "Nr. încheiere / ștampila"], width=235, gap=45,
                    name_caption="Nume în clar", date_field=None)
    month_sentence(s, 40, y + 2, "date_signed",
                   ["Data:", (20, "day"), (90, "month"), "20", (18, "year2")])
    s.footer("NVT-CP-4  1/1")
    return s.build()


def ut_askew_picture() -> Built:
    s = Sheet("r37-ut-askew-picture", "US", "en",
              "Picture only, Utah, one Letter page rendered at 200 dpi and fed 1.5 degrees askew "
              "(no text layer; places are the boxes around the turned rectangles). Billing name "
              "line, service name 'if different' line empty; a table '# | Telephone number | "
              "Port or keep (P / K) | PIN (if any)' rows 1-6 (P and the PIN on a number's row); "
              "numbers that stay on a line; all / some ticks; signature, printed name, date.",
              LETTER, ["r37-ut", "r37-ut-partial"])
    s.date_formats = ["%m/%d/%Y", "%m-%d-%Y"]
    w, h = LETTER
    letterhead(s, w - 50, h - 50, ["Wasatch Peak Communications", "455 S 300 E, Salt Lake City, "
                                   "UT 84111", "Number porting 801-555-0100"])
    s.text(50, h - 60, "Customer Authorization to Port", 14, bold=True)
    s.text(50, h - 73, "Print clearly in ink. Fax or mail the signed page.", 7.5)
    y = h - 104
    s.band(50, y, w - 100, "ACCOUNT", 8.5)
    y -= 28
    s.blank("Billing name (exactly as on your bill):", 50, y, 560, "account_name", 8)
    y -= 30
    s.blank("Service name (if different from billing name):", 50, y, 560, None, 8)
    y -= 30
    s.blank("Service address:", 50, y, 330, "street", 8)
    s.blank("City:", 340, y, 560, "city", 8)
    y -= 30
    s.blank("State:", 50, y, 130, "state", 8)
    s.blank("ZIP:", 140, y, 230, "postal_code", 8)
    s.blank("Current carrier:", 240, y, 560, "carrier", 8)
    y -= 30
    s.blank("Account number:", 50, y, 300, "account_number", 8)
    s.blank("Billing telephone no.:", 310, y, 560, "btn", 8)
    y -= 30
    s.blank("Authorized name:", 50, y, 300, "authorized_name", 8)
    s.blank("Title:", 310, y, 560, "authorized_title", 8)
    y -= 30
    s.blank("Contact phone:", 50, y, 240, "contact_phone", 8)
    s.blank("E-mail:", 250, y, 560, "contact_email", 8)
    y -= 24
    s.band(50, y, w - 100, "NUMBERS  (write P for each number to port; numbers you keep go on "
           "the line under the table)", 8)
    y -= 10
    slots = s.slot_group()
    y = choice_table(s, 50, y, [("#", 26), ("Telephone number", 170),
                                ("Port or keep (P / K)", 110), ("PIN (if any)", 100)],
                     [("n", None), ("number", None), ("choice", ["P"]), ("pin", None)],
                     6, slots, row_h=22, pad=4)
    y -= 28
    s.blank("Numbers you keep with your current carrier:", 50, y, 560, "remaining_numbers", 8)
    y -= 28
    s.blank("Requested port date (MM/DD/YYYY):", 50, y, 260, "requested_date", 8)
    y -= 26
    s.tick(50, y, "check:full_port", "Port every number on the account")
    s.tick(260, y, "check:partial_port", "Port only the numbers marked P")
    y -= 22
    y = s.para(50, y, "I authorize Wasatch Peak Communications to port the numbers marked P from "
               "my current carrier. I am the account holder or authorized to sign for it.",
               w - 100, 7.5)
    y -= 44
    s.sign_line("Signature:", 50, y, 320)
    s.blank("Date:", 340, y, 470, "date_signed", 8)
    y -= 30
    s.blank("Printed name:", 50, y, 320, "authorized_name", 8)
    s.footer("WPC-AUTH-3  rev 2030")
    pdf, truth = s.build()
    return skewed_picture(pdf, truth, 1, 1.5, dpi=200), truth


FORMS = {
    "r37-mm-romanian-paper": mm_romanian_paper,
    "r37-ut-askew-picture": ut_askew_picture,
}
