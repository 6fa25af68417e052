"""GNE vs trafilatura on Chinese article pages, in both scripts.

Input: bench/.pages/articles.jsonl (git-ignored; publishers' texts read through
the search tool's `pages` corpus, which stores page text, not HTML). Each text
is laid into three page layouts common on Chinese news sites (a portal with
navigation, related links, share bar, comments and footer; a table-based
e-paper/government page; an HTML5 page with ads and a long "hot news" aside),
encoded as GBK (Simplified) or Big5 (Traditional), with a correct, wrong or
missing charset declaration, and decoded by feed.fetch.decode_document.

Scores per page: main-text precision and recall over character bigrams (a
multiset), F1; headline exact; publication date right (where the page has one).

    python bench/extractors.py
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import trafilatura  # noqa: E402
from gne import GeneralNewsExtractor  # noqa: E402

from feed.fetch import decode_document  # noqa: E402
from feed.parse.page import extract_article  # noqa: E402

PAGES = Path(__file__).parent / ".pages" / "articles.jsonl"

NAV = {
    "hans": [
        "首页",
        "新闻",
        "国内",
        "国际",
        "财经",
        "科技",
        "体育",
        "娱乐",
        "视频",
        "图片",
        "专题",
        "评论",
    ],
    "hant": [
        "首頁",
        "即時",
        "政治",
        "社會",
        "生活",
        "國際",
        "財經",
        "體育",
        "娛樂",
        "影音",
        "專題",
        "評論",
    ],
}
BOILER = {
    "hans": {
        "related": "相关阅读",
        "hot": "热点新闻",
        "share": "分享到：微信 微博 QQ空间",
        "comment": "网友评论",
        "c1": "这次活动办得很好，希望以后多举办类似的交流。",
        "c2": "期待下一届在我们城市举行。",
        "footer": "版权所有 本网站 未经书面授权禁止转载 违法和不良信息举报电话 ICP备案号",
        "ad": "广告 扫码下载客户端 看更多新闻",
        "crumb": "您现在的位置：首页 > 新闻 > 正文",
        "site": "新闻频道",
    },
    "hant": {
        "related": "相關新聞",
        "hot": "熱門新聞",
        "share": "分享：Facebook LINE 複製連結",
        "comment": "讀者留言",
        "c1": "這次活動辦得很好，希望以後多舉辦類似的交流。",
        "c2": "期待下一屆在我們城市舉行。",
        "footer": "本網站所有內容版權所有，未經授權不得轉載。客服信箱 隱私權政策 服務條款",
        "ad": "廣告 下載新聞APP 隨時掌握最新消息",
        "crumb": "首頁 > 新聞 > 內文",
        "site": "新聞網",
    },
}


def _links(items: list[str]) -> str:
    return "".join(f'<li><a href="/n/{i}.html">{t}</a></li>' for i, t in enumerate(items))


def portal(a: dict, others: list[str]) -> str:
    b = BOILER[a["script"]]
    nav = "".join(f'<a href="/{i}/">{n}</a> ' for i, n in enumerate(NAV[a["script"]]))
    body = "".join(f"<p>{p}</p>" for p in a["paras"])
    meta = f'<div class="info">{a["meta"]}</div>' if a["meta"] else ""
    return (
        f'<html><head><meta charset="{{charset}}"><title>{a["title"]}_{b["site"]}</title></head><body>'
        f'<div class="top">{nav}</div><div class="crumb">{b["crumb"]}</div>'
        f'<div class="main"><h1>{a["title"]}</h1>{meta}<div class="share">{b["share"]}</div>'
        f'<div id="content" class="content">{body}</div>'
        f'<div class="related"><h3>{b["related"]}</h3><ul>{_links(others[:6])}</ul></div>'
        f'<div class="comments"><h3>{b["comment"]}</h3><div class="c"><p>{b["c1"]}</p></div>'
        f'<div class="c"><p>{b["c2"]}</p></div></div></div>'
        f'<div class="footer">{b["footer"]}</div></body></html>'
    )


def epaper(a: dict, others: list[str]) -> str:
    b = BOILER[a["script"]]
    body = "<br>".join("&nbsp;&nbsp;" + p for p in a["paras"])
    side = "".join(f'<tr><td><a href="/e/{i}.htm">{t}</a></td></tr>' for i, t in enumerate(others[:8]))
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={{charset}}">'
        f'<title>{a["title"]}</title></head><body><table width="980"><tr><td colspan="2">'
        f'{" | ".join(NAV[a["script"]][:8])}</td></tr><tr><td width="300" valign="top"><table>{side}</table></td>'
        f'<td valign="top"><table><tr><td class="title"><strong>{a["title"]}</strong></td></tr>'
        f'<tr><td class="date">{a["meta"]}</td></tr><tr><td class="text">{body}</td></tr></table></td></tr>'
        f'<tr><td colspan="2">{b["footer"]}</td></tr></table></body></html>'
    )


def modern(a: dict, others: list[str]) -> str:
    b = BOILER[a["script"]]
    body = "".join(f"<p>{p}</p>" for p in a["paras"])
    mid = len(a["paras"]) // 2
    body = (
        "".join(f"<p>{p}</p>" for p in a["paras"][:mid])
        + f'<div class="ad">{b["ad"]}</div>'
        + "".join(f"<p>{p}</p>" for p in a["paras"][mid:])
    )
    hot = "".join(f'<li><a href="/h/{i}">{t}</a><p>{t}。{b["c1"]}</p></li>' for i, t in enumerate(others[6:11]))
    time_tag = f"<time>{a['meta']}</time>" if a["meta"] else ""
    return (
        f'<!DOCTYPE html><html><head><meta charset="{{charset}}"><title>{a["title"]} | {b["site"]}</title>'
        f'<meta property="og:title" content="{a["title"]}"></head><body><header><nav>'
        f"{''.join(f'<a href=/c/{i}>{n}</a>' for i, n in enumerate(NAV[a['script']]))}</nav></header>"
        f'<main><article><header><h1>{a["title"]}</h1>{time_tag}</header><div class="article-body">{body}</div>'
        f"</article><aside><h2>{b['hot']}</h2><ul>{hot}</ul></aside></main><footer>{b['footer']}</footer>"
        f"</body></html>"
    )


LAYOUTS = {"portal": (portal, "declared"), "epaper": (epaper, "wrong"), "modern": (modern, "none")}


def bigrams(text: str) -> Counter[str]:
    chars = [c for c in text if not c.isspace()]
    return Counter(a + b for a, b in zip(chars, chars[1:], strict=False))


def prf(got: str, gold: str) -> tuple[float, float, float]:
    g, t = bigrams(got), bigrams(gold)
    overlap = sum((g & t).values())
    p = overlap / max(1, sum(g.values()))
    r = overlap / max(1, sum(t.values()))
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run_gne(html: str, url: str) -> dict:
    out = GeneralNewsExtractor().extract(html)
    return {
        "text": out.get("content", ""),
        "title": out.get("title", ""),
        "date": str(out.get("publish_time", "")),
    }


def run_trafilatura(html: str, url: str, precision: bool = True, tables: bool = False) -> dict:
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        favor_precision=precision,
        with_metadata=True,
        include_comments=False,
        include_tables=tables,
        deduplicate=False,
    )
    return {
        "text": (doc.text or "") if doc else "",
        "title": (doc.title or "") if doc else "",
        "date": (doc.date or "") if doc else "",
    }


def run_feed(html: str, url: str) -> dict:
    try:
        doc = extract_article(html, url=url, timezone="Asia/Shanghai")
    except Exception as exc:  # noqa: BLE001
        return {"text": "", "title": "", "date": "", "error": str(exc)}
    return {
        "text": doc.text,
        "title": doc.title,
        "date": doc.published.date().isoformat() if doc.published else "",
    }


ENGINES = {
    "gne": run_gne,
    "trafilatura(precision)": run_trafilatura,
    "trafilatura(precision+tables)": lambda h, u: run_trafilatura(h, u, tables=True),
    "trafilatura(default)": lambda h, u: run_trafilatura(h, u, precision=False, tables=True),
    "feed.parse.page (GNE+fallback)": run_feed,
}


def main() -> None:
    articles = [json.loads(line) for line in PAGES.read_text(encoding="utf-8").splitlines() if line.strip()]
    titles = {script: [a["title"] for a in articles if a["script"] == script] for script in ("hans", "hant")}
    rows: dict[str, list[dict]] = {name: [] for name in ENGINES}
    for article in articles:
        others = [t for t in titles[article["script"]] if t != article["title"]] * 3
        codec = "gb18030" if article["script"] == "hans" else "big5hkscs"
        gold = "\n".join(article["paras"])
        for layout, (build, declaration) in LAYOUTS.items():
            charset = {
                "declared": "gbk" if codec == "gb18030" else "big5",
                "wrong": "utf-8",
                "none": "",
            }[declaration]
            html_text = build(article, others).replace("{charset}", charset)
            raw = html_text.encode(codec)
            html, used = decode_document(raw, "text/html")
            assert html == html_text, (article["id"], layout, used)
            for name, engine in ENGINES.items():
                started = time.perf_counter()
                out = engine(html, article["url"])
                elapsed = time.perf_counter() - started
                p, r, f = prf(out["text"], gold)
                rows[name].append(
                    {
                        "id": article["id"],
                        "script": article["script"],
                        "layout": layout,
                        "p": p,
                        "r": r,
                        "f": f,
                        "title": out["title"].strip() == article["title"],
                        "date": (article["date"] in out["date"].replace("/", "-")) if article["date"] else None,
                        "ms": elapsed * 1000,
                    }
                )
    print(f"{len(articles)} articles x {len(LAYOUTS)} layouts = {len(articles) * len(LAYOUTS)} pages per engine\n")
    header = f"{'engine':30} {'script':6} {'P':>6} {'R':>6} {'F1':>6} {'F1<0.8':>7} {'title':>6} {'date':>6} {'ms':>6}"
    print(header)
    for name, results in rows.items():
        for script in ("hans", "hant", "all"):
            sel = [x for x in results if script == "all" or x["script"] == script]
            dated = [x for x in sel if x["date"] is not None]
            print(
                f"{name:30} {script:6} {statistics.mean(x['p'] for x in sel):6.3f} "
                f"{statistics.mean(x['r'] for x in sel):6.3f} {statistics.mean(x['f'] for x in sel):6.3f} "
                f"{sum(x['f'] < 0.8 for x in sel):7d} {sum(x['title'] for x in sel):3d}/{len(sel):<2d} "
                f"{sum(bool(x['date']) for x in dated):3d}/{len(dated):<2d} "
                f"{statistics.median(x['ms'] for x in sel):6.1f}"
            )
    print("\nby layout (F1, all scripts)")
    for name, results in rows.items():
        print(
            f"{name:30} "
            + "  ".join(
                f"{layout}={statistics.mean(x['f'] for x in results if x['layout'] == layout):.3f}"
                for layout in LAYOUTS
            )
        )


if __name__ == "__main__":
    main()
