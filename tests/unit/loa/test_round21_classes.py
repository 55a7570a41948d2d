"""Classes of issue 11 fixed on round 21 once it was opened (misplaced and stray first): each in
words of its own (not any round's forms'), failing on the code before its fix."""

from __future__ import annotations

from portdesk.loa.fields import LoaField
from portdesk.loa.fill import analyse_form
from portdesk.loa.vocabulary import NOT_OURS, classify_in
from tests.loaforms.kit import a4


def test_a_co_holders_signature_is_not_ours_in_the_lexicons_languages() -> None:
    """A co-holder of the account signs for himself ("Signature du cotitulaire", "Firma del
    cotitular"): the case has one signer, so no ink goes there (it had been signed twice)."""
    assert classify_in("Signature du cotitulaire (compte joint)", ("fr",)).field == NOT_OURS
    assert classify_in("Nom du co-titulaire", ("fr",)).field == NOT_OURS
    assert classify_in("Firma del cotitular, si lo hubiera", ("es",)).field == NOT_OURS
    assert classify_in("Assinatura do cotitular", ("pt",)).field == NOT_OURS
    assert classify_in("Signature du titulaire", ("fr",)).field == LoaField.SIGNATURE  # guard


def test_a_witness_signature_in_swahili_is_not_ours() -> None:
    """"Sahihi ya shahidi" (a witness's signature) beside English: the Swahili lexicon's
    signature word had won before the broad witness rule (a stray signature)."""
    reading = classify_in("Sahihi ya shahidi / Signature of witness", ("sw", "en"))
    assert reading is not None and reading.field == NOT_OURS
    assert classify_in("Sahihi ya mteja / Signature", ("sw", "en")).field == \
        LoaField.SIGNATURE  # guard


def test_the_numbers_that_stay_in_swahili_are_no_provider() -> None:
    """"Namba zinazobaki kwa mtoa huduma wa sasa" (numbers remaining with the current
    operator): the numbers that stay, not the carrier the sentence names (the carrier's name had
    gone in the list of the numbers that stay)."""
    for label in ("Namba zinazobaki kwa mtoa huduma wa sasa / Numbers that remain",
                  "Nambari zitakazobaki kwa mtoa huduma wa sasa"):
        reading = classify_in(label, ("sw", "en"))
        assert reading is not None and reading.field == LoaField.REMAINING_NUMBERS, label
    assert classify_in("Mtoa huduma wa sasa / Current operator", ("sw", "en")).field == \
        LoaField.CARRIER  # guard


def test_an_account_held_at_another_party_beside_the_current_providers_stays_empty() -> None:
    """"Kundennummer beim abg. Anbieter" then "Ihre Kundennummer bei Bergfunk" (the form's own
    company): the first is the account the losing carrier knows, the second the customer's
    number with someone else (it had taken the account number too: a stray)."""
    s = a4("konto", "DE", "de", [], "")
    s.text(40, 800, "Auftrag zur Rufnummernportierung", 13, bold=True)
    s.blank("Name des Anschlussinhabers", 40, 770, 550, "account_name")
    s.blank("Bisheriger Anbieter", 40, 750, 550, "carrier")
    s.blank("Kundennummer beim abg. Anbieter", 40, 730, 550, "account_number")
    s.blank("Ihre Kundennummer bei Bergfunk", 40, 710, 550, None)
    analysis = analyse_form(s.build()[0], "form.pdf", country="DE", strict=False)
    accounts = [round(p.y) for p in analysis.placements if p.field == LoaField.ACCOUNT_NUMBER]
    assert len(accounts) == 1 and accounts[0] > 720
