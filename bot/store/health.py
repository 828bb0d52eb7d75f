"""Storage health: the database is checked when it is opened and before every statement, so that a fault
is a typed error (`StorageUnavailable`) instead of a lost write.

- **On open**: a write probe (an UPDATE that changes nothing, rolled back) tells whether the database takes
  writes; for an SQLite file, `PRAGMA quick_check` must answer `ok` (about 0.3 s on a 150 MB file of
  100,000 deals), and the file's device and inode are remembered.
- **Before each statement** on an SQLite file: the path must still name the file that was opened (one
  `os.stat`, about 3 µs, against 1.7 ms for a subscription written). A file deleted or replaced under the
  running process would otherwise keep taking writes into the deleted inode, all gone at the next start;
  a new connection would quietly create an empty database. Neither happens: the statement, or the
  connection, is refused.
- **Database errors** that mean the storage itself is at fault (read-only, disk full, corrupt, I/O error,
  server unreachable, a lock held past the busy timeout) are raised as `StorageUnavailable` with a
  `reason`; others pass unchanged.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

Reason = Literal["read_only", "gone", "replaced", "corrupt", "full", "io_error", "denied", "unreachable", "busy"]
FILE_LOST: frozenset[Reason] = frozenset({"gone", "replaced"})
"""Reasons that mean the process's database is no longer the one on disk: nothing it writes would last."""

_DESCRIPTIONS: dict[Reason, str] = {
    "read_only": "the database is read-only",
    "gone": "the database file is gone",
    "replaced": "the database file was replaced by another file",
    "corrupt": "the database file is damaged",
    "full": "the disk is full",
    "io_error": "the disk could not be written",
    "denied": "the database refuses writes (permission denied)",
    "unreachable": "the database server cannot be reached",
    "busy": "the database stayed locked by another process",
}
_SQLITE_REASONS: dict[str, Reason] = {
    "SQLITE_READONLY": "read_only",
    "SQLITE_CORRUPT": "corrupt",
    "SQLITE_NOTADB": "corrupt",
    "SQLITE_FULL": "full",
    "SQLITE_IOERR": "io_error",
    "SQLITE_CANTOPEN": "gone",
    "SQLITE_PERM": "denied",
    "SQLITE_BUSY": "busy",  # after the 30 s busy timeout
    "SQLITE_LOCKED": "busy",
}
_PG_REASONS: dict[str, Reason] = {
    "25006": "read_only", "53100": "full", "42501": "denied", "XX001": "corrupt", "55P03": "busy",
}  # fmt: skip
_log = logging.getLogger("dealbot.store.health")


class StorageUnavailable(Exception):
    """The database cannot be used as it should: `reason` says why. Nothing was written by the operation
    that raised it."""

    def __init__(self, reason: Reason, detail: str = "") -> None:
        self.reason: Reason = reason
        self.detail = detail
        super().__init__(describe(reason) + (f" ({detail})" if detail else ""))

    @property
    def file_lost(self) -> bool:
        return self.reason in FILE_LOST


def describe(reason: Reason) -> str:
    return _DESCRIPTIONS[reason]


def classify(error: BaseException) -> Reason | None:
    """The storage fault a database error stands for, or None when it is no storage fault (a constraint,
    a bad query: the caller's to handle)."""
    original = error.orig if isinstance(error, DBAPIError) else error
    if isinstance(original, sqlite3.Error):
        name = getattr(original, "sqlite_errorname", "") or ""
        for prefix, reason in _SQLITE_REASONS.items():
            if name == prefix or name.startswith(prefix + "_"):
                return reason
        if "readonly database" in str(original):
            return "read_only"
        return None
    sqlstate = getattr(original, "sqlstate", None)
    if isinstance(sqlstate, str):
        if sqlstate in _PG_REASONS:
            return _PG_REASONS[sqlstate]
        if sqlstate.startswith("08") or sqlstate in ("57P01", "57P02", "57P03"):
            return "unreachable"
        return None
    if isinstance(error, DBAPIError) and error.connection_invalidated:
        return "unreachable"
    if type(original).__name__ == "OperationalError" and type(original).__module__.startswith("psycopg"):
        return "unreachable"  # no SQLSTATE: the connection itself failed
    return None


@dataclass(frozen=True)
class FileIdentity:
    device: int
    inode: int

    @classmethod
    def of(cls, path: str) -> FileIdentity | None:
        try:
            found = os.stat(path)
        except FileNotFoundError:
            return None
        return cls(found.st_dev, found.st_ino)


def sqlite_path(engine: Engine) -> str | None:
    """The file an SQLite engine opens (None for PostgreSQL and in-memory databases)."""
    url = engine.url
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database or ""
    if database.startswith("file:"):  # a URI filename (`?uri=true`): file:/path?mode=ro
        database = database.removeprefix("file:").split("?", 1)[0]
    if database in ("", ":memory:") or url.query.get("mode") == "memory":
        return None
    return os.path.abspath(database)


class StorageHealth:
    """What was found when the database was opened, and the check before each statement."""

    def __init__(self, engine: Engine) -> None:
        self.path = sqlite_path(engine)
        self.writable = True
        self.read_only_reason: Reason | None = None
        self._identity: FileIdentity | None = None
        self._opened(engine)
        if self.path is not None:
            sa.event.listen(engine, "do_connect", self._before_connect)
            sa.event.listen(engine, "before_cursor_execute", self._before_statement)

    def _opened(self, engine: Engine) -> None:
        try:
            with engine.connect() as connection:
                if self.path is not None:
                    self._identity = FileIdentity.of(self.path)
                    if self._identity is None:
                        raise StorageUnavailable("gone", self.path)
                    found = [row[0] for row in connection.execute(sa.text("PRAGMA quick_check")).fetchall()]
                    if found != ["ok"]:
                        raise StorageUnavailable("corrupt", "; ".join(map(str, found))[:300])
                    connection.rollback()
                try:
                    connection.execute(sa.text("UPDATE alembic_version SET version_num = version_num WHERE 1 = 0"))
                except DBAPIError as error:
                    reason = classify(error)
                    if reason not in ("read_only", "denied"):
                        raise
                    self.writable, self.read_only_reason = False, reason
                finally:
                    connection.rollback()
        except DBAPIError as error:
            reason = classify(error)
            if reason is None:
                raise
            raise StorageUnavailable(reason, str(error.orig).splitlines()[0][:300]) from error

    def check(self) -> None:
        """Raise `StorageUnavailable` when the database file is no longer the one that was opened."""
        if self.path is None or self._identity is None:
            return
        now = FileIdentity.of(self.path)
        if now is None:
            raise StorageUnavailable("gone", self.path)
        if now != self._identity:
            raise StorageUnavailable("replaced", self.path)

    def _before_connect(self, _dialect: Any, _record: Any, _cargs: Any, _cparams: Any) -> None:
        self.check()  # else SQLite would make a new, empty file where the database was

    def _before_statement(self, *_args: Any) -> None:
        self.check()
