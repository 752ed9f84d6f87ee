// The extractor on delegations and those present at talks: "A delegation of
// the X Party (XP) headed by co-chairs A and B was received by Y" (a short
// name of several words in brackets, a plural title in lower case before
// the list: both leaders meet Y); "A and B were also present at the
// meeting" and "Also present at the talks were A and B" (they meet the
// item's participants); "paid a visit to Party Chairman X at the party's
// headquarters" (a visit to a person is a meeting; a visit to a country
// stays a visit); "The A side was represented by X and Y, while the B
// delegation comprised Z" after talks (each of one side met each of the
// other, no pair within a side, nor when "the sides discussed ... and
// agreed"; "the agreement of March 10, 2025" dates a thing, not the act);
// "was received on Monday (22) at the
// plant by X", "on Monday (Nov 22)" (a day, with its date in brackets,
// takes nothing from a rule's gap); chairs told otherwise: "It was
// co-chaired by A and B", "with X presiding", "presided over by X",
// "co-chaired, together with Y, the 3rd session of ..."; "X hosted the 5th
// ... Meeting" (a person or body hosts; a country hosting is the venue:
// the rule's `source_kinds`); criticism in more words ("hit back at",
// "was taken to task by", "castigated", "rebuffed the criticism", "called
// the decision by X 'unjustified'"); "by opposition leader X" (a title in
// lower case with no article before a name); "received Y in the presence
// of Z", ", who was accompanied by Z", "Also taking part was Z" (Z met the
// guest; a signing witnessed "in the presence of" leaders is no meeting);
// "The President of the Republic received X" in a digest whose host's
// president is neither named nor known: the office, "President of Moldova";
// envoys between semicolons ("the new ambassadors of India, A; Morocco, B;
// and Norway, C", "A of India; B of Morocco") and a place after "at" that
// takes no title ("at the Casa de Nariño, the President received"); "on
// Friday, Nov. 19" and "on Friday (Nov. 19)" (the date written out is the
// day); Vicente "Tito" Sotto III (a nickname in quotes inside a name is
// left out of it); "Y arrived on Tuesday evening" told after the act of
// Wednesday it led to (a look back: what follows stays on Wednesday);
// "led Chile's delegation to E", "who is in Paris for E", "the annual
// debate of E"; "put their signatures to", "jointly launched", "agreed to
// accelerate", "a US$800 million loan" (a currency's sign, no country),
// "conveyed X's invitation for Y"; "Air Marshal Sunday Aneke" (a weekday
// between a title and a name is a given name); "his Australian
// counterpart, Deputy Prime Minister and Minister for Defence X," (the
// counterpart named with titles of his own); "X, who flew in from Canberra
// on Monday for a two-day official visit" in a digest (no destination
// named: the host country, rule target "H").
// Sentences are our own; the dictionary has no persons.
// Reference date: Friday 2027-11-26.

#include <boost/test/unit_test.hpp>
#include <algorithm>
#include <string>
#include <vector>

#include "actorgraph/document.h"
#include "extractor_test_util.h"

namespace actorgraph {
namespace {

using testing::Extract;
using testing::Found;
using testing::ItemDocument;
using testing::Lines;
using V = std::vector<std::string>;
const char* kFriday = "2027-11-26";

bool Has(const V& lines, const std::string& line) { return std::count(lines.begin(), lines.end(), line) == 1; }

BOOST_AUTO_TEST_SUITE(extractor_delegations_attendees)

BOOST_AUTO_TEST_CASE(a_delegation_headed_by_plural_title_and_list_received) {
  V lines = Found("A delegation of the Green Future Party (GF Party) headed by co-chairs Ana Lund and Pedro Alves "
                  "was received by Speaker Marta Sousa on Monday.",
                  kFriday);
  BOOST_TEST(Has(lines, "meeting Ana Lund -- Marta Sousa 2027-11-22"));
  BOOST_TEST(Has(lines, "meeting Marta Sousa -- Pedro Alves 2027-11-22"));
  BOOST_TEST(Found("Speaker Marta Sousa on Monday received a delegation led by deputy ministers Ana Lund and Pedro "
                   "Alves.",
                   kFriday) == V({"meeting Ana Lund -- Marta Sousa 2027-11-22", "meeting Ana Lund -- Pedro Alves 2027-11-22",
                                  "meeting Marta Sousa -- Pedro Alves 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(those_present_at_the_meeting_meet_its_participants) {
  V lines = Found("President Ana Lund on Wednesday received Pedro Alves. Vice President Marta Sousa and Foreign "
                  "Minister Jorge Neto were also present at the meeting.",
                  kFriday);
  BOOST_TEST(Has(lines, "meeting Ana Lund -- Pedro Alves 2027-11-24"));
  BOOST_TEST(Has(lines, "meeting Marta Sousa -- Pedro Alves 2027-11-24"));
  BOOST_TEST(Has(lines, "meeting Jorge Neto -- Pedro Alves 2027-11-24"));
  lines = Found("President Ana Lund on Wednesday received Pedro Alves. Also present at the talks were Vice President "
                "Marta Sousa and Foreign Minister Jorge Neto.",
                kFriday);
  BOOST_TEST(Has(lines, "meeting Marta Sousa -- Pedro Alves 2027-11-24"));
  BOOST_TEST(Has(lines, "meeting Jorge Neto -- Pedro Alves 2027-11-24"));
  // those present who are no one named add nobody
  BOOST_TEST(Found("President Ana Lund on Wednesday received Pedro Alves. Reporters were present at the meeting.",
                   kFriday) == V({"meeting Ana Lund -- Pedro Alves 2027-11-24"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_visit_paid_to_a_person_is_a_meeting) {
  BOOST_TEST(Found("On Thursday, President Ana Lund paid a visit to Party Chairman Pedro Alves at the party's "
                   "headquarters.",
                   kFriday) == V({"meeting Ana Lund -- Pedro Alves 2027-11-25"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("President Ana Lund paid a visit to Japan on Thursday.", kFriday) ==
                 V({"visit Ana Lund -> Japan 2027-11-25"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(sides_represented_at_talks_meet_across) {
  V lines = Found("A security meeting between Chile and Peru took place in Lima on Friday. The Chilean side was "
                  "represented by Foreign Minister Ana Lund and Defence Minister Pedro Alves, while the Peruvian "
                  "delegation, which arrived in the capital on Thursday evening, comprised Foreign Minister Jorge Neto "
                  "and Interior Minister Rosa Vidal.",
                  kFriday);
  for (const char* line : {"meeting Ana Lund -- Jorge Neto 2027-11-26", "meeting Ana Lund -- Rosa Vidal 2027-11-26",
                           "meeting Jorge Neto -- Pedro Alves 2027-11-26", "meeting Pedro Alves -- Rosa Vidal 2027-11-26"})
    BOOST_TEST(Has(lines, line), line);
  // (no pair within one side)
  BOOST_TEST(!Has(lines, "meeting Ana Lund -- Pedro Alves 2027-11-26"));
  // a side told in the next sentence
  lines = Found("Talks between Chile and Peru were held in Lima on Monday. The Chilean delegation was made up of Deputy "
                "Minister Ana Lund and Ambassador Pedro Alves. The Peruvian side was represented by Vice Minister Jorge "
                "Neto.",
                kFriday);
  BOOST_TEST(Has(lines, "meeting Ana Lund -- Jorge Neto 2027-11-22"));
  BOOST_TEST(Has(lines, "meeting Jorge Neto -- Pedro Alves 2027-11-22"));
  // one side at a ceremony is no talks
  BOOST_TEST(Found("The Chilean side was represented by Foreign Minister Ana Lund at the ceremony on Monday.", kFriday)
                 .empty());
}

BOOST_AUTO_TEST_CASE(a_day_with_its_date_in_brackets_takes_nothing_from_the_gap) {
  BOOST_TEST(Found("Marta Sousa was received on Monday (22) at the plant by Minister Pedro Alves.", kFriday) ==
                 V({"meeting Marta Sousa -- Pedro Alves 2027-11-22"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Prime Minister Ana Lund arrived at the international airport on Monday (Nov 22) for a three-day "
                   "state visit to Indonesia.",
                   kFriday) == V({"visit Ana Lund -> Indonesia 2027-11-22"}),
             boost::test_tools::per_element());
  // a day and a place between the verb and "by"
  BOOST_TEST(Found("Marta Sousa was received on Monday at the plant in Callao by Minister Pedro Alves.", kFriday) ==
                 V({"meeting Marta Sousa -- Pedro Alves 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(chairs_of_a_gathering_in_other_words) {
  // "It was co-chaired by A and B": the gathering named last
  V lines = Found("The 3rd session of the Andean Joint Commission was held in Lima on Monday. It was co-chaired by "
                  "Minister Ana Lund and Minister Pedro Alves.",
                  kFriday);
  BOOST_TEST(Has(lines, "participation Ana Lund -> 3rd session of the Andean Joint Commission 2027-11-22"));
  BOOST_TEST(Has(lines, "participation Pedro Alves -> 3rd session of the Andean Joint Commission 2027-11-22"));
  BOOST_TEST(Found("The 4th session of the Senate Budget Committee opened in Lima on Monday, with Senate President "
                   "Marta Sousa presiding.",
                   kFriday) == V({"participation Marta Sousa -> 4th session of the Senate Budget Committee 2027-11-22"}),
             boost::test_tools::per_element());
  BOOST_TEST(Has(Found("The 3rd session of the Andean Joint Commission, presided over by Minister Ana Lund, took place "
                       "in Lima on Monday.",
                       kFriday),
                 "participation Ana Lund -> 3rd session of the Andean Joint Commission 2027-11-22"));
  // a partner between commas before the gathering
  lines = Found("Minister Ana Lund co-chaired, together with Minister Pedro Alves, the 3rd session of the Andean Joint "
                "Commission on Monday.",
                kFriday);
  BOOST_TEST(Has(lines, "participation Ana Lund -> 3rd session of the Andean Joint Commission 2027-11-22"));
  BOOST_TEST(Has(lines, "participation Pedro Alves -> 3rd session of the Andean Joint Commission 2027-11-22"));
  BOOST_TEST(Has(lines, "meeting Ana Lund -- Pedro Alves 2027-11-22"));
}

BOOST_AUTO_TEST_CASE(a_gathering_hosted_by_a_person_not_by_its_venue) {
  BOOST_TEST(Found("Minister Ana Lund hosted the 5th Quadrilateral Ministerial Meeting on Monday.", kFriday) ==
                 V({"participation Ana Lund -> 5th Quadrilateral Ministerial Meeting 2027-11-22"}),
             boost::test_tools::per_element());
  // a country that hosts is the venue; praise for hosting names no host's act
  BOOST_TEST(Found("Peru hosted the 5th Quadrilateral Ministerial Meeting on Monday.", kFriday).empty());
  BOOST_TEST(Found("Minister Ana Lund on Monday lauded Oman for hosting a round of Gulf consultations.", kFriday) ==
                 V({"praise Ana Lund -> Oman 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(criticism_in_more_words) {
  BOOST_TEST(Found("Opposition leader Marta Sousa hit back at President Pedro Alves on Tuesday.", kFriday) ==
                 V({"criticism Marta Sousa -> Pedro Alves 2027-11-23"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Finance Minister Ana Lund was taken to task by Senator Pedro Alves on Tuesday.", kFriday) ==
                 V({"criticism Pedro Alves -> Ana Lund 2027-11-23"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Minister Ana Lund on Monday castigated President Pedro Alves.", kFriday) ==
                 V({"criticism Ana Lund -> Pedro Alves 2027-11-22"}),
             boost::test_tools::per_element());
  // a reply to an accusation goes back to the accuser
  V lines = Found("Senator Pedro Alves accused Minister Ana Lund of waste. Lund rebuffed the criticism on Tuesday.", kFriday);
  BOOST_TEST(Has(lines, "criticism Ana Lund -> Pedro Alves 2027-11-23"));
  BOOST_TEST(Found("The Ministry of Trade of Peru on Monday called the decision by Chile's customs agency "
                   "\"unjustified\".",
                   kFriday) == V({"criticism Ministry of Trade of Peru -> Customs Agency of Chile 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_title_in_lower_case_before_a_name_with_no_article) {
  BOOST_TEST(Found("Finance Minister Ana Lund was criticized by opposition leader Pedro Alves on Tuesday.", kFriday) ==
                 V({"criticism Pedro Alves -> Ana Lund 2027-11-23"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Minister Ana Lund on Monday met with spy chief Pedro Alves.", kFriday) ==
                 V({"meeting Ana Lund -- Pedro Alves 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(those_in_attendance_beside_the_host) {
  // "in the presence of Z": Z, on the host's side, met the guest
  V lines = Found("Prime Minister Ana Lund on Monday received Pedro Alves, chief executive of Norsk Kraft, in the "
                  "presence of Energy Minister Marta Sousa.",
                  kFriday);
  BOOST_TEST(Has(lines, "meeting Ana Lund -- Pedro Alves 2027-11-22"));
  BOOST_TEST(Has(lines, "meeting Marta Sousa -- Pedro Alves 2027-11-22"));
  // ", who was accompanied by Z"
  BOOST_TEST(Has(Found("President Ana Lund, who was accompanied by Interior Minister Marta Sousa, received Senate "
                       "President Pedro Alves on Monday.",
                       kFriday),
                 "meeting Marta Sousa -- Pedro Alves 2027-11-22"));
  // "Also taking part was Z" after a meeting, with no gathering
  lines = Found("President Ana Lund received Senate President Pedro Alves on Monday. Also taking part was Interior "
                "Minister Marta Sousa.",
                kFriday);
  BOOST_TEST(Has(lines, "meeting Marta Sousa -- Pedro Alves 2027-11-22"));
  // a signing witnessed is no meeting of the witnesses
  BOOST_TEST(Found("President Ana Lund received Pedro Alves on Monday, after which Minister Marta Sousa and Minister "
                   "Jorge Neto signed an agreement in the presence of both leaders.",
                   kFriday) == V({"cooperation Jorge Neto -- Marta Sousa 2027-11-22", "meeting Ana Lund -- Pedro Alves 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_host_head_of_state_the_dictionary_does_not_know) {
  // (the dictionary of these tests has no persons: no holder is known)
  Document doc = ItemDocument("", {"The President of the Republic received Senate President Ana Lund on Wednesday. "
                                   "Taking part was Interior Minister Pedro Alves."},
                              "2027-11-26");
  doc.publisher = "在モルドバ日本国大使館";
  V lines = Lines(Extract(doc));
  BOOST_TEST(Has(lines, "meeting Ana Lund -- President of Moldova 2027-11-24"));
  BOOST_TEST(Has(lines, "meeting Ana Lund -- Pedro Alves 2027-11-24"));
  // an office of another body is not the head of state's
  doc = ItemDocument("", {"President of the Senate Ana Lund received Pedro Alves on Wednesday."}, "2027-11-26");
  doc.publisher = "在モルドバ日本国大使館";
  BOOST_TEST(Lines(Extract(doc)) == V({"meeting Ana Lund -- Pedro Alves 2027-11-24"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(envoys_listed_with_their_countries_between_semicolons) {
  BOOST_TEST(Found("President Ana Lund on Tuesday received the letters of credence of the new ambassadors of India, "
                   "Vikram Rao; Morocco, Nadia Alami; and Norway, Henrik Aas.",
                   kFriday) == V({"meeting Ana Lund -- Henrik Aas 2027-11-23", "meeting Ana Lund -- Nadia Alami 2027-11-23",
                                  "meeting Ana Lund -- Vikram Rao 2027-11-23"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("President Ana Lund on Tuesday received Vikram Rao of India; Nadia Alami of Morocco; and Henrik Aas "
                   "of Norway.",
                   kFriday) == V({"meeting Ana Lund -- Henrik Aas 2027-11-23", "meeting Ana Lund -- Nadia Alami 2027-11-23",
                                  "meeting Ana Lund -- Vikram Rao 2027-11-23"}),
             boost::test_tools::per_element());
  // a new clause after the semicolon is no member
  BOOST_TEST(Found("President Ana Lund on Tuesday received Vikram Rao; Nadia Alami told reporters the talks went well.",
                   kFriday) == V({"meeting Ana Lund -- Vikram Rao 2027-11-23"}),
             boost::test_tools::per_element());
  // a place after "at" takes no title: "at the Casa de Nariño, the President received"
  Document doc = ItemDocument("", {"In audiences held on Tuesday at the Casa de Nariño, the President received the "
                                   "credentials of the new ambassadors of India, Vikram Rao; and Norway, Henrik Aas."},
                              "2027-11-26");
  doc.publisher = "在コロンビア日本国大使館";
  BOOST_TEST(Lines(Extract(doc)) == V({"meeting Henrik Aas -- President of Colombia 2027-11-23",
                                       "meeting President of Colombia -- Vikram Rao 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_date_written_out_after_the_weekday_is_the_day) {
  // (the reference is a Friday; the Friday of the date written out is a week before)
  BOOST_TEST(Found("President Ana Lund met Pedro Alves on Friday, Nov. 19.", kFriday) ==
                 V({"meeting Ana Lund -- Pedro Alves 2027-11-19"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("President Ana Lund met Pedro Alves on Friday (Nov. 19) in Manila.", kFriday) ==
                 V({"meeting Ana Lund -- Pedro Alves 2027-11-19"}),
             boost::test_tools::per_element());
  // a comma after the weekday with no date: the weekday's own day
  BOOST_TEST(Found("On Monday, President Ana Lund met Pedro Alves.", kFriday) ==
                 V({"meeting Ana Lund -- Pedro Alves 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_nickname_in_quotes_inside_a_name) {
  V lines = Found("President Ana Lund sat down with Senate President Vicente \"Tito\" Sotto III and House Speaker "
                  "Faustino \u201cBojie\u201d Dy III on Monday.",
                  kFriday);
  BOOST_TEST(Has(lines, "meeting Ana Lund -- Vicente Sotto III 2027-11-22"));
  BOOST_TEST(Has(lines, "meeting Ana Lund -- Faustino Dy III 2027-11-22"));
  // a quoted name after a lower-case word is no nickname and stays
  BOOST_TEST(Found("Minister Ana Lund met Pedro Alves, chairman of \"Andes Mining\" Group, on Monday.", kFriday) ==
                 V({"meeting Ana Lund -- Pedro Alves 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_arrival_told_after_the_act_keeps_the_story_on_its_day) {
  V lines = Found("Foreign Minister Ana Lund welcomed Minister for Foreign Affairs of Japan Kenji Mori to Manila on 24 "
                  "November for talks. Mori arrived in Manila on Tuesday evening for an official visit. The two "
                  "ministers signed an agreement on coastal radars.",
                  kFriday);
  BOOST_TEST(Has(lines, "visit Kenji Mori -> Philippines 2027-11-23"));
  BOOST_TEST(Has(lines, "cooperation Ana Lund -- Kenji Mori 2027-11-24"));
}

BOOST_AUTO_TEST_CASE(participation_told_by_a_delegation_led_or_a_stay_for_a_gathering) {
  BOOST_TEST(Found("Finance Minister Ana Lund on Monday led Chile's delegation to the 2027 Annual Meetings of the IMF "
                   "in Washington.",
                   kFriday) == V({"participation Ana Lund -> 2027 Annual Meetings of the IMF 2027-11-22"}),
             boost::test_tools::per_element());
  BOOST_TEST(Has(Found("President Ana Lund, who is in Paris for the Paris Peace Forum, met Pedro Alves on Monday.", kFriday),
                 "participation Ana Lund -> Paris Peace Forum 2027-11-22"));
  BOOST_TEST(Found("Foreign Minister Ana Lund on Tuesday addressed the annual debate of the 82nd session of the UN "
                   "General Assembly.",
                   kFriday) == V({"participation Ana Lund -> 82nd session of the UN General Assembly 2027-11-23"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(agreements_and_invitations_in_more_words) {
  BOOST_TEST(Found("Minister Ana Lund and Minister Pedro Alves on Monday put their signatures to a memorandum on trade.",
                   kFriday) == V({"cooperation Ana Lund -- Pedro Alves 2027-11-22"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Minister Ana Lund and Minister Pedro Alves jointly launched the Green Corridor initiative on Monday.",
                   kFriday) == V({"cooperation Ana Lund -- Pedro Alves 2027-11-22"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("Minister Ana Lund and Minister Pedro Alves on Monday agreed to accelerate the border economic zone.",
                   kFriday) == V({"cooperation Ana Lund -- Pedro Alves 2027-11-22"}),
             boost::test_tools::per_element());
  // a currency's sign is no country
  BOOST_TEST(Found("Finance Minister Ana Lund and Pedro Alves signed a US$800 million loan agreement on Monday.", kFriday) ==
                 V({"cooperation Ana Lund -- Pedro Alves 2027-11-22"}),
             boost::test_tools::per_element());
  // the one whose invitation is conveyed invites
  BOOST_TEST(Found("Vice Minister Karl Berg on Monday conveyed Prime Minister Luis Rojas's invitation for President Ana "
                   "Lund to visit Norway.",
                   kFriday) == V({"invitation Luis Rojas -> Ana Lund 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_weekday_between_a_title_and_a_name_is_a_given_name) {
  BOOST_TEST(Found("Air Marshal Sunday Aneke on Tuesday met Pedro Alves.", kFriday) ==
                 V({"meeting Pedro Alves -- Sunday Aneke 2027-11-23"}),
             boost::test_tools::per_element());
  // still a day after a title's comma or a preposition
  BOOST_TEST(Found("President Ana Lund met Pedro Alves on Monday.", kFriday) ==
                 V({"meeting Ana Lund -- Pedro Alves 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_counterpart_named_with_titles_of_his_own) {
  BOOST_TEST(Found("Defence Secretary Ana Lund and his Australian counterpart, Deputy Prime Minister and Minister for "
                   "Defence Richard Marles, signed the agreement on Tuesday.",
                   kFriday) == V({"cooperation Ana Lund -- Richard Marles 2027-11-23"}),
             boost::test_tools::per_element());
  // ("-ity" words of a portfolio are no given name)
  BOOST_TEST(Found("Minister of Economy and Prosperity Ana Lund met Pedro Alves on Monday.", kFriday) ==
                 V({"meeting Ana Lund -- Pedro Alves 2027-11-22"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_trip_with_no_destination_named_is_to_the_host) {
  Document doc = ItemDocument("", {"Defence Secretary Ana Lund received Richard Marles on Tuesday. Marles, who flew in "
                                   "from Canberra on Monday for a two-day official visit, held talks with Lund."},
                              "2027-11-26");
  doc.publisher = "在フィリピン日本国大使館";
  BOOST_TEST(Has(Lines(Extract(doc)), "visit Richard Marles -> Philippines 2027-11-22"));
  // a destination named is the visit's
  doc = ItemDocument("", {"Pedro Alves arrived in Tokyo on Monday for a three-day visit. Sara Ito flew in from Tokyo "
                          "on Monday for a visit to Seoul."},
                     "2027-11-26");
  doc.publisher = "在フィリピン日本国大使館";
  BOOST_TEST(Lines(Extract(doc)) == V({"visit Pedro Alves -> Japan 2027-11-22", "visit Sara Ito -> South Korea 2027-11-22"}),
             boost::test_tools::per_element());
  // with no host (plain text) nothing is guessed
  BOOST_TEST(Found("Richard Marles arrived on Monday for a two-day official visit.", kFriday).empty());
}

BOOST_AUTO_TEST_CASE(the_sides_agree_across_the_sides_represented) {
  V lines = Found("A security meeting between Chile and Peru took place in Lima on Friday. The Chilean side was "
                  "represented by Foreign Minister Ana Lund and Defence Minister Pedro Alves, while the Peruvian "
                  "delegation comprised Foreign Minister Jorge Neto and Interior Minister Rosa Vidal. The sides "
                  "discussed border security in line with the agreement of March 10, 2025, and agreed to establish a "
                  "joint working group.",
                  kFriday);
  BOOST_TEST(Has(lines, "cooperation Ana Lund -- Jorge Neto 2027-11-26"));
  BOOST_TEST(Has(lines, "cooperation Pedro Alves -- Rosa Vidal 2027-11-26"));
  for (const std::string& line : lines) {
    BOOST_TEST(line.find("Ana Lund -- Pedro Alves") == std::string::npos, line);
    BOOST_TEST(line.find("2025-03-10") == std::string::npos, line);
  }
}

BOOST_AUTO_TEST_CASE(guards_against_readings_too_wide) {
  // each sentence alone, and all it should yield
  const std::vector<std::pair<std::string, V>> cases = {
      // a person after "at" keeps the title after the comma
      {"Prime Minister Ana Lund lashed out at Pedro Alves, the chairman of the Green Party, on Tuesday.",
       {"criticism Ana Lund -> Pedro Alves 2027-11-23"}},
      // sides at a hearing, not at the talks told before
      {"President Ana Lund met Pedro Alves in Brussels on Monday. At the court hearings in The Hague on Wednesday, the "
       "Chilean side was represented by Deputy Minister Jorge Neto, while the Peruvian side was represented by Rosa "
       "Vidal.",
       {"meeting Ana Lund -- Pedro Alves 2027-11-22"}},
      // a place visited is no person met
      {"Foreign Minister Ana Lund paid a visit to the Ataturk Mausoleum in Ankara on Tuesday.", {}},
      // a sitting held in an earlier year, and its chairs
      {"The 5th session of the Chile-Peru intergovernmental commission was held in Lima in 2024. It was co-chaired by "
       "Minister Ana Lund and Minister Pedro Alves.",
       {}},
      {"Foreign Minister Ana Lund led Chile's delegation to the 9th Summit of the Pacific Alliance in 2022.", {}},
      {"Coach Carlo Ancelotti led Brazil to the 2026 FIFA World Cup final.", {}},
      // force is no criticism; "false" after a call is no description
      {"Iran hit back at Israel with a barrage of ballistic missiles on Tuesday night.", {}},
      {"Foreign Minister Ana Lund called Pedro Alves after false reports of a border clash spread online.", {}},
      // those who joined a call met no one in person
      {"President Ana Lund held a video call with Pedro Alves on Monday. Also taking part were Jorge Neto and Rosa "
       "Vidal.",
       {"call Ana Lund -- Pedro Alves 2027-11-22"}},
      // a clause after a semicolon is no member of the list
      {"At the summit, Prime Minister Ana Lund met Prime Minister Pedro Alves; Germany, Chancellor Jorge Neto, who "
       "arrived late, skipped the session.",
       {"meeting Ana Lund -- Pedro Alves 2027-11-26"}},
      // a part of the day is no family name
      {"President Ana Lund met Pedro Alves Thursday Evening at State House.", {"meeting Ana Lund -- Pedro Alves 2027-11-25"}},
      // a venue that hosts takes no part
      {"The Baku Expo Center hosted the 31st Caspian Oil and Gas Exhibition on Tuesday.", {}},
      // a petition signed together is no agreement between its signers
      {"Writers Ana Lund and Pedro Alves put their signatures to a petition calling for a ceasefire on Tuesday.", {}},
  };
  for (const auto& [sentence, want] : cases) BOOST_TEST(Found(sentence, kFriday) == want, sentence);
  // in a Colombian digest, the President who receives a visitor to Brazil is Brazil's
  Document doc = ItemDocument("", {"Foreign Minister Ana Lund, on an official visit to Brazil, was received by the "
                                   "President at the Planalto Palace on Monday."},
                              "2027-11-26");
  doc.publisher = "在コロンビア日本国大使館";
  for (const std::string& line : Lines(Extract(doc))) BOOST_TEST(line.find("Colombia") == std::string::npos, line);
  // a visit the sentence opens with its day moves the story on
  BOOST_TEST(Has(Found("Foreign Minister Ana Lund met Pedro Alves in Ankara on November 25. On November 20, Lund "
                       "visited Italy. She held talks with Italian Foreign Minister Jorge Neto.",
                       kFriday),
                 "meeting Ana Lund -- Jorge Neto 2027-11-20"));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
