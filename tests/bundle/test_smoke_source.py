"""The smoke test itself, from the source tree: catches a changed command or API before a bundle
build does (the bundle run in test_bundle.py needs `make package`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.bundle.conftest import ROOT, RUN_TIMEOUT


def test_smoke_steps_pass_from_source(bundle_env: dict[str, str]) -> None:
    env = dict(bundle_env, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-m", "portdesk.smoke"], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=RUN_TIMEOUT, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    for step in ("database", "demo cases", "LOA"):
        assert f"smoke: {step} ok" in result.stdout
    if (ROOT / "portdesk" / "app.py").exists():
        assert "smoke: desktop app ok" in result.stdout, result.stdout
    assert "smoke: all steps passed" in result.stdout


def test_smoke_never_touches_real_data_without_a_data_dir(bundle_env: dict[str, str],
                                                          tmp_path: Path) -> None:
    env = {k: v for k, v in bundle_env.items() if k != "PORTDESK_DATA_DIR"}
    env.update(PYTHONPATH=str(ROOT), XDG_DATA_HOME=str(tmp_path / "xdg"))
    script = ("import os, portdesk.smoke as s; t = s._isolate(); "
              "print(os.environ['PORTDESK_DATA_DIR']); t.cleanup()")
    result = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=RUN_TIMEOUT, check=True)
    used = Path(result.stdout.strip())
    assert "portdesk-smoke-" in used.name and not used.exists()
    assert not (tmp_path / "xdg").exists()
    assert os.environ.get("PORTDESK_DATA_DIR") != str(used)
