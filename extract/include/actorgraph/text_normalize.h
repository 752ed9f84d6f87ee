// Unicode helpers built on utf8proc, shared by the reader, the actor
// dictionary and name look-ups.

#ifndef ACTORGRAPH_TEXT_NORMALIZE_H_
#define ACTORGRAPH_TEXT_NORMALIZE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace actorgraph {

// Byte offset of the first invalid UTF-8 sequence, or npos when `text` is
// valid UTF-8.
std::size_t FindInvalidUtf8(std::string_view text);

// NFC composition (the form the document model keeps). `text` must be valid
// UTF-8; invalid input is returned unchanged.
std::string NormalizeNfc(std::string_view text);

// The key two spellings of a name share when they differ only in case,
// diacritics, punctuation or a leading "the": NFKD, combining marks removed,
// dotless ı to i, case folded, every run of non-alphanumerics to one space,
// a leading "the " dropped, trimmed. Matches the scorer's normalisation
// (../shared/spec/interactions.md): "Çavuşoğlu" and "cavusoglu" share a key.
std::string MatchKey(std::string_view text);

}  // namespace actorgraph

#endif  // ACTORGRAPH_TEXT_NORMALIZE_H_
