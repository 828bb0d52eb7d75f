"""What a text holds: one article, or several stories (a newsletter pasted whole)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extraction.stories import split_stories

KESTREL = (
    "Kestrel licenses its CAR-T candidate to Norvane for $25M upfront",
    "Kestrel Therapeutics has granted Norvane Pharma an exclusive worldwide licence to KT-19, its "
    "CD19-directed CAR-T candidate. Norvane will pay $25 million upfront and up to $400 million in "
    "development and sales milestones, plus tiered royalties.",
    "The deal follows phase 1 data presented in December. Kestrel keeps the rights in China.",
)
HALVORSEN = (
    "Halvorsen Bio buys Quillon for $1.2 billion in cash",
    "Halvorsen Bio has agreed to acquire Quillon Therapeutics for $1.2 billion in cash, gaining its oral "
    "GLP-1 agonist QT-201. Quillon shareholders will receive $18.50 per share, a 60% premium to the close.",
    "The acquisition is expected to close in the first quarter, subject to the usual approvals.",
)
OSTRANDER = (
    "Ostrander and Pelham Pharma team up on ADCs in a deal worth up to $900M",
    "Pelham Pharma will pay Ostrander Biologics $40 million upfront to discover antibody-drug conjugates "
    "against three solid tumour targets. Ostrander is eligible for up to $860 million in milestones.",
    "Pelham takes on all development costs once a candidate is nominated.",
)
KESTREL_AGAIN = (
    "Kestrel buys Varro Labs to add a gene-editing platform",
    "Kestrel Therapeutics has agreed to acquire Varro Labs for $150 million in cash and stock, adding "
    "Varro's base-editing platform to its cell therapy pipeline. Varro's 40 staff will join Kestrel.",
)
STORIES = (KESTREL, HALVORSEN, OSTRANDER)


def story_text(story: tuple[str, ...], dateline: str = "") -> str:
    headline, lead, *rest = story
    return "\n\n".join([headline, dateline + lead, *rest])


def newsletter(stories=STORIES, joiner: str = "\n\n", preamble: str = "Biotech Deals Daily — 8 January 2024") -> str:
    return preamble + "\n\n" + joiner.join(story_text(s) for s in stories)


@pytest.mark.parametrize(
    ("text", "headlines", "rule"),
    [
        pytest.param(newsletter(), [s[0] for s in STORIES], "headlines", id="headlines"),
        pytest.param(re.sub(r"\n\n", "\n", newsletter()), [s[0] for s in STORIES], "headlines",
                     id="headlines-without-blank-lines"),
        pytest.param(newsletter(preamble="Biotech Deals Daily\n\nGood morning, here is the news."),
                     [s[0] for s in STORIES], "headlines", id="headlines-after-a-greeting"),
        pytest.param(newsletter((KESTREL, KESTREL_AGAIN)), [KESTREL[0], KESTREL_AGAIN[0]], "headlines",
                     id="two-stories-of-one-company"),
        pytest.param(newsletter(joiner="\n\n---\n\n"), [s[0] for s in STORIES], "separator", id="separators"),
        pytest.param(newsletter(joiner="\n\n* * *\n\n"), [s[0] for s in STORIES], "separator",
                     id="spaced-separators"),
        pytest.param(
            "\n\n".join(story_text(s, f"BOSTON, Jan. {8 + n}, 2024 /PRNewswire/ -- ") for n, s in enumerate(STORIES)),
            [s[0] for s in STORIES], "datelines", id="datelines",
        ),
    ],
)  # fmt: skip
def test_a_newsletter_is_one_story_per_article(text: str, headlines: list[str], rule: str) -> None:
    stories = split_stories(text)
    assert [s.text.splitlines()[0] for s in stories] == headlines
    assert {s.rule for s in stories} == {rule}
    for story, written in zip(stories, (s for s in (*STORIES, KESTREL_AGAIN) if s[0] in headlines), strict=False):
        assert all(part in story.text for part in written)  # the whole story, and only it
        others = [s for s in (*STORIES, KESTREL_AGAIN) if s is not written]
        assert not any(o[1] in story.text for o in others)


_PRESS_RELEASE = "\n\n".join(
    [
        "Kestrel and Norvane sign exclusive licence for CAR-T candidate KT-19",
        "Deal includes $25 million upfront and up to $400 million in milestones",
        "BOSTON, Jan. 8, 2024 /PRNewswire/ -- Kestrel Therapeutics and Norvane Pharma today announced an "
        "exclusive worldwide licence agreement for KT-19, Kestrel's CD19-directed CAR-T candidate.",
        "Strong phase 1 data for Kestrel's KT-19 in lymphoma",
        "KT-19 produced complete responses in 12 of 15 patients with relapsed lymphoma, Kestrel said in "
        "December. Norvane will run the pivotal trial and seek approval in the United States and Europe.",
        "Norvane builds out its cell therapy franchise",
        "Norvane Pharma has licensed two other cell therapies in the past year. The KT-19 deal is its largest "
        "so far, and Norvane expects to start the pivotal study in the second half of the year.",
        "About Kestrel Therapeutics",
        "Kestrel Therapeutics is a clinical-stage biotechnology company developing CAR-T cell therapies for "
        "cancers with few treatment options. For more information, visit the company's website.",
        "About Norvane Pharma",
        "Norvane Pharma is a global pharmaceutical company focused on oncology and immunology, with products "
        "sold in more than 60 countries and a growing pipeline of cell and gene therapies.",
        "Forward-Looking Statements",
        "This press release contains forward-looking statements about the licence agreement and KT-19.",
    ]
)

# a release whose headline is followed by bullet lines, one naming a product and a place its text has not named yet
_BULLETED_RELEASE = "\n".join(
    [
        "Kestrel Therapeutics enters licence and supply agreement with Norvane Pharma",
        "Norvane makes $30 million equity investment in Kestrel Therapeutics at a premium to the market price",
        "Kestrel licenses its cell manufacturing platform to Norvane for use in all territories outside Asia",
        "Kestrel to manufacture and supply Zorvia in Japan for Norvane",
        "BOSTON, Jan. 8, 2024 /PRNewswire/ -- Kestrel Therapeutics today announced a licence and supply agreement "
        "with Norvane Pharma for Zorvia, Norvane's approved cell therapy, in Japan.",
    ]
)
# a story with an explainer subheading in a word its text wrote before in lower case
_EXPLAINER = "\n\n".join(
    [
        "Kestrel and Norvane sign licence for heart therapies",
        "Kestrel Therapeutics said on Monday it has signed a licence agreement with Norvane Pharma to develop "
        "lasso-shaped peptide therapies for a cardiovascular program.",
        "Kestrel will receive $20 million upfront and up to $500 million in milestones, plus royalties.",
        "Understanding Lasso-shaped Peptides",
        "Lasso-shaped peptides are a class of drugs folded into a knot, which makes them stable in the blood and "
        "able to reach targets that small molecules cannot. They are made in the laboratory and can be taken as "
        "a pill.",
    ]
)

# a release whose history paragraph ends on a company's legal suffix, as a headline may, and names one more company
_HISTORY_PARAGRAPH = "\n\n".join(
    [
        "Kestrel Laboratories enters into definitive agreement with Norvane Pharmaceuticals, Inc. to sell its rights "
        "to KB-7",
        "BOSTON, Jan. 8, 2024 - Kestrel Laboratories today announced that it has entered into a definitive agreement "
        "with Norvane Pharmaceuticals, Inc. pursuant to which it sold all of its rights to KB-7.",
        "Under the terms of the agreement, Kestrel will receive $40 million upfront upon the closing of the "
        "transaction, followed by milestone payments of up to $110 million.",
        "In May 2015, Kestrel had bought the worldwide rights to the experimental drug KB-7 from Halden "
        "Co. Ltd.",
        "Kestrel's chief executive said: \"KB-7 belongs with Norvane now, and Halden agrees.\"",
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(_PRESS_RELEASE, id="press-release-with-subheadings"),
        pytest.param(_HISTORY_PARAGRAPH, id="history-paragraph-ending-on-a-legal-suffix"),
        pytest.param(_BULLETED_RELEASE, id="press-release-with-bullet-lines-before-its-dateline"),
        pytest.param(_EXPLAINER, id="explainer-subheading-in-a-word-written-before"),
        pytest.param(re.sub(r"\n\n", "\n", _PRESS_RELEASE), id="press-release-without-blank-lines"),
        pytest.param(story_text(KESTREL), id="one-story"),
        pytest.param(story_text(KESTREL) + "\n\n---\n\nShare this article", id="a-separator-before-furniture"),
        pytest.param("Kestrel licenses KT-19 to Norvane.", id="a-sentence"),
        pytest.param("", id="empty"),
    ],
)
def test_one_article_is_never_split(text: str) -> None:
    stories = split_stories(text)
    assert [s.text for s in stories] == [text]
    assert stories[0].rule is None


def _labelled(shared_dir: Path) -> list[Path]:
    return sorted([*(shared_dir / "seeds").glob("*.txt"), *(shared_dir / "eval" / "dev").glob("*.txt")])


@pytest.mark.parametrize(
    "layout",
    [
        pytest.param(lambda t: t, id="as-written"),
        pytest.param(lambda t: re.sub(r"\n+", "\n\n", t), id="every-line-a-paragraph"),
        pytest.param(lambda t: re.sub(r"\n\s*\n", "\n", t), id="no-blank-lines"),
    ],
)
def test_no_labelled_article_is_split(shared_dir: Path, layout) -> None:
    paths = _labelled(shared_dir)
    assert paths
    split = [p.name for p in paths if len(split_stories(layout(p.read_text(encoding="utf-8", errors="replace")))) > 1]
    assert split == []
