// Private to the extraction engine: clauses of a sentence.
//
// Tense, modality and subjects bind to clauses, not sentences: in "He noted
// that he had supported the decision and announced that Azerbaijan will host
// a future summit", "had" and "will" each belong to their own clause. The
// segmentation is shallow (punctuation, "that", relative pronouns,
// participles, coordinated verbs), which is what the cues need.

#ifndef ACTORGRAPH_EXTRACT_EXTRACT_CLAUSES_H_
#define ACTORGRAPH_EXTRACT_EXTRACT_CLAUSES_H_

#include <vector>

#include "extract_lexicon.h"
#include "extract_mentions.h"
#include "extract_text.h"

namespace actorgraph {
namespace engine {

enum class ClauseKind {
  kMain,             // has its own subject
  kThat,             // "... noted that X ...": own subject, reported speech
  kRelative,         // ", who ...": subject is the antecedent
  kIntroParticiple,  // "Speaking at the event, X ...": subject is the next main clause's
  kTrailParticiple,  // "..., expressing gratitude to X": subject is the parent's
  kVpCoord,          // "..., and thanked X": subject is the parent's
  kSubordinate,      // "while ...", "after ...": own subject
  kParenthetical,    // "(...)", "— ... —"
  kQuote,            // inside quotation marks
};

struct Clause {
  ClauseKind kind = ClauseKind::kMain;
  int begin = 0, end = 0;  // first and one-past-last token
  int parent = -1;         // clause it depends on
  int antecedent = -1;     // kRelative: the mention before ", who"
};

struct SentenceClauses {
  std::vector<Clause> clauses;
  std::vector<int> of;  // per token: its clause
};

SentenceClauses FindClauses(const Sentence& sentence, const SentenceMentions& mentions, const Lexicon& lexicon);
// The same into `*out`, whose arrays are reused.
void FindClauses(const Sentence& sentence, const SentenceMentions& mentions, const Lexicon& lexicon,
                 SentenceClauses* out);

// True when token k looks like a finite or participle verb.
bool VerbLike(const Sentence& sentence, int k, const Lexicon& lexicon);

}  // namespace engine
}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_EXTRACT_CLAUSES_H_
