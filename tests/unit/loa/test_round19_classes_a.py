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
