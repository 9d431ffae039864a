"""Every item model passes Qt's model tester."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester

from tvet_desktop.browse_index import Filters
from tvet_desktop.catalog import Catalog
from tvet_desktop.query import parse
from tvet_desktop.ui.facet_model import FacetModel
from tvet_desktop.ui.results_model import PAGE_SIZE, HitRole, ResultsModel


def test_results_model(qtmodeltester: ModelTester, catalog: Catalog) -> None:
    query = parse("skills")
    model = ResultsModel(lambda rowids: catalog.hits(rowids, query))
    qtmodeltester.check(model)
    model.set_results(catalog.results(query, Filters(), "relevance"))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.index(0).data(HitRole).id == "digital-skills-teachers"
    assert model.rowCount() == 3 and not model.index(3, 0).isValid()


def test_results_model_fetches_pages_lazily(catalog: Catalog) -> None:
    requested: list[list[int]] = []
    query = parse("")

    def load(rowids: list[int]):  # type: ignore[no-untyped-def]
        requested.append(rowids)
        return catalog.hits(rowids, query)

    model = ResultsModel(load)
    model.set_results(catalog.results(query, Filters(), "newest"))
    assert requested == []  # nothing read until a row is shown
    assert model.index(4).data() == "Greening TVET"
    assert model.index(0).data() == "Training solar installers in rural areas"
    assert len(requested) == 1 and len(requested[0]) <= PAGE_SIZE


def test_facet_model(qtmodeltester: ModelTester, catalog: Catalog) -> None:
    model = FacetModel()
    qtmodeltester.check(model)
    filters = Filters(region=("Africa",))
    model.set_facets(catalog.facet_counts(parse(""), filters), filters)
    qtmodeltester.check(model)
    regions = model.index(2, 0)
    assert regions.data() == "Regions"
    labels = {model.index(r, 0, regions).data(): model.index(r, 1, regions).data()
              for r in range(model.rowCount(regions))}
    assert labels == {"Africa": "2", "Europe and North America": "2"}
