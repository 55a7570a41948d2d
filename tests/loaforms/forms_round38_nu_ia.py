"""Round 38, Nuuk and Iowa (held back; truth from the drawn page, the filler never run on these
by their author):

- A Nuuk (Greenland) fillable qinnuteqaat / anmodning om nummerflytning in Greenlandic with
  Danish after a slash (Greenlandic a language no earlier round printed) on one A4 page.
  Ideas: a read-only widget the carrier pre-filled with its form code ("Immersugassap normua
  / Blanket nr.": TP-NF-07) and a hidden widget holding its reference, both to stay as they
  are; the requested date as three widgets "Ulloq / Dag | Qaammat / Måned | Ukioq / År"; the
  postcode before the town ("Postnr. | By", 3900 Nuuk); the form's language.
- An Iowa fillable letter of agency in English on one Letter page. Ideas: the labels "Name"
  and "Phone" in three blocks told apart only by their headings (the customer's as on the
  bill: the account name and its billing telephone number; the authorized person's: the
  signer and the contact phone; the installer's / on-site contact's: not ours); both
  providers worded the form's own way ("Carrier you are leaving", ours; "Carrier you are
  moving to", not ours); "Full port / Partial port" ticks and "Partial port only: keep the
  remaining lines in service with the carrier you are leaving? Yes / No" (Yes on a partial
  port; No nothing of ours); the requested date as three widgets "MM | DD | YYYY".
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import Sheet
from tests.loaforms.round5_kit import letterhead
from tests.loaforms.round14_kit import UnicodeSheet
from tests.loaforms.round28_kit import finish, tf
from tests.loaforms.round38_kit import date_widgets, heading

Built = tuple[bytes, dict[str, Any]]


def nu_greenlandic_fillable() -> Built:
    s = UnicodeSheet("r38-nu-greenlandic-fillable", "GL", "kl",
                     "Fillable, Nuuk, one A4 page, Greenlandic / Danish (embedded font). A "
                     "read-only form-code widget pre-filled 'TP-NF-07' and a hidden reference "
                     "widget (both stay); holder widgets with postcode before town; current "
                     "provider and customer number; numbers 1-6 in widgets; all / some check "
                     "boxes; numbers staying; requested date as Ulloq / Qaammat / Ukioq "
                     "widgets; signing date widget; the signature on a printed line.", A4,
                     ["r38-nu", "r38-nu-partial"])
    s.date_formats = ["%d.%m.%Y", "%d-%m-%Y", "%d/%m/%Y"]
    w, h = A4
    s.text(w - 200, h - 40, "Nuna Tele A/S", 10, bold=True)
    s.text(w - 200, h - 51, "Aqqusinersuaq 4, 3900 Nuuk", 7)
    s.text(40, h - 48, "Normup nuunneqarnissaanik qinnuteqaat", 13, bold=True)
    s.text(40, h - 61, "Anmodning om nummerflytning", 9)
    s.text(w - 200, h - 70, "Immersugassap normua / Blanket nr.:", 6.5)
    tf(s, "blanket_nr", w - 200, h - 88, 70, 14, None, value="TP-NF-07", flags="readOnly",
       what="form code (read-only, pre-filled)")
    tf(s, "reference", w - 120, h - 88, 80, 14, None, value="TPG-2031-0418",
       what="reference (hidden)")
    y = h - 110
    s.band(40, y, w - 80, "1. Atuisoq / Abonnent", 8.5)
    y -= 24

    def row(label: str, name: str, lx: float, x0: float, x1: float, fld: str | None) -> None:
        s.text(lx, y + 4, label, 7.5)
        tf(s, name, x0, y, x1 - x0, 15, fld)

    row("Atuisup aqqa / Abonnentens navn:", "aqqa", 40, 190, 555, "account_name")
    y -= 22
    row("Aqqusineq normulu / Vej og nr.:", "aqqusineq", 40, 190, 555, "street")
    y -= 22
    row("Postnr.:", "postnr", 40, 80, 130, "postal_code")
    row("Illoqarfik / By:", "illoqarfik", 140, 210, 400, "city")
    y -= 22
    row("Inuk akisussaasoq / Tegningsberettiget:", "akisussaasoq", 40, 210, 400,
        "authorized_name")
    row("Atorfik / Stilling:", "atorfik", 405, 475, 555, "authorized_title")
    y -= 22
    row("Oqarasuaat / Telefon:", "oqarasuaat", 40, 135, 270, "contact_phone")
    row("E-mail:", "email", 280, 315, 555, "contact_email")
    y -= 28
    s.band(40, y, w - 80, "2. Pilersuisoq maannakkut / Nuværende udbyder", 8.5)
    y -= 24
    row("Pilersuisoq / Udbyder:", "pilersuisoq", 40, 135, 300, "carrier")
    row("Kunde nr.:", "kunde_nr", 310, 360, 555, "account_number")
    y -= 28
    s.band(40, y, w - 80, "3. Normut nuunneqartussat / Numre der skal flyttes", 8.5)
    y -= 24
    slots = s.slot_group()
    for n in range(6):
        col, r = divmod(n, 3)
        bx = 40 + col * 260
        by = y - r * 21
        s.right_text(bx + 12, by + 4, f"{n + 1}.", 8)
        tf(s, f"normu{n + 1}", bx + 16, by, 200, 15, "number")
        place = s.places.pop()
        s.slot(slots, tuple(place["rect"]), f"normu {n + 1}", f"normu{n + 1}")
    y -= 3 * 21 + 6
    s.checkbox("tamarmik", 40, y, "check:full_port", "Normut tamarmik / Alle numre")
    s.checkbox("ilaannaat", 260, y, "check:partial_port",
               "Qulaani taasat kisiisa / Kun numrene ovenfor")
    y -= 24
    row("Normut sinneruttut / Numre der bliver:", "sinneruttut", 40, 210, 555,
        "remaining_numbers")
    y -= 28
    s.text(40, y + 4, "Nuussiffissaq kissaatigisaq / Ønsket flyttedato:", 7.5)
    date_widgets(s, 235, y, "requested", [("Ulloq / Dag", "day", 40),
                                          ("Qaammat / Måned", "month", 50),
                                          ("Ukioq / År", "year", 46)],
                 names=["ulloq", "qaammat", "ukioq"], sep=".")
    y -= 30
    y = s.para(40, y, "Atuisutut imaluunniit inuttut akisussaasutut Nuna Tele A/S-imut "
               "normut qulaani taasat nuunneqarnissaannut akuersivunga. / Jeg giver Nuna Tele A/S "
               "fuldmagt til at flytte numrene ovenfor.", w - 80, 7.5)
    y -= 40
    s.sign_line("Atsiorneq / Underskrift:", 40, y, 320)
    s.text(335, y, "Ulloq / Dato:", 7.5)
    tf(s, "atsiorfik", 385, y - 4, 90, 15, "date_signed")
    s.footer("TP-NF-07  1/1")
    pdf, truth = s.build()
    return finish(pdf, hidden=("reference",)), truth


def ia_three_sections_fillable() -> Built:
    s = Sheet("r38-ia-three-sections-fillable", "US", "en",
              "Fillable, Iowa, one Letter page. 'Name' and 'Phone' in three blocks told apart "
              "by headings only (customer as on the bill: account name and BTN; authorized "
              "person: signer and contact phone; installer / on-site contact: not ours); "
              "'Carrier you are leaving' (ours) and 'Carrier you are moving to' (not ours); "
              "full / partial port ticks and 'keep the remaining lines? Yes / No' (Yes on a "
              "partial port); numbers 1-8; requested date as MM | DD | YYYY widgets; a "
              "signature on a printed line and a date widget.", LETTER,
              ["r38-ia", "r38-ia-partial"])
    s.date_formats = ["%m/%d/%Y", "%m-%d-%Y"]
    w, h = LETTER
    letterhead(s, w - 40, h - 40, ["Prairie Lakes Telecom", "410 5th St, Ames, IA 50010",
                                   "Porting desk 515-555-0100"])
    s.text(40, h - 50, "Letter of Agency", 15, bold=True)
    s.text(40, h - 63, "Fill in every block that applies. Sign below.", 7.5)
    y = h - 96

    def row(label: str, name: str, lx: float, x0: float, x1: float, fld: str | None) -> None:
        s.text(lx, y + 4, label, 8)
        tf(s, name, x0, y, x1 - x0, 15, fld)

    heading(s, 40, y, w - 80, "CUSTOMER (exactly as shown on the bill)")
    y -= 22
    row("Name:", "c_name", 40, 75, 360, "account_name")
    row("Phone:", "c_phone", 372, 410, 572, "btn")
    y -= 22
    row("Service address:", "c_street", 40, 115, 360, "street")
    row("City:", "c_city", 372, 400, 572, "city")
    y -= 22
    row("State:", "c_state", 40, 75, 115, "state")
    row("ZIP:", "c_zip", 125, 148, 220, "postal_code")
    row("Account number:", "c_account", 230, 305, 572, "account_number")
    y -= 30
    heading(s, 40, y, w - 80, "AUTHORIZED PERSON")
    y -= 22
    row("Name:", "a_name", 40, 75, 360, "authorized_name")
    row("Title:", "a_title", 372, 400, 572, "authorized_title")
    y -= 22
    row("Phone:", "a_phone", 40, 75, 250, "contact_phone")
    row("E-mail:", "a_email", 260, 295, 572, "contact_email")
    y -= 30
    heading(s, 40, y, w - 80, "INSTALLER / ON-SITE CONTACT (if different)")
    y -= 22
    row("Name:", "i_name", 40, 75, 360, None)
    row("Phone:", "i_phone", 372, 410, 572, None)
    y -= 30
    heading(s, 40, y, w - 80, "CARRIERS")
    y -= 22
    row("Carrier you are leaving:", "leaving", 40, 150, 340, "carrier")
    row("Carrier you are moving to:", "moving_to", 350, 460, 572, None)
    y -= 30
    heading(s, 40, y, w - 80, "NUMBERS")
    y -= 22
    slots = s.slot_group()
    for n in range(8):
        col, r = divmod(n, 4)
        bx = 40 + col * 270
        by = y - r * 20
        s.right_text(bx + 12, by + 4, f"{n + 1}.", 8)
        tf(s, f"tn{n + 1}", bx + 16, by, 220, 15, "number")
        place = s.places.pop()
        s.slot(slots, tuple(place["rect"]), f"tn {n + 1}", f"tn{n + 1}")
    y -= 4 * 20 + 6
    s.text(40, y + 1, "Port type:", 8)
    s.checkbox("full", 90, y, "check:full_port", "Full port (every number on the account)")
    s.checkbox("partial", 320, y, "check:partial_port", "Partial port (only the numbers above)")
    y -= 20
    s.text(40, y + 1, "Partial port only: keep the remaining lines in service with the carrier "
           "you are leaving?", 8)
    s.checkbox("keep_yes", 420, y, "check:partial_port", "Yes")
    s.checkbox("keep_no", 470, y, None, "No")
    s.places[-1]["optional"] = True
    y -= 22
    row("Numbers that stay with the carrier you are leaving:", "stay", 40, 250, 572,
        "remaining_numbers")
    y -= 28
    s.text(40, y + 4, "Requested port date:", 8)
    date_widgets(s, 130, y, "requested", [("MM", "month", 24), ("DD", "day", 24),
                                          ("YYYY", "year", 40)],
                 names=["req_mm", "req_dd", "req_yyyy"], sep="/")
    y -= 28
    y = s.para(40, y, "I authorize Prairie Lakes Telecom to act as my agent to port the numbers "
               "above from the carrier I am leaving. I am the customer named above or "
               "authorized to sign for it.", w - 80, 7.5)
    y -= 40
    s.sign_line("Signature:", 40, y, 320)
    s.text(340, y, "Date (MM/DD/YYYY):", 8)
    tf(s, "signed_date", 420, y - 4, 90, 15, "date_signed")
    s.footer("PLT-LOA-5  rev 2031")
    return s.build()


FORMS = {
    "r38-nu-greenlandic-fillable": nu_greenlandic_fillable,
    "r38-ia-three-sections-fillable": ia_three_sections_fillable,
}
