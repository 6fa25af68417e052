"""Summaries cut where a reader can stop: a sentence end, else a word boundary, with '…'."""

from __future__ import annotations

from db.models import Article
from feed.excerpt import excerpt
from feed.render.articles import SUMMARY_CHARS, article_summary

ENGLISH = (
    "The harbour committee met on a wet Tuesday morning to argue about ferries. "
    "Nobody agreed on the timetable, although everyone agreed that the coffee was terrible "
    "and that the old pier needed painting before the summer visitors arrived in their usual crowds"
)
CHINESE = "海港委員會週二上午開會討論渡輪班次。" + "與會者對時刻表意見不一但都認為舊碼頭需要重新油漆" * 20


def test_short_text_is_kept_whole() -> None:
    assert excerpt("A short note about ferries.", 280) == "A short note about ferries."


def test_english_is_cut_at_a_sentence_end_with_an_ellipsis() -> None:
    cut = excerpt(ENGLISH, 120)
    assert cut == "The harbour committee met on a wet Tuesday morning to argue about ferries.…"


def test_english_without_a_late_sentence_end_is_cut_between_words() -> None:
    cut = excerpt(ENGLISH, 200)
    assert len(cut) <= 200 and cut.endswith("…")
    assert ENGLISH.startswith(cut[:-1])
    assert ENGLISH[len(cut) - 1] == " "  # the next character in the text was a space: no word split
    assert not cut[:-1].endswith((" ", ","))


def test_chinese_is_cut_at_a_sentence_end_or_any_character() -> None:
    assert excerpt("前言。" + "一" * 50 + "。" + "二" * 50, 80) == "前言。" + "一" * 50 + "。…"
    cut = excerpt(CHINESE, 280)
    assert len(cut) == 280 and cut.endswith("…") and CHINESE.startswith(cut[:-1])


def test_one_long_word_is_cut_inside() -> None:
    assert excerpt("x" * 50, 10) == "x" * 9 + "…"


def test_closing_quote_stays_with_its_sentence() -> None:
    text = "他說：「碼頭要修。」" + "然後大家散會" * 10
    assert excerpt(text, 20) == "他說：「碼頭要修。」…"


def test_article_summary_falls_back_to_a_readable_excerpt() -> None:
    article = Article(title="Ferries", text=ENGLISH * 2, summary=None)
    summary = article_summary(article)
    assert len(summary) <= SUMMARY_CHARS and summary.endswith("…")
    assert summary[:-1].endswith(".") or (ENGLISH * 2)[len(summary) - 1] == " "
    assert article_summary(Article(title="Ferries", text=ENGLISH, summary="Given.")) == "Given."
