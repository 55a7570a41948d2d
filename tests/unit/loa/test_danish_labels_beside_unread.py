"""Danish labels beside a language PortDesk does not read (issue 11, session 24: round 38's
form printed each label in Greenlandic, then Danish after a slash; the Danish halves "Abonnentens
navn", "Vej og nr.", "Tegningsberettiget", "Kunde nr." and the ticks "Alle numre" / "Kun
numrene ovenfor" were words no lexicon held, and "Oqarasuaat / Telefon" was no bare phone
because its first half is no phone word: 12 values missing). The Danish words are read; a
bare phone beside a half that reads as nothing of ours is a bare phone.

Drawn unlike round 38's: a Danish-only fillable form on Letter paper with widgets named
felt1..N and labels above their boxes, and Northern Sami / Norwegian labels for the phone."""

from __future__ import annotations

import pytest

from portdesk.loa.fields import LoaField
from portdesk.loa.fill import analyse_form
from portdesk.loa.lexicon import reading_in
from portdesk.loa.persons import bare_phone
from portdesk.loa.tickwords import check_field
from portdesk.loa.vocabulary import classify_in
from tests.loaforms.round14_kit import UnicodeSheet


@pytest.mark.parametrize(("label", "concept"), [
    ("Abonnentens navn", "account_name"), ("Kundens navn", "account_name"),
    ("Vej og nr.", "street"), ("Vejnavn", "street"), ("Tegningsberettiget", "authorized_name"),
    ("Kunde nr.", "account_number")])
def test_a_danish_label_is_read(label: str, concept: str) -> None:
    read = classify_in(label, ("da",))
    assert (str(read.field) if read else None) == concept


@pytest.mark.parametrize(("label", "tick"), [
    ("Kun numrene ovenfor", LoaField.PARTIAL_PORT), ("Kun disse numre", LoaField.PARTIAL_PORT),
    ("Alle numre", LoaField.FULL_PORT), ("Alle vores telefonnumre", LoaField.FULL_PORT)])
def test_a_danish_tick_is_read(label: str, tick: LoaField) -> None:
    with reading_in(("da",)):
        assert check_field(label) == tick


@pytest.mark.parametrize(("label", "bare"), [
    ("Telefovdna / Telefon", True), ("Telefon / Telefovdna", True), ("Telefon", True),
    ("Telefon / Faks", False), ("Telefon / E-post", False)])
def test_a_bare_phone_beside_an_unread_half(label: str, bare: bool) -> None:
    assert bare_phone(label) is bare


def _danish_form() -> bytes:
    s = UnicodeSheet("da-felt-widgets", "DK", "da", "", (612.0, 792.0), [])
    s.date_formats = ["%d-%m-%Y"]
    s.text(40, 740, "Anmodning om nummerflytning", 14, bold=True)
    rows = [("Abonnentens navn", 300), ("Vej og nr.", 300), ("Tegningsberettiget", 220),
            ("Telefovdna / Telefon", 150), ("E-mail", 220), ("Kunde nr.", 150)]
    y = 700.0
    for n, (label, width) in enumerate(rows, 1):
        s.text(40, y + 18, label, 7.5)
        s.widget(f"felt{n}", 40, y, width, 15, None)
        y -= 38
    return s.build()[0]


def test_a_danish_form_is_filled_from_its_labels() -> None:
    """The phone under the signer's line, its label half unread: the signer's contact phone."""
    analysis = analyse_form(_danish_form(), "form.pdf", country="DK", strict=False)
    fields = {p.widget: p.field for p in analysis.placements if p.widget}
    assert analysis.language == "da"
    assert fields == {"felt1": LoaField.ACCOUNT_NAME, "felt2": LoaField.STREET,
                      "felt3": LoaField.AUTHORIZED_NAME, "felt4": LoaField.CONTACT_PHONE,
                      "felt5": LoaField.CONTACT_EMAIL, "felt6": LoaField.ACCOUNT_NUMBER}
