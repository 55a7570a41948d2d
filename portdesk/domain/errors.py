"""The one base for errors a person can act on.

Anything raised as a PortDeskError carries a message written for a specialist; the CLI prints it on
one line and exits 1, the GUI shows it in a dialog or the status bar. Anything else is a bug: it is
logged with its traceback and the user sees a short "unexpected error" line pointing at the log.
"""


class PortDeskError(Exception):
    """An error with a message meant for the user."""


class NotFound(PortDeskError):
    pass


class Conflict(PortDeskError):
    """Someone else changed the record since it was read (optimistic locking)."""
