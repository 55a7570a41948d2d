"""Mutated files of every kind through every command that takes them in, as a specialist runs it.

Hypothesis breaks valid seed files (truncations, bit flips, wrong magic numbers, huge declared
sizes, inserted and repeated bytes); each run must exit 0 or 1 with one clear line, never a
traceback, within the memory and time bounds, and leave the queue untouched when it refuses.
Derandomized over byte-stable seeds, so the suite breaks the same files every time; every
misbehaving input is collected and reported at the end (kept on disk to rerun by hand).
`make bench` runs many more (PORTDESK_FUZZ_EXAMPLES).
"""

from __future__ import annotations

import os
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz.harness import KINDS, Bench, explain
from tests.fuzz.mutations import mutated

EXAMPLES = int(os.environ.get("PORTDESK_FUZZ_EXAMPLES", "120"))


def test_broken_files_get_a_clear_answer(bench: Bench) -> None:
    failures: list[dict[str, Any]] = []

    @settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(kind=st.sampled_from(sorted(KINDS)), data=st.data())
    def run_one(kind: str, data: st.DataObject) -> None:
        broken = data.draw(mutated(bench.seeds[kind]), label="file")
        failures.extend(r for r in bench.check(kind, broken) if r["problems"])

    run_one()
    assert bench.tried >= EXAMPLES
    assert not failures, explain(failures)
