"""dealbot's application side: command line, Slack app, scheduling, storage and delivery."""
