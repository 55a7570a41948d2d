"""Classes of issue 11 fixed on round 23's first half (a second numbers table titled as the
numbers that stay, ...): each drawn here in the smallest form that has it, in words of its own
(not any round's forms'), failing on the code before its fix unless said to be a guard."""

from __future__ import annotations

from portdesk.loa.fields import LoaField
from portdesk.loa.fill import analyse_form
from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round5_kit import numbers_table

# -- a second numbers table titled as the numbers that stay -------------------------------------


def _two_tables(second_title: bool = True, first: bool = True) -> Sheet:
    s = a4("two tables", "FR", "fr", [], "")
    s.text(40, 800, "Demande de conservation du numéro", 13, bold=True)
    y = 770.0
    if first:
        s.text(40, y, "Lignes concernées", 9, bold=True)
        y = numbers_table(s, s.slot_group(ordered=True), 40, y - 6,
                          [("Numéro à porter", 160, "number", False)], rows=4) - 20
    if second_title:
        s.text(40, y, "Numéros qui restent chez l'opérateur actuel (portage partiel) :", 8,
               bold=True)
    numbers_table(s, s.slot_group(ordered=False, fld="remaining_numbers"), 40, y - 4,
                  [("Numéro", 160, "number", False)], rows=3)
    return s


def test_a_second_numbers_table_titled_as_the_numbers_that_stay_takes_them() -> None:
    """A table of numbers to port, then under it a title "Numéros qui restent chez l'opérateur
    actuel" over a second "No. | Numéro" table: its cells are the numbers that stay. They had
    been read as more slots for the numbers to port (their row numbers 1-3 even came before
    the first table's 4)."""
    analysis = analyse_form(_two_tables().build()[0], "form.pdf", country="FR", strict=False)
    rows = sorted((p for p in analysis.placements if p.rect), key=lambda p: -p.rect[1])
    fields = [p.field for p in rows if p.field in (LoaField.NUMBER, LoaField.REMAINING_NUMBER)]
    assert fields == [LoaField.NUMBER] * 4 + [LoaField.REMAINING_NUMBER] * 3


def test_a_forms_only_numbers_table_stays_the_numbers_to_port_whatever_its_title() -> None:
    """Guard: the same titled table alone on the form stays the numbers to port (a title over
    a form's only table read as the numbers that stay too often: 76 misplaced when it was
    trusted alone)."""
    analysis = analyse_form(_two_tables(first=False).build()[0], "form.pdf", country="FR",
                            strict=False)
    fields = [p.field for p in analysis.placements
              if p.field in (LoaField.NUMBER, LoaField.REMAINING_NUMBER)]
    assert fields == [LoaField.NUMBER] * 3


# -- an attorney's own line under the signatory row ---------------------------------------------


def test_a_line_that_opens_with_an_attorney_is_his_not_the_customers_signature() -> None:
    """Under the signatory row (name | title | signature | date), a line captioned "Mandataire
    (le cas échéant) : nom et signature": the attorney signs and names himself there. It had
    been read as a second place for the customer's signature."""
    from tests.loaforms.round5_kit import sign_cells
    from tests.loaforms.round14_kit import witness_line

    s = a4("attorney", "FR", "fr", [], "")
    s.text(40, 800, "Demande de portabilité", 13, bold=True)
    s.blank("Raison sociale", 40, 770, 550, "account_name")
    sign_cells(s, 40, 700, [("Nom", 160, "authorized_name"), ("Fonction", 110, "authorized_title"),
                            ("Signature", 150, "signature"), ("Date", 95, "date_signed")])
    witness_line(s, "Mandataire (le cas échéant) : nom et signature", 40, 640, 300)
    analysis = analyse_form(s.build()[0], "form.pdf", country="FR", strict=False)
    signs = [p for p in analysis.placements if p.field == LoaField.SIGNATURE]
    assert signs and all(p.rect[1] > 690 for p in signs)


def test_a_question_whether_numbers_stay_over_the_table_to_port_is_no_title() -> None:
    """Guard: "Des numéros restent-ils chez votre opérateur ?" asked over the table of numbers
    to port (its ticks answer it), a second table below: both stay tables of numbers to port
    (the question names the numbers that stay, but titles neither table)."""
    s = a4("question", "FR", "fr", [], "")
    s.text(40, 800, "Demande de conservation du numéro", 13, bold=True)
    s.text(40, 770, "Des numéros restent-ils chez votre opérateur actuel ?", 8, bold=True)
    y = numbers_table(s, s.slot_group(ordered=True), 40, 764,
                      [("Numéro à porter", 160, "number", False)], rows=3) - 20
    s.text(40, y, "Suite de la liste", 8, bold=True)
    numbers_table(s, s.slot_group(ordered=True), 40, y - 4,
                  [("Numéro à porter", 160, "number", False)], rows=3, first=4)
    analysis = analyse_form(s.build()[0], "form.pdf", country="FR", strict=False)
    fields = [p.field for p in analysis.placements
              if p.field in (LoaField.NUMBER, LoaField.REMAINING_NUMBER)]
    assert fields == [LoaField.NUMBER] * 6


# -- a sentence's tail is no section heading ----------------------------------------------------


def test_the_tail_of_a_sentence_naming_the_current_provider_heads_no_section() -> None:
    """"Je soussigné ____ (nom) demande à Opérateur SA de reprendre les numéros ci-dessous
    ____ (raison sociale), ... / de mon opérateur actuel." wrapped over lines parted by the
    captions under its blanks: its last line, in lower case and ending the sentence, heads no
    section. The address lines under it had been read as the current provider's (not ours)."""
    from tests.loaforms.round3_kit import under
    from tests.loaforms.round5_kit import Gap
    from tests.loaforms.round10_kit import captioned_sentence

    s = a4("tail", "FR", "fr", [], "")
    s.text(40, 800, "Demande de portabilité", 13, bold=True)
    y = captioned_sentence(s, 40, 770, ["Je soussigné(e)", Gap(170, "authorized_name", "nom"),
                                        ", pour le compte de", Gap(200, "account_name",
                                                                   "raison sociale"),
                                        ", demande à Opérateur Exemple SA de reprendre les "
                                        "numéros ci-dessous de mon opérateur actuel."],
                           size=9, leading=26, right=555) - 36
    under(s, "Adresse (rue et numéro)", 40, y, 330, "street")
    under(s, "Localité", 345, y, 555, "city")
    analysis = analyse_form(s.build()[0], "form.pdf", country="FR", strict=False)
    fields = {p.field for p in analysis.placements}
    assert {LoaField.STREET, LoaField.CITY} <= fields



# -- words of the lexicons ----------------------------------------------------------------------


def test_words_of_round23s_first_half_are_read_in_their_languages() -> None:
    """A daytime phone in Dutch and Portuguese is the contact's; "Hauptrufnr." abbreviates the
    main number in a narrow cell; "Cliente empresarial" / "Cliente particular" are Portuguese
    ticks for business and residential. Each was read as nothing (left empty)."""
    from portdesk.loa.lexicon import reading_in
    from portdesk.loa.tickwords import check_field
    from portdesk.loa.vocabulary import classify_in

    def field(text: str, language: str) -> object:
        read = classify_in(text, (language,))
        return read.field if read is not None else None

    assert field("Telefoon overdag", "nl") == LoaField.CONTACT_PHONE
    assert field("Telefone durante o dia", "pt") == LoaField.CONTACT_PHONE
    assert field("Hauptrufnr.", "de") == LoaField.BTN
    with reading_in(("pt",)):
        assert check_field("Cliente empresarial") == LoaField.BUSINESS
        assert check_field("Cliente particular") == LoaField.RESIDENTIAL


# -- the country code printed before each numbered slot -----------------------------------------


def test_a_country_code_printed_after_the_slot_number_takes_the_national_number() -> None:
    """"1. +31 [][] [][][][][][][]" down a column: each comb is slot 1, 2, 3 (its printed
    number) and takes the number after the printed country code. The label "1. +31" had been
    read as nothing, so no number was written at all."""
    from portdesk.domain.entries import case_from_entry
    from portdesk.loa.fields import values_from_case
    from portdesk.loa.fill import fill_form
    from portdesk.loa.formscan import extract_words
    from tests.loaforms.round14_kit import comb_slot
    from tests.unit.loa.helpers import world_entry

    s = a4("country code", "NL", "nl", [], "")
    s.text(40, 800, "Verzoek tot nummerbehoud", 13, bold=True)
    s.text(40, 770, "Nummers die overgaan", 9, bold=True)
    slots = s.slot_group(ordered=True)
    for k in range(3):
        y = 745 - k * 22
        s.right_text(54, y + 4, f"{k + 1}.", 8.5)
        s.text(58, y + 4, "+31", 8.5)
        comb_slot(s, slots, 82, y, [2, 7], f"nummer {k + 1}", cell=12)
    values = values_from_case(case_from_entry(world_entry("NL")))
    result = fill_form(s.build()[0], values, "form.pdf")
    printed = "".join(w.text for w in extract_words(result.pdf) if w.y0 > 690)
    assert "205550100" in printed.replace(" ", "") and "205550101" in printed.replace(" ", "")


# -- an answer's aside is not the question it answers --------------------------------------------


def test_a_no_with_an_aside_in_brackets_answers_the_question_before_it() -> None:
    """"Are all the numbers of the account moving? Yes [ ] No (only those listed) [ ]", boxes
    after their words: the No box answers the question (a partial port). It had read its own
    aside "(only those listed)" as the question and been left unticked."""
    from tests.loaforms.round10_kit import check_after

    s = a4("aside", "GB", "en", [], "")
    s.text(40, 800, "Number transfer request", 13, bold=True)
    x = s.text(40, 771, "Are all the numbers of the account moving?", 8.5) + 10
    x = check_after(s, "Box1", "Yes", x, 770, "check:full_port")
    check_after(s, "Box2", "No (only those listed)", x, 770, "check:partial_port")
    analysis = analyse_form(s.build()[0], "form.pdf", country="GB", strict=False)
    ticks = {p.widget: p.field for p in analysis.placements if p.kind == "check"}
    assert ticks == {"Box1": LoaField.FULL_PORT, "Box2": LoaField.PARTIAL_PORT}


def _grid_under(s: Sheet, top: float) -> None:
    """Three columns of numbers in one grid, under a header row "Telephone numbers"."""
    s.text(40, top, "Telephone numbers", 8, bold=True)
    slots = s.slot_group(ordered=True)
    for r in range(3):
        for c in range(3):
            x, y = 40 + c * 180, top - 22 - r * 20
            s.widget(f"N{r * 3 + c + 1}", x, y, 150, 15, "number")
            s.places.pop()
            s.slot(slots, (x, y, x + 150, y + 15), f"number {r * 3 + c + 1}")


def test_a_ticks_words_over_a_numbers_grid_title_no_stay_table() -> None:
    """Guard: "[ ] All numbers on the account  [ ] Only the numbers below (the rest stay with the
    present provider)" printed over a three-column grid of numbers: the tick's words name the
    numbers that stay, but title none of the grid's columns (the per-column titles of two
    tables side by side had turned two of its columns into the numbers that stay)."""
    s = a4("tick over grid", "US", "en", [], "")
    s.text(40, 800, "Port request", 13, bold=True)
    s.tick(40, 770, "check:full_port", "All numbers on the account")
    s.tick(240, 770, "check:partial_port",
           "Only the numbers below (the rest stay with the present provider)")
    _grid_under(s, 745)
    analysis = analyse_form(s.build()[0], "form.pdf", country="US", strict=False)
    fields = [p.field for p in analysis.placements
              if p.field in (LoaField.NUMBER, LoaField.REMAINING_NUMBER)]
    assert fields == [LoaField.NUMBER] * 9

