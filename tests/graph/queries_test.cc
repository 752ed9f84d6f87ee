// Queries on tests/graph/data/queries_events.json (drawn in
// graph_view_test.cc): name resolution, who met whom, between, path, top,
// and their text and JSON output.

#include <boost/test/unit_test.hpp>

#include "actorgraph/queries.h"
#include "actorgraph/query_output.h"
#include "graph_fixtures.h"

namespace actorgraph {
namespace {

const ActorGraph& Fixture() { return testing::EventsFixture(); }

std::string Id(Vertex v) { return Fixture().graph()[v].id; }

std::string Resolved(const std::string& name) {
  ActorFinder finder(Fixture());
  Result<Vertex> v = finder.Resolve(name);
  return v.ok() ? Id(*v) : v.status().ToString();
}

BOOST_AUTO_TEST_SUITE(queries)

BOOST_AUTO_TEST_CASE(names_resolve_by_every_spelling) {
  BOOST_CHECK_EQUAL(Resolved("ilham-aliyev"), "ilham-aliyev");        // id
  BOOST_CHECK_EQUAL(Resolved("ILHAM ALIYEV"), "ilham-aliyev");        // name, any case
  BOOST_CHECK_EQUAL(Resolved("Aliyev"), "ilham-aliyev");              // alias beats Heydar's word
  BOOST_CHECK_EQUAL(Resolved("ilham əliyev"), "ilham-aliyev");        // alias with diacritics
  BOOST_CHECK_EQUAL(Resolved("İlham Aliyev"), "ilham-aliyev");        // dotted capital I
  BOOST_CHECK_EQUAL(Resolved("イルハム・アリエフ"), "ilham-aliyev");  // Japanese name
  BOOST_CHECK_EQUAL(Resolved("Recep Tayyip Erdogan"), "recep-tayyip-erdogan");  // no diacritics
  BOOST_CHECK_EQUAL(Resolved("erdogan"), "recep-tayyip-erdogan");
  BOOST_CHECK_EQUAL(Resolved("turkiye"), "turkiye");
  BOOST_CHECK_EQUAL(Resolved("Turkey"), "turkiye");
  BOOST_CHECK_EQUAL(Resolved("mirzoyan"), "ararat-mirzoyan");
  BOOST_CHECK_EQUAL(Resolved("Heydar"), "heydar-aliyev");  // a word of the name
}

BOOST_AUTO_TEST_CASE(ambiguous_name_lists_candidates) {
  ActorFinder finder(Fixture());
  Result<Vertex> v = finder.Resolve("foreign ministry");
  BOOST_REQUIRE(!v.ok());
  BOOST_CHECK(v.status().code() == Status::Code::kInvalidArgument);
  BOOST_CHECK_EQUAL(v.status().message(),
                    "\"foreign ministry\" is ambiguous; it may be:\n"
                    "  mfa-azerbaijan (Ministry of Foreign Affairs of Azerbaijan)\n"
                    "  mfa-turkiye (Ministry of Foreign Affairs of Türkiye)\n"
                    "give the id or a fuller name");
  BOOST_CHECK_EQUAL(finder.Candidates("ministry of foreign affairs").size(), 2u);
}

BOOST_AUTO_TEST_CASE(unknown_name_is_not_found) {
  ActorFinder finder(Fixture());
  Result<Vertex> v = finder.Resolve("Napoleon");
  BOOST_REQUIRE(!v.ok());
  BOOST_CHECK(v.status().code() == Status::Code::kNotFound);
  BOOST_CHECK_EQUAL(v.status().message(), "no actor is called \"Napoleon\"");
  BOOST_CHECK(!finder.Resolve("  ").ok());
  BOOST_CHECK(!finder.Resolve("liyev").ok());  // not a whole word
}

BOOST_AUTO_TEST_CASE(search_finds_substrings) {
  ActorFinder finder(Fixture());
  std::vector<std::string> ids;
  for (Vertex v : finder.Search("aliyev")) ids.push_back(Id(v));
  BOOST_CHECK(ids == (std::vector<std::string>{"heydar-aliyev", "ilham-aliyev"}));
  BOOST_CHECK_EQUAL(finder.Search("").size(), 16u);
  BOOST_CHECK_EQUAL(finder.Search("TURK").size(), 2u);  // turkiye, mfa-turkiye
}

BOOST_AUTO_TEST_CASE(who_met_lists_contacts_newest_first) {
  Vertex aliyev;
  BOOST_REQUIRE(Fixture().FindVertex("ilham-aliyev", &aliyev));
  InteractionFilter contacts;
  contacts.types = ContactTypes();
  std::vector<InteractionRecord> records = InteractionsOf(Fixture(), aliyev, contacts);
  std::vector<std::string> seen;
  for (const InteractionRecord& r : records) {
    const EdgeInfo& e = Fixture().graph()[r.edge];
    seen.push_back(e.date + " " + ToString(e.type) + " " + r.direction + " " + Id(r.counterpart));
  }
  BOOST_CHECK(seen == (std::vector<std::string>{
                          "2026-05-12 meeting with giorgia-meloni",
                          "2026-05-11 meeting with jeyhun-bayramov",
                          "2026-05-06 call with recep-tayyip-erdogan",
                          "2026-05-04 meeting with giorgia-meloni",
                      }));
}

BOOST_AUTO_TEST_CASE(filters_by_type_and_date) {
  Vertex az;
  BOOST_REQUIRE(Fixture().FindVertex("azerbaijan", &az));
  InteractionFilter all;
  std::vector<InteractionRecord> records = InteractionsOf(Fixture(), az, all);
  BOOST_REQUIRE_EQUAL(records.size(), 3u);
  BOOST_CHECK_EQUAL(records[0].direction, std::string("from"));  // EU praised it
  BOOST_CHECK_EQUAL(Id(records[0].counterpart), "european-union");
  // Same date 05-04: giorgia-meloni (visit) sorts before italy.
  BOOST_CHECK_EQUAL(Id(records[1].counterpart), "giorgia-meloni");
  BOOST_CHECK_EQUAL(Id(records[2].counterpart), "italy");
  InteractionFilter only_week19;
  only_week19.to = "2026-05-10";
  only_week19.types = {InteractionType::kCooperation};
  records = InteractionsOf(Fixture(), az, only_week19);
  BOOST_REQUIRE_EQUAL(records.size(), 1u);
  BOOST_CHECK_EQUAL(records[0].direction, std::string("with"));
}

BOOST_AUTO_TEST_CASE(between_two_actors_either_direction) {
  Vertex aliyev, meloni;
  BOOST_REQUIRE(Fixture().FindVertex("ilham-aliyev", &aliyev));
  BOOST_REQUIRE(Fixture().FindVertex("giorgia-meloni", &meloni));
  std::vector<InteractionRecord> records =
      InteractionsBetween(Fixture(), meloni, aliyev, InteractionFilter());
  BOOST_REQUIRE_EQUAL(records.size(), 2u);
  BOOST_CHECK_EQUAL(Fixture().graph()[records[0].edge].place, "Rome");
  BOOST_CHECK_EQUAL(Fixture().graph()[records[1].edge].place, "Baku");
}

BOOST_AUTO_TEST_CASE(shortest_chain_of_contacts) {
  Vertex meloni, fidan, mirzoyan;
  BOOST_REQUIRE(Fixture().FindVertex("giorgia-meloni", &meloni));
  BOOST_REQUIRE(Fixture().FindVertex("hakan-fidan", &fidan));
  BOOST_REQUIRE(Fixture().FindVertex("ararat-mirzoyan", &mirzoyan));
  InteractionFilter contacts;
  contacts.types = ContactTypes();
  Result<ContactPath> path = ShortestContactPath(Fixture(), meloni, fidan, contacts);
  BOOST_REQUIRE(path.ok());
  std::vector<std::string> ids;
  for (Vertex v : path->actors) ids.push_back(Id(v));
  BOOST_CHECK(ids == (std::vector<std::string>{"giorgia-meloni", "ilham-aliyev", "jeyhun-bayramov",
                                               "hakan-fidan"}));
  BOOST_REQUIRE_EQUAL(path->links.size(), 3u);
  BOOST_CHECK_EQUAL(Fixture().graph()[path->links[0]].date, "2026-05-12");  // the newest link

  Result<ContactPath> none = ShortestContactPath(Fixture(), meloni, mirzoyan, contacts);
  BOOST_REQUIRE(!none.ok());
  BOOST_CHECK(none.status().code() == Status::Code::kNotFound);
  BOOST_CHECK_EQUAL(none.status().message(),
                    "no chain of contacts joins giorgia-meloni (Giorgia Meloni) and "
                    "ararat-mirzoyan (Ararat Mirzoyan)");

  Result<ContactPath> self = ShortestContactPath(Fixture(), meloni, meloni, contacts);
  BOOST_REQUIRE(self.ok());
  BOOST_CHECK_EQUAL(self->actors.size(), 1u);
  BOOST_CHECK(self->links.empty());
}

BOOST_AUTO_TEST_CASE(path_through_any_type_when_asked) {
  // SAHA 2026 has only a participation (Fidan's): no contact reaches it, but
  // with every type the chain is Meloni - Aliyev - Bayramov - Fidan - SAHA.
  Vertex meloni, saha;
  BOOST_REQUIRE(Fixture().FindVertex("giorgia-meloni", &meloni));
  BOOST_REQUIRE(Fixture().FindVertex("saha-2026", &saha));
  Result<ContactPath> path = ShortestContactPath(Fixture(), meloni, saha, InteractionFilter());
  BOOST_REQUIRE(path.ok());
  BOOST_CHECK_EQUAL(path->links.size(), 4u);  // meloni-aliyev-bayramov-fidan-saha
  InteractionFilter contacts;
  contacts.types = ContactTypes();
  BOOST_CHECK(!ShortestContactPath(Fixture(), meloni, saha, contacts).ok());
}

BOOST_AUTO_TEST_CASE(type_lists) {
  using T = InteractionType;
  auto types = ParseTypeList("visit, meeting,call,meeting");
  BOOST_REQUIRE(types.ok());
  BOOST_CHECK(*types == (std::vector<T>{T::kMeeting, T::kCall, T::kVisit}));
  BOOST_CHECK(*ParseTypeList("contacts") == ContactTypes());
  BOOST_CHECK(ParseTypeList("praise,all")->empty());
  auto bad = ParseTypeList("meeting,lunch");
  BOOST_REQUIRE(!bad.ok());
  BOOST_CHECK_EQUAL(bad.status().message(),
                    "unknown interaction type \"lunch\" (known: meeting, call, visit, "
                    "participation, praise, criticism, invitation, cooperation, sanction, "
                    "contacts, all)");
  BOOST_CHECK(!ParseTypeList("").ok());
}

BOOST_AUTO_TEST_CASE(top_actors_ties_by_id) {
  std::vector<RankedActor> top = TopActors({1.0, 3.0, 3.0, 0.5}, 3);
  BOOST_REQUIRE_EQUAL(top.size(), 3u);
  BOOST_CHECK_EQUAL(top[0].actor, 1u);
  BOOST_CHECK_EQUAL(top[1].actor, 2u);
  BOOST_CHECK_EQUAL(top[2].actor, 0u);
  BOOST_CHECK_EQUAL(TopActors({1.0, 2.0}, 0).size(), 2u);
}

BOOST_AUTO_TEST_CASE(who_met_text_output) {
  Vertex meloni;
  BOOST_REQUIRE(Fixture().FindVertex("giorgia-meloni", &meloni));
  InteractionFilter contacts;
  contacts.types = ContactTypes();
  std::string text = FormatInteractions(
      Fixture(), meloni, nullptr, InteractionsOf(Fixture(), meloni, contacts), OutputFormat::kText);
  BOOST_CHECK_EQUAL(text,
                    "Giorgia Meloni (giorgia-meloni): 3 interactions\n"
                    "2026-05-12  meeting with Ilham Aliyev (ilham-aliyev), Rome\n"
                    "    source: week20.txt item 4; APA\n"
                    "    \"They met again in Rome.\"\n"
                    "2026-05-04  visit to Azerbaijan (azerbaijan), Baku\n"
                    "    source: week19.txt item 3; AZERTAC\n"
                    "    \"The Italian prime minister arrived in Baku.\"\n"
                    "2026-05-04  meeting with Ilham Aliyev (ilham-aliyev), Baku\n"
                    "    source: week19.txt item 3; AZERTAC, REPORT\n"
                    "    \"The two leaders held talks in Baku.\"\n");
}

BOOST_AUTO_TEST_CASE(who_met_json_output) {
  Vertex erdogan;
  BOOST_REQUIRE(Fixture().FindVertex("recep-tayyip-erdogan", &erdogan));
  std::string json = FormatInteractions(Fixture(), erdogan, nullptr,
                                        InteractionsOf(Fixture(), erdogan, InteractionFilter()),
                                        OutputFormat::kJson);
  BOOST_CHECK_EQUAL(json,
                    "{\n"
                    "  \"actor\": {\n"
                    "    \"id\": \"recep-tayyip-erdogan\",\n"
                    "    \"name\": \"Recep Tayyip Erdoğan\",\n"
                    "    \"kind\": \"person\"\n"
                    "  },\n"
                    "  \"count\": 1,\n"
                    "  \"interactions\": [\n"
                    "    {\n"
                    "      \"date\": \"2026-05-06\",\n"
                    "      \"week\": \"2026-W19\",\n"
                    "      \"type\": \"call\",\n"
                    "      \"direction\": \"with\",\n"
                    "      \"counterpart\": {\n"
                    "        \"id\": \"ilham-aliyev\",\n"
                    "        \"name\": \"Ilham Aliyev\",\n"
                    "        \"kind\": \"person\"\n"
                    "      },\n"
                    "      \"place\": \"\",\n"
                    "      \"outlets\": [\n"
                    "        \"APA\"\n"
                    "      ],\n"
                    "      \"document\": \"week19.txt\",\n"
                    "      \"item\": 5,\n"
                    "      \"evidence\": [\n"
                    "        {\n"
                    "          \"sentence\": \"The presidents spoke by phone.\",\n"
                    "          \"line\": 61\n"
                    "        }\n"
                    "      ]\n"
                    "    }\n"
                    "  ]\n"
                    "}\n");
}

BOOST_AUTO_TEST_CASE(path_and_top_text_output) {
  Vertex meloni, fidan;
  BOOST_REQUIRE(Fixture().FindVertex("giorgia-meloni", &meloni));
  BOOST_REQUIRE(Fixture().FindVertex("hakan-fidan", &fidan));
  InteractionFilter contacts;
  contacts.types = ContactTypes();
  auto path = ShortestContactPath(Fixture(), meloni, fidan, contacts);
  BOOST_REQUIRE(path.ok());
  std::string text = FormatPath(Fixture(), *path, OutputFormat::kText);
  BOOST_CHECK_EQUAL(text.substr(0, text.find('\n')),
                    "Giorgia Meloni (giorgia-meloni) to Hakan Fidan (hakan-fidan): 3 steps");
  BOOST_CHECK(text.find("3. Jeyhun Bayramov (jeyhun-bayramov) - Hakan Fidan (hakan-fidan): "
                        "meeting 2026-05-12, Ankara\n") != std::string::npos);
  Vertex aliyev;
  BOOST_REQUIRE(Fixture().FindVertex("ilham-aliyev", &aliyev));
  std::string top = FormatTop(Fixture(), "degree", "2026-W19", {{aliyev, 3.0}, {meloni, 2.5}},
                              OutputFormat::kText);
  BOOST_CHECK_EQUAL(top,
                    "top 2 by degree in 2026-W19\n"
                    "  1. 3           Ilham Aliyev (ilham-aliyev)\n"
                    "  2. 2.5         Giorgia Meloni (giorgia-meloni)\n");
}

BOOST_AUTO_TEST_CASE(actors_text_output) {
  ActorFinder finder(Fixture());
  std::string text = FormatActors(Fixture(), finder.Search("meloni"), OutputFormat::kText);
  BOOST_CHECK_EQUAL(text,
                    "giorgia-meloni  Giorgia Meloni  [person, italy] 3 interactions  aka Meloni\n"
                    "1 actor\n");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
