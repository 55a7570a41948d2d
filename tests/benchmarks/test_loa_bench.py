"""LOA speed figures (issue 4): run with `pytest tests/benchmarks/test_loa_bench.py --benchmark-enable -p no:cacheprovider -o addopts=""`.

Targets: standard LOA 1 page < 30 ms, 1,000 numbers < 300 ms; fill a carrier form including the
automatic mapping < 300 ms and faster than `pdftk fill_form` on the same form and values; sign and
certify < 500 ms.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest

from portdesk.config import Branding
from portdesk.loa import testforms
from portdesk.loa.certs import workstation_cert
from portdesk.loa.fields import values_from_case
from portdesk.loa.fill import fill_form
from portdesk.loa.sign import sign_loa
from portdesk.loa.signature import typed_to_png
from portdesk.loa.standard import render_standard_loa
from tests.unit.loa.helpers import make_case

CA_FORM = "samples/loa-forms/ca-user-service-v3.2.pdf"


def test_standard_loa_one_page(benchmark) -> None:  # type: ignore[no-untyped-def]
    case = make_case(5)
    benchmark(render_standard_loa, case, Branding())
    assert benchmark.stats.stats.median < 0.030


def test_standard_loa_1000_numbers(benchmark) -> None:  # type: ignore[no-untyped-def]
    case = make_case(1000)
    benchmark(render_standard_loa, case, Branding())
    assert benchmark.stats.stats.median < 0.300


def _form(shared: Path | None) -> bytes:
    if shared is not None and (shared / CA_FORM).is_file():
        return (shared / CA_FORM).read_bytes()
    return testforms.opaque_form()


@pytest.fixture
def form_bytes() -> bytes:
    shared = Path(__file__).resolve().parents[2].parent / "shared"
    return _form(shared if shared.is_dir() else None)


def test_fill_carrier_form_with_mapping(benchmark, form_bytes: bytes) -> None:  # type: ignore[no-untyped-def]
    values = values_from_case(make_case(20))
    benchmark(fill_form, form_bytes, values, "form.pdf")
    assert benchmark.stats.stats.median < 0.300


def _fdf(fields: dict[str, str]) -> bytes:
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    body = "".join(f"<< /T ({esc(k)}) /V ({esc(v)}) >>\n" for k, v in fields.items())
    return (f"%FDF-1.2\n1 0 obj << /FDF << /Fields [\n{body}] >> >>\nendobj\ntrailer\n"
            f"<< /Root 1 0 R >>\n%%EOF\n").encode("latin-1", errors="replace")


@pytest.mark.skipif(shutil.which("pdftk") is None, reason="pdftk-java not installed")
def test_fill_is_faster_than_pdftk(form_bytes: bytes, tmp_path: Path) -> None:
    """Side by side, same form, same values: ours maps automatically, pdftk is given the names."""
    values = values_from_case(make_case(20))
    ours = fill_form(form_bytes, values, "form.pdf")
    named = {r.target: r.value for r in ours.rows if r.value and "page" not in r.target
             and r.value not in ("checked", "unchecked")}
    form, fdf, out = tmp_path / "form.pdf", tmp_path / "v.fdf", tmp_path / "out.pdf"
    form.write_bytes(form_bytes)
    fdf.write_bytes(_fdf(named))
    runs = 5
    start = time.perf_counter()
    for _ in range(runs):
        subprocess.run(["pdftk", str(form), "fill_form", str(fdf), "output", str(out)],
                       check=True, capture_output=True)
    pdftk = (time.perf_counter() - start) / runs
    start = time.perf_counter()
    for _ in range(runs):
        fill_form(form_bytes, values, "form.pdf")
    mine = (time.perf_counter() - start) / runs
    print(f"\nfill {len(named)} fields: PortDesk {mine * 1000:.0f} ms (with mapping), "
          f"pdftk fill_form {pdftk * 1000:.0f} ms")
    assert mine < pdftk


def test_sign_and_certify(benchmark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cert = workstation_cert(tmp_path / "signing")
    pdf = render_standard_loa(make_case(5), Branding())
    ink = typed_to_png("José Núñez")
    benchmark(sign_loa, pdf, ink, "José Núñez", cert, "Owner", True)
    assert benchmark.stats.stats.median < 0.500
