#include "columns.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <set>

#include "text_escape.h"

namespace actorgraph {
namespace export_internal {

std::vector<MeasureColumn> MeasureColumns(const GraphAnalysis* analysis, std::size_t n) {
  std::vector<MeasureColumn> out;
  if (!analysis) return out;
  std::set<std::string> taken = {"id",      "label", "weight",  "timeset",  "kind",
                                 "country", "role",  "name_ja", "aliases", "community"};
  for (std::size_t m = 0; m < analysis->measures.size() && m < analysis->values.size(); ++m) {
    if (analysis->values[m].size() != n) continue;
    std::string id;
    for (char c : analysis->measures[m]) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
      id.push_back(ok ? c : '_');
    }
    if (id.empty() || !(id[0] >= 'a' && id[0] <= 'z') || taken.count(id)) id = "m_" + id;
    while (taken.count(id)) id += "_";
    taken.insert(id);
    out.push_back({id, &analysis->values[m]});
  }
  return out;
}

bool HasCommunities(const GraphAnalysis* analysis, std::size_t n) {
  return analysis && analysis->community.size() == n && n > 0;
}

namespace {

bool IsTokenChar(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '-' || c == '_';
}

// The code points of sanitized UTF-8 text.
std::vector<std::uint32_t> CodePoints(const std::string& s) {
  std::vector<std::uint32_t> out;
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    std::uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < len && i + k < s.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += static_cast<std::size_t>(len);
  }
  return out;
}

std::string NmToken(const std::string& id) {
  std::string out;
  for (std::uint32_t cp : CodePoints(SanitizeUtf8(id))) {
    if (cp < 0x80 && IsTokenChar(static_cast<unsigned char>(cp))) {
      out.push_back(static_cast<char>(cp));
    } else {
      char buf[16];
      std::snprintf(buf, sizeof buf, "_x%04X_", static_cast<unsigned>(cp));
      out += buf;
    }
  }
  return out.empty() ? "_" : out;
}

}  // namespace

std::vector<std::string> GraphmlNodeIds(const Graph& g) {
  std::vector<std::string> ids;
  std::set<std::string> taken;
  for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
    std::string want = NmToken(g[v].id);
    std::string id = want;
    for (int k = 2; taken.count(id); ++k) id = want + "_" + std::to_string(k);
    taken.insert(id);
    ids.push_back(id);
  }
  return ids;
}

std::string Join(const std::vector<std::string>& parts, const char* sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

std::string EvidenceText(const std::vector<Evidence>& evidence) {
  std::string out;
  for (std::size_t i = 0; i < evidence.size(); ++i) {
    if (i) out += " | ";
    out += evidence[i].sentence;
  }
  return out;
}

}  // namespace export_internal
}  // namespace actorgraph
