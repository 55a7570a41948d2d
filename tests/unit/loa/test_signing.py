from __future__ import annotations

import io
import math
import os
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image
from pypdf import PdfReader

from portdesk.config import Branding
from portdesk.loa.certs import WorkstationCert, workstation_cert
from portdesk.loa.errors import BadSignatureImage, FormNotUsable, SigningError
from portdesk.loa.fields import values_from_case
from portdesk.loa.fill import fill_form
from portdesk.loa.sign import sign_loa
from portdesk.loa.signature import image_to_png, png_size, strokes_to_png, typed_to_png
from portdesk.loa.standard import render_standard_loa
from portdesk.loa.verify import age_limit, calendar_days_between, verify_loa
from tests.loaforms import testforms
from tests.unit.loa.helpers import make_case

WAVE = [[(10 + i * 3, 40 + 15 * math.sin(i / 3)) for i in range(40)], [(30, 10), (35, 70)]]


@pytest.fixture
def cert(tmp_path: Path) -> WorkstationCert:
    return workstation_cert(tmp_path / "signing", "Acme Voice")


def test_strokes_become_a_smoothed_transparent_png() -> None:
    png = strokes_to_png(WAVE)
    with Image.open(io.BytesIO(png)) as img:
        assert img.mode == "RGBA"
        assert img.getpixel((0, 0))[3] == 0  # transparent paper
        assert img.getbbox() is not None
    assert png_size(png)[0] > png_size(png)[1]
    with pytest.raises(BadSignatureImage, match="empty"):
        strokes_to_png([])


def test_typed_and_image_signatures() -> None:
    typed = typed_to_png("José Núñez")
    assert png_size(typed)[0] > 100
    assert png_size(image_to_png(typed)) <= png_size(typed)
    with pytest.raises(BadSignatureImage, match="not an image"):
        image_to_png(b"%PDF-1.7 definitely not a png")
    with pytest.raises(BadSignatureImage, match="needs the signer"):
        typed_to_png("   ")


def test_certificate_is_created_once_with_key_protected(tmp_path: Path) -> None:
    first = workstation_cert(tmp_path / "signing")
    assert first.passphrase is not None and b"ENCRYPTED" in first.key_pem
    assert first.notice == ""
    key_file = tmp_path / "signing" / "workstation-key.pem"
    assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600
    again = workstation_cert(tmp_path / "signing")
    assert again.cert_pem == first.cert_pem and again.passphrase == first.passphrase


def test_without_keyring_the_key_file_is_0600_and_it_says_so(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    import keyring.core

    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    made = workstation_cert(tmp_path / "nokeyring")
    assert made.passphrase is None
    assert "no OS keyring" in made.notice and "0600" in made.notice
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)


def test_sign_standard_letter_places_ink_and_date_and_verifies(cert: WorkstationCert) -> None:
    pdf = render_standard_loa(make_case(3), Branding())
    result = sign_loa(pdf, typed_to_png("José Núñez"), "José Núñez", cert, "Owner")
    when = result.signed_at
    assert result.placed_on == "Signature of authorized person"
    assert len(result.sha256) == 64
    reader = PdfReader(io.BytesIO(result.pdf))
    assert not (reader.get_fields() or {}).keys() - {"PortDeskSignature"}  # flattened
    doc = pdfium.PdfDocument(result.pdf)
    text = doc[0].get_textpage().get_text_range()
    doc.close()
    assert when.astimezone().strftime("%m/%d/%Y") in text
    check = verify_loa(result.pdf, 30, now=when + timedelta(days=2))
    assert check.ok and check.age_days == 2
    sig = check.signatures[0]
    assert sig.intact and sig.covers_whole_file and not sig.certified
    assert "José Núñez" in sig.signer and sig.self_signed
    assert sig.signed_at == when  # the instant shown is the instant inside the signature


def test_certified_carrier_form_and_tampering_fails(cert: WorkstationCert) -> None:
    filled = fill_form(testforms.opaque_form(), values_from_case(make_case(2)), "f").pdf
    result = sign_loa(filled, strokes_to_png(WAVE), "José Núñez", cert, certify=True)
    assert result.placed_on == "Text30"
    assert verify_loa(result.pdf).signatures[0].certified
    data = bytearray(result.pdf)
    at = data.find(b"/Producer")
    assert at > 0
    data[at + 3] = ord("X")
    broken = verify_loa(bytes(data))
    assert not broken.ok and not broken.signatures[0].intact


def test_too_old_and_toll_free_limit(cert: WorkstationCert) -> None:
    letter = make_case(1, numbers=["800-555-0100"], btn="800-555-0100")
    pdf = render_standard_loa(letter, Branding())
    # Signed one second before local midnight: the worst case for an age counted in 24-hour spans.
    at = datetime(2026, 11, 2, 23, 59, 59).astimezone()
    signer = letter.authorized_name
    result = sign_loa(pdf, typed_to_png(signer), signer, cert, now=at)
    assert result.signed_at == at
    signed = result.pdf
    on_day_30 = verify_loa(signed, limit_days=90, now=datetime(2026, 12, 2, 0, 0, 1).astimezone())
    assert on_day_30.age_days == 30 and on_day_30.age_limit_days == 30  # toll-free: 30 always
    assert not on_day_30.too_old
    on_day_31 = verify_loa(signed, limit_days=90, now=datetime(2026, 12, 3, 0, 0, 1).astimezone())
    assert on_day_31.age_days == 31 and on_day_31.too_old and not on_day_31.ok
    assert age_limit(15, toll_free=False) == 15


def test_calendar_days_ignore_the_hour() -> None:
    late = datetime(2026, 3, 1, 23, 59, 59).astimezone()
    assert calendar_days_between(late, datetime(2026, 3, 2, 0, 0, 0).astimezone()) == 1
    assert calendar_days_between(late, datetime(2026, 3, 1, 23, 59, 59).astimezone()) == 0


def test_unsigned_and_unsignable_documents(cert: WorkstationCert) -> None:
    assert "not digitally signed" in verify_loa(testforms.blank_page()).problems[0]
    with pytest.raises(FormNotUsable, match="no signature"):
        sign_loa(testforms.tiny_fields_form(), typed_to_png("A"), "A", cert)
    with pytest.raises(SigningError, match="signer"):
        sign_loa(testforms.opaque_form(), typed_to_png("A"), " ", cert)


def test_two_data_folders_keep_their_own_signing_keys(tmp_path: Path) -> None:
    """A second PortDesk folder on the same computer makes its own key; the first one's key still
    opens (one shared keyring entry had let the second passphrase lock the first key for good)."""
    first = workstation_cert(tmp_path / "desk")
    second = workstation_cert(tmp_path / "training")
    assert first.passphrase and second.passphrase and first.passphrase != second.passphrase
    again = workstation_cert(tmp_path / "desk")
    assert again.passphrase == first.passphrase
    letter = make_case(3)
    pdf = render_standard_loa(letter, Branding())
    signer = letter.authorized_name  # the person the letter prints (loa/signer_check.py)
    assert sign_loa(pdf, typed_to_png(signer), signer, again, "Owner").pdf


def test_a_key_the_keyring_cannot_open_says_what_to_do(tmp_path: Path) -> None:
    from portdesk import os_keyring
    from portdesk.loa.certs import KEYRING_SERVICE, _keyring_user

    folder = tmp_path / "desk"
    workstation_cert(folder)
    assert os_keyring.keep(KEYRING_SERVICE, _keyring_user(folder), "not the passphrase")
    with pytest.raises(SigningError) as caught:
        workstation_cert(folder)
    said = str(caught.value)
    assert str(folder / "workstation-key.pem") in said and "does not open it" in said
    assert f"the passphrase in {os_keyring.where()} does not open it" in said  # the true place
    assert "Move workstation-key.pem and workstation-cert.pem out of" in said
