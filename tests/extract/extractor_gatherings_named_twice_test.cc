// The extractor on a gathering the headline and the body name in different
// words, wire datelines, counted groups and the rest found in the twelfth
// session of 2026-12-02 (the analysis of sets 107-110 and 72). Sentences are our own; the dictionary
// has no persons. Reference date: Tuesday 2027-12-07.

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "extractor_test_util.h"

namespace actorgraph {
namespace {

using testing::Extract;
using testing::Found;
using testing::ItemDocument;
using testing::Lines;
using V = std::vector<std::string>;
const char* kTuesday = "2027-12-07";

BOOST_AUTO_TEST_SUITE(extractor_gatherings_named_twice)

BOOST_AUTO_TEST_CASE(a_headline_and_a_body_name_one_gathering_in_other_words) {
  // "Baltic Grid Council meeting" in the headline, "the meeting of the
  // Council of the Baltic Grid" in the body: one gathering, and it keeps
  // the headline's name, for the body's is a description ("the meeting of
  // the Council of X" alone is a routine sitting, no named gathering)
  Document doc = ItemDocument("Latvian economy minister attends Baltic Grid Council meeting",
                              {"Minister of Economics Viktors Valainis took part on Monday in the meeting of the "
                               "Council of the Baltic Grid in Vilnius."},
                              kTuesday);
  doc.publisher = "在ラトビア日本国大使館";
  BOOST_TEST(Lines(Extract(doc)) == V({"participation Viktors Valainis -> Baltic Grid Council meeting 2027-12-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_body_s_fuller_name_becomes_the_gathering_s_name) {
  // the headline drops the articles and the commission's remit; the body's
  // name is the fuller one, and the headline's an alias of it
  Document doc = ItemDocument("5th meeting of Latvian-Polish Intergovernmental Commission held in Warsaw",
                              {"Minister of Finance Arvils Aseradens and Polish Deputy Minister of Finance Marek "
                               "Nowak co-chaired on Tuesday the 5th meeting of the Latvian-Polish Intergovernmental "
                               "Commission on Economic and Transport Cooperation."},
                              kTuesday);
  doc.publisher = "在ラトビア日本国大使館";
  Events events = Extract(doc);
  const char* full = "5th meeting of the Latvian-Polish Intergovernmental Commission on Economic and Transport Cooperation";
  int gatherings = 0;
  for (const Actor& a : events.actors)
    if (a.kind == ActorKind::kEvent) {
      ++gatherings;
      BOOST_TEST(a.name == full);
    }
  BOOST_TEST(gatherings == 1);
}

BOOST_AUTO_TEST_CASE(the_headline_s_countries_give_way_to_the_host_s_minister) {
  // the host's minister is named with no country (the digest's host is
  // Latvia): the headline's "Latvia" is his, so it takes part through him
  // and not a second time as a country
  Document doc = ItemDocument(
      "Latvia, Estonia, Lithuania hold trilateral energy meeting on sidelines of Baltic Grid Council meeting",
      {"Minister of Economics Viktors Valainis, Estonian Economy Minister Tarmo Kask and Lithuanian Energy Minister "
       "Rasa Jonaitis met in Vilnius on Monday on the sidelines of the 9th meeting of the Baltic Grid Council."},
      kTuesday);
  doc.publisher = "在ラトビア日本国大使館";
  std::vector<std::string> lines = Lines(Extract(doc));
  for (const std::string& line : lines) BOOST_TEST(line.find("participation Latvia") == std::string::npos, line);
  for (const char* want : {"participation Viktors Valainis -> 9th meeting of the Baltic Grid Council 2027-12-06",
                           "participation Tarmo Kask -> 9th meeting of the Baltic Grid Council 2027-12-06",
                           "meeting Tarmo Kask -- Viktors Valainis 2027-12-06"})
    BOOST_TEST((std::find(lines.begin(), lines.end(), want) != lines.end()), want);
}

BOOST_AUTO_TEST_CASE(a_wire_dateline_dates_the_report_s_weekdays) {
  // "ROME, November 26 (ANSA) -": the report was filed on Friday 26
  // November; its "on Wednesday" is the 24th, not the day of the dateline
  // and not the Wednesday before the item's date
  BOOST_TEST(Found("ROME, November 26 (ANSA) - Italian Foreign Minister Antonio Tajani held talks with Maltese Foreign "
                   "Minister Ian Borg on Wednesday.",
                   kTuesday) == V({"meeting Antonio Tajani -- Ian Borg 2027-11-24"}),
             boost::test_tools::per_element());
  // (the dateline's day when the report names no other)
  BOOST_TEST(Found("NEW DELHI, November 26 -- Indian Foreign Secretary Vikram Rao met Omani Foreign Minister Badr "
                   "Albusaidi.",
                   kTuesday) == V({"meeting Badr Albusaidi -- Vikram Rao 2027-11-26"}),
             boost::test_tools::per_element());
  // (its later sentences count from it too)
  Document doc = ItemDocument("", {"ROME, November 26 (ANSA) - Italian Foreign Minister Antonio Tajani arrived in "
                                   "Valletta on Wednesday. On Thursday, he held talks with Maltese Foreign Minister "
                                   "Ian Borg."},
                              kTuesday);
  std::vector<std::string> lines = Lines(Extract(doc));
  BOOST_TEST((std::find(lines.begin(), lines.end(), "meeting Antonio Tajani -- Ian Borg 2027-11-25") != lines.end()));
}

BOOST_AUTO_TEST_CASE(the_three_are_the_parties_of_the_meeting_just_told) {
  // "after which the three signed": a count with no title is the meeting
  // just reported when it had exactly that many parties
  BOOST_TEST(Found("Ghanaian Foreign Minister Kwame Mensah hosted his Togolese and Beninese counterparts, Kodjo Adedze "
                   "and Olushegun Bakari, in Accra on Monday for a trilateral meeting, after which the three signed a "
                   "joint communique.",
                   kTuesday) == V({"cooperation Kodjo Adedze -- Kwame Mensah 2027-12-06",
                                   "cooperation Kodjo Adedze -- Olushegun Bakari 2027-12-06",
                                   "cooperation Kwame Mensah -- Olushegun Bakari 2027-12-06",
                                   "meeting Kodjo Adedze -- Kwame Mensah 2027-12-06",
                                   "meeting Kodjo Adedze -- Olushegun Bakari 2027-12-06",
                                   "meeting Kwame Mensah -- Olushegun Bakari 2027-12-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_foreign_ministries_of_a_list_of_countries_in_lower_case) {
  // one act of each country's ministry, the first of the list included
  BOOST_TEST(Found("The foreign ministries of Estonia, Latvia and Lithuania on Thursday condemned Belarus.", kTuesday) ==
                 V({"criticism Estonia -> Belarus 2027-12-02", "criticism Latvia -> Belarus 2027-12-02",
                    "criticism Lithuania -> Belarus 2027-12-02"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_acronym_spelt_like_a_word_inside_a_name) {
  // "IT" between capitalised words is part of the gathering's name
  BOOST_TEST(Found("Swedish Trade Minister Lena Berg attended Korea IT Expo 2027 in Seoul on Wednesday.", kTuesday) ==
                 V({"participation Lena Berg -> Korea IT Expo 2027 2027-12-01"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_visit_not_announced_before_and_a_trip_just_ended) {
  // "a previously unannounced visit" is this visit, not one recalled
  BOOST_TEST(Found("Swedish Foreign Minister Maria Lind arrived in Kyiv on Monday on a previously unannounced visit.",
                   kTuesday) == V({"visit Maria Lind -> Ukraine 2027-12-06"}),
             boost::test_tools::per_element());
  // ", who had flown in from X," hung on a dated act: the guest came
  BOOST_TEST(Found("Ghanaian President John Mahama received Ivorian President Alassane Ouattara, who had flown in from "
                   "Abidjan, at Jubilee House in Accra on Monday.",
                   kTuesday) == V({"meeting Alassane Ouattara -- John Mahama 2027-12-06",
                                   "visit Alassane Ouattara -> Ghana 2027-12-06"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_visiting_title_of_two_words_points_back) {
  BOOST_TEST(Found("Nepalese Foreign Secretary Amrit Rai arrived in New Delhi on Tuesday. The visiting foreign secretary "
                   "later called on Indian Foreign Minister Anil Sharma.",
                   kTuesday) == V({"meeting Amrit Rai -- Anil Sharma 2027-12-07", "visit Amrit Rai -> India 2027-12-07"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_agent_of_a_condemned_act_named_after_it) {
  // "condemned the bombing ..., responsibility for which was claimed by X",
  // "which it attributed to X", and "The attack was claimed by X" in the
  // next sentence: the condemnation criticises X
  BOOST_TEST(Found("The Ministry of Foreign Affairs of Tajikistan on Saturday strongly condemned the bombing at a bus "
                   "station in Peshawar, responsibility for which was claimed by the Islamic State.",
                   kTuesday) == V({"criticism Ministry of Foreign Affairs of Tajikistan -> Islamic State 2027-12-04"}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("The Kenyan Human Rights Commission on Sunday condemned the killing of at least nine villagers in "
                   "Lamu County, which it attributed to al-Shabaab.",
                   kTuesday) == V({"criticism Human Rights Commission of Kenya -> Al-Shabaab 2027-12-05"}),
             boost::test_tools::per_element());
  // (past a quoted adverb and a compound modifier of the agent)
  BOOST_TEST(Found("The Ministry of Foreign Affairs of Ghana condemned \"in the strongest terms\" the attack near Dori "
                   "on Friday. The attack was claimed by the al-Qaeda-linked Islamic State.",
                   kTuesday) == V({"criticism Ministry of Foreign Affairs of Ghana -> Islamic State 2027-12-03"}),
             boost::test_tools::per_element());
  // (no condemnation before it: a claim alone is no criticism; nor after a
  // welcome)
  BOOST_TEST(Found("The attack near Dori was claimed by the Islamic State.", kTuesday) == V({}),
             boost::test_tools::per_element());
  BOOST_TEST(Found("The Ministry of Foreign Affairs of Ghana welcomed the arrest of two suspects. The attack was "
                   "claimed by the Islamic State.",
                   kTuesday) == V({}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace actorgraph
