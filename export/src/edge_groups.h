// Private: interactions grouped by pair and type (the pair unordered for
// undirected types), as the dynamic GEXF and the diagrams show them.

#ifndef ACTORGRAPH_EXPORT_EDGE_GROUPS_H_
#define ACTORGRAPH_EXPORT_EDGE_GROUPS_H_

#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include "actorgraph/actor_graph.h"

namespace actorgraph {
namespace export_internal {

// Distinct non-empty strings in order of first appearance.
class OrderedSet {
 public:
  void Add(const std::string& s);
  const std::vector<std::string>& items() const { return items_; }
  std::string Joined(const char* sep) const;

 private:
  std::unordered_set<std::string> seen_;
  std::vector<std::string> items_;
};

struct EdgeGroup {
  Vertex source = 0, target = 0;  // source <= target for undirected types
  InteractionType type = InteractionType::kMeeting;
  bool undirected = false;
  double weight = 0;   // sum of the interactions' weights
  long long count = 0;  // number of interactions (sum of EdgeInfo::count)
  std::set<std::string> dates;  // valid ISO dates, sorted
  OrderedSet weeks, places, outlets, evidence, cameo, plover;
};

// Groups in order of their first edge in boost::edges(g). O(E log E).
std::vector<EdgeGroup> GroupEdges(const Graph& g);

}  // namespace export_internal
}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_EDGE_GROUPS_H_
