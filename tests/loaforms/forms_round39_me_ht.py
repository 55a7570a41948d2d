"""Round 39, Maine and Hainaut (held back; truth from the drawn page, the filler never run on
these by their author):

- A Maine fillable letter of authorization in English on one Letter page. Ideas: abbreviated
  labels ("Cust. Nm.", "Svc. Addr.", "St.", "A/C No.", "Curr. Carr.", "Auth. Nm.", "Tel.",
  "Tel. Nos."); the signature place a push-button (an image placeholder "Click to add
  signature"), not a /Sig field and not a printed line; a "Business accounts only" block whose
  state corporation number and federal EIN PortDesk never has (empty) beside the signer's job
  title (the business's title; a household leaves it empty); the account type as a radio group
  exporting /1 (business) and /2 (residential) and the port choice as check boxes exporting
  /On, not /Yes.
- A Hainaut fillable demande de portage in French on one A4 page. Ideas: widgets with
  Acrobat's meaningless names ("undefined", "undefined_2", ..) whose meaning is only the
  label printed AFTER each widget, to its right, in brackets ("[______] (nom du titulaire)");
  check boxes exporting /Oui; the signature place a push-button ("Cliquer pour signer"). The
  BCE / TVA number (entreprises) is not ours (empty).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import Sheet
from tests.loaforms.round5_kit import letterhead
from tests.loaforms.round28_kit import tf
from tests.loaforms.round38_kit import heading
from tests.loaforms.round39_kit import button_place, finish39, widget_then_label

Built = tuple[bytes, dict[str, Any]]


def me_abbrev_button_fillable() -> Built:
    s = Sheet("r39-me-abbrev-button-fillable", "US", "en",
              "Fillable, Maine, one Letter page. Abbreviated labels (Cust. Nm., Svc. Addr., "
              "St., A/C No., Curr. Carr., Auth. Nm., Tel., Tel. Nos.); account type radio "
              "exporting /1 (business) and /2 (residential); port choice check boxes "
              "exporting /On; a business-only block (signer's job title ours when the case "
              "has one, state corp. no. and federal EIN never ours); numbers 1-6; requested "
              "date MM/DD/YYYY; the signature a push-button image placeholder; a date "
              "widget.", LETTER, ["r39-me", "r39-me-partial"])
    s.date_formats = ["%m/%d/%Y", "%m-%d-%Y", "%m/%d/%y"]
    w, h = LETTER
    letterhead(s, w - 40, h - 40, ["Pine Tree Voice LLC", "200 Fore St, Portland, ME 04101",
                                   "Porting 207-555-0100"])
    s.text(40, h - 50, "Letter of Authorization - Number Port", 14, bold=True)
    s.text(40, h - 63, "Complete all flds. Abbrev.: Cust. = customer, Svc. = service, "
           "Auth. = authorized.", 7.5)
    y = h - 96

    def row(label: str, name: str, lx: float, x0: float, x1: float, fld: str | None) -> None:
        s.text(lx, y + 4, label, 8)
        tf(s, name, x0, y, x1 - x0, 15, fld)

    heading(s, 40, y, w - 80, "CUST. INFO")
    y -= 22
    row("Cust. Nm.:", "cust_nm", 40, 95, 370, "account_name")
    s.text(382, y + 4, "Acct. type:", 8)
    s.radio("acct_type", "1", 430, y + 3, "check:business", "Bus.")
    s.radio("acct_type", "2", 492, y + 3, "check:residential", "Res.")
    y -= 22
    row("Svc. Addr.:", "svc_addr", 40, 95, 370, "street")
    row("City:", "svc_city", 382, 410, 572, "city")
    y -= 22
    row("St.:", "svc_st", 40, 60, 95, "state")
    row("ZIP:", "svc_zip", 105, 128, 190, "postal_code")
    row("A/C No.:", "acct_no", 200, 240, 400, "account_number")
    row("Curr. Carr.:", "curr_carr", 410, 460, 572, "carrier")
    y -= 22
    row("Auth. Nm.:", "auth_nm", 40, 95, 300, "authorized_name")
    row("Tel.:", "auth_tel", 310, 335, 440, "contact_phone")
    row("E-mail:", "auth_email", 448, 480, 572, "contact_email")
    y -= 30
    heading(s, 40, y, w - 80, "BUSINESS ACCOUNTS ONLY")
    y -= 22
    row("Signer's job title:", "biz_title", 40, 120, 300, "authorized_title")
    y -= 22
    row("ME Corp. No.:", "biz_corp", 40, 120, 300, None)
    row("Fed. EIN:", "biz_ein", 310, 355, 470, None)
    y -= 30
    heading(s, 40, y, w - 80, "TEL. NOS. TO PORT")
    y -= 22
    slots = s.slot_group()
    for n in range(6):
        col, r = divmod(n, 3)
        bx = 40 + col * 270
        by = y - r * 20
        s.right_text(bx + 12, by + 4, f"{n + 1}.", 8)
        tf(s, f"tel_no_{n + 1}", bx + 16, by, 200, 15, "number")
        place = s.places.pop()
        s.slot(slots, tuple(place["rect"]), f"tel. no. {n + 1}", f"tel_no_{n + 1}")
    y -= 3 * 20 + 6
    s.checkbox("port_all", 40, y, "check:full_port", "Port all Tel. Nos. on the acct.")
    s.checkbox("port_listed", 270, y, "check:partial_port", "Port listed Tel. Nos. only")
    y -= 22
    row("Tel. Nos. staying w/ Curr. Carr.:", "staying", 40, 180, 572, "remaining_numbers")
    y -= 22
    row("Req. port date (MM/DD/YYYY):", "req_date", 40, 160, 250, "requested_date")
    y -= 26
    y = s.para(40, y, "I authorize Pine Tree Voice LLC to act as my agent to port the Tel. Nos. "
               "above from my Curr. Carr. I am the Cust. named above or Auth. to sign for it.",
               w - 80, 7.5)
    y -= 12
    s.text(40, y, "Auth. signature:", 8)
    button = button_place(s, "Button1", 40, y - 42, 240, 34, "Click to add signature")
    s.text(300, y - 20, "Date:", 8)
    tf(s, "sig_date", 328, y - 24, 90, 15, "date_signed")
    s.footer("PTV-LOA-7  rev 03/31")
    pdf, truth = s.build()
    return finish39(pdf, {"port_all": "On", "port_listed": "On"}, (button,)), truth


def ht_undefined_after_fillable() -> Built:
    s = Sheet("r39-ht-undefined-after-fillable", "BE", "fr",
              "Fillable, Hainaut, one A4 page, French. Widgets 'undefined', 'undefined_2'.. "
              "whose meaning is only the label printed after each, to its right, in brackets; "
              "BCE / TVA (entreprises) not ours; numbers 1-6 in widgets; all / some check "
              "boxes exporting /Oui; numbers staying; requested date JJ/MM/AAAA; the "
              "signature a push-button; a date widget.", A4, ["r39-ht", "r39-ht-partial"])
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    w, h = A4
    s.text(w - 200, h - 40, "Borinage Télécom SA", 10, bold=True)
    s.text(w - 200, h - 51, "Rue des Capucins 8, 7000 Mons", 7)
    s.text(40, h - 48, "Demande de portage de numéro", 14, bold=True)
    s.text(40, h - 62, "Complétez chaque case; l'intitulé figure à droite de la case.", 7.5)
    counter = iter(["undefined", *[f"undefined_{k}" for k in range(2, 40)]])
    y = h - 92
    s.band(40, y, w - 80, "1. Le titulaire", 8.5)
    y -= 24
    widget_then_label(s, next(counter), 40, y, 330, "account_name",
                      "(nom du titulaire ou raison sociale)")
    y -= 22
    widget_then_label(s, next(counter), 40, y, 330, "street", "(rue et numéro)")
    y -= 22
    widget_then_label(s, next(counter), 40, y, 50, "postal_code", "(code postal)")
    widget_then_label(s, next(counter), 150, y, 180, "city", "(localité)")
    widget_then_label(s, next(counter), 380, y, 100, "state", "(province)")
    y -= 22
    widget_then_label(s, next(counter), 40, y, 150, None, "(n° BCE / TVA, entreprises)")
    y -= 22
    widget_then_label(s, next(counter), 40, y, 180, "authorized_name", "(nom du signataire)")
    widget_then_label(s, next(counter), 300, y, 130, "authorized_title",
                      "(fonction, entreprises)")
    y -= 22
    widget_then_label(s, next(counter), 40, y, 130, "contact_phone", "(téléphone de contact)")
    widget_then_label(s, next(counter), 270, y, 180, "contact_email", "(adresse e-mail)")
    y -= 28
    s.band(40, y, w - 80, "2. L'opérateur actuel", 8.5)
    y -= 24
    widget_then_label(s, next(counter), 40, y, 150, "carrier", "(opérateur actuel)")
    widget_then_label(s, next(counter), 290, y, 120, "account_number", "(n° de client)")
    y -= 28
    s.band(40, y, w - 80, "3. Les numéros à porter", 8.5)
    y -= 24
    slots = s.slot_group()
    for n in range(6):
        col, r = divmod(n, 3)
        bx = 40 + col * 262
        by = y - r * 21
        name = next(counter)
        s.c.acroForm.textfield(name=name, tooltip="", x=bx, y=by, width=170, height=15,
                               fontSize=9, borderWidth=0.5, forceBorder=True,
                               annotationFlags="print")
        s.text(bx + 174, by + 4, f"(numéro {n + 1})", 7.5)
        s.slot(slots, (bx, by, bx + 170, by + 15), f"numéro {n + 1}", name)
    y -= 3 * 21 + 6
    s.checkbox("Case1", 40, y, "check:full_port", "Tous les numéros du contrat")
    s.checkbox("Case2", 262, y, "check:partial_port", "Seulement les numéros ci-dessus")
    y -= 24
    widget_then_label(s, next(counter), 40, y, 330, "remaining_numbers",
                      "(numéros qui restent chez l'opérateur actuel)")
    y -= 22
    widget_then_label(s, next(counter), 40, y, 90, "requested_date",
                      "(date de portage souhaitée, JJ/MM/AAAA)")
    y -= 26
    y = s.para(40, y, "Le titulaire ou son représentant mandate Borinage Télécom SA pour porter "
               "les numéros ci-dessus et résilier, dans cette mesure, le contrat auprès de "
               "l'opérateur actuel.", w - 80, 7.5)
    y -= 50
    button = button_place(s, "Bouton1", 40, y, 240, 34, "Cliquer pour signer")
    s.text(40, y - 9, "(signature du titulaire ou du représentant)", 7)
    widget_then_label(s, next(counter), 300, y + 8, 90, "date_signed", "(date)")
    s.footer("BT-DP-9  1/1")
    pdf, truth = s.build()
    return finish39(pdf, {"Case1": "Oui", "Case2": "Oui"}, (button,)), truth


FORMS = {
    "r39-me-abbrev-button-fillable": me_abbrev_button_fillable,
    "r39-ht-undefined-after-fillable": ht_undefined_after_fillable,
}
