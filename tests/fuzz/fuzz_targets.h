// The bodies of the libFuzzer targets, shared with the normal test suite:
// tests/fuzz/fuzz_*.cc call them from LLVMFuzzerTestOneInput, and
// tests/extract/regression_test.cc replays every input kept in
// tests/fuzz/regressions/TARGET/ through the same function.
//
// Each function takes arbitrary bytes and returns "" when every check held,
// else what went wrong (the fuzz target aborts with it; the regression test
// fails with it). Crashes, leaks and undefined behaviour are the sanitizers'
// to report. Inputs starting with %PDF are skipped: they would go to
// poppler, which is not ours and not instrumented.
//
// Header-only so that both builds compile it without CMake glue.

#ifndef ACTORGRAPH_TESTS_FUZZ_FUZZ_TARGETS_H_
#define ACTORGRAPH_TESTS_FUZZ_FUZZ_TARGETS_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <graphviz/cgraph.h>
#include <rapidjson/document.h>
#ifdef ACTORGRAPH_FUZZ_LIBXML2
#include <libxml/parser.h>
#endif

#include "actorgraph/actor_dictionary.h"
#include "actorgraph/actor_graph.h"
#include "actorgraph/analysis.h"
#include "actorgraph/csv_tables.h"
#include "actorgraph/diagram.h"
#include "actorgraph/digest_reader.h"
#include "actorgraph/events.h"
#include "actorgraph/extractor.h"
#include "actorgraph/gexf.h"
#include "actorgraph/graphml.h"
#include "actorgraph/node_link_json.h"
#include "actorgraph/pattern_table.h"

namespace actorgraph {
namespace fuzz {

inline bool IsPdf(std::string_view bytes) { return bytes.substr(0, 4) == "%PDF"; }

// ParseDigest in the automatic mode (digest or plain text) and one item per
// line: a Document or a Status, nothing else.
inline std::string DigestReader(std::string_view bytes) {
  if (IsPdf(bytes)) return "";
  std::string text(bytes);
  ReadOptions options;
  ParseDigest(text, "fuzz.txt", options);
  options.mode = ReadOptions::Mode::kLines;
  options.default_date = "2026-05-04";
  ParseDigest(text, "fuzz.txt", options);
  return "";
}

// A small dictionary for fuzzed ones to be added to: the built-in one is
// rebuilt in about a second under the sanitizers, far too slow per input.
inline const ActorDictionary& SmallBase() {
  static const ActorDictionary* const base = [] {
    Result<ActorDictionary> d = ActorDictionary::FromJson(
        R"({"offices": {"president": {"title": "President", "synonyms": ["head of state"],
                                      "implies": []}},
            "institution_templates": [{"id": "ministry-of-foreign-affairs-of-{country}",
                                       "name": "Ministry of Foreign Affairs of {Country}",
                                       "forms": ["{Demonym} Foreign Ministry"]}],
            "actors": [
              {"id": "azerbaijan", "name": "Azerbaijan", "kind": "country",
               "demonyms": ["Azerbaijani"], "capital": "Baku"},
              {"id": "ilham-aliyev", "name": "Ilham Aliyev", "kind": "person",
               "country": "azerbaijan", "aliases": ["Ilham Aliev"],
               "roles": [{"office": "President", "country": "azerbaijan",
                          "from": "2003-10-31", "to": ""}]}]})",
        "base.json");
    if (!d.ok()) {
      std::fprintf(stderr, "fuzz: the base dictionary does not parse: %s\n",
                   d.status().ToString().c_str());
      std::abort();
    }
    return new ActorDictionary(std::move(d).value());
  }();
  return *base;
}

// ActorDictionary::FromJson; what parses is checked for references, looked
// up by each name, and added onto a small dictionary (SmallBase).
inline std::string ActorDictionaryJson(std::string_view bytes) {
  Result<ActorDictionary> dict = ActorDictionary::FromJson(std::string(bytes), "fuzz.json");
  if (!dict.ok()) return "";
  dict->CheckReferences();
  for (const DictionaryEntry& e : dict->entries()) {
    dict->Lookup(e.actor.name);
    dict->LookupSurname(e.actor.name);
    dict->HolderOf("President", e.actor.id, "2026-05-04");
    dict->CountryOf(e.actor.name);
  }
  ActorDictionary merged = SmallBase();
  if (merged.Add(*dict).ok()) merged.HolderOf("head of state", "azerbaijan", "2026-05-04");
  return "";
}

// "" when `xml` is well-formed XML 1.0 (libxml2), else why not; always ""
// in a build without libxml2.
inline std::string CheckXml(const char* what, const std::string& xml) {
#ifdef ACTORGRAPH_FUZZ_LIBXML2
  xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "out.xml", nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                                    XML_PARSE_HUGE);
  if (!doc) {
    const xmlError* e = xmlGetLastError();
    return std::string(what) + " is not well-formed XML: " +
           (e && e->message ? e->message : "(no message)");
  }
  xmlFreeDoc(doc);
#else
  (void)what;
  (void)xml;
#endif
  return "";
}

// Builds the graph of `events`, analyses it and runs every writer in
// memory: GraphML and GEXF must be well-formed XML (when built with
// libxml2), the node-link JSON must parse and the DOT read back into cgraph.
inline std::string CheckExports(const Events& events, const std::string& title) {
  ActorGraph graph = ActorGraph::FromEvents(events);
  AnalysisOptions analysis_options;
  analysis_options.threads = 1;
  GraphAnalysis analysis = Analyze(graph, analysis_options);

  std::string problem = CheckXml("GraphML", GraphmlString(graph, &analysis));
  if (problem.empty()) problem = CheckXml("GEXF", GexfString(graph, &analysis));
  if (!problem.empty()) return problem;

  StringSink json;
  WriteNodeLinkJson(graph, &analysis, NodeLinkOptions(), &json);
  rapidjson::Document parsed;
  parsed.Parse(json.str().c_str(), json.str().size());
  if (parsed.HasParseError()) return "node-link JSON does not parse";
  NodesCsvString(graph, &analysis);
  EdgesCsvString(graph);

  DiagramOptions diagram;
  diagram.title = title;
  Result<std::string> dot = DiagramDot(graph, &analysis, diagram);
  if (!dot.ok()) return "DiagramDot failed: " + dot.status().ToString();
  Agraph_t* g = agmemread(dot->c_str());
  if (!g) return "the DOT does not read back into cgraph:\n" + dot->substr(0, 2000);
  agclose(g);
  return "";
}

// EventsFromJson; what parses must write back (EventsToJson) to JSON that
// reads again and writes the same, and go through every exporter
// (CheckExports): hand-edited events carry any name, id or text.
inline std::string EventsJson(std::string_view bytes) {
  Result<Events> events = EventsFromJson(std::string(bytes), "fuzz.json");
  if (!events.ok()) return "";
  std::string once = EventsToJson(*events);
  Result<Events> again = EventsFromJson(once, "again.json");
  if (!again.ok()) return "written events JSON does not read back: " + again.status().ToString();
  if (EventsToJson(*again) != once) return "events JSON round trip is not stable";
  return CheckExports(*events, "fuzz");
}

// The whole path of a digest: ParseDigest -> Extractor (built-in actors and
// patterns) -> ActorGraph::FromEvents -> Analyze -> every writer, in
// memory. The events JSON must read back, and the exports pass
// CheckExports.
inline std::string Pipeline(std::string_view bytes) {
  if (IsPdf(bytes)) return "";
  ReadOptions read;
  read.default_date = "2026-05-04";
  Result<Document> doc = ParseDigest(std::string(bytes), "fuzz.txt", read);
  if (!doc.ok()) return "";

  // One Extractor for every input, as `actorgraph extract` uses one for
  // every file: building its lexicon takes most of a run otherwise.
  static Extractor* const extractor = [&read] {
    ExtractorOptions extract;
    extract.default_date = read.default_date;
    return new Extractor(ActorDictionary::BuiltIn(), PatternTable::BuiltIn(), extract);
  }();
  Events events = extractor->Run(*doc);
  Result<Events> back = EventsFromJson(EventsToJson(events), "events.json");
  if (!back.ok()) return "extracted events JSON does not read back: " + back.status().ToString();

  return CheckExports(events, doc->title.empty() ? "" : doc->title.front());
}

using Target = std::string (*)(std::string_view);

// The function of a target by its name ("fuzz_digest_reader", ...), or null.
inline Target TargetByName(std::string_view name) {
  if (name == "fuzz_digest_reader") return DigestReader;
  if (name == "fuzz_actor_dictionary") return ActorDictionaryJson;
  if (name == "fuzz_events_json") return EventsJson;
  if (name == "fuzz_pipeline") return Pipeline;
  return nullptr;
}

// For LLVMFuzzerTestOneInput: runs `target`, aborts (a finding) when a check
// failed.
inline int RunOrAbort(Target target, const std::uint8_t* data, std::size_t size) {
  std::string problem = target(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!problem.empty()) {
    std::fprintf(stderr, "fuzz check failed: %s\n", problem.c_str());
    std::abort();
  }
  return 0;
}

}  // namespace fuzz
}  // namespace actorgraph

#endif  // ACTORGRAPH_TESTS_FUZZ_FUZZ_TARGETS_H_
