"""The Content-Security-Policy in headless Chromium: the pages render, styled, with no violation."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from tests.test_web_support import FORUM, LiveServer, live, populated  # noqa: F401

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
playwright_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed (pip install playwright)")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary (apt-get install chromium)")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright_api.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield instance
        instance.close()


def test_pages_render_under_the_policy(browser, live: LiveServer) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
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
