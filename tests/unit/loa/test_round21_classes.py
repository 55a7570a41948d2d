"""Classes of issue 11 fixed on round 21 once it was opened (misplaced and stray first): each in
words of its own (not any round's forms'), failing on the code before its fix."""

from __future__ import annotations

from portdesk.loa.fields import LoaField
from portdesk.loa.fill import analyse_form
from portdesk.loa.vocabulary import NOT_OURS, classify_in
from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round5_kit import Gap, sentence
from tests.loaforms.round7_kit import under
from tests.loaforms.round9_kit import dots
from tests.loaforms.round10_kit import captioned_sentence
from tests.loaforms.round20_kit import label_in_box


def test_a_co_holders_signature_is_not_ours_in_the_lexicons_languages() -> None:
    """A co-holder of the account signs for himself ("Signature du cotitulaire", "Firma del
    cotitular"): the case has one signer, so no ink goes there (it had been signed twice)."""
    assert classify_in("Signature du cotitulaire (compte joint)", ("fr",)).field == NOT_OURS
    assert classify_in("Nom du co-titulaire", ("fr",)).field == NOT_OURS
    assert classify_in("Firma del cotitular, si lo hubiera", ("es",)).field == NOT_OURS
    assert classify_in("Assinatura do cotitular", ("pt",)).field == NOT_OURS
    assert classify_in("Signature du titulaire", ("fr",)).field == LoaField.SIGNATURE  # guard


def test_a_witness_signature_in_swahili_is_not_ours() -> None:
    """"Sahihi ya shahidi" (a witness's signature) beside English: the Swahili lexicon's
    signature word had won before the broad witness rule (a stray signature)."""
    reading = classify_in("Sahihi ya shahidi / Signature of witness", ("sw", "en"))
    assert reading is not None and reading.field == NOT_OURS
    assert classify_in("Sahihi ya mteja / Signature", ("sw", "en")).field == \
        LoaField.SIGNATURE  # guard


def test_the_numbers_that_stay_in_swahili_are_no_provider() -> None:
    """"Namba zinazobaki kwa mtoa huduma wa sasa" (numbers remaining with the current
    operator): the numbers that stay, not the carrier the sentence names (the carrier's name had
    gone in the list of the numbers that stay)."""
    for label in ("Namba zinazobaki kwa mtoa huduma wa sasa / Numbers that remain",
                  "Nambari zitakazobaki kwa mtoa huduma wa sasa"):
        reading = classify_in(label, ("sw", "en"))
        assert reading is not None and reading.field == LoaField.REMAINING_NUMBERS, label
    assert classify_in("Mtoa huduma wa sasa / Current operator", ("sw", "en")).field == \
        LoaField.CARRIER  # guard


def test_an_account_held_at_another_party_beside_the_current_providers_stays_empty() -> None:
    """"Kundennummer beim abg. Anbieter" then "Ihre Kundennummer bei Bergfunk" (the form's own
    company): the first is the account the losing carrier knows, the second the customer's
    number with someone else (it had taken the account number too: a stray)."""
    s = a4("konto", "DE", "de", [], "")
    s.text(40, 800, "Auftrag zur Rufnummernportierung", 13, bold=True)
    s.blank("Name des Anschlussinhabers", 40, 770, 550, "account_name")
    s.blank("Bisheriger Anbieter", 40, 750, 550, "carrier")
    s.blank("Kundennummer beim abg. Anbieter", 40, 730, 550, "account_number")
    s.blank("Ihre Kundennummer bei Bergfunk", 40, 710, 550, None)
    analysis = analyse_form(s.build()[0], "form.pdf", country="DE", strict=False)
    accounts = [round(p.y) for p in analysis.placements if p.field == LoaField.ACCOUNT_NUMBER]
    assert len(accounts) == 1 and accounts[0] > 720


def _capacity_sentence(courtesy: str, of: str, title_lead: str, company_lead: str) -> Sheet:
    s = a4("capacity", "ES", "es", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, "Solicitud de cambio de operador", 13, bold=True)
    s.blank("Operador actual", 40, 770, 550, "carrier")
    s.blank("Número de cuenta", 40, 750, 550, "account_number")
    sentence(s, 40, 700, [courtesy, Gap(140, "authorized_name", "name"), title_lead,
                          Gap(110, "authorized_title", "title"), of,
                          Gap(170, "account_name", "company"), company_lead], size=9,
             right=555)
    s.rule(40, 160, 300)
    s.text(40, 150, "Firma del titular", 8)
    return s


def test_a_courtesy_title_and_the_title_s_company_lead_into_the_signer_and_the_customer() -> None:
    """"D./Dña. ____ , en calidad de ____ de ____ pide ...": the courtesy title (both forms of
    it) leads into the signer's name, and "de" right after the title's blank into the company
    the signer acts for; both had stayed empty."""
    s = _capacity_sentence("Sr./Sra.", "de", ", en calidad de", "pide el cambio de operador.")
    analysis = analyse_form(s.build()[0], "form.pdf", country="ES", strict=False)
    rows = sorted((-round(p.y), round(p.x), p.field) for p in analysis.placements
                  if 660 < p.y < 710)
    assert [f for _, _, f in rows] == [LoaField.AUTHORIZED_NAME, LoaField.AUTHORIZED_TITLE,
                                   LoaField.ACCOUNT_NAME]


def test_of_after_a_blank_that_is_no_title_names_no_company() -> None:
    """Guard: "Nombre ____ de ____" whose first blank is no title's: "de" leads into nothing."""
    s = _capacity_sentence("Nombre", "de", ", teléfono", "pide el cambio de operador.")
    analysis = analyse_form(s.build()[0], "form.pdf", country="ES", strict=False)
    assert LoaField.ACCOUNT_NAME not in {p.field for p in analysis.placements if p.y > 600}


def test_fdo_under_the_signature_is_the_signers_printed_name() -> None:
    """"Fdo.: ____" (firmado) under a Spanish signature line: the signer's name, printed."""
    reading = classify_in("Fdo.:", ("es",))
    assert reading is not None and reading.field == LoaField.AUTHORIZED_NAME
    assert classify_in("Fdo.:", ("en",)) is None  # guard: a Spanish word


def test_the_name_of_the_holder_named_after_the_name_is_the_customers() -> None:
    """"Nom du titulaire (tel qu'il figure sur la facture)", "Nombre del titular": the word for
    name comes first in the Romance languages, the holder after it (it had stayed empty)."""
    for label, language in (("Nom du titulaire (tel qu'il figure sur la facture)", "fr"),
                            ("Nombre del titular", "es"), ("Nome do titular", "pt"),
                            ("Nome del titolare", "it")):
        reading = classify_in(label, (language,))
        assert reading is not None and reading.field == LoaField.ACCOUNT_NAME, label
    assert classify_in("Nom du cotitulaire", ("fr",)).field == NOT_OURS  # guard


def test_a_caption_in_the_top_of_a_drawn_box_names_the_blank_inside_it() -> None:
    """Boxes stacked with no gap, each captioned in its top corner: a short widget low in its
    box sits further from its caption than the caption from the widget over the box's top rule;
    the box says whose the caption is (the postcode had been left empty)."""
    s = a4("boxed", "FR", "fr", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, "Demande de portabilité", 13, bold=True)
    s.frame(40, 700, 500, 30)
    s.text(43, 722.5, "Adresse de service", 6.2)
    s.widget("T1", 42, 701.5, 496, 19, "street")
    s.frame(40, 670, 300, 30)
    s.text(43, 692.5, "Ville", 6.2)
    s.widget("T2", 42, 671.5, 296, 19, "city")
    s.frame(340, 670, 200, 30)
    s.text(343, 692.5, "Code postal", 6.2)
    s.widget("T3", 346, 672, 80, 14, "postal_code")
    analysis = analyse_form(s.build()[0], "form.pdf", country="FR", strict=False)
    by_widget = {p.widget: p.field for p in analysis.placements}
    assert by_widget.get("T3") == LoaField.POSTAL_CODE
    assert by_widget.get("T2") == LoaField.CITY  # guard


def _moving_sentence(verb: str) -> Sheet:
    s = a4("captioned", "GB", "en", [], "")
    s.text(40, 800, "Customer authority", 13, bold=True)
    s.blank("Current provider", 40, 770, 550, "carrier")
    s.blank("Account number", 40, 750, 550, "account_number")
    captioned_sentence(s, 40, 700, [
        "I,", Gap(150, "authorized_name", "full name"), "of",
        Gap(190, "account_name", "company"),
        f"ask Brightline Ltd to {verb} the numbers listed overleaf from my present supplier on",
        Gap(80, "requested_date", "DD/MM/YYYY"), "or soon after."], size=8.5, right=555)
    s.rule(40, 160, 300)
    s.text(40, 150, "Signature", 8)
    return s


def test_a_date_format_captioned_under_a_blank_in_a_sentence_moving_the_numbers() -> None:
    """"... to transfer the numbers ... on ____" with "(DD/MM/YYYY)" printed small under the
    blank (every blank of the sentence captioned in brackets): the requested date (it had
    stayed empty: the format is under the blank, not after it)."""
    analysis = analyse_form(_moving_sentence("transfer").build()[0], "form.pdf", country="GB",
                            strict=False)
    assert LoaField.REQUESTED_DATE in {p.field for p in analysis.placements}


def test_a_date_format_under_a_blank_in_a_sentence_moving_nothing_is_no_requested_date() -> None:
    """Guard: the same sentence asking to keep the numbers is no request to move them."""
    analysis = analyse_form(_moving_sentence("keep").build()[0], "form.pdf", country="GB",
                            strict=False)
    assert LoaField.REQUESTED_DATE not in {p.field for p in analysis.placements}


def _island_address(with_region: bool) -> Sheet:
    s = a4("parish", "GB", "en", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, "Letter of authority", 13, bold=True)
    s.blank("Current provider", 40, 770, 550, "carrier")
    under(s, "Street address", 40, 720, 300, "street")
    under(s, "Town", 310, 720, 420, "city")
    label_in_box(s, "Parish", 430, 712, 60, "state")
    if with_region:
        under(s, "Island / region", 40, 680, 300, "state")
    return s


def test_a_parish_beside_the_town_with_no_region_blank_is_the_region() -> None:
    """"Town ____  [Parish]" and no region blank: parishes are the first division there
    (Bermuda, the Caribbean islands), the region (it had been left empty as a municipality)."""
    analysis = analyse_form(_island_address(False).build()[0], "form.pdf", country="GB",
                            strict=False)
    fields = {round(p.x): p.field for p in analysis.placements if 700 < p.y < 735}
    assert LoaField.STATE in fields.values() and LoaField.CITY in fields.values()


def test_a_parish_beside_the_town_and_a_region_blank_stays_empty() -> None:
    """Guard: a form asking the region too: the parish is an area the case does not hold."""
    analysis = analyse_form(_island_address(True).build()[0], "form.pdf", country="GB",
                            strict=False)
    states = [p for p in analysis.placements if p.field == LoaField.STATE]
    assert [round(p.y) for p in states if p.y > 700] == []


def test_a_label_then_an_area_code_printed_before_each_blank_labels_the_blanks() -> None:
    """"Numbers that stay with us: 441- ____  441- ____": the words before the printed area
    code on the line are the blanks' label, each blank takes a local part (they had no label,
    only the area code)."""
    s = a4("stay", "GB", "en", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, "Letter of authority", 13, bold=True)
    s.blank("Current provider", 40, 770, 550, "carrier")
    s.text(40, 700, "Numbers remaining with the current provider:", 8, bold=True)
    for x in (300, 450):
        s.text(x - 22, 700, "592-", 8.5)
        s.rule(x, 698, x + 120)
    analysis = analyse_form(s.build()[0], "form.pdf", country="GB", strict=False)
    stay = [p for p in analysis.placements if 690 < p.y < 710]
    assert len(stay) == 2 and {p.field for p in stay} == {LoaField.REMAINING_NUMBER}


def test_a_bare_district_on_a_dutch_form_is_the_region() -> None:
    """"Plaats" then "District" on a Dutch form: the first division where Dutch forms ask for
    one (it had been read as a part of the town and left empty)."""
    reading = classify_in("District", ("nl",))
    assert reading is not None and reading.field == LoaField.STATE
    assert classify_in("District", ("en",)).field != LoaField.STATE  # guard: English


def test_a_bare_phone_in_a_stack_of_dotted_rows_is_the_contacts() -> None:
    """Labels down one column, each followed by dots to one right edge (so no two rows' blanks
    start at the same x): a bare "Phone" between the contact's job title and e-mail is the
    contact's, though the row above it is not ours (it had stayed empty)."""
    s = a4("dotted", "GB", "en", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, "Porting request", 13, bold=True)
    rows = [("Company", "account_name"), ("Address", "street"), ("Trade licence no.", None),
            ("Person to contact", "authorized_name"), ("Position", "authorized_title"),
            ("Passport no. of that person", None), ("Phone", "contact_phone"),
            ("E-mail", "contact_email")]
    for k, (label, fld) in enumerate(rows):
        dots(s, label, 40, 760 - 20 * k, 290, fld)
    analysis = analyse_form(s.build()[0], "form.pdf", country="GB", strict=False)
    assert LoaField.CONTACT_PHONE in {p.field for p in analysis.placements}


def test_a_value_written_under_a_drop_down_is_not_hidden_by_it() -> None:
    """"Province" over a drop-down PortDesk does not set: its value is written on the page under
    it, and the drop-down's own empty white box, drawn above the page, hid it in every viewer and
    in the signed, flattened copy (the report said placed; the printed LOA showed an empty box).
    The drop-down is hidden, and the report says so."""
    import io

    from pypdf import PdfReader, PdfWriter

    from portdesk.loa.fields import values_from_case
    from portdesk.loa.fill import fill_form
    from portdesk.loa.flatten import flatten
    from tests.loaforms.round11_kit import choice_widget
    from tests.unit.loa.helpers import make_case

    s = a4("province", "CA", "en", [], "")
    s.text(40, 800, "Port request", 13, bold=True)
    s.blank("Customer name", 40, 770, 550, "account_name")
    s.text(300, 752, "Province", 7)
    choice_widget(s, "Liste1", 300, 734, 60, ["AB", "ON", "QC"], "state", h=14)
    s.blank("City", 40, 738, 280, "city")
    values = values_from_case(make_case())
    result = fill_form(s.build()[0], values, "form.pdf")
    [state] = [r for r in result.rows if r.field == LoaField.STATE]
    assert state.target.startswith("page 1")  # written on the page, not set in the drop-down
    reader = PdfReader(io.BytesIO(result.pdf))
    [drop] = [a.get_object() for a in reader.pages[0]["/Annots"]
              if a.get_object().get("/T") == "Liste1"]
    assert int(drop.get("/F", 0)) & 2  # hidden: neither shown nor printed over the value
    assert any("Liste1" in p and "hidden" in p for p in result.problems)
    writer = PdfWriter(clone_from=reader)
    shown = sum(1 for a in writer.pages[0]["/Annots"] if not int(a.get_object().get("/F", 0)) & 2)
    assert flatten(writer) == shown  # the signed copy burns in the visible widgets only
