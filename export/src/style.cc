#include "actorgraph/style.h"

#include <cmath>
#include <cstdint>
#include <algorithm>

namespace actorgraph {

namespace {

constexpr Rgb kGrey{189, 189, 189};

// ColorBrewer "Set3" (12) followed by "Pastel1" (9, less the one Set3 has): light colours that keep
// black labels readable.
constexpr Rgb kPalette[] = {
    {141, 211, 199}, {255, 255, 179}, {190, 186, 218}, {251, 128, 114}, {128, 177, 211},
    {253, 180, 98},  {179, 222, 105}, {252, 205, 229}, {217, 217, 217}, {188, 128, 189},
    {204, 235, 197}, {255, 237, 111}, {251, 180, 174}, {179, 205, 227},
    {222, 203, 228}, {254, 217, 166}, {255, 255, 204}, {229, 216, 189}, {253, 218, 236},
    {242, 242, 242},
};
constexpr std::size_t kPaletteSize = sizeof kPalette / sizeof kPalette[0];

}  // namespace

const char* ToString(ColorBy color_by) {
  switch (color_by) {
    case ColorBy::kKind: return "kind";
    case ColorBy::kCountry: return "country";
    case ColorBy::kCommunity: return "community";
  }
  return "kind";
}

bool ParseColorBy(const std::string& s, ColorBy* out) {
  for (ColorBy c : {ColorBy::kKind, ColorBy::kCountry, ColorBy::kCommunity}) {
    if (s == ToString(c)) {
      *out = c;
      return true;
    }
  }
  return false;
}

std::string Rgb::Hex() const {
  static const char kDigits[] = "0123456789abcdef";
  std::string out = "#";
  for (unsigned char c : {r, g, b}) {
    out.push_back(kDigits[c >> 4]);
    out.push_back(kDigits[c & 15]);
  }
  return out;
}

Rgb KindColor(ActorKind kind) {
  switch (kind) {
    case ActorKind::kPerson: return {166, 206, 227};        // light blue
    case ActorKind::kOrganization: return {253, 191, 111};  // light orange
    case ActorKind::kCountry: return {178, 223, 138};       // light green
    case ActorKind::kEvent: return {202, 178, 214};         // light purple
  }
  return kGrey;
}

Rgb CountryColor(const std::string& country) {
  if (country.empty()) return kGrey;
  // FNV-1a: the same on every machine and run.
  std::uint32_t h = 2166136261u;
  for (unsigned char c : country) h = (h ^ c) * 16777619u;
  return kPalette[h % kPaletteSize];
}

Rgb CommunityColor(int community) {
  if (community < 0) return kGrey;
  return kPalette[static_cast<std::size_t>(community) % kPaletteSize];
}

ColorKey NodeColorKey(const Graph& graph, Vertex v, const GraphAnalysis* analysis,
                      ColorBy color_by) {
  const VertexInfo& info = graph[v];
  switch (color_by) {
    case ColorBy::kKind:
      return {ToString(info.kind), KindColor(info.kind)};
    case ColorBy::kCountry: {
      std::string country = info.kind == ActorKind::kCountry ? info.id : info.country;
      if (country.empty()) return {"unknown", kGrey};
      return {country, CountryColor(country)};
    }
    case ColorBy::kCommunity: {
      int c = -1;
      if (analysis && v < analysis->community.size()) c = analysis->community[v];
      if (c < 0) return {"unknown", kGrey};
      return {"community " + std::to_string(c), CommunityColor(c)};
    }
  }
  return {"unknown", kGrey};
}

EdgeStyle StyleOf(InteractionType type) {
  switch (type) {
    case InteractionType::kMeeting: return {{31, 120, 180}, "solid"};
    case InteractionType::kCall: return {{31, 120, 180}, "dashed"};
    case InteractionType::kVisit: return {{51, 160, 44}, "solid"};
    case InteractionType::kParticipation: return {{128, 128, 128}, "dotted"};
    case InteractionType::kPraise: return {{106, 61, 154}, "solid"};
    case InteractionType::kCriticism: return {{227, 26, 28}, "solid"};
    case InteractionType::kInvitation: return {{255, 127, 0}, "dashed"};
    case InteractionType::kCooperation: return {{177, 89, 40}, "solid"};
    case InteractionType::kSanction: return {{0, 0, 0}, "dashed"};
  }
  return {{0, 0, 0}, "solid"};
}

double LineWidth(double weight) {
  if (!(weight > 0)) return 1.0;
  return std::min(8.0, 1.0 + 1.5 * std::log2(1.0 + weight));
}

const std::vector<double>* FindMeasure(const GraphAnalysis* analysis, const std::string& measure,
                                       std::size_t n) {
  if (!analysis) return nullptr;
  for (std::size_t m = 0; m < analysis->measures.size() && m < analysis->values.size(); ++m) {
    if (analysis->measures[m] == measure)
      return analysis->values[m].size() == n ? &analysis->values[m] : nullptr;
  }
  return nullptr;
}

std::vector<double> ScaledMeasure(const GraphAnalysis* analysis, const std::string& measure,
                                  std::size_t n, double lo, double hi) {
  std::vector<double> out(n, (lo + hi) / 2);
  const std::vector<double>* values = FindMeasure(analysis, measure, n);
  if (!values || n == 0) return out;
  double min = INFINITY, max = -INFINITY;
  for (double x : *values) {
    if (!std::isfinite(x)) continue;
    min = std::min(min, x);
    max = std::max(max, x);
  }
  if (!(max > min)) return out;
  for (std::size_t i = 0; i < n; ++i) {
    double x = (*values)[i];
    double t = std::isfinite(x) ? (x - min) / (max - min) : 0.0;
    out[i] = lo + t * (hi - lo);
  }
  return out;
}

}  // namespace actorgraph
