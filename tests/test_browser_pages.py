"""What a person sees: the index and a meeting page in headless Chromium (Debian's), via Playwright."""

from __future__ import annotations

import shutil

import pytest

from tests.test_web_support import FORUM, LiveServer

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
playwright_api = pytest.importorskip(
    "playwright.sync_api", reason="Playwright is not installed (pip install playwright)"
)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary (apt-get install chromium)")


def test_index_as_seen(browser, live: LiveServer) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})  # a phone
    page = context.new_page()
    page.goto(live.url + "/")
    assert page.title() == "Event feeds"
    body = page.inner_text("body")
    for heading in ("Subscribe", "Upcoming meetings", "Recent meetings", "Latest articles", "Sources"):
        assert heading in body
    assert FORUM.name in page.inner_text("#recent")
    assert "示例座談會在瀋陽舉行 共商東北振興" in page.inner_text("#articles")
    assert "failing" not in page.inner_text("#sources")
    copy = page.locator("input[aria-label='Meetings calendar link']")
    assert copy.input_value() == f"{live.url}/feeds/events.ics"
    assert page.get_by_role("link", name="Add to Google Calendar").get_attribute("href", timeout=2000)
    assert (
        page.get_by_role("link", name="Subscribe (webcal)").get_attribute("href")
        == f"webcal://127.0.0.1:{live.port}/feeds/events.ics"
    )
    # nothing wider than the phone screen
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


def test_meeting_page_as_seen(browser, live: LiveServer) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(java_script_enabled=True)
    page.goto(live.url + "/")
    page.get_by_role("link", name=FORUM.name).click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == FORUM.name
    facts = page.inner_text("#facts")
    assert "2023-06-25" in facts and "瀋陽" in facts and "示例會議中心" in facts
    for name in ("Download .ics", "Google Calendar", "Outlook"):
        assert page.get_by_role("link", name=name).is_visible()
    assert "示例座談會在瀋陽舉行" in page.inner_text("#articles")
    ics = page.get_by_role("link", name="Download .ics").get_attribute("href")
    response = page.request.get(ics)
    assert response.status == 200 and response.headers["content-type"] == "text/calendar; charset=utf-8"
    assert "DTSTART;VALUE=DATE:20230625" in response.text()
    page.close()


def test_pages_render_under_the_policy(browser, live: LiveServer) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page()
    messages: list[str] = []
    page.on("console", lambda message: messages.append(message.text))
    response = page.goto(live.url + "/")
    assert "default-src 'none'" in response.headers["content-security-policy"]
    # the inline stylesheet applies: the page is a centred 56rem column
    assert page.evaluate("getComputedStyle(document.body).maxWidth") == "896px"
    page.get_by_role("link", name=FORUM.name).click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == FORUM.name
    assert page.evaluate("getComputedStyle(document.body).maxWidth") == "896px"
    assert not [m for m in messages if "Content Security Policy" in m], messages
    # a script that found its way into the page would not run
    ran = page.evaluate("""() => { const s = document.createElement('script');
        s.textContent = 'window.injected = true'; document.body.append(s); return window.injected === true; }""")
    assert ran is False
    page.wait_for_timeout(100)
    assert [m for m in messages if "Content Security Policy" in m]
    page.close()


def test_json_ld_is_read_under_the_policy(browser, live: LiveServer) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """The policy allows no script, and the JSON-LD block is data, not a script: Chromium reports
    nothing and leaves it readable (as a crawler reads it)."""
    page = browser.new_page()
    messages: list[str] = []
    page.on("console", lambda message: messages.append(message.text))
    page.goto(live.url + "/")
    page.get_by_role("link", name=FORUM.name).click()
    page.wait_for_load_state()
    data = page.evaluate("JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)")
    assert data["@type"] == "Event" and data["name"] == FORUM.name and data["url"] == page.url
    assert not messages, messages  # no policy violation, nothing else either
    page.close()
