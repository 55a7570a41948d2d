"""What a PDF's compressed parts unpack to, measured before pdfium or pypdf unpack them.

A PDF of a few KB can hold a content stream that inflates to gigabytes: pdfium inflates a page's
streams whole when it reads the page's text, with no limit. So every Flate stream is inflated
here first, in 1 MB steps and counted, never kept: one part over `max_part_bytes`, or all of them
over `max_unzipped_bytes`, refuses the file. Images are judged by their declared width and height
instead (pdfium decodes them only to draw, at that size). The scan reads the raw bytes, so a
damaged cross-reference table cannot hide a stream from it; what it cannot parse it leaves to the
PDF libraries, which refuse damaged files on their own.
"""

from __future__ import annotations

import re
import zlib

from portdesk.domain.intake import Deadline, IntakeLimits, LimitExceeded, check_pixels

_OBJ = re.compile(rb"\d+\s+\d+\s+obj\s*<<")
_STREAM = re.compile(rb"\s*stream\r?\n")
_END = b"endstream"
_MARKS = re.compile(rb"<<|>>")
_STEP = 1 << 20


def check_pdf_parts(data: bytes, label: str, limits: IntakeLimits) -> None:
    """Raise LimitExceeded when a stream of `data` unpacks past the limits."""
    deadline = Deadline(label, limits)
    total = 0
    for number, (start, end) in enumerate(_streams(data), start=1):
        header = data[start:end]
        body_at = _STREAM.match(data, end)
        if body_at is None:
            continue
        stop = data.find(_END, body_at.end())
        body = data[body_at.end():stop if stop >= 0 else len(data)]
        if b"/Image" in header:
            _check_image(header, label, limits)
        elif b"/FlateDecode" in header:
            total += _inflated_size(body, label, limits)
            if total > limits.max_unzipped_bytes:
                raise LimitExceeded(f"{label}: the PDF's parts unpack to more than "
                                    f"{limits.max_unzipped_bytes / 2**20:,.0f} MB",
                                    "max_unzipped_bytes")
        if number % 64 == 0:
            deadline.check("checking the PDF's parts")


def _streams(data: bytes) -> list[tuple[int, int]]:
    """(start, end) of each object dictionary that a stream follows."""
    found = []
    for match in _OBJ.finditer(data):
        end = _dict_end(data, match.end() - 2)
        if end is not None and _STREAM.match(data, end):
            found.append((match.start(), end))
    return found


def _dict_end(data: bytes, start: int) -> int | None:
    """Index just past the `>>` closing the dictionary opened at `start` (nested ones counted)."""
    depth = 0
    for mark in _MARKS.finditer(data, start, min(len(data), start + 65_536)):
        depth += 1 if mark.group() == b"<<" else -1
        if depth == 0:
            return mark.end()
    return None


def _inflated_size(body: bytes, label: str, limits: IntakeLimits) -> int:
    inflater = zlib.decompressobj()
    size, pending = 0, body
    try:
        while pending and not inflater.eof:  # bytes after the end of the stream are not data
            chunk = inflater.decompress(pending, _STEP)
            if not chunk and len(inflater.unconsumed_tail) == len(pending):
                break  # no progress: a stream zlib cannot go on with
            size, pending = size + len(chunk), inflater.unconsumed_tail
            if size > limits.max_part_bytes:
                raise LimitExceeded(f"{label}: a part of the PDF unpacks to more than "
                                    f"{limits.max_part_bytes / 2**20:,.0f} MB; a bill or a "
                                    "form never holds one that large", "max_part_bytes")
    except zlib.error:
        pass  # damaged or not Flate after all: pdfium reads what it can, as it would anyway
    return size


_WIDTH = re.compile(rb"/Width\s+(\d{1,12})")
_HEIGHT = re.compile(rb"/Height\s+(\d{1,12})")


def _check_image(header: bytes, label: str, limits: IntakeLimits) -> None:
    width, height = _WIDTH.search(header), _HEIGHT.search(header)
    if width and height:
        check_pixels(label, int(width.group(1)), int(height.group(1)), limits,
                     "an image in the PDF")
