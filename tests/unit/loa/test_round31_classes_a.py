"""Round 31's classes, first half (issue 11, session 18, opened after its blind score): each in
words or a small drawn form of its own; each test failed before its fix. The rules are general
(how forms are drawn and worded, a language's words by its lexicon), never one form's literal."""

from __future__ import annotations

import pytest

from portdesk.loa.fields import LoaField, values_from_case
from portdesk.loa.fill import fill_form
from portdesk.loa.vocabulary import BILLING_CONTEXT, NOT_OURS, classify_in, normalise
from tests.loaforms.kit import Sheet, a4, letter
from tests.loaforms.round31_kit import char_widgets
from tests.unit.loa.helpers import make_case, widget_values

# -- 'sign here' in the imperative labels the place to sign ---------------------------------


@pytest.mark.parametrize(("label", "language"), [
    ("Allekirjoita tästä", "fi"),  # a tab beside the box: 'sign here'
    ("Allekirjoita", "fi"),
    ("Allekirjoitus", "fi"),  # the noun, as before
])
def test_the_imperative_sign_here_is_the_signature(label: str, language: str) -> None:
    reading = classify_in(label, (language,))
    assert reading is not None and reading.field == LoaField.SIGNATURE, reading


@pytest.mark.parametrize("label", ["Allekirjoittajan nimi", "Nimen selvennys"])
def test_the_signers_name_stays_the_signers_name(label: str) -> None:
    reading = classify_in(label, ("fi",))
    assert reading is not None and reading.field == LoaField.AUTHORIZED_NAME, reading


# -- Finnish: the main line's number, and the postal / billing address in one word ----------


def test_the_main_lines_number_is_the_btn() -> None:
    reading = classify_in("Pääliittymän numero (laskulla)", ("fi",))
    assert reading is not None and reading.field == LoaField.BTN, reading


@pytest.mark.parametrize("label", ["Postiosoite (vain jos eri kuin käyntiosoite)",
                                   "Laskutusosoite"])
def test_a_postal_or_billing_address_in_one_word_names_the_billing_block(label: str) -> None:
    reading = classify_in(label, ("fi",))
    assert reading is not None and reading.field == LoaField.SERVICE_ADDRESS, reading
    assert BILLING_CONTEXT.search(normalise(label))  # context.py makes it the billing one


def test_a_postal_address_block_left_empty_when_the_case_has_none_apart() -> None:
    """'Käyntiosoite [____] Postinumero [__] Postitoimipaikka [____]' then 'Postiosoite (vain
    jos eri kuin käyntiosoite) [____] Postinumero [__] Postitoimipaikka [____]': the second
    block's town and postcode are the postal address's, empty when the case has none apart."""
    s = a4("fi-postal", "FI", "fi", [], "")
    s.date_formats = ["%d.%m.%Y"]
    s.text(40, 800, "Numeronsiirtolomake", 13, bold=True)
    s.para(40, 780, "Valtuutan uuden operaattorin siirtämään alla mainitut numerot. "
           "Asiakkaan tiedot ja osoitteet.", 500, 8)
    for y, street in ((720, "Käyntiosoite (liittymän osoite)"),
                      (670, "Postiosoite (vain jos eri kuin käyntiosoite)")):
        s.text(40, y + 17, street, 7)
        s.widget(f"s{y}", 40, y, 240, 14, None)
        s.text(300, y + 17, "Postinumero", 7)
        s.widget(f"p{y}", 300, y, 70, 14, None)
        s.text(380, y + 17, "Postitoimipaikka", 7)
        s.widget(f"c{y}", 380, y, 170, 14, None)
    s.text(40, 637, "Asiakkaan nimi", 7)
    s.widget("nimi", 40, 620, 300, 14, None)
    s.text(40, 587, "Allekirjoitus", 7)
    s.widget("sig", 40, 560, 250, 24, None)
    case = make_case(service_address={"line1": "Koskikatu 25", "city": "Rovaniemi",
                                       "postal_code": "96200", "country": "FI"})
    out = fill_form(s.build()[0], values_from_case(case), "form.pdf")
    values = widget_values(out.pdf)
    assert values.get("p720") == "96200" and values.get("c720") == "Rovaniemi", values
    assert not values.get("p670") and not values.get("c670") and not values.get("s670"), values


@pytest.mark.parametrize("label", ["Nimen selvennys (toinen allekirjoittaja)",
                                   "Toinen allekirjoittaja (tarvittaessa)"])
def test_the_other_signer_is_not_ours(label: str) -> None:
    """The case has one signer: the second signer's line and printed name stay empty."""
    reading = classify_in(label, ("fi",))
    assert reading is not None and reading.field == NOT_OURS, reading


# -- a row of one-character widgets is one comb ---------------------------------------------


def test_a_row_of_one_character_widgets_takes_its_value_a_character_each() -> None:
    """'Requested date [D][D][M][M][Y][Y][Y][Y]' and 'Main number [][][][][][][][][][]' drawn as
    one-character widgets (MaxLen 1): each row is one blank, its value a character a widget
    (the first widget had been given the whole date and the others read their names as dates)."""
    s = letter("char-widgets", "US", "en", [], "")
    _head(s)
    s.text(40, 700, "Account holder name", 8)
    s.widget("holder", 160, 696, 300, 14, None)
    s.text(40, 670, "Main number", 8)
    char_widgets(s, "tel1", 160, 666, 10, None, "main number")
    s.text(40, 640, "Requested date", 8)
    s.text(160, 656, "M  M   D  D   Y  Y  Y  Y", 6.5)
    char_widgets(s, "date", 160, 636, 8, None, "requested date", cell=12)
    s.text(40, 600, "Signature", 8)
    s.widget("sig", 160, 590, 250, 24, None)
    s.text(420, 600, "Date signed", 8)
    s.widget("signed", 480, 596, 80, 14, None)
    out = fill_form(s.build()[0], values_from_case(make_case()), "form.pdf")
    values = widget_values(out.pdf)
    assert "".join(values[f"date_{n}"] for n in range(1, 9)) == "07152025", values
    assert "".join(values[f"tel1_{n}"] for n in range(1, 11)) == "2125550100", values


def _head(s: Sheet) -> None:
    s.text(40, 790, "Letter of Authorization", 13, bold=True)
    s.para(40, 770, "I authorize the new provider to act as my agent and to transfer the "
           "numbers below.", 500, 8)


# -- Greek: the signer in the genitive, an abbreviated account number, a date's Greek mask ----


@pytest.mark.parametrize(("label", "field"), [
    ("Ονοματεπώνυμο υπογράφοντος", LoaField.AUTHORIZED_NAME),  # the signer's name, not the
    ("Αρ. λογαριασμού", LoaField.ACCOUNT_NUMBER),  # customer's ('ονοματεπώνυμο' alone)
    ("Ημερομηνία (ΗΗ/ΜΜ/ΕΕΕΕ)", LoaField.DATE_SIGNED),  # the mask is no label
])
def test_greek_labels_read_by_their_whole_words(label: str, field: LoaField) -> None:
    reading = classify_in(label, ("el",))
    assert reading is not None and reading.field == field, reading


def test_a_bare_greek_account_heads_an_account_block() -> None:
    """'Λογαριασμός 1 | Λογαριασμός 2' side by side: 'Account' read in Greek, so the second
    block is another account's (accounts.py) and its account number stays empty."""
    reading = classify_in("Λογαριασμός", ("el",))
    assert reading is not None and reading.field == LoaField.ACCOUNT_NUMBER, reading


# -- Slovak and Finnish: whose number, the subscriber number, the earliest day ---------------


@pytest.mark.parametrize(("label", "language", "field"), [
    # "at the current operator" only says whose contract number it is
    ("Č. zmluvy / zákaznícke č. u súčasného operátora", "sk", LoaField.ACCOUNT_NUMBER),
    ("Súčasný operátor", "sk", LoaField.CARRIER),
    ("Účastnícke č.", "sk", LoaField.NUMBER),  # a numbers table's row after the area code's
    ("Nie skôr ako", "sk", LoaField.REQUESTED_DATE),  # not before: the day asked for
    ("Siirto aikaisintaan (pp.kk.vvvv)", "fi", LoaField.REQUESTED_DATE),
])
def test_labels_read_by_their_language(label: str, language: str, field: LoaField) -> None:
    reading = classify_in(label, (language,))
    assert reading is not None and reading.field == field, reading


@pytest.mark.parametrize(("label", "language"), [("Nie neskôr ako", "sk"),
                                                 ("Siirto viimeistään (pp.kk.vvvv)", "fi")])
def test_the_latest_day_is_no_value_of_ours(label: str, language: str) -> None:
    reading = classify_in(label, (language,))
    assert reading is None or reading.field != LoaField.REQUESTED_DATE, reading
