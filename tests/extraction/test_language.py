"""Is a text in English?"""

from __future__ import annotations

from pathlib import Path

import pytest

from extraction.language import is_english

_ENGLISH = (
    "Kestrel Therapeutics has signed an exclusive licence agreement with Norvane Pharma for its CAR-T "
    "candidate KT-19. Under the terms of the agreement, Kestrel will receive $25 million upfront and is "
    "eligible for up to $400 million in milestones, as well as tiered royalties on net sales. Norvane gains "
    "the rights to develop and commercialise the therapy worldwide except in China."
)

FRENCH = (
    "Le laboratoire Norvane a signé un accord de licence exclusif avec la biotech Kestrel pour son "
    "candidat CAR-T KT-19. Selon les termes de l'accord, Kestrel recevra un paiement initial de 25 "
    "millions de dollars et pourra toucher jusqu'à 400 millions de dollars en paiements d'étape, ainsi "
    "que des redevances sur les ventes nettes. Norvane obtient les droits mondiaux, hors Chine."
)
GERMAN = (
    "Das Pharmaunternehmen Norvane hat mit dem Biotechnologieunternehmen Kestrel eine exklusive "
    "Lizenzvereinbarung über den CAR-T-Kandidaten KT-19 geschlossen. Kestrel erhält eine Vorauszahlung "
    "von 25 Millionen Dollar und kann bis zu 400 Millionen Dollar an Meilensteinzahlungen sowie "
    "gestaffelte Lizenzgebühren auf den Nettoumsatz erhalten. Norvane erhält die weltweiten Rechte."
)
SPANISH = (
    "La farmacéutica Norvane ha firmado un acuerdo de licencia exclusiva con la biotecnológica Kestrel "
    "para su candidato CAR-T KT-19. Según los términos del acuerdo, Kestrel recibirá un pago inicial de "
    "25 millones de dólares y podrá recibir hasta 400 millones en pagos por hitos, además de regalías "
    "escalonadas sobre las ventas netas. Norvane obtiene los derechos mundiales, excepto en China."
)


@pytest.mark.parametrize(
    ("text", "english"),
    [
        pytest.param(_ENGLISH, True, id="english"),
        pytest.param(
            _ENGLISH + "\n\nKestrel annonce un accord de licence avec Norvane pour KT-19.", True,
            id="english-with-a-french-line",
        ),
        pytest.param("KESTREL NORVANE KT-19 CAR-T CD19 BCMA HER2 $25M $400M " * 10, True, id="names-and-figures"),
        pytest.param("Kestrel signe avec Norvane.", True, id="too-short-to-tell"),
        pytest.param(FRENCH, False, id="french"),
        pytest.param(GERMAN, False, id="german"),
        pytest.param(SPANISH, False, id="spanish"),
        pytest.param(
            "L'azienda farmaceutica Norvane ha firmato un accordo di licenza esclusiva con la biotech Kestrel "
            "per il suo candidato CAR-T KT-19. Secondo i termini dell'accordo, Kestrel riceverà un pagamento "
            "iniziale di 25 milioni di dollari e potrà ricevere fino a 400 milioni in pagamenti legati al "
            "raggiungimento di obiettivi, oltre a royalties sulle vendite nette. Norvane ottiene i diritti.",
            False, id="italian",
        ),
        pytest.param(
            "Norvane 制药公司与 Kestrel 生物科技公司签署了一项独家许可协议，获得其 CAR-T 候选药物 KT-19 的全球权利。"
            "根据协议条款，Kestrel 将获得 2500 万美元的首付款，并有资格获得最高 4 亿美元的里程碑付款以及销售分成。",
            False, id="chinese",
        ),
        pytest.param(
            "Компания Norvane подписала эксклюзивное лицензионное соглашение с биотехнологической компанией "
            "Kestrel о разработке кандидата KT-19. Kestrel получит авансовый платёж в размере 25 миллионов "
            "долларов и до 400 миллионов долларов в виде платежей за достижение этапов разработки.",
            False, id="russian",
        ),
    ],
)  # fmt: skip
def test_is_english(text: str, english: bool) -> None:
    assert is_english(text) is english


def test_every_labelled_article_reads_as_english(shared_dir: Path) -> None:
    paths = sorted([*(shared_dir / "seeds").glob("*.txt"), *(shared_dir / "eval" / "dev").glob("*.txt")])
    assert paths
    assert [p.name for p in paths if not is_english(p.read_text(encoding="utf-8", errors="replace"))] == []
