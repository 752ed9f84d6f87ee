// Style: how actors and interactions look, shared by the diagrams (DOT, SVG,
// PNG, PDF) and the GEXF viz elements, so a week looks the same in Gephi and
// in its picture.
//
// Colours are fixed per kind and per interaction type; countries get a
// colour from a stable hash of their id (the same country has the same
// colour in every week); communities get palette colours by number.

#ifndef ACTORGRAPH_STYLE_H_
#define ACTORGRAPH_STYLE_H_

#include <string>
#include <vector>

#include "actorgraph/actor_graph.h"
#include "actorgraph/analysis.h"

namespace actorgraph {

enum class ColorBy { kKind, kCountry, kCommunity };
const char* ToString(ColorBy color_by);  // "kind", "country", "community"
bool ParseColorBy(const std::string& s, ColorBy* out);

struct StyleOptions {
  ColorBy color_by = ColorBy::kKind;
  // The measure of GraphAnalysis that sizes nodes ("pagerank", "degree",
  // ...); nodes are all the same size when it is not computed.
  std::string size_by = "pagerank";
};

struct Rgb {
  unsigned char r = 0, g = 0, b = 0;
  std::string Hex() const;  // "#rrggbb"
  bool operator==(const Rgb& o) const { return r == o.r && g == o.g && b == o.b; }
};

Rgb KindColor(ActorKind kind);
// The colour of a country id; grey for "".
Rgb CountryColor(const std::string& country);
// Palette colour of community `c` (>= 0); grey for a negative number.
Rgb CommunityColor(int community);

// What a node is coloured by: the legend entry and its colour.
struct ColorKey {
  std::string name;  // "person", a country id, "community 2", "unknown"
  Rgb color;
};
// The key of vertex `v` (`analysis` may be null: community then unknown).
ColorKey NodeColorKey(const Graph& graph, Vertex v, const GraphAnalysis* analysis,
                      ColorBy color_by);

struct EdgeStyle {
  Rgb color;
  const char* line;  // "solid", "dashed" or "dotted" (DOT style and GEXF shape)
};
EdgeStyle StyleOf(InteractionType type);

// Line width (DOT penwidth, GEXF thickness) of an edge of total weight
// `weight`: 1 + 1.5 log2(1 + weight), at most 8; 1 for a weight <= 0.
double LineWidth(double weight);

// The values of `measure` for the `n` vertices mapped linearly onto
// [lo, hi] (the smallest value to lo, the largest to hi); all (lo+hi)/2 when
// the measure is missing, has the wrong length, or is constant. Non-finite
// values count as the smallest.
std::vector<double> ScaledMeasure(const GraphAnalysis* analysis, const std::string& measure,
                                  std::size_t n, double lo, double hi);

// The values of `measure`, or nullptr when `analysis` is null, it was not
// computed, or it does not have one value per vertex.
const std::vector<double>* FindMeasure(const GraphAnalysis* analysis, const std::string& measure,
                                       std::size_t n);

}  // namespace actorgraph

#endif  // ACTORGRAPH_STYLE_H_
