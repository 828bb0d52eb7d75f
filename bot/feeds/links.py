"""One URL per article: aggregator redirect links unwrapped and tracking parameters dropped.

Alert feeds (Google Alerts, Bing News, ...) link to articles through their own redirect URL, with the
article's address in a query parameter (`https://www.google.com/url?...&url=https://...`), different for
every alert. `canonical_url` returns the article's own address, so that the same article reached
through two alerts, or through an alert and a trade-press feed, is recognised as the same item.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_WRAPPERS: dict[str, tuple[str, ...]] = {
    "google.com/url": ("url", "q"),
    "news.google.com/url": ("url", "q"),
    "bing.com/news/apiclick.aspx": ("url",),
    "bing.com/ck/a": ("u",),
    "l.facebook.com/l.php": ("u",),
    "lm.facebook.com/l.php": ("u",),
    "linkedin.com/redir/redirect": ("url",),
    "t.umblr.com/redirect": ("z",),
    "out.reddit.com": ("url",),
}
"""host (without `www.`) + path -> the query parameters that may hold the article's URL."""
_TRACKING_PREFIXES = ("utm_", "mc_", "_hs", "hsa_")
_TRACKING = frozenset({"fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "ref_src", "cmpid", "ncid"})
_MAX_UNWRAP = 3


def canonical_url(url: str) -> str:
    """The article's own URL: wrappers unwrapped, tracking parameters and the fragment dropped, the scheme
    and host lower-cased, default ports removed, an IPv6 host kept in its brackets."""
    url = url.strip()
    for _ in range(_MAX_UNWRAP):
        inner = _unwrapped(url)
        if inner is None:
            break
        url = inner
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        return url
    host = (parts.hostname or "").lower()
    if ":" in host:  # an IPv6 address keeps its brackets (`hostname` drops them)
        host = f"[{host}]"
    port = parts.port
    if port is not None and (parts.scheme.lower(), port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in _TRACKING and not k.lower().startswith(_TRACKING_PREFIXES)
    ]
    return urlunsplit((parts.scheme.lower(), host, parts.path or "/", urlencode(query, doseq=True), ""))


def _unwrapped(url: str) -> str | None:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    names = _WRAPPERS.get(f"{host}{path}")
    if names is None:
        names = _WRAPPERS.get(host) if not path else None
    if names is None:
        return None
    params = dict(parse_qsl(parts.query, keep_blank_values=True))
    for name in names:
        inner = params.get(name, "")
        if inner.lower().startswith(("http://", "https://")):
            return inner
    return None
