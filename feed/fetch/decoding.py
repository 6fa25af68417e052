"""Content-Encoding (gzip, deflate, br) decoded by hand, so that the size cap holds
for the decompressed body too: a gzip bomb stops at the cap, not in memory."""

from __future__ import annotations

import zlib
from collections.abc import Iterator

import brotli

from feed.fetch.errors import BadEncoding, BodyTooLarge

__all__ = ["ACCEPT_ENCODING", "decoded_chunks"]

ACCEPT_ENCODING = "gzip, deflate, br"
_STEP = 256 * 1024  # largest decompressed piece produced at once


class _Zlib:
    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self.first = True
        self.obj = zlib.decompressobj(16 + zlib.MAX_WBITS if encoding == "gzip" else zlib.MAX_WBITS)

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self.first and self.encoding == "deflate" and data:
            self.first = False
            if data[0] & 0x0F != 8:  # raw deflate without the zlib header, as some servers send
                self.obj = zlib.decompressobj(-zlib.MAX_WBITS)
        while data:
            out = self.obj.decompress(data, _STEP)
            data = self.obj.unconsumed_tail
            if out:
                yield out
            if self.obj.eof:
                return

    def finish(self) -> None:
        if not self.obj.eof:
            raise zlib.error("stream ends before its end marker")


class _Brotli:
    encoding = "br"

    def __init__(self) -> None:
        self.obj = brotli.Decompressor()

    def feed(self, data: bytes) -> Iterator[bytes]:
        out = self.obj.process(data, output_buffer_limit=_STEP)
        while out:
            yield out
            if self.obj.can_accept_more_data():
                break
            out = self.obj.process(b"", output_buffer_limit=_STEP)

    def finish(self) -> None:
        if not self.obj.is_finished():
            raise brotli.error("stream ends before its end marker")


def _decoder(encoding: str) -> _Zlib | _Brotli | None:
    if encoding in ("gzip", "x-gzip"):
        return _Zlib("gzip")
    if encoding == "deflate":
        return _Zlib("deflate")
    if encoding == "br":
        return _Brotli()
    if encoding in ("", "identity"):
        return None
    raise BadEncoding(f"fetcher: unsupported Content-Encoding {encoding!r}")


def decoded_chunks(raw: Iterator[bytes], content_encoding: str, max_bytes: int, url: str) -> Iterator[bytes]:
    """Decode `raw` chunks; raise BodyTooLarge as soon as the raw or the decoded size passes the cap."""
    encodings = [e.strip().lower() for e in content_encoding.split(",") if e.strip()]
    decoders = [d for e in reversed(encodings) if (d := _decoder(e))]
    if len(decoders) > 1:
        raise BadEncoding(f"fetcher: {url}: stacked Content-Encoding {content_encoding!r} is not accepted")
    decoder = decoders[0] if decoders else None
    raw_size = size = 0
    try:
        for chunk in raw:
            raw_size += len(chunk)
            if raw_size > max_bytes:
                raise BodyTooLarge(f"fetcher: {url}: body is over the {max_bytes}-byte cap")
            for out in decoder.feed(chunk) if decoder else (chunk,):
                size += len(out)
                if size > max_bytes:
                    raise BodyTooLarge(
                        f"fetcher: {url}: body is over the {max_bytes}-byte cap"
                        + (f" once decompressed ({decoder.encoding})" if decoder else "")
                    )
                yield out
        if decoder:
            decoder.finish()
    except (zlib.error, brotli.error) as exc:
        assert decoder is not None
        raise BadEncoding(
            f"fetcher: {url}: body is not valid {decoder.encoding} (truncated or mislabelled): {exc}"
        ) from None
