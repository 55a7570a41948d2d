"""A port-out document opened twice: the viewer's decrypted copy is made read-only (0400), so a
second Open must replace it, never write over it: for a normal user the OS refuses that write and
the viewer never opened (session 18's read-through). The tests run as root here, which may write
over a read-only file, so the refusal a normal user meets is emulated."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from portdesk.services.portout_documents import Filed, viewer_copy


def _refuse_over_read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    write = Path.write_bytes

    def as_a_user(self: Path, data: bytes) -> int:
        if self.exists() and not self.stat().st_mode & stat.S_IWUSR:
            raise PermissionError(13, "Permission denied", str(self))
        return write(self, data)

    monkeypatch.setattr(Path, "write_bytes", as_a_user)


def test_the_same_document_opens_twice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _refuse_over_read_only(monkeypatch)
    first = Filed(1, "loa.pdf", "pdf", "loa", b"%PDF-1.4 first")  # type: ignore[arg-type]
    again = Filed(1, "loa.pdf", "pdf", "loa", b"%PDF-1.4 again")  # type: ignore[arg-type]
    path = viewer_copy(first, tmp_path)
    assert path.stat().st_mode & 0o777 == 0o400
    assert viewer_copy(again, tmp_path).read_bytes() == b"%PDF-1.4 again"
    assert path.stat().st_mode & 0o777 == 0o400
