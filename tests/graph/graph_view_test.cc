// Views: filters, country collapse and aggregation, on the events of
// tests/graph/data/queries_events.json (16 actors, 11 interactions):
//
//   W19  meeting      ilham-aliyev -- giorgia-meloni   05-04 Baku
//        visit        giorgia-meloni -> azerbaijan     05-04
//        cooperation  azerbaijan -- italy              05-04
//        call         erdogan -- ilham-aliyev          05-06
//        participation hakan-fidan -> saha-2026        05-07
//   W20  meeting      ilham-aliyev -- jeyhun-bayramov  05-11 (domestic)
//        meeting      jeyhun-bayramov -- hakan-fidan   05-12 Ankara
//        meeting      giorgia-meloni -- ilham-aliyev   05-12 Rome
//        praise       european-union -> azerbaijan     05-13
//        criticism    mfa-azerbaijan -> european-union 05-14
//        meeting      kaja-kallas -- ararat-mirzoyan   05-15 Brussels

#include <boost/test/unit_test.hpp>

#include "actorgraph/graph_view.h"
#include "graph_fixtures.h"

namespace actorgraph {
namespace {

const ActorGraph& Fixture() { return testing::EventsFixture(); }

// "source type target" of every edge, in edge order.
std::vector<std::string> Describe(const ActorGraph& graph) {
  const Graph& g = graph.graph();
  std::vector<std::string> out;
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    out.push_back(g[boost::source(e, g)].id + " " + ToString(g[e].type) + " " +
                  g[boost::target(e, g)].id);
  }
  return out;
}

bool Has(const ActorGraph& graph, const std::string& id) {
  Vertex v;
  return graph.FindVertex(id, &v);
}

BOOST_AUTO_TEST_SUITE(graph_view)

BOOST_AUTO_TEST_CASE(fixture_loads) {
  BOOST_CHECK_EQUAL(Fixture().actor_count(), 16u);
  BOOST_CHECK_EQUAL(Fixture().interaction_count(), 11u);
}

BOOST_AUTO_TEST_CASE(no_options_copies_everything) {
  ViewStats stats;
  ActorGraph view = MakeView(Fixture(), ViewOptions(), &stats);
  BOOST_CHECK_EQUAL(view.actor_count(), 16u);
  BOOST_CHECK(Describe(view) == Describe(Fixture()));
  BOOST_CHECK_EQUAL(stats.filtered_interactions, 0u);
  BOOST_CHECK_EQUAL(stats.dropped_actors, 0u);
}

BOOST_AUTO_TEST_CASE(filter_by_type_and_drop_isolated) {
  ViewOptions o;
  o.types = {InteractionType::kCall, InteractionType::kVisit};
  o.drop_isolated = true;
  ViewStats stats;
  ActorGraph view = MakeView(Fixture(), o, &stats);
  BOOST_CHECK_EQUAL(view.interaction_count(), 2u);
  BOOST_CHECK_EQUAL(stats.filtered_interactions, 9u);
  // Left: azerbaijan, giorgia-meloni, ilham-aliyev, recep-tayyip-erdogan.
  BOOST_CHECK_EQUAL(view.actor_count(), 4u);
  BOOST_CHECK_EQUAL(stats.dropped_actors, 12u);
  BOOST_CHECK_EQUAL(view.graph()[0].id, "azerbaijan");
}

BOOST_AUTO_TEST_CASE(filter_by_dates_and_week) {
  ViewOptions range;
  range.from = "2026-05-06";
  range.to = "2026-05-12";
  BOOST_CHECK_EQUAL(MakeView(Fixture(), range).interaction_count(), 5u);
  ViewOptions week;
  week.week = "2026-W20";
  BOOST_CHECK_EQUAL(MakeView(Fixture(), week).interaction_count(), 6u);
  week.week = "2026-W18";
  BOOST_CHECK_EQUAL(MakeView(Fixture(), week).interaction_count(), 0u);
}

BOOST_AUTO_TEST_CASE(collapse_to_countries) {
  ViewOptions o;
  o.collapse_to_countries = true;
  ViewStats stats;
  ActorGraph view = MakeView(Fixture(), o, &stats);
  // Vertices: the 4 countries and the EU (Kallas names it as her country).
  BOOST_REQUIRE_EQUAL(view.actor_count(), 5u);
  BOOST_CHECK(Has(view, "european-union"));
  BOOST_CHECK(!Has(view, "saha-2026"));
  // Dropped: participation in SAHA 2026 (no country), the Aliyev-Bayramov
  // meeting (both Azerbaijan).
  BOOST_CHECK_EQUAL(stats.unmapped_interactions, 1u);
  BOOST_CHECK_EQUAL(stats.domestic_interactions, 1u);
  BOOST_CHECK_EQUAL(view.interaction_count(), 9u);
  std::vector<std::string> edges = Describe(view);
  BOOST_CHECK(std::find(edges.begin(), edges.end(), "azerbaijan meeting italy") != edges.end());
  BOOST_CHECK(std::find(edges.begin(), edges.end(), "european-union meeting armenia") !=
              edges.end());
  BOOST_CHECK(std::find(edges.begin(), edges.end(), "azerbaijan criticism european-union") !=
              edges.end());
}

BOOST_AUTO_TEST_CASE(keep_uncountried_keeps_the_event) {
  ViewOptions o;
  o.collapse_to_countries = true;
  o.keep_uncountried = true;
  ActorGraph view = MakeView(Fixture(), o);
  BOOST_CHECK(Has(view, "saha-2026"));
  BOOST_CHECK_EQUAL(view.interaction_count(), 10u);
}

BOOST_AUTO_TEST_CASE(aggregate_per_pair_and_type) {
  ViewOptions o;
  o.types = {InteractionType::kMeeting};
  o.aggregation = Aggregation::kPairAndType;
  ActorGraph view = MakeView(Fixture(), o);
  // Aliyev and Meloni met twice (once in each order in the events): one edge.
  BOOST_CHECK_EQUAL(view.interaction_count(), 4u);
  Vertex aliyev, meloni;
  BOOST_REQUIRE(view.FindVertex("ilham-aliyev", &aliyev));
  BOOST_REQUIRE(view.FindVertex("giorgia-meloni", &meloni));
  const Graph& g = view.graph();
  // Undirected: from the smaller index (giorgia-meloni) to the larger.
  auto [e, found] = boost::edge(meloni, aliyev, g);
  BOOST_REQUIRE(found);
  BOOST_CHECK_EQUAL(g[e].count, 2);
  BOOST_CHECK_EQUAL(g[e].weight, 10.0);
  BOOST_CHECK_EQUAL(g[e].date, "2026-05-12");  // the newest
  BOOST_CHECK_EQUAL(g[e].place, "Rome");
  BOOST_CHECK(g[e].outlets == (std::vector<std::string>{"APA", "AZERTAC", "REPORT"}));
  BOOST_REQUIRE_EQUAL(g[e].evidence.size(), 2u);
  BOOST_CHECK_EQUAL(g[e].evidence[0].sentence, "They met again in Rome.");
}

BOOST_AUTO_TEST_CASE(aggregate_countries_per_pair) {
  ViewOptions o;
  o.collapse_to_countries = true;
  o.aggregation = Aggregation::kPair;
  ActorGraph view = MakeView(Fixture(), o);
  // Pairs: az-it (meeting x2, visit, cooperation), az-tr (call), az-tr again
  // (Bayramov-Fidan meeting) -> one, az-eu (praise, criticism), eu-am.
  BOOST_CHECK_EQUAL(view.interaction_count(), 4u);
  Vertex az, it;
  BOOST_REQUIRE(view.FindVertex("azerbaijan", &az));
  BOOST_REQUIRE(view.FindVertex("italy", &it));
  auto [e, found] = boost::edge(az, it, view.graph());
  BOOST_REQUIRE(found);
  const EdgeInfo& info = view.graph()[e];
  BOOST_CHECK_EQUAL(info.count, 4);
  BOOST_CHECK_EQUAL(info.weight, 5 + 5 + 4 + 2);
  BOOST_CHECK(info.type == InteractionType::kMeeting);  // heaviest type
  BOOST_CHECK(info.undirected);
  Vertex tr;
  BOOST_REQUIRE(view.FindVertex("turkiye", &tr));
  auto [e2, found2] = boost::edge(az, tr, view.graph());
  BOOST_REQUIRE(found2);
  BOOST_CHECK_EQUAL(view.graph()[e2].weight, 3 + 5);
  BOOST_CHECK(view.graph()[e2].type == InteractionType::kMeeting);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
