"""A feed item's HTML, read for its text and for the markup stored, parsed by lxml once where it can be.

The text is read from the fragment as it came (`html_to_text`), the markup stored from the fragment as
nh3 sanitised it (`html_without_boilerplate(sanitise_html(…))`). When sanitising leaves the fragment as
it is, as it leaves paragraphs of plain text, the two are the same string and one tree serves both: the
text is read from a copy of it (reading the text changes the tree), about a sixth of a parse.
"""

from __future__ import annotations

import copy

import lxml.html

from feed.parse.boilerplate import html_without_boilerplate, tree_without_boilerplate
from feed.parse.html import clean_html_to_text, fragment_tree, sanitise_clean_html, tree_to_text
from feed.text import clean_text


class ItemHtml:
    def __init__(self, html: str) -> None:
        cleaned = clean_text(html)
        self._fragment = cleaned.strip()
        self._sanitised = sanitise_clean_html(cleaned) if html else ""
        self._tree: lxml.html.HtmlElement | None = None
        if self._sanitised == self._fragment and "<" in self._fragment:
            self._tree = fragment_tree(self._fragment)

    def text(self) -> str:
        """`html_to_text(html)`."""
        if self._tree is None:
            return clean_html_to_text(self._fragment)
        return tree_to_text(copy.deepcopy(self._tree))

    def without_boilerplate(self) -> str:
        """`html_without_boilerplate(sanitise_html(html))`."""
        tree, self._tree = self._tree, None  # the tree is changed: asked again, the fragment is parsed again
        if tree is None:
            return html_without_boilerplate(self._sanitised)
        return tree_without_boilerplate(tree)
