"""Several workers at once: reports of one deal, and senders claiming from the outbox."""

from concurrent.futures import ThreadPoolExecutor

from bot.store import NewSubscription, SourceRef, Store, Subscriber
from tests.bot.store.builders import deal, report, usd
from tests.bot.store.conftest import NOW


def test_reports_of_one_deal_arriving_together_make_one_deal(database_url: str):
    stores = [Store.open(database_url) for _ in range(4)]
    try:
        stores[0].ingest(report(deal("Warmup Co", "Other Co")), SourceRef(kind="url", ref="w"), NOW)

        def ingest(n: int) -> str:
            the_deal = deal("Orrin Bio", "Pellway Pharma", upfront=usd(25), modalities=["adc"])
            result = stores[n % 4].ingest(report(the_deal), SourceRef(kind="url", ref=f"r{n}"), NOW)
            return result.kind

        with ThreadPoolExecutor(max_workers=4) as pool:
            kinds = list(pool.map(ingest, range(12)))
        assert sorted(kinds) == ["merged"] * 11 + ["new"]
    finally:
        for store in stores:
            store.close()


def test_concurrent_senders_never_claim_a_delivery_twice(database_url: str):
    stores = [Store.open(database_url) for _ in range(4)]
    try:
        first = stores[0]
        for n in range(30):
            first.add_subscription(NewSubscription(subscriber=Subscriber(kind="user", id=f"U{n}")), NOW)
        for n in range(5):
            result = first.ingest(report(deal(f"A{n} Bio", f"B{n} Bio")), SourceRef(kind="url", ref=f"d{n}"), NOW)
            assert result.deal_id is not None
            first.enqueue_deliveries(result.deal_id, NOW)

        def drain(store: Store) -> list[int]:
            taken: list[int] = []
            while batch := store.claim_deliveries(NOW, limit=7):
                taken += [d.id for d in batch]
            return taken

        with ThreadPoolExecutor(max_workers=4) as pool:
            claimed = [i for ids in pool.map(drain, stores) for i in ids]
        assert len(claimed) == 150
        assert len(set(claimed)) == 150
    finally:
        for store in stores:
            store.close()
