// The weekly site: what `actorgraph build` writes. For a corpus of events:
//
//   OUT/index.html                 every week: diagram, top actors by
//                                  PageRank, every interaction with its
//                                  source (outlets, date, evidence)
//   OUT/WEEK/diagram.svg, .png     the week's diagram (diagram.h)
//   OUT/WEEK/graph.graphml, .gexf, .dot, events.json
//   OUT/all/graph.gexf (dynamic: Gephi's timeline plays the weeks),
//          graph.graphml, graph.json, nodes.csv, edges.csv, events.json
//
// WEEK is the period of the digest an interaction came from, named by its
// dates ("2026-05-02_2026-05-08"); an interaction whose document has no
// period goes by the ISO week of its date ("2026-W19"), and one without a
// valid date to "undated".
//
// The site is built in a temporary sibling folder (".OUT.tmp-XXXXXX"),
// synced, and then renamed into place, so a failure leaves OUT as it was and
// nothing half-written. An existing OUT is replaced only when it is empty or
// is itself a site built by actorgraph (it holds ".actorgraph-site");
// anything else is refused.
//
// The weeks' files and diagrams are written by `jobs` forked worker
// processes (Graphviz is not thread-safe) while this process writes all/ and
// index.html; jobs = 1 does everything in this process. Every file is
// deterministic except the generator comment Graphviz puts in SVG.

#ifndef ACTORGRAPH_WEEKLY_SITE_H_
#define ACTORGRAPH_WEEKLY_SITE_H_

#include <functional>
#include <string>
#include <vector>

#include "actorgraph/actor_graph.h"
#include "actorgraph/diagram.h"
#include "actorgraph/events.h"
#include "actorgraph/status.h"

namespace actorgraph {

struct WeekSlice {
  std::string key;    // folder name, see above
  std::string start;  // first day of the period ("" for "undated")
  std::string end;    // last day
  // The week's interactions (in corpus order), the actors they involve (in
  // corpus order) and the documents they came from.
  Events events;
};

// The weeks of `events`, ordered by start date then key ("undated" last).
std::vector<WeekSlice> SplitIntoWeeks(const Events& events);

struct SiteOptions {
  // Layout, language, colours and sizes of the diagrams (the title is set
  // per week).
  DiagramOptions diagram;
  WeightTable weights;
  int jobs = 2;           // worker processes for the weeks; 1 = none
  bool diagrams = true;   // false: no SVG/PNG (faster; for tests and data-only runs)
  int top_actors = 10;    // per week in index.html
  // Called as each week is done ("[3/52] 2026-05-02_2026-05-08" on stderr
  // in the CLI); may be empty. Called from the worker processes.
  std::function<void(std::size_t done, std::size_t total, const std::string& week)> progress;
};

Status BuildWeeklySite(const Events& events, const std::string& out_dir,
                       const SiteOptions& options);

// The name of the marker file that makes a folder replaceable by a rebuild.
extern const char kSiteMarker[];

}  // namespace actorgraph

#endif  // ACTORGRAPH_WEEKLY_SITE_H_
