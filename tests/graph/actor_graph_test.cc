// ActorGraph::FromEvents, the weight table and ISO weeks.

#include <boost/test/unit_test.hpp>

#include "actorgraph/actor_graph.h"
#include "actorgraph/embedded_data.h"
#include "actorgraph/iso_week.h"
#include "test_util.h"

namespace actorgraph {
namespace {

Actor MakeActor(const std::string& id, ActorKind kind = ActorKind::kPerson,
                const std::string& country = "") {
  Actor a;
  a.id = id;
  a.name = id;
  a.kind = kind;
  a.country = country;
  return a;
}

Interaction MakeInteraction(InteractionType type, const std::string& source,
                            const std::string& target, const IsoDate& date) {
  Interaction i;
  i.type = type;
  i.source = source;
  i.target = target;
  i.date = date;
  return i;
}

BOOST_AUTO_TEST_SUITE(actor_graph)

BOOST_AUTO_TEST_CASE(vertices_sorted_by_id_edges_in_order) {
  Events events;
  events.actors = {MakeActor("zeta"), MakeActor("alpha"), MakeActor("mid")};
  events.actors.push_back(MakeActor("alpha", ActorKind::kCountry));  // repeated: first wins
  events.interactions = {MakeInteraction(InteractionType::kMeeting, "zeta", "alpha", "2026-05-04"),
                         MakeInteraction(InteractionType::kPraise, "mid", "zeta", "2026-05-11")};
  events.interactions[0].outlets = {"AZERTAC"};
  events.interactions[0].evidence = {{"They met.", "meeting.met", 7}};
  ActorGraph graph = ActorGraph::FromEvents(events);
  const Graph& g = graph.graph();
  BOOST_REQUIRE_EQUAL(graph.actor_count(), 3u);
  BOOST_CHECK_EQUAL(g[0].id, "alpha");
  BOOST_CHECK(g[0].kind == ActorKind::kPerson);
  BOOST_CHECK_EQUAL(g[1].id, "mid");
  BOOST_CHECK_EQUAL(g[2].id, "zeta");
  BOOST_REQUIRE_EQUAL(graph.interaction_count(), 2u);

  Vertex zeta;
  BOOST_REQUIRE(graph.FindVertex("zeta", &zeta));
  BOOST_CHECK_EQUAL(zeta, 2u);
  Vertex none;
  BOOST_CHECK(!graph.FindVertex("nobody", &none));

  auto [e, found] = boost::edge(2, 0, g);
  BOOST_REQUIRE(found);
  BOOST_CHECK(g[e].type == InteractionType::kMeeting);
  BOOST_CHECK(g[e].undirected);
  BOOST_CHECK_EQUAL(g[e].weight, 5.0);
  BOOST_CHECK_EQUAL(g[e].week, "2026-W19");
  BOOST_CHECK_EQUAL(g[e].evidence.at(0).sentence, "They met.");
  auto [praise, found_praise] = boost::edge(1, 2, g);
  BOOST_REQUIRE(found_praise);
  BOOST_CHECK(!g[praise].undirected);
  BOOST_CHECK_EQUAL(g[praise].weight, 1.0);
  BOOST_CHECK_EQUAL(g[praise].week, "2026-W20");
}

BOOST_AUTO_TEST_CASE(interactions_with_unknown_actors_are_skipped_and_counted) {
  Events events;
  events.actors = {MakeActor("a"), MakeActor("b")};
  events.interactions = {MakeInteraction(InteractionType::kCall, "a", "ghost", "2026-05-04"),
                         MakeInteraction(InteractionType::kCall, "", "b", "2026-05-04"),
                         MakeInteraction(InteractionType::kCall, "a", "b", "")};
  ActorGraph graph = ActorGraph::FromEvents(events);
  BOOST_CHECK_EQUAL(graph.interaction_count(), 1u);
  BOOST_CHECK_EQUAL(graph.skipped_interactions(), 2u);
  Edge e = *boost::edges(graph.graph()).first;
  BOOST_CHECK_EQUAL(graph.graph()[e].week, "");  // no date, no week
}

BOOST_AUTO_TEST_CASE(to_events_round_trip) {
  Events events;
  events.actors = {MakeActor("b", ActorKind::kCountry), MakeActor("a", ActorKind::kPerson, "b")};
  events.actors[1].aliases = {"A."};
  events.interactions = {MakeInteraction(InteractionType::kVisit, "a", "b", "2026-05-05")};
  events.interactions[0].place = "Baku";
  events.interactions[0].cameo = "042";
  Events back = ActorGraph::FromEvents(events).ToEvents();
  BOOST_REQUIRE_EQUAL(back.actors.size(), 2u);
  BOOST_CHECK_EQUAL(back.actors[0].id, "a");
  BOOST_CHECK_EQUAL(back.actors[0].country, "b");
  BOOST_CHECK_EQUAL(back.actors[0].aliases.at(0), "A.");
  BOOST_REQUIRE_EQUAL(back.interactions.size(), 1u);
  BOOST_CHECK_EQUAL(back.interactions[0].source, "a");
  BOOST_CHECK_EQUAL(back.interactions[0].target, "b");
  BOOST_CHECK_EQUAL(back.interactions[0].place, "Baku");
  BOOST_CHECK_EQUAL(back.interactions[0].cameo, "042");
}

BOOST_AUTO_TEST_CASE(custom_weights_apply) {
  Events events;
  events.actors = {MakeActor("a"), MakeActor("b")};
  events.interactions = {MakeInteraction(InteractionType::kCall, "a", "b", "2026-05-04")};
  auto table = WeightTable::FromJson(R"({"weights": {"call": 7.5}})", "w.json");
  BOOST_REQUIRE(table.ok());
  ActorGraph graph = ActorGraph::FromEvents(events, *table);
  BOOST_CHECK_EQUAL(graph.graph()[*boost::edges(graph.graph()).first].weight, 7.5);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(weight_table)

BOOST_AUTO_TEST_CASE(defaults_follow_the_documented_order) {
  WeightTable w;
  using T = InteractionType;
  BOOST_CHECK_GT(w[T::kMeeting], w[T::kVisit]);
  BOOST_CHECK_GT(w[T::kVisit], w[T::kCall]);
  BOOST_CHECK_GT(w[T::kCall], w[T::kCooperation]);
  BOOST_CHECK_GT(w[T::kCooperation], w[T::kInvitation]);
  BOOST_CHECK_EQUAL(w[T::kInvitation], w[T::kParticipation]);
  BOOST_CHECK_GT(w[T::kParticipation], w[T::kPraise]);
  BOOST_CHECK_EQUAL(w[T::kPraise], w[T::kCriticism]);
  BOOST_CHECK_EQUAL(w[T::kCriticism], w[T::kSanction]);
  BOOST_CHECK_GT(w[T::kSanction], 0.0);
}

BOOST_AUTO_TEST_CASE(shipped_file_names_every_type) {
  std::string json(EmbeddedDataFile("weights.json"));
  for (int t = 0; t < kInteractionTypeCount; ++t) {
    const std::string key = std::string("\"") + ToString(static_cast<InteractionType>(t)) + "\"";
    BOOST_CHECK_MESSAGE(json.find(key) != std::string::npos, key);
  }
}

BOOST_AUTO_TEST_CASE(partial_file_keeps_other_defaults_and_comments_are_ignored) {
  auto table = WeightTable::FromJson(
      R"({"_about": ["x", {"y": 1}], "weights": {"_note": "z", "praise": 0.25}})", "w.json");
  BOOST_REQUIRE_MESSAGE(table.ok(), table.status().ToString());
  BOOST_CHECK_EQUAL((*table)[InteractionType::kPraise], 0.25);
  BOOST_CHECK_EQUAL((*table)[InteractionType::kMeeting], WeightTable()[InteractionType::kMeeting]);
}

void CheckError(const std::string& json, const std::string& message) {
  auto table = WeightTable::FromJson(json, "w.json");
  BOOST_REQUIRE(!table.ok());
  BOOST_CHECK_EQUAL(table.status().ToString(), message);
  BOOST_CHECK(table.status().code() == Status::Code::kCorruption);
}

BOOST_AUTO_TEST_CASE(errors_name_line_and_column) {
  CheckError("{\"weights\": {\n  \"meeting\": 0\n}}",
             "w.json:2:15: the weight of \"meeting\" must be > 0");
  CheckError("{\"weights\": {\n  \"meeting\": -2.5}}",
             "w.json:2:18: the weight of \"meeting\" must be > 0");
  CheckError("{\"weights\": {\"lunch\": 2}}", "w.json:1:21: unknown interaction type \"lunch\"");
  CheckError("{\"weights\": {\"call\": \"3\"}}",
             "w.json:1:25: the weight of \"call\" must be a number");
  CheckError("{\"weights\": [1]}", "w.json:1:14: \"weights\" must be an object");
  CheckError("{\"wieghts\": {}}", "w.json:1:11: unknown key \"wieghts\" (expected \"weights\")");
  CheckError("{\"_about\": 1}", "w.json:1:1: no \"weights\" object");
  CheckError("[]", "w.json:1:2: a weights file must be a JSON object");
  CheckError("{\"weights\": {\"call\": 3,}}", "w.json:1:24: Missing a name for object member.");
}

BOOST_AUTO_TEST_CASE(missing_file_is_not_found) {
  auto table = WeightTable::ReadFile(testing::TempDir() + "/none.json");
  BOOST_REQUIRE(!table.ok());
  BOOST_CHECK(table.status().code() == Status::Code::kNotFound);
}

BOOST_AUTO_TEST_CASE(read_file) {
  std::string path = testing::TempDir() + "/w.json";
  testing::WriteFileOrDie(path, "{\"weights\": {\"visit\": 9}}\n");
  auto table = WeightTable::ReadFile(path);
  BOOST_REQUIRE(table.ok());
  BOOST_CHECK_EQUAL((*table)[InteractionType::kVisit], 9.0);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(iso_week)

BOOST_AUTO_TEST_CASE(weeks) {
  BOOST_CHECK_EQUAL(IsoWeek("2026-05-04"), "2026-W19");  // a Monday
  BOOST_CHECK_EQUAL(IsoWeek("2026-05-10"), "2026-W19");  // the Sunday after
  BOOST_CHECK_EQUAL(IsoWeek("2026-05-11"), "2026-W20");
  BOOST_CHECK_EQUAL(IsoWeek("2026-01-01"), "2026-W01");  // a Thursday
  BOOST_CHECK_EQUAL(IsoWeek("2027-01-01"), "2026-W53");  // 2026 has 53 weeks
  BOOST_CHECK_EQUAL(IsoWeek("2024-12-30"), "2025-W01");  // belongs to next year
  BOOST_CHECK_EQUAL(IsoWeek("2021-01-03"), "2020-W53");
  BOOST_CHECK_EQUAL(IsoWeek("2024-02-29"), "2024-W09");
}

BOOST_AUTO_TEST_CASE(invalid_dates_have_no_week) {
  BOOST_CHECK_EQUAL(IsoWeek(""), "");
  BOOST_CHECK_EQUAL(IsoWeek("2026-02-29"), "");
  BOOST_CHECK_EQUAL(IsoWeek("2026-13-01"), "");
  BOOST_CHECK_EQUAL(IsoWeek("2026-5-4"), "");
  BOOST_CHECK_EQUAL(IsoWeek("05.05.2026"), "");
  BOOST_CHECK(IsValidIsoDate("2024-02-29"));
  BOOST_CHECK(!IsValidIsoDate("2023-02-29"));
}

BOOST_AUTO_TEST_CASE(week_syntax) {
  BOOST_CHECK(IsValidIsoWeek("2026-W19"));
  BOOST_CHECK(!IsValidIsoWeek("2026-W54"));
  BOOST_CHECK(!IsValidIsoWeek("2026-W00"));
  BOOST_CHECK(!IsValidIsoWeek("2026W19"));
  BOOST_CHECK(!IsValidIsoWeek("2026-w19"));
}

BOOST_AUTO_TEST_CASE(monday_of_week) {
  BOOST_CHECK_EQUAL(MondayOfIsoWeek("2026-W19"), "2026-05-04");
  BOOST_CHECK_EQUAL(MondayOfIsoWeek("2026-W01"), "2025-12-29");
  BOOST_CHECK_EQUAL(MondayOfIsoWeek("2026-W53"), "2026-12-28");
  BOOST_CHECK_EQUAL(MondayOfIsoWeek("2025-W01"), "2024-12-30");
  BOOST_CHECK_EQUAL(MondayOfIsoWeek("2025-W53"), "");  // 2025 has 52 weeks
  BOOST_CHECK_EQUAL(MondayOfIsoWeek("W19"), "");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
