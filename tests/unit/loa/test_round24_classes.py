"""Classes of issue 11 fixed in round 24's session (the drop-down set to its option, a page
turned by /Rotate, a second party's block drawn like the customer's, words of the lexicons):
each drawn here in the smallest form that has it, in words of its own (not any round's forms'),
failing on the code before its fix unless said to be a guard."""

from __future__ import annotations

import io
from typing import Any

from pypdf import PdfReader

from portdesk.domain.entries import case_from_entry
from portdesk.loa.fields import LoaField, values_from_case
from portdesk.loa.fill import analyse_form, fill_form
from portdesk.loa.formscan import extract_words
from portdesk.loa.vocabulary import NOT_OURS, classify_in
from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round11_kit import choice_widget
from tests.loaforms.round24_kit import bold_grey_cells, rotate_pages, turn_page
from tests.unit.loa.helpers import make_entry

# -- a drop-down set to the option that says the value -----------------------------------------


def _province_form(options: list[str], list_box: bool = False) -> bytes:
    s = a4("province", "CA", "en", [], "")
    s.text(40, 800, "Transfer request", 13, bold=True)
    s.blank("Customer name", 40, 770, 550, "account_name")
    s.blank("City", 40, 738, 280, "city")
    s.text(300, 752, "Province", 7)
    if list_box:
        s.c.acroForm.listbox(name="ProvList", tooltip="", value=" ", options=[" ", *options],
                             x=300, y=734, width=120, height=14, fontSize=8, borderWidth=0.5,
                             forceBorder=True)
    else:
        choice_widget(s, "ProvList", 300, 734, 120, options, "state", h=14)
    return s.build()[0]


def _quebec_case() -> Any:
    entry = make_entry(2, service_address={"line1": "55 rue Saint-Paul", "city": "Trois-Rivières",
                                           "state": "QC", "postal_code": "G9A 1H4",
                                           "country": "CA"},
                       numbers=["+18195550101", "+18195550102"], btn="+18195550101")
    return values_from_case(case_from_entry(entry))


def _drop_down(pdf: bytes) -> Any:
    reader = PdfReader(io.BytesIO(pdf))
    [drop] = [a.get_object() for a in reader.pages[0]["/Annots"]
              if a.get_object().get("/T") == "ProvList"]
    return drop


def test_a_drop_down_whose_option_names_the_region_the_case_codes_is_set_to_it() -> None:
    """The case says "QC", the drop-down offers province names: it is set to "Québec" (shown and
    printed), nothing is written under it, the widget stays visible. It was written under the
    widget, and the widget hidden: a carrier reading the field saw it empty."""
    result = fill_form(_province_form(["Alberta", "Ontario", "Québec"]), _quebec_case(),
                       "form.pdf")
    drop = _drop_down(result.pdf)
    assert drop["/V"] == "Québec"
    assert not int(drop.get("/F", 0)) & 2  # shown, not hidden
    assert not any("ProvList" in p and "hidden" in p for p in result.problems)
    words = [w.text for w in extract_words(result.pdf)]
    assert "QC" not in words  # not written on the page as well
    [state] = [r for r in result.rows if r.field == LoaField.STATE]
    assert "ProvList" in state.note


def test_a_list_box_is_set_the_same_way_with_its_index() -> None:
    result = fill_form(_province_form(["Alberta", "Ontario", "Québec"], list_box=True),
                       _quebec_case(), "form.pdf")
    drop = _drop_down(result.pdf)
    assert drop["/V"] == "Québec" and [int(i) for i in drop["/I"]] == [3]


def test_a_drop_down_with_no_option_for_the_value_keeps_it_written_and_hidden() -> None:
    """Guard: no option says "QC" (a list of US states): nothing is chosen for the specialist;
    the value stays written on the page and the widget hidden, as before."""
    result = fill_form(_province_form(["AK", "AZ", "CA"]), _quebec_case(), "form.pdf")
    drop = _drop_down(result.pdf)
    assert str(drop.get("/V", "")).strip() == ""
    assert int(drop.get("/F", 0)) & 2


def test_an_option_is_matched_by_its_meaning_never_by_a_guess() -> None:
    from portdesk.loa.choices import Option, fold, option_for

    offered = [Option(n, n) for n in ("St. Andrew", "St. Ann", "Saint-Laurent", "Queensland")]
    assert option_for("Saint Andrew", offered, "JM") == offered[0]  # Saint / St.
    assert option_for("ST ANN", offered, "JM") == offered[1]  # case
    assert option_for("saint laurent", offered, "CA") == offered[2]  # punctuation
    assert option_for("QLD", offered, "AU") == offered[3]  # a region's code for its name
    assert option_for("Andrew", offered, "JM") is None  # a part is no match
    assert option_for("QLD", offered, "US") is None  # codes are the country's own
    twins = [Option("1", "Ontario"), Option("2", "ONTARIO")]
    assert option_for("ON", twins, "CA") is None  # two different options: none is chosen
    assert fold("Île-du-Prince-Édouard") == "ile du prince edouard"


# -- a page turned by /Rotate ----------------------------------------------------------------------


def _turned_form() -> bytes:
    s = a4("turned", "GB", "en", [], "")
    _w, h = turn_page(s)
    s.text(40, h - 50, "Letter of Authority", 14, bold=True)
    s.blank("Company name", 40, h - 90, 400, "account_name")
    s.blank("Current provider", 40, h - 120, 400, "carrier")
    return rotate_pages(s.build()[0], {1})


def test_a_landscape_page_turned_by_rotate_is_read_upright_and_written_upright() -> None:
    """Words drawn sideways on a portrait page that carries /Rotate 90 are read as a viewer
    shows them (whole words, labels beside their lines), and the value is written along the
    line, upright once the page is turned. Read in the page's own space every word came apart
    into letters and nothing was placed."""
    pdf = _turned_form()
    words = {w.text for w in extract_words(pdf)}
    assert {"Company", "name", "provider"} <= words
    case = case_from_entry(make_entry(2, account_name="Pendle Joinery Ltd", carrier="BT"))
    result = fill_form(pdf, values_from_case(case), "form.pdf")
    fields = {r.field: r.value for r in result.rows}
    assert fields[LoaField.ACCOUNT_NAME.value] == "Pendle Joinery Ltd"
    assert fields[LoaField.CARRIER.value] == "BT"
    written = [w for w in extract_words(result.pdf) if w.text == "Pendle"]
    [label] = [w for w in extract_words(result.pdf) if w.text == "Company"]
    assert written and abs(written[0].y0 - label.y0) < 4 and written[0].x0 > label.x1


# -- a second party's block drawn like the customer's --------------------------------------------


def _two_blocks(title: str) -> Sheet:
    s = a4("blocks", "GB", "en", [], "")
    s.text(40, 800, "Number transfer form", 13, bold=True)
    rows = [("Company name", "account_name"), ("Address", "street"), ("Town", "city"),
            ("Reference", None), ("Customer ID", None), ("Contact number", "contact_phone")]
    s.text(40, 770, "YOUR DETAILS", 9, bold=True)
    bold_grey_cells(s, 40, 766, rows, 100, 150)
    s.text(310, 770, title, 9, bold=True)
    bold_grey_cells(s, 310, 766, [(label, None) for label, _ in rows], 100, 150)
    return s


def _fields_right_of(analysis: Any, x: float) -> set[str]:
    return {p.field.value for p in analysis.placements if p.rect and p.rect[0] > x}


def test_a_block_of_shaded_label_cells_keeps_its_heading_down_to_its_last_row() -> None:
    """"Contact number" six rows under "RECEIVING PROVIDER" (labels in their own shaded cells)
    is the receiving provider's, like the rows above it; the climb to the heading had stopped at
    the first label cell, and the customer's phone was written in the provider's block."""
    analysis = analyse_form(_two_blocks("RECEIVING PROVIDER").build()[0], "form.pdf",
                            country="GB", strict=False)
    assert not _fields_right_of(analysis, 400)
    assert LoaField.CONTACT_PHONE.value in {p.field.value for p in analysis.placements}


def test_a_block_titled_by_a_reseller_or_dealer_is_not_ours() -> None:
    """A block drawn like the customer's under "AUTHORISED DEALER" is the dealer's (its name,
    address, town and phone took the customer's values)."""
    for title in ("AUTHORISED DEALER", "REVENDEUR AGRÉÉ", "VERTRIEBSPARTNER"):
        analysis = analyse_form(_two_blocks(title).build()[0], "form.pdf", country="GB",
                                strict=False)
        assert not _fields_right_of(analysis, 400), title
    analysis = analyse_form(_two_blocks("ACCOUNT HOLDER").build()[0], "form.pdf", country="GB",
                            strict=False)
    assert _fields_right_of(analysis, 400)  # guard: a second block of the customer's is ours


# -- words ----------------------------------------------------------------------------------------


def test_a_taxpayer_account_and_the_place_of_signing_are_not_ours() -> None:
    assert classify_in("N° de compte contribuable", ("fr",)).field == NOT_OURS
    assert classify_in("N° de compte client", ("fr",)).field == LoaField.ACCOUNT_NUMBER  # guard
    assert classify_in("En la ciudad de", ("es",)).field == NOT_OURS
    assert classify_in("Ciudad", ("es",)).field == LoaField.CITY  # guard


# -- a numbers table on its side -------------------------------------------------------------------


def _sideways(head: str, rows: list[str]) -> bytes:
    s = a4("sideways", "CA", "en", [], "")
    s.text(40, 800, "Port-in request", 13, bold=True)
    s.blank("Customer name", 40, 770, 550, "account_name")
    s.text(40, 740, "Lines to move", 9, bold=True)
    top, label_w, col_w, row_h = 730, 90, 70, 18
    s.frame(40, top - row_h, label_w + 5 * col_w, row_h)
    for c in range(5):
        s.text(40 + label_w + c * col_w + 3, top - row_h + 5, head.format(n=c + 1), 7, bold=True)
    for r, label in enumerate(rows):
        y = top - row_h * (r + 2)
        s.frame(40, y, label_w, row_h)
        s.text(43, y + 5, label, 7, bold=True)
        for c in range(5):
            s.frame(40 + label_w + c * col_w, y, col_w, row_h)
    return s.build()[0]


def test_a_table_with_a_column_per_number_is_read_by_its_row_labels() -> None:
    """"Number 1 .. Number 5" across the top, rows "Area code", "Phone number", "Listing": each
    column is one number in the header's order, the area-code row takes its column's area code,
    the number row the rest of the number, the listing row nothing. Read as a grid of slots down
    each column, numbers had gone into the area-code row."""
    analysis = analyse_form(_sideways("Number {n}", ["Area code", "Phone number", "Listing"]),
                            "form.pdf", country="CA", strict=False)
    numbers = sorted((p for p in analysis.placements if p.field == LoaField.NUMBER),
                     key=lambda p: p.slot if p.slot is not None else -1)
    assert len(numbers) == 5 and all(p.part == "local" for p in numbers)
    assert [round(p.rect[0]) for p in numbers] == sorted(round(p.rect[0]) for p in numbers)
    rows = {round(p.rect[1]) for p in numbers}
    codes = [p for p in analysis.placements if p.field == LoaField.AREA_CODE]
    assert len(rows) == 1 and len(codes) == 5 and all(round(p.rect[1]) not in rows for p in codes)
    assert {p.row for p in codes} == {0, 1, 2, 3, 4}
    listing = min(p.rect[1] for p in numbers) - 18
    assert not [p for p in analysis.placements if p.rect and p.rect[1] < listing - 1
                and p.rect[1] > listing - 30]


def test_a_column_per_number_with_only_a_number_row_takes_the_whole_number() -> None:
    """"Nº 1 .. Nº 5" over one row "Numeración" and a service row: the whole number in each."""
    analysis = analyse_form(_sideways("Nº {n}", ["Numeración", "Servicio"]), "form.pdf",
                            country="ES", strict=False)
    numbers = [p for p in analysis.placements if p.field == LoaField.NUMBER]
    assert len(numbers) == 5 and not any(p.part for p in numbers)
    assert len({round(p.rect[1]) for p in numbers}) == 1


# -- slots beside a table, a parish drop-down ----------------------------------------------------


def _table_and_keep_boxes(middle_label: bool = False) -> bytes:
    s = a4("keep", "GB", "en", [], "")
    s.text(40, 800, "Porting form", 13, bold=True)
    s.text(40, 770, "Lines to move", 8, bold=True)
    s.text(360, 770, "Lines remaining with the current provider", 8, bold=True)
    top, row_h = 766, 16
    for r in range(4):
        y = top - row_h * (r + 1)
        s.frame(40, y, 150, row_h)
        s.frame(190, y, 120, row_h)
        if r == 0:
            s.text(43, y + 5, "Telephone number", 7, bold=True)
            s.text(193, y + 5, "Line type", 7, bold=True)
    for k in range(3):
        s.widget(f"Stay{k + 1}", 360, 746 - k * 20, 170, 15, None)
    return s.build()[0]


def test_a_box_right_of_a_table_is_not_labelled_by_the_tables_header_cell() -> None:
    """"Line type" heads a numbers table's column (cells drawn under it); the first box of
    "Lines remaining" right of the table, on the header's row, is not labelled by it (it was
    read as "Line type" and left out, and the box under it took both remaining numbers)."""
    analysis = analyse_form(_table_and_keep_boxes(), "form.pdf", country="GB", strict=False)
    stay = {p.widget: p.field for p in analysis.placements if p.widget and
            p.widget.startswith("Stay")}
    assert stay == {f"Stay{k}": LoaField.REMAINING_NUMBER for k in (1, 2, 3)}


def _parish_form() -> Sheet:
    s = a4("parish", "JM", "en", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, "Number port request", 13, bold=True)
    s.text(40, 768, "Customer name", 7.5, bold=True)
    s.widget("f1", 40, 750, 300, 15, "account_name")
    s.text(40, 728, "Town / District", 7.5, bold=True)
    s.widget("f2", 40, 710, 200, 15, "city")
    s.text(250, 728, "Parish", 7.5, bold=True)
    choice_widget(s, "f3", 250, 710, 120, ["Kingston", "St. Andrew", "St. Catherine"], "state")
    return s


def test_a_parish_drop_down_beside_the_town_is_set_to_the_region() -> None:
    """"Town / District" names the town (its "District" no part of a town then), so the bare
    "Parish" drop-down beside it is the region, set to the option "St. Andrew" for the case's
    "SAINT ANDREW" (it stayed empty: "Town / District" had been read as a part of a town)."""
    entry = make_entry(2, service_address={"line1": "4 Hope Road", "city": "Kingston",
                                           "state": "SAINT ANDREW", "country": "JM"},
                       numbers=["+18765550101", "+18765550102"], btn="+18765550101")
    result = fill_form(_parish_form().build()[0], values_from_case(case_from_entry(entry)),
                       "form.pdf")
    reader = PdfReader(io.BytesIO(result.pdf))
    [drop] = [a.get_object() for a in reader.pages[0]["/Annots"]
              if a.get_object().get("/T") == "f3"]
    assert drop["/V"] == "St. Andrew" and not int(drop.get("/F", 0)) & 2


# -- a form in two columns, the number sign ----------------------------------------------------------


def _two_columns() -> bytes:
    s = Sheet("cols", "PT", "pt", "", (842.0, 595.0), [])
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 560, "PEDIDO DE PORTABILIDADE", 13, bold=True)
    y = 500
    for left, right in (("Nome do titular", "NIF"), ("Cidade", "Código postal"),
                        ("Representante legal", "Cargo"), ("Telefone", "E-mail")):
        for x, label in ((40, left), (300, right)):
            s.text(x, y + 18, label, 7.5, bold=True)
            s.widget(f"L{label[:4]}", x, y, 100 if x == 300 else 240, 15, None)
        y -= 32
    s.text(430, 540, "Número de telefone", 7.5, bold=True)
    for r in range(8):
        s.frame(430, 522 - r * 18, 140, 18)
        s.widget(f"T{r + 1}", 431, 523 - r * 18, 138, 16, None)
    return s.build()[0]


def test_labels_over_the_left_columns_boxes_do_not_label_a_table_across_the_gutter() -> None:
    """"Código postal" over its own box in the left column, level with a numbers table's row
    on the right, is that box's label: not the label of the table's cell (a postcode had gone
    into the number list) and no unread label keeping the cell from being a slot."""
    analysis = analyse_form(_two_columns(), "form.pdf", country="PT", strict=False)
    table = {p.widget: p.field for p in analysis.placements if p.widget and
             p.widget.startswith("T")}
    assert table == {f"T{r + 1}": LoaField.NUMBER for r in range(8)}


def test_portuguese_labels_with_the_number_sign_read() -> None:
    """"N.º de conta / cliente" (Portuguese, the number sign) is the account number, "N.º de
    telefone" a phone number ("N.º" reads as two letters: the blanks had no label); "conta" is
    the account, not a phone number."""
    assert classify_in("N.º de conta / cliente", ("pt",)).field == LoaField.ACCOUNT_NUMBER
    assert classify_in("Número da conta", ("pt",)).field == LoaField.ACCOUNT_NUMBER
    assert classify_in("N.º de telefone", ("pt",)).field == LoaField.NUMBER
    assert classify_in("N° SIRET", ("fr",)).field == NOT_OURS  # guard


def _rows_beside_a_range_block() -> bytes:
    from tests.loaforms.round20_kit import code_rows

    s = a4("ranges", "DE", "de", [], "")
    s.text(40, 800, "Auftrag zur Rufnummernmitnahme", 13, bold=True)
    s.text(40, 760, "Zu portierende Rufnummern", 8, bold=True)
    slots = s.slot_group(ordered=True)
    names = iter(f"Feld{n}" for n in range(1, 40))
    code_rows(s, slots, 40, 750, 1, 4, ("Nr.", "Ortsvorwahl", "Rufnummer"), (24, 60, 150),
              widgets=names)
    s.text(320, 754, "Rufnummernblock (nur Anlagenanschluss)", 7.5, bold=True)
    for r in range(4):
        for k, (head, w) in enumerate((("von", 90), ("bis", 90), ("Anzahl", 40))):
            x = 320 + sum((90, 90, 40)[:k])
            if r == 0:
                s.frame(x, 734, w, 16)
                s.text(x + 3, 739, head, 7, bold=True)
            s.frame(x, 718 - 16 * r, w, 16)
            s.widget(next(names), x + 1, 719 - 16 * r, w - 2, 14, None)
    return s.build()[0]


def test_single_numbers_beside_a_block_of_ranges_are_two_tables() -> None:
    """"Nr. | Ortsvorwahl | Rufnummer" rows and, apart on the same rows, a "von | bis | Anzahl"
    block: the rows are single numbers (area code and number), the block stays empty. Read as
    one grid, the whole table was a table of ranges and every number was left out."""
    analysis = analyse_form(_rows_beside_a_range_block(), "form.pdf", country="DE", strict=False)
    fields = [p.field for p in analysis.placements if p.rect and p.rect[0] < 300
              and p.rect[1] < 740]
    assert fields.count(LoaField.NUMBER) == 4 and fields.count(LoaField.AREA_CODE) == 4
    assert not [p for p in analysis.placements if p.rect and p.rect[0] >= 320
                and p.rect[1] < 734]


def test_a_portuguese_authorisation_sentence_names_its_signer_title_company_and_account() -> None:
    """"Eu, ____, na qualidade de ____ da empresa ____, titular do contrato n.º ____": the
    signer, the title, the customer and the account number (only the operator had been read);
    "N.º do pedido" is a request number, not a phone number; "Reservado ao operador" is the
    office's panel."""
    from tests.loaforms.round5_kit import Gap, sentence

    s = a4("eu", "PT", "pt", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, "AUTORIZAÇÃO DE PORTABILIDADE", 13, bold=True)
    sentence(s, 40, 760, ["Eu,", Gap(170, None, "nome"), ", na qualidade de",
                          Gap(120, None, "cargo"), "da empresa", Gap(200, None, "empresa"),
                          ", titular do contrato n.º", Gap(110, None, "contrato"),
                          ", autorizo a portabilidade dos números indicados."], size=9,
             leading=22)
    analysis = analyse_form(s.build()[0], "form.pdf", country="PT", strict=False)
    fields = {p.field for p in analysis.placements}
    assert {LoaField.AUTHORIZED_NAME, LoaField.AUTHORIZED_TITLE, LoaField.ACCOUNT_NAME,
            LoaField.ACCOUNT_NUMBER} <= fields
    assert classify_in("N.º do pedido", ("pt",)).field == NOT_OURS
    from portdesk.loa.headingwords import OFFICE_USE
    from portdesk.loa.vocabulary import normalise

    assert OFFICE_USE.search(normalise("RESERVADO AO OPERADOR"))


def test_one_field_with_a_widget_on_two_pages_asks_one_value_in_both() -> None:
    """The customer's name field has a widget under "Raison sociale ou nom du titulaire" on
    page 1 and one beside a weak "Client" on page 2: one field, one value, in both places (the
    second was left empty, 'not sure enough')."""
    s = a4("twice", "FR", "fr", [], "")
    s.text(40, 800, "DEMANDE DE PORTABILITÉ", 13, bold=True)
    s.text(40, 772, "Raison sociale ou nom du titulaire", 7.5, bold=True)
    s.c.acroForm.textfield(name="Titulaire", x=40, y=754, width=300, height=15, borderWidth=0.5,
                           fontSize=9)
    s.next_page()
    s.text(40, 790, "Client", 8)
    s.c.acroForm.textfield(name="Titulaire", x=84, y=786, width=300, height=15,
                           borderWidth=0.5, fontSize=9)
    analysis = analyse_form(s.build()[0], "form.pdf", country="FR", strict=False)
    names = [p for p in analysis.placements if p.field == LoaField.ACCOUNT_NAME]
    assert {p.page for p in names} == {0, 1}
