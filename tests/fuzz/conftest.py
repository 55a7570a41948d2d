"""One warm worker and one set of seed files for the whole fuzzing session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fuzz.harness import Bench


@pytest.fixture(scope="session")
def bench(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bench]:
    built = Bench.build(tmp_path_factory.mktemp("fuzz"))
    yield built
    built.worker.close()
