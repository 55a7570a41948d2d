"""Classes of issue 11 fixed in round 20 (known leftovers first, then round 20's tuning batches
by class): each drawn here in the smallest form or label that has it, in words of its own (not
any round's forms'), and failing on the code before its fix."""

from __future__ import annotations

import pytest

from portdesk.loa.fields import LoaField
from portdesk.loa.fill import analyse_form
from portdesk.loa.vocabulary import NOT_OURS, classify_in
from tests.loaforms.kit import a4, letter
from tests.loaforms.round14_kit import unicode_a4


def _fields(pdf: bytes, country: str) -> dict[str, str]:
    analysis = analyse_form(pdf, "form.pdf", country=country, strict=False)
    return {p.widget or p.target(): p.field.value for p in analysis.placements}


def _read(text: str, *languages: str) -> LoaField | str | None:
    read = classify_in(text, tuple(languages))
    return read.field if read is not None else None


# -- languages without a lexicon until now: broad vocabulary, by language ------------------------

@pytest.mark.parametrize(("label", "language", "concept"), [
    ("Yetkili kişinin adı soyadı", "tr", LoaField.AUTHORIZED_NAME),
    ("Mevcut işletmeci", "tr", LoaField.CARRIER),
    ("Müşteri numarası", "tr", LoaField.ACCOUNT_NUMBER),
    ("Vergi kimlik numarası", "tr", NOT_OURS),
    ("Alıcı işletmeci", "tr", NOT_OURS),
    ("İlçe", "tr", LoaField.CITY),
    ("İl", "tr", LoaField.STATE),
    ("Posta kodu", "tr", LoaField.POSTAL_CODE),
    ("İrtibat telefonu", "tr", LoaField.CONTACT_PHONE),
    ("Tên doanh nghiệp", "vi", LoaField.ACCOUNT_NAME),
    ("Nhà mạng hiện tại", "vi", LoaField.CARRIER),
    ("Chức danh", "vi", LoaField.AUTHORIZED_TITLE),
    ("Mã số thuế", "vi", NOT_OURS),
    ("Mã bưu chính", "vi", LoaField.POSTAL_CODE),
    ("Chữ ký và đóng dấu", "vi", LoaField.SIGNATURE),
    ("Kundanummar", "fo", LoaField.ACCOUNT_NUMBER),
    ("Postnummar og býur", "fo", LoaField.LOCALITY),
    ("Núverandi veitari", "fo", LoaField.CARRIER),
    ("V-tal", "fo", NOT_OURS),
])
def test_a_language_without_a_lexicon_until_now_is_read_in_its_own_words(
        label: str, language: str, concept: LoaField | str) -> None:
    assert _read(label, language) == concept


def test_a_turkish_second_signatory_is_not_ours_even_beside_a_signature_word() -> None:
    """"İkinci yetkili imza": a second signatory's signature, not the customer's."""
    assert _read("İkinci yetkili imzası", "tr") == NOT_OURS
    assert _read("Yetkili imzası", "tr") == LoaField.SIGNATURE


# -- per-round language rules read only on a form in their language ------------------------------

@pytest.mark.parametrize(("label", "language", "concept"), [
    ("Kunta", "fi", LoaField.CITY), ("Obec", "cs", LoaField.CITY),
    ("Kelt", "hu", LoaField.DATE_SIGNED), ("Selskab", "da", LoaField.CARRIER)])
def test_a_per_round_language_rule_is_read_only_on_a_form_in_its_language(
        label: str, language: str, concept: LoaField) -> None:
    """"Kunta", "Obec", "Kelt", "Selskab" mean nothing on an English form."""
    assert _read(label, language) == concept
    assert _read(label, "en") != concept


# -- vocabulary classes ----------------------------------------------------------------------------

@pytest.mark.parametrize(("label", "language", "concept"), [
    ("Contract number with your current provider", "en", LoaField.ACCOUNT_NUMBER),
    ("Número de contrato con el operador actual", "es", LoaField.ACCOUNT_NUMBER),
    ("Número de contrato / cliente", "es", LoaField.ACCOUNT_NUMBER),
    ("Contract number", "en", NOT_OURS),  # whose contract is not said: maybe the new one
    ("New BTN for lines being kept (if the BTN moves)", "en", LoaField.NEW_BTN),
    ("Ring-to number", "en", NOT_OURS),
    ("Fecha sugerida para el cambio", "es", LoaField.REQUESTED_DATE),
])
def test_what_a_label_asks_for(label: str, language: str, concept: LoaField | str) -> None:
    assert _read(label, language) == concept


# -- layout classes --------------------------------------------------------------------------------

def test_a_municipality_beside_the_towns_own_blank_is_left_empty() -> None:
    """Slovenian "Kraj" and "Občina" side by side: the town takes the town; the municipality is
    an area around it the case does not hold. Alone, "Občina" is the town."""
    s = unicode_a4("municipality", "FR", "sl", [], "")
    s.text(40, 770, "Ime in priimek naročnika", 8)
    s.widget("ime", 40, 752, 300, 15, "account_name")
    s.text(40, 730, "Ulica in hišna številka", 8)
    s.widget("ulica", 40, 712, 300, 15, "street")
    s.text(40, 690, "Kraj", 8)
    s.widget("kraj", 40, 672, 150, 15, "city")
    s.text(200, 690, "Občina", 8)
    s.widget("obcina", 200, 672, 150, 15, None)
    s.text(40, 650, "Podpis", 8)
    s.widget("datum", 300, 632, 100, 15, None)
    s.sign_line("Podpis naročnika", 40, 632, 280)
    fields = _fields(s.build()[0], "SI")
    assert fields.get("kraj") == "city"
    assert "obcina" not in fields


def test_a_header_row_heads_each_column_of_widgets() -> None:
    """"Nº | Código de región | Número telefónico" over widgets: the region's code is the area code of
    the row (no province name), the number column takes the rest of each number."""
    s = a4("header-row", "FR", "es", [], "")
    s.text(40, 780, "Nombre del abonado", 8)
    s.widget("abonado", 40, 762, 300, 15, "account_name")
    s.text(40, 740, "Operador donante", 8)
    s.widget("donante", 40, 722, 200, 15, "carrier")
    top = 690
    for head, x, w in (("Nº", 40, 24), ("Código de región", 64, 90), ("Número telefónico", 154, 160)):
        s.frame(x, top, w, 16)
        s.text(x + 3, top + 5, head, 7)
    for r in range(4):
        y = top - 16 * (r + 1)
        s.frame(40, y, 24, 16)
        s.right_text(58, y + 5, f"{r + 1}", 8)
        s.frame(64, y, 90, 16)
        s.frame(154, y, 160, 16)
        s.widget(f"cod{r}", 65, y + 1, 88, 14, None)
        s.widget(f"tel{r}", 155, y + 1, 158, 14, None)
    s.text(40, 560, "Firma del abonado", 8)
    s.widget("fecha", 300, 542, 100, 15, None)
    s.sign_line("Firma", 40, 542, 280)
    fields = _fields(s.build()[0], "EC")
    assert fields.get("cod0") == "area_code"
    assert fields.get("tel0") == "number"
    assert all(fields.get(f"cod{r}") != "state" for r in range(4))


def test_a_label_over_a_widget_is_not_the_label_of_a_slot_under_that_widget() -> None:
    """"Customer name" over its widget, numbered slots under it: slot 11 is a slot."""
    s = letter("label-over-widget", "US", "en", [], "")
    s.text(40, 730, "Customer name", 8)
    s.widget("cust", 40, 712, 330, 15, "account_name")
    for n in range(3):
        s.right_text(60, 694 - n * 18, f"{11 + n}.", 8)
        s.widget(f"n{n}", 64, 690 - n * 18, 150, 14, None)
    s.sign_line("Signature", 40, 600, 280)
    fields = _fields(s.build()[0], "US")
    assert fields.get("cust") == "account_name"
    assert fields.get("n0") != "account_name"


def test_a_second_signature_block_beside_the_first_is_the_second_signatorys() -> None:
    """"Managing partner | Partner" side by side, each with a name and a date: the one signer
    signs the first block; the second block's name, date and signature stay empty."""
    s = letter("two-blocks", "US", "en", [], "")
    s.text(40, 730, "Customer name", 8)
    s.widget("cust", 40, 712, 330, 15, "account_name")
    s.text(40, 680, "Managing partner", 8, bold=True)
    s.text(320, 680, "Partner", 8, bold=True)
    s.rule(40, 650, 280)
    s.text(40, 640, "Printed name", 7)
    s.rule(320, 650, 520)
    s.text(320, 640, "Printed name", 7)
    s.rule(40, 610, 200)
    s.text(40, 600, "Signature", 7)
    s.rule(210, 610, 280)
    s.text(210, 600, "Date", 7)
    s.rule(320, 610, 440)
    s.text(320, 600, "Signature", 7)
    s.rule(450, 610, 520)
    s.text(450, 600, "Date", 7)
    analysis = analyse_form(s.build()[0], "form.pdf", country="US", strict=False)
    signs = [p for p in analysis.placements if p.field == LoaField.SIGNATURE]
    names = [p for p in analysis.placements if p.field == LoaField.AUTHORIZED_NAME]
    assert len(signs) == 1 and signs[0].x < 300
    assert all(p.x < 300 for p in names)
    assert any("second signature block" in r.reason for r in analysis.review)


def test_a_signature_caption_over_white_space_is_where_the_ink_goes() -> None:
    """"THE CUSTOMER" and "(sign and write the full name)" centred over empty room, no line: a
    form with no other place to sign is signed under the caption."""
    s = letter("white-space", "US", "en", [], "")
    s.text(40, 730, "Customer name", 8)
    s.widget("cust", 40, 712, 330, 15, "account_name")
    s.text(360, 640, "THE CUSTOMER", 8, bold=True)
    s.text(340, 628, "(Signature and full name)", 7)
    analysis = analyse_form(s.build()[0], "form.pdf", country="US", strict=False)
    signs = [p for p in analysis.placements if p.field == LoaField.SIGNATURE]
    assert len(signs) == 1
    assert signs[0].rect is not None and signs[0].rect[3] <= 628 and signs[0].rect[1] >= 570


def test_a_printed_area_code_before_a_line_takes_the_rest_of_a_number_of_that_area() -> None:
    """"1. (0123) ______": a number of area 0123 is written without it; a number of another
    area is not cut to fit (left empty)."""
    from portdesk.loa.blanks import AFTER_PRINTED
    from portdesk.loa.placing import _after_printed
    s = a4("printed-area", "GB", "en", [], "")
    s.text(40, 780, "Account holder", 8)
    s.widget("holder", 40, 762, 300, 15, "account_name")
    s.text(40, 740, "Numbers to port", 9, bold=True)
    for n in range(3):
        s.right_text(56, 722 - n * 19, f"{n + 1}.", 8)
        s.text(62, 722 - n * 19, "(01481)", 8.5)
        s.rule(100, 720 - n * 19, 270)
    s.sign_line("Signature", 40, 600, 280)
    analysis = analyse_form(s.build()[0], "form.pdf", country="GB", strict=False)
    slots = [p for p in analysis.placements if p.field == LoaField.NUMBER]
    assert len(slots) == 3 and all(p.part == f"{AFTER_PRINTED}01481" for p in slots)
    assert _after_printed("+44 1481 555100", "01481", "GB") == "555100"
    assert _after_printed("+44 20 7946 0000", "01481", "GB") == ""


def test_a_name_as_registered_with_the_current_provider_is_the_customers() -> None:
    """"Company name (as registered with your current network)" is how the customer is
    recorded by the provider, the customer's name, never the provider's."""
    s = letter("as-registered", "US", "en", [], "")
    s.text(40, 730, "Company name (as registered with your current network)", 8)
    s.widget("company", 40, 712, 330, 15, "account_name")
    s.text(40, 690, "Current network", 8)
    s.widget("network", 40, 672, 200, 15, "carrier")
    s.sign_line("Signature", 40, 620, 280)
    fields = _fields(s.build()[0], "US")
    assert fields.get("company") == "account_name"
    assert fields.get("network") == "carrier"


def test_a_combs_frame_with_its_caption_is_no_second_blank() -> None:
    """A frame captioned "Postcode" around six boxes: the value goes in the boxes, a character
    each, not as plain text across the frame."""
    from tests.loaforms.round9_kit import comb_boxes
    s = letter("comb-frame", "CA", "en", [], "")
    s.text(40, 730, "Customer name", 8)
    s.widget("cust", 40, 712, 330, 15, "account_name")
    s.frame(40, 660, 110, 26)
    s.text(43, 678, "Postcode", 6.5)
    comb_boxes(s, 50, 662, 6, "postal_code", "postcode", cell=15, h=14)
    s.sign_line("Signature", 40, 600, 280)
    analysis = analyse_form(s.build()[0], "form.pdf", country="CA", strict=False)
    posts = [p for p in analysis.placements if p.field == LoaField.POSTAL_CODE]
    assert len(posts) == 1 and posts[0].rect is not None and posts[0].rect[0] >= 49


def test_authorised_signatory_over_a_text_box_is_the_signers_name() -> None:
    s = letter("signatory-above", "US", "en", [], "")
    s.text(40, 730, "Customer name", 8)
    s.widget("cust", 40, 712, 330, 15, "account_name")
    s.text(40, 690, "Authorised signatory", 8)
    s.widget("who", 40, 672, 200, 15, "authorized_name")
    s.sign_line("Signature", 40, 620, 280)
    assert _fields(s.build()[0], "US").get("who") == "authorized_name"


def test_a_short_form_whose_every_voting_line_is_in_one_language_is_in_that_language() -> None:
    """Four labels, one line voting Czech and none English: a Czech form (it was English for
    want of three voting lines, and read by English rules)."""
    from portdesk.loa.language import guess_languages_by_lines
    lines = [t.split() for t in ("Firma zákazníka", "Funkce", "Jméno oprávněné osoby", "Razítko")]
    assert guess_languages_by_lines(lines)[0] == "cs"
    english = [t.split() for t in ("Company name", "Funkce", "Signature")]
    assert guess_languages_by_lines(english)[0] == "en"
