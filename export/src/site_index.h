// Private: index.html of the weekly site (weekly_site.h). Plain HTML5 in its
// XML-compatible ("polyglot") form, so an XML parser checks it too; one
// self-contained file: inline CSS, no script, no external resource; every
// text escaped (names also isolated with <bdi> so right-to-left marks cannot
// reorder the page); deterministic.

#ifndef ACTORGRAPH_EXPORT_SITE_INDEX_H_
#define ACTORGRAPH_EXPORT_SITE_INDEX_H_

#include <string>
#include <vector>

#include "actorgraph/actor_graph.h"
#include "actorgraph/analysis.h"
#include "actorgraph/events.h"

namespace actorgraph {
namespace export_internal {

struct IndexWeek {
  std::string key, start, end;
  const Events* events = nullptr;
  const ActorGraph* graph = nullptr;
  const GraphAnalysis* analysis = nullptr;
  bool diagram = true;  // diagram.svg/.png exist
};

struct IndexCorpus {
  std::size_t actors = 0, interactions = 0, documents = 0;
  int top_actors = 10;
};

std::string SiteIndexHtml(const std::vector<IndexWeek>& weeks, const IndexCorpus& corpus);

}  // namespace export_internal
}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_SITE_INDEX_H_
