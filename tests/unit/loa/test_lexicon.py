"""The label vocabulary of every EU/EEA and Swiss language (lexicon/): wordings of our own in
each, read on a form in that language; no word of one language read as another concept on a form
that prints it beside another language; and a form in a language PortDesk does not read still
refused with one clear line, not half-filled."""

from __future__ import annotations

import itertools

import pytest

from portdesk.loa.errors import FormNotUsable
from portdesk.loa.fill import analyse_form
from portdesk.loa.language import guess_languages_by_lines
from portdesk.loa.lexicon import LEXICONS
from portdesk.loa.lexicon.base import words_of
from portdesk.loa.vocabulary import classify_in, normalise
from tests.loaforms.kit import a4
from tests.loaforms.round14_kit import unicode_a4

# (language, a label as a form might print it, the concept it names)
WORDINGS = [
    ("et", "Ettevõtte nimi:", "account_name"), ("et", "Kontaktisiku telefon", "contact_phone"),
    ("et", "Postiindeks", "postal_code"), ("et", "Maakond", "state"), ("et", "Linn / vald", "city"),
    ("et", "Tänav, maja, korter", "street"), ("et", "Kuupäev", "date_signed"),
    ("et", "Soovitud portimise kuupäev", "requested_date"), ("et", "Allkiri", "signature"),
    ("et", "Praegune operaator", "carrier"), ("et", "Isikukood / registrikood", "not_ours"),
    ("et", "Porditavad numbrid", "number"), ("et", "Kliendinumber", "account_number"),
    ("lv", "Uzņēmuma nosaukums", "account_name"), ("lv", "Pasta indekss", "postal_code"),
    ("lv", "Pilsēta", "city"), ("lv", "Novads", "state"), ("lv", "Iela, mājas numurs", "street"),
    ("lv", "Pašreizējais operators", "carrier"), ("lv", "Paraksts", "signature"),
    ("lv", "Datums", "date_signed"), ("lv", "Vēlamais pārnešanas datums", "requested_date"),
    ("lv", "Tālruņa numuri", "number"), ("lv", "PVN reģistrācijas numurs", "not_ours"),
    ("lt", "Įmonės pavadinimas", "account_name"), ("lt", "Pašto kodas", "postal_code"),
    ("lt", "Miestas", "city"), ("lt", "Parašas", "signature"), ("lt", "Data", "date_signed"),
    ("lt", "Dabartinis operatorius", "carrier"), ("lt", "Įmonės kodas", "not_ours"),
    ("hr", "Naziv tvrtke", "account_name"), ("hr", "OIB", "not_ours"),
    ("hr", "Poštanski broj", "postal_code"), ("hr", "Mjesto", "city"),
    ("hr", "Ulica i kućni broj", "street"), ("hr", "Kućni broj", "not_ours"),
    ("hr", "Županija", "state"), ("hr", "Trenutni operator", "carrier"),
    ("hr", "Operator primatelj", "not_ours"), ("hr", "Željeni datum prijenosa", "requested_date"),
    ("hr", "Mjesto i datum", "date_signed"), ("hr", "Potpis i pečat", "signature"),
    ("hr", "Kontakt telefon", "contact_phone"), ("hr", "Brojevi za prijenos", "number"),
    ("sl", "Naziv podjetja", "account_name"), ("sl", "Poštna številka", "postal_code"),
    ("sl", "Kraj", "city"), ("sl", "Davčna številka", "not_ours"), ("sl", "Podpis", "signature"),
    ("sk", "Obchodné meno", "account_name"), ("sk", "Kraj", "state"), ("sk", "PSČ", "postal_code"),
    ("sk", "IČO", "not_ours"), ("sk", "Požadovaný dátum prenesenia", "requested_date"),
    ("pl", "NIP", "not_ours"), ("pl", "Województwo", "state"), ("pl", "Kod pocztowy", "postal_code"),
    ("cs", "Kraj", "state"), ("cs", "Stát", "not_ours"),
    ("fi", "Maa", "not_ours"), ("hu", "Ország", "not_ours"),
    ("es", "RUT", "not_ours"), ("es", "R.U.C.", "not_ours"), ("es", "CUIT", "not_ours"),
    ("es", "Aclaración de firma", "authorized_name"), ("es", "Comuna", "city"),
    ("es", "Concesionario cedente", "carrier"), ("es", "Concesionario receptor", "not_ours"),
    ("es", "Compañía receptora", "not_ours"), ("es", "Depto.", "suite"),
    ("pt", "Complemento", "suite"), ("pt", "Operadora receptora", "not_ours"),
    ("pt", "Concelho", "city"), ("it", "NAP", "postal_code"), ("it", "Località", "city"),
    ("it", "Cantone", "state"), ("it", "Numero civico", "not_ours"), ("it", "Timbro", "not_ours"),
    ("fr", "Canton", "state"), ("fr", "Pays", "not_ours"), ("de", "Kanton", "state"),
    ("de", "Hausnummer", "not_ours"), ("de", "Land", "not_ours"), ("nl", "Provincie", "state"),
    ("da", "By", "city"), ("da", "Land", "not_ours"), ("sv", "Namnteckning", "signature"),
    ("sv", "Län", "state"), ("nb", "Fylke", "state"), ("nb", "Organisasjonsnummer", "not_ours"),
    ("is", "Nafn fyrirtækis", "account_name"), ("is", "Kennitala", "not_ours"),
    ("is", "Heimilisfang", "service_address"), ("is", "Póstnúmer", "postal_code"),
    ("is", "Undirskrift", "signature"), ("is", "Símanúmer", "number"),
    ("lb", "Ënnerschrëft", "signature"), ("lb", "Uertschaft", "city"),
    ("rm", "Suttascripziun", "signature"), ("ca", "Codi postal", "postal_code"),
    ("ca", "Signatura", "signature"), ("ga", "Ainm an chustaiméara", "account_name"),
    ("ga", "Síniú", "signature"), ("ga", "Seoladh", "service_address"),
    ("cy", "Enw'r cwmni", "account_name"), ("cy", "Cyfeiriad", "service_address"),
    ("cy", "Cod post", "postal_code"), ("cy", "Llofnod", "signature"), ("cy", "Sir", "state"),
    ("cy", "Darparwr presennol", "carrier"), ("cy", "Rhif ffôn", "number"),
    ("cy", "Dyddiad", "date_signed"), ("mt", "Isem tal-kumpanija", "account_name"),
    ("mt", "Numru tat-telefon", "number"), ("mt", "Firma tal-klijent", "signature"),
    ("mt", "Lokalità", "city"), ("mt", "Kodiċi postali", "postal_code"),
    ("mt", "Isem tal-persuna awtorizzata", "authorized_name"),
    ("sw", "Jina la kampuni", "account_name"), ("sw", "Sahihi", "signature"),
    ("sw", "Nambari ya simu", "number"), ("sw", "Tarehe", "date_signed"),
]


@pytest.mark.parametrize(("language", "label", "concept"), WORDINGS)
def test_a_label_is_read_in_the_forms_language(language: str, label: str, concept: str) -> None:
    read = classify_in(label, (language,))
    assert (str(read.field) if read else None) == concept


@pytest.mark.parametrize(("language", "label", "english"), [
    ("da", "By", None), ("sk", "Kraj", None), ("pl", "NIP", "pin"), ("cy", "Sir", None),
    ("es", "RUT", None)])
def test_a_word_is_read_in_its_language_only(language: str, label: str,
                                             english: str | None) -> None:
    """'By:' on an English form is a signer's line, not the town; 'NIP' the French Canadian
    PIN; the broad rules read an English form as before."""
    read = classify_in(label, ("en",))
    assert (str(read.field) if read else None) == english
    assert classify_in(label, (language,)) != read


def test_every_lexicon_word_is_written_normalised() -> None:
    bad = [(code, w) for code, lex in LEXICONS.items() for w, _ in words_of(lex)
           if normalise(w) != w]
    assert not bad


def test_no_word_reads_as_another_concept_on_a_form_in_two_languages() -> None:
    """Each word of a language's lexicon, on a form in that language and any other (either
    first), reads as its own concept; only where the other language's own word is the same
    whole label and the form is mainly in that language does the other meaning win (a true
    false friend: "kraj", the town in Slovenian and the region in Slovak)."""
    wrong = []
    for a, lexicon in LEXICONS.items():
        for word, concept in words_of(lexicon):
            for b in LEXICONS:
                for languages in ((a,), (a, b), (b, a)):
                    read = classify_in(word, languages)
                    got = read.field if read else None
                    if got != concept and (word, got) not in words_of(LEXICONS[languages[0]]):
                        wrong.append((languages, word, concept, got))
    assert not wrong


@pytest.mark.parametrize(("lines", "first"), [
    ([["Naziv", "tvrtke"], ["Ime", "i", "prezime"], ["Poštanski", "broj"], ["Županija"],
      ["Mjesto", "i", "datum"], ["Potpis"]], "hr"),
    ([["Ettevõtte", "nimi"], ["Kontaktisik"], ["Postiindeks"], ["Maakond"], ["Kuupäev"],
      ["Allkiri"]], "et"),
    ([["Uzņēmuma", "nosaukums"], ["Vārds,", "uzvārds"], ["Pasta", "indekss"], ["Novads"],
      ["Datums"], ["Paraksts"]], "lv"),
    ([["Company", "name"], ["Account", "number"], ["Service", "address"], ["Signature"],
      ["Date"], ["Current", "provider"]], "en"),
])
def test_the_forms_language_is_read_from_its_lines(lines: list[list[str]], first: str) -> None:
    assert guess_languages_by_lines(lines)[0] == first


def test_a_welsh_form_is_read_in_welsh_and_english() -> None:
    lines = [["Enw", "cwsmer"], ["Customer", "name"], ["Rhif", "cyfrif"], ["Account", "number"],
             ["Llofnod"], ["Signature"], ["Dyddiad"], ["Date"], ["Cyfeiriad", "eich", "cwmni"],
             ["Your", "company", "address"]]
    assert set(guess_languages_by_lines(lines)) == {"cy", "en"}


def _croatian_form(labels: list[str]) -> bytes:
    s = a4("hr-form", "DE", "hr", [], "")
    y = 760.0
    for n, label in enumerate(labels, 1):
        s.text(40, y, label, 9)
        s.widget(f"Text{n}", 200, y - 4, 250, 15, None)
        y -= 30
    return s.build()[0]


def test_a_croatian_form_with_bare_widget_names_is_filled_from_its_labels() -> None:
    pdf = _croatian_form(["Naziv tvrtke", "Ulica i kućni broj", "Poštanski broj", "Mjesto",
                          "OIB", "Trenutni operator", "Potpis"])
    analysis = analyse_form(pdf, "form.pdf", country="HR", strict=False)
    fields = {p.widget: p.field.value for p in analysis.placements}
    assert analysis.language == "hr"
    assert fields == {"Text1": "account_name", "Text2": "street", "Text3": "postal_code",
                      "Text4": "city", "Text6": "carrier", "Text7": "signature"}


def test_a_form_in_a_language_portdesk_does_not_read_is_refused_in_one_line() -> None:
    """Indonesian, say: no lexicon, no broad rule reads its labels: refused, saying why and
    what to do, and nothing placed on a guess."""
    pdf = _croatian_form(["Nama perusahaan", "Alamat lengkap", "Kode pos", "Kota",
                          "Nomor telepon", "Penyedia saat ini", "Tanda tangan", "Tanggal"])
    with pytest.raises(FormNotUsable, match=r"^form\.pdf: .*language PortDesk does not read.*"
                                            r"place the values by clicking") as raised:
        analyse_form(pdf, "form.pdf", country="ID")
    assert "\n" not in str(raised.value)
    assert not analyse_form(pdf, "form.pdf", country="ID", strict=False).placements


def test_every_pair_of_languages_is_tried() -> None:
    assert len(list(itertools.combinations(LEXICONS, 2))) >= 300  # 25+ languages


def _form_in(labels: list[str]) -> bytes:
    s = unicode_a4("script-form", "DE", "xx", [], "")
    y = 760.0
    for n, label in enumerate(labels, 1):
        s.text(40, y, label, 9)
        s.widget(f"Text{n}", 220, y - 4, 250, 15, None)
        y -= 30
    return s.build()[0]


@pytest.mark.parametrize(("labels", "expected", "language"), [
    (["Επωνυμία", "Διεύθυνση", "Ταχυδρομικός κώδικας", "Πόλη", "ΑΦΜ", "Τρέχων πάροχος",
      "Αριθμός πελάτη", "Υπογραφή"],
     {"Text1": "account_name", "Text2": "service_address", "Text3": "postal_code",
      "Text4": "city", "Text6": "carrier", "Text7": "account_number", "Text8": "signature"},
     "el"),
    (["Име на фирмата", "Адрес", "Пощенски код", "Град", "ЕИК", "Настоящ оператор",
      "Клиентски номер", "Подпис"],
     {"Text1": "account_name", "Text2": "service_address", "Text3": "postal_code",
      "Text4": "city", "Text6": "carrier", "Text7": "account_number", "Text8": "signature"},
     "bg"),
])
def test_a_greek_or_bulgarian_form_is_read_in_its_own_letters(
        labels: list[str], expected: dict[str, str], language: str) -> None:
    """The EU's two languages in other letters: read through their romanised lexicons."""
    analysis = analyse_form(_form_in(labels), "form.pdf", country="DE", strict=False)
    assert analysis.language == language and not analysis.notice
    assert {p.widget: p.field.value for p in analysis.placements} == expected


def test_a_russian_form_in_bulgarians_letters_is_still_refused() -> None:
    """Russian shares many of Bulgarian's words ("Адрес", "Подпись"); its own letters (ы, ё)
    say it is not Bulgarian: refused by its script, as before."""
    pdf = _form_in(["Наименование клиента", "Адрес установки", "Номер лицевого счёта",
                    "Номера телефонов", "Подпись уполномоченного лица", "Дата подписания",
                    "Город", "Оператор, который вы покидаете"])
    with pytest.raises(FormNotUsable, match="Cyrillic"):
        analyse_form(pdf, "ru.pdf", country="DE")
