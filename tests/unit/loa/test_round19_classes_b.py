"""Classes of issue 11 fixed on round 19 (branch b: the Manx, Liechtenstein and Texan forms, and
round 20's attachment slots): each drawn here in the smallest form or label that has it, in
words of its own (not any round's forms'), and failing on the code before its fix."""

from __future__ import annotations

import pytest

from portdesk.loa.fill import analyse_form
from portdesk.loa.tickwords import check_field
from portdesk.loa.vocabulary import classify_in
from tests.loaforms.kit import a4, letter
from tests.loaforms.round3_kit import cell
from tests.loaforms.round5_kit import Gap, numbered_slots, sentence
from tests.loaforms.round10_kit import comb_widget
from tests.loaforms.round14_kit import office_panel, unicode_a4


def _placed(pdf: bytes, country: str) -> list[tuple[str, int, float, float]]:
    analysis = analyse_form(pdf, "form.pdf", country=country, strict=False)
    return [(p.field.value, p.page, p.x, p.y) for p in analysis.placements]


def _by_widget(pdf: bytes, country: str) -> dict[str, str]:
    analysis = analyse_form(pdf, "form.pdf", country=country, strict=False)
    return {p.widget: p.field.value for p in analysis.placements if p.widget}


def test_a_panel_title_does_not_govern_the_signature_under_the_panel() -> None:
    """A grey "For office use" panel, then "Signature ____ Date ____" at the page's foot, under
    the panel's frame: the box closes its title's section; the signer signs and dates there."""
    s = a4("panel-then-foot", "GB", "en", [], "")
    cell(s, "Account holder", 40, 760, 300, "account_name")
    cell(s, "Account no.", 340, 760, 200, "account_number")
    s.para(40, 720, "I authorise the new provider to move the numbers of this account to it "
           "and to tell my current provider so on my behalf.", 500, 8)
    office_panel(s, 40, 110, 515, "For Harbour Lines use", ["Ref.", "Checked", "Entered"],
                 h=40)
    s.sign_line("Signature", 40, 66, 300)
    s.blank("Date", 330, 66, 555, "date_signed")
    fields = [f for f, page, _x, y in _placed(s.build()[0], "GB") if y < 100]
    assert "signature" in fields and "date_signed" in fields


def test_numbered_lines_under_an_attachment_title_past_a_labelled_box_are_number_slots() -> None:
    """Page 2: "Annex - further numbers" as its title, the customer's name box repeated under
    it, then lines numbered 9-16: the box's label heads no column; the title governs the lines."""
    s = a4("annex-past-box", "GB", "en", [], "")
    slots = s.slot_group(ordered=True)
    s.text(40, 790, "Customer", 9)
    s.widget("cust", 120, 786, 250, 15, "account_name")
    s.text(40, 760, "Numbers to move", 9, bold=True)
    numbered_slots(s, slots, 40, 740, cols=2, rows=4, col_w=250, down=True, row_h=19)
    s.next_page()
    s.text(40, 790, "Annex - further numbers", 13, bold=True)
    s.text(40, 768, "Customer", 7)
    s.widget("cust2", 40, 750, 300, 15, "account_name")
    numbered_slots(s, slots, 40, 728, cols=2, rows=4, col_w=250, first=9, down=True, row_h=19)
    on_page_2 = [f for f, page, _x, _y in _placed(s.build()[0], "GB") if page == 1]
    assert on_page_2.count("number") == 8


def test_single_numbers_under_a_row_of_block_boxes_are_no_range_table() -> None:
    """'Block  from [__] to [__]' on its own rows, then 'Numbers' (left of the grid) over numbered
    widgets: the block row's words head no column of the grid under it."""
    s = a4("block-then-singles", "DE", "de", [], "")
    s.text(40, 780, "Anschlussinhaber", 8)
    s.widget("inhaber", 160, 776, 300, 14, "account_name")
    s.text(40, 750, "Nummernblock", 8, bold=True)
    for k in range(2):
        s.text(140, 750 - 18 * k, "von", 8)
        s.widget(f"von{k}", 162, 746 - 18 * k, 150, 14, None)
        s.text(322, 750 - 18 * k, "bis", 8)
        s.widget(f"bis{k}", 340, 746 - 18 * k, 150, 14, None)
    s.text(40, 704, "Rufnummern", 8, bold=True)
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, 682, cols=2, rows=3, col_w=250, down=False, row_h=18,
                   names=[f"Nr{n}" for n in range(1, 7)])
    fields = _by_widget(s.build()[0], "DE")
    assert [fields.get(f"Nr{n}") for n in range(1, 7)] == ["number"] * 6
    assert not any(fields.get(f"{w}{k}") for w in ("von", "bis") for k in range(2))


def test_postcode_and_town_label_over_a_comb_and_a_box_gives_each_its_part() -> None:
    """'Postcode / Town  [_|_|_|_] [__________]' on widgets named by the tool: one label over
    a postcode comb and the town's box after it; the comb takes the postcode, the box the town
    (not the whole locality squeezed into four cells)."""
    s = a4("postcode-town-row", "GB", "en", [], "")
    s.text(40, 780, "Customer name", 8)
    s.widget("Text1", 160, 776, 300, 14, "account_name")
    s.text(40, 756, "Street", 8)
    s.widget("Text2", 160, 752, 300, 14, "street")
    s.text(40, 732, "Postcode / Town", 8)
    comb_widget(s, "Text3", 160, 728, 4, "postal_code", h=14)
    s.widget("Text4", 218, 728, 200, 14, "city")
    fields = _by_widget(s.build()[0], "GB")
    assert fields.get("Text3") == "postal_code"
    assert fields.get("Text4") == "city"


@pytest.mark.parametrize(("label", "concept"), [
    # a joint member or holder signs beside the customer's signer: not ours
    ("Co-holder: joint account holder signature", "not_ours"),
    ("Printed name of joint subscriber", "not_ours"),
    # the customer's name "exactly as it appears on" a bill or invoice
    ("Name exactly as it appears on your latest invoice", "account_name"),
    ("Full name exactly as on the account", "account_name"),
])
def test_round19_english_wordings(label: str, concept: str) -> None:
    read = classify_in(label, ("en",))
    assert read is not None and str(read.field.value if hasattr(read.field, "value")
                                    else read.field) == concept


def test_residence_tick_is_the_residential_customer() -> None:
    """'( ) Commercial  ( ) Residence': the household, on an English form."""
    assert check_field("Residence") is not None and check_field("Residence").value == \
        "residential"  # type: ignore[union-attr]
    assert check_field("Residence address") is None


def test_a_joint_members_blanks_beside_the_signer_stay_empty() -> None:
    """The signer's signature and printed name, then a joint member's signature and printed
    name on the row under them: ours are filled, the joint member's stay empty."""
    s = letter("joint-member", "US", "en", [], "")
    s.text(40, 720, "Account name", 9)
    s.widget("acct", 150, 716, 250, 15, "account_name")
    s.text(40, 690, "Signature", 9)
    s.widget("sig", 150, 680, 220, 24, "signature")
    s.text(40, 650, "Printed name", 9)
    s.widget("pn", 150, 646, 220, 15, "authorized_name")
    s.text(40, 610, "Joint holder signature", 9)
    s.widget("jsig", 170, 600, 200, 24, None)
    s.text(40, 570, "Joint holder printed name", 9)
    s.widget("jpn", 170, 566, 200, 15, None)
    fields = _by_widget(s.build()[0], "US")
    assert fields.get("pn") == "authorized_name"
    assert "jpn" not in fields and "jsig" not in fields


def test_a_vietnamese_signing_date_on_short_lines_after_the_place() -> None:
    """'________, ngày __ tháng __ năm ____' under the undertaking, each part on its own short
    drawn line (22 points, shorter than a line to write on): the place, then the day, month and
    year the form is signed."""
    s = unicode_a4("vn-date-lines", "VN", "vi", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 790, "Tên khách hàng", 9)
    s.widget("ten", 170, 786, 300, 15, "account_name")
    s.right_text(555, 810, "Mẫu đơn CM-07", 8)
    s.para(40, 730, "Khách hàng xác nhận các thông tin trên là đúng và đồng ý chuyển các số "
           "điện thoại nêu trên sang nhà mạng mới.", 500, 8)
    y, x = 690.0, 300.0
    s.rule(x, y - 2, x + 80)
    x = s.text(x + 82, y, ", ngày", 8.5) + 3
    for w, word in ((22, "tháng"), (22, "năm"), (36, "")):
        s.rule(x, y - 2, x + w)
        x += w + 3
        if word:
            x = s.text(x, y, word, 8.5) + 3
    analysis = analyse_form(s.build()[0], "form.pdf", country="VN", strict=False)
    parts = sorted(p.part for p in analysis.placements if p.field.value == "date_signed")
    assert parts == ["day", "month", "year"]


def test_a_requested_date_inside_a_sentence_about_moving_the_numbers() -> None:
    """"Kindly move the lines listed here from ____ (DD/MM/YYYY) onwards": the sentence is about
    the numbers, the blank after "from" with a date's format after it is the requested date."""
    s = letter("date-in-sentence", "US", "en", [], "")
    s.text(40, 720, "Business name", 9)
    s.widget("biz", 150, 716, 250, 15, "account_name")
    sentence(s, 40, 680, ["Kindly port the lines listed on this page from",
                          Gap(90, "requested_date", "requested date"),
                          "(MM/DD/YYYY) onwards, or as soon as the losing carrier allows."],
             size=8.5, right=572)
    fields = [f for f, _page, _x, y in _placed(s.build()[0], "US") if 670 < y < 700]
    assert fields == ["requested_date"]


def test_a_contact_person_and_a_separate_signatory_both_take_the_signers_name() -> None:
    """'Contact person' over its widget in the customer's block, 'Printed name of signatory'
    beside the signature further down: the case's one person is both; the name goes in each."""
    s = letter("contact-and-signatory", "US", "en", [], "")
    s.text(40, 732, "Company name", 7)
    s.widget("co", 40, 714, 300, 15, "account_name")
    s.text(40, 700, "Contact person", 7)
    s.widget("cn", 40, 682, 200, 15, "authorized_name")
    s.text(250, 700, "Contact phone", 7)
    s.widget("cp", 250, 682, 150, 15, "contact_phone")
    s.text(40, 600, "Signature", 9)
    s.widget("sig", 150, 590, 220, 24, "signature")
    s.text(40, 560, "Printed name of signatory", 9)
    s.widget("so", 170, 556, 200, 15, "authorized_name")
    fields = _by_widget(s.build()[0], "US")
    assert fields.get("so") == "authorized_name"
    assert fields.get("cn") == "authorized_name"


def test_a_blank_wrapped_to_a_line_start_takes_the_words_after_the_last_blank_above() -> None:
    """"Yo, ____, con pasaporte ____, en calidad de" then, wrapped, "____ de la sociedad ____":
    the wrapped blank is the title the words after the last blank above lead into, not the
    signer named by the "Yo," printed over it at the start of the line above."""
    s = a4("wrapped-title", "ES", "es", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 790, "Operador actual", 9)
    s.widget("donante", 160, 786, 200, 15, "carrier")
    sentence(s, 40, 750, ["Yo,", Gap(170, "authorized_name", "nombre"), ", con pasaporte",
                          Gap(90, None, "pasaporte"), ", en calidad de",
                          Gap(120, "authorized_title", "calidad"), "de la sociedad",
                          Gap(230, "account_name", "sociedad"),
                          ", pido el traslado de mis números."], size=8.5, right=555)
    placed = _placed(s.build()[0], "ES")
    titles = [(x, y) for f, _page, x, y in placed if f == "authorized_title"]
    names = [(x, y) for f, _page, x, y in placed if f == "authorized_name"]
    assert len(titles) == 1 and titles[0][1] < 740  # on the wrapped line
    assert len(names) == 1 and names[0][1] > 745  # after "Yo," on the first line
