"""A billing agent typed as the carrier (decided, session 16): where the page says who provides
the service and names a billing agent apart, the agent's name is a mismatch; the provider's name
stays what carriertruth's other rules make it."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from tests.billcorpus.carriertruth import billing_agents, carrier_truth


def _truth(*names: str) -> Any:
    return SimpleNamespace(carrier=SimpleNamespace(all_names=names))


_PINE = _truth("Pine Ridge Telephone", "Pine Ridge Telephone Cooperative, Inc.")


@pytest.mark.parametrize("page", [
    "Summit Billing Group, LLC\nPO Box 4\nBilled on behalf of Pine Ridge Telephone by Summit "
    "Billing Group, LLC\nAccount 4411",
    "SUMMIT BILLING GROUP\nSummit Billing Group, billing agent for Pine Ridge Telephone.\n",
    "Account 4411\nPine Ridge Telephone services billed by Summit Billing Group.\n",
    "Account 4411\nInvoiced by Summit Billing Group on behalf of Pine Ridge Telephone\n",
    # the bare phrase under the agent's own name heading the page
    "Summit Billing Group, LLC\nPO Box 4\nBilled on behalf of Pine Ridge Telephone\n",
])
def test_the_agent_typed_as_the_carrier_is_a_mismatch(page: str) -> None:
    assert carrier_truth("Summit Billing Group, LLC", _PINE, page, ours=False) == "mismatch"
    assert carrier_truth("Pine Ridge Telephone", _PINE, page, ours=True) == "exact"


def test_the_phrases_name_the_agent_not_the_provider() -> None:
    page = ("Billed on behalf of Pine Ridge Telephone by Summit Billing Group, LLC\n"
            "Lakes Billing Co., billing agent for Pine Ridge Telephone\n")
    assert billing_agents(page) == {"summit billing group", "lakes billing"}


def test_without_an_agent_named_nothing_changes() -> None:
    """A page that names no agent: a wrong name printed nowhere stays as before."""
    page = "Pine Ridge Telephone\nAccount 4411\nThank you for choosing Pine Ridge Telephone"
    assert carrier_truth("Summit Billing Group", _PINE, page, ours=False) == "unverifiable"
