"""Errors a specialist can act on when an LOA cannot be produced, filled, signed or checked."""

from __future__ import annotations

from portdesk.domain.errors import PortDeskError


class LoaError(PortDeskError):
    """Base for LOA problems; the message names the file and what to do about it."""


class BadPdf(LoaError):
    """The file is not a PDF we can work with (corrupt, truncated, encrypted, XFA-only)."""


class FormNotUsable(LoaError):
    """The PDF opened but offers nothing to fill: no fields and no recognisable printed labels."""


class BadMapping(LoaError):
    """A mapping override names a field or widget that does not exist or is malformed."""


class BadSignatureImage(LoaError):
    """The signature given is not an image, or has nothing drawn on it."""


class SigningError(LoaError):
    """The workstation certificate or key could not be created, unlocked or used."""
