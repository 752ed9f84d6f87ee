// Shared inputs and checks of the export tests.

#ifndef ACTORGRAPH_TESTS_EXPORT_FIXTURES_H_
#define ACTORGRAPH_TESTS_EXPORT_FIXTURES_H_

#include <string>
#include <vector>

#include "actorgraph/actor_graph.h"
#include "actorgraph/analysis.h"
#include "actorgraph/events.h"

namespace actorgraph {
namespace testing {

// One digest week (2026-05-02 .. 2026-05-08) of six actors and seven
// interactions:
//
//   aliyev ==meeting x2 (05-04 Baku, 05-06)== meloni
//   aliyev --call (05-05)-- meloni
//   meloni --visit (05-04)--> azerbaijan
//   aliyev --participation (05-05)--> saha-2026
//   azerbaijan --criticism (05-07)--> nato
//   nato --praise (no date)--> aliyev
//
// The second meeting is written meloni -> aliyev: undirected, it groups
// with the first one.
Events SampleEvents();

// Events whose names, ids and texts are hostile to XML, DOT, CSV and HTML:
// metacharacters, quotes, newlines, C0 controls, invalid UTF-8, right-to-left
// marks, backslash escapes, a 10,000-character name.
Events HostileEvents();

struct Analyzed {
  ActorGraph graph;
  GraphAnalysis analysis;
};
Analyzed AnalyzeEvents(const Events& events);

// The path of a schema under ../shared/schemas, or "" (test skips).
std::string SchemaPath(const std::string& relative);
// xmllint's complaint about `xml` (well-formedness; with `schema`, also
// validity: "--schema" for XSD or "--relaxng"; "--html" with no schema
// parses HTML), or "" when it accepts it.
std::string XmllintErrors(const std::string& xml, const std::string& mode = "",
                          const std::string& schema = "");
bool HaveXmllint();
// Writes `data` to a fresh temporary file named `name`; returns its path.
std::string TempFile(const std::string& name, const std::string& data);
// Counts non-overlapping occurrences.
std::size_t Count(const std::string& text, const std::string& what);
// python3 with networkx and igraph, as /usr/bin/python3.
std::string Python();

}  // namespace testing
}  // namespace actorgraph

#endif  // ACTORGRAPH_TESTS_EXPORT_FIXTURES_H_
