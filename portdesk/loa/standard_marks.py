"""What the standard LOA writes that other steps read back: its creator, its two form fields and
the words before the printed authorized name. In a module of its own (no reportlab) so the
signing step's first check (loa/signer_check.py) reads a letter without drawing one."""

from __future__ import annotations

CREATOR = "PortDesk"
SIGNATURE_FIELD = "Signature of authorized person"
DATE_FIELD = "Date signed"
PRINTED_NAME = "Printed name: "
