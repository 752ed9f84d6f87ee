// The events JSON reader and writer: round trip, and errors that name the
// file, line and column.

#include <boost/test/unit_test.hpp>

#include "actorgraph/events.h"

using namespace actorgraph;

namespace {

Events SampleEvents() {
  Events events;
  events.documents.push_back({"week.txt", "2026-05-02", "2026-05-08"});
  Actor a;
  a.id = "ilham-aliyev";
  a.name = "Ilham Aliyev";
  a.kind = ActorKind::kPerson;
  a.country = "azerbaijan";
  a.role = "President of Azerbaijan";
  a.name_ja = "イルハム・アリエフ";
  a.aliases = {"Aliyev", "President Aliyev"};
  Actor b;
  b.id = "giorgia-meloni";
  b.name = "Giorgia Meloni";
  Actor c;
  c.id = "azerbaijan";
  c.name = "Azerbaijan";
  c.kind = ActorKind::kCountry;
  events.actors = {a, b, c};
  Interaction meeting;
  meeting.type = InteractionType::kMeeting;
  meeting.source = "ilham-aliyev";
  meeting.target = "giorgia-meloni";
  meeting.date = "2026-05-04";
  meeting.place = "Baku";
  meeting.document = "week.txt";
  meeting.item = 9;
  meeting.outlets = {"AZERTAG"};
  meeting.evidence = {{"They met \"one-on-one\".", "meeting.held_meeting_with", 101}};
  meeting.cameo = "040";
  meeting.plover = "CONSULT";
  Interaction visit = meeting;
  visit.type = InteractionType::kVisit;
  visit.source = "giorgia-meloni";
  visit.target = "azerbaijan";
  visit.cameo = "042";
  events.interactions = {meeting, visit};
  return events;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(events_json)

BOOST_AUTO_TEST_CASE(round_trip_keeps_every_field) {
  Events events = SampleEvents();
  std::string json = EventsToJson(events);
  Result<Events> back = EventsFromJson(json, "events.json");
  BOOST_TEST_REQUIRE(back.ok(), back.status().ToString());
  BOOST_TEST(EventsToJson(*back) == json);
  BOOST_TEST(back->actors[0].name_ja == "イルハム・アリエフ");
  BOOST_TEST(back->interactions[1].type == InteractionType::kVisit);
  BOOST_TEST(back->interactions[0].evidence[0].line == 101);
  BOOST_TEST(back->documents[0].period_end == "2026-05-08");
}

BOOST_AUTO_TEST_CASE(spec_minimal_form_is_accepted) {
  const char* json = R"({
  "actors": [{"id": "a", "name": "A", "kind": "person", "aliases": ["Aa"]},
             {"id": "b", "name": "B", "kind": "country"}],
  "interactions": [{"type": "call", "source": "a", "target": "b", "date": "2026-05-04"}]
})";
  Result<Events> events = EventsFromJson(json, "min.json");
  BOOST_TEST_REQUIRE(events.ok(), events.status().ToString());
  BOOST_TEST(events->interactions.size() == 1u);
  BOOST_TEST(events->actors[1].kind == ActorKind::kCountry);
}

BOOST_AUTO_TEST_CASE(syntax_error_names_line_and_column) {
  Result<Events> events = EventsFromJson("{\n  \"actors\": [\n    {\"id\": \"a\",}\n  ]\n}", "bad.json");
  BOOST_TEST(!events.ok());
  BOOST_TEST(events.status().ToString() ==
             "bad.json:3:16: Missing a name for object member.");
}

BOOST_AUTO_TEST_CASE(unknown_actor_id_names_the_interaction_line) {
  const char* json =
      "{\"actors\": [{\"id\": \"a\"}],\n"
      " \"interactions\": [\n"
      "  {\"type\": \"call\", \"source\": \"a\", \"target\": \"a\"},\n"
      "  {\"type\": \"call\", \"source\": \"a\", \"target\": \"ghost\"}\n"
      "]}";
  Result<Events> events = EventsFromJson(json, "hand.json");
  BOOST_TEST(!events.ok());
  BOOST_TEST(events.status().ToString() ==
             "hand.json:4:3: interaction target \"ghost\" is not among the actors");
  BOOST_TEST(events.status().ExitCode() == 5);
}

BOOST_AUTO_TEST_CASE(duplicate_ids_and_bad_types_are_errors) {
  Result<Events> dup = EventsFromJson(
      "{\"actors\": [{\"id\": \"a\"},\n {\"id\": \"a\"}], \"interactions\": []}", "d.json");
  BOOST_TEST(dup.status().ToString() == "d.json:2:2: duplicate actor id \"a\"");
  Result<Events> type = EventsFromJson(
      "{\"actors\": [{\"id\": \"a\"}], \"interactions\": [{\"type\": \"hug\", \"source\": \"a\", "
      "\"target\": \"a\"}]}",
      "t.json");
  BOOST_TEST(type.status().ToString() == "t.json:1:44: unknown interaction type \"hug\"");
}

BOOST_AUTO_TEST_CASE(trailing_data_and_invalid_utf8_are_rejected) {
  BOOST_TEST(EventsFromJson("{\"actors\": [], \"interactions\": []} x", "x.json").status().ToString() ==
             "x.json:1:36: The document root must not be followed by other values.");
  std::string bad = "{\"actors\": [{\"id\": \"\xff\"}], \"interactions\": []}";
  BOOST_TEST(EventsFromJson(bad, "u.json").status().ToString() ==
             "u.json:1:21: invalid UTF-8");
  // a sequence cut by the end of the text
  BOOST_TEST(EventsFromJson("{\"actors\": [{\"id\": \"\xe3\x82", "c.json").status().ToString() ==
             "c.json:1:21: invalid UTF-8");
  BOOST_TEST(EventsFromJson("", "e.json").status().ToString() == "e.json:1:1: The document is empty.");
}

BOOST_AUTO_TEST_CASE(missing_file_is_not_found) {
  Result<Events> events = ReadEventsFile("no/such/events.json");
  BOOST_TEST(events.status().ToString() == "no/such/events.json: no such file");
  BOOST_TEST(events.status().ExitCode() == 3);
}

BOOST_AUTO_TEST_CASE(merge_unites_aliases_and_appends_interactions) {
  Events a = SampleEvents();
  Events b = SampleEvents();
  b.actors[0].aliases = {"İlham Əliyev"};
  MergeEvents(&a, b);
  BOOST_TEST(a.actors.size() == 3u);
  BOOST_TEST(a.actors[0].aliases.size() == 3u);
  BOOST_TEST(a.interactions.size() == 4u);
}

BOOST_AUTO_TEST_SUITE_END()
