"""The timeline, and the embed framed by another site, in headless Chromium at a phone's and a desktop's width."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from tests.http_server import Route, Site, serve_site
from tests.test_browser_pages import CHROMIUM
from tests.test_web_support import BEIJING, EXPO, EXPO_ARTICLE, FORUM, LiveServer, add, populate, scratch_database

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary (apt-get install chromium)")
WIDTHS = (390, 1280)
SOON = date.today() + timedelta(days=20)
COMING = replace(EXPO, name="示例未來論壇", start=SOON, end=SOON + timedelta(days=1), start_time=None, end_time=None)


@pytest.fixture(scope="module")
def upcoming(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    with scratch_database("sqlite", tmp_path_factory.mktemp("upcoming")) as db:
        populate(db)
        published = datetime.combine(date.today(), datetime.min.time(), BEIJING)
        add(
            db,
            "yn",
            replace(EXPO_ARTICLE, title="示例未來論壇將舉行", url="https://n.example.cn/x", published=published),
            [COMING],
        )
        with LiveServer(db) as server:
            yield server


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    with serve_site() as served:
        yield served


@pytest.mark.parametrize("width", WIDTHS)
def test_timeline_as_seen(browser, upcoming: LiveServer, width: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(java_script_enabled=False, viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(upcoming.url + "/")
    page.get_by_role("link", name="All meetings by month (timeline)").click()
    page.wait_for_load_state()
    assert page.title() == "Meetings by month"
    assert COMING.name in page.inner_text("#m-" + SOON.strftime("%Y-%m"))
    assert FORUM.name in page.inner_text("#m-2023-06")
    page.get_by_role("link", name="June 2023").click()
    assert page.url.endswith("#m-2023-06")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.screenshot(path=tmp_path / f"timeline-{width}.png", full_page=True)
    assert (tmp_path / f"timeline-{width}.png").stat().st_size > 10_000
    context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_embed_framed_by_another_site(browser, upcoming: LiveServer, site: Site, width: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": width, "height": 700})
    page = context.new_page()
    page.goto(upcoming.url + "/")
    snippet = page.locator("input[aria-label='Embed snippet']").input_value()
    host = f"<!doctype html><html><body><h1>Another site</h1>{snippet}</body></html>"
    # another origin (another port) on loopback: Chromium refuses a public page framing a loopback one
    site.routes["/host.html"] = Route(host.encode(), content_type="text/html; charset=utf-8")
    messages: list[str] = []
    page.on("console", lambda message: messages.append(message.text))
    page.goto(site.base_url + "/host.html")
    frame = page.frame_locator("iframe")
    assert frame.locator("#meetings li").first.inner_text().startswith(SOON.isoformat())
    link = frame.get_by_role("link", name=COMING.name)
    assert link.get_attribute("target") == "_blank"
    with context.expect_page() as opened:
        link.click()
    meeting = opened.value
    meeting.wait_for_load_state()
    assert meeting.locator("h1").inner_text() == COMING.name
    assert not [m for m in messages if "frame" in m.lower() or "Content Security Policy" in m], messages
    page.screenshot(path=tmp_path / f"embed-{width}.png")
    assert (tmp_path / f"embed-{width}.png").stat().st_size > 5_000
    context.close()
