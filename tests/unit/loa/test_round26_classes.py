"""Classes of issue 11 fixed in round 26's session (dates after a Slavic day word, how far a
party's section reaches, and round 26's layouts): each drawn here in the smallest form that has
it, in words of its own (not any round's forms'), failing on the code before its fix unless said
to be a guard."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from portdesk.loa.fields import LoaField, values_from_case
from portdesk.loa.fill import FormAnalysis, analyse_form, fill_form
from portdesk.loa.formscan import extract_words
from portdesk.loa.sign import place_signature
from portdesk.loa.signature import typed_to_png
from portdesk.loa.vocabulary import classify_in
from tests.loaforms.kit import Sheet, a4, letter
from tests.loaforms.round5_kit import Gap, date_parts, sentence
from tests.loaforms.round10_kit import widget_sentence
from tests.loaforms.round14_kit import unicode_a4
from tests.loaforms.round23_kit import underscore_gap
from tests.loaforms.round26_kit import boxed_widget, dotted, hint, slash_date, tick_left
from tests.unit.loa.helpers import make_case


def _analyse(s: Sheet, country: str) -> FormAnalysis:
    return analyse_form(s.build()[0], "form.pdf", country=country, strict=False)


# -- a date after a Slavic day word: "dnia __ ______ 20__ r.", "dne __. __. 20__" ---------------


def _apart(s: Sheet, x: float, y: float, gap: Gap) -> None:
    """A drawn line with a little white space after it (two parts side by side stay two)."""
    s.rule(x, y - 2, x + gap.width - 5)
    s._place((x, y - 3, x + gap.width - 5, y + 11), gap.fld, what=gap.what)


_DAY, _MONTH, _YEAR = (Gap(24, "date_signed_day", "d"), Gap(70, "date_signed_month", "m"),
                       Gap(22, "date_signed_year2", "r"))
_SHAPES = {
    # language: country, title, intro, the date sentence, signature caption
    "pl": ("PL", "Wniosek o przeniesienie numeru",
           "Niniejszym wnoszę o przeniesienie numerów wymienionych poniżej do nowego operatora.",
           [Gap(110, None, "miejscowość"), ", dnia", _DAY, _MONTH, "20", _YEAR, "r."],
           "Podpis abonenta"),
    "cs": ("CZ", "Žádost o přenesení čísla",
           "Tímto žádám o přenesení níže uvedených čísel k novému operátorovi.",
           ["V", Gap(110, None, "místo"), "dne", Gap(24, "date_signed_day", "d"), ".",
            Gap(24, "date_signed_month", "m"), ". 20", _YEAR], "Podpis účastníka"),
    "sk": ("SK", "Žiadosť o prenesenie čísla",
           "Týmto žiadam o prenesenie nižšie uvedených čísel k novému podniku.",
           ["V", Gap(110, None, "miesto"), "dňa", Gap(24, "date_signed_day", "d"), ".",
            Gap(24, "date_signed_month", "m"), ". 20", _YEAR], "Podpis účastníka"),
    "hr": ("HR", "Zahtjev za prijenos broja",
           "Ovim putem molimo prijenos niže navedenih brojeva novom operatoru.",
           ["U", Gap(110, None, "mjesto"), ", dana", Gap(24, "date_signed_day", "d"), ".",
            Gap(24, "date_signed_month", "m"), ". 20", _YEAR, "."], "Potpis korisnika"),
    "sl": ("SI", "Zahteva za prenos številke",
           "S tem prosimo za prenos spodaj navedenih številk k novemu operaterju.",
           ["V", Gap(110, None, "kraj"), ", dne", Gap(24, "date_signed_day", "d"), ".",
            Gap(24, "date_signed_month", "m"), ". 20", _YEAR], "Podpis naročnika"),
}


def _slavic_date(language: str, typed: bool) -> Sheet:
    country, title, intro, parts, sign = _SHAPES[language]
    s = unicode_a4("dnia", country, language, [], "")
    s.date_formats = ["%d.%m.%Y"]
    s.text(40, 800, title, 13, bold=True)
    s.para(40, 760, intro + " " + intro, 510, 8)
    sentence(s, 40, 700, parts, size=9, put_gap=underscore_gap if typed else _apart)
    s.sign_line(sign, 40, 650, 300, label_below=True)
    return s


def _date_row(analysis: FormAnalysis) -> list[tuple[str, str, int]]:
    return sorted((str(p.field), p.part, round(p.rect[0])) for p in analysis.placements
                  if p.rect and 690 < p.rect[3] < 720)


@pytest.mark.parametrize("typed", [False, True], ids=["drawn", "underscores"])
@pytest.mark.parametrize("language", sorted(_SHAPES))
def test_a_date_after_a_slavic_day_word_takes_its_day_month_and_year(language: str,
                                                                     typed: bool) -> None:
    """"Warszawa, dnia __ ______ 20__ r.", "V ____ dne __. __. 20__", "U ____, dana __.__.20__.":
    the gaps after the day word are the signing date's day, month and year's last two digits,
    and the place before it is not ours. The whole date had gone into the day's gap (and on the
    Croatian and Slovenian forms into the place's too: misplaced and stray)."""
    row = _date_row(_analyse(_slavic_date(language, typed), _SHAPES[language][0]))
    assert sorted(part for _f, part, _x in row) == ["day", "month", "year2"], row
    assert {f for f, _p, _x in row} == {"date_signed"}


def test_a_polish_month_between_gaps_side_by_side_is_written_in_words() -> None:
    """"dnia __ ______ 20__ r.": nothing separates the day's gap and the month's, so the month
    is its name in the form's language, inflected as after a day ("grudnia")."""
    filled = fill_form(_slavic_date("pl", True).build()[0], values_from_case(make_case()),
                       "pl.pdf").pdf
    when = datetime(2026, 12, 5, 10, 30, tzinfo=UTC)
    signed, _where, _notes = place_signature(filled, typed_to_png("José Núñez"), "José Núñez",
                                             "", when, "pl")
    words = [w.text for w in extract_words(signed) if 690 < w.y0 < 712]
    assert "grudnia" in words and "05" in words and "26" in words, words


def test_a_day_word_after_words_moving_the_numbers_is_the_requested_date() -> None:
    """"... przeniesienie numeru w dniu __ ______ 20__ r." asks the day the numbers move,
    not the day the form is signed."""
    s = unicode_a4("w dniu", "PL", "pl", [], "")
    s.date_formats = ["%d.%m.%Y"]
    s.text(40, 800, "Wniosek o przeniesienie numeru", 13, bold=True)
    s.para(40, 760, "Abonent prosi o zachowanie numeru przy zmianie operatora. " * 3, 510, 8)
    sentence(s, 40, 700, ["Proszę o przeniesienie numeru w dniu", _DAY, _MONTH, "20", _YEAR,
                          "r."], size=9, put_gap=underscore_gap)
    s.sign_line("Podpis abonenta", 40, 600, 300, label_below=True)
    row = _date_row(_analyse(s, "PL"))
    assert {f for f, _p, _x in row} == {"requested_date"}, row


def test_widgets_after_a_slavic_day_word_are_the_day_month_and_year() -> None:
    """"dnia [__] [______] 20[__] r." in widgets: no caption names the parts; the day word
    says they are the day, the month (in words, nothing between) and the year."""
    s = unicode_a4("dnia widgets", "PL", "pl", [], "")
    s.date_formats = ["%d.%m.%Y"]
    s.text(40, 800, "Wniosek o przeniesienie numeru", 13, bold=True)
    s.widget("Abonent", 150, 766, 400, 15, "account_name")
    s.text(40, 770, "Nazwa abonenta", 8)
    s.para(40, 740, _SHAPES["pl"][2] * 2, 510, 8)
    widget_sentence(s, 40, 700, ["Miejscowość", Gap(110, None, "miejsce"), ", dnia",
                                 Gap(28, "date_signed_day", "d"), Gap(76, "date_signed_month", "m"),
                                 "20", Gap(24, "date_signed_year2", "r"), "r."],
                    ["Miejsce", "Dd", "Mm", "Rr"], size=9)
    s.sign_line("Podpis abonenta", 40, 640, 300, label_below=True)
    dates = [p for p in _analyse(s, "PL").placements if p.field == LoaField.DATE_SIGNED]
    assert sorted(p.part for p in dates) == ["day", "month", "year2"], [
        (p.part, p.widget) for p in dates]


# -- how far another party's section reaches when no heading follows it --------------------------


def _provider_then_signer(gap: float, heading: str = "2. Current provider") -> Sheet:
    s = unicode_a4("reach", "GB", "en", [], "")
    s.text(40, 800, "Letter of Authority", 14, bold=True)
    s.text(40, 770, "1. Customer", 10, bold=True)
    s.blank("Company name", 40, 748, 500, "account_name")
    s.blank("Address", 40, 726, 500, "street")
    s.text(40, 696, heading, 10, bold=True)
    s.blank("Provider", 40, 674, 500, "carrier")
    s.blank("Contact name", 40, 652, 500, None)
    y = 652 - gap
    s.blank("Name of authorised signatory", 40, y, 500, "authorized_name")
    s.blank("Position", 40, y - 22, 500, "authorized_title")
    s.sign_line("Signature", 40, y - 56, 300)
    return s


def _fields_below(analysis: FormAnalysis, top: float) -> set[str]:
    return {str(p.field) for p in analysis.placements if p.rect and p.rect[3] < top}


def test_a_providers_section_ends_where_the_signers_block_starts() -> None:
    """"2. Current provider" over its rows, then, set apart by white space and with no heading
    of its own, the signer's name, position and signature: the provider's section ends at the
    break in the rows (the signer's block holds the place to sign), not at the page's end. The
    position had been read as the provider's (not ours) and left empty."""
    found = _fields_below(_analyse(_provider_then_signer(40), "GB"), 640)
    assert {"authorized_name", "authorized_title", "signature"} <= found, found


def test_a_providers_own_rows_after_its_heading_stay_its() -> None:
    """Guard: the provider's contact name, in the rows right under its heading (no break),
    stays not ours."""
    placed = [p for p in _analyse(_provider_then_signer(40), "GB").placements
              if p.rect and 645 < p.rect[3] < 665]
    assert placed == [], [(p.field, p.evidence) for p in placed]


def test_a_new_providers_section_ends_where_the_signers_block_starts() -> None:
    """The same reach for the new provider's heading (gaining side, not ours)."""
    found = _fields_below(_analyse(_provider_then_signer(40, "2. New provider"), "GB"), 640)
    assert {"authorized_name", "authorized_title", "signature"} <= found, found


def test_nuvaerende_teleselskab_heads_the_providers_rows_only() -> None:
    """Danish: "Nuværende teleselskab" names the losing side again (it had been left out of the
    provider words because its section took the signer's block below it); its rows end at the
    break before the signer's: the name in block letters, the position and the signature are
    ours, the provider's contact is not. A guard on the code before (the word was not read)."""
    s = unicode_a4("reach da", "DK", "da", [], "")
    s.date_formats = ["%d-%m-%Y"]
    s.text(40, 800, "Fuldmagt til nummerflytning", 14, bold=True)
    s.text(40, 770, "1. Kunde", 10, bold=True)
    s.blank("Firmanavn", 40, 748, 500, "account_name")
    s.blank("Adresse", 40, 726, 500, "street")
    s.text(40, 696, "2. Nuværende teleselskab", 10, bold=True)
    s.blank("Teleselskab", 40, 674, 500, "carrier")
    s.blank("Kontaktperson", 40, 652, 500, None)
    s.blank("Navn med blokbogstaver", 40, 612, 500, "authorized_name")
    s.blank("Stilling", 40, 590, 500, "authorized_title")
    s.sign_line("Underskrift", 40, 556, 300)
    analysis = _analyse(s, "DK")
    assert {"authorized_name", "authorized_title", "signature"} <= _fields_below(analysis, 640)
    assert not [p for p in analysis.placements if p.rect and 645 < p.rect[3] < 665]


# -- round 26 batch a ------------------------------------------------------------------------------


@pytest.mark.parametrize(("label", "field"), [
    ("When should we port your lines?", LoaField.REQUESTED_DATE),
    ("On what date would you like the transfer to happen?", LoaField.REQUESTED_DATE),
    ("Where are the phones located?", LoaField.SERVICE_ADDRESS),
    ("Who should we ring with questions?", LoaField.CONTACT_PHONE),
    ("In whose name is the account held?", LoaField.ACCOUNT_NAME),
    # the same questions in the languages forms come in most
    ("Quand souhaitez-vous que vos numéros soient transférés ?", LoaField.REQUESTED_DATE),
    ("Wann sollen Ihre Rufnummern portiert werden?", LoaField.REQUESTED_DATE),
    ("Wo ist der Anschluss installiert?", LoaField.SERVICE_ADDRESS),
    ("¿Dónde está instalado el servicio?", LoaField.SERVICE_ADDRESS),
    ("Wen können wir bei Fragen anrufen?", LoaField.CONTACT_PHONE),
    ("Who is signing this request?", LoaField.AUTHORIZED_NAME),
    ("Qui signe la demande ?", LoaField.AUTHORIZED_NAME),
    # "how many" asks a count, never a number slot (a number had gone in a count's box)
    ("Combien de numéros souhaitez-vous porter ?", LoaField.NUMBER_COUNT),
    ("Wie viele Rufnummern sollen portiert werden?", LoaField.NUMBER_COUNT),
    ("¿Cuántas líneas desea portar?", LoaField.NUMBER_COUNT),
])
def test_a_question_asked_as_the_label_says_the_kind_of_value(label: str,
                                                              field: LoaField) -> None:
    """A question printed as the label: its question word says the kind (when: a date, where:
    a place, who ... ring: a phone), its verb whose. They had read nothing (the requested date's
    boxes took the "numbers" of the question; a misleading tooltip placed the address)."""
    read = classify_in(label, ("en",))
    assert read is not None and read.field == field, read


def _authorised_block(heading: str, aside: str) -> Sheet:
    s = letter("authorised", "US", "en", [], "")
    s.text(40, 750, "Letter of Authorization", 14, bold=True)
    boxed_widget(s, "Account name", None, 40, 700, 300, "account_name")
    s.text(40, 670, heading, 9, bold=True)
    s.text(40, 660, aside, 7.5)
    boxed_widget(s, "Full name", None, 40, 620, 160, "authorized_name")
    boxed_widget(s, "Position", None, 200, 620, 140, "authorized_title")
    boxed_widget(s, "Phone", None, 40, 590, 160, "contact_phone")
    s.sign_line("Signature", 40, 520, 300, label_below=True)
    return s


def _written(pdf: bytes, case: Any) -> list[str]:
    filled = fill_form(pdf, values_from_case(case), "form.pdf").pdf
    return [w.text for w in extract_words(filled) if 590 < w.y0 < 640]


def test_an_authorised_persons_block_asked_if_not_the_holder_is_the_signers() -> None:
    """"AUTHORISED REPRESENTATIVE (if other than the customer)": the person acting for the
    holder, the case's signer; name, position and phone are written when the signer is not the
    holder (a company and its owner). They had been read as another person's, left empty."""
    pdf = _authorised_block("AUTHORISED REPRESENTATIVE", "(if other than the customer)").build()[0]
    words = _written(pdf, make_case())
    assert "Núñez" in words and "Owner" in words, words


def test_the_authorised_persons_block_stays_empty_when_the_holder_signs() -> None:
    """The holder signs (a household: the signer is the account's name): nothing goes in it."""
    pdf = _authorised_block("AUTHORISED REPRESENTATIVE", "(if other than the customer)").build()[0]
    words = _written(pdf, make_case(account_name="José Núñez", authorized_title=""))
    assert "Núñez" not in words, words


def test_a_technical_contact_asked_if_different_stays_another_persons() -> None:
    """Guard: "Technical contact (if other than the customer)" is not the signer's block."""
    pdf = _authorised_block("TECHNICAL CONTACT", "(if other than the customer)").build()[0]
    assert "Núñez" not in _written(pdf, make_case())


def test_a_dates_label_over_its_part_boxes_leaves_no_blank_after_it() -> None:
    """"Preferred port date" printed over [Day] / [Month] / [Year]: the date goes in the boxes
    only; the white space after the label on its line is no blank (a whole date had been
    written there too: stray)."""
    s = letter("date over boxes", "CA", "en", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 750, "Letter of Authorization", 14, bold=True)
    s.para(40, 720, "The customer asks for the numbers below to be moved to the new carrier "
           "on the date given, and keeps service until then.", 520, 8)
    s.text(320, 660, "Preferred port date", 8, bold=True)
    date_parts(s, 320, 636, [("Day", 30, "requested_day"), ("Month", 30, "requested_month"),
                             ("Year", 50, "requested_year")])
    dates = [p for p in _analyse(s, "CA").placements if p.field == LoaField.REQUESTED_DATE]
    assert sorted(p.part for p in dates) == ["day", "month", "year"], [
        (p.part, p.rect) for p in dates]


@pytest.mark.parametrize(("label", "field"), [
    ("Furnizorul actual al serviciului", LoaField.CARRIER),
    ("Număr de cont la furnizorul donor", LoaField.ACCOUNT_NUMBER),
    ("Cod client la operatorul actual", LoaField.ACCOUNT_NUMBER),
    ("Numărul principal al contului", LoaField.BTN),
])
def test_romanian_provider_account_and_main_number_words(label: str, field: LoaField) -> None:
    """The customer's account "at the donor provider" is the account number, not the provider
    (it had been read as the carrier); the main number is the BTN."""
    read = classify_in(label, ("ro",))
    assert read is not None and read.field == field, read


def test_lines_counted_in_brackets_are_no_area_code() -> None:
    """"Numbers that stay: (1) ........ (2) ........": "(1)" counts the lines (no area code is
    one digit); both lines take the numbers that stay, written whole. "(1)" had been read as a
    printed area code: nothing was written on either line."""
    s = a4("counted", "GB", "en", [], "")
    s.text(40, 800, "Letter of Authority", 14, bold=True)
    s.blank("Company name", 40, 770, 500, "account_name")
    s.text(40, 740, "Numbers that stay with the current provider:", 8)
    for k in range(2):
        dotted(s, f"({k + 1})", 240 + k * 150, 740, 380 + k * 150, None)
    analysis = _analyse(s, "GB")
    stays = [p for p in analysis.placements if p.field == LoaField.REMAINING_NUMBER]
    assert len(stays) == 2 and not any(p.part for p in stays), [(p.part, p.rect) for p in stays]


# -- round 26 batches b and c ----------------------------------------------------------------------


def test_a_dates_year_takes_its_short_line_not_the_white_up_to_the_signature() -> None:
    """"V ______ dne __.__.20__" with the signature's line further right on the same row: the
    year goes on its own short line after "20"; the white space up to the signature line (which
    it had taken, so the form could not be signed there) is no part of the date."""
    s = unicode_a4("year line", "CZ", "cs", [], "")
    s.date_formats = ["%d.%m.%Y"]
    s.text(40, 800, "Žádost o přenesení čísla", 13, bold=True)
    s.para(40, 760, _SHAPES["cs"][2] * 2, 510, 8)
    sentence(s, 40, 700, ["V", Gap(90, None, "místo"), "dne", Gap(20, "date_signed_day", "d"), ".",
                          Gap(20, "date_signed_month", "m"), ". 20", Gap(18, "date_signed_year2",
                                                                      "r")],
             size=8.5, put_gap=_apart, right=330)
    s.sign_line("Podpis účastníka", 340, 696, 555, label_below=True)
    placed = _analyse(s, "CZ").placements
    [year] = [p for p in placed if p.part == "year2"]
    assert year.rect is not None and year.rect[2] < 330, year.rect
    assert any(p.field == LoaField.SIGNATURE and p.rect and p.rect[0] > 330 for p in placed)


def test_a_languages_not_ours_words_never_fire_on_a_signature_label() -> None:
    """"Podpis účastníka / razítko" (signature / stamp) is where the customer signs: the stamp
    beside it is an aside, as the lexicons' not-ours words already were (it had been not ours,
    and the signature went on the provider's panel)."""
    read = classify_in("Podpis zákazníka nebo razítko", ("cs",))
    assert read is not None and read.field == LoaField.SIGNATURE, read
    alone = classify_in("Razítko", ("cs",))
    assert alone is not None and alone.field == "not_ours"  # guard: the stamp alone is not ours


def _acting_for(title: str, aside: str, rows: list[tuple[str, str | None]], language: str,
                country: str) -> Sheet:
    s = unicode_a4("acting for", country, language, [], "")
    s.date_formats = ["%d.%m.%Y"]
    s.text(40, 800, "Formulaire", 13, bold=True)
    s.blank(rows[0][0], 40, 770, 500, "account_name")
    s.text(40, 730, f"{title} ({aside})", 9, bold=True)
    for n, (label, fld) in enumerate(rows[1:]):
        s.blank(label, 40, 706 - 22 * n, 500, fld)
    s.sign_line({"fr": "Signature", "hr": "Potpis"}[language], 40, 600, 300, label_below=True)
    return s


@pytest.mark.parametrize(("language", "country", "title", "aside", "rows"), [
    ("fr", "FR", "LE MANDATAIRE", "si différent du titulaire",
     [("Raison sociale", None), ("Nom et prénom", "authorized_name"),
      ("Téléphone", "contact_phone")]),
    ("hr", "HR", "OVLAŠTENA OSOBA", "ako nije pretplatnik",
     [("Naziv tvrtke", None), ("Ime i prezime", "authorized_name"),
      ("Kontakt telefon", "contact_phone")]),
])
def test_a_person_acting_for_the_holder_if_not_the_holder_is_the_signer(
        language: str, country: str, title: str, aside: str,
        rows: list[tuple[str, str | None]]) -> None:
    """A block titled by a person acting for the holder, asked when the holder does not sign
    (in the form's language): its bare name and phone are the signer's (they had been another
    person's, or the customer's name: misplaced)."""
    found = _fields_below(_analyse(_acting_for(title, aside, rows, language, country), country),
                          720)
    assert {"authorized_name", "contact_phone"} <= found, found
    assert "account_name" not in found


def test_a_caption_row_under_a_dates_boxes_gives_their_order() -> None:
    """"Önskat datum: [____] - [__] - [__]" with "ÅÅÅÅ   MM   DD" printed loosely under the
    boxes (not one caption under each): the year, the month and the day, in that order (the
    country's day-first order had put the year in the day's box: misplaced)."""
    s = unicode_a4("caption row", "SE", "sv", [], "")
    s.date_formats = ["%Y-%m-%d"]
    s.text(40, 800, "Begäran om nummerflytt", 13, bold=True)
    s.widget("Namn", 150, 766, 300, 15, "account_name")
    s.text(40, 770, "Företagets namn", 8)
    s.text(40, 704, "Önskat datum:", 8.5)
    slash_date(s, 130, 703, [(36, "requested_year"), (22, "requested_month"),
                             (22, "requested_day")], "datum", names=["D1", "D2", "D3"], sep="-")
    hint(s, 132, 691, "ÅÅÅÅ          MM         DD")
    parts = {p.widget: p.part for p in _analyse(s, "SE").placements
             if p.field == LoaField.REQUESTED_DATE}
    assert parts == {"D1": "year", "D2": "month", "D3": "day"}, parts


def test_greek_date_part_captions_are_read() -> None:
    """"ΗΗ ΜΜ ΕΕ" under three boxes, the century printed before the last: day, month and the
    year's last two digits (the whole date had gone into the day's box)."""
    s = unicode_a4("greek date", "GR", "el", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, "Αίτηση φορητότητας αριθμού", 13, bold=True)
    s.widget("K1", 170, 766, 300, 15, "account_name")
    s.text(40, 770, "Επωνυμία πελάτη", 8)
    s.text(40, 704, "Επιθυμητή ημερομηνία:", 8)
    slash_date(s, 150, 703, [(22, "requested_day"), (22, "requested_month"),
                             (22, "requested_year2")], "ημερομηνία", prefix_year=True,
               names=["K2", "K3", "K4"])
    hint(s, 152, 691, "ΗΗ        ΜΜ           ΕΕ")
    parts = sorted(p.part for p in _analyse(s, "GR").placements
                   if p.field == LoaField.REQUESTED_DATE)
    assert parts == ["day", "month", "year2"], parts


def test_a_printed_place_a_comma_and_a_date_are_where_and_when_it_is_signed() -> None:
    """"Quetzaltenango, __ de ______ de 20__": the town printed, its comma, then the whole
    date shape: the signing date's parts (left empty: no word led into the date)."""
    s = a4("printed place", "GT", "es", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, "Solicitud de portabilidad", 13, bold=True)
    s.blank("Nombre del titular", 40, 770, 500, "account_name")
    s.para(40, 740, "El titular solicita la portabilidad de las líneas indicadas y autoriza al "
           "nuevo operador a gestionarla ante el operador actual.", 510, 8)
    s.text(40, 700, "Quetzaltenango,", 9)
    s.line_under(120, 698, 150, "date_signed_day", "día")
    s.text(154, 700, "de", 9)
    s.line_under(170, 698, 250, "date_signed_month", "mes")
    s.text(254, 700, "de 20", 9)
    s.line_under(280, 698, 304, "date_signed_year2", "año")
    s.sign_line("Firma del titular", 40, 640, 300, label_below=True)
    parts = sorted(p.part for p in _analyse(s, "GT").placements
                   if p.field == LoaField.DATE_SIGNED)
    assert parts == ["day", "month", "year2"], parts


def test_a_receipt_to_be_completed_by_the_agent_is_no_place_of_ours() -> None:
    """"RECEIPT (to be completed by the agent and handed to the subscriber)" over "Date ____":
    the agent's date, not the signing date (written there: stray). Its aside in brackets is no
    reason to read the title as a sentence."""
    s = a4("receipt", "GB", "en", [], "")
    s.text(40, 800, "Port request", 13, bold=True)
    s.blank("Company name", 40, 770, 500, "account_name")
    s.sign_line("Signature", 40, 700, 300, label_below=True)
    s.blank("Date", 330, 700, 520, "date_signed")
    s.text(40, 120, "RECEIPT (to be completed by the agent and handed to the subscriber)", 7.5,
           bold=True)
    s.blank("Date", 40, 96, 200, None)
    dates = [p for p in _analyse(s, "GB").placements if p.field == LoaField.DATE_SIGNED]
    assert dates and all(p.rect and p.rect[1] > 600 for p in dates), [p.rect for p in dates]


@pytest.mark.parametrize(("label", "language", "field"), [
    ("Endast angivna nummer", "sv", LoaField.PARTIAL_PORT),
    ("Algunos números", "es", LoaField.PARTIAL_PORT),
    ("Μερική φορητότητα", "el", LoaField.PARTIAL_PORT),
    ("Pouze vybraná čísla", "cs", LoaField.PARTIAL_PORT),
    ("Parte dos números", "pt", LoaField.PARTIAL_PORT),
])
def test_ticks_for_part_of_the_numbers_in_the_forms_language(label: str, language: str,
                                                             field: LoaField) -> None:
    from portdesk.loa.lexicon import reading_in
    from portdesk.loa.tickwords import check_field

    with reading_in((language,)):
        assert check_field(label) == field


@pytest.mark.parametrize(("label", "language", "field"), [
    ("¿A nombre de quién figura la línea?", "es", LoaField.ACCOUNT_NAME),
    ("Τηλ. επικοινωνίας πελάτη", "el", LoaField.CONTACT_PHONE),
    ("Κύριος αριθμός γραμμής", "el", LoaField.BTN),
    ("Broj računa kod operatora", "hr", LoaField.ACCOUNT_NUMBER),
    ("Hlavní číslo přípojky", "cs", LoaField.BTN),
    ("Zástupce firmy", "cs", LoaField.AUTHORIZED_NAME),
])
def test_words_of_the_lexicons_for_round_26s_values(label: str, language: str,
                                                    field: LoaField) -> None:
    read = classify_in(label, (language,))
    assert read is not None and read.field == field, read


def test_a_party_column_beside_the_signers_keeps_its_rows() -> None:
    """Guard: "ACCOUNT HOLDER" | "NEW PROVIDER'S REPRESENTATIVE" side by side, each with a
    signature box, then Name and Date: the reach is measured in the blank's own column, so the
    representative's name and date stay theirs (read across the page, the customer's signing
    date beside them had made them ours: stray)."""
    s = a4("columns", "NZ", "en", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, "Porting Authority", 13, bold=True)
    s.blank("Company name", 40, 770, 500, "account_name")
    s.band(40, 720, 250, "ACCOUNT HOLDER", 8)
    s.band(305, 720, 250, "NEW PROVIDER REPRESENTATIVE", 8)
    s.box(40, 670, 250, 42, "signature", "account holder signature")
    s.box(305, 670, 250, 42, None, "representative signature")
    s.blank("Name", 40, 645, 290, "authorized_name")
    s.blank("Name", 305, 645, 555, None)
    s.blank("Date", 40, 623, 290, "date_signed")
    s.blank("Date", 305, 623, 555, None)
    right = [p for p in _analyse(s, "NZ").placements if p.rect and p.rect[0] > 300]
    assert right == [], [(p.field, p.rect) for p in right]


# -- round 26's layouts, beyond its forms ----------------------------------------------------------


def _question_form() -> Sheet:
    s = letter("questions", "US", "en", [], "")
    s.text(40, 750, "Port Request", 14, bold=True)
    s.text(40, 720, "Does the account belong to a business customer?", 8.5)
    x = tick_left(s, 280, 720, "check:business", "Yes")
    tick_left(s, x + 10, 720, "check:residential", "No")
    s.text(40, 690, "What phone company serves you at present?", 8.5)
    s.widget("Text9", 280, 686, 200, 15, "carrier")
    s.text(40, 664, "Daytime number", 8)
    s.box(40, 640, 200, 20, "contact_phone", "box")
    hint(s, 44, 646, "e.g. 208-555-0100")
    s.sign_line("Signature", 40, 580, 300, label_below=True)
    return s


def test_a_yes_no_question_about_the_kind_of_account_ticks_it() -> None:
    """"Does the account belong to a business customer? [ ] Yes [ ] No": Yes is the business
    tick, No the residential one (both had been left empty)."""
    fields = {p.field for p in _analyse(_question_form(), "US").placements if p.rect
              and p.rect[1] > 715}
    assert fields == {LoaField.BUSINESS, LoaField.RESIDENTIAL}, fields


def test_a_question_naming_the_company_that_serves_you_now_is_the_carrier() -> None:
    placed = {p.widget: p.field for p in _analyse(_question_form(), "US").placements}
    assert placed.get("Text9") == LoaField.CARRIER, placed


def test_a_box_holding_only_a_hint_is_a_blank_labelled_from_outside() -> None:
    """A printed box whose only print is a hint ("e.g. 208-555-0100") is empty room to write
    in, its label above it; the hint is no label (the box had not been a blank at all)."""
    [phone] = [p for p in _analyse(_question_form(), "US").placements
               if p.field == LoaField.CONTACT_PHONE]
    assert phone.rect is not None and 630 < phone.rect[1] < 650 and phone.rect[0] > 90


@pytest.mark.parametrize("label", ["What company will provide your service?",
                                   "Which provider are you switching to now?",
                                   "When did you open the account?"])
def test_questions_about_the_new_provider_or_the_past_read_nothing_of_ours(label: str) -> None:
    """Guard: a question about the provider the numbers go to, or about a past date, is no
    current provider and no requested date."""
    read = classify_in(label, ("en",))
    assert read is None or read.field not in (LoaField.CARRIER, LoaField.REQUESTED_DATE), read
