"""WebSub: hub and self links on every feed and calendar."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from starlette.testclient import TestClient

from feed.config import ConfigError, WebSubSettings
from tests.test_web_support import (  # noqa: F401
    BASE_URL,
    EXPO,
    EXPO_ARTICLE,
    FORUM,
    FORUM_ARTICLE,
    add,
    client,
    populated,
)

HUB = BASE_URL + "/websub"
ATOM = "{http://www.w3.org/2005/Atom}"
SHENYANG = BASE_URL + "/feeds/events.ics?city=Shenyang"
KUNMING = BASE_URL + "/feeds/events.ics?city=Kunming"


# ---- advertising -------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/feeds/articles.atom",
        "/feeds/articles.rss",
        "/feeds/articles.json",
        "/feeds/events.atom",
        "/feeds/events.rss?city=Shenyang",
        "/feeds/events.ics?city=Shenyang&script=hans",
    ],
)
def test_every_feed_and_calendar_sends_hub_and_self_links(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    link = response.headers["link"]
    assert f'<{HUB}>; rel="hub"' in link
    self_url = BASE_URL + path  # already canonical
    assert f'<{self_url}>; rel="self"' in link
    assert "Link" in response.headers["access-control-expose-headers"]
    again = client.get(path, headers={"If-None-Match": response.headers["etag"]})
    assert again.status_code == 304 and again.headers["link"] == link


def test_self_link_is_the_canonical_topic(client: TestClient) -> None:
    link = client.get("/feeds/events.ics?script=hans&city=Shenyang").headers["link"]
    assert f'<{BASE_URL}/feeds/events.ics?city=Shenyang&script=hans>; rel="self"' in link


def test_one_event_calendar_advertises_the_hub(client: TestClient) -> None:
    uid = client.get("/api/events").json()["events"][0]["uid"]
    response = client.get(f"/events/{uid}.ics")
    assert f'<{HUB}>; rel="hub"' in response.headers["link"]


def test_the_documents_carry_the_hub_where_the_format_allows(client: TestClient) -> None:
    atom = ET.fromstring(client.get("/feeds/articles.atom").content)
    rels = {link.get("rel"): link.get("href") for link in atom.findall(f"{ATOM}link")}
    assert rels["hub"] == HUB and rels["self"] == BASE_URL + "/feeds/articles.atom"
    rss = ET.fromstring(client.get("/feeds/events.rss").content)
    hubs = [link.get("href") for link in rss.iter(f"{ATOM}link") if link.get("rel") == "hub"]
    assert hubs == [HUB]
    document = json.loads(client.get("/feeds/articles.json").content)
    assert document["hubs"] == [{"type": "WebSub", "url": HUB}]
    assert document["feed_url"] == BASE_URL + "/feeds/articles.json"


# ---- settings ------------------------------------------------------------------


def test_websub_settings_from_the_environment() -> None:
    settings = WebSubSettings.from_env(
        {
            "FEED_WEBSUB_LEASE_SECONDS": "7200",
            "FEED_WEBSUB_LEASE_MIN": "600",
            "FEED_WEBSUB_LEASE_MAX": "86400",
            "FEED_WEBSUB_MAX_PER_TOPIC": "3",
            "FEED_WEBSUB_HUBS": "https://hub.example.net/, https://pubsubhubbub.example.com/",
            "FEED_WEBSUB_ALLOW_PRIVATE": "1",
        }
    )
    assert (settings.lease_default, settings.lease_min, settings.lease_max) == (7200, 600, 86400)
    assert settings.lease(None) == 7200 and settings.lease(5) == 600 and settings.lease(10**9) == 86400
    assert settings.max_per_topic == 3 and settings.allow_private
    assert settings.hubs == ("https://hub.example.net/", "https://pubsubhubbub.example.com/")
    assert WebSubSettings.from_env({}) == WebSubSettings()
    for bad in (
        {"FEED_WEBSUB_LEASE_SECONDS": "10"},
        {"FEED_WEBSUB_MAX_PER_HOST": "0"},
        {"FEED_WEBSUB_HUBS": "ftp://hub.example.net/"},
        {"FEED_WEBSUB_TIMEOUT": "soon"},
    ):
        with pytest.raises(ConfigError):
            WebSubSettings.from_env(bad)
