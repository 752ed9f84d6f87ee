// libFuzzer target: ActorDictionary::FromJson.
// The body and its checks are in fuzz_targets.h.

#include "fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return actorgraph::fuzz::RunOrAbort(actorgraph::fuzz::ActorDictionaryJson, data, size);
}
