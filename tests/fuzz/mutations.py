"""Hypothesis strategies that break a valid file the ways files really break, and a few worse.

Truncation (a download cut short), bit flips (a bad disk or a mangled attachment), a wrong magic
number (a file renamed to the wrong type), huge declared sizes (a length, a width, a page count,
a zip entry's size, a row number set to something enormous), inserted and repeated bytes.
"""

from __future__ import annotations

import re
import struct

from hypothesis import strategies as st

MAGICS = (b"%PDF-1.7\n", b"\x89PNG\r\n\x1a\n", b"PK\x03\x04", b"\xff\xd8\xff\xe0", b"II*\x00",
          b"MM\x00*", b"{", b"[", b"GIF89a", b"\x00\x00\x00\x00", b"\xef\xbb\xbf", b"<?xml")
HUGE = (0, 1, 14_400, 2**31 - 1, 2**32 - 1, 10**9, 10**12, 99999999999999999999)
# Text fields that declare a size or a count, in PDF, XML (XLSX) and JSON.
DECLARED = tuple(re.compile(p) for p in (
    rb"/Length \d+", rb"/Width \d+", rb"/Height \d+", rb"/Count \d+", rb"/N \d+",
    rb"/MediaBox \[[^\]]*\]", rb'r="[A-Z]*\d+"', rb'ref="[A-Z0-9:]+"', rb'count="\d+"',
    rb"\b\d{3,}\b",
))
OPS = ("truncate", "flip", "magic", "declared", "binary_size", "insert", "repeat", "splice")


@st.composite
def mutated(draw: st.DrawFn, data: bytes) -> bytes:
    """`data` after one to three breakages."""
    for op in draw(st.lists(st.sampled_from(OPS), min_size=1, max_size=3)):
        data = _apply(draw, op, data) if data else data
    return data


def _position(draw: st.DrawFn, data: bytes) -> int:
    return draw(st.integers(0, max(len(data) - 1, 0)))


def _apply(draw: st.DrawFn, op: str, data: bytes) -> bytes:
    if op == "truncate":
        return data[:_position(draw, data)]
    if op == "flip":
        out = bytearray(data)
        for _ in range(draw(st.integers(1, 16))):
            out[_position(draw, data)] ^= 1 << draw(st.integers(0, 7))
        return bytes(out)
    if op == "magic":
        magic = draw(st.sampled_from(MAGICS))
        return magic + data[len(magic) if draw(st.booleans()) else 0:]
    if op == "declared":
        return _declared(draw, data)
    if op == "binary_size":
        return _binary_size(draw, data)
    if op == "insert":
        at = _position(draw, data)
        return data[:at] + draw(st.binary(min_size=1, max_size=64)) + data[at:]
    if op == "repeat":
        at, size = _position(draw, data), draw(st.integers(1, 4096))
        return data[:at] + data[at:at + size] * draw(st.integers(2, 2000)) + data[at:]
    a, b = sorted((_position(draw, data), _position(draw, data)))
    return data[:a] + data[b:] + data[a:b]


def _declared(draw: st.DrawFn, data: bytes) -> bytes:
    """One declared size or count in the text of the file set to an extreme."""
    matches = [m for pattern in DECLARED for m in pattern.finditer(data[:2_000_000])]
    if not matches:
        return data
    match = draw(st.sampled_from(matches[:500]))
    value = str(draw(st.sampled_from(HUGE))).encode()
    text = re.sub(rb"\d+", lambda _m: value, match.group(), count=draw(st.integers(1, 4)))
    return data[:match.start()] + text + data[match.end():]


def _binary_size(draw: st.DrawFn, data: bytes) -> bytes:
    """A binary size field set to an extreme: PNG's width or height, a zip entry's sizes."""
    spots = []
    if data.startswith(b"\x89PNG") and len(data) >= 24:
        spots += [(16, ">I"), (20, ">I")]
    for signature, offsets in ((b"PK\x03\x04", (18, 22)), (b"PK\x01\x02", (20, 24))):
        at = data.find(signature)
        while 0 <= at and len(spots) < 200:
            spots += [(at + o, "<I") for o in offsets if at + o + 4 <= len(data)]
            at = data.find(signature, at + 4)
    if not spots:
        return data
    at, fmt = draw(st.sampled_from(spots))
    value = draw(st.sampled_from((0, 1, 40_000, 2**31 - 1, 2**32 - 1)))
    return data[:at] + struct.pack(fmt, value) + data[at + 4:]
