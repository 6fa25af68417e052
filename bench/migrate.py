"""The search-key backfill of migration 0003 on filled databases: old code against this tree's.

    python bench/migrate.py [--sizes 20k,100k] [--backends sqlite,postgresql] [--old REV] [--pg URL]

For each backend and size a database is migrated to 0002_fetch and filled with generated
articles (a headline and about 1,500 characters of Traditional Chinese each), meetings
(one per 20 articles), a link per article and a run per 10, once. Each variant then
migrates its own copy of it (SQLite: a copy of the file; PostgreSQL: CREATE DATABASE …
TEMPLATE) to 0003_search in a fresh child process, which reports the wall time, its peak
RSS (ru_maxrss) and its execute calls (an executemany is one). The variants differ in 0003
alone: `old` runs versions/0003_search_keys.py as it stood at REV (default 746e305^, before
it was batched), exported with `git show` into a temporary copy of db/migrations; `new`
runs this tree's. Both must write the same keys: the bench compares a hash of every key,
read back in id order. The new copy then goes on to the head in another child, timed too:
the later backfills (0009, 0010, 0016) are one UPDATE each, computed by the database.

Peak RSS is the migrating Python process's: PostgreSQL's own memory is not in it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402
from sqlalchemy import event  # noqa: E402

from db.session import Database  # noqa: E402

MIGRATION = "db/migrations/versions/0003_search_keys.py"
BEFORE, TARGET = "0002_fetch", "0003_search"
DEFAULT_OLD = "746e305^"  # 746e305 batched 0003: its parent reads every row and updates one at a time
DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
FILL_BATCH = 5000
BACKFILLS = ("0009", "0010", "0016")  # the later revisions that fill a new column from stored rows
SENTENCES = (
    "國資央企助力東北全面振興座談會在瀋陽舉行。",
    "與會代表圍繞產業轉型升級、科技創新和區域協調發展深入交流。",
    "遼寧省政府與多家中央企業簽署合作協議，涉及裝備製造、能源和數字經濟等領域。",
    "會議強調，要進一步優化營商環境，推動項目早落地、早見效。",
    "據介紹，本屆論壇為期兩天，設有主論壇和六場平行分論壇。",
    "來自海內外的三百餘名專家學者、企業家參加了開幕式。",
    "主辦方表示，將持續深化與東北地區的務實合作，共同推動高質量發展。",
    "記者從組委會獲悉，博覽會期間共達成簽約項目一百二十個。",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="20k,100k", help="articles per database, e.g. 20k,100k")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--old", default=DEFAULT_OLD, help=f"git revision of the old 0003 (default {DEFAULT_OLD})")
    parser.add_argument("--pg", default=os.environ.get("FEED_BENCH_PG", DEFAULT_PG), help="PostgreSQL admin URL")
    parser.add_argument("--child", nargs=3, metavar=("URL", "MIGRATIONS", "REVISION"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(migrate(*args.child)))
        return
    sizes = [
        int(s.lower().removesuffix("k")) * 1000 if s.lower().endswith("k") else int(s) for s in args.sizes.split(",")
    ]
    with tempfile.TemporaryDirectory(prefix="feed-bench-migrate-") as scratch:
        variants = {"old": old_migrations(args.old, Path(scratch)), "new": ROOT / "db" / "migrations"}
        rows = []
        for backend in args.backends.split(","):
            for size in sizes:
                rows.append((backend, size, measure(backend, size, variants, args.pg, Path(scratch))))
    print(f"\nmigration 0003 (search keys) on filled databases: old = {MIGRATION} at {args.old}, new = this tree\n")
    print(
        "| backend | articles | events | old s | new s | old/new time | old peak RSS MB | new peak RSS MB |"
        " old execute calls | new execute calls | same keys |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for backend, size, result in rows:
        old, new = result["old"], result["new"]
        print(
            f"| {backend} | {size:,} | {size // 20:,} | {old['seconds']:.1f} | {new['seconds']:.1f} | "
            f"{old['seconds'] / new['seconds']:.2f} | {old['peak_rss_mb']:.0f} | {new['peak_rss_mb']:.0f} | "
            f"{old['statements']:,} | {new['statements']:,} | {'yes' if old['keys'] == new['keys'] else 'NO'} |"
        )
    print(
        "\npeak RSS of the migrating process; before migrating (imports, OpenCC loaded) it was "
        + ", ".join(f"{r['old']['start_rss_mb']:.0f}/{r['new']['start_rss_mb']:.0f} MB" for *_, r in rows)
    )
    print("\nthen this tree's 0003 -> head: 0009, 0010, 0016 backfill by one UPDATE each, in SQL\n")
    print("| backend | articles | links | runs | 0009 s | 0010 s | 0016 s | all to head s | slowest | peak RSS MB |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for backend, size, result in rows:
        rest = result["rest"]
        steps = rest["by_revision"]
        slowest = max(steps, key=steps.get)
        backfills = " | ".join(f"{seconds:.2f}" for name, seconds in steps.items() if name.startswith(BACKFILLS))
        print(
            f"| {backend} | {size:,} | {size:,} | {size // 10:,} | {backfills} | {rest['seconds']:.1f} | "
            f"{slowest} {steps[slowest]:.1f} s | {rest['peak_rss_mb']:.0f} |"
        )


def old_migrations(revision: str, scratch: Path) -> Path:
    """db/migrations with 0003 as it stood at `revision` (nothing is written into the tree)."""
    old = scratch / "old-migrations"
    shutil.copytree(ROOT / "db" / "migrations", old, ignore=shutil.ignore_patterns("__pycache__"))
    text = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{revision}:{MIGRATION}"], check=True, capture_output=True, text=True
    ).stdout
    (old / "versions" / Path(MIGRATION).name).write_text(text, encoding="utf-8")
    return old


def measure(backend: str, size: int, variants: dict[str, Path], pg: str, scratch: Path) -> dict[str, dict]:
    template = f"feed_bench_migrate_{size}"
    url = f"sqlite:///{scratch / template}.db" if backend == "sqlite" else _pg_database(pg, template)
    database = Database(url)
    try:
        from db.migrate import upgrade

        upgrade(database.engine, BEFORE)
        started = time.perf_counter()
        fill(database.engine, size)
        if backend == "sqlite":  # the file is copied next: everything in it, nothing left in the WAL
            with database.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        print(f"{backend} {size:,}: filled in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    finally:
        database.dispose()
    results = {}
    for name, migrations in variants.items():
        copy = f"{template}_{name}"
        if backend == "sqlite":
            shutil.copyfile(scratch / f"{template}.db", scratch / f"{copy}.db")
            copy_url = f"sqlite:///{scratch / copy}.db"
        else:
            copy_url = _pg_database(pg, copy, template=template)
        results[name] = _child(copy_url, migrations, TARGET) | {"keys": _keys(copy_url)}
        print(f"{backend} {size:,} {name}: {results[name]['seconds']:.1f} s", file=sys.stderr)
        if name == "new":
            results["rest"] = _child(copy_url, migrations, "head")
        _drop(backend, pg, copy, scratch)
    _drop(backend, pg, template, scratch)
    return results


def _child(url: str, migrations: Path, revision: str) -> dict[str, float]:
    argv = [sys.executable, __file__, "--child", url, str(migrations), revision]
    return json.loads(subprocess.run(argv, check=True, capture_output=True, text=True).stdout.splitlines()[-1])


def fill(engine: sa.Engine, size: int) -> None:
    """`size` articles over three sources and one meeting per 20 articles, generated from a fixed seed."""
    rng = random.Random(20261203)
    now = datetime(2023, 6, 26, 2, 11, 34, tzinfo=UTC)
    with engine.begin() as connection:
        connection.execute(
            sa.text(
                "INSERT INTO sources (id, key, name, kind, location, timezone, schedule, configured, error_count, "
                "options, created_at) VALUES (:id, :key, '遼寧日報', 'feed', 'https://x.example/rss', "
                "'Asia/Shanghai', 'every 1800s', true, 0, '{}', :now)"
            ),
            [{"id": i, "key": f"s{i}", "now": now} for i in (1, 2, 3)],
        )
        insert_article = sa.text(
            "INSERT INTO articles (id, source_id, guid, title, text, editors, language, published_at, content_hash, "
            "created_at, updated_at) VALUES (:id, :source, :guid, :title, :text, '[]', 'zh-Hant', :now, :hash, "
            ":now, :now)"
        )
        for first in range(1, size + 1, FILL_BATCH):
            connection.execute(
                insert_article,
                [
                    {
                        "id": i,
                        "source": 1 + i % 3,
                        "guid": f"g{i}",
                        "title": f"座談會在瀋陽舉行 第{i}號",
                        "text": "".join(rng.choice(SENTENCES) for _ in range(40)),
                        "hash": f"h{i}",
                        "now": now,
                    }
                    for i in range(first, min(first + FILL_BATCH, size + 1))
                ],
            )
        connection.execute(
            sa.text(
                "INSERT INTO events (id, uid, name, start_date, end_date, timezone, city, city_en, region, venue, "
                "organisers, status, confidence, sequence, created_at, updated_at) VALUES (:id, :uid, :name, :day, "
                ":day, 'Asia/Shanghai', '瀋陽', 'Shenyang', '遼寧省', '會議中心', '[]', 'held', 0.8, 0, :now, :now)"
            ),
            [
                {"id": i, "uid": f"m{i}@x", "name": f"國資央企座談會{i}", "day": date(2023, 6, 25), "now": now}
                for i in range(1, size // 20 + 1)
            ],
        )
        connection.execute(
            sa.text("INSERT INTO article_events (article_id, event_id) VALUES (:article, :event)"),
            [{"article": i, "event": 1 + i % (size // 20)} for i in range(1, size + 1)],
        )
        connection.execute(
            sa.text(
                "INSERT INTO ingest_runs (id, source_id, target, trigger, status, queued_at, new, updated, unchanged, "
                "events, errors) VALUES (:id, 1, 's1', 'schedule', 'succeeded', :now, 20, 3, 7, 1, 0)"
            ),
            [{"id": i, "now": now} for i in range(1, size // 10 + 1)],
        )


def migrate(url: str, migrations: str, revision: str) -> dict[str, object]:
    """In the child: upgrade to `revision` one revision at a time with the given migrations folder; the
    seconds of each, peak RSS and execute calls."""
    import opencc
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    opencc.OpenCC("t2s").convert("臺")  # both variants start with OpenCC loaded
    database = Database(url)
    statements = 0

    @event.listens_for(database.engine, "before_cursor_execute")
    def _count(*_: object) -> None:
        nonlocal statements
        statements += 1

    config = Config()
    config.set_main_option("script_location", migrations)
    config.attributes["engine"] = database.engine
    with database.engine.connect() as connection:
        current = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one()
    script = ScriptDirectory.from_config(config)
    steps = [r.revision for r in script.iterate_revisions(revision, current)][::-1]
    start_rss = _peak_rss_mb()
    seconds: dict[str, float] = {}
    for step in steps:
        started = time.perf_counter()
        command.upgrade(config, step)
        seconds[step] = time.perf_counter() - started
    database.dispose()
    return {
        "seconds": sum(seconds.values()),
        "by_revision": seconds,
        "peak_rss_mb": _peak_rss_mb(),
        "start_rss_mb": start_rss,
        "statements": statements,
    }


def _peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, it leaves out the parent's before exec)."""
    status = Path("/proc/self/status").read_text(encoding="utf-8")
    return int(next(line for line in status.splitlines() if line.startswith("VmHWM:")).split()[1]) / 1024


def _keys(url: str) -> str:
    """A hash of every search key in id order, read a batch at a time."""
    digest = hashlib.sha256()
    database = Database(url)
    try:
        with database.engine.connect() as connection:
            for table in ("articles", "events"):
                columns = "search_text" if table == "articles" else "city_key, region_key, search_text"
                last = 0
                while rows := connection.execute(
                    sa.text(f"SELECT id, {columns} FROM {table} WHERE id > :last ORDER BY id LIMIT 5000"),
                    {"last": last},
                ).all():
                    for row in rows:
                        digest.update(repr(tuple(row)).encode())
                    last = rows[-1].id
    finally:
        database.dispose()
    return digest.hexdigest()


def _pg_database(admin: str, name: str, template: str | None = None) -> str:
    engine = sa.create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name}")
        connection.exec_driver_sql(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
    engine.dispose()
    return sa.make_url(admin).set(database=name).render_as_string(hide_password=False)


def _drop(backend: str, admin: str, name: str, scratch: Path) -> None:
    if backend == "sqlite":
        (scratch / f"{name}.db").unlink(missing_ok=True)
        return
    engine = sa.create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name}")
    engine.dispose()


if __name__ == "__main__":
    main()
