"""Classes of issue 11's lexicons, round 25: a month written in words in the form's own
language (every lexicon language, in the form a date after the day takes), and the headings
that name the gaining and the losing provider in every lexicon language. Drawn in the smallest
form that has the class, in words of its own; failing on the code before unless said to be a
guard."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from portdesk.loa.fields import LoaField, values_from_case
from portdesk.loa.fill import analyse_form, fill_form
from portdesk.loa.formscan import extract_words
from portdesk.loa.language import MONTHS
from portdesk.loa.lexicon import LEXICONS, reading_in
from portdesk.loa.sections import heading_role
from portdesk.loa.sign import place_signature
from portdesk.loa.signature import typed_to_png
from tests.integration.loa.scoring import Expect, matches
from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round5_kit import Gap, sentence
from tests.unit.loa.helpers import make_case

# -- months in words -----------------------------------------------------------------------------


def test_every_lexicon_language_has_twelve_months_of_its_own() -> None:
    """A form in any language PortDesk reads writes its own month, not an English one."""
    assert set(MONTHS) >= set(LEXICONS)
    for code in LEXICONS:
        assert len(MONTHS[code]) == 12 and len(set(MONTHS[code])) == 12, code
        if code != "en":
            assert MONTHS[code] != MONTHS["en"], code


@pytest.mark.parametrize(("code", "december"), [
    ("pl", "grudnia"), ("cs", "prosince"), ("fi", "joulukuuta"), ("hr", "prosinca"),
    ("sk", "decembra"), ("lt", "gruodžio"), ("el", "Δεκεμβρίου"), ("sl", "decembra")])
def test_a_month_after_the_day_takes_the_form_a_date_writes(code: str, december: str) -> None:
    """"15 grudnia 2026", "15. prosince", "15. joulukuuta": the inflected month, not the name
    a calendar heads (grudzień, prosinec, joulukuu)."""
    assert MONTHS[code][11] == december


def _form(code: str, country: str, title: str, labels: list[tuple[str, str]], said: str,
          sign: str) -> Sheet:
    s = a4(f"month {code}", country, code, [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, title, 13, bold=True)
    y = 770.0
    for label, field in labels:
        s.blank(label, 40, y, 550, field)
        y -= 28
    s.para(40, y - 10, said, 510, 8)
    sentence(s, 40, y - 60, [Gap(110, None, "place"), ",", Gap(30, "date_signed_day", "d"), "de",
                             Gap(84, "date_signed_month", "m"), "de 20",
                             Gap(24, "date_signed_year2", "y")], size=9)
    s.sign_line(sign, 40, y - 110, 300, label_below=True)
    return s


_FORMS = {
    "ca": ("ES", "Sol·licitud de portabilitat", [
        ("Nom del titular", "account_name"), ("Adreça del titular", "street"),
        ("Codi postal", "postal_code"), ("Població", "city"), ("Operador actual", "carrier")],
        "El titular declara que les dades són certes i demana la portabilitat dels seus números "
        "a la Mar Blava Telecom, amb el vostre acord i per la sol·licitud.",
        "Signatura del titular"),
    "ro": ("RO", "Cerere de portare", [
        ("Nume si prenume abonat", "account_name"), ("Adresa", "street"),
        ("Cod postal", "postal_code"), ("Localitate", "city"), ("Furnizor actual", "carrier")],
        "Abonatul declara ca datele de mai sus sunt corecte si solicita pentru numerele sale "
        "portarea la Marea Alba Telecom, cu acordul sau.",
        "Semnatura abonatului"),
}


@pytest.mark.parametrize(("code", "month"), [("ca", "desembre"), ("ro", "decembrie")])
def test_a_month_in_words_is_written_in_the_forms_language(code: str, month: str) -> None:
    """"______ , __ de ______ de 20__" on a Catalan or Romanian form: the signing month in the
    form's language (it had been written "December": only seven languages had months)."""
    country, title, labels, said, sign = _FORMS[code]
    pdf = _form(code, country, title, labels, said, sign).build()[0]
    analysis = analyse_form(pdf, "form.pdf", country=country, strict=False)
    assert analysis.language == code
    months = [p for p in analysis.placements
              if p.field == LoaField.DATE_SIGNED and p.part == "month"]
    assert len(months) == 1 and months[0].month_words
    filled = fill_form(pdf, values_from_case(make_case()), "form.pdf").pdf
    when = datetime(2026, 12, 5, 10, 30, tzinfo=UTC)
    signed, _where, _notes = place_signature(filled, typed_to_png("José Núñez"), "José Núñez",
                                             "", when, "form")
    words = {w.text for w in extract_words(signed)}
    assert month in words and "December" not in words


@pytest.mark.parametrize(("code", "right", "wrong"), [
    ("pl", "grudnia", "December"), ("cs", "prosince", "December"), ("fi", "joulukuuta", "12x"),
    ("ca", "desembre", "December"), ("de", "Dezember", "December")])
def test_the_scorer_takes_the_forms_month(code: str, right: str, wrong: str) -> None:
    """The judge reads the month in the form's language as right, another language's as wrong
    (it knew only Spanish, French and Portuguese months)."""
    truth = {"country": "PL", "date_formats": ["%d.%m.%Y"]}
    exp = Expect("part", ("month", date(2026, 12, 5), code))
    assert matches(exp, right, truth) and not matches(exp, wrong, truth)
    assert matches(exp, "12", truth)


# -- the gaining and the losing side's headings --------------------------------------------------

_SIDES = {
    "en": ("New provider", "Current provider"), "de": ("Neuer Anbieter", "Bisheriger Anbieter"),
    "nl": ("Nieuwe aanbieder", "Huidige aanbieder"), "fr": ("Nouvel opérateur", "Opérateur donneur"),
    "es": ("Nuevo operador", "Operador actual"), "pt": ("Nova operadora", "Operador atual"),
    "it": ("Nuovo operatore", "Operatore cedente"), "ca": ("Nou operador", "Operador donant"),
    "ro": ("Furnizor nou", "Furnizor actual"), "rm": ("Nov purschider", "Purschider actual"),
    "lb": ("Neien Ubidder", "Aktuellen Ubidder"), "da": ("Ny udbyder", "Nuværende udbyder"),
    "nb": ("Ny operatør", "Nåværende operatør"), "sv": ("Ny operatör", "Nuvarande operatör"),
    "is": ("Nýtt símafyrirtæki", "Núverandi símafyrirtæki"),
    "fo": ("Nýggjur veitari", "Núverandi veitari"), "pl": ("Nowy operator", "Obecny operator"),
    "cs": ("Nový operátor", "Stávající operátor"), "sk": ("Nový operátor", "Súčasný poskytovateľ"),
    "sl": ("Nov operater", "Trenutni operater"), "hr": ("Novi operator", "Trenutni operator"),
    "bg": ("Нов оператор", "Настоящ оператор"), "el": ("Νέος πάροχος", "Τρέχων πάροχος"),
    "fi": ("Uusi operaattori", "Nykyinen operaattori"), "et": ("Uus operaator", "Praegune operaator"),
    "lv": ("Jaunais operators", "Pašreizējais operators"),
    "lt": ("Naujasis operatorius", "Dabartinis operatorius"),
    "hu": ("Új szolgáltató", "Régi szolgáltató"), "mt": ("Operatur ġdid", "Operatur attwali"),
    "ga": ("Soláthraí nua", "Soláthraí reatha"), "cy": ("Darparwr newydd", "Darparwr presennol"),
    "sw": ("Mtoa huduma mpya", "Mtoa huduma wa sasa"), "tr": ("Yeni operatör", "Eski operatör"),
    "vi": ("Nhà mạng mới", "Nhà mạng hiện tại"),
    "sq": ("Operatori i ri", "Operatori aktual"),
}


def test_every_lexicon_language_has_its_side_headings() -> None:
    assert set(_SIDES) == set(LEXICONS)


@pytest.mark.parametrize("code", sorted(_SIDES))
def test_a_heading_names_the_gaining_or_the_losing_provider(code: str) -> None:
    """"Nouvel opérateur", "Nowy operator", "Uusi operaattori" are the new provider's section
    (not ours to fill), "Stávající operátor" the one the numbers leave: each had been read as
    no one's in most lexicon languages."""
    gaining, losing = _SIDES[code]
    with reading_in((code,)):
        assert heading_role(gaining) == "gaining"
        assert heading_role(losing) == "losing"


@pytest.mark.parametrize("heading", ["Carrier NY", "Provider bill, Nov 2026", "Actual carrier"])
def test_short_side_words_of_another_language_name_no_side_on_an_english_form(
        heading: str) -> None:
    """Guard: "ny" (Danish new) is New York, "nov" November, "actual" English on an English
    form: the short side words are read only on a form in their language."""
    with reading_in(("en",)):
        assert heading_role(heading) is None
