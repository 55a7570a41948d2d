"""PortDesk's own folders inside the data folder are 0700 like it: the desk's recovery journal
(it names the case being typed), the signing key's and the form mappings' folders were made with
the umask's 0755."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from portdesk.config import Branding, Settings, data_dir
from portdesk.services import loa as loa_service
from portdesk.store.store import Store
from portdesk.ui.case_panel import CasePanel

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(name: str) -> int:
    return (data_dir() / name).stat().st_mode & 0o777


def test_the_desk_s_recovery_folder_is_private(qtbot, store: Store, tasks,
                                               umask_022: None) -> None:
    panel = CasePanel()
    qtbot.addWidget(panel)
    panel.attach(store, Settings(), "tester", tasks)  # the journal where the desk keeps it
    assert _mode("recovery") == 0o700


def test_the_signing_and_form_mapping_folders_are_private(umask_022: None) -> None:
    loa_service.mapping_memory()
    loa_service.signing_cert(Branding())
    assert (_mode("form_mappings"), _mode("signing")) == (0o700, 0o700)
