"""Company names: one entity per company.

- `normalize`: the display name, comparison key and distinctive core of one written form;
- `CompanyRegistry`: known companies with their aliases (built-in data plus run-time additions),
  resolution of a name to one entity, and mentions of known companies in free text;
- `group_names`: the canonical company of each name of one batch, folding the spellings of a company;
- `context.resolve_in_text`: which company a name of several companies ("Merck") means in one article,
  by the cues `shared_names` declares.
"""

from extraction.companies.grouping import group_names
from extraction.companies.normalize import CompanyName, is_company_name, is_place, normalize
from extraction.companies.registry import CompanyRegistry, Entity, Mention, Resolution

__all__ = [
    "CompanyName", "CompanyRegistry", "Entity", "Mention", "Resolution", "group_names", "is_company_name", "is_place",
    "normalize",
]  # fmt: skip
