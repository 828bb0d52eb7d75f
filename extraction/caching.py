"""Caches of what is computed per sentence text.

Articles from one site share sentences (boilerplate, a paragraph repeated in every release), so a
sentence's money, names and signs are computed once per text. `forget_sentences` drops them all, for a
benchmark whose documents are variations of a few articles and must each be read cold.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

_F = TypeVar("_F", bound=Callable[..., Any])
_CACHES: list[Any] = []

SENTENCES_KEPT = 4096
"""Sentence texts remembered per cache: a few hundred articles' worth."""


def per_sentence(function: _F) -> _F:
    cached = lru_cache(maxsize=SENTENCES_KEPT)(function)
    _CACHES.append(cached)
    return cached  # type: ignore[return-value]


def forget_sentences() -> None:
    """Drop everything computed per sentence text."""
    for cached in _CACHES:
        cached.cache_clear()
