"""The workstation's signing certificate, made on first use.

A self-signed certificate proves the document was not changed after signing and names the signer;
trust in it comes from the platform knowing this workstation, not from a public CA. The private key
is encrypted with a random passphrase kept in the OS keyring; without a keyring the key lies in a
file only its owner can read, and the caller is told so.
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from portdesk import os_keyring
from portdesk.loa.errors import SigningError

log = logging.getLogger(__name__)
KEYRING_SERVICE = "PortDesk"
KEYRING_USER = "workstation-signing-key"  # + ":" + the data folder (a bare name: before 2026-12)
_NO_KEYRING = (
    "no OS keyring is available: the workstation signing key is stored unencrypted in {path}, "
    "readable only by your user (mode 0600)"
)


@dataclass(frozen=True, slots=True)
class WorkstationCert:
    cert_pem: bytes
    key_pem: bytes
    passphrase: bytes | None
    notice: str = ""  # said to the user once: how the key is protected


def _write_private(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)


def _new_certificate(common_name: str,
                     organization: str) -> tuple[ec.EllipticCurvePrivateKey, bytes]:
    """ECDSA P-256 (PAdES-standard): unlocking and signing cost a few milliseconds, where an RSA
    key is re-validated on every load (tens of milliseconds per signature). Certificates made
    earlier with RSA keys keep working."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization or "PortDesk")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5)).not_valid_after(now + timedelta(days=5 * 365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                     key_encipherment=False, data_encipherment=False,
                                     key_agreement=False, key_cert_sign=False, crl_sign=False,
                                     encipher_only=False, decipher_only=False), critical=True)
        .sign(key, hashes.SHA256())
    )
    return key, cert.public_bytes(serialization.Encoding.PEM)


def _keyring_user(folder: Path) -> str:
    """One keyring entry per data folder: one shared entry let a second folder's passphrase
    replace the first's, locking the first key for good."""
    return os_keyring.per_folder(KEYRING_USER, folder)


def _opens(key_pem: bytes, passphrase: str) -> bool:
    try:
        serialization.load_pem_private_key(key_pem, passphrase.encode())
    except (ValueError, TypeError):
        return False
    return True


def _unlock(folder: Path, key_pem: bytes, key_path: Path) -> bytes:
    """The passphrase that opens this folder's key: its own keyring entry, else the one name all
    folders shared before (kept under the folder's own name from now on)."""
    own = os_keyring.read(KEYRING_SERVICE, _keyring_user(folder))
    shared = os_keyring.read(KEYRING_SERVICE, KEYRING_USER)
    for stored in (own, shared):
        if stored and _opens(key_pem, stored):
            if stored != own:
                os_keyring.keep(KEYRING_SERVICE, _keyring_user(folder), stored)
            return stored.encode()
    place = os_keyring.where()  # the keyring it was kept in, named truly (a file on a headless desk)
    why = (f"its passphrase is not in {place} any more" if not (own or shared) else
           f"the passphrase in {place} does not open it (another PortDesk data folder on "
           "this computer may have replaced it)")
    raise SigningError(
        f"the workstation signing key in {key_path} cannot be unlocked: {why}. Move "
        f"workstation-key.pem and workstation-cert.pem out of {folder} and sign again to make a "
        "new certificate (documents signed before stay valid)")


def workstation_cert(folder: Path, organization: str = "") -> WorkstationCert:
    """Load the workstation's certificate, creating it (and its protected key) the first time."""
    cert_path, key_path = folder / "workstation-cert.pem", folder / "workstation-key.pem"
    if cert_path.is_file() and key_path.is_file():
        key_pem = key_path.read_bytes()
        if b"ENCRYPTED" not in key_pem:
            return WorkstationCert(cert_path.read_bytes(), key_pem, None,
                                   _NO_KEYRING.format(path=key_path))
        return WorkstationCert(cert_path.read_bytes(), key_pem,
                               _unlock(folder, key_pem, key_path))
    host = socket.gethostname() or "workstation"
    key, cert_pem = _new_certificate(f"PortDesk workstation {host}", organization)
    # a passphrase counts as kept only once the keyring gives it back: one that accepts and
    # forgets (the null backend, a vault dropping writes) would lock the key for good after this
    # run ("its passphrase is not in the OS keyring any more"); the key file is the fallback
    made = secrets.token_urlsafe(32)
    passphrase = made if os_keyring.keep(KEYRING_SERVICE, _keyring_user(folder), made) else None
    algorithm: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase.encode()) if passphrase
        else serialization.NoEncryption())
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                algorithm)
    _write_private(key_path, key_pem)
    _write_private(cert_path, cert_pem)
    notice = "" if passphrase else _NO_KEYRING.format(path=key_path)
    if notice:
        log.warning("%s", notice)
    return WorkstationCert(cert_pem, key_pem, passphrase.encode() if passphrase else None, notice)
