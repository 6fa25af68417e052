"""The HTML side: index and meeting pages, as markup (the browser test looks at them as a person would)."""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from markupsafe import escape
from sqlalchemy import select
from starlette.testclient import TestClient

from db.models import Article
from db.session import Database
from feed.model import Evidence, Organiser
from feed.web import pages
from feed.web.app import create_app
from tests.test_web_support import BASE_URL, FORUM, HOSTILE_ARTICLE, add, settings_for


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.anchors: list[tuple[str, str]] = []
        self.alternates: list[dict[str, str | None]] = []
        self.scripts = 0
        self._href: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a":
            self._href, self._text = values.get("href") or "", []
        elif tag == "link" and values.get("rel") == "alternate":
            self.alternates.append(values)
        elif tag == "script":
            self.scripts += 1

    def handle_data(self, data: str) -> None:
        if self._href is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._href is not None:
            self.anchors.append(("".join(self._text).strip(), self._href))
            self._href = None


def parse(html: str) -> Links:
    parser = Links()
    parser.feed(html)
    return parser


def test_index_has_autodiscovery_and_subscribe_links(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200 and response.headers["content-type"] == "text/html; charset=utf-8"
    page = parse(response.text)
    assert page.scripts == 0
    types = {a["type"] for a in page.alternates}
    assert {"application/atom+xml", "application/rss+xml", "application/feed+json", "text/calendar"} <= types
    hrefs = [h for _, h in page.anchors]
    assert "webcal://feeds.example.org/feeds/events.ics" in hrefs
    outlook = next(h for t, h in page.anchors if t == "Add to Outlook")
    assert parse_qs(urlsplit(outlook).query)["url"] == [f"{BASE_URL}/feeds/events.ics"]
    google = next(h for t, h in page.anchors if t == "Add to Google Calendar")
    assert parse_qs(urlsplit(google).query)["cid"] == ["webcal://feeds.example.org/feeds/events.ics"]
    assert f'value="{BASE_URL}/feeds/articles.atom"' in response.text  # the copy-link field
    assert 'name="viewport"' in response.text


def test_index_lists_sources_meetings_and_articles(client: TestClient) -> None:
    html = client.get("/").text
    assert "Source lnd" in html and "Source wire" in html
    recent = html.split('id="recent"')[1].split("</ul>")[0]
    assert FORUM.name in recent and "Example Summit on Small Towns" in recent
    assert "示例座談會在瀋陽舉行 共商東北振興" in html.split('id="articles"')[1]


def test_index_filters_carry_into_subscribe_links(client: TestClient) -> None:
    response = client.get("/?city=沈阳&script=hans")
    assert f'value="{BASE_URL}/feeds/events.ics?city=%E6%B2%88%E9%98%B3&amp;script=hans"' in response.text
    recent = response.text.split('id="recent"')[1].split("</ul>")[0]
    assert "东北振兴示例座谈会" in recent and "Summit" not in recent
    assert client.get("/?limit=nope").status_code == 400


def test_meeting_page(client: TestClient) -> None:
    html = client.get("/").text
    path = re.search(r'href="(/events/[^"]+)"><b>' + FORUM.name, html).group(1)  # type: ignore[union-attr]
    page = client.get(path)
    assert page.status_code == 200
    text = page.text
    assert f'<h1><a class="p-name u-url" href="{BASE_URL}{path}">{FORUM.name}</a></h1>' in text
    assert "2023-06-25" in text and "瀋陽" in text and "遼寧省示例廳" in text
    links = dict(parse(text).anchors)
    assert links["Download .ics"] == f"{BASE_URL}{path}.ics"
    google = parse_qs(urlsplit(links["Google Calendar"]).query)
    assert google["dates"] == ["20230625/20230626"] and google["text"] == [FORUM.name]
    outlook = parse_qs(urlsplit(links["Outlook"]).query)
    assert outlook["startdt"] == ["2023-06-25"] and outlook["allday"] == ["true"]
    assert "示例座談會在瀋陽舉行 共商東北振興" in text.split('id="articles"')[1]


def test_user_text_is_escaped(database: Database) -> None:
    add(
        database,
        "x<script>",
        HOSTILE_ARTICLE,
        [FORUM.__class__(**{**FORUM.__dict__, "name": "<img src=x onerror=alert(1)>"})],
    )
    app = create_app(settings_for(database.url), database, version_ttl=0)
    with TestClient(app, base_url=BASE_URL) as client:
        html = client.get("/").text
        assert "<b>bold</b>" not in html and "&lt;b&gt;bold&lt;/b&gt;" in html
        assert "<img src=x" not in html
        event = re.search(r'href="(/events/[^"]+)"><b>&lt;img', html).group(1)  # type: ignore[union-attr]
        assert "<img src=x" not in client.get(event).text


SCRIPT = '<script>alert("x")</script>'
TEMPLATES = Path(pages.__file__).parent / "templates"
STATIC_SCRIPT = re.compile(r'<script src="/static/[\w./-]+" defer></script>')


def test_every_template_escapes_what_it_shows(database: Database) -> None:
    """A script in an article title, a meeting's name and details, a source and the query: text on every page."""
    meeting = replace(
        FORUM,
        name=f"{SCRIPT} meeting",
        venue=SCRIPT,
        organisers=[Organiser(SCRIPT, SCRIPT)],
        sentence=SCRIPT,
        evidence={"date": Evidence(SCRIPT, 0.5, "clause")},
    )
    add(database, f"s{SCRIPT}", replace(HOSTILE_ARTICLE, title=f"{SCRIPT} title"), [meeting])
    app = create_app(settings_for(database.url), database, version_ttl=0)
    shown = str(escape(SCRIPT))
    rendered = set()
    with TestClient(app, base_url=BASE_URL) as client:
        index = client.get("/")
        path = re.search(r'href="(/events/[^"]+)"><b>', index.text).group(1)  # type: ignore[union-attr]
        uid = '<script>alert("x")<script>'  # no "/": a path segment
        with database.begin() as session:
            article_id = session.scalar(select(Article.id))
        responses = {
            "meeting and title": (index, shown),
            "query in the form": (client.get("/", params={"region": SCRIPT}), shown),
            "meeting page": (client.get(path), shown),
            "article page": (client.get(f"/articles/{article_id}"), shown),
            "error page": (client.get(f"/events/{uid}", headers={"Accept": "text/html"}), str(escape(uid))),
            "map page": (client.get("/map"), shown),
            "query in the map's form": (client.get("/map", params={"region": SCRIPT}), shown),
        }
        for what, (response, text) in responses.items():
            rendered.add(response.template.name)  # type: ignore[attr-defined]
            # the map's own scripts come from /static/; the meeting page's one <script> is its JSON-LD,
            # where the text is \u003cscript (test_web_structured)
            data_blocks = 1 if what == "meeting page" else 0
            html = STATIC_SCRIPT.sub("", response.text).replace('<script type="application/ld+json">', "", data_blocks)
            assert "<script" not in html and text in response.text, what
    assert "<script" not in index.text and f"{shown} meeting</b>" in index.text and f"{shown} title</a>" in index.text
    assert f"s{shown}" in index.text.split('id="sources"')[1]
    assert f'value="{shown}"' in responses["query in the form"][0].text
    meeting_page = responses["meeting page"][0].text
    assert f'">{shown} meeting</a></h1>' in meeting_page and f'title="{shown} meeting"' in meeting_page
    # <title>, the calendar <link>, <h1>, venue, organiser and role, evidence, sentence, article title and source
    assert meeting_page.count(shown) == 10
    # every page template is among them (base.html and items.html are parts of them; the pages kept in the
    # render cache carry no template name: test_web_timeline.py checks theirs)
    cached = {"timeline.html", "embed.html"}
    assert rendered == {p.name for p in TEMPLATES.glob("*.html")} - {"base.html", "items.html"} - cached
