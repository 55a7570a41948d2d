"""`GET /documents` in the sandbox as the description has it (session 19's walk of the
description against the double): "List all documents ordered by created_at descending", a
`sort` of filename / created_at / updated_at (a leading '-' descending), and five filters
(filename contains, customer_reference eq and in, created_at gt and lt). The sandbox listed the
oldest first and read `filter[customer_reference][eq]` only, ignoring the rest."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from portdesk.platform.sandbox.server import SandboxServer
from tests.integration.platform.conftest import API_KEY


@pytest.fixture
def http(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.base_url + "/",
                      headers={"Authorization": f"Bearer {API_KEY}"}) as client:
        yield client


def _upload(http: httpx.Client, name: str, reference: str) -> dict[str, str]:
    answer = http.post("documents", files={"file": (name, b"%PDF-1.4 " + name.encode(),
                                                    "application/pdf")},
                       data={"customer_reference": reference})
    assert answer.status_code == 200
    return dict(answer.json()["data"])


def _names(http: httpx.Client, **params: object) -> list[str]:
    answer = http.get("documents", params=params)  # type: ignore[arg-type]
    assert answer.status_code == 200, answer.text
    return [d["filename"] for d in answer.json()["data"]]


def test_documents_are_listed_sorted_and_filtered_as_described(
        sandbox: SandboxServer, http: httpx.Client) -> None:
    first = _upload(http, "b-invoice.pdf", "PD-1/doc1")
    sandbox.advance(hours=0.1)
    _upload(http, "a-loa.pdf", "PD-1/doc2")
    sandbox.advance(hours=0.1)
    third = _upload(http, "c-invoice.pdf", "PD-2/doc3")
    assert _names(http) == ["c-invoice.pdf", "a-loa.pdf", "b-invoice.pdf"]  # newest first
    assert _names(http, sort="created_at") == ["b-invoice.pdf", "a-loa.pdf", "c-invoice.pdf"]
    assert _names(http, sort="filename") == ["a-loa.pdf", "b-invoice.pdf", "c-invoice.pdf"]
    assert _names(http, sort="-filename") == ["c-invoice.pdf", "b-invoice.pdf", "a-loa.pdf"]
    assert _names(http, **{"filter[filename][contains]": "invoice"}) == [
        "c-invoice.pdf", "b-invoice.pdf"]
    assert _names(http, **{"filter[customer_reference][eq]": "PD-1/doc2"}) == ["a-loa.pdf"]
    assert _names(http, **{"filter[customer_reference][in][]": ["PD-1/doc1", "PD-2/doc3"]}) \
        == ["c-invoice.pdf", "b-invoice.pdf"]
    assert _names(http, **{"filter[created_at][gt]": first["created_at"],
                           "filter[created_at][lt]": third["created_at"]}) == ["a-loa.pdf"]
    refused = http.get("documents", params={"sort": "size"})
    assert refused.status_code == 422
