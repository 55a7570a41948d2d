"""Round 35, West Virginia and Gipuzkoa (held back; truth from the drawn page, the filler never
run on these by their author):

- A West Virginia fillable letter of agency on two Letter pages. Ideas: comb fields (the ZIP,
  the contact phone, the BTN, the account number and every number in comb widgets over printed
  cells); a number list 1-8 on page 1 continued on page 2 under "Additional numbers
  (continued)" (9-20: the business case ports twelve); an account PIN / passcode blank beside
  "Last 4 of SSN" and "Federal Tax ID (EIN)" combs that the entries never fill (they stay
  empty; the household has no PIN, so its PIN blank stays empty too); the signature block as a
  2 x 2 grid (Authorized signatory | Print name / Title | Date) with widgets in three cells.
- A Gipuzkoa fillable solicitud de portabilidad in Spanish on one A4 page. Ideas: the receiving
  operator's section printed first and pre-filled (read-only widgets holding its name, address
  and phone under the same labels as the customer's section after it: not ours); a
  business / residential radio group whose export values are Spanish words ("Empresa" /
  "Particular"); widget names and tooltips in Basque while the printed labels are Spanish
  ("izena", "helbidea", "udalerria"...); the date mask "DD/MM/AAAA" printed under the
  requested date and the signing date.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import Sheet
from tests.loaforms.round5_kit import letterhead
from tests.loaforms.round14_kit import UnicodeSheet
from tests.loaforms.round28_kit import tf
from tests.loaforms.round29_kit import multiline
from tests.loaforms.round35_kit import comb_widget, grid2x2, mask_under

Built = tuple[bytes, dict[str, Any]]


def _lab(s: Sheet, x: float, y: float, text: str, size: float = 7) -> None:
    s.text(x, y + 17, text, size)


def _numbers(s: Sheet, slots: list[dict[str, Any]], top: float, first: int, rows: int) -> float:
    """Two columns of numbered comb widgets (10 cells), numbered down each column."""
    made = {}
    for col in range(2):
        for r in range(rows):
            n = first + col * rows + r
            x, y = 60 + col * 260, top - r * 22
            s.right_text(x - 4, y + 4, f"{n}.", 8)
            made[n] = comb_widget(s, f"tn{n}", x, y, 10, None, cell=13,
                                  what=f"number {n}")
            s.places.pop()
    for n in sorted(made):
        s.slot(slots, tuple(made[n]["rect"]), f"number {n} (comb)", made[n]["widget"])
    return top - rows * 22


def wv_comb_fillable() -> Built:
    s = Sheet("r35-wv-comb-fillable", "US", "en",
              "Fillable, West Virginia, two Letter pages. Comb widgets over printed cells for "
              "ZIP, contact phone, BTN, account number (12 digits) and numbers 1-8; page 2 "
              "repeats the customer name and continues the list under 'Additional numbers "
              "(continued)' 9-20. PIN / passcode beside 'Last 4 of SSN' and 'Federal Tax ID' "
              "combs (never filled: not ours). All / some ticks, numbers staying, requested "
              "date MM/DD/YYYY; page 2 signature block as a 2 x 2 grid.", LETTER,
              ["r35-wv", "r35-wv-partial"])
    s.date_formats = ["%m/%d/%Y", "%m-%d-%Y"]
    w, h = LETTER
    letterhead(s, w - 40, h - 36, ["Kanawha Fiber Communications", "500 Virginia St E, "
                                   "Charleston, WV 25301", "Port desk 304-555-0100"])
    s.text(40, h - 44, "LETTER OF AGENCY", 15, bold=True)
    s.text(40, h - 57, "Local number port request  -  type or print", 8)
    y = h - 80
    s.band(40, y, w - 80, "1  CUSTOMER", 8.5)
    y -= 36
    _lab(s, 40, y, "Customer name (exactly as on your bill)")
    tf(s, "cust_name", 40, y, 320, 15, "account_name")
    _lab(s, 370, y, "E-mail")
    tf(s, "cust_email", 370, y, 202, 15, "contact_email")
    y -= 36
    _lab(s, 40, y, "Service address (street)")
    tf(s, "svc_street", 40, y, 250, 15, "street")
    _lab(s, 300, y, "City")
    tf(s, "svc_city", 300, y, 130, 15, "city")
    _lab(s, 440, y, "State")
    tf(s, "svc_state", 440, y, 40, 15, "state")
    _lab(s, 492, y, "ZIP")
    comb_widget(s, "svc_zip", 492, y, 5, "postal_code", cell=16)
    y -= 36
    _lab(s, 40, y, "Authorized person")
    tf(s, "auth_name", 40, y, 200, 15, "authorized_name")
    _lab(s, 250, y, "Title (business accounts)")
    tf(s, "auth_title", 250, y, 150, 15, "authorized_title")
    _lab(s, 410, y, "Contact phone")
    comb_widget(s, "contact_ph", 410, y, 10, "contact_phone", cell=16)
    y -= 26
    s.band(40, y, w - 80, "2  CURRENT CARRIER ACCOUNT", 8.5)
    y -= 36
    _lab(s, 40, y, "Current carrier")
    tf(s, "cur_carrier", 40, y, 200, 15, "carrier")
    _lab(s, 250, y, "Account number (digits only)")
    comb_widget(s, "acct_no", 250, y, 12, "account_number", cell=16)
    y -= 36
    _lab(s, 40, y, "Billing telephone number (BTN)")
    comb_widget(s, "btn", 40, y, 10, "btn", cell=16)
    _lab(s, 220, y, "Account PIN / passcode")
    tf(s, "acct_pin", 220, y, 90, 15, "pin", maxlen=8)
    _lab(s, 320, y, "Last 4 of SSN")
    comb_widget(s, "ssn4", 320, y, 4, None, cell=16)
    _lab(s, 400, y, "Federal Tax ID (EIN)")
    comb_widget(s, "ein", 400, y, 9, None, cell=16)
    s.text(220, y - 10, "PIN: wireless and some wireline accounts. SSN / EIN: only if your "
           "carrier asks for it.", 6.3)
    y -= 30
    s.band(40, y, w - 80, "3  NUMBERS TO PORT  (10 digits, one per line)", 8.5)
    y -= 26
    slots = s.slot_group()
    y = _numbers(s, slots, y, 1, 4)
    s.text(60, y - 2, "More than 8 numbers? Continue under 'Additional numbers (continued)' "
           "on page 2.", 7)
    y -= 22
    s.checkbox("port_all", 40, y, "check:full_port", "Port ALL numbers on the account")
    s.checkbox("port_some", 250, y, "check:partial_port", "Port ONLY the numbers listed")
    y -= 16
    s.text(40, y, "Numbers that stay with the current carrier (partial port):", 7.5)
    multiline(s, "stay_list", 40, y - 30, 300, 24, "remaining_numbers", "numbers staying")
    _lab(s, 360, y - 30, "Requested port date (MM/DD/YYYY)")
    tf(s, "req_date", 360, y - 30, 110, 15, "requested_date")
    s.footer("KFC-LOA-7   page 1 of 2")
    s.next_page()
    y = h - 60
    s.text(40, y + 4, "Customer name", 8)
    tf(s, "cust_name_p2", 110, y, 300, 15, "account_name")
    s.text(480, y + 4, "Page 2 of 2", 8, bold=True)
    y -= 26
    s.band(40, y, w - 80, "Additional numbers (continued)", 8.5)
    y -= 26
    y = _numbers(s, slots, y, 9, 6)
    y -= 20
    s.band(40, y, w - 80, "4  AUTHORIZATION", 8.5)
    y -= 18
    for para in (
            "I am the customer named above, or authorized to act for the customer. I authorize "
            "Kanawha Fiber Communications to port the numbers listed on this letter from my "
            "current carrier and to act as my agent for that purpose.",
            "I understand that service on the ported numbers with my current carrier ends when "
            "the port completes and that any balance with my current carrier remains due."):
        y = s.para(40, y, para, w - 80, 7.8) - 5
    y -= 8
    grid2x2(s, 40, y, w - 80, 34, [("Authorized signatory", "signature"),
                                    ("Print name", "authorized_name"),
                                    ("Title", "authorized_title"),
                                    ("Date (MM/DD/YYYY)", "date_signed")],
            names=[None, "sig_print", "sig_title", "sig_date"])
    s.footer("KFC-LOA-7   page 2 of 2   Return both pages.")
    return s.build()


def gi_receiver_first_fillable() -> Built:
    s = UnicodeSheet("r35-gi-receiver-first-fillable", "ES", "es",
                     "Fillable, Gipuzkoa, one A4 page, Spanish labels; widget names and tooltips "
                     "in Basque. Receiving operator's section first, pre-filled in read-only "
                     "widgets under the customer's labels (not ours); radio Empresa / Particular "
                     "exporting those words; NIF not ours; numbers 1-6; total / parcial ticks; "
                     "numbers kept; requested and signing dates with 'DD/MM/AAAA' under them; "
                     "signature box.", A4, ["r35-gi", "r35-gi-partial"])
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    w, h = A4
    letterhead(s, w - 40, h - 36, ["Bidasoa Telecom S.L.", "Paseo de Colón 14, 20302 Irun",
                                   "Atención al cliente 943 555 100"])
    s.text(40, h - 46, "SOLICITUD DE PORTABILIDAD", 14, bold=True)
    s.text(40, h - 59, "Numeración fija. Rellene en mayúsculas.", 7.5)
    y = h - 80
    s.band(40, y, w - 80, "1. OPERADOR RECEPTOR", 8.5)
    y -= 36
    _lab(s, 40, y, "Razón social")
    tf(s, "hartzailea_izena", 40, y, 250, 15, None, value="Bidasoa Telecom S.L.",
       flags="readOnly", tooltip="Operadore hartzailearen izena")
    _lab(s, 300, y, "Teléfono")
    tf(s, "hartzailea_telefonoa", 300, y, 120, 15, None, value="943 555 100", flags="readOnly",
       tooltip="Operadore hartzailearen telefonoa")
    _lab(s, 430, y, "Código distribuidor")
    tf(s, "banatzailea", 430, y, 125, 15, None, value="GI-0042", flags="readOnly",
       tooltip="Banatzailearen kodea")
    y -= 34
    _lab(s, 40, y, "Dirección")
    tf(s, "hartzailea_helbidea", 40, y, 515, 15, None, value="Paseo de Colón 14, 20302 Irun",
       flags="readOnly", tooltip="Operadore hartzailearen helbidea")
    y -= 26
    s.band(40, y, w - 80, "2. DATOS DEL ABONADO", 8.5)
    y -= 20
    s.text(40, y + 1, "Tipo de cliente:", 8)
    s.radio("mota", "Empresa", 120, y, "check:business", "Empresa")
    s.radio("mota", "Particular", 200, y, "check:residential", "Particular")
    y -= 36
    _lab(s, 40, y, "Razón social / Nombre y apellidos")
    tf(s, "izena", 40, y, 350, 15, "account_name",
       tooltip="Abonatuaren izen-abizenak edo sozietatearen izena")
    _lab(s, 400, y, "NIF / CIF")
    tf(s, "ifz", 400, y, 155, 15, None, tooltip="Identifikazio fiskaleko zenbakia")
    y -= 34
    _lab(s, 40, y, "Dirección")
    tf(s, "helbidea", 40, y, 250, 15, "street", tooltip="Kalea eta zenbakia")
    _lab(s, 300, y, "Municipio")
    tf(s, "udalerria", 300, y, 130, 15, "city", tooltip="Udalerria")
    _lab(s, 440, y, "Provincia")
    tf(s, "probintzia", 440, y, 65, 15, "state", tooltip="Lurraldea")
    _lab(s, 512, y, "C.P.")
    tf(s, "posta_kodea", 512, y, 43, 15, "postal_code", tooltip="Posta kodea")
    y -= 34
    _lab(s, 40, y, "Teléfono")
    tf(s, "telefonoa", 40, y, 120, 15, "contact_phone", tooltip="Harremanetarako telefonoa")
    _lab(s, 170, y, "Correo electrónico")
    tf(s, "posta_elektronikoa", 170, y, 385, 15, "contact_email",
       tooltip="Posta elektronikoa")
    y -= 34
    _lab(s, 40, y, "Persona autorizada")
    tf(s, "baimendua", 40, y, 250, 15, "authorized_name", tooltip="Baimendutako pertsona")
    _lab(s, 300, y, "Cargo (empresas)")
    tf(s, "kargua", 300, y, 255, 15, "authorized_title", tooltip="Kargua")
    y -= 26
    s.band(40, y, w - 80, "3. OPERADOR DONANTE", 8.5)
    y -= 36
    _lab(s, 40, y, "Operador donante")
    tf(s, "emailea", 40, y, 200, 15, "carrier", tooltip="Operadore emailea")
    _lab(s, 250, y, "N.º de cliente / cuenta")
    tf(s, "kontu_zenbakia", 250, y, 180, 15, "account_number", tooltip="Bezero-zenbakia")
    y -= 26
    s.band(40, y, w - 80, "4. NUMERACIÓN A PORTAR", 8.5)
    y -= 24
    slots = s.slot_group()
    for n in range(6):
        col, row = divmod(n, 3)
        x, ry = 60 + col * 260, y - row * 20
        s.right_text(x - 4, ry + 4, f"{n + 1}.", 8)
        tf(s, f"zenbakia_{n + 1}", x, ry, 200, 15, None, tooltip=f"{n + 1}. zenbakia")
        s.places.pop()
        s.slot(slots, (x, ry, x + 200, ry + 15), f"número {n + 1}", f"zenbakia_{n + 1}")
    y -= 3 * 20 + 6
    s.checkbox("osoa", 40, y, "check:full_port", "Portabilidad total (todos los números)")
    s.checkbox("partziala", 280, y, "check:partial_port", "Portabilidad parcial")
    y -= 16
    s.text(40, y, "Números que se mantienen en el operador donante:", 7.5)
    multiline(s, "mantentzen", 40, y - 30, 300, 24, "remaining_numbers", "números que se "
              "mantienen")
    _lab(s, 360, y - 30, "Fecha deseada de portabilidad")
    tf(s, "data_eskatua", 360, y - 30, 110, 15, "requested_date", tooltip="Eskatutako data")
    mask_under(s, 362, y - 38, "DD/MM/AAAA")
    y -= 54
    y = s.para(40, y, "El abonado solicita la portabilidad de los números indicados a Bidasoa "
               "Telecom S.L. y la baja de dichos números en el operador donante una vez "
               "completada la portabilidad. Los datos deben coincidir con los del operador "
               "donante.", w - 80, 7.5)
    y -= 50
    s.box(40, y, 250, 42, "signature", "Firma del abonado")
    s.text(40, y - 9, "Firma del abonado o persona autorizada", 7)
    _lab(s, 320, y + 12, "Fecha")
    tf(s, "sinadura_data", 320, y + 12, 110, 15, "date_signed", tooltip="Sinaduraren data")
    mask_under(s, 322, y + 4, "DD/MM/AAAA")
    s.footer("BT-PORT-3  (2030)")
    return s.build()


FORMS = {
    "r35-wv-comb-fillable": wv_comb_fillable,
    "r35-gi-receiver-first-fillable": gi_receiver_first_fillable,
}
