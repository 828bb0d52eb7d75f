"""Deal news written for the feed tests: each article reports one licensing deal between two made-up
companies, so that every article is a distinct deal that never merges with another."""

from __future__ import annotations

_HEADS = ("Orr", "Pell", "Quand", "Var", "Hal", "Bex", "Tav", "Solv", "Corv", "Nim")
_TAILS = ("ina", "oway", "edra", "esto", "cyra", "mont", "rix", "ane", "exa", "brel")
_SUFFIXES = ("Bio", "Therapeutics", "Pharma", "Biosciences", "Medicines")
_TARGETS = ("CD19", "HER2", "KRAS G12C", "TROP2", "PD-L1")


def company(n: int, side: int) -> str:
    """A company name of its own for each article number below 100 and side (0 licensor, 1 licensee)."""
    m = (n * 37 + side * 53) % 100
    name = _HEADS[m // 10] + _TAILS[(m + side * 3) % 10]
    return f"{name} {_SUFFIXES[(n + side) % len(_SUFFIXES)]}"


def headline(n: int) -> str:
    return f"{company(n, 0)} licenses {_TARGETS[n % len(_TARGETS)]} antibody to {company(n, 1)} in ${10 + n}m deal"


def article(n: int) -> str:
    licensor, licensee = company(n, 0), company(n, 1)
    return (
        f"{headline(n)}\n\n"
        f"{licensor} has entered into an exclusive license agreement with {licensee} for the worldwide "
        f"development and commercialisation of its {_TARGETS[n % len(_TARGETS)]} antibody program.\n\n"
        f"Under the terms of the agreement, {licensee} will pay {licensor} an upfront payment of ${10 + n} "
        f"million and up to ${200 + n} million in development and commercial milestones. {licensor} is also "
        "eligible to receive tiered royalties on net sales.\n\n"
        f"{licensee} will be responsible for all further development of the antibody in oncology."
    )


def html_page(n: int) -> str:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in article(n).split("\n\n")[1:])
    return (
        f"<!doctype html><html><head><title>{headline(n)}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>{headline(n)}</h1>{body}</article>"
        "<aside>Related: subscribe to our newsletter for more stories.</aside>"
        "<footer>Copyright Example News</footer></body></html>"
    )
