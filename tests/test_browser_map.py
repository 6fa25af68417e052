"""/map in headless Chromium: tiles from a local stub, clustered markers, a popup that leads to the meeting's page,
and the Natural Earth outlines when the tile server cannot be reached."""

from __future__ import annotations

import base64
import socket
import threading
from collections.abc import Iterator
from datetime import date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from db.session import Database
from feed.model import ArticleDoc, Meeting
from tests.test_browser_pages import pytestmark as browser_marks
from tests.test_web_support import BACKENDS, BEIJING, FORUM, LiveServer, _doc, add, populate, scratch_database

pytestmark = browser_marks
# a 1x1 PNG, light grey
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC")
NEARBY = Meeting(  # 1 km from the forum: one cluster with it until zoomed in
    name="瀋陽示例博覽會",
    start=date(2023, 9, 1),
    city="瀋陽",
    city_en="Shenyang",
    region="遼寧省",
    country="中國",
    latitude=41.7968,
    longitude=123.4290,
    confidence=0.9,
)
TIANJIN = Meeting(
    name="天津示例論壇",
    start=date(2023, 7, 10),
    city="天津",
    city_en="Tianjin",
    region="天津市",
    country="中國",
    latitude=39.0842,
    longitude=117.2009,
    confidence=0.9,
)


class TileStub:
    """Any GET answers the PNG; the paths asked for are kept."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                stub.paths.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(PNG)))
                self.end_headers()
                self.wfile.write(PNG)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module", params=BACKENDS)
def mapped(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    with scratch_database(request.param, tmp_path_factory.mktemp("mapped")) as db:
        populate(db)
        add(db, "lnd", _article("瀋陽示例博覽會將於9月開幕"), [NEARBY])
        add(db, "wire", _article("天津示例論壇7月舉行"), [TIANJIN])
        yield db


def _article(title: str) -> ArticleDoc:
    return _doc(title, title + "。測試用文字。", datetime(2023, 6, 21, 9, 0, tzinfo=BEIJING), "zh-Hant")


@pytest.fixture
def tiles() -> Iterator[TileStub]:
    stub = TileStub()
    yield stub
    stub.close()


def _unused_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _open_map(browser, url: str, width: int = 1280, height: int = 800):  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": width, "height": height})
    messages: list[str] = []
    page.on("console", lambda message: messages.append(message.text))
    page.on("pageerror", lambda error: messages.append(str(error)))
    page.goto(url + "/map")
    page.wait_for_selector("#map[data-loaded='3']", timeout=10000)
    page.wait_for_function("() => document.querySelectorAll('.leaflet-outlines-pane path').length > 100", timeout=10000)
    return page, messages


def _click_marker(page, name: str) -> None:  # type: ignore[no-untyped-def]
    """Click the clusters over the meeting until its own marker shows, then the marker."""
    marker = page.locator(f"img.leaflet-marker-icon[title='{name}']")
    for _ in range(12):
        page.wait_for_function("() => !document.querySelector('.leaflet-cluster-anim, .leaflet-zoom-anim')")
        if marker.count() and marker.is_visible():
            marker.click()
            return
        # the centre of the cluster nearest to the forum, in page coordinates
        x, y = page.evaluate(
            """([lat, lon]) => {
                const p = meetingsMap.latLngToContainerPoint([lat, lon]);
                const map = document.getElementById('map').getBoundingClientRect();
                const centres = [...document.querySelectorAll('.marker-cluster')].map(e => e.getBoundingClientRect())
                    .map(r => [r.left + r.width / 2, r.top + r.height / 2]);
                const distance = ([x, y]) => (x - map.left - p.x) ** 2 + (y - map.top - p.y) ** 2;
                return centres.sort((a, b) => distance(a) - distance(b))[0];
            }""",
            [FORUM.latitude, FORUM.longitude],
        )
        page.mouse.click(x, y)
        page.wait_for_timeout(400)
    raise AssertionError(f"no marker for {name} after zooming in")


def test_a_marker_leads_to_the_meetings_page(browser, mapped: Database, tiles: TileStub, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with LiveServer(mapped, map_tiles=tiles.url + "/{z}/{x}/{y}.png") as live:
        page, messages = _open_map(browser, live.url)
        assert "127.0.0.1" in page.evaluate("document.querySelector('.leaflet-tile-pane img')?.src || ''")
        page.wait_for_selector(".leaflet-tile-loaded", timeout=10000)
        assert tiles.paths and all(p.endswith(".png") for p in tiles.paths)
        assert "OpenStreetMap" in page.inner_text(".leaflet-control-attribution")
        # the forum and the meeting 1 km away start as one cluster
        assert page.locator(f"img.leaflet-marker-icon[title='{FORUM.name}']").count() == 0
        assert page.locator(".marker-cluster").count() >= 1
        page.screenshot(path=str(tmp_path / "map-1280.png"))
        _click_marker(page, FORUM.name)
        popup = page.locator(".leaflet-popup-content")
        popup.wait_for(timeout=5000)
        assert "2023-06-25" in popup.inner_text() and "瀋陽" in popup.inner_text()
        popup.get_by_role("link", name=FORUM.name).click()
        page.wait_for_load_state()
        assert page.locator("h1").inner_text() == FORUM.name
        assert page.url.startswith(live.url + "/events/")
        assert not [m for m in messages if "Content Security Policy" in m or "Error" in m], messages
        page.close()


def test_outlines_when_the_tiles_cannot_be_reached(browser, mapped: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with LiveServer(mapped, map_tiles=f"http://127.0.0.1:{_unused_port()}/{{z}}/{{x}}/{{y}}.png") as live:
        page, messages = _open_map(browser, live.url, 390, 844)  # a phone
        assert page.locator(".leaflet-tile-loaded").count() == 0
        # the outlines lie under the tiles, and show: China's is drawn where the map is
        assert page.evaluate("getComputedStyle(document.querySelector('.leaflet-outlines-pane')).zIndex") == "150"
        # over them, still under the tiles, the borders between provinces (Liaoning's, Hebei's, ...), thinner
        provinces = page.wait_for_selector(".leaflet-provinces-pane path", state="attached", timeout=10000)
        assert page.evaluate("getComputedStyle(document.querySelector('.leaflet-provinces-pane')).zIndex") == "151"
        # a line for each piece of border in view, once the map has settled on its view (Leaflet clips to it)
        page.wait_for_function(
            "() => (document.querySelector('.leaflet-provinces-pane path').getAttribute('d') || '').split('M').length > 30",
            timeout=10000,
        )
        width = page.get_attribute(".leaflet-outlines-pane path", "stroke-width")
        assert float(provinces.get_attribute("stroke-width") or "") < float(width or "")
        assert "Natural Earth" in page.inner_text(".leaflet-control-attribution")
        assert page.locator(".leaflet-marker-icon, .marker-cluster").count() >= 1
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        page.screenshot(path=str(tmp_path / "map-390.png"))
        assert not [m for m in messages if "Content Security Policy" in m], messages
        page.close()


def test_without_tiles_at_all(browser, mapped: Database) -> None:  # type: ignore[no-untyped-def]
    with LiveServer(mapped, map_tiles=None, map_attribution="") as live:
        page, messages = _open_map(browser, live.url)
        assert page.locator(".leaflet-tile-pane img").count() == 0
        assert page.locator(".leaflet-marker-icon, .marker-cluster").count() >= 1
        page.close()
