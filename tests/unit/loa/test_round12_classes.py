"""Classes round 12's tuning batches and round 10's leftovers showed (issue 11), each drawn in the
smallest form that has it, in words of its own (not the rounds' forms'), each failing before its
fix: the account's own values in a numbers table's other columns, a count of numbers that is no
number slot, a name beside a job title, a caption under a line found past other boxes' captions,
a column of lines for the numbers that stay led by its top line, a person's phone that is the
phone, a "Date" under another box's "desired date" label, a label ending in ":" beside its own line
over a grid of numbered slots, and labels in Italian and in the other languages' "only"."""

from __future__ import annotations

from portdesk.loa.fill import FormAnalysis, analyse_form
from tests.loaforms.kit import Sheet, a4, letter


def _mapped(sheet: Sheet, country: str = "US") -> FormAnalysis:
    pdf, _truth = sheet.build()
    return analyse_form(pdf, sheet.name, country=country)


def _fields(sheet: Sheet, country: str = "US") -> list[str]:
    got = sorted(_mapped(sheet, country).placements, key=lambda p: (p.page, -p.y, p.x))
    return [str(p.field) for p in got]


def test_a_numbers_tables_btn_column_takes_the_accounts_btn_on_every_row_with_a_number() -> None:
    s = letter("btn-column", "US", "en", [], "")
    s.text(44, 712, "Number to port", 8, bold=True)
    s.text(224, 712, "Account main line (BTN)", 8, bold=True)
    for row in range(5):
        y = 694 - 18 * row
        s.widget(f"line{row}", 42, y, 170, 15, None)
        s.widget(f"main{row}", 222, y, 170, 15, None)
    got = [p for p in _mapped(s).placements if p.widget and p.widget.startswith("main")]
    assert len(got) == 5 and all(str(p.field) == "btn" and p.row is not None for p in got)


def test_a_count_of_numbers_is_asked_by_a_counting_word_and_is_no_number_slot() -> None:
    s = letter("count", "US", "en", [], "")
    s.blank("How many lines are moving:", 40, 700, 200, "number_count")
    s.blank("Lines to port:", 40, 670, 400, "numbers")
    assert _fields(s) == ["number_count", "number"]


def test_a_bare_name_beside_a_job_title_is_a_persons_name() -> None:
    s = a4("name-title", "GB", "en", [], "")
    s.text(40, 780, "Section 4 - Authorisation", 10, bold=True)
    s.widget("w1", 90, 750, 180, 15, None)
    s.text(40, 754, "Name")
    s.widget("w2", 360, 750, 180, 15, None)
    s.text(300, 754, "Job title")
    assert _fields(s, "GB") == ["authorized_name", "authorized_title"]


def test_a_signer_printed_is_the_signers_name() -> None:
    s = letter("signer-print", "US", "en", [], "")
    s.text(40, 716, "Signatory (print)", 8, bold=True)
    s.widget("x1", 40, 696, 240, 15, None)
    assert _fields(s) == ["authorized_name"]


def test_a_caption_under_a_line_is_found_past_other_boxes_captions_printed_higher() -> None:
    # "DD  MM  YYYY" under the date boxes sit a little higher than "Signature" under its line:
    # the nearest print under the line itself is its caption
    s = a4("sig-past-captions", "IE", "en", [], "")
    s.rule(40, 200, 300)
    s.text(40, 188, "Signature", 8)
    for n, (x, word) in enumerate(((330, "DD"), (370, "MM"), (410, "YYYY"))):
        s.frame(x, 200, 30 if n < 2 else 44, 16)
        s.text(x + 4, 192, word, 6)
    assert "signature" in _fields(s, "IE")


def test_the_top_line_of_a_stay_column_leads_it_and_is_a_slot_too() -> None:
    s = a4("stay-lead", "IE", "en", [], "")
    s.text(40, 600, "Numbers staying with us:", 8.5)
    s.rule(200, 598, 360)
    s.rule(40, 576, 195)
    s.rule(200, 576, 360)
    got = _fields(s, "IE")
    assert got == ["remaining_number"] * 3


def test_a_persons_phone_is_the_phone_not_the_person() -> None:
    s = a4("person-phone", "DE", "de", [], "")
    s.blank("Ansprechpartner:", 40, 700, 300, "authorized_name")
    s.blank("Telefon Ansprechpartner:", 40, 680, 300, "contact_phone")
    assert _fields(s, "DE") == ["authorized_name", "contact_phone"]


def test_a_date_under_another_boxes_desired_date_label_is_the_signing_date() -> None:
    s = a4("date-under-label", "GB", "en", [], "")
    s.text(40, 500, "Preferred switch-over date", 7, bold=True)
    s.widget("d1", 40, 484, 140, 14, None)
    s.text(40, 472, "Date", 7, bold=True)
    s.widget("d2", 40, 456, 110, 14, None)
    assert _fields(s, "GB") == ["requested_date", "date_signed"]


def test_a_desired_date_said_in_one_compound_word() -> None:
    s = a4("compound-date", "NL", "nl", [], "")
    s.blank("Gewenste overdrachtsdatum:", 40, 700, 300, "requested_date")
    s.blank("Portierungstermin:", 40, 680, 300, "requested_date")
    assert _fields(s, "NL") == ["requested_date", "requested_date"]


def test_a_label_ending_in_a_colon_beside_its_line_heads_no_slots_under_it() -> None:
    s = a4("colon-label", "GB", "en", [], "")
    s.text(40, 650, "Numbers to port", 10, bold=True)
    s.blank("Main number on the account:", 40, 620, 260, "btn")
    for row in range(2):
        for col in range(3):
            x, y = 40 + 160 * col, 598 - 20 * row
            s.text(x, y, f"{row * 3 + col + 1}.", 8)
            s.rule(x + 16, y - 2, x + 140)
    got = [(str(p.field), p.slot) for p in _mapped(s, "GB").placements]
    assert got.count(("btn", None)) == 1
    assert sorted(n for f, n in got if f == "number") == list(range(6))


def test_italian_labels() -> None:
    s = a4("italiano", "IT", "it", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.blank("Ragione sociale:", 40, 780, 400, "account_name")
    s.blank("Legale rappresentante:", 40, 760, 400, "authorized_name")
    s.blank("Telefono di contatto:", 40, 740, 400, "contact_phone")
    s.blank("Comune:", 40, 720, 300, "city")
    s.blank("Operatore:", 40, 700, 300, "carrier")
    s.blank("Codice cliente:", 40, 680, 300, "account_number")
    s.blank("Data di passaggio desiderata (gg/mm/aaaa):", 40, 660, 400, "requested_date")
    s.tick(40, 630, "check:partial_port", "Solo i numeri elencati")
    assert _fields(s, "IT") == ["account_name", "authorized_name", "contact_phone", "city",
                                "carrier", "account_number", "requested_date", "partial_port"]


def test_only_the_listed_numbers_in_each_language_is_a_partial_port() -> None:
    from portdesk.loa.tickwords import check_field

    for said in ("Alleen de nummers hieronder", "Uniquement les numéros ci-dessous",
                 "Nur die unten genannten Rufnummern", "Port only these lines",
                 "Nur die Rufnummern unten", "Solamente los números indicados",
                 "Solo le numerazioni elencate", "Only the lines below"):
        assert str(check_field(said)) == "partial_port", said


def test_a_bare_phone_on_a_persons_row_is_theirs_on_the_companys_row_it_stays_empty() -> None:
    s = letter("phone-rows", "US", "en", [], "")
    for y, first in ((700, "Organisation"), (660, "Representative")):
        s.text(40, y + 18, first, 7, bold=True)
        s.widget(f"a{y}", 40, y, 180, 15, None)
    s.text(40, 638, "Phone", 7, bold=True)
    s.widget("p1", 40, 620, 150, 15, None)
    s.text(200, 638, "E-mail", 7, bold=True)
    s.widget("e1", 200, 620, 200, 15, None)
    s.text(240, 718, "Phone", 7, bold=True)
    s.widget("p0", 240, 700, 150, 15, None)
    got = {p.widget: str(p.field) for p in _mapped(s).placements}
    assert got.get("p1") == "contact_phone" and "p0" not in got


def test_a_second_address_block_that_nothing_names_stays_empty_and_said() -> None:
    s = letter("second-block", "US", "en", [], "")
    for top in (700, 600):
        s.text(40, top + 20, "Site" if top == 700 else "Correspondence", 10, bold=True)
        s.blank("Street:", 40, top, 400, "street")
        s.blank("City:", 40, top - 20, 200, "city")
        s.blank("ZIP:", 220, top - 20, 320, "postal_code")
    got = _mapped(s)
    placed = sorted((round(p.y), str(p.field)) for p in got.placements)
    assert [f for y, f in placed if y > 650] == ["city", "postal_code", "street"]
    assert [f for y, f in placed if y < 650] == []
    assert sum("second address block" in r.reason for r in got.review) == 3


def test_the_carrier_twice_on_a_page_keeps_only_the_box_its_label_names() -> None:
    s = letter("carrier-twice", "US", "en", [], "")
    s.blank("Current provider:", 40, 720, 400, "carrier")
    s.text(40, 690, "Your current provider account", 10, bold=True)
    s.blank("Name:", 40, 670, 400, "account_name")
    got = _mapped(s)
    assert [str(p.field) for p in got.placements].count("carrier") == 1


def test_a_name_blank_whose_label_speaks_of_a_phone_is_left_empty() -> None:
    # "Signatory name and date" asks for two things in one box: neither is written alone
    s = a4("kind-words", "GB", "en", [], "")
    s.blank("Customer name:", 40, 720, 400, "account_name")
    s.blank("Signatory name and date:", 40, 700, 400, None)
    got = _mapped(s, "GB")
    assert [str(p.field) for p in got.placements] == ["account_name"]
    assert any("asks for a date" in r.reason for r in got.review)


def test_the_last_line_of_a_paragraph_is_no_section_heading() -> None:
    s = a4("paragraph-tail", "GB", "en", [], "")
    s.text(40, 640, "We ask the provider you are leaving to release the numbers below and you "
           "confirm that the details", 8)
    s.text(40, 630, "are those held by your current provider.", 8)
    s.text(40, 600, "Name", 7, bold=True)
    s.widget("n", 40, 584, 240, 14, None)
    s.text(300, 600, "Position", 7, bold=True)
    s.widget("r", 300, 584, 200, 14, None)
    assert "carrier" not in _fields(s, "GB")


def test_tick_labels_over_a_grid_of_numbered_lines_are_no_column_headers() -> None:
    s = a4("ticks-over-grid", "ES", "es", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.band(40, 620, 500, "Números que se portan")
    s.tick(40, 600, "check:full_port", "Todos los números del contrato")
    s.tick(300, 600, "check:partial_port", "Solo los indicados")
    for row in range(3):
        for col in range(2):
            x, y = 40 + 260 * col, 580 - 20 * row
            s.text(x, y, f"{col * 3 + row + 1}.", 8)
            s.rule(x + 20, y - 2, x + 240)
    assert _fields(s, "ES").count("number") == 6


def test_a_whole_label_line_ending_in_a_colon_names_the_lines_under_it() -> None:
    s = a4("colon-line", "ES", "es", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 600, "Números que quedan con el operador actual (solo si es parcial):", 8.5)
    s.rule(60, 578, 290)
    s.rule(320, 578, 550)
    assert _fields(s, "ES") == ["remaining_number"] * 2


def test_a_date_sentence_on_drawn_lines_after_the_place_is_the_signing_date() -> None:
    s = a4("en-a-de", "ES", "es", [], "")
    s.date_formats = ["%d/%m/%Y"]
    y = 300
    s.text(40, y, "En", 9)
    s.rule(56, y - 2, 170)
    s.text(176, y, ", a", 9)
    s.rule(192, y - 2, 220)
    s.text(226, y, "de", 9)
    s.rule(242, y - 2, 340)
    s.text(346, y, "de 20", 9)
    s.rule(372, y - 2, 392)
    s.text(480, 60, "Hoja 1 de 1", 7)
    got = sorted((p.x, str(p.field), p.part) for p in _mapped(s, "ES").placements)
    assert [(f, part) for _x, f, part in got] == [
        ("date_signed", "day"), ("date_signed", "month"), ("date_signed", "year2")]


def test_a_main_line_named_cabecera_is_the_btn_a_cabecera_column_is_not_ours() -> None:
    from portdesk.loa.vocabulary import classify

    read = classify("Número de cabecera")
    assert read is not None and str(read.field) == "btn"
    read = classify("Cabecera")
    assert read is not None and str(read.field) == "not_ours"
    assert classify("Portabilidad total (todas las líneas)") is None or \
        str(classify("Portabilidad total (todas las líneas)").field) != "number_count"  # type: ignore[union-attr]


def test_a_bilingual_label_flush_over_its_drawn_line_is_read_whole() -> None:
    s = a4("bilingual-flush", "BE", "fr", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 714, "Nom complet de la société titulaire du contrat / Volledige naam van de "
           "contracthouder", 6.5)
    s.rule(40, 702, 550)
    assert _fields(s, "BE") == ["account_name"]


def test_a_bilingual_heading_counts_its_longer_half_and_suite_en_annexe_is_no_suite() -> None:
    s = a4("bilingual-heading", "BE", "fr", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 620, "Numéros à transférer / Over te zetten nummers (suite en annexe / vervolg "
           "in bijlage)", 8, bold=True)
    for row in range(2):
        for col in range(3):
            x, y = 40 + 170 * col, 598 - 20 * row
            s.text(x, y, f"{col * 2 + row + 1}.", 8)
            s.rule(x + 16, y - 2, x + 150)
    assert _fields(s, "BE").count("number") == 6


def test_a_lone_number_label_beside_a_grid_of_slots_is_left_empty_and_said() -> None:
    s = letter("lone-number", "US", "en", [], "")
    s.blank("Number printed on your invoice header:", 40, 660, 400, None)
    s.text(40, 630, "Numbers to port", 10, bold=True)
    for row in range(3):
        s.text(40, 610 - 20 * row, f"{row + 1}.", 8)
        s.rule(56, 608 - 20 * row, 300)
    got = _mapped(s)
    assert sorted(p.slot for p in got.placements if str(p.field) == "number") == [0, 1, 2]
    assert any("mentions a number" in r.reason for r in got.review)


def test_a_comb_of_slightly_uneven_boxes_is_one_comb() -> None:
    s = letter("uneven-comb", "US", "en", [], "")
    s.text(40, 704, "Account number:", 9)
    x = 130.0
    for width in (14.6, 14, 14, 14, 14, 14, 15.1, 12.9, 14, 14.6):
        s.frame(x, 700, width, 17)
        x += width
    got = [p for p in _mapped(s).placements if str(p.field) == "account_number"]
    assert len(got) == 1 and got[0].comb == 10


def test_a_choice_column_whose_letters_are_defined_with_equals() -> None:
    from portdesk.loa.columns import port_choice

    assert port_choice("K or T (K = keep, T = transfer)") == "T"
    assert port_choice("Action (P = port, D = disconnect)") == "P"


def test_words_for_a_desired_date_the_lines_that_stay_and_a_bill_as_it_appears() -> None:
    from portdesk.loa.agreement import _KIND_WORDS
    from portdesk.loa.vocabulary import classify, normalise

    for said, field in (("Wensdatum", "requested_date"), ("Wunschtermin", "requested_date"),
                        ("Lines that remain on this account", "remaining_numbers"),
                        ("Téléphone principal", "btn")):
        read = classify(said)
        assert read is not None and str(read.field) == field, said
    assert not _KIND_WORDS["a phone"].search(normalise("Nom (tel qu'il figure sur la facture)"))


def test_a_registered_name_under_the_account_holders_frame_is_the_customers() -> None:
    from portdesk.loa.vocabulary import classify

    read = classify("Registered name")
    assert read is not None and str(read.field) == "account_name"
