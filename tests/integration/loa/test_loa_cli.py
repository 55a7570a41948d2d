"""`portdesk loa ...` end to end: a real SQLite store, real PDFs written, read back and verified."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from portdesk.cli import main
from portdesk.services import loa as loa_service
from portdesk.services.context import Context
from tests.loaforms import testforms
from tests.loaforms import world as testforms_world
from tests.unit.loa.helpers import make_entry

SAMPLES = ("ca-user-service-v3.2.pdf", "us-toll-free-v3.2.pdf", "ie-all-numbers-v5.0.pdf")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "pd.sqlite3"
    entries = tmp_path / "cases.json"
    entries.write_text(json.dumps([make_entry(3)]), encoding="utf-8")
    assert main(["--db", f"sqlite:///{path}", "case", "import", str(entries)]) == 0
    return path


def run(db: Path, *args: str) -> int:
    return main(["--db", f"sqlite:///{db}", *args])


def test_render_fill_sign_verify(db: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    letter = tmp_path / "letter.pdf"
    assert run(db, "loa", "render", "PD-000001", "-o", str(letter)) == 0
    assert len(PdfReader(letter).pages) == 1
    signed = tmp_path / "signed.pdf"
    assert run(db, "loa", "sign", str(letter), "--typed", "José Núñez", "--signer",
               "José Núñez", "--title", "Owner", "--certify", "-o", str(signed)) == 0
    out = capsys.readouterr().out
    assert "certified by José Núñez" in out and "sha256:" in out
    assert run(db, "loa", "verify", str(signed), "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] and report["signatures"][0]["certified"]
    form = tmp_path / "form.pdf"
    form.write_bytes(testforms.opaque_form())
    filled, rep = tmp_path / "filled.pdf", tmp_path / "report.json"
    assert run(db, "loa", "fill", str(form), "--case", "PD-000001", "-o", str(filled),
               "--report", str(rep)) == 0
    fields = json.loads(rep.read_text(encoding="utf-8"))["fields"]
    assert {"field": "account_number", "target": "undefined_6"}.items() <= next(
        f for f in fields if f["field"] == "account_number").items()


def test_fill_from_entries_with_mapping(tmp_path: Path) -> None:
    form, entries, mapping = tmp_path / "f.pdf", tmp_path / "e.json", tmp_path / "m.json"
    form.write_bytes(testforms.opaque_form())
    entries.write_text(json.dumps({"entries": [make_entry(2)]}), encoding="utf-8")
    mapping.write_text(json.dumps({"authorized_title": "Text9"}), encoding="utf-8")
    out = tmp_path / "out.pdf"
    assert main(["loa", "fill", str(form), "--entries", str(entries), "--mapping", str(mapping),
                 "-o", str(out)]) == 0
    assert PdfReader(out).get_fields()["Text9"]["/V"] == "Owner"
    folder = loa_service.mapping_memory().folder
    assert not list(folder.glob("*.json"))  # a one-off mapping is not remembered...
    assert main(["loa", "fill", str(form), "--entries", str(entries), "--mapping", str(mapping),
                 "--remember", "-o", str(out)]) == 0
    assert len(list(folder.glob("*.json"))) == 1  # ...until the specialist says so
    out.unlink()
    assert main(["loa", "fill", str(form), "--entries", str(entries), "-o", str(out)]) == 0
    assert PdfReader(out).get_fields()["Text9"]["/V"] == "Owner"  # the next copy, same way


@pytest.mark.parametrize(("payload", "message"), [
    (b"%PDF-1.7\n1 0 obj", "truncated"), (testforms.encrypted_form(), "encrypted"),
    (testforms.xfa_only_form(), "XFA"), (b"", "empty"), (b"GIF89a not a pdf", "not a PDF"),
    (b"%PDF-1.7\n" + b"garbage " * 300 + b"\n%%EOF\n", "damaged"),
    (testforms.blank_page(), "no fillable fields and no printed labels"),
    (testforms_world.cyrillic_form(), "Cyrillic"),
])
def test_bad_forms_fail_cleanly_and_write_nothing(tmp_path: Path, payload: bytes, message: str,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    form, entries = tmp_path / "bad.pdf", tmp_path / "e.json"
    form.write_bytes(payload)
    entries.write_text(json.dumps(make_entry(1)), encoding="utf-8")
    out, report = tmp_path / "out.pdf", tmp_path / "r.json"
    assert main(["loa", "fill", str(form), "--entries", str(entries), "-o", str(out),
                 "--report", str(report)]) == 1
    captured = capsys.readouterr()
    assert message in captured.err and len(captured.err.strip().splitlines()) == 1
    assert "Traceback" not in captured.err + captured.out
    assert not out.exists() and not report.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.pdf", "e.json"]  # no .part left
    signed = tmp_path / "s.pdf"
    assert main(["loa", "sign", str(form), "--typed", "A B", "--signer", "A B",
                 "-o", str(signed)]) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1 and not signed.exists()


def test_sign_with_a_non_image_fails_cleanly(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    doc, junk = tmp_path / "d.pdf", tmp_path / "sig.png"
    doc.write_bytes(testforms.opaque_form())
    junk.write_bytes(b"not really a png")
    out = tmp_path / "o.pdf"
    assert main(["loa", "sign", str(doc), "--signature", str(junk), "--signer", "A",
                 "-o", str(out)]) == 1
    assert "not an image" in capsys.readouterr().err and not out.exists()


def test_tampered_file_fails_verify(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc, signed = tmp_path / "d.pdf", tmp_path / "s.pdf"
    doc.write_bytes(testforms.opaque_form())
    assert main(["loa", "sign", str(doc), "--typed", "Ann Lee", "--signer", "Ann Lee",
                 "-o", str(signed)]) == 0
    data = signed.read_bytes()
    signed.write_bytes(data.replace(b"Acme Telecom", b"Acme Te1ecom", 1)
                       if b"Acme Telecom" in data else data[:-600] + b"%%EOF\n")
    assert main(["loa", "verify", str(signed)]) == 1
    assert "FAILED" in capsys.readouterr().out


def test_signed_case_loa_is_filed_with_its_hash_in_the_audit_log(db: Path) -> None:
    ctx = Context.from_args(f"sqlite:///{db}")
    try:
        ink = loa_service.ink_from(typed="José Núñez")
        done = loa_service.sign_case_loa(ctx.store, ctx.settings, "tester", "PD-000001", ink,
                                         "José Núñez")
        case = ctx.store.cases.get_by_reference("PD-000001")
        assert case.id is not None
        assert done.document.sha256 == done.result.sha256
        trail = ctx.store.audit.for_case(case.id)
        assert any(e.changes.get("sha256") == done.result.sha256 for e in trail)
    finally:
        ctx.close()


@pytest.mark.shared
@pytest.mark.parametrize("name", SAMPLES)
def test_real_carrier_forms(shared_dir: Path, name: str, tmp_path: Path) -> None:
    form = shared_dir / "samples" / "loa-forms" / name
    values = loa_service.values_from_entries(make_entry(5))
    result = loa_service.fill_carrier_form(form.read_bytes(), values, name)
    fields = {k: v.get("/V") for k, v in PdfReader(io.BytesIO(result.pdf))
              .get_fields().items()}
    placed = {r.field: r.target for r in result.rows if r.value}
    assert placed["account_name"] and placed["number"]
    if name.startswith("ca-"):
        # The widget named "Service Address" sits on the printed "Street:" line.
        assert fields["Service Address"] == "123 Main Street, Suite 4B"
        assert fields["Street"] == "Springfield"
        assert fields["if applicable"] == "212-555-0100"  # under "Billing Telephone Number"
    if name.startswith("ie-"):
        numbers = [r.value for r in result.rows if r.field == "number" and r.value]
        assert numbers == [f"212-555-{100 + i:04d}" for i in range(5)]
