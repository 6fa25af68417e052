"""HTML fragments from feeds: sanitised for storage, flattened to text for matching."""

from __future__ import annotations

import re

import lxml.etree
import lxml.html
import nh3

from feed.text import clean_text, xml_safe

_NOT_TEXT = ("script", "style", "noscript", "template")
_NOT_TEXT_ELEMENT = re.compile(rf"<({'|'.join(_NOT_TEXT)})\b.*?(</\1\s*>|$)", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section"}


def fragment_tree(fragment: str) -> lxml.html.HtmlElement | None:
    """The fragment parsed inside one <div>, or None for markup lxml cannot parse."""
    try:
        return lxml.html.fragment_fromstring(without_invalid_references(fragment), create_parent="div")
    except Exception:  # lxml raises several types on broken markup
        return None


def without_invalid_references(fragment: str) -> str:
    """The fragment without references to characters XML forbids ('&#1;', '&#xFFFE;'): lxml would put them in
    the tree, then refuse any text set back from it."""
    if "&#" not in fragment:
        return fragment
    return _CHARACTER_REFERENCE.sub(_valid_reference, fragment)


def _valid_reference(match: re.Match[str]) -> str:
    digits = match.group(1)
    code = int(digits[1:], 16) if digits[0] in "xX" else int(digits)
    return match.group(0) if code > 0x10FFFF or xml_safe(chr(code)) else ""


_CHARACTER_REFERENCE = re.compile(r"&#([0-9]{1,8}|[xX][0-9a-fA-F]{1,8});?")


def sanitise_html(fragment: str) -> str:
    return sanitise_clean_html(clean_text(fragment))


def sanitise_clean_html(fragment: str) -> str:
    """`sanitise_html` of a fragment `clean_text` has cleaned (nh3 writes '&#1;' out as the character it names)."""
    return xml_safe(nh3.clean(fragment, link_rel="noopener noreferrer nofollow"))


def with_absolute_links(fragment: str, base: str | None) -> str:
    """Links and images of the fragment made absolute against `base` (the entry's xml:base, its feed's
    address), as a reader far from the source needs them. Most fragments have none to change."""
    if not base or not _RELATIVE_LINK.search(fragment):
        return fragment
    root = fragment_tree(fragment)
    if root is None:
        return fragment
    root.make_links_absolute(base, resolve_base_href=False, handle_failures="ignore")
    return inner_html(root)


def inner_html(root: lxml.html.HtmlElement) -> str:
    """The markup inside `fragment_tree`'s <div>, text escaped as HTML."""
    return lxml.html.tostring(root, encoding="unicode")[len("<div>") : -len("</div>")]


# an href or src that does not start with a scheme, '//' or '#'
_RELATIVE_LINK = re.compile(r"""\b(?:href|src)\s*=\s*["']?(?![a-zA-Z][a-zA-Z0-9+.-]*:|//|#)""")


def html_to_text(fragment: str) -> str:
    """Plain text with one blank line between blocks."""
    return clean_html_to_text(clean_text(fragment).strip())


def clean_html_to_text(fragment: str) -> str:
    """`html_to_text` of a fragment `clean_text` has cleaned and stripped."""
    if not fragment:
        return ""
    if "<" not in fragment:
        return fragment
    root = fragment_tree(fragment)
    if root is None:  # text is still wanted
        return _TAG.sub(" ", _NOT_TEXT_ELEMENT.sub(" ", fragment))
    return tree_to_text(root)


def tree_to_text(root: lxml.html.HtmlElement) -> str:
    """`html_to_text` of the fragment `fragment_tree` parsed as `root`; takes the tree's scripts out and
    changes its tails."""
    lxml.etree.strip_elements(root, *_NOT_TEXT, with_tail=False)  # a script's code is no part of the article
    for element in root.iter():
        if element.tag in _BLOCKS:
            element.tail = "\n\n" + (element.tail or "")
    text = root.text_content()
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)
