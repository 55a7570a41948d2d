"""Classes of issue 11 fixed on round 27's second half (a numbered list whose next row's number
reads as the first line's label, a Turkish dealer's block and main number): each drawn here in
the smallest form that has it, in words of its own (not any round's forms'), failing on the code
before its fix unless said to be a guard."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4

from portdesk.loa.fields import LoaField
from portdesk.loa.fill import FormAnalysis, analyse_form
from portdesk.loa.mapping import Placement
from portdesk.loa.tickwords import check_field
from portdesk.loa.vocabulary import classify_in
from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round14_kit import unicode_a4
from tests.loaforms.round27_kit import table

W = float(A4[0])


def _analyse(s: Sheet, country: str = "US") -> FormAnalysis:
    return analyse_form(s.build()[0], "form.pdf", country=country, strict=False)


def _between(analysis: FormAnalysis, top: float, bottom: float) -> list[Placement]:
    """The placements on printed blanks whose top sits between two heights of the page."""
    return [p for p in analysis.placements if p.rect and bottom < p.rect[3] <= top]


def _boxed(s: Sheet, caption: str, x: float, y: float, w: float, fld: str | None) -> None:
    s.text(x, y + 17, caption, 6.8)
    s.box(x, y, w, 15, fld, caption)


# -- a numbered list whose next row's number sits just under the first line ---------------------


def _numbered_table_form() -> Sheet:
    s = a4("numbered", "GB", "en", [], "")
    s.text(40, 790, "Request to move your numbers", 13, bold=True)
    _boxed(s, "Account holder", 40, 740, 250, "account_name")
    _boxed(s, "Current provider", 300, 740, 200, "carrier")
    s.text(40, 715, "Lines to move", 9, bold=True)
    slots = s.slot_group(ordered=True)
    table(s, slots, 40, 705, 6, [("Seq", 24, "no"), ("Line", 130, "number"),
                                 ("Line type", 60, None), ("SIM serial", 90, None)])
    s.sign_line("Signature", 40, 520, 250)
    return s


def test_the_next_rows_printed_number_under_the_first_line_is_no_label_of_it() -> None:
    """Rows 1-6 numbered in a narrow first column, the table's header not read as the numbers':
    the "2" printed just under row 1's cell was read as that cell's label (below), so row 1 was
    no bare numbered line and the list began at row 2 (every number one slot down)."""
    analysis = _analyse(_numbered_table_form())
    rows = sorted((p for p in analysis.placements if p.field == LoaField.NUMBER and p.rect),
                  key=lambda p: -p.rect[3])  # type: ignore[index]
    assert len(rows) == 6, [(p.field, p.evidence, p.rect) for p in analysis.placements]
    first_row_top = 705 - 16 - 1  # under the header, inside the frame
    assert abs(rows[0].rect[3] - first_row_top) < 2, rows[0].rect  # type: ignore[index]


# -- a Turkish dealer's block and the main number ----------------------------------------------


def _turkish_form(band: str) -> Sheet:
    s = unicode_a4("tr", "TR", "tr", [], "")
    s.date_formats = ["%d.%m.%Y"]
    s.text(40, 800, "NUMARA TAŞIMA TALEP FORMU", 13, bold=True)
    s.band(40, 780, W - 80, "1. ABONE BİLGİLERİ", 8.5)
    _boxed(s, "Abone adı / firma unvanı", 40, 740, 250, "account_name")
    _boxed(s, "Mevcut operatör", 300, 740, 200, "carrier")
    _boxed(s, "Ana numara", 40, 705, 120, "btn")
    _boxed(s, "İrtibat telefonu", 170, 705, 120, "contact_phone")
    s.para(40, 680, "Numaralarımın taşınmasını ve mevcut operatördeki aboneliğimin taşınan "
           "numaralar için sona erdirilmesini talep ederim.", 500, 8)
    s.sign_line("İmza", 40, 620, 250, label_below=True)
    s.band(40, 580, W - 80, band, 8.5)
    _boxed(s, "Bayi kodu", 40, 540, 100, None)
    _boxed(s, "Satış temsilcisi", 146, 540, 180, None)
    _boxed(s, "Telefon", 332, 540, 180, None)
    return s


def test_a_turkish_dealers_block_the_subscriber_does_not_fill_is_not_ours() -> None:
    """"BAYİ / SATIŞ TEMSİLCİSİ (abone doldurmaz)": the dealer and the sales representative,
    not filled in by the subscriber. Its "Satış temsilcisi" box had taken the signer's name
    (a representative) and its "Telefon" the contact's phone."""
    analysis = _analyse(_turkish_form("3. BAYİ / SATIŞ TEMSİLCİSİ (abone doldurmaz)"), "TR")
    dealer = _between(analysis, 560, 530)
    assert dealer == [], [(p.field, p.evidence) for p in dealer]


def test_a_turkish_block_the_subscriber_does_not_fill_is_not_ours_whatever_it_names() -> None:
    """"(müşteri tarafından doldurulmaz)": not to be filled in by the customer, whoever's it is."""
    analysis = _analyse(_turkish_form("3. İŞLEM BİLGİLERİ (müşteri tarafından doldurulmaz)"), "TR")
    dealer = _between(analysis, 560, 530)
    assert dealer == [], [(p.field, p.evidence) for p in dealer]


def test_the_turkish_main_number_is_the_btn() -> None:
    """"Ana numara" (the main number) is the account's billing number: it had been read as no
    label at all, left empty."""
    analysis = _analyse(_turkish_form("3. BAYİ (abone doldurmaz)"), "TR")
    fields = {p.field for p in _between(analysis, 725, 700)}
    assert LoaField.BTN in fields, fields
    assert LoaField.CONTACT_PHONE in fields  # guard: the phone beside it stays the contact's


# -- a header row of cells in two languages is no paragraph ---------------------------------------


def _two_line_header_form() -> Sheet:
    s = a4("headrow", "CA", "en", [], "")
    s.text(40, 790, "Port request / Demande de transfert", 13, bold=True)
    _boxed(s, "Account holder / Titulaire", 40, 740, 250, "account_name")
    s.band(40, 700, W - 80, "NUMBERS / NUMÉROS", 8.5)
    slots = s.slot_group(ordered=True)
    table(s, slots, 40, 690, 6, [("No", 22, "no"),
                                 ("Number to port\nNuméro à transférer", 200, "number"),
                                 ("Port time (Kestrel)\nHeure du transfert", 110, None),
                                 ("New routing (Kestrel)\nNouveau routage", 180, None)],
          head_h=20)
    s.sign_line("Signature", 40, 520, 250)
    return s


def test_a_header_row_of_cells_is_no_paragraph_over_its_second_language() -> None:
    """"No | Number to port | Port time (Kestrel) | New routing (Kestrel)", each head's French
    under it: the English row has ten words, but only within each cell. It had been read as a
    paragraph's long line, the French under it as that paragraph's end, so no column had a
    header: the band "NUMBERS" above governed every column, the provider's time and routing
    cells taking numbers too. The number column alone takes them, from its first row."""
    analysis = _analyse(_two_line_header_form(), "CA")
    numbers = [p for p in analysis.placements if p.field == LoaField.NUMBER and p.rect]
    assert numbers, [(p.field, p.evidence, p.rect) for p in analysis.placements]
    assert {round(p.rect[0]) for p in numbers} == {62}, [p.rect for p in numbers]  # type: ignore[index]
    assert max(p.rect[3] for p in numbers) > 690 - 20 - 2  # type: ignore[index]


# -- Finnish / Swedish: the holder, the operator's name, the numbers that stay --------------------


def test_finnish_and_swedish_words_for_the_holder_the_operator_and_the_numbers_that_stay() -> None:
    """"Liittymän haltija" / "Abonnent (namn enligt fakturan)" is the subscription's holder,
    "(tai) operaattorin nimi" / "operatörens namn" the operator's name, "Jäävät numerot" /
    "Kvarstående nummer" the numbers that stay (read as the numbers to port before)."""
    cases = {
        "Liittymän haltija (nimi laskun mukaan)": LoaField.ACCOUNT_NAME,
        "Abonnent (namn enligt fakturan)": LoaField.ACCOUNT_NAME,
        "tai operaattorin nimi": LoaField.CARRIER,
        "eller operatörens namn": LoaField.CARRIER,
        "Jäävät numerot (osasiirto)": LoaField.REMAINING_NUMBERS,
        "Kvarstående nummer": LoaField.REMAINING_NUMBERS,
    }
    for label, want in cases.items():
        read = classify_in(label, ("fi", "sv"))
        assert read is not None and read.field == want, (label, read)


def _operator_section_form() -> Sheet:
    s = a4("fi", "FI", "fi", [], "")
    s.text(40, 800, "NUMERONSIIRTOPYYNTÖ", 13, bold=True)
    s.band(40, 780, W - 80, "1 ASIAKAS", 8.5)
    s.text(40, 762, "Yrityksen nimi", 6.8)
    s.widget("A1", 40, 745, 250, 15, "account_name")
    s.text(300, 762, "Katuosoite", 6.8)
    s.widget("A2", 300, 745, 250, 15, "street")
    s.band(40, 720, W - 80, "2 NYKYINEN OPERAATTORI", 8.5)
    s.text(40, 702, "Operaattori", 6.8)
    s.widget("B1", 40, 685, 150, 15, "carrier")
    s.text(200, 702, "Asiakasnumero", 6.8)
    s.widget("B2", 200, 685, 150, 15, "account_number")
    s.text(40, 667, "Päänumero", 6.8)
    s.widget("B3", 40, 650, 150, 15, "btn")
    s.text(200, 667, "Sähköposti", 6.8)
    s.widget("B4", 200, 650, 250, 15, "contact_email")
    s.text(40, 632, "Operaattorin osoite", 6.8)
    s.widget("B5", 40, 615, 250, 15, None)
    s.text(300, 632, "Sähköposti", 6.8)
    s.widget("B6", 300, 615, 250, 15, None)
    s.sign_line("Allekirjoitus", 40, 560, 250, label_below=True)
    s.date_formats = ["%d.%m.%Y"]
    return s


def test_an_email_on_the_row_of_the_accounts_main_number_under_the_operator_is_the_holders() -> None:
    """Under "NYKYINEN OPERAATTORI" (the current operator) the main number, account number and
    PIN are the account's, asked there; an e-mail on their row is asked with them, the
    holder's. It had been made the operator's, left empty."""
    analysis = _analyse(_operator_section_form(), "FI")
    by_widget = {p.widget: p.field for p in analysis.placements if p.widget}
    assert by_widget.get("B4") == LoaField.CONTACT_EMAIL, by_widget
    # guard: the e-mail beside the operator's own address stays the operator's
    assert by_widget.get("B6") in (None, "not_ours"), by_widget


# -- a kind of customer ticked with its article ----------------------------------------------------


def test_a_kind_of_customer_with_its_article_is_still_that_kind() -> None:
    """"Vous êtes : [ ] un professionnel [ ] un particulier": the article before the word had
    hidden it, both ticks read as nothing (the business box stayed empty)."""
    assert check_field("un professionnel") == LoaField.BUSINESS
    assert check_field("une entreprise") == LoaField.BUSINESS
    assert check_field("ein Unternehmen") == LoaField.BUSINESS
    assert check_field("un particulier") == LoaField.RESIDENTIAL
    assert check_field("Business hours") is None  # guard: when, not who


# -- a header row's one-line cell with room under it, a two-line head beside it -------------------


def _action_table_form() -> Sheet:
    s = a4("action", "FR", "fr", [], "")
    s.text(40, 790, "Mandat de portabilité", 13, bold=True)
    _boxed(s, "Titulaire de la ligne", 40, 740, 250, "account_name")
    s.band(40, 700, W - 80, "NUMÉROS", 8.5)
    slots = s.slot_group(ordered=True)
    table(s, slots, 40, 690, 6, [("N°", 22, "no"), ("Numéro à porter", 150, "number"),
                                 ("Action\nP = porter", 60, ("accept", ["P"])),
                                 ("Nouveau routage\n(cadre réservé)", 200, None)],
          head_h=20)
    s.sign_line("Signature", 40, 520, 250)
    return s


def test_a_one_line_head_with_room_under_it_is_its_columns_header_no_blank() -> None:
    """"Numéro à porter" alone in its header cell leaves a line of room under it, but it heads
    the column of empty cells right under it, beside "Action / P = porter": no blank (it had
    been the first slot, so the columns beside it lost their header row and every column
    took numbers). The action column is the row's choice, "P" on each row with a number."""
    analysis = _analyse(_action_table_form(), "FR")
    numbers = [p for p in analysis.placements if p.field == LoaField.NUMBER and p.rect]
    assert numbers and all(p.rect[3] <= 690 - 20 + 1 for p in numbers), [  # type: ignore[index]
        (p.evidence, p.rect) for p in numbers]
    assert {round(p.rect[0]) for p in numbers} == {62}, [p.rect for p in numbers]  # type: ignore[index]
    choices = [p for p in analysis.placements if p.field == LoaField.PORT_CHOICE]
    assert len(choices) == 6 and {p.choice for p in choices} == {"P"}, choices


def test_the_french_legal_representative_is_the_signer() -> None:
    """"Nom du représentant légal (ou du mandataire)": the company's legal representative,
    who signs for it, the case's signer; it had been read as nothing, left empty. A
    mandataire alone stays unread (guard)."""
    for label in ("Nom du représentant légal ou du mandataire", "Représentant légal"):
        read = classify_in(label, ("fr",))
        assert read is not None and read.field == LoaField.AUTHORIZED_NAME, (label, read)
    assert classify_in("Nom du mandataire", ("fr",)) is None
