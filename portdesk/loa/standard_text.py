"""The standard LOA's wording, kept apart from its layout so legal review reads one short file.

The statement is in our own words: it names the platform as the customer's agent, says what the
customer authorizes, and repeats the one rule that loses numbers for good (do not cancel early).
"""

from __future__ import annotations

from portdesk.domain.case import CustomerType, PortCase


def customer_type_label(value: CustomerType) -> str:
    return "Business" if value == CustomerType.BUSINESS else "Residential"


def authorization_paragraphs(case: PortCase, platform: str, toll_free: bool) -> list[str]:
    holder = case.account_name or "the account holder"
    carrier = case.losing_carrier or "my current carrier"
    paras = [
        f"I, the undersigned, am the account holder or a person authorized to act for "
        f"{holder} on the account described above. I appoint {platform} and the carriers it "
        f"designates to act as my agent for one purpose: to move the telephone numbers listed "
        f"in this letter from {carrier} to {platform}.",
        f"I authorize {carrier} to release these numbers to {platform} and its designated "
        f"agents, and to give them the customer service record, billing information and other "
        f"account details needed to complete the port. A copy of this letter has the same force "
        f"as the original.",
        "I confirm that the information above matches my account with the current carrier. I "
        "understand that services tied to these numbers (for example DSL, alarm or fax lines, "
        "hunt groups, directory listings) may end when the port completes, and that I remain "
        "responsible for any amounts owed to the current carrier. I will not cancel service "
        "with the current carrier until the port has completed, because cancelling first can "
        "lose the numbers for good.",
    ]
    if toll_free:
        paras.append(
            f"For the toll-free numbers listed, I authorize a change of Responsible Organization "
            f"(RespOrg) to the one {platform} designates. This letter is valid for 30 days from "
            f"the date signed and must bear a handwritten or electronic signature, not a stamp."
        )
    return paras
