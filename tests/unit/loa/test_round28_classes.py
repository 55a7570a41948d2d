"""Round 28's classes (issue 11, session 16), each in a small drawn form of its own words; each
test failed before its fix. The rules are general (how forms are drawn and worded), never one
form's literal."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from portdesk.cli import main
from portdesk.loa.appearance import within_limit
from portdesk.loa.choices import Option, option_for
from portdesk.loa.fields import LoaField, values_from_case
from portdesk.loa.fill import FormAnalysis, analyse_form, fill_form
from portdesk.loa.formscan import extract_words
from portdesk.loa.placing import range_text
from portdesk.loa.sign import place_signature
from portdesk.loa.signature import typed_to_png
from portdesk.loa.vocabulary import classify_in
from tests.integration.loa.scoring import read_images
from tests.loaforms.kit import Sheet, a4, letter
from tests.loaforms.round5_kit import Gap, sentence
from tests.loaforms.round14_kit import unicode_a4
from tests.loaforms.round23_kit import underscore_gap
from tests.loaforms.round28_kit import finish, tf
from tests.unit.loa.helpers import make_case, make_entry


def _analyse(s: Sheet, country: str) -> FormAnalysis:
    return analyse_form(s.build()[0], "form.pdf", country=country, strict=False)


def _apart(s: Sheet, x: float, y: float, gap: Gap) -> None:
    """A drawn line with a little white space after it (two parts side by side stay two)."""
    s.rule(x, y - 2, x + gap.width - 5)
    s._place((x, y - 3, x + gap.width - 5, y + 11), gap.fld, what=gap.what)


# -- year-first dates: "Kelt: 20__. év ______ hó __ nap", "20__ m. __________ __ d." -------------

_Y2, _M, _D = (Gap(22, "date_signed_year2", "y"), Gap(80, "date_signed_month", "m"),
               Gap(24, "date_signed_day", "d"))
_YEAR_FIRST = {
    # id: country, language, title, intro, the date sentence, signature caption
    "hu-ev-ho-nap": ("HU", "hu", "Számhordozási kérelem",
                     "Alulírott előfizető kérem a lent felsorolt telefonszámok átvitelét az új "
                     "szolgáltatóhoz.",
                     ["Kelt:", Gap(110, None, "hely"), ",", "20", _Y2, ". év", _M, "hó", _D, "nap"],
                     "Előfizető aláírása"),
    "hu-dots": ("HU", "hu", "Számhordozási kérelem",
                "Alulírott előfizető kérem a lent felsorolt telefonszámok átvitelét az új "
                "szolgáltatóhoz.",
                ["Kelt:", Gap(110, None, "hely"), ",", "20", _Y2, ".", _M, _D, "."],
                "Előfizető aláírása"),
    "lt-m-d": ("LT", "lt", "Prašymas perkelti numerį",
               "Prašau perkelti žemiau nurodytus telefono numerius naujam paslaugų teikėjui.",
               ["Sudaryta", Gap(110, None, "vieta"), ",", "20", _Y2, "m.", _M, _D, "d."], "Abonento parašas"),
}


def _year_first(key: str, typed: bool) -> Sheet:
    country, language, title, intro, parts, sign = _YEAR_FIRST[key]
    s = unicode_a4("yearfirst", country, language, [], "")
    s.date_formats = ["%Y.%m.%d"]
    s.text(40, 800, title, 13, bold=True)
    s.para(40, 760, intro + " " + intro, 510, 8)
    sentence(s, 40, 700, parts, size=9, put_gap=underscore_gap if typed else _apart)
    s.sign_line(sign, 40, 650, 300, label_below=True)
    return s


def _date_row(analysis: FormAnalysis) -> list[tuple[str, str, int]]:
    return sorted((str(p.field), p.part, round(p.rect[0])) for p in analysis.placements
                  if p.rect and 690 < p.rect[3] < 720)


@pytest.mark.parametrize("typed", [False, True], ids=["drawn", "underscores"])
@pytest.mark.parametrize("key", sorted(_YEAR_FIRST))
def test_a_year_first_date_takes_its_year_month_and_day_in_that_order(key: str,
                                                                      typed: bool) -> None:
    """Hungarian and Lithuanian write the year first ("2026. december 5.", "2026 m. gruodžio 5
    d."): the blanks after a printed "20" are the year's last digits, then the month, then the
    day, whatever the customer's country's habit; the place before the comma is not ours."""
    row = _date_row(_analyse(_year_first(key, typed), _YEAR_FIRST[key][0]))
    by_x = [part for _f, part, _x in sorted(row, key=lambda r: r[2])]
    assert by_x == ["year2", "month", "day"], row
    assert {f for f, _p, _x in row} == {"date_signed"}


@pytest.mark.parametrize("key", ["hu-ev-ho-nap", "lt-m-d"])
def test_a_year_first_dates_month_is_written_in_the_forms_language(key: str) -> None:
    """The month between the year's and the day's blanks is written as the language writes it
    there ("december"; Lithuanian's genitive "gruodžio"), the year's last two digits after the
    printed "20"."""
    filled = fill_form(_year_first(key, True).build()[0], values_from_case(make_case()),
                       "f.pdf").pdf
    when = datetime(2026, 12, 5, 10, 30, tzinfo=UTC)
    signed, _where, _notes = place_signature(filled, typed_to_png("José Núñez"), "José Núñez",
                                             "", when, _YEAR_FIRST[key][0].lower())
    words = [w.text for w in extract_words(signed) if 690 < w.y0 < 712]
    month = "december" if key.startswith("hu") else "gruodžio"
    assert month in words and "05" in words and "26" in words, words


# -- "Signed this ___ day of ______, 20__": an English date in words, day first ------------------


@pytest.mark.parametrize("words", [["Signed this", "D", "day of", "M", ",", "20", "Y"],
                                   ["Signed on the", "D", "day of", "M", "20", "Y"]],
                         ids=["comma", "no-comma"])
def test_the_day_of_a_month_is_a_date_in_words_day_first(words: list[str]) -> None:
    """"Signed this ___ day of ______, 20__" on a US form: the gap before "day of" is the day
    whatever the country's digit order, the next the month by name, the last the year's two
    digits after the printed century. The signature's ink had gone onto the day's gap (a stray
    image) and the date stayed empty."""
    gaps = {"D": Gap(34, "date_signed_day", "d"), "M": Gap(90, "date_signed_month", "m"),
            "Y": Gap(22, "date_signed_year2", "y")}
    s = letter("dayof", "US", "en", [], "")
    s.text(40, 740, "Letter of Authorization", 13, bold=True)
    s.para(40, 710, "I authorize the new provider to act as my agent to port the numbers "
           "listed on this form from my current carrier. " * 2, 510, 8)
    s.sign_line("Signature of authorized person", 40, 650, 300, label_below=True)
    sentence(s, 40, 700 - 100, [gaps.get(w, w) for w in words], size=9)
    pdf = s.build()[0]
    placed = sorted((p.rect[0], str(p.field), p.part) for p in analyse_form(
        pdf, "f.pdf", country="US", strict=False).placements if p.rect and 590 < p.rect[3] < 620)
    assert [(f, part) for _x, f, part in placed] == [
        ("date_signed", "day"), ("date_signed", "month"), ("date_signed", "year2")], placed
    filled = fill_form(pdf, values_from_case(make_case()), "f.pdf").pdf
    when = datetime(2026, 12, 5, 10, 30, tzinfo=UTC)
    signed, _where, _notes = place_signature(filled, typed_to_png("José Núñez"), "José Núñez",
                                             "", when, "us")
    row = [w.text for w in extract_words(signed) if 590 < w.y0 < 612]
    assert "December" in row and "26" in row, row


# -- read-only and hidden widgets are the form's own ----------------------------------------------


@pytest.mark.parametrize("flag", ["readOnly", "hidden"])
def test_a_read_only_or_hidden_widget_takes_nothing(flag: str) -> None:
    """A read-only widget (a form id the form fills itself) or a hidden one (an agent's code)
    under a label of ours is no blank: nothing typed there shows or may be changed."""
    s = letter("locked", "US", "en", [], "")
    s.text(40, 740, "Letter of Authorization", 13, bold=True)
    s.text(40, 704, "Account number:", 9)
    tf(s, "Acct", 130, 700, 150, 14, None, flags="readOnly" if flag == "readOnly" else "")
    s.text(40, 674, "Customer name:", 9)
    tf(s, "Name", 130, 670, 150, 14, "account_name")
    pdf = finish(s.build()[0], hidden=("Acct",) if flag == "hidden" else ())
    placed = {p.widget for p in analyse_form(pdf, "f.pdf", country="US",
                                             strict=False).placements}
    assert "Acct" not in placed and "Name" in placed, placed


# -- a drop-down's option that says the value with words added -----------------------------------


@pytest.mark.parametrize(("value", "offered", "chosen"), [
    ("MEO", ["MEO - Serviços de Comunicações e Multimédia, S.A.", "NOS Comunicações, S.A."],
     "MEO - Serviços de Comunicações e Multimédia, S.A."),
    ("NOS Comunicações", ["MEO - Serviços de Comunicações, S.A.", "NOS Comunicações, S.A."],
     "NOS Comunicações, S.A."),
    ("AT&T Oklahoma", ["AT and T", "Cox Communications", "Windstream"], "AT and T"),
    ("Vodafone", ["Vodafone Portugal", "Vodafone Empresas"], None),
    ("Bell", ["Bellwether Telecom", "Telus"], None),
])
def test_a_choice_option_saying_the_value_with_words_added_is_chosen_when_alone(
        value: str, offered: list[str], chosen: str | None) -> None:
    """An operator drop-down of official names ("MEO - Serviços de Comunicações e Multimédia,
    S.A.") or of bare names ("AT and T" for "AT&T Oklahoma"): the one option that says the value
    with words added at the end (either way; "&" reads "and") is the value; two such options,
    or a word that only begins the same way, choose nothing."""
    got = option_for(value, [Option(o, o) for o in offered], "US")
    assert (got.shown if got else None) == chosen


# -- a widget's own date format (AFDate_FormatEx) -------------------------------------------------


def test_a_date_widgets_format_action_gives_its_format() -> None:
    """A fillable date whose format action says AFDate_FormatEx("dd-mm-yyyy") on a US form:
    the date is written as the widget formats it, not by the customer's country."""
    s = letter("afdate", "US", "en", [], "")
    s.text(40, 740, "Letter of Authorization", 13, bold=True)
    s.text(40, 704, "Requested port date:", 9)
    tf(s, "Data1", 150, 700, 120, 14, "requested_date")
    pdf = finish(s.build()[0], actions={"Data1": {"F": 'AFDate_FormatEx("dd-mm-yyyy");',
                                                  "K": 'AFDate_KeystrokeEx("dd-mm-yyyy");'}})
    placed = [p for p in analyse_form(pdf, "f.pdf", country="US", strict=False).placements
              if p.widget == "Data1"]
    assert placed and placed[0].fmt == "%d-%m-%Y", placed


# -- signing never fails silently: a form that fills signs on its place, or says it has none -----


def _paper_with_sign_place(layout: str) -> tuple[Sheet, tuple[float, float, float, float]]:
    """A short paper LOA whose only signature place is drawn as `layout`; returns the sheet
    and the rectangle the ink belongs in."""
    s = letter(f"sign {layout}", "US", "en", [], "")
    s.text(40, 740, "Letter of Authorization", 13, bold=True)
    s.text(40, 704, "Customer name:", 9)
    s.rule(120, 702, 400)
    s.para(40, 680, "I authorize the new provider to act as my agent to port the numbers "
           "listed on this form from my current carrier. " * 2, 510, 8)
    if layout == "caption-left":  # "Signature: ______________"
        s.text(40, 604, "Signature:", 9)
        s.rule(95, 602, 330)
        where = (95.0, 600.0, 330.0, 630.0)
    elif layout == "caption-under-line":  # a drawn line, its caption in small print under it
        s.rule(40, 602, 300)
        s.text(40, 594, "Signature of the account holder", 7)
        s.text(40, 570, "Printed name:", 9)
        s.rule(110, 568, 330)
        where = (40.0, 600.0, 300.0, 630.0)
    elif layout == "caption-right":  # "______________ (signature)": the label after its blank
        s.rule(40, 602, 260)
        s.text(266, 604, "(holder's signature)", 8)
        where = (40.0, 600.0, 260.0, 630.0)
    else:  # "Signed ________________ " typed as underscores beside the caption
        s.text(40, 604, "Signed " + "_" * 48, 9)
        where = (70.0, 600.0, 330.0, 630.0)
    s.text(360, 604, "Date:", 9)
    s.rule(385, 602, 480)
    return s, where


@pytest.mark.parametrize("layout", ["caption-left", "caption-under-line", "caption-right",
                                    "underscores"])
def test_a_paper_form_that_fills_is_signed_on_its_printed_place(layout: str) -> None:
    """Every way a paper form prints its one place to sign (a caption left of the line, under
    it in small print, right of it, or typed underscores after "Signed"): the form that fills
    is signed there, the ink on that line, not nowhere and not on another blank."""
    s, where = _paper_with_sign_place(layout)
    filled = fill_form(s.build()[0], values_from_case(make_case()), "f.pdf").pdf
    when = datetime(2026, 12, 5, 10, 30, tzinfo=UTC)
    signed, _where, _notes = place_signature(filled, typed_to_png("José Núñez"), "José Núñez",
                                             "", when, "us")
    images = [box for _page, box in read_images(signed)]
    assert any(where[0] - 5 <= (b[0] + b[2]) / 2 <= where[2] + 5
               and where[1] - 4 <= b[1] <= where[3] for b in images), (images, where)


def test_a_form_whose_only_signature_word_is_a_question_says_it_cannot_be_signed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """"Who is signing this form? ______" asks the signer's name; with no line, box or widget
    to sign on, `portdesk loa sign` says so in one line and exits 1, and writes no PDF (never
    a document signed nowhere)."""
    s = letter("question only", "US", "en", [], "")
    s.text(40, 740, "Letter of Authorization", 13, bold=True)
    s.text(40, 704, "Customer name:", 9)
    s.rule(120, 702, 400)
    s.text(40, 674, "Who is signing this form?", 9)
    s.rule(160, 672, 400)
    s.para(40, 640, "I authorize the new provider to port the numbers listed on this form. " * 2,
           510, 8)
    form, entries = tmp_path / "f.pdf", tmp_path / "e.json"
    filled, signed = tmp_path / "filled.pdf", tmp_path / "signed.pdf"
    form.write_bytes(s.build()[0])
    entries.write_text(json.dumps(make_entry(2)), encoding="utf-8")
    assert main(["loa", "fill", str(form), "--entries", str(entries), "-o", str(filled)]) == 0
    capsys.readouterr()
    rc = main(["loa", "sign", str(filled), "--typed", "José Núñez", "--signer", "José Núñez",
               "-o", str(signed)])
    said = capsys.readouterr()
    assert rc == 1, said
    assert "no signature field or signature line found" in said.err + said.out, said
    assert not signed.exists()


# -- batches b and c: how a label is tied to its blank, how far a block's name reaches ----------


def _fields_at(analysis: FormAnalysis, y0: float, y1: float) -> list[tuple[int, str, str]]:
    return sorted((round(p.rect[0]), str(p.field), p.part) for p in analysis.placements
                  if p.rect and y0 < (p.rect[1] + p.rect[3]) / 2 < y1)


def test_a_row_that_prints_every_label_after_its_blank_reads_each_one_after() -> None:
    """"[______] Nº de cliente   [______] Teléfono principal": a row that starts with a blank,
    ends with words and has words after every blank prints each label after its blank. Read
    the usual way every blank took the label of the blank before it (a row one box off)."""
    s = unicode_a4("right labels", "ES", "es", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, "Solicitud de portabilidad", 13, bold=True)
    s.rule(40, 700, 190)
    s.text(195, 702, "Nº de cliente", 8)
    s.rule(280, 700, 380)
    s.text(385, 702, "Teléfono principal", 8)
    s.rule(40, 676, 190)
    s.text(195, 678, "Operador donante", 8)
    s.rule(280, 676, 380)
    s.text(385, 678, "Correo electrónico", 8)
    s.text(40, 650, "Nombre del titular:", 8)
    s.rule(120, 648, 380)
    got = _fields_at(_analyse(s, "ES"), 640, 712)
    assert got == [(39, "account_number", ""), (39, "carrier", ""),
                   (119, "account_name", ""), (279, "btn", ""),
                   (279, "contact_email", "")], got


def test_a_bare_number_caption_on_an_address_row_is_the_house_number() -> None:
    """"Calle | Número | Piso / Puerta | C.P. | Localidad" (or "Số nhà / House no." beside the
    street): the number's cell is the street's house number, which the street's cell holds;
    read as a telephone number it took a number to port beside the street."""
    s = unicode_a4("address row", "ES", "es", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, "Solicitud de portabilidad", 13, bold=True)
    x = 40
    for caption, w in (("Calle", 190), ("Número", 44), ("Piso / Puerta", 60), ("C.P.", 50),
                       ("Localidad", 95), ("Provincia", 75)):
        s.frame(x, 640, w, 18)
        s.text(x + 2, 652, caption, 5.5)
        x += w
    got = _fields_at(_analyse(s, "ES"), 636, 660)
    assert ("number" not in {f for _x, f, _p in got}) and any(f == "street" for _x, f, _p in got), \
        got


def test_two_blanks_side_by_side_then_the_century_are_a_whole_date() -> None:
    """"Fait le [__] [______] 20[__]": two drawn blanks with nothing between, then the
    century and the year's blank: day, month (in words) and year, whatever word leads in."""
    s = a4("fait le", "FR", "fr", [], "")
    s.text(40, 800, "Mandat de portabilité", 13, bold=True)
    s.para(40, 760, "Le titulaire donne mandat pour effectuer en son nom la demande. " * 2,
           510, 8)
    s.blank("Nom du signataire", 40, 720, 300, "authorized_name")
    x = s.text(40, 694, "Fait le", 9) + 4
    s.rule(x, 692, x + 28)
    s.rule(x + 34, 692, x + 130)
    x = s.text(x + 136, 694, "20", 9) + 1
    s.rule(x, 692, x + 20)
    got = _fields_at(_analyse(s, "FR"), 688, 704)
    assert [(f, p) for _x, f, p in got] == [("date_signed", "day"), ("date_signed", "month"),
                                           ("date_signed", "year2")], got


def test_a_ranges_table_takes_one_block_of_consecutive_numbers_a_row() -> None:
    """"From number | To number | Quantity": row 1 the first block's first and last number
    and its count; a second block on row 2; nothing past the last block (rows were left empty
    as ranges to write by hand)."""
    s = letter("ranges", "US", "en", [], "")
    s.text(40, 740, "Letter of Authorization", 13, bold=True)
    s.text(40, 712, "Numbers to transfer", 9, bold=True)
    for k, (head, w) in enumerate((("From number", 150), ("To number", 150), ("Quantity", 70))):
        x = 40 + sum((150, 150, 70)[:k])
        s.frame(x, 690, w, 16)
        s.text(x + 3, 695, head, 7, bold=True)
        for r in range(3):
            s.frame(x, 674 - 16 * r, w, 16)
    analysis = _analyse(s, "US")
    parts = {p.part for p in analysis.placements if p.part.startswith("range ")}
    assert {"range from 0", "range to 0", "range count 0", "range from 1"} <= parts, parts
    numbers = ["+12125550140", "+12125550141", "+12125550142", "+12125550190"]
    assert [range_text(f"{role} {row}", numbers) for row in (0, 1, 2)
            for role in ("from", "to", "count")] == [
        "+12125550140", "+12125550142", "3", "+12125550190", "+12125550190", "1", "", "", ""]


def test_a_choice_column_headed_by_letters_takes_the_letter_its_legend_defines() -> None:
    """"Action P/K" over a column, "P = port to the new provider, K = keep" printed beside the
    table: on each row that holds a number, the letter for porting."""
    s = letter("legend", "CA", "en", [], "")
    s.text(40, 740, "Letter of Authorization", 13, bold=True)
    s.text(40, 712, "Telephone numbers", 9, bold=True)
    s.frame(40, 690, 150, 16)
    s.text(43, 695, "Telephone number", 7, bold=True)
    s.frame(190, 690, 50, 16)
    s.text(193, 695, "Action P/K", 7, bold=True)
    s.text(260, 695, "P = port to the new provider. K = keep with the current one.", 7)
    for r in range(3):
        s.frame(40, 674 - 16 * r, 150, 16)
        s.frame(190, 674 - 16 * r, 50, 16)
    choices = [p for p in _analyse(s, "CA").placements if str(p.field) == "port_choice"]
    assert choices and {p.choice for p in choices} == {"P"}, choices


def test_a_drop_down_per_row_whose_options_are_port_and_keep_is_the_rows_choice() -> None:
    """A drop-down on each numbers row offering "Portar / Port" and "Manter / Keep", under no
    header we read: the row's choice, its port option on rows with a number."""
    s = unicode_a4("choices", "PT", "pt", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, "Pedido de portabilidade", 13, bold=True)
    s.text(40, 760, "Números a portar / Numbers to port", 8.5, bold=True)
    for r in range(3):
        y = 730 - 18 * r
        s.text(40, y + 4, f"{r + 1}.", 8)
        tf(s, f"num{r + 1}", 56, y, 130, 14, None)
        s.c.acroForm.choice(name=f"acao{r + 1}", tooltip="", value=" ",
                            options=[" ", "Portar / Port", "Manter / Keep"], x=192, y=y,
                            width=110, height=14, fontSize=8, fieldFlags="combo")
    choices = [p for p in _analyse(s, "PT").placements if str(p.field) == "port_choice"]
    assert len(choices) == 3 and {p.choice for p in choices} == {"Portar / Port"}, choices


def test_two_copies_side_by_side_asking_the_holder_are_both_signed() -> None:
    """"Customer copy | Provider copy", each asking the company, the account and a signature
    with its caption under the line and the date: the one signer signs both (a second
    signatory's block asks a person's rows, not the holder's)."""
    s = a4("copies", "GB", "en", [], "")
    s.text(40, 800, "Letter of Authority - copies", 13, bold=True)
    for k, copy in enumerate(("CUSTOMER COPY", "PROVIDER COPY")):
        x0 = 40 + k * 262
        s.frame(x0, 540, 250, 220)
        s.text(x0 + 6, 745, copy, 9, bold=True)
        yy = 717
        for label in ("Company name", "Account number", "Main number"):
            s.text(x0 + 6, yy + 10, label, 7)
            s.rule(x0 + 6, yy - 2, x0 + 244)
            yy -= 32
        s.sign_line("Signature", x0 + 6, yy - 10, x0 + 244, label_below=True)
        s.text(x0 + 6, yy - 46, "Date", 7)
        s.rule(x0 + 30, yy - 48, x0 + 140)
    signs = [p for p in _analyse(s, "GB").placements if str(p.field) == "signature"]
    assert len(signs) == 2, signs


def test_a_billing_blocks_heading_beside_a_same_as_tick_names_its_cells() -> None:
    """"2. Billing address   [ ] Same as service address" over Civic no. | Street | Unit |
    City cells: the heading names the block (billing), the tick's copy instruction names
    none; the billing block's unit is its own (not the service's unit)."""
    s = letter("billing", "CA", "en", [], "")
    s.text(40, 740, "Letter of Authorization", 13, bold=True)
    for n, (title, y) in enumerate((("Service address", 700), ("Billing address", 650))):
        s.text(40, y + 14, f"{n + 1}.", 8, bold=True)
        s.text(51, y + 14, title, 8.5, bold=True)
        if n:
            s.frame(180, y + 13, 8, 8)
            s.text(192, y + 14, "Same as service address", 7.5)
        x = 40
        for caption, w in (("Civic no.", 45), ("Street", 150), ("Unit", 40), ("City", 120),
                           ("Province", 50), ("Postal code", 75)):
            s.frame(x, y - 10, w, 20)
            s.text(x + 2, y + 4, caption, 5.5)
            x += w
    got = _fields_at(_analyse(s, "CA"), 636, 662)
    fields = {f for _x, f, _p in got}
    assert {"billing_street", "billing_city", "billing_postal_code"} <= fields, got
    assert "suite" not in fields and "street" not in fields, got


@pytest.mark.parametrize(("value", "limit", "written"), [
    ("405-771-8220", 10, "4057718220"), ("+1 212 555 0140", 12, "+12125550140"),
    ("Red Earth Pecan Orchards", 10, "Red Earth Pecan Orchards"),  # never cut, nor squeezed
    ("AB-12", 10, "AB-12"), ("12-34-56-78-90-12", 10, "12-34-56-78-90-12"),
])
def test_a_code_longer_than_its_fields_limit_only_by_separators_is_written_without_them(
        value: str, limit: int, written: str) -> None:
    """A widget's /MaxLen 10 and an account number "405-771-8220": the field counts
    characters, so the digits go in without the dashes; a name, or a value too long even
    without them, is written whole (a cut value is a wrong one)."""
    assert within_limit(value, limit) == written


def test_a_label_in_two_languages_side_by_side_reads_by_its_halves() -> None:
    """"Data Date" (Portuguese, then the English in italics, no slash): both halves read the
    signing date, so the label does; halves that disagree read nothing."""
    assert classify_in("Data Date", ("pt",)) is not None
    assert classify_in("Data Date", ("pt",)).field == LoaField.DATE_SIGNED  # type: ignore[union-attr]
    assert classify_in("Cidade Postcode", ("pt",)) is None or classify_in(
        "Cidade Postcode", ("pt",)).field != LoaField.DATE_SIGNED  # type: ignore[union-attr]


def test_a_caption_beside_a_table_runs_into_no_row_under_it() -> None:
    """"Contact phone" printed right of a numbers table, over its own box: a sentence runs on
    from its own left margin, so the table's next row under it is not the contact's."""
    s = letter("beside", "US", "en", [], "")
    s.text(40, 740, "Letter of Authorization", 13, bold=True)
    s.text(40, 712, "Numbers", 9, bold=True)
    s.frame(40, 690, 150, 16)
    s.text(43, 695, "Telephone number", 7, bold=True)
    for r in range(3):
        s.frame(40, 674 - 16 * r, 150, 16)
    s.text(260, 682, "Contact phone", 7.5)
    s.frame(260, 662, 150, 16)
    contact = [p for p in _analyse(s, "US").placements if str(p.field) == "contact_phone"]
    assert all(p.rect[0] >= 255 for p in contact), contact


def test_a_date_after_a_printed_place_of_a_few_words_is_where_and_when_signed() -> None:
    """"Hà Nội, ngày __ tháng __ năm 20__": a printed place of two words, a comma, then the
    date's own word: the signing date's day, month and year."""
    s = unicode_a4("ha noi", "VN", "vi", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, "Giấy đề nghị chuyển mạng giữ số", 13, bold=True)
    s.para(40, 760, "Khách hàng đề nghị chuyển các số thuê bao dưới đây sang nhà mạng mới. " * 2,
           510, 8)
    sentence(s, 300, 700, ["Hà Nội, ngày", Gap(24, "date_signed_day", "d"), "tháng",
                           Gap(24, "date_signed_month", "m"), "năm 20",
                           Gap(20, "date_signed_year2", "y")], size=9, put_gap=underscore_gap)
    got = _fields_at(_analyse(s, "VN"), 690, 712)
    assert [(f, p) for _x, f, p in got] == [("date_signed", "day"), ("date_signed", "month"),
                                           ("date_signed", "year2")], got


def test_a_full_name_over_a_position_is_the_signers() -> None:
    """"Họ và tên / Full name" with "Chức vụ / Position" right under it, by the signature: a
    person's name and job title, the one who signs for the company (it took the company)."""
    s = unicode_a4("full name", "VN", "vi", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, "Giấy đề nghị chuyển mạng giữ số", 13, bold=True)
    s.text(40, 760, "Tên khách hàng / Customer name:", 8)
    s.rule(180, 758, 540)
    s.sign_line("Ký tên / Signature", 300, 700, 540, label_below=True)
    s.text(300, 662, "Họ và tên / Full name:", 8)
    s.rule(390, 660, 540)
    s.text(300, 644, "Chức vụ / Position:", 8)
    s.rule(375, 642, 540)
    got = _fields_at(_analyse(s, "VN"), 655, 670)
    assert [f for _x, f, _p in got] == ["authorized_name"], got
