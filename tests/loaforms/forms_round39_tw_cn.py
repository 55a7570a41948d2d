"""Round 39, Tairāwhiti and the Canary Islands (held back; truth from the drawn page, the filler
never run on these by their author):

- A Tairāwhiti (Gisborne) number port authority in English delivered as a picture only: the
  drawn page rendered at a low 150 dpi, turned 0.6 degrees as a sheet fed askew (its margin
  slightly tilted) and put back as one image with no text layer; the places turn with it.
  Ideas: the low-resolution, slightly tilted picture; two columns of blanks side by side under
  the same labels ("Nm.", "Addr.", "Tel.", "Email"), the account holder's on the left (ours)
  and the installer's on the right (not ours); abbreviated labels ("Acct #", "Curr. prov.",
  "Auth. person", "Req. date").
- A Canary Islands fillable solicitud de portabilidad in Spanish on one A4 page. Ideas: every
  widget's tooltip (/TU) in English while the page prints Spanish; the account type and the
  port's reach as radio groups exporting /1 and /2 (Particular / Empresa, Todos / Solo los
  indicados) and "keep the other lines" as a check box exporting /On; placeholder hints
  printed grey inside the boxes under transparent widgets ("DD/MM/AAAA", "000 000 000"), the
  form's words, never values. The CIF / NIF (empresas) widget is not ours.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet
from tests.loaforms.round14_kit import UnicodeSheet
from tests.loaforms.round28_kit import tf
from tests.loaforms.round33_kit import ph_widget
from tests.loaforms.round35_kit import skewed_picture
from tests.loaforms.round36_kit import caption_under
from tests.loaforms.round39_kit import finish39, side_by_side

Built = tuple[bytes, dict[str, Any]]


def tw_two_columns_picture() -> Built:
    s = Sheet("r39-tw-two-columns-picture", "NZ", "en",
              "Picture only, Tairāwhiti, one A4 page rendered at 150 dpi and fed 0.6 degrees "
              "askew (no text layer; places turned with the page). Account holder (as on the "
              "bill: name, address, main number, e-mail) and installer in two columns under "
              "the same labels (installer not ours); abbreviated labels; numbers 1-6; all / "
              "some ticks; numbers staying; requested date; signature, printed name, date.",
              A4, ["r39-tw", "r39-tw-partial"])
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    w, h = A4
    s.text(w - 200, h - 40, "East Cape Connect Limited", 10, bold=True)
    s.text(w - 200, h - 51, "60 Peel Street, Gisborne 4010", 7)
    s.text(40, h - 50, "Number Port Authority", 15, bold=True)
    s.text(40, h - 63, "Print clearly. Abbrev.: Nm. name, Addr. address, Tel. telephone, Acct "
           "account.", 7.5)
    y = h - 96
    y = side_by_side(s, y, ("ACCOUNT HOLDER (as on the bill)", "INSTALLER / ON-SITE CONTACT"),
                     [("Nm.", "account_name", None), ("Addr.", "street", None),
                      ("Tel.", "btn", None), ("Email", "contact_email", None)],
                     label_w=34, step=24)
    y -= 4
    s.blank("Town / city", 40, y, 200, "city", size=8)
    s.blank("Postcode", 215, y, 285, "postal_code", size=8)
    y -= 28
    s.band(40, y, w - 80, "CURRENT PROVIDER AND AUTHORITY", 8.5)
    y -= 24
    s.blank("Curr. prov.", 40, y, 285, "carrier", size=8)
    s.blank("Acct #", 310, y, 555, "account_number", size=8)
    y -= 24
    s.blank("Auth. person", 40, y, 285, "authorized_name", size=8)
    s.blank("Position", 310, y, 555, "authorized_title", size=8)
    y -= 24
    s.blank("Contact Tel.", 40, y, 285, "contact_phone", size=8)
    y -= 28
    s.band(40, y, w - 80, "NUMBERS TO PORT", 8.5)
    y -= 26
    slots = s.slot_group()
    for n in range(6):
        col, r = divmod(n, 3)
        x = 40 + col * 262
        yy = y - r * 24
        s.text(x, yy, f"{n + 1}.", 8)
        s.rule(x + 14, yy - 2, x + 240)
        s.slot(slots, (x + 14, yy - 4, x + 240, yy + 12), f"number {n + 1}")
    y -= 3 * 24 + 4
    s.tick(40, y, "check:full_port", "Port every number on the acct")
    s.tick(300, y, "check:partial_port", "Port only the numbers above")
    y -= 30
    caption_under(s, 40, y, 555, "remaining_numbers", "Numbers staying with the curr. prov.")
    y -= 30
    caption_under(s, 40, y, 200, "requested_date", "Req. date (DD/MM/YYYY)")
    y -= 28
    y = s.para(40, y, "I authorise East Cape Connect Limited to port the numbers above from my "
               "current provider. I am the account holder or authorised to sign for it.",
               w - 80, 7.5)
    y -= 40
    s.rule(40, y, 280)
    s.text(40, y - 8.5, "Signature", 6.5)
    s._place((40, y - 2, 280, y + 30), "signature", what="Signature (under)")
    caption_under(s, 300, y, 450, "authorized_name", "Printed nm.")
    caption_under(s, 460, y, 555, "date_signed", "Date")
    s.footer("ECC-NPA-3  1/1")
    pdf, truth = s.build()
    return skewed_picture(pdf, truth, 1, 0.6, dpi=150), truth


def cn_english_tooltips_fillable() -> Built:
    s = UnicodeSheet("r39-cn-english-tooltips-fillable", "ES", "es",
                     "Fillable, Canary Islands, one A4 page, Spanish (embedded font), every "
                     "tooltip in English. Account type and the port's reach as radio groups "
                     "exporting /1 and /2; 'keep the other lines' a check box exporting /On; "
                     "grey hints inside boxes under transparent widgets ('000 000 000', "
                     "'DD/MM/AAAA'), never values; CIF / NIF not ours; numbers 1-6 in widgets; "
                     "numbers staying; signature on a printed line.", A4,
                     ["r39-cn", "r39-cn-partial"])
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    w, h = A4
    s.text(w - 200, h - 40, "Atlántica Telecom S.L.", 10, bold=True)
    s.text(w - 200, h - 51, "Avenida Mesa y López 60, 35010 Las Palmas", 7)
    s.text(40, h - 48, "Solicitud de portabilidad de numeración fija", 12.5, bold=True)
    s.text(40, h - 62, "Los textos grises dentro de las casillas indican el formato; "
           "sustitúyalos.", 7.5)
    y = h - 90
    s.text(40, y + 1, "Tipo de cliente:", 8.5, bold=True)
    s.radio("tipo", "1", 125, y, "check:residential", "Particular")
    s.radio("tipo", "2", 205, y, "check:business", "Empresa")
    y -= 24
    s.band(40, y, w - 80, "1. Titular de la línea", 8.5)
    y -= 24

    def row(label: str, name: str, lx: float, x0: float, x1: float, fld: str | None,
            tip: str) -> None:
        s.text(lx, y + 4, label, 8)
        tf(s, name, x0, y, x1 - x0, 15, fld, tooltip=tip)

    row("Nombre o razón social:", "nombre", 40, 150, 555, "account_name",
        "Account holder name")
    y -= 22
    row("CIF / NIF (empresas):", "cif", 40, 150, 280, None, "Company tax ID (businesses)")
    y -= 22
    row("Domicilio:", "domicilio", 40, 150, 555, "street", "Street address")
    y -= 22
    row("Código postal:", "cp", 40, 110, 170, "postal_code", "Postcode")
    row("Municipio:", "municipio", 180, 225, 380, "city", "Town")
    row("Provincia:", "provincia", 390, 435, 555, "state", "Province")
    y -= 22
    row("Representante:", "representante", 40, 110, 330, "authorized_name",
        "Authorised signatory")
    row("Cargo:", "cargo", 340, 370, 555, "authorized_title", "Job title")
    y -= 22
    s.text(40, y + 4, "Teléfono de contacto:", 8)
    ph_widget(s, "tel_contacto", 150, y, 120, 15, "contact_phone", "000 000 000",
              tooltip="Contact phone")
    row("Correo electrónico:", "correo", 280, 365, 555, "contact_email", "E-mail address")
    y -= 28
    s.band(40, y, w - 80, "2. Operador actual", 8.5)
    y -= 24
    row("Operador donante:", "donante", 40, 130, 300, "carrier", "Current operator")
    row("N.º de cliente:", "n_cliente", 310, 380, 555, "account_number",
        "Customer number at the current operator")
    y -= 28
    s.band(40, y, w - 80, "3. Números a portar", 8.5)
    y -= 24
    slots = s.slot_group()
    for n in range(6):
        col, r = divmod(n, 3)
        bx = 40 + col * 262
        by = y - r * 21
        s.right_text(bx + 12, by + 4, f"{n + 1}.", 8)
        ph_widget(s, f"numero{n + 1}", bx + 16, by, 180, 15, "number", "000 000 000",
                  tooltip=f"Number {n + 1}")
        place = s.places.pop()
        s.slot(slots, tuple(place["rect"]), f"número {n + 1}", f"numero{n + 1}")
    y -= 3 * 21 + 6
    s.text(40, y + 1, "Alcance:", 8.5, bold=True)
    s.radio("alcance", "1", 90, y, "check:full_port", "Todos los números del contrato")
    s.radio("alcance", "2", 280, y, "check:partial_port", "Solo los números indicados")
    y -= 20
    s.checkbox("mantener", 40, y, "check:partial_port",
               "Mantener las demás líneas con el operador actual",
               tooltip="Keep the other lines with the current operator")
    y -= 24
    row("Números que se quedan:", "quedan", 40, 150, 555, "remaining_numbers",
        "Numbers that stay")
    y -= 22
    s.text(40, y + 4, "Fecha solicitada:", 8)
    ph_widget(s, "fecha_solicitada", 150, y, 90, 15, "requested_date", "DD/MM/AAAA",
              tooltip="Requested date")
    y -= 26
    y = s.para(40, y, "El titular o su representante autoriza a Atlántica Telecom S.L. a "
               "solicitar la portabilidad de los números indicados al operador donante.",
               w - 80, 7.5)
    y -= 40
    s.sign_line("Firma:", 40, y, 300)
    s.text(320, y, "Fecha:", 8)
    ph_widget(s, "fecha_firma", 350, y - 4, 90, 15, "date_signed", "DD/MM/AAAA",
              tooltip="Date signed")
    s.footer("AT-SP-6  1/1")
    pdf, truth = s.build()
    return finish39(pdf, {"mantener": "On"}), truth


FORMS = {
    "r39-tw-two-columns-picture": tw_two_columns_picture,
    "r39-cn-english-tooltips-fillable": cn_english_tooltips_fillable,
}
