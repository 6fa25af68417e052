from __future__ import annotations

import pytest

from feed.parse import boilerplate, html, itemhtml
from feed.parse.boilerplate import html_without_boilerplate
from feed.parse.html import html_to_text, sanitise_html
from feed.parse.itemhtml import ItemHtml

PLAIN = "<p>5月3日，花卉博覽會在河濱公園開幕。</p><p>主辦方表示，博覽會將持續一週。(記者 陳某某)</p>"
FRAGMENTS = [
    PLAIN,
    PLAIN + "<p>Copyright ©1999-2024 Example Daily. All Rights Reserved</p>",
    "<p>First<br>line</p><div><p>inner</p>tail</div><p>end.（责任编辑：张某）</p>",
    "<ul><li>one</li><li>two</li></ul><table><tr><td>cell</td></tr></table>",
    "<p>a &amp; b &lt; c</p><p>\u00a0</p>",
    '<p><a href="/n/1.html">更多</a><img src="p.jpg"></p>',  # nh3 adds rel to the link: parsed twice
    "<p>before</p><script>track()</script><noscript>x</noscript>",
    " <p>spaces around</p>\n",
    "<p>unclosed<b>bold",
    "plain text, no markup [責任編輯:林某]",
    "",
]


@pytest.mark.parametrize("fragment", FRAGMENTS)
def test_text_and_stored_markup_are_those_of_the_fragment_read_twice(fragment: str) -> None:
    item = ItemHtml(fragment)
    assert item.text() == html_to_text(fragment)
    assert item.without_boilerplate() == html_without_boilerplate(sanitise_html(fragment))
    assert item.text() == html_to_text(fragment)  # asked again, after the tree was changed
    assert item.without_boilerplate() == html_without_boilerplate(sanitise_html(fragment))


def _count_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    parsed: list[str] = []
    parse = html.fragment_tree

    def counted(fragment: str) -> object:
        parsed.append(fragment)
        return parse(fragment)

    for module in (html, boilerplate, itemhtml):
        monkeypatch.setattr(module, "fragment_tree", counted)
    return parsed


def test_paragraphs_sanitising_leaves_as_they_are_are_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    fragment = PLAIN + "<p>© 2023 Example</p>"
    text = html_to_text(fragment)
    parsed = _count_parses(monkeypatch)
    item = ItemHtml(fragment)
    assert item.text() == text
    assert item.without_boilerplate() == PLAIN
    assert parsed == [fragment]


def test_a_fragment_sanitising_changes_is_parsed_as_it_came_and_as_sanitised(monkeypatch: pytest.MonkeyPatch) -> None:
    fragment = '<p><a href="/n/1.html">更多</a></p>'
    parsed = _count_parses(monkeypatch)
    item = ItemHtml(fragment)
    assert item.text() == "更多"
    assert item.without_boilerplate() == '<p><a href="/n/1.html" rel="noopener noreferrer nofollow">更多</a></p>'
    assert parsed == [fragment, sanitise_html(fragment)]
