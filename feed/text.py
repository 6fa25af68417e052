"""Text helpers shared by the stages: cleaning, scripts, language."""

from __future__ import annotations

import hashlib
import operator
import re
import unicodedata
from functools import lru_cache
from itertools import compress, islice

import opencc

# XML 1.0 forbids these; they also break feed readers and calendar apps.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
_NOT_CJK = re.compile(r"[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_NOT_LATIN_LETTER = bytes(c for c in range(128) if not chr(c).isalpha())  # deleted from the ASCII of a text
# the space first and what is before it looked at behind it, so the regex engine skips from space to space
_SPACE_BESIDE_CJK = re.compile(
    r"[ \t\u00a0](?:(?<=[\u3400-\u4dbf\u4e00-\u9fff].)[ \t\u00a0]*(?=[A-Za-z0-9])|"
    r"(?<=[A-Za-z0-9%].)[ \t\u00a0]*(?=[\u3400-\u4dbf\u4e00-\u9fff])|"
    # '合肥 · 庐江': the spaced middle dot that joins two Chinese words
    r"(?<=[\u3400-\u4dbf\u4e00-\u9fff].)[ \t\u00a0]*(?=[·・]\s*[\u3400-\u4dbf\u4e00-\u9fff])|"
    r"(?<=[·・].)[ \t\u00a0]*(?=[\u3400-\u4dbf\u4e00-\u9fff]))"
)


def xml_safe(value: str) -> str:
    """`value` without the characters XML 1.0 forbids (lxml refuses them)."""
    return _XML_INVALID.sub("", value)


def clean_text(value: str) -> str:
    """Remove XML-invalid control characters and normalise to NFC."""
    return unicodedata.normalize("NFC", xml_safe(value))


def without_spaces_beside_cjk(value: str) -> str:
    """'2019 世界 VR 产业大会', '2 月 25 日' -> '2019世界VR产业大会', '2月25日': the spaces some sites put
    between Chinese and Latin letters or digits are no part of a name or a date."""
    return _SPACE_BESIDE_CJK.sub("", value)


@lru_cache(maxsize=2)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def to_simplified(value: str) -> str:
    converted: str = _converter("t2s").convert(value)  # OpenCC.convert is unannotated
    return converted


def to_traditional(value: str) -> str:
    converted: str = _converter("s2t").convert(value)
    return converted


def detect_language(value: str) -> str:
    """'zh-Hant', 'zh-Hans' or 'en' (the last also for anything not Chinese)."""
    sample = value[:4000]
    han = _NOT_CJK.sub("", sample)
    if len(han) < 10 or len(han) < len(sample.encode("ascii", "ignore").translate(None, _NOT_LATIN_LETTER)) // 4:
        return "en"
    simplified = to_simplified(han)
    if simplified == han:
        return "zh-Hans"
    differing = compress(han, map(operator.ne, han, simplified))  # counted only as far as the threshold
    return "zh-Hant" if next(islice(differing, max(2, len(han) // 100) - 1, None), None) is not None else "zh-Hans"


def content_hash(*parts: str | None) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update((part or "").encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()
