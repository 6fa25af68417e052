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


def test_a_folder_with_unreadable_files_exits_1_with_a_count(tmp_path, capsys):
    (tmp_path / "good.txt").write_bytes((DATA / "zh_hans_range.txt").read_bytes())
    for number in range(25):
        (tmp_path / f"empty-{number:02}.txt").write_bytes(b"")
    assert run_extract([str(tmp_path)], as_json=False) == 1
    captured = capsys.readouterr()
    assert "第九届城市更新论坛" in captured.out
    err = captured.err.strip().splitlines()
    assert len(err) <= 11, err  # a few of the reasons, not hundreds
    assert err[-1] == "extract: 25 files could not be read (10 shown above), 1 article read"


def test_only_the_file_types_the_readme_lists_are_read(tmp_path, capsys):
    article = (DATA / "zh_hans_range.txt").read_bytes()
    for name in ("article.txt", "notes.md", "notes.text", "README.rst"):
        (tmp_path / name).write_bytes(article)
    assert run_extract([str(tmp_path)], as_json=True) == 0
    assert [r["path"] for r in json.loads(capsys.readouterr().out)] == ["file:article.txt"]


def test_a_reader_that_leaves_early_gets_no_traceback() -> None:
    """`feed extract --json … | head -2`: the pipe closes while output is still being written."""
    import subprocess
    import sys

    targets = [str(DATA / "zh_hans_range.txt")] * 300  # far more than a pipe buffer of JSON
    process = subprocess.Popen(
        [sys.executable, "-m", "feed", "extract", "--json", *targets],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline().strip() == b"["
    process.stdout.close()
    error = process.stderr.read().decode()
    process.stderr.close()
    assert process.wait(timeout=120) == 1
    assert "Traceback" not in error and "BrokenPipe" not in error
