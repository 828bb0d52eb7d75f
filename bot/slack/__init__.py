"""The Slack side of dealbot: `/deals`, watched channels, alerts, App Home, cards (built by `bot.app`)."""
