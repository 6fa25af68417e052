"""Configuration, read once: the environment and the sources file (TOML)."""

from __future__ import annotations

import ipaddress
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from feed.errors import ConfigError
from feed.urls import url_problem

DEMO_SOURCES = Path(__file__).parent / "demo" / "sources.toml"
DEFAULT_BASE_URL = "http://127.0.0.1:8000"
DEFAULT_TIMEZONE = "Asia/Shanghai"
DEFAULT_ZONE = ZoneInfo(DEFAULT_TIMEZONE)  # times shown without a zone of their own: the dateline's
SOURCE_KINDS = ("feed", "page", "listing", "files")
MAX_SOURCES_BYTES = 1 << 20  # a sources file larger than this is refused
MAX_SOURCES = 1000
MAX_EVERY = timedelta(days=36500)

_KEY = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_EVERY = re.compile(r"^(\d+)\s*([smhd])$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}
_RATE = re.compile(r"^(\d{1,6})\s*/\s*(second|minute|hour)$")
_RATE_SECONDS = {"second": 1.0, "minute": 60.0, "hour": 3600.0}
DEFAULT_JOB_RATE = "10/minute"
DEFAULT_MIN_CONFIDENCE = 0.9  # calendars and event feeds list meetings this sure or surer
DEFAULT_MAP_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
DEFAULT_MAP_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'


@dataclass(frozen=True)
class Settings:
    database_url: str
    config_path: Path
    api_token: str | None
    base_url: str
    log_format: str = "text"  # text | json
    metrics_port: int | None = None  # `feed scheduler` serves /metrics here when set
    job_rate: tuple[int, float] | None = (10, 60.0)  # POST /api/jobs: (requests, per seconds); None: no limit
    allow_private_networks: bool = False  # jobs may name private, loopback and link-local URLs
    min_confidence: float = DEFAULT_MIN_CONFIDENCE
    trusted_proxies: tuple[str, ...] = ()  # addresses or networks whose X-Forwarded-For/-Proto are believed
    header_timeout: float = 10.0  # seconds a connection has to send a complete request head
    map_tiles: str | None = DEFAULT_MAP_TILES  # /map's tile URL template; None: outlines only
    map_attribution: str = DEFAULT_MAP_ATTRIBUTION  # HTML shown in the map's corner
    websub: WebSubSettings = field(default_factory=lambda: WebSubSettings())

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        config = env.get("FEED_CONFIG")
        log_format = env.get("FEED_LOG_FORMAT") or "text"
        if log_format not in ("text", "json"):
            raise ConfigError(f"config: FEED_LOG_FORMAT must be text or json (got {log_format!r})")
        header_timeout = env.get("FEED_HEADER_TIMEOUT") or "10"
        if not _positive(header_timeout):
            raise ConfigError(f"config: FEED_HEADER_TIMEOUT must be seconds above 0 (got {header_timeout!r})")
        metrics_port = env.get("FEED_METRICS_PORT") or None
        if metrics_port is not None and not (metrics_port.isdigit() and 0 < int(metrics_port) < 65536):
            raise ConfigError(f"config: FEED_METRICS_PORT must be a port number (got {metrics_port!r})")
        map_tiles, map_attribution = _map_settings(env)
        return cls(
            job_rate=parse_rate(env.get("FEED_JOB_RATE") or DEFAULT_JOB_RATE, "FEED_JOB_RATE"),
            allow_private_networks=parse_flag(env.get("FEED_ALLOW_PRIVATE_NETWORKS"), "FEED_ALLOW_PRIVATE_NETWORKS"),
            database_url=_database_url(env),
            config_path=Path(config) if config else DEMO_SOURCES,
            api_token=_secret(env, "FEED_API_TOKEN") or None,
            base_url=(env.get("FEED_BASE_URL") or DEFAULT_BASE_URL).rstrip("/"),
            log_format=log_format,
            metrics_port=int(metrics_port) if metrics_port else None,
            min_confidence=parse_confidence(env.get("FEED_MIN_CONFIDENCE"), "FEED_MIN_CONFIDENCE"),
            trusted_proxies=parse_networks(env.get("FEED_TRUSTED_PROXIES") or "", "FEED_TRUSTED_PROXIES"),
            header_timeout=float(header_timeout),
            map_tiles=map_tiles,
            map_attribution=map_attribution,
            websub=WebSubSettings.from_env(env),
        )

    def uvicorn_options(self) -> UvicornOptions:
        """What `feed serve` passes to uvicorn: forwarded headers only from trusted proxies (uvicorn
        itself believes 127.0.0.1 by default, so any local client could pick its address), and
        protocols that time out request heads (feed.web.server; the timeout is set per process)."""
        if not self.trusted_proxies:
            return UvicornOptions(proxy_headers=False)
        return UvicornOptions(proxy_headers=True, forwarded_allow_ips=list(self.trusted_proxies))


@dataclass(frozen=True)
class WebSubSettings:
    """The WebSub hub at POST /websub (README, "Pushed updates"): leases, caps, timeouts, outside hubs."""

    lease_default: int = 10 * 86400  # seconds granted when a subscriber asks for no lease
    lease_min: int = 3600
    lease_max: int = 30 * 86400
    max_per_topic: int = 100  # subscriptions (pending and verified) to one topic
    max_per_host: int = 20  # subscriptions whose callbacks are on one host
    timeout: float = 10.0  # seconds for one verification or delivery request
    retry_seconds: float = 60.0  # first wait after a failed delivery; doubles up to a day
    max_attempts: int = 10  # deliveries of one change before it is dropped
    allow_private: bool = False  # callbacks on private, loopback and link-local addresses
    hubs: tuple[str, ...] = ()  # outside hubs, advertised and sent hub.mode=publish on change

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> WebSubSettings:
        env = os.environ if environ is None else environ
        defaults = cls()

        def whole(name: str, default: int, least: int = 1) -> int:
            raw = (env.get(name) or "").strip()
            if not raw:
                return default
            if not (raw.isascii() and raw.isdigit()) or int(raw) < least:
                raise ConfigError(f"config: {name} must be a whole number, {least} or more (got {raw!r})")
            return int(raw)

        lease_min = whole("FEED_WEBSUB_LEASE_MIN", defaults.lease_min)
        lease_max = whole("FEED_WEBSUB_LEASE_MAX", defaults.lease_max)
        lease_default = whole("FEED_WEBSUB_LEASE_SECONDS", defaults.lease_default)
        if not lease_min <= lease_default <= lease_max:
            raise ConfigError(
                "config: FEED_WEBSUB_LEASE_MIN <= FEED_WEBSUB_LEASE_SECONDS <= FEED_WEBSUB_LEASE_MAX must hold "
                f"(got {lease_min}, {lease_default}, {lease_max})"
            )
        timeout = env.get("FEED_WEBSUB_TIMEOUT") or str(defaults.timeout)
        if not _positive(timeout):
            raise ConfigError(f"config: FEED_WEBSUB_TIMEOUT must be seconds above 0 (got {timeout!r})")
        retry = env.get("FEED_WEBSUB_RETRY_SECONDS") or str(defaults.retry_seconds)
        if not _positive(retry):
            raise ConfigError(f"config: FEED_WEBSUB_RETRY_SECONDS must be seconds above 0 (got {retry!r})")
        hubs = tuple(h.strip() for h in (env.get("FEED_WEBSUB_HUBS") or "").split(",") if h.strip())
        for hub in hubs:
            if problem := url_problem(hub):
                raise ConfigError(f"config: FEED_WEBSUB_HUBS: {hub!r}: url {problem}")
        return cls(
            lease_default=lease_default,
            lease_min=lease_min,
            lease_max=lease_max,
            max_per_topic=whole("FEED_WEBSUB_MAX_PER_TOPIC", defaults.max_per_topic),
            max_per_host=whole("FEED_WEBSUB_MAX_PER_HOST", defaults.max_per_host),
            timeout=float(timeout),
            retry_seconds=float(retry),
            max_attempts=whole("FEED_WEBSUB_MAX_ATTEMPTS", defaults.max_attempts),
            allow_private=parse_flag(env.get("FEED_WEBSUB_ALLOW_PRIVATE"), "FEED_WEBSUB_ALLOW_PRIVATE"),
            hubs=hubs,
        )

    def lease(self, asked: int | None) -> int:
        """The lease granted for one asked for (None: the default), within the bounds."""
        return self.lease_default if asked is None else min(max(asked, self.lease_min), self.lease_max)


class UvicornOptions(NamedTuple):
    proxy_headers: bool
    forwarded_allow_ips: list[str] | None = None
    http: str = "feed.web.server:HeaderTimeoutProtocol"  # an import path, loaded in each worker


def _secret(env: Mapping[str, str], name: str) -> str:
    """The value of `name`, or the content of the file `name_FILE` names (a Docker or Kubernetes secret,
    so that the value itself shows in no environment, `docker inspect` or `ps e`), stripped of surrounding
    white space; '' when neither is set. Both set is refused, as the postgres image does."""
    if not env.get(f"{name}_FILE"):
        return env.get(name) or ""
    if env.get(name):
        raise ConfigError(f"config: set {name} or {name}_FILE, not both")
    return _read_secret(env, f"{name}_FILE").strip()


def _read_secret(env: Mapping[str, str], variable: str) -> str:
    path = env[variable]
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else "not UTF-8 text"
        raise ConfigError(f"config: {variable}: cannot read {path}: {reason}") from None


def _database_url(env: Mapping[str, str]) -> str:
    """FEED_DATABASE_URL (or the default), with the password from the file FEED_DATABASE_PASSWORD_FILE names
    put in when that is set (the URL then names the user and no password). Trailing line ends are dropped,
    as the postgres image does with POSTGRES_PASSWORD_FILE, so both can read the same file."""
    url = env.get("FEED_DATABASE_URL") or default_database_url()
    if not env.get("FEED_DATABASE_PASSWORD_FILE"):
        return url
    password = _read_secret(env, "FEED_DATABASE_PASSWORD_FILE").rstrip("\r\n")
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        parsed = None
    if parsed is None or not parsed.username or parsed.password is not None:
        raise ConfigError(
            "config: with FEED_DATABASE_PASSWORD_FILE, FEED_DATABASE_URL names the user and no "
            "password, like postgresql+psycopg://USER@HOST:5432/DB"
        )
    if not password:
        raise ConfigError(f"config: FEED_DATABASE_PASSWORD_FILE: {env['FEED_DATABASE_PASSWORD_FILE']} is empty")
    return parsed.set(password=password).render_as_string(hide_password=False)


def default_database_url() -> str:
    """SQLite in the user's data directory (~/.local/share/feed/feed.db on Linux, which $XDG_DATA_HOME
    moves), so every command finds the same database whatever directory it runs in."""
    from platformdirs import user_data_path

    return f"sqlite:///{user_data_path('feed') / 'feed.db'}"


def create_default_database_folder(url: str) -> None:
    """The user's data directory, when `url` is the default database in it (another URL's folder is the
    user's to make: a mistyped path should fail, not appear)."""
    if url == default_database_url():
        from platformdirs import user_data_path

        user_data_path("feed").mkdir(parents=True, exist_ok=True)


def check_database_url(url: str) -> str:
    """The URL, if SQLAlchemy can parse it and has its driver (a traceback at first use otherwise).
    Checked by the commands that open the database (`feed extract` needs none)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ConfigError(
            "config: FEED_DATABASE_URL is not a database URL like sqlite:///./feed.db or "
            "postgresql+psycopg://USER:PASSWORD@HOST:5432/DB"
        ) from None
    try:
        parsed.get_dialect().import_dbapi()
    except (ArgumentError, ImportError):
        raise ConfigError(
            f"config: FEED_DATABASE_URL names a database SQLAlchemy has no driver for: {parsed.drivername}"
        ) from None
    return url


def _map_settings(env: Mapping[str, str]) -> tuple[str | None, str]:
    """FEED_MAP_TILES (a tile URL template, or `off`) and FEED_MAP_ATTRIBUTION (the tiles' credit, HTML)."""
    tiles = (env.get("FEED_MAP_TILES") or "").strip() or DEFAULT_MAP_TILES
    attribution = (env.get("FEED_MAP_ATTRIBUTION") or "").strip() or DEFAULT_MAP_ATTRIBUTION
    if tiles.lower() in ("off", "none"):
        return None, ""
    if not check_tile_url(tiles):
        raise ConfigError(
            "config: FEED_MAP_TILES must be a tile URL template with {z}, {x} and {y}, like https://"
            f"tile.openstreetmap.org/{{z}}/{{x}}/{{y}}.png or /tiles/{{z}}/{{x}}/{{y}}.png, or off (got {tiles!r})"
        )
    return tiles, attribution


def check_tile_url(template: str) -> bool:
    """An http(s) URL or an absolute path, with {z}, {x} and {y}, and no quote, space or control character."""
    if not all(part in template for part in ("{z}", "{x}", "{y}")) or re.search(r"[\s\"'<>\\\x00-\x1f]", template):
        return False
    return template.startswith(("https://", "http://")) or (template.startswith("/") and not template.startswith("//"))


def parse_networks(text: str, name: str) -> tuple[str, ...]:
    """'10.0.0.1, 10.1.0.0/16' -> ('10.0.0.1', '10.1.0.0/16'); '' -> (); '*': any address."""
    items = tuple(item.strip() for item in text.split(",") if item.strip())
    for item in items:
        if item == "*":
            continue
        try:
            ipaddress.ip_network(item, strict=False)
        except ValueError:
            raise ConfigError(
                f"config: {name} must be IP addresses or networks separated by commas (got {item!r})"
            ) from None
    return items


def parse_rate(text: str, name: str) -> tuple[int, float] | None:
    """'10/minute' -> (10, 60.0); 'off' -> None. Units: second, minute, hour."""
    value = text.strip().lower()
    if value in ("off", "0"):
        return None
    match = _RATE.match(value)
    if not match or int(match.group(1)) == 0:
        raise ConfigError(
            f"config: {name} must be a rate like '10/minute', '1/second' or '100/hour', or 'off' (got {text!r})"
        )
    return int(match.group(1)), _RATE_SECONDS[match.group(2)]


def parse_confidence(text: str | None, name: str) -> float:
    """A confidence threshold between 0 and 1; empty or unset: the default."""
    if text is None or not text.strip():
        return DEFAULT_MIN_CONFIDENCE
    value = confidence_value(text)
    if value is None:
        raise ConfigError(f"config: {name} must be a number from 0 to 1 (got {text!r})")
    return value


def confidence_value(text: str) -> float | None:
    """`text` as a confidence from 0 to 1, or None when it is not one (nan and inf are not)."""
    try:
        value = float(text)
    except ValueError:
        return None
    return value if 0.0 <= value <= 1.0 else None


def _positive(value: str) -> bool:
    try:
        number = float(value)
    except ValueError:
        return False
    return 0 < number < float("inf")


def parse_flag(value: str | None, name: str) -> bool:
    """FEED_…=1/0 (true/false, yes/no, on/off; unset or empty: off): anything else is refused."""
    if value is None or value.strip() == "":
        return False
    if value.strip().lower() in ("1", "true", "yes", "on"):
        return True
    if value.strip().lower() in ("0", "false", "no", "off"):
        return False
    raise ConfigError(f"config: {name} must be 1 or 0 (got {value!r})")


@dataclass(frozen=True)
class SourceConfig:
    key: str
    name: str
    kind: str
    url: str | None = None
    path: Path | None = None
    every: timedelta | None = None
    cron: str | None = None
    timezone: str = DEFAULT_TIMEZONE
    fulltext: bool = False  # kind = "feed": fetch each new item's page (the feed has summaries only)
    selector: str | None = None  # kind = "listing": CSS selector of the article links
    allow_private: bool = False  # may fetch private, loopback and link-local addresses

    @property
    def location(self) -> str:
        return self.url if self.url else str(self.path)

    @property
    def options(self) -> dict[str, object]:
        """What the fetcher needs to know beyond the URL, as stored on the source row."""
        options: dict[str, object] = {}
        if self.fulltext:
            options["fulltext"] = True
        if self.selector:
            options["selector"] = self.selector
        if self.allow_private:
            options["allow_private"] = True
        return options


def parse_every(text: str, where: str = "config") -> timedelta:
    """'30m' -> 30 minutes. Units: s, m, h, d; at most 100 years."""
    match = _EVERY.match(text.strip())
    if not match or int(match.group(1)) == 0:
        raise ConfigError(f"{where}: every = {text!r} is not a positive interval like '30m', '2h', '1d'")
    count = int(match.group(1))
    if len(match.group(1)) > 12 or timedelta(**{_UNITS[match.group(2)]: min(count, 10**8)}) > MAX_EVERY:
        raise ConfigError(f"{where}: every = {text!r} is longer than 100 years")
    return timedelta(**{_UNITS[match.group(2)]: count})


def _read_sources_file(path: Path) -> str:
    """The file's text: UTF-8 and at most MAX_SOURCES_BYTES, else a one-line ConfigError."""
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_SOURCES_BYTES + 1)
            size = max(len(raw), path.stat().st_size)
    except FileNotFoundError:
        raise ConfigError(f"config: sources file {path} does not exist") from None
    except OSError as exc:
        raise ConfigError(f"config: cannot read the sources file {path}: {exc.strerror or exc}") from None
    if len(raw) > MAX_SOURCES_BYTES:
        raise ConfigError(f"config: {path} is {size} bytes, over the {MAX_SOURCES_BYTES}-byte cap of a sources file")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"config: {path} is not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})"
        ) from None


def load_sources(path: Path) -> list[SourceConfig]:
    """Read and validate a sources file. Relative `path`s resolve against its folder."""
    text = _read_sources_file(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config: {path} is not valid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"config: {path} is not valid TOML: its arrays or tables nest too deeply") from None
    entries = data.get("sources", [])
    if not isinstance(entries, list):
        raise ConfigError(f"config: {path}: 'sources' must be an array of tables ([[sources]])")
    if len(entries) > MAX_SOURCES:
        raise ConfigError(f"config: {path} lists {len(entries)} sources, over the cap of {MAX_SOURCES}")
    sources = [_source(entry, path.parent, index) for index, entry in enumerate(entries, 1)]
    keys = [s.key for s in sources]
    duplicated = sorted({k for k in keys if keys.count(k) > 1})
    if duplicated:
        raise ConfigError(f"config: {path}: duplicate source keys: {', '.join(duplicated)}")
    return sources


def _source(entry: object, base: Path, index: int) -> SourceConfig:
    where = f"config: source #{index}"
    if not isinstance(entry, dict):
        raise ConfigError(f"{where} is not a table")
    known = {"key", "name", "kind", "url", "path", "every", "cron", "timezone", "fulltext", "selector", "allow_private"}
    unknown = sorted(set(entry) - known)
    if unknown:
        raise ConfigError(f"{where}: unknown field(s) {', '.join(unknown)}")
    key = entry.get("key")
    if not isinstance(key, str) or not _KEY.match(key):
        raise ConfigError(f"{where}: key must be lower-case letters, digits, '-' or '_' (got {key!r})")
    where = f"config: source {key!r}"
    kind = entry.get("kind", "feed")
    if kind not in SOURCE_KINDS:
        raise ConfigError(f"{where}: kind must be one of {', '.join(SOURCE_KINDS)} (got {kind!r})")
    url, path = entry.get("url"), entry.get("path")
    if kind == "files":
        if not isinstance(path, str):
            raise ConfigError(f"{where}: kind = 'files' needs path = 'FOLDER'")
    elif not isinstance(url, str) and not (kind == "feed" and isinstance(path, str)):
        raise ConfigError(f"{where}: kind = {kind!r} needs url = 'https://...'")
    if isinstance(url, str) and (problem := url_problem(url)):
        shown = "" if "@" in url else f" (got {url!r})"
        raise ConfigError(f"{where}: url {problem}{shown}")
    if "every" in entry and "cron" in entry:
        raise ConfigError(f"{where}: give either every or cron, not both")
    every = parse_every(str(entry["every"]), where) if "every" in entry else None
    cron = entry.get("cron")
    if cron is not None:
        _check_cron(cron, where)
    if every is None and cron is None:
        every = timedelta(hours=1)
    timezone = entry.get("timezone", DEFAULT_TIMEZONE)
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise ConfigError(f"{where}: unknown timezone {timezone!r}") from None
    for flag in ("fulltext", "allow_private"):
        if not isinstance(entry.get(flag, False), bool):
            raise ConfigError(f"{where}: {flag} must be true or false")
    if entry.get("fulltext") and kind != "feed":
        raise ConfigError(f"{where}: fulltext = true only applies to kind = 'feed'")
    selector = entry.get("selector")
    if selector is not None:
        if kind != "listing" or not isinstance(selector, str) or not selector.strip():
            raise ConfigError(f"{where}: selector = 'CSS' only applies to kind = 'listing'")
        _check_selector(selector, where)
    resolved = None
    if isinstance(path, str):
        resolved = Path(path).expanduser()
        resolved = resolved if resolved.is_absolute() else (base / resolved).resolve()
    return SourceConfig(
        key=key,
        name=str(entry.get("name") or key),
        kind=kind,
        url=url if isinstance(url, str) else None,
        path=resolved,
        every=every,
        cron=cron,
        timezone=timezone,
        fulltext=bool(entry.get("fulltext", False)),
        selector=selector.strip() if isinstance(selector, str) else None,
        allow_private=bool(entry.get("allow_private", False)),
    )


def _check_selector(selector: str, where: str) -> None:
    from cssselect import SelectorError
    from lxml.cssselect import CSSSelector

    try:
        CSSSelector(selector)
    except SelectorError as exc:
        raise ConfigError(f"{where}: selector = {selector!r} is not valid CSS: {exc}") from None


def _check_cron(cron: object, where: str) -> None:
    from apscheduler.triggers.cron import CronTrigger

    try:
        CronTrigger.from_crontab(str(cron))
    except ValueError as exc:
        raise ConfigError(f"{where}: cron = {cron!r} is not a crontab expression: {exc}") from None
