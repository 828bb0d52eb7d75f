"""Links and shared files of watched messages, over signed HTTP: one that cannot be read, or is read only in
part, is told in the thread with what to do instead; the token goes only to Slack's file host."""

from __future__ import annotations

import json
import logging
import socket
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from bot.feeds.articles import ArticleReader
from bot.feeds.fetch import Fetcher
from extraction.documents import MAX_DOCUMENT_CHARS
from tests.bot.binary_files import pdf
from tests.bot.feeds.server import FeedServer, Route
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.slack.harness import Bot, Clock, seed_text

TS = "1700000001.000001"


@pytest.fixture
def web() -> Iterator[FeedServer]:
    server = FeedServer().start()
    yield server
    server.stop()


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    """The fetcher `dealbot run` uses, private addresses refused."""
    with Fetcher(user_agent="dealbot-test", timeout=2, max_bytes=1_000_000) as opened:
        yield opened


@pytest.fixture
def local_fetcher() -> Iterator[Fetcher]:
    """A fetcher that reads the test server on 127.0.0.1."""
    with Fetcher(user_agent="dealbot-test", timeout=2, max_bytes=1_000_000, allow_private=True) as opened:
        yield opened


def _bot(slack: FakeSlack, database_url: str, clock: Clock, fetcher: Fetcher) -> Bot:
    return Bot(slack, database_url, clock, fetch=ArticleReader(fetcher))


def _message(text: str, **extra: Any) -> dict[str, Any]:
    return {"type": "message", "channel": "C5", "user": "U9", "ts": TS, "event_ts": TS, "text": text,
            "channel_type": "channel", **extra}  # fmt: skip


def _file_share(*files: dict[str, Any], text: str = "") -> dict[str, Any]:
    """A person sharing files, as Slack's `message` event with subtype `file_share` carries it."""
    return _message(text, subtype="file_share", files=list(files), upload=False, display_as_bot=False)


def _thread(slack: FakeSlack) -> list[str]:
    return [
        c.params["text"] + (json.dumps(c.params["blocks"], ensure_ascii=False) if c.params.get("blocks") else "")
        for c in slack.of("chat.postMessage")
        if c.params.get("thread_ts") == TS
    ]


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_an_unreachable_link_alone_gets_a_reply_saying_so(slack, database_url, clock, local_fetcher) -> None:
    url = f"http://127.0.0.1:{_closed_port()}/news/deal"
    bot = _bot(slack, database_url, clock, local_fetcher)
    try:
        assert bot.event(_message(f"<{url}>")).status == 200
        slack.wait_for(lambda: bool(_thread(slack)))
        (reply,) = _thread(slack)
        assert reply.startswith(f"I couldn't read the link `{url}`: the site could not be reached (")
        assert "Paste the article's text here instead, or try the link again later." in reply
        assert bot.store.deals().items == ()
    finally:
        bot.stop()


@pytest.mark.parametrize(
    "url",
    ["http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:8080/news", "http://localhost/news",
     "http://10.0.0.7/news", "http://[::1]/news", "http://[::ffff:127.0.0.1]/x", "http://[::ffff:a9fe:a9fe]/latest"],
)  # fmt: skip
def test_a_private_address_link_is_refused_and_told_without_a_traceback(
    slack, database_url, clock, fetcher, caplog: pytest.LogCaptureFixture, url: str
) -> None:
    caplog.set_level(logging.INFO)
    bot = _bot(slack, database_url, clock, fetcher)
    try:
        bot.event(_message(f"have a look <{url}|this>"))
        slack.wait_for(lambda: bool(_thread(slack)))
        (reply,) = _thread(slack)
        assert f"I couldn't read the link `{url}`: it is not a public address" in reply
        assert "Paste the article's text here instead." in reply
    finally:
        bot.stop()
    assert not [r for r in caplog.records if r.exc_info], [r.getMessage() for r in caplog.records if r.exc_info]


def test_http_errors_and_pdf_links_are_told_and_a_good_link_still_gets_its_card(
    slack, database_url, clock, local_fetcher, web: FeedServer
) -> None:
    gone = web.set("/gone", Route(b"gone", status=404, content_type="text/plain"))
    report = web.set("/report.pdf", Route(pdf(seed_text("002")[:1500]), content_type="application/pdf"))
    good = web.set("/news/carsgen", Route(seed_text("002").encode(), content_type="text/plain"))
    bot = _bot(slack, database_url, clock, local_fetcher)
    try:
        bot.event(_message(f"<{gone}> <{report}> <{good}>"))
        slack.wait_for(lambda: len(_thread(slack)) >= 2)
        card, notices = _thread(slack)
        assert "CARsgen" in card
        first, second = notices.split("\n")
        assert first == (
            f"I couldn't read the link `{gone}`: the site answered HTTP 404. Paste the article's text here instead."
        )
        assert second.startswith(f"I couldn't read the link `{report}`: it is a PDF file, and I read only text or")
        assert [s.ref for s in bot.store.deals().items[0].sources] == [good]
    finally:
        bot.stop()


def test_a_shared_pdf_gets_a_reply_saying_so_and_is_not_downloaded(bot: Bot) -> None:
    file = bot.slack.add_file("F0PDF", "deal.pdf", pdf(seed_text("000")), mimetype="application/pdf", filetype="pdf")
    assert bot.event(_file_share(file)).status == 200
    bot.slack.wait_for(lambda: bool(_thread(bot.slack)))
    (reply,) = _thread(bot.slack)
    assert reply == (
        "I couldn't read the file `deal.pdf`: it is a PDF file, and I read only text or HTML. Paste the article's"
        " text here instead, or its link."
    )
    assert bot.slack.downloads == []
    assert bot.store.deals().items == ()


@pytest.mark.parametrize(
    ("name", "mimetype", "filetype", "why"),
    [("scan.png", "image/png", "png", "it is an image"),
     ("terms.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
      "it is a Word, Excel or ZIP file"),
     ("call.mp4", "video/mp4", "mp4", "it is not a text or HTML file")],
)  # fmt: skip
def test_other_binary_files_are_named(bot: Bot, name: str, mimetype: str, filetype: str, why: str) -> None:
    file = bot.slack.add_file("F0BIN", name, b"\x00\x01binary", mimetype=mimetype, filetype=filetype)
    bot.event(_file_share(file, text="the deal is in here"))
    bot.slack.wait_for(lambda: bool(_thread(bot.slack)))
    assert _thread(bot.slack)[0].startswith(f"I couldn't read the file `{name}`: {why}")


def test_a_text_file_is_downloaded_with_the_token_and_summarized(bot: Bot) -> None:
    file = bot.slack.add_file("F0TXT", "cellectis.txt", seed_text("000").encode(), mimetype="text/plain",
                              filetype="text")  # fmt: skip
    bot.event(_file_share(file))
    bot.slack.wait_for(lambda: bool(_thread(bot.slack)))
    (card,) = _thread(bot.slack)
    assert "Cellectis" in card and "Servier" in card
    assert bot.slack.downloads == [("/files-pri/T1-F0TXT/download/cellectis.txt", "Bearer xoxb-test-token")]
    (stored,) = bot.store.deals().items
    assert [(s.kind, s.ref) for s in stored.sources] == [("slack", f"C5/{TS}/F0TXT")]


def test_a_shared_file_is_dated_by_its_dateline_and_old_news_alerts_nobody(bot: Bot) -> None:
    text = seed_text("000") + "\n\n8 January 2024"
    file = bot.slack.add_file("F0OLD", "cellectis.txt", text.encode(), mimetype="text/plain", filetype="text")
    bot.event(_file_share(file))
    bot.slack.wait_for(lambda: bool(_thread(bot.slack)))
    (card,) = _thread(bot.slack)
    assert "Announced 8 January 2024" in card and "nobody was alerted" in card
    (stored,) = bot.store.deals().items
    assert [(s.ref, s.published) for s in stored.sources] == [(f"C5/{TS}/F0OLD", date(2024, 1, 8))]


def test_a_five_megabyte_file_is_read_to_the_limit_and_the_thread_is_told(bot: Bot) -> None:
    article = seed_text("000")
    body = (article + "\n\n" + "Other news of the week follows. " * 160_000).encode()
    assert len(body) > 5_000_000
    file = bot.slack.add_file("F0BIG", "newsletter.txt", body, mimetype="text/plain", filetype="text")
    bot.event(_file_share(file))
    bot.slack.wait_for(lambda: len(_thread(bot.slack)) >= 2, timeout=60)
    card, notice = _thread(bot.slack)
    assert "Cellectis" in card
    assert notice.startswith(f"I read only the first {MAX_DOCUMENT_CHARS:,} characters of `newsletter.txt` (it has 5,")
    assert notice.endswith("Paste the article alone, or its link, to have all of it read.")


def test_a_file_whose_bytes_are_a_pdf_is_named_by_them(bot: Bot) -> None:
    file = bot.slack.add_file("F0ODD", "article.txt", pdf(seed_text("000")), mimetype="text/plain", filetype="text")
    bot.event(_file_share(file))
    bot.slack.wait_for(lambda: bool(_thread(bot.slack)))
    assert _thread(bot.slack)[0].startswith("I couldn't read the file `article.txt`: it is a PDF file")


def test_the_token_is_sent_only_to_slacks_file_host(bot: Bot, web: FeedServer) -> None:
    elsewhere = web.set("/steal", Route(seed_text("000").encode(), content_type="text/plain"))
    file = {**bot.slack.add_file("F0EXT", "deal.txt", b"x", mimetype="text/plain", filetype="text"),
            "url_private_download": elsewhere.replace("127.0.0.1", "localhost")}  # fmt: skip
    bot.event(_file_share(file))
    bot.slack.wait_for(lambda: bool(_thread(bot.slack)))
    assert "I could not download it from Slack (it is not on Slack's file host)" in _thread(bot.slack)[0]
    assert web.hits("/steal") == []
