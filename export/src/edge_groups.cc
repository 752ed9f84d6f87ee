#include "edge_groups.h"

#include <map>
#include <tuple>

#include "columns.h"
#include "actorgraph/iso_week.h"

namespace actorgraph {
namespace export_internal {

void OrderedSet::Add(const std::string& s) {
  if (s.empty() || !seen_.insert(s).second) return;
  items_.push_back(s);
}

std::string OrderedSet::Joined(const char* sep) const { return Join(items_, sep); }

std::vector<EdgeGroup> GroupEdges(const Graph& g) {
  std::vector<EdgeGroup> groups;
  std::map<std::tuple<Vertex, Vertex, int>, std::size_t> index;
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const EdgeInfo& e = g[*it];
    Vertex s = boost::source(*it, g), t = boost::target(*it, g);
    if (e.undirected && t < s) std::swap(s, t);
    auto [found, inserted] = index.emplace(std::make_tuple(s, t, static_cast<int>(e.type)),
                                           groups.size());
    if (inserted) {
      groups.emplace_back();
      groups.back().source = s;
      groups.back().target = t;
      groups.back().type = e.type;
      groups.back().undirected = e.undirected;
    }
    EdgeGroup& group = groups[found->second];
    group.weight += e.weight;
    group.count += e.count;
    if (IsValidIsoDate(e.date)) group.dates.insert(e.date);
    group.weeks.Add(e.week);
    group.places.Add(e.place);
    for (const std::string& o : e.outlets) group.outlets.Add(o);
    for (const Evidence& ev : e.evidence) group.evidence.Add(ev.sentence);
    group.cameo.Add(e.cameo);
    group.plover.Add(e.plover);
  }
  return groups;
}

}  // namespace export_internal
}  // namespace actorgraph
