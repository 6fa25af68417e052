"""A text's prints: what tells two printings of one story apart from two stories.

The normalised text (converted to Simplified Chinese, lower-cased, without spaces
and punctuation, so a Traditional reprint of a Simplified story matches), its
SHA-256, and a MinHash signature over its character 5-grams with one key per LSH
band (16 bands of 4 rows). Made before any transaction, in a worker process on
large runs (feed.prepare), so nothing here touches the database.

The index stores an article's band keys behind the month of its date (`dated_keys`),
and a new article looks for near-duplicates dated in its month, the month before
or the month after (`nearby_keys`): a month's keys sit together in the index, so writing a new
article's keys touches a few pages whatever the size of the store
(bench/README.md: 1M stored on SQLite), and a reprint is found when it is dated
in its original's month or the one before or after (always when under 29 days apart).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from feed.text import to_simplified

SHINGLE = 5
PERMUTATIONS = 64
BANDS = 16
ROWS = PERMUTATIONS // BANDS
NEAR_DUPLICATE = 0.6
MIN_CHARS = 60  # shorter texts are not fingerprinted: too little to tell stories apart

_PRIME = np.uint64(2**31 - 1)
_SHIFT = np.uint64(31)
_PRIME32 = np.uint32(2**31 - 1)
_SHIFT32 = np.uint32(31)
_rng = np.random.default_rng(20231126)
_A = _rng.integers(1, 2**31 - 1, size=PERMUTATIONS, dtype=np.uint64)
_B = _rng.integers(0, 2**31 - 1, size=PERMUTATIONS, dtype=np.uint64)

_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalised_text(text: str) -> str:
    return _NOT_WORD.sub("", to_simplified(text).lower())


def text_hash(text: str) -> str | None:
    """SHA-256 of the normalised text; None for a text too short to name one story."""
    return _hash_of(normalised_text(text))


def _hash_of(norm: str) -> str | None:
    return hashlib.sha256(norm.encode("utf-8")).hexdigest() if len(norm) >= MIN_CHARS else None


def _signature(norm: str) -> np.ndarray | None:
    if len(norm) < MIN_CHARS:
        return None
    hashes = _mod_prime(shingle_crcs(norm).astype(np.uint64))  # a shingle seen twice cannot change a minimum
    products = np.multiply.outer(hashes.astype(np.uint64), _A)
    products += _B
    signature: np.ndarray = _mod_prime(products).min(axis=0)
    return signature


def _mod_prime(values: np.ndarray) -> np.ndarray:
    """values % _PRIME for uint64 values below 2**62, as uint32, without a division: 2**31 is 1 modulo the Mersenne
    prime 2**31 - 1, so the bits above the 31st fold onto the lower ones (twice), and _PRIME itself is 0. The first
    fold leaves values below 2**32, folded again as uint32: half the memory to go through."""
    folded = ((values & _PRIME) + (values >> _SHIFT)).astype(np.uint32)
    folded = (folded & _PRIME32) + (folded >> _SHIFT32)
    folded[folded == _PRIME32] = 0
    return folded


def _crc_table() -> np.ndarray:
    table = np.zeros(256, dtype=np.uint32)
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xEDB88320 if crc & 1 else crc >> 1
        table[byte] = crc
    return table


_CRC_TABLE = _crc_table()


def shingle_crcs(norm: str) -> np.ndarray:
    """zlib.crc32 of the UTF-8 bytes of every character SHINGLE-gram of `norm`, computed for all of them at
    once, a byte position at a time (the same values as one zlib call per shingle, three times faster)."""
    data = np.frombuffer(norm.encode("utf-8") + bytes(4 * SHINGLE), dtype=np.uint8)
    points = np.frombuffer(norm.encode("utf-32-le"), dtype=np.uint32)
    widths = 1 + (points >= 0x80) + (points >= 0x800) + (points >= 0x10000)
    offsets = np.concatenate(([0], np.cumsum(widths)))
    count = len(points) - SHINGLE + 1
    starts = offsets[:count]
    lengths = offsets[SHINGLE : SHINGLE + count] - starts
    crc = np.full(count, 0xFFFFFFFF, dtype=np.uint32)
    at = starts.copy()
    shortest = int(lengths.min())
    for position in range(int(lengths.max())):
        step = (crc >> 8) ^ _CRC_TABLE[(crc ^ data[at]) & 0xFF]
        crc = step if position < shortest else np.where(position < lengths, step, crc)
        at += 1
    return crc ^ np.uint32(0xFFFFFFFF)


def fingerprint(text: str) -> str | None:
    """The MinHash signature as hex (PERMUTATIONS x 8 digits), or None for a short text."""
    return _fingerprint_of(normalised_text(text))


def _fingerprint_of(norm: str) -> str | None:
    signature = _signature(norm)
    return None if signature is None else signature.astype(">u4").tobytes().hex()


@dataclass(frozen=True)
class Prints:
    """What tells a text's story: its text hash, fingerprint and band keys (made before any transaction)."""

    text_hash: str | None
    fingerprint: str | None
    bands: list[str]


def prints_of(text: str) -> Prints:
    """The text's prints, normalising it once."""
    norm = normalised_text(text)
    fp = _fingerprint_of(norm)
    return Prints(_hash_of(norm), fp, band_keys(fp))


def _values(fp: str) -> np.ndarray:
    """The fingerprint's hash values: 8 hex digits each, big-endian."""
    return np.frombuffer(bytes.fromhex(fp), dtype=">u4")


def band_keys(fp: str | None) -> list[str]:
    """One key per LSH band: two near-duplicate texts share at least one with high probability."""
    if not fp:
        return []
    width = ROWS * 8
    return [
        f"{band:x}:" + hashlib.blake2b(fp[band * width : (band + 1) * width].encode(), digest_size=8).hexdigest()
        for band in range(BANDS)
    ]


def similarity(a: str | None, b: str | None) -> float:
    """Estimated Jaccard similarity of two texts from their fingerprints."""
    if not a or not b or len(a) != len(b):
        return 0.0
    return float(np.mean(_values(a) == _values(b)))


def dated_keys(bands: Sequence[str], day: date) -> list[str]:
    """The band keys as the index stores them for an article dated `day`: behind its month ('202506/3:…')."""
    month = _month(day, 0)
    return [month + key for key in bands]


def nearby_keys(bands: Sequence[str], day: date) -> list[str]:
    """The keys a near-duplicate dated in the month of `day`, the month before or the month after holds."""
    return [month + key for month in (_month(day, -1), _month(day, 0), _month(day, 1)) for key in bands]


def _month(day: date, shift: int) -> str:
    year, month = divmod(day.year * 12 + day.month - 1 + shift, 12)
    return f"{year:04d}{month + 1:02d}/"
