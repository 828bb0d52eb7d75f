"""How news text writes money: currency signs, codes and words, and the scale words after a number.

Sources:
- ISO 4217 (currency codes, maintained by SIX Financial Information for ISO): the codes below and the
  currency each word or sign stands for.
- Common usage in English-language business and trade press (Reuters, Fierce Biotech, Endpoints,
  BioSpace, company press releases): the signs written before a number (`US$`, `HK$`, `C$`, `A$`, `€`,
  `£`, `₩`, `₹`, `Rs`), the words written after it (`euros`, `pounds sterling`, `yuan`, `won`, `crore`),
  and the scale abbreviations (`m`, `mn`, `mln`, `bn`, `B`, `Mio.`, `Mrd.`).
- Indian numbering (crore = 10,000,000; lakh = 100,000), as used by the Reserve Bank of India.

Readings chosen where a sign or word is shared by several currencies:
- `$` and `dollars` alone are US dollars; other dollars carry their own prefix (`HK$`, `C$`, `A$`, ...).
- `¥` alone is the Japanese yen unless the same text names the Chinese currency (see `money.py`);
  `CN¥`, `RMB¥` and `RMB ¥` are always yuan, `JP¥` always yen.
- `kroner`/`krone` alone are Danish (Denmark is where most biopharma kroner deals are written);
  `kronor`/`krona` are Swedish; the Norwegian krone is read only from `NOK` or `Norwegian krone(r)`;
  `crowns` (the English name) only with its country (`Swedish crowns`).
- `pounds`, `won`, `francs` and `rand` are also ordinary words (weight, the verb "won", ...), so they
  are read as money only after a scale word ("130 million pounds", "535 billion won").
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

# Signs (and codes glued to a sign) written before the number -> ISO 4217 code.
# Exact spelling, case-sensitive. "¥" is the yen here; money.py may read it as yuan (see above).
PREFIX_SIGNS: Final = MappingProxyType(
    {
        "$": "USD",
        "US$": "USD",
        "US $": "USD",
        "U.S.$": "USD",
        "U.S. $": "USD",
        "USD$": "USD",
        "USD $": "USD",
        "€": "EUR",
        "£": "GBP",
        "¥": "JPY",
        "￥": "JPY",
        "JP¥": "JPY",
        "CN¥": "CNY",
        "RMB¥": "CNY",
        "RMB ¥": "CNY",
        "₩": "KRW",
        "₹": "INR",
        "Rs.": "INR",
        "Rs": "INR",
        "HK$": "HKD",
        "HKD$": "HKD",
        "HKD $": "HKD",
        "C$": "CAD",
        "CA$": "CAD",
        "CAD$": "CAD",
        "CAD $": "CAD",
        "Can$": "CAD",
        "A$": "AUD",
        "AU$": "AUD",
        "AUD$": "AUD",
        "AUD $": "AUD",
        "NZ$": "NZD",
        "S$": "SGD",
        "SG$": "SGD",
        "NT$": "TWD",
        "R$": "BRL",
        "MX$": "MXN",
        "Mex$": "MXN",
        "SFr.": "CHF",
        "SFr": "CHF",
        "₪": "ILS",
    }
)

# Three-letter codes written before or after the number (uppercase, as written) -> ISO 4217 code.
# Left out: codes that are also common capitalised words or drug-code prefixes (SAR, TRY, PHP).
CODES: Final = MappingProxyType(
    {
        "USD": "USD",
        "EUR": "EUR",
        "GBP": "GBP",
        "CNY": "CNY",
        "RMB": "CNY",
        "CNH": "CNY",
        "JPY": "JPY",
        "CHF": "CHF",
        "KRW": "KRW",
        "DKK": "DKK",
        "SEK": "SEK",
        "NOK": "NOK",
        "CAD": "CAD",
        "AUD": "AUD",
        "NZD": "NZD",
        "INR": "INR",
        "HKD": "HKD",
        "SGD": "SGD",
        "TWD": "TWD",
        "BRL": "BRL",
        "MXN": "MXN",
        "ZAR": "ZAR",
        "ILS": "ILS",
        "PLN": "PLN",
        "CZK": "CZK",
        "HUF": "HUF",
        "RUB": "RUB",
        "THB": "THB",
        "MYR": "MYR",
        "IDR": "IDR",
        "VND": "VND",
        "AED": "AED",
        "ISK": "ISK",
    }
)

# The codes of dollars other than the US one: after a bare "$" such a code says which dollar it is ("$5 million CAD").
DOLLAR_CODES: Final = frozenset({"CAD", "AUD", "NZD", "HKD", "SGD", "TWD"})

# Words (and the signs some European writers put after the number: "10 M€", "25 Mio. €") written after
# the number, matched case-insensitively, longest first -> ISO 4217 code.
SUFFIX_WORDS: Final = MappingProxyType(
    {
        "us dollars": "USD",
        "us dollar": "USD",
        "u.s. dollar": "USD",
        "u.s. dollars": "USD",
        "american dollars": "USD",
        "dollars": "USD",
        "dollar": "USD",
        "hong kong dollars": "HKD",
        "hong kong dollar": "HKD",
        "canadian dollars": "CAD",
        "canadian dollar": "CAD",
        "australian dollars": "AUD",
        "australian dollar": "AUD",
        "new zealand dollars": "NZD",
        "new zealand dollar": "NZD",
        "singapore dollars": "SGD",
        "singapore dollar": "SGD",
        "new taiwan dollars": "TWD",
        "new taiwan dollar": "TWD",
        "taiwan dollars": "TWD",
        "euros": "EUR",
        "euro": "EUR",
        "pounds sterling": "GBP",
        "pound sterling": "GBP",
        "british pounds": "GBP",
        "british pound": "GBP",
        "sterling": "GBP",
        "pounds": "GBP",
        "chinese yuan": "CNY",
        "yuan renminbi": "CNY",
        "yuan": "CNY",
        "renminbi": "CNY",
        "japanese yen": "JPY",
        "yen": "JPY",
        "south korean won": "KRW",
        "korean won": "KRW",
        "won": "KRW",
        "swiss francs": "CHF",
        "swiss franc": "CHF",
        "francs": "CHF",
        "danish kroner": "DKK",
        "danish krone": "DKK",
        "kroner": "DKK",
        "krone": "DKK",
        "swedish kronor": "SEK",
        "swedish krona": "SEK",
        "kronor": "SEK",
        "krona": "SEK",
        "norwegian kroner": "NOK",
        "norwegian krone": "NOK",
        # the English name of the three crowns, read only with the country ("69.4 billion Swedish crowns")
        "swedish crowns": "SEK",
        "danish crowns": "DKK",
        "norwegian crowns": "NOK",
        "indian rupees": "INR",
        "rupees": "INR",
        "rupee": "INR",
        "brazilian reais": "BRL",
        "reais": "BRL",
        "mexican pesos": "MXN",
        "south african rand": "ZAR",
        "rand": "ZAR",
        "shekels": "ILS",
        "new israeli shekels": "ILS",
        "zloty": "PLN",
        "€": "EUR",
        "£": "GBP",
    }
)

# Suffix words that are also ordinary English words: money only after a scale word.
AMBIGUOUS_SUFFIX_WORDS: Final = frozenset({"pounds", "won", "francs", "rand", "sterling"})

# Signs shared by the yen and the yuan (the second is the full-width form used in East Asian text).
YEN_OR_YUAN_SIGNS: Final = frozenset({"¥", "￥"})
# Words that, anywhere in the same text, mean a bare "¥" is the Chinese yuan (when no yen word appears).
YUAN_MARKERS: Final = ("RMB", "CNY", "yuan", "renminbi", "Renminbi", "Yuan")
YEN_MARKERS: Final = ("JPY", "yen", "Yen")

# Scale words after a number -> the power of ten they multiply by.
# Words (any case, optional plural "s"): written with or without a space before them.
SCALE_WORDS: Final = MappingProxyType(
    {
        "thousand": 3,
        "million": 6,
        "billion": 9,
        "trillion": 12,
        "lakh": 5,
        "lac": 5,
        "crore": 7,
        "lakh crore": 12,
    }
)
# Abbreviations (case-sensitive as listed): written with or without a space before them.
SCALE_ABBREVIATIONS: Final = MappingProxyType(
    {
        "mn": 6,
        "Mn": 6,
        "mln": 6,
        "Mln": 6,
        "MLN": 6,
        "mio.": 6,
        "Mio.": 6,
        "mio": 6,
        "Mio": 6,
        "bn": 9,
        "Bn": 9,
        "BN": 9,
        "bln": 9,
        "Bln": 9,
        "Mrd.": 9,
        "Mrd": 9,
        "tn": 12,
        "trn": 12,
        "cr": 7,
        "Cr": 7,
    }
)
# Single letters: only glued to the number ("$10m", "$2.5B", "$250k"), never after a space.
SCALE_LETTERS: Final = MappingProxyType(
    {
        "k": 3,
        "K": 3,
        "m": 6,
        "M": 6,
        "MM": 6,
        "mm": 6,
        "b": 9,
        "B": 9,
    }
)


# Japanese, Korean and Chinese myriad scales, written after the number in the local script (and "oku" romanised):
# "50億円" (5 billion yen), "30억원" (3 billion won), "1조 3000억원" (1.3 trillion won), "300 oku yen".
EAST_ASIAN_SCALES: Final = MappingProxyType({"万": 4, "만": 4, "億": 8, "억": 8, "oku": 8, "兆": 12, "조": 12})
# The currency written after such a number -> ISO 4217 code.
EAST_ASIAN_CURRENCY_WORDS: Final = MappingProxyType(
    {"円": "JPY", "yen": "JPY", "원": "KRW", "won": "KRW", "ウォン": "KRW", "元": "CNY", "yuan": "CNY", "ドル": "USD",
     "달러": "USD", "美元": "USD", "ユーロ": "EUR", "유로": "EUR"}
)

SCALED_CODE_CURRENCIES: Final = frozenset({"SEK", "DKK", "NOK", "ISK", "EUR", "USD", "CHF", "GBP"})
"""Codes written with a scale letter before them in Nordic releases and trade reports: "MSEK 500" (SEK 500
million), "BSEK 1.2", "500 MEUR" (Swedish and Danish financial reporting style)."""
