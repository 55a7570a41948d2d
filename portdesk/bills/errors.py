"""What can go wrong with a bill file, each in words a specialist can act on."""

from __future__ import annotations

from portdesk.domain.errors import PortDeskError


class BillReadError(PortDeskError):
    """The file could not be read as a bill; the message says why and what to do."""


class PasswordRequired(BillReadError):
    """The PDF is encrypted; the desk asks for the password, the CLI takes --password."""

    def __init__(self, path_name: str, wrong: bool = False) -> None:
        what = "the password given is wrong" if wrong else "it is protected by a password"
        super().__init__(f"{path_name}: {what}; open it with the password (--password) "
                         "or ask the customer for an unprotected copy")
        self.wrong = wrong


class UnreadableBill(BillReadError):
    """Empty, corrupt, truncated or not a PDF/image at all."""


class BillTooLarge(BillReadError):
    """Over the size or pixel limit: refused before anything is decoded."""


class NotABill(BillReadError):
    """The document was read, but nothing on it looks like account details."""


class ReadCancelled(BillReadError):
    """The user cancelled while the bill was being read."""


class OcrUnavailable(BillReadError):
    """The bill is a scan and Tesseract is missing."""


class OtherCustomersBill(BillReadError):
    """None of the case's values is on the bill: most likely the wrong customer's file."""
