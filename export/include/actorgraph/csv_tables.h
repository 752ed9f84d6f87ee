// CSV node and edge tables for Gephi's spreadsheet import (Data Laboratory
// -> Import Spreadsheet), pandas and R.
//
// nodes.csv: Id,Label,Kind,Country,Role,NameJa,Aliases,<measure>...,Community
// edges.csv: Id,Source,Target,Type,Kind,Weight,Date,Week,Place,Outlets,
//            Evidence,Cameo,Plover,Document,Item,Count
// Gephi reads Type as the direction ("Directed"/"Undirected") and Kind as the
// edge type (the interaction type); one row per interaction. RFC 4180: CRLF
// line ends, fields quoted when they hold a comma, quote, CR or LF (quotes
// doubled) or start or end with a space. Numbers in the "C" locale.

#ifndef ACTORGRAPH_CSV_TABLES_H_
#define ACTORGRAPH_CSV_TABLES_H_

#include <string>

#include "actorgraph/actor_graph.h"
#include "actorgraph/analysis.h"
#include "actorgraph/sink.h"

namespace actorgraph {

void WriteNodesCsv(const ActorGraph& graph, const GraphAnalysis* analysis, Sink* out);
void WriteEdgesCsv(const ActorGraph& graph, Sink* out);
std::string NodesCsvString(const ActorGraph& graph, const GraphAnalysis* analysis);
std::string EdgesCsvString(const ActorGraph& graph);

}  // namespace actorgraph

#endif  // ACTORGRAPH_CSV_TABLES_H_
