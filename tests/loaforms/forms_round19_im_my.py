"""Round 19 (held back), the Isle of Man and Malaysia: a Douglas provider's two-page paper Letter
of Authority in the UK manner (labels inside the boxes, block capitals, Manx company number and
VAT number not ours, 'Are all numbers on the account moving?' Yes = full / No = partial, numbers
1-6 on page 1 continued on Schedule 1 (7-30 down three columns) on page 2, which repeats the
customer's name and account number, the numbers that stay on its own lines, and is signed and
dated at its foot like page 1); and a Petaling Jaya provider's partly fillable Borang Permohonan
Pemindahan Nombor in Malay with English after a slash (widgets with their labels above them, an
SSM registration number and the representative's MyKad not ours, a Poskod comb, a Negeri
drop-down, a customer-type radio whose export values are 0 / 1; on paper all / some ticks, a
'Bil. | Kod Kawasan | Nombor Telefon' table 1-8 with the area code per row, lines for the numbers
that stay, HH / BB / TTTT boxes, the applicant's signature block, a company stamp box and a
witness's signature, name and MyKad not ours). Truth from the drawn page; the filler never run
on them."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round3_kit import cell, under
from tests.loaforms.round5_kit import date_parts, numbered_slots, widget_above
from tests.loaforms.round9_kit import yes_no
from tests.loaforms.round10_kit import comb_widget, page_foot_sign
from tests.loaforms.round11_kit import choice_widget
from tests.loaforms.round14_kit import office_panel, radio01, sign_block, witness_line

Built = tuple[bytes, dict[str, Any]]
W4, H4 = float(A4[0]), float(A4[1])


def _im_page1(s: Sheet, slots: list[dict[str, Any]]) -> None:
    s.text(40, H4 - 48, "TYNWALD TELECOM", 16, bold=True)
    s.text(40, H4 - 60, "Tynwald Telecom Limited, 3 Prospect Hill, Douglas, Isle of Man IM1 1ET",
           7.5)
    s.text(40, H4 - 86, "Letter of Authority - Number Porting", 13, bold=True)
    s.text(40, H4 - 98, "Please complete in BLOCK CAPITALS. Every page must be signed and dated "
           "by the account holder or an authorised signatory.", 7.5)
    y = H4 - 122
    s.band(40, y, W4 - 80, "Section 1  Your details", 8.5)
    y -= 14
    s.tick(40, y - 4, "check:business", "Business")
    s.tick(120, y - 4, "check:residential", "Residential")
    y -= 36
    cell(s, "Customer or company name (exactly as on your current bill)", 40, y, 300,
         "account_name")
    cell(s, "IoM company number", 340, y, 110, None)
    cell(s, "VAT number", 450, y, W4 - 490, None)
    y -= 24
    cell(s, "Installation address (house number and street)", 40, y, W4 - 80, "street")
    y -= 24
    cell(s, "Town or village", 40, y, 200, "city")
    cell(s, "Postcode", 240, y, 90, "postal_code")
    cell(s, "Contact telephone", 330, y, W4 - 370, "contact_phone")
    y -= 24
    cell(s, "Email address", 40, y, W4 - 80, "contact_email")
    y -= 20
    s.band(40, y, W4 - 80, "Section 2  Your current provider", 8.5)
    y -= 30
    cell(s, "Current provider", 40, y, 200, "carrier")
    cell(s, "Account number", 240, y, 140, "account_number")
    cell(s, "Main billing number", 380, y, W4 - 420, "btn")
    y -= 22
    s.band(40, y, W4 - 80, "Section 3  Numbers to be ported", 8.5)
    y -= 20
    yes_no(s, "Are all numbers on the account moving to Tynwald Telecom?", 40, y,
           "check:full_port", "check:partial_port", at=330)
    y -= 24
    numbered_slots(s, slots, 40, y, cols=2, rows=3, col_w=(W4 - 80) / 2, down=True, row_h=19)
    y -= 3 * 19 + 4
    s.text(40, y, "More numbers? Continue on Schedule 1 (page 2).", 7.5)
    y -= 26
    under(s, "Preferred porting date (DD/MM/YYYY)", 40, y, 220, "requested_date")
    y -= 24
    s.band(40, y, W4 - 80, "Section 4  Authority", 8.5)
    y = s.para(40, y - 16, "I confirm that I am the account holder or am authorised to act for "
               "the account holder and I authorise Tynwald Telecom Limited to arrange the "
               "transfer of the numbers listed in this letter and its schedule from my current "
               "provider. I understand that services on ported numbers will end with my current "
               "provider when the port completes.", W4 - 80, 7.5) - 30
    sign_block(s, 40, y, [("Print name", "authorized_name"), ("Position", "authorized_title")],
               [250, 255])
    office_panel(s, 40, 92, W4 - 80, "For Tynwald Telecom use", ["Order ref.", "Received",
                                                                  "Checked by"], h=40)
    page_foot_sign(s, 54, "Signed", "Date", right=W4 - 40)
    s.footer("TT-LOA-03  Page 1 of 2")


def _im_page2(s: Sheet, slots: list[dict[str, Any]]) -> None:
    s.text(40, H4 - 48, "Schedule 1 - Additional numbers", 13, bold=True)
    y = H4 - 80
    cell(s, "Customer or company name", 40, y, 330, "account_name")
    cell(s, "Account number", 370, y, W4 - 410, "account_number")
    y -= 26
    numbered_slots(s, slots, 40, y, cols=3, rows=8, col_w=(W4 - 80) / 3, first=7, down=True,
                   row_h=19)
    y -= 8 * 19 + 16
    s.text(40, y, "Numbers that will REMAIN with your current provider:", 8.5, bold=True)
    y -= 22
    s.line_under(40, y, W4 - 40, "remaining_numbers", "numbers that remain")
    y -= 22
    s.line_under(40, y, W4 - 40, None, "numbers that remain (line 2)")["optional"] = True
    page_foot_sign(s, 54, "Signed", "Date", right=W4 - 40)
    s.footer("TT-LOA-03  Page 2 of 2")


def im_paper() -> Built:
    s = a4("r19-im-letter-of-authority-paper", "IM", "en", ["r19-im", "r19-im-home"],
           "Paper, two pages (Isle of Man, UK style). Labels inside the boxes; business / "
           "residential ticks; IoM company number and VAT number not ours; installation address, "
           "town, postcode, contact phone, email; current provider, account number, main "
           "billing number; 'Are all numbers moving?' Yes = full, No = partial; numbers 1-6 "
           "down two columns on page 1, Schedule 1 numbers 7-30 down three columns on page 2 "
           "(one slot group); preferred date DD/MM/YYYY; print name and position under their "
           "lines; 'Signed' and 'Date' at the foot of both pages; page 2 repeats the name and "
           "account number; numbers that remain on a line (a second line optional); office "
           "panel not ours.")
    s.date_formats = ["%d/%m/%Y"]
    slots = s.slot_group(ordered=True)
    _im_page1(s, slots)
    s.next_page()
    _im_page2(s, slots)
    return s.build()


def _my_area_rows(s: Sheet, slots: list[dict[str, Any]], x: float, top: float, first: int,
                  rows: int) -> None:
    """'Bil. | Kod Kawasan | Nombor Telefon': the row's area code in its own box."""
    for head, cx, w in (("Bil.", x, 26), ("Kod Kawasan", x + 26, 60),
                        ("Nombor Telefon", x + 86, 170)):
        s.frame(cx, top - 16, w, 16)
        s.text(cx + 3, top - 11, head, 7, bold=True)
    for r in range(rows):
        ry = top - 16 * (r + 2)
        s.frame(x, ry, 26, 16)
        s.right_text(x + 19, ry + 5, str(first + r), 8)
        place = s.box(x + 26, ry, 60, 16, "area_code", f"Kod Kawasan {first + r}")
        place["row"] = first + r - 1
        s.frame(x + 86, ry, 170, 16)
        s.slot(slots, (x + 87, ry + 1, x + 255, ry + 15), f"Nombor Telefon {first + r}")


def _my_fillable(s: Sheet, y: float) -> float:
    s.band(40, y, W4 - 80, "BAHAGIAN A: MAKLUMAT PELANGGAN / PART A: CUSTOMER DETAILS", 8.5)
    y -= 22
    s.text(40, y + 1, "Jenis pelanggan / Customer type:", 8)
    radio01(s, "rbJenis", 200, y, ("Korporat / Corporate", "check:business"),
            ("Kediaman / Residential", "check:residential"), gap=130)
    y -= 34
    widget_above(s, "Nama Syarikat / Pelanggan  -  Company / Customer Name", "txtNama", 40, y,
                 330, "account_name")
    widget_above(s, "No. Pendaftaran SSM / SSM Reg. No.", "txtSSM", 380, y, W4 - 420, None)
    y -= 32
    widget_above(s, "Alamat Pemasangan / Installation Address", "txtAlamat1", 40, y, W4 - 80,
                 "street")
    y -= 32
    s.text(40, y + 18, "Poskod / Postcode", 7.5, bold=True)
    comb_widget(s, "txtPoskod", 40, y, 5, "postal_code", what="Poskod")
    widget_above(s, "Bandar / City", "txtBandar", 120, y, 200, "city")
    s.text(332, y + 18, "Negeri / State", 7.5, bold=True)
    choice_widget(s, "ddNegeri", 332, y, W4 - 372, [
        "Johor", "Kedah", "Kelantan", "Melaka", "Negeri Sembilan", "Pahang", "Perak", "Perlis",
        "Pulau Pinang", "Sabah", "Sarawak", "Selangor", "Terengganu",
        "W.P. Kuala Lumpur", "W.P. Labuan", "W.P. Putrajaya"], "state")
    y -= 32
    widget_above(s, "No. Telefon Untuk Dihubungi / Contact No.", "txtHubungi", 40, y, 200,
                 "contact_phone")
    widget_above(s, "E-mel / Email", "txtEmel", 252, y, W4 - 292, "contact_email")
    y -= 32
    widget_above(s, "No. MyKad Wakil / Representative's MyKad No.", "txtMyKad", 40, y, 200, None)
    y -= 24
    s.band(40, y, W4 - 80, "BAHAGIAN B: PENYEDIA SEDIA ADA / PART B: EXISTING PROVIDER", 8.5)
    y -= 32
    widget_above(s, "Penyedia Perkhidmatan / Service Provider", "txtPenyedia", 40, y, 200,
                 "carrier")
    widget_above(s, "No. Akaun / Account No.", "txtAkaun", 252, y, 140, "account_number")
    widget_above(s, "Nombor Utama / Main Number", "txtUtama", 404, y, W4 - 444, "btn")
    return y - 24


def my_partly_fillable() -> Built:
    s = a4("r19-my-borang-partly-fillable", "MY", "en", ["r19-my", "r19-my-partial"],
           "Partly fillable (Malaysia), Malay then English after a slash. Widgets with labels "
           "above: customer-type radio rbJenis 0 Korporat / 1 Kediaman, company name, SSM reg. "
           "no. not ours, installation address, Poskod comb (5), Bandar, Negeri drop-down, "
           "contact no., email, representative's MyKad not ours, provider, account no., main "
           "number. On paper: all / some ticks, 'Bil. | Kod Kawasan | Nombor Telefon' rows 1-4 "
           "and 5-8 side by side (area code per row), numbers that stay on a line, requested "
           "date HH / BB / TTTT boxes, the applicant's signature, name, designation and date "
           "(DD/MM/YYYY) under their lines, a company stamp box not ours, a witness's "
           "signature, name and MyKad not ours.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    s.text(40, H4 - 46, "BORANG PERMOHONAN PEMINDAHAN NOMBOR", 12.5, bold=True)
    s.text(40, H4 - 59, "Number Portability Request Form (Fixed Line)", 9)
    s.c.setFont("Helvetica-Bold", 10)
    s.c.drawRightString(W4 - 40, H4 - 46, "Kenanga Fibre Sdn. Bhd.")
    s.c.setFont("Helvetica", 7)
    s.c.drawRightString(W4 - 40, H4 - 56, "(201801012345)  Menara Kenanga, 46200 Petaling Jaya")
    y = _my_fillable(s, H4 - 84)
    s.band(40, y, W4 - 80, "BAHAGIAN C: NOMBOR / PART C: NUMBERS (sila tulis / please write)",
           8.5)
    y -= 18
    s.tick(40, y, "check:full_port", "Semua nombor / All numbers")
    s.tick(220, y, "check:partial_port", "Sebahagian nombor sahaja / Some numbers only")
    slots = s.slot_group(ordered=True)
    s._slot_groups[-1]["local"] = True  # the Nombor Telefon after its Kod Kawasan
    top = y - 8
    _my_area_rows(s, slots, 40, top, 1, 4)
    _my_area_rows(s, slots, 300, top, 5, 4)
    y = top - 16 * 5 - 24
    under(s, "Nombor yang kekal dengan penyedia sedia ada / Numbers remaining with the existing "
          "provider", 40, y, W4 - 40, "remaining_numbers")
    y -= 30
    s.text(40, y + 4, "Tarikh dipohon / Requested date", 8)
    date_parts(s, 180, y, [("HH", 24, "requested_day"), ("BB", 24, "requested_month"),
                           ("TTTT", 40, "requested_year")])
    y -= 44
    sign_block(s, 40, y, [("Tandatangan Pemohon / Applicant's Signature", "signature"),
                          ("Tarikh / Date", "date_signed")], [240, 120])
    s.box(430, y - 12, W4 - 470, 56, None, "Cop Syarikat / Company Stamp")
    s.text(434, y + 36, "Cop Syarikat / Company Stamp", 6)
    y -= 30
    sign_block(s, 40, y, [("Nama / Name", "authorized_name"),
                          ("Jawatan / Designation", "authorized_title")], [240, 120])
    y -= 40
    witness_line(s, "Tandatangan Saksi / Witness's Signature", 40, y, 280)
    under(s, "Nama Saksi / Witness's Name", 294, y, 430, None)
    under(s, "No. MyKad Saksi", 442, y, W4 - 40, None)
    office_panel(s, 40, 40, W4 - 80, "UNTUK KEGUNAAN PEJABAT / FOR OFFICE USE",
                 ["No. Pesanan / Order No.", "Diterima oleh / Received by", "Tarikh / Date"])
    return s.build()


FORMS = {"r19-im-letter-of-authority-paper": im_paper,
         "r19-my-borang-partly-fillable": my_partly_fillable}
