"""One module per `dealbot` subcommand; each exposes `register(subparsers)`."""
