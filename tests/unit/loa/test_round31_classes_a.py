"""Round 31's classes, first half (issue 11, session 18, opened after its blind score): each in
words or a small drawn form of its own; each test failed before its fix. The rules are general
(how forms are drawn and worded, a language's words by its lexicon), never one form's literal."""

from __future__ import annotations

import pytest

from portdesk.loa.fields import LoaField
from portdesk.loa.vocabulary import classify_in

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
