// Private: the attribute columns every tabular export shares (GraphML keys,
// GEXF attributes, CSV headers, JSON fields), so all formats name things the
// same way.

#ifndef ACTORGRAPH_EXPORT_COLUMNS_H_
#define ACTORGRAPH_EXPORT_COLUMNS_H_

#include <string>
#include <vector>

#include "actorgraph/actor_graph.h"
#include "actorgraph/analysis.h"

namespace actorgraph {
namespace export_internal {

// One measure of the analysis that has a value per vertex.
struct MeasureColumn {
  std::string id;                    // lowercase [a-z0-9_], never a reserved name
  const std::vector<double>* values;  // values[v]
};

// The measures of `analysis` (may be null) with one value for each of the
// `n` vertices, in the analysis's order, with column ids made safe: lowercase,
// other characters to '_', prefixed "m_" when not starting with a letter or
// when equal to a reserved or fixed column (id, label, weight, timeset, kind,
// country, role, name_ja, aliases, community). Ids are unique.
std::vector<MeasureColumn> MeasureColumns(const GraphAnalysis* analysis, std::size_t n);

// community[v] when `analysis` has one per vertex.
bool HasCommunities(const GraphAnalysis* analysis, std::size_t n);

// Joins with `sep`.
std::string Join(const std::vector<std::string>& parts, const char* sep);
// The evidence sentences joined with " | ".
std::string EvidenceText(const std::vector<Evidence>& evidence);

// GraphML node ids for the vertices of `g`: GraphML types them xs:NMTOKEN,
// so an actor id that is not only ASCII letters, digits, '.', '-' and '_'
// has every other character written _xHHHH_ (its code point in hex, as
// XmlConvert.EncodeName does; invalid UTF-8 as FFFD), "" becomes "_", and a
// clash with an earlier id gets "_2", "_3", ... appended. Clean slugs such as
// "ilham-aliyev" are kept as they are.
std::vector<std::string> GraphmlNodeIds(const Graph& g);

// Separator of list values inside one column.
constexpr const char* kListSeparator = "; ";

}  // namespace export_internal
}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_COLUMNS_H_
