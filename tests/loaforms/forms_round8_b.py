"""Round 8, second batch (written after the first batch was fixed, before the filler ran on
these): three more forms of the judged countries.

- A UK paper Letter of Authority over two pages, signed and dated at the foot of each page:
  captions printed under the lines, a company registration number that is not ours, the
  installation address with its postcode in a box, numbers 1-10 numbered down two columns, a
  line-type column that is not ours, a Yes / No question that is ours (is the main number
  moving?).
- A Québec paper lettre d'autorisation in French: 'Libellé : ____' lines, the current
  provider's name and account, a PIN (NIP), a numbers table Numéro | Conserver / Transférer,
  AAAA-MM-JJ boxes, "Fait à ____ le ____".
- A US fillable LOA with an 'Authorized Representative' block (Name, Title, Phone, Email) and a
  'Service Location' block (Street, Suite, City, State, ZIP), the provider's own account ID that
  is not ours, and ten numbered number widgets named across the rows but printed down the columns.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import a4, letter
from tests.loaforms.round6_kit import row_table

Built = tuple[bytes, dict[str, Any]]


def uk_paper_two_pages() -> Built:
    s = a4("r8-uk-authority-flat", "GB", "en", ["r8-uk", "r8-uk-partial"],
           "Paper, two pages, each signed and dated at its foot. Captions under the lines "
           "(Registered company name, Company registration no. - not ours, Installation "
           "address, Postcode in a box, Current provider, Account number with current "
           "provider, Main number); numbers 1-10 numbered down two columns with a line type "
           "column that is not ours; 'Is the main number moving?' Yes / No (ours: the BTN "
           "ports). Page 2: requested date, authorised person's name and position in capitals, "
           "contact telephone and email.")
    s.date_formats = ["%d/%m/%Y"]
    w = A4[0]
    top = A4[1] - 50
    s.text(40, top, "Letter of Authority", 16, bold=True)
    s.text(40, top - 16, "Transfer of telephone numbers to Severn Voice Ltd", 9)
    y = top - 60

    def under(label: str, x: float, x1: float, fld: str | None) -> None:
        s.line_under(x, y, x1, fld, label)
        s.text(x, y - 9, label, 7)

    under("Registered company name", 40, 380, "account_name")
    under("Company registration no.", 400, w - 40, None)
    y -= 34
    under("Installation address (number and street)", 40, w - 40, "street")
    y -= 34
    under("Town", 40, 330, "city")
    s.box(350, y - 2, 110, 16, "postal_code", "Postcode")
    s.text(350, y - 11, "Postcode", 7)
    y -= 34
    under("Current provider", 40, 260, "carrier")
    under("Account number with current provider", 280, 450, "account_number")
    under("Main number", 470, w - 40, "btn")
    y -= 40
    s.text(40, y, "Numbers to transfer", 10, bold=True)
    s.text(300, y, "Line type (analogue / ISDN / VoIP)", 7.5)
    y -= 20
    slots = s.slot_group(ordered=True)
    for col, x in enumerate((40, 300)):
        for r in range(5):
            n = col * 5 + r + 1
            ly = y - r * 20
            s.text(x, ly, f"{n}", 8.5)
            s.line_under(x + 14, ly - 2, x + 150, None, "tmp")
            s.places.pop()
            s.slot(slots, (x + 14, ly - 4, x + 150, ly + 11), f"number {n}")
            s.line_under(x + 160, ly - 2, x + 250, None, f"line type {n}")
    y -= 112
    s.text(40, y, "Is the main number moving to Severn Voice?", 9)
    s.tick(300, y - 1, "check:btn_ported", "Yes")
    s.tick(350, y - 1, "check:btn_stays", "No")
    y -= 60
    s.sign_line("Signature", 40, y, 300, label_below=True)
    s.line_under(330, y, 480, "date_signed", "Date (page 1)")
    s.text(330, y - 10, "Date", 8)
    s.footer("SVL-LOA-2 page 1 of 2")
    s.next_page()
    y = top
    s.text(40, y, "Letter of Authority (continued)", 13, bold=True)
    y -= 40
    s.text(40, y, "Requested transfer date (DD/MM/YYYY)", 9)
    s.line_under(230, y - 2, 380, "requested_date", "requested date")
    y -= 40
    under("Authorised person (block capitals)", 40, 300, "authorized_name")
    under("Position", 320, w - 40, "authorized_title")
    y -= 34
    under("Contact telephone", 40, 300, "contact_phone")
    under("Contact email", 320, w - 40, "contact_email")
    y -= 40
    s.para(40, y, "I confirm that I am authorised to sign for the company named on page 1 and "
           "that I want the numbers listed moved to Severn Voice Ltd.", w - 80, 8.5)
    y -= 70
    s.sign_line("Signature", 40, y, 300, label_below=True)
    s.line_under(330, y, 480, "date_signed", "Date (page 2)")
    s.text(330, y - 10, "Date", 8)
    s.footer("SVL-LOA-2 page 2 of 2")
    return s.build()


def ca_quebec_paper() -> Built:
    s = letter("r8-ca-quebec-flat", "CA", "fr", ["r8-qc", "r8-qc-partial"],
               "Papier, en français. 'Libellé : ____' lines; the current provider, its account "
               "number and the PIN (NIP); a numbers table Numéro de téléphone | Conserver / "
               "Transférer (ours: Transférer on rows with a number), 6 rows; the requested date "
               "in AAAA / MM / JJ boxes; 'Fait à ____ le ____' (the place is not ours, the date "
               "is the signing date), signature, nom en lettres moulées, titre.")
    s.date_formats = ["%Y-%m-%d", "%d/%m/%Y"]
    w = LETTER[0]
    s.text(40, 742, "Lettre d'autorisation - transfert de numéros", 14, bold=True)
    s.right_text(w - 40, 744, "Télécom Saint-Laurent inc.", 9)
    y = 700
    s.band(40, y, w - 80, "Client")
    y -= 26
    s.blank("Nom de l'entreprise :", 40, y, w - 40, "account_name")
    y -= 22
    s.blank("Adresse du service :", 40, y, w - 40, "street")
    y -= 22
    s.blank("Ville :", 40, y, 260, "city")
    s.blank("Province :", 272, y, 380, "state")
    s.blank("Code postal :", 392, y, w - 40, "postal_code")
    y -= 30
    s.band(40, y, w - 80, "Fournisseur actuel")
    y -= 26
    s.blank("Nom du fournisseur :", 40, y, 300, "carrier")
    s.blank("No de compte :", 312, y, w - 40, "account_number")
    y -= 22
    s.blank("NIP (cellulaire seulement) :", 40, y, 300, "pin")
    s.blank("Numéro principal :", 312, y, w - 40, "btn")
    y -= 30
    s.band(40, y, w - 80, "Numéros")
    y = row_table(s, 40, y - 8, [("Numéro de téléphone", 260, "number"),
                                 ("Conserver / Transférer", 272,
                                  ("port_choice", ["Transférer", "T"]))], rows=6) - 24
    s.text(40, y, "Date de transfert souhaitée :", 9)
    for x, part, cap in ((200, "requested_year", "AAAA"), (256, "requested_month", "MM"),
                         (296, "requested_day", "JJ")):
        s.box(x, y - 5, 50 if cap == "AAAA" else 34, 17, part, cap)
        s.text(x + 4, y - 14, cap, 6.5)
    y -= 46
    s.para(40, y, "J'autorise Télécom Saint-Laurent inc. à transférer les numéros ci-dessus et à "
           "agir en mon nom auprès de mon fournisseur actuel.", w - 80, 8.5)
    y -= 40
    s.blank("Fait à", 40, y, 250, None)
    s.blank("le", 262, y, 420, "date_signed")
    y -= 40
    s.sign_line("Signature :", 40, y, 330)
    y -= 26
    s.blank("Nom (lettres moulées) :", 40, y, 330, "authorized_name")
    s.blank("Titre :", 342, y, w - 40, "authorized_title")
    s.footer("TSL-LA-QC 2026")
    return s.build()


def us_fillable_representative() -> Built:
    s = letter("r8-us-representative-fillable", "US", "en", ["r8-us", "r8-us-partial"],
               "Fillable, widgets 'TextN' with labels left. The provider's own 'Account ID' (not "
               "ours) printed near the top; 'Service Location': Street, Suite / Unit, City, State, "
               "ZIP; losing carrier block; ten number widgets numbered 1-5 down the left column "
               "and 6-10 down the right, named across the rows (Num1 left, Num2 right, ...); an "
               "'Authorized Representative' block: Name, Title, Phone, Email; signature and date "
               "widgets.")
    s.date_formats = ["%m/%d/%Y"]
    w = LETTER[0]
    names = iter(f"Text{n}" for n in range(1, 40))
    s.text(40, 742, "Letter of Authorization - Number Porting", 14, bold=True)
    s.right_text(w - 40, 744, "Bluestem Cloud Communications", 9)
    s.text(40, 720, "Bluestem Account ID", 9)
    s.widget(next(names), 160, 716, 150, 15, None)
    y = 686

    def section(title: str) -> None:
        nonlocal y
        s.text(40, y, title, 10.5, bold=True)
        y -= 22

    def row(label: str, fld: str | None, x: float = 40, x_field: float = 160,
            width: float = 300) -> None:
        s.text(x, y + 4, label, 9)
        s.widget(next(names), x_field, y, width, 15, fld)

    section("Customer")
    row("Customer name", "account_name")
    y -= 20
    row("Billing telephone #", "btn", width=150)
    y -= 30
    section("Service Location")
    row("Street", "street")
    y -= 20
    row("City", "city", width=150)
    row("State", "state", x=330, x_field=370, width=40)
    row("ZIP", "postal_code", x=430, x_field=460, width=80)
    y -= 30
    section("Losing Carrier")
    row("Carrier name", "carrier")
    y -= 20
    row("Account number", "account_number", width=150)
    row("PIN", "pin", x=330, x_field=370, width=100)
    y -= 30
    section("Numbers to Port")
    slots = s.slot_group(ordered=True)
    drawn: dict[int, tuple[tuple[float, float, float, float], str]] = {}
    for r in range(5):
        for col, x in enumerate((40, 320)):
            n = col * 5 + r + 1
            ly = y - r * 20
            s.text(x, ly + 4, f"{n}.", 9)
            name = f"Num{r * 2 + col + 1}"  # named across the rows
            s.c.acroForm.textfield(name=name, tooltip="", x=x + 18, y=ly, width=200, height=15,
                                   fontSize=9, borderWidth=0.5, forceBorder=True)
            drawn[n] = ((x + 18, ly, x + 218, ly + 15), name)
    for n in sorted(drawn):  # the slots in the order the printed numbering gives them
        s.slot(slots, drawn[n][0], f"number {n}", drawn[n][1])
    y -= 110
    section("Authorized Representative")
    row("Name", "authorized_name", width=200)
    row("Title", "authorized_title", x=380, x_field=410, width=160)
    y -= 20
    row("Phone", "contact_phone", width=150)
    row("Email", "contact_email", x=330, x_field=370, width=200)
    y -= 40
    s.text(40, y + 26, "Signature", 8)
    s.widget("Sig", 40, y, 260, 22, "signature")
    s.text(330, y + 26, "Date", 8)
    s.widget(next(names), 330, y, 120, 15, "date_signed")
    s.footer("BCC-LOA r7")
    return s.build()


FORMS = {
    "r8-uk-authority-flat": uk_paper_two_pages,
    "r8-ca-quebec-flat": ca_quebec_paper,
    "r8-us-representative-fillable": us_fillable_representative,
}
