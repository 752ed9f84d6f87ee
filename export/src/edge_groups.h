// Private: interactions grouped by pair and type (the pair unordered for
// undirected types), as the dynamic GEXF and the diagrams show them.

#ifndef ACTORGRAPH_EXPORT_EDGE_GROUPS_H_
#define ACTORGRAPH_EXPORT_EDGE_GROUPS_H_

#include <string>
#include <unordered_set>
#include <vector>

#include "actorgraph/actor_graph.h"

namespace actorgraph {
namespace export_internal {

// Distinct non-empty strings in order of first appearance. Linear search
// while small, a hash set once it grows.
class OrderedSet {
 public:
  void Add(const std::string& s);
  const std::vector<std::string>& items() const { return items_; }
  std::string Joined(const char* sep) const;

 private:
  std::vector<std::string> items_;
  std::unordered_set<std::string> seen_;  // used past kLinear items
  static constexpr std::size_t kLinear = 16;
};

struct EdgeGroup {
  Vertex source = 0, target = 0;  // source <= target for undirected types
  InteractionType type = InteractionType::kMeeting;
  bool undirected = false;
  std::vector<const EdgeInfo*> members;  // in edge order
};

// Groups in order of their first edge in boost::edges(g). O(E) expected.
std::vector<EdgeGroup> GroupEdges(const Graph& g);

// A date as the number YYYYMMDD (orders like the date), or 0 when `date` is
// not a valid YYYY-MM-DD.
int DateNumber(const std::string& date);
std::string DateText(int number);  // back to YYYY-MM-DD

// What a group's members add up to.
struct GroupSummary {
  double weight = 0;    // sum of the weights
  long long count = 0;  // sum of EdgeInfo::count
  std::vector<int> dates;  // DateNumber of valid dates, sorted, distinct
  OrderedSet weeks, places, outlets, evidence, cameo, plover;
};
GroupSummary Summarize(const EdgeGroup& group);

}  // namespace export_internal
}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_EDGE_GROUPS_H_
