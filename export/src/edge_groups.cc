#include "edge_groups.h"

#include <algorithm>
#include <cstdio>
#include <cstdint>
#include <unordered_map>

#include "actorgraph/iso_week.h"
#include "columns.h"

namespace actorgraph {
namespace export_internal {

void OrderedSet::Add(const std::string& s) {
  if (s.empty()) return;
  if (items_.size() < kLinear) {
    if (std::find(items_.begin(), items_.end(), s) != items_.end()) return;
  } else {
    if (seen_.empty()) seen_.insert(items_.begin(), items_.end());
    if (!seen_.insert(s).second) return;
  }
  items_.push_back(s);
}

std::string OrderedSet::Joined(const char* sep) const { return Join(items_, sep); }

std::vector<EdgeGroup> GroupEdges(const Graph& g) {
  std::vector<EdgeGroup> groups;
  std::unordered_map<std::uint64_t, std::size_t> index;
  const std::uint64_t n = boost::num_vertices(g);
  index.reserve(boost::num_edges(g));
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const EdgeInfo& e = g[*it];
    Vertex s = boost::source(*it, g), t = boost::target(*it, g);
    if (e.undirected && t < s) std::swap(s, t);
    std::uint64_t key = (static_cast<std::uint64_t>(s) * n + t) * kInteractionTypeCount +
                        static_cast<std::uint64_t>(e.type);
    auto [found, inserted] = index.emplace(key, groups.size());
    if (inserted) {
      groups.emplace_back();
      EdgeGroup& group = groups.back();
      group.source = s;
      group.target = t;
      group.type = e.type;
      group.undirected = e.undirected;
    }
    groups[found->second].members.push_back(&e);
  }
  return groups;
}

int DateNumber(const std::string& date) {
  if (!IsValidIsoDate(date)) return 0;
  int y = std::atoi(date.c_str()), m = std::atoi(date.c_str() + 5), d = std::atoi(date.c_str() + 8);
  return y * 10000 + m * 100 + d;
}

std::string DateText(int number) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", number / 10000, number / 100 % 100,
                number % 100);
  return buf;
}

GroupSummary Summarize(const EdgeGroup& group) {
  GroupSummary s;
  for (const EdgeInfo* e : group.members) {
    s.weight += e->weight;
    s.count += e->count;
    if (int d = DateNumber(e->date)) s.dates.push_back(d);
    s.weeks.Add(e->week);
    s.places.Add(e->place);
    for (const std::string& o : e->outlets) s.outlets.Add(o);
    for (const Evidence& ev : e->evidence) s.evidence.Add(ev.sentence);
    s.cameo.Add(e->cameo);
    s.plover.Add(e->plover);
  }
  std::sort(s.dates.begin(), s.dates.end());
  s.dates.erase(std::unique(s.dates.begin(), s.dates.end()), s.dates.end());
  return s;
}

}  // namespace export_internal
}  // namespace actorgraph
