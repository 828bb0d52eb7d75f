"""Pure deal extraction: article text in, validated `Extraction` out.

No Slack, no database, no network: everything here is a function of its arguments.
"""

from extraction.models import Deal, Extraction, Money, Party, Royalties

__all__ = ["Deal", "Extraction", "Money", "Party", "Royalties"]
