"""Static files (static/: the map's script and the vendored libraries), served at content-addressed names.

`leaflet/leaflet.js` is served as `/static/leaflet/leaflet.<hash>.js`, the hash taken from its bytes,
so a response may be kept for a year: a changed file gets a new name. Stylesheets have the files they
reference (`url(images/layers.png)`) rewritten to those names before they are hashed themselves.
Every file is read and compressed once, when the first app is built.
"""

from __future__ import annotations

import gzip
import hashlib
import posixpath
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from feed.web.responses import accepts_gzip

FOLDER = Path(__file__).parent / "static"
PREFIX = "/static/"
CACHE_CONTROL = "public, max-age=31536000, immutable"
MEDIA_TYPES = {
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".png": "image/png",
    ".md": "text/markdown; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    "": "text/plain; charset=utf-8",  # LICENSE
}
COMPRESSIBLE = (".js", ".css", ".json", ".md", ".txt", "")
_CSS_URL = re.compile(r"url\((['\"]?)([^)'\"#:]+)\1\)")


@dataclass(frozen=True)
class Asset:
    url: str
    body: bytes
    gzipped: bytes | None
    media_type: str


class Assets:
    """The files of one folder by name ('leaflet/leaflet.js') and by hashed URL."""

    def __init__(self, folder: Path) -> None:
        self.by_name: dict[str, Asset] = {}
        files = sorted(p for p in folder.rglob("*") if p.is_file())
        # stylesheets last: they name the hashed URLs of the images they use
        for path in sorted(files, key=lambda p: p.suffix == ".css"):
            name = path.relative_to(folder).as_posix()
            body = path.read_bytes()
            if path.suffix == ".css":
                body = self._rewrite_css(name, body)
            self.by_name[name] = _asset(name, body)
        self.by_url = {asset.url: asset for asset in self.by_name.values()}

    def url(self, name: str) -> str:
        """The path to link to: '/static/leaflet/leaflet.<hash>.js'. A KeyError names a missing file."""
        return self.by_name[name].url

    def _rewrite_css(self, name: str, body: bytes) -> bytes:
        folder = posixpath.dirname(name)

        def hashed(match: re.Match[str]) -> str:
            target = posixpath.normpath(posixpath.join(folder, match.group(2)))
            asset = self.by_name.get(target)
            return f"url({asset.url})" if asset else match.group(0)

        return _CSS_URL.sub(hashed, body.decode("utf-8")).encode("utf-8")


def _asset(name: str, body: bytes) -> Asset:
    stem, suffix = posixpath.splitext(name)
    digest = hashlib.sha256(body).hexdigest()[:16]
    compress = suffix in COMPRESSIBLE and len(body) > 1024
    return Asset(
        url=f"{PREFIX}{stem}.{digest}{suffix}",
        body=body,
        gzipped=gzip.compress(body, 9, mtime=0) if compress else None,
        media_type=MEDIA_TYPES.get(suffix, "application/octet-stream"),
    )


@cache
def bundled_assets() -> Assets:
    return Assets(FOLDER)


def static_file(request: Request) -> Response:
    assets: Assets = request.app.state.assets
    asset = assets.by_url.get(request.url.path)
    if asset is None:
        raise HTTPException(404, "no such file (static file names change with their content)")
    headers = {"Cache-Control": CACHE_CONTROL, "Vary": "Accept-Encoding"}
    if asset.gzipped is not None and accepts_gzip(request.headers.get("accept-encoding", "")):
        headers["Content-Encoding"] = "gzip"
        return Response(asset.gzipped, media_type=asset.media_type, headers=headers)
    return Response(asset.body, media_type=asset.media_type, headers=headers)
