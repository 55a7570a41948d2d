"""Who may sign a PortDesk LOA: the authorized person it prints, and nobody else.

The standard LOA prints the case's authorized person under the signature line ("Printed name:
...", loa/standard.py). A carrier compares the signature with that name and rejects an LOA signed
by someone else (DOMAIN.md: `AUTH_PERSON_MISMATCH`, "signer not an authorized user of the
account"; the fix is to have an authorized user sign, or to add the signer with the carrier).
Signing it in another name would write a second, different name on the letter, so it is refused
before any ink: the authorized person signs (their name typed as printed), or, once the signer
is an authorized user with the carrier, the case's authorized person is changed and the letter
drawn again. There is no override: a letter naming one person and signed by another is what a
carrier rejects, whoever insists.

Names are compared as words (case, accents, punctuation and spacing aside: "Anne O'Connor" is
"ANNE O’CONNOR"); anything more (a middle initial, a title) differs, as it would to a carrier. A
letter that prints no name (the line left blank for the signer) and a PDF that is not a PortDesk
standard LOA are not checked here, nor is a letter whose printed name cannot be read back
(letters its font has no glyph for print as empty boxes).
"""

from __future__ import annotations

import re
import unicodedata

from pypdf import PdfReader

from portdesk.loa.errors import SigningError
from portdesk.loa.standard_marks import CREATOR, PRINTED_NAME, SIGNATURE_FIELD

_PRINTED = re.compile(re.escape(PRINTED_NAME.strip()) + r" (.*?)[ \t]*(?:Title:|$)", re.MULTILINE)


def printed_authorized_name(reader: PdfReader) -> str:
    """The authorized person a PortDesk standard LOA prints; "" when it prints none or the PDF
    is not one (no PortDesk creator, no signature field of the standard LOA)."""
    info = reader.metadata
    creator = str(info.get("/Creator", "") or "") if info is not None else ""
    if creator != CREATOR or SIGNATURE_FIELD not in (reader.get_fields() or {}):
        return ""
    for page in reader.pages:
        found = _PRINTED.search(page.extract_text() or "")
        if found:
            name = found.group(1).strip()
            # the blank line, or a name with letters the letter's font lacks (drawn as empty
            # boxes, read back as NULs): no name a signer could match
            unreadable = "\x00" in name or "\ufffd" in name
            return name if _words(name.replace("_", " ")) and not unreadable else ""
    return ""


def _words(name: str) -> str:
    """A name as words: accents, case, punctuation (either apostrophe) and spacing aside."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name)
                    if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", plain.replace("'", "").replace("\u2019", "")).split())


def same_person(printed: str, signer: str) -> bool:
    return bool(_words(signer)) and _words(printed) == _words(signer)


def check_signer(reader: PdfReader, signer: str, label: str) -> None:
    check_name(printed_authorized_name(reader), signer, label)


def check_name(printed: str, signer: str, label: str) -> None:
    """Refused when the letter prints a name (`printed`) and `signer` is someone else."""
    if printed and not same_person(printed, signer):
        raise SigningError(
            f"{label} names {printed} as the authorized person, and {signer} is signing: a "
            f"carrier rejects an LOA signed by anyone else (AUTH_PERSON_MISMATCH). Have "
            f"{printed} sign (--signer \"{printed}\", as printed), or, once {signer} is an "
            "authorized user with the carrier, make them the case's authorized person and "
            "render the LOA again. Nothing was signed.")
