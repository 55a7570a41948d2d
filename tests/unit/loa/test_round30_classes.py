"""Round 30's classes (issue 11, session 17: abstention by place), each in a small drawn form of
its own words; each test failed before its fix. The rules are general (how forms are drawn and
worded), never one form's literal."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from typing import Any

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.constants import UserAccessPermissions

from portdesk.loa.errors import BadPdf
from portdesk.loa.fields import LoaField, values_from_case
from portdesk.loa.files import print_refusal
from portdesk.loa.fill import FormAnalysis, analyse_form, fill_form
from portdesk.loa.formscan import extract_words
from portdesk.loa.sign import place_signature
from portdesk.loa.signature import typed_to_png
from portdesk.loa.vocabulary import classify_in
from tests.integration.loa.scoring import Char, Score, _score_place, read_images
from tests.loaforms import testforms
from tests.loaforms.kit import Sheet, a4, letter
from tests.loaforms.round27_kit import choice, widget
from tests.loaforms.round30_kit import kinds_table, sign_table, spaced
from tests.unit.loa.helpers import make_case, widget_values, world_case


def _analyse(s: Sheet, country: str) -> FormAnalysis:
    return analyse_form(s.build()[0], "form.pdf", country=country, strict=False)


def _at(analysis: FormAnalysis, field: LoaField) -> list[str]:
    return sorted(p.widget or p.target() for p in analysis.placements if p.field == field)


# -- leftover 1: a value drawn over a box that is not its own is misplaced ------------------------

def _scored(place: dict[str, Any], text: str) -> Score:
    truth = {"country": "GR", "language": "el", "date_formats": ["%d/%m/%Y"]}
    chars = [Char(c, 1, 102 + 6 * n, 102, 107 + 6 * n, 112) for n, c in enumerate(text)]
    score = Score("form.pdf", "case", "split")
    _score_place(score, truth, place, {"service_address": {"city": "Heraklion"}},
                 date(2028, 9, 1), chars, set(), [], [], set())
    return score


def test_a_value_over_a_box_the_case_does_not_decide_is_misplaced() -> None:
    """A country drop-down the case does not decide is optional: left empty it costs nothing,
    but the city written over it is a value in a box that asks another one (an optional text
    box the case may fill keeps whatever fits it)."""
    dropdown = {"page": 1, "rect": [100, 100, 200, 115], "field": None, "optional": True,
                "widget": "country", "options": ["Greece", "Cyprus"]}
    assert _scored(dropdown, "Heraklion").misplaced == 1
    assert _scored(dropdown, "Greece").misplaced == 0  # an option: a choice, not a value
    assert _scored(dropdown, "").misplaced == 0
    suite = {"page": 1, "rect": [100, 100, 200, 115], "field": None, "optional": True,
             "widget": "suite"}  # a text box the case may or may not fill: either is right
    assert _scored(suite, "Unit 804").misplaced == 0


def _captions_both_ways(s: Sheet, labels: dict[str, str], options: list[str]) -> None:
    """Row 1 prints each caption after its box; row 2 prints the city's caption after its box
    and the country's label before its drop-down, the two a little apart."""
    s.text(40, 790, labels["title"], 13, bold=True)
    s.para(40, 770, labels["intro"], 500, 8)
    y = 720
    widget(s, "f1", 40, y, 220, 15, "street")
    end = s.text(264, y + 4, labels["street"], 7.5)
    widget(s, "f2", end + 12, y, 60, 15, "postal_code")
    s.text(end + 76, y + 4, labels["postcode"], 7.5)
    y -= 22
    widget(s, "f3", 40, y, 140, 15, "city")
    end = s.text(184, y + 4, labels["city"], 7.5)
    end = s.text(end + 12, y + 4, labels["country"], 7.5)
    choice(s, "f4", end + 6, y, 80, options, None)
    s.places[-1]["optional"] = True
    s.sign_line(labels["sign"], 40, 600, 300, label_below=True)


_BOTH_WAYS = {
    "en": ("GB", {"title": "Number transfer request",
                  "intro": "I ask you to transfer the numbers listed below to the new provider "
                           "and authorise you to act on my behalf with my current provider.",
                  "street": "Street and number", "postcode": "Postcode", "city": "City",
                  "country": "Country", "sign": "Signature"}, ["United Kingdom", "Ireland"]),
    "es": ("ES", {"title": "Solicitud de portabilidad",
                  "intro": "Solicito la portabilidad de los números indicados abajo al nuevo "
                           "operador y le autorizo a tramitar la baja con mi operador actual.",
                  "street": "Calle y número", "postcode": "Código postal", "city": "Localidad",
                  "country": "País", "sign": "Firma del titular"}, ["España", "Portugal"]),
}


@pytest.mark.parametrize("language", sorted(_BOTH_WAYS))
def test_a_caption_after_its_box_on_a_row_that_also_labels_the_next_box_before_it(
        language: str) -> None:
    """'[____] City  Country [v]' on a page that prints captions after boxes: the phrase right
    after the row's first box is that box's caption, the phrase right before the drop-down its
    own: the city goes in its box, nothing over the country's drop-down."""
    country, labels, options = _BOTH_WAYS[language]
    s = a4(f"both-ways-{language}", country, language, [], "")
    s.date_formats = ["%d/%m/%Y"]
    _captions_both_ways(s, labels, options)
    analysis = _analyse(s, country)
    assert _at(analysis, LoaField.CITY) == ["f3"]
    assert not [p for p in analysis.placements if p.rect and p.rect[0] > 200
                and 690 < p.rect[1] < 705]


# -- leftover 2: 'Other (specify): ____' beside a choice ----------------------------------------

_OTHER = {
    "en": ("GB", "Current provider", "Other (please specify)", "Number transfer request",
           "I ask you to transfer the numbers listed below to the new provider and authorise "
           "you to act on my behalf with my current provider."),
    "es": ("ES", "Operador donante", "Otro (indique cuál)", "Solicitud de portabilidad",
           "Solicito la portabilidad de los números indicados abajo al nuevo operador y le "
           "autorizo a tramitar la baja con mi operador actual."),
}


def _other_form(language: str, options: list[str]) -> Sheet:
    country, lead, other, title, intro = _OTHER[language]
    s = a4(f"other-{language}", country, language, [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 790, title, 13, bold=True)
    s.para(40, 770, intro, 500, 8)
    s.text(40, 737, lead, 6.8)
    choice(s, "donor", 40, 720, 130, options, None)
    s.text(176, 737, other, 6.8)
    widget(s, "donor_other", 176, 720, 160, 15, "carrier")
    s.sign_line("Signature" if language == "en" else "Firma del titular", 40, 600, 300,
                label_below=True)
    return s


@pytest.mark.parametrize("language", sorted(_OTHER))
def test_other_beside_a_choice_takes_the_value_no_option_says(language: str) -> None:
    """The operator none of the drop-down's options names goes in 'Other', nothing is written
    over the drop-down; an operator one option names sets the drop-down, 'Other' stays
    empty."""
    country = _OTHER[language][0]
    pdf = _other_form(language, ["Alpha Tel", "Beta Mobile", "Other"]).build()[0]
    values = values_from_case(world_case(country, carrier="Gamma Networks"))
    out = fill_form(pdf, values, "form.pdf")
    got = widget_values(out.pdf)
    assert got.get("donor_other") == "Gamma Networks"
    words = " ".join(w.text for w in extract_words(out.pdf) if 700 < w.y0 < 740 and w.x0 < 172)
    assert "Gamma" not in words
    values = values_from_case(world_case(country, carrier="Beta Mobile"))
    got = widget_values(fill_form(pdf, values, "form.pdf").pdf)
    assert got.get("donor_other", "") == ""
    assert got.get("donor") == "Beta Mobile"


def test_other_beside_ticks_of_another_choice_stays_empty() -> None:
    """'Line type: [ ] Analogue [ ] ISDN  Other: ____' asks nothing the case holds: empty."""
    s = letter("other-ticks", "US", "en", [], "")
    s.text(40, 760, "Letter of Authorization", 13, bold=True)
    s.para(40, 740, "I authorize the new provider to port the numbers below from my current "
                    "provider.", 500, 8)
    s.text(40, 700, "Line type:", 8)
    s.tick(100, 700, None, "Analogue")
    s.tick(170, 700, None, "ISDN")
    s.blank("Other:", 230, 700, 400, None)
    s.sign_line("Signature", 40, 600, 300, label_below=True)
    analysis = _analyse(s, "US")
    assert not [p for p in analysis.placements if p.rect and 695 < p.rect[1] < 712
                and p.rect[0] > 240]


# -- leftover 4: a form locked by its owner only -------------------------------------------------

def _locked(permissions: int) -> bytes:
    """The plain fillable test form, locked with an owner password only (it opens with the
    empty password, as every viewer opens it) and these permissions."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(testforms.opaque_form())))
    writer.encrypt(user_password="", owner_password="the carrier's", algorithm="AES-128",
                   permissions_flag=UserAccessPermissions(permissions))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


_P = UserAccessPermissions


def test_a_form_locked_by_its_owner_that_allows_filling_is_filled_and_signed() -> None:
    values = values_from_case(make_case())
    locked = _locked(_P.PRINT | _P.FILL_FORM_FIELDS)
    filled = fill_form(locked, values, "locked.pdf").pdf
    assert any(v for v in widget_values(filled).values())
    signed, _where, _notes = place_signature(filled, typed_to_png("José Núñez"), "José Núñez",
                                             "Owner", datetime(2028, 9, 1, tzinfo=UTC))
    assert read_images(signed)
    assert print_refusal(signed) is None


def test_a_locked_form_is_never_filled_signed_or_printed_against_its_permissions() -> None:
    values = values_from_case(make_case())
    with pytest.raises(BadPdf, match="permissions forbid filling its form fields"):
        fill_form(_locked(int(_P.PRINT)), values, "locked.pdf")
    no_print = _locked(int(_P.FILL_FORM_FIELDS))
    assert print_refusal(no_print) == \
        "the PDF is locked by its owner and its permissions forbid printing it"
    filled = fill_form(no_print, values, "locked.pdf").pdf  # the lock goes on with the copy
    assert print_refusal(filled) is not None
    signed, _where, _notes = place_signature(filled, typed_to_png("José Núñez"), "José Núñez",
                                             "Owner", datetime(2028, 9, 1, tzinfo=UTC))
    assert print_refusal(signed) is not None
    assert print_refusal(testforms.opaque_form()) is None


def test_a_pdf_that_needs_a_password_to_open_is_still_refused() -> None:
    with pytest.raises(BadPdf, match="encrypted"):
        fill_form(testforms.encrypted_form(), values_from_case(make_case()), "x.pdf")


# -- round 30's first sight, by class ------------------------------------------------------------

def _intro(s: Sheet, title: str, intro: str, top: float = 790) -> None:
    s.text(40, top, title, 13, bold=True)
    s.para(40, top - 20, intro, 500, 8)


_EN_INTRO = ("Letter of Authorization", "I authorize the new provider to act as my agent and "
             "to transfer the telephone numbers listed below from my current provider.")


def test_a_signature_table_row_names_its_party_and_a_witness_row_stays_empty() -> None:
    """'| Signature | Print name | Date' over a Customer row and a Witness row: the customer's
    cells take the ink, the name and the date; the witness's row and the cell naming each row
    take nothing."""
    s = letter("sign-table", "US", "en", [], "")
    s.date_formats = ["%m/%d/%Y"]
    _intro(s, *_EN_INTRO, top=760)
    s.blank("Account holder name:", 40, 700, 400, "account_name")
    sign_table(s, 40, 640, [("", 90), ("Signature", 180), ("Print name", 150), ("Date", 90)],
               [("Customer", [None, "signature", "authorized_name", "date_signed"]),
                ("Witness", [None, None, None, None])], row_h=24, head_h=12)
    analysis = _analyse(s, "US")
    table = [p for p in analysis.placements if p.rect and p.rect[3] < 632]
    assert sorted(str(p.field) for p in table) == ["authorized_name", "date_signed",
                                                    "signature"], table
    assert all(p.rect and 600 < p.rect[1] < 610 for p in table), table  # the customer's row


_PARTS = {"en": ("US", "Surname", "First name", _EN_INTRO),
          "it": ("IT", "Cognome", "Nome", ("Richiesta di portabilità", "Il sottoscritto chiede "
                                                  "la portabilità dei numeri indicati sotto "
                                                  "verso il nuovo operatore."))}


@pytest.mark.parametrize("language", sorted(_PARTS))
def test_a_name_asked_in_parts_is_never_written_whole_in_one_part(language: str) -> None:
    country, surname, given, intro = _PARTS[language]
    s = a4(f"parts-{language}", country, language, [], "")
    s.date_formats = ["%d/%m/%Y"]
    _intro(s, *intro)
    s.text(40, 717, "Signatory" if language == "en" else "Firmatario", 8, bold=True)
    s.text(40, 707, surname, 7)
    widget(s, "p1", 40, 690, 150, 14, None)
    s.text(196, 707, given, 7)
    widget(s, "p2", 196, 690, 130, 14, None)
    s.sign_line("Signature" if language == "en" else "Firma", 40, 600, 300, label_below=True)
    analysis = _analyse(s, country)
    assert not [p for p in analysis.placements if p.widget in ("p1", "p2")]


@pytest.mark.parametrize(("label", "language"), [
    ("Адрес (улица, №, град, пощенски код)", "bg"), ("Indirizzo (via, città, CAP)", "it"),
    ("Adres (ulica, miasto, kod pocztowy)", "pl")])
def test_a_label_listing_an_address_s_parts_is_the_whole_address(label: str,
                                                                  language: str) -> None:
    read = classify_in(label, (language,))
    assert read is not None and read.field == LoaField.SERVICE_ADDRESS


def _bare_numbered(first: int) -> Sheet:
    s = letter(f"numbered-{first}", "US", "en", [], "")
    s.date_formats = ["%m/%d/%Y"]
    _intro(s, *_EN_INTRO, top=760)
    s.blank("Account holder name:", 40, 700, 400, "account_name")
    for n in range(6):
        s.text(40, 660 - 20 * n, f"{first + n}.", 9)
        s.line_under(60, 658 - 20 * n, 250, None, "line")
    s.sign_line("Signature", 40, 480, 300, label_below=True)
    return s


def test_a_numbered_list_read_by_its_layout_alone_starts_at_its_line_1() -> None:
    """Bare lines printed 1. .. 6. are the numbers list; bare lines printed 2. .. 7. are not
    (their line 1 is something else's: the list is not surely the numbers)."""
    assert len(_at(_analyse(_bare_numbered(1), "US"), LoaField.NUMBER)) == 6
    assert not _at(_analyse(_bare_numbered(2), "US"), LoaField.NUMBER)


def test_letters_drawn_a_glyph_at_a_time_are_one_word() -> None:
    s = letter("spaced", "US", "en", [], "")
    spaced(s, 40, 700, "ACCOUNT NUMBER", size=8, track=1.6)
    words = [w.text for w in extract_words(s.build()[0])]
    assert words == ["ACCOUNT", "NUMBER"], words


def test_two_lines_over_a_box_reading_two_values_leave_it_empty() -> None:
    """'agissant pour moi-même / pour la société (rayer) - handelnd für mich / für die Firma'
    (a strike-out choice, 'Firma' the signature's word elsewhere) over 'Raison sociale /
    Inhaber' over a box: which line is the box's is not sure; the farther line is not read
    alone (the ink went on the box), and the box is left to the specialist."""
    s = a4("strike", "FR", "fr", [], "")
    s.date_formats = ["%d/%m/%Y"]
    _intro(s, "Mandat de portabilité", "Je demande la portabilité des numéros ci-dessous vers "
           "le nouvel opérateur et lui donne mandat pour résilier mon contrat actuel.")
    y = 692
    s.text(24, y + 24, "agissant  pour moi-même / pour la société  (rayer)  -  handelnd für "
           "mich / für die Firma", 7)
    s.text(26, y + 17, "Raison sociale ou nom du titulaire / Inhaber", 6)
    s.box(24, y, 290, 14, "account_name", "titulaire")
    s.text(322, y + 17, "SIRET", 6)
    s.box(320, y, 120, 14, None, "SIRET")
    s.sign_line("Signature / Unterschrift", 40, 600, 300, label_below=True)
    analysis = _analyse(s, "FR")
    assert not [p for p in analysis.placements if p.rect and 690 < p.rect[1] < 695]


def test_the_column_beside_the_main_number_takes_the_other_numbers() -> None:
    """'# | Main number | Additional numbers | Fax': the main number in its cell, the others
    down the next column, none written twice."""
    s = letter("kinds", "US", "en", [], "")
    s.date_formats = ["%m/%d/%Y"]
    _intro(s, *_EN_INTRO, top=760)
    s.blank("Account holder name:", 40, 700, 400, "account_name")
    slots = s.slot_group(ordered=False)
    kinds_table(s, 40, 670, [("#", 20, "#"), ("Main number", 110, "main"),
                             ("Additional numbers", 130, "more"), ("Fax", 110, "other")], 6,
                slots)
    s.sign_line("Signature", 40, 480, 300, label_below=True)
    values = values_from_case(make_case(4))
    out = fill_form(s.build()[0], values, "form.pdf")
    written = [r.value for r in out.rows if r.field in ("btn", "number") and r.value]
    assert sorted(written) == sorted(values.numbers), written


@pytest.mark.parametrize("code", ["A1", "1.1"])
def test_a_box_labelled_by_a_code_reads_the_key_printed_for_it(code: str) -> None:
    """'A1 [______]' with 'A1  Name of the account holder' in a key on the page: the box is
    the holder's name, 'A2' the account number."""
    other = "A2" if code == "A1" else "1.2"
    s = letter(f"key-{code}", "US", "en", [], "")
    s.date_formats = ["%m/%d/%Y"]
    _intro(s, *_EN_INTRO, top=760)
    s.text(360, 700, "Key", 7.5, bold=True)
    s.text(360, 688, code, 6.5, bold=True)
    s.text(378, 688, "Name of the account holder", 6.5)
    s.text(360, 678, other, 6.5, bold=True)
    s.text(378, 678, "Account number with the current provider", 6.5)
    s.text(40, 704, code, 8, bold=True)
    s.box(58, 700, 250, 16, "account_name", code)
    s.text(40, 680, other, 8, bold=True)
    s.box(58, 676, 250, 16, "account_number", other)
    s.sign_line("Signature", 40, 600, 300, label_below=True)
    analysis = _analyse(s, "US")
    got = {str(p.field) for p in analysis.placements if p.rect and 670 < p.rect[1] < 705}
    assert got == {"account_name", "account_number"}, got


def test_an_e_mail_box_before_a_printed_at_sign_takes_the_part_before_it() -> None:
    s = letter("at-sign", "US", "en", [], "")
    s.date_formats = ["%m/%d/%Y"]
    _intro(s, *_EN_INTRO, top=760)
    s.blank("Account holder name:", 40, 700, 400, "account_name")
    s.text(40, 675, "E-mail", 8)
    s.box(80, 670, 110, 16, "contact_email", "before @")
    s.text(194, 675, "@", 9)
    s.box(206, 670, 160, 16, None, "after @")
    s.sign_line("Signature", 40, 600, 300, label_below=True)
    values = values_from_case(make_case(contact_email="jose@example.com"))
    out = fill_form(s.build()[0], values, "form.pdf")
    assert [r.value for r in out.rows if r.field == "contact_email"] == ["jose"]


def test_the_numbers_that_stay_with_the_current_operator_in_lithuanian() -> None:
    read = classify_in("Lieka dabartiniam operatoriui (tik jei dalis)", ("lt",))
    assert read is not None and read.field == LoaField.REMAINING_NUMBERS
