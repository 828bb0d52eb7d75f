import pytest

from bot.settings import DEFAULT_DATABASE_URL, Settings

_NAMES = ("DATABASE_URL", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "SLACK_API_URL", "PORT")


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in _NAMES:
        monkeypatch.delenv(name, raising=False)


def test_defaults():
    settings = Settings()
    assert settings.database_url == DEFAULT_DATABASE_URL == "sqlite:///dealbot.sqlite3"
    assert settings.port == 3000
    assert settings.slack_bot_token is None
    assert settings.slack_app_token is None
    assert settings.slack_api_url is None


def test_read_from_the_contract_environment_names(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("DATABASE_URL", "postgresql://db/dealbot")
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-secret-value")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "signing-secret-value")
    monkeypatch.setenv("SLACK_APP_TOKEN", "xapp-secret-value")
    monkeypatch.setenv("SLACK_API_URL", "http://127.0.0.1:8099/api/")
    monkeypatch.setenv("PORT", "8080")
    settings = Settings()
    assert settings.database_url == "postgresql://db/dealbot"
    assert settings.slack_bot_token is not None
    assert settings.slack_bot_token.get_secret_value() == "xoxb-secret-value"
    assert settings.slack_api_url == "http://127.0.0.1:8099/api/"
    assert settings.port == 8080
    shown = f"{settings!r} {settings} {settings.model_dump()}"
    for secret in ("xoxb-secret-value", "signing-secret-value", "xapp-secret-value"):
        assert secret not in shown


def test_the_news_age_limit(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("DEALBOT_NEWS_MAX_AGE_DAYS", raising=False)
    assert Settings().news_max_age_days == 30
    monkeypatch.setenv("DEALBOT_NEWS_MAX_AGE_DAYS", "7")
    assert Settings().news_max_age_days == 7
    monkeypatch.setenv("DEALBOT_NEWS_MAX_AGE_DAYS", "0")
    with pytest.raises(ValueError, match="greater than or equal to 1"):
        Settings()
