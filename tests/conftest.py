"""Shared test helpers: repository paths and the optional ../shared folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "bench"))


def shared_or_skip() -> Path:
    """The ../shared folder; in CI it must exist, elsewhere its absence skips the test."""
    if SHARED.is_dir():
        return SHARED
    if os.environ.get("CI") == "true":
        raise AssertionError("../shared must exist beside the repository in CI")
    pytest.skip("../shared is not beside the repository")
