"""dealbot's configuration: one pydantic-settings class read from the environment.

Environment names are those of CONTRACT.md: `DATABASE_URL`, `SLACK_BOT_TOKEN`, `SLACK_SIGNING_SECRET`,
`SLACK_APP_TOKEN`, `SLACK_API_URL`, `PORT`; dealbot's own settings are read under `DEALBOT_` names
(`DEALBOT_NEWS_MAX_AGE_DAYS`, `DEALBOT_CORRECTORS`). Tokens are `SecretStr`, so printing or logging the settings
never shows them.
"""

from __future__ import annotations

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite:///dealbot.sqlite3"


class Settings(BaseSettings):
    """Everything dealbot reads from its environment."""

    model_config = SettingsConfigDict(case_sensitive=False, extra="ignore", frozen=True)

    database_url: str = DEFAULT_DATABASE_URL
    """SQLAlchemy URL; the default is an SQLite file in the working folder."""
    slack_bot_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    """When set, the Slack app connects in Socket Mode instead of serving HTTP."""
    slack_api_url: str | None = None
    """Base URL of the Slack Web API (tests and proxies); None means Slack's own."""
    port: int = 3000
    feed_user_agent: str = "dealbot/0.1 (biopharma deal alerts; feed reader)"
    """The User-Agent sent when polling feeds and pages and fetching their articles."""
    feed_timeout_seconds: float = 20.0
    """Longest a feed, page or article fetch may take, from connecting to the last byte."""
    feed_max_bytes: int = 5_000_000
    """Largest body read from a feed, page or article (after decompression); larger ones are refused."""
    feed_allow_private_addresses: bool = False
    """Let sources and their articles be on loopback or private networks (tests, an intranet news feed)."""
    poll_workers: int = 4
    """Sources polled at once by one `dealbot run` process."""
    storage_check_seconds: float = 5.0
    """How often `dealbot run` checks that its SQLite file is still there (it exits, status 3, when not)."""
    delivery_channel_interval_seconds: float = 1.0
    """Least time between two posts to one channel, after a short burst (Slack's chat.postMessage pace)."""
    news_max_age_days: int = Field(
        default=30, ge=1, validation_alias=AliasChoices("dealbot_news_max_age_days", "news_max_age_days")
    )
    """News whose article is older than this many days is stored and summarised but alerts nobody
    (`bot.freshness`); env `DEALBOT_NEWS_MAX_AGE_DAYS`."""
    correctors: str = Field(default="", validation_alias=AliasChoices("dealbot_correctors", "correctors"))
    """Who may correct deals from Slack: comma-separated user ids (`U…`, `W…`) and user-group ids (`S…`);
    empty lets anyone in the workspace; env `DEALBOT_CORRECTORS`."""

    def corrector_ids(self) -> tuple[str, ...]:
        """`correctors` as ids, in order, each once."""
        return tuple(dict.fromkeys(x.strip() for x in self.correctors.split(",") if x.strip()))
