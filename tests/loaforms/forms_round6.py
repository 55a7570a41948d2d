"""Round 6: four forms with layouts the first five rounds do not use, modelled on public forms.

- A US UCaaS reseller's letter of authorization on paper with an "Attachment A" page (after the
  open-source Kazoo LOA template): the numbers TO BE PORTED on unnumbered lines far under their
  heading, with a paragraph of instructions between, and lines for the numbers NOT TO BE PORTED.
- A UK Geographic Number Portability letter of authority, fillable (after the GNP LoA a UK VoIP
  provider publishes): losing provider, customer, requester's details (a bare "Telephone"), a
  numbers table whose other column is the line type, a DDI range that is not ours, and the date
  as two widgets stacked on one place.
- An Australian porting authorisation form on paper (after the LNP PAFs Australian providers
  publish): a numbers table with the account number per row, a Yes / No question we cannot
  answer, the service location in four cells.
- A Dutch number-keeping authorisation on paper (machtiging nummerbehoud): a numbers table headed
  in Dutch with the current provider, the customer number and a "Behouden / Porteren" choice per
  row.

The truth was written with the layout, before the filler ran on any of them.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import a4, letter
from tests.loaforms.round6_kit import lines, row_table, stacked_widget

Built = tuple[bytes, dict[str, Any]]
W = A4[0]


def us_attachment_a() -> Built:
    s = letter("r6-us-attachment-a", "US", "en", ["r6-us-ringlink", "r6-us-ringlink-partial"],
               "Paper, two pages. Page 1: 'Label: ____' lines (BTN, losing carrier and its account "
               "number, company, service address, 'City, State ZIP', account contact, contact's "
               "number (not BTN), print name), numbered instructions, signature and date. Page 2 "
               "(Attachment A): the BTN again, then the numbers TO BE PORTED on 16 unnumbered "
               "lines in two columns under a heading with a paragraph between, then 5 lines for "
               "the numbers NOT TO BE PORTED and the new BTN.")
    s.date_formats = ["%m/%d/%Y"]
    s.text(40, 742, "Letter of Authorization", 16, bold=True)
    y = s.para(40, 718, "My signature below certifies that I am the customer of record or the "
               "authorized representative for each of the telephone numbers listed below and on "
               "Attachment A, and I appoint RingLink Voice to act as my agent to move them from my "
               "current local telephone provider.", 532, 8.5)
    for label, fld in (("Billing Telephone Number (BTN):", "btn"), ("Losing Carrier:", "carrier"),
                       ("Losing Carrier Account Number:", "account_number")):
        y -= 16  # 16 points apart: the truth's places must not overlap
        s.blank(label, 40, y, 400, fld)
    y -= 28
    s.text(40, y, "LOA Instructions", 11, bold=True)
    for n, line in enumerate(("Only one BTN may be associated with each LOA.",
                              "Attach a copy of the most recent bill of the losing carrier.",
                              "Use Attachment A to list every telephone number of this BTN."), 1):
        y -= 13
        s.text(48, y, f"{n}.  {line}", 8.5)
    y -= 28
    s.text(40, y, "Please complete the following information", 11, bold=True)
    s.text(40, y - 12, "This information MUST match your current invoice and account information",
           8)
    y -= 16
    rows: list[tuple[str, str | None]] = [
        ("Customer (Company) Name:", "account_name"), ("Service address:", "street"),
        ("City, State ZIP:", "locality"), ("Account Contact:", "authorized_name"),
        ("Title:", "authorized_title"), ("Contact's Number (not BTN):", "contact_phone"),
        ("Contact's Email:", "contact_email"), ("Print Name:", "authorized_name")]
    for label, fld in rows:
        y -= 22
        s.blank(label, 40, y, 430, fld)
    y -= 36
    s.sign_line("Signature:", 40, y, 330)
    s.blank("Date:", 350, y, 470, "date_signed")
    s.text(40, y - 30, "Please fax this signed LOA to (312) 555-0100 or email ports@ringlink.example",
           8)
    s.footer("RingLink Voice - LOA rev 4")
    s.next_page()
    s.text(40, 742, "Letter of Authorization", 16, bold=True)
    s.text(40, 722, "Attachment A", 12, bold=True)
    s.blank("Billing Telephone Number (BTN):", 40, 698, 400, "btn")
    s.text(40, 670, "Telephone Numbers to be Ported", 11, bold=True)
    y = s.para(40, 654, "Instructions: the numbers listed in this upper table WILL BE PORTED. Do "
               "not include fax, modem or alarm lines. Every number on the account must be listed "
               "either in the upper table TO BE PORTED or in the lower table NOT TO BE PORTED, or "
               "the request will be rejected. Example: 111-111-1111 Main number", 532, 8)
    slots = s.slot_group(ordered=False)
    top = y - 16
    left = lines(s, 40, top, 290, 8, 20, slots, "to port, left")
    lines(s, 322, top, 572, 8, 20, slots, "to port, right")
    y = left - 12
    s.text(40, y, "Telephone Numbers NOT TO BE PORTED", 11, bold=True)
    y = s.para(40, y - 16, "Numbers listed here stay with your existing carrier; listing them "
               "does not disconnect them. If your BTN is being ported, name another number, not "
               "being ported, to become the new BTN.", 532, 8)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    y = lines(s, 40, y - 14, 290, 5, 20, stay, "not to port")
    s.blank("New BTN (if the BTN is ported):", 40, y - 8, 400, "new_btn")
    s.footer("RingLink Voice - LOA rev 4 - Attachment A")
    return s.build()


def uk_gnp_fillable() -> Built:
    s = a4("r6-uk-gnp-fillable", "GB", "en", ["r6-uk-gnp", "r6-uk-gnp-partial"],
           "Fillable, widgets fill_N, labels to the left under numbered bands. The losing "
           "provider's name is the carrier, its registered address is not ours; a bare "
           "'Telephone' under 'Requester's details' is the contact's. Numbers table: Telephone "
           "number | Line type (not ours), 6 rows. DDI range From / To and Notes stay empty. The "
           "date is two widgets stacked on one place; one page, signed and dated once.")
    s.date_formats = ["%d/%m/%Y"]
    names = iter(f"fill_{n}" for n in range(1, 60))
    top = A4[1] - 50
    s.text(40, top, "Letter of Authority - Geographic Number Portability", 14, bold=True)
    s.text(40, top - 15, "Please complete in BLOCK CAPITALS. All sections are required.", 8.5)
    y = top - 42

    def band(title: str) -> None:
        nonlocal y
        s.band(40, y, W - 80, title)
        y -= 24

    def row(label: str, fld: str | None, width: float = 330) -> None:
        nonlocal y
        s.text(40, y + 4, label, 9)
        s.widget(next(names), 190, y, width, 15, fld)
        y -= 21

    band("1. Losing Communications Provider")
    row("Name", "carrier")
    row("Registered address", None)
    band("2. Customer Details")
    row("Company name", "account_name")
    row("Address", "street")
    row("Town", "city", 200)
    row("Postcode", "postal_code", 110)
    row("Account number", "account_number", 200)
    band("3. Requester's Details")
    row("Name", "authorized_name")
    row("Position", "authorized_title", 200)
    row("Telephone", "contact_phone", 200)
    row("Email", "contact_email")
    band("4. Individual Numbers")
    row("Main billing number", "btn", 200)
    y = row_table(s, 40, y + 6, [("Telephone number to port", 200, "number"),
                                 ("Line type (PSTN / ISDN / VoIP)", 160, None)], rows=6,
                  row_h=17, widgets="num") - 22
    s.text(40, y + 4, "DDI range", 9)
    s.text(190, y + 4, "From", 8)
    s.widget(next(names), 215, y, 120, 15, None)
    s.text(345, y + 4, "To", 8)
    s.widget(next(names), 360, y, 120, 15, None)
    y -= 22
    s.text(40, y + 4, "Notes", 9)
    s.widget(next(names), 190, y - 14, W - 230, 30, None)
    y -= 42
    band("5. Authorisation")
    y = s.para(40, y + 6, "I confirm that I am authorised by the customer named above to request "
               "the porting of the numbers listed to the gaining provider, and that the details "
               "given match the losing provider's records.", W - 80, 8) - 32
    s.text(40, y + 22, "Signature", 8)
    s.widget("Signature", 40, y - 2, 240, 22, "signature")
    s.text(320, y + 22, "Date", 8)
    stacked_widget(s, "Date", "Date_2", 320, y, 120, 16, "date_signed")
    s.footer("GNP LoA v3.1")
    return s.build()


def au_porting_authority() -> Built:
    s = a4("r6-au-porting-authority", "AU", "en", ["r6-au-telstra", "r6-au-telstra-partial"],
           "Paper. Labels left of lines; the provider's own ABN printed in the header and the "
           "customer's ABN blank are not ours. Numbers table: Service number (10 digits) | "
           "Account number with current carrier (ours, per row) | Range end (not ours), 6 rows. "
           "A Yes / No question about the access provider stays unticked. Service location in "
           "four cells captioned above; preferred cutover date DD/MM/YYYY.")
    s.date_formats = ["%d/%m/%Y"]
    top = A4[1] - 50
    s.text(40, top, "Porting Authorisation Form", 15, bold=True)
    s.text(40, top - 15, "Local Number Portability (LNP)", 10)
    s.right_text(W - 40, top, "Southern Cross Voice Pty Ltd", 9)
    s.right_text(W - 40, top - 12, "ABN 51 824 753 556", 8)
    y = top - 44
    s.band(40, y, W - 80, "Customer details")
    y -= 24
    s.blank("Customer name", 40, y, W - 40, "account_name")
    y -= 20
    s.blank("ABN", 40, y, 300, None)
    y -= 20
    s.blank("Current carrier", 40, y, 330, "carrier")
    y -= 30
    s.band(40, y, W - 80, "Service numbers to be ported")
    y = row_table(s, 40, y - 8, [("Service number (10 digits)", 150, "number"),
                                 ("Account number with current carrier", 200, "account_number"),
                                 ("Range end (if a range)", 165, None)], rows=6) - 18
    s.text(40, y, "Is the current carrier also the local access provider for these services?", 8.5)
    s.tick(380, y - 1, None, "Yes")
    s.tick(430, y - 1, None, "No")
    y -= 28
    s.band(40, y, W - 80, "Service location")
    y -= 34
    for label, x, x1, fld in (("Street address", 40, 300, "street"), ("Suburb", 310, 440, "city"),
                              ("State", 450, 490, "state"), ("Postcode", 500, W - 40,
                                                             "postal_code")):
        s.text(x, y + 14, label, 7.5)
        s.line_under(x, y, x1, fld, label)
    y -= 30
    s.blank("Preferred cutover date (DD/MM/YYYY)", 40, y, 330, "requested_date")
    y -= 30
    s.band(40, y, W - 80, "Authorisation")
    y = s.para(40, y - 20, "I certify that I have the authority to request, on behalf of the "
               "customer, the porting of the service numbers listed on this form. This "
               "authorisation is valid for 90 days from the date of signing.", W - 80, 8) - 14
    s.blank("Authorised signatory name", 40, y, 330, "authorized_name")
    s.blank("Position", 345, y, W - 40, "authorized_title")
    y -= 34
    s.sign_line("Signature", 40, y, 330)
    s.blank("Date", 345, y, W - 40, "date_signed")
    s.footer("PAF-LNP 2025")
    return s.build()


def nl_machtiging() -> Built:
    s = a4("r6-nl-machtiging", "NL", "nl", ["r6-nl-kpn", "r6-nl-kpn-partial"],
           "Paper, in Dutch. Labels left of lines under bands; the KvK number is not ours; "
           "'Telefoon' under 'Contactpersoon' is the contact's. Numbers table: Telefoonnummer | "
           "Huidige aanbieder (ours per row) | Klantnummer (ours per row) | Behouden / Porteren "
           "(the port choice per row), 5 rows. Tick boxes for all or some numbers, wished date "
           "DD-MM-YYYY, signed on a line, dated on a line.")
    s.date_formats = ["%d-%m-%Y", "%d/%m/%Y"]
    top = A4[1] - 50
    s.text(40, top, "Machtiging nummerbehoud", 15, bold=True)
    s.text(40, top - 15, "Zakelijke klanten - vul alle velden in met blokletters", 9)
    y = top - 44
    s.band(40, y, W - 80, "Gegevens abonnee")
    y -= 24
    for label, fld in (("Bedrijfsnaam", "account_name"), ("Straat en huisnummer", "street"),
                       ("Postcode", "postal_code"), ("Plaats", "city"), ("KvK-nummer", None)):
        s.blank(label, 40, y, 380, fld)
        y -= 20
    y -= 8
    s.band(40, y, W - 80, "Contactpersoon")
    y -= 24
    for label, fld in (("Naam", "authorized_name"), ("Functie", "authorized_title"),
                       ("Telefoon", "contact_phone"), ("E-mail", "contact_email")):
        s.blank(label, 40, y, 380, fld)
        y -= 20
    y -= 8
    s.band(40, y, W - 80, "Nummers")
    y -= 22
    s.tick(40, y, "check:full_port", "Alle nummers van dit contract overzetten")
    s.tick(290, y, "check:partial_port", "Een deel van de nummers overzetten")
    y = row_table(s, 40, y - 10, [("Telefoonnummer", 130, "number"),
                                  ("Huidige aanbieder", 130, "carrier"),
                                  ("Klantnummer", 130, "account_number"),
                                  ("Behouden / Porteren", 125,
                                   ("port_choice", ["Porteren", "P"]))], rows=5) - 22
    s.blank("Gewenste overstapdatum (DD-MM-JJJJ)", 40, y, 330, "requested_date")
    y -= 30
    s.band(40, y, W - 80, "Ondertekening")
    y = s.para(40, y - 20, "Ondergetekende verklaart bevoegd te zijn namens de abonnee en machtigt "
               "de nieuwe aanbieder om de hierboven genoemde nummers over te zetten en de "
               "overeenkomst met de huidige aanbieder voor deze nummers op te zeggen.", W - 80,
               8) - 16
    s.blank("Naam", 40, y, 300, "authorized_name")
    s.blank("Datum", 320, y, W - 40, "date_signed")
    y -= 36
    s.sign_line("Handtekening", 40, y, 300)
    s.footer("Machtiging NB-2024")
    return s.build()


FORMS = {
    "r6-us-attachment-a": us_attachment_a,
    "r6-uk-gnp-fillable": uk_gnp_fillable,
    "r6-au-porting-authority": au_porting_authority,
    "r6-nl-machtiging": nl_machtiging,
}


# -- second batch: written after the first four were fixed, truth first, scored once as written --
def ca_bilingual_ucaas() -> Built:
    s = letter("r6-ca-bilingual-ucaas", "CA", "fr", ["r6-ca-videotron", "r6-ca-videotron-partial"],
               "Fillable, widgets 'Champ texte N'; French / English labels above the widgets; "
               "numbers table 'Numéro de téléphone / Telephone number' | 'Conserver ou transférer "
               "/ Keep or port' (the port word per row with a number) over 6 rows of widgets; a "
               "'Réservé au fournisseur / Provider use only' block (order number, date received) "
               "that is not ours; requested date AAAA-MM-JJ; signed on a printed line.")
    s.date_formats = ["%Y-%m-%d"]
    names = iter(f"Champ texte {n}" for n in range(1, 60))
    s.text(40, 750, "Autorisation de transfert de numéros / Number Transfer Authorization", 12,
           bold=True)
    s.band(40, 722, 532, "Renseignements sur le client / Customer information")

    def above(label: str, x: float, y: float, w: float, fld: str | None) -> None:
        s.text(x, y + 18, label, 7.5)
        s.widget(next(names), x, y, w, 15, fld)

    above("Nom légal de l'entreprise / Legal business name", 40, 686, 532, "account_name")
    above("Adresse de service / Service address", 40, 650, 532, "street")
    above("Ville / City", 40, 614, 250, "city")
    above("Province", 300, 614, 90, "state")
    above("Code postal / Postal code", 400, 614, 172, "postal_code")
    s.band(40, 586, 532, "Fournisseur actuel / Current provider")
    above("Nom du fournisseur actuel / Current provider name", 40, 550, 250, "carrier")
    above("Numéro de compte / Account number", 300, 550, 272, "account_number")
    above("Numéro de téléphone principal / Main telephone number", 40, 514, 250, "btn")
    above("NIP / PIN", 300, 514, 120, "pin")
    s.band(40, 486, 532, "Numéros / Numbers")
    y = row_table(s, 40, 470, [("Numéro de téléphone / Telephone number", 260, "number"),
                               ("Conserver ou transférer / Keep or port", 272,
                                ("port_choice", ["Transférer", "Port", "Transférer / Port",
                                                 "Port / Transférer"]))], rows=6,
                  widgets="Num") - 30
    above("Date de transfert souhaitée / Desired transfer date (AAAA-MM-JJ)", 40, y, 200,
          "requested_date")
    above("Courriel / Email", 300, y, 272, "contact_email")
    y -= 40
    s.band(40, y, 532, "Autorisation / Authorization")
    y = s.para(40, y - 18, "J'autorise le nouveau fournisseur à transférer les numéros ci-dessus. "
               "I authorize the new provider to transfer the numbers above.", 532, 8) - 30
    s.rule(40, y, 300)
    s.text(40, y - 9, "Signature du client autorisé / Authorized customer signature", 7)
    s._place((40, y - 3, 300, y + 30), "signature", what="signature line")
    s.widget(next(names), 320, y, 252, 15, "authorized_name")
    s.text(320, y - 9, "Nom en lettres moulées / Print name", 7)
    y -= 40
    s.widget(next(names), 40, y, 150, 15, "date_signed")
    s.text(40, y - 9, "Date (AAAA-MM-JJ)", 7)
    y -= 36
    s.band(40, y, 532, "Réservé au fournisseur / Provider use only")
    above("Numéro de commande / Order number", 40, y - 40, 250, None)
    above("Date reçue / Date received", 300, y - 40, 150, None)
    s.footer("ATN-QC 2025")
    return s.build()


def ie_numbered_grid() -> Built:
    s = a4("r6-ie-numbered-grid", "IE", "en", ["r6-ie-vodafone", "r6-ie-vodafone-partial"],
           "Fillable, widgets 'Text N'. Account holder block; 'Contact details' with a bare "
           "'Name' and 'Phone' (the contact's); 'Numbers to be ported' heading, then the main "
           "number row and a note, then 12 widgets numbered 1.-12. across three columns; the "
           "signature widget and a date widget with a stacked twin.")
    s.date_formats = ["%d/%m/%Y"]
    names = iter(f"Text {n}" for n in range(1, 60))
    top = A4[1] - 50
    s.text(40, top, "Number Porting Request", 15, bold=True)
    y = top - 34
    s.text(40, y, "Account holder", 11, bold=True)
    y -= 24
    for label, fld in (("Account holder name", "account_name"), ("Address", "street"),
                       ("Town", "city"), ("Eircode", "postal_code"),
                       ("Current operator", "carrier"),
                       ("Account number with current operator", "account_number")):
        s.text(40, y + 4, label, 9)
        s.widget(next(names), 230, y, 320, 15, fld)
        y -= 21
    y -= 12
    s.text(40, y, "Contact details", 11, bold=True)
    y -= 24
    for label, fld in (("Name", "authorized_name"), ("Phone", "contact_phone"),
                       ("Email", "contact_email")):
        s.text(40, y + 4, label, 9)
        s.widget(next(names), 230, y, 320, 15, fld)
        y -= 21
    y -= 12
    s.text(40, y, "Numbers to be ported", 11, bold=True)
    y -= 24
    s.text(40, y + 4, "Main number (if multi-line)", 9)
    s.widget(next(names), 230, y, 200, 15, "btn")
    y -= 18
    s.text(40, y, "Include the area code. Use one box per number; attach a list for more.", 8)
    y -= 26
    slots = s.slot_group()
    for n in range(12):
        row, col = divmod(n, 3)
        x, yy = 40 + col * 175, y - row * 22
        s.text(x, yy + 4, f"{n + 1}.", 8.5)
        name = next(names)
        s.widget(name, x + 16, yy, 150, 15, None)
        s.places.pop()
        s.slot(slots, (x + 16, yy, x + 166, yy + 15), f"slot {n + 1}", name)
    y -= 4 * 22 + 20
    y = s.para(40, y, "I confirm that I am the account holder, or authorised by the account "
               "holder, and request that the numbers above be ported to the new operator.",
               W - 80, 8.5) - 30
    s.text(40, y + 24, "Signature", 8)
    s.widget("Signature", 40, y, 240, 20, "signature")
    s.text(320, y + 24, "Date", 8)
    stacked_widget(s, "Date", "Date_af_date", 320, y, 120, 16, "date_signed")
    s.footer("NPR-IE 3.0")
    return s.build()


def au_mobile_transfer() -> Built:
    s = a4("r6-au-mobile-transfer", "AU", "en", ["r6-au-optus", "r6-au-optus-partial"],
           "Paper. 'Authority to transfer mobile service': customer block, 'Director or "
           "Authorised Representative' block (Full name, Position, Phone), numbers table Mobile "
           "number | Current provider (ours per row) | Account number (ours per row) | Date of "
           "birth (not ours), 5 rows; a lettered list (a)-(f) of what the customer was told; "
           "signature and date on lines.")
    s.date_formats = ["%d/%m/%Y"]
    top = A4[1] - 50
    s.text(40, top, "Authority to Transfer Mobile Service", 15, bold=True)
    y = top - 34
    s.band(40, y, W - 80, "Customer")
    y -= 24
    s.blank("Business name", 40, y, W - 40, "account_name")
    y -= 20
    s.blank("ACN / ABN", 40, y, 300, None)
    y -= 30
    s.band(40, y, W - 80, "Director or Authorised Representative")
    y -= 24
    s.blank("Full name", 40, y, 330, "authorized_name")
    s.blank("Position", 345, y, W - 40, "authorized_title")
    y -= 20
    s.blank("Phone", 40, y, 330, "contact_phone")
    y -= 30
    s.band(40, y, W - 80, "Services to transfer")
    y = row_table(s, 40, y - 8, [("Mobile number", 130, "number"),
                                 ("Current provider", 130, "carrier"),
                                 ("Account number", 130, "account_number"),
                                 ("Date of birth (prepaid only)", 125, None)], rows=5) - 20
    s.text(40, y, "The customer has been told:", 9, bold=True)
    y -= 14
    for letter_, line in zip("abcdef", (
            "that the service stays active with the losing provider until the port completes;",
            "that only the numbers listed above will be transferred;",
            "that other services and numbers remain with the existing provider;",
            "that a port-out or cancellation fee may be payable to the losing provider;",
            "that devices may need to be unlocked to work on the new network;",
            "that the transfer may interrupt the service briefly."), strict=True):
        s.text(48, y, f"({letter_})  {line}", 8)
        y -= 12
    y -= 30
    s.sign_line("Signature", 40, y, 330)
    s.blank("Date", 345, y, W - 40, "date_signed")
    s.footer("ATM-AU 2024")
    return s.build()


FORMS |= {
    "r6-ca-bilingual-ucaas": ca_bilingual_ucaas,
    "r6-ie-numbered-grid": ie_numbered_grid,
    "r6-au-mobile-transfer": au_mobile_transfer,
}
