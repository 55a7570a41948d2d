"""Round 23 (held back), Texas and New Brunswick: a Texas telephone cooperative's two-page
fillable port request (page 1 instructions only, the form on page 2) whose widgets keep a
designer's names (txtField_NN; 'txtBillAddr' holding the service address, 'txtFax' the daytime
contact number), bold labels in grey cells, a State drop-down, a ZIP comb widget, radio groups
exporting Choice1 / Choice2, numbers in a grid of row labels with one column per number
('TN 1 | TN 2 | ...', the directory-listing and hunt rows not ours), the account name in one
field shown twice (the header and the authorization sentence: both truth), an authorised
signatory row of four cells (name, title, signature on paper, date), a reseller's block drawn
exactly like the member's and not ours, an office-use panel; and a New Brunswick paper request
in English and French on one page whose blanks are underscores in the text layer ('Name / Nom:
______'), ticks to the RIGHT of their words, the postal code and the numbers in paper comb boxes,
'Numbers to port' and 'Numbers to keep' as two tables, the new provider's installer drawn like
the customer's and not ours, YYYY-MM-DD date boxes. Truth from the drawn page; the filler never
run on them."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import LETTER

from tests.loaforms.kit import Sheet, letter
from tests.loaforms.round5_kit import Gap, date_parts, letterhead, sign_cells
from tests.loaforms.round9_kit import comb_widget
from tests.loaforms.round10_kit import tick_after, widget_sentence
from tests.loaforms.round11_kit import choice_widget
from tests.loaforms.round14_kit import comb_slot, office_panel, split_comb
from tests.loaforms.round23_kit import (
    grey_bold,
    grey_row,
    number_columns,
    twin_fields,
    underscores,
)

Built = tuple[bytes, dict[str, Any]]
W, H = float(LETTER[0]), float(LETTER[1])
_STATES = ["NM", "OK", "TX"]


def _tx_instructions(s: Sheet) -> None:
    s.text(40, H - 50, "BRAZOS PRAIRIE TELEPHONE COOPERATIVE, INC.", 13, bold=True)
    s.text(40, H - 66, "Moving your number to the Co-op: how to complete the Port Request", 10)
    y = H - 96
    for head, body in [
        ("1. Before you start", "Have a copy of your most recent bill from your current phone "
         "company. Every item on page 2 must match that company's records exactly: the name on "
         "the account, the service address and the account number. A difference of one letter "
         "delays the port by two weeks or more."),
        ("2. Do not cancel", "Do not cancel your service with your current phone company. The "
         "port ends it for you; cancelling first can lose the number for good."),
        ("3. Partial moves", "If some numbers stay with your current phone company, list them "
         "on page 2. If the main billing number moves, that company will assign a new one to "
         "the numbers that stay."),
        ("4. Resellers", "If the Co-op's service was sold to you by a reseller or sales agent, "
         "the reseller completes its own block on page 2. Members leave it blank."),
        ("5. Return", "Sign page 2 and return it to the Co-op's business office in person, by "
         "mail to PO Box 40, Caldwell, TX 77836, or scanned to ports@brazosprairie.coop. Keep "
         "page 1 for your records."),
    ]:
        s.text(40, y, head, 10, bold=True)
        y = s.para(40, y - 14, body, W - 80, 9) - 10
    s.footer("BPTC-PR-2 (03/2026)  Page 1 of 2  -  instructions; nothing to complete on this page")


def _tx_member(s: Sheet, y: float) -> float:
    s.band(40, y, W - 80, "A. MEMBER / ACCOUNT HOLDER", 8.5)
    y -= 24
    grey_row(s, 40, y, [("Name on account", 110, W - 190, "account_name")],
             names=iter(["CustName"]))
    y -= 18
    grey_row(s, 40, y, [("Service address", 110, W - 190, "street")],
             names=iter(["txtBillAddr"]))
    y -= 18
    grey_row(s, 40, y, [("City", 110, 180, "city")], names=iter(["txtField_03"]))
    grey_bold(s, 330, y, 40, 18, "State")
    s.frame(370, y, 56, 18)
    choice_widget(s, "ddState", 372, y + 1, 52, _STATES, "state", h=16)
    grey_bold(s, 426, y, 36, 18, "ZIP")
    s.frame(462, y, W - 502, 18)
    comb_widget(s, "txtZip", 466, y + 1, 5, "postal_code", cell=15)
    y -= 18
    grey_row(s, 40, y, [("Daytime phone", 110, 160, "contact_phone"),
                        ("E-mail", 50, W - 360, "contact_email")],
             names=iter(["txtFax", "txtField_06"]))
    y -= 18
    grey_row(s, 40, y, [("Federal tax ID (EIN)", 110, 160, None),
                        ("Co-op member no.", 80, W - 390, None)],
             names=iter(["txtField_07", "txtField_08"]))
    y -= 18
    grey_bold(s, 40, y, 110, 18, "Type of service")
    s.frame(150, y, W - 190, 18)
    s.radio("rdoType", "Choice1", 158, y + 4.5, "check:business", "Business")
    s.radio("rdoType", "Choice2", 240, y + 4.5, "check:residential", "Residential")
    return y - 24


def _tx_carrier(s: Sheet, y: float) -> float:
    s.band(40, y, W - 80, "B. CURRENT PHONE COMPANY", 8.5)
    y -= 24
    grey_row(s, 40, y, [("Company name", 110, W - 190, "carrier")],
             names=iter(["txtField_10"]))
    y -= 18
    grey_row(s, 40, y, [("Account number", 110, 160, "account_number"),
                        ("Billing tel. no.", 80, W - 390, "btn")],
             names=iter(["txtField_11", "txtField_12"]))
    y -= 18
    grey_row(s, 40, y, [("Wireless PIN", 110, 160, "pin")], names=iter(["txtField_13"]))
    s.places[-1]["optional"] = True
    return y - 24


def _tx_numbers(s: Sheet, y: float) -> float:
    s.band(40, y, W - 80, "C. NUMBERS TO MOVE TO THE CO-OP", 8.5)
    y -= 20
    s.text(40, y + 1, "Move:", 8)
    s.radio("rdoScope", "Choice1", 72, y, "check:full_port", "All numbers on the account")
    s.radio("rdoScope", "Choice2", 220, y, "check:partial_port", "Only the numbers below")
    slots = s.slot_group(ordered=True)
    cells = iter([f"Table1.Row1.Cell{k}" for k in range(1, 6)])
    y = number_columns(s, slots, 40, y - 8, 100, (W - 180) / 5, 5, "TN {n}",
                       [("Telephone number", "number"), ("Directory listing (Y/N)", None),
                        ("Hunt group position", None)], names=cells)
    y -= 20
    grey_row(s, 40, y, [("Numbers that stay with the current company", 190, W - 270,
                         "remaining_numbers")], names=iter(["txtRemain"]))
    y -= 18
    grey_row(s, 40, y, [("Requested port date (MM/DD/YYYY)", 190, 100, "requested_date")],
             names=iter(["txtDate1"]))
    return y - 26


def _tx_sign(s: Sheet, y: float) -> float:
    s.band(40, y, W - 80, "D. AUTHORIZATION", 8.5)
    y = widget_sentence(s, 40, y - 20, [
        "I,", Gap(150, "authorized_name", "name"), ", am authorized to act for",
        Gap(190, "account_name", "account name (same field as section A)"),
        "and I appoint Brazos Prairie Telephone Cooperative, Inc. as agent to move the numbers "
        "in section C from my current phone company."],
        ["txtField_15", "CustName"], size=8.5, leading=20, right=W - 40) - 22
    s.text(40, y + 4, "AUTHORIZED SIGNATORY", 7.5, bold=True)
    y -= 36
    sign_cells(s, 40, y, [("Printed name", 150, "authorized_name"),
                          ("Title", 120, "authorized_title"),
                          ("Signature (ink)", 170, "signature"),
                          ("Date (MM/DD/YYYY)", W - 80 - 440, "date_signed")])
    return y - 24


def tx_coop_fillable() -> Built:
    s = letter("r23-tx-coop-port-request-fillable", "US", "en", ["r23-tx", "r23-tx-home"],
               "Fillable, two pages (Texas telephone cooperative). Page 1 instructions only; "
               "the form on page 2. Designer names txtField_NN; 'txtBillAddr' is the service "
               "address, 'txtFax' the daytime phone; bold labels in grey cells; State drop-down; "
               "ZIP comb widget (5); EIN and co-op member no. not ours; rdoType / rdoScope "
               "exporting Choice1 / Choice2; numbers in a grid of row labels with columns TN 1-5 "
               "(directory listing and hunt rows not ours); 'CustName' shown twice (section A "
               "and the authorization sentence); authorised signatory row name / title / "
               "signature on paper / date; a reseller block drawn like the member's, not ours; "
               "office-use panel.")
    s.date_formats = ["%m/%d/%Y"]
    _tx_instructions(s)
    s.next_page()
    letterhead(s, W - 40, H - 40, ["Brazos Prairie Telephone Cooperative, Inc.",
                                   "PO Box 40, Caldwell, TX 77836", "Business office 979-555-0100"])
    s.text(40, H - 46, "PORT REQUEST", 14, bold=True)
    s.text(40, H - 60, "Local number portability - member form", 9)
    y = _tx_member(s, H - 84)
    y = _tx_carrier(s, y)
    y = _tx_numbers(s, y)
    y = _tx_sign(s, y)
    s.band(40, y, W - 80, "E. RESELLER / SALES AGENT (reseller completes)", 8.5)
    y -= 24
    grey_row(s, 40, y, [("Name on account", 110, W - 190, None)],
             names=iter(["txtField_21"]))
    y -= 18
    grey_row(s, 40, y, [("Daytime phone", 110, 160, None), ("E-mail", 50, W - 360, None)],
             names=iter(["txtField_22", "txtField_23"]))
    office_panel(s, 40, 40, W - 80, "CO-OP OFFICE USE ONLY",
                 ["Service order", "PON", "FOC date", "Clerk"],
                 widgets=iter([f"txtField_{k}" for k in range(30, 34)]), h=40)
    s.footer("BPTC-PR-2 (03/2026)  Page 2 of 2")
    pdf, truth = s.build()
    return twin_fields(pdf, ["CustName"]), truth


# -- New Brunswick -------------------------------------------------------------------------------
def _nb_party(s: Sheet, y: float, ours: bool, title: str) -> float:
    """The customer's block; the installer's block is drawn the same way and is not ours."""
    def fld(name: str) -> str | None:
        return name if ours else None

    s.text(40, y, title, 9, bold=True)
    y -= 18
    underscores(s, "Name / Nom :", 40, y, 70, fld("account_name"))
    y -= 18
    underscores(s, "Service address / Adresse du service :", 40, y, 55, fld("street"))
    y -= 18
    end = underscores(s, "City / Ville :", 40, y, 30, fld("city"))
    end = underscores(s, "Prov. :", end + 10, y, 6, fld("state"))
    end = s.text(end + 10, y, "Postal code / Code postal :", 8.5) + 4
    split_comb(s, end, y - 4, [3, 3], fld("postal_code"), "postal code / code postal")
    y -= 20
    end = underscores(s, "Telephone / Téléphone :", 40, y, 22, fld("contact_phone"))
    underscores(s, "E-mail / Courriel :", end + 10, y, 34, fld("contact_email"))
    return y


def _nb_numbers(s: Sheet, y: float) -> float:
    s.band(40, y, W - 80, "NUMBERS TO PORT / NUMÉROS À TRANSFÉRER", 8)
    y -= 18
    tick_after(s, "All numbers / Tous les numéros", 40, y, "check:full_port")
    tick_after(s, "Some numbers / Certains numéros", 260, y, "check:partial_port")
    y -= 22
    slots = s.slot_group(ordered=True)
    for k in range(6):
        col, row = k % 2, k // 2  # numbered across: 1 2 / 3 4 / 5 6
        x = 40 + col * 270
        yy = y - row * 22
        s.right_text(x + 14, yy + 4, f"{k + 1}.", 8.5)
        comb_slot(s, slots, x + 20, yy, [3, 3, 4], f"number {k + 1}", cell=12)
    y -= 3 * 22 + 10
    s.band(40, y, W - 80, "NUMBERS TO KEEP / NUMÉROS À CONSERVER (partial port / transfert partiel)",
           8)
    y -= 24
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        x = 40 + k * 270
        s.right_text(x + 14, y + 4, f"{k + 1}.", 8.5)
        comb_slot(s, stay, x + 20, y, [3, 3, 4], f"keep {k + 1}", cell=12)
    return y - 28


def nb_bilingual_paper() -> Built:
    s = letter("r23-nb-bilingual-port-request-paper", "CA", "en", ["r23-nb", "r23-nb-partial"],
               "Paper, New Brunswick, English and French on one page. Blanks typed as "
               "underscores in the text layer ('Name / Nom : ______'); Business / Entreprise "
               "ticks with the box to the RIGHT of the words; postal code in 3+3 comb boxes; "
               "the BTN and every number in 3+3+4 comb boxes; numbers to port 1-6 across the "
               "rows and numbers to keep in their own table; HST / TVH no. not ours; the "
               "installer's block drawn like the customer's, not ours; requested date in "
               "YYYY-MM-DD boxes; signature, name, title, date as underscores.")
    s.date_formats = ["%Y-%m-%d"]
    s.text(40, H - 44, "FUNDY DIGITAL VOICE", 15, bold=True)
    s.text(40, H - 58, "Port Request / Demande de transfert de numéro", 10)
    s.text(W - 190, H - 44, "Moncton, NB  -  1-506-555-0100", 7.5)
    y = _nb_party(s, H - 86, True, "CUSTOMER / CLIENT")
    y -= 18
    tick_after(s, "Business / Entreprise", 40, y, "check:business")
    tick_after(s, "Residential / Résidentiel", 200, y, "check:residential")
    y -= 26
    s.text(40, y, "CURRENT PROVIDER / FOURNISSEUR ACTUEL", 9, bold=True)
    y -= 18
    underscores(s, "Provider / Fournisseur :", 40, y, 34, "carrier")
    underscores(s, "Account no. / No de compte :", 330, y, 24, "account_number")
    y -= 20
    end = s.text(40, y, "Billing number (BTN) / Numéro de facturation :", 8.5) + 4
    split_comb(s, end, y - 4, [3, 3, 4], "btn", "BTN", cell=12)
    underscores(s, "HST / TVH no. :", 400, y, 22, None)
    y -= 30
    y = _nb_numbers(s, y)
    end = s.text(40, y, "Requested date / Date demandée (YYYY-MM-DD / AAAA-MM-JJ) :", 8.5) + 6
    date_parts(s, end, y - 5, [("YYYY", 40, "requested_year"), ("MM", 24, "requested_month"),
                               ("DD", 24, "requested_day")], sep="-")
    y -= 32
    y = _nb_party(s, y, False, "INSTALLER / INSTALLATEUR (Fundy Digital Voice completes / "
                  "à remplir par Fundy Digital Voice)") - 26
    s.para(40, y, "I authorize Fundy Digital Voice to port the numbers above. / J'autorise Fundy "
           "Digital Voice à transférer les numéros ci-dessus.", W - 80, 8)
    y -= 30
    s.sign_line("Signature :", 40, y, 300)
    underscores(s, "Date (YYYY-MM-DD) :", 330, y, 24, "date_signed")
    y -= 24
    underscores(s, "Name / Nom :", 40, y, 40, "authorized_name")
    underscores(s, "Title / Titre :", 330, y, 30, "authorized_title")
    s.footer("FDV-PORT-NB  bilingual / bilingue  2026-02")
    return s.build()


FORMS = {"r23-tx-coop-port-request-fillable": tx_coop_fillable,
         "r23-nb-bilingual-port-request-paper": nb_bilingual_paper}
