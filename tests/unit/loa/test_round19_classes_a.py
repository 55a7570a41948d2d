"""Classes of issue 11 fixed on round 19's opened forms (first half: the bilingual paper form
in a script of its own, the Spanish paper form, the Uruguayan and Malaysian forms): each drawn
here in the smallest form or label that has it, in words of its own (not any round's forms'),
and failing on the code before its fix."""

from __future__ import annotations

import pytest

from portdesk.loa.errors import FormNotUsable
from portdesk.loa.fields import LoaField
from portdesk.loa.fill import analyse_form
from portdesk.loa.vocabulary import NOT_OURS, classify_in
from tests.loaforms.kit import a4
from tests.loaforms.round5_kit import numbered_slots, numbers_table
from tests.loaforms.round14_kit import unicode_a4


def _placed(pdf: bytes, country: str) -> list[tuple[str, tuple[float, float, float, float]]]:
    analysis = analyse_form(pdf, "form.pdf", country=country, strict=False)
    return [(p.field.value, p.rect) for p in analysis.placements if p.rect is not None]


def _bilingual(pairs: list[tuple[str, str]]) -> bytes:
    """Lines captioned under them in another script first, then in English (in italics on the
    real thing): a form drawn for two readerships."""
    s = unicode_a4("two-scripts", "DE", "xx", [], "")
    y = 760.0
    for own, english in pairs:
        s.rule(40, y, 400)
        s.text(40, y - 9, f"{own} / {english}", 7)
        y -= 40
    return s.build()[0]


_ENGLISH = ["Company name", "Address (street, number)", "Town", "Postcode", "Current provider",
            "Account number", "Signature", "Date"]


def test_a_greek_form_with_english_captions_is_read_not_refused() -> None:
    """Greek captions each followed by its English: the English words outnumber the Greek
    ones' little words, yet the Greek words alone are Greek (its lexicon reads them): read."""
    greek = ["Επωνυμία εταιρείας", "Διεύθυνση (οδός, αριθμός)", "Πόλη", "Ταχυδρομικός κώδικας",
             "Τρέχων πάροχος", "Αριθμός λογαριασμού πελάτη", "Υπογραφή του πελάτη",
             "Ημερομηνία υπογραφής"]
    analysis = analyse_form(_bilingual(list(zip(greek, _ENGLISH, strict=True))), "gr.pdf",
                            country="DE", strict=False)
    assert not analysis.notice
    fields = {p.field.value for p in analysis.placements}
    assert {"account_name", "carrier", "account_number", "postal_code", "city"} <= fields


def test_a_russian_form_with_english_captions_is_read_through_its_english() -> None:
    """Russian is no language PortDesk reads, but each caption prints its English too: read
    through the English words alone (the Russian ones are left out: nothing on a guess)."""
    russian = ["Наименование организации", "Адрес (улица, дом)", "Город", "Почтовый индекс",
               "Текущий оператор связи", "Номер лицевого счёта", "Подпись заказчика",
               "Дата подписания заявления"]
    analysis = analyse_form(_bilingual(list(zip(russian, _ENGLISH, strict=True))), "ru.pdf",
                            country="DE", strict=False)
    assert not analysis.notice
    fields = {p.field.value for p in analysis.placements}
    assert {"account_name", "carrier", "account_number", "postal_code", "city"} <= fields
    assert all(not any("\u0400" <= ch <= "\u04ff" for ch in w.text) for w in analysis.words)


def test_a_russian_form_with_a_stray_english_word_or_two_is_still_refused() -> None:
    """"E-mail" and "PIN" on a Russian form are no second language: refused by its script."""
    s = unicode_a4("ru-stray", "DE", "xx", [], "")
    labels = ["Наименование клиента", "Адрес установки", "Номер лицевого счёта", "E-mail",
              "PIN-код (PIN)", "Подпись уполномоченного лица", "Дата подписания", "Город"]
    for n, label in enumerate(labels):
        s.text(40, 760 - n * 30, label, 9)
        s.rule(220, 758 - n * 30, 450)
    with pytest.raises(FormNotUsable, match="Cyrillic"):
        analyse_form(s.build()[0], "ru.pdf", country="DE")


def test_a_stamp_box_caption_right_of_a_signature_line_is_no_sentence_leading_in() -> None:
    """A declaration, then a signature line captioned under it, with a stamp box to its right
    whose caption ("Cachet de l'entreprise") sits above the line's level: that caption is the
    box's, not a sentence wrapping onto the line (it had named the line the customer's)."""
    s = a4("stamp-right", "FR", "fr", [], "")
    s.blank("Raison sociale du titulaire :", 40, 760, 555, "account_name")
    s.blank("Opérateur actuel :", 40, 735, 300, "carrier")
    s.blank("Numéro de compte :", 40, 710, 300, "account_number")
    s.text(40, 660, "Je certifie l'exactitude des renseignements ci-dessus et demande le "
                    "transfert des numéros.", 8)
    s.frame(330, 600, 110, 46)
    s.text(334, 638, "Cachet de l'entreprise", 7)
    s.rule(40, 610, 310)
    s.text(40, 600, "Signature du titulaire du contrat", 8)
    placed = _placed(s.build()[0], "FR")
    at_line = [f for f, r in placed if r[0] < 60 and 595 <= r[1] <= 615]
    assert at_line == ["signature"]


@pytest.mark.parametrize(("label", "language"), [
    ("Recibido por (funcionario de la compañía)", "es"),
    ("Recebido por (atendente)", "pt"),
    ("Reçu par (agent de l'opérateur)", "fr"),
    ("Entgegengenommen von (Mitarbeiter)", "de"),
    ("Ricevuto da (operatore del punto vendita)", "it"),
    ("Ontvangen door (medewerker)", "nl"),
])
def test_who_received_the_request_is_the_providers_person_in_every_language(
        label: str, language: str) -> None:
    """'Received by' was the provider's own person in English only: "Recibido por
    (representante de ...)" read as our authorised representative and took the signer."""
    read = classify_in(label, (language,))
    assert read is not None and read.field == NOT_OURS


def test_a_received_by_line_under_the_signature_stays_empty() -> None:
    s = a4("received-by", "FR", "es", [], "")
    s.blank("Nombre o razón social:", 40, 760, 555, "account_name")
    s.blank("Compañía actual:", 40, 735, 300, "carrier")
    s.rule(40, 660, 300)
    s.text(40, 650, "Firma del titular", 8)
    s.rule(40, 600, 300)
    s.text(40, 590, "Recibido por (representante)", 8)
    placed = _placed(s.build()[0], "FR")
    assert [f for f, r in placed if 585 <= r[1] <= 605] == []
    assert LoaField.SIGNATURE.value in [f for f, r in placed if 645 <= r[1] <= 665]


@pytest.mark.parametrize(("label", "concept"), [
    # "C.I." is an identity card's number (Uruguay, Paraguay, Bolivia, Venezuela), whoever's
    ("C.I. del apoderado", NOT_OURS),
    # the day the customer prefers or wishes for
    ("Fecha preferida para el cambio", LoaField.REQUESTED_DATE),
    # the mobile lines to port are the numbers
    ("Líneas a portar", LoaField.NUMBER),
])
def test_spanish_words_of_the_southern_cone(label: str, concept: LoaField | str) -> None:
    read = classify_in(label, ("es",))
    assert read is not None and read.field == concept


def test_a_section_naming_the_provider_and_the_numbers_governs_its_numbered_grid() -> None:
    """'CURRENT PROVIDER AND NUMBERS TO MOVE' over the provider's blank, a tick row and then
    six numbered widgets: the heading reads as the provider (its own blanks say theirs), but
    the grid under it is its numbers (it stayed empty: the heading was only the carrier's)."""
    s = a4("joint-heading", "GB", "en", [], "")
    s.blank("Account holder:", 40, 780, 555, "account_name")
    s.band(40, 750, 515, "CURRENT PROVIDER AND NUMBERS TO MOVE", 8.5)
    s.text(40, 724, "Current provider", 8)
    s.widget("prov", 150, 720, 150, 14, "carrier")
    s.checkbox("whole", 40, 700, None, "Whole account")
    s.checkbox("part", 200, 700, None, "Part of the account")
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, 676, cols=2, rows=3, col_w=250, down=True,
                   names=[f"L{k}" for k in range(1, 7)], label="{n})")
    analysis = analyse_form(s.build()[0], "form.pdf", country="GB", strict=False)
    fields = {p.widget: p.field.value for p in analysis.placements if p.widget}
    assert [fields.get(f"L{k}") for k in range(1, 7)] == ["number"] * 6
    assert fields.get("prov") == "carrier"


def test_a_band_heading_running_past_the_blanks_column_is_read_to_its_end() -> None:
    """A band 'PART 2: ABOUT YOUR EXISTING TELEPHONE PROVIDER' across the page over a narrow
    'Service provider' box at the left: the words past the box's column ("PROVIDER") still say
    whose section it is (cut at the column, the weak label stayed unsure and empty)."""
    s = a4("band-past", "GB", "en", [], "")
    s.blank("Account holder:", 40, 780, 555, "account_name")
    s.band(40, 740, 515, "PART 2:  ABOUT YOUR EXISTING TELEPHONE PROVIDER", 9)
    s.text(40, 722, "Service provider", 8)
    s.widget("sp", 40, 704, 120, 14, "carrier")
    s.text(300, 722, "Account no.", 8)
    s.widget("acct", 300, 704, 120, 14, "account_number")
    analysis = analyse_form(s.build()[0], "form.pdf", country="GB", strict=False)
    fields = {p.widget: p.field.value for p in analysis.placements if p.widget}
    assert fields.get("sp") == "carrier"


def test_a_bilingual_heading_is_as_long_as_its_longer_half() -> None:
    """'BAHAGIAN 2: PEMBEKAL SEDIA ADA / PART 2: EXISTING PROVIDER' counts eleven words whole,
    five per half: a heading, not a sentence, so the weak 'Service provider' under it is the
    current provider's."""
    s = a4("two-halves", "GB", "en", [], "")
    s.blank("Account holder:", 40, 780, 555, "account_name")
    s.band(40, 740, 515, "BAHAGIAN 2: PEMBEKAL SEDIA ADA / PART 2: EXISTING PROVIDER", 8)
    s.text(40, 722, "Service provider", 8)
    s.widget("sp", 40, 704, 500, 14, "carrier")
    analysis = analyse_form(s.build()[0], "form.pdf", country="GB", strict=False)
    fields = {p.widget: p.field.value for p in analysis.placements if p.widget}
    assert fields.get("sp") == "carrier"


def test_a_malay_numbers_table_takes_each_rows_area_code_and_number() -> None:
    """'No. | Kod Kawasan | Nombor Telefon' with the rows numbered in the first column: the
    phone header over the third column is the numbers column (no row number of its own), the
    area code in its own cell."""
    s = a4("malay-table", "GB", "en", [], "")
    s.blank("Company name:", 40, 780, 555, "account_name")
    s.blank("Existing provider:", 40, 755, 300, "carrier")
    slots = s.slot_group(ordered=True)
    numbers_table(s, slots, 40, 720, [("Kod Kawasan", 70, "area_code", False),
                                     ("Nombor Telefon", 160, "number", False)], rows=3,
                  row_h=16, head="No.")
    s.blank("Date:", 40, 600, 200, "date_signed")
    placed = _placed(s.build()[0], "GB")
    assert sum(1 for f, _ in placed if f == "area_code") == 3
    assert sum(1 for f, _ in placed if f == "number") == 3
