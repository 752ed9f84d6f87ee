// libFuzzer target: digest -> extraction -> graph -> analysis -> every writer.
// The body and its checks are in fuzz_targets.h.

#include "fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return actorgraph::fuzz::RunOrAbort(actorgraph::fuzz::Pipeline, data, size);
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  // Load the built-in tables once, not within the first input.
  actorgraph::ActorDictionary::BuiltIn();
  actorgraph::PatternTable::BuiltIn();
  return 0;
}
