from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest

from feed.config import DEMO_SOURCES, Settings, load_sources, parse_every
from feed.errors import ConfigError


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_sources_file_of_the_contract(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
[[sources]]
key = "lnd"
name = "遼寧日報"
kind = "feed"
url = "https://example.org/rss.xml"
every = "30m"
timezone = "Asia/Shanghai"

[[sources]]
key = "local"
kind = "files"
path = "articles/"
cron = "*/30 * * * *"
""",
    )
    lnd, local = load_sources(path)
    assert (lnd.key, lnd.name, lnd.kind, lnd.url, lnd.every) == (
        "lnd",
        "遼寧日報",
        "feed",
        "https://example.org/rss.xml",
        timedelta(minutes=30),
    )
    assert local.path == (tmp_path / "articles").resolve()
    assert local.cron == "*/30 * * * *" and local.every is None
    assert local.timezone == "Asia/Shanghai"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[[sources]]\nkey = "Bad Key"\nkind = "files"\npath = "x"', "key must be"),
        ('[[sources]]\nkey = "a"\nkind = "ftp"\nurl = "https://x"', "kind must be one of"),
        ('[[sources]]\nkey = "a"\nkind = "feed"', "needs url"),
        ('[[sources]]\nkey = "a"\nkind = "files"', "needs path"),
        ('[[sources]]\nkey = "a"\nkind = "feed"\nurl = "ftp://x"', "must start with http"),
        ('[[sources]]\nkey = "a"\nkind = "feed"\nurl = "https://x"\nevery = "soon"', "positive interval"),
        ('[[sources]]\nkey = "a"\nkind = "feed"\nurl = "https://x"\ncron = "61 * * * *"', "crontab"),
        ('[[sources]]\nkey = "a"\nkind = "feed"\nurl = "https://x"\ntimezone = "Mars/Base"', "timezone"),
        ('[[sources]]\nkey = "a"\nkind = "feed"\nurl = "https://x"\ncolour = "red"', "unknown field"),
        (
            '[[sources]]\nkey = "a"\nkind = "files"\npath = "x"\n[[sources]]\nkey = "a"\nkind = "files"\npath = "y"',
            "duplicate source keys: a",
        ),
        ("[[sources]\n", "not valid TOML"),
    ],
)
def test_bad_sources_files_say_what_is_wrong(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_sources(write(tmp_path, body))


def test_missing_sources_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_sources(tmp_path / "nope.toml")


def test_every_units() -> None:
    assert parse_every("45s") == timedelta(seconds=45)
    assert parse_every("2h") == timedelta(hours=2)
    assert parse_every("1d") == timedelta(days=1)
    with pytest.raises(ConfigError):
        parse_every("0m")


def test_settings_defaults_and_environment() -> None:
    defaults = Settings.from_env({})
    assert defaults.database_url == f"sqlite:///{os.environ['XDG_DATA_HOME']}/feed/feed.db"
    assert defaults.config_path == DEMO_SOURCES
    assert defaults.api_token is None
    custom = Settings.from_env(
        {
            "FEED_DATABASE_URL": "postgresql+psycopg://u@h/db",
            "FEED_CONFIG": "/etc/feed.toml",
            "FEED_API_TOKEN": "t",
            "FEED_BASE_URL": "https://feeds.example.org/",
        }
    )
    assert custom.config_path == Path("/etc/feed.toml")
    assert custom.base_url == "https://feeds.example.org"
    assert custom.api_token == "t"


def test_secrets_from_files(tmp_path: Path) -> None:
    """FEED_API_TOKEN_FILE and FEED_DATABASE_PASSWORD_FILE (compose `secrets:`): the values never sit in
    the environment, so `docker inspect` and `ps e` do not show them."""
    token = tmp_path / "api_token"
    token.write_text("s3cret\n", encoding="utf-8")
    password = tmp_path / "db_password"
    password.write_text("p@ss:w/rd 1\n", encoding="utf-8")  # characters a URL must escape
    settings = Settings.from_env(
        {
            "FEED_API_TOKEN_FILE": str(token),
            "FEED_DATABASE_PASSWORD_FILE": str(password),
            "FEED_DATABASE_URL": "postgresql+psycopg://feed@postgres:5432/feed?connect_timeout=3",
        }
    )
    assert settings.api_token == "s3cret"
    from sqlalchemy.engine import make_url

    url = make_url(settings.database_url)
    assert (url.username, url.password, url.host, url.database) == ("feed", "p@ss:w/rd 1", "postgres", "feed")
    assert url.query == {"connect_timeout": "3"}
    token.write_text("\n", encoding="utf-8")  # an empty token file: the write API is off, as with FEED_API_TOKEN=
    assert Settings.from_env({"FEED_API_TOKEN_FILE": str(token)}).api_token is None


@pytest.mark.parametrize(
    ("environment", "message"),
    [
        (
            {"FEED_API_TOKEN_FILE": "{missing}"},
            "config: FEED_API_TOKEN_FILE: cannot read {missing}: No such file or directory",
        ),
        (
            {"FEED_API_TOKEN_FILE": "{file}", "FEED_API_TOKEN": "t"},
            "config: set FEED_API_TOKEN or FEED_API_TOKEN_FILE, not both",
        ),
        (
            {"FEED_DATABASE_PASSWORD_FILE": "{file}", "FEED_DATABASE_URL": "postgresql+psycopg://u:pw@h/db"},
            "config: with FEED_DATABASE_PASSWORD_FILE, FEED_DATABASE_URL names the user and no password, like "
            "postgresql+psycopg://USER@HOST:5432/DB",
        ),
        (
            {"FEED_DATABASE_PASSWORD_FILE": "{file}"},  # the default SQLite URL has no user
            "config: with FEED_DATABASE_PASSWORD_FILE, FEED_DATABASE_URL names the user and no password, like "
            "postgresql+psycopg://USER@HOST:5432/DB",
        ),
        (
            {"FEED_DATABASE_PASSWORD_FILE": "{empty}", "FEED_DATABASE_URL": "postgresql+psycopg://u@h/db"},
            "config: FEED_DATABASE_PASSWORD_FILE: {empty} is empty",
        ),
    ],
)
def test_secret_files_refused(tmp_path: Path, environment: dict[str, str], message: str) -> None:
    paths = {"file": tmp_path / "secret", "empty": tmp_path / "empty", "missing": tmp_path / "missing"}
    paths["file"].write_text("x\n", encoding="utf-8")
    paths["empty"].write_text("\n", encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        Settings.from_env({key: value.format(**paths) for key, value in environment.items()})
    assert str(raised.value) == message.format(**paths)


def test_bundled_demo_sources_load() -> None:
    (demo,) = load_sources(DEMO_SOURCES)
    assert demo.kind == "files" and demo.path is not None and demo.path.is_dir()
    assert len(list(demo.path.glob("*.txt"))) >= 3


SOURCE = '[[sources]]\nkey = "s{n}"\nurl = "https://news.example.org/{n}.xml"\n'


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b'[[sources]]\nkey = "a"\nurl = "https://x.example"\nevery = "99999999999d"\n',
            "config: source 'a': every = '99999999999d' is longer than 100 years",
        ),
        (
            b'[[sources]]\nkey = "a"\nurl = "https://x.example"\nevery = "9999999999999999999999s"\n',
            "config: source 'a': every = '9999999999999999999999s' is longer than 100 years",
        ),
        (
            '[[sources]]\nkey = "a"\nname = "遼寧日報"\nurl = "https://x.example"\n'.encode("big5"),
            "config: {path} is not UTF-8 text (byte 0xbf at offset 30)",
        ),
        (
            b"# " + b"x" * (1 << 20) + b"\n",
            "config: {path} is 1048579 bytes, over the 1048576-byte cap of a sources file",
        ),
        (
            "".join(SOURCE.format(n=n) for n in range(1001)).encode(),
            "config: {path} lists 1001 sources, over the cap of 1000",
        ),
        (
            b"a = " + b"[" * 100_000 + b"]" * 100_000 + b"\n",
            "config: {path} is not valid TOML: its arrays or tables nest too deeply",
        ),
    ],
)
def test_hostile_sources_files_are_one_line_errors_with_exit_2(tmp_path: Path, content: bytes, message: str) -> None:
    from tests.service import feed_env, run_feed

    path = tmp_path / "sources.toml"
    path.write_bytes(content)
    result = run_feed("sources", env=feed_env(f"sqlite:///{tmp_path / 'feed.db'}", path), cwd=tmp_path)
    assert (result.returncode, result.stderr) == (2, "error: " + message.format(path=path) + "\n")


def test_one_flag_reader_refuses_what_is_not_a_flag_for_every_setting() -> None:
    import pytest

    from feed.errors import ConfigError
    from feed.fetch.limits import FetchLimits

    assert FetchLimits.from_env({"FEED_ALLOW_PRIVATE_NETWORKS": "yes"}).allow_private
    assert not FetchLimits.from_env({"FEED_ALLOW_PRIVATE_NETWORKS": "0"}).allow_private
    with pytest.raises(ConfigError, match="FEED_ALLOW_PRIVATE_NETWORKS must be 1 or 0"):
        FetchLimits.from_env({"FEED_ALLOW_PRIVATE_NETWORKS": "maybe"})
