"""Classes round 11 left open (issue 11, the round 13 filler), each drawn in the smallest form that
has it, in words of its own (not any round's forms'), each failing before its fix."""

from __future__ import annotations

import pytest

from portdesk.domain.entries import case_from_entry
from portdesk.loa.fields import values_from_case
from portdesk.loa.fill import FormAnalysis, analyse_form, fill_form
from portdesk.loa.formscan import Word, extract_words
from portdesk.loa.tickwords import check_field
from portdesk.loa.vocabulary import classify
from tests.loaforms.kit import Sheet, a4, letter
from tests.unit.loa.helpers import make_entry, widget_values, world_entry


def _mapped(pdf: bytes, country: str = "US") -> FormAnalysis:
    return analyse_form(pdf, "form.pdf", country=country)


def _three_box_rows(s: Sheet, top: float, rows: int, x: float = 60) -> None:
    """'n.  ( ___ ) ___ - ____' rows: a number written in three printed boxes."""
    for n in range(rows):
        y = top - 22 * n
        s.right_text(x, y + 4, f"{n + 1}.", 8)
        s.text(x + 6, y + 3, "(", 10)
        s.frame(x + 12, y, 30, 15)
        s.text(x + 45, y + 3, ")", 10)
        s.frame(x + 52, y, 30, 15)
        s.text(x + 85, y + 3, "-", 10)
        s.frame(x + 92, y, 40, 15)


def _written(pdf: bytes, y0: float, y1: float) -> list[Word]:
    return sorted((w for w in extract_words(pdf) if w.page == 0 and y0 <= w.y0 <= y1
                   and w.text.isdigit()), key=lambda w: (-w.y0, w.x0))


def _paper_list(name: str) -> Sheet:
    s = letter(name, "US", "en", [], "")
    s.text(40, 740, "TELEPHONE NUMBERS TO BE TRANSFERRED", 10, bold=True)
    _three_box_rows(s, 700, 3)
    return s


def test_a_number_in_three_boxes_is_one_slot_written_a_part_a_box() -> None:
    pdf, _truth = _paper_list("three-boxes").build()
    analysis = _mapped(pdf)
    slots = sorted((p for p in analysis.placements if p.field.value == "number"),
                   key=lambda p: p.slot or 0)
    assert [p.slot for p in slots] == [0, 1, 2] and all(len(p.boxes) == 3 for p in slots)
    assert slots[0].rect is not None and slots[0].rect[3] > slots[1].rect[3]  # "1." on top
    entry = make_entry(2)  # +1 212 555 0100, 0101: the third row stays empty
    filled = fill_form(pdf, values_from_case(case_from_entry(entry)), "f.pdf").pdf
    got = _written(filled, 690, 716)
    assert [w.text for w in got] == ["212", "555", "0100"]
    boxes = [(72, 102), (112, 142), (152, 192)]
    assert all(x0 < w.x0 and w.x1 < x1 for w, (x0, x1) in zip(got, boxes, strict=True))
    assert [w.text for w in _written(filled, 668, 694)] == ["212", "555", "0101"]
    assert not _written(filled, 640, 672)


def test_a_number_of_another_plan_is_never_cut_into_the_boxes() -> None:
    pdf, _truth = _paper_list("three-boxes-uk").build()
    result = fill_form(pdf, values_from_case(case_from_entry(world_entry("GB"))), "f.pdf")
    assert not _written(result.pdf, 640, 716)
    assert any("( ) - boxes" in p for p in result.problems)


def test_three_boxes_with_words_between_them_are_three_blanks() -> None:
    s = letter("city-state-zip", "US", "en", [], "")
    s.text(40, 740, "Telephone numbers", 10, bold=True)
    s.text(40, 704, "City", 8)
    s.frame(60, 700, 30, 15)
    s.text(94, 704, "ST", 8)
    s.frame(108, 700, 30, 15)
    s.text(142, 704, "Zip", 8)
    s.frame(158, 700, 40, 15)
    analysis = analyse_form(s.build()[0], "form.pdf", strict=False)
    assert not any(p.boxes for p in analysis.placements)


def test_date_boxes_with_slashes_or_dashes_are_no_number_boxes() -> None:
    s = letter("date-boxes", "US", "en", [], "")
    s.text(40, 740, "Desired due date", 8)
    for n, sep in enumerate(("/", "-")):
        y = 700 - 40 * n
        s.frame(60, y, 30, 15)
        s.text(94, y + 3, sep, 10)
        s.frame(100, y, 30, 15)
        s.text(134, y + 3, sep, 10)
        s.frame(140, y, 40, 15)
    analysis = analyse_form(s.build()[0], "form.pdf", strict=False)
    assert not any(p.boxes for p in analysis.placements)


@pytest.mark.parametrize("label", ["Customer required date (CRD) DD/MM/YYYY:", "CRD",
                                   "Date required", "Required completion date",
                                   "Go-live date", "Switchover date", "RFS date"])
def test_required_dates_are_the_requested_date(label: str) -> None:
    read = classify(label)
    assert read is not None and read.field.value == "requested_date"


@pytest.mark.parametrize("label", ["Required documents", "Signature date required",
                                   "Date of birth required", "Port date agreed"])
def test_other_required_things_are_not_the_requested_date(label: str) -> None:
    read = classify(label)
    assert read is None or read.field != "requested_date"


@pytest.mark.parametrize(("label", "tick"), [
    ("my home", "residential"), ("Our household", "residential"), ("a business", "business"),
    ("Full (all lines on the bill)", "full_port"), ("Complete", "full_port"),
    ("Are you keeping any numbers with us?", "partial_port"),
    ("Will some of your lines remain active?", "partial_port")])
def test_tick_wordings(label: str, tick: str) -> None:
    assert str(check_field(label)) == tick


@pytest.mark.parametrize("label", ["Home phone", "Home address", "Full name", "Full legal name",
                                   "Business hours", "Individual", "Numbers that stay"])
def test_tick_wordings_that_are_not_ours(label: str) -> None:
    assert check_field(label) is None


@pytest.mark.parametrize("label", ["Best phone to reach you", "Daytime phone",
                                   "Téléphone de la personne-ressource",
                                   "Tel. on which we can reach you"])
def test_phones_for_reaching_the_customer(label: str) -> None:
    read = classify(label)
    assert read is not None and read.field.value == "contact_phone"


def test_will_any_numbers_stay_yes_is_a_partial_port() -> None:
    s = a4("stay-question", "GB", "en", [], "")
    s.text(40, 760, "Do any of your lines remain with your current supplier?", 8)
    s.tick(300, 759, None, "Yes")
    s.tick(350, 759, None, "No")
    got = {p.field.value for p in _mapped(s.build()[0], "GB").placements}
    assert {"partial_port", "full_port"} <= got


def test_a_number_typed_into_three_widgets_gets_a_part_in_each() -> None:
    s = letter("three-widgets", "US", "en", [], "")
    s.text(40, 704, "Callback number", 8)
    s.text(150, 703, "(", 10)
    s.widget("F1", 156, 700, 26, 14, None)
    s.text(185, 703, ")", 10)
    s.widget("F2", 192, 700, 26, 14, None)
    s.text(221, 703, "-", 10)
    s.widget("F3", 228, 700, 36, 14, None)
    pdf, _truth = s.build()
    filled = fill_form(pdf, values_from_case(case_from_entry(make_entry(2))), "f.pdf").pdf
    got = widget_values(filled)
    assert (got["F1"], got["F2"], got["F3"]) == ("212", "555", "0199")  # contact 212-555-0199


def _cells(s: Sheet, x: float, y: float, widths: list[float], h: float = 16) -> None:
    for w in widths:
        s.frame(x, y, w, h)
        x += w


def test_area_code_columns_of_two_tables_side_by_side_belong_to_their_own_table() -> None:
    s = letter("area-tables", "US", "en", [], "")
    s.text(40, 760, "NUMBERS TO PORT", 10, bold=True)
    for x0, first in ((40, 1), (320, 3)):
        s.text(x0 + 2, 740, "#", 7)
        s.text(x0 + 26, 740, "Area code", 7)
        s.text(x0 + 86, 740, "Local number", 7)
        for r in range(2):
            y = 720 - 16 * r
            _cells(s, x0, y, [22, 60, 160])
            s.text(x0 + 8, y + 4, str(first + r), 8)
    s.text(40, 672, "Numbers that stay with the old company:", 8)
    s.frame(230, 668, 300, 16)
    pdf, _truth = s.build()
    entry = make_entry(3)  # 212 555 0100..0102: the right table's second row stays empty
    filled = fill_form(pdf, values_from_case(case_from_entry(entry)), "f.pdf").pdf
    words = [w for w in extract_words(filled) if w.page == 0 and w.y0 > 690]
    right = sorted((w for w in words if w.x0 > 335 and w.text[:1].isdigit()),
                   key=lambda w: -w.y0)
    assert [w.text for w in right] == ["212", "555-0102"]


def test_a_name_asked_only_if_different_stays_empty() -> None:
    s = a4("if-different-name", "GB", "en", [], "")
    s.text(40, 760, "Account name", 8)
    s.widget("holder", 150, 756, 250, 15, None)
    s.text(40, 730, "Name on the old account, if different from above", 8)
    s.widget("other", 280, 726, 250, 15, None)
    got = {p.widget: p.field.value for p in _mapped(s.build()[0], "NZ").placements}
    assert got.get("holder") == "account_name" and "other" not in got


def test_a_person_row_headed_at_its_left_only_if_different_stays_empty() -> None:
    s = letter("side-heading", "US", "en", [], "")
    s.band(40, 770, 530, "CONTACTS", 9)
    s.text(40, 744, "Authorized signer", 8, bold=True)
    s.text(150, 744, "Name", 8)
    s.widget("as_name", 180, 740, 150, 15, None)
    s.text(40, 714, "Billing contact", 8, bold=True)
    s.text(40, 705, "(if different)", 6.5)
    s.text(150, 714, "Name", 8)
    s.widget("bc_name", 180, 710, 150, 15, None)
    got = {p.widget: p.field.value for p in _mapped(s.build()[0]).placements}
    assert "bc_name" not in got and got.get("as_name") == "authorized_name"


def test_suburb_beside_a_city_blank_is_not_the_town_but_alone_it_is() -> None:
    both = a4("suburb-city", "GB", "en", [], "")
    both.text(40, 760, "Street", 8)
    both.widget("st", 120, 756, 250, 15, None)
    both.text(40, 740, "Suburb", 8)
    both.widget("sub", 120, 736, 150, 15, None)
    both.text(300, 740, "City", 8)
    both.widget("city", 340, 736, 150, 15, None)
    got = {p.widget: p.field.value for p in _mapped(both.build()[0], "NZ").placements}
    assert got.get("city") == "city" and "sub" not in got
    alone = a4("suburb", "GB", "en", [], "")
    alone.text(40, 760, "Street", 8)
    alone.widget("st", 120, 756, 250, 15, None)
    alone.text(40, 740, "Suburb", 8)
    alone.widget("sub", 120, 736, 150, 15, None)
    got = {p.widget: p.field.value for p in _mapped(alone.build()[0], "AU").placements}
    assert got.get("sub") == "city"


@pytest.mark.parametrize(("label", "field"), [
    ("Företagsnamn", "account_name"), ("Postnummer", "postal_code"), ("Postort", "city"),
    ("Underskrift", "signature"), ("Namnförtydligande", "authorized_name"),
    ("Titel", "authorized_title"), ("E-postadress", "contact_email"),
    ("Önskat datum för flytten", "requested_date"), ("Kundnummer", "account_number"),
    ("Personnummer", "not_ours"), ("LSP name", "carrier"), ("GSP", "not_ours"),
    ("Fecha de solicitud", "date_signed"), ("Entidad federativa", "state"),
    ("Proveedor donador", "carrier")])
def test_swedish_oceanian_and_mexican_labels(label: str, field: str) -> None:
    read = classify(label)
    assert read is not None and str(read.field) == field


@pytest.mark.parametrize(("label", "tick"), [
    ("Persona física", "residential"), ("Persona moral", "business"),
    ("¿Conservará alguna línea con su compañía actual?", "partial_port"),
    ("Alla nummer", "full_port"), ("Endast följande", "partial_port")])
def test_more_tick_wordings(label: str, tick: str) -> None:
    assert str(check_field(label)) == tick


def test_a_year_written_aaaa_with_a_ring_sets_the_date_format() -> None:
    s = a4("iso-date", "GB", "en", [], "")
    s.text(40, 760, "Önskat datum (ÅÅÅÅ-MM-DD)", 8)
    s.widget("when", 200, 756, 100, 15, None)
    pdf, _truth = s.build()
    entry = world_entry("GB", requested_date="2027-03-09")
    values = values_from_case(case_from_entry(entry))
    filled = fill_form(pdf, values, "f.pdf").pdf
    assert widget_values(filled)["when"] == "2027-03-09"


def _two_boxes(s: Sheet, label: str, x: float, y: float) -> None:
    s.text(x, y + 18, label, 7)
    s.frame(x, y, 12, 15)
    s.frame(x + 12, y, 12, 15)


def test_a_two_box_comb_takes_a_state_code_and_nothing_else() -> None:
    s = letter("two-box-state", "US", "en", [], "")
    s.text(40, 760, "Service address", 7)
    s.frame(40, 740, 300, 16)
    s.text(40, 712, "City", 7)
    s.frame(40, 694, 200, 16)
    _two_boxes(s, "State", 260, 694)
    _two_boxes(s, "Ext.", 320, 694)
    pdf, _truth = s.build()
    analysis = analyse_form(pdf, "form.pdf")
    combs = {p.field.value: p.comb for p in analysis.placements if p.comb}
    assert combs == {"state": 2}
    filled = fill_form(pdf, values_from_case(case_from_entry(make_entry(2))), "f.pdf").pdf
    letters = sorted((w for w in extract_words(filled) if w.page == 0 and 694 <= w.y0 <= 710
                      and w.x0 >= 258), key=lambda w: w.x0)
    assert "".join(w.text for w in letters) == "IL"


def test_numbers_that_will_stay() -> None:
    read = classify("Numbers that will stay in service with us:")
    assert read is not None and read.field.value == "remaining_numbers"


def test_the_label_over_a_blank_is_read_from_the_print_over_it() -> None:
    """A caption right over a box shares its printed line with a larger label far left that
    hangs lower: the line is still the box's label (labels.above, as below() reads captions)."""
    from portdesk.loa.labels import PageText
    words = [Word("Account", 0, 40, 692, 90, 708), Word("holder:", 0, 92, 692, 140, 708),
             Word("Date", 0, 300, 700, 318, 706)]
    text = PageText(words)
    assert [ln.text for ln in text.above((300, 680, 400, 698))] == ["Date"]


def test_number_boxes_whose_label_reads_no_phone_stay_empty_and_are_said() -> None:
    s = letter("boxes-account", "US", "en", [], "")
    s.text(40, 704, "Account number", 8)
    s.text(150, 703, "(", 10)
    s.frame(156, 700, 26, 14)
    s.text(185, 703, ")", 10)
    s.frame(192, 700, 26, 14)
    s.text(221, 703, "-", 10)
    s.frame(228, 700, 36, 14)
    s.text(40, 674, "Customer name", 8)
    s.frame(150, 670, 200, 14)
    analysis = _mapped(s.build()[0])
    assert not any(p.boxes for p in analysis.placements)
    assert any("'( ) -' are a phone number's" in r.reason for r in analysis.review)


@pytest.mark.parametrize(("label", "field"), [
    ("Firmanavn", "account_name"), ("Gateadresse", "street"), ("Poststed", "city"),
    ("Kundenummer", "account_number"), ("Hovednummer", "btn"), ("Stilling", "authorized_title"),
    ("Ønsket dato", "requested_date"), ("Localidade", "city"), ("Logradouro", "street"),
    ("CEP", "postal_code"), ("Razão social", "account_name"), ("Operadora atual", "carrier"),
    ("N.º de contrato", "account_number"), ("Miejscowość", "city"), ("Kod pocztowy", "postal_code"),
    ("Nazwa operatora", "carrier"), ("Numer klienta", "account_number"), ("Podpis", "signature"),
    ("Imię i nazwisko osoby upoważnionej", "authorized_name"), ("PESEL", "not_ours"),
    ("NIP / PESEL", "not_ours"), ("Signature of witness", "not_ours"), ("Signed at", "not_ours"),
    ("Second signatory's name", "not_ours"), ("Unterschrift (zweite Person)", "not_ours"),
    ("Numre som blir værende hos tilbyder", "remaining_numbers"),
    ("Indique os números que se mantêm", "remaining_numbers")])
def test_norwegian_portuguese_polish_and_other_parties_labels(label: str, field: str) -> None:
    read = classify(label)
    assert read is not None and str(read.field) == field


@pytest.mark.parametrize(("label", "tick"), [
    ("Pessoa jurídica", "business"), ("Pessoa física", "residential"),
    ("Klient indywidualny", "residential"), ("Nei - bare numrene nedenfor", "partial_port"),
    ("Skal alle numrene overføres?", "full_port"), ("Deseja manter algum número?", "partial_port"),
    ("Czy wszystkie numery mają zostać przeniesione?", "full_port")])
def test_tick_wordings_of_batch_two_and_three_languages(label: str, tick: str) -> None:
    assert str(check_field(label)) == tick


def test_a_date_captioned_ccyy_mm_dd_is_written_year_first() -> None:
    s = a4("ccyy", "GB", "en", [], "")
    s.text(40, 760, "Date", 8)
    s.widget("when", 150, 756, 100, 15, None)
    s.text(255, 760, "(CCYY/MM/DD)", 7)
    analysis = analyse_form(s.build()[0], "form.pdf", country="GB")
    assert [p.fmt for p in analysis.placements if p.widget == "when"] == ["%Y/%m/%d"]


def test_a_column_asked_only_if_different_stays_empty() -> None:
    s = letter("column-if-different", "US", "en", [], "")
    s.text(40, 760, "NUMBERS TO PORT", 10, bold=True)
    s.text(64, 742, "Telephone number", 7)
    s.text(266, 742, "Service address if different", 7)
    for r in range(3):
        s.text(44, 724 - 15 * r, str(r + 1), 7)
        s.widget(f"n{r}", 62, 720 - 15 * r, 200, 13, None)
        s.widget(f"a{r}", 264, 720 - 15 * r, 300, 13, None)
    got = {p.widget: p.field.value for p in _mapped(s.build()[0]).placements}
    assert got.get("n0") == "number" and not any(k.startswith("a") for k in got)


def test_a_label_in_two_languages_on_two_lines_is_read_by_its_first() -> None:
    s = letter("two-languages", "CA", "en", [], "")
    s.band(40, 776, 530, "CURRENT PROVIDER / FOURNISSEUR ACTUEL", 9)
    s.text(40, 760, "Provider", 8, bold=True)
    s.text(40, 752, "Fournisseur", 7)
    s.widget("lc", 40, 734, 200, 15, None)
    s.text(300, 760, "Date", 8, bold=True)
    s.text(300, 752, "Date", 7)
    s.widget("ds", 300, 734, 120, 15, None)
    s.text(300, 724, "Title", 8, bold=True)
    s.text(300, 716, "Titre", 7)
    s.widget("tt", 300, 698, 200, 15, None)
    got = {p.widget: p.field.value for p in _mapped(s.build()[0], "CA").placements}
    assert got.get("ds") == "date_signed" and got.get("tt") == "authorized_title"
    assert got.get("lc") == "carrier"


def test_tick_labels_over_a_label_line_are_not_part_of_that_label() -> None:
    s = a4("ticks-over-label", "GB", "en", [], "")
    s.tick(40, 770, None, "Signed up as a company")
    s.tick(200, 770, None, "Private")
    s.text(40, 754, "Company name", 8)
    s.widget("cn", 40, 736, 300, 15, None)
    got = {p.widget: p.field.value for p in _mapped(s.build()[0], "GB").placements}
    assert got.get("cn") == "account_name"


def test_a_date_written_on_short_lines_between_slashes_is_found() -> None:
    s = a4("short-date-lines", "GB", "en", [], "")
    s.text(40, 760, "Preferred transfer date (dd/mm/yyyy):", 8)
    x = 210
    for n, width in enumerate((20, 20, 36)):
        s.rule(x, 758, x + width)
        x += width
        if n < 2:
            s.text(x + 3, 760, "/", 10)
            x += 12
    s.rule(60, 700, 76)  # a short rule alone is decoration, no blank
    analysis = analyse_form(s.build()[0], "form.pdf", country="GB")
    parts = sorted(p.part for p in analysis.placements if p.field.value == "requested_date")
    assert parts == ["day", "month", "year"]


def test_a_widget_name_is_not_made_sure_by_the_section_when_its_printed_label_is_unread() -> None:
    s = a4("unread-label", "GB", "en", [], "")
    s.band(40, 780, 515, "CUSTOMER DETAILS", 9)
    s.text(40, 760, "Customer name", 8)
    s.widget("Field0", 160, 756, 300, 15, None)
    s.text(40, 740, "Tax reference", 8)
    s.widget("Customer name", 160, 736, 150, 15, None)  # named after the label above it
    s.text(40, 720, "Name (as in passport)", 8)
    s.widget("Field2", 160, 716, 300, 15, None)
    got = {p.widget: p.field.value for p in _mapped(s.build()[0], "GB").placements}
    assert got.get("Field0") == "account_name" and "Customer name" not in got
    assert got.get("Field2") == "authorized_name"


def _grouped_comb(s: Sheet, x: float, y: float, groups: list[int], cell: float = 12) -> None:
    for count in groups:
        for n in range(count):
            s.frame(x + n * cell, y, cell, 15)
        x += count * cell + 6


def test_a_number_in_a_comb_of_groups_is_written_as_the_boxes_count_it() -> None:
    s = a4("grouped-comb", "GB", "en", [], "")
    s.text(40, 770, "NUMBERS TO BE PORTED", 10, bold=True)
    for r in range(3):
        s.right_text(60, 744 - 22 * r, f"{r + 1}.", 8)
        _grouped_comb(s, 64, 740 - 22 * r, [3, 3, 4])
    pdf, _truth = s.build()
    entry = world_entry("GB", numbers=["+27215550123", "+27215550124"],
                        service_address={"line1": "1 Long St", "city": "Cape Town",
                                         "postal_code": "8001", "country": "ZA"})
    entry["btn"] = entry["numbers"][0]
    filled = fill_form(pdf, values_from_case(case_from_entry(entry)), "f.pdf").pdf
    rows = [sorted((w for w in extract_words(filled) if w.page == 0 and w.text.isdigit()
                    and abs(w.y0 - (742 - 22 * r)) < 6), key=lambda w: w.x0) for r in range(3)]
    assert "".join(w.text for w in rows[0]) == "0215550123"
    assert "".join(w.text for w in rows[1]) == "0215550124" and not rows[2]
    first = rows[0]
    assert first[3].x0 - first[2].x1 > 6  # the fourth digit sits in the second group's box


def test_a_comb_too_short_for_the_number_stays_empty() -> None:
    s = a4("short-comb", "GB", "en", [], "")
    s.text(40, 770, "Telephone number", 8)
    _grouped_comb(s, 150, 766, [2, 4])
    pdf, _truth = s.build()
    result = fill_form(pdf, values_from_case(case_from_entry(world_entry("GB"))), "f.pdf")
    assert not [w for w in extract_words(result.pdf) if w.page == 0 and w.text.isdigit()]


def test_a_name_read_only_from_a_tooltip_numbered_two_is_a_second_persons() -> None:
    s = a4("second-person-tooltip", "GB", "en", [], "")
    s.text(40, 760, "Customer name", 8)
    s.widget("f1", 150, 756, 300, 15, None)
    s.widget("f2", 40, 700, 200, 15, None, tooltip="Signer name")
    s.widget("f3", 300, 700, 200, 15, None, tooltip="Signer name 2")
    got = {p.widget: p.field.value for p in _mapped(s.build()[0], "GB").placements}
    assert got.get("f2") == "authorized_name" and "f3" not in got
