// Lexicon: phrase and name look-ups walk tries over words (Token::word); a
// token whose key holds several words ("Vice-President" -> "vice president",
// "Jean-Noël" -> "jean noel") must match what the same words in separate
// tokens match, with or without Annotate having set the word ids.

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "actorgraph/actor_dictionary.h"
#include "actorgraph/pattern_table.h"
#include "extract_lexicon.h"
#include "extract_text.h"

namespace actorgraph {
namespace engine {
namespace {

const char kDictionary[] = R"({"actors": [
  {"id": "ruritania", "name": "Ruritania", "kind": "country", "demonyms": ["Ruritanian"], "capital": "Strelsau"},
  {"id": "jean-noel-rassendyll", "name": "Jean-Noël Rassendyll", "kind": "person", "roles": []}
]})";

struct Fixture {
  Fixture()
      : dictionary(ActorDictionary::FromJson(kDictionary, "t.json").value()),
        lexicon(dictionary, PatternTable::BuiltIn()) {}
  // The one sentence of `text`, annotated or not.
  Sentence Cut(const std::string& text, bool annotate) const {
    std::vector<Sentence> out;
    int quote = 0;
    SplitSentences(text, 1, 0, lexicon.abbreviations(), &quote, &out);
    BOOST_TEST_REQUIRE(out.size() == 1u);
    if (annotate) lexicon.Annotate(&out[0]);
    return std::move(out[0]);
  }
  ActorDictionary dictionary;
  Lexicon lexicon;
};

BOOST_AUTO_TEST_SUITE(lexicon_trie)

BOOST_FIXTURE_TEST_CASE(a_platform_letter_at_the_end_of_the_text_is_no_initial, Fixture) {
  // (the letter's dot is the text's last byte: the tokenizer read past it
  // looking for "A.Ş."-like initials; tests/fuzz/regressions)
  Sentence s = Cut("Rassendyll wrote on X.", false);
  BOOST_TEST_REQUIRE(s.tokens.size() == 5u);
  BOOST_TEST(s.tokens[3].key == "x");
  BOOST_TEST(s.tokens[4].key == ".");
}

BOOST_FIXTURE_TEST_CASE(names_match_across_token_boundaries, Fixture) {
  // tokens: Jean-Noël | Rassendyll | met | Jean | Noel | Rassendyll | in | Ruritania | 's | capital | .
  const std::string text = "Jean-Noël Rassendyll met Jean Noel Rassendyll in Ruritania's capital.";
  for (bool annotate : {true, false}) {
    Sentence s = Cut(text, annotate);
    BOOST_TEST_REQUIRE(s.tokens.size() == 11u);
    BOOST_TEST(s.tokens[0].key == "jean noel");
    BOOST_TEST(s.tokens[0].word == (annotate ? kWordSpaced : kWordUnset));
    DictHit one = lexicon.DictAt(s.tokens, 0);
    BOOST_TEST(one.length == 2);
    BOOST_TEST_REQUIRE(one.entry);
    BOOST_TEST(one.entry->actor.id == "jean-noel-rassendyll");
    DictHit three = lexicon.DictAt(s.tokens, 3);
    BOOST_TEST(three.length == 3);
    BOOST_TEST(three.entry == one.entry);
    // a name cut short by `end`, and a word that starts no name
    BOOST_TEST(lexicon.DictAt(s.tokens, 3, 5).length == 0);
    BOOST_TEST(lexicon.DictAt(s.tokens, 2).length == 0);
    // the possessive goes on with the walk but is not part of the name
    DictHit country = lexicon.DictAt(s.tokens, 7);
    BOOST_TEST(country.length == 1);
    BOOST_TEST_REQUIRE(country.entry);
    BOOST_TEST(country.entry->actor.id == "ruritania");
  }
}

BOOST_FIXTURE_TEST_CASE(phrases_match_across_token_boundaries, Fixture) {
  // tokens: The | Vice-President | and | the | Vice | President | met | the | Prime | Minister | .
  Sentence s = Cut("The Vice-President and the Vice President met the Prime Minister.", true);
  BOOST_TEST_REQUIRE(s.tokens.size() == 11u);
  BOOST_TEST(s.tokens[1].key == "vice president");
  BOOST_TEST(Lexicon::PhraseAt(s, 1, kTitle) == 1);
  BOOST_TEST(Lexicon::PhraseAt(s, 4, kTitle) == 2);
  BOOST_TEST(Lexicon::PhraseAt(s, 8, kTitle) == 2);
  BOOST_TEST(Lexicon::PhraseAt(s, 8, kTitle, 9) == 0);  // "Prime" alone is no title
  BOOST_TEST(Lexicon::PhraseAt(s, 6, kTitle) == 0);
  // word classes of single words come with the phrases
  BOOST_TEST((s.bits[2] & kCoordinator) != 0u);
  BOOST_TEST(s.bits[9] == lexicon.Bits("minister"));
}

BOOST_AUTO_TEST_CASE(short_key_hash_matches_the_general_one) {
  // Annotate hashes keys of up to eight bytes from one load; the table was
  // built with the general hash: both must agree byte for byte, spaces
  // and bytes after the key (the padding may hold anything) included.
  const std::string keys[] = {"a", "of", "the", "vice president", "minister", "ministers", "a b", " x", "x ",
                              "12345678", "1234567", "\xc3\xa9t\xc3\xa9"};
  for (const std::string& k : keys) {
    if (k.empty() || k.size() > 8) continue;
    std::string padded = k + "\x20\xff\x20\xff\x20\xff\x20\xff";  // eight readable bytes, not zeros
    uint64_t h1, head1, h2, head2;
    bool plain1 = WordTable::HashUnlessSpace(k, &h1, &head1);
    bool plain2 = WordTable::HashShortUnlessSpace(padded.data(), k.size(), &h2, &head2);
    BOOST_TEST(plain1 == plain2, k);
    BOOST_TEST(h1 == h2, k);
    BOOST_TEST(head1 == head2, k);
  }
}

BOOST_FIXTURE_TEST_CASE(annotate_finds_the_same_words_with_short_and_long_keys, Fixture) {
  Sentence s = Cut("The Vice-President met Jean-Noël Rassendyll, the minister of Ruritania.", true);
  for (const Token& t : s.tokens) {
    uint32_t expected = t.Is(kPunct) && !t.Is(kPossessive) && t.key != "'" ? 0 : lexicon.TokenWord(t.key);
    BOOST_TEST(t.word == expected, t.key);
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace engine
}  // namespace actorgraph
