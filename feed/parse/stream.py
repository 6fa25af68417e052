"""Large RSS and Atom files read item by item, in bounded memory.

feedparser reads a whole document and keeps every entry it parsed. A large feed file is
read here in three passes instead, none of which holds it whole:

1. `clean_copy` decodes the file (its charset picked from its first MiB as `decode_document`
   picks a document's), drops XML-invalid characters and the declared encoding as
   `parse_feed` does, and writes it as UTF-8 to an anonymous temporary file.
2. `index_feed` runs expat over that copy and notes where each item (RSS `item`, Atom
   `entry`) starts and ends, where the feed's title is and which elements enclose the items.
   The entity guard watches the same parser (feed.parse.guard). An item that is not
   well-formed is reported and skipped: a new parser starts at the next item's start tag, so
   the items before and after it are kept.
3. `FeedIndex.docs` reads the items back a few dozen at a time, wraps them in the feed's
   prolog, the start tags that enclose them and the feed's title, and hands that small
   document to feedparser and the same mapping as a whole document (`parse_clean_xml`): an
   item becomes the same ArticleDoc either way.

Byte offsets come from expat (lxml's iterparse gives none), so items go to feedparser as
written, CDATA, entities and namespaces included. Between the passes only the offsets are kept.
"""

from __future__ import annotations

import codecs
import re
import tempfile
import weakref
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO
from xml.parsers import expat

from feed.errors import ParseError
from feed.fetch.charset import decode_document
from feed.model import ArticleDoc
from feed.parse.feeddoc import looks_like_json_feed, parse_clean_xml, sniff, without_encoding
from feed.parse.guard import refuse_declarations_in, refuse_hidden_declarations
from feed.text import clean_text

__all__ = ["FeedIndex", "index_feed", "streamable"]

CHUNK = 1 << 20
MAX_PROLOG = 1 << 20  # bytes before the root element
MAX_START_TAG = 1 << 16  # a start tag that encloses the items
MAX_ITEM = 15 * 1024 * 1024  # the whole-file cap, for one item
ITEM_NAMES = ("item", "entry")
GROUP_ITEMS = 50  # items mapped in one document
GROUP_BYTES = 1 << 20

_START_TAG = re.compile(rb"<[^>\"']*(?:(?:\"[^\"]*\"|'[^']*')[^>\"']*)*>")


def streamable(head: bytes) -> bool:
    """Whether a document that starts with `head` is RSS or Atom (JSON Feed is read whole)."""
    return not looks_like_json_feed(head) and sniff(head) == "feed"


def _local(name: str) -> str:
    return name.rpartition(":")[2]


@dataclass(frozen=True)
class _Element:
    name: str
    start: int  # offset of its "<" in the copy


@dataclass(frozen=True)
class _Title:
    parent: _Element
    start: int
    end: int  # offset of its end tag
    name: str


class _Unclosed(Exception):
    def __init__(self, at: int) -> None:
        self.at = at  # where the next item starts


@dataclass
class FeedIndex:
    """Where a feed file's items are, in its cleaned UTF-8 copy (which it owns)."""

    copy: IO[bytes]
    prolog: bytes
    around: list[_Element]  # the elements that enclose the items, outermost first
    item_name: str
    title: _Title | None
    items: array[int]  # start, end-tag offset; start, end-tag offset; …
    errors: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.items) // 2

    def head(self, with_title: bool = True) -> bytes:
        """The prolog and the start tags that enclose an item (with the feed's title, unless told not)."""
        parts = [self.prolog]
        title = self._read(self.title.start, self.title.end) + self._end_tag(self.title.name) if self.title else b""
        placed = not (with_title and self.title)
        for element in self.around:
            parts.append(self.start_tag(element))
            if not placed and self.title and self.title.parent == element:
                parts.append(title)
                placed = True
        if not placed and self.title:  # RSS 1.0: the channel and its title are beside the items
            parent = self.title.parent
            parts.insert(2, self.start_tag(parent) + title + self._end_tag(parent.name))
        return b"".join(parts)

    def tail(self) -> bytes:
        return b"".join(self._end_tag(element.name) for element in reversed(self.around))

    def start_tag(self, element: _Element) -> bytes:
        match = _START_TAG.match(self._read(element.start, element.start + MAX_START_TAG))
        if match is None:
            raise ParseError(f"parse: the start tag of <{element.name}> is over {MAX_START_TAG} bytes")
        return match.group()

    def docs(self, timezone: str, errors: list[str]) -> Iterator[ArticleDoc]:
        """The items' documents in file order, mapped a group of items at a time (feedparser's cost per
        document is paid once a group); items that cannot be read go to `errors`."""
        try:
            head, tail = self.head(), self.tail()
            for group in self._groups():
                items = []
                for number in group:
                    start, end = self.items[2 * number], self.items[2 * number + 1]
                    if end - start > MAX_ITEM:
                        errors.append(
                            f"parse: item {number + 1:,} is {end - start:,} bytes, over the {MAX_ITEM}-byte cap"
                        )
                    else:
                        items.append((number, self._read(start, end) + self._end_tag(self.item_name)))
                yield from self._mapped(head, items, tail, timezone, errors)
        finally:
            self.copy.close()

    def _groups(self) -> Iterator[range]:
        first = size = 0
        for number in range(len(self)):
            length = self.items[2 * number + 1] - self.items[2 * number]
            if number > first and (number - first >= GROUP_ITEMS or size + length > GROUP_BYTES):
                yield range(first, number)
                first, size = number, 0
            size += length
        if first < len(self):
            yield range(first, len(self))

    def _mapped(
        self, head: bytes, items: list[tuple[int, bytes]], tail: bytes, timezone: str, errors: list[str]
    ) -> list[ArticleDoc]:
        """The documents of a group of items; a group feedparser finds fault with is mapped item by item,
        so that the fault is reported with its item."""
        if not items:
            return []
        docs: list[ArticleDoc] = []
        try:
            parsed = parse_clean_xml(head + b"".join(item for _, item in items) + tail, timezone=timezone)
            docs, problem = parsed.docs, parsed.warning
        except ParseError as exc:
            problem = str(exc)
        if problem is None:
            return docs
        if len(items) > 1:
            return [doc for item in items for doc in self._mapped(head, [item], tail, timezone, errors)]
        errors.append(f"parse: item {items[0][0] + 1:,}: {problem}")
        return docs

    def _read(self, start: int, end: int) -> bytes:
        self.copy.seek(start)
        return self.copy.read(end - start)

    @staticmethod
    def _end_tag(name: str) -> bytes:
        return b"</" + name.encode("utf-8") + b">"


def clean_copy(source: IO[bytes], copy: IO[bytes]) -> None:
    """Write `source` to `copy` as `parse_feed` reads a document: UTF-8, XML-invalid characters
    dropped, NFC, the encoding left out of its XML declaration."""
    data = source.read(CHUNK)
    sample = data[: data.rfind(b"<")] if len(data) == CHUNK else data  # no character cut in two
    codec = decode_document(sample)[1]
    decoder = codecs.getincrementaldecoder("utf-8" if codec == "ascii" else codec)(errors="replace")
    carry, declared = "", False
    while True:
        text = carry + decoder.decode(data, final=not data)
        cut = text.rfind("<") if data else len(text)  # NFC joins no characters across a "<"
        if cut <= 0:
            cut = 0 if data and len(text) < 2 * CHUNK else len(text)
        text, carry = clean_text(text[:cut]), text[cut:]
        if text and not declared:
            text, declared = without_encoding(text), True
        copy.write(text.encode("utf-8"))
        if not data:
            break
        data = source.read(CHUNK)
    copy.flush()


def index_feed(source: IO[bytes]) -> FeedIndex:
    """Copy and index a feed file (passes 1 and 2 above); ParseError when it is no feed or declares entities.

    The index owns the copy: it is closed when the documents have all been read, or with the index."""
    copy = tempfile.TemporaryFile()
    try:
        clean_copy(source, copy)
        index = _Indexer(copy).index()
        weakref.finalize(index, copy.close)  # also when its documents are never read
        return index
    except BaseException:
        copy.close()
        raise


class _Indexer:
    def __init__(self, copy: IO[bytes]) -> None:
        self.copy = copy
        self.parser = expat.ParserCreate(encoding="utf-8")
        self.base = 0  # offset in the copy of the parser's first byte
        self.stack: list[_Element] = []
        self.around: list[_Element] | None = None
        self.item_name = ""  # the items' element name as written ("item", "entry", "atom:entry"…)
        self.item: _Element | None = None
        self.inner = 0
        self.title: _Title | None = None
        self.title_open: _Element | None = None
        self.root: int | None = None
        self.items = array("q")
        self.met = 0  # item start tags met, read or not
        self.errors: list[str] = []
        self.lines = (0, 1)  # (offset, its line): counted forward as errors come

    def index(self) -> FeedIndex:
        position, head = 0, b""
        while True:
            self._start_parser(position - len(head))
            try:
                if head:
                    self.parser.Parse(head, False)
                    self.stack = list(self.around or [])  # their offsets in the copy, not in `head`
                self.copy.seek(position)
                while chunk := self.copy.read(CHUNK):
                    self.parser.Parse(chunk, False)
                self.parser.Parse(b"", True)
                break
            except expat.ExpatError as exc:
                at, reason = self.base + self.parser.ErrorByteIndex, expat.ErrorString(exc.code)
            except _Unclosed as unclosed:
                at, reason = unclosed.at, "not closed before the next item"
            resume = self._skip(at, reason)
            if resume is None:
                break
            position, head = resume, self._index(self._prolog()).head(with_title=False)
        if self.around is None:
            raise ParseError("parse: not an RSS or Atom feed (no item or entry elements)")
        return self._index(self._prolog())

    def _start_parser(self, base: int) -> None:
        parser = self.parser = expat.ParserCreate(encoding="utf-8")
        refuse_declarations_in(parser)
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        self.base = base
        self.stack = []
        self.item = None
        self.inner = 0  # depth inside the item being read
        self.title_open = None

    def _index(self, prolog: bytes) -> FeedIndex:
        assert self.around is not None
        return FeedIndex(self.copy, prolog, self.around, self.item_name, self.title, self.items, self.errors)

    def _prolog(self) -> bytes:
        assert self.root is not None
        if self.root > MAX_PROLOG:
            raise ParseError(f"parse: over {MAX_PROLOG} bytes before the feed's root element")
        self.copy.seek(0)
        prolog = self.copy.read(self.root)
        refuse_hidden_declarations(prolog)
        return prolog

    def _start(self, name: str, _attributes: object) -> None:
        if self.item is not None:  # most elements: kept short, it runs for each
            if name == self.item.name:
                raise _Unclosed(self.base + self.parser.CurrentByteIndex)
            self.inner += 1
            return
        at = self.base + self.parser.CurrentByteIndex
        if self.root is None:
            self.root = at
        if _local(name) in ITEM_NAMES and self._holds_items():
            if self.around is None:
                self.around, self.item_name = list(self.stack), name
            if name == self.item_name and [e.name for e in self.stack] == [e.name for e in self.around]:
                self.item = _Element(name, at)
                self.met += 1
                return
        elif _local(name) == "title" and self.title is None and self._holds_items():
            self.title_open = _Element(name, at)
        self.stack.append(_Element(name, at))

    def _end(self, name: str) -> None:
        if self.item is not None:
            if self.inner:
                self.inner -= 1
                return
            self.items.extend((self.item.start, self.base + self.parser.CurrentByteIndex))
            self.item = None
            return
        element = self.stack.pop()
        if self.title_open is not None and element.start == self.title_open.start:
            self.title = _Title(self.stack[-1], element.start, self.base + self.parser.CurrentByteIndex, name)
            self.title_open = None

    def _holds_items(self) -> bool:
        """Items are children of the root (Atom, RSS 1.0) or of the root's <channel> (RSS 2.0)."""
        return len(self.stack) == 1 or (len(self.stack) == 2 and _local(self.stack[1].name) == "channel")

    def _skip(self, at: int, reason: str) -> int | None:
        """Report what was not well-formed at `at`; where to read on (the next item's start tag), if anywhere."""
        if self.around is None:
            raise ParseError(f"parse: not a well-formed RSS or Atom feed (line {self._line(at)}: {reason})")
        if self.item is not None:
            line = self._line(self.item.start)
            self.errors.append(f"parse: item {self.met:,} (line {line}) is not well-formed XML ({reason}); skipped")
            at = max(at, self.item.start + 1)
        else:
            self.errors.append(
                f"parse: not well-formed XML at line {self._line(at)} ({reason}); read on at the next item"
            )
            at += 1
        return self._next_item(at)

    def _next_item(self, at: int) -> int | None:
        pattern = re.compile(b"<" + re.escape(self.item_name.encode("utf-8")) + rb"[\s/>]")
        overlap = len(self.item_name) + 2
        while True:
            self.copy.seek(at)
            chunk = self.copy.read(CHUNK)
            if match := pattern.search(chunk):
                return at + match.start()
            if len(chunk) < CHUNK:
                return None
            at += CHUNK - overlap

    def _line(self, at: int) -> int:
        offset, line = self.lines if self.lines[0] <= at else (0, 1)
        self.copy.seek(offset)
        while offset < at:
            chunk = self.copy.read(min(CHUNK, at - offset))
            if not chunk:
                break
            line += chunk.count(b"\n")
            offset += len(chunk)
        self.lines = (offset, line)
        return line
