"""Short press releases written for the tests of names of several companies ("Merck"), and the Slack
payloads that drive a company choice. Each article is one deal with a partner of its own."""

from __future__ import annotations

from typing import Any

from tests.bot.slack.harness import Bot, Reply

# Merck & Co.'s deals, each telling it by another cue: seat, former seat, product, name, full name.
MERCK_CO = {
    "Quillon": (
        "Merck and Quillon Bio Sign License Deal for QB-101\n\n"
        "RAHWAY, N.J., March 2, 2026 -- Merck (NYSE: MRK), known as MSD outside of the United States and Canada, "
        "today announced an exclusive license agreement with Quillon Bio for QB-101, an oral small molecule for "
        "obesity. Merck will pay Quillon Bio an upfront payment of $50 million, and Quillon Bio is eligible for up "
        "to $600 million in milestone payments."
    ),
    "Orvane": (
        "Orvane Therapeutics grants Merck rights to ORV-7 antibody\n\n"
        "Orvane Therapeutics said today it has granted Merck exclusive worldwide rights to ORV-7, a bispecific "
        "antibody, in a deal worth up to $1.2 billion. Merck will pay $80 million upfront. Merck plans to test "
        "ORV-7 with Keytruda in lung cancer."
    ),
    "Tessel": (
        "Tessel Biosciences enters collaboration with Merck\n\n"
        "KENILWORTH, N.J. -- Tessel Biosciences today announced a research collaboration and license agreement "
        "with Merck for TS-22, a gene therapy for heart failure. Tessel will receive $30 million upfront and up to "
        "$400 million in milestones."
    ),
    "Brevant": (
        "MSD licenses Brevant Pharma's BRV-9 for $25 million upfront\n\n"
        "MSD and Brevant Pharma today announced an exclusive license agreement for BRV-9, an antibody-drug "
        "conjugate. MSD will pay Brevant Pharma $25 million upfront and up to $700 million in milestones."
    ),
    "Lindqvist": (
        "Merck & Co. to license LQ-4 from Lindqvist Biotherapeutics\n\n"
        "Merck & Co., Inc. and Lindqvist Biotherapeutics today announced an exclusive license agreement for LQ-4, "
        "a small molecule for hypertension. Lindqvist will receive $45 million upfront."
    ),
}
# Merck KGaA's deals: its seat, its US business name.
MERCK_KGAA = {
    "Halvor": (
        "Merck and Halvor Bio Sign Licensing Deal for HB-5\n\n"
        "DARMSTADT, Germany, March 2, 2026 -- Merck, a leading science and technology company, today announced an "
        "exclusive license agreement with Halvor Bio for HB-5, an ADC for solid tumours. Merck will pay Halvor Bio "
        "EUR 40 million upfront and up to EUR 500 million in milestones."
    ),
    "Pellan": (
        "Merck enters collaboration with Pellan Therapeutics\n\n"
        "Pellan Therapeutics today announced a collaboration and license agreement with Merck, which operates as "
        "EMD Serono in the US and Canada, for PT-3, a peptide for multiple sclerosis. Pellan will receive "
        "$20 million upfront."
    ),
}
# A deal whose article does not say which Merck.
MERCK_UNSAID = {
    "Corvane": (
        "Merck and Corvane Bio Sign License Deal for CV-8\n\n"
        "Corvane Bio today announced an exclusive license agreement with Merck for CV-8, an mRNA vaccine. Corvane "
        "will receive $15 million upfront and up to $300 million in milestones."
    ),
}


def slack_escaped(text: str) -> str:
    """Text as Slack sends what a person typed: `&`, `<` and `>` as entities."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def buttons(reply: Reply) -> dict[str, dict[str, Any]]:
    """The buttons of a command's answer, by their label."""
    found = {}
    for block in reply.json().get("blocks", []):
        if block["type"] == "actions":
            for element in block["elements"]:
                found[element["text"]["text"]] = element
    return found


def click(bot: Bot, button: dict[str, Any], *, user: str = "U111") -> dict[str, Any]:
    """Send the signed `block_actions` request Slack sends when `user` clicks `button` of an ephemeral
    answer; returns what the app then sent to the click's `response_url`."""
    payload = {
        "type": "block_actions", "user": {"id": user}, "team": {"id": "T1"}, "api_app_id": "A1",
        "token": "unused", "trigger_id": "1.2", "response_url": f"{bot.slack.url}/response/choice",
        "container": {"type": "message", "is_ephemeral": True},
        "actions": [{"type": "button", "action_id": button["action_id"], "block_id": "b",
                     "value": button["value"], "action_ts": "1.2"}],
    }  # fmt: skip
    before = len(bot.slack.of("response_url"))
    assert bot.action(payload).status == 200
    bot.slack.wait_for(lambda: len(bot.slack.of("response_url")) > before)
    params: dict[str, Any] = bot.slack.of("response_url")[before].params
    return params
