"""`portdesk loa sign` of a PortDesk LOA signs for the authorized person it prints, nobody else.

Session 19 left it signing any `--signer`: the standard LOA of a case whose authorized person is
José Núñez came out signed by "Bob Stranger" under "Printed name: José Núñez", the letter a
carrier rejects (DOMAIN.md: AUTH_PERSON_MISMATCH). Now it is refused before any ink, the file not
written, with what to do; the same person written another way (case, accents, apostrophes,
spacing) signs. A letter that prints no name, and a PDF that is not a PortDesk LOA, are not
checked. The desk's signing screen goes through the same signing step.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from portdesk.cli import main
from portdesk.config import Settings
from portdesk.loa.errors import SigningError
from portdesk.services import loa_desk, lookup
from portdesk.store.store import Store
from tests.helpers import case
from tests.unit.loa.helpers import make_entry


def _queue(tmp_path: Path, **entry: object) -> str:
    db = f"sqlite:///{tmp_path / 'pd.sqlite3'}"
    cases = tmp_path / "cases.json"
    cases.write_text(json.dumps([make_entry(2, **entry)]), encoding="utf-8")
    assert main(["--db", db, "case", "import", str(cases)]) == 0
    return db


def _letter(tmp_path: Path, db: str) -> Path:
    letter = tmp_path / "letter.pdf"
    assert main(["--db", db, "loa", "render", "PD-000001", "-o", str(letter)]) == 0
    return letter


def test_someone_else_than_the_printed_authorized_person_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _queue(tmp_path)
    letter, signed = _letter(tmp_path, db), tmp_path / "signed.pdf"
    capsys.readouterr()
    assert main(["--db", db, "loa", "sign", str(letter), "--typed", "Bob Stranger",
                 "--signer", "Bob Stranger", "-o", str(signed)]) == 1
    said = capsys.readouterr().err
    assert "names José Núñez as the authorized person, and Bob Stranger is signing" in said
    assert "AUTH_PERSON_MISMATCH" in said and 'Have José Núñez sign (--signer "José Núñez"' in said
    assert "Nothing was signed" in said
    assert not signed.exists()
    # refused before the signing stack loads: no workstation certificate was even made
    data = Path(os.environ["PORTDESK_DATA_DIR"])
    assert not list(data.rglob("workstation-cert.pem"))


@pytest.mark.parametrize("written", ["José Núñez", "JOSÉ NÚÑEZ", "  Jose   Nunez "])
def test_the_printed_person_written_another_way_signs(
        tmp_path: Path, written: str, capsys: pytest.CaptureFixture[str]) -> None:
    db = _queue(tmp_path)
    letter, signed = _letter(tmp_path, db), tmp_path / "signed.pdf"
    assert main(["--db", db, "loa", "sign", str(letter), "--typed", written, "--signer",
                 written, "-o", str(signed)]) == 0
    assert signed.exists()


def test_an_apostrophe_of_either_kind_is_the_same_name(tmp_path: Path) -> None:
    db = _queue(tmp_path, authorized_name="Anne O'Connor")
    letter, signed = _letter(tmp_path, db), tmp_path / "signed.pdf"
    assert main(["--db", db, "loa", "sign", str(letter), "--typed", "Anne O’Connor",
                 "--signer", "Anne O’Connor", "-o", str(signed)]) == 0


def test_a_letter_that_prints_no_name_takes_the_signer_s(tmp_path: Path) -> None:
    db = _queue(tmp_path, authorized_name="")
    letter, signed = _letter(tmp_path, db), tmp_path / "signed.pdf"
    assert main(["--db", db, "loa", "sign", str(letter), "--typed", "Bob Stranger",
                 "--signer", "Bob Stranger", "-o", str(signed)]) == 0


def test_a_typed_signature_in_another_name_is_refused_too(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A typed signature is the name it writes: "Bob Stranger" in script over "Printed name:
    José Núñez" is the letter a carrier rejects, whatever --signer says."""
    db = _queue(tmp_path)
    letter, signed = _letter(tmp_path, db), tmp_path / "signed.pdf"
    capsys.readouterr()
    assert main(["--db", db, "loa", "sign", str(letter), "--typed", "Bob Stranger",
                 "--signer", "José Núñez", "-o", str(signed)]) == 1
    said = capsys.readouterr().err
    assert "names José Núñez as the authorized person, and Bob Stranger is signing" in said
    assert not signed.exists()


def test_the_desk_refuses_a_typed_signature_in_another_name_on_the_standard_letter(
        store: Store) -> None:
    """The desk's Type tab starts with the case's person but can be typed over; the printed
    name (the signer) cannot. Nothing is filed."""
    made = store.cases.create(case(authorized_name="José Núñez"), "ana")
    assert made.id is not None
    with pytest.raises(SigningError, match=r"names José Núñez .* and Bob Stranger is signing"):
        loa_desk.sign(store, Settings(), "ana", made.reference, {"typed": "Bob Stranger"},
                      "José Núñez", "", False, None)
    assert not lookup.documents(store, made.id, "loa")
    signed = loa_desk.sign(store, Settings(), "ana", made.reference, {"typed": "JOSE NUNEZ"},
                           "José Núñez", "", False, None)
    assert signed.result.signer == "José Núñez"
