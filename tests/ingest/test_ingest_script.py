"""Script detection: simplified, traditional, English, mixed."""

from __future__ import annotations

import pytest

from newsledger.ingest import detect_script

HANS = "据外媒报道，Meta正在酝酿新一轮裁员，可能影响至少两成员工，该公司发言人拒绝置评。"
HANT = "據外媒報導，Meta正在醞釀新一輪裁員，可能影響至少兩成員工，該公司發言人拒絕置評。"
EN = "Meta is weighing another round of layoffs that could affect a fifth of its staff, people familiar said."


@pytest.mark.parametrize(
    ("text", "script"),
    [
        (HANS, "zh-Hans"),
        (HANT, "zh-Hant"),
        (EN, "en"),
        (EN + " 北京", "en"),
        (HANS + HANT, "mixed"),
        (HANS + " " + EN + " " + EN, "mixed"),
        ("OpenAI、Anthropic与Google DeepMind的人才争夺战仍在升级,多名研究员跳槽。", "zh-Hans"),
    ],
)
def test_detect_script(text: str, script: str) -> None:
    assert detect_script(text) == script
