"""Pure deal extraction: article text in, validated `Extraction` out.

No Slack, no database, no network: everything here is a function of its arguments.
"""

from extraction.models import Deal, Extraction, Money, Party, Royalties
from extraction.pipeline import Extractor, extract

__all__ = ["Deal", "Extraction", "Extractor", "Money", "Party", "Royalties", "extract"]
