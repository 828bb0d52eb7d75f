"""Short names that several known companies go by, and the words of an article that tell which one it means.

"Merck" alone is Merck & Co. (Rahway, New Jersey; MSD outside the US and Canada) or Merck KGaA
(Darmstadt, Germany; EMD in the US and Canada). The registry finds such a name ambiguous
(`CompanyRegistry.senses`), and `extraction.companies.context` reads the article for these cues.

Rules of the table:
- `SharedName.name` is the short name as news writes it; it is matched by its distinctive core
  (`normalize`), so "Merck" also covers "Merck Research Laboratories", which is no alias of either.
- Each `Sense` names one company by its canonical registry name, with the cues that point to it and to
  no other company of the name: its seat and former seats, the names it trades under in other countries,
  its best-known products. A registered alias of the company ("MSD", "EMD Serono") is a cue anyway
  (`context`); it is repeated here only where the table would read wrong without it.
- Cues are whole words of the article: one written in capitals of five letters or fewer ("MSD", "EMD")
  only as written, the others in any case ("RAHWAY, N.J." in a dateline).
- A declared name is never settled by the registry's own rules (it stays ambiguous there); only the
  article decides.

Sources (the companies' own press releases and websites):
- Merck & Co.: the closing paragraph of its press releases ("Merck & Co., Inc., Rahway, N.J., USA, known
  as MSD outside of the United States and Canada"); its head office was in Kenilworth, N.J., before Rahway,
  and in Whitehouse Station, N.J., before that; products Keytruda (pembrolizumab), Gardasil, Januvia,
  Winrevair.
- Merck KGaA: the closing paragraph of its press releases ("Merck KGaA, Darmstadt, Germany ... operates
  as EMD Serono in healthcare, MilliporeSigma in life science and EMD Electronics" in the US and Canada);
  products Bavencio (avelumab), Mavenclad, Tepmetko.
- Sumitomo Pharma: formerly Sumitomo Dainippon Pharma (renamed in 2022); its US business, Sumitomo Pharma
  America, took in Sunovion, Myovant and Sumitovant; products Latuda (lurasidone), Orgovyx, Gemtesa.
- Sumitomo Chemical: its agro business trades as Valent U.S.A. and Valent BioSciences; it also makes
  petrochemicals and agrochemicals.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Sense(BaseModel):
    """One company a shared name may mean, and the cues in an article that say it does."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    company: str = Field(description="the company's canonical name in the registry")
    cues: tuple[str, ...] = Field(min_length=1, description="words of an article that point to it alone")


class SharedName(BaseModel):
    """A short name of several companies ("Merck"), with what tells each of them."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    senses: tuple[Sense, ...] = Field(min_length=2)


SHARED_NAMES: tuple[SharedName, ...] = (
    SharedName(
        name="Merck",
        senses=(
            Sense(
                company="Merck & Co.",
                cues=(
                    "Rahway", "Kenilworth", "Whitehouse Station", "MSD", "Merck Sharp & Dohme",
                    "known as MSD outside", "Keytruda", "pembrolizumab", "Gardasil", "Januvia", "Winrevair",
                ),
            ),
            Sense(
                company="Merck KGaA",
                cues=(
                    "Darmstadt", "EMD", "EMD Serono", "Merck KGaA", "MilliporeSigma", "Bavencio", "avelumab",
                    "Mavenclad", "Tepmetko",
                ),
            ),
        ),
    ),
    SharedName(
        name="Sumitomo",
        senses=(
            Sense(
                company="Sumitomo Pharma",
                cues=(
                    "Sumitomo Pharma", "Dainippon", "Sunovion", "Myovant", "Sumitovant", "Latuda", "lurasidone",
                    "Orgovyx", "Gemtesa",
                ),
            ),
            Sense(
                company="Sumitomo Chemical",
                cues=("Sumitomo Chemical", "Valent BioSciences", "Valent U.S.A.", "agrochemicals", "petrochemicals"),
            ),
        ),
    ),
)  # fmt: skip
