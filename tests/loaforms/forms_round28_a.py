"""Round 28, first batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- An Oklahoma gaining provider's fillable LOA whose widget names lie (the city widget is "Zip",
  the state widget "City", the ZIP widget "State"), the current carrier in a drop-down whose
  option is the case's carrier in another spelling, the account number in a widget whose /MaxLen
  only takes its digits, a ranges table "From number | To number | Quantity" with a "Number of
  lines to port" widget that a JavaScript calculate action sums, a callback number beside the
  numbers (not a number to port), the requested date in a widget formatted by
  AFDate_FormatEx("mm/dd/yyyy"), a read-only form id and a hidden agent code (not ours), and
  "Signed this ___ day of ____________, 20__" on paper under a signature without a widget.
- A Saskatchewan paper LOA: the address in cells "Civic no. | Street | Unit | City | Province |
  Postal code" in three blocks (service, billing with "same as service address", correspondence
  with "same as above"), "Other: ____" beside the customer-type ticks and "Partial port - numbers
  staying with SaskTel: ____" after its tick, a numbers table with an action column (P = port)
  and columns for the carrier's port time and the new routing (not ours), a fax for the
  confirmation near the numbers (not ours), initials boxes beside the clauses, a witness line.
- A Yorkshire UK-style Letter of Authority, partly fillable, over two pages: the letterhead and
  its instructions drawn as a picture with no text layer (one blank's label only in the
  picture), a company signing through an officer ("Name of authorised officer", "Position",
  company registration and VAT numbers and a company stamp box, not ours), "Signed on the ____
  day of ______________ 20__", initials at each page's foot, and page 2 a customer copy and a
  provider copy side by side asking the holder, account, main number, signature and date twice.
- A Porto pedido de portabilidade, fillable, every caption in Portuguese with its English under
  it in italics, the address in cells "Rua | N.º | Andar | Código postal | Localidade" (the
  postcode a comb of 8), the operator in a drop-down of long official names, a numbers table with
  a per-row action drop-down "Portar / Port" | "Manter / Keep", NIF labelled to the right of its
  widget (not ours), a hidden widget, the date widget formatted AFDate_FormatEx("dd-mm-yyyy"),
  and an XFA stream beside the AcroForm.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import a4, letter
from tests.loaforms.round5_kit import letterhead
from tests.loaforms.round14_kit import witness_line
from tests.loaforms.round26_kit import hint, tick_left
from tests.loaforms.round28_kit import bi, cell, choice, finish, picture, ranges, span, tf

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4
WL, HL = LETTER


def _q(s: Any, label: str, name: str, x: float, y: float, lx: float, w: float,
       fld: str | None, **kw: Any) -> dict[str, Any]:
    s.text(x, y + 4, label, 8)
    return tf(s, name, lx, y, w, 14, fld, **kw)


def ok_lying_names_fillable() -> Built:
    s = letter("r28-ok-lying-names-fillable", "US", "en", ["r28-ok", "r28-ok-partial"],
               "Fillable, Oklahoma gaining provider's LOA. Widget names lie (Zip holds the city, "
               "City the state, State the ZIP); current carrier drop-down with 'AT and T' (the "
               "case's carrier in another spelling); account number widget /MaxLen 10 (digits "
               "only fit); ranges table From/To/Quantity widgets (row 1 one block), 'Number of "
               "lines to port' with a calculate action; callback number beside the numbers; "
               "requested date AFDate_FormatEx mm/dd/yyyy; read-only form id, hidden agent code "
               "not ours; numbers staying (partial) in two widgets; signature without widget; "
               "'Signed this ___ day of ______, 20__' on paper.")
    s.date_formats = ["%m/%d/%Y"]
    letterhead(s, WL - 40, HL - 36, ["Cimarron Broadband LLC", "600 N Harvey Ave, Oklahoma "
                                     "City, OK 73102", "Porting desk 405-555-0100  |  Fax "
                                     "405-555-0101"])
    s.text(40, HL - 46, "Letter of Authorization", 15, bold=True)
    s.text(40, HL - 60, "Number transfer to Cimarron Broadband", 9)
    tf(s, "FormID", 40, HL - 82, 90, 12, None, flags="readOnly", value="CBB-LOA-7")
    tf(s, "AgentCode", 140, HL - 82, 90, 12, None)
    y = HL - 110
    _q(s, "Name on the account (as billed)", "fill_1", 40, y, 190, 380, "account_name")
    y -= 24
    s.text(40, y + 4, "Current carrier", 8)
    choice(s, "Carrier", 190, y, 150, ["AT and T", "Cox Business", "Windstream",
                                       "Pioneer Telephone"], "carrier", accept=["AT and T"])
    s.text(350, y + 4, "Account no.", 8)
    place = tf(s, "fill_4", 400, y, 100, 14, "account_number", maxlen=10)
    place["accept"] = ["4057718220", "9182264471"]  # a careful specialist's digits, not a cut
    hint(s, 402, y - 7, "10 digits, no dashes")
    y -= 28
    s.text(40, y + 4, "Service address", 8)
    tf(s, "Address2", 190, y, 250, 14, None)
    s.text(446, y + 4, "Ste", 8)
    tf(s, "Address3", 466, y, 106, 14, None)
    span(s, 2, "street", "service street and suite (two widgets)")
    y -= 22
    s.text(190, y + 4, "City", 8)
    tf(s, "Zip", 212, y, 150, 14, "city", tooltip="ZIP code")
    s.text(372, y + 4, "State", 8)
    tf(s, "City", 398, y, 36, 14, "state", tooltip="City")
    s.text(444, y + 4, "ZIP", 8)
    tf(s, "State", 462, y, 110, 14, "postal_code", tooltip="State")
    y -= 24
    s.text(40, y + 1, "Account type", 8)
    s.radio("Type", "0", 190, y, "check:business", "Business")
    s.radio("Type", "1", 260, y, "check:residential", "Residential")
    s.radio("Port", "0", 360, y, "check:full_port", "All numbers")
    s.radio("Port", "1", 440, y, "check:partial_port", "Some numbers")
    y -= 20
    s.text(40, y, "Numbers to transfer (give each block of consecutive numbers once)", 8.5,
           bold=True)
    rows = [(f"fill_{20 + 3 * r}", f"fill_{21 + 3 * r}", f"fill_{22 + 3 * r}") for r in range(4)]
    bottom = ranges(s, 40, y - 6, 4, (150, 150, 70), names=rows)
    s.text(430, y - 18, "Callback number during", 7.5)
    s.text(430, y - 27, "the transfer:", 7.5)
    tf(s, "fill_9", 430, y - 46, 140, 14, "contact_phone")
    s.text(430, y - 66, "Number of lines to port:", 7.5)
    tf(s, "Total", 430, y - 84, 60, 14, "number_count")
    y = bottom - 22
    s.text(40, y + 4, "Numbers staying with the current carrier (partial only)", 8)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k, name in enumerate(("fill_40", "fill_41")):
        sx = 290 + k * 142
        tf(s, name, sx, y, 136, 14, None)
        s.places.pop()
        s.slot(stay, (sx, y, sx + 136, y + 14), f"stays {k + 1}", name)
    y -= 24
    _q(s, "Requested transfer date", "Date1", 40, y, 190, 90, "requested_date")
    hint(s, 286, y + 4, "mm/dd/yyyy", 7)
    y -= 26
    y = s.para(40, y, "I authorize Cimarron Broadband LLC to act as my agent to transfer the "
               "numbers above from my current carrier. I am the account holder or authorized "
               "to act for the account, and the information above is correct.", WL - 80, 7.5)
    y -= 30
    s.sign_line("Signature of authorized person", 40, y, 300, label_below=True)
    _q(s, "Printed name", "fill_50", 320, y + 12, 380, 192, "authorized_name")
    _q(s, "Title", "fill_51", 320, y - 8, 380, 192, "authorized_title")
    y -= 34
    x = s.text(40, y, "Signed this", 9) + 4
    s.line_under(x, y - 2, x + 34, "date_signed_day", "day")
    x = s.text(x + 38, y, "day of", 9) + 4
    s.line_under(x, y - 2, x + 90, "date_signed_month", "month written out")
    x = s.text(x + 94, y, ", 20", 9) + 1
    s.line_under(x, y - 2, x + 22, "date_signed_year2", "year's last two digits")
    y -= 30
    s.band(40, y, WL - 80, "For Cimarron use only", 8)
    y -= 22
    s.blank("Order no.", 40, y, 220, None)
    s.blank("Received by", 240, y, 420, None)
    s.blank("FOC", 440, y, WL - 40, None)
    s.footer("CBB-LOA-7 (03/2026)")
    pdf, truth = s.build()
    return finish(pdf, {"Date1": {"F": 'AFDate_FormatEx("mm/dd/yyyy");',
                                  "K": 'AFDate_KeystrokeEx("mm/dd/yyyy");'},
                        "Total": {"C": 'AFSimple_Calculate("SUM", new Array("fill_22", '
                                       '"fill_25", "fill_28", "fill_31"));'},
                        "State": {"V": "if (event.value.length != 5) event.rc = false;"}},
                  hidden=("AgentCode",)), truth


def _address_row(s: Any, x: float, y: float, prefix: str, fields: tuple[str | None, ...],
                 optional: bool = False) -> None:
    """Civic no. | Street | Unit | City | Province | Postal code: the first three one street."""
    widths = (46, 150, 40, 120, 50, 76)
    heads = ("Civic no.", "Street", "Unit", "City", "Province", "Postal code")
    cx = x
    for head, w in zip(heads, widths, strict=True):
        s.frame(cx, y, w, 24)
        s.text(cx + 2, y + 17, head, 6)
        s._place((cx + 1, y + 1, cx + w - 1, y + 15), None, what=f"{prefix} {head}")
        cx += w
    parts = [s.places.pop() for _ in range(6)][::-1]
    street = {"page": s.page, "field": fields[0], "what": f"{prefix} civic no. | street | unit",
              "rect": [parts[0]["rect"][0], parts[0]["rect"][1], parts[2]["rect"][2],
                       parts[2]["rect"][3]]}
    rest = [dict(p, field=f) for p, f in zip(parts[3:], fields[1:], strict=True)]
    for place in [street, *rest]:
        if optional:
            place["optional"] = True
        s.places.append(place)


def sk_cells_paper() -> Built:
    s = letter("r28-sk-cells-paper", "CA", "en", ["r28-sk", "r28-sk-partial"],
               "Paper, Saskatchewan LOA. Address cells Civic no. | Street | Unit | City | "
               "Province | Postal code (the first three one street) in three blocks: service, "
               "billing ('same as service address' tick, optional), correspondence (not in the "
               "case: optional). Customer type ticks with 'Other: ____' (not ours); full / "
               "partial ticks, 'numbers staying with SaskTel: ____' after the partial tick. "
               "Numbers table: number | action (P) | port time (SaskTel use) | new routing (not "
               "ours). Fax for the confirmation not ours; initials boxes beside clauses not ours; "
               "witness line not ours; date signed YYYY-MM-DD; requested date Day/Month/Year.")
    s.date_formats = ["%Y-%m-%d"]
    letterhead(s, WL - 40, HL - 36, ["Wascana Voice & Data Inc.", "2100 Victoria Ave, Regina, "
                                     "SK  S4P 0S6", "1-306-555-0100"])
    s.text(40, HL - 46, "Authorization to Transfer Telephone Numbers", 13, bold=True)
    s.text(40, HL - 58, "Please print clearly. One character per cell is not required.", 7.5)
    y = HL - 84
    s.blank("Customer name (as it appears on the SaskTel bill)", 40, y, WL - 40, "account_name")
    y -= 20
    s.blank("Account number", 40, y, 250, "account_number")
    s.blank("Main billing number", 262, y, WL - 40, "btn")
    y -= 18
    x: float = s.text(40, y + 0.5, "Customer type:", 8.5) + 10
    x = tick_left(s, x, y, "check:business", "Business")
    x = tick_left(s, x, y, "check:residential", "Residential")
    x = tick_left(s, x, y, None, "Other:")
    s.line_under(x - 10, y - 1, WL - 40, None, "other customer type")
    y -= 26
    s.text(40, y, "1. Service (installation) address", 9, bold=True)
    _address_row(s, 40, y - 30, "service", ("street", "city", "state", "postal_code"))
    y -= 48
    s.text(40, y, "2. Billing address", 9, bold=True)
    s.tick(180, y - 1, None, "Same as service address")
    s.places[-1]["optional"] = True
    _address_row(s, 40, y - 30, "billing", ("billing_street", "billing_city", "billing_state",
                                            "billing_postal_code"))
    y -= 48
    s.text(40, y, "3. Correspondence address", 9, bold=True)
    s.tick(180, y - 1, None, "Same as above")
    s.places[-1]["optional"] = True
    _address_row(s, 40, y - 30, "correspondence", (None, None, None, None), optional=True)
    y -= 50
    s.text(40, y, "4. Numbers", 9, bold=True)
    x = tick_left(s, 120, y - 1, "check:full_port", "All numbers on the account")
    tick_left(s, x, y - 1, "check:partial_port", "Partial port - numbers staying with SaskTel:")
    y -= 16
    s.box(300, y - 4, WL - 340, 16, "remaining_numbers", "numbers staying")
    y -= 12
    slots = s.slot_group(ordered=True)
    heads = (("#", 20), ("Telephone number", 130), ("Action P/K", 50),
             ("Port time (SaskTel use)", 110), ("New routing / LRN", 110))
    cx = 40
    for head, w in heads:
        s.frame(cx, y - 16, w, 16)
        s.text(cx + 2, y - 11, head, 6.5, bold=True)
        cx += w
    for r in range(8):
        ry = y - 16 * (r + 2)
        cx = 40
        for k, (_, w) in enumerate(heads):
            s.frame(cx, ry, w, 16)
            if k == 0:
                s.right_text(cx + 15, ry + 5, str(r + 1), 7.5)
            elif k == 1:
                s.slot(slots, (cx + 1, ry + 1, cx + w - 1, ry + 15), f"row {r + 1}")
            elif k == 2:
                place = s._place((cx + 1, ry + 1, cx + w - 1, ry + 15), "port_choice",
                                 what=f"action row {r + 1}")
                place.update(accept=["P"], row=r)
            else:
                s._place((cx + 1, ry + 1, cx + w - 1, ry + 15), None, what=f"{head} row {r + 1}")
            cx += w
    s.para(470, y - 10, "P = port to Wascana. K = keep with SaskTel (list those above, "
           "not here).", 100, 6.5)
    y -= 16 * 9 + 16
    s.blank("Contact phone", 40, y, 230, "contact_phone")
    s.blank("Fax for the confirmation", 244, y, WL - 40, None)
    y -= 20
    s.text(40, y, "Requested date:", 8.5)
    for k, (cap, fld) in enumerate((("Day", "requested_day"), ("Month", "requested_month"),
                                    ("Year", "requested_year"))):
        s.box(120 + k * 54, y - 6, 46, 16, fld, cap)
        s.text(122 + k * 54, y - 14, cap, 6)
    y -= 30
    for clause in ("I am the account holder or am authorized to act for the account holder.",
                   "I understand services on the numbers leave SaskTel when the transfer "
                   "completes."):
        s.text(40, y, clause, 7.5)
        s.box(WL - 100, y - 4, 40, 14, None, "initials", optional=True)
        s.text(WL - 138, y, "Initials", 6.5)
        y -= 18
    y -= 18
    s.sign_line("Signature", 40, y, 250, label_below=True)
    s.line_under(270, y, 420, "authorized_name", "printed name")
    s.text(270, y - 10, "Printed name", 8)
    s.line_under(440, y, WL - 40, "date_signed", "date signed")
    s.text(440, y - 10, "Date (YYYY-MM-DD)", 8)
    y -= 40
    s.line_under(270, y, 420, "authorized_title", "title")
    s.text(270, y - 10, "Title", 8)
    witness_line(s, "Witness signature", 40, y, 250)
    s.footer("WVD-LOA-SK 2026")
    return s.build()


def yks_picture_copies() -> Built:
    s = a4("r28-yks-picture-copies", "GB", "en", ["r28-yks", "r28-yks-partial"],
           "Partly fillable UK LoA, two pages. Letterhead and instructions a picture with no "
           "text layer; the 'Customer reference' widget's label only in the picture (not ours). "
           "Company signing through an officer: registered name, company registration no. and "
           "VAT no. (not ours), name of authorised officer, position, company stamp box (not "
           "ours). 'Signed on the ____ day of ______ 20__'; initials at each page's foot (not "
           "ours); page 2 customer copy and provider copy side by side, both asked.")
    s.date_formats = ["%d/%m/%Y"]
    picture(s, 40, H4 - 120, W4 - 80, 84, [
        ("PENNINE NETWORKS LTD", 14), ("Letter of Authority - number port", 10),
        ("Complete in black ink or type into the boxes. Return both pages. Every page must be",
         7), ("initialled. Numbers not listed will not be moved. Customer reference:", 7)],
        (236, 240, 246))
    tf(s, "Ref", W4 - 190, H4 - 116, 148, 13, None)
    y = H4 - 146
    _q(s, "Registered company name", "T1", 40, y, 190, 365, "account_name")
    y -= 22
    _q(s, "Company registration no.", "T2", 40, y, 190, 120, None)
    s.text(320, y + 4, "VAT no.", 8)
    tf(s, "T3", 360, y, 195, 14, None)
    y -= 22
    _q(s, "Account number with current provider", "T4", 40, y, 190, 120, "account_number")
    s.text(320, y + 4, "Current provider", 8)
    tf(s, "T5", 390, y, 165, 14, "carrier")
    y -= 22
    _q(s, "Site address", "T6", 40, y, 190, 365, "street")
    y -= 20
    _q(s, "Town", "T7", 40, y, 190, 180, "city")
    s.text(380, y + 4, "Postcode", 8)
    tf(s, "T8", 420, y, 135, 14, "postal_code")
    y -= 22
    _q(s, "Main number (BTN)", "T9", 40, y, 190, 120, "btn")
    s.text(320, y + 4, "Port date", 8)
    tf(s, "T10", 390, y, 90, 14, "requested_date")
    hint(s, 484, y + 4, "DD/MM/YYYY", 6.5)
    y -= 24
    s.text(40, y, "Numbers to be ported (one per line)", 8.5, bold=True)
    s.text(300, y, "Numbers that stay (partial port)", 8.5, bold=True)
    slots = s.slot_group(ordered=False)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for r in range(8):
        ry = y - 16 - r * 15
        s.text(40, ry + 2, f"{r + 1}.", 8)
        s.rule(54, ry, 270)
        s.slot(slots, (54, ry - 2, 270, ry + 12), f"port line {r + 1}")
        if r < 3:
            s.rule(300, ry, W4 - 40)
            s.slot(stay, (300, ry - 2, W4 - 40, ry + 12), f"stay line {r + 1}")
    y -= 16 + 8 * 15 + 10
    y = s.para(40, y, "We authorise Pennine Networks Ltd to act on our behalf to port the "
               "numbers above. We confirm the company named above is the account holder and "
               "that the officer signing is authorised to bind the company.", W4 - 80, 7.5)
    y -= 18
    _q(s, "Name of authorised officer", "T20", 40, y, 190, 200, "authorized_name")
    y -= 20
    _q(s, "Position", "T21", 40, y, 190, 200, "authorized_title")
    s.box(430, y - 40, 125, 76, None, "company stamp")
    s.text(434, y + 28, "Company stamp", 7)
    y -= 40
    s.sign_line("Signature", 40, y, 390)
    y -= 24
    x = s.text(40, y, "Signed on the", 9) + 4
    s.line_under(x, y - 2, x + 30, "date_signed_day", "day")
    x = s.text(x + 34, y, "day of", 9) + 4
    s.line_under(x, y - 2, x + 100, "date_signed_month", "month written out")
    x = s.text(x + 104, y, "20", 9) + 1
    s.line_under(x, y - 2, x + 20, "date_signed_year2", "year's last two digits")
    s.blank("Initials:", W4 - 140, 40, W4 - 40, None, optional=True)
    s.footer("PNL-LOA-03  page 1 of 2")
    s.next_page()
    s.text(40, H4 - 50, "Letter of Authority - copies", 13, bold=True)
    s.text(40, H4 - 64, "Both copies are completed and signed: one is kept by you, one by "
           "Pennine Networks.", 8)
    for k, copy in enumerate(("CUSTOMER COPY", "PROVIDER COPY")):
        x0 = 40 + k * 262
        s.frame(x0, H4 - 300, 250, 220)
        s.text(x0 + 6, H4 - 96, copy, 9, bold=True)
        yy = H4 - 124
        for label, fld in (("Company name", "account_name"), ("Account number",
                                                               "account_number"),
                           ("Main number", "btn")):
            s.text(x0 + 6, yy + 10, label, 7)
            s.line_under(x0 + 6, yy - 2, x0 + 244, fld, f"{copy.lower()} {label.lower()}")
            yy -= 32
        s.sign_line("Signature", x0 + 6, yy - 10, x0 + 244, label_below=True)
        s.text(x0 + 6, yy - 46, "Date", 7)
        s.line_under(x0 + 30, yy - 48, x0 + 140, "date_signed", f"{copy.lower()} date")
    s.blank("Initials:", W4 - 140, 40, W4 - 40, None, optional=True)
    s.footer("PNL-LOA-03  page 2 of 2")
    return s.build()


def _pt_cell(s: Any, pt: str, en: str, name: str, x: float, y: float, w: float,
             fld: str | None, **kw: Any) -> dict[str, Any]:
    return cell(s, pt, en, x, y, w, 26, fld, name=name, **kw)


def pt_bilingual_xfa() -> Built:
    s = a4("r28-pt-bilingual-xfa", "PT", "pt", ["r28-pt", "r28-pt-partial"],
           "Fillable Porto pedido de portabilidade with an XFA stream. Every caption in "
           "Portuguese with English in italics. Address cells Rua | N.º | Andar (one street) | "
           "Código postal (comb of 8) | Localidade; operator drop-down of long official names "
           "(the case's carrier in another spelling); numbers table with a per-row action "
           "drop-down 'Portar / Port'; NIF labelled right of its widget (not ours); hidden "
           "widget; data pretendida AFDate_FormatEx dd-mm-yyyy; signature on paper.")
    s.date_formats = ["%d-%m-%Y"]
    letterhead(s, W4 - 40, H4 - 36, ["Invicta Telecom, S.A.", "Avenida dos Aliados 50, "
                                     "4000-065 Porto", "Apoio 220 555 000"])
    s.text(40, H4 - 46, "Pedido de Portabilidade", 14, bold=True)
    s.c.setFont("Helvetica-Oblique", 9)
    s.c.drawString(40, H4 - 58, "Number portability request")
    y = H4 - 100
    _pt_cell(s, "Nome / Denominação social", "Name / Company name", "campo1", 40, y, 515,
             "account_name")
    y -= 30
    _pt_cell(s, "Rua", "Street", "campo2", 40, y, 250, None)
    _pt_cell(s, "N.º", "No.", "campo3", 290, y, 50, None)
    _pt_cell(s, "Andar", "Floor", "campo4", 340, y, 60, None)
    span(s, 3, "street", "Rua | N.º | Andar (three widgets)")
    _pt_cell(s, "Código postal", "Postcode", "campo5", 400, y, 90, "postal_code", maxlen=8,
             comb=True)
    _pt_cell(s, "Localidade", "Town", "campo6", 490, y, 65, "city")
    y -= 30
    _pt_cell(s, "N.º de cliente", "Customer no.", "campo7", 40, y, 150, "account_number")
    s.frame(190, y, 200, 26)
    bi(s, 193, y + 19.5, "Operador atual", "Current operator", 5.5, under=False)
    choice(s, "campo8", 193, y + 2, 194, ["MEO - Serviços de Comunicações e Multimédia, S.A.",
                                          "NOS Comunicações, S.A.", "Vodafone Portugal",
                                          "NOWO Communications"], "carrier",
           accept=["MEO - Serviços de Comunicações e Multimédia, S.A.",
                   "NOS Comunicações, S.A."], h=14)
    tf(s, "campo9", 396, y + 6, 100, 14, None)
    bi(s, 500, y + 14, "NIF", "Tax no.", 7)
    y -= 22
    bi(s, 40, y, "Tipo de cliente", "Customer type", 7.5)
    s.radio("tipo", "E", 130, y - 4, "check:business", "Empresarial / Business")
    s.radio("tipo", "R", 260, y - 4, "check:residential", "Residencial / Residential")
    tf(s, "campo10", 420, y - 4, 120, 12, None)
    y -= 26
    bi(s, 40, y, "Números a portar", "Numbers to port", 8.5)
    slots = s.slot_group(ordered=True)
    y -= 32
    for r in range(8):
        ry = y - r * 18
        s.text(40, ry + 4, f"{r + 1}.", 8)
        tf(s, f"num{r + 1}", 56, ry, 130, 14, None)
        s.places.pop()
        s.slot(slots, (56, ry, 186, ry + 14), f"row {r + 1}", f"num{r + 1}")
        place = choice(s, f"acao{r + 1}", 192, ry, 110, ["Portar / Port", "Manter / Keep"],
                       "port_choice", h=14)
        place.update(accept=["Portar / Port"], row=r)
    bi(s, 320, y + 4, "Números que ficam no operador atual",
       "Numbers staying with the current operator", 7)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(3):
        tf(s, f"fica{k + 1}", 320, y - 26 - k * 18, 150, 14, None)
        s.places.pop()
        s.slot(stay, (320, y - 26 - k * 18, 470, y - 12 - k * 18), f"stays {k + 1}",
               f"fica{k + 1}")
    y -= 8 * 18 + 14
    _pt_cell(s, "Contacto telefónico", "Contact phone", "campo11", 40, y, 150, "contact_phone")
    _pt_cell(s, "Correio eletrónico", "E-mail", "campo12", 190, y, 200, "contact_email")
    _pt_cell(s, "Data pretendida", "Requested date", "Data1", 390, y, 165, "requested_date")
    y -= 30
    y = s.para(40, y, "Autorizo a Invicta Telecom, S.A. a pedir em meu nome a portabilidade "
               "dos números acima. / I authorise Invicta Telecom to request the port of the "
               "numbers above on my behalf.", W4 - 80, 7.5)
    y -= 30
    _pt_cell(s, "Nome do signatário", "Name of signatory", "campo13", 40, y, 200,
             "authorized_name")
    _pt_cell(s, "Cargo", "Position", "campo14", 240, y, 150, "authorized_title")
    _pt_cell(s, "Data", "Date", "Data2", 390, y, 165, "date_signed")
    y -= 40
    s.sign_line("Assinatura / Signature", 40, y, 330, label_below=True)
    s.c.setFont("Helvetica-Oblique", 7)
    s.c.drawString(40, y - 20, "(assinatura conforme documento de identificação)")
    s.footer("INV-PORT-01  v4")
    pdf, truth = s.build()
    fmt = {"F": 'AFDate_FormatEx("dd-mm-yyyy");', "K": 'AFDate_KeystrokeEx("dd-mm-yyyy");'}
    return finish(pdf, {"Data1": fmt, "Data2": fmt}, xfa=True, hidden=("campo10",)), truth


FORMS = {
    "r28-ok-lying-names-fillable": ok_lying_names_fillable,
    "r28-sk-cells-paper": sk_cells_paper,
    "r28-yks-picture-copies": yks_picture_copies,
    "r28-pt-bilingual-xfa": pt_bilingual_xfa,
}
