"""Every item model passes Qt's model tester."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tvet_desktop.catalog.browse import Filters
from tvet_desktop.search.query import parse
from tvet_desktop.search.run import PAGE_SIZE
from tvet_desktop.ui.facet_model import FacetModel
from tvet_desktop.ui.results_model import HitRole, ResultsModel

if TYPE_CHECKING:
    from pytestqt.modeltest import ModelTester

    from tvet_desktop.search.engine import SearchEngine


def test_results_model(qtmodeltester: ModelTester, engine: SearchEngine) -> None:
    query = engine.prepare(parse("skills"))
    model = ResultsModel(lambda rowids: engine.hits(rowids, query))
    qtmodeltester.check(model)
    model.set_results(engine.results(query, Filters(), "relevance"))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.index(0).data(HitRole).id == "digital-skills-teachers"
    assert model.rowCount() == 3 and not model.index(3, 0).isValid()


def test_results_model_fetches_pages_lazily(engine: SearchEngine) -> None:
    requested: list[list[int]] = []
    query = engine.prepare(parse(""))

    def load(rowids: list[int]):  # type: ignore[no-untyped-def]
        requested.append(rowids)
        return engine.hits(rowids, query)

    model = ResultsModel(load)
    model.set_results(engine.results(query, Filters(), "newest"))
    assert requested == []  # nothing read until a row is shown
    assert model.index(4).data() == "Greening TVET"
    assert model.index(0).data() == "Training solar installers in rural areas"
    assert len(requested) == 1 and len(requested[0]) <= PAGE_SIZE


def test_facet_model(qtmodeltester: ModelTester, engine: SearchEngine) -> None:
    model = FacetModel()
    qtmodeltester.check(model)
    filters = Filters(region=("Africa",))
    model.set_facets(engine.facet_counts(engine.prepare(parse("")), filters), filters)
    qtmodeltester.check(model)
    regions = model.index(2, 0)
    assert regions.data() == "Regions"
    labels = {model.index(r, 0, regions).data(): model.index(r, 1, regions).data()
              for r in range(model.rowCount(regions))}
    assert labels == {"Africa": "2", "Europe and North America": "2"}


def test_a_far_page_is_read_in_the_background_and_fills_in(qtbot, engine: SearchEngine) -> None:  # type: ignore[no-untyped-def]
    from tvet_desktop.ui.worker import BackgroundWork

    loaded_on: list[str] = []
    query = engine.prepare(parse(""))
    big = engine.results(query, Filters(), "newest")

    class ManyPages:  # the real results, repeated so that there are far pages to jump to
        count = big.count * 100

        def page(self, offset: int, limit: int) -> list[int]:
            return big.page(0, min(limit, big.count))

    def load(rowids: list[int]):  # type: ignore[no-untyped-def]
        import threading

        loaded_on.append("gui" if threading.current_thread() is threading.main_thread() else "worker")
        return engine.hits(rowids, query)

    work = BackgroundWork()
    model = ResultsModel(load, work)
    model.set_results(ManyPages())  # type: ignore[arg-type]
    assert model.index(1).data() is not None and loaded_on == ["gui"]  # the first page: at once
    far = model.index(4 * PAGE_SIZE)
    with qtbot.waitSignal(model.dataChanged, timeout=5000) as changed:
        assert far.data() is None  # not yet: asked for in the background
    assert changed.args[0].row() == 4 * PAGE_SIZE and far.data() is not None
    assert loaded_on == ["gui", "worker"]
    work.wait()


def test_background_work_keeps_its_threads_and_their_connections(qapp) -> None:  # type: ignore[no-untyped-def]
    """A retired worker thread would leave its database connections open until the window closes."""
    from tvet_desktop.ui.worker import BackgroundWork

    assert BackgroundWork().pool.expiryTimeout() == -1


def test_a_file_or_database_problem_is_explained_as_the_users_not_as_a_bug() -> None:
    import sqlite3

    from tvet_desktop.ui.worker import explain

    assert explain(OSError(28, "No space left on device")) == ("[Errno 28] No space left on device", "")
    assert explain(sqlite3.DatabaseError("file is not a database"))[0].startswith("the catalogue or notes file")
    message, details = explain(KeyError("x"))
    assert message.startswith("Something went wrong") and "KeyError" in details
