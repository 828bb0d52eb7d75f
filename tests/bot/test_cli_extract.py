"""`dealbot extract`: the command as scripts and people call it (CONTRACT.md)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extraction.documents import MAX_DOCUMENT_CHARS
from tests.bot.binary_files import pdf

REPO = Path(__file__).resolve().parents[2]
DEAL = (
    "Kestrel Pharma and Norvane Bio have entered into an exclusive license agreement for NB-1. "
    "Kestrel will pay Norvane $10 million upfront and up to $90 million in milestones."
)


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "extract", *args], input=stdin, capture_output=True, cwd=REPO, timeout=120
    )


def test_json_line_per_input_in_order(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(DEAL)
    b = tmp_path / "b.txt"
    b.write_text("Norvane Bio reports positive topline results\n\nThe trial met its primary endpoint.")
    done = run("--json", str(a), str(b))
    assert done.returncode == 0, done.stderr
    lines = [json.loads(x) for x in done.stdout.decode().splitlines()]
    assert [x["file"] for x in lines] == [str(a), str(b)]
    assert lines[0]["is_deal"] is True
    assert lines[0]["deal"]["upfront"] == {"amount": 10000000.0, "currency": "USD", "usd": 10000000.0}
    assert lines[0]["deal"]["total_value"]["amount"] == 100000000.0
    assert set(lines[0]["deal"]) >= {
        "parties", "deal_types", "modalities", "upfront", "milestones", "total_value", "equity", "royalties",
        "assets", "targets", "indications", "territory", "stage", "undisclosed", "evidence",
    }
    assert lines[1] == {"file": str(b), "is_deal": False, "deal": None}


def test_bad_inputs_get_an_error_line_and_the_rest_still_run(tmp_path):
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 10)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_text(DEAL)
    missing = tmp_path / "missing.txt"
    done = run("--json", str(junk), str(empty), str(missing), str(good))
    assert done.returncode == 1
    lines = [json.loads(x) for x in done.stdout.decode().splitlines()]
    assert [x["file"] for x in lines] == [str(junk), str(empty), str(missing), str(good)]
    assert "binary" in lines[0]["error"]
    assert "empty" in lines[1]["error"]
    assert "No such file" in lines[2]["error"]
    assert lines[3]["is_deal"] is True
    assert b"Traceback" not in done.stderr


def test_stdin_is_read_with_a_dash():
    done = run("--json", "-", stdin=DEAL.encode())
    assert done.returncode == 0
    assert json.loads(done.stdout)["file"] == "-"


def test_readable_summary_without_json(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(DEAL)
    done = run(str(a))
    out = done.stdout.decode()
    assert done.returncode == 0
    assert "Kestrel Pharma ⇄ Norvane Bio" in out
    assert "upfront" in out and "$10m" in out
    assert "total value" in out and "$100m" in out


def test_a_five_megabyte_paste_is_handled_and_the_cut_is_told_on_stderr(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes((DEAL + "\n").encode() * 30_000)
    assert big.stat().st_size > 5_000_000
    done = run("--json", str(big), "-", stdin=(DEAL + "\n").encode() * 30_000)
    assert done.returncode == 0
    assert [json.loads(line)["is_deal"] for line in done.stdout.splitlines()] == [True, True]
    notices = done.stderr.decode().splitlines()
    assert len(notices) == 2, notices
    for name, line in zip((str(big), "-"), notices, strict=True):
        assert line.startswith(f"dealbot extract: {name}: only its first {MAX_DOCUMENT_CHARS:,} characters (of ")
        assert "give each article in a file of its own" in line


def test_an_article_within_the_limit_gets_no_notice(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(DEAL)
    assert run("--json", str(a)).stderr == b""


@pytest.mark.parametrize(
    ("data", "error"),
    [
        pytest.param(pdf(DEAL), "a PDF file: dealbot reads text or HTML; save the article as text", id="pdf-text"),
        pytest.param(pdf(DEAL, compressed=True), "a PDF file: dealbot reads text or HTML", id="pdf-compressed"),
        pytest.param(b"PK\x03\x04\x14\x00\x06\x00word/document.xml" + DEAL.encode(), "a Word, Excel or ZIP file",
                     id="docx"),
        pytest.param(b"\x00\x01\x02" + DEAL.encode(), "binary data, not text", id="nul-bytes"),
    ],
)  # fmt: skip
def test_a_pdf_or_other_binary_file_is_an_error_line_not_a_non_deal(tmp_path, data, error):
    saved = tmp_path / "article.bin"
    saved.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text(DEAL)
    done = run("--json", str(saved), str(good))
    assert done.returncode == 1
    first, second = (json.loads(line) for line in done.stdout.splitlines())
    assert set(first) == {"file", "error"} and first["file"] == str(saved)
    assert first["error"].startswith(error)
    assert second["is_deal"] is True
    assert b"Traceback" not in done.stderr


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252"])
def test_other_encodings(tmp_path, encoding):
    f = tmp_path / "enc.txt"
    f.write_bytes(DEAL.replace("Norvane", "Norvané").encode(encoding))
    done = run("--json", str(f))
    assert done.returncode == 0
    assert json.loads(done.stdout)["is_deal"] is True


def test_an_article_whose_extraction_fails_gets_an_error_line_and_the_batch_goes_on(tmp_path, monkeypatch, capsys):
    # extract() is meant never to raise; if it does, the one file is reported and the others are still read
    import argparse

    from bot.commands import extract as command

    real = command.extract

    def failing(text: str, **options):
        if "POISON" in text:
            raise IndexError("string index out of range")
        return real(text, **options)

    monkeypatch.setattr(command, "extract", failing)
    bad = tmp_path / "bad.txt"
    bad.write_text("POISON " + DEAL)
    good = tmp_path / "good.txt"
    good.write_text(DEAL)
    status = command.run(argparse.Namespace(paths=[str(bad), str(good)], json=True))
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert status == 1
    assert lines[0] == {"file": str(bad), "error": "extraction failed: IndexError: string index out of range"}
    assert lines[1]["is_deal"] is True


def test_explain_names_the_rule_and_sentence_of_each_figure(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(DEAL)
    done = run("--explain", str(a))
    out = done.stdout.decode()
    assert done.returncode == 0, done.stderr
    assert "$10 million: upfront [cue-after]" in out
    assert "$90 million (up to): milestones [cue-after]" in out
    assert "“Kestrel will pay Norvane $10 million upfront" in out
    assert "total_value <- implied-total" in out


def test_explain_with_json_keeps_stdout_to_the_json_lines(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(DEAL)
    done = run("--json", "--explain", str(a))
    assert json.loads(done.stdout)["is_deal"] is True
    assert b"[cue-after]" in done.stderr


def test_extract_loads_no_database_or_slack_code(tmp_path):
    # a script calling `dealbot extract` once per file pays for the extractor alone
    article = tmp_path / "a.txt"
    article.write_text(DEAL)
    probe = (
        "import sys; from bot.cli import main; main(['extract', '--json', sys.argv[1]]); "
        "print(sorted(m for m in ('sqlalchemy', 'slack_sdk', 'slack_bolt', 'apscheduler') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe, str(article)], capture_output=True, cwd=REPO, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().splitlines()[-1] == "[]"


def test_help_still_lists_every_command():
    done = subprocess.run([sys.executable, "-m", "bot.cli", "--help"], capture_output=True, cwd=REPO, timeout=120)
    listed = done.stdout.decode()
    for command in ("extract", "companies", "ingest", "deals", "corrections", "sources", "run", "demo"):
        assert f"    {command}" in listed
