from __future__ import annotations

import json
from pathlib import Path

from feed.extract.cli import run_extract

DATA = Path(__file__).parent / "data" / "extract"


def test_text_report_lists_the_article_and_every_field(capsys):
    assert run_extract([str(DATA / "zh_hans_range.txt")], as_json=False) == 0
    out = capsys.readouterr().out
    assert "headline:  第九届城市更新论坛在杭州开幕" in out
    assert "outlet:    测试日报" in out
    assert "[1] 第九届城市更新论坛" in out
    fields = ("start:", "end:", "city_en:", "latitude:", "organisers:", "status:", "confidence:")
    for field in fields:
        assert field in out


def test_json_report(capsys):
    paths = [str(DATA / "zh_hans_range.txt"), str(DATA / "en_no_meeting.txt")]
    assert run_extract(paths, as_json=True) == 0
    first, second = json.loads(capsys.readouterr().out)
    assert first["article"]["language"] == "zh-Hans"
    assert first["article"]["published"].startswith("2024-06-20T08:30:00")
    [meeting] = first["meetings"]
    assert (meeting["start"], meeting["end"]) == ("2024-06-19", "2024-06-21")
    assert meeting["city"] == "杭州"
    assert meeting["organisers"][0]["role"] == "主办"
    assert second["meetings"] == []


def test_unreadable_file_gives_exit_code_2(tmp_path, capsys):
    assert run_extract([str(tmp_path / "missing.txt")], as_json=False) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("extract: cannot read")
