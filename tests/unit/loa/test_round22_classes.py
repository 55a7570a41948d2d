"""Classes of issue 11 fixed in round 22's session (whole-form failures first, then round 22's
tuning batches by class): each drawn here in the smallest form that has it, in words of its own
(not any round's forms'), and failing on the code before its fix unless said to be a guard."""

from __future__ import annotations

from portdesk.loa.fields import LoaField
from portdesk.loa.fill import analyse_form
from portdesk.loa.headingwords import OFFICE_USE
from portdesk.loa.language import guess_languages_by_lines, in_no_language_read
from portdesk.loa.lexicon import reading_in
from portdesk.loa.tickwords import check_field
from portdesk.loa.vocabulary import NOT_OURS, classify_in, normalise, provider_role
from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round5_kit import Gap, date_parts, numbered_slots, sentence

# -- a form in a Latin-script language no lexicon holds: the layout alone -------------------------

_INDONESIAN = ("PERMINTAAN PEMINDAHAN NOMOR TELEPON",
               ["Nama pemilik langganan", "Alamat pemasangan", "Penyedia layanan sekarang",
                "Nomor rekening tagihan"],
               "Nomor telepon yang dipindahkan", "Tanggal pemindahan yang diinginkan",
               "Dengan ini saya memberi kuasa kepada penyedia baru untuk memindahkan nomor di "
               "atas dan memberitahukan penyedia lama atas nama saya.",
               "Tanda tangan pemilik", "Tanggal")
_TAGALOG = ("PAGLIPAT NG LINYA NG TELEPONO",
            ["Pangalan ng may-ari ng linya", "Tirahan ng serbisyo", "Numero ng account",
             "Kasalukuyang kompanya"],
            "Mga numerong ililipat", "Petsa ng paglipat",
            "Pinahihintulutan ko ang bagong kompanya na ilipat ang mga numero sa itaas at "
            "ipaalam ito sa kasalukuyang kompanya para sa akin.",
            "Lagda ng may-ari", "Petsa")


def _unread_form(words: tuple[str, list[str], str, str, str, str, str],
                 date_line: bool = True) -> Sheet:
    title, labels, numbers, wanted, consent, signed, dated = words
    s = a4("unread", "DE", "xx", [], "")
    s.text(40, 800, title, 13, bold=True)
    for n, label in enumerate(labels):
        s.blank(label, 40, 770 - 20 * n, 550, None)
    s.text(40, 670, numbers, 9, bold=True)
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, 650, cols=2, rows=4, col_w=250, down=True)
    s.text(40, 550, wanted, 9)
    date_parts(s, 260, 546, [("DD", 24, None), ("MM", 24, None), ("YYYY", 40, None)])
    s.para(40, 490, consent, 500, 8)
    s.rule(40, 120, 300)
    s.text(40, 110, signed, 8)
    if date_line:
        s.rule(340, 120, 450)
        s.text(340, 110, dated, 8)
    return s


def test_a_form_in_a_language_no_lexicon_holds_gets_only_what_its_layout_makes_certain() -> None:
    """Indonesian labels: numbered lines 1.-8. down two columns are the numbers (in printed
    order), the long line at the foot the signature, the short one beside it its date; nothing
    else is placed (its labels cannot be read), and the form says so first. It was filled with
    nothing but a chance "date" and could not be signed."""
    analysis = analyse_form(_unread_form(_INDONESIAN).build()[0], "form.pdf", country="DE",
                            strict=False)
    placed = sorted((p.field.value, p.slot) for p in analysis.placements)
    assert placed == [("date_signed", None), *(("number", n) for n in range(8)),
                      ("signature", None)]
    numbers = sorted((p for p in analysis.placements if p.field == LoaField.NUMBER),
                     key=lambda p: p.slot or 0)
    assert [round(p.x) for p in numbers[:4]] == [65] * 4  # 1.-4. down the left column first
    assert "does not read" in analysis.notice


def test_a_false_friend_on_a_form_in_an_unread_language_places_nothing() -> None:
    """Tagalog "Numero ng account" read in English is a number to port (a misplaced value);
    on a form whose language PortDesk does not read no label is evidence."""
    analysis = analyse_form(_unread_form(_TAGALOG).build()[0], "form.pdf", country="DE",
                            strict=False)
    assert not [p for p in analysis.placements if p.y > 680]


def test_a_lone_foot_line_captioned_with_a_signature_word_stem_is_signed() -> None:
    """No date line beside it: the caption's signature word of a lexicon's language (a stem,
    not a label read whole) is the hint that makes the lone long line at the foot the place."""
    words = (*_INDONESIAN[:5], "Podpisano przez pemilik", "")
    analysis = analyse_form(_unread_form(words, date_line=False).build()[0], "form.pdf",
                            country="DE", strict=False)
    assert [p.field for p in analysis.placements if p.y < 200] == [LoaField.SIGNATURE]


def test_a_signature_caption_no_lexicon_knows_is_signed_at_the_foot_by_layout() -> None:
    """A French paper form whose signature line is captioned "Visa du client" (no lexicon's
    word): the long line at the foot with a short "Le" line beside it is where it is signed and
    dated. It could not be signed."""
    s = a4("visa", "FR", "fr", [], "")
    s.text(40, 800, "Demande de portabilité", 13, bold=True)
    s.blank("Raison sociale du titulaire", 40, 770, 550, "account_name")
    s.blank("Opérateur actuel", 40, 750, 550, "losing_carrier")
    s.blank("Numéro de client", 40, 730, 550, "account_number")
    s.para(40, 690, "Je demande la portabilité des numéros de ma ligne vers le nouvel "
           "opérateur, qui en informera mon opérateur actuel.", 500, 8)
    s.rule(40, 120, 300)
    s.text(40, 110, "Visa du client", 8)
    s.rule(340, 120, 450)
    s.text(340, 110, "Le", 8)
    analysis = analyse_form(s.build()[0], "form.pdf", country="FR", strict=False)
    foot = {round(p.x): p.field for p in analysis.placements if p.y < 200}
    assert foot == {41: LoaField.SIGNATURE, 341: LoaField.DATE_SIGNED}
    assert analysis.notice == ""


def test_a_foot_row_read_as_other_values_is_no_signature() -> None:
    """Guard: the lowest row "Nom ____  Qualité ____" (read) is never made a signature."""
    s = a4("no-sign", "FR", "fr", [], "")
    s.blank("Raison sociale du titulaire", 40, 770, 550, "account_name")
    s.blank("Opérateur actuel", 40, 750, 550, "losing_carrier")
    s.blank("Nom du signataire", 40, 120, 300, "authorized_name")
    s.blank("Qualité", 320, 120, 450, "authorized_title")
    analysis = analyse_form(s.build()[0], "form.pdf", country="FR", strict=False)
    assert LoaField.SIGNATURE not in {p.field for p in analysis.placements}


def test_a_short_form_in_a_language_read_is_not_unread() -> None:
    """Guard: a German form of a few labels is read in German (its little words are many)."""
    texts = ("Name des Anschlussinhabers Anschrift Bisheriger Anbieter Kundennummer beim "
             "bisherigen Anbieter Rufnummern die portiert werden Datum Unterschrift").split()
    assert not in_no_language_read(texts)
    assert in_no_language_read(" ".join(_INDONESIAN[1] + [_INDONESIAN[4]]).split())


# -- round 22, batch a: classes, in words of their own --------------------------------------------

def _fields_of(pdf: bytes, country: str) -> dict[str, str]:
    analysis = analyse_form(pdf, "form.pdf", country=country, strict=False)
    return {p.widget or p.target(): p.field.value for p in analysis.placements}


def test_a_phone_number_mask_beside_a_numbers_label_is_no_postcode() -> None:
    """"(NPA-NXX-XXXX)" says how a number is written: "NPA" alone is a Swiss postcode, in the
    mask it made the numbers' heading a postcode label (the ZIP went in the slots)."""
    assert classify_in("Lines to move (NPA-NXX-XXXX)", ("en",)).field == LoaField.NUMBER
    assert classify_in("Numbers (XXX-XXX-XXXX)", ("en",)).field == LoaField.NUMBER
    assert classify_in("NPA", ("fr",)).field == LoaField.POSTAL_CODE  # guard


def test_a_persons_title_is_the_title_not_the_person() -> None:
    """"Authorized person's title": the word after the person names what is asked."""
    assert classify_in("Signing person's position", ("en",)).field == \
        LoaField.AUTHORIZED_TITLE
    assert classify_in("Authorised representative role", ("en",)).field == \
        LoaField.AUTHORIZED_TITLE


def test_a_co_signer_is_not_ours() -> None:
    """The case has one signer: a co-signer's or second signer's name and signature stay
    empty (they took the signer's name and ink)."""
    for label in ("Cosigner's printed name", "Co-signatory signature", "Second signatory name"):
        assert classify_in(label, ("en",)).field == NOT_OURS, label


def test_a_widget_under_bare_list_lines_keeps_the_caption_under_it() -> None:
    """Two bare lines for the numbers that stay, then a widget of the same width right under
    them captioned "Name of the person signing": the widget is no row of the printed list, and
    its own caption is its label (it was left empty)."""
    s = a4("stack-kinds", "GB", "en", [], "")
    s.text(40, 790, "Account holder", 8)
    s.widget("holder", 140, 786, 300, 14, "account_name")
    s.text(40, 740, "Numbers remaining with the old provider:", 8, bold=True)
    s.rule(40, 720, 290)
    s.rule(40, 702, 290)
    s.widget("officer", 40, 678, 250, 15, "authorized_name")
    s.text(41, 670, "Name of the person signing", 6.5)
    assert _fields_of(s.build()[0], "GB").get("officer") == "authorized_name"


def test_a_title_asked_once_over_two_signature_boxes_is_the_one_signers() -> None:
    """"Date | Name | Position" on one row over a signature box and a second signer's box: the
    position, over the second box, is asked of no one else (the first box's column asks none)."""
    s = a4("title-once", "FR", "en", [], "")
    s.text(40, 790, "Customer name", 8)
    s.widget("cust", 140, 786, 300, 14, "account_name")
    for label, name, x, w in (("Date", "d", 40, 100), ("Full name", "n", 150, 130),
                              ("Position", "pos", 420, 135)):
        s.text(x, 700, label, 7.5, bold=True)
        s.widget(name, x, 682, w, 15, None)
    s.widget("sig1", 40, 640, 240, 26, None)
    s.text(40, 631, "Signature of the holder", 6.5)
    s.widget("sig2", 300, 640, 255, 26, None)
    s.text(300, 631, "Signature (second holder, if any)", 6.5)
    fields = _fields_of(s.build()[0], "FR")
    assert fields.get("pos") == "authorized_title"
    assert "sig2" not in fields  # guard: the second box stays empty


def test_a_requested_date_after_an_article_in_a_moving_sentence() -> None:
    """"Solicito la portabilidad para el [____] (DD/MM/AAAA)": the article before the day, then
    the date's format: the requested date (only "on or after", "a partir de"... were read)."""
    s = a4("para-el", "FR", "es", [], "")
    s.text(40, 790, "Nombre del titular", 8)
    s.widget("titular", 160, 786, 300, 14, "account_name")

    def box(sheet: Sheet, x: float, y: float, gap: Gap) -> None:
        sheet.widget(gap.what, x, y - 3, gap.width, 14, gap.fld)

    sentence(s, 40, 740, ["Solicito la portabilidad de las líneas para el",
                          Gap(80, "requested_date", "cuando"),
                          "(DD/MM/AAAA) y autorizo al nuevo operador a tramitarla."],
             size=8, put_gap=box)
    assert _fields_of(s.build()[0], "ES").get("cuando") == "requested_date"


def test_a_numbered_list_of_bare_lines_is_the_numbers_when_nothing_else_reads_so() -> None:
    """The numbers table's header printed at the foot of page 1, its lines 1.-8. on page 2:
    no blank read as the numbers, so the form's numbered list of bare lines is them."""
    s = a4("list-next-page", "CA", "en", [], "")
    s.text(40, 790, "Name on the account", 8)
    s.rule(160, 788, 500)
    s.text(40, 770, "Business number (if any)", 8)
    s.rule(160, 768, 500)
    s.frame(40, 80, 515, 16)
    s.text(44, 85, "#   Telephone number (area code first)", 7.5, bold=True)
    s.next_page()
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, 780, cols=2, rows=4, col_w=257, down=True, row_h=20)
    analysis = analyse_form(s.build()[0], "form.pdf", country="CA", strict=False)
    assert sorted(p.slot for p in analysis.placements if p.field == LoaField.NUMBER) == \
        list(range(8))


# -- round 22, batches b and c: classes, in words of their own ------------------------------------

def test_what_stays_with_a_provider_is_the_numbers_that_stay_not_the_provider() -> None:
    """"Beim bisherigen Anbieter verbleiben:" names no provider: the numbers (unsaid) stay
    there (the carrier's name was written in the list)."""
    assert classify_in("Remain with the existing carrier:", ("en",)).field == \
        LoaField.REMAINING_NUMBERS
    assert classify_in("Restent chez l'opérateur actuel", ("fr",)).field == \
        LoaField.REMAINING_NUMBERS
    assert classify_in("Name of the carrier you stay with", ("en",)).field == \
        LoaField.CARRIER  # guard: a name asked is the carrier's


def test_a_name_beside_another_persons_signature_is_that_persons() -> None:
    """"Witness signature ____ | Printed name ____" on a row of its own under the customer's
    signature: the name is the witness's (it took the signer's)."""
    s = a4("name-row", "GB", "en", [], "")
    s.text(40, 790, "Account holder", 8)
    s.widget("holder", 140, 786, 300, 14, "account_name")
    s.rule(40, 300, 300)
    s.text(40, 290, "Signature of account holder", 7)
    s.rule(320, 300, 550)
    s.text(320, 290, "Date", 7)
    s.rule(40, 240, 300)
    s.text(40, 230, "Witness signature", 7)
    s.rule(320, 240, 550)
    s.text(320, 230, "Printed name", 7)
    analysis = analyse_form(s.build()[0], "form.pdf", country="GB", strict=False)
    assert not [p for p in analysis.placements if p.y < 260]


def test_a_portuguese_form_is_read_in_portuguese() -> None:
    """Words Portuguese shares with Spanish or Italian ("nome", "cliente", "operador") are
    Portuguese too: a Portuguese form was read in Spanish (its ticks went unread)."""
    lines = [["Nome", "do", "cliente"], ["Morada", "da", "instalação"], ["Operador", "doador"],
             ["Assinatura", "do", "titular"], ["Todos", "os", "números", "do", "contrato"],
             ["Números", "que", "ficam", "no", "operador"], ["Data", "da", "assinatura"]]
    assert guess_languages_by_lines(lines)[0] == "pt"
    with reading_in(("pt",)):
        assert check_field("Somente as linhas abaixo") == LoaField.PARTIAL_PORT
    with reading_in(("fr",)):
        assert check_field("uniquement les numéros suivants") == LoaField.PARTIAL_PORT


def test_a_persons_identity_number_and_an_agents_details_are_not_ours() -> None:
    """The signer's or contact's ID number (ID-nummer, CNI, DPI) and an agent's name (an
    agent's, with the possessive) are no value of the case; a customer ID is the account."""
    for label, language in (("ID number of the signatory", "en"), ("ID-nummer ondertekenaar", "nl"),
                            ("CNI du signataire", "fr"), ("DPI del firmante", "es"),
                            ("Agent's name", "en"), ("Dealer's code", "en")):
        assert classify_in(label, (language,)).field == NOT_OURS, label
    assert classify_in("Customer ID number", ("en",)).field == LoaField.ACCOUNT_NUMBER


def test_a_receiving_operators_heading_is_the_new_providers() -> None:
    assert provider_role("L'opérateur receveur") == "gaining"
    assert OFFICE_USE.search(normalise("HARBOUR LINES USE")) is not None
    # guard: an address "(numbers in use)" is no panel's title
    assert OFFICE_USE.search(normalise("Site address (lines in use)")) is None


def test_a_column_heading_ends_at_a_sentence_across_both_columns() -> None:
    """"THE HOLDER" | "THE NEW PROVIDER" on bands side by side, their rows, then a sentence
    across the page "I, ____, acting as ____ for ____": the blank under the right band's
    column is the sentence's (the title), not the new provider's (it was left empty)."""
    s = a4("gutter", "FR", "en", [], "")
    s.band(40, 780, 250, "THE HOLDER", 8.5)
    s.band(310, 780, 245, "THE NEW PROVIDER", 8.5)
    for n, (left, _fld, right) in enumerate((("Company name", "account_name", "Order reference"),
                                            ("Current provider", "carrier", "Received on"))):
        y = 750 - 26 * n
        s.rule(40, y, 290)
        s.text(40, y - 9, left, 7)
        s.rule(310, y, 555)
        s.text(310, y - 9, right, 7)
    sentence(s, 40, 680, ["I,", Gap(230, "authorized_name", "signer"), ", acting as",
                          Gap(120, "authorized_title", "title"), "for the holder above."],
             size=9)
    fields = {p.field for p in analyse_form(s.build()[0], "form.pdf", country="FR",
                                            strict=False).placements if 670 < p.y < 700}
    assert LoaField.AUTHORIZED_TITLE in fields


def test_date_boxes_after_another_blank_on_their_row_take_the_words_after_it() -> None:
    """"Fait à ______, le [JJ] / [MM] / [AAAA]": the words after the place's blank (", le") name
    the date; the whole row read from its start ("Fait à , le") named none (left empty)."""
    s = a4("fait-le", "FR", "fr", [], "")
    s.text(40, 790, "Raison sociale", 8)
    s.rule(120, 788, 500)
    s.text(40, 700, "Fait à", 9)
    s.rule(72, 698, 200)
    s.text(206, 700, ", le", 9)
    date_parts(s, 228, 696, [("JJ", 24, None), ("MM", 24, None), ("AAAA", 40, None)])
    analysis = analyse_form(s.build()[0], "form.pdf", country="FR", strict=False)
    parts = {p.part for p in analysis.placements if p.field == LoaField.DATE_SIGNED}
    assert parts == {"day", "month", "year"}


def test_an_area_code_printed_with_a_dash_before_a_numbered_line() -> None:
    """"1. 345- ______": the slot's number, and the area code printed for it (only "(01481)" in
    brackets was read: the lines were left empty)."""
    s = a4("dash-area", "GB", "en", [], "")
    s.text(40, 790, "Account holder", 8)
    s.rule(140, 788, 500)
    s.text(40, 760, "Numbers to transfer:", 8, bold=True)
    for n in range(4):
        y = 738 - 20 * n
        s.right_text(56, y + 2, f"{n + 1}.", 8)
        s.text(60, y + 2, "345-", 8.5)
        s.rule(80, y, 220)
    analysis = analyse_form(s.build()[0], "form.pdf", country="GB", strict=False)
    numbers = [p for p in analysis.placements if p.field == LoaField.NUMBER]
    assert len(numbers) == 4 and all(p.part == "after:345" for p in numbers)


def test_a_signers_name_asked_as_signer_then_name_and_a_date_said_done_on() -> None:
    """"Signataire (nom et prénom)" (the signer, then the name asked) and "Fait le (JJ/MM/AAAA)"
    (done on: the signing day) were not read."""
    assert classify_in("Firmante (nombre completo)", ("es",)).field == LoaField.AUTHORIZED_NAME
    assert classify_in("Signataire (nom, prénom)", ("fr",)).field == LoaField.AUTHORIZED_NAME
    assert classify_in("Fait le (JJ/MM/AAAA)", ("fr",)).field == LoaField.DATE_SIGNED


def test_date_boxes_joined_by_a_dates_words_after_the_place_of_signing() -> None:
    """"______ (lugar), [__] de [________] de 20[__]" captioned (día) (mes) (año): the boxes
    are joined by the date's own words, the place before them says it is the signing date,
    and the printed century leaves two digits (the boxes were left empty)."""
    s = a4("lugar-fecha", "FR", "es", [], "")
    for n, label in enumerate(("Nombre del titular de la línea", "Domicilio del titular",
                               "Operador donante", "Número de cliente en el operador")):
        s.text(40, 790 - 18 * n, label, 8)
        s.rule(200, 788 - 18 * n, 500)
    y = 700
    s.rule(40, y, 140)
    s.text(40, y - 10, "(lugar)", 6)
    s.text(144, y + 2, ",", 9)
    for x, w, cap in ((152, 26, "(día)"), (200, 84, "(mes)"), (318, 22, "(año)")):
        s.frame(x, y - 2, w, 16)
        s.text(x, y - 10, cap, 6)
    s.text(184, y + 2, "de", 9)
    s.text(290, y + 2, "de 20", 9)
    analysis = analyse_form(s.build()[0], "form.pdf", country="FR", strict=False)
    parts = {p.part for p in analysis.placements if p.field == LoaField.DATE_SIGNED}
    assert parts == {"day", "month", "year2"}


def test_numbered_lines_that_go_on_from_the_numbers_list_are_more_of_it() -> None:
    """Slots 1.-4. under "Numbers to port", then on page 2 a title, the customer's name box
    with its label above, and lines 5.-12.: their printed numbering goes on from the list (the
    name box's label over them was read as their heading: left empty)."""
    s = a4("goes-on", "GB", "en", [], "")
    s.text(40, 790, "Customer name", 8)
    s.widget("cust", 140, 786, 300, 14, "account_name")
    s.text(40, 760, "Numbers to port", 9, bold=True)
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, 740, cols=2, rows=2, col_w=250, down=True, row_h=20,
                   names=[f"num{n}" for n in range(1, 5)])
    s.next_page()
    s.text(40, 800, "Continuation sheet", 12, bold=True)
    s.text(40, 776, "Customer name (as on page 1)", 7.5, bold=True)
    s.widget("cust2", 40, 758, 300, 15, "account_name")
    numbered_slots(s, slots, 40, 730, cols=2, rows=4, col_w=250, first=5, down=False,
                   row_h=20, names=[f"more{n}" for n in range(1, 9)])
    fields = _fields_of(s.build()[0], "GB")
    assert [fields.get(f"more{n}") for n in range(1, 9)] == ["number"] * 8
