"""Classes found when round 37 was opened (tests/loaforms/forms_round37_*), each tested on a form
drawn unlike round 37's."""

from __future__ import annotations

from portdesk.loa.fields import LoaField
from portdesk.loa.fill import analyse_form
from tests.loaforms.kit import a4


def _signature_column(top_caption: str = "", date_caption: str = "Date signed") -> bytes:
    """A British A4 paper form whose signature block is a column of lines under a party's
    heading: a bare line, then 'Name in block capitals', then the date (unlike round 37's: one
    column, no witness beside it, captions in a larger print, the date line as long as the
    others, the provider's office block on the right apart)."""
    s = a4("signature-column", "GB", "en", [], "")
    s.text(40, 780, "Account holder", 8)
    s.widget("holder", 150, 776, 300, 15, "account_name")
    s.text(40, 756, "Telephone number to move", 8)
    s.widget("tel", 150, 752, 200, 15, "number")
    s.text(40, 420, "ACCOUNT HOLDER", 9, bold=True)
    s.rule(40, 380, 250)
    if top_caption:
        s.text(40, 371, top_caption, 7.5)
    s.rule(40, 348, 250)
    s.text(40, 339, "Name in block capitals", 7.5)
    s.rule(40, 316, 250)
    s.text(40, 307, date_caption, 7.5)
    s.text(330, 420, "FOR OFFICE USE ONLY", 9, bold=True)
    s.frame(330, 316, 220, 90)
    return s.build()[0]


def _signs(pdf: bytes) -> list[tuple[float, float, float, float]]:
    analysis = analyse_form(pdf, "form.pdf", country="GB", strict=False)
    return [p.rect for p in analysis.placements
            if p.field == LoaField.SIGNATURE and p.rect is not None]


def test_the_bare_line_atop_the_signing_dates_column_is_the_signature() -> None:
    """No word names the signature line: the party's heading stands over it and the lines under
    it are captioned (name, date); before, the form had no place to sign and signing failed."""
    signs = _signs(_signature_column())
    assert len(signs) == 1
    assert signs[0][0] < 60 and 370 <= signs[0][1] <= 385


def test_a_captioned_top_line_is_no_signature_by_layout() -> None:
    """The top line carries a caption the filler does not read ("Reference"): it asks
    something, and the signature is not guessed onto it (wrong is worse than empty)."""
    assert not _signs(_signature_column(top_caption="Reference"))


def test_without_a_date_of_signing_read_no_column_is_read() -> None:
    """The column's bottom line is not the date of signing (its caption asks something else):
    no date of ours anchors the column, so its top line is left alone."""
    assert not _signs(_signature_column(date_caption="Witness name"))


def test_the_agents_or_dealers_own_e_mail_is_never_the_customers() -> None:
    """'Reseller e-mail', 'Phone number of the dealer', 'Courriel du revendeur': a third
    party's contact, like its name and code, is not ours; the customer's stays ours (round 37:
    'Sales agent e-mail', 'Dealer email', 'E-mail tal-aġent' took the customer's e-mail)."""
    from portdesk.loa.vocabulary import NOT_OURS, classify_in
    for languages in (("en",), ("fr",), ("en", "de")):  # read before any lexicon's e-mail
        for label in ("Reseller e-mail address", "Phone number of the dealer",
                      "Courriel du revendeur", "Agent's email"):
            read = classify_in(label, languages)
            assert read is not None and read.field == NOT_OURS, (label, languages)
        for label in ("Customer e-mail", "Authorized agent e-mail"):
            read = classify_in(label, languages)
            assert read is None or read.field != NOT_OURS, (label, languages)


def _list_starting_at_four() -> bytes:
    """A US Letter form whose numbers list prints "4." to "7." (its slots 1-3 are elsewhere,
    read as something else or not at all), one column of widgets (unlike round 37's Finnish
    grid of two columns under a row of service-kind ticks)."""
    from tests.loaforms.kit import letter
    s = letter("list-from-four", "US", "en", [], "")
    s.text(40, 760, "Port request", 13, bold=True)
    s.text(40, 736, "Account holder", 8)
    s.widget("holder", 40, 718, 260, 15, "account_name")
    s.text(40, 690, "Numbers to port", 9, bold=True)
    for k, n in enumerate((4, 5, 6, 7)):
        y = 664 - k * 24
        s.right_text(65, y + 4, f"{n}.", 8)
        s.widget(f"slot_{n}", 70, y, 140, 15, None)
    return s.build()[0]


def test_a_list_whose_first_slot_found_is_not_its_first_is_left_empty_and_said() -> None:
    """Slots "4." .. "7." found and no "1." .. "3.": the case's first number would go to slot 4,
    every number a slot off; all are left empty and the review says where the list starts."""
    from portdesk.loa.fields import values_from_case
    from portdesk.loa.fill import fill_form
    from tests.unit.loa.helpers import make_case, widget_values
    result = fill_form(_list_starting_at_four(), values_from_case(make_case(4)), "form.pdf")
    got = widget_values(result.pdf)
    assert got.get("holder")
    assert all(not got.get(f"slot_{n}") for n in (4, 5, 6, 7))
    assert "numbering starts at 4" in " ".join(result.review)


def test_numbers_said_of_the_carrier_are_never_its_name() -> None:
    """A label that opens with the numbers asks numbers, whatever carrier it names after them
    (round 37: 'Numbers you keep with your current carrier', 'Numere care rămân la furnizorul
    actual' read as the carrier, its name written into the box for the numbers that stay).
    With a verb of keeping they are the numbers that stay; said otherwise, not the carrier."""
    from portdesk.loa.vocabulary import classify_in
    for languages in (("en",), ("ro",), ("de", "en")):
        for label in ("Numbers you are keeping with your existing provider",
                      "Lines you keep at the present operator"):
            read = classify_in(label, languages)
            assert read is not None and read.field == LoaField.REMAINING_NUMBERS, label
        read = classify_in("Numbers to port from your current carrier", languages)
        assert read is None or read.field != LoaField.CARRIER
        for label in ("Current carrier", "Name of your existing provider"):
            read = classify_in(label, languages)
            assert read is not None and read.field == LoaField.CARRIER, label


def _date_sentence_form(century: bool = True) -> bytes:
    """An Italian A4 fillable form whose signing date is a sentence of three widgets, "Data:
    [__] di [__________] 20[__]", named for the signature ("giorno_firma", "mese_firma",
    "anno_firma": a name alone reads the signature), unlike round 37's Maltese "__ ta' ____
    20__" (another little word, other widths, the signature line above it)."""
    s = a4("date-sentence", "IT", "it", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 780, "Intestatario", 8)
    s.widget("intestatario", 120, 776, 300, 15, "account_name")
    s.text(40, 740, "Firma del cliente", 8)
    s.rule(130, 738, 380)
    x = s.text(40, 704, "Data:", 8) + 4
    s.widget("giorno_firma", x, 700, 22, 14, None)
    x += 26
    x = s.text(x, 704, "di", 8) + 4
    s.widget("mese_firma", x, 700, 74, 14, None)
    x += 78
    if century:
        x = s.text(x, 704, "20", 8) + 2
    s.widget("anno_firma", x, 700, 20 if century else 60, 14, None)
    return s.build()[0]


def test_a_signing_date_written_as_a_sentence_of_three_widgets_takes_its_parts() -> None:
    analysis = analyse_form(_date_sentence_form(), "form.pdf", country="IT", strict=False)
    parts = {p.widget: p.part for p in analysis.placements if p.field == LoaField.DATE_SIGNED}
    assert parts == {"giorno_firma": "day", "mese_firma": "month", "anno_firma": "year2"}


def test_little_words_join_no_parts_without_the_sentences_shape() -> None:
    """No century before the last widget (a wide one): "__ di ____ ______" may be
    anything; the widgets are not taken for a date's parts (the whole date is never cut)."""
    analysis = analyse_form(_date_sentence_form(century=False), "form.pdf", country="IT",
                            strict=False)
    assert not [p for p in analysis.placements if p.part]


def test_a_whole_date_before_a_printed_century_is_left_empty() -> None:
    """A Dutch paper form: "Datum ondertekening: ______________ 20___" (the day and month on the
    line, the century printed, the year's last digits after it), unlike round 37's Romanian
    grey line: one date written whole before "20" reads a wrong year; left empty, said."""
    s = a4("century-after", "NL", "nl", [], "")
    s.date_formats = ["%d-%m-%Y"]
    s.text(40, 780, "Naam abonnee", 8)
    s.widget("naam", 130, 776, 300, 15, "account_name")
    s.text(40, 720, "Handtekening", 8)
    s.rule(110, 718, 360)
    s.text(40, 690, "Datum ondertekening:", 8)
    s.rule(125, 688, 235)
    s.text(237, 690, "20", 8)
    s.rule(247, 688, 265)
    analysis = analyse_form(s.build()[0], "form.pdf", country="NL", strict=False)
    whole = [p for p in analysis.placements if p.field == LoaField.DATE_SIGNED and not p.part]
    assert not whole or all(p.rect is None or p.rect[0] > 240 for p in whole)


def _area_code_pairs_form() -> bytes:
    """A British A4 fillable form whose numbers are two widgets each, "( [___] ) [________]",
    in two columns numbered down (1-3 left, 4-6 right) under a plain heading, its widgets
    created across the rows (unlike round 37's landscape grid numbered across three columns)."""
    s = a4("area-code-pairs", "GB", "en", [], "")
    s.text(40, 780, "Account holder", 8)
    s.widget("holder", 130, 776, 300, 15, "account_name")
    s.text(40, 740, "Numbers to switch", 9, bold=True)
    n = 0
    for row in range(3):
        for col in range(2):
            x, y = 60 + col * 250, 712 - row * 24
            s.right_text(x - 4, y + 4, f"{col * 3 + row + 1}.", 8)
            s.text(x, y + 4, "(", 9)
            s.widget(f"code{n}", x + 5, y, 28, 15, None)
            s.text(x + 35, y + 4, ")", 9)
            s.widget(f"line{n}", x + 42, y, 110, 15, None)
            n += 1
    return s.build()[0]


def test_a_number_in_two_widgets_takes_its_area_code_in_the_first() -> None:
    from portdesk.loa.fields import values_from_case
    from portdesk.loa.fill import fill_form
    from tests.unit.loa.helpers import widget_values, world_case
    got = widget_values(fill_form(_area_code_pairs_form(), values_from_case(world_case("GB")),
                                  "form.pdf").pdf)
    # slot 1 is code0 / line0 (row 1, left); slot 2 is code2 / line2 (row 2, left)
    assert (got.get("code0"), got.get("line0")) == ("020", "7123 4567")
    assert (got.get("code2"), got.get("line2")) == ("020", "7123 4568")
    assert not any(got.get(f"{k}{n}") for k in ("code", "line") for n in (1, 3, 4, 5))


def test_a_number_without_a_known_area_code_is_never_cut_into_two_widgets() -> None:
    """Spain's numbers have no area code apart: the pair stays empty (said), never cut."""
    from portdesk.loa.fields import values_from_case
    from portdesk.loa.fill import fill_form
    from tests.unit.loa.helpers import widget_values, world_case
    got = widget_values(fill_form(_area_code_pairs_form(), values_from_case(world_case("ES")),
                                  "form.pdf").pdf)
    assert not any(got.get(f"{k}{n}") for k in ("code", "line") for n in range(6))


def _grey_labels_on_lines() -> bytes:
    """An Irish A4 paper form: every label printed grey just over its drawn line, inside the
    blank (no label outside), two lines on some rows (unlike round 37's Romanian form: English,
    other fields, other widths and gaps, the lines 28 points apart)."""
    from tests.loaforms.round33_kit import placeholder
    s = a4("grey-on-lines", "IE", "en", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, "Number transfer request", 13, bold=True)
    rows = [[(40, 555, "Account holder name")],
            [(40, 330, "Street and house number"), (350, 555, "Town")],
            [(40, 200, "Eircode"), (220, 555, "Contact e-mail")],
            [(40, 555, "Current provider")]]
    y = 760
    for row in rows:
        for x, x1, hint in row:
            s.rule(x, y, x1)
            placeholder(s, x + 2, y + 3, hint, 7.5)
        y -= 28
    return s.build()[0]


def test_a_grey_label_on_a_drawn_line_is_that_lines_own() -> None:
    """The grey words over a line are its label (the value written over them), never the
    label of the line under it: before, such lines were taken for underlines (no blank at all),
    and once read each took the label of the line above, every value a line off."""
    analysis = analyse_form(_grey_labels_on_lines(), "form.pdf", country="IE", strict=False)
    got = {(round(p.rect[0]), round(p.rect[1])): p.field for p in analysis.placements
           if p.rect is not None}
    by_row = {y: {x: f for (x, yy), f in got.items() if abs(yy - y) <= 3}
              for y in (758, 730, 702, 674)}
    assert LoaField.ACCOUNT_NAME in by_row[758].values()
    assert set(by_row[730].values()) == {LoaField.STREET, LoaField.CITY}
    assert set(by_row[702].values()) == {LoaField.POSTAL_CODE, LoaField.CONTACT_EMAIL}
    assert LoaField.CARRIER in by_row[674].values()


def test_a_legend_whose_definition_opens_with_a_little_word_still_says_the_port_letter() -> None:
    """"P = viene portato, R = rimane" (Italian, beside the table, unlike round 37's Romanian
    "P = se portează, R = rămâne" in the section's band): the verb after an auxiliary or a
    reflexive defines the letter; each row holding a number takes the port letter."""
    s = a4("legend-words", "IT", "it", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, "Richiesta di portabilità", 13, bold=True)
    s.text(40, 760, "Numeri", 9, bold=True)
    s.frame(40, 736, 150, 16)
    s.text(43, 741, "Numero di telefono", 7, bold=True)
    s.frame(190, 736, 50, 16)
    s.text(193, 741, "P / R", 7, bold=True)
    s.text(260, 741, "P = viene portato, R = rimane presso l'operatore attuale", 7)
    for r in range(3):
        s.frame(40, 720 - 16 * r, 150, 16)
        s.frame(190, 720 - 16 * r, 50, 16)
    analysis = analyse_form(s.build()[0], "form.pdf", country="IT", strict=False)
    choices = [p for p in analysis.placements if p.field == LoaField.PORT_CHOICE]
    assert choices and {p.choice for p in choices} == {"P"}, choices


def test_the_line_under_a_bare_signature_line_keeps_its_own_caption() -> None:
    """'Name in block capitals' tight under the line after a bare signature line, 'Date signed'
    tight under the next: the lines are captioned under, each its own; the name line is no
    row of a list of bare lines (its caption was dropped as the next block's label)."""
    analysis = analyse_form(_signature_column(), "form.pdf", country="GB", strict=False)
    names = [p.rect for p in analysis.placements
             if p.field == LoaField.AUTHORIZED_NAME and p.rect is not None]
    assert len(names) == 1 and 340 <= names[0][1] <= 352
    assert len(_signs(_signature_column())) == 1
