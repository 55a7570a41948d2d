"""The signer check on its own, before any ink, key or certificate: `portdesk loa sign` refuses a
PortDesk LOA signed by someone else than its printed authorized person in a fraction of a second
(loading the signing stack and the workstation certificate takes seconds; loa/signer_check.py
says why it refuses). The signing step checks again, for the desk and any other caller."""

from __future__ import annotations


def check_signer(pdf: bytes, signer: str, label: str) -> None:
    from portdesk.loa.files import open_pdf
    from portdesk.loa.signer_check import check_signer as check

    check(open_pdf(pdf, label, use="sign"), signer, label)
